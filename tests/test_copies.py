"""Copies: a wire story reprinted by three outlets with edits counts as one origin."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import cli, pipeline
from claimcheck.copies import MIN_WORDS, dice, mark_copies, trigrams
from claimcheck.match import align
from claimcheck.models import Claim, Quantity, Source

ENV = {"COLUMNS": "100", "LINES": "50", "NO_COLOR": "1", "TERM": "dumb"}

WIRE = """date 2026-03-14 KIRKUK, Iraq, March 14 (Wire) - A car bomb exploded in a crowded vegetable market in the northern Iraqi city of Kirkuk on Saturday, killing at least 22 people and wounding 58 in the deadliest attack on the city in years.

The explosion ripped through the Qoriya market shortly after 10 a.m., when stalls were packed with shoppers ahead of the weekend, a police colonel told the agency on condition of anonymity.

The provincial health directorate said 14 of the wounded were in critical condition at Kirkuk General Hospital, and that the toll was likely to rise.

Security forces sealed off the area and arrested three suspects near the market, the colonel said.
"""

# Outlet 1: the wire as is, with its own headline and a changed word or two.
REPRINT_1 = """date 2026-03-14 Car bomb kills 22 in Kirkuk market

A car bomb exploded in a busy vegetable market in the northern Iraqi city of Kirkuk on Saturday, killing at least 22 people and wounding 58 in the deadliest attack on the city in years.

The explosion ripped through the Qoriya market shortly after 10 a.m., when stalls were crowded with shoppers ahead of the weekend, a police colonel told the agency on condition of anonymity.

The provincial health directorate said 14 of the wounded were in critical condition at Kirkuk General Hospital, and that the toll was likely to rise.
"""

# Outlet 2: a day later, the wire cut and lightly rewritten, with a paragraph of its own
# whose figure (the suspects) it changed.
REPRINT_2 = """date 2026-03-15 Iraq: market bombing toll

A car bomb exploded in a crowded vegetable market in the northern city of Kirkuk on Saturday, killing at least 22 people and wounding 58 in the deadliest attack on the city for years.

The provincial health directorate said that 14 of the wounded were in critical condition at Kirkuk General Hospital and that the toll was likely to rise.

Security forces sealed off the area and later arrested five suspects near the market, the colonel said.

Residents of the city said they had feared such an attack for weeks.
"""

# Outlet 3: reprints outlet 2 (a copy of a copy), with one more edit.
REPRINT_3 = """date 2026-03-16 Kirkuk bombing: what we know

A car bomb exploded in a crowded vegetable market in the northern city of Kirkuk on Saturday, killing at least 22 people and wounding 58 in the deadliest attack on the city for years.

The provincial health directorate said that 14 of the wounded were in critical condition at Kirkuk's General Hospital and that the toll was likely to rise.
"""

# Its own reporting: the same figure, in its own words.
OWN = """date 2026-03-14 Kirkuk market attack

At least 22 people were killed on Saturday when a bomb hidden in a parked car went off among the vegetable stalls of a Kirkuk market, and 58 were wounded.

