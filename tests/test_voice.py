"""The document's own voice by one scored decision (issue 11): a statement whose layout no
rule knows is still its issuer's when enough signals agree (first person, a sign-off, a
contact line, what the header calls it, numbered points) and one candidate is named in the
right places (letterhead, 'We, the …,', sign-off, about box, the body's third-person
self-references); a reporter's page, a fact-check or a title in capitals is no one's."""

from __future__ import annotations

import pytest
from corpus import report_texts

from claimcheck.entities import plausible
from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source
from claimcheck.voice import issuer, scored_issuer

LEX = load_lexicon()

LANTERN = """ES | EN
Casa del Farol - Lantern House Archive - Valparaíso
Home   Visit   Collections   Learn   Contact

THE 1931 DOCK FIRE

The archive keeps the registers of the port brigade. Visitors often ask us how many died, and we answer with care.
Our researchers have confirmed 41 deaths from the registers. Around 90 people were treated for burns.
We keep a list of names still unconfirmed; if you know of one, please write to us. Our reading room is open to all.

The Lantern House Archive holds 600 photographs of the fire.
Visit us: Tuesday to Sunday. Tel. +56 32 555 0199. archivo@lantern.example
"""

BOATMEN = """CROSSING LINE | Boatmen's cooperative | Mopti

Home  ·  About us  ·  Our work  ·  Statements

STATEMENT | Mopti | 4 March 2027

We, Crossing Line, have recorded the deaths of 14 passengers since the ferry sank.
Our volunteers counted 63 survivors at the landing. We call on the authorities to publish the manifest.

Media contact: Awa Traoré, +223 7000 0000, press@crossingline.example
"""

COMMUNIQUE = """Portal of the State | Official information
Ministerio de Obras Públicas
Home > News > Communiqués

COMMUNIQUÉ No. 12-2027

1. The Ministry of Public Works informs that 3 workers died when the scaffold fell.
2. Eleven workers were taken to hospital.
3. The Ministry of Public Works reiterates its condolences to the families.

Office of Communications - Ministry of Public Works
Central: (01) 555-0000
"""

FACT_CHECK = """VERIFY NOW
Fact-check | Verdict: MISLEADING

Did 300 people die at the ferry? We checked. Our team found the claim spread on Sunday.
We contacted the port authority, which told us 14 died. Our rating is below.
Contact: desk@verifynow.example
"""

