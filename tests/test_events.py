"""Events: sorting reports into the events they are about, and compare on a mixed input."""

from __future__ import annotations

import doctest
import json
import pickle
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import cli, events, pipeline
from claimcheck.events import adjusted_rand_index, is_mixed, report_date, sort_events
from claimcheck.models import Source

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "sources"
TEST_SETS = sorted(
    (ROOT / "tests" / "data").glob("other-events*/sources"),
    key=lambda p: int(p.parent.name.rpartition("-")[2]) if p.parent.name[-1].isdigit() else 1,
)  # in the order they were written: other-events, -2, …, -11, -12, -13, -14, -15, -16, -17, -18, -19, -20, -21, -22
ENV = {"COLUMNS": "100", "LINES": "50", "NO_COLOR": "1", "TERM": "dumb"}


def truth(path: str) -> str:
    """The event a test report is about: its set and the first digit of its name (1xx, 2xx,
    ...); every bundled report is about one event."""
    p = Path(path)
    return "bundled" if p.parent == BUNDLED else f"{p.parent.parent.name}:{p.name[0]}"


@pytest.fixture(scope="module")
def pool(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """Every report of the test sets of other events (but POOL_APART) and the bundled ones, in one folder,
    with the event each file is about."""
    folder = tmp_path_factory.mktemp("mixed")
    gold = {}
    for f in [*BUNDLED.glob("*.txt"), *(f for s in POOLED for f in s.glob("*.txt"))]:
        name = f.name if f.parent == BUNDLED else f"{f.parent.parent.name}-{f.name}"
        shutil.copy(f, folder / name)
        gold[name] = truth(str(f))
    return folder, gold


def test_doctests():
    assert doctest.testmod(events).failed == 0


def test_pooled_sets_are_sorted_into_their_events(pool):
    """All reports of all other-event sets and the bundled ones, in one folder: ARI >= 0.90."""
    folder, gold = pool
    result = pipeline.events([str(folder)])
    labels = {Path(m.path).name: e.id for e in result.events for m in e.members}
    assert sorted(labels) == sorted(gold)
    expected = 1 + sum(len({f.name[0] for f in s.glob("*.txt")}) for s in POOLED)
    assert len(set(gold.values())) == expected >= 18
    names = sorted(gold)
    assert adjusted_rand_index([gold[n] for n in names], [labels[n] for n in names]) >= 0.90


# Known misses of a set sorted alone (xfail, strict). Set 8 was one (blind: ARI 0.73) until
# the keys were drawn from shared words and look-backs dated to their event (1.00); set 9 was
# one (blind: ARI 0.89: the encyclopedia page on a 1991 massacre, dated by the massacre, stood
# apart from the anniversary reports 35 years on) until a look back may be about either its
# own day or its event's, and 'Thirty-five years on' is read as 35 (1.00).
KNOWN_MISSES: set[str] = {"other-events-86", "other-events-91", "other-events-97", "other-events-106", "other-events-115"}
# Set 86 (written blind at session 27's start) is one: its two events, a station canopy's collapse in
# Miskolc and student protests in Budapest weeks later (over the state's handling of it, which its
# reports recall), are read as one story (ARI 0.0: one event of eight reports).
# The four blind batches (sets 87-90, written at once at session 27's start by four writers) reuse
# their countries and kinds: a Finnish strike in three, a Honiara riot in two, Costa Rica and Hungary
# in two each; five short events a batch, fictional, to a reader one story where place and kind agree.
# Each batch alone is sorted right (the test below); pooled they are left out.
# Set 91 (written blind at session 28's start) is one: its forum thread on the Manzini market
# stands apart from the wire, the vendors' release and the paper on the same unrest (ARI 0.77: the
# thread a story of its own, same place and day).
# Set 106 (written blind at session 30's start) is one: its encyclopedia page listing Syria's crowd
# crushes since 1996 (the Homs crush of 2027 its last row) is sorted as an event of its own, dated by
# its first row, 2005, apart from the three reports of the Homs crush (ARI 0.77).
# Set 115 (written blind at session 31's start) is one: its retrospective of the Belém procession crushes,
# dated months after the crush and quoting the tolls of a 1986 crush and a 2004 stadium surge, is sorted as
# an event of its own apart from the three reports of this year's crush (ARI 0.77).
# Set 97 (the attribution batch written blind at session 28's start) is one: the Ta' Qali concert
# crush's live blog, its organiser's statement and the undated police toll update stand apart from
# each other, and the Prizren riot's three undated reports are one event but not dated (ARI 0.89).
# The four blind batches of session 28 (sets 94-97, written at once) reuse their countries as those of
# session 27 did: Kosovo in three, Papua New Guinea in three, Tanzania and Malta in two each; pooled
# they are left out.
# The five blind batches of session 29 (sets 98 and 101-104: set 98 written late in session 28, the others
# at once at session 29's start) reuse their countries likewise: Tonga in three, the Seychelles (Mahé),
# Papua New Guinea and the Dominican Republic in two each, Mongolia in a batch and in set 99; pooled
# they are left out.
POOL_APART = {
    "other-events-87", "other-events-88", "other-events-89", "other-events-90",
    "other-events-94", "other-events-95", "other-events-96", "other-events-97",
    "other-events-98", "other-events-101", "other-events-102", "other-events-103", "other-events-104",
    "other-events-105", "other-events-106", "other-events-107", "other-events-108", "other-events-109",
    "other-events-110",
    "other-events-111",
    "other-events-112",
    "other-events-113",
    "other-events-114",
    "other-events-115",
    *KNOWN_MISSES,
}
POOLED = [s for s in TEST_SETS if s.parent.name not in POOL_APART]  # the sets pooled in one folder
# Set 40 was one (written blind in session 16: the parade's forum thread, a day on, its
# posters' handles and counts most of its words, stood apart) until a page's furniture (its
# menu of sections, masthead, byline and credits, the line reserving its rights) was no longer
# words of a report.
# Set 34 was one (its translated report of this year's remembrance march, 'the 60 anniversary
# of' the 1966 shootings, stood apart as an event labelled 'Lithuanian') until a bare figure
# before 'anniversary' made a look back and a translation's notice named no place; set 33 was
# one (the radio interview with the students' lawyer, its notice naming 'Spanish') until the
# same notice rule, with figures written in words no longer words of a story.
# Sets 22, 37 and 39 were known misses until a forum's sidebar 'Created Mar 3, 2009' no longer
# dated its megathread (the thread had stood apart as an event of 2009, 2011).


def _folders(folders: list[Path], misses: set[str], reason: str) -> list[object]:
    """The folders as test parameters, those named in ``misses`` expected to fail."""
    return [pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=reason))
            if f.parent.name in misses else f for f in folders]  # fmt: skip


