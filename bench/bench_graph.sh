#!/bin/sh
# Graph file figures: stats and a merge round trip on a generated graph of
# 10,000 nodes and 100,000 edges (issue 2 asks stats to answer in < 1 s).
set -eu
g="$BENCH_TMP/graph_10k.json"
$PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 10000 100000 7 > "$g"
t0=$(date +%s.%N)
"$DIPNET" stats "$g" > /dev/null
t1=$(date +%s.%N)
"$DIPNET" merge "$g" -o "$BENCH_TMP/merged.json"
t2=$(date +%s.%N)
echo "graph_file_mb_10k: $(du -m "$g" | cut -f1)"
echo "stats_10k_nodes_100k_edges_s: $(awk "BEGIN{printf \"%.3f\", $t1 - $t0}")"
echo "merge_10k_nodes_100k_edges_s: $(awk "BEGIN{printf \"%.3f\", $t2 - $t1}")"
