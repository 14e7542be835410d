"""Structured lines of real pages read end to end (extract_claims): infobox cells with a source in
brackets, live-blog and list lines whose label is the claimant, numbered headings that are no
claims. The example texts are invented."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source

LEX = load_lexicon()


def _claims(text: str) -> list[tuple]:
    return [
        (c.text, c.measure, c.qualifier, c.claimant)
        for c in extract_claims(Source(id="t", text=text), LEX)
        if c.measure != "other"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2031 Rift border skirmish\n\nStrength 900 troops Casualties and losses 14 killed[2] "
            "9 killed (Harbour Police)[3] 30+ killed (army claim)[2] 5 civilians killed[4] "
            "~2,000 displaced[4]\n\nThe skirmish lasted two days.\n",
            [
                ("900", "deployed", "exact", None),
                ("14", "killed", "exact", None),
                ("9", "killed", "exact", "Harbour Police"),
                ("30+", "killed", "at_least", "army"),
                ("5", "killed", "exact", None),
            ],
            id="infobox-run-together-a-bracket-after-the-measure-word-names-its-source-the-next-cell-has-none",
        ),
        pytest.param(
            "Casualties and losses\n14 killed[2]\n9 killed (Harbour Police)[3]\n5 civilians killed[4]\n",
            [
                ("14", "killed", "exact", None),
                ("9", "killed", "exact", "Harbour Police"),
                ("5", "killed", "exact", None),
            ],
            id="infobox-cells-one-per-line",
        ),
        pytest.param(
            "Contents\n1 Background\n2 Fighting\n3 Casualties\n4 Arrests\n5 References\n\n"
            "Arrests\n\nPolice detained 16 farm workers.\n",
            [("16", "arrested", "exact", None)],
            id="not-claims-numbered-contents-lines",
        ),
        pytest.param(
            "Floods in the north\n\nDead: 19, according to the Red Crescent\nInjured: 40, per the ministry\n"
            "Missing: 12\nDetained: \"hundreds\", per rights groups\nDisplaced: 3,000 (per OCHA)\n",
            [
                ("19", "killed", "exact", "the Red Crescent"),
                ("40", "injured", "exact", "the ministry"),
                ("hundreds", "arrested", "vague", "rights groups"),
            ],
            id="a-list-value-with-its-source-after-according-to-or-per",
        ),
        pytest.param(
            "Crowd size: police 4,000, organisers 15,000.\n",
            [("4,000", "participants", "exact", "police"), ("15,000", "participants", "exact", "organisers")],
            id="a-list-value-of-sources-each-before-its-figure-after-a-comma",
        ),
        pytest.param(
            "Key figures\n14 Dead\n230 Injured\n",
            [("14", "killed", "exact", None), ("230", "injured", "exact", None)],
            id="key-figures-on-lines-of-their-own-are-counts-not-numbered-headings",
        ),
        pytest.param(
            "Live updates\n\n- 15:20 – Prefectura: 7 detained, 3 officers hurt.\n"
            "- 16:05 – Atocha: about 600 people gathered.\n"
            "- 16:30 – SUMMA-Urgencias: 11 people attended on site, 2 taken to hospital.\n"
            "- 17:00 – The Prefectura has denied reports that a marcher died. SUMMA says its most "
            "serious patient is stable.\n",
            [
                ("7", "arrested", "exact", "Prefectura"),
                ("3", "injured", "exact", "Prefectura"),
                ("about 600", "participants", "approx", None),
                ("11", "injured", "exact", "SUMMA-Urgencias"),  # (attended by medics: treated)
                ("2", "injured", "exact", "SUMMA-Urgencias"),
            ],
            id="live-blog-label-naming-a-body-the-report-makes-speak-a-place-label-names-none",
        ),
        pytest.param(
            "Turnout estimates — Police: 45,000 • Organisers: 120,000\n",
            [
                ("45,000", "participants", "exact", "Police"),
                ("120,000", "participants", "exact", "Organisers"),
            ],
            id="bullet-separated-labels-under-a-heading-naming-the-measure",
        ),
        pytest.param(
            "Thousands marched through the port on Saturday.\n\nPolice: 45,000 • Organisers: 120,000\n",
            [
                ("Thousands", "participants", "vague", None),
                ("45,000", "participants", "exact", "Police"),
                ("120,000", "participants", "exact", "Organisers"),
            ],
            id="bullet-separated-labels-each-names-its-figures-claimant",
        ),
        pytest.param(
            "UPDATE No. 2\n\n7. Heat-related deaths reported from government hospitals in the city: 41 (forty-one).\n",
            [("41", "killed", "exact", None)],
            id="numbered-bulletin-line-a-long-label-and-the-figure-spelled-in-a-bracket-names-no-one",
        ),
        pytest.param(
            "Totals to date\n\nTotal number of wounded in action      14,239\n"
            "Vehicles damaged in the attacks      1,411\n",
            [("14,239", "injured", "exact", None)],
            id="label-and-figure-set-apart-by-a-tables-gap-vehicles-count-nothing",
        ),
        pytest.param(
            "Casualty estimates\n- Coast Guard: 12 dead, 40 injured (4 May)[2]\n"
            "- Health Service: 96 people treated, 21 hospitalised[3]\n- Fire Service: 2 brigade members killed[4]\n",
            [
                ("12", "killed", "exact", "Coast Guard"),
                ("40", "injured", "exact", "Coast Guard"),
                ("96", "injured", "exact", "Health Service"),
                ("21", "injured", "exact", "Health Service"),
                ("2", "killed", "exact", "Fire Service"),
            ],
            id="list-of-sources-the-measure-word-after-the-figures-subject-noun",
        ),
        pytest.param(
            "Date\t4 May 2031\nDeaths\t12[1]\nFirefighters\tc. 2,400 (firefighters, army units)[2]\n"
            "Organisers\tUnion of Harbour Workers\n",
            [
                ("12", "killed", "exact", None),
                ("c. 2,400", "deployed", "approx", None),
            ],
            id="infobox-cell-labelled-by-forces-alone-is-the-forces-sent-circa-is-about",
        ),
        pytest.param(
            "OFFICIAL NUMBERS\n- Civil Protection update 20:00: 27 confirmed dead, 305 injured, 9 missing\n"
            "- 16:00 – Prefecture: 12 detained, 4 officers hurt\n- Police: 8 detenidos por saqueo so far\n",
            [
                ("27", "killed", "exact", "Civil Protection"),
                ("305", "injured", "exact", "Civil Protection"),
                ("12", "arrested", "exact", "Prefecture"),
                ("4", "injured", "exact", "Prefecture"),
                ("8", "arrested", "exact", "Police"),
            ],
            id="forum-list-a-source-and-the-time-of-its-update-a-status-word-before-the-measure-spanish-detenidos",
        ),
        pytest.param(
            "Police: 4,000\nOrganisers: 20,000\n",
            [],
            id="not-claims-forces-labels-with-a-colon-in-a-list-name-who-counted-not-forces-sent",
        ),
    ],
)
def test_structured_lines(text: str, expected: list[tuple]):
    got = _claims(text)
    assert [g for g in got if g[2] != "denial"] == expected


UNMARKED_PLACES = (
    "Nurses' march: our count\n\n"
    "Our stewards counted the marchers at every junction of the three routes, as in past years. "
    "Our figures for the day are:\n\n"
    "Saturday 9 May\n"
    "Valdora: 42,000\n"
    "Sant Elm: 9,500\n"
    "Brisa: 3,000\n\n"
    "The police gave 11,000 in Valdora, far fewer than we saw.\n"
)


def test_unmarked_label_lines_under_a_count_of_marchers_are_the_crowd_place_by_place():
    """Lines 'Name: figure' with no list marks, under a passage that says the marchers were
    counted ('Our stewards counted the marchers …'), are crowd figures (measure/crowd-passage);
    each label is the figure's place when it or another label of its block is a place the report
    puts after 'in' ('in Valdora'): 'Sant Elm' and 'Brisa' are places beside 'Valdora'."""
    from claimcheck.layout import list_place

    found = _claims(UNMARKED_PLACES)
    assert [(t, m) for t, m, _, _ in found[:3]] == [
        ("42,000", "participants"), ("9,500", "participants"), ("3,000", "participants"),
    ]
    assert [list_place(UNMARKED_PLACES, UNMARKED_PLACES.index(f), LEX) for f in ("42,000", "9,500", "3,000")] == [
        "Valdora", "Sant Elm", "Brisa",
    ]
    text = "Crowd estimates\nPolice: 4,000\nOrganisers: 12,000\n"
    assert list_place(text, text.index("4,0"), LEX) is None  # a speaker's label is no place


def test_an_infobox_cell_with_a_plural_mark_and_middle_dots_gives_each_source_its_figure():
    """An infobox flattened with a single space after its label, the label's plural written
    'Death(s)', the sources' figures set apart by middle dots: each figure with its bracket."""
    text = "Riots\n\nCasualties\nDeath(s) 4 (police)[1] · 11+ (rights league)[2]\nArrest(s) 90 (police)[1]\n\nProse.\n"
    assert _claims(text) == [
        ("4", "killed", "exact", "police"),
        ("11+", "killed", "at_least", "rights league"),
        ("90", "arrested", "exact", "police"),
    ]


