"""Lexicon: the bundled word lists load, and a user file extends them (new measures included)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extract import extract_claims
from claimcheck.lexicon import LexiconError, load_lexicon
from claimcheck.models import Source


def test_bundled_lexicon_has_the_five_measures() -> None:
    lex = load_lexicon()
    assert set(lex.measures) == {"arrested", "killed", "injured", "participants", "deployed"}
    assert lex.subject_of["rangers"] == "security"
    assert lex.vague["tens of thousands"] == (20000, 99999)


def test_user_lexicon_adds_a_measure_and_a_subject(tmp_path: Path) -> None:
    extra = tmp_path / "words.json"
    extra.write_text(
        json.dumps(
            {
                "measures": {
                    "evacuated": {
                        "before": ["evacuated"],
                        "after": ["evacuated", "moved to safety"],
                    }
                },
                "subjects": {"people": ["evacuees", "families"]},
            }
        ),
        encoding="utf-8",
    )
    lex = load_lexicon(extra)
    text = "Officials said 4,500 families were evacuated. Rescuers evacuated 300 people from the valley."
    claims = extract_claims(Source(id="f", text=text), lex)
    assert [(c.measure, c.subject, c.value) for c in claims] == [
        ("evacuated", "people", 4500),
        ("evacuated", "people", 300),
    ]
    # the bundled lexicon does not know the measure
    assert extract_claims(Source(id="f", text=text)) == []


def test_user_lexicon_changes_intervals(tmp_path: Path) -> None:
    extra = tmp_path / "wide.json"
    extra.write_text(
        json.dumps({"intervals": {"approx_fraction": 0.2}, "vague": {"dozens": [13, 99]}})
    )
    lex = load_lexicon(extra)
    (c1,) = extract_claims(Source(id="a", text="Around 100 protesters were arrested."), lex)
    (c2,) = extract_claims(Source(id="b", text="Dozens of protesters were injured."), lex)
    assert (c1.low, c1.high) == (80, 120)
    assert (c2.low, c2.high) == (13, 99)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must hold a JSON object"),
        ('{"vague": {"dozens": 5}}', "wrong shape"),
    ],
    ids=["bad-json", "not-an-object", "wrong-shape"],
)
def test_bad_user_lexicon_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(bad)


def test_missing_user_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        load_lexicon(tmp_path / "nope.json")
