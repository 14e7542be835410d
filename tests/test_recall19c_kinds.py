"""Issue 12, session 19 (recall19c): kinds that travel in any wording (our own sentences): a
plural noun the lexicon does not know, counted by a verb whose subject can only be people (a
death or harm after an auxiliary or 'remain'; a crowd's verb for a noun of a trade or role); a
gathering that a relative clause puts at a figure; arrests denied by 'taken into custody' or
'in custody'; falling ill and a broken or fractured limb as harm."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def _claims(text: str) -> list[tuple]:
    return [(c.text, c.measure, c.subject, c.value) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "By Thursday night seven apprentices had died in the regional hospital.",
            [("seven", "killed", "people", 7)],
            id="unknown-plural-had-died",
        ),
        pytest.param(
            "Some 45 campers fell ill after the evening meal.",
            [("Some 45", "injured", "people", 45)],
            id="unknown-plural-fell-ill",
        ),
        pytest.param(
            "One officer suffered a broken arm in the scuffle.",
            [("One", "injured", "security", 1)],
            id="suffered-a-broken",
        ),
        pytest.param(
            "The nine apprentices who have died were all from the same village.",
            [("nine", "killed", "people", 9)],
            id="unknown-plural-who-have-died",
        ),
        pytest.param(
            "Doctors said three cyclists remain in a critical condition.",
            [("three", "injured", "people", 3)],
            id="role-noun-remains-critical",
        ),
        pytest.param(
            "More than 4,000 swimmers took part in the crossing.",
            [("More than 4,000", "participants", "people", 4000)],
            id="role-noun-took-part",
        ),
        pytest.param(
            "The vigil drew some 600 cyclists.",
            [("some 600", "participants", "people", 600)],
            id="role-noun-drawn",
        ),
        pytest.param(
            "Saturday's march through the old town, which the police put at 9,000, ended at the cathedral.",
            [("9,000", "participants", "people", 9000)],
            id="gathering-which-put-at",
        ),
        pytest.param(
            "Officers have named the suspects. Nobody is in custody yet.",
            [("Nobody", "arrested", "people", 0)],
            id="nobody-in-custody",
        ),
    ],
)
def test_recall19c_kinds(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The inspectors said 3 bridges were in bad shape after the floods.",
        "About 30 tractors took part in the convoy.",
        "Some 40 delegations took part in the talks.",
        "The march, which organisers put an end to at 9pm, had been peaceful.",
        "The blast killed 12 goats.",
    ],
)
def test_recall19c_not_people(text: str) -> None:
    assert _claims(text) == []
