#!/usr/bin/env bash
# Builds the team generator against the native core (build/native, `scripts/build.sh native`).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/build/bench/team"
mkdir -p "$out"
lib="$root/build/native/src/libfieldbook_core.a"
[ -f "$lib" ] || { echo "build the native tree first: scripts/build.sh native" >&2; exit 1; }
exe="$out/generate_team"
if [ ! -x "$exe" ] || [ "$root/bench/team/generate_team.cpp" -nt "$exe" ] || [ "$lib" -nt "$exe" ]; then
  clang++ -std=c++20 -O2 -DRAPIDJSON_HAS_STDSTRING=1 \
    '-DRAPIDJSON_PARSE_DEFAULT_FLAGS=kParseIterativeFlag|kParseNumbersAsStringsFlag' \
    -I"$root/src" -I"$root/build/native/generated" -isystem "$root/build/native/json-include" \
    "$root/bench/team/generate_team.cpp" "$lib" -o "$exe"
fi
echo "$exe"
