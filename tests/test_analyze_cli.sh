#!/bin/sh
# "dipnet analyze" and "dipnet path" as a user meets them: exit codes, the
# ranking of the table, CSV quoting (RFC 4180), null in JSON, --annotate
# writing node attributes atomically, the shared filters, byte-identical
# reruns, both engines of the path measures agreeing, --timing fields, and
# chains of contact with their evidence sentences.
set -u
. "$DIPNET_ROOT/tests/lib.sh"
dn() { $DIPNET_WRAP "$DIPNET" "$@"; }
fx="$DIPNET_ROOT/fixtures/graphs/seed-gold.json"

# usage errors: 2; unreadable file: 1
expect_status 2 dn analyze
expect_status 2 dn analyze "$fx" --measures pagerank,bogus
grep -q 'unknown measure "bogus"' "$T/err" || fail "bad measure message: $(cat "$T/err")"
expect_status 2 dn analyze "$fx" --format xml
expect_status 2 dn analyze "$fx" --weight heavy
expect_status 2 dn analyze "$fx" --annotate
expect_status 2 dn analyze "$fx" --types call,bogus
expect_status 2 dn analyze "$fx" --since 2022-13-01
expect_status 2 dn analyze "$fx" --ego Nobody
expect_status 1 dn analyze "$T/missing.json"

# the table: sorted by PageRank by default; by the first measure asked
dn analyze "$fx" > "$T/table" || fail "analyze failed"
sed -n 2p "$T/table" | grep -Eq '^ +1  Collective Security Treaty Organization ' || fail "first by pagerank: $(sed -n 2p "$T/table")"
grep -q '^6 communities, modularity 0.6192$' "$T/table" || fail "modularity line: $(tail -1 "$T/table")"
dn analyze "$fx" --measures betweenness,in_degree --top 2 > "$T/b"
[ "$(wc -l < "$T/b")" = 3 ] || fail "--top 2 gives $(wc -l < "$T/b") lines"
sed -n 2p "$T/b" | grep -Eq '^ +1  Armenia +state +Armenia +6 +4$' || fail "betweenness row: $(sed -n 2p "$T/b")"

# reruns give the same bytes (seeded communities)
dn analyze "$fx" --format json > "$T/j1"
dn analyze "$fx" --format json > "$T/j2"
cmp -s "$T/j1" "$T/j2" || fail "two runs differ"

# --engine igraph: igraph's own betweenness, closeness and harmonic give
# the same values as our kernel (to 1e-9); --timing names both kernels
dn analyze "$fx" --format json --engine igraph > "$T/j3" || fail "--engine igraph failed"
$PYTHON - "$T/j1" "$T/j3" <<'EOF' || fail "engines differ"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
by_id = {y["id"]: y for y in b["nodes"]}
assert len(by_id) == len(a["nodes"])
for x in a["nodes"]:
    y = by_id[x["id"]]
    for m in ("betweenness", "closeness", "harmonic"):
        assert abs(x[m] - y[m]) <= 1e-9 * max(1, abs(y[m])), (x["id"], m, x[m], y[m])
assert sum(n["betweenness"] for n in a["nodes"]) > 0
EOF
expect_status 2 dn analyze "$fx" --engine networkx
grep -q 'engine: want dipnet or igraph' "$T/err" || fail "bad engine message: $(cat "$T/err")"
dn analyze "$fx" --timing -o /dev/null 2> "$T/timing" || fail "--timing failed"
for k in kernel_s igraph_s path_kernel_s overhead_pct; do
  grep -q "^timing: $k [0-9]" "$T/timing" || fail "--timing lacks $k: $(cat "$T/timing")"
done

# CSV: header, CRLF, quoting of commas and quotes, empty for NaN
cat > "$T/q.json" <<'EOF'
{"directed": true, "multigraph": true, "graph": {"generator": "t", "documents": []},
 "nodes": [{"id": "person:a", "label": "Smith, \"Jr\"", "type": "person"},
           {"id": "person:b", "label": "B", "type": "person"}],
 "edges": [{"source": "person:a", "target": "person:a", "key": "statement", "type": "statement", "count": 1}]}
