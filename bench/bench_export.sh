#!/bin/sh
# Export figures: each format written from a generated graph of 100,000
# nodes and 1,000,000 edges (one evidence entry each; bench/gen_graph.py,
# seed 11). *_s is wall-clock seconds for the whole command, reading the
# graph file and the final fsync included; *_cpu_s is user + system CPU
# seconds (less sensitive to a busy machine; printed when /usr/bin/time
# exists). graph_read_1m_edges_* (stats on the same file) tells how much
# of that is reading. Also the size of each output and import's time on
# the CSV pair.
set -eu
g="$BENCH_TMP/export_1m.json"
o="$BENCH_TMP/export_out"
[ -f "$g" ] || $PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 100000 1000000 11 > "$g"
tf="$BENCH_TMP/export_time"
run() { # name command...
  name=$1; shift
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$tf" -f '%e %U %S' "$@" > /dev/null
    read -r wall user sys < "$tf"
    echo "${name}_s: $wall"
    echo "${name}_cpu_s: $(awk "BEGIN{printf \"%.2f\", $user + $sys}")"
  else
    t0=$(date +%s.%N); "$@" > /dev/null; t1=$(date +%s.%N)
    echo "${name}_s: $(awk "BEGIN{printf \"%.2f\", $t1 - $t0}")"
  fi
}
run graph_read_1m_edges "$DIPNET" stats "$g"
for f in graphml gexf csv jsonl cytoscape; do
  run "export_${f}_1m_edges" "$DIPNET" export "$g" --format "$f" -o "$o.$f"
  if [ "$f" = csv ]; then
    sz=$(cat "$o.nodes.csv" "$o.edges.csv" | wc -c)
  else
    sz=$(wc -c < "$o.$f")
  fi
  echo "export_${f}_1m_edges_mb: $((sz / 1000000))"
done
run import_csv_1m_edges "$DIPNET" import "$o.edges.csv" --nodes "$o.nodes.csv" -o "$o.back.json"
rm -f "$o".* "$tf"
