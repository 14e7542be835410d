"""Every test set's reading in one table: P, R, attribution and grouping of each set with a gold,
found / missed / spurious conflicts of each developing story.

usage:
    python bench/sets.py                         # every set and story under tests/data
    python bench/sets.py other-events-99 DIR …   # names under tests/data, or folders anywhere
    python bench/sets.py -o now.json             # keep the readings …
    python bench/sets.py --against before.json   # … and show what moved since a kept reading
    python bench/sets.py -v other-events-99      # with each set's misses, false positives, wrong claimants
    python bench/sets.py --kinds DIR             # their counts by measure and subject, no text

A folder with `gold.jsonl` and `sources/` is scored like tests/test_golden.py scores it (the
project scorer's matching; grouping by `claimcheck compare` run once per event, an event being
the first character of a report's name). A folder with `expected.json` is checked like
tests/test_developing.py checks a developing story. Messages go to stderr; the table to stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT / "tests"))

from test_developing import _check  # noqa: E402
from test_golden import compared_by_event, grouping_f1, score  # noqa: E402


def read_set(folder: Path, verbose: bool, kinds: bool = False) -> dict:
    gold, sources, claims, group_of = compared_by_event(folder)
    s = score(gold, sources, claims)
    if verbose:
        print(f"== {folder.name}\n{s.report()}", file=sys.stderr)
    if kinds:  # counts only, no text: what a helper kept blind to a set may see
        tally: dict[str, int] = {}
        for what, key in (
            *(("missed", f"{g['measure']}/{g['subject']}") for g in s.missed),
            *(("false positive", f"{c.measure}/{c.subject}") for c in s.false_positives),
            *(("wrong claimant", f"{g['measure']}") for g, _ in s.wrong_claimants),
        ):
            tally[f"{what} {key}"] = tally.get(f"{what} {key}", 0) + 1
        found = sorted(s.matched)
        for n, a in enumerate(found):  # pairs of found claims grouped wrongly, by the first one's measure
            for b in found[n + 1 :]:
                same_gold = gold[a]["group"] == gold[b]["group"]
                same_out = group_of[id(s.matched[a])] == group_of[id(s.matched[b])]
                if same_gold != same_out:
                    key = f"{'pairs merged, gold apart' if same_out else 'pairs apart, gold one'} {gold[a]['measure']}"
                    tally[key] = tally.get(key, 0) + 1
        for key, n in sorted(tally.items()):
            print(f"   {n:3}  {key}", file=sys.stderr)
    return {
        "P": round(s.precision, 4),
        "R": round(s.recall, 4),
        "A": round(s.attribution, 4),
        "G": round(grouping_f1(gold, s, group_of), 4),
        "required": sum(not g["optional"] for g in gold),
    }


def read_story(folder: Path, verbose: bool) -> dict:
    import test_developing

    test_developing.DATA = folder.parent
    found, missed, spurious = _check(folder.name)
    if verbose:
        print(f"== {folder.name}\nmissed: {missed}\n" + "\n".join(spurious), file=sys.stderr)
    return {"found": len(found), "missed": len(missed), "spurious": len(spurious)}


def folders(names: list[str]) -> list[Path]:
    if not names:
        return sorted(p for p in DATA.iterdir() if (p / "gold.jsonl").exists() or (p / "expected.json").exists())
    return [Path(n) if Path(n).is_dir() else DATA / n for n in names]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names under tests/data, or folders")
    ap.add_argument("-o", "--output", help="write the readings as JSON here")
    ap.add_argument("--against", help="a kept reading (-o) to show the change from")
    ap.add_argument("-v", "--verbose", action="store_true", help="each set's misses to stderr")
    ap.add_argument("--kinds", action="store_true", help="counts of misses by measure/subject to stderr")
    args = ap.parse_args()
    before = json.loads(Path(args.against).read_text()) if args.against else {}
    readings: dict[str, dict] = {}
    for folder in folders(args.sets):
        if (folder / "gold.jsonl").exists():
            readings[folder.name] = read_set(folder, args.verbose, args.kinds)
        elif (folder / "expected.json").exists():
            readings[folder.name] = read_story(folder, args.verbose)
        else:
            print(f"sets: {folder}: no gold.jsonl or expected.json", file=sys.stderr)
            continue
        now, was = readings[folder.name], before.get(folder.name, {})
        cells = []
        for key in ("P", "R", "A", "G", "found", "missed", "spurious"):
            if key in now:
                moved = f" ({now[key] - was[key]:+.3f})" if key in was and was[key] != now[key] else ""
                cells.append(f"{key} {now[key]:.3f}{moved}" if key in "PRAG" else f"{key} {now[key]}{moved}")
        print(f"{folder.name:28} " + "  ".join(cells), flush=True)
    sets = [r for r in readings.values() if "P" in r]
    if sets:
        means = {k: sum(r[k] for r in sets) / len(sets) for k in "PRAG"}
        print(f"{'mean of ' + str(len(sets)) + ' sets':28} " + "  ".join(f"{k} {v:.4f}" for k, v in means.items()))
    stories = [r for r in readings.values() if "found" in r]
    if stories:
        print(
            f"{str(len(stories)) + ' stories':28} found {sum(r['found'] for r in stories)}  "
            f"missed {sum(r['missed'] for r in stories)}  spurious {sum(r['spurious'] for r in stories)}"
        )
    if args.output:
        Path(args.output).write_text(json.dumps(readings, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
