#!/bin/sh
# "dipnet report" on the command line: the page for the seed graph (one
# entry per evidence, the diagram inline, the key-actor table from
# PageRank/HITS/betweenness), --since keeping the whole graph and adding
# the new-since section, the other filters cutting the graph and named in
# the header, usage errors (exit 2) that never clobber an existing page,
# and byte-identical output for the same input.
set -u
. "$DIPNET_ROOT/tests/lib.sh"
dn() { $DIPNET_WRAP "$DIPNET" "$@"; }
# the renderer's leaks inside Graphviz and fontconfig (SAN=1 builds)
: "${LSAN_OPTIONS:=suppressions=$DIPNET_ROOT/tests/lsan.supp:print_suppressions=0}"
export LSAN_OPTIONS
fx="$DIPNET_ROOT/fixtures/graphs/seed-gold.json"
n_ev() { grep -o '<li class="evidence">' "$1" | wc -l | tr -d ' '; }

dn report "$fx" -o "$T/seed.html" 2> "$T/err" || fail "report failed: $(cat "$T/err")"
[ "$(n_ev "$T/seed.html")" = 25 ] || fail "seed: $(n_ev "$T/seed.html") evidence entries, want 25"
[ "$(grep -c '<svg' "$T/seed.html")" = 1 ] || fail "seed: no inline diagram ($(cat "$T/err"))"
grep -q '<?xml' "$T/seed.html" && fail "seed: XML prolog inlined"
grep -q '<script' "$T/seed.html" && fail "seed: the page ships a script"
grep -q 'PageRank<small>influence</small>' "$T/seed.html" || fail "seed: no PageRank column"
grep -q 'Betweenness<small>brokers</small>' "$T/seed.html" || fail "seed: no betweenness column"
grep -q 'key-actors-fallback' "$T/seed.html" && fail "seed: fell back to degree: $(cat "$T/err")"
grep -q '<title>Briefing: Military actions on the Armenian-Azerbaijani border</title>' "$T/seed.html" || fail "seed: title"
grep -q 'Evidence dated <b>2022-09-13</b>' "$T/seed.html" || fail "seed: date range"
# every edge of the graph has its entry and a link from the diagram
for i in 0 12 24; do
  grep -q "id=\"edge-$i\"" "$T/seed.html" || fail "seed: no entry edge-$i"
  grep -q "<a class=\"arrow\" href=\"#edge-$i\">" "$T/seed.html" || fail "seed: the diagram does not link edge-$i"
done
grep -q 'id="node-person:nikol-pashinyan"' "$T/seed.html" || fail "seed: no actor entry for Pashinyan"
# the same input gives the same bytes
dn report "$fx" -o "$T/again.html" 2>/dev/null
cmp -s "$T/seed.html" "$T/again.html" || fail "two runs differ"

# --diagram-top draws the most central actors only, and says so
dn report "$fx" --diagram-top 10 -o "$T/top.html" 2>/dev/null || fail "--diagram-top failed"
[ "$(grep -c 'id="svg&#45;node&#45;' "$T/top.html")" = 10 ] || fail "--diagram-top 10: $(grep -c 'id="svg&#45;node&#45;' "$T/top.html") actors drawn"
grep -q '<b>The diagram shows the 10 most central of the 25 actors</b>' "$T/top.html" || fail "--diagram-top caption"
[ "$(n_ev "$T/top.html")" = 25 ] || fail "--diagram-top cut the page"
[ "$(grep -c 'id="svg&#45;node&#45;' "$T/seed.html")" = 25 ] || fail "seed: not every actor drawn"
grep -q 'most central of' "$T/seed.html" && fail "seed: caption claims a cut diagram"

# --since keeps the whole graph and adds the section
dn report "$fx" --since 2022-09-13 -o "$T/since.html" 2>/dev/null || fail "--since failed"
[ "$(n_ev "$T/since.html")" = 25 ] || fail "--since cut the graph"
grep -q 'New since 2022-09-13 <span class="badge">25</span>' "$T/since.html" || fail "--since 2022-09-13: want 25 new contacts"
dn report "$fx" --since 2022-09-14 -o "$T/since2.html" 2>/dev/null
grep -q 'New since 2022-09-14 <span class="badge">0</span>' "$T/since2.html" || fail "--since 2022-09-14: want 0 new contacts"
grep -q 'id="new"' "$T/seed.html" && fail "new-since section without --since"

# the other filters cut the graph and are named in the header
dn report "$fx" --types call,meeting -o "$T/types.html" 2>/dev/null || fail "--types failed"
[ "$(n_ev "$T/types.html")" = 6 ] || fail "--types call,meeting: $(n_ev "$T/types.html") evidence, want 6"
grep -q 'Filters: <b>types: call, meeting</b>' "$T/types.html" || fail "--types not named in the header"
dn report "$fx" --ego "Nikol Pashinyan" -o "$T/ego.html" 2>/dev/null || fail "--ego failed"
[ "$(n_ev "$T/ego.html")" = 2 ] || fail "--ego Pashinyan: $(n_ev "$T/ego.html") evidence, want 2"
dn report "$fx" --no-diagram --title 'A & <B>' -o "$T/nd.html" 2>/dev/null || fail "--no-diagram failed"
grep -q '<svg' "$T/nd.html" && fail "--no-diagram drew a diagram"
grep -q 'id="diagram-missing">No diagram: left out (--no-diagram).' "$T/nd.html" || fail "--no-diagram note"
grep -q '<h1>A &amp; &lt;B&gt;</h1>' "$T/nd.html" || fail "--title not escaped"

# usage errors: exit 2, the existing page untouched, no temporary left
printf 'keep me\n' > "$T/keep.html"
expect_status 2 dn report "$fx" -o "$T/keep.html" --ego Nobody
expect_status 2 dn report "$fx" -o "$T/keep.html" --since 2022-13-01
expect_status 2 dn report "$fx" -o "$T/keep.html" --top 0
expect_status 2 dn report "$fx" -o "$T/keep.html" --layout bogus
expect_status 2 dn report "$fx" -o "$T/keep.html" --diagram-top -1
expect_status 2 dn report "$fx" "$fx" -o "$T/keep.html"
expect_status 2 dn report
expect_status 1 dn report "$T/missing.json" -o "$T/keep.html"
[ "$(cat "$T/keep.html")" = "keep me" ] || fail "a failed report clobbered the page"
ls -a "$T" | grep -q '^\.keep\.html\.' && fail "temporary file left behind"
dn report "$fx" > "$T/stdout.html" 2>/dev/null || fail "report to standard output"
cmp -s "$T/stdout.html" "$T/seed.html" || fail "standard output differs from -o"
finish
