"""test_export_nx.py - every export format read back by a real reader.

For the seed graph, the hostile fixture (commas, quotes, newlines, CR,
tabs, ampersands, angle brackets, pipes, backslashes, Cyrillic, Armenian,
emoji; numeric node attributes including NaN) and a generated graph:

- GraphML through networkx.read_graphml, GEXF 1.2draft through
  networkx.read_gexf (1.3 as well when NetworkX >= 3.6, else only parsed
  as XML), Cytoscape.js JSON through networkx.cytoscape_graph: the same
  node ids, labels, types, kinds, states, ISO codes, CAMEO codes, aliases
  and numeric attributes, the same edge keys, counts, CAMEO codes,
  Goldstein weights, evidence counts and first evidence sentence.
- CSV through Python's csv module, with the same checks.
- JSON Lines: every line parses, one line per evidence entry, fields as in
  the graph.
- Round trip: export csv, import, and the graph is the same.
- Determinism: the graph file with nodes and edges shuffled exports to the
  same bytes in every format.

Runs the tool as $DIPNET_WRAP $DIPNET (valgrind under VALGRIND=1).
"""
import csv
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

DIPNET = os.environ.get("DIPNET", "build/dipnet")
ROOT = os.environ.get("DIPNET_ROOT", ".")
WRAP = os.environ.get("DIPNET_WRAP", "").split()
TMP = tempfile.mkdtemp(prefix="dn_export_")
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def check(cond, msg):
    if not cond:
        fail(msg)


def dn(*args, want=0):
    p = subprocess.run(WRAP + [DIPNET] + list(args), capture_output=True)
    if p.returncode != want:
        fail("dipnet %s exited %d, want %d: %s" % (
            " ".join(args), p.returncode, want, p.stderr.decode()[:400]))
    return p


def same(a, b):
    """Equality that treats NaN as equal to NaN and int 3 as 3.0."""
    if isinstance(a, float) or isinstance(b, float):
        try:
            a, b = float(a), float(b)
        except (TypeError, ValueError):
            return False
        return (math.isnan(a) and math.isnan(b)) or a == b
    return a == b


NODE_STR = ["label", "type", "kind", "state", "iso", "cameo"]
NODE_FIXED = set(NODE_STR) | {"id", "aliases"}


def join_aliases(al):
    return "|".join(a.replace("\\", "\\\\").replace("|", "\\|")
                    for a in sorted(al))


def expected(path):
    """Nodes {id: fields} and edges {(s, t, type): fields} of a graph file,
    the first evidence entry in the order the writers use."""
    g = json.load(open(path, encoding="utf-8"))
    docs = {d["id"]: d for d in g["graph"].get("documents", [])}
    nodes = {}
    for n in g["nodes"]:
        d = {k: n.get(k) for k in NODE_STR}
        d["aliases"] = join_aliases(n.get("aliases", [])) or None
        d["attrs"] = {k: (math.nan if v is None else v)
                      for k, v in n.items() if k not in NODE_FIXED}
        nodes[n["id"]] = d
    edges = {}
    for e in g["edges"]:
        ev = sorted(e.get("evidence", []),
                    key=lambda x: (x["document"].encode(), x["start"],
                                   x["end"]))
        first = ev[0] if ev else {}
        edges[(e["source"], e["target"], e["type"])] = {
            "count": e.get("count", len(ev) or 1),
            "cameo": e.get("cameo"),
            "goldstein": e.get("goldstein"),
            "evidence_count": len(ev),
            "evidence_document": first.get("document"),
            "evidence_sentence": first.get("sentence"),
            "evidence_text": first.get("text"),
            "evidence_date": docs.get(first.get("document"), {}).get("date"),
        }
    return g, nodes, edges


