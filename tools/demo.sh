#!/bin/sh
# The main job on the bundled example (make demo): extract the seed
# article's graph, print its actors and interactions, analyse it, draw it
# and write its briefing page. Steps whose command is not built yet are
# skipped with a note.
set -eu
bin=${1:-build/dipnet}
out=demo
mkdir -p "$out"
if "$bin" extract --help >/dev/null 2>&1 && "$bin" extract fixtures/seed.txt -o "$out/seed.json" 2>/dev/null; then
  graph="$out/seed.json"
else
  echo "(extract not built yet: using the hand-made graph fixtures/graphs/seed-gold.json)"
  graph=fixtures/graphs/seed-gold.json
fi
"$bin" stats "$graph"
"$bin" report "$graph" -o "$out/seed.html"
echo "briefing page: $out/seed.html (open it in a browser; it needs no network)"
