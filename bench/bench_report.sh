#!/bin/sh
# Briefing page figures: "dipnet report" on generated graphs (bench/
# gen_graph.py, seed 12) of 1,000 actors / 5,000 interactions with the
# diagram (dot layout of the 80 most central actors plus the measures) and
# of 10,000 actors / 100,000 interactions without it (--no-diagram, and
# --cutoff 2 for betweenness, whose exact form alone takes about a minute
# there; the page itself is linear in the graph). Wall-clock seconds for the whole
# command, reading the graph included, and the page's size.
set -eu
now() { date +%s.%N; }
secs() { awk "BEGIN{printf \"%.2f\", $2 - $1}"; }
g1="$BENCH_TMP/report_5k.json"
g2="$BENCH_TMP/report_100k.json"
[ -f "$g1" ] || $PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 1000 5000 12 > "$g1"
[ -f "$g2" ] || $PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 10000 100000 12 > "$g2"
t0=$(now); "$DIPNET" report "$g1" -o "$BENCH_TMP/r1.html" 2>/dev/null; t1=$(now)
echo "report_5k_edges_with_diagram_s: $(secs "$t0" "$t1")"
echo "report_5k_edges_kb: $(($(wc -c < "$BENCH_TMP/r1.html") / 1000))"
t0=$(now); "$DIPNET" report "$g2" --no-diagram --cutoff 2 -o "$BENCH_TMP/r2.html"; t1=$(now)
echo "report_100k_edges_no_diagram_s: $(secs "$t0" "$t1")"
echo "report_100k_edges_mb: $(($(wc -c < "$BENCH_TMP/r2.html") / 1000000))"
rm -f "$BENCH_TMP/r1.html" "$BENCH_TMP/r2.html"