def compare(fmt, name, nodes, edges, got_nodes, got_edges):
    """got_nodes {id: dict}, got_edges {(s, t, type): dict}; absent values
    are missing keys or None."""
    check(set(got_nodes) == set(nodes), "%s %s: node ids differ: %s" % (
        fmt, name, set(got_nodes) ^ set(nodes)))
    for nid, want in nodes.items():
        got = got_nodes.get(nid, {})
        for k in NODE_STR + ["aliases"]:
            check(got.get(k) == want[k], "%s %s: node %r %s = %r, want %r" % (
                fmt, name, nid, k, got.get(k), want[k]))
        for k, v in want["attrs"].items():
            check(same(got.get(k), v), "%s %s: node %r attr %s = %r, want %r"
                  % (fmt, name, nid, k, got.get(k), v))
    check(set(got_edges) == set(edges), "%s %s: edge keys differ: %s" % (
        fmt, name, set(got_edges) ^ set(edges)))
    for key, want in edges.items():
        got = got_edges.get(key, {})
        for k, v in want.items():
            g = got.get(k)
            ok = same(g, v) if (v is not None and k == "goldstein") else \
                g == v
            check(ok, "%s %s: edge %r %s = %r, want %r" % (
                fmt, name, key, k, g, v))


def multi_edges(G):
    out = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        key = (u, v, d.get("type"))
        if key in out:
            fail("duplicate edge %r" % (key,))
        out[key] = d
    return out


def check_graphml(name, path, nodes, edges):
    f = os.path.join(TMP, name + ".graphml")
    dn("export", path, "--format", "graphml", "-o", f)
    G = nx.read_graphml(f)
    check(G.is_directed() and G.is_multigraph() or len(edges) == len(
        set((s, t) for s, t, _ in edges)), "graphml %s: not a directed "
          "multigraph" % name)
    got_nodes = {n: dict(d) for n, d in G.nodes(data=True)}
    got_edges = {}
    for u, v, *rest in (G.edges(keys=True, data=True) if G.is_multigraph()
                        else G.edges(data=True)):
        d = rest[-1]
        got_edges[(u, v, d.get("type"))] = d
        check(d.get("key") == d.get("type"), "graphml %s: key != type" % name)
    compare("graphml", name, nodes, edges, got_nodes, got_edges)


def gexf_nodes(G):
    return {n: dict(d) for n, d in G.nodes(data=True)}


def check_gexf(name, path, nodes, edges):
    f12 = os.path.join(TMP, name + ".12.gexf")
    f13 = os.path.join(TMP, name + ".13.gexf")
    dn("export", path, "--format", "gexf", "--gexf-version", "1.2", "-o",
       f12)
    dn("export", path, "-o", f13)  # format from the extension, 1.3
    G = nx.read_gexf(f12)
    got_edges = {}
    for u, v, *rest in (G.edges(keys=True, data=True) if G.is_multigraph()
                        else G.edges(data=True)):
        d = rest[-1]
        got_edges[(u, v, d.get("type"))] = d
        check(same(d.get("weight"), d.get("count")),
              "gexf %s: weight != count" % name)
    got_nodes = gexf_nodes(G)
    for n, d in got_nodes.items():
        viz = d.get("viz", {})
        check("color" in viz and "size" in viz, "gexf %s: node %r has no "
              "viz colour/size" % (name, n))
    # one colour per state
    by_state = {}
    for n, d in got_nodes.items():
        c = d["viz"]["color"]
        by_state.setdefault(d.get("state"), set()).add(
            (c["r"], c["g"], c["b"]))
    check(all(len(c) == 1 for c in by_state.values()),
          "gexf %s: a state has two colours: %r" % (name, by_state))
    compare("gexf1.2", name, nodes, edges, got_nodes, got_edges)
    # 1.3: namespace, kind, same content
    root = ET.parse(f13).getroot()
    check(root.tag == "{http://gexf.net/1.3}gexf" and
          root.get("version") == "1.3", "gexf 1.3 %s: root %s" % (
              name, root.tag))
    kinds = [e.get("kind") for e in root.iter("{http://gexf.net/1.3}edge")]
    check(sorted(kinds) == sorted(t for _, _, t in edges),
          "gexf 1.3 %s: edge kinds %r" % (name, kinds))
    ver = tuple(int(x) for x in nx.__version__.split(".")[:2])
    if ver >= (3, 6):
        G13 = nx.read_gexf(f13)
        e13 = {(u, v, d.get("type")): d
               for u, v, d in G13.edges(data=True)}
        compare("gexf1.3", name, nodes, edges, gexf_nodes(G13), e13)
    elif name == "seed":
        print("skip: networkx %s cannot read GEXF 1.3 (needs 3.6); checked "
              "1.3 as XML only" % nx.__version__)


