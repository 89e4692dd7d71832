"""dipnet dot and dipnet render from the command line.

Checks: the seed graph's DOT equals the golden file byte for byte and is
the same on every run; the DOT passes the `dot` program; hostile names
(quotes, markup, backslashes, emoji, a 500-character name, newlines,
invalid UTF-8) come out exactly in the SVG that `dipnet render` draws and in
the SVG that `dot` draws from `dipnet dot`'s output (parsed with
xml.etree); the legend lists exactly the interaction types drawn; --top,
filters, PNG and PDF output; rendering to a path that cannot be written
fails with exit 1 and a message naming it, and no failure touches an
existing output or leaves a temporary file behind; usage errors exit 2.
"""
import json
import os
import shlex
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

DIPNET = os.environ["DIPNET"]
ROOT = os.environ["DIPNET_ROOT"]
WRAP = shlex.split(os.environ.get("DIPNET_WRAP", ""))
SEED = os.path.join(ROOT, "fixtures/graphs/seed-gold.json")
GOLDEN = os.path.join(ROOT, "fixtures/dot/seed-gold.dot")
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
failures = []
# the renderer's leaks inside Graphviz and fontconfig (SAN=1 builds)
os.environ.setdefault("LSAN_OPTIONS",
                      "suppressions=%s:print_suppressions=0"
                      % os.path.join(ROOT, "tests/lsan.supp"))


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run(*args, wrap=True):
    cmd = (WRAP if wrap else []) + [DIPNET] + list(args)
    return subprocess.run(cmd, capture_output=True)


def groups(svg_bytes, cls):
    """{id: [text lines]} of the <g class=cls> elements of an SVG."""
    root = ET.fromstring(svg_bytes)
    out = {}
    for g in root.iter(SVG + "g"):
        if g.get("class") == cls:
            out[g.get("id")] = [t.text or "" for t in g.iter(SVG + "text")]
    return out


def tooltips(svg_bytes):
    root = ET.fromstring(svg_bytes)
    return [a.get(XLINK + "title") for a in root.iter(SVG + "a")]


tmp = tempfile.mkdtemp()

# --- the seed graph: golden DOT, determinism, accepted by `dot` ---------
r = run("dot", SEED)
if r.returncode != 0:
    fail("dot on the seed graph exited %d: %s" % (r.returncode, r.stderr))
with open(GOLDEN, "rb") as f:
    if r.stdout != f.read():
        fail("DOT of the seed graph differs from fixtures/dot/seed-gold.dot")
if run("dot", SEED).stdout != r.stdout:
    fail("two runs gave different DOT")
seed_dot = os.path.join(tmp, "seed.dot")
if run("dot", SEED, "-o", seed_dot).returncode != 0:
    fail("dot -o")
p = subprocess.run(["dot", "-Tsvg", seed_dot], capture_output=True)
if p.returncode != 0 or p.stderr:
    fail("the dot program rejects our DOT: %r" % p.stderr[:300])

# --- hostile names -------------------------------------------------------
LONG = "x" * 500
names = {
    "person:quote": 'Seán "Jack" O\'Brien',
    "person:markup": "<b>bold</b> & <i>",
    "person:backslash": "C:\\path\\",
    "person:escapes": "\\N \\n \\l \\G",
    "person:emoji": "Пашинян 🇦🇲👍",
    "person:long": LONG,
    "person:newline": "first line\nsecond line",
    "person:entity": "&amp; &#45; ]]>",
}
STATE = "Ruri \\ <tania> & \\N"
nodes = [{"id": i, "label": l, "type": "person", "state": STATE}
         for i, l in sorted(names.items())]
nodes.append({"id": "state:ruritania", "label": STATE, "type": "state",
              "state": STATE})
ids = sorted(names)
edges = []
for a, b in zip(ids, ids[1:]):
    edges.append({"source": a, "target": b, "key": "call", "type": "call",
                  "count": 2})
hostile = {"directed": True, "multigraph": True,
           "graph": {"generator": "dipnet 0.1",
                     "documents": [{"id": "a <b> & \"c\".txt",
                                    "title": "Talks & \"tensions\" <live> \\N",
                                    "date": "2022-09-13"}]},
           "nodes": nodes, "edges": edges}
hpath = os.path.join(tmp, "hostile.json")
with open(hpath, "w", encoding="utf-8") as f:
    json.dump(hostile, f, ensure_ascii=False)


def expect_lines(label):
    return label.split("\n")


