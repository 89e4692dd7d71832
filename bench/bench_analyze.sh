#!/bin/sh
# analyze figures (issue 4):
#   analyze_1m_edges_s          all measures on 100,000 actors and 1,000,000
#                               interactions, the whole command (load, analysis,
#                               output of the top 20); betweenness, closeness
#                               and harmonic with a path length cutoff (printed
#                               as analyze_1m_cutoff): every engine runs one
#                               shortest-path search per actor, exact is hours
#   analyze_load_1m_edges_s     reading that JSON file (target < 5 s)
#   analyze_1m_kernel_s         of which inside the measure kernels: the igraph
#                               calls (analyze_1m_igraph_s) plus dipnet's own
#                               shortest-path kernel (betweenness, closeness,
#                               harmonic: src/analysis/paths_kernel.c), which
#                               counts as a kernel like igraph's
#   analyze_igraph_overhead_pct time of the analysis outside the measure
#                               kernels over the time inside them (target
#                               < 10%)
#   networkx_ratio_5k           NetworkX's time over ours for the same
#                               measures, 5,000 actors, 10,000 interactions
#                               (target >= 50); CPU seconds, which a busy
#                               machine disturbs less than wall time; the
#                               wall-time ratio follows
#   analyze_5k_cpu_s            our CPU seconds on the 5k graph
#   analyze_5k_igraph_engine_s  the same with --engine igraph (igraph's own
#                               betweenness, closeness and harmonic), CPU
#                               seconds, to compare with the kernel
# Graphs come from bench/gen_graph.py (seeded, so always the same bytes).
# BENCH_ANALYZE_CUTOFF changes the cutoff (default 0.5: with lengths
# 1/count, paths of at most two frequent contacts).
set -eu
cutoff=${BENCH_ANALYZE_CUTOFF:-0.5}
g="$BENCH_TMP/analyze_1m.json"
s="$BENCH_TMP/analyze_5k.json"
$PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 100000 1000000 7 > "$g"
$PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 5000 10000 11 > "$s"

now() { date +%s.%N; }
t0=$(now)
"$DIPNET" analyze "$g" --measures all --cutoff "$cutoff" --top 20 --timing \
  -o "$BENCH_TMP/analyze_1m.txt" 2> "$BENCH_TMP/timing_1m"
t1=$(now)
field() { awk -v k="$1" '$1 == "timing:" && $2 == k { print $3 }' "$2"; }
echo "analyze_1m_edges_s: $(awk "BEGIN{printf \"%.2f\", $t1 - $t0}")"
echo "analyze_1m_cutoff: $cutoff (betweenness, closeness, harmonic)"
echo "analyze_load_1m_edges_s: $(field load_s "$BENCH_TMP/timing_1m")"
echo "analyze_1m_kernel_s: $(field kernel_s "$BENCH_TMP/timing_1m")"
echo "analyze_1m_igraph_s: $(field igraph_s "$BENCH_TMP/timing_1m")"
echo "analyze_igraph_overhead_pct: $(field overhead_pct "$BENCH_TMP/timing_1m")"

# 5k: ours (CPU and wall of the whole command) against NetworkX. CPU of
# a finished child: the growth of the shell's children times (cutime +
# cstime in /proc/$$/stat).
tck=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat; }
cpu0=$(cpu)
w0=$(now)
"$DIPNET" analyze "$s" --measures all -o /dev/null
w1=$(now)
cpu1=$(cpu)
ours_wall=$(awk "BEGIN{print $w1 - $w0}")
ours_cpu=$(awk "BEGIN{print ($cpu1 - $cpu0) / $tck}")
"$DIPNET" analyze "$s" --measures all --engine igraph -o /dev/null
cpu2=$(cpu)
ig_cpu=$(awk "BEGIN{print ($cpu2 - $cpu1) / $tck}")
echo "analyze_5k_cpu_s: $ours_cpu"
echo "analyze_5k_igraph_engine_s: $ig_cpu"
set -- $($PYTHON "$DIPNET_ROOT/bench/bench_analyze_nx.py" "$s")
nx_wall=$1 nx_cpu=$2
echo "analyze_5k_s: $(awk "BEGIN{printf \"%.3f\", $ours_wall}")"
echo "networkx_5k_s: $nx_wall"
echo "networkx_ratio_5k: $(awk "BEGIN{c = $ours_cpu; if (c < 0.01) c = 0.01; printf \"%.1f\", $nx_cpu / c}")"
echo "networkx_ratio_5k_wall: $(awk "BEGIN{printf \"%.1f\", $nx_wall / $ours_wall}")"