TITLE_IN_CAPS = """DROWNED FOR GOLD

We went to the river three times. Our notes show 12 dead, and we kept counting.
We will publish more. Our thanks to the families.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (LANTERN, "Lantern House Archive"),  # a museum's page: its menu, 'we' and a contact line
        (BOATMEN, "Crossing Line"),  # 'We, Crossing Line,' under a masthead in capitals
        (COMMUNIQUE, "Ministry of Public Works"),  # named in its numbered points and its sign-off
        (FACT_CHECK, None),  # a fact-check says 'we' and has a contact line: a reporter's page
        (TITLE_IN_CAPS, None),  # a title in capitals the body never names again is no issuer
    ],
)
def test_a_scored_decision_names_the_issuer_or_no_one(text, want):
    assert scored_issuer(Source(id="t", text=text), LEX) == want


def test_the_scored_issuer_owns_the_unattributed_figures():
    claims = extract_claims(Source(id="t", text=LANTERN))
    by_value = {c.value: c.claimant for c in claims}
    assert by_value[41] == "Lantern House Archive"  # 'Our researchers have confirmed 41 deaths'
    assert by_value[90] == "Lantern House Archive"  # no speaker in its own sentence


def test_a_news_report_with_a_dateline_gets_no_scored_issuer():
    text = "Ferry toll rises\n\nMOPTI (Reuters) - We were told 14 died, the Crossing Line group said.\n" + BOATMEN
    assert issuer(Source(id="t", text=text), LEX) is None


def test_a_name_that_opens_with_its_date_is_a_speaker():
    assert plausible("May 12 Memorial Museum", LEX) and plausible("April 6 Youth Movement", LEX)
    assert not plausible("May 12", LEX)


def _texts_of_the_sets() -> list[str]:

    return [*report_texts()] + [
        "Issued by the Office.\nFOR MORE INFORMATION\n— ENDS —\nShare this statement\nAbout us",
        "x\nabout The Union\n  ###\nNotes to editors\nfor further   information please",
        "Tel. 045 512 000, (01) 518-0000, +223 7000 0000, press@union.example, TÉL: 22 33 44 55",
        "ſhare this page; İssued by; phone 1234567",
    ]


def test_the_statement_evidence_scans_try_only_where_a_match_can_start() -> None:
    """voice._sign_marks and voice._contact try SIGN_MARKS at line starts and at its cues,
    CONTACT_PHONE at its cues and CONTACT_MAIL only with an '@': the cues are what every match
    opens with (rules.leading_literals reads them off the patterns, so a mark or a number
    written otherwise fails here), and the answers are the patterns' own scans' on every test
    report."""
    import re
    from itertools import islice

    from claimcheck.parse.numbers import fold
    from claimcheck.parse.rules import leading_literals
    from claimcheck.voice import (
        CONTACT_MAIL,
        CONTACT_PHONE,
        PHONE_CUES,
        SIGN_MARK_CUES,
        SIGN_MARKS,
        _contact,
        _sign_marks,
    )

    assert leading_literals(SIGN_MARKS) == frozenset(("^", *SIGN_MARK_CUES))
    assert leading_literals(CONTACT_PHONE) == frozenset(PHONE_CUES)
    contact = re.compile(f"{CONTACT_MAIL.pattern}|{CONTACT_PHONE.pattern}", re.IGNORECASE)
    for text in _texts_of_the_sets():
        for start in (0, len(text) // 2, max(0, len(text) - 1500)):
            body = text[start:]
            assert _sign_marks(body, fold(body)) == len(list(islice(SIGN_MARKS.finditer(body), 3)))
            assert _contact(text, start) == (contact.search(text, start) is not None)


def test_we_is_counted_as_the_pattern_counts_it() -> None:
    """voice._we_said finds WE's words with str.find (WE_WORDS: what the pattern matches,
    lower-cased) and tests their ends: the counts of WE's own scan over the text without its
    quotations, on every test report."""
    from itertools import islice, product

    from claimcheck.voice import QUOTATION, WE, WE_WORDS, _quotations, _we_said

    for word in ("we", "our", "us", "uſ", "he", "os", "ous", "u"):  # every casing of WE's words, and others
        for cased in product(*[(c, c.upper()) for c in word]):
            assert (WE.fullmatch("".join(cased)) is not None) == (word in WE_WORDS), cased
    extra = ['We said "we" and “we” — our_ we_r us1 _us (us) US. wewe; Uſ', "we", "", "ours", "“we”, “", '"we']
    extra += ['a "b\nus" we "our" “x"y” "z“ ” us', '"“we”" us “"', '“ we " us ” "\n" we']
    for text in _texts_of_the_sets() + extra:
        assert _quotations(text) == [m.span() for m in QUOTATION.finditer(text)], text[:80]
        for most in (2, 6, 1000):
            assert _we_said(text, most) == len(list(islice(WE.finditer(QUOTATION.sub(" ", text)), most))), text[:80]


def test_the_evidence_read_only_while_it_may_reach_the_bar() -> None:
    """scored_issuer reads 'we' and the sign-off marks only while the score may still reach
    STATEMENT_AT: the same decision as the whole score's, and the whole score when it does,
    on every test report."""
    from claimcheck.voice import STATEMENT_AT, TOP, _header_block, _statement_evidence

    for text in _texts_of_the_sets():
        for start in (0, text.find("\n\n") + 2):
            lines = _header_block(text[start : start + TOP])
            whole = _statement_evidence(text, start, lines, LEX)
            cut = _statement_evidence(text, start, lines, LEX, STATEMENT_AT)
            assert (cut >= STATEMENT_AT) == (whole >= STATEMENT_AT)
            assert cut == whole or cut < STATEMENT_AT


# Wrong issuers the layout rules picked (issue 11): a newspaper's page is no one's statement
# whatever its masthead says; a headline's second line, a site's 'Source:' field, a name broken
# over two lines and the state over a ministry are no issuer's name as they stand.


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


LANGUAGE_SWITCH = """Rádio Svobody / Free Radio Alliance
Association of independent broadcasters
svobody.example  >  News  >  Statements                                  SK | EN

STATEMENT OF THE FREE RADIO ALLIANCE ON THE MARCH OF 3 MAY

We were more than 40,000 in Bratislava, and our stewards counted every street.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (LIVE_PAGE, None),  # a live page under a masthead and a news menu: its reporters' voice
        (LANGUAGE_SWITCH, "Free Radio Alliance"),  # a site's language switch 'SK | EN' names no one
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


# A site's language menu names no issuer (issue 11).


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


# A statement whose title names its issuer and then the town it was issued in (issue 11).


def test_a_statement_title_names_its_issuer_then_its_town() -> None:
    lex = load_lexicon()
    text = (
        "STATEMENT OF THE TENANTS' ASSOCIATION OF 14 MILL ROAD, KARLOVO\n\n"
        "Karlovo, 3 March 2026\n\n"
        "We are the families of 14 Mill Road. Since the fire our association has counted 31 of our "
        "neighbours who were hurt, not the 12 the city speaks of. We ask that the list be made public.\n\n"
        "On behalf of the Tenants' Association,\nIvan Petrov, chair\n"
    )
    owner = issuer(Source(id="t", text=text), lex)
    assert owner is not None and "KARLOVO" not in owner and "ASSOCIATION" in owner
    assert plausible("The Tenants' Association of 14 Mill Road", lex)
    assert not plausible("a fire at 14 Mill Road", lex)


