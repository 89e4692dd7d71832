#!/usr/bin/python3
"""Quality gate of the extractor on the development corpus.

Runs `$DIPNET extract` on every article of fixtures/corpus/articles and
scores the graphs against the hand-made gold of fixtures/corpus/gold with
an implementation of the matching rules of fixtures/corpus/README.md
written here (independent of any scorer elsewhere):

  - names compare case-insensitively, ignoring dots, double quotes and a
    leading "the" (curly apostrophes count as straight ones);
  - an extracted edge matches a gold edge when a name (label or alias) of
    its source is one of the gold source names, the same for the target,
    and the types are equal; calls and meetings also match reversed;
  - matching is one to one, required gold edges first; a matched required
    edge is a true positive, an unmatched one a miss; an extracted edge
    that matches only an optional gold edge counts neither way; every
    other extracted edge is a false positive;
  - the state view replaces each actor by its state (an actor without a
    state keeps its names) and counts each (source, target, type) once.

Prints the scores per document and micro-averaged, and fails below the
targets: seed actor F1 >= 0.90; corpus actor precision >= 0.85 and
F1 >= 0.75; corpus state F1 >= 0.80.

Then scores the consulted sets of FLOORS (fixtures/heldout, fixtures/fresh and the
consulted blind sets: articles on other crises, written apart from the rules; see their
READMEs) the same way, and fails
when one falls below the scores recorded when the rules last changed
(FLOORS): a regression guard on text the rules were not written for.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.environ.get("DIPNET_ROOT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIPNET = os.environ.get("DIPNET") or os.path.join(ROOT, "build", "dipnet")
WRAP = os.environ.get("DIPNET_WRAP", "").split()
CORPUS = os.path.join(ROOT, "fixtures", "corpus")

TARGETS = {"seed_actor_f1": 0.90, "actor_p": 0.85, "actor_f1": 0.75, "state_f1": 0.80}
# floors of the sets written apart from the rules (a set's gold names its
# documents; a set that is missing is skipped)
FLOORS = {
    "heldout": {"actor_p": 0.97, "actor_f1": 0.88, "state_f1": 0.90},
    "fresh": {"actor_p": 0.97, "actor_f1": 0.89, "state_f1": 0.90},
    "blind3": {"actor_p": 0.99, "actor_f1": 0.86, "state_f1": 0.84},
    "blind4": {"actor_p": 0.94, "actor_f1": 0.76, "state_f1": 0.74},
    "blind6": {"actor_p": 0.95, "actor_f1": 0.81, "state_f1": 0.83},
    "blind7": {"actor_p": 0.95, "actor_f1": 0.74, "state_f1": 0.78},
    "blind10": {"actor_p": 0.93, "actor_f1": 0.73, "state_f1": 0.72},
    "blind12": {"actor_p": 0.90, "actor_f1": 0.67, "state_f1": 0.68},
    "blind14": {"actor_p": 0.94, "actor_f1": 0.59, "state_f1": 0.62},
    "blind15": {"actor_p": 0.97, "actor_f1": 0.70, "state_f1": 0.71},
    "blind16": {"actor_p": 0.95, "actor_f1": 0.55, "state_f1": 0.57},
    "blind18": {"actor_p": 0.91, "actor_f1": 0.57, "state_f1": 0.57},
    "blind20": {"actor_p": 0.93, "actor_f1": 0.59, "state_f1": 0.56},
    "blind21": {"actor_p": 0.86, "actor_f1": 0.59, "state_f1": 0.54},
    "blind22": {"actor_p": 0.87, "actor_f1": 0.55, "state_f1": 0.57},
    "blind23": {"actor_p": 0.93, "actor_f1": 0.70, "state_f1": 0.65},
    "blind24": {"actor_p": 0.92, "actor_f1": 0.62, "state_f1": 0.62},
    "blind25": {"actor_p": 0.80, "actor_f1": 0.52, "state_f1": 0.62},
}


def canon(name):
    """The comparison form of a name."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKC", str(name)).lower()
    for q in ("\u2018", "\u2019", "\u02bc"):
        s = s.replace(q, "'")
    for drop in (".", '"', "\u201c", "\u201d"):
        s = s.replace(drop, "")
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


class Edge:
    __slots__ = ("src", "dst", "kind", "src_state", "dst_state", "optional", "label")

    def __init__(self, src, dst, kind, src_state, dst_state, optional, label):
        self.src, self.dst, self.kind = src, dst, kind
        self.src_state, self.dst_state = src_state, dst_state
        self.optional, self.label = optional, label


def graph_edges(graph):
    names = {}
    for n in graph["nodes"]:
        ns = {canon(n["label"])} | {canon(a) for a in n.get("aliases") or []}
        ns.discard("")
        st = n.get("state") or (n["label"] if n.get("type") == "state" else None)
        names[n["id"]] = (frozenset(ns), canon(st) if st else None)
    out = []
    for e in graph["edges"]:
        s, t = names[e["source"]], names[e["target"]]
        out.append(Edge(s[0], t[0], e["type"], s[1], t[1], False,
                        "%s -%s-> %s" % (e["source"], e["type"], e["target"])))
    return out


