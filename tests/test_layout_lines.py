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


def test_an_unmarked_line_of_a_town_and_its_square_is_the_towns_with_both_sources_figures():
    """'Town, its square: ours / theirs' with no list marks: the town (before the comma) is the
    figures' place, whether the line has one figure or two sources' figures set apart by '/'."""
    from claimcheck.layout import list_place

    text = (
        "Turnout in the regions, union tally versus prefecture tally:\n\n"
        "Lyon, place Bellecour: 12,000 / 7,500\nNantes: 9,000 / 4,100\nRennes, Esplanade Charles de Gaulle: 5,000\n\n"
        "The marchers in Lyon walked to the prefecture.\n"
    )
    assert [list_place(text, text.index(f), LEX) for f in ("12,000", "7,500", "4,100", "5,000")] == [
        "Lyon", "Lyon", "Nantes", "Rennes",
    ]


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


# Tables scraped onto one line (issue 12), in our own sentences.


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


# Two kinds of rows the parser missed on sets written blind (issue 12), in our own sentences.
#
# - A list line's rival sources named by a proper name or an acronym the lexicon does not know,
#   before their figures, under a label naming the measure ('Detained: Interior Ministry 40 ·
#   KRC 66', 'Dead: Health ministry 12 · NAWU (vendors' union) 19'): only the first item, or the
#   items of known bodies, were read. A line labelled by a state ('Still in custody: …') counts
#   those still held.
# - A total's days in brackets or between spaced dashes ('52 arrests over the two days (30 on
#   4 May and 22 on 5 May)', 'held 58 people over two days - 37 on Saturday and 21 on Sunday -'),
#   as after a comma.


def _rows(text: str) -> list[tuple]:
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
    assert _rows(HEAD + lines) == expected


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
    ],
)
def test_days_of_a_total_in_brackets_or_dashes(text: str, expected: list[str]) -> None:
    claims = extract_claims(Source(id="t", text=text))
    assert [c.text for c in claims if c.measure == "arrested"] == expected
    assert all(c.scope and c.scope.startswith("part:") for c in claims[1 : len(expected)])


def test_a_dated_figure_has_no_days_after_a_dash():
    # a figure with a day of its own: the next days' figures are their own days' arrests (siblings
    # since ellipsis25's scope/elliptic-figure), no parts of it
    text = "Police arrested 30 people on Friday - 40 on Saturday and 20 on Sunday - in the capital."
    claims = extract_claims(Source(id="t", text=text))
    assert [(c.text, c.measure, c.scope) for c in claims] == [
        ("30", "arrested", None), ("40", "arrested", None), ("20", "arrested", None)
    ]


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
    assert _rows(HEAD + lines) == expected


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


# The structure of lists and tables, in our own sentences:
# an infobox value with a word before its source ('188 examined (Red Cross)[4]'), a crowd noun
# as an infobox label ('Onlookers 3,000 (council)[1]'), a 'Died' column of a table set apart by
# bars, a names-and-figures list under a heading of its measure ('Kisumu 4 | Busia 2'), and a
# table whose header has bars but whose rows a scraper set apart by single spaces.


LEAD = "A storm swept the coast on Monday.\n\n"


def _lead_claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (c.text, c.measure, c.claimant, c.place)
        for c in extract_claims(Source(id="t", text=LEAD + text))
        if c.measure in ("killed", "injured", "arrested", "participants")
    ]


def test_an_infobox_value_may_carry_a_word_before_its_source() -> None:
    found = _lead_claims("Injuries 188 examined (Red Cross)[4]; 140 (health office)[5]\n")
    assert [(t, m, who) for t, m, who, _ in found] == [("188", "injured", "Red Cross"), ("140", "injured", "health office")]


def test_a_word_of_another_measure_leaves_its_figure_to_the_sentence_parser() -> None:
    found = _lead_claims("Deaths 12 injured (ministry)[2]; 9 (police)[3]\n")
    assert ("12", "killed", "ministry", None) not in found


def test_a_crowd_noun_labels_an_infobox_crowd() -> None:
    found = _lead_claims("Onlookers 3,000 (council)[1] / 8,000 (police)[2]\n")
    assert [(t, m, who) for t, m, who, _ in found] == [("3,000", "participants", "council"), ("8,000", "participants", "police")]


def test_a_died_column_of_a_barred_table_counts_the_dead() -> None:
    table = "Hospital | Treated | Died\nSt Luke's Hospital | 40 | 2\nCounty Clinic | 12 | 0\n\nEnd.\n"
    found = _lead_claims(table)
    assert ("2", "killed", None, "St Luke's Hospital") in found
    assert ("40", "injured", None, "St Luke's Hospital") in found


def test_a_list_of_places_and_figures_under_a_heading_of_its_measure() -> None:
    found = _lead_claims("Deaths by county (Red Cross, Tuesday):\nKisumu 4 | Busia 2 | Siaya 1 | Total 7\n")
    assert found == [
        ("4", "killed", "Red Cross", "Kisumu"),
        ("2", "killed", "Red Cross", "Busia"),
        ("1", "killed", "Red Cross", "Siaya"),
        ("7", "killed", "Red Cross", None),
    ]


def test_names_and_figures_under_a_heading_naming_no_measure_are_no_list() -> None:
    assert _lead_claims("Opening hours by branch:\nKisumu 9 | Busia 8 | Siaya 10\n") == []


def test_a_barred_header_over_rows_set_apart_by_single_spaces() -> None:
    table = (
        "Arrests by town - police figures against the lawyers' count\n"
        "Town | Police tally (3 May) | Bar Council list (4 May)\n"
        "Kisumu 14 20\n"
        "Busia 6 9\n\n"
        "End.\n"
    )
    assert _lead_claims(table) == [
        ("14", "arrested", "Police", "Kisumu"),
        ("20", "arrested", "Bar Council", "Kisumu"),
        ("6", "arrested", "Police", "Busia"),
        ("9", "arrested", "Bar Council", "Busia"),
    ]


