#!/bin/sh
# Regenerates the golden tables in ../data from the Java programs here (needs JDK 17 on PATH).
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
for f in *.java; do javac -d "$out" "$f"; done
for f in *.java; do java -cp "$out" "${f%.java}" ../data; done
rm -rf "$out"
