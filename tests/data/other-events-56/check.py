#!/usr/bin/env python3
"""Validate gold.jsonl of this set. Usage: python3 check.py  (prints problems, last line 'N problems')."""
import json, re, sys, pathlib, unicodedata
HERE = pathlib.Path(__file__).resolve().parent
FIELDS = ["source", "group", "measure", "subject", "alt_subjects", "value", "point", "alt_values",
          "qualifier", "claimant", "quote", "optional", "tags"]
MEASURES = {"killed", "injured", "arrested", "participants", "deployed"}
SUBJECTS = {"people", "security", "protesters", "journalists"}
QUALS = {"exact", "approx", "at_least", "more_than", "up_to", "less_than", "range", "vague", "denial"}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
         "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12}
SCALE = {"hundred": 100, "thousand": 1000, "mil": 1000, "k": 1000, "million": 1000000}

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u2018", "'"), ("\u2019", "'"),
                 ("\u00ab", '"'), ("\u00bb", '"')):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()

def numbers(q):
    """All numbers a quote can be read as holding."""
    q = norm(q)
    out = set()
    toks = re.findall(r"\d[\d.,]*\d|\d|[a-z]+", q)
    prev = None
    for t in toks:
        v = None
        if t[0].isdigit():
            if re.fullmatch(r"\d{1,3}([.,]\d{3})+", t):
                v = int(re.sub(r"[.,]", "", t))
            else:
                try:
                    v = float(t.replace(",", "")) if "." in t else int(t.replace(",", ""))
                except ValueError:
                    v = None
        elif t in WORDS:
            v = WORDS[t]
        elif t == "a" or t == "an":
            v = 1 if False else None
        if t in SCALE:
            base = prev if prev is not None else 1
            out.add(base * SCALE[t])
            prev = base * SCALE[t]
            continue
        if v is not None:
            out.add(v)
        prev = v
    # "20k" tokenises as "20" + "k": handled above via SCALE; "a hundred"
    if re.search(r"\ba hundred\b", q):
        out.add(100)
    return out

def main():
    problems = []
    srcdir = HERE / "sources"
    texts = {p.name: norm(p.read_text(encoding="utf-8")) for p in srcdir.glob("*.txt")}
    prefixes = [n[:3] for n in texts]
    if len(set(prefixes)) != len(prefixes):
        problems.append("source prefixes not unique")
    groups = {}
    rows = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for i, r in enumerate(rows, 1):
        where = f"row {i} ({r.get('source','?')[:3]} {r.get('quote','')!r})"
        if list(r.keys()) != FIELDS:
            problems.append(f"{where}: fields {list(r.keys())}")
            continue
        if r["source"] not in texts:
            problems.append(f"{where}: no such source"); continue
        n = texts[r["source"]].count(norm(r["quote"]))
        if n != 1:
            problems.append(f"{where}: quote occurs {n} times")
        if r["measure"] not in MEASURES: problems.append(f"{where}: measure {r['measure']}")
        if r["subject"] not in SUBJECTS: problems.append(f"{where}: subject {r['subject']}")
        if any(s not in SUBJECTS for s in r["alt_subjects"]): problems.append(f"{where}: alt_subjects")
        if r["qualifier"] not in QUALS: problems.append(f"{where}: qualifier {r['qualifier']}")
        ev = r["source"][0]
        letter = chr(ord("A") + int(ev) - 1)
        if not r["group"].startswith(letter + ":"):
            problems.append(f"{where}: group {r['group']} does not match event {ev}")
        g = groups.setdefault(r["group"], (r["measure"], r["subject"]))
        if g != (r["measure"], r["subject"]):
            problems.append(f"{where}: group {r['group']} has {g} and {(r['measure'], r['subject'])}")
        q = r["qualifier"]
        if q == "denial":
            if r["value"] != 0 or "denial" not in r["tags"]:
                problems.append(f"{where}: denial needs value 0 and tag denial")
        elif q == "vague":
            if r["value"] is not None or not r["point"] or not r["optional"]:
                problems.append(f"{where}: vague needs value null, a point, optional")
        else:
            nums = numbers(r["quote"])
            if r["value"] not in nums:
                problems.append(f"{where}: value {r['value']} not in quote numbers {sorted(nums)}")
            if q == "range":
                if len(r["alt_values"]) != 2 or r["alt_values"][0] not in nums:
                    problems.append(f"{where}: range high end missing")
                elif r["point"] != r["alt_values"][1]:
                    problems.append(f"{where}: range point should be midpoint")
            elif r["point"] != r["value"]:
                problems.append(f"{where}: point != value")
        if not isinstance(r["claimant"], list) or not isinstance(r["optional"], bool):
            problems.append(f"{where}: claimant/optional types")
        for t in r["tags"]:
            if t not in ("denial", "scope", "sum"): problems.append(f"{where}: tag {t}")
    for p in problems:
        print(p)
    req = sum(1 for r in rows if not r["optional"])
    print(f"{len(rows)} rows, {req} required, {len(groups)} groups, {len(texts)} sources")
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