def test_an_infoboxs_number_field_sizes_the_crowd_on_each_dated_line_under_it():
    """A conflict infobox's 'Number' field alone on its line, then a line per day of the sources'
    figures, brackets and citations after each and a dash between them: crowd figures."""
    text = (
        "Parties\nDockers' union\nPort authority\nNumber\n"
        "2 May: 1,800 (port authority)[4] - 7,000 (union)[5]\n"
        "Casualties\nArrests\t12 (police)[6]\n"
    )
    assert _claims(text) == [
        ("1,800", "participants", "exact", "port authority"),
        ("7,000", "participants", "exact", "union"),
        ("12", "arrested", "exact", "police"),
    ]
    assert _claims("Number\nPlatform 2: 1,800 trains\n") == []  # no day label and no source: no crowd


# (id, text, claims): a list value's figure, then words saying where, when or how its people were counted
WORDS_ON_A_FIGURE = [
    ("a-place-word-then-its-source", "Officers hurt: 17 nationwide (Carabineros)\n", [("17", "injured", "exact", "Carabineros")]),
    (
        "a-region-named-in-capitals",
        "Detained: 46 nationwide / 31 Metropolitan Region · 53 in Santiago (lawyers)\n",
        [("46", "arrested", "exact", None), ("31", "arrested", "exact", None), ("53", "arrested", "exact", "lawyers")],
    ),
    ("a-time-as-of", "- Recaptured: 35 as of Tue 12 May (Ministry). Escaped total 47.\n", [("35", "arrested", "exact", "Ministry")]),
    ("the-measures-own-words", "Injured: Red Cross 60+ attended on site\n", [("60+", "injured", "at_least", "Red Cross")]),
    ("a-kind-of-people-then-a-source", "Arrested: 3 port employees (prosecutor, Friday)\n", [("3", "arrested", "exact", "prosecutor")]),
    (
        "parts-of-a-total-by-site",
        "Arrests: 167 (police, whole week) - 131 North Gate / 36 Riverside\n",
        [("167", "arrested", "exact", "police"), ("131", "arrested", "exact", "police"), ("36", "arrested", "exact", "police")],
    ),
    (
        "how-badly-after-each-figure",
        "Wounded: 12 minor, 3 serious (district hospital)\n",
        [("12", "injured", "exact", "district hospital"), ("3", "injured", "exact", "district hospital")],
    ),
    (
        "countrywide-then-a-place-after-a-preposition",
        "Dead: 9 countrywide, 4 in the capital (civil protection)\n",
        [("9", "killed", "exact", "civil protection"), ("4", "killed", "exact", "civil protection")],
    ),
    (
        "parts-after-a-dash-take-the-totals-source",
        "Dead: 40 (ministry) - 22 Kassala / 18 Gedaref\n",
        [("40", "killed", "exact", "ministry"), ("22", "killed", "exact", "ministry"), ("18", "killed", "exact", "ministry")],
    ),
    ("not-people-after-the-figure", "Vehicles burnt: 37 cars\nDamage: 6.3 billion euros\nInjured: 14 horses (vet)\n", []),
]


# (id, text, claims): a heading naming a measure, a dash, then figures with no label of their own
DASH_THEN_FIGURES = [
    ("a-measure-dash-then-its-figure", "Arrests — 1,050\n", [("1,050", "arrested", "exact", None)]),
    (
        "two-sources-figures-after-the-dash",
        "Detained at the gate — 6 (police) / 11 (families)\n",
        [("6", "arrested", "exact", "police"), ("11", "arrested", "exact", "families")],
    ),
    ("a-bullet-an-en-dash-and-a-qualifier", "• Killed – about 40 (health ministry)\n", [("about 40", "killed", "approx", "health ministry")]),
    (
        "a-floor-then-a-second-source",
        "Injured — at least 75 (Red Crescent), 120 (opposition)\n",
        [("at least 75", "injured", "at_least", "Red Crescent"), ("120", "injured", "exact", "opposition")],
    ),
    (
        "a-quoted-figure-after-the-dash",
        'Turnout — "more than 30,000" (organisers)\n',
        [("more than 30,000", "participants", "more_than", "organisers")],
    ),
    (
        "how-badly-after-the-dash",
        "Wounded — 12 minor, 3 serious (district hospital)\n",
        [("12", "injured", "exact", "district hospital"), ("3", "injured", "exact", "district hospital")],
    ),
    ("no-measure-before-the-dash", "Hostages — 13 (11 officers, 2 nurses), all freed\n", []),
    ("an-infobox-of-an-organisation", "Founded — 1998\nMembers — 4,000 (2024)\n", []),
]


# (id, text, claims): a row whose label names a measure, set apart from its value by a bar or a box's short dot leader
ROW_LABEL_CELLS = [
    (
        "an-infobox-drawn-as-a-table",
        "| Attendance      | 150,000-350,000 (2015-2025 estimates)[2][3]\n| Injuries        | 31 (police)[9]; 47 (hospital)[12]\n",
        [("150,000-350,000", "participants", "range", None), ("31", "injured", "exact", "police"), ("47", "injured", "exact", "hospital")],
    ),
    (
        "a-year-before-the-label",
        "| 2026 attendance | ~180,000 (police)[9]; 210,000-240,000 at peak (Red Cross)[11]\n",
        [("~180,000", "participants", "approx", "police"), ("210,000-240,000", "participants", "range", "Red Cross")],
    ),
    ("a-closing-bar", "| Arrested | 12 (prefecture) |\n", [("12", "arrested", "exact", "prefecture")]),
    ("a-label-naming-no-measure", "| Location | Kiwanjani Hill, 12 km from town |\n| Founded | 1988 |\n", []),
    (
        "a-box-with-short-leaders",
        "+--------------------------------------+\n| Taken to hospital .. 6 (Ambulance Service)  |\n"
        "| Officers hurt ... 4, minor (police)  |\n+--------------------------------------+\n",
        [("6", "injured", "exact", "Ambulance Service"), ("4", "injured", "exact", "police")],
    ),
    ("short-leaders-in-a-plain-list", "Dead ... 7 (Red Crescent)\nMissing ... 2\n", [("7", "killed", "exact", "Red Crescent")]),
    ("an-ellipsis-in-prose-is-no-leader", "We waited ... and at 14 the buses came\n", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in ROW_LABEL_CELLS])