@pytest.mark.parametrize(
    "folder", _folders(TEST_SETS, KNOWN_MISSES, "a known miss"), ids=lambda p: p.parent.name
)
def test_each_set_alone_is_sorted_into_its_events(folder):
    result = pipeline.events([str(folder)])
    labels = {m.path: e.id for e in result.events for m in e.members}
    gold = [truth(p) for p in labels]
    assert adjusted_rand_index(gold, list(labels.values())) >= 0.90
    assert is_mixed(result.events)


DEVELOPING = sorted((ROOT / "tests" / "data").glob("developing-*/sources"))
# developing-strike was one: its forum thread of two posts stood apart, its usernames
# (dockside_dan, Lena_W) and buttons ('Posted by', 'Re:', 'thread') most of its words,
# until handles and a document kind's chrome were no longer words of a report
# developing-mopti was one (three of its eleven reports stood apart: the local paper translated
# from French, its masthead, breadcrumb and copyright lines most of its distinctive words; the
# Civil Protection's communiqué; the regional radio's page, dated only in French, 'Lundi 9
# novembre 2026', its menu in French) until a page's furniture (its menu of sections, masthead,
# letterhead and motto, byline and credits) and the dates and date words of French, Spanish and
# Portuguese pages were read as such; developing-mine was one (the police's statement on the
# families' march in the regional capital, two days after the blast, naming no mine, stood
# apart) until the same change (the wires' bylines and menus no longer weighed on them)
# developing-peru, -ndola, -kualalumpur and -kathmandu were four (written blind in sessions
# 14, 15, 22 and 23): the forum thread of the march's or rally's day stood apart, its posters'
# talk ('Bro I could not see the end of the crowd', 'syok sendiri') and handles without an
# underscore (zedmod, sagarmatha99) most of its words; developing-benin was one (session 14):
# the interior ministry's statement of the fourth day, which names the Parakou hospital (CHUD
# Borgou) and no march, in its officialese ('the Court of First Instance', 'the General
# Inspectorate'), stood apart. All five joined when a post's head ('kopi_o_kosong wrote
# (23:10):', 'Posted by ankaT') made its handle no word, a thread's talk counted half a word,
# and a report left alone joined the event nearest it, if clearly nearest (events.ATTACH_AT)
SPLIT_STORIES: set[str] = {"developing-ouagadougou", "developing-antananarivo"}
# developing-ouagadougou (written blind as developing-31 at session 27's start) is one: the main
# hospital's own press release, on its emergency department's patients, stands apart as an event of
# its own (its place the hospital, not the city)
# developing-antananarivo (written blind as developing-32 at session 28's start) is one: its forum
# thread, keyed by the hotel its posters name, stands apart from the eight other reports


@pytest.mark.parametrize(
    "folder",
    _folders(DEVELOPING, SPLIT_STORIES, "a report apart"),
    ids=lambda p: p.parent.name,
)
def test_a_developing_story_is_one_event(folder):
    """Reports of one story over days (wires, a prefect's statement, a relief group's press
    release, a live blog, a situation report, a forum thread) are one event, however little
    of their wording a first-person release shares with the wires."""
    assert len(pipeline.events([str(folder)]).events) == 1


ONE_STORY = ROOT / "tests" / "data" / "one-story"  # see its README.md
STORIES = sorted(p for p in ONE_STORY.iterdir() if p.is_dir() and not p.name.startswith("mixed"))
MIXED = sorted(ONE_STORY.glob("mixed-*"))
# stadium-crush was one (a supporters' charity's statement that names the stadium once, 'the
# Municipal', and tells the crush in its own words: stairs, the gate at the bottom, 'we lost
# nine of our own'; cosine 0.03 with the police transcript, one shared name) until a report
# left alone joined the event nearest it (events.ATTACH_AT)
APART_STORIES: set[str] = set()


