"""Issue 12, session 18b (recall18b): a crowd sized up in the first person, in a report that
speaks of a protest, in our own sentences: a guess in the figure's own words ('easily 4
thousand people', 'Easily 12k'), 'We had N people', and 'looks like N' where 'like' is read as the figure's qualifier."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source

HEAD = "Dockers protest against the port sell-off\n\nThe union called a march on the harbour for Saturday.\n\n"


def _crowds(text: str) -> list[tuple[str, float | None]]:
    return [(c.text, c.value) for c in extract_claims(Source(id="t", text=HEAD + text)) if c.measure == "participants"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("I'm at the gates now, the whole quay is full, easily 4 thousand people.", [("easily 4 thousand", 4000)], id="easily-in-words"),
        pytest.param("No chance that was 900. Easily 12k, you couldn't move near the cranes.", [("Easily 12k", 12000)], id="easily-k"),
        pytest.param("We had nine thousand people on the harbour road.", [("nine thousand", 9000)], id="we-had"),
        pytest.param("Outside the port office now. Looks like 400-500 people to me.", [("like 400-500", 400)], id="looks-like-range"),
    ],
)
def test_a_first_person_crowd_is_a_crowd(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert _crowds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Two of us were taken to hospital with cuts.", id="of-us-hurt"),
        pytest.param("About 300 of us were arrested on the quay.", id="of-us-arrested"),
        pytest.param("Easily the worst day: 14 of the dockers were detained.", id="easily-not-the-figure"),
    ],
)
def test_first_person_counts_of_another_measure_stay_theirs(sentence: str) -> None:
    assert _crowds(sentence) == []


def test_no_protest_no_guess() -> None:
    text = "Harbour open day\n\nThe port welcomed families on Saturday.\n\nEasily 4 thousand people, I'd say."
    assert [c for c in extract_claims(Source(id="t", text=text)) if c.measure == "participants"] == []


def test_a_count_of_us_is_left_alone() -> None:
    """'about 70 of us' in a forum thread is mostly a poster's own town, not the crowd the
    report counts (the developing stories' threads): left for a rule that can tell the place."""
    assert _crowds("Support picket in the next town this morning, I went along, about 70 of us.") == []
