"""Attribution on fresh text (issue 11, session 17): a site's language menu names no issuer;
more cases are added below as they are fixed."""

from __future__ import annotations

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
