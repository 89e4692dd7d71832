#!/bin/sh
# Diagram figures (issue 5): a generated graph of 60 actors and 150
# interactions, drawn to SVG with the dot layout (target under 1 s), and the
# DOT text alone.
set -eu
g="$BENCH_TMP/graph_60.json"
$PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 60 150 5 > "$g"
t0=$(date +%s.%N)
"$DIPNET" dot "$g" -o "$BENCH_TMP/g60.dot"
t1=$(date +%s.%N)
"$DIPNET" render "$g" -o "$BENCH_TMP/g60.svg"
t2=$(date +%s.%N)
echo "dot_60_nodes_s: $(awk "BEGIN{printf \"%.3f\", $t1 - $t0}")"
echo "render_60_nodes_s: $(awk "BEGIN{printf \"%.3f\", $t2 - $t1}")"
echo "render_60_nodes_svg_kb: $(( $(wc -c < "$BENCH_TMP/g60.svg") / 1024 ))"