def check_cytoscape(name, path, nodes, edges):
    f = os.path.join(TMP, name + ".cyjs")
    dn("export", path, "--format", "cytoscape", "-o", f)
    data = json.load(open(f, encoding="utf-8"))
    G = nx.cytoscape_graph(data)
    check(G.is_directed() and G.is_multigraph(), "cytoscape %s: not a "
          "directed multigraph" % name)
    got_nodes = {}
    for n, d in G.nodes(data=True):
        d = dict(d)
        check(d.get("name") == d.get("label"), "cytoscape %s: name != label"
              % name)
        if "aliases" in d:
            d["aliases"] = join_aliases(d["aliases"])
        for k, v in d.items():  # NaN is written as null
            if v is None and k not in NODE_FIXED:
                d[k] = math.nan
        got_nodes[n] = d
    got_edges = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        check(k == d.get("interaction") == d.get("type"),
              "cytoscape %s: key/interaction %r" % (name, k))
        got_edges[(u, v, k)] = d
    compare("cytoscape", name, nodes, edges, got_nodes, got_edges)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check_csv(name, path, nodes, edges):
    prefix = os.path.join(TMP, name)
    dn("export", path, "--format", "csv", "-o", prefix + ".csv")
    nrows = read_csv(prefix + ".nodes.csv")
    erows = read_csv(prefix + ".edges.csv")
    got_nodes = {}
    for r in nrows:
        d = {k: (v if v != "" else None) for k, v in r.items()}
        d["attrs"] = None
        for k, v in r.items():
            if k not in NODE_FIXED and v != "":
                d[k] = float(v)
        got_nodes[r["id"]] = d
    got_edges = {}
    for r in erows:
        d = {k: (v if v != "" else None) for k, v in r.items()}
        for k in ("count", "evidence_count", "evidence_sentence"):
            if d[k] is not None:
                d[k] = int(d[k])
        if d["goldstein"] is not None:
            d["goldstein"] = float(d["goldstein"])
        got_edges[(r["source"], r["target"], r["type"])] = d
        check(r["source_label"] == nodes[r["source"]]["label"],
              "csv %s: source_label" % name)
    compare("csv", name, nodes, edges, got_nodes, got_edges)
    # import gives the same graph back
    back = os.path.join(TMP, name + ".back.json")
    dn("import", prefix + ".edges.csv", "--nodes", prefix + ".nodes.csv",
       "-o", back)
    _, n2, e2 = expected(back)
    # the graph file is written by cJSON, which prints a double with 15
    # digits when that is within its epsilon of the value (1 ulp lost):
    # attributes are compared to 1e-14 here, exactly everywhere else
    for k in nodes:
        a, b = dict(n2.get(k, {})), dict(nodes[k])
        aa, ba = a.pop("attrs", {}), b.pop("attrs", {})
        check(a == b, "csv %s: import gives node %r, want %r" % (name, a, b))
        check(set(aa) == set(ba) and all(
            same(aa[x], ba[x]) or math.isclose(aa[x], ba[x], rel_tol=1e-14)
            for x in aa), "csv %s: import gives attrs %r, want %r" % (
                name, aa, ba))
    check(set(n2) == set(nodes), "csv %s: import gives other node ids" % name)
    # evidence beyond the first survives only in the count
    edges = {k: dict(v, evidence_count=min(v["evidence_count"], 1))
             for k, v in edges.items()}
    check(e2 == edges, "csv %s: import gives other edges: %r" % (
        name, [(k, e2.get(k), edges[k]) for k in edges
               if e2.get(k) != edges[k]][:2]))
    # without the nodes file: ids, labels, types from the edges file
    back2 = os.path.join(TMP, name + ".back2.json")
    dn("import", prefix + ".edges.csv", "-o", back2)
    g2 = json.load(open(back2, encoding="utf-8"))
    linked = {x for s, t, _ in edges for x in (s, t)}
    got = {n["id"]: (n["label"], n["type"]) for n in g2["nodes"]}
    check(got == {i: (nodes[i]["label"], nodes[i]["type"]) for i in linked},
          "csv %s: import without nodes file: %r" % (name, got))


