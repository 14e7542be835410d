"""Issue 12, session 16: wordings of machine-translated copies read by general means (our own
sentences): a count's 'quantity of', the people named by a harm word and 'ones', a running
count's people that 'have reached to' a figure, and people carried to a place of care by a verb
of no measure."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def _claims(text: str) -> list[tuple]:
    return [(c.text, c.measure, c.subject, c.low) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The quantity of perished persons in the landslide ascended to 23 on Friday, the governor informed.",
            [("23", "killed", "people", 23)],
            id="quantity-of-perished",
        ),
        pytest.param(
            "The quantity of wounded ones is of 40 persons, according to the hospital.",
            [("40", "injured", "people", 40)],
            id="quantity-is-of",
        ),
        pytest.param(
            "The prefect said the nineteen detained ones were put at the orders of the prosecutor.",
            [("nineteen", "arrested", "people", 19)],
            id="detained-ones",
        ),
        pytest.param(
            "According to the civil protection, the died persons have reached to 9 and the wounded "
            "people are numbering 30.",
            [("9", "killed", "people", 9), ("30", "injured", "people", 30)],
            id="died-persons-reached-to",
        ),
        pytest.param(
            "The fire brigade said 17 passengers were ferried to two nearby hospitals.",
            [("17", "injured", "people", 17)],
            id="ferried-to-hospitals",
        ),
        pytest.param(
            "Rescuers said eight persons were recovered without vital signs from the mine.",
            [("eight", "killed", "people", 8)],
            id="without-vital-signs",
        ),
        pytest.param(
            "By nightfall 11 cadavers had been extracted from the rubble.",
            [("11", "killed", "people", 11)],
            id="cadavers",
        ),
        pytest.param(
            "Three of the victims passed away in hospital, the governor said.",
            [("Three", "killed", "people", 3)],
            id="passed-away-after",
        ),
        pytest.param(
            "The county said 25 were seen by paramedics at the scene and six received care in hospital.",
            [("25", "injured", "people", 25), ("six", "injured", "people", 6)],
            id="seen-and-received-care",
        ),
        pytest.param(
            "Police said four bystanders were given first aid at the scene.",
            [("four", "injured", "people", 4)],
            id="given-first-aid",
        ),
        pytest.param(
            "More than 60 villagers have been sickened by the fumes.",
            [("More than 60", "injured", "people", 61)],
            id="sickened",
        ),
        pytest.param(
            "The force counted nine uniformed ones with lesions from stones.",
            [("nine", "injured", "security", 9)],
            id="uniformed-ones-lesions",
        ),
        pytest.param(
            "Police say 30 arrested but my cousin says at least 45 were taken.",
            [("30", "arrested", "people", 30), ("at least 45", "arrested", "people", 45)],
            id="arrested-but-a-new-clause",
        ),
        pytest.param(
            "Some 300 residents were moved to a school gymnasium for the night.",
            [],
            id="moved-to-no-place-of-care",
        ),
        pytest.param(
            "Nobody was hurt and no one in the crowd needed a doctor, the organisers said.",
            [("Nobody", "injured", "people", 0)],
            id="no-one-stays-a-pronoun",
        ),
    ],
)
def test_translated_wordings(text: str, expected: list[tuple]):
    assert _claims(text) == expected
