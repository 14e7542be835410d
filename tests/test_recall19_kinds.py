"""Issue 12, session 19 (recall19): tables as scrapers leave them, in our own sentences: a table
of sources whose cells are set apart by runs of spaces ('Source  Date  Dead  Treated in
hospital'), and a one-line table whose title the scraper left on the same line, before the row
column's heading ('Admissions by site (Health Authority)  Site  Patients seen  …')."""

from __future__ import annotations

from claimcheck.layout import read_layout
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source

LEX = load_lexicon()


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.measure, c.claimant) for c in read_layout(Source(id="t", text=text), LEX).claims]


SPACED_SOURCES = (
    "Toll estimates\n"
    "Source  Date  Dead  Treated in hospital\n"
    "Fire service  3 Mar  2  30+\n"
    "Regional health board  5 Mar  4  61\n"
)


def test_a_table_of_sources_set_apart_by_spaces_gives_each_sources_figures():
    assert _read(SPACED_SOURCES) == [
        ("2", "killed", "Fire service"),
        ("30+", "injured", "Fire service"),
        ("4", "killed", "Regional health board"),
        ("61", "injured", "Regional health board"),
    ]


def test_a_spaced_table_of_sources_counting_other_things_is_no_claims():
    text = "Source  Date  Trucks  Tonnes of aid\nRed Cross  3 Mar  12  40\nUN agency  5 Mar  9  31\n"
    assert _read(text) == []


TITLED_LINE = (
    "The authority gave a breakdown:\n\n"
    "Admissions by site (Lakeland Health Authority, as of 9 a.m. Feb. 2)  Site  Patients seen  "
    "Northgate General  14  St Brigid's Clinic  9  Flown to the burns unit  3\n"
)


def test_a_one_line_table_keeps_the_title_the_scraper_left_before_its_heading():
    assert _read(TITLED_LINE) == [
        ("14", "injured", "Lakeland Health Authority"),
        ("9", "injured", "Lakeland Health Authority"),
        ("3", "injured", "Lakeland Health Authority"),
    ]


def test_a_sentence_before_spaces_is_no_title_of_a_table():
    text = "He said it was over.  Site  Patients seen  Northgate General  14  St Brigid's Clinic  9\n"
    assert [c for c in _read(text) if c[2] is not None] == []


SUMMARY = (
    "Where we are (pinned):\n"
    "Walkers - police: \"about 2,100\"; Residents' group: 5,000+; Gazette photo count: 2,800-3,100\n"
    "Arrests - police: 6; residents' group: at least 9\n"
)


def test_a_heading_and_a_spaced_hyphen_then_each_sources_figure():
    """A forum's or a live page's summary: a heading set apart by ' - ' (a hyphen, as typed), then
    each source and its figure; a crowd noun alone as the heading counts the crowd, and under
    arrests the police are who counted, not who was arrested."""
    assert _read(SUMMARY) == [
        ("about 2,100", "participants", "police"),
        ("5,000+", "participants", "Residents' group"),
        ("2,800-3,100", "participants", "Gazette photo"),
        ("6", "arrested", "police"),
        ("at least 9", "arrested", "residents' group"),
    ]


def test_a_crowd_noun_as_a_list_label_sizes_the_crowd_by_each_source():
    text = "AT A GLANCE\nProtesters: around 1,200 (city police) | 4,000+ (organisers)\nArrests: 3 (police)\n"
    assert _read(text) == [
        ("around 1,200", "participants", "city police"),
        ("4,000+", "participants", "organisers"),
        ("3", "arrested", "police"),
    ]


def test_a_crowd_noun_label_over_another_measures_figure_is_no_crowd():
    text = "AT A GLANCE\nProtesters: 40 arrested (police)\n"
    assert all(m != "participants" for _, m, _ in _read(text))


def test_police_under_a_heading_of_harm_are_still_those_harmed():
    claims = read_layout(Source(id="t", text="Casualties\nInjured - police: 14; protesters: 40\n"), LEX).claims
    assert [(c.text, c.measure, c.subject) for c in claims] == [("14", "injured", "security"), ("40", "injured", "protesters")]


def _counts(text: str) -> list[tuple[str, str | None, float | None]]:
    from claimcheck.extract import extract_claims

    return [(c.text, c.measure, c.value) for c in extract_claims(Source(id="t", text=text))]


def test_wordings_of_translated_reports_name_their_measure():
    """Machine-translated wire copy: 'military' for soldiers as a noun (an adjective before
    another noun: 'military trucks' count no one), the emergency room for the injured, 'subjected
    to custody' for arrests, 'estimated the crowd as' for a crowd, 'In prison:' as a list label."""
    assert _counts("Two military were slightly wounded during the arrests, the command said.") == [("Two", "injured", 2)]
    assert _counts("Three military trucks were burned near the bridge.") == []
    assert _counts("Four officers were brought to the emergency room with burns.") == [("Four", "injured", 4)]
    assert _counts("By the evening, 58 persons were subjected to custody.") == [("58", "arrested", 58)]
    assert _counts("Police estimated the crowd as 600 persons.") == [("600", "participants", 600)]
    assert _read("Key figures\nIn prison: 41 · Obligation to sign: 5\n") == [("41", "arrested", None)]


def test_a_count_that_rose_from_one_figure_to_another_gives_both():
    assert _counts("The number of people injured rose from 31 on Friday to 45, the hospital said.") == [
        ("31", "injured", 31),
        ("45", "injured", 45),
    ]
