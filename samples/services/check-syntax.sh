#!/usr/bin/env bash
# Parse-only syntax check of every .java file under a directory with javac's own parser
# (JavacTask.parse(): no symbol resolution, so the Spring/Dubbo/Lombok jars are not needed).
#
# Usage: samples/services/check-syntax.sh <dir> [encoding]     (encoding defaults to UTF-8)
#   samples/services/check-syntax.sh samples/services/order-service
#   samples/services/check-syntax.sh samples/services/inventory-service GBK
set -euo pipefail
dir="$1"
enc="${2:-UTF-8}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/ParseCheck.java" <<'JAVA'
import com.sun.source.util.JavacTask;
import javax.tools.*;
import java.io.File;
import java.nio.charset.Charset;
import java.util.*;

public class ParseCheck {
    public static void main(String[] args) throws Exception {
        String enc = args[0];
        List<File> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) files.add(new File(args[i]));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, Charset.forName(enc));
        JavacTask task = (JavacTask) javac.getTask(null, fm, diags,
                List.of("-encoding", enc, "--release", "17", "-proc:none"), null, fm.getJavaFileObjectsFromFiles(files));
        int units = 0;
        for (Object u : task.parse()) units++;
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING) {
                System.out.println(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT));
                if (d.getKind() == Diagnostic.Kind.ERROR) errors++;
            }
        }
        System.out.println("parsed " + units + " compilation units, " + errors + " syntax errors");
        System.exit(errors == 0 ? 0 : 1);
    }
}
JAVA
javac -d "$tmp" "$tmp/ParseCheck.java"
mapfile -t files < <(find "$dir" -name '*.java' | sort)
java -cp "$tmp" ParseCheck "$enc" "${files[@]}"
