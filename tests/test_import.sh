#!/bin/sh
# dipnet import: bad CSVs are refused whole with FILE:LINE:COLUMN and the
# field's name (exit 2, output and --into graph byte-identical), every bad
# row is listed, good rows merge into an existing graph, and export csv
# then import gives the same graph (seed fixture, compared by Python).
set -u
. "$DIPNET_ROOT/tests/lib.sh"
dn() { $DIPNET_WRAP "$DIPNET" "$@"; }
fx="$DIPNET_ROOT/fixtures/graphs/seed-gold.json"
hdr='source,target,source_label,target_label,type,count,cameo,goldstein'

cp "$fx" "$T/into.json"
printf 'keep me\n' > "$T/out.json"

# refuse: file, line and column, exit 2, nothing written
bad_case() { # name expected-pattern csv-body
  name=$1 pat=$2 body=$3
  printf '%s\n%s' "$hdr" "$body" > "$T/$name.csv"
  expect_status 2 dn import "$T/$name.csv" --into "$T/into.json"
  grep -Eq "$pat" "$T/err" || fail "$name: message: $(cat "$T/err")"
  grep -q "nothing imported" "$T/err" || fail "$name: no summary"
  cmp -s "$T/into.json" "$fx" || fail "$name: --into graph changed"
  expect_status 2 dn import "$T/$name.csv" -o "$T/out.json"
  [ "$(cat "$T/out.json")" = "keep me" ] || fail "$name: -o clobbered"
}
ok_row='state:armenia,state:russia,Armenia,Russia,call,2,041,1'
bad_case columns "columns.csv:3:0?: ?3 fields, but the header has 8 columns|columns.csv:3: 3 fields" \
  "$ok_row
state:armenia,state:russia,call
"
bad_case type 'type.csv:2:[0-9]+: type: unknown interaction type "phonecall"' \
  'state:armenia,state:russia,Armenia,Russia,phonecall,1,,
'
bad_case count 'count.csv:2:[0-9]+: count: "two" is not a whole number' \
  'state:armenia,state:russia,Armenia,Russia,call,two,041,1
'
bad_case zero 'zero.csv:2:[0-9]+: count: "0" is not a whole number >= 1' \
  'state:armenia,state:russia,Armenia,Russia,call,0,041,1
'
bad_case huge 'huge.csv:2:[0-9]+: count: "9000000000000001" is not a whole number >= 1 \(at most 9e15\)' \
  'state:armenia,state:russia,Armenia,Russia,call,9000000000000001,041,1
'
bad_case prefix 'prefix.csv:3:15: target: unknown node id prefix in "country:russia"' \
  "$ok_row
state:armenia,country:russia,Armenia,Russia,call,1,041,1
"
bad_case goldstein 'goldstein.csv:2:[0-9]+: goldstein: "11" is not a number from -10 to 10' \
  'state:armenia,state:russia,Armenia,Russia,call,1,041,11
'
bad_case quote 'quote.csv:2:28: unterminated quoted field' \
  'state:armenia,state:russia,"Armenia,Russia,call,1,041,1
'
bad_case stray 'stray.csv:2:22: quote inside an unquoted field' \
  'state:armenia,state:r"ussia,Armenia,Russia,call,1,041,1
'

# the exact column: "phonecall" starts at column 43 of line 2
printf '%s\n%s\n' "$hdr" 'state:armenia,state:russia,Armenia,Russia,phonecall,1,,' > "$T/col.csv"
expect_status 2 dn import "$T/col.csv"
grep -q 'col.csv:2:43: type: unknown' "$T/err" || fail "column of the type field: $(cat "$T/err")"

# a legacy code page and a semicolon-separated file: said so
printf 'source,target,type,source_label\nstate:cote-d-ivoire,state:b,call,C\364te\n' > "$T/latin1.csv"
expect_status 2 dn import "$T/latin1.csv"
grep -q 'latin1.csv:2:35: byte 0xF4 is not UTF-8 (save the file as "CSV UTF-8")' "$T/err" || fail "latin1: $(cat "$T/err")"
printf 'source;target;type\nstate:a;state:b;call\n' > "$T/semi.csv"
expect_status 2 dn import "$T/semi.csv"
grep -q "semi.csv:1:1: the columns are separated by ';'" "$T/err" || fail "semicolons: $(cat "$T/err")"

# every bad row listed, good rows around them not imported
printf '%s\n%s\n%s\n%s\n%s\n' "$hdr" "$ok_row" \
  'state:armenia,state:russia,Armenia,Russia,call,x,041,1' "$ok_row" \
  'state:armenia,bogus,Armenia,Russia,meeting,1,,' > "$T/many.csv"
expect_status 2 dn import "$T/many.csv" --into "$T/into.json"
grep -q 'many.csv:3:[0-9]*: count' "$T/err" || fail "many: line 3 not listed: $(cat "$T/err")"
grep -q 'many.csv:5:[0-9]*: target: unknown node id prefix' "$T/err" || fail "many: line 5 not listed"
cmp -s "$T/into.json" "$fx" || fail "many: --into graph changed"

