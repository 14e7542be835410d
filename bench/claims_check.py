"""Dump the claims of sources/ and every tests/data/*/sources folder (repr, paths relative).

Usage: PYTHONPATH=TREE python bench/claims_check.py TREE OUT  -- writes OUT (one line a claim),
then compare two OUTs with cmp. Used to check that a speed step leaves every claim the same.
"""

from __future__ import annotations

import sys
from pathlib import Path

from claimcheck.extract import extract_claims
from claimcheck.sources import load_sources


def main(tree: str, out: str) -> None:
    root = Path(tree).resolve()
    folders = [root / "sources", *sorted((root / "tests" / "data").glob("*/sources"))]
    prefix = str(root) + "/"
    with open(out, "w", encoding="utf-8") as fh:
        for folder in folders:
            sources, _ = load_sources([str(folder)])
            for source in sources:
                for claim in extract_claims(source):
                    fh.write(repr(claim).replace(prefix, "") + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
