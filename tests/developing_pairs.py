"""List a developing story's spurious conflict pairs with what each side is, for tuning.

    .venv/bin/python tests/developing_pairs.py developing-mine [-v]

Each pair is tagged by what expected.json says its quotes are (C1a: side a of conflict 1;
D3: the fourth distractor; RISING, TIMELINE: the series), and the pairs are counted by tag
pair, the most common first; -v prints every pair with both claims' fields.
"""

from __future__ import annotations

import collections
import json
import os
import sys
from pathlib import Path

from claimcheck import pipeline
from claimcheck.models import Claim

DATA = Path(__file__).parent / "data"


def _labels(story: Path, texts: dict[str, str]) -> dict[tuple[str, int, int], list[str]]:
    expected = json.loads((story / "expected.json").read_text(encoding="utf-8"))
    labels: dict[tuple[str, int, int], list[str]] = collections.defaultdict(list)

    def tag(quote: dict[str, str], label: str) -> None:
        text = texts[quote["file"]]
        start = text.find(quote["context"]) + quote["context"].index(quote["text"])
        labels[(quote["file"], start, start + len(quote["text"]))].append(label)

    for n, conflict in enumerate(expected["conflicts"], 1):
        for side in "ab":
            for quote in conflict[side]["quotes"]:
                tag(quote, f"C{n}{side}")
    for key in ("rising", "timeline_not_rising"):
        for series in expected.get(key, []):
            for quote in series["quotes"]:
                tag(quote, key.split("_")[0].upper())
    for n, distractor in enumerate(expected.get("distractors", [])):
        for quote in distractor["quotes"]:
            tag(quote, f"D{n}")
    return labels


def main(name: str, verbose: bool) -> None:
    story = DATA / name
    texts = {p.name: p.read_text(encoding="utf-8") for p in (story / "sources").iterdir()}
    labels = _labels(story, texts)
    result = pipeline.compare([str(story / "sources")])

    def tags(c: Claim) -> str:
        f = os.path.basename(c.path or "")
        found = {t for (ff, s, e), ts in labels.items() for t in ts if ff == f and c.start < e and s < c.end}
        return ",".join(sorted(found)) or "-"

    def show(c: Claim) -> str:
        return (
            f"{os.path.basename(c.path or '')[:2]}:{c.start} “{c.text}” [{c.measure}/{c.subject} "
            f"{c.claimant_name or c.claimant} as_of={c.as_of} period={c.period} place={c.place} "
            f"scope={c.scope}] {tags(c)}"
        )

    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for g in result.groups:
        for a, b in g.conflicts:
            x, y = g.claims[a], g.claims[b]
            tx, ty = tags(x), tags(y)
            sx, sy = set(tx.split(",")), set(ty.split(","))
            if any(
                f"C{k}a" in sx and f"C{k}b" in sy or f"C{k}b" in sx and f"C{k}a" in sy
                for k in range(1, 10)
            ):
                continue  # an expected conflict: one side's quote against the other's
            counts[tuple(sorted((tx, ty)))] += 1
            if verbose:
                print(f"{g.id}\n  {show(x)}\n  {show(y)}")
    print(sum(counts.values()), "spurious")
    for pair, n in counts.most_common():
        print(n, *pair)


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv[2:])
