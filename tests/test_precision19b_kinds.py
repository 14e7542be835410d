"""Issue 12, session 19b (prec19b): false positives of the kinds counted on the sets written blind
at session 19's start, in our own sentences. A verb after the counted people that is their own
deed to someone else, or that a count of events cannot undergo; a death told after a relative
clause of care; a quoted figure phrase; 'the N the police are saying'; an aside of 'many of them'
before a plain past verb; an age after initials; a year span's two-digit end; a denial in a
purpose clause; a people's noun naming the kind of things counted."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def _claims(text: str) -> list[tuple[str, str, float | None]]:
    return [(c.text, c.measure, c.value) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The prosecutor said three masked men killed a shopkeeper in the market.", id="killed-a"),
        pytest.param("Witnesses said four gunmen shot the mayor outside the town hall.", id="shot-the"),
        pytest.param("The court heard that 200 officers detained the strike leaders at dawn.", id="detained-the"),
        pytest.param("Prosecutors said 900 agents executed an order of the investigating judge.", id="executed-an-order"),
    ],
)
def test_an_active_verb_with_an_object_is_no_harm_of_the_counted(sentence: str) -> None:
    assert [c for c in _claims(sentence) if c[1] in ("killed", "injured", "arrested")] == []


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        pytest.param("Police said 40 marchers were killed the same evening.", "killed", id="passive-time"),
        pytest.param("The ministry said 12 people arrested the day before were freed.", "arrested", id="time-after"),
        pytest.param("Two of the strikers killed in the clashes were buried on Friday.", "killed", id="participle"),
    ],
)
def test_a_passive_verb_or_a_time_after_it_stays_theirs(sentence: str, measure: str) -> None:
    assert [c[1] for c in _claims(sentence)] == [measure]


def test_a_count_of_arrests_carried_out_abroad_counts_arrests() -> None:
    text = "Four of the detentions were executed in Belgium under a European warrant."
    assert [c[1:] for c in _claims(text)] == [("arrested", 4)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The mayor said one injured miner who was being treated in the burns unit died on Friday.", id="died"),
        pytest.param("Two injured passengers who had been flown to the capital lost their lives overnight.", id="lost-lives"),
    ],
)
def test_the_injured_who_died_are_the_dead(sentence: str) -> None:
    assert [c[1] for c in _claims(sentence)] == ["killed"]


def test_the_injured_still_treated_stay_injured() -> None:
    text = "The mayor said one injured miner who was being treated in the burns unit is stable."
    assert [c[1] for c in _claims(text)] == ["injured"]


def test_a_quoted_figure_phrase_keeps_its_noun_from_a_later_verb() -> None:
    text = 'The union said it counted "well over 6,000 strikers" using marshals stationed at each gate.'
    assert [c[1:] for c in _claims(text)] == [("participants", 6000)]


def test_a_quoted_figure_phrase_with_its_verb_right_after_keeps_it() -> None:
    text = 'The ministry said "about 70 students" were detained on the campus.'
    assert [c[1] for c in _claims(text)] == ["arrested"]


def test_the_figure_the_police_are_saying_counts_no_police() -> None:
    text = "It was not the 2,400 the police are saying, more like five thousand."
    assert [c for c in _claims(text) if c[1] == "deployed"] == []


def test_many_of_them_aside_before_a_plain_past_verb() -> None:
    text = "About 800 people, many of them parents of the arrested, gathered outside the court."
    assert [c[1:] for c in _claims(text)] == [("participants", 800)]


def test_an_age_after_initials_is_no_count() -> None:
    text = "The foreman K.T., 44, was detained on Thursday, judicial sources said."
    assert _claims(text) == []


def test_the_end_of_a_year_span_is_no_count() -> None:
    text = "In 2023-24 the group recorded 118 deaths in the delta."
    assert [c[1:] for c in _claims(text)] == [("killed", 118)]


def test_a_denial_in_a_purpose_clause_is_no_denial() -> None:
    text = "The union asked for a register of all drivers so that no death goes unrecorded."
    assert _claims(text) == []


def test_a_peoples_noun_before_plural_things_counts_things() -> None:
    text = "Residents saw dozens of gendarmes vans parked along the ring road."
    assert _claims(text) == []
