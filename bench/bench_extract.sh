#!/bin/sh
# Speed and memory of "dipnet extract" (make bench). Generates a varied
# article corpus with bench/gen_corpus.py (deterministic) into $BENCH_TMP:
#   - 100 MB of distinct documents: throughput in MB/s and sentences/s on
#     one core, of the fastest of $EXTRACT_BENCH_RUNS runs (3), with the
#     median run's MB/s beside it, and the peak RSS of those runs;
#   - 10 MB of documents, extracted once (10 MB of input) and ten times
#     over (the same files, hence the same document ids and a graph of
#     bounded size, 100 MB of input): the two peak RSS figures show whether
#     memory grows with the number of documents beyond the graph itself.
#   - the eleven real articles of fixtures/corpus (2 KB each on average),
#     copied under distinct names to about 20 MB: the same throughput on
#     the text our users paste, whose articles name tens of actors where a
#     generated 48 KB document names hundreds (extract_real_mb_per_s; the
#     generated corpus stays the headline figure, extract_mb_per_s).
# Prints "name: value" lines.
set -eu
: "${DIPNET:?}" "${BENCH_TMP:?}"
root=${DIPNET_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
py=${PYTHON:-/usr/bin/python3}
big="$BENCH_TMP/extract_100mb" small="$BENCH_TMP/extract_10mb"
"$py" "$root/bench/gen_corpus.py" "$big" "${EXTRACT_BENCH_MB:-100}" 1 >/dev/null
"$py" "$root/bench/gen_corpus.py" "$small" 10 2 >/dev/null

measure() { # label files...: runs extract, prints "user_s rss_kb"
  label=$1; shift
  /usr/bin/time -f "%U %e %M" -o "$BENCH_TMP/time.$label" \
    "$DIPNET" extract "$@" -o "$BENCH_TMP/out.$label.json" --summary >"$BENCH_TMP/summary.$label" 2>&1
  cat "$BENCH_TMP/time.$label"
}

# best_of label files...: runs extract $runs times; prints "best_user
# median_user max_rss". The machine's speed drifts (up to 1.3x between
# runs minutes apart): noise only ever slows a run down, so the fastest
# run is the figure of the code and the median the figure of the moment.
runs=${EXTRACT_BENCH_RUNS:-3}
best_of() {
  label=$1; shift
  k=0
  : >"$BENCH_TMP/runs.$label"
  while [ "$k" -lt "$runs" ]; do
    measure "$label" "$@" >>"$BENCH_TMP/runs.$label"
    k=$((k + 1))
  done
  sort -n "$BENCH_TMP/runs.$label" | awk '{ u[NR] = $1; if ($3 > r) r = $3 }
    END { printf "%s %s %s\n", u[1], u[int((NR + 1) / 2)], r }'
}

bytes=$(cat "$big"/*.txt | wc -c)
set -- $(best_of big "$big"/*.txt)
user=$1 median=$2 rss=$3
sentences=$(sed -n 's/.*sentences: \([0-9]*\).*/\1/p' "$BENCH_TMP/summary.big" | head -n 1)
awk -v b="$bytes" -v u="$user" -v m="$median" -v n="$runs" -v s="$sentences" -v r="$rss" 'BEGIN {
  if (u <= 0) u = 0.01;
  if (m <= 0) m = 0.01;
  printf "extract_input_mb: %.1f\n", b / 1048576;
  printf "extract_mb_per_s: %.1f\n", b / 1048576 / u;
  printf "extract_mb_per_s_median_of_%d: %.1f\n", n, b / 1048576 / m;
  printf "extract_sentences_per_s: %.0f\n", s / u;
  printf "extract_peak_rss_mb: %.1f\n", r / 1024 }'

set -- $(measure once "$small"/*.txt)
rss10=$3
files=""
for i in 1 2 3 4 5 6 7 8 9 10; do files="$files $small/*.txt"; done
# shellcheck disable=SC2086
set -- $(measure tenfold $files)
rss100=$3
awk -v a="$rss10" -v b="$rss100" 'BEGIN {
  printf "extract_peak_rss_10mb_mb: %.1f\n", a / 1024;
  printf "extract_peak_rss_100mb_same_graph_mb: %.1f\n", b / 1024 }'
real="$BENCH_TMP/extract_real"
mkdir -p "$real"
n=0
while [ "$(cat "$real"/*.txt 2>/dev/null | wc -c)" -lt $((${EXTRACT_REAL_MB:-20} * 1048576)) ]; do
  for f in "$root"/fixtures/corpus/articles/*.txt; do
    for k in 0 1 2 3 4 5 6 7 8 9; do
      cp "$f" "$real/r$n.$k.$(basename "$f")"
    done
  done
  n=$((n + 1))
done
rbytes=$(cat "$real"/*.txt | wc -c)
set -- $(best_of real "$real"/*.txt)
awk -v b="$rbytes" -v u="$1" -v m="$2" -v n="$runs" -v r="$3" 'BEGIN {
  if (u <= 0) u = 0.01;
  if (m <= 0) m = 0.01;
  printf "extract_real_input_mb: %.1f\n", b / 1048576;
  printf "extract_real_mb_per_s: %.1f\n", b / 1048576 / u;
  printf "extract_real_mb_per_s_median_of_%d: %.1f\n", n, b / 1048576 / m;
  printf "extract_real_peak_rss_mb: %.1f\n", r / 1024 }'
rm -rf "$big" "$small" "$real" "$BENCH_TMP"/out.*.json
