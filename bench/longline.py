"""Benchmark: a page scraped onto one line costs what the same text with line breaks costs.

The bundled reports, repeated to SIZE kB, are parsed twice in this process: as written (a
paragraph a line) and with every line break turned into a space (one paragraph of thousands
of sentences, as a scraper that drops the markup leaves it). Prints the best of --repeat
runs for each and their ratio, for 340, 680 and 1,360 kB by default; the target is a ratio
of at most 2 (issue 9), and time that grows linearly with the size.

    .venv/bin/python bench/longline.py [--sizes 340,680,1360] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from claimcheck.extract import extract_claims
from claimcheck.models import Source

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 2.0


def text_of(size: int) -> str:
    """The bundled reports' bodies, one after another, repeated to ``size`` characters."""
    reports = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").glob("*.txt"))]
    chunk = "\n\n".join(r.strip() for r in reports)
    text = chunk
    while len(text) < size:
        text += "\n\n" + chunk
    return text[: text.rfind(".", 0, size) + 1]


def best_of(text: str, repeat: int) -> tuple[float, int]:
    source = Source(id="bench", text=text)
    times, claims = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        claims = len(extract_claims(source))
        times.append(time.perf_counter() - t0)
    return min(times), claims


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="340,680,1360", help="sizes in kB (default 340,680,1360)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per case; the best counts")
    args = ap.parse_args(argv)
    print(f"{'kB':>6} {'lines s':>8} {'one line s':>10} {'ratio':>6} {'claims':>7}")
    worst = 0.0
    for kb in (int(s) for s in args.sizes.split(",")):
        text = text_of(kb * 1000)
        lines, n_lines = best_of(text, args.repeat)
        one, n_one = best_of(text.replace("\n", " "), args.repeat)
        ratio = one / lines
        worst = max(worst, ratio)
        print(f"{kb:>6} {lines:>8.2f} {one:>10.2f} {ratio:>6.2f} {n_lines:>4}/{n_one}")
    ok = worst <= TARGET_RATIO
    print(f"worst ratio {worst:.2f} (target <= {TARGET_RATIO}): {'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