def test_a_user_label_head_makes_numbered_headings_no_posts(tmp_path) -> None:
    """A bulletin's numbered headings, dated like posts, are a part of the document when their
    first word is one of the lexicon's grammar.label_heads: a user's word joins them."""
    import json

    from claimcheck.voice import posts

    path = tmp_path / "words.json"
    path.write_text(json.dumps({"grammar": {"label_heads": {"words": ["dispatch"]}}}), encoding="utf-8")
    text = (
        "Flood live\n\nDISPATCH No. 1 — 22 June 2026, 18:00 hrs\nTwelve people died.\n\n"
        "DISPATCH No. 2 — 22 June 2026, 21:00 hrs\nFifteen people died.\n"
    )
    assert posts(text, 0) == [(52, "DISPATCH No. 1"), (114, "DISPATCH No. 2")]
    assert posts(text, 0, load_lexicon(path)) == []
    assert posts(text.replace("DISPATCH", "UPDATE"), 0) == []


def _claimant_of(text: str, value: int) -> str | None:
    claims = [c for c in extract_claims(Source(id="t", text=text)) if c.value == value]
    assert len(claims) == 1, f"expected one claim of {value}, got {claims}"
    return claims[0].claimant


def case(id: str, *values: object) -> object:
    return pytest.param(*values, id=id)


def xfail(id: str, *values: object, reason: str) -> object:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


# A statement's own voice in the first person ('Two of our volunteers were among the injured')
# is its author's, named in its letterhead (with its town after a dash: 'X — Ruseifa'; a name's
# particle: 'Nour al-Khair'), by 'We at/in/of the X' or 'We, the X,' in its first lines, or in
# a sign-off after its last sentence (not a heading above a short body). Sentences of our own
# (session 26): the first twelve written before reading the code (11/12 at main), the next six
# after reading one set's miss and before the fix (1/6 at main), the last six after the fix
# without reading the code again (1/6 at main, 6/6 with it).
OWN_VOICE = [
    case('our-crew-among-hurt', 'Harbour Lifeboat Trust\nPRESS RELEASE\n\nTorvik, 3 May\n\nThe storm hit the pier at dawn. Four of our crew members were among those hurt when the slipway collapsed.', 4, 'Harbour Lifeboat Trust'),
    case('our-members-held', "STATEMENT BY THE KESTREL MINERS' GUILD\n\nThe strike entered its third day. Eleven of our members were taken into custody outside the pithead on Tuesday.", 11, "KESTREL MINERS' GUILD"),
    case('we-fielded', 'Press statement — Valdora Nurses Federation\n\nThe march passed the ministry at noon. We fielded 45 stewards along the route to keep order.', 45, 'Valdora Nurses Federation'),
    case('our-count-marched', 'Oxbridge Tenants Collective\nFor immediate release\n\nBy our count, some 3,000 tenants marched to the council offices.\n\nOxbridge Tenants Collective\nPress office', 3000, 'Oxbridge Tenants Collective'),
    case('our-volunteers-injured-passive', 'Harbour Lifeboat Trust\nPRESS RELEASE\n\nTorvik, 3 May\n\nOur boats reached the ferry within an hour. Two of our volunteers were injured while pulling passengers from the water.', 2, 'Harbour Lifeboat Trust'),
    case('we-lost', "STATEMENT BY THE KESTREL MINERS' GUILD\n\nThe roof of the east gallery gave way on Monday night. We lost six brothers in the fall.", 6, "KESTREL MINERS' GUILD"),
    case('our-branch-nurses-arrested', 'Press statement — Valdora Nurses Federation\n\nPolice moved in at 4 p.m. Nine nurses from our Eastside branch were arrested and remain in the central station.', 9, 'Valdora Nurses Federation'),
    case('us-bring-together', 'Oxbridge Tenants Collective\nFor immediate release\n\nRoughly 800 of us gathered in front of the town hall on Saturday.\n\nOxbridge Tenants Collective\nPress office', 800, 'Oxbridge Tenants Collective'),
    xfail('own-staff-among-dead', 'Harbour Lifeboat Trust\nPRESS RELEASE\n\nTorvik, 3 May\n\nIt is with deep sadness that we confirm that three of our own staff died in the fire at the boathouse.', 3, 'Harbour Lifeboat Trust', reason='no claim of this figure (recall, not attribution)'),
    case('our-medics-treated', 'Press statement — Valdora Nurses Federation\n\nOur medics treated 27 marchers for the effects of tear gas at the first-aid tent.', 27, 'Valdora Nurses Federation'),
    case('our-rescuers-deployed', 'Harbour Lifeboat Trust\nPRESS RELEASE\n\nTorvik, 3 May\n\nWithin the hour we had 60 rescuers on the beach, working in teams of four.', 60, 'Harbour Lifeboat Trust'),
    case('our-miners-hurt-second-para', "STATEMENT BY THE KESTREL MINERS' GUILD\n\nManagement has still not answered our letter.\n\nTwenty-two of our men were hurt when the cage fell, five of them badly.", 22, "KESTREL MINERS' GUILD"),
    case('letterhead-dash-town', 'Dar al-Aman Relief Association — Irbid\n\nTO THE PUBLIC\n\nOur teams worked through the night at the camp. We evacuated 140 families and our medics treated 33 injured people before dawn. We thank our partners.', 33, 'Dar al-Aman Relief Association'),
    case('we-at-the-org', 'Update from the field, 4 June\n\nWe at the Blue Ridge Mountain Rescue Team have been on the hill since Friday. Five of our members were hurt in the rockfall on Saturday.', 5, 'Blue Ridge Mountain Rescue Team'),
    case('we-of-the-org', 'Open letter\n\nWe of the Lakeside Residents Association write to you in anger. Twelve of our neighbours were arrested at the dam site on Monday and we have not been allowed to see them.', 12, 'Lakeside Residents Association'),
    case('letterhead-pipe-city', "Sanctuary Women's Network | Kisumu\n\nNOTICE\n\nOur shelter took in 19 women injured in the clashes this week. We ask the county for help.", 19, "Sanctuary Women's Network"),
    case('we-in-the-org-arrest', 'To our members and friends,\n\nWe in the Hollow Creek Farmers Cooperative are shaken. Police arrested eight of our growers at the market on Thursday, and we demand their release.', 8, 'Hollow Creek Farmers Cooperative'),
    case('letterhead-ibn-name', "Ibn Rushd Medical Volunteers - Tunis\n\nStatement on Friday's march\n\nOur volunteers counted some 4,000 marchers on the avenue. We treated 21 people for tear gas.", 21, 'Ibn Rushd Medical Volunteers'),
    case('k1b-guild-dash-city', "Weavers' Guild of Kano — Kano\n\nPublic notice\n\nOur looms stood idle on Monday. Fourteen of our apprentices were detained by the market police and we demand to see them.", 14, "Weavers' Guild of Kano"),
    case('k1b-we-at-clinic-network', 'Dear friends,\n\nWe at the Open Door Clinics Network have been working around the clock. Our nurses treated 58 people hurt in the stampede at the depot.', 58, 'Open Door Clinics Network'),
    case('k1b-we-of-federation', 'We of the Coastal Fishers Federation mourn our brothers. Eleven of our fishermen drowned when the patrol boat rammed their canoes.', 11, 'Coastal Fishers Federation'),
    case('k1b-letterhead-pipe-town', 'Green Valley Farmers Union | Eldoret\n\nUPDATE\n\nOur members gathered at the depot at 6 a.m. Police arrested 23 of our farmers before noon. We will return tomorrow.', 23, 'Green Valley Farmers Union'),
    case('k1b-we-comma-the', 'We, the Riverside Tenants Alliance, state the following. About 1,200 of our tenants joined the march on Saturday.', 1200, 'Riverside Tenants Alliance'),
    case('k1b-letterhead-ben-name', 'Ben Yusuf Youth Association - Sfax\n\nOn Friday our volunteers handed out water along the route. We counted 36 injured marchers at our first-aid post.', 36, 'Ben Yusuf Youth Association'),

]


