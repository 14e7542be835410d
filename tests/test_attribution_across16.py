"""Attribution across sentences (issue 11, item 3): a body named before carries to the
figures that point back to it: its possessive closing a sentence ('… is the commission's.'),
a pronoun after an opening phrase ('After a year of hearings it wrote that …'), 'the same
report' after a figure whose pronoun is that body, 'the union' after "Dockers' union
DWU" named without commas, a person's own people ('his men', 'Her team'), and a pronoun
after an hour's 'a.m.' that ends the sentence before."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def _claimants(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.claimant) for c in extract_claims(Source(id="t", text=text))]


def test_a_pronoun_after_an_opening_phrase_is_the_body_named_before() -> None:
    text = (
        "The only toll with legal standing is the Harbour commission's. After a year of hearings it "
        "named 12 victims, heard 300 witnesses, and wrote that the real toll was probably not fewer than 20 dead."
    )
    assert ("fewer than 20", "Harbour commission") in _claimants(text)


def test_the_same_report_is_the_body_whose_figure_came_before() -> None:
    text = (
        "The only toll with legal standing is the Harbour commission's. After a year of hearings it "
        "wrote that the real toll was probably not fewer than 20 dead. The same report put the wounded "
        "at more than 90 and found that some 200 people had been arrested."
    )
    got = dict(_claimants(text))
    assert got["more than 90"] == got["some 200"] == "Harbour commission"


@pytest.mark.parametrize(
    "text",
    [
        "Dockers' union DWU statement (summary): the union counts 7 dead at the port.",
        "The dockers' union DWU issued a statement on Monday. The union counts 7 dead at the port.",
    ],
)
def test_a_description_right_before_an_acronym_names_it(text: str) -> None:
    assert _claimants(text) == [("7", "DWU")]


def test_a_description_with_no_acronym_after_it_names_no_other_body() -> None:
    assert _claimants("The union leader said 5 died.") == [("5", "The union leader")]
    assert _claimants("Dockers' union SAYS 40 DEAD AT THE PORT") != [("40", "SAYS")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ana Ruiz, commander of the harbour fire brigade, gives a higher count. Her team counts nine dead.", "Ana Ruiz"),
        ("Ms Ruiz said 40 volunteers had worked all night, and that by morning her men had counted five dead.", "Ms Ruiz"),
    ],
)
def test_a_persons_own_people_are_that_persons_voice(text: str, want: str) -> None:
    assert [c for _, c in _claimants(text)][-1] == want


def test_an_hours_mark_ends_the_sentence_before_a_pronoun() -> None:
    text = "The health ministry issued its bulletin shortly after 8 a.m. It put the number of injured at 41."
    assert _claimants(text) == [("41", "The health ministry")]


def test_a_transcript_speaker_whose_name_holds_said_is_a_speaker() -> None:
    text = (
        "Transcript of the press briefing\n\nMINISTER ADEN: Forty people were injured.\n\n"
        "Q (Radio): Doctor, how many are still with you?\n\n"
        "DR SAID OMAR: We received twenty-nine (29) of the injured at the general hospital yesterday.\n"
    )
    assert ("twenty-nine (29)", "Dr Said Omar") in _claimants(text)


def test_a_statement_read_on_the_radio_is_its_issuers() -> None:
    text = "Nine of the injured were in a serious condition, the ministry added in a statement read on national radio at 6 p.m."
    assert _claimants(text) == [("Nine", "the ministry")]
