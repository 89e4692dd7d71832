#!/bin/sh
# fuzz/run.sh BUILD_DIR - runs every built harness BUILD_DIR/fuzz_NAME for
# $FUZZ_SECONDS seconds (libFuzzer -max_total_time) on the working corpus
# fuzz/corpus-work/NAME, seeded first from the inputs fuzz/seeds.sh lists
# for NAME and from fuzz/seeds/NAME/. Prints "fuzz_NAME: N executions in S s"
# per harness; a crash, leak, timeout or sanitizer report fails the run, and
# the input that caused it stays in BUILD_DIR/artifacts/.
set -u
fb=${1:-build/fuzz}
secs=${FUZZ_SECONDS:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
mkdir -p "$fb/artifacts" "$fb/logs"
failed=0 ran=0
for bin in "$fb"/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin"); name=${name#fuzz_}
  if [ -n "${FUZZ_ONLY:-}" ] && [ "$FUZZ_ONLY" != "$name" ]; then continue; fi
  [ -f "fuzz/fuzz_$name.c" ] || continue   # stale binary of a removed harness
  corpus="fuzz/corpus-work/$name"
  mkdir -p "$corpus"
  sh fuzz/seeds.sh "$name" "$corpus"
  dict=""
  [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
  seeds=""
  [ -d "fuzz/seeds/$name" ] && seeds="fuzz/seeds/$name"
  log="$fb/logs/$name.log"
  # -timeout: one input taking more than 10 s is a hang;
  # -rss_limit_mb: 2 GB is a blow-up; -max_len: enough for a real article.
  "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -max_len="${FUZZ_MAX_LEN:-65536}" -print_final_stats=1 \
    -artifact_prefix="$fb/artifacts/$name-" $dict "$corpus" $seeds \
    > "$log" 2>&1
  rc=$?
  ran=$((ran + 1))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  took=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  files=$(ls "$corpus" | wc -l)
  if [ "$rc" -ne 0 ]; then
    failed=$((failed + 1))
    echo "fuzz_$name: FAILED (exit $rc) after ${execs:-?} executions; log $log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' "$log" | head -n 20 | sed 's/^/    /'
  else
    echo "fuzz_$name: ${execs:-0} executions in $secs s (${took:-0}/s), corpus $files inputs"
  fi
done
if [ "$ran" -eq 0 ]; then echo "fuzz: no harness built" >&2; exit 1; fi
[ "$failed" -eq 0 ]