@pytest.mark.parametrize(("text", "value", "want"), OWN_VOICE)
def test_a_statements_first_person_is_its_authors(text: str, value: int, want: str) -> None:
    assert _claimant_of(text, value) == want


# Session 28 (attr28), written before the fix: a release in the first person whose author's name
# stands over a title in capitals that speaks ('WE WILL NOT BE MOVED', 'OUR NURSES HELD THE LINE':
# a headline, no name), glossed in another language in brackets, or only in a sign-off under a
# person's name and role. First run at main: 10/14 failed; after the fix 0 (one xfail: no claim of
# its figure, recall).
OWN_VOICE_28 = [
    case('k28-caps-title-we', 'Lowland Dairy Cooperative\nMEDIA STATEMENT\nArvik, 2 March 2027\n\nWE WILL NOT BE MOVED FROM OUR PASTURES\n\nOur stewards counted 3,400 farmers at the gates of the assembly. We thank every one of them.', 3400, 'Lowland Dairy Cooperative'),
    case('k28-caps-title-our-nurses', 'Sisters of the Harbour Clinic\nPress release\n\nOUR NURSES HELD THE LINE ALL NIGHT\n\nOur night team treated 41 people for burns and smoke after the warehouse blaze. We are exhausted but proud.', 41, 'Sisters of the Harbour Clinic'),
    case('k28-caps-title-they', 'Northfield Porters Guild\nNOTICE TO THE PRESS\n\nTHEY TOOK OUR BROTHERS AT DAWN\n\nSeventeen of our porters were detained at the freight yard on Monday. We demand to see them.', 17, 'Northfield Porters Guild'),
    case('k28-caps-title-i', 'Canal Street Shopkeepers Circle\nStatement\n\nI SAW MY STREET BURN, SAYS OUR CHAIR\n\nOur members counted 9 shops gutted and we recorded 12 of our traders injured in the rioting.', 12, 'Canal Street Shopkeepers Circle'),
    xfail('k28-caps-title-us', 'Brightwater Tenants Front\nFOR IMMEDIATE RELEASE\n\nNONE OF US WILL PAY THE NEW RENT\n\nAbout 2,600 of our households joined Sunday\'s march, our marshals estimate.', 2600, 'Brightwater Tenants Front', reason='no claim of this figure (households: recall, not attribution)'),
    case('k28-caps-title-our-dead', 'Upland Quarry Workers Brotherhood\nCommuniqué\n\nWE BURY OUR DEAD TODAY\n\nWe lost five of our comrades when the face of the pit gave way on Thursday.', 5, 'Upland Quarry Workers Brotherhood'),
    case('k28-gloss-letterhead', 'SOCORRO MUTUO DEL VALLE (Mutual Aid of the Valley)\nPress release\n\nOur brigades reached the landslide within the hour. We pulled 14 people alive from the mud and our paramedics treated 29 others.', 29, 'SOCORRO MUTUO DEL VALLE'),
    case('k28-gloss-letterhead-mixed', 'Wspólnota Górników (Miners\' Fellowship)\nStatement\n\nOur rescue crews recovered 8 bodies from the shaft overnight. We mourn with the families.', 8, 'Wspólnota Górników'),
    case('k28-gloss-letterhead-caps-title', 'LIGA DE INQUILINOS (Tenants League)\nPRESS STATEMENT\n\nWE FILLED THE AVENUE\n\nOur monitors counted 7,500 people on the avenue at noon.', 7500, 'LIGA DE INQUILINOS'),
    case('k28-signoff-under-role', 'Statement on the events of Saturday\n\nOur first-aid volunteers saw 34 injured marchers at the two tents we ran near the bridge. We ask the city to explain the charge.\n\nSigned,\nTomas Reyna, coordinator\nGreen Corridor Walkers\n', 34, 'Green Corridor Walkers'),
    case('k28-signoff-role-line', 'To the press\n\nYesterday 19 of our members were taken into custody outside the depot. We have not been allowed to see them.\n\nAna Perel\nSecretary\nHillside Bakers Fellowship\n', 19, 'Hillside Bakers Fellowship'),
    case('k28-signoff-dash-role-org', 'Press note\n\nOur stewards counted about 4,200 people at the rally in Dock Square. We thank the city for the calm.\n\n— Mira Coll, spokeswoman, Friends of Dock Square\n', 4200, 'Friends of Dock Square'),
    case('k28-caps-title-letterhead-second', 'MEDIA RELEASE\nWestbank Volunteer Boatmen\n\nOUR CREWS NEVER STOPPED\n\nOur boats carried 230 people off the flooded islands. Three of our volunteers were hurt.', 3, 'Westbank Volunteer Boatmen'),
    case('k28-caps-title-their', 'Riverside Parents Circle\nStatement\n\nTHEIR CHILDREN, OUR CHILDREN\n\nWe counted 26 pupils hurt in the crush at the school gate, 4 of them seriously.', 26, 'Riverside Parents Circle'),
]


