# Regenerates jrt/exceptions.go from the builtinThrowables table in jrt/throwable.go.
# Run from src/emit/go/runtime: python3 testdata/gen/gen_exceptions.py && gofmt -w jrt/exceptions.go
src = open('jrt/throwable.go').read().split('var builtinThrowables')[1]
rows = [l.split('"')[1::2] for l in src.splitlines() if l.strip().startswith('{"')]
out = ["// The built-in exception classes (one struct per Java class, each embedding",
       "// its superclass). Generated from builtinThrowables in throwable.go by",
       "// testdata/gen/gen_exceptions.py.", "", "package jrt", ""]
for full, parent in rows:
    n, p = full.split('.')[-1], parent.split('.')[-1]
    out.append(f"// {n} is {full}.\ntype {n} struct{{ {p} }}\n\n// JavaClassName implements ThrowableI.\n"
               f"func (*{n}) JavaClassName() string {{ return \"{full}\" }}\n\n"
               f"// New{n} is `new {n}(msg)`; use &{n}{{}} for a null message.\n"
               f"func New{n}(msg string) *{n} {{\n\te := &{n}{{}}\n\te.SetMessage(msg)\n\treturn e\n}}\n")
open('jrt/exceptions.go', 'w').write("\n".join(out))