def check_svg(svg, where):
    try:
        nodes_ = groups(svg, "node")
    except ET.ParseError as e:
        fail("%s: SVG does not parse: %s" % (where, e))
        return
    for nid, label in names.items():
        got = nodes_.get("node-" + nid)
        if got is None:
            fail("%s: no node-%s in the SVG" % (where, nid))
        elif got != expect_lines(label):
            fail("%s: %s drawn as %r, want %r" % (where, nid, got[:3],
                                                  expect_lines(label)[:3]))
    tips = tooltips(svg)
    for label in names.values():
        if "\n" in label:
            continue
        want = label + " \u2014 person, " + STATE
        if want not in tips:
            fail("%s: no tooltip %r" % (where, want[:60]))
    title = [t for t in ET.fromstring(svg).iter(SVG + "text")
             if t.text and "tensions" in t.text]
    if not title or title[0].text != 'Talks & "tensions" <live> \\N':
        fail("%s: title drawn as %r" % (where, title and title[0].text))
    clusters = groups(svg, "cluster")
    if [STATE] not in clusters.values():
        fail("%s: cluster label %r" % (where, list(clusters.values())))


r = run("render", hpath, "-o", os.path.join(tmp, "h.svg"))
if r.returncode != 0:
    fail("render hostile: %s" % r.stderr)
else:
    with open(os.path.join(tmp, "h.svg"), "rb") as f:
        check_svg(f.read(), "render")
r = run("dot", hpath, "-o", os.path.join(tmp, "h.dot"))
if r.returncode != 0:
    fail("dot hostile: %s" % r.stderr)
else:
    p = subprocess.run(["dot", "-Tsvg", os.path.join(tmp, "h.dot")],
                       capture_output=True)
    if p.returncode != 0:
        fail("the dot program rejects hostile DOT: %r" % p.stderr[:300])
    else:
        check_svg(p.stdout, "dot -Tsvg")
    with open(os.path.join(tmp, "h.dot"), "rb") as f:
        text = f.read()
    if b'label="C:\\\\path\\\\"' not in text:
        fail("backslashes not doubled in the DOT label")
    if b"\\\\N \\\\n \\\\l \\\\G" not in text:
        fail("escString sequences not neutralised in the DOT label")

# invalid UTF-8 in a label: drawn as U+FFFD, SVG still parses
raw = open(hpath, "rb").read().replace("first line".encode(),
                                         b"first \\u00e9 line")
bad = raw.replace(b"bold</b>", b"bold</b>\xff")
bpath = os.path.join(tmp, "bad.json")
with open(bpath, "wb") as f:
    f.write(bad)
r = run("render", bpath, "-o", os.path.join(tmp, "bad.svg"))
if r.returncode == 0:
    with open(os.path.join(tmp, "bad.svg"), "rb") as f:
        got = groups(f.read(), "node").get("node-person:markup")
    if got != ["<b>bold</b>\ufffd & <i>"]:
        fail("invalid UTF-8 drawn as %r" % got)
elif r.returncode != 2:
    fail("invalid UTF-8 input: exit %d %s" % (r.returncode, r.stderr))

# --- legend: exactly the types drawn ------------------------------------
TYPES = ["call", "meeting", "appeal", "statement", "accusation", "rejection",
         "attack", "member_of"]


def legend_types(svg):
    lg = groups(svg, "node").get("legend", [])
    return sorted(t for t in lg if t in TYPES)


for args, want in [((), sorted(set(TYPES) - {"statement"})),
                   (("--types", "call,attack"), ["attack", "call"]),
                   (("--types", "member_of"), ["member_of"])]:
    out = os.path.join(tmp, "legend.svg")
    r = run("render", SEED, "-o", out, *args)
    if r.returncode != 0:
        fail("render %s: %s" % (args, r.stderr))
        continue
    with open(out, "rb") as f:
        got = legend_types(f.read())
    if got != want:
        fail("legend with %s lists %s, want %s" % (args, got, want))

# --- top, filters in the caption, formats -------------------------------
out = os.path.join(tmp, "top.svg")
r = run("render", SEED, "-o", out, "--top", "3")
with open(out, "rb") as f:
    svg = f.read()
got = sorted(k for k in groups(svg, "node") if k != "legend")
want = sorted(["node-org:azerbaijani-armed-forces", "node-state:armenia",
               "node-org:ministry-of-defense-of-azerbaijan"])
if got != want:
    fail("--top 3 drew %s" % got)
if len(groups(svg, "edge")) != 3:
    fail("--top 3 drew %d edges, want 3" % len(groups(svg, "edge")))
r = run("dot", SEED, "--types", "call", "--title", "Calls only")
if b"types: call" not in r.stdout or b"Calls only" not in r.stdout:
    fail("caption lacks the filter or the title")
r = run("dot", SEED, "--level", "state")
if r.returncode != 0 or b"cluster_" in r.stdout:
    fail("--level state: exit %d, clusters of single states drawn"
         % r.returncode)
