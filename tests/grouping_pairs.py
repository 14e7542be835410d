"""List a set's grouping errors against its gold, for tuning (issue 13's pairwise grouping F1).

    .venv/bin/python tests/grouping_pairs.py other-events-67 [other-events-68 ...]

For each set: its G, then each gold group whose found claims the output splits over several
groups (SPLIT) and each output group that joins claims of several gold groups (JOINED), each
claim with its output group, gold group, measure/subject, as_of, period, place, scope (the
part it was given), its report and its words around the figure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from claimcheck.models import Claim

sys.path.insert(0, str(Path(__file__).parent))
from test_golden import compared_by_event, grouping_f1, score  # noqa: E402

DATA = Path(__file__).parent / "data"
WORDS = 70  # characters of the sentence shown before the figure (and 60 after its start)


def _line(c: Claim, gold: dict, group: str) -> str:
    at = c.start - c.sentence_start
    words = c.sentence.replace("\n", " ")[max(0, at - WORDS) : at + 60]
    return (
        f"    [{group}] gold={gold['group']} | {c.measure}/{c.subject} as_of={c.as_of} period={c.period} "
        f"place={c.place} scope={c.scope} | {c.source[:40]} | ...{words!r}"
    )


def report(name: str) -> str:
    """The grouping errors of one set (a folder under tests/data, or a path)."""
    folder = Path(name) if "/" in name else DATA / name
    gold, sources, claims, group_of = compared_by_event(folder)
    s = score(gold, sources, claims)
    found = sorted(s.matched)

    def out(i: int) -> str:
        return group_of[id(s.matched[i])]

    split: dict[str, set[int]] = {}
    joined: dict[str, set[int]] = {}
    for n, a in enumerate(found):
        for b in found[n + 1 :]:
            same_gold, same_out = gold[a]["group"] == gold[b]["group"], out(a) == out(b)
            if same_gold and not same_out:
                split.setdefault(gold[a]["group"], set()).update((a, b))
            if same_out and not same_gold:
                joined.setdefault(out(a), set()).update((a, b))
    lines = [
        f"=== {folder.name} G={grouping_f1(gold, s, group_of):.3f} "
        f"split-gold-groups={len(split)} joined-out-groups={len(joined)}"
    ]
    for group, members in sorted(split.items()):
        lines.append(f"  SPLIT gold {group}:")
        lines += [_line(s.matched[i], gold[i], out(i)) for i in sorted(members, key=out)]
    for group, members in sorted(joined.items()):
        lines.append(f"  JOINED out {group}:")
        lines += [_line(s.matched[i], gold[i], group) for i in sorted(members, key=lambda i: gold[i]["group"])]
    return "\n".join(lines)


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(report(arg), flush=True)
