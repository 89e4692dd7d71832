#!/bin/sh
# Huge-input figures (issue 6): extraction of a 10 MB article that is one
# sentence naming thousands of actors, of a 1 MB sentence, of a 100 MB
# article of real news text, and reading a graph of 1M actors and 1M
# interactions; wall-clock seconds and peak RSS in MB.
set -eu
t="$BENCH_TMP/limits"
mkdir -p "$t"
$PYTHON - "$DIPNET_ROOT" "$t" <<'PY'
import glob, json, random, sys
root, t = sys.argv[1], sys.argv[2]
names = []
for f in ["states", "places", "organizations", "persons"]:
    names += [e["name"] for e in json.load(open("%s/data/%s.json" % (root, f)))[f]]
r = random.Random(1)
out, n = [], 0
while n < 10 << 20:
    c = ", ".join(r.sample(names, 50)) + " met " + ", ".join(r.sample(names, 50)) + " and urged "
    out.append(c); n += len(c.encode())
open(t + "/one10.txt", "w").write("A title\n" + "".join(out) + "Armenia.\n")
out, n = [], 0
while n < 1 << 20:
    c = "%s accused %s and " % (r.choice(names), r.choice(names))
    out.append(c); n += len(c.encode())
open(t + "/sent1m.txt", "w").write("A title\n" + "".join(out) + "Armenia.\n")
arts = "".join(open(f, encoding="utf-8").read() + "\n"
               for f in sorted(glob.glob(root + "/fixtures/corpus/articles/*.txt"))).encode()
with open(t + "/a100.txt", "wb") as f:
    n = 0
    while n < 100 << 20:
        f.write(arts); n += len(arts)
PY
awk 'BEGIN {
  n = 1000000
  printf "{\"directed\": true, \"multigraph\": true, \"graph\": {\"documents\": [{\"id\": \"d.txt\"}]},\n \"nodes\": [\n"
  for (i = 0; i < n; i++)
    printf "%s{\"id\":\"person:p%07d\",\"label\":\"P %d\",\"type\":\"person\"}\n", (i ? "," : ""), i, i
  printf "],\n \"edges\": [\n"
  for (i = 0; i < n; i++)
    printf "%s{\"source\":\"person:p%07d\",\"target\":\"person:p%07d\",\"type\":\"call\",\"evidence\":[{\"document\":\"d.txt\",\"sentence\":1,\"start\":%d,\"end\":%d}]}\n", (i ? "," : ""), i, (i * 7 + 1) % n, i, i + 1
  print "]}"
}' > "$t/m1.json"

measure() { # NAME CMD...: prints NAME_s and NAME_rss_mb
  name=$1; shift
  /usr/bin/time -f '%e %M' -o "$t/time" "$@" > /dev/null 2> "$t/err" || { echo "$name: FAILED $(tail -n 2 "$t/err")"; return 0; }
  read -r secs kb < "$t/time"
  echo "${name}_s: $secs"
  echo "${name}_rss_mb: $((kb / 1024))"
}
measure extract_10mb_one_sentence "$DIPNET" extract "$t/one10.txt" -o "$t/one10.json"
echo "extract_10mb_one_sentence_graph_mb: $(du -m "$t/one10.json" | cut -f1)"
measure extract_1mb_sentence "$DIPNET" extract "$t/sent1m.txt" -o "$t/sent1m.json"
echo "extract_1mb_sentence_graph_mb: $(du -m "$t/sent1m.json" | cut -f1)"
measure extract_100mb_article "$DIPNET" extract "$t/a100.txt" -o /dev/null
measure stats_1m_nodes_1m_edges "$DIPNET" stats "$t/m1.json"
rm -rf "$t"