EOF
dn analyze "$T/q.json" --format csv --measures eigenvector,degree > "$T/q.csv" || fail "csv failed"
printf 'rank,id,label,type,state,eigenvector,degree\r\n' > "$T/want"
printf '1,person:b,B,person,,,0\r\n2,person:a,"Smith, ""Jr""",person,,,0\r\n' >> "$T/want"
cmp -s "$T/q.csv" "$T/want" || fail "csv bytes: $(od -c "$T/q.csv" | head -5)"
dn analyze "$T/q.json" --format json | $PYTHON -c '
import json, sys
d = json.load(sys.stdin)
assert d["modularity"] is None, d["modularity"]
assert all(n["eigenvector"] is None for n in d["nodes"]), d["nodes"]
assert d["nodes"][1]["label"] == "Smith, \"Jr\"", d["nodes"][1]
' || fail "json nulls"

# --level state and filters reach the analysis
dn analyze "$fx" --level state --measures out_degree --format json | $PYTHON -c '
import json, sys
d = json.load(sys.stdin)
ids = [n["id"] for n in d["nodes"]]
assert "state:armenia" in ids and "person:nikol-pashinyan" not in ids, ids
assert d["filter"] == "level: state", d["filter"]
arm = [n for n in d["nodes"] if n["id"] == "state:armenia"][0]
assert arm["out_degree"] == 7, arm
' || fail "level state"
dn analyze "$fx" --types call --format json | $PYTHON -c '
import json, sys
d = json.load(sys.stdin)
assert d["actors"] == 6 and d["arcs"] == 4, (d["actors"], d["arcs"])
' || fail "--types call"

# --annotate: attributes in the written graph, atomically; input untouched
cp "$fx" "$T/g.json"
dn analyze "$T/g.json" --annotate --ego Pashinyan -o "$T/ann.json" || fail "annotate failed"
cmp -s "$fx" "$T/g.json" || fail "annotate changed its input"
$PYTHON - "$T/ann.json" <<'EOF' || fail "annotated graph"
import json, sys
d = json.load(open(sys.argv[1]))
n = {x["id"]: x for x in d["nodes"]}
assert len(n) == 25 and len(d["edges"]) == 25
p = n["person:nikol-pashinyan"]
assert p["out_degree"] == 2 and p["community"] == 0, p
# outside the ego view: null, never a stale value
assert n["state:russia"]["pagerank"] is None, n["state:russia"]
EOF
dn stats "$T/ann.json" > /dev/null || fail "annotated graph does not read back"
printf 'keep\n' > "$T/keep.json"
expect_status 2 dn analyze "$T/g.json" --annotate --measures nope -o "$T/keep.json"
[ "$(cat "$T/keep.json")" = keep ] || fail "failed annotate clobbered output"

# path: found (0), none (1), unknown or ambiguous actor (2)
expect_status 0 dn path "$fx" Pashinyan Donfried --level state
dn path "$fx" Blinken "Freedom House" > "$T/p" || fail "path failed"
head -1 "$T/p" | grep -q '^Antony Blinken to Freedom House: 2 hops, 2 shortest chains (first shown; --all for more)$' || fail "path head: $(head -1 "$T/p")"
grep -q '^  1. Antony Blinken -appeal-> Armenia (seen 1 time)$' "$T/p" || fail "path hop 1: $(cat "$T/p")"
grep -q '^  2. Armenia <-appeal- Freedom House (seen 1 time)$' "$T/p" || fail "path hop 2"
grep -q '^     seed.txt, sentence 11: "Blinken issued a statement' "$T/p" || fail "path evidence"
dn path "$fx" Blinken "Freedom House" --all | grep -c '^chain ' | grep -qx 2 || fail "--all"
expect_status 1 dn path "$fx" Blinken "Freedom House" --directed
grep -q 'no directed chain of contact from Antony Blinken to Freedom House' "$T/err" || fail "no-path message"
expect_status 1 dn path "$fx" Pashinyan Lavrov
expect_status 2 dn path "$fx" Pashinyan Nobody
expect_status 2 dn path "$fx" "Armenian side" Lavrov
expect_status 2 dn path "$fx" Pashinyan
expect_status 1 dn path "$fx" Pashinyan Lavrov --types attack
finish
