#!/usr/bin/python3
"""Compares every measure of `dipnet analyze --format json` with NetworkX.

Graphs: fixtures/graphs/seed-gold.json and random graphs made here with a
fixed seed (written as dipnet graph JSON). Each is read back into a
NetworkX DiGraph the way dipnet builds its analysis graph: one arc per
ordered pair of distinct actors, weight = sum of the counts of its typed
edges (1 under --weight none), self-contacts left out, isolated actors kept.

Where the definitions differ, and how they are aligned:
  betweenness  dipnet (its path kernel, like igraph) does not normalise;
               NetworkX does by default -> normalized=False. Lengths:
               weight 1/count on both sides (attribute "length").
               NetworkX compares path lengths exactly and dipnet with a
               relative tolerance of 1e-10 (as igraph), so the random graphs
               use arc weights 1, 2, 4, 8 only (lengths 1, 1/2, 1/4, 1/8
               add up exactly in binary floating point).
  closeness    NetworkX measures INCOMING distance on a DiGraph; dipnet
               reports OUTWARD closeness -> compare with G.reverse().
               dipnet uses the Wasserman-Faust form for disconnected
               graphs -> wf_improved=True; an actor reaching nobody is 0
               in both.
  harmonic     NetworkX sums 1/d(v, u) over sources v (incoming) -> again
               G.reverse().
  pagerank     both spread a dangling actor's rank uniformly; NetworkX
               iterates to a tolerance -> tol=1e-13 (its pure-Python form:
               Debian's NetworkX has no numpy/scipy here).
  hub/authority both scaled to sum 1 (NetworkX normalized=True).
  eigenvector  dipnet computes it on the undirected projection (weight of
               {a,b} = w(a,b) + w(b,a)) and scales to max 1; NetworkX's
               eigenvector_centrality (power iteration) on the same
               projection is scaled to unit length -> rescale to max 1.
  coreness     NetworkX core_number on the DiGraph counts in + out degree,
               as igraph's coreness with mode ALL does.
  components   the partitions must be equal; dipnet numbers them by
               decreasing size, ties by first actor in id order.
  community    the partition comes from igraph's Leiden; NetworkX's
               modularity of that partition (weighted, undirected
               projection) must equal the modularity dipnet reports, and
               must not be far below NetworkX's own Louvain.
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx
# Debian's NetworkX without numpy/scipy: the pure-Python forms of PageRank
# and HITS (nx.pagerank and nx.hits need scipy in 2.8).
from networkx.algorithms.link_analysis.hits_alg import _hits_python
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

DIPNET = os.environ.get("DIPNET", "build/dipnet")
WRAP = os.environ.get("DIPNET_WRAP", "").split()
ROOT = os.environ.get("DIPNET_ROOT", ".")
TOL = 1e-6
TYPES = ["call", "meeting", "appeal", "statement", "accusation",
         "rejection", "attack", "member_of"]
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)


def run_analyze(path, *extra):
    out = subprocess.run(WRAP + [DIPNET, "analyze", path, "--format", "json"]
                         + list(extra), capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("analyze failed (%d): %s" % (out.returncode,
                                                      out.stderr))
    return json.loads(out.stdout), out.stdout


def load_nx(path, weighted=True):
    with open(path) as f:
        data = json.load(f)
    G = nx.DiGraph()
    for n in data["nodes"]:
        G.add_node(n["id"])
    for e in data["edges"]:
        s, t = e["source"], e["target"]
        if s == t:
            continue
        w = e.get("count", 1) if weighted else 1
        if G.has_edge(s, t):
            if weighted:
                G[s][t]["weight"] += w
        else:
            G.add_edge(s, t, weight=w)
    for s, t, d in G.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    for s, t, d in G.edges(data=True):
        if U.has_edge(s, t):
            U[s][t]["weight"] += d["weight"]
        else:
            U.add_edge(s, t, weight=d["weight"])
    return G, U


def close(a, b, tol=TOL):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(1.0, abs(b))


def compare(name, ours, ref, measure, tol=TOL):
    bad = [(k, ours[k].get(measure), ref[k]) for k in ref
           if not close(ours[k].get(measure), ref[k], tol)]
    if bad:
        fail("%s: %s differs on %d actors, e.g. %s" % (name, measure,
                                                      len(bad), bad[:3]))


def scaled_max1(d):
    m = max(abs(v) for v in d.values()) or 1.0
    sign = 1.0 if max(d.values()) >= abs(min(d.values())) else -1.0
    return {k: sign * v / m for k, v in d.items()}


def partitions_equal(ours, ref_sets):
    groups = {}
    for k, v in ours.items():
        groups.setdefault(v, set()).add(k)
    return sorted(map(sorted, groups.values())) == \
        sorted(map(sorted, ref_sets))


def check_numbering(name, ours, measure):
    """Ids 0.. by decreasing size, ties by first actor in id order."""
    groups = {}
    for k in sorted(ours):
        groups.setdefault(ours[k][measure], []).append(k)
    ids = sorted(groups)
    if ids != list(range(len(ids))):
        fail("%s: %s ids are not 0..%d" % (name, measure, len(ids) - 1))
        return
    keyed = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    if [groups[i] for i in ids] != keyed:
        fail("%s: %s numbering is not by size then first id" % (name,
                                                               measure))


def check(name, path, weighted=True, hits=True, eig=True):
    res, raw = run_analyze(path, *([] if weighted else ["--weight", "none"]))
    _, raw2 = run_analyze(path, *([] if weighted else ["--weight", "none"]))
    if raw != raw2:
        fail("%s: two runs gave different bytes" % name)
    ours = {n["id"]: n for n in res["nodes"]}
    G, U = load_nx(path, weighted)
    if set(ours) != set(G.nodes):
        fail("%s: actors differ" % name)
        return
    if res["arcs"] != G.number_of_edges():
        fail("%s: %d arcs, NetworkX has %d" % (name, res["arcs"],
                                               G.number_of_edges()))
    wt = "weight" if weighted else None
    ln = "length" if weighted else None
    compare(name, ours, dict(G.in_degree()), "in_degree")
    compare(name, ours, dict(G.out_degree()), "out_degree")
    compare(name, ours, dict(G.degree()), "degree")
    compare(name, ours, dict(G.in_degree(weight=wt)), "in_strength")
    compare(name, ours, dict(G.out_degree(weight=wt)), "out_strength")
    compare(name, ours, dict(G.degree(weight=wt)), "strength")
    compare(name, ours, nx.betweenness_centrality(G, normalized=False,
                                                  weight=ln), "betweenness")
    compare(name, ours, nx.closeness_centrality(G.reverse(), distance=ln,
                                                wf_improved=True),
            "closeness")
    compare(name, ours, nx.harmonic_centrality(G.reverse(), distance=ln),
            "harmonic")
    compare(name, ours, _pagerank_python(G, alpha=0.85, weight=wt,
                                         tol=1e-13, max_iter=100000),
            "pagerank")
    if hits:
        h, a = _hits_python(G, max_iter=100000, tol=1e-13, normalized=True)
        compare(name, ours, h, "hub", 1e-5)
        compare(name, ours, a, "authority", 1e-5)
    if eig:
        ev = nx.eigenvector_centrality(U, weight=wt, max_iter=100000,
                                       tol=1e-13)
        compare(name, ours, scaled_max1(ev), "eigenvector", 1e-5)
    compare(name, ours, nx.core_number(G), "coreness")
    if not partitions_equal({k: v["weak_component"] for k, v in ours.items()},
                            nx.weakly_connected_components(G)):
        fail("%s: weak components differ" % name)
    if not partitions_equal({k: v["strong_component"]
                             for k, v in ours.items()},
                            nx.strongly_connected_components(G)):
        fail("%s: strong components differ" % name)
    for m in ("weak_component", "strong_component", "community"):
        check_numbering(name, ours, m)
    groups = {}
    for k, v in ours.items():
        groups.setdefault(v["community"], set()).add(k)
    q = nx.algorithms.community.modularity(U, groups.values(), weight=wt)
    if not close(res["modularity"], q):
        fail("%s: modularity %s, NetworkX says %s for our partition"
             % (name, res["modularity"], q))
    best = nx.algorithms.community.modularity(
        U, nx.algorithms.community.louvain_communities(U, weight=wt, seed=1),
        weight=wt)
    if q < best - 0.03:
        fail("%s: modularity %.4f far below NetworkX Louvain %.4f"
             % (name, q, best))
    print("ok %s: %d actors, %d arcs, modularity %.4f (NetworkX Louvain "
          "%.4f)" % (name, len(ours), res["arcs"], q, best))


def write_random(path, n, pairs, seed, isolated=0):
    """A random dipnet graph: `pairs` ordered pairs, each with a total
    count of 1, 2, 4 or 8 split over one or two interaction types; some
    self-contacts (to be ignored) and `isolated` actors without edges."""
    rng = random.Random(seed)
    nodes = [{"id": "person:a%04d" % i, "label": "Actor %d" % i,
              "type": "person"} for i in range(n + isolated)]
    edges = {}
    while len(edges) < pairs:
        s, t = rng.randrange(n), rng.randrange(n)
        if (s, t) in edges:
            continue
        edges[(s, t)] = rng.choice([1, 2, 4, 8])
    out = []
    for (s, t), w in sorted(edges.items()):
        types = rng.sample(TYPES, 2 if w > 1 and rng.random() < 0.4 else 1)
        for ty in types:
            out.append({"source": nodes[s]["id"], "target": nodes[t]["id"],
                        "key": ty, "type": ty, "count": w // len(types)})
    for i in range(3):
        v = nodes[rng.randrange(n)]["id"]
        out.append({"source": v, "target": v, "key": "statement",
                    "type": "statement", "count": 1})
    out.sort(key=lambda e: (e["source"], e["target"], TYPES.index(e["type"])))
    dedup = {}
    for e in out:
        dedup[(e["source"], e["target"], e["type"])] = e
    with open(path, "w") as f:
        json.dump({"directed": True, "multigraph": True,
                   "graph": {"generator": "test", "documents": []},
                   "nodes": nodes, "edges": list(dedup.values())}, f)


def main():
    seed_gold = os.path.join(ROOT, "fixtures/graphs/seed-gold.json")
    check("seed-gold", seed_gold)
    check("seed-gold unweighted", seed_gold, weighted=False)
    with tempfile.TemporaryDirectory() as tmp:
        for i, (n, m, iso) in enumerate([(40, 120, 0), (120, 400, 5),
                                         (300, 900, 10), (200, 2000, 0)]):
            p = os.path.join(tmp, "r%d.json" % i)
            write_random(p, n, m, 1000 + i, iso)
            check("random %d (%d actors, %d pairs)" % (i, n + iso, m), p)
        p = os.path.join(tmp, "r0.json")
        check("random 0 unweighted", p, weighted=False)
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