def _parents(folders: list[Path], misses: set[str], reason: str) -> list[object]:
    """:func:`_folders` for folders named by themselves, not by their parent."""
    return [pytest.param(f, marks=pytest.mark.xfail(strict=True, reason=reason))
            if f.name in misses else f for f in folders]  # fmt: skip


@pytest.mark.parametrize(
    "folder", _parents(STORIES, APART_STORIES, "a release apart"), ids=lambda p: p.name
)
def test_a_story_told_in_different_kinds_of_document_is_one_event(folder):
    """A transcript with speaker labels, a Reddit or forum thread (usernames, buttons, a quoted
    headline), a first-person release under its letterhead, an encyclopedia page (infobox,
    citation marks), a fact-check, a machine translation, a live blog, a retrospective: their
    chrome is not their story, and one story stays one event."""
    assert len(pipeline.events([str(folder)]).events) == 1


@pytest.mark.parametrize("folder", MIXED, ids=lambda p: p.name)
def test_two_events_of_one_place_and_week_stay_apart(folder):
    """Two unrelated events in one city four days apart (a teachers' march, a farmers'
    blockade), or in one country three days apart (a flood, a bus crash), or on one day each
    told by a wire, a statement or live blog and a thread of one forum (a factory fire and a
    farmers' blockade, a bridge's collapse and a drivers' strike in one town, a rally's crush
    and a ferry's capsizing): two events, each whole, though they share the city's name, a
    wire agency and a forum's chrome."""
    found = pipeline.events([str(folder)]).events
    told = sorted(f.name[0] for f in folder.glob("*.txt"))
    assert sorted(sorted(Path(m.path).name[0] for m in e.members) for e in found) == [
        [d for d in told if d == "1"], [d for d in told if d == "2"]
    ]


# the folders written for events11; those of events24 (README.md) pooled with them join two
# pairs of events: the footbridge's collapse and the drivers' strike of mixed-one-town, a day
# apart in one town (its name, the wire agency's and the forum's weigh more in a larger
# input), and the mine blast's march with mixed-one-city's farmers, a month apart in one city
# (as in the large input below)
EVENTS11 = {"depot-fire", "ferry-retrospective", "mine-blast-march", "stadium-crush", "mixed-one-city",
            "mixed-one-week"}  # fmt: skip


@pytest.mark.parametrize(
    "written",
    [EVENTS11, pytest.param(None, marks=pytest.mark.xfail(strict=True, reason="two towns' events join"))],
    ids=["events11", "all"],
)
def test_the_stories_and_the_mixed_inputs_together(tmp_path, written):
    """All the one-story folders and the mixed ones in one input: each story one event,
    each mixed folder's two events apart (the known miss above aside)."""
    gold = {}
    for folder in [f for f in [*STORIES, *MIXED] if written is None or f.name in written]:
        for f in folder.glob("*.txt"):
            name = f"{folder.name}-{f.name}"
            shutil.copy(f, tmp_path / name)
            gold[name] = folder.name + (f.name[0] if folder in MIXED else "")
    result = pipeline.events([str(tmp_path)])
    labels = {Path(m.path).name: e.id for e in result.events for m in e.members}
    names = sorted(gold)
    assert len(result.events) == len(set(gold.values())) + len(APART_STORIES)
    assert adjusted_rand_index([gold[n] for n in names], [labels[n] for n in names]) >= 0.95


@pytest.mark.xfail(strict=True, reason="two events of one city a month apart, in a large input")
def test_a_city_s_events_a_month_apart_stay_apart_in_a_large_input(pool, tmp_path):
    """Among the hundreds of reports of the test sets, a city's name is rare and weighs more
    than all the words two of its events' reports share: a mine blast in April and a
    teachers' march and a farmers' blockade in March (undated, or 31 days before) join on
    the city, its villages and the wire agency that covers them."""
    folder, gold = pool
    for f in [*folder.iterdir()]:
        shutil.copy(f, tmp_path / f.name)
    for story in (ONE_STORY / "mine-blast-march", ONE_STORY / "mixed-one-city"):
        for f in story.glob("*.txt"):
            shutil.copy(f, tmp_path / f"{story.name}-{f.name}")
    found = pipeline.events([str(tmp_path)]).events
    dravnik = [e for e in found if any("mine-blast" in m.path or "mixed-one" in m.path
                                       for m in e.members)]  # fmt: skip
    assert len(dravnik) == 3


def test_a_translated_communique_and_a_forum_thread_are_one_event():
    """A machine-translated ministry communiqué and a forum thread on the same protests share
    few words ('units', 'persons' against 'points', 'edit') but the places, bodies and people
    they name (MINSEG, San Félix, Veraguas, El Carmen, Santo Tomás): one event, and the set's
    other events stay apart."""
    folder = next(s for s in TEST_SETS if s.parent.name == "other-events-17")
    result = pipeline.events([str(folder)])
    together = [sorted(Path(m.path).name[:3] for m in e.members) for e in result.events]
    assert ["301", "302"] in together and len(together) == 6