def gold_edges(gold):
    out = []
    for e in gold["edges"]:
        ss, ts = e.get("source_state"), e.get("target_state")
        out.append(Edge(frozenset(canon(x) for x in e["source"]),
                        frozenset(canon(x) for x in e["target"]), e["type"],
                        canon(ss) if ss else None, canon(ts) if ts else None,
                        bool(e.get("optional")),
                        "%s -%s-> %s" % (e["source"][0], e["type"], e["target"][0])))
    return out


def same_ends(x, g):
    if x.src & g.src and x.dst & g.dst:
        return True
    return g.kind in ("call", "meeting") and x.kind == g.kind and bool(x.src & g.dst and x.dst & g.src)


def pair_up(found, gold, typed=True):
    """(true positives, false positives, misses) of a one-to-one matching
    that serves required gold edges before optional ones."""
    taken = [False] * len(found)
    tp, misses = 0, []
    for g in [g for g in gold if not g.optional] + [g for g in gold if g.optional]:
        hit = None
        for i, x in enumerate(found):
            if not taken[i] and (not typed or x.kind == g.kind) and same_ends(x, g):
                hit = i
                break
        if hit is None:
            if not g.optional:
                misses.append(g)
            continue
        taken[hit] = True
        if not g.optional:
            tp += 1
    extras = [x for i, x in enumerate(found) if not taken[i]]
    return tp, extras, misses


def state_view(edges):
    seen = {}
    for e in edges:
        src = frozenset([e.src_state]) if e.src_state else e.src
        dst = frozenset([e.dst_state]) if e.dst_state else e.dst
        key = (src, dst, e.kind)
        if key in seen:
            seen[key].optional = seen[key].optional and e.optional
        else:
            seen[key] = Edge(src, dst, e.kind, None, None, e.optional, e.label)
    return list(seen.values())


def scores(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_set(root, name):
    """Scores every article of root against its gold: ((actor P, R, F1),
    (state P, R, F1), per-document scores), or None when extract failed."""
    arts = sorted(f for f in os.listdir(os.path.join(root, "articles")) if f.endswith(".txt"))
    if not arts:
        print("no articles in", root)
        return None
    total = {"actor": [0, 0, 0], "state": [0, 0, 0]}
    per_doc = {}
    with tempfile.TemporaryDirectory() as tmp:
        for a in arts:
            out = os.path.join(tmp, a + ".json")
            cmd = WRAP + [DIPNET, "extract", os.path.join(root, "articles", a), "-o", out]
            p = subprocess.run(cmd, capture_output=True, text=True)
            if p.returncode != 0:
                print("FAIL: extract %s exited %d: %s" % (a, p.returncode, p.stderr.strip()))
                return None
            with open(out, encoding="utf-8") as f:
                found = graph_edges(json.load(f))
            with open(os.path.join(root, "gold", a[:-4] + ".json"), encoding="utf-8") as f:
                gold = gold_edges(json.load(f))
            tp, fp, fn = pair_up(found, gold)
            stp, sfp, sfn = pair_up(state_view(found), state_view(gold))
            for k, v in (("actor", (tp, len(fp), len(fn))), ("state", (stp, len(sfp), len(sfn)))):
                for i in range(3):
                    total[k][i] += v[i]
            per_doc[a] = (scores(tp, len(fp), len(fn)), scores(stp, len(sfp), len(sfn)))
            print("%-10s actor P %.2f R %.2f F1 %.2f   state F1 %.2f" %
                  ((a,) + per_doc[a][0] + (per_doc[a][1][2],)))
            for g in fn:
                print("    missed %s" % g.label)
            for x in fp:
                print("    extra  %s" % x.label)
    actor, state = scores(*total["actor"]), scores(*total["state"])
    print("%-10s actor P %.2f R %.2f F1 %.2f   state P %.2f R %.2f F1 %.2f" %
          ((name,) + actor + state))
    return actor, state, per_doc


def main():
    res = score_set(CORPUS, "corpus")
    if res is None:
        return 1
    (ap, ar, af), (sp, sr, sf), per_doc = res
    seed_f1 = per_doc.get("seed.txt", ((0, 0, 0),))[0][2]
    failed = []
    if seed_f1 < TARGETS["seed_actor_f1"]:
        failed.append("seed actor F1 %.2f < %.2f" % (seed_f1, TARGETS["seed_actor_f1"]))
    if ap < TARGETS["actor_p"]:
        failed.append("corpus actor precision %.2f < %.2f" % (ap, TARGETS["actor_p"]))
    if af < TARGETS["actor_f1"]:
        failed.append("corpus actor F1 %.2f < %.2f" % (af, TARGETS["actor_f1"]))
    if sf < TARGETS["state_f1"]:
        failed.append("corpus state F1 %.2f < %.2f" % (sf, TARGETS["state_f1"]))
    for name, floor in FLOORS.items():
        path = os.path.join(ROOT, "fixtures", name)
        if not os.path.isdir(path):
            continue
        res = score_set(path, name)
        if res is None:
            return 1
        (hp, _, hf), (_, _, hsf), _ = res
        for key, got in (("actor_p", hp), ("actor_f1", hf), ("state_f1", hsf)):
            if got < floor[key]:
                failed.append("%s %s %.2f < %.2f (a regression)" % (name, key, got, floor[key]))
    for f in failed:
        print("FAIL:", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
