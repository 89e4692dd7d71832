#!/bin/sh
# Limits: hostile and huge input gives a clear error (exit 2, DN_ELIMIT
# message naming the file and place) or is processed in bounded time and
# space; never a crash or a blow-up. The limits are documented in
# include/dipnet/io.h (files, JSON depth), text.h (DN_SENT_MAX) and
# extract.h (DN_EVIDENCE_TEXT_MAX). Bad articles of ordinary size (empty,
# binary, invalid UTF-8, 50 MB without a newline) are test_extract_bad.sh's.
#
# Huge cases run the tool without $DIPNET_WRAP (valgrind would take hours on
# them; the small hostile cases here and every other test run under it);
# the generous timeouts only catch runaway (quadratic) behaviour, they are
# not benchmarks (bench/bench_limits.sh reports the times).
set -u
. "$DIPNET_ROOT/tests/lib.sh"
dn() { $DIPNET_WRAP "$DIPNET" "$@"; }

# -- JSON nesting: 64 levels are read, 65 are refused with the place --------
nest() { # DEPTH: a graph file whose deepest value is DEPTH levels down
  $PYTHON -c 'import sys; d=int(sys.argv[1]); print("{\"nodes\": [], \"x\": " + "[" * (d - 1) + "]" * (d - 1) + "}")' "$1"
}
nest 64 > "$T/d64.json"
nest 65 > "$T/d65.json"
expect_status 2 dn stats "$T/d64.json"
grep -q 'd64.json:1:15: graph.x: unknown field' "$T/err" || fail "64 levels should parse (then fail validation): $(cat "$T/err")"
expect_status 2 dn stats "$T/d65.json"
grep -q 'd65.json:1:83: JSON nested deeper than 64 levels' "$T/err" || fail "65 levels: $(cat "$T/err")"
# a million levels: refused before parsing (no stack overflow)
$PYTHON -c 'print("[" * 1000000 + "]" * 1000000)' > "$T/deep.json"
expect_status 2 timeout 60 $DIPNET_WRAP "$DIPNET" stats "$T/deep.json"
grep -q 'deep.json:1:65: JSON nested deeper than 64 levels' "$T/err" || fail "1M levels: $(cat "$T/err")"
# the same limit for lexicons
$PYTHON -c 'print("{\"titles\": " + "[" * 100 + "]" * 100 + "}")' > "$T/deeplex.json"
echo "Armenia accused Azerbaijan." > "$T/a.txt"
expect_status 2 dn extract "$T/a.txt" --lexicon "$T/deeplex.json"
grep -q 'deeplex.json:1:75: JSON nested deeper than 64 levels' "$T/err" || fail "deep lexicon: $(cat "$T/err")"

# -- files over the size limit: refused before a byte is read ---------------
# (sparse files: no disk used)
truncate -s 1025M "$T/huge.json"
expect_status 2 dn stats "$T/huge.json"
grep -q 'huge.json: file of 1074790400 bytes exceeds the limit of 1073741824 bytes' "$T/err" || fail "1 GiB graph: $(cat "$T/err")"
truncate -s 1025M "$T/huge.txt"
expect_status 2 dn extract "$T/huge.txt" -o "$T/huge-out.json"
grep -q 'huge.txt: file of 1074790400 bytes exceeds the limit' "$T/err" || fail "1 GiB article: $(cat "$T/err")"
[ -e "$T/huge-out.json" ] && fail "output written for a refused article"
truncate -s 257M "$T/hugelex.json"
expect_status 2 dn extract "$T/a.txt" --lexicon "$T/hugelex.json"
grep -q 'hugelex.json: file of 269484032 bytes exceeds the limit of 268435456 bytes' "$T/err" || fail "256 MiB lexicon: $(cat "$T/err")"
rm -f "$T/huge.json" "$T/huge.txt" "$T/hugelex.json"