def test_a_translations_notice_names_no_place_and_figures_in_words_are_no_story():
    """'[Translated from French]' and 'Unofficial English translation' say what language a
    page was in, not where its story happened: the language is neither a place of the label
    nor a name of the report. Tolls spelt out ('twenty-six (26) persons') change from report
    to report of one story, so they are not words it is known by."""
    notice = Source("a", "[Translated from French]\n\nThe toll rose to twenty-six in Mopti.")
    assert "French" not in events.places(notice) and events.places(notice)["Mopti"] == 1
    communique = Source("b", "(Unofficial English translation issued by the Directorate)\n"
                        "Twenty-six (26) persons, among them seven (7) children, died in Mopti.")
    terms = events.profile(0, communique).terms
    assert "english" not in terms and "twenty" not in terms and "seven" not in terms
    assert "mopti" in terms and "children" in terms


def test_a_pages_furniture_is_no_word_of_its_story():
    """A local paper's masthead and motto, a site's menu of sections, a wire's byline and
    credits, a ministry's letterhead and motto, a photo's credit and the copyright line are
    the outlet's and its staff's, in every story it prints: not words a story is known by.
    The words of the story on the same page still are."""
    page = Source("a", "MOPTI MATIN — Le quotidien de la Venise malienne\n"
                       "News | Politics | Regions | Economy | Opinion\n\n"
                       "By Awa Traoré | 8 November 2026\n\n"
                       "The toll of the grandstand collapse at the regatta rose to 16, the Civil "
                       "Protection said; divers searched the river at the harbour.\n\n"
                       "Photo: Relatives at the hospital gate. (Mopti Matin)\n"
                       "(Reporting by Awa Traoré; editing by Ali Sow)\n"
                       "© Mopti Matin 2026 — Tous droits réservés")
    terms = events.profile(0, page).terms
    for word in ("matin", "venise", "politic", "economy", "traoré", "sow", "droit"):
        assert word not in terms, word
    assert {"grandstand", "regatta", "diver", "harbour", "protection"} <= set(terms)
    communique = Source("b", "REPUBLIC OF MALI\nOne People - One Goal - One Faith\n\n"
                             "MINISTRY OF SECURITY\nDIRECTORATE GENERAL OF CIVIL PROTECTION\n\n"
                             "1. The collapse of the grandstand at the harbour has cost 26 lives.")
    terms = events.profile(0, communique).terms
    assert not {"republic", "goal", "faith", "ministry", "directorate"} & set(terms)
    assert {"collapse", "grandstand", "harbour"} <= set(terms)


def test_a_section_a_story_stands_under_is_its_word():
    """A menu whose parts are mostly a site's sections is furniture; a breadcrumb or a short
    menu that names the story's place or subject ('City | Port', '> Strike thread') is not."""
    terms = events.profile(0, Source("a", "News | City | Port | Live\n\nDockers marched.")).terms
    assert "port" in terms and "city" in terms
    terms = events.profile(0, Source("b", "Forums > City life > Strike thread\n\nWe marched.")).terms
    assert "strike" in terms


@pytest.mark.parametrize(
    "line, day, page",
    [
        ("Lundi 9 novembre 2026 - 19h12 | Par la rédaction", "2026-11-09", True),
        ("Por Ana Gil | Lunes 9 de marzo de 2026", "2026-03-09", True),
        ("Irbid - Shamal News · Monday, 14 September 2026 - 21:35", "2026-09-14", True),
        ("Mopti, le 9 novembre 2026", "2026-11-09", True),
        ("Lisboa, 3 de outubro de 2026", "2026-10-03", True),
    ],
)
def test_a_page_dated_in_french_spanish_or_portuguese_is_dated(line: str, day: str, page: bool) -> None:
    """A date written in French, Spanish or Portuguese dates a report as an English one does:
    a dateline in its opening dates it for the sorter (no longer an undated page that stands
    apart from its story's other days), and a byline's date line ('Lundi 9 novembre 2026 -
    19h12 | Par la rédaction') is the page's own date, the day its figures count up to; so is a
    place and date alone on their line under the heading ('Lisboa, 3 de outubro de 2026', a
    statement's: dev27, session 27; before, such a line dated the page for the sorter only)."""
    from claimcheck.sources import stamp_date

    text = f"Hospital gate: the families stay\n\n{line}\n\nThey came at dawn; police said 400 marched."
    assert report_date(Source("a", text)) == (day, "text")
    assert stamp_date(text) == (day if page else None)


def test_a_name_that_holds_a_foreign_month_is_no_date() -> None:
    """'the 5 de Mayo station' and 'Place du 1er Mai' give no year: no date is read."""
    text = "Two reporters were held at the 5 de Mayo station, 2026. Crowds filled the Place du 1er Mai."
    assert report_date(Source("a", text)) == (None, None)


def test_a_translated_look_back_with_a_bare_figure_is_about_its_event():
    """A machine translation drops the ordinal's ending ('commemorated the 60 anniversary of
    the events of 12 May 1966'): still a look back sixty years, so the report may be about
    the 1966 day as well as its own."""
    p = events.profile(0, Source("a", "Panevezys on Tuesday commemorated the 60 anniversary of "
                                      "the tragic events of 12 May 1966.", date="2026-05-12"))
    assert p.recalled is not None and p.day is not None and round((p.day - p.recalled) / 365.25) == 60


def test_a_name_any_story_gives_does_not_join_two_events():
    """Two events of one day whose reports share a body's name any story may give (the
    Interior Ministry) come near the lower cosine names allow, but their names do not agree:
    they stay apart."""
    said = " The Interior Ministry said so."
    a = _report("a", QUAKE.format(m="6.8", n=41) + said, "2026-01-19")
    b = _report("b", MARCH.format(n=12) + said, "2026-01-19")
    vectors = events._weights([events.profile(0, a), events.profile(1, b)])
    assert events.LOOSE_AT <= events._cosine(*vectors) < events.PAIR_AT
    assert len(sort_events([a, b])) == 2


