"""Attribution on fresh text (issue 11, session 17): a site's language menu names no issuer;
more cases are added below as they are fixed."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source
from claimcheck.voice import issuer

LEX = load_lexicon()

RELEASE_UNDER_A_MENU = """harbourwatch.example  |  Sadama Vaht / Harbour Watch
Home   Campaigns   Donate   News   EST | ENG | RUS

PRESS RELEASE - for immediate release
Harbour City, 4 March 2027

WE WERE 1,800 AT THE GATES. FORTY OF US WERE DETAINED.

On Saturday we were 1,800 at the gates of the port, counted by our stewards at the two
entrances. Our legal team recorded forty detentions over the weekend. We will be back.

Media contact: press@harbourwatch.example
"""


def test_a_sites_language_menu_names_no_issuer() -> None:
    # 'ENG' of 'EST | ENG | RUS' is a language, not the body whose statement this is
    assert issuer(Source(id="t", text=RELEASE_UNDER_A_MENU), LEX) == "Sadama Vaht"
    claims = extract_claims(Source(id="t", text=RELEASE_UNDER_A_MENU))
    assert {c.claimant for c in claims if c.measure == "arrested"} == {"Sadama Vaht"}


FORUM_QUOTES_A_RELEASE = """r/harbourcity
Posted by u/dockwatcher · 3 Mar 2027 · MOD
Megathread: dock strike, day two

Keep it civil please.

From the Port Police press release this evening, my translation:

> Over the two days officers detained 31 persons at the container terminal.
> Four police officers were injured.

u/quayside_kid · 3 Mar 2027 · 40 points
I was there, maybe 600 people at the gate.

u/Harbour_Watch_official · 3 Mar 2027  ✔ Organiser
We were 1,800 at the gates on Saturday. Our medics treated 14 people.

    u/quayside_kid · 3 Mar 2027 · 12 points
    Rubbish, there were 900 protesters there at most.
"""


def _claimants(text: str, measure: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.claimant) for c in extract_claims(Source(id="t", text=text)) if c.measure == measure]


def test_a_release_a_post_quotes_under_its_line_is_the_bodys() -> None:
    # 'From the Port Police press release …:' over a '> ' block: each figure of the block is
    # the police's, not the poster's own voice (the second sentence names no one)
    assert _claimants(FORUM_QUOTES_A_RELEASE, "arrested") == [("31", "Port Police")]
    assert ("Four", "Port Police") in _claimants(FORUM_QUOTES_A_RELEASE, "injured")


def test_a_bodys_own_account_in_a_thread_speaks_for_it() -> None:
    # a badged organiser's 'We were 1,800', 'Our medics treated 14': the account's; a
    # reader's answer stays the reader's own voice (no one)
    crowd = _claimants(FORUM_QUOTES_A_RELEASE, "participants")
    assert ("1,800", "u/Harbour_Watch_official") in crowd
    assert ("900", None) in crowd
    assert ("14", "u/Harbour_Watch_official") in _claimants(FORUM_QUOTES_A_RELEASE, "injured")


@pytest.mark.parametrize(
    ("text", "figure", "want"),
    [
        # a passive estimate's agent with its acronym after it, before a clause of its own
        ("At its peak the crowd was estimated at around 800 by the Harbour Police Service (HPS), while "
         "the union said 3,000 took part.", "around 800", "the Harbour Police Service"),
        # a body's report named with its acronym gives the figures
        ("Early reports by the Harbour Fire Service (HFS) gave two dead and eleven injured.", "two",
         "the Harbour Fire Service"),
        # 'and that its stewards had counted …': the stewards, no speaker named, are the union's
        ("The union said 3,000 took part and that its stewards had counted 3,120 at the gates.", "3,120",
         "The union"),
        # whose count a 'by' names
        ("A march last year drew about 2,500 people by the police count.", "about 2,500", "the police"),
        ("According to the union's own tally, 40,000 marched.", "40,000", "the union"),
        # a body that keeps to its own figure, in the progressive
        ("The police are sticking to their count of roughly 4,000 marchers.", "roughly 4,000", "The police"),
        # a source named far after its figure still closes its clause before a semicolon
        ("The same afternoon about 200 people gathered outside the Ministry of Labour in the capital, "
         "according to a committee member; police said nine were detained.", "about 200", "a committee member"),
        # 'recognized' tells a body's figure as 'acknowledged' does
        ("The army, which in its communiqué of Wednesday had recognized only two dead, later confirmed a third.",
         "two", "The army"),
        # who found the dead is no body of record: the one who tells it speaks
        ("The health minister told a news conference that rescuers had found seven people dead inside the plant.",
         "seven", "The health minister"),
        ("The minister said the inquiry found 40 people had died.", "40", "the inquiry"),
        # 'remain admitted' is a ward's word, not a speaker's admission
        ("Seventeen remain admitted; five of them are in a critical condition, the doctor says.", "five",
         "the doctor"),
    ],
)
def test_who_gave_a_figure_within_its_sentence(text: str, figure: str, want: str) -> None:
    claims = extract_claims(Source(id="t", text=text))
    assert [c.claimant for c in claims if c.text == figure] == [want]


LIVE_ENTRY_TABLE = """Harbour crash: live

11:05
Where the injured are being treated. Figures supplied by the three hospitals, as of 10am:
Hospital Patients admitted North General Hospital 12 Harbour Christian Hospital 8 Total 20

10:30
Rescuers are still at the site.
"""


def test_a_table_a_line_credits_to_the_bodies_it_counts_is_theirs() -> None:
    # 'Figures supplied by the three hospitals, as of 10am:' over a table scraped onto one line
    claims = extract_claims(Source(id="t", text=LIVE_ENTRY_TABLE))
    assert {c.claimant for c in claims if c.measure == "injured"} == {"three hospitals"}


TRANSCRIPT_OWN_COUNT = """MINISTER KOVAC: Good afternoon. Five people have lost their lives.

According to the data we collected from the hospitals, thirty-one people were injured in total.

Q: And the arrests?

MINISTER KOVAC: Two people are in custody.
"""


def test_data_a_speaker_collected_from_hospitals_is_the_speakers_count() -> None:
    # 'the data we collected from the hospitals': the minister's own count (but 'information
    # we have received from the Public Defender' is the Defender's)
    claims = extract_claims(Source(id="t", text=TRANSCRIPT_OWN_COUNT))
    assert [c.claimant for c in claims if c.text == "thirty-one"] == ["Minister Kovac"]
    received = "According to information we have received from the Public Defender, 31 people were injured."
    assert [c.claimant for c in extract_claims(Source(id="t", text=received))] == ["the Public Defender"]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Red Cross treated 31 people on Sunday. The body said five had fractures.",
        "The Harbour Red Cross treated 31 people on Sunday. Five people were injured, informed the institution.",
    ],
)
def test_a_description_that_fits_any_body_is_the_one_named_last(text: str) -> None:
    # 'the body', 'the institution' name no word of 'Harbour Red Cross': the organisation named last
    claims = extract_claims(Source(id="t", text=text))
    assert [c.claimant for c in claims if c.text in ("five", "Five")] == ["Harbour Red Cross"]
