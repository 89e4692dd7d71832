#!/usr/bin/env python3
"""Writes a deterministic random dipnet graph file (node-link JSON).

usage: gen_graph.py NODES EDGES [SEED] > graph.json

Actors of all four types spread over 40 states; edges of every type with
counts 1-5 and one evidence entry each, drawn with a seeded RNG so the same
arguments always give the same bytes. Used by the benchmarks.
"""
import json
import random
import sys

TYPES = ["call", "meeting", "appeal", "statement", "accusation",
         "rejection", "attack", "member_of"]
KINDS = ["state", "person", "organization", "place"]
PREFIX = {"state": "state", "person": "person", "organization": "org",
          "place": "place"}


def main():
    n, m = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    states = ["State %d" % i for i in range(40)]
    out = sys.stdout
    out.write('{"directed": true, "multigraph": true,\n "graph": {"generator":'
              '"dipnet 0.1","documents":[{"id":"gen.txt","date":"2022-09-13"}]},\n'
              ' "nodes": [')
    ids = []
    for i in range(n):
        t = KINDS[i % 4]
        nid = "%s:n%07d" % (PREFIX[t], i)
        ids.append(nid)
        node = {"id": nid, "label": "Actor %d" % i, "type": t}
        if t != "organization" or i % 3:
            node["state"] = states[i % 40]
        out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(node, separators=(",", ":")))
    out.write("\n ],\n \"edges\": [")
    seen = set()
    k = 0
    while len(seen) < m:
        s, t = rng.randrange(n), rng.randrange(n)
        ty = TYPES[rng.randrange(8)]
        key = (s, t, ty)
        if key in seen:
            continue
        seen.add(key)
        c = rng.randint(1, 5)
        edge = {"source": ids[s], "target": ids[t], "key": ty, "type": ty,
                "count": c,
                "evidence": [{"document": "gen.txt", "sentence": k + 1,
                              "start": k * 80, "end": k * 80 + 60,
                              "text": "Actor %d met Actor %d." % (s, t),
                              "trigger": "met"}]}
        out.write(("\n  " if k == 0 else ",\n  ") + json.dumps(edge, separators=(",", ":")))
        k += 1
    out.write("\n ]}\n")


if __name__ == "__main__":
    main()