def test_a_rows_label_set_apart_by_a_bar_or_short_leaders(text: str, expected: list[tuple]) -> None:
    """An infobox row drawn as a table ('| Attendance | ~180,000 (police)[9]') and a box's row with
    short dot leaders ('Officers hurt ... 4 (police)') are a label and its value; a label that names
    no measure gives nothing."""
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in WORDS_ON_A_FIGURE])
def test_words_on_a_list_figure_where_when_or_how(text: str, expected: list[tuple]) -> None:
    """A list value's figure followed by words saying where ('nationwide', a place's name), when ('as
    of Tue') or how its people were counted ('attended on site', 'minor') is the label's measure; words
    naming something else counted ('cars', 'euros', 'horses') leave it alone."""
    assert _claims(text) == expected


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in DASH_THEN_FIGURES])
def test_a_measure_heading_dash_then_figures(text: str, expected: list[tuple]) -> None:
    """A line whose heading names a measure and whose dash is followed straight by figures ('Arrests
    — 1,050'): the heading is their label; a heading naming no measure gives nothing."""
    assert _claims(text) == expected


# (id, text, claims): an infobox cell of several sources' figures, each closed by its bracket, the next run
# into it or set apart by a space or a semicolon. Written before the reader (first run at d885be3: 7 of 12
# failed, each a figure run into the bracket before it, or a label of two words run into its figure; 0 after).
SOURCES_IN_ONE_CELL = [
    ("a-floor-run-into-the-bracket-before", "The 2031 incident\nDeaths31 (Interior Ministry)44+ (Red Crescent)[3]\n",
     [("31", "killed", "exact", "Interior Ministry"), ("44+", "killed", "at_least", "Red Crescent")]),
    ("a-label-of-two-words-run-into-its-figure", "The 2031 incident\nNon-fatal injuries120 (health office)~200 (volunteer medics)[7]\n",
     [("120", "injured", "exact", "health office"), ("~200", "injured", "approx", "volunteer medics")]),
    ("no-citation-at-all", "The 2031 incident\nArrests56 (prosecutor)80 (lawyers' guild)\n",
     [("56", "arrested", "exact", "prosecutor"), ("80", "arrested", "exact", "lawyers' guild")]),
    ("a-middle-dot-between", "The 2031 incident\nDetained  14 (gendarmerie) · 22 (students' union)\n",
     [("14", "arrested", "exact", "gendarmerie"), ("22", "arrested", "exact", "students' union")]),
    ("citations-and-a-space-between", "The 2031 incident\nFatalities 3 (fire brigade)[1] 6 (hospital trust)[2]\n",
     [("3", "killed", "exact", "fire brigade"), ("6", "killed", "exact", "hospital trust")]),
    ("a-range-run-into-the-bracket-before", "The 2031 incident\nWounded27 (army)35-40 (local clinic)\n",
     [("27", "injured", "exact", "army"), ("35-40", "injured", "range", "local clinic")]),
    ("a-dash-between", "The 2031 incident\nArrested 17 (police)[2] – 25 (detainees' families)[3]\n",
     [("17", "arrested", "exact", "police"), ("25", "arrested", "exact", "detainees' families")]),
    ("a-ministry-then-the-opposition", "The 2031 incident\nDead13 (Ministry of Health)19 (opposition)[4]\n",
     [("13", "killed", "exact", "Ministry of Health"), ("19", "killed", "exact", "opposition")]),
    ("three-sources-after-semicolons", "The 2031 incident\nInjuries        8 (port authority); 11 (dockers' union); 15+ (Red Cross)\n",
     [("8", "injured", "exact", "port authority"), ("11", "injured", "exact", "dockers' union"), ("15+", "injured", "at_least", "Red Cross")]),
    ("hospitalised-run-together", "The 2031 incident\nHospitalised9 (county hospital)12 (ambulance service)[1]\n",
     [("9", "injured", "exact", "county hospital"), ("12", "injured", "exact", "ambulance service")]),
    ("a-bracket-of-numbers-is-no-source", "The 2031 incident\nArrests49 (38 + 11)64 (bar association)\n",
     [("49", "arrested", "exact", None), ("64", "arrested", "exact", "bar association")]),
    ("a-year-after-the-bracket-is-no-figure", "The 2031 incident\nFounded1988 (as a cooperative)\nMembers4,000 (2024)\n", []),
    # written after the reader, without looking at it (its second first run: 1 of 6 failed, below)
    ("second-a-prefecture-and-morgue-staff", "The 2031 riot\nDeaths4 (prefecture)7 (morgue staff)[2]\n",
     [("4", "killed", "exact", "prefecture"), ("7", "killed", "exact", "morgue staff")]),
    ("second-two-spaces-no-citations", "The 2031 riot\nInjuries  23 (fire service) 31 (hospital)\n",
     [("23", "injured", "exact", "fire service"), ("31", "injured", "exact", "hospital")]),
    ("second-a-label-with-its-noun", "The 2031 riot\nArrested people12 (police)19 (lawyers)\n",
     [("12", "arrested", "exact", "police"), ("19", "arrested", "exact", "lawyers")]),
    ("second-a-crowd-floor-after-a-citation", "The 2031 riot\nAttendance1,200 (council)[1]3,000+ (organisers)[2]\n",
     [("1,200", "participants", "exact", "council"), ("3,000+", "participants", "at_least", "organisers")]),
    ("second-how-badly", "The 2031 riot\nSeriously injured5 (hospital)8 (union)\n",
     [("5", "injured", "exact", "hospital"), ("8", "injured", "exact", "union")]),
    ("second-about-after-the-bracket", "The 2031 riot\nDetentions61 (interior ministry)~90 (OVD-Info)\n",
     [("61", "arrested", "exact", "interior ministry"), ("~90", "arrested", "approx", "OVD-Info")]),
]
_CELL_MISS: dict[str, str] = {}  # known misses by id (the last, 'Arrested people12 (police)', read since each cell of a line run together from its start is read apart)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(t, e, id=i, marks=[pytest.mark.xfail(strict=True, reason=_CELL_MISS[i])] if i in _CELL_MISS else [])
    for i, t, e in SOURCES_IN_ONE_CELL
])
def test_several_sources_figures_in_one_infobox_cell(text: str, expected: list[tuple]) -> None:
    """An infobox cell giving several sources' figures, each closed by its bracket naming who gave it:
    the next figure may follow the bracket at once ('31 (Interior Ministry)44+ (Red Crescent)'), after a space,
    a dash or a semicolon; a label of two words may run into its first figure ('Non-fatal injuries41')."""
    assert _claims(text) == expected


