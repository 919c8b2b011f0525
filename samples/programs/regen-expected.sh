#!/usr/bin/env bash
# Regenerates expected.stdout / expected.exitcode / expected.stderr-first-line for every
# program under samples/programs/<name>/Main.java by compiling with JDK 17 and running it.
#
# Usage: samples/programs/regen-expected.sh [name ...]   (no names = all programs)
#
# The JVM is pinned to UTF-8 output and an en-US locale so that Chinese text and
# locale-sensitive formatting (%,d, %f) are identical on every machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

export LC_ALL=C.UTF-8
export TZ=UTC
JAVA_OPTS=(-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8
           -Duser.language=en -Duser.country=US -Duser.timezone=UTC -Xshare:auto)

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for d in "$here"/*/; do
    [ -f "$d/Main.java" ] && names+=("$(basename "$d")")
  done
fi

fail=0
for name in "${names[@]}"; do
  dir="$here/$name"
  out="$tmp/$name"
  mkdir -p "$out"
  if ! javac --release 17 -encoding UTF-8 -d "$out" "$dir/Main.java"; then
    echo "COMPILE FAILED: $name" >&2
    fail=1
    continue
  fi
  set +e
  java "${JAVA_OPTS[@]}" -cp "$out" Main >"$dir/expected.stdout" 2>"$tmp/$name.stderr"
  code=$?
  set -e
  if [ "$code" -ne 0 ]; then
    echo "$code" >"$dir/expected.exitcode"
  else
    rm -f "$dir/expected.exitcode"
  fi
  if [ -s "$tmp/$name.stderr" ] && grep -q '^Exception in thread' "$tmp/$name.stderr"; then
    head -n 1 "$tmp/$name.stderr" >"$dir/expected.stderr-first-line"
  else
    rm -f "$dir/expected.stderr-first-line"
  fi
  printf '%-32s exit=%s lines=%s\n' "$name" "$code" "$(wc -l <"$dir/expected.stdout")"
done
exit "$fail"
