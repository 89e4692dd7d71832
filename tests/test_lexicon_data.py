#!/usr/bin/python3
"""Checks the default lexicons in data/ (states, places, organizations,
persons) against the rules of data/README.md: every file parses, entries
carry the documented fields with the right types, every UN member state is
present, ISO codes are unique and well formed, no name/alias/acronym/
demonym/capital/seat string belongs to two entries, and every `state`
reference names a state of states.json.

Standard library only. Prints one line per check and a closing
"N passed, M failed" line; exits 1 when anything failed."""

import json
import os
import re
import sys
import unicodedata

ROOT = os.environ.get("DIPNET_ROOT") or os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")

# ISO 3166-1 alpha-3 codes of the 193 UN member states, kept here
# independently of states.json.
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN
BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM
COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST
SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN
ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO
MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN
PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN
SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA
THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM
YEM ZMB ZWE
""".split()
OBSERVERS = ["VAT", "PSE"]

ORG_KINDS = {"igo", "ngo", "media", "military", "government", "party"}
PLACE_KINDS = {"city", "region"}

results = []  # (name, ok, detail)


def check(name, ok, detail=""):
    results.append((name, bool(ok), detail))


def load(fname, key):
    path = os.path.join(DATA, fname)
    try:
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
        doc = json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        check("%s parses as UTF-8 JSON" % fname, False, str(e))
        return []
    check("%s parses as UTF-8 JSON" % fname, True)
    ok = isinstance(doc, dict) and isinstance(doc.get(key), list)
    check("%s has a top-level %r list" % (fname, key), ok)
    if not ok:
        return []
    entries = doc[key]
    check("%s is not empty" % fname, len(entries) > 0)
    return entries


def is_str(v):
    return isinstance(v, str) and v != "" and v == v.strip() \
        and "\n" not in v


def is_str_list(v):
    return isinstance(v, list) and all(is_str(x) for x in v)


def check_fields(fname, entries, required, optional):
    """required/optional: field -> 'str' | 'list' | 'str?' (str or null)."""
    bad = []
    for i, e in enumerate(entries):
        label = "%s[%d] %s" % (fname, i, e.get("name") if isinstance(e, dict) else e)
        if not isinstance(e, dict):
            bad.append(label + ": not an object")
            continue
        for field, typ in list(required.items()) + list(optional.items()):
            if field not in e:
                if field in required:
                    bad.append("%s: missing %s" % (label, field))
                continue
            v = e[field]
            if typ == "str" and not is_str(v):
                bad.append("%s: %s is not a non-empty string" % (label, field))
            elif typ == "str?" and v is not None and not is_str(v):
                bad.append("%s: %s is not a string or null" % (label, field))
            elif typ == "list" and not is_str_list(v):
                bad.append("%s: %s is not a list of strings" % (label, field))
            elif typ == "bool" and not isinstance(v, bool):
                bad.append("%s: %s is not true or false" % (label, field))
        extra = set(e) - set(required) - set(optional)
        if extra:
            bad.append("%s: unknown fields %s" % (label, sorted(extra)))
    check("%s entries have the documented fields and types" % fname,
          not bad, "\n".join(bad[:30]))
    return not bad


def main():
    states = load("states.json", "states")
    places = load("places.json", "places")
    orgs = load("organizations.json", "organizations")
    persons = load("persons.json", "persons")

    check_fields("states.json", states,
                 {"name": "str", "iso2": "str", "iso3": "str", "cameo": "str",
                  "names": "list", "demonyms": "list", "capital": "str?",
                  "seats": "list"}, {})
    check_fields("places.json", places,
                 {"name": "str", "state": "str", "aliases": "list",
                  "kind": "str"}, {})
    check_fields("organizations.json", orgs,
                 {"name": "str", "kind": "str", "acronyms": "list",
                  "aliases": "list"}, {"state": "str", "cameo": "str"})
    check_fields("persons.json", persons,
                 {"name": "str", "aliases": "list", "role": "str"},
                 {"state": "str", "surname": "bool", "terms": "terms"})

    states = [s for s in states if isinstance(s, dict)]
    places = [p for p in places if isinstance(p, dict)]
    orgs = [o for o in orgs if isinstance(o, dict)]
    persons = [p for p in persons if isinstance(p, dict)]

    # --- states ---------------------------------------------------------
    iso3 = [s.get("iso3") for s in states]
    iso2 = [s.get("iso2") for s in states]
    missing = [c for c in UN_MEMBERS + OBSERVERS if c not in iso3]
    check("193 UN member states listed in the test", len(set(UN_MEMBERS)) == 193,
          "test list has %d codes" % len(set(UN_MEMBERS)))
    check("states.json has every UN member state, VAT and PSE", not missing,
          "missing: %s" % " ".join(missing))
    check("states.json has Taiwan and Kosovo",
          "TWN" in iso3 and any(s.get("name") == "Kosovo" for s in states))
    bad = [c for c in iso2 if not (isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c))]
    bad += [c for c in iso3 if not (isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c))]
    bad += [s.get("cameo") for s in states
            if not (isinstance(s.get("cameo"), str)
                    and re.fullmatch(r"[A-Z]{3}", s.get("cameo")))]
    check("iso2, iso3 and cameo codes are well formed", not bad, repr(bad))
    dup2 = sorted({c for c in iso2 if iso2.count(c) > 1})
    dup3 = sorted({c for c in iso3 if iso3.count(c) > 1})
    check("iso2 codes are unique", not dup2, repr(dup2))
    check("iso3 codes are unique", not dup3, repr(dup3))
    names = [s.get("name") for s in states]
    dupn = sorted({n for n in names if names.count(n) > 1})
    check("state names are unique", not dupn, repr(dupn))
    state_names = set(names)

    # --- kinds ----------------------------------------------------------
    bad = ["%s: %r" % (p.get("name"), p.get("kind")) for p in places
           if p.get("kind") not in PLACE_KINDS]
    check("places' kind is city or region", not bad, "\n".join(bad[:30]))
    bad = ["%s: %r" % (o.get("name"), o.get("kind")) for o in orgs
           if o.get("kind") not in ORG_KINDS]
    check("organizations' kind is igo, ngo, media, military, government or party",
          not bad, "\n".join(bad[:30]))
    bad = [o.get("name") for o in orgs if o.get("kind") == "igo" and "state" in o]
    check("IGOs carry no state", not bad, "\n".join(map(str, bad[:30])))

    # --- state references -----------------------------------------------
    for fname, entries in (("places.json", places),
                           ("organizations.json", orgs),
                           ("persons.json", persons)):
        bad = ["%s: %r" % (e.get("name"), e.get("state")) for e in entries
               if "state" in e and e.get("state") not in state_names]
        check("%s state values name a state of states.json" % fname,
              not bad, "\n".join(bad[:30]))

    # --- one string, one entry ------------------------------------------
    owners = {}  # string -> set of entry labels

    def own(label, strings):
        for s in strings:
            if isinstance(s, str) and s:
                owners.setdefault(s, set()).add(label)

    for s in states:
        label = "state %s" % s.get("name")
        own(label, [s.get("name"), s.get("capital")])
        for f in ("names", "demonyms", "seats"):
            own(label, s.get(f) or [])
    for p in places:
        own("place %s (%s)" % (p.get("name"), p.get("state")),
            [p.get("name")] + list(p.get("aliases") or []))
    for o in orgs:
        own("organization %s" % o.get("name"),
            [o.get("name")] + list(o.get("acronyms") or [])
            + list(o.get("aliases") or []))
    for p in persons:
        own("person %s" % p.get("name"),
            [p.get("name")] + list(p.get("aliases") or []))
    clashes = ["%r: %s" % (s, "; ".join(sorted(o)))
               for s, o in sorted(owners.items()) if len(o) > 1]
    check("no string belongs to two entries across the four files",
          not clashes, "\n".join(clashes[:40]))

    # Within one entry a string is listed once.
    bad = []
    for fname, entries, fields in (
            ("states.json", states, ("name", "capital", "names", "demonyms", "seats")),
            ("places.json", places, ("name", "aliases")),
            ("organizations.json", orgs, ("name", "acronyms", "aliases")),
            ("persons.json", persons, ("name", "aliases"))):
        for e in entries:
            seen = []
            for f in fields:
                v = e.get(f)
                seen += v if isinstance(v, list) else [v] if v else []
            d = sorted({x for x in seen if isinstance(x, str) and seen.count(x) > 1})
            if d:
                bad.append("%s %s: %r" % (fname, e.get("name"), d))
    check("no entry repeats a string", not bad, "\n".join(bad[:30]))

    # Demonyms are not names of the state itself.
    bad = ["%s: %s" % (s.get("name"), d) for s in states
           for d in s.get("demonyms") or []
           if d == s.get("name") or d in (s.get("names") or [])]
    check("demonyms do not repeat state names", not bad, "\n".join(bad))

    # Person aliases are not bare surnames (the extractor derives those).
    bad = []
    for p in persons:
        n = p.get("name")
        if not isinstance(n, str):
            continue
        last = n.split()[-1]
        for a in p.get("aliases") or []:
            if isinstance(a, str) and " " not in a and a == last:
                bad.append("%s: %s" % (n, a))
    check("person aliases are not bare surnames", not bad, "\n".join(bad))

    # Terms of office: [from, to] pairs of "YYYY[-MM[-DD]]" dates (to null
    # while in office), each ending after it begins, in order, the last
    # only open.
    date_re = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")

    def bounds(v, first):
        m = date_re.match(v) if isinstance(v, str) else None
        if not m:
            return None
        y, mo, d = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
        return y * 10000 + (mo or (0 if first else 99)) * 100 + (d or (0 if first else 99))

    bad = []
    dated = 0
    for p in persons:
        if "terms" not in p:
            continue
        dated += 1
        t, prev_end = p["terms"], None
        if not isinstance(t, list) or not t:
            bad.append("%s: terms is not a non-empty list" % p.get("name"))
            continue
        for k, term in enumerate(t):
            if not isinstance(term, list) or len(term) != 2:
                bad.append("%s: term %d is not [from, to]" % (p.get("name"), k))
                break
            lo = bounds(term[0], True)
            hi = 99999999 if term[1] is None and k == len(t) - 1 else bounds(term[1], False)
            if lo is None or hi is None or hi < lo or (prev_end is not None and lo < prev_end // 100 * 100):
                bad.append("%s: term %d %r" % (p.get("name"), k, term))
                break
            prev_end = hi
    check("persons' terms are dated pairs, in order, the last only open", not bad,
          "\n".join(bad[:30]))
    check("most persons have their terms (%d of %d)" % (dated, len(persons)),
          dated >= 0.9 * len(persons))

    # Word lists: each one the extractor asks per token has a bit in a
    # 64-bit mask (include/dipnet/lexicon.h, DN_LEX_LIST_BITS; the two
    # lists the lexicon reads itself take none). A list past them would
    # silently match nothing.
    bits = None
    try:
        with open(os.path.join(ROOT, "include", "dipnet", "lexicon.h"), encoding="utf-8") as f:
            m = re.search(r"#define DN_LEX_LIST_BITS (\d+)", f.read())
            bits = int(m.group(1)) if m else None
    except OSError:
        pass
    check("DN_LEX_LIST_BITS is read from lexicon.h", bits is not None)
    names = []
    for fname in ("triggers.json", "names.json"):
        try:
            with open(os.path.join(DATA, fname), encoding="utf-8") as f:
                names += [k for k in json.load(f).get("words", {}) if k not in names]
        except (OSError, ValueError):
            pass
    masked = [k for k in names if k not in ("given_name_states", "surname_stop")]
    check("word lists fit the masks (%d of %s)" % (len(masked), bits),
          bits is not None and len(masked) <= bits, ", ".join(masked))

    # Acronyms are short tokens without spaces.
    bad = ["%s: %r" % (o.get("name"), a) for o in orgs
           for a in o.get("acronyms") or [] if isinstance(a, str) and " " in a]
    check("acronyms contain no spaces", not bad, "\n".join(bad))

    # Strings are NFC-normalised (so that matching sees one form).
    bad = sorted(s for s in owners if unicodedata.normalize("NFC", s) != s)
    check("strings are NFC-normalised", not bad, repr(bad[:30]))

    passed = sum(1 for _, ok, _ in results if ok)
    failed = len(results) - passed
    for name, ok, detail in results:
        print("%s %s" % ("PASS" if ok else "FAIL", name))
        if not ok and detail:
            for line in detail.splitlines():
                print("    " + line)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
