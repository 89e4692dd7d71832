#!/bin/sh
# Speed and memory of "dipnet extract" (make bench). Generates a varied
# article corpus with bench/gen_corpus.py (deterministic) into $BENCH_TMP:
#   - 100 MB of distinct documents: throughput in MB/s and sentences/s on
#     one core, and the peak RSS of that run;
#   - 10 MB of documents, extracted once (10 MB of input) and ten times
#     over (the same files, hence the same document ids and a graph of
#     bounded size, 100 MB of input): the two peak RSS figures show whether
#     memory grows with the number of documents beyond the graph itself.
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

bytes=$(cat "$big"/*.txt | wc -c)
set -- $(measure big "$big"/*.txt)
user=$1 rss=$3
sentences=$(sed -n 's/.*sentences: \([0-9]*\).*/\1/p' "$BENCH_TMP/summary.big" | head -n 1)
awk -v b="$bytes" -v u="$user" -v s="$sentences" -v r="$rss" 'BEGIN {
  if (u <= 0) u = 0.01;
  printf "extract_input_mb: %.1f\n", b / 1048576;
  printf "extract_mb_per_s: %.1f\n", b / 1048576 / u;
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
rm -rf "$big" "$small" "$BENCH_TMP"/out.*.json
