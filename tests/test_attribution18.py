"""Attribution on fresh text (issue 11, session 18)."""

from __future__ import annotations

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def claimants(text: str) -> dict[str, str | None]:
    """Each figure's words and its claimant."""
    return {c.text: c.claimant for c in extract_claims(Source(id="t", text=text))}


def test_a_trailing_speaker_then_when_it_was_said() -> None:
    got = claimants(
        "Twelve people were held overnight and four guards were hurt, two by stones, the prison "
        "service said in a statement issued shortly after dawn."
    )
    assert got["Twelve"] == "the prison service" and got["four"] == "the prison service"
    got = claimants("The toll has risen to 17, the regional governor announced on Monday after touring the wards.")
    assert got["17"] == "the regional governor"
    got = claimants("The toll has risen to 17, officials said before the storm hit the coast.")
    assert got["17"] == "officials"


def test_a_clause_after_the_figure_is_still_no_speaker() -> None:
    got = claimants("Forty people were hurt, the worst toll since the riots after the 2019 election.")
    assert got["Forty"] is None


def test_who_was_told_is_no_channel_before_a_clause() -> None:
    got = claimants(
        "One of the two detained reporters, a stringer for a local radio station, told us he was "
        "beaten before being taken away."
    )
    assert all(c is None or "stringer" not in c for c in got.values())
