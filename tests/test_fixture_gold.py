#!/usr/bin/python3
"""The gold files of the fixture sets that carry a checker (blind15 to
blind21) stay valid: each set's check_gold.py (the shared
fixtures/check_gold.py with the set's word range) exits 0, printing
nothing but errors (--quiet: kept-blind sets are not printed). The shared
checker itself rejects a gold file whose evidence is not in its article
(exit 1, the file named) and a bad call (exit 2).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.environ.get("DIPNET_ROOT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "fixtures")
PY = sys.executable
fails = 0


def check(cond, what):
    global fails
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        fails += 1


sets = sorted(d for d in os.listdir(FIX) if os.path.isfile(os.path.join(FIX, d, "check_gold.py")))
check(len(sets) >= 6, "at least six sets carry a checker (%d)" % len(sets))
for s in sets:
    r = subprocess.run([PY, os.path.join(FIX, s, "check_gold.py"), "--quiet"],
                       capture_output=True, text=True)
    check(r.returncode == 0 and r.stdout == "", "%s: gold valid" % s)

with tempfile.TemporaryDirectory() as t:
    os.makedirs(os.path.join(t, "articles"))
    os.makedirs(os.path.join(t, "gold"))
    with open(os.path.join(t, "articles", "q01.txt"), "w") as f:
        f.write("Title\n\nArmenia accused Azerbaijan of shelling. Russia met Iran.\n")
    edge = {"source": ["Armenia"], "target": ["Azerbaijan"], "type": "accusation",
            "source_state": "Armenia", "target_state": "Azerbaijan", "optional": False,
            "evidence": "Armenia accused Azerbaijan of shelling."}
    with open(os.path.join(t, "gold", "q01.json"), "w") as f:
        json.dump({"doc": "q01.txt", "edges": [edge]}, f)
    good = subprocess.run([PY, os.path.join(FIX, "check_gold.py"), t, "5", "100", "--quiet"],
                          capture_output=True, text=True)
    check(good.returncode == 0, "a valid made-up set passes")
    edge["evidence"] = "Armenia accused Georgia of shelling."
    with open(os.path.join(t, "gold", "q01.json"), "w") as f:
        json.dump({"doc": "q01.txt", "edges": [edge]}, f)
    bad = subprocess.run([PY, os.path.join(FIX, "check_gold.py"), t, "5", "100", "--quiet"],
                         capture_output=True, text=True)
    check(bad.returncode == 1 and "q01" in bad.stdout and "not verbatim" in bad.stdout,
          "evidence not in the article: exit 1, the file named")
    usage = subprocess.run([PY, os.path.join(FIX, "check_gold.py"), t], capture_output=True,
                           text=True)
    check(usage.returncode == 2 and "usage" in usage.stderr, "a bad call: exit 2 and usage")
sys.exit(1 if fails else 0)
