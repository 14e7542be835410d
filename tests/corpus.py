"""The texts of every test report and of the bundled reports, read once: the corpus on which the
equivalence tests check a fast scan against its pattern's own (with random strings of their own)."""

import glob
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def report_texts() -> tuple[str, ...]:
    """Every tests/data/*/sources report, then every bundled one, in name order."""
    paths = sorted(glob.glob(str(ROOT / "tests/data/*/sources/*"))) + sorted(glob.glob(str(ROOT / "sources/*")))
    return tuple(open(p, encoding="utf-8", errors="replace").read() for p in paths)