_SENT_MISS = pytest.mark.xfail(strict=True, reason="a known miss: an item the deployment's list reader does not split off")

# (id, text, claims): under a label of those sent ('Deployment', 'Deployed', 'Sent', 'On duty', 'Mobilised'), a
# name before a figure is the body sent, not who counted it; a bracket after the figure still names who did.
# Written before the reader (first run at d885be3: 10 of 12 failed, each name read as the figure's claimant;
# after it, 5 of 12, the known misses below).
NAMES_OF_THOSE_SENT = [
    pytest.param("The 2031 flood\nDeployment: Coast Guard 30 / Marines about 120 / Civil Defence 85\n",
                 [("30", "deployed", "exact", None), ("about 120", "deployed", "approx", None), ("85", "deployed", "exact", None)],
                 id="slashes-between-bodies"),
    pytest.param("The 2031 flood\nDeployed: Army c. 350; Navy 46; Rescue Service 180\n",
                 [("c. 350", "deployed", "approx", None), ("46", "deployed", "exact", None), ("180", "deployed", "exact", None)],
                 id="semicolons-between-bodies"),
    pytest.param("The 2031 flood\nSent: Gendarmerie 200, Fire brigade 65\n",
                 [("200", "deployed", "exact", None), ("65", "deployed", "exact", None)], id="commas-between-bodies"),
    pytest.param("The 2031 flood\nForces deployed — State Police 400; Army 1,000+\n",
                 [("400", "deployed", "exact", None), ("1,000+", "deployed", "at_least", None)], id="after-a-dash"),
    pytest.param("The 2031 flood\nOn duty: riot police 600; municipal guards 150\n",
                 [("600", "deployed", "exact", None), ("150", "deployed", "exact", None)], id="forces-in-lower-case"),
    pytest.param("The 2031 flood\nDeployed\tCarabinieri 210; Alpini 90\n",
                 [("210", "deployed", "exact", None), ("90", "deployed", "exact", None)], id="after-a-tab"),
    pytest.param("The 2031 flood\nMobilised: Civil Protection 240 · Red Crescent 75\n",
                 [("240", "deployed", "exact", None), ("75", "deployed", "exact", None)], id="middle-dots-between-bodies"),
    pytest.param("The 2031 flood\n| Deployed | Bomberos 48; Cruz Roja 31 |\n",
                 [("48", "deployed", "exact", None), ("31", "deployed", "exact", None)], id="a-barred-row"),
    pytest.param("The 2031 flood\nResponders: 60 Mountain Rescue; 35 Red Cross[3]\n",
                 [("60", "deployed", "exact", None), ("35", "deployed", "exact", None)], id="the-body-after-its-figure", marks=_SENT_MISS),
    pytest.param("The 2031 flood\nDeployed: 1,200 (Interior Ministry)\n",
                 [("1,200", "deployed", "exact", "Interior Ministry")], id="a-bracket-names-who-counted"),
    pytest.param("The 2031 flood\nCrowd estimates: police 4,000; organisers 15,000\n",
                 [("4,000", "participants", "exact", "police"), ("15,000", "participants", "exact", "organisers")],
                 id="a-crowds-names-are-who-counted"),
    pytest.param("The 2031 flood\nDispatched: Navy divers 12, Coast Guard 2 boats\n",
                 [("12", "deployed", "exact", None)], id="boats-are-no-count-of-people"),
    # written after the reader, without looking at it (its second first run: 3 of 6 failed, below)
    pytest.param("The 2031 riot\nDeployed: National Guard 2,000; State Troopers 350\n",
                 [("2,000", "deployed", "exact", None), ("350", "deployed", "exact", None)], id="second-guards-and-troopers"),
    pytest.param("The 2031 riot\nSent to the scene: Fire Department 45, EMS 20, Red Cross 12\n",
                 [("45", "deployed", "exact", None), ("20", "deployed", "exact", None), ("12", "deployed", "exact", None)],
                 id="second-three-services"),
    pytest.param("The 2031 riot\nMobilized — Army 500 · Police 1,200\n",
                 [("500", "deployed", "exact", None), ("1,200", "deployed", "exact", None)], id="second-after-a-dash"),
    pytest.param("The 2031 riot\nDeployment (by agency): Gendarmerie 300; Civil Defence 120\n",
                 [("300", "deployed", "exact", None), ("120", "deployed", "exact", None)], id="second-a-bracket-in-the-label",
                 marks=pytest.mark.xfail(strict=True, reason="the label's bracket 'by agency' reads as who counted")),
    pytest.param("The 2031 riot\nOn duty: Metropolitan Police 1,500 (Met)\n",
                 [("1,500", "deployed", "exact", "Met")], id="second-the-force-counts-itself"),
    pytest.param("The 2031 riot\nDispatched: Border Police 80; Navy 2 ships\n",
                 [("80", "deployed", "exact", None)], id="second-ships-are-no-count-of-people"),
    # written after the reader of bodies named before figures in each item (tables26b): at main 5 of 12 failed, after 1
    pytest.param('The 2031 storm\nDeployed: Fire Brigade 140; paramedics 65\n',
                 [('140', 'deployed', 'exact', None), ('65', 'deployed', 'exact', None)], id='third-brigade-and-paramedics'),
    pytest.param('The 2031 storm\nOn the ground: Civil Defence 90, volunteer divers 25\n',
                 [('90', 'deployed', 'exact', None), ('25', 'deployed', 'exact', None)], id='third-on-the-ground',
                 marks=pytest.mark.xfail(strict=True, reason="'On the ground' names no deployment the lexicon knows")),
    pytest.param('The 2031 storm\nSent in: Border Guard 400 · Coastguard 55\n',
                 [('400', 'deployed', 'exact', None), ('55', 'deployed', 'exact', None)], id='third-border-guard-and-coastguard'),
    pytest.param('The 2031 storm\nDeployed: gendarmerie 800; mounted police 40\n',
                 [('800', 'deployed', 'exact', None), ('40', 'deployed', 'exact', None)], id='third-gendarmerie-lower-case'),
    pytest.param('The 2031 storm\nMobilised: Territorial Army 1,100; reservists 300\n',
                 [('1,100', 'deployed', 'exact', None), ('300', 'deployed', 'exact', None)], id='third-territorial-army-and-reservists'),
    pytest.param('The 2031 storm\nDeployment: riot squads 250, traffic wardens 80, park rangers 15\n',
                 [('250', 'deployed', 'exact', None), ('80', 'deployed', 'exact', None), ('15', 'deployed', 'exact', None)], id='third-three-services-by-commas'),
    pytest.param('The 2031 storm\nDeployed: National Guard 600; Rangers about 90\n',
                 [('600', 'deployed', 'exact', None), ('about 90', 'deployed', 'approx', None)], id='third-rangers-about'),
    pytest.param('The 2031 storm\nOn duty: special forces 120; dog handlers 12\n',
                 [('120', 'deployed', 'exact', None), ('12', 'deployed', 'exact', None)], id='third-special-forces-and-dog-handlers'),
    pytest.param('The 2031 storm\nDeployed: Mountain Rescue 45; Salvamento Marítimo 30\n',
                 [('45', 'deployed', 'exact', None), ('30', 'deployed', 'exact', None)], id='third-a-foreign-bodys-name'),
    pytest.param('The 2031 storm\nDispatched: state police 700; federal agents 150\n',
                 [('700', 'deployed', 'exact', None), ('150', 'deployed', 'exact', None)], id='third-state-police-and-federal-agents'),
    pytest.param('The 2031 storm\nDeployed: Sapeurs-pompiers 320; Protection civile 60\n',
                 [('320', 'deployed', 'exact', None), ('60', 'deployed', 'exact', None)], id='third-french-bodies'),
    pytest.param('The 2031 storm\nDeployed: Guardia Civil 500; Policía Local 75 (city hall)\n',
                 [('500', 'deployed', 'exact', None), ('75', 'deployed', 'exact', 'city hall')], id='third-spanish-bodies-with-a-bracket'),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_OF_THOSE_SENT)
