"""The library interface (claimcheck.api, re-exported by the package)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimcheck

ROOT = Path(__file__).resolve().parent.parent


def test_everything_in_all_is_importable_and_typed():
    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None
    assert (ROOT / "claimcheck" / "py.typed").exists()
    with pytest.raises(AttributeError):
        claimcheck.nothing_here  # noqa: B018


def test_extract_text_reads_front_matter_and_keeps_spans():
    text = "---\ndate: 2024-11-27\n---\nThe ministry said 12 people were killed."
    (claim,) = claimcheck.extract_text(text, source_id="r")
    assert (claim.source, claim.date, claim.claimant) == ("r", "2024-11-27", "The ministry")
    assert text[claim.start : claim.end] == claim.text == "12"


def test_the_library_never_prints(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Police said 450 protesters were arrested.")
    (tmp_path / "empty.txt").write_text("")
    report = claimcheck.compare([tmp_path, claimcheck.source_from_text("Six were held.",
                                                                       source_id="t")])  # fmt: skip
    assert [s.id for s in report.sources] == ["t", "a"]
    assert [p.message for p in report.problems] == ["skipped: empty file"]
    assert capsys.readouterr() == ("", "")


def test_a_bad_lexicon_raises_input_error(tmp_path):
    bad = tmp_path / "lex.json"
    bad.write_text(json.dumps(["not", "an", "object"]))
    with pytest.raises(claimcheck.InputError, match="lex.json"):
        claimcheck.extract_text("Six were held.", lexicon=bad)


@pytest.mark.parametrize("inputs", ["sources/", 42], ids=["one-path-string", "not-a-path"])
def test_inputs_of_the_wrong_kind_are_a_type_error(inputs):
    with pytest.raises(TypeError):
        claimcheck.extract(inputs if isinstance(inputs, str) else [inputs])
