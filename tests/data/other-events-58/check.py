#!/usr/bin/env python3
"""Validate gold.jsonl of this set against its sources.

Checks: the 13 fields and their types; every quote occurs exactly once in its source
after normalisation (NFKC, curly->straight quotes, whitespace collapsed, lower case);
the quote's digits / number words hold the row's value (denials: a negation word;
vague rows: a vague quantity word); one measure and one subject per group; the group
prefix letter matches the event digit of the file (1->A, 2->B, ...).
usage: python3 check.py   (prints problems, last line: N problems)
"""
import json, pathlib, re, sys, unicodedata

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = ["source", "group", "measure", "subject", "alt_subjects", "value", "point",
          "alt_values", "qualifier", "claimant", "quote", "optional", "tags"]
MEASURES = {"killed", "injured", "arrested", "participants", "deployed"}
SUBJECTS = {"people", "security", "protesters", "journalists"}
QUALS = {"exact", "approx", "at_least", "more_than", "up_to", "less_than", "range",
         "vague", "denial"}
TAGS = {"denial", "scope", "sum"}

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2019", "'"), ("\u2018", "'"),
                 ("\u201e", '"'), ("\u00ab", '"'), ("\u00bb", '"')):
        s = s.replace(a, b)
    return " ".join(s.split()).lower()

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
SCALE = {"hundred": 100, "thousand": 1000, "thousands": 1000, "million": 10**6}

def numbers(q):
    """All numbers a normalised quote can be read as holding."""
    out = set()
    # digit groups with , . or single-space thousands separators; k / thousand suffix
    for m in re.finditer(r"(?<![\d])(\d{1,3}(?:[ ,.]\d{3})+|\d+)(?:\s*(k\b|thousands?\b|and half thousand|million))?", q):
        n = int(re.sub(r"[ ,.]", "", m.group(1)))
        suf = m.group(2)
        out.add(n)
        if suf:
            if suf == "k" or suf.startswith("thousand"):
                out.add(n * 1000)
            elif suf == "and half thousand":
                out.add(n * 1000 + 500)
            elif suf == "million":
                out.add(n * 10**6)
    # ranges sharing a scale word: "8-9 thousand", "85-90k"
    for m in re.finditer(r"(\d+)\s*[-\u2013]\s*(\d+)\s*(k\b|thousand)", q):
        out.add(int(m.group(1)) * 1000); out.add(int(m.group(2)) * 1000)
    # number words, including compounds like "two thousand", "twenty-seven"
    toks = re.findall(r"[a-z]+", q.replace("-", " "))
    cur, total, seen = 0, 0, False
    for t in toks + ["_end"]:
        if t in UNITS or t in TENS:
            cur += UNITS.get(t, 0) + TENS.get(t, 0); seen = True
        elif t in SCALE and seen:
            if SCALE[t] == 100:
                cur *= 100
            else:
                total += cur * SCALE[t]; cur = 0
        else:
            if seen:
                out.add(total + cur)
            cur, total, seen = 0, 0, False
            for w, v in ORD.items():
                if t == w:
                    out.add(v)
    if re.search(r"\ba dozen\b", q):
        out.add(12)
    return out

NEG = re.compile(r"\b(no|none|nobody|not|zero|neither|no one|never)\b")
VAGUE = re.compile(r"(tens of thousands|thousands|hundreds|dozens|several|many|some)")

def main():
    problems = []
    srcdir = HERE / "sources"
    texts = {p.name[:3]: norm(p.read_text(encoding="utf-8")) for p in srcdir.glob("*.txt")}
    names = {p.name[:3]: p.name for p in srcdir.glob("*.txt")}
    groups = {}
    rows = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for i, r in enumerate(rows, 1):
        where = f"row {i} ({r.get('source','?')[:3]} {r.get('quote','')!r})"
        if list(r.keys()) != FIELDS:
            problems.append(f"{where}: fields {list(r.keys())}")
            continue
        key = r["source"][:3]
        if key not in texts:
            problems.append(f"{where}: no source file"); continue
        if r["source"] != names[key]:
            problems.append(f"{where}: source name differs from file {names[key]}")
        if r["measure"] not in MEASURES: problems.append(f"{where}: measure")
        if r["subject"] not in SUBJECTS: problems.append(f"{where}: subject")
        if any(s not in SUBJECTS for s in r["alt_subjects"]): problems.append(f"{where}: alt_subjects")
        if r["qualifier"] not in QUALS: problems.append(f"{where}: qualifier")
        if not isinstance(r["claimant"], list): problems.append(f"{where}: claimant not a list")
        if not isinstance(r["optional"], bool): problems.append(f"{where}: optional not bool")
        if any(t not in TAGS for t in r["tags"]): problems.append(f"{where}: tags")
        letter = chr(ord("A") + int(key[0]) - 1)
        if not r["group"].startswith(letter + ":"):
            problems.append(f"{where}: group {r['group']} should start with {letter}:")
        if not r["group"].split(":", 1)[1].startswith(r["measure"]):
            problems.append(f"{where}: group name does not start with measure {r['measure']}")
        q = norm(r["quote"])
        c = texts[key].count(q)
        if c != 1:
            problems.append(f"{where}: quote occurs {c} times")
        v, qual = r["value"], r["qualifier"]
        if qual == "denial":
            if v != 0 or "denial" not in r["tags"] or not NEG.search(q):
                problems.append(f"{where}: denial row needs value 0, tag denial, a negation")
        elif qual == "vague":
            if v is not None or not VAGUE.search(q) or not r["optional"]:
                problems.append(f"{where}: vague row needs value null, a vague word, optional")
        else:
            if v is None:
                problems.append(f"{where}: value null but qualifier {qual}")
            elif v not in numbers(q):
                problems.append(f"{where}: value {v} not found in quote (read {sorted(numbers(q))})")
            if qual == "range":
                if len(r["alt_values"]) < 1 or max(r["alt_values"]) not in numbers(q):
                    problems.append(f"{where}: range high end not in quote")
            elif r["point"] != v:
                problems.append(f"{where}: point {r['point']} != value {v}")
        g = groups.setdefault(r["group"], set())
        g.add((r["measure"], r["subject"]))
    for g, ms in sorted(groups.items()):
        if len(ms) != 1:
            problems.append(f"group {g}: more than one measure/subject {sorted(ms)}")
    for p in problems:
        print(p)
    req = sum(1 for r in rows if not r["optional"])
    print(f"{len(rows)} rows, {req} required, {len(groups)} groups, {len(texts)} sources")
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