def test_names_before_figures_under_a_deployment_label_are_the_bodies_sent(text: str, expected: list[tuple]) -> None:
    """'Deployed: Army c. 350; Navy 46': the army and the navy are who was sent, no claimants (a crowd's
    'police 4,000; organisers 15,000' are who counted)."""
    assert _claims(text) == expected


_PART_MISS = pytest.mark.xfail(strict=True, reason="a known miss of the label line's parts")
# 'Injured: 64 people, 49 of them taken to hospital': a part told after the label's value by its
# figure then 'of them' / 'of whom' counts the value's measure. Written before the reader
# (first run at main: 9 of 12 failed).
PARTS_AFTER_A_LABEL_VALUE = [
    pytest.param("The 2031 riot\nInjured: 64 people, 49 of them taken to hospital\n",
                 [("64", "injured", None), ("49", "injured", "part")], id="of-them-taken-to-hospital"),
    pytest.param("The 2031 riot\nWounded: 212, of whom 37 were admitted to clinics\n",
                 [("212", "injured", None), ("37", "injured", "part")], id="of-whom-before-the-figure"),
    pytest.param("The 2031 riot\nHurt: 58 demonstrators, 11 of them seriously\n",
                 [("58", "injured", None), ("11", "injured", "part")], id="of-them-seriously"),
    pytest.param("The 2031 riot\nArrested: 140, including 23 minors\n",
                 [("140", "arrested", None), ("23", "arrested", "part")], id="including-minors"),
    pytest.param("The 2031 riot\nDetained: 95 people, 30 of whom were later freed\n",
                 [("95", "arrested", None), ("30", "arrested", "part")], id="of-whom-later-freed"),
    pytest.param("The 2031 riot\nCasualties — injured: 77, 20 of them police officers\n",
                 [("77", "injured", None), ("20", "injured", "part")], id="of-them-a-noun"),
    pytest.param("The 2031 riot\nDead: 19, among them 4 children\n",
                 [("19", "killed", None), ("4", "killed", "part")], id="among-them"),
    pytest.param("The 2031 riot\nInjuries: 33 protesters, 9 of them hospitalised\n",
                 [("33", "injured", None), ("9", "injured", "part")], id="of-them-hospitalised"),
    pytest.param("The 2031 riot\nDetentions: 61 (12 of them women)\n",
                 [("61", "arrested", None), ("12", "arrested", "part")], id="of-them-in-a-bracket"),
    pytest.param("The 2031 riot\nCasualties: 120 injured, 45 of whom needed surgery\n",
                 [("120", "injured", None), ("45", "injured", "part")], id="of-whom-needed-surgery"),
    pytest.param("The 2031 riot\nArrests: 310 across the city, 200 of them in the centre\n",
                 [("310", "arrested", None), ("200", "arrested", "part")], id="of-them-a-place"),
    pytest.param("The 2031 riot\nKilled: 8 people, 3 of them firefighters\n",
                 [("8", "killed", None), ("3", "killed", "part")], id="of-them-firefighters"),
]


def test_a_closing_bracket_before_a_full_stop_names_who_gave_the_value_and_its_parts() -> None:
    text = "Collision\n- Injured: 64 people, 49 of them taken to hospital (fire service).\n"
    got = [(c.text, c.claimant) for c in extract_claims(Source(id="t", text=text), LEX)]
    assert got == [("64", "fire service"), ("49", "fire service")]