At the hospital, doctors described a chaotic scene as families searched for relatives.
"""


@pytest.fixture
def story(tmp_path) -> Path:
    for name, text in [("wire", WIRE), ("outlet1", REPRINT_1), ("outlet2", REPRINT_2),
                       ("outlet3", REPRINT_3), ("own", OWN)]:  # fmt: skip
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def claims_of(result, source: str) -> list[Claim]:
    return [c for c in result.claims if c.source == source]


def figure(result, source: str, text: str) -> Claim:
    return next(c for c in claims_of(result, source) if c.text == text)


def test_reprints_point_at_the_wire(story):
    result = pipeline.extract([str(story)])
    texts = {s.id: s.text for s in result.sources}
    for outlet in ("outlet1", "outlet2", "outlet3"):
        for phrase in ("at least 22", "58"):
            c = figure(result, outlet, phrase)
            assert c.copy_of is not None, (outlet, phrase)
            assert c.copy_of.source == "wire"  # outlet3 copies outlet2, which copies the wire
            origin = texts["wire"][c.copy_of.start : c.copy_of.end]
            assert origin == phrase
    # the wire is the origin; its own claims copy nothing
    assert all(c.copy_of is None for c in claims_of(result, "wire"))


def test_own_reporting_and_changed_figures_are_not_copies(story):
    result = pipeline.extract([str(story)])
    assert all(c.copy_of is None for c in claims_of(result, "own"))
    # outlet2 changed the wire's 'three suspects' to 'five': its own figure
    five = figure(result, "outlet2", "five")
    assert five.copy_of is None


def _killed_22(groups) -> dict:
    killed = next(g for g in groups if g.measure == "killed")
    entry = next(e for e in killed.corroboration if e["low"] == 22 and e["high"] is None)  # 'at least 22' (not a headline's '22')
    assert {killed.claims[i].source for i in entry["claims"]} == {
        "wire", "outlet1", "outlet2", "outlet3", "own"
    }  # fmt: skip
    return entry


def test_corroboration_counts_origins_not_outlets(story):
    """'At least 22 killed' in the reporter's own voice: the wire and its three edited
    reprints are one origin, the outlet that reported it itself is another."""
    report = pipeline.compare([str(story)])
    assert not report.events  # one event
    assert _killed_22(report.groups)["independent"] == 2
    # without the copies found, the five outlets would count as four (outlet3's sentence is
    # outlet2's word for word, which counted once before copies were looked for)
    result = pipeline.extract([str(story)])
    alone = [dataclasses.replace(c, copy_of=None) for c in result.claims]
    assert _killed_22(align(alone))["independent"] == 4


def test_copy_of_in_json(story):
    result = CliRunner().invoke(cli.app, ["extract", str(story), "-f", "json"], env=ENV)
    assert result.exit_code == 0
    claims = json.loads(result.stdout)["claims"]
    copied = [c for c in claims if "copy_of" in c]
    assert copied and all(set(c["copy_of"]) == {"source", "start", "end"} for c in copied)
    assert all(c["source"] != c["copy_of"]["source"] for c in copied)
    assert not any("copy_of" in c for c in claims if c["source"] in ("wire", "own"))


def _claim(source: str, sentence: str, text: str, start: int = 0) -> Claim:
    q = Quantity(text, start, start + len(text), 3, 3, 3, "exact")
    return Claim(source, None, None, "arrested", "people", q, 1, sentence, sentence_start=0)


STOCK = "Police said they dispersed the crowd peacefully and that three people were arrested."


def test_one_stock_sentence_is_no_copy():
    """Two unrelated reports that share one formulaic sentence are not copies."""
    other = "Police said they had dispersed the crowd peacefully and that three people were arrested there."
    assert dice(trigrams(STOCK), trigrams(other)) >= 0.5
    out = mark_copies(
        [Source("a", STOCK), Source("b", other)],
        [_claim("a", STOCK, "three"), _claim("b", other, "three")],
    )
    assert all(c.copy_of is None for c in out)


def test_short_sentences_and_same_report_are_not_copies():
    assert trigrams("Six people were killed.") == frozenset()
    assert len("Police said they dispersed the crowd".split()) < MIN_WORDS
    same = mark_copies([Source("a", STOCK)], [_claim("a", STOCK, "three"), _claim("a", STOCK, "three", 40)])
    assert all(c.copy_of is None for c in same)


def test_a_copy_is_the_claim_with_copy_of_set():
    """copies._with_copy_of skips __init__: it must give what dataclasses.replace gives."""
    from claimcheck.copies import _with_copy_of
    from claimcheck.extract import extract_claims
    from claimcheck.models import Origin

    claim = extract_claims(Source("a", "Police said 45 people were arrested in the city."))[0]
    origin = Origin("b", 12, 14)
    copied = _with_copy_of(claim, origin)
    assert copied == dataclasses.replace(claim, copy_of=origin)
    assert claim.copy_of is None
