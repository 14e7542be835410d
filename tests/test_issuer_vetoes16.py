"""Wrong issuers the layout rules picked (issue 11): a newspaper's page is no one's statement
whatever its masthead says; a headline's second line, a site's 'Source:' field, a name broken
over two lines and the state over a ministry are no issuer's name as they stand."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source
from claimcheck.voice import issuer, scored_issuer

LEX = load_lexicon()

LIVE_PAGE = """THE HARBOUR TRIBUNE
Home | Politics | Business | Sport | Opinion | Live

LIVE: Dock strike, day three - pickets, arrests and the union's count

Posted: 2027-03-02 07:00 | Updated: 2027-03-02 21:00

21:00 - That is all from us tonight. We will be back at 07:00.

18:30 - Port police say 14 people were arrested at gate four this afternoon.

07:00 - Good morning and welcome to our live coverage of the third day of the strike.
"""

NEWS_SITE_FOOTER = """The Riverside Gazette
Local | Sport | Culture | Obituaries | Classifieds

Editorial staff · Riverside · 3 March 2027

Nine people were hurt when a stand collapsed at the county fair, the fire brigade said. We
spoke to two of them at the hospital.

MORE FROM LOCAL
Fair to reopen on Friday
"""

HEADLINE_IN_TWO_LINES = """FOR IMMEDIATE RELEASE
Harbour City / Geneva, 4 March 2027

HARBOUR CITY: 31 DOCKERS DETAINED, WATCHDOG SAYS;
POLICE MUST RELEASE THEM

At least 31 dockers were detained on Monday, the Dockworkers' Rights Watch (DRW) said today.
We have the names of all of them. Our lawyers have visited 12.

For more information: press@drw.example
"""

SOURCE_FIELD = """Harbour City

Dock strike: Flash Update No. 2 (4 March 2027)

Format: Situation Report
Source: UNDP
Posted: 4 Mar 2027

HIGHLIGHTS

• 31 people were detained on Monday.
"""

BROKEN_NAME = """REPUBLIC OF HARBOURLAND

INDEPENDENT COMMISSION OF INQUIRY INTO THE EVENTS OF
THE NORTH DOCKS, HARBOUR CITY

SUMMARY REPORT

1.1 The Commission held 20 hearings. It finds that 4 people died.
"""

STATE_OVER_MINISTRY = """THE UNITED REPUBLIC OF HARBOURLAND
MINISTRY OF LABOUR
Press Office

PRESS RELEASE

1. The Ministry of Labour informs the public that 31 dockers were detained on Monday.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (LIVE_PAGE, None),  # a live page under a masthead and a news menu: its reporters' voice
        (NEWS_SITE_FOOTER, None),  # a newsroom's byline; its 'more from' box names no one
        (HEADLINE_IN_TWO_LINES, "Dockworkers' Rights Watch (DRW)"),  # not the headline's second line
        (SOURCE_FIELD, "UNDP"),  # a site's 'Source:' field names its value
        (BROKEN_NAME, "INDEPENDENT COMMISSION OF INQUIRY INTO THE EVENTS OF THE NORTH DOCKS"),
        (STATE_OVER_MINISTRY, "MINISTRY OF LABOUR"),  # 'THE UNITED REPUBLIC OF …' is the state over it
    ],
)
def test_layout_rules_name_no_wrong_issuer(text: str, want: str | None) -> None:
    assert issuer(Source(id="t", text=text), LEX) == want


def test_an_e_mailed_release_is_its_senders_when_its_headline_names_no_one() -> None:
    # the mail's sender is the source's outlet: with the release's sign-off, it is the issuer
    body = (
        "FOR IMMEDIATE RELEASE\nHarbour City, 4 March 2027\n\nDOCKERS DETAINED, GROUP SAYS;\nPOLICE MUST ACT\n\n"
        "At least 31 dockers were detained on Monday, the group said today. We have\n"
        "the names of all of them and our lawyers have visited twelve of them in the\n"
        "cells of the port police station.\n\nFor more information: press@drw.example\n\n"
        "--\nDockworkers Rights Watch\nwww.drw.example\n"
    )
    source = Source(id="t", text=body, outlet="Dockworkers Rights Watch")
    assert issuer(source, LEX) == "Dockworkers Rights Watch"


def test_a_live_pages_own_figures_stay_no_ones() -> None:
    claims = extract_claims(Source(id="t", text=LIVE_PAGE))
    assert [(c.text, c.claimant) for c in claims if c.measure == "arrested"] == [("14", "Port police")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("By the next morning the governor's office was talking of 23 dead.", "the governor's office"),
        ("The dockers' union talks of 900 arrests.", "The dockers' union"),
        ("Late on Monday the ministry's toll from the collapse stood at 33.", "the ministry"),
    ],
)
def test_a_figure_talked_of_or_a_toll_owned_is_its_speakers(text: str, want: str) -> None:
    claims = extract_claims(Source(id="t", text=text))
    assert [c.claimant for c in claims] == [want]


# The scored decision (voice.scored_issuer) reads more of what the layout rules read, so that it
# agrees with them where both apply: a 'by' in a header's sentence is no byline, the
# letterhead's first name over what the document is weighs most, and a name the first lines
# define with its acronym counts.

SCORED_COMMUNIQUE = """REPUBLIC OF HARBOURLAND
MINISTRY OF LABOUR
Department of Port Inspection

COMMUNIQUÉ No. 14/2027
(Unofficial translation by the Office. In case of discrepancy the original prevails.)

1. The Ministry of Labour informs that 31 dockers were detained on Monday.
2. The Ministry of Labour reiterates its call for calm.
"""

SCORED_ACRONYM = """Press release

Harbour City, 4 March 2027 - The Dockworkers Rights Watch (DRW) said today that we have
recorded 31 detentions since Monday. Our lawyers have visited twelve of those held.
We call on the port police to publish the names.

For more information: press@drw.example
Dockworkers Rights Watch
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (SCORED_COMMUNIQUE, "MINISTRY OF LABOUR"),  # not its department; '… by the Office' is no byline
        (SCORED_ACRONYM, "Dockworkers Rights Watch (DRW)"),
    ],
)
def test_the_scored_decision_reads_the_letterhead_as_the_rules_do(text: str, want: str) -> None:
    assert scored_issuer(Source(id="t", text=text), LEX) == want
