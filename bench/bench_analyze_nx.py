#!/usr/bin/python3
"""Times NetworkX on the measures `dipnet analyze` computes (all of them,
defined as in tests/test_analyze_nx.py), for bench_analyze.sh.

usage: bench_analyze_nx.py GRAPH.json

Prints "wall CPU" seconds: reading the JSON, building the graphs, and
every measure (degree and strength, betweenness with 1/count lengths,
outward closeness and harmonic, PageRank, HITS, eigenvector centrality
on the undirected projection, core numbers, weak and strong components,
Louvain communities with their modularity). Debian's NetworkX has no
numpy/scipy here, so PageRank and HITS run in their pure-Python forms.
"""
import json
import sys
import time

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python


def main():
    t0, c0 = time.time(), time.process_time()
    with open(sys.argv[1]) as f:
        data = json.load(f)
    G = nx.DiGraph()
    G.add_nodes_from(n["id"] for n in data["nodes"])
    for e in data["edges"]:
        s, t = e["source"], e["target"]
        if s == t:
            continue
        if G.has_edge(s, t):
            G[s][t]["weight"] += e["count"]
        else:
            G.add_edge(s, t, weight=e["count"])
    for _, _, d in G.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    U = nx.Graph()
    U.add_nodes_from(G)
    for s, t, d in G.edges(data=True):
        if U.has_edge(s, t):
            U[s][t]["weight"] += d["weight"]
        else:
            U.add_edge(s, t, weight=d["weight"])
    dict(G.in_degree()), dict(G.out_degree()), dict(G.degree())
    dict(G.in_degree(weight="weight")), dict(G.out_degree(weight="weight"))
    dict(G.degree(weight="weight"))
    nx.betweenness_centrality(G, normalized=False, weight="length")
    R = G.reverse()
    nx.closeness_centrality(R, distance="length", wf_improved=True)
    nx.harmonic_centrality(R, distance="length")
    _pagerank_python(G, alpha=0.85, weight="weight", tol=1e-10)
    _hits_python(G, max_iter=10000, tol=1e-10)
    nx.eigenvector_centrality(U, weight="weight", max_iter=10000, tol=1e-10)
    nx.core_number(G)
    list(nx.weakly_connected_components(G))
    list(nx.strongly_connected_components(G))
    comms = nx.algorithms.community.louvain_communities(U, weight="weight",
                                                        seed=42)
    nx.algorithms.community.modularity(U, comms, weight="weight")
    print("%.3f %.3f" % (time.time() - t0, time.process_time() - c0))


if __name__ == "__main__":
    main()