def test_bundled_reports_are_one_event():
    result = pipeline.events([str(BUNDLED)])
    assert len(result.events) == 1
    (event,) = result.events
    assert event.id == "2024-11-24-islamabad"
    assert "Islamabad" in event.label and "2024-11-24 – 2024-11-27" in event.label
    assert [m.source for m in event.members] == [s.stem for s in sorted(BUNDLED.glob("*.txt"))]
    assert not is_mixed(result.events)


@pytest.mark.parametrize(
    ("text", "date", "origin"),
    [
        ("From 24–27 November 2024, PTI organized a protest.", "2024-11-24", "text"),
        ("(Manila, June 25, 2026) – Philippine police ...", "2026-06-25", "text"),
        ("GENEVA, 9 July 2026 – The agencies said", "2026-07-09", "text"),
        ("Published 2025-03-01. The march ...", "2025-03-01", "text"),
        ("On 31 February 2024 nothing; on 1 March 2024 a march.", "2024-03-01", "text"),
        ("A report with no date at all.", None, None),
    ],
)
def test_report_date_from_text(text, date, origin):
    assert report_date(Source("x", text)) == (date, origin)


def test_report_date_prefers_metadata():
    source = Source("x", "On 18 January 2026 an earthquake ...", date="2026-01-19")
    assert report_date(source) == ("2026-01-19", "metadata")


def _report(sid: str, text: str, date: str | None = None) -> Source:
    return Source(sid, text, path=f"{sid}.txt", date=date)


QUAKE = (
    "An earthquake of magnitude {m} struck Ercis in Van province, eastern Turkey, killing "
    "{n} people. Rescuers from AFAD searched collapsed buildings in Ercis and Van through "
    "the freezing night, the governor of Van said. Survivors sheltered in tents in Ercis "
    "while aftershocks shook the region around Lake Van."
)
MARCH = (
    "Students marched through La Paz against cuts to university funding; police fired tear "
    "gas near Plaza Murillo and {n} students were arrested, the UMSA federation said. The "
    "Bolivian government defended the police in La Paz as the FUL called another march."
)


def test_far_dates_split_reports_of_the_same_words():
    """The same story told 200 days apart is two events: dates bound an event."""
    a = _report("a", QUAKE.format(m="6.8", n=41), "2026-01-19")
    b = _report("b", QUAKE.format(m="6.8", n=47), "2026-01-20")
    c = _report("c", QUAKE.format(m="5.9", n=3), "2026-08-07")
    found = sort_events([a, b, c])
    assert [[m.source for m in e.members] for e in found] == [["a", "b"], ["c"]]


def test_a_look_back_a_year_on_joins_its_event():
    """'One year after …' is about the event of a year before (its date is moved back); the
    same words a year later without that framing are another event (see above)."""
    a = _report("a", QUAKE.format(m="6.8", n=41), "2026-01-19")
    b = _report("b", "One year after the Ercis earthquake, families still wait. "
                + QUAKE.format(m="6.8", n=47), "2027-01-19")  # fmt: skip
    c = _report("c", "Another earthquake. " + QUAKE.format(m="6.8", n=47), "2027-01-19")
    assert [[m.source for m in e.members] for e in sort_events([a, b])] == [["a", "b"]]
    assert len(sort_events([a, c])) == 2


def test_an_undated_reports_earlier_protest_does_not_date_it() -> None:
    """An undated report of a national strike day that compares its turnout with an earlier
    protest ('bigger than that of 5 March 2024, when police counted 400,000') is about the strike
    day its dated report tells, not that earlier day: one event, not two far apart."""
    strike = (
        "Unions said 1.5 million demonstrators marched across Portugal against the labour law; "
        "the interior ministry counted 690,000, including 80,000 in Lisbon. Teachers, nurses and "
        "dockers joined the processions in Lisbon, Porto and Coimbra. {tail}"
    )
    dated = _report("dated", strike.format(tail="Unions plan a second day of action."), "2026-02-12")
    undated = _report("undated", strike.format(
        tail="The mobilisation was bigger than that of 5 March 2024, when police counted 400,000."
    ))  # fmt: skip
    assert report_date(undated) == (None, None)
    assert [sorted(m.source for m in e.members) for e in sort_events([dated, undated])] == [["dated", "undated"]]


def test_a_look_back_is_about_its_own_day_and_its_events() -> None:
    """'Thirty years after …' (published 2026) sits with a page on the event dated by the
    event (1996), or with one dated by the day it was saved (2026): a look back may be about
    either day (an event still spans at most 2 * FAR_DAYS, so not both at once)."""
    then = _report("then", QUAKE.format(m="6.8", n=41), "1996-01-19")
    back = _report("back", "Thirty years after the Ercis earthquake, families still wait. "
                   + QUAKE.format(m="6.8", n=47), "2026-01-20")  # fmt: skip
    saved = _report("saved", QUAKE.format(m="6.8", n=45), "2026-01-10")
    for other in (then, saved):
        found = sort_events([other, back])
        assert [sorted(m.source for m in e.members) for e in found] == [
            sorted(["back", other.id])
        ]
    assert events.recalled_years("Thirty-five years on, the town still argues") == 35
    profile = events.profile(0, back)
    assert pickle.loads(pickle.dumps(profile)) == profile and profile.recalled is not None