@pytest.mark.parametrize(("text", "value", "want"), OWN_VOICE_28)
def test_a_releases_author_over_a_title_that_speaks_or_under_a_role(text: str, value: int, want: str) -> None:
    assert _claimant_of(text, value) == want


# Session 29 (voice29), written before the fix: a statement whose only naming of its issuer is
# its title line, the issuer's name and what the document is on either side of a dash, a colon or
# a bar ('Harbour Police - statement (translated)', 'MINISTRY OF WATER: press note No. 4'), or
# what it is then 'from'/'by' its name; its figures in plain third-person prose, no 'we'. The
# kind's head is any document a body issues (a note, a circular, an advisory), after a word or
# two ('Urgent', 'Media', 'Press'). Not a headline that only names a body and a statement.
TITLED_ISSUER = [
    case('t29-dash-statement-translated', 'Port Louis Coast Guard - statement (translated from French)\nMonday 4 May 2026, 09:00\n\nUpdate on the capsizing off Grand Baie\n\nEleven passengers have died. A further 23 were taken to hospital.', 23, 'Port Louis Coast Guard'),
    case('t29-caps-press-note-number', 'MINISTRY OF WATER AND SANITATION - PRESS NOTE No. 12/2026\n\nThe dam breach of Sunday night flooded four villages. 6 persons lost the life and 40 houses were destroyed.', 6, 'MINISTRY OF WATER AND SANITATION'),
    case('t29-communique-of-name', 'Ministry of Labour and Social Affairs - Communique (unofficial translation)\nTbilisi, 5 June 2026\n\nSome 4,800 workers stopped work at the smelter on Thursday and 300 of them stayed inside overnight.', 4800, 'Ministry of Labour and Social Affairs'),
    case('t29-urgent-statement', 'Sahel Prisoners Watch - Urgent statement\n2 December 2026\n\nAt least 35 detainees have been moved to solitary cells since the riot was put down. Relatives were not told.', 35, 'Sahel Prisoners Watch'),
    case('t29-colon-statement-on', 'Directorate of Civil Defence: statement on the market fire\nFriday 9 October 2026\n\nThe number of victims of the fire has risen to 17. Another 52 people received treatment at the scene.', 17, 'Directorate of Civil Defence'),
    case('t29-em-dash-bulletin', 'Lake District Ambulance Service — Bulletin 3\n\nCrews attended the bus crash on the A591 from 14:10. 27 patients were conveyed to hospital, 4 of them by air.', 27, 'Lake District Ambulance Service'),
    case('t29-en-dash-circular', 'Teachers Union of Kivu – Circular to members\n\nThe strike was followed by some 9,000 teachers across the province on its first day.', 9000, 'Teachers Union of Kivu'),
    case('t29-pipe-advisory', 'Northern Railways Authority | Travel advisory\n\nTwo trains collided at Kemi junction this morning. 3 staff members were injured and services are suspended.', 3, 'Northern Railways Authority'),
    case('t29-media-statement-caps', 'HARBOUR CITY FIRE BRIGADE - MEDIA STATEMENT\n\nAt 02:15 the brigade was called to the warehouse on Dock Road. 60 firefighters fought the blaze for six hours. Two workers were found dead inside.', 60, 'HARBOUR CITY FIRE BRIGADE'),
    case('t29-statement-from-name', 'Statement from Bluewave Festivals\n19 July 2027\n\nSaturday\'s concert at the racecourse was attended by 31,200 ticket holders. The show was stopped at 22:40.', 31200, 'Bluewave Festivals'),
    case('t29-notice-by-name', 'Public notice by the Kaduna State Emergency Management Agency\n\nThe flood has killed 23 people in Zaria and Kaduna South. Relief camps have been opened.', 23, 'Kaduna State Emergency Management Agency'),
    xfail('t29-information-note-letterhead', 'REPUBLIC OF ARDENIA\nNational Gendarmerie\nINFORMATION NOTE - Office of the Director\n\nIn the clashes of 3 March at Vell, 14 persons were arrested and 9 gendarmes were injured.', 14, 'National Gendarmerie', reason="the office named after the kind's dash is read as the issuer, not the body over it"),
    case('t29-update-translated-bracket', '[Translated from Portuguese]\n\nSecretariat of Public Security: update on the prison riot\n\nThe number of inmates killed in the unrest reached 8 on Tuesday, the same as on Monday night.', 8, 'Secretariat of Public Security'),
    case('t29-declaration-dash-name', 'Declaration - Confederation of Andean Miners\n\nThe stoppage of Monday was joined by 12,000 miners in the three provinces.', 12000, 'Confederation of Andean Miners'),
    case('t29-news-headline-stays-none', 'Police statement: blast at the central market\n\nFive people were killed when a bomb went off in the central market on Monday. The police statement gave no names.', 5, None),
    case('t29-news-report-with-byline-none', 'Transport Ministry - statement awaited\nBy Ana Ruiz\n\nTwo buses collided on the coast road. Nine passengers were hurt, witnesses said, and the ministry has yet to comment.', 9, 'witnesses'),
]