def check_jsonl(name, path, g, nodes, edges):
    f = os.path.join(TMP, name + ".jsonl")
    dn("export", path, "--format", "jsonl", "-o", f)
    lines = open(f, encoding="utf-8").read().split("\n")
    check(lines[-1] == "", "jsonl %s: no final newline" % name)
    events = [json.loads(x) for x in lines[:-1]]
    n_ev = sum(len(e.get("evidence", [])) for e in g["edges"])
    check(len(events) == n_ev, "jsonl %s: %d lines, %d evidence" % (
        name, len(events), n_ev))
    want = set()
    docs = {d["id"]: d for d in g["graph"].get("documents", [])}
    for e in g["edges"]:
        for ev in e.get("evidence", []):
            want.add((e["source"], e["target"], e["type"], ev["document"],
                      ev["sentence"], ev["text"]))
    got = set()
    for x in events:
        got.add((x["actor1_id"], x["actor2_id"], x["event_type"],
                 x["source_document"], x["sentence_number"], x["sentence"]))
        s, t = nodes[x["actor1_id"]], nodes[x["actor2_id"]]
        check(x["actor1_name"] == s["label"] and
              x["actor2_name"] == t["label"] and
              x["actor1_country_code"] == s["iso"] and
              x["actor2_country_code"] == t["iso"] and
              x["actor1_state"] == s["state"],
              "jsonl %s: actor fields %r" % (name, x))
        e = edges[(x["actor1_id"], x["actor2_id"], x["event_type"])]
        check(x["event_code"] == e["cameo"] and
              same(x["goldstein"], e["goldstein"] if e["goldstein"]
                   is not None else math.nan) or
              (x["goldstein"] is None and e["goldstein"] is None),
              "jsonl %s: event fields %r" % (name, x))
        code = e["cameo"] or ""
        quad = {"01": 1, "02": 1, "04": 1, "05": 1, "10": 3, "11": 3,
                "12": 3, "13": 3, "15": 4, "19": 4}.get(code[:2])
        check(x["event_root_code"] == (code[:2] or None) and
              x["quad_class"] == quad, "jsonl %s: root/quad %r" % (name, x))
        date = docs[x["source_document"]].get("date")
        check(x["date"] == date and x["sqldate"] == (
            int(date.replace("-", "")) if date else None),
            "jsonl %s: date %r" % (name, x["date"]))
    check(got == want, "jsonl %s: events differ: %r" % (name, got ^ want))


def check_deterministic(name, path):
    g = json.load(open(path, encoding="utf-8"))
    rng = random.Random(5)
    rng.shuffle(g["nodes"])
    rng.shuffle(g["edges"])
    for e in g["edges"]:
        rng.shuffle(e.get("evidence", []))
    shuffled = os.path.join(TMP, name + ".shuffled.json")
    json.dump(g, open(shuffled, "w", encoding="utf-8"), ensure_ascii=False)
    for fmt, ext in (("graphml", "graphml"), ("gexf", "gexf"),
                     ("jsonl", "jsonl"), ("cytoscape", "cyjs")):
        a = os.path.join(TMP, "a." + ext)
        b = os.path.join(TMP, "b." + ext)
        dn("export", path, "-f", fmt, "-o", a)
        dn("export", shuffled, "-f", fmt, "-o", b)
        check(open(a, "rb").read() == open(b, "rb").read(),
              "%s %s: input order changes the bytes" % (fmt, name))
    dn("export", path, "-f", "csv", "-o", os.path.join(TMP, "a"))
    dn("export", shuffled, "-f", "csv", "-o", os.path.join(TMP, "b"))
    for part in ("nodes", "edges"):
        check(open(os.path.join(TMP, "a.%s.csv" % part), "rb").read() ==
              open(os.path.join(TMP, "b.%s.csv" % part), "rb").read(),
              "csv %s %s: input order changes the bytes" % (part, name))


def generated():
    """A graph of 300 nodes and 2,000 edges with numeric attributes."""
    gen = os.path.join(ROOT, "bench", "gen_graph.py")
    out = os.path.join(TMP, "gen.json")
    with open(out, "w") as f:
        subprocess.run([sys.executable, gen, "300", "2000", "3"], stdout=f,
                       check=True)
    g = json.load(open(out))
    for i, n in enumerate(g["nodes"]):
        n["pagerank"] = (i % 17) / 97.0
        n["degree"] = i % 5
    json.dump(g, open(out, "w"))
    return out


