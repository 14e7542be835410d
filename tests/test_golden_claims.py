"""Golden claims: every claim of every golden set, exactly as expected.

The score tests (test_golden.py) only check minimum precision, recall and attribution, so a
claim could disappear or a claimant go wrong without a failing test. Here each set's claims
(where the number is, and its measure, subject, value, interval, qualifier, scope, claimant,
when and where it counts, and the group the matcher puts it in) are compared with an expected file in
tests/data/golden/, one JSON line per claim; a change prints a unified diff of those lines.

A deliberate change updates the expected file in the same commit, with the reason in the
commit message. To regenerate the expected files after checking the diff:

    CLAIMCHECK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_golden_claims.py
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from claimcheck.match import align
from claimcheck.models import Claim, clean_number
from claimcheck.situate import home_places, parse
from claimcheck.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
EXPECTED = DATA / "golden"
SETS = {
    "bundled": ROOT / "sources",
    **{p.name: p / "sources" for p in sorted(DATA.glob("other-events*")) if p.is_dir()},
}
UPDATE = os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1"


def claim_lines(folder: Path) -> list[str]:
    """One JSON line per claim of the reports in ``folder``, in source and text order."""
    sources, problems = load_sources([str(folder)])
    assert problems == []
    claims = [c for s in sources for c in parse(s)]  # parsed and situated, as compare does
    home = {place for s in sources for place in home_places(s)}
    group_of = {id(c): g.id for g in align(claims, home=home) for c in g.claims}
    return [json.dumps(_row(c, group_of.get(id(c))), ensure_ascii=False) for c in claims]


def _row(c: Claim, group: str | None) -> dict:
    return {
        "source": c.source,
        "start": c.start,
        "text": c.text,
        "measure": c.measure,
        "subject": c.subject,
        "value": clean_number(c.value),
        "low": clean_number(c.low),
        "high": clean_number(c.high),
        "qualifier": c.qualifier,
        "scope": c.scope,
        "claimant": c.claimant,
        "claimant_type": c.claimant_type,
        "via": c.via,
        "as_of": c.as_of,
        "period": c.period,
        "place": c.place,
        "group": group,
    }


@pytest.mark.parametrize("name", sorted(SETS))
def test_claims_as_expected(name: str):
    got = claim_lines(SETS[name])
    path = EXPECTED / f"{name}.jsonl"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(line + "\n" for line in got), encoding="utf-8")
    assert path.exists(), f"no expected file {path}: run with CLAIMCHECK_UPDATE_GOLDEN=1"
    want = path.read_text(encoding="utf-8").splitlines()
    if got != want:
        diff = "\n".join(
            difflib.unified_diff(want, got, f"expected/{name}", f"now/{name}", n=1, lineterm="")
        )
        pytest.fail(
            f"the claims of {name} changed ({len(want)} expected, {len(got)} now):\n{diff}\n"
            "if the change is deliberate: CLAIMCHECK_UPDATE_GOLDEN=1 and give the reason "
            "in the commit",
            pytrace=False,
        )


def test_every_golden_set_has_claims():
    """The sets are not empty (an expected file of nothing would pass vacuously)."""
    for name, folder in SETS.items():
        assert len(claim_lines(folder)) >= 10, name
