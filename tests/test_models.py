"""Data model helpers: the one number cleaner and the one claimant label (doctests included)."""

from __future__ import annotations

import doctest

import pytest

from claimcheck import models
from claimcheck.models import Claim, Quantity, claimant_label, clean_number


def test_doctests():
    assert doctest.testmod(models).failed == 0


@pytest.mark.parametrize(
    ("x", "want"),
    [
        (450.0, 450),
        (4500000.0000001, 4500000),
        (1.5, 1.5),
        (12, 12),
        (None, None),
        (0.1 + 0.2, 0.3),
    ],
    ids=["integral-float", "float-noise", "fraction", "int", "none", "rounding"],
)
def test_clean_number(x, want):
    got = clean_number(x)
    assert got == want and type(got) is type(want)


@pytest.mark.parametrize(
    ("claimant", "want"),
    [("Police", "Police"), (None, "src-1"), ("", "src-1"), (" ,", "src-1")],
    ids=["named", "none", "empty", "punctuation-only"],
)
def test_claimant_label(claimant, want):
    q = Quantity("5", 0, 1, 5, 5, 5, "exact")
    claim = Claim("src-1", None, None, "killed", "people", q, 1, "5 died.", claimant=claimant)
    assert claimant_label(claim) == want


def test_with_fields_gives_what_dataclasses_replace_gives():
    """with_fields skips __init__ (the speaker and situate stages run it for every claim): the
    copy must equal dataclasses.replace's, and the claim it was made from must not change."""
    import dataclasses

    from claimcheck.extract import extract_claims
    from claimcheck.models import Source, with_fields

    claim = extract_claims(Source("a", "Police said 45 people were arrested in the city."))[0]
    fields = {"claimant": "the ministry", "claimant_type": None, "via": None, "place": "Lagos"}
    copied = with_fields(claim, **fields)
    assert copied == dataclasses.replace(claim, **fields)
    assert (claim.claimant, claim.place) == ("Police", None)
    assert type(copied) is Claim and hash(copied) == hash(dataclasses.replace(claim, **fields))