# -- long strings: a 4 MB label and a 4 MB alias round-trip exactly --------
$PYTHON - "$T/long.json" <<'PY'
import json, sys
g = {"directed": True, "multigraph": True, "nodes": [
    {"id": "state:x", "label": "\u00e9" * 2000000, "type": "state",
     "aliases": ["a\"\\\n" * 1000000]}], "edges": []}
open(sys.argv[1], "w").write(json.dumps(g))
PY
dn merge "$T/long.json" -o "$T/long2.json" || fail "merge of a graph with a 4 MB label"
$PYTHON - "$T/long.json" "$T/long2.json" <<'PY' || fail "4 MB strings changed in a round trip"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["nodes"] == b["nodes"], "nodes differ"
PY

# -- per-node limits: aliases and attributes (kept unique by linear search;
# 100,000 aliases on one node took 10 s before the limit) -------------------
$PYTHON - "$T" <<'PY'
import json, sys
t = sys.argv[1]
def node(**kw):
    n = {"id": "state:x", "label": "X", "type": "state"}; n.update(kw); return n
def graph(n):
    return json.dumps({"directed": True, "multigraph": True, "nodes": [n], "edges": []})
open(t + "/al1000.json", "w").write(graph(node(aliases=["a%d" % i for i in range(1000)])))
open(t + "/al1001.json", "w").write(graph(node(aliases=["a%d" % i for i in range(1001)])))
open(t + "/al100k.json", "w").write(graph(node(aliases=["a%d" % i for i in range(100000)])))
open(t + "/at1001.json", "w").write(graph(node(**{"m%d" % i: i for i in range(1001)})))
open(t + "/e.csv", "w").write("source,target,type\nstate:x,state:y,call\n")
open(t + "/n1000.csv", "w").write("id,label,aliases\nstate:x,X," + "|".join("a%d" % i for i in range(1000)) + "\n")
open(t + "/n1001.csv", "w").write("id,label,aliases\nstate:x,X," + "|".join("a%d" % i for i in range(1001)) + "\n")
open(t + "/w1001.csv", "w").write("id," + ",".join("m%d" % i for i in range(1001)) + "\nstate:x" + ",1" * 1001 + "\n")
PY
dn stats "$T/al1000.json" > /dev/null 2> "$T/err" || fail "1000 aliases refused: $(cat "$T/err")"
expect_status 2 dn stats "$T/al1001.json"
grep -q 'al1001.json:1:[0-9]*: graph.nodes\[0\].aliases: more than 1000 aliases' "$T/err" || fail "1001 aliases: $(cat "$T/err")"
expect_status 2 timeout 60 $DIPNET_WRAP "$DIPNET" stats "$T/al100k.json"
grep -q 'more than 1000 aliases' "$T/err" || fail "100k aliases: $(cat "$T/err")"
expect_status 2 dn stats "$T/at1001.json"
grep -q 'at1001.json:1:[0-9]*: graph.nodes\[0\]: more than 1000 attributes' "$T/err" || fail "1001 attributes: $(cat "$T/err")"
dn import "$T/e.csv" --nodes "$T/n1000.csv" -o /dev/null 2> "$T/err" || fail "CSV, 1000 aliases refused: $(cat "$T/err")"
expect_status 2 dn import "$T/e.csv" --nodes "$T/n1001.csv" -o /dev/null
grep -q 'n1001.csv:2:11: aliases: more than 1000' "$T/err" || fail "CSV, 1001 aliases: $(cat "$T/err")"
expect_status 2 dn import "$T/e.csv" --nodes "$T/w1001.csv" -o /dev/null
grep -q 'w1001.csv:1: more than 1000 attribute columns' "$T/err" || fail "CSV, 1001 attribute columns: $(cat "$T/err")"