STATEMENT = (
    "Statement of the Qorax Relief Trust. Our director Faadumo Xirsi, our treasurer Cabdi "
    "Warsame, our coordinator Hodan Jaamac, our volunteers Ayaan Nuur, Bashiir Gedi and "
    "Cawo Dhuxul, our drivers Yaasiin Faarax and Mustafe Ciise, our cook Nasteexo Barre and "
    "our guard Sahra Cumar grieve with the families after the earthquake. Our tents "
    "reached Ercis in Van province on the second night, where AFAD rescuers searched "
    "collapsed buildings for survivors through the freezing aftershocks."
)


def test_a_statement_full_of_its_own_names_meets_the_wire():
    """The words that block two reports together are their heaviest *shared* ones: a
    statement whose heaviest words are its own staff's names still meets the wire on the
    place and the event they both name."""
    wire = _report("w", QUAKE.format(m="6.8", n=41))
    found = sort_events([wire, _report("s", STATEMENT), _report("m", MARCH.format(n=12))])
    assert sorted(sorted(m.source for m in e.members) for e in found) == [["m"], ["s", "w"]]


def test_different_events_on_one_day_are_apart():
    found = sort_events(
        [_report("q", QUAKE.format(m="6.8", n=41), "2026-01-19"),
         _report("m", MARCH.format(n=12), "2026-01-19"),
         _report("q2", QUAKE.format(m="6.8", n=47), "2026-01-19")]
    )  # fmt: skip
    assert sorted(sorted(m.source for m in e.members) for e in found) == [["m"], ["q", "q2"]]
    assert is_mixed(found)


def test_short_reports_are_not_a_mixed_input():
    found = sort_events([_report("a", "Police arrested 450."), _report("b", "954 were held.")])
    assert len(found) == 2
    assert not any(m.judged for e in found for m in e.members)
    assert not is_mixed(found)


def test_event_ids_are_unique_and_ascii():
    found = sort_events(
        [_report("a", MARCH.format(n=1).replace("La Paz", "Asunción"), "2026-01-01"),
         _report("b", QUAKE.format(m="6", n=2).replace("Ercis", "Asunción"), "2026-01-01")]
    )  # fmt: skip
    ids = [e.id for e in found]
    assert len(set(ids)) == 2
    assert all(i.isascii() for i in ids)


# --- CLI -------------------------------------------------------------------------------------
def run(*args: str):
    return CliRunner().invoke(cli.app, list(args), env=ENV)


