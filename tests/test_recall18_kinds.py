"""Issue 12, session 18 (recall18): the two biggest kinds of rows the parser still missed on the
sets written blind lately, in our own sentences.

- A list line's rival sources named by a proper name or an acronym the lexicon does not know,
  before their figures, under a label naming the measure ('Detained: Interior Ministry 40 ·
  KRC 66', 'Dead: Health ministry 12 · NAWU (vendors' union) 19'): only the first item, or the
  items of known bodies, were read. A line labelled by a state ('Still in custody: …') counts
  those still held.
- A total's days in brackets or between spaced dashes ('52 arrests over the two days (30 on
  4 May and 22 on 5 May)', 'held 58 people over two days - 37 on Saturday and 21 on Sunday -'),
  as after a comma.
"""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def _claims(text: str) -> list[tuple]:
    return [(c.text, c.measure, c.value, c.claimant, c.period) for c in extract_claims(Source(id="t", text=text))]


HEAD = "Market fire in Tamale: what we know\n\nSUMMARY (updated Sunday)\n"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            "- Detained: Interior Ministry 40 · KRC 66\n",
            [("40", "arrested", 40, "Interior Ministry", None), ("66", "arrested", 66, "KRC", None)],
            id="acronym-after-a-known-body",
        ),
        pytest.param(
            "- Dead: GHS 12 · Tamale Teaching Hospital 14\n",
            [("12", "killed", 12, "GHS", None), ("14", "killed", 14, "Tamale Teaching Hospital", None)],
            id="names-alone",
        ),
        pytest.param(
            "Dead: Health ministry 12 · NAWU (vendors' union) 19\n",
            [("12", "killed", 12, "Health ministry", None), ("19", "killed", 19, "NAWU", None)],
            id="a-gloss-in-brackets-after-the-name",
        ),
        pytest.param(
            "- Crowd: police ~900 / GMTA up to 4,000 · KRC 2,000–2,500\n",
            [
                ("~900", "participants", 900, "police", None),
                ("up to 4,000", "participants", 4000, "GMTA", None),
                ("2,000–2,500", "participants", 2000, "KRC", None),
            ],
            id="crowd-estimates-with-a-bound-and-a-range",
        ),
        pytest.param(
            "- Still in custody (Mon): Interior Ministry 11 · KRC 23\n",
            [("11", "arrested", 11, "Interior Ministry", "held"), ("23", "arrested", 23, "KRC", "held")],
            id="a-state-label-counts-those-still-held",
        ),
        pytest.param(
            "- Arrested Saturday: Sunday 14\n",
            [("14", "arrested", 14, None, None)],  # (a day before the figure names no one)
            id="a-day-is-no-source",
        ),
    ],
)
def test_named_sources_in_a_list_line(lines: str, expected: list[tuple]) -> None:
    assert _claims(HEAD + lines) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The bar association counted 52 arrests over the two days (30 on 4 May and 22 on 5 May), four of them minors.",
            ["52", "30", "22"],
            id="days-in-brackets",
        ),
        pytest.param(
            "Lawyers said the police had detained 58 people over two days - 37 on Saturday and 21 on Sunday - in the old town.",
            ["58", "37", "21"],
            id="days-between-dashes",
        ),
        pytest.param(
            "Police arrested 30 people on Friday - 40 on Saturday and 20 on Sunday - in the capital.",
            ["30"],  # (a total with a day of its own: the next days are no parts of it)
            id="a-dated-total-has-no-days-after-a-dash",
        ),
    ],
)
def test_days_of_a_total_in_brackets_or_dashes(text: str, expected: list[str]) -> None:
    claims = extract_claims(Source(id="t", text=text))
    assert [c.text for c in claims if c.measure == "arrested"] == expected
    assert all(c.scope and c.scope.startswith("part:") for c in claims[1 : len(expected)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The clinic said 212 people were treated, incl. 14 police officers.",
            [("212", "injured", None), ("14", "injured", "part")],
            id="incl-with-a-full-stop-is-no-sentence-end",
        ),
        pytest.param(
            "Police detained 37 people after the march. Among them are 5 minors, the lawyers said.",
            [("37", "arrested", None), ("5", "arrested", "part")],
            id="among-them-are",
        ),
        pytest.param(
            "The prosecutor said 26 people had been detained, three students among them.",
            [("26", "arrested", None), ("three", "arrested", "part")],
            id="noun-then-among-them",
        ),
    ],
)
def test_parts_after_a_total(text: str, expected: list[tuple]) -> None:
    got = [(c.text, c.measure, c.scope and c.scope.split(":")[0]) for c in extract_claims(Source(id="t", text=text))]
    assert got == expected


def test_a_table_on_one_line_after_a_colon_with_a_column_named_by_its_first_word() -> None:
    # a sentence leads into a table of places scraped onto one line; 'Died at home' names its
    # measure by its first word, 'Serious' is the seriously injured (a part of 'Treated')
    text = (
        "Flood toll\n\nThe district office gave its figures by place: Commune Treated Serious Died at home "
        "Kamsar 31 4 2 Boké 12 1 0 Total 43 5 2\n\nRescue teams are still searching.\n"
    )
    got = [(c.text, c.measure, c.place) for c in extract_claims(Source(id="t", text=text))]
    assert ("31", "injured", "Kamsar") in got
    assert ("4", "injured", "Kamsar") in got
    assert ("2", "killed", "Kamsar") in got
    assert ("43", "injured", None) in got


def test_a_table_under_a_sentence_with_a_colon_takes_its_source() -> None:
    text = (
        "Clinic figures\n\nAccording to a breakdown the health office gave to reporters, most victims went to the regional hospital:\n\n"
        "Hospital Treated Died Regional hospital 40 2 Mission clinic 11 1 Total 51 3\n\nThe office will update the figures.\n"
    )
    got = {(c.text, c.measure): c.claimant for c in extract_claims(Source(id="t", text=text))}
    assert "health office" in (got[("40", "injured")] or "")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param("- Detained: none (city police)\n", [("none", "arrested", 0, "city police", None)], id="none-with-its-source"),
        pytest.param("- Deaths: nil\n", [("nil", "killed", 0, None, None)], id="nil"),
        pytest.param("- Injured: none reported yet, police say\n", [], id="none-then-words-is-prose"),
    ],
)
def test_nobody_as_a_list_value(lines: str, expected: list[tuple]) -> None:
    assert _claims(HEAD + lines) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sit-in thread\n\nWas at the sit-in outside the ministry at noon, the protest was loud. I'd say about 2,000, very calm.",
            [("about 2,000", "participants")],
            id="a-protest-forum-guess",
        ),
        pytest.param(
            "Blast thread\n\nWas at the hospital this morning after the blast. I'd say about 2,000, mostly relatives.",
            [],
            id="no-protest-no-crowd",
        ),
    ],
)
def test_first_person_guess_of_a_crowd(text: str, expected: list[tuple]) -> None:
    assert [(c.text, c.measure) for c in extract_claims(Source(id="t", text=text))] == expected


def test_places_after_a_label_naming_places_are_no_sources() -> None:
    text = HEAD + "Deaths reported from other districts: Tolon 6, Savelugu 4, Yendi 3.\n"
    assert all(c.claimant not in ("Tolon", "Savelugu", "Yendi") for c in extract_claims(Source(id="t", text=text)))