@pytest.mark.parametrize(("text", "value", "want"), TITLED_ISSUER)
def test_a_title_line_names_its_issuer_beside_what_the_document_is(text: str, value: int, want: str | None) -> None:
    assert _claimant_of(text, value) == want


# Session 29 (voice29), written before the fix: a statement whose author is named only in its
# closing lines: an 'Issued by …' line (its press office's, its communications unit's) that ends
# with a full stop, or an 'About …' box after the text ('About the X: the X is a …'); the
# body speaks as 'we' or calls itself a release. First run at main: 12/12 failed (the 'staff'
# row's figure was then not read at all and was reworded to 'five workers were killed').
CLOSING_NAMES = [
    case('c29-issued-by-press-office', 'Our crews worked through the night. At least 26 people were rescued and 3 bodies were recovered from the river.\n\nIssued by the press office of the Coastal Rescue Volunteers.', 3, 'Coastal Rescue Volunteers'),
    case('c29-released-by-comms-unit', 'We deeply regret the events at the depot. Our drivers reported that 17 of our members were detained by police on Thursday.\n\nReleased by the Communications Unit, Transport Workers Federation.', 17, 'Transport Workers Federation'),
    case('c29-issued-by-colon', 'PRESS RELEASE\n\nThe storm flattened the market overnight. 12 traders were injured when the roof collapsed.\n\nIssued by: Kisumu County Disaster Unit, 4 May 2026.', 12, 'Kisumu County Disaster Unit'),
    case('c29-published-by', 'Our observers followed the march from start to finish. We counted 6,400 people at its peak on Liberty Avenue.\n\nPublished by the Civic Monitoring Collective.', 6400, 'Civic Monitoring Collective'),
    case('c29-prepared-by-secretariat', 'Situation update\n\nIn the camps of the north, 41 people have died of cholera since Monday.\n\nPrepared by the secretariat of the Northern Health Cluster.', 41, 'Northern Health Cluster'),
    case('c29-on-behalf-of', 'We are heartbroken. Nine of our students were hurt in the crush at the gate on Friday evening.\n\nOn behalf of the Kibera Parents Association.', 9, 'Kibera Parents Association'),
    case('c29-about-box-after', 'We are shocked by the events of Saturday. Our volunteers treated 48 people for injuries at the stadium gates.\n\nAbout the Harbour First Aid Corps: the Corps is a volunteer organisation founded in 1971.', 48, 'Harbour First Aid Corps'),
    case('c29-about-us-box', 'Our teams reached the flooded villages on Tuesday. We evacuated 300 families and recovered 14 bodies.\n\nAbout us\nRiverbend Relief Trust is a charity working in the delta since 2004.', 14, 'Riverbend Relief Trust'),
    case('c29-about-caps', 'Our lawyers visited the police stations on Sunday. We confirmed that 57 of the marchers are still held.\n\nABOUT THE LEGAL AID NETWORK\nThe network gives free legal help to detainees.', 57, 'LEGAL AID NETWORK'),
    case('c29-distributed-by', 'Press statement\n\nTwo of our inspectors were injured when a crowd stormed the weigh station.\n\nDistributed by the Roads Authority Public Affairs Office.', 2, 'Roads Authority Public Affairs Office'),
    case('c29-issued-by-after-contact', 'We can confirm that five workers were killed in the blast at the plant.\n\nIssued by the Media Office of Redstone Mining Company.\nContact: media@redstone.example', 5, 'Redstone Mining Company'),
    case('c29-about-box-dash', 'Our volunteers counted at least 2,300 people at the vigil in Freedom Square.\n\nAbout Candle Light Movement - Candle Light Movement is a network of citizens founded in 2019.', 2300, 'Candle Light Movement'),
    case('c29-news-report-stays', 'Police said 12 people were arrested at the march. Organisers said 3,000 attended.\n\nReporting by Ana Lima; editing by Tom Reed.', 12, 'Police'),
]