@pytest.mark.parametrize(("text", "expected"), PARTS_AFTER_A_LABEL_VALUE)
def test_parts_told_after_a_label_value(text: str, expected: list[tuple]) -> None:
    got = [(c.text, c.measure, c.scope and c.scope.split(":")[0]) for c in extract_claims(Source(id="t", text=text), LEX)]
    assert got == expected


# 'Deployed: 240 Civil Protection, 75 Red Crescent': under a deployment's label a body's name after
# the figure is the body sent, no place (a town's name stays the place: 'Deployed: 300 Lagos').
# Written before the reader (first run at main: 9 of 12 gave the body as the place).
BODIES_AFTER_FIGURES = [
    pytest.param('The 2031 quake\nDeployed: 240 Civil Protection, 75 Red Crescent\n', [('240', 'deployed', None), ('75', 'deployed', None)], id='civil-protection-and-red-crescent'),
    pytest.param('The 2031 quake\nDeployed: 60 Mountain Rescue; 35 Red Cross\n', [('60', 'deployed', None), ('35', 'deployed', None)], id='mountain-rescue-and-red-cross'),
    pytest.param('The 2031 quake\nSent: 500 Army, 120 Navy\n', [('500', 'deployed', None), ('120', 'deployed', None)], id='army-and-navy'),
    pytest.param('The 2031 quake\nDeployed: 1,200 National Guard\n', [('1,200', 'deployed', None)], id='national-guard'),
    pytest.param('The 2031 quake\nMobilised: 300 Gendarmerie / 90 Fire Service\n', [('300', 'deployed', None), ('90', 'deployed', None)], id='gendarmerie-and-fire-service'),
    pytest.param('The 2031 quake\nDeployed: 45 Coast Guard · 20 Air Force\n', [('45', 'deployed', None), ('20', 'deployed', None)], id='coast-guard-and-air-force'),
    pytest.param('The 2031 quake\nDeployed: 800 Federal Police; 150 Civil Defence\n', [('800', 'deployed', None), ('150', 'deployed', None)], id='federal-police-and-civil-defence'),
    pytest.param('The 2031 quake\nDispatched: 64 Ambulance Service, 30 Red Crescent\n', [('64', 'deployed', None), ('30', 'deployed', None)], id='ambulance-service'),
    pytest.param('The 2031 quake\nDeployed: 400 Interior Ministry troops\n', [('400', 'deployed', None)], id='ministry-troops'),
    pytest.param('The 2031 quake\nDeployed: 350 Carabinieri, 40 Alpine Rescue\n', [('350', 'deployed', None), ('40', 'deployed', None)], id='carabinieri-and-alpine-rescue'),
    pytest.param('The 2031 quake\nOn duty: 2,000 Metropolitan Police\n', [('2,000', 'deployed', None)], id='metropolitan-police'),
    pytest.param('The 2031 quake\nDeployed: 90 Marines; 25 Border Police\n', [('90', 'deployed', None), ('25', 'deployed', None)], id='marines-and-border-police'),
    pytest.param("The 2031 quake\nDeployed: 300 Lagos, 120 Abuja\n", [("300", "deployed", "Lagos"), ("120", "deployed", "Abuja")],
                 id="a-towns-name-stays-the-place"),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_AFTER_FIGURES)
def test_a_bodys_name_after_a_deployments_figure_is_no_place(text: str, expected: list[tuple]) -> None:
    got = [(c.text, c.measure, c.place) for c in extract_claims(Source(id="t", text=text), LEX) if c.measure != "other"]
    assert got == expected


# 'Injured — 120 people': a label's dash before its figure and the words on it, with no colon, tab
# or figure at the line's end; under a deployment's dash, bodies then figures ('Mobilised — Army 500 ·
# Police 1,200'). Written before the reader (first run at main: 10 of 12 failed).
DASHED_LABELS = [
    pytest.param('The 2031 unrest\nInjured — 120 people\n', [('120', 'injured', None)], id='dash-people'),
    pytest.param('The 2031 unrest\nArrested – 37 students\n', [('37', 'arrested', None)], id='dash-students'),
    pytest.param('The 2031 unrest\nHurt — 58 marchers, 11 of them seriously\n', [('58', 'injured', None), ('11', 'injured', None)], id='dash-parts-after'),
    pytest.param('The 2031 unrest\nDead — 14 (morgue count)\n', [('14', 'killed', 'morgue')], id='dash-a-bracket'),
    pytest.param('The 2031 unrest\nDetained — about 400 people\n', [('about 400', 'arrested', None)], id='dash-about'),
    pytest.param('The 2031 unrest\nMobilised — Army 500 · Police 1,200\n', [('500', 'deployed', None), ('1,200', 'deployed', None)], id='dash-bodies-and-middle-dots'),
    pytest.param('The 2031 unrest\nDeployed — Gendarmerie 700; firefighters 90\n', [('700', 'deployed', None), ('90', 'deployed', None)], id='dash-bodies-and-semicolons'),
    pytest.param('The 2031 unrest\nKilled – at least 9 villagers\n', [('at least 9', 'killed', None)], id='dash-at-least'),
    pytest.param('The 2031 unrest\nWounded — 230 civilians\n', [('230', 'injured', None)], id='dash-civilians'),
    pytest.param('The 2031 unrest\nDeployed — riot police 2,000\n', [('2,000', 'deployed', None)], id='dash-riot-police'),
    pytest.param('The 2031 unrest\nArrests — 61 men and women\n', [('61', 'arrested', None)], id='dash-men-and-women'),
    pytest.param('The 2031 unrest\nInjured — 33 officers (police union)\n', [('33', 'injured', 'police union')], id='dash-officers-and-who-counted'),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_LABELS)
def test_a_label_set_apart_by_a_dash_before_its_figure(text: str, expected: list[tuple]) -> None:
    got = [(c.text, c.measure, c.claimant) for c in extract_claims(Source(id="t", text=text), LEX) if c.measure != "other"]
    assert got == expected


