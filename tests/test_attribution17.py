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
