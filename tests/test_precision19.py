"""Issue 12, session 19 (prec19): false positives by kind, in our own sentences: figures that
count no people (a rate's terms, 'one by one', counts of counts, an age told alone), a rival
figure of the sentence before that counts what the figure nearest its size counts."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(c.text, c.measure, c.subject, c.value) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("The medics' union asks for 40 crews, or one crew per 300 participants, at every race.", 300, id="per-rate"),
        pytest.param("The medics' union asks for 40 crews, or one crew per 300 participants, at every race.", 1, id="per-rate-first"),
        pytest.param("Riot police carried the protesters off the bridge one by one, the union said.", 1, id="one-by-one"),
        pytest.param("Ten days after the march there are still four crowd counts and three arrest tallies.", 3, id="counts-of-counts"),
        pytest.param('The mayor said the toll had risen to six. "One of them was my neighbour\'s son. He was 19."', 19, id="age-alone"),
    ],
)
def test_figures_that_count_no_people_are_dropped(text: str, value: float) -> None:
    assert [c for c in _claims(text) if c[3] == value] == []


def test_a_rival_counts_what_the_figure_nearest_its_size_counts() -> None:
    text = "The radio quoted the governor: 31 dead so far, 4 people detained. The monitoring group is saying 38."
    assert ("38", "killed", "people", 38) in _claims(text)


def test_a_rival_of_the_last_figure_keeps_its_measure() -> None:
    text = "The governor said 31 people had died and 4 were detained. The monitoring group is saying 6."
    assert ("6", "arrested", "people", 6) in _claims(text)
