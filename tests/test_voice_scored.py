"""The document's own voice by one scored decision (issue 11): a statement whose layout no
rule knows is still its issuer's when enough signals agree (first person, a sign-off, a
contact line, what the header calls it, numbered points) and one candidate is named in the
right places (letterhead, 'We, the …,', sign-off, about box, the body's third-person
self-references); a reporter's page, a fact-check or a title in capitals is no one's."""

from __future__ import annotations

import pytest

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
    import glob

    paths = sorted(glob.glob("tests/data/*/sources/*")) + sorted(glob.glob("sources/*"))
    return [open(p, encoding="utf-8", errors="replace").read() for p in paths] + [
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