def test_a_colon_after_a_clause_is_prose_and_a_part_told_by_its_day_counts_the_whole():
    """'X has just sent us its figures: …' is a sentence with a colon, not a label ('sent' names
    no deployment there); '63 of them today' is a part of the arrests before it, told by its day."""
    text = "Live\n\n21:00\nThe governor's office has just sent us its night figures: 212 people arrested since Monday, 40 of them today.\n"
    assert [(t, m) for t, m, _, _ in _claims(text)] == [("212", "arrested"), ("40", "arrested")]


def test_a_long_line_of_sourced_figures_with_no_cell_label_is_read_without_error():
    """A long line (a table row of notes, quoting a key-figures box) whose figures name their
    sources in brackets but that holds no infobox cell label (no capitalised word right before
    a figure: 'Dead in the clashes: 2 (army) / 5 (rights group)') is no flattened infobox:
    reading it raises nothing."""
    from claimcheck.extract import extract_claims
    from claimcheck.models import Source

    line = (
        "| `07-review.txt` | a weekly review; a navigation bar, a headline, a standfirst, one heading per day, a "
        "flattened box of figures (`Dead in the clashes: 2 (army) / 5 (rights group)`, `40+`, "
        "`9,000+`) | `Updated: 2026-05-03, 10:15` under the byline |\n"
    )
    assert len(line) > 240
    extract_claims(Source(id="t", text=line))