# header problems
printf 'source,target,kind\nstate:a,state:b,call\n' > "$T/hdr.csv"
expect_status 2 dn import "$T/hdr.csv"
grep -q 'hdr.csv:1:15: unknown column "kind"' "$T/err" || fail "unknown column: $(cat "$T/err")"
grep -q 'hdr.csv:1: the header has no "type" column' "$T/err" || fail "missing column: $(cat "$T/err")"
: > "$T/empty.csv"
expect_status 2 dn import "$T/empty.csv"
expect_status 1 dn import "$T/missing.csv"
grep -q 'missing.csv: cannot open' "$T/err" || fail "missing file"

# bad nodes file: unknown actor type, non-numeric attribute
printf 'id,label,type,pagerank\nstate:x,X,country,0.1\nstate:y,Y,state,high\n' > "$T/nodes.csv"
printf 'source,target,type\nstate:x,state:y,call\n' > "$T/e.csv"
expect_status 2 dn import "$T/e.csv" --nodes "$T/nodes.csv"
grep -q 'nodes.csv:2:11: type: unknown actor type "country"' "$T/err" || fail "node type: $(cat "$T/err")"
grep -q 'nodes.csv:3:17: pagerank: "high" is not a number' "$T/err" || fail "node attr: $(cat "$T/err")"

# good: minimal columns, quoted fields, CRLF, BOM; merge into the graph
printf '\357\273\277source,target,type,count,target_label\r\nstate:armenia,org:csto,appeal,3,"CSTO, the ""alliance"""\r\nperson:nikol-pashinyan,state:armenia,member_of,1,\r\n' > "$T/add.csv"
dn import "$T/add.csv" --into "$T/into.json" || fail "good import"
$PYTHON - "$T/into.json" "$fx" <<'PY' || fail "merged graph"
import json, sys
g = json.load(open(sys.argv[1])); f = json.load(open(sys.argv[2]))
nodes = {n["id"]: n for n in g["nodes"]}
edges = {(e["source"], e["target"], e["type"]): e for e in g["edges"]}
assert len(g["edges"]) == len(f["edges"]) + 2, len(g["edges"])
assert nodes["org:csto"]["label"] == 'CSTO, the "alliance"', nodes["org:csto"]
assert nodes["org:csto"]["type"] == "organization"
e = edges[("state:armenia", "org:csto", "appeal")]
assert e["count"] == 3 and e["evidence"] == [] and e["cameo"] == "020", e
# a node of the graph keeps its label and type
assert nodes["state:armenia"]["label"] == "Armenia"
assert edges[("person:nikol-pashinyan", "state:armenia", "member_of")]["count"] == 1
PY
# -o leaves --into alone
cp "$fx" "$T/into2.json"
dn import "$T/add.csv" --into "$T/into2.json" -o "$T/merged.json" || fail "import -o"
cmp -s "$T/into2.json" "$fx" || fail "--into changed although -o was given"
cmp -s "$T/merged.json" "$T/into.json" || fail "-o result differs from in-place result"

# export csv, import: the same graph (nodes with all fields, edges with
# counts and their only evidence entry)
dn export "$fx" -f csv -o "$T/seed" || fail "export csv"
dn import "$T/seed.edges.csv" --nodes "$T/seed.nodes.csv" -o "$T/back.json" || fail "import back"
$PYTHON - "$T/back.json" "$fx" <<'PY' || fail "round trip"
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
assert a["nodes"] == b["nodes"], "nodes differ"
assert a["edges"] == b["edges"], [x for x in zip(a["edges"], b["edges"]) if x[0] != x[1]][:1]
PY
# importing a graph's own export into it changes nothing
cp "$fx" "$T/self.json"
dn import "$T/seed.edges.csv" --nodes "$T/seed.nodes.csv" --into "$T/self.json" || fail "self import"
cmp -s "$T/self.json" "$fx" || fail "importing the export into its graph changed it"
# ... and an edited count above the graph's raises it, below leaves it
sed 's/^\(org:azerbaijani-armed-forces,place:goris,[^,]*,[^,]*,attack\),1,/\1,4,/' \
  "$T/seed.edges.csv" > "$T/raised.csv"
grep -q 'place:goris,[^,]*,[^,]*,attack,4,' "$T/raised.csv" || fail "sed did not raise the count"
dn import "$T/raised.csv" --into "$T/self.json" || fail "raised import"
$PYTHON - "$T/self.json" <<'PY' || fail "raised count"
import json, sys
g = json.load(open(sys.argv[1]))
c = {(e["source"], e["target"], e["type"]): e["count"] for e in g["edges"]}
assert c[("org:azerbaijani-armed-forces", "place:goris", "attack")] == 4, c
assert sum(c.values()) == 25 + 3, sum(c.values())
PY
# a date that contradicts the graph's document is refused
printf 'source,target,type,evidence_document,evidence_date,evidence_sentence\nstate:armenia,org:csto,appeal,seed.txt,2022-09-14,1\n' > "$T/date.csv"
cp "$fx" "$T/into3.json"
expect_status 2 dn import "$T/date.csv" --into "$T/into3.json"
grep -q 'date.csv:2:[0-9]*: evidence_date: 2022-09-14 differs from the date 2022-09-13' "$T/err" || fail "date conflict: $(cat "$T/err")"
cmp -s "$T/into3.json" "$fx" || fail "date conflict changed the graph"
finish
