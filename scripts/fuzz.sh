#!/usr/bin/env bash
# Long fuzzing runs, beyond ctest's short ones: each target (tests/fuzz/fuzz_*.cpp, built with
# ASan + UBSan) runs on the corpus kept in the repository (tests/fuzz/corpus/<target>) plus the
# hand-made seeds, with its dictionary; afterwards the corpus is minimized with -merge=1 so what is
# committed stays small. A crash stops with its input saved under build/fuzz/<target>/ and the
# command that reproduces it; the script then exits 1.
#
#   scripts/fuzz.sh [--minutes=N] [--runs=N] [--parallel=N] [--no-build] [TARGET...]
#     --minutes: per target (default 10); --runs: stop a target after N executions instead;
#     --parallel: targets run at once (default 1; each one uses one core); --no-build: use the
#     targets as built (another run or build is using build/native); default: every target
#
# The last line per target is its report: executions, coverage (cov, ft), corpus files and bytes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

minutes=10
runs=-1
parallel=1
build=1
# A unit that runs this long is a hang. Generous: on a busy machine a niced fuzzer can stall for
# seconds on an input that takes milliseconds (ctest's short runs keep -timeout=10).
timeout=120
targets=()
for arg in "$@"; do
  case "$arg" in
    --minutes=*) minutes="${arg#--minutes=}" ;;
    --runs=*) runs="${arg#--runs=}" ;;
    --parallel=*) parallel="${arg#--parallel=}" ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz: unknown option $arg" >&2; exit 2 ;;
    *) targets+=("$arg") ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  for src in tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$src" .cpp)"); done
fi

dict_of() {
  case "$1" in
    fuzz_workspace|fuzz_rules) echo tests/fuzz/dict/json.dict ;;
    fuzz_csv|fuzz_rfm_import|fuzz_csv_export) echo tests/fuzz/dict/csv.dict ;;
    fuzz_share_link) echo tests/fuzz/dict/share_link.dict ;;
    *) echo "" ;;
  esac
}

if [ "$build" = 1 ]; then
  mkdir -p build
  bash scripts/install-deps.sh >/dev/null
  cmake --preset native >build/configure-native.log 2>&1 || { cat build/configure-native.log >&2; exit 1; }
  cmake --build --preset native --target "${targets[@]}"
fi

run_target() {
  local t="$1" rc=0
  local bin="build/native/tests/$t" corpus="tests/fuzz/corpus/$t" seeds="tests/fuzz/seeds/$t" work="build/fuzz/$t"
  [ -x "$bin" ] || { echo "fuzz: no target $t (tests/fuzz/$t.cpp)" >&2; return 2; }
  mkdir -p "$corpus" "$work/new" "$work/artifacts"
  local dict log="$work/run.log"
  dict="$(dict_of "$t")"
  echo "fuzz: $t for up to ${minutes} min (log: $log)"
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 "$bin" \
    -max_total_time=$((minutes * 60)) -runs="$runs" -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 \
    ${dict:+-dict="$dict"} -artifact_prefix="$work/artifacts/" \
    "$work/new" "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) >"$log" 2>&1 || rc=$?
  if [ $rc -ne 0 ]; then
    echo "fuzz: $t FOUND A PROBLEM (exit $rc):" >&2
    grep -m5 -E "ERROR|runtime error|Test unit written" "$log" >&2 || tail -n 20 "$log" >&2
    for a in "$work"/artifacts/*; do [ -e "$a" ] && echo "  reproduce: $bin $a" >&2; done
  fi
  # Minimize: keep only the inputs that add coverage, in the repository's corpus folder.
  local merged="$work/merged"
  rm -rf "$merged"
  mkdir -p "$merged"
  "$bin" -merge=1 ${dict:+-dict="$dict"} "$merged" "$corpus" "$work/new" >"$work/merge.log" 2>&1
  rm -rf "$corpus" "$work/new"
  mv "$merged" "$corpus"
  local execs last cov ft files bytes
  execs=$(grep -E "stat::number_of_executed_units" "$log" | awk '{print $2}')
  last=$(grep -E "^#[0-9]+" "$log" | tail -n 1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  files=$(find "$corpus" -type f | wc -l)
  bytes=$(du -sb "$corpus" | cut -f1)
  printf 'fuzz: %-18s executions %-10s cov %-6s ft %-6s corpus %s files, %s bytes%s\n' \
    "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$files" "$bytes" "$( [ $rc -ne 0 ] && echo ', FINDING' )"
  return $rc
}

status=0
pids=()
for t in "${targets[@]}"; do
  run_target "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$parallel" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit $status
