#!/usr/bin/python3
"""A document longer than the extractor's part size (2 MB) is read in
parts; this checks that nothing of the document is lost or misplaced.

The document is the seed article repeated under numbered headings,
separated by blank lines, to about 5 MB (three parts). Checks:

  - the run succeeds (exit 0) and the graph holds one document;
  - every evidence entry points into the document: its text equals the
    document's bytes [start, end), so offsets are the document's, not a
    part's;
  - sentence numbers are the document's: the same sentence always has the
    same number, a later sentence a larger one;
  - the cuts (computed here by the rule of src/extract/extract.c: the last
    blank line before 2 MB) lose nothing: each part extracted as a file of
    its own gives exactly the evidence (source, target, type, trigger,
    offset) the big document has in that part, its sentence numbers
    shifted by one constant per part, and the shifts grow part by part;
  - evidence exists in the last part.
"""
import json
import os
import subprocess
import sys
import tempfile

DIPNET = os.environ["DIPNET"]
ROOT = os.environ["DIPNET_ROOT"]
WRAP = os.environ.get("DIPNET_WRAP", "").split()


def extract(path, out):
    r = subprocess.run(WRAP + [DIPNET, "extract", path, "-o", out],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("FAIL: extract %s exited %d: %s" % (path, r.returncode, r.stderr))
    with open(out, encoding="utf-8") as f:
        return json.load(f)


PART_MAX = 2 << 20


def part_end(t, frm):
    """The end of the part that starts at frm (extract.c's rule)."""
    if len(t) - frm <= PART_MAX:
        return len(t)
    hi, lo = frm + PART_MAX, frm + PART_MAX // 2
    for k in range(hi, lo, -1):
        if t[k - 1] == 10 and t[k - 2] == 10:
            return k
    for k in range(hi, lo, -1):
        if t[k - 1] == 10:
            return k
    for k in range(hi, lo, -1):
        if t[k - 1] == 32 and t[k - 2] in b".!?":
            return k
    k = hi
    while k > lo and (t[k] & 0xC0) == 0x80:
        k -= 1
    return k


def evidence(g, shift=0):
    """{(source, target, type, trigger, start + shift): sentence}"""
    out = {}
    for e in g["edges"]:
        for ev in e["evidence"]:
            out[(e["source"], e["target"], e["type"], ev["trigger"],
                 ev["start"] + shift)] = ev["sentence"]
    return out


def main():
    fail = []
    with open(os.path.join(ROOT, "fixtures/corpus/articles/seed.txt"), "rb") as f:
        seed = f.read()
    with tempfile.TemporaryDirectory() as t:
        body = seed.split(b"\n", 1)[1]
        chunks, n = [b"Repeated briefing\n\n"], 0
        while sum(len(p) for p in chunks) < 5 << 20:
            n += 1
            chunks.append(b"Copy %d\n\n" % n + body + b"\n\n")
        doc = b"".join(chunks)
        big = os.path.join(t, "big.txt")
        with open(big, "wb") as f:
            f.write(doc)
        g = extract(big, os.path.join(t, "big.json"))

        if len(g["graph"]["documents"]) != 1:
            fail.append("documents: %r" % g["graph"]["documents"])
        num_of = {}
        for e in g["edges"]:
            for ev in e["evidence"]:
                raw = doc[ev["start"]:ev["end"]].decode("utf-8", "replace")
                if ev["text"] != raw:
                    fail.append("evidence at %d..%d is %r, the document has %r"
                                % (ev["start"], ev["end"], ev["text"][:60], raw[:60]))
                if num_of.setdefault(ev["start"], ev["sentence"]) != ev["sentence"]:
                    fail.append("sentence at %d numbered %d and %d"
                                % (ev["start"], num_of[ev["start"]], ev["sentence"]))
        starts = sorted(num_of)
        for a, b in zip(starts, starts[1:]):
            if num_of[a] >= num_of[b]:
                fail.append("sentence at %d is %d, the later one at %d is %d"
                            % (a, num_of[a], b, num_of[b]))
                break

        whole = evidence(g)
        frm, k, last_shift, cuts = 0, 0, -1, []
        while frm < len(doc):
            to = part_end(doc, frm)
            cuts.append(to)
            path = os.path.join(t, "part%d.txt" % k)
            with open(path, "wb") as f:
                f.write(doc[frm:to])
            got = evidence(extract(path, path + ".json"), frm)
            want = {key: v for key, v in whole.items() if frm <= key[4] < to}
            if set(got) != set(want):
                fail.append("part %d (%d..%d): %d evidence entries alone, %d in the "
                            "document; e.g. %r" % (k, frm, to, len(got), len(want),
                                                   sorted(set(got) ^ set(want))[:2]))
            shifts = {want[key] - got[key] for key in set(got) & set(want)}
            if len(shifts) > 1 or (shifts and min(shifts) <= last_shift):
                fail.append("part %d: sentence shifts %r after %d" % (k, sorted(shifts)[:5], last_shift))
            last_shift = max(shifts) if shifts else last_shift
            frm, k = to, k + 1
        if k < 3:
            fail.append("%d parts, want 3: the test no longer crosses the cut" % k)
        if not any(key[4] >= cuts[-2] for key in whole):
            fail.append("no evidence in the last part")
    for m in fail[:20]:
        print("FAIL:", m)
    if fail:
        sys.exit(1)
    print("ok: %d bytes in %d parts, %d evidence entries, %d sentences"
          % (len(doc), k, len(whole), len(num_of)))


if __name__ == "__main__":
    main()
