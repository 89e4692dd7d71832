#!/bin/sh
# extract --summary: the header and one line per interaction in the
# written graph's order, "  %-28s -%s-> %s (%ld)" (labels padded in
# bytes, as printf pads them), checked against the graph it came with;
# to standard output with -o FILE, to standard error when the graph goes
# to standard output.
set -u
. "$DIPNET_ROOT/tests/lib.sh"
dn() { $DIPNET_WRAP "$DIPNET" "$@"; }
arts="$DIPNET_ROOT/fixtures/corpus/articles"

expect_status 0 dn extract "$arts"/*.txt -o "$T/g.json" --summary
cp "$T/stdout" "$T/sum"
[ -s "$T/err" ] && fail "summary with -o wrote to stderr: $(head -c 300 "$T/err")"
$PYTHON - "$T/g.json" "$T/sum" <<'PY' || fail "summary lines differ from the graph"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
got = open(sys.argv[2], "rb").read().split(b"\n")
label = {n["id"]: n["label"].encode() for n in g["nodes"]}
head = got[0].decode()
assert head.startswith("documents: %d  sentences: " % len(g["graph"]["documents"])), head
assert head.endswith("  actors: %d  interactions: %d" % (len(g["nodes"]), len(g["edges"]))), head
want = [b"  " + label[e["source"]].ljust(28) + b" -" + e["type"].encode() + b"-> " +
        label[e["target"]] + b" (%d)" % e["count"] for e in g["edges"]]
assert got[1:] == want + [b""], (len(got), len(want))
assert any(len(label[e["source"]]) > 28 for e in g["edges"]), "no long label tested"
assert any(max(label[e["source"]]) > 127 for e in g["edges"]), "no UTF-8 label tested"
PY

# graph to standard output: the summary goes to standard error, the same
expect_status 0 dn extract "$arts"/*.txt --summary
cmp -s "$T/err" "$T/sum" || fail "summary on stderr differs from the one on stdout"
cmp -s "$T/stdout" "$T/g.json" || fail "graph on stdout differs from the file"
finish
