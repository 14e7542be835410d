"""Issue 12, session 19b (recall19b): the structure of lists and tables, in our own sentences:
an infobox value with a word before its source ('188 examined (Red Cross)[4]'), a crowd noun
as an infobox label ('Onlookers 3,000 (council)[1]'), a 'Died' column of a table set apart by
bars, a names-and-figures list under a heading of its measure ('Kisumu 4 | Busia 2'), and a
table whose header has bars but whose rows a scraper set apart by single spaces."""

from __future__ import annotations

from claimcheck.extract import extract_claims
from claimcheck.models import Source

LEAD = "A storm swept the coast on Monday.\n\n"


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (c.text, c.measure, c.claimant, c.place)
        for c in extract_claims(Source(id="t", text=LEAD + text))
        if c.measure in ("killed", "injured", "arrested", "participants")
    ]


def test_an_infobox_value_may_carry_a_word_before_its_source() -> None:
    found = _claims("Injuries 188 examined (Red Cross)[4]; 140 (health office)[5]\n")
    assert [(t, m, who) for t, m, who, _ in found] == [("188", "injured", "Red Cross"), ("140", "injured", "health office")]


def test_a_word_of_another_measure_leaves_its_figure_to_the_sentence_parser() -> None:
    found = _claims("Deaths 12 injured (ministry)[2]; 9 (police)[3]\n")
    assert ("12", "killed", "ministry", None) not in found


def test_a_crowd_noun_labels_an_infobox_crowd() -> None:
    found = _claims("Onlookers 3,000 (council)[1] / 8,000 (police)[2]\n")
    assert [(t, m, who) for t, m, who, _ in found] == [("3,000", "participants", "council"), ("8,000", "participants", "police")]


def test_a_died_column_of_a_barred_table_counts_the_dead() -> None:
    table = "Hospital | Treated | Died\nSt Luke's Hospital | 40 | 2\nCounty Clinic | 12 | 0\n\nEnd.\n"
    found = _claims(table)
    assert ("2", "killed", None, "St Luke's Hospital") in found
    assert ("40", "injured", None, "St Luke's Hospital") in found


def test_a_list_of_places_and_figures_under_a_heading_of_its_measure() -> None:
    found = _claims("Deaths by county (Red Cross, Tuesday):\nKisumu 4 | Busia 2 | Siaya 1 | Total 7\n")
    assert found == [
        ("4", "killed", "Red Cross", "Kisumu"),
        ("2", "killed", "Red Cross", "Busia"),
        ("1", "killed", "Red Cross", "Siaya"),
        ("7", "killed", "Red Cross", None),
    ]


def test_names_and_figures_under_a_heading_naming_no_measure_are_no_list() -> None:
    assert _claims("Opening hours by branch:\nKisumu 9 | Busia 8 | Siaya 10\n") == []


def test_a_barred_header_over_rows_set_apart_by_single_spaces() -> None:
    table = (
        "Arrests by town - police figures against the lawyers' count\n"
        "Town | Police tally (3 May) | Bar Council list (4 May)\n"
        "Kisumu 14 20\n"
        "Busia 6 9\n\n"
        "End.\n"
    )
    assert _claims(table) == [
        ("14", "arrested", "Police", "Kisumu"),
        ("20", "arrested", "Bar Council", "Kisumu"),
        ("6", "arrested", "Police", "Busia"),
        ("9", "arrested", "Bar Council", "Busia"),
    ]
