#!/usr/bin/env python3
"""Validate gold.jsonl of this set against sources/.

Checks: 13 fields per row; source file exists; file-name prefixes unique (first 3 chars);
quote occurs exactly once in its source after normalisation (NFKC, curly->straight quotes,
whitespace runs collapsed, lower case); the quote's digits / number words hold the row's value
(both ends for a range; a negation word for a denial); one measure and one subject per group;
group prefix letter matches the file's event digit (1->A, 2->B, ...); qualifier, measure,
subject and tags from the allowed sets. Prints the problems and a final count.
"""
import json, pathlib, re, sys, unicodedata, collections

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = ["source", "group", "measure", "subject", "alt_subjects", "value", "point", "alt_values",
          "qualifier", "claimant", "quote", "optional", "tags"]
MEASURES = {"killed", "injured", "arrested", "participants", "deployed"}
SUBJECTS = {"people", "security", "protesters", "journalists"}
QUALS = {"exact", "approx", "at_least", "more_than", "up_to", "less_than", "range", "vague", "denial"}
TAGS = {"denial", "scope", "sum"}

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u2018", "'"), ("\u2019", "'"),
                 ("\u00ab", '"'), ("\u00bb", '"'), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()

UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
         "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1000000}

def numbers(q):
    q = norm(q)
    vals = set()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(k\b)?", q):
        v = float(m.group(1).replace(",", ""))
        if m.group(2):
            v *= 1000
        vals.add(v)
    words = re.findall(r"[a-z]+", q.replace("-", " "))
    cur = total = None
    def flush():
        nonlocal cur, total
        if cur is not None or total is not None:
            vals.add(float((total or 0) + (cur or 0)))
        cur = total = None
    for w in words:
        if w in UNITS or w in TENS:
            cur = (cur or 0) + UNITS.get(w, TENS.get(w, 0))
        elif w in SCALES and (cur is not None or total is not None):
            if SCALES[w] == 100:
                cur = (cur or 1) * 100
            else:
                total = (total or 0) + (cur or 1) * SCALES[w]
                cur = None
        elif w == "and" and (cur is not None or total is not None):
            continue
        else:
            flush()
    flush()
    return vals

NEG = re.compile(r"\b(no|nobody|none|not|without|never|zero)\b")

def main():
    problems = []
    src_dir = HERE / "sources"
    files = sorted(p.name for p in src_dir.glob("*.txt"))
    pref = collections.Counter(f[:3] for f in files)
    for p, n in pref.items():
        if n > 1:
            problems.append(f"file prefix {p} used {n} times")
    texts = {f: norm((src_dir / f).read_text(encoding="utf-8")) for f in files}
    groups = collections.defaultdict(set)
    rows = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    used = collections.Counter()
    for i, r in enumerate(rows, 1):
        where = f"row {i} ({r.get('source','?')[:3]} {r.get('quote','')!r})"
        if list(r.keys()) != FIELDS:
            problems.append(f"{where}: fields {list(r.keys())}")
            continue
        if r["source"] not in texts:
            problems.append(f"{where}: no such source")
            continue
        used[r["source"]] += 1
        c = texts[r["source"]].count(norm(r["quote"]))
        if c != 1:
            problems.append(f"{where}: quote occurs {c} times")
        ev = r["source"][0]
        if not ev.isdigit() or r["group"][:2] != chr(ord("A") + int(ev) - 1) + ":":
            problems.append(f"{where}: group {r['group']} does not match event digit {ev}")
        if r["measure"] not in MEASURES: problems.append(f"{where}: measure {r['measure']}")
        if r["subject"] not in SUBJECTS: problems.append(f"{where}: subject {r['subject']}")
        if any(s not in SUBJECTS for s in r["alt_subjects"]): problems.append(f"{where}: alt_subjects")
        if r["qualifier"] not in QUALS: problems.append(f"{where}: qualifier {r['qualifier']}")
        if any(t not in TAGS for t in r["tags"]): problems.append(f"{where}: tags {r['tags']}")
        if not isinstance(r["claimant"], list): problems.append(f"{where}: claimant not a list")
        if not isinstance(r["optional"], bool): problems.append(f"{where}: optional not bool")
        groups[r["group"]].add((r["measure"], r["subject"]))
        nums = numbers(r["quote"])
        q = r["qualifier"]
        if q == "vague":
            if r["value"] is not None or not r["optional"]:
                problems.append(f"{where}: vague rows need value null and optional true")
        elif q == "denial":
            if r["value"] != 0 or "denial" not in r["tags"] or not (NEG.search(norm(r["quote"])) or 0 in nums):
                problems.append(f"{where}: denial needs value 0, tag denial and a negation in the quote")
        elif q == "range":
            hi = r["alt_values"][0] if r["alt_values"] else None
            if r["value"] not in nums or hi not in nums:
                problems.append(f"{where}: range ends {r['value']}-{hi} not both in quote {sorted(nums)}")
            elif r["point"] != (r["value"] + hi) / 2:
                problems.append(f"{where}: range point should be the midpoint")
        else:
            if r["value"] not in nums:
                problems.append(f"{where}: value {r['value']} not in quote numbers {sorted(nums)}")
            if r["point"] != r["value"]:
                problems.append(f"{where}: point {r['point']} != value {r['value']}")
    for g, ms in groups.items():
        if len(ms) != 1:
            problems.append(f"group {g}: several measure/subject pairs {sorted(ms)}")
    for f in files:
        if not used[f]:
            problems.append(f"source {f} has no gold rows")
    for p in problems:
        print(p)
    req = sum(not r["optional"] for r in rows)
    print(f"{len(files)} sources, {len(rows)} rows, {req} required, {len(groups)} groups")
    print(f"{len(problems)} problems")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