def check_cli():
    """Usage errors, exit codes, outputs left alone on failure."""
    seed = os.path.join(ROOT, "fixtures/graphs/seed-gold.json")
    keep = os.path.join(TMP, "keep")
    for part in ("", ".nodes.csv", ".edges.csv", ".graphml"):
        open(keep + part, "w").write("keep me\n")
    dn("export", seed, "-f", "pajek", "-o", keep + ".graphml", want=2)
    dn("export", seed, "-o", keep, want=2)  # no format, no extension
    dn("export", seed, "-f", "gexf", "--gexf-version", "1.1", want=2)
    dn("export", seed, "-f", "csv", want=2)  # two files need a prefix
    dn("export", seed, "-f", "csv", "-o", "/dev/null", want=2)
    dn("export", seed, seed, "-f", "csv", "-o", keep, want=2)
    dn("export", os.path.join(TMP, "missing.json"), "-o", keep + ".graphml",
       want=1)
    bad = os.path.join(TMP, "bad.json")
    open(bad, "w").write('{"nodes": [{"id": "x"}]}')
    p = dn("export", bad, "-f", "csv", "-o", keep, want=2)
    check(b"bad.json" in p.stderr, "bad graph not named: %r" % p.stderr)
    dn("export", bad, "-o", keep + ".graphml", want=2)
    for part in ("", ".nodes.csv", ".edges.csv", ".graphml"):
        check(open(keep + part).read() == "keep me\n",
              "failed export touched %s" % (keep + part))
    check(not [f for f in os.listdir(TMP) if f.startswith(".keep")],
          "temporary files left behind")
    # standard output gives the same bytes as a file
    f = os.path.join(TMP, "std.graphml")
    dn("export", seed, "-o", f)
    p = dn("export", seed, "-f", "graphml")
    check(p.stdout == open(f, "rb").read(), "stdout differs from -o")
    # -o NAME.edges.csv and -o NAME give the same pair
    dn("export", seed, "-o", os.path.join(TMP, "pair.edges.csv"))
    check(os.path.exists(os.path.join(TMP, "pair.nodes.csv")),
          "-o pair.edges.csv wrote no pair.nodes.csv")
    # the shared filters: only attacks, all six of the seed's
    p = dn("export", seed, "-f", "jsonl", "--types", "attack")
    ev = [json.loads(x) for x in p.stdout.decode().splitlines()]
    check(len(ev) == 6 and {x["event_type"] for x in ev} == {"attack"},
          "export --types attack: %r" % [x["event_type"] for x in ev])
    dn("export", seed, "-f", "jsonl", "--types", "bogus", want=2)
    p = dn("export", "--help")
    check(b"Properties Mapper" in p.stdout, "help says nothing about yEd")


def main():
    try:
        run_all()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    if failures:
        print("%d failures" % len(failures))
        sys.exit(1)
    print("ok")


def run_all():
    check_cli()
    fixtures = [("seed", os.path.join(ROOT, "fixtures/graphs/seed-gold.json")),
                ("hostile", os.path.join(ROOT, "fixtures/graphs/hostile.json")),
                ("gen", generated())]
    for name, path in fixtures:
        g, nodes, edges = expected(path)
        check_graphml(name, path, nodes, edges)
        check_gexf(name, path, nodes, edges)
        check_cytoscape(name, path, nodes, edges)
        check_csv(name, path, nodes, edges)
        check_jsonl(name, path, g, nodes, edges)
        if name != "gen":
            check_deterministic(name, path)
    # the hostile fixture really is hostile
    def strings(x):
        if isinstance(x, str):
            return x
        if isinstance(x, dict):
            return "".join(strings(v) for v in x.values())
        if isinstance(x, list):
            return "".join(strings(v) for v in x)
        return ""
    labels = strings(expected(fixtures[1][1])[0])
    for ch in ',"\n\r\t|\\&<>\u041d\U0001F1E6':
        check(ch in labels, "hostile fixture lacks %r" % ch)


main()
