#!/bin/sh
# Export figures: each format written from a generated graph of 100,000
# nodes and 1,000,000 edges (one evidence entry each; bench/gen_graph.py,
# seed 11). Times are wall-clock seconds for the whole command, reading
# the graph file included; graph_read_1m_edges_s (stats on the same file)
# tells how much of that is reading. Also the size of each output and
# import's time on the CSV pair.
set -eu
g="$BENCH_TMP/export_1m.json"
o="$BENCH_TMP/export_out"
[ -f "$g" ] || $PYTHON "$DIPNET_ROOT/bench/gen_graph.py" 100000 1000000 11 > "$g"
now() { date +%s.%N; }
secs() { awk "BEGIN{printf \"%.2f\", $2 - $1}"; }
t0=$(now); "$DIPNET" stats "$g" > /dev/null; t1=$(now)
echo "graph_read_1m_edges_s: $(secs "$t0" "$t1")"
for f in graphml gexf csv jsonl cytoscape; do
  t0=$(now)
  "$DIPNET" export "$g" --format "$f" -o "$o.$f"
  t1=$(now)
  echo "export_${f}_1m_edges_s: $(secs "$t0" "$t1")"
  if [ "$f" = csv ]; then
    sz=$(cat "$o.nodes.csv" "$o.edges.csv" | wc -c)
  else
    sz=$(wc -c < "$o.$f")
  fi
  echo "export_${f}_1m_edges_mb: $((sz / 1000000))"
done
t0=$(now)
"$DIPNET" import "$o.edges.csv" --nodes "$o.nodes.csv" -o "$o.back.json"
t1=$(now)
echo "import_csv_1m_edges_s: $(secs "$t0" "$t1")"
rm -f "$o".*
