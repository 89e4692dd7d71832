#!/usr/bin/python3
"""The briefing page in a real browser (headless Chromium, no network).

For the seed graph and for a hostile graph (markup, quotes, ampersands,
non-ASCII and invalid-looking text in labels, ids, titles and sentences):
  - `dipnet report` writes the page (exit 0, atomically);
  - Chromium loads it with no console message at all (the page ships no
    script and a Content-Security-Policy that turns any fetch or script into
    a console error), and DNS resolution is disabled so nothing can leave;
  - the DOM after load holds the inline SVG diagram, one element of class
    "evidence" per evidence entry of the graph, the anchors the diagram
    links to, and no <script>, <iframe>, <object> or <embed> element;
  - every href is a fragment that names an element of the page, and no
    element has a src attribute;
  - the hostile strings appear in the DOM as text, literally;
  - a screenshot PNG is taken (and kept in $DIPNET_BUILD/report-seed.png).
Skips (exit 0 with a note) when /usr/bin/chromium is missing.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser

ROOT = os.environ.get("DIPNET_ROOT", os.path.join(os.path.dirname(__file__), ".."))
DIPNET = os.environ.get("DIPNET", os.path.join(ROOT, "build", "dipnet"))
WRAP = os.environ.get("DIPNET_WRAP", "").split()
BUILD = os.environ.get("DIPNET_BUILD", os.path.join(ROOT, "build"))
CHROMIUM = "/usr/bin/chromium"
# the renderer's leaks inside Graphviz and fontconfig (SAN=1 builds)
os.environ.setdefault("LSAN_OPTIONS", "suppressions=%s:print_suppressions=0"
                      % os.path.join(ROOT, "tests", "lsan.supp"))
SEED = os.path.join(ROOT, "fixtures", "graphs", "seed-gold.json")

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


class Dom(HTMLParser):
    """Collects what the tests look at: tags, ids, classes, links, text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.ids = set()
        self.classes = {}
        self.hrefs = []
        self.srcs = []
        self.text = []
        self.svg_depth = 0
        self.svg_titles = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for c in (a.get("class") or "").split():
            self.classes[c] = self.classes.get(c, 0) + 1
        for k in ("href", "xlink:href"):
            if k in a:
                self.hrefs.append(a[k])
        if "src" in a:
            self.srcs.append(a["src"])
        if tag == "svg":
            self.svg_depth += 1
        if tag == "title" and self.svg_depth:
            self._in_title = True
            self.svg_titles.append("")

    def handle_endtag(self, tag):
        if tag == "svg":
            self.svg_depth -= 1
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_title:
            self.svg_titles[-1] += data


def chromium(args, tmp):
    profile = tempfile.mkdtemp(dir=tmp)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--user-data-dir=" + profile,
           "--host-resolver-rules=MAP * ~NOTFOUND",
           "--enable-logging=stderr", "--v=0"] + args
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def console_lines(log):
    return [l for l in log.splitlines()
            if ":CONSOLE" in l or "Uncaught" in l]


