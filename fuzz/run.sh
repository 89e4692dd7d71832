#!/bin/sh
# fuzz/run.sh BUILD_DIR - runs every built harness BUILD_DIR/fuzz_NAME for
# $FUZZ_SECONDS seconds (libFuzzer -max_total_time) on the working corpus
# fuzz/corpus-work/NAME, seeded first from the inputs fuzz/seeds.sh lists
# for NAME and from fuzz/seeds/NAME/, with the dictionary fuzz/NAME.dict.
# $FUZZ_JOBS harnesses run at a time (default: the number of CPUs, at most
# 2). Prints "fuzz_NAME: N executions in S s" per harness; a crash, leak,
# timeout (-timeout=10 s per input) or sanitizer report fails the run, and
# the input that caused it stays in BUILD_DIR/artifacts/ (replay it with
# BUILD_DIR/fuzz_NAME FILE).
set -u
fb=${1:-build/fuzz}
secs=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-}
if [ -z "$jobs" ]; then
  jobs=$(nproc 2>/dev/null || echo 1)
  [ "$jobs" -gt 2 ] && jobs=2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
mkdir -p "$fb/artifacts" "$fb/logs"
# Graphviz keeps some memory for the process's lifetime (PITFALLS.md).
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export DIPNET_DATA="$root/data"

run_one() { # NAME: runs one harness, leaves NAME.rc and NAME.result
  name=$1 bin="$fb/fuzz_$1" corpus="fuzz/corpus-work/$1" log="$fb/logs/$1.log"
  mkdir -p "$corpus"
  sh fuzz/seeds.sh "$name" "$corpus"
  dict="" seeds=""
  [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
  [ -d "fuzz/seeds/$name" ] && seeds="fuzz/seeds/$name"
  "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -max_len="${FUZZ_MAX_LEN:-65536}" -print_final_stats=1 \
    -artifact_prefix="$fb/artifacts/$name-" $dict "$corpus" $seeds \
    > "$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  files=$(ls "$corpus" | wc -l)
  if [ "$rc" -ne 0 ]; then
    {
      echo "fuzz_$name: FAILED (exit $rc) after ${execs:-?} executions; log $log"
      grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz check failed|.*runtime error|Test unit written)' "$log" | head -n 20 | sed 's/^/    /'
    } > "$fb/logs/$name.result"
  else
    echo "fuzz_$name: ${execs:-0} executions in $secs s (${rate:-0}/s), corpus $files inputs" > "$fb/logs/$name.result"
  fi
  echo "$rc" > "$fb/logs/$name.rc"
}

names=""
for bin in "$fb"/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin"); name=${name#fuzz_}
  [ -f "fuzz/fuzz_$name.c" ] || continue   # stale binary of a removed harness
  if [ -n "${FUZZ_ONLY:-}" ] && [ "$FUZZ_ONLY" != "$name" ]; then continue; fi
  names="$names $name"
done
[ -n "$names" ] || { echo "fuzz: no harness built" >&2; exit 1; }

running=0
for name in $names; do
  rm -f "$fb/logs/$name.rc" "$fb/logs/$name.result"
  run_one "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait; running=0; fi
done
wait
failed=0
for name in $names; do
  cat "$fb/logs/$name.result" 2>/dev/null || echo "fuzz_$name: no result"
  [ "$(cat "$fb/logs/$name.rc" 2>/dev/null)" = 0 ] || failed=$((failed + 1))
done
[ "$failed" -eq 0 ]