# 'Detained in Athens (police, 7pm): 28': a label's bracket giving who counted and the hour they
# counted to; the hour names nobody. Written before the reader (first run at main: 7 of 12 failed).
WHO_AND_WHEN_IN_A_LABEL = [
    pytest.param('The 2031 strike\nDetained in Athens (police, 7pm): 28\n', [('28', 'arrested', 'police')], id='police-7pm'),
    pytest.param('The 2031 strike\nArrested in Lyon (prefecture, 18:00): 41\n', [('41', 'arrested', 'prefecture')], id='prefecture-clock'),
    pytest.param('The 2031 strike\nInjured (health ministry, Tuesday): 63\n', [('63', 'injured', 'health ministry')], id='ministry-weekday'),
    pytest.param('The 2031 strike\nMarchers in Porto (union, midday): 12,000\n', [("12,000", "participants", "union")], id='union-midday'),
    pytest.param('The 2031 strike\nDead (civil defence, 9 am): 5\n', [('5', 'killed', 'civil defence')], id='civil-defence-9-am'),
    pytest.param('The 2031 strike\nHurt in Kraków (ambulance service, evening): 17\n', [('17', 'injured', 'ambulance service')], id='ambulance-evening'),
    pytest.param('The 2031 strike\nDetained (interior ministry, Friday night): 112\n', [('112', 'arrested', 'interior ministry')], id='ministry-friday-night'),
    pytest.param('The 2031 strike\nCrowd in Valencia (organisers, noon): 30,000\n', [('30,000', 'participants', 'organisers')], id='organisers-noon'),
    pytest.param('The 2031 strike\nArrests in Durban (SAPS, 8pm): 54\n', [('54', 'arrested', 'SAPS')], id='saps-8pm'),
    pytest.param('The 2031 strike\nInjured in Ghent (fire brigade, 3pm): 9\n', [('9', 'injured', 'fire brigade')], id='fire-brigade-3pm'),
    pytest.param('The 2031 strike\nKilled (hospital sources, overnight): 3\n', [('3', 'killed', 'hospital sources')], id='hospital-overnight'),
    pytest.param("The 2031 strike\nDetained in Izmir (governor's office, 22:30): 76\n", [('76', 'arrested', "governor's office")], id='governors-office-clock'),
]


@pytest.mark.parametrize(("text", "expected"), WHO_AND_WHEN_IN_A_LABEL)
def test_a_labels_bracket_of_who_and_when(text: str, expected: list[tuple]) -> None:
    got = [(c.text, c.measure, c.claimant) for c in extract_claims(Source(id="t", text=text), LEX) if c.measure != "other"]
    assert got == expected


# places29: a line labelled with a proper name and a colon or a dash ('Ostrava: 3,000 (police) /
# 8,000 (union)', '• Brenno — 40 held', 'Pinefield - Police: 700 | Union: 2,500') is that place's
# figure when the name can only be where its figures were counted: the line tells its figures'
# sources beside them, or a line next to it is labelled so too; not only when the report names
# the place after 'in' elsewhere. Under a dateline of another city, whose lead names no place of
# the list. Written before the reader, not from any set (first run at main: 14 of 14 failed;
# three lines read no figure at all, a crowd's measure from its lead-in).
_LIST_LEAD = "VELORIA, March 3 (Wire) - Thousands of nurses marched in Veloria on Tuesday, the union said.\n\n"
_NO_FIGURE = pytest.mark.xfail(strict=True, reason="no figure read: a block of lines under a lead-in naming its crowd")
NAMED_LABEL_LINES = [
    pytest.param("Other marches:\nOstrava: 3,000 (police) / 8,000 (union)\n", "3,000", "Ostrava", id="slash-brackets"),
    pytest.param("Other marches:\nOstrava: 3,000 (police) / 8,000 (union)\n", "8,000", "Ostrava", id="slash-brackets-second"),
    pytest.param("Arrests by 20:00:\n• Brenno — 40 held\n• Sallow — 12 held\n", "40", "Brenno", id="bullet-dash-held"),
    pytest.param("Arrests by 20:00:\n• Brenno — 40 held\n• Sallow — 12 held\n", "12", "Sallow", id="bullet-dash-held-second"),
    pytest.param("Turnout as given to us:\nPinefield - Police: 700 | Union: 2,500\n", "700", "Pinefield", id="dash-cells-pipe"),
    pytest.param("Turnout as given to us:\nPinefield - Police: 700 | Union: 2,500\n", "2,500", "Pinefield", id="dash-cells-pipe-second"),
    pytest.param("Our reporters saw:\n* Marrow Bay: about 1,100 marchers, police said\n", "about 1,100", "Marrow Bay", id="star-figure-said"),
    pytest.param("Hurt, by hospital reports:\n– Tolvane: 23 injured\n– Edris: 6 injured\n", "23", "Tolvane", id="en-dash-injured"),
    pytest.param("Officers on duty:\n- Quarrington: 450 officers\n- Lisk: 120 officers\n", "450", "Quarrington", id="hyphen-deployed"),
    pytest.param("Marchers, our count against theirs:\nHallerby: 5,200 / 1,900\nOdmark: 2,000 / 800\n", "1,900", "Hallerby",
                 id="plain-block-rival", marks=_NO_FIGURE),
    pytest.param("Marchers elsewhere on the day:\n• Kestrin: 2,400 (prefecture), 6,000 (organisers)\n", "2,400", "Kestrin",
                 id="bullet-colon-two-sources", marks=_NO_FIGURE),
    pytest.param("What the unions told us:\n1. Varnholt: 4,300 marchers\n2. Pellow: 900 marchers\n", "900", "Pellow", id="numbered-item"),
    pytest.param("By nightfall:\n• Dunmere: 17 arrested, police say\n", "17", "Dunmere", id="bullet-arrested-words"),
    pytest.param("Marchers so far\nCaldor – 1,500 (police)\nCaldor – 4,000 (organisers)\n", "1,500", "Caldor",
                 id="label-dash-police-paren", marks=_NO_FIGURE),
    # (added after the first run, with the reader's wider readings; both failed at main)
    pytest.param("Crowd figures:\nTarvo (police): 3,000\nMellin (police): 1,200\n", "1,200", "Mellin", id="one-counters-column"),
    pytest.param("#tarvo #strike\nOther marches:\nTarvo: 3,000 (police) / 8,000 (union)\n", "3,000", "Tarvo", id="name-as-a-tag"),
    pytest.param("Elsewhere\nTarvo: Police counted 3,000 marchers.\nMellin: Officers held 40 people overnight.\n", "40", "Mellin",
                 id="sentences-under-names"),
    pytest.param("Relief given:\n- Health: 28 mobile health teams active.\n- Shelter: 300 tents handed out.\n"
                 "- Safety: two volunteers were injured on the road.\n", "two", None, id="not-a-reports-sections"),
    pytest.param("Update: it got ugly here at noon. Police detained four people.\n", "four", None, id="not-a-later-sentence"),
]