# -- a graph of a million actors and a million interactions -----------------
awk 'BEGIN {
  n = 1000000
  printf "{\"directed\": true, \"multigraph\": true, \"graph\": {\"documents\": [{\"id\": \"d.txt\"}]},\n \"nodes\": [\n"
  for (i = 0; i < n; i++)
    printf "%s{\"id\":\"person:p%07d\",\"label\":\"P %d\",\"type\":\"person\"}\n", (i ? "," : ""), i, i
  printf "],\n \"edges\": [\n"
  for (i = 0; i < n; i++)
    printf "%s{\"source\":\"person:p%07d\",\"target\":\"person:p%07d\",\"type\":\"call\",\"evidence\":[{\"document\":\"d.txt\",\"sentence\":1,\"start\":%d,\"end\":%d}]}\n", (i ? "," : ""), i, (i * 7 + 1) % n, i, i + 1
  print "]}"
}' > "$T/m1.json"
timeout 300 "$DIPNET" stats "$T/m1.json" > "$T/m1.stats" 2> "$T/err" || fail "stats of 1M actors: $(cat "$T/err")"
grep -q 'm1.json: 1000000 actors, 1000000 interactions, 1000000 evidence, 1 documents' "$T/m1.stats" || fail "1M stats: $(head -1 "$T/m1.stats")"
rm -f "$T/m1.json"

# -- a sentence of 1 MB: cut at DN_SENT_MAX, evidence text bounded ----------
$PYTHON - "$DIPNET_ROOT/data" "$T/s1m.txt" "$T/s10m.txt" <<'PY'
import json, random, sys
names = []
for f in ["states", "places", "organizations", "persons"]:
    names += [e["name"] for e in json.load(open("%s/%s.json" % (sys.argv[1], f)))[f]]
r = random.Random(1)
out, n = [], 0
while n < 1 << 20:
    c = "%s accused %s and " % (r.choice(names), r.choice(names))
    out.append(c); n += len(c.encode())
open(sys.argv[2], "w").write("A title\n" + "".join(out) + "Armenia.\n")
# 10 MB, one line, no stop: lists of 50 actors meeting lists of 50 actors
out, n = [], 0
while n < 10 << 20:
    c = ", ".join(r.sample(names, 50)) + " met " + ", ".join(r.sample(names, 50)) + " and urged "
    out.append(c); n += len(c.encode())
open(sys.argv[3], "w").write("A title\n" + "".join(out) + "Armenia.\n")
PY
timeout 120 "$DIPNET" extract "$T/s1m.txt" -o "$T/s1m.json" 2> "$T/err" || fail "1 MB sentence: exit $? $(cat "$T/err")"
$PYTHON - "$T/s1m.json" <<'PY' || fail "1 MB sentence: bad graph"
import json, sys
g = json.load(open(sys.argv[1]))
ev = [v for e in g["edges"] for v in e["evidence"]]
assert len(g["nodes"]) > 1000 and len(ev) > 10000, (len(g["nodes"]), len(ev))
# sentences are cut at DN_SENT_MAX (65536) bytes, texts at 2048 + "..."
assert max(v["end"] - v["start"] for v in ev) <= 65536 + 64, "sentence not cut"
assert max(len(v["text"].encode()) for v in ev) <= 2048 + 3, "evidence text not bounded"
assert any(v["text"].endswith("\u2026") for v in ev), "no cut text marked"
PY
ls -l "$T/s1m.json" | awk '$5 > 300000000 { exit 1 }' || fail "1 MB sentence gives a graph over 300 MB"
rm -f "$T/s1m.json" "$T/s1m.txt"

# -- 10 MB that is one sentence naming thousands of actors: no quadratic ----
timeout 120 "$DIPNET" extract "$T/s10m.txt" -o "$T/s10m.json" 2> "$T/err" || fail "10 MB one sentence: exit $? (124 = timeout) $(cat "$T/err")"
$PYTHON - "$T/s10m.json" <<'PY' || fail "10 MB one sentence: bad graph"
import json, sys
g = json.load(open(sys.argv[1]))
assert len(g["nodes"]) > 2000, len(g["nodes"])
assert len(g["edges"]) > 5000, len(g["edges"])
PY
ls -l "$T/s10m.json" | awk '$5 > 200000000 { exit 1 }' || fail "10 MB article gives a graph over 200 MB"
finish
