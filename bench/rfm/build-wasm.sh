#!/usr/bin/env bash
# Builds bench/rfm/wasm_rfm.cpp with the RFM core (src/common, src/rfm) into a node-runnable
# WebAssembly program: build/bench/wasm/wasm_rfm.cjs (+ .wasm; .cjs because the repo's package.json says "type": "module"). em++ -O3, like the web build's
# Release; host files are read through NODERAWFS. Usage: bench/rfm/build-wasm.sh [OUT_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/build/bench/wasm}"
mkdir -p "$out/include"
# RapidJSON only (the Emscripten build must not see /usr/include), as cmake/Dependencies.cmake does.
[[ -e "$out/include/rapidjson" ]] || ln -s /usr/include/rapidjson "$out/include/rapidjson"
# Debian's emscripten finds its JS helpers (acorn) through NODE_PATH.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
# The sources the RFM import and scoring need (not a glob: other modules' work in progress stays out).
common=(amount_parse csv csv_detect date date_parse error money money_format number_text timestamp utf8)
rfm=(analysis columns encoding import scoring segments)
sources=("$root/bench/rfm/wasm_rfm.cpp")
for f in "${common[@]}"; do sources+=("$root/src/common/$f.cpp"); done
for f in "${rfm[@]}"; do sources+=("$root/src/rfm/$f.cpp"); done
# C++ exceptions as the web build has them (web/CMakeLists.txt: -fexceptions, JavaScript-based);
# FIELDBOOK_WASM_EH=wasm tries native WebAssembly exceptions (-fwasm-exceptions) instead.
eh=-fexceptions
[[ "${FIELDBOOK_WASM_EH:-js}" == wasm ]] && eh=-fwasm-exceptions
# FIELDBOOK_WASM_SIMD=1 compiles with -msimd128 (WebAssembly SIMD: Chromium 91+, node 16+), =bulk adds
# -mbulk-memory (memset/memcpy as memory.fill/copy); FIELDBOOK_WASM_LDFLAGS=--profiling-funcs keeps
# function names for node --cpu-prof. See bench/README.md for what they measured.
simd=()
[[ "${FIELDBOOK_WASM_SIMD:-0}" == 1 ]] && simd=(-msimd128)
[[ "${FIELDBOOK_WASM_SIMD:-0}" == bulk ]] && simd=(-msimd128 -mbulk-memory)
em++ -std=c++20 -O3 "$eh" "${simd[@]}" -DNDEBUG \
  -DRAPIDJSON_HAS_STDSTRING=1 "-DRAPIDJSON_PARSE_DEFAULT_FLAGS=kParseIterativeFlag|kParseFullPrecisionFlag" \
  -I"$root/src" -isystem "$out/include" \
  "${sources[@]}" \
  -sENVIRONMENT=node -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -sMAXIMUM_MEMORY=4GB \
  -sEXIT_RUNTIME=1 "$eh" ${FIELDBOOK_WASM_LDFLAGS:-} \
  -o "$out/wasm_rfm.cjs"
echo "build-wasm: $out/wasm_rfm.cjs"
