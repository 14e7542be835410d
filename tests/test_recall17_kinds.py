"""Issue 12, session 17 (recall17b): kinds of its list read by general means, in our own
sentences: the measure named in the paragraph before ('the figure is 41' opening a paragraph),
a modal bound on a count ('her count might be as high as 58'), states of people still held
('remain in the cells'), parts of a kind ('eleven of them adolescents'), two spelled numbers
joined by 'and' ('between three thousand and three thousand five hundred'), medical teams that
'attended' people, femicides counted as deaths, and a total broken down by day or by employer
after a colon ('74 detentions: 44 on Saturday and 30 on Sunday')."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source
from claimcheck.parse.numbers import find_quantities


def _claims(text: str) -> list[tuple]:
    return [
        (c.text, c.measure, c.subject, c.low, c.scope) for c in extract_claims(Source(id="t", text=text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The regional police said 30 people were arrested in the port.\n\n"
            "Across the province the figure is 52, a spokesman said on the radio.",
            [("30", "arrested", "people", 30, None), ("52", "arrested", "people", 52, None)],
            id="figure-opening-paragraph-takes-measure-of-figure-before",
        ),
        pytest.param(
            "The regional police said 30 vehicles were towed from the port.\n\n"
            "Across the province the figure is 52, a spokesman said on the radio.",
            [],
            id="figure-opening-paragraph-after-no-claim",
        ),
        pytest.param(
            "The union's list names 37 dead. His own count could be as high as 60, the priest said.",
            [("37", "killed", "people", 37, None), ("as high as 60", "killed", "people", 0, None)],
            id="count-might-be-as-high-as",
        ),
        pytest.param(
            "The lawyers' group said nineteen students remain in the cells.",
            [("nineteen", "arrested", "people", 19, "state: remain in the cells")],
            id="remain-in-the-cells",
        ),
        pytest.param(
            "Three people remain in preventive detention, the prosecutor said.",
            [("Three", "arrested", "people", 3, "state: remain in preventive detention")],
            id="remain-in-preventive-detention",
        ),
        pytest.param(
            "Observers said 40 people were detained, seven of them adolescents.",
            [
                ("40", "arrested", "people", 40, None),
                ("seven", "arrested", "people", 7, "part: seven adolescents of 40"),
            ],
            id="part-of-adolescents",
        ),
        pytest.param(
            "Paramedics attended 15 people at the bus station, the ambulance service said.",
            [("15", "injured", "people", 15, None)],
            id="paramedics-attended-people",
        ),
        pytest.param(
            "The students' union counted 52 detentions over the weekend: 31 on Saturday and 21 on Sunday.",
            [
                ("52", "arrested", "people", 52, None),
                ("31", "arrested", "people", 31, "part: 31 on Saturday of 52"),
                ("21", "arrested", "people", 21, "part: 21 on Sunday of 52"),
            ],
            id="breakdown-by-day",
        ),
        pytest.param(
            "The dockers' union lists 30 injured workers: 18 employed by the port and 12 by subcontractors.",
            [
                ("30", "injured", "people", 30, None),
                ("18", "injured", "people", 18, "part: 18 employed by the port of 30"),
                ("12", "injured", "people", 12, "part: 12 by subcontractors of 30"),
            ],
            id="breakdown-by-employer",
        ),
        pytest.param(
            "The dockers' union lists 30 injured workers. 12 by subcontractors' count.",
            [("30", "injured", "people", 30, None)],
            id="bare-by-is-no-employer-alone",
        ),
        pytest.param(
            "The ministry recorded 51 femicides last year.",
            [("51", "killed", "people", 51, None)],
            id="femicides",
        ),
    ],
)
def test_kinds(text: str, expected: list[tuple]):
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("between three thousand and three thousand five hundred", [(3000, 3500)]),
        ("between two hundred and four hundred", [(200, 400)]),
        ("two hundred and fifteen", [(215, 215)]),
        ("a hundred and fifty thousand", [(150000, 150000)]),
        ("one thousand and five", [(1005, 1005)]),
        ("two million and three hundred thousand", [(2300000, 2300000)]),
    ],
)
def test_spelled_numbers_joined_by_and(text: str, values: list[tuple[int, int]]):
    """'and' inside one spelled number adds less than its scale; between two it joins a range."""
    found = find_quantities(f"Officials said {text} people came.", load_lexicon())
    assert [(q.low, q.high) for q in found] == values