for ext, magic in [("png", b"\x89PNG"), ("pdf", b"%PDF"), ("svg", b"<?xml")]:
    out = os.path.join(tmp, "seed." + ext)
    r = run("render", SEED, "-o", out, "--layout", "fdp")
    if r.returncode != 0:
        fail("render %s: %s" % (ext, r.stderr))
        continue
    with open(out, "rb") as f:
        if not f.read().startswith(magic):
            fail("%s output does not start with %r" % (ext, magic))
r = run("render", SEED, "-o", "-", "--format", "svg")
if r.returncode != 0 or b"<svg" not in r.stdout:
    fail("render to standard output")

# --- regressions: Graphviz 2.42 crashed on these generated graphs --------
# (labelled edges between nodes of one rank in clusters: double free in
# dot; circo's spline router: heap overflow) -- every layout must draw them
for seed in ("2", "5"):
    gpath = os.path.join(tmp, "gen%s.json" % seed)
    with open(gpath, "wb") as f:
        f.write(subprocess.run([sys.executable,
                                os.path.join(ROOT, "bench/gen_graph.py"),
                                "60", "150", seed],
                               capture_output=True, check=True).stdout)
    for lay in ("dot", "neato", "fdp", "sfdp", "circo"):
        out = os.path.join(tmp, "gen.svg")
        r = run("render", gpath, "-o", out, "--layout", lay)
        if r.returncode != 0:
            fail("render generated graph %s with %s: exit %d %r"
                 % (seed, lay, r.returncode, r.stderr[:200]))
        else:
            with open(out, "rb") as f:
                if len(groups(f.read(), "edge")) != 150:
                    fail("generated graph %s with %s: not 150 edges"
                         % (seed, lay))

# --- failures: exit codes, messages, outputs untouched ------------------
r = run("render", SEED, "-o", "/nonexistent-dir/x.svg")
if r.returncode != 1 or b"/nonexistent-dir/x.svg" not in r.stderr:
    fail("unwritable path: exit %d, %r" % (r.returncode, r.stderr))
keep = os.path.join(tmp, "keep.svg")
for args, code in [(("--size-by", "betweenness"), 2),
                   (("--ego", "Atlantis"), 2),
                   (("--layout", "spring"), 2)]:
    with open(keep, "w") as f:
        f.write("keep me\n")
    r = run("render", SEED, "-o", keep, *args)
    if r.returncode != code:
        fail("render %s: exit %d, want %d (%r)" % (args, r.returncode, code,
                                                     r.stderr))
    with open(keep) as f:
        if f.read() != "keep me\n":
            fail("render %s clobbered the existing output" % (args,))
r = run("render", SEED, "-o", os.path.join(tmp, "x.gif"))
if r.returncode != 2 or b"x.gif" not in r.stderr:
    fail("unknown extension: exit %d %r" % (r.returncode, r.stderr))
r = run("render", SEED)
if r.returncode != 2:
    fail("render without -o: exit %d" % r.returncode)
r = run("dot", SEED, "--top", "0")
if r.returncode != 2:
    fail("--top 0: exit %d" % r.returncode)
r = run("dot", os.path.join(tmp, "missing.json"))
if r.returncode != 1:
    fail("missing graph: exit %d" % r.returncode)
leftovers = [n for n in os.listdir(tmp) if n.startswith(".")]
if leftovers:
    fail("temporary files left behind: %s" % leftovers)

# URLs: Graphviz copies URL into xlink:href without escaping, so ids must be
# percent-encoded (an id with < and " once made the SVG ill-formed).
HOSTILE_FX = os.path.join(os.environ["DIPNET_ROOT"], "fixtures", "graphs",
                          "hostile.json")
r = run("render", HOSTILE_FX, "--url-prefix", "#", "-o",
        os.path.join(tmp, "links.svg"))
if r.returncode != 0:
    fail("render --url-prefix: %r" % r.stderr)
else:
    try:
        root = ET.parse(os.path.join(tmp, "links.svg")).getroot()
        hrefs = [a.get("{http://www.w3.org/1999/xlink}href")
                 for a in root.iter("{http://www.w3.org/2000/svg}a")]
        if "#node-org:r%26d%3Clab%3E" not in hrefs:
            fail("hostile id not percent-encoded in xlink:href: %r" % hrefs[:5])
        if any(h and set(h) & set('<>"&') for h in hrefs):
            fail("raw markup characters in xlink:href: %r" % hrefs)
    except ET.ParseError as e:
        fail("render --url-prefix gives ill-formed SVG: %s" % e)

for c in ("dot", "render"):
    r = run(c, "--help")
    if r.returncode != 0 or ("usage: dipnet " + c).encode() not in r.stdout:
        fail(c + " --help")

subprocess.run(["rm", "-rf", tmp])
if failures:
    sys.exit(1)
print("ok")
