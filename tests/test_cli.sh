#!/bin/sh
# The tool's conventions on stats and merge: --help everywhere, exit codes,
# messages naming the file and place, atomic output that a failure never
# clobbers, direct writes to /dev/null and pipes, and merge's order
# independence on real files.
set -u
. "$DIPNET_ROOT/tests/lib.sh"
dn() { $DIPNET_WRAP "$DIPNET" "$@"; }
fx="$DIPNET_ROOT/fixtures/graphs/seed-gold.json"

# help and version
dn --help | grep -q 'Commands:' || fail "--help lists no commands"
dn --version | grep -q '^dipnet [0-9]' || fail "--version"
for c in extract merge stats analyze path dot render export import report; do
  dn "$c" --help > "$T/h" 2>&1 || fail "$c --help exits non-zero"
  grep -q "usage: dipnet $c" "$T/h" || fail "$c --help prints no usage"
  dn help "$c" | grep -q "usage: dipnet $c" || fail "help $c"
done
expect_status 2 dn nosuchcommand
expect_status 2 dn stats
expect_status 2 dn stats --bogus "$fx"

# stats on the seed graph: exact counts
dn stats "$fx" > "$T/stats" || fail "stats failed"
grep -q '25 actors, 25 interactions, 25 evidence, 1 documents' "$T/stats" || fail "stats totals: $(head -1 "$T/stats")"
grep -Eq '^  appeal +7 +7 +7$' "$T/stats" || fail "stats appeal row"
dn stats --json "$fx" | $PYTHON -c 'import json,sys; d=json.load(sys.stdin); assert d["edges_by_type"]["attack"]["edges"]==6, d' || fail "stats --json"

# bad input: exit 2, message names file and place, output untouched
printf 'keep me\n' > "$T/out.json"
printf '{"nodes": [\n  {"id": "a",,}]}' > "$T/syntax.json"
expect_status 2 dn merge "$fx" "$T/syntax.json" -o "$T/out.json"
grep -q "syntax.json:2:15: JSON syntax error" "$T/err" || fail "syntax error place: $(cat "$T/err")"
[ "$(cat "$T/out.json")" = "keep me" ] || fail "output clobbered by a failed merge"
sed 's/"target":"state:armenia"/"target":"state:atlantis"/' "$fx" > "$T/badref.json"
expect_status 2 dn stats "$T/badref.json"
grep -Eq 'badref.json:[0-9]+:3: graph.edges\[[0-9]+\].target: no node "state:atlantis"' "$T/err" || fail "bad reference message: $(cat "$T/err")"
expect_status 2 dn stats "$T"
grep -q "is a directory" "$T/err" || fail "directory message"
expect_status 1 dn stats "$T/missing.json"
grep -q "missing.json: cannot open" "$T/err" || fail "missing file message"
expect_status 1 dn merge "$fx" -o /nonexistent-dir/out.json
grep -q "/nonexistent-dir/out.json" "$T/err" || fail "unwritable output not named"
ls -a "$T" | grep -q '^\.out\.json\.' && fail "temporary file left behind"

# atomic replacement of a regular file; direct writes elsewhere
dn merge "$fx" -o "$T/out.json" || fail "merge -o"
cmp -s "$T/out.json" "$fx" || fail "merge of one file is not the same bytes"
dn merge "$fx" -o /dev/null || fail "-o /dev/null"
[ -c /dev/null ] || fail "/dev/null was replaced"
dn merge "$fx" | cmp -s - "$fx" || fail "merge to a pipe"
dn merge - < "$fx" | cmp -s - "$fx" || fail "merge from standard input"

# merging an extracted graph with itself changes no byte (specific CAMEO
# codes such as 194 once fell back to the root 190 in every merge)
dn extract "$DIPNET_ROOT/fixtures/corpus/articles/seed.txt" -o "$T/seed.json" || fail "extract seed"
grep -q '"cameo":"194"' "$T/seed.json" || fail "seed graph has no specific attack code to guard"
dn merge "$T/seed.json" "$T/seed.json" -o "$T/seed2.json" && cmp -s "$T/seed.json" "$T/seed2.json" || fail "merge of a graph with itself changed it"

# merge is order independent on files
$PYTHON - "$fx" "$T" <<'PY' || fail "split failed"
import json, sys
g = json.load(open(sys.argv[1]))
a = dict(g, edges=g["edges"][::2]); b = dict(g, edges=g["edges"][1::2])
json.dump(a, open(sys.argv[2] + "/a.json", "w")); json.dump(b, open(sys.argv[2] + "/b.json", "w"))
PY
dn merge "$T/a.json" "$T/b.json" -o "$T/ab.json" && dn merge "$T/b.json" "$T/a.json" -o "$T/ba.json" || fail "merge halves"
cmp -s "$T/ab.json" "$T/ba.json" || fail "merge depends on order"
cmp -s "$T/ab.json" "$fx" || fail "halves do not merge back to the whole"
finish