def report(graph, out, *extra):
    p = subprocess.run(WRAP + [DIPNET, "report", graph, "-o", out] + list(extra),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        fail("report %s exited %d: %s" % (graph, p.returncode, p.stderr.decode()[:400]))
        return False
    return True


def check_page(name, graph_path, page, tmp, literal=()):
    g = json.load(open(graph_path, encoding="utf-8"))
    n_ev = sum(len(e.get("evidence", [])) for e in g["edges"])
    rc, dom_text, log = chromium(["--dump-dom", "file://" + page], tmp)
    if rc != 0:
        fail("%s: chromium --dump-dom exited %d: %s" % (name, rc, log[-400:]))
        return None
    for l in console_lines(log):
        fail("%s: console message: %s" % (name, l[:300]))
    d = Dom()
    d.feed(dom_text)
    if d.tags.get("svg", 0) < 1:
        fail("%s: no inline <svg> diagram in the DOM" % name)
    if d.classes.get("evidence", 0) != n_ev:
        fail("%s: %d evidence entries in the DOM, the graph has %d"
             % (name, d.classes.get("evidence", 0), n_ev))
    if d.classes.get("edge", 0) < len(g["edges"]):
        fail("%s: %d edge entries, want %d" % (name, d.classes.get("edge", 0), len(g["edges"])))
    for i in range(len(g["edges"])):
        if "edge-%d" % i not in d.ids:
            fail("%s: no entry with id edge-%d" % (name, i))
    for n in g["nodes"]:
        if "node-" + n["id"] not in d.ids:
            fail("%s: no entry with id node-%s" % (name, n["id"]))
    for bad in ("script", "iframe", "object", "embed", "img"):
        if d.tags.get(bad):
            fail("%s: %d <%s> elements in the DOM (the page ships none)" % (name, d.tags[bad], bad))
    if d.srcs:
        fail("%s: elements with src: %s" % (name, d.srcs[:3]))
    for h in d.hrefs:
        if not h.startswith("#"):
            fail("%s: link leaves the page: %r" % (name, h))
        elif h[1:] not in d.ids:
            fail("%s: link to a missing anchor: %r" % (name, h))
    # the diagram's arrows link to evidence entries, one per edge
    edge_links = {h for h in d.hrefs if h.startswith("#edge-")}
    if len(edge_links) != len(g["edges"]):
        fail("%s: %d distinct edge links, want %d" % (name, len(edge_links), len(g["edges"])))
    text = "".join(d.text)
    for s in literal:
        if s not in text:
            fail("%s: text %r not found literally in the DOM" % (name, s))
    return d


def main():
    if not os.access(CHROMIUM, os.X_OK):
        print("skip: no %s (make deps installs it)" % CHROMIUM)
        return 0
    tmp = tempfile.mkdtemp(prefix="dipnet-report-")
    try:
        # the seed article's graph
        page = os.path.join(tmp, "seed.html")
        if report(SEED, page):
            d = check_page("seed", SEED, page, tmp)
            if d is not None:
                tips = [t for t in d.svg_titles if "click for the evidence" in t]
                if not any(t.startswith("Azerbaijani Armed Forces \u2192 Goris: attack \u00d71") for t in tips):
                    fail("seed: no tooltip naming the Goris attack: %s" % tips[:3])
                if d.classes.get("top", 0) == 0:
                    fail("seed: key-actor table highlights nothing")
            png = os.path.join(tmp, "seed.png")
            rc, _, log = chromium(["--screenshot=" + png, "--window-size=1280,2000",
                                   "file://" + page], tmp)
            if rc != 0 or not os.path.exists(png):
                fail("seed: no screenshot (%d): %s" % (rc, log[-300:]))
            else:
                with open(png, "rb") as f:
                    head = f.read(24)
                if head[:8] != b"\x89PNG\r\n\x1a\n" or int.from_bytes(head[16:20], "big") != 1280:
                    fail("seed: screenshot is not a 1280-wide PNG")
                shutil.copy(png, os.path.join(BUILD, "report-seed.png"))

        # a hostile graph: markup, quotes, ampersands, non-ASCII everywhere
        hostile = {
            "directed": True, "multigraph": True,
            "graph": {"generator": "dipnet 0.1", "documents": [
                {"id": "<script>doc()</script>.txt", "title": "Talks & \"tensions\" <b>live</b>",
                 "date": "2022-09-13"},
                {"id": "d2.txt", "title": "Второй день — ‘quotes’", "date": "2022-09-20"}]},
            "nodes": [
                {"id": "person:x", "label": "<script>alert(1)</script>", "type": "person",
                 "state": "Côte d’Ivoire", "aliases": ["O'Brien & \"Sons\"", "</td><td>"]},
                {"id": "state:cote-d-ivoire", "label": "Côte d’Ivoire", "type": "state",
                 "state": "Côte d’Ivoire"},
                {"id": "org:q \"x\" & <é>", "label": "\"Quote\" & 'Apostrophe' <img src=x onerror=alert(2)>",
                 "type": "organization", "kind": "igo"}],
            "edges": [
                {"source": "person:x", "target": "state:cote-d-ivoire", "key": "call",
                 "type": "call", "count": 2, "cameo": "041", "goldstein": 1.0, "evidence": [
                     {"document": "<script>doc()</script>.txt", "sentence": 1, "start": 0,
                      "end": 60, "text": "The <script>alert(1)</script> man PHONED Côte d’Ivoire & co.",
                      "trigger": "phoned"},
                     {"document": "d2.txt", "sentence": 4, "start": 100, "end": 140,
                      "text": "Он позвонил \"снова\" — <iframe src=//evil>", "trigger": "phoned"}]},
                {"source": "org:q \"x\" & <é>", "target": "person:x", "key": "accusation",
                 "type": "accusation", "count": 1, "evidence": [
                     {"document": "d2.txt", "sentence": 5, "start": 141, "end": 200,
                      "text": "'Quote' accused </blockquote><script>alert(3)</script> of lies.",
                      "trigger": "accused"}]}]}
        hpath = os.path.join(tmp, "hostile.json")
        with open(hpath, "w", encoding="utf-8") as f:
            json.dump(hostile, f, ensure_ascii=False)
        page = os.path.join(tmp, "hostile.html")
        if report(hpath, page, "--since", "2022-09-15", "--title", "<script>t()</script> & \"T\""):
            d = check_page("hostile", hpath, page, tmp, literal=(
                "<script>alert(1)</script>",
                "\"Quote\" & 'Apostrophe' <img src=x onerror=alert(2)>",
                "O'Brien & \"Sons\"", "</td><td>",
                "Talks & \"tensions\" <b>live</b>",
                "Он позвонил \"снова\" — <iframe src=//evil>",
                "</blockquote><script>alert(3)</script> of lies.",
                "<script>t()</script> & \"T\"",
                "<script>doc()</script>.txt"))
            if d is not None:
                if d.tags.get("mark", 0) != 2:
                    fail("hostile: %d <mark> elements, want 2 (PHONED, accused)" % d.tags.get("mark", 0))
                if d.classes.get("new-edge", 0) != 1:
                    fail("hostile: %d new-since entries, want 1 (the accusation)"
                         % d.classes.get("new-edge", 0))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
