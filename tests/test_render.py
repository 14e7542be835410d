"""Renderers: pure functions of a result, checked without the CLI."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from claimcheck.models import Claim, ExtractResult, Problem, Quantity, Source
from claimcheck.render import FORMATS, json_, table, write_extract


def claim(text: str, low, high, qualifier: str, **kw) -> Claim:
    q = Quantity(text, 10, 10 + len(text), low, low, high, qualifier)
    return Claim("r", "r.txt", None, "killed", "people", q, 3, "", **kw)


RESULT = ExtractResult(
    (Source("r", "x" * 40, "r.txt"),),
    (claim("at least 6", 6, None, "at_least", claimant="PTI", claimant_type="party"),
     claim("6.0", 6.0, 6.0, "exact", via="AP")),
    (Problem("bad.txt", "skipped: empty file"),),
)  # fmt: skip


@pytest.mark.parametrize(
    "low, high, expected",
    [
        pytest.param(6, None, "[6, ∞]", id="unbounded"),
        pytest.param(6.0, 7.5, "[6, 7.5]", id="floats"),
        pytest.param(0, 0, "[0, 0]", id="zero"),
    ],
)
def test_format_interval(low, high, expected):
    assert table.format_interval(low, high) == expected


@pytest.mark.parametrize(
    "kw, expected",
    [
        pytest.param({}, "-", id="none"),
        pytest.param({"claimant": "police"}, "police", id="name"),
        pytest.param({"claimant": "PTI", "claimant_type": "party"}, "PTI (party)", id="typed"),
        pytest.param({"claimant": "PTI", "via": "AP"}, "PTI via AP", id="via"),
    ],
)
def test_format_claimant(kw, expected):
    assert table.format_claimant(claim("6", 6, 6, "exact", **kw)) == expected


def test_json_document():
    doc = json.loads(json_.render_extract(RESULT))
    assert doc["problems"] == [
        {"path": "bad.txt", "level": "warning", "message": "skipped: empty file"}
    ]
    assert doc["sources"][0]["chars"] == 40
    assert [(c["low"], c["high"]) for c in doc["claims"]] == [(6, None), (6, 6)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_to_a_stream(fmt):
    out = io.StringIO()
    write_extract(RESULT, fmt, out)
    assert out.getvalue().endswith("\n") and "6" in out.getvalue()


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        write_extract(RESULT, "xml", io.StringIO())


class AsciiStream(io.StringIO):
    encoding = "ascii"


@pytest.mark.parametrize(
    "stream, infinity",
    [
        pytest.param(io.StringIO(), "[6, ∞]", id="utf-8"),
        pytest.param(AsciiStream(), "[6, inf]", id="ascii"),
    ],
)
def test_table_infinity_fits_the_encoding(stream, infinity):
    table.print_extract(Console(file=stream, width=80, color_system=None), RESULT)
    assert infinity in stream.getvalue()
    assert stream.getvalue().rstrip().endswith("2 claims in 1 source")