@pytest.mark.parametrize(("text", "value", "want"), CLOSING_NAMES)
def test_a_statements_closing_lines_name_its_author(text: str, value: int, want: str | None) -> None:
    assert _claimant_of(text, value) == want


# Session 30 (voice30): a title line names its issuer with the document's date after it
# ('Red Cross Society … — Flood Response Update, 23 October'), or by the body's acronym
# before what the document is ('CENIDH — Communiqué 14/2026', 'IOWU Strike Bulletin No. 2 —
# 15 May'); a word in capitals ('PRESS', 'OFFICIAL') is no acronym.
TITLED_DATED = [
    case('t30-dated-update', 'Harbour Volunteer Society — Flood Response Update, 23 October\n\nOur volunteers continue to support the families.\n\nInjured treated at our first-aid posts: 87', 87, 'Harbour Volunteer Society'),
    case('t30-acronym-dash', 'CENIDH — Communiqué 14/2026, 9 November\n\nWe denounce the repression. Our documentation as of 9 November:\n\nKilled nationwide: 9.', 9, 'CENIDH'),
    case('t30-acronym-kind', 'IOWU Strike Bulletin No. 2 — 15 May\n\nDay two. Our count this morning:\nTotal on strike: 19 500', 19500, 'IOWU'),
    case('t30-caps-word', 'OFFICIAL COMMUNIQUÉ No. 37\n\nThe Ministry of Justice informs that 16 persons died in the riot.', 16, 'The Ministry of Justice'),
]


@pytest.mark.parametrize(("text", "value", "want"), TITLED_DATED)
def test_a_dated_title_or_an_acronyms_names_its_issuer(text: str, value: int, want: str | None) -> None:
    assert _claimant_of(text, value) == want


def test_a_regional_governments_letterhead_is_the_state_over_its_body() -> None:
    # 'GOVERNO DE …' (as 'GOBIERNO DE …', 'GOUVERNEMENT DU …'): the state above the secretariat that issues
    text = "GOVERNO DE GOIÁS\nState Health Secretariat\n\nEPIDEMIOLOGICAL BULLETIN No. 03 - STADIUM INCIDENT\n\nSince Sunday, our emergency network has registered 13 deaths."
    assert _claimant_of(text, 13) == "State Health Secretariat"


# Session 32 (voice32): a numbered issue of a body's own series ('MEDIA STATEMENT NO. 3/2027',
# 'INFORMATION BULLETIN No. 3'), a line that is only what the document is, under a letterhead:
# the nearest body the letterhead names above it speaks the unattributed figures, when nothing
# else names the voice (no 'we', no sign-off read). By structure (a letterhead, a kind of
# the lexicon's issued_documents, an issue number), not by the kind's wording.
SERIES_ISSUER = [
    case('s32-media-statement-numbered', 'JAWATAN KUASA BENCANA\nNORTHERN STATE DISASTER COMMITTEE (NSDC)\n\nMEDIA STATEMENT NO. 4/2027\nRIVERSIDE CROWD INCIDENT\n\n1. Casualties. The number of deaths stands at eleven (11). Of these, six (6) died at the scene.', 11, 'NORTHERN STATE DISASTER COMMITTEE (NSDC)'),
    case('s32-ministry-over-hospital', 'MINISTRY OF HEALTH\nDISTRICT HOSPITAL OF PORT ELLEN\n\nINFORMATION BULLETIN No. 2\nPatients received after the clashes\n\n1. The emergency department has received a total of 48 injured persons since Friday.', 48, 'DISTRICT HOSPITAL OF PORT ELLEN'),
    case('s32-situation-update-numbered', 'PROVINCIAL FIRE AND RESCUE SERVICE\n\nSITUATION UPDATE 3\n\nCrews recovered two more bodies overnight. The number of dead now stands at 9.', 9, 'PROVINCIAL FIRE AND RESCUE SERVICE'),
    case('s32-unnumbered-kind-stays-none', 'MINISTRY OF HEALTH\nDISTRICT HOSPITAL OF PORT ELLEN\n\nInformation bulletin\n\nThe emergency department has received a total of 48 injured persons since Friday.', 48, None),
    case('s32-news-page-stays-none', 'THE HARBOUR POST\nNews | Politics | Sport | Culture | Contact\n\nBULLETIN 3\n\nThe emergency department has received a total of 48 injured persons since Friday.', 48, None),
]