def test_cli_events_json():
    result = run("events", str(TEST_SETS[0]), "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) - {"schema_version"} == {"events", "problems"}
    assert len(data["events"]) == 3
    for e in data["events"]:
        assert {"id", "label", "sources"} <= set(e)
        for s in e["sources"]:
            assert {"id", "path", "date"} <= set(s)
    first = data["events"][0]
    assert [s["id"] for s in first["sources"]] == ["101-pti-brajghat-stampede",
                                                    "102-wikipedia-garhmukteshwar-crush"]


def test_cli_events_table_and_csv():
    table = run("events", str(TEST_SETS[1]))
    assert table.exit_code == 0
    assert "2026-01-19-ercis" in table.stdout and "8 reports about 4 events" in table.stdout
    csv_ = run("events", str(TEST_SETS[1]), "-f", "csv")
    lines = csv_.stdout.splitlines()
    assert lines[0] == "event,label,source,path,date,date_from" and len(lines) == 9
    jsonl = run("events", str(TEST_SETS[1]), "-f", "jsonl")
    assert [json.loads(line)["id"] for line in jsonl.stdout.splitlines()][0] == "2026-01-19-ercis"


def test_cli_events_format_from_output_name(tmp_path):
    out = tmp_path / "events.json"
    result = run("events", str(TEST_SETS[1]), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(out.read_text())["events"]) == 4


def test_cli_compare_splits_a_mixed_input():
    result = run("compare", str(TEST_SETS[3]), "-f", "json")
    assert result.exit_code == 0
    assert "are about 3 events" in result.stderr
    data = json.loads(result.stdout)
    ids = [e["id"] for e in data["events"]]
    assert len(ids) == 3
    for g in data["groups"]:
        assert g["event"] in ids and g["id"].startswith(g["event"] + ":")
        members = next(e for e in data["events"] if e["id"] == g["event"])["sources"]
        assert {c["source"] for c in g["claims"]} <= {s["id"] for s in members}


def test_cli_compare_one_event_as_before():
    mixed = run("compare", str(TEST_SETS[3]), "-f", "json", "--one-event")
    assert mixed.exit_code == 0 and "events" not in mixed.stderr
    data = json.loads(mixed.stdout)
    assert "events" not in data and all("event" not in g for g in data["groups"])
    bundled = run("compare", str(BUNDLED), "-f", "json")
    assert "events" not in json.loads(bundled.stdout) and bundled.stderr == ""


def test_cli_compare_event_selects_one():
    listed = json.loads(run("events", str(TEST_SETS[3]), "-f", "json").stdout)
    chosen = listed["events"][1]
    result = run("compare", str(TEST_SETS[3]), "-f", "json", "--event", chosen["id"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["sources"]] == [s["id"] for s in chosen["sources"]]
    assert [e["id"] for e in data["events"]] == [chosen["id"]]
    table = run("compare", str(TEST_SETS[3]), "--event", chosen["id"])
    assert f"== event {chosen['id']}" in table.stdout


def test_cli_compare_unknown_event_is_an_input_error():
    result = run("compare", str(TEST_SETS[3]), "--event", "no-such-event")
    assert result.exit_code == cli.EXIT_INPUT
    assert result.stderr.startswith("claimcheck: error: no event 'no-such-event' in the input")
    both = run("compare", str(TEST_SETS[3]), "--event", "x", "--one-event")
    assert both.exit_code == cli.EXIT_INPUT


def test_many_versions_of_one_event_stay_one_event():
    """Sixty reports all about the bundled event (twelve versions of each, their figures
    changed, not their dates): the names they all share keep them together, though every
    report shares them and they weigh little by frequency alone."""
    import re

    bundled = [Source(f.stem, f.read_text(encoding="utf-8"), path=str(f))
               for f in sorted(BUNDLED.glob("*.txt"))]  # fmt: skip
    versions = [
        Source(f"{s.id}-{k}", re.sub(r"\b\d+(?= [a-z])", lambda m, k=k: str(int(m.group()) + k), s.text))
        for s in bundled
        for k in range(12)
    ]
    assert len(sort_events(versions)) == 1


def test_mixed_compare_json_validates_against_the_report_schema():
    from importlib.resources import files

    import jsonschema

    schema = json.loads(files("claimcheck").joinpath("data/report.schema.json").read_text())
    doc = json.loads(run("compare", *map(str, TEST_SETS[:2]), "-f", "json").stdout)
    assert len(doc["events"]) == 7 and all("event" in g for g in doc["groups"])
    jsonschema.Draft202012Validator(schema).validate(doc)


def test_the_openings_dates_are_the_written_dates_pattern_finds() -> None:
    """report_date scans a report's opening led by a non-word character: the dates
    WRITTEN_DATE.finditer finds, on the test sets' reports and on dates written next to marks."""
    from pathlib import Path

    from claimcheck.events import _LEDE_DATES
    from claimcheck.lexicon import at_word_starts
    from claimcheck.sources import WRITTEN_DATE

    data = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8")[:4000] for p in sorted(data.glob("*/sources/*.txt"))]
    texts.append("2026-11-18 (20 November 2026), 18–20 Nov 2026;Nov. 20, 2026 x15.03.2026 3.4.2020 a12 May 2024")
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in WRITTEN_DATE.finditer(text)]
        found = [((m.start("at"), m.end()), m.groupdict()) for m in at_word_starts(_LEDE_DATES, text, 0, len(text))]
        assert [(span, {k: v for k, v in groups.items() if k != "at"}) for span, groups in found] == expected


@pytest.mark.parametrize(
    "sidebar",
    ["r/lagos · Created Feb 2, 2010", "Joined: 5 May 2015", "Member since April 3, 2018", "The union was founded on 1 May 1990."],
)
def test_the_day_a_forum_or_a_body_began_does_not_date_the_report(sidebar: str) -> None:
    thread = Source("t", "Megathread: the fuel march\n\nPolice say 40 arrested, organisers say 90.\n\n" + sidebar)
    assert report_date(thread) == (None, None)


def _furniture_off_ungated(text: str, head: bool = True) -> str:
    """events._furniture_off as first written: each pattern tried whenever its old cue is there."""
    text = events._FURNITURE.sub("\n", "\n" + text + "\n")
    if "|" in text or ">" in text or "  " in text or "·" in text:
        text = events._MENU_LINE.sub(events._menu, text)
    if any(cue in text for cue in events._FOOT_CUES):
        text = events._FOOT.sub("\n", text)
    text = text[1:-1]
    top = events._LETTERHEAD.match(text) if head else None
    if top is None or len(events._CAPS_LINE.findall(top.group())) < 2:
        return text
    return text[top.end() :]


@pytest.mark.parametrize(
    "page",
    [
        "KANO TIMES — Voice of the North\nHome | News | Politics | Sport\nBy Amina Bello | 3 May 2026\nThe fire killed 12.",
        "Flood toll rises\nHome  World  Africa  Business\nRescuers found 8 more bodies near the hotel.\nContact: tel. 0803 555 1200",
        "Rains cut the road\nAccueil > Société > Faits divers\nLe bilan est de 7 morts.\n© La Voix 2026 — TOUS DROITS RÉSERVÉS",
        "Strike enters day 3\nThe union said 40,000 marched; police said 9,000.\nCall the desk on Phone: +44 20 7946 0000\nAll Rights Reserved",
        "Quake\nNews » Asia » Nepal\nThe hotel's 30 rooms were empty; approximately 50 guests left.\nFax 01-4200 | Tél.: 01 44 00",
        "Port blast\nPhoto: the harbour at dawn (Harbour Post)\n(Reporting by Jo Lee; editing by Sam Ng)\nsee the reſerved seats\nTEL +1 555",
        "Dam\tbreach\nHome\t|\tNews\t|\tRegions\nWater rose 2 metres;\tthe telegraph line was cut.\nPhoned at 9, the mayor said 3 died.",
    ],
)
def test_furniture_cues_spare_only_the_patterns_that_cannot_match(page: str) -> None:
    # the cheap cues before the furniture patterns skip a pattern only where it would change
    # nothing: the page's head and foot come out as with every pattern tried
    for head in (True, False):
        assert events._furniture_off(page, head) == _furniture_off_ungated(page, head)


def test_a_user_lexicon_reaches_the_events_stage(tmp_path):
    """A page's chrome and the words of a report's first count are the lexicon's
    (grammar.page_chrome, grammar.first_count): a user's words drop a chrome word from a
    report's terms, and make a date in the prose after a count a look back's, not the report's
    (through pipeline.events' lexicon_path too)."""
    import json

    from claimcheck import pipeline
    from claimcheck.events import profile
    from claimcheck.lexicon import load_lexicon

    path = tmp_path / "words.json"
    words = {"grammar": {"page_chrome": {"words": ["sponsored"]}, "first_count": {"words": ["evacuated"]}}}
    path.write_text(json.dumps(words), encoding="utf-8")
    lex = load_lexicon(path)
    page = Source("a", "Sponsored content\n\nFloods in Kisumu: 87 evacuated from the lakeside, officials said.")
    assert "sponsored" in profile(0, page).terms
    assert "sponsored" not in profile(0, page, lex).terms
    text = "87 evacuated in flood\n\nThe country is no stranger to floods. On January 1, 2022, officials said 12 died."
    assert report_date(Source("b", text)) == ("2022-01-01", "text")
    assert report_date(Source("b", text), lex) == (None, None)
    report = tmp_path / "report.txt"
    report.write_text(text, encoding="utf-8")
    assert [e.first for e in pipeline.events([str(report)]).events] == ["2022-01-01"]
    assert [e.first for e in pipeline.events([str(report)], lexicon_path=str(path)).events] == [None]


# a forum thread's posts' heads in the forms forums print them, and texts whose lines start
# with a name and a speech verb that are no thread (a transcript, a wire's quotes, a table)
POST_HEADS = {
    "wrote-time": ("kopi99 wrote (23:10):\nPacked.\nlimau wrote (23:18):\nNo way.\nkopi99 wrote (23:21):\nHaha", True),
    "said": ("kumaresh88 said:\nNews?\ntea_leaf said:\nNo power.\nrajanKMD said:\n19 dead.", True),
    "posted-by": ("Posted by fennel_j on 8 June\nSmoke.\nPosted by martaZ on 8 June\nLocked.\nPosted by rob on 8 June\n11.", True),
    "numbered": ("#1  Posted by Grim_Harbour  17 Jan\nSirens.\n#2  Posted by ankaT  17 Jan\nB wing.\n#3  Posted by pelle  17 Jan\nVans.", True),
    "reddit": ("u/salty_gull · 5h\nGas.\n    u/brigida · 4h\n15k.\n    u/TonyF · 3h\nResign.", True),
    "started-and-replies": ("Thread started by wanka · Posted 21:48\nzeta writes:\nYes.\nomega writes:\nNo.", True),
    "quote-from": ("Quote from lakeman:\n80 on a boat.\nQuoted from samaki:\nWind.\nmamaN replied:\nMy sister.", True),
    "two-posts": ("kopi99 wrote (23:10):\nPacked.\nlimau wrote (23:18):\nNo way.", False),
    "wire-quotes": ("Police said: 40 were held.\nOfficials said: 12 died.\nWitnesses said: the gate shut.", False),
    "transcript": ("MINISTER: We have nine dead.\nQ: How many hurt?\nMINISTER: Forty.\nQ: And held?", False),
    "table": ("Source | Said | Figure\nPolice | said | 40\nUnion | said | 90\nMinistry | said | 12", False),
    "prose": ("The mayor said on Monday that 12 had died. Rescuers wrote their names on a board.", False),
}


@pytest.mark.parametrize("text,thread", POST_HEADS.values(), ids=POST_HEADS.keys())
def test_a_forum_thread_is_known_by_its_posts_heads_and_its_handles_are_no_words(text: str, thread: bool) -> None:
    """Three posts' heads or more make a thread: its posters' handles (an underscore or none:
    'ankaT', 'kumaresh88') are no words of it, wherever they come, and its talk weighs less."""
    text = "Ferry sank off the point\n\n" + text + "\n\nThe ferry sank with 80 aboard off the point; 17 missing."
    p = events.profile(0, Source("a", text))
    assert (events._posters(text)[1] >= events.THREAD_POSTS) is thread
    if thread:
        assert not {"kumaresh", "martaz", "ankat", "pelle", "tonyf", "lakeman", "zeta", "kopi"} & set(p.terms)


def test_a_lone_thread_joins_the_event_it_talks_about() -> None:
    """A thread of posters' talk that shares a few names with the wires of its day joins
    their event, not another of the same day it shares less with; a thread alone in its input
    (no event of two reports) stays an event of its own."""
    folder = ROOT / "tests" / "data" / "one-story" / "mixed-two-threads"
    found = pipeline.events([str(folder)]).events
    assert sorted(sorted(Path(m.path).name[:3] for m in e.members) for e in found) == [
        ["101", "102", "103"], ["201", "202", "203"]
    ]
    thread = folder / "203-thread-ferry.txt"
    assert len(pipeline.events([str(thread)]).events) == 1
