// Input discovery: .gitignore (nested), --exclude, skipped directories, explicit files, the output
// directory inside the input, deterministic order, and services/modules from build files.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { discover } from "../../src/project/discover.js";
import { buildProjectModel, defaultModulePath } from "../../src/project/modules.js";
import { Java2xError } from "../../src/project/errors.js";

const dirs: string[] = [];

/** Creates a temp tree from `{ "rel/path": content }`. */
function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "j2x-discover-"));
  dirs.push(root);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const J = "class A {}\n";

describe("discover", () => {
  it("honours nested .gitignore files, --exclude and skips build output and tool directories", () => {
    const root = tree({
      ".gitignore": "gen/\n*.tmp.java\n",
      "src/main/java/a/A.java": J,
      "src/main/java/a/B.tmp.java": J,
      "gen/G.java": J,
      "sub/.gitignore": "local/\n!keep.tmp.java\n",
      "sub/local/L.java": J,
      "sub/keep.tmp.java": J,
      "sub/S.java": J,
      "target/classes/T.java": J,
      "mod/build/generated/X.java": J,
      "src/main/java/com/acme/build/Kept.java": J,
      "node_modules/x/N.java": J,
      "legacy/Old.java": J,
    });
    fs.mkdirSync(path.join(root, ".git"));
    const d = discover({ paths: ["."], cwd: root, exclude: ["legacy/"] });
    expect(d.root).toBe(root);
    expect(d.files.map((f) => f.file)).toEqual([
      "src/main/java/a/A.java",
      "src/main/java/com/acme/build/Kept.java",
      "sub/S.java",
      "sub/keep.tmp.java",
    ]);
    expect(d.files[0]!.bytes).toBe(J.length);
  });

  it("reads .gitignore files above the input up to the repository top", () => {
    const root = tree({ ".gitignore": "skipped/\n", "svc/skipped/A.java": J, "svc/B.java": J });
    fs.mkdirSync(path.join(root, ".git"));
    const d = discover({ paths: ["svc"], cwd: root });
    expect(d.files.map((f) => f.file)).toEqual(["B.java"]);
  });

  it("takes explicit files, roots paths at the common ancestor and never scans --out", () => {
    const root = tree({ "a/X.java": J, "b/Y.java": J, "a/out/Z.java": J });
    const d = discover({ paths: ["a", "b/Y.java"], cwd: root, outDir: "a/out" });
    expect(d.root).toBe(root);
    expect(d.files.map((f) => f.file)).toEqual(["a/X.java", "b/Y.java"]);
  });

  it("rejects a missing path and a non-Java file with a usage error", () => {
    const root = tree({ "README.md": "x" });
    expect(() => discover({ paths: ["nope"], cwd: root })).toThrow(Java2xError);
    expect(() => discover({ paths: ["README.md"], cwd: root })).toThrow(/not a \.java file/);
  });
});

describe("services and modules", () => {
  it("makes a multi-module Maven project one service and assigns files to the nearest module", () => {
    const root = tree({
      "shop/pom.xml": `<project><groupId>com.acme</groupId><artifactId>shop</artifactId><version>1.0</version>
        <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.1</version></parent>
        <properties><java.version>17</java.version></properties>
        <modules><module>api</module><module>core/pom.xml</module></modules></project>`,
      "shop/api/pom.xml": "<project><parent><groupId>com.acme</groupId><artifactId>shop</artifactId><version>1.0</version></parent><artifactId>shop-api</artifactId></project>",
      "shop/core/pom.xml": "<project><artifactId>shop-core</artifactId></project>",
      "shop/api/src/main/java/A.java": J,
      "shop/core/src/main/java/C.java": J,
      "shop/tools/T.java": J,
      "billing/build.gradle": "plugins { id 'org.springframework.boot' version '2.7.18' }\ngroup = 'com.acme'\nsourceCompatibility = JavaVersion.VERSION_11\n",
      "billing/settings.gradle": "rootProject.name = 'billing'\ninclude 'ledger'\n",
      "billing/ledger/build.gradle": "",
      "billing/ledger/src/L.java": J,
      "scripts/S.java": J,
    });
    const d = discover({ paths: ["."], cwd: root });
    const p = buildProjectModel(d.root, d.buildFiles, d.files.map((f) => f.file));
    expect(p.diagnostics).toEqual([]);
    expect(p.services.map((s) => [s.root, s.name, s.buildSystem, s.groupId, s.javaVersion, s.springBootVersion])).toEqual([
      [".", path.basename(root), "none", null, null, null],
      ["billing", "billing", "gradle", "com.acme", "11", "2.7.18"],
      ["shop", "shop", "maven", "com.acme", "17", "3.2.1"],
    ]);
    expect(p.services[2]!.modules.map((m) => [m.root, m.name])).toEqual([
      ["shop", "shop"],
      ["shop/api", "shop-api"],
      ["shop/core", "shop-core"],
    ]);
    expect(p.owners.get("shop/api/src/main/java/A.java")).toEqual({ service: "shop", module: "shop/api" });
    expect(p.owners.get("shop/tools/T.java")).toEqual({ service: "shop", module: "shop" });
    expect(p.owners.get("billing/ledger/src/L.java")).toEqual({ service: "billing", module: "billing/ledger" });
    expect(p.owners.get("scripts/S.java")).toEqual({ service: ".", module: "." });
  });

  it("reports a broken pom as a warning and still uses what it could read", () => {
    const root = tree({ "pom.xml": "<project><artifactId>x</artifactId><build>", "A.java": J });
    const d = discover({ paths: ["."], cwd: root });
    const p = buildProjectModel(d.root, d.buildFiles, ["A.java"]);
    expect(p.services[0]!.name).toBe("x");
    expect(p.diagnostics.map((x) => [x.code, x.file])).toEqual([["J2X5011", "pom.xml"]]);
  });

  it("derives a Go module path from the coordinates", () => {
    const root = tree({ "pom.xml": "<project><groupId>com.Acme</groupId><artifactId>Inventory Service</artifactId></project>", "A.java": J });
    const p = buildProjectModel(root, ["pom.xml"], ["A.java"]);
    expect(defaultModulePath(p, "x")).toBe("acme.com/inventory-service");
  });
});