@pytest.mark.parametrize(("text", "figure", "place"), NAMED_LABEL_LINES)
def test_a_line_labelled_with_a_name_and_its_figures_sources_is_that_places(text: str, figure: str, place: str | None) -> None:
    from claimcheck.situate import parse

    got = {c.text: c.place for c in parse(Source(id="r", text=_LIST_LEAD + text, date="2027-03-03"))}
    assert figure in got and got[figure] == place, got


def test_a_name_a_months_stem_begins_is_no_date():
    """'Marrow Bay', 'Novi Sad', 'Augsburg' are no dates: only a month's name, short or whole, is."""
    from claimcheck.layout import DATE_WORDS

    assert [bool(DATE_WORDS.fullmatch(w)) for w in ("Marrow", "Novi", "Augsburg", "Mayo", "March", "Sept", "Nov", "12 June")] == [
        False, False, False, False, True, True, True, True,
    ]


def test_a_list_lines_source_after_a_dash_behind_what_was_counted() -> None:
    # session 30 (voice30): 'Crowd – MVR: ~2,500', 'Hurt — Police: 11 officers': what was
    # counted, a dash, then who gave the figure; a place after the dash gives nothing
    text = (
        "Summary of the figures for Monday night:\n"
        "  Crowd – MVR: ~2,500\n"
        "  Detained – MVR: 17\n"
        "  Hurt — Police: 11 officers\n"
        "  Deaths — Doboj city: 4\n"
    )
    got = {t: who for t, _, _, who in _claims(text)}
    assert got["~2,500"] == got["17"] == "MVR"
    assert got["11"] == "Police"
    assert got["4"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floods killed 16 people this week, officials said.\n\nDeaths by district:\nGumla 8\nPalamu 5\nGarhwa 3\n\nMore rain is due.",
            {("8", "killed", "Gumla"), ("5", "killed", "Palamu"), ("3", "killed", "Garhwa")},
        ),
        (
            "Thousands marched.\n\n[Chart] Marchers by city, TUC count (4 June, 21:00)\nNortham 60k\nSouthby 45k\n"
            "Source: TUC press office.\n",
            {("60k", "participants", "Northam"), ("45k", "participants", "Southby")},
        ),
        (
            "A crush.\n\nCHART: PATIENTS TAKEN TO HOSPITAL, BY HOSPITAL (ambulance service figures)\n"
            "Northern General Hospital11\nRoyal Infirmary7\n\nThe leader spoke.",
            {("11", "injured", "Northern General Hospital"), ("7", "injured", "Royal Infirmary")},
        ),
    ],
)
def test_a_lists_names_one_to_a_line_under_its_heading_or_charts_title(text: str, expected: set[tuple]) -> None:
    claims = extract_claims(Source(id="t", text=text), LEX)
    assert expected <= {(c.text, c.measure, c.place) for c in claims}
    if "TUC count" in text:
        assert {c.claimant for c in claims if c.place} == {"TUC"}


def test_a_name_and_figure_alone_away_from_any_heading_is_no_list() -> None:
    assert extract_claims(Source(id="t", text="The match ended.\n\nNortham 60\nSouthby 45\n"), LEX) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Infobox\nParticipants410,000 (TUC)[1]\nStrikers1.2 million (TUC)[1]fewer than 400,000 (Employers' Federation)[3]\n",
            {("1.2 million", "participants", 1200000, 1200000, "TUC"),
             ("fewer than 400,000", "participants", 0, 399999, "Employers' Federation")},
        ),
        (
            "Fact file\nStewards on duty420 (Harrow Live) / \"about 250\" (a steward)\n",
            {("420", "deployed", 420, 420, "Harrow Live"), ("about 250", "deployed", 225, 275, "a steward")},
        ),
    ],
)
def test_an_infobox_cell_run_together_with_a_scale_or_other_sources_after_it(text: str, expected: set[tuple]) -> None:
    claims = extract_claims(Source(id="t", text=text), LEX)
    assert expected <= {(c.text, c.measure, c.low, c.high, c.claimant) for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KEY FACTS\n• SES volunteers in the region: 640, plus 150 on the way (QFES)\n",
            {("640", "deployed", "security", "QFES"), ("150", "deployed", "security", "QFES")},
        ),
        (
            "KEY FACTS\n• Treated for injuries: 42 | still admitted: 9 (Wide Bay Hospital)\n",
            {("42", "injured", "people", None), ("9", "injured", "people", "Wide Bay Hospital")},
        ),
        (
            "KEY FACTS\n• Inmates involved: about 80 (FPS Justice) / nearly 150 (ASPP)\n",
            {("about 80", "participants", "people", "FPS Justice"), ("nearly 150", "participants", "people", "ASPP")},
        ),
        (
            "Arrests climb to 47, police say this morning, after a long night on the ring road. "
            "Officers injured: 23, two of them kept in hospital.",
            {("47", "arrested", "people", "police"), ("23", "injured", "security", None)},
        ),
    ],
)
def test_key_facts_and_labels_in_prose(text: str, expected: set[tuple]) -> None:
    claims = extract_claims(Source(id="t", text=text), LEX)
    assert expected <= {(c.text, c.measure, c.subject, c.claimant) for c in claims}


def test_things_involved_are_no_crowd() -> None:
    assert [c.measure for c in extract_claims(Source(id="t", text="Crash\nVehicles involved: 3\nDeaths: 2\n"), LEX)] == ["killed"]
