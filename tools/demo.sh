#!/bin/sh
# The main job on the bundled example (make demo): extract the graph of the
# seed article (Armenia-Azerbaijan border, 13 September 2022), print the
# actors and interactions found, rank the key actors, draw the diagram and
# write the briefing page. Everything lands in demo/.
set -eu
bin=${1:-build/dipnet}
article=fixtures/corpus/articles/seed.txt
out=demo
mkdir -p "$out"

echo "== dipnet extract $article"
"$bin" extract "$article" --date 2022-09-13 --summary -o "$out/seed.json"
echo
echo "== dipnet analyze (top 8 by PageRank)"
"$bin" analyze "$out/seed.json" --measures pagerank,hub,authority,betweenness --top 8
echo
"$bin" analyze "$out/seed.json" --annotate -o "$out/seed.annotated.json"
"$bin" render "$out/seed.annotated.json" -o "$out/seed.svg"
"$bin" render "$out/seed.annotated.json" -o "$out/seed.png"
"$bin" report "$out/seed.annotated.json" -o "$out/seed.html"
# the README shows the diagram of the bundled example
mkdir -p docs
cp "$out/seed.svg" docs/seed.svg
cp "$out/seed.png" docs/seed.png
echo "graph:    $out/seed.json (annotated with the measures: $out/seed.annotated.json)"
echo "diagram:  $out/seed.svg, $out/seed.png (also docs/seed.svg for the README)"
echo "briefing: $out/seed.html (open it in a browser; it needs no network)"
