#!/usr/bin/python3
"""Generates a benchmark corpus of article text for "dipnet extract".

usage: gen_corpus.py OUTDIR MEGABYTES [SEED]

Writes OUTDIR/doc00000.txt, ... (about 48 KB each) until MEGABYTES of text
exist. Deterministic for a given seed. Articles are built from templates
with changing actors drawn from the default lexicons (states, their
demonyms and capitals, persons and organisations when data/ has them),
titles, government bodies and trigger verbs in several inflections, and
the structures the extractor handles: coordination, passive voice,
quotations introduced by a line ending in a colon or attributed after the
quote, negation, bullets, headings and filler sentences without actors.
"""
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("DIPNET_DATA") or os.path.join(ROOT, "data")


def load(name, key):
    try:
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            return json.load(f).get(key, [])
    except OSError:
        return []


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, mb = sys.argv[1], float(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 20220913)
    states = [s for s in load("states.json", "states") if s.get("demonyms")]
    persons = [p for p in load("persons.json", "persons") if p.get("state")]
    orgs = [o for o in load("organizations.json", "organizations") if o.get("kind") == "igo"]
    if not states:
        sys.exit("gen_corpus.py: no states in %s" % DATA)
    titles = ["Foreign Minister", "Defense Minister", "President", "Prime Minister",
              "Deputy Foreign Minister", "Ambassador", "spokesman", "Chief of the General Staff"]
    bodies = ["Defense Ministry", "Foreign Ministry", "Security Council", "armed forces",
              "Interior Ministry", "General Staff", "coast guard", "parliament"]
    first = ["Anna", "Boris", "Carlos", "Dilnoza", "Emre", "Fatima", "Goran", "Hana", "Ivan",
             "Jamal", "Keiko", "Luis", "Maria", "Nikolai", "Olga", "Pavel", "Rania", "Sergio"]
    last = ["Petrov", "Haddad", "Okafor", "Kowalski", "Nakamura", "Silva", "Demir", "Novak",
            "Jensen", "Rahman", "Moreau", "Ivanova", "Castillo", "Lindqvist", "Abebe"]
    verbs = {
        "call": ["held a telephone conversation with", "spoke by phone with", "phoned",
                 "had a phone call with"],
        "meeting": ["met with", "held talks with", "met", "received"],
        "appeal": ["called on", "urged", "appealed to", "asked"],
        "accusation": ["accused", "condemned", "blamed", "criticized"],
        "rejection": ["rejected the claims of", "dismissed"],
        "attack": ["shelled", "attacked", "fired on", "struck"],
        "statement": ["expressed concern about", "thanked", "praised"],
    }
    filler = ["The situation on the ground remained tense throughout the day.",
              "Officials said more information would be released later.",
              "Markets reacted calmly to the news, analysts noted.",
              "The talks were expected to resume after the holiday.",
              "Independent observers could not verify the reports.",
              "Residents described a night of heavy rain and power cuts."]

    def state():
        return rng.choice(states)

    def actor():
        r = rng.random()
        s = state()
        if r < 0.25:
            return s["name"]
        if r < 0.45:
            return "the %s %s" % (s["demonyms"][0], rng.choice(bodies))
        if r < 0.6:
            return "the %s of %s" % (rng.choice(["Ministry of Defense", "Ministry of Foreign Affairs",
                                                 "Security Council"]), s["name"])
        if r < 0.8:
            return "%s %s %s %s" % (s["demonyms"][0], rng.choice(titles), rng.choice(first),
                                    rng.choice(last))
        if persons and r < 0.9:
            return rng.choice(persons)["name"]
        if orgs:
            return "the " + rng.choice(orgs)["name"]
        return s.get("capital") or s["name"]

    def coord(n):
        xs = [actor() for _ in range(n)]
        return xs[0] if n == 1 else ", ".join(xs[:-1]) + " and " + xs[-1]

    def sentence():
        r = rng.random()
        kind = rng.choice(list(verbs))
        v = rng.choice(verbs[kind])
        if r < 0.35:
            a = actor()
            return "%s %s %s on %s." % (a[0].upper() + a[1:], v, coord(rng.randint(1, 3)),
                                        rng.choice(["Monday", "Tuesday", "Friday", "Sept. 13"]))
        if r < 0.45:
            s = state()
            return "The %s city of %s was shelled by %s forces overnight, according to %s." % (
                s["demonyms"][0], rng.choice(last) + "abad", state()["demonyms"][0], actor())
        if r < 0.55:
            return "%s has not %s %s, the U.S. envoy said." % (actor(), rng.choice(["attacked", "invaded", "accused"]), actor())
        if r < 0.65:
            return "\u201cWe %s %s to stop the escalation,\u201d %s said." % (
                rng.choice(["call on", "urge"]), coord(2), actor())
        if r < 0.75:
            return "\u25cf %s %s %s." % (actor(), v, actor())
        return rng.choice(filler)

    def article():
        lines = ["%s and %s trade accusations over border clashes" % (state()["name"], state()["name"]), ""]
        while sum(len(x) for x in lines) < 48000:
            para = " ".join(sentence() for _ in range(rng.randint(1, 5)))
            lines.append(para)
            lines.append("")
            if rng.random() < 0.08:
                lines.append("In the words of %s:" % actor())
                lines.append("")
                lines.append("\u201c%s %s." % (actor(), rng.choice(verbs["accusation"]) + " " + actor()))
                lines.append("")
                lines.append("\u201cWe %s %s.\u201d" % (rng.choice(verbs["appeal"]), actor()))
                lines.append("")
        return "\n".join(lines) + "\n"

    os.makedirs(out, exist_ok=True)
    total, i = 0, 0
    while total < mb * 1024 * 1024:
        text = article().encode("utf-8")
        with open(os.path.join(out, "doc%05d.txt" % i), "wb") as f:
            f.write(text)
        total += len(text)
        i += 1
    print("gen_corpus: %d documents, %.1f MB in %s" % (i, total / 1048576.0, out))


if __name__ == "__main__":
    main()
