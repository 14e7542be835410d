"""Issue 12, session 17 (our own sentences): parts of a figure told before, and tables scraped onto one line. A word we do not
know after 'of them' says who the part is, not what is counted ('31 of them apprentices'); a
translation's 'amid them' and 'among them there were' open a part as 'among them' does; an
age limit after a part ('of them under sixteen') is an age, not another figure."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def _claims(text: str) -> list[tuple]:
    return [(c.text, c.measure, c.scope is not None) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Riot police detained 61 people overnight in Tarvos, 31 of them apprentices from the shipyard.",
            [("61", "arrested", False), ("31", "arrested", True)],
            id="of-them-unknown-noun",
        ),
        pytest.param(
            "The gendarmes arrested 26 people, two of them our branch treasurers, the union said.",
            [("26", "arrested", False), ("two", "arrested", True)],
            id="of-them-possessive",
        ),
        pytest.param(
            "The prosecutor confirmed 95 detentions at the port, amid them 17 students.",
            [("95", "arrested", False), ("17", "arrested", True)],
            id="amid-them",
        ),
        pytest.param(
            "Police detained 58 people at the station, 12 of them under sixteen.",
            [("58", "arrested", False), ("12", "arrested", True)],
            id="age-limit-after-part",
        ),
        pytest.param(
            "Medics treated 44 people, including seven children below 14.",
            [("44", "injured", False), ("seven", "injured", True)],
            id="age-limit-after-noun",
        ),
        pytest.param(
            "Medics treated 12 people and took four to hospital, one of them a 70-year-old shepherd.",
            [("12", "injured", False), ("four", "injured", False)],
            id="one-of-them-described",
        ),
    ],
)
def test_parts(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


def _table(text: str) -> list[tuple]:
    return [(c.text, c.measure, c.claimant) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Casualties by nationality\n\n"
            "Nationality Deaths Injured Portugal 3 11 Cape Verde – 4 Total 3 15\n",
            [("3", "killed", None), ("11", "injured", None), ("4", "injured", None), ("3", "killed", None),
             ("15", "injured", None)],
            id="dash-is-an-empty-cell",
        ),
        pytest.param(
            "Detentions by province\n\nWilaya Detained Oran 40 Tlemcen 12 Total 52\n",
            [("40", "arrested", None), ("12", "arrested", None), ("52", "arrested", None)],
            id="wilaya-rows-are-places",
        ),
        pytest.param(
            "Each update is below.\n\n"
            "Date Source Dead Injured 3 March Fire Brigade 5 about 12 4 March, 09:00 Health Office 8 30\n\n"
            "The office has not updated its count since.",
            [("5", "killed", "Fire Brigade"), ("about 12", "injured", "Fire Brigade"),
             ("8", "killed", "Health Office"), ("30", "injured", "Health Office")],
            id="dated-rows-of-sources",
        ),
        pytest.param(
            "Counts of the two rallies\n\n"
            "Source Morning rally Evening vigil Method Union 30,000 12,000 stewards' tally "
            "City Hall - 8,000 cameras Police 9,000 4,000 helicopter count\n\n"
            "The gap is wide.",
            [("30,000", "participants", "Union"), ("12,000", "participants", "Union"),
             ("8,000", "participants", "City Hall"), ("9,000", "participants", "Police"),
             ("4,000", "participants", "Police")],
            id="sources-with-a-notes-column",
        ),
    ],
)
def test_one_line_tables(text: str, expected: list[tuple]) -> None:
    assert _table(text) == expected


_PARADE = (
    "The city welcomed its basketball champions home on Saturday with an open-top bus ride from the airport "
    "to the town hall square. The club said about 18,000 supporters lined the route. Four supporters were "
    "treated for fainting in the heat, two of them children. "
) + "The bus stopped at the old bridge, the cathedral and the harbour so that the players could wave. " * 14


def _subjects(text: str) -> list[tuple]:
    return [(c.text, c.subject) for c in extract_claims(Source(id="t", text=text))]


def test_supporters_at_a_parade_are_people() -> None:
    assert _subjects(_PARADE) == [("about 18,000", "people"), ("Four", "people"), ("two", "people")]


def test_supporters_at_a_protest_stay_protesters() -> None:
    text = _PARADE.replace("with an open-top bus ride", "with a protest march")
    assert [s for _, s in _subjects(text)] == ["protesters", "protesters", "people"]  # (the children are people)


def test_a_short_report_keeps_its_supporters_protesters() -> None:
    assert _subjects("The club said about 18,000 supporters lined the route.") == [("about 18,000", "protesters")]