@pytest.mark.parametrize(("text", "value", "want"), SERIES_ISSUER)
def test_a_numbered_issue_under_a_letterhead_is_the_letterheads_body(text: str, value: int, want: str | None) -> None:
    assert _claimant_of(text, value) == want


# Session 32 (voice32): in a body's own statement, its 'we' as the subject of the figure's own
# clause speaks for the figure, even after another speaker the sentence named before it (a
# clause after a semicolon or 'but'); the other speaker keeps the figure of its own clause.
WE_NEARER = [
    case('w32-semicolon-we-after-prosecutor', 'author: Dockers Union\n\nThe prosecutor says nine people remain in custody; we know of eleven who are still held tonight.', 11, 'Dockers Union'),
    case('w32-prosecutor-keeps-his', 'author: Dockers Union\n\nThe prosecutor says nine people remain in custody; we know of eleven who are still held tonight.', 9, 'The prosecutor'),
    case('w32-but-we-counted', 'author: Harbour Tenants Platform\n\nThe police speak of 2,000 marchers, but we counted more than 6,000 on the bridge alone.', 6000, 'Harbour Tenants Platform'),
    case('w32-ours-against-theirs-stays', "author: Harbour Tenants Platform\n\nWe recorded 130 detentions, against the ministry's 74.", 74, 'the ministry'),
]


@pytest.mark.parametrize(("text", "value", "want"), WE_NEARER)
def test_a_bodys_we_nearer_the_figure_than_another_speaker_speaks_for_it(text: str, value: int, want: str | None) -> None:
    assert _claimant_of(text, value) == want


# A page that carries a body's own text, and a report that names itself (issue 11, real pages:
# a rights centre's news item republished under 'Source: …'; an NGO's or a UN office's report
# summary with its name opening the text or heading the report's first sentence).
CARRIED = """Source: Tamarind Rights Centre in English

The Tamarind Rights Centre

Some 2,300 people were detained after the vote. Most of them were released a week later.
At least 45 were still held on Friday, the Interior Ministry said."""

REPORT_DASH = """A Review of the First Month of the Harbour Protests

KORU – The dockers' strike began on 3 May. The following 60-page report is dedicated to the first
month of the protests. In this report, the names of 212 detained people and of 14 dead are listed."""

REPORT_HEADING = """Port district
The full text of the review follows.
TRC
The present report covers the events of 3 to 9 May. It records about 90 deaths and 700 injured."""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (CARRIED, {2300: "Tamarind Rights Centre", 45: "the Interior Ministry"}),
        (REPORT_DASH, {212: "KORU", 14: "KORU"}),
        (REPORT_HEADING, {90: "TRC", 700: "TRC"}),
        (CARRIED.replace("Tamarind Rights Centre in English", "agencies, Harbour Post"), {2300: None}),
        (REPORT_DASH.replace("The following 60-page report is dedicated to", "This report was updated. It covers"), {212: None}),
    ],
)
def test_a_carried_text_or_a_report_that_names_itself_is_its_issuers(text: str, want: dict) -> None:
    by_value = {c.value: c.claimant for c in extract_claims(Source(id="t", text=text))}
    assert {v: by_value.get(v, "missing") for v in want} == want


def test_a_place_as_a_sentences_subject_in_a_report_is_the_issuers_figure() -> None:
    text = (
        "Harbour Rights Centre\nThe Lowland Protests: Executive Summary\n\n"
        "The Harbour Rights Centre (HRC) has verified that at least 40 civilians were killed in the province. "
        "The city of Tarlow recorded the highest number of fatalities with nine deaths. "
        "Brenna in Lowe Province had 16 deaths. Police in Lowe Province said 3 officers were hurt."
    )
    got = {c.value: c.claimant for c in extract_claims(Source(id="t", text=text))}
    assert got[40] == "HRC"  # (its own sentence names it)
    assert got[9] == got[16] == "Harbour Rights Centre (HRC)"  # the report's issuer, not 'the city of Tarlow'
    assert got[3] == "Police in Lowe Province"
