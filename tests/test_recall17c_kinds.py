"""Issue 12, session 17 (recall17c): first-person counts and a day-by-day breakdown after a
comma, in our own sentences: the speakers' party at a gathering ('about 60 of us came on the
bus'), people taken by the police told by their own ('They took 17 of our people'), a party's
people ('11 of our group were detained'), and crowds 'lining' a road or that 'blockaded' a site, people 'delivered to the internal affairs bodies' (a translated detention), and a total's days after a comma ('90 people over the
weekend, 55 on Saturday and 35 on Sunday')."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def _claims(text: str) -> list[tuple]:
    return [(c.text, c.measure, c.subject, c.low, c.scope) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The rights group said the police detained 64 people over the weekend, 41 on Saturday and 23 on Sunday.",
            [
                ("64", "arrested", "people", 64, None),
                ("41", "arrested", "people", 41, "part: 41 on Saturday of 64"),
                ("23", "arrested", "people", 23, "part: 23 on Sunday of 64"),
            ],
            id="days-after-a-comma-are-parts-of-the-total",
        ),
        pytest.param(
            "The rights group said the police detained 64 people over the weekend, 41 on Saturday.",
            [("64", "arrested", "people", 64, None)],  # (the lone day's figure: no part of the total)
            id="one-day-after-a-comma-is-no-breakdown",
        ),
        pytest.param(
            "\"They took 23 of our people and we still do not know where they are,\" the union's secretary said.",
            [("23", "arrested", "people", 23, None)],
            id="they-took-of-our-people",
        ),
        pytest.param(
            "The volunteers took 23 of our people to the clinic by the bridge.",
            [],
            id="took-to-a-clinic-no-arrest",
        ),
        pytest.param(
            "Officers detained 14 of our group outside the ministry, the students said.",
            [("14", "arrested", "people", 14, None)],
            id="of-our-group-are-people",
        ),
        pytest.param(
            "\"Roughly 700 of us stayed in the park until dawn,\" one of the organisers said.",
            [("Roughly 700", "participants", "people", 630, None)],
            id="of-us-stayed",
        ),
        pytest.param(
            "\"About 40 of us went to the police station to ask for them,\" she said.",
            [],
            id="of-us-went-to-police-no-crowd",
        ),
        pytest.param(
            "Paramedics treated 12 people on the quay and took three to St Brendan's Hospital.",
            [("12", "injured", "people", 12, None), ("three", "injured", "people", 3, None)],
            id="taken-to-a-named-hospital",
        ),
        pytest.param(
            "The clinic said it had treated 31 people. Five were later airlifted to the capital.",
            [("31", "injured", "people", 31, None), ("Five", "injured", "people", 5, "part: Five of those injured")],
            id="moved-after-the-injured",
        ),
        pytest.param(
            "The police said they had detained 31 people. Five were later taken to the city's central station.",
            [("31", "arrested", "people", 31, None)],
            id="moved-after-an-arrest-count-is-not-read",
        ),
        pytest.param(
            "A spokesman said 120 officers were securing the route and 30 more were patrolling the old town.",
            [("120", "deployed", "security", 120, None), ("30", "deployed", "security", 30, None)],
            id="officers-securing-and-patrolling",
        ),
        pytest.param(
            "The festival committee said some 6,000 people were lining the harbour road for the parade.",
            [("some 6,000", "participants", "people", 5400, None)],
            id="people-lining-a-road",
        ),
        pytest.param(
            "A regional paper wrote that over 700 farmers blockaded the depot on Monday.",
            [("over 700", "participants", "people", 701, None)],
            id="people-blockaded",
        ),
        pytest.param(
            "Drivers said 30 lorries blockaded the depot on Monday.",
            [],
            id="lorries-blockaded-no-crowd",
        ),
        pytest.param(
            "The ministry said 312 persons were delivered to the internal affairs bodies in the capital.",
            [("312", "arrested", "people", 312, None)],
            id="delivered-to-the-police-a-translated-arrest",
        ),
        pytest.param(
            "The courier delivered 40 parcels to the police station.",
            [],
            id="parcels-delivered-no-arrest",
        ),
    ],
)
def test_recall17c_kinds(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("312 people were detained over two days.", [("arrested", 312)], id="detained-over-two-days"),
        pytest.param("At least 40 people died over 48 hours.", [("killed", 40)], id="died-over-48-hours"),
        pytest.param("17 people were killed two days after the vote.", [("killed", 17)], id="killed-two-days-after"),
        pytest.param("Police said 5 soldiers killed 3 militants.", [("killed", 3)], id="a-figure-after-the-verb-still-its-object"),
        pytest.param("Group visits (up to 25 people) must be booked at least 3 days in advance.", [],
                     id="at-least-3-days-stays-an-object"),
    ],
)
def test_a_span_of_time_after_the_verb_is_no_figure_it_takes(text: str, expected: list[tuple[str, int]]) -> None:
    """A verb whose next words are a span of time ('over two days', 'two days after') is the
    counted people's own (measure.NEXT_FIGURE); a figure of people after it is still its object."""
    assert [(c.measure, c.value) for c in extract_claims(Source(id="t", text=text))] == expected
