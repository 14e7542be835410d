"""Parser stage, the document's own voice: a statement, press release or report issued by an
organisation owns its first-person and unattributed figures ('we documented', 'our monitors
recorded', 'Three reporters were detained'), named in front matter (author:/outlet:), the
title, the first lines or the sign-off."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from itertools import islice

from claimcheck.entities import ACRONYM_DEF, _initials_fit, _strip_article
from claimcheck.lexicon import Lexicon, alternation, load_lexicon, number_words
from claimcheck.lines import cue_starts, line_matches, matches_from, offsets
from claimcheck.models import Source
from claimcheck.parse.numbers import fold, folded
from claimcheck.when import MONTH, MONTH_STEM

HEADER = re.compile(
    r"(?P<key>author|authors|publisher|issued\s+by|organi[sz]ation|outlet|source)\s*:\s*(?P<v>.+)",
    re.IGNORECASE,
)  # front-matter-like lines at the top of a text (with or without '---' fences)
OUTLET_PART = re.compile(r"\s+(?:[—–|]|-{1,2}|::)\s+")  # 'Ubuntu Rights Observatory — Press releases'
SIGN_OFF = re.compile(
    r"^(?:[\w .,'’-]{0,60}(?:,|\s[–—|])\s*|(?:[Pp]ress\s+(?:service|office|centre|center)|[Ii]nformation\s+department"
    r"|[Cc]ommunications?\s+(?:unit|department|office)|[Pp]ublic\s+relations\s+(?:department|unit|office))"
    r"\s+of\s+)?(?P<org>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|the|and|on)\s+)?[A-Z][\w'’&.-]*){0,6})\s*$"
)  # 'Executive Director, NLAF' / 'Ubuntu Rights Observatory' / 'Dirección de Comunicación – SNGR'
FIRST_PERSON_SUBJECT = re.compile(
    r"(?:^|[,;:—–]\s+|\bthat\s+|\b(?:and|but|while|whereas)\s+)"
    r"(?:(?:since|in|on|by|over|during|after|until|for|this|last)\s+[\w ]{1,30}?\s+)?"  # 'Since December 2023 we …'
    r"(?P<who>we|our\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:[a-z]+\s+){0,3}?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
TOP = 1500  # how far into a text its header, title and first lines reach


@lru_cache(maxsize=8)
def _kinds_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lex.data['speakers']['statement_kinds'])})\b", re.IGNORECASE)


def _calls_itself(lines: list[str], lex: Lexicon) -> bool:
    """A title or one of the first lines (a short line, not a sentence of the body) calls the
    document a statement, a press release or a report summary: as a label, with no verb
    before it ('Press statement: …', 'Joint IOM-UNHCR statement on …', 'Nepal: Landslide -
    Flash Update No. 2'), not as news of one ('Government issues statement on …')."""
    for line in lines:
        if len(line) >= 160:
            continue
        if line.strip(" :*#").lower() in ("statement", "joint statement", "declaration"):
            return True  # a title that is only what the document is: 'STATEMENT'
        for part in BREADCRUMB.split(line):  # 'Home > News and events > Press briefing notes'
            m = _kinds_re(lex).search(part)
            if m and not LOWER_WORD.search(part, 0, m.start()):
                return True
        if (opening := OPENING_KIND.match(line)) and _document_kind(opening["kind"], lex):
            return True  # what it is, then a dash: 'MEDIA STATEMENT - Office of the Commissioner'
    return False


OPENING_KIND = re.compile(r"(?P<kind>[^-–—|:]{2,40}?)\s+[-–—|]\s")  # a line's first part before a dash or a bar


TITLE_SEP = re.compile(r"\s+[-–—|]\s+|:\s+")  # a title line's parts: 'Harbour Police - statement', 'X: press note'
TITLE_DATE = rf"(?:,[ \t]*|[ \t]+[-–—|][ \t]+)(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{4}})?$"
KIND_TAIL = re.compile(
    r"\s*(?:\([^()]*\)|\[[^\[\]]*\])$|\s+(?:(?i:no|nr)(?:\.\s*|\s+)|n[°º]\s*)?\d[\w/.-]*$|\s+(?:on|about|regarding|concerning|to|of)\s+\S.*$"
    + "|" + TITLE_DATE
)  # what follows the kind: '(translated from Danish)', 'No. 7/2026', 'on the market fire', 'to members', ', 9 November'
TITLE_DATED = re.compile(TITLE_DATE)  # a title line's date after it: 'IOWU Strike Bulletin No. 2 — 15 May'
LEAD_ACRONYM = re.compile(r"(?P<acr>[A-Z][A-Z&]{1,7})\s+(?P<kind>\S.*)")  # 'IOWU Strike Bulletin No. 2'
ISSUED_NAMED = re.compile(r"(?P<kind>\w+(?:\s+\w+){0,2}?)\s+(?:from|by)\s+(?:the\s+)?(?P<org>[A-Z][^,;:()\n]{2,80}?)\s*(?:[,;(]|$)")
# 'Statement from Bluewave Festivals', 'Public notice by the Kaduna State Emergency Management Agency'


@lru_cache(maxsize=8)
def _document_heads(lex: Lexicon) -> frozenset[str]:
    """The last words of what a body issues in its own name (speakers.issued_documents):
    'statement', 'release', 'note', 'bulletin'."""
    return frozenset(kind.split()[-1] for kind in lex.speaker_words["issued_documents"] if " de " not in kind)


def _document_kind(part: str, lex: Lexicon) -> bool:
    """A part of a title line that is only what the document is: a document a body issues
    (speakers.issued_documents), after a word or two that is no organisation's, then perhaps
    its number, its subject or a note in brackets.

    >>> from claimcheck.lexicon import load_lexicon
    >>> [_document_kind(p, load_lexicon()) for p in ("Urgent statement", "PRESS NOTE No. 7/2026 (translation)",
    ...   "statement on the market fire", "Bulletin 3", "Police statement", "blast at the market", "statement awaited")]
    [True, True, True, True, False, False, False]
    """
    bare = part.strip()
    for _ in range(3):
        cut = KIND_TAIL.sub("", bare)
        if cut == bare:
            break
        bare = cut
    low = bare.lower().split()
    if not 1 <= len(low) <= 3 or low[-1] not in _document_heads(lex):
        return False
    return not set(low[:-1]) & lex.speaker_words["org_words"] and not any(w[:1].isdigit() for w in low)


def _titled(lines: list[str], lex: Lexicon) -> str | None:
    """The issuer a title line names beside what the document is, on either side of a dash, a
    colon or a bar ('East Harbour Police - statement (translated)', 'MINISTRY OF WATER - PRESS
    NOTE No. 12'), or after it by 'from' or 'by' ('Statement from Bluewave Festivals'): the
    line says whose the document is, whatever else its first lines name.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _titled(["[Translated]", "Ministry of Health: statement on the fire", "18 November"], lex)
    'Ministry of Health'
    >>> _titled(["Police statement: blast at the market"], lex) is None
    True
    """
    for i, line in enumerate(lines):
        if _document_kind(line, lex):
            # what it is, alone on its line: the title under it is a headline ('Mt Kuta: update on …');
            # after the body's acronym, the body's ('IOWU Strike Bulletin No. 2')
            acronym = _acronym_kind(TITLE_DATED.sub("", line.strip()), lex)
            return None if acronym and any(_org_line([above], lex) for above in lines[:i]) else acronym
        if titled := _title_issuer(line, lex):
            # a letterhead above: the body it names issues, not an office in a title under it (the
            # letterhead test, costly, only once a title is found: most pages have none)
            return None if any(_org_line([above], lex) for above in lines[:i]) else titled
    return None


def _series_issuer(lines: list[str], lex: Lexicon) -> str | None:
    """The body named on a letterhead line right above a line that is only what the document
    is, with its number ('SARAWAK STATE DISASTER MANAGEMENT COMMITTEE (JPBN)' over 'MEDIA
    STATEMENT NO. 3/2027'; 'REGIONAL HOSPITAL OF KAYES' over 'INFORMATION BULLETIN No. 3'):
    a numbered issue of a body's own series of statements; the nearest body above it (a
    ministry's letterhead over the office that issues names the office). Not under a sentence
    (a report that pastes a body's update under its own lines: speakers._pasted reads it).

    >>> from claimcheck.lexicon import load_lexicon
    >>> _series_issuer(["MINISTRY OF HEALTH", "REGIONAL HOSPITAL OF KAYES", "INFORMATION BULLETIN No. 3"], load_lexicon())
    'REGIONAL HOSPITAL OF KAYES'
    >>> _series_issuer(["MINISTRY OF HEALTH", "INFORMATION BULLETIN", "Kayes, 21 November"], load_lexicon()) is None
    True
    """
    for i, line in enumerate(lines):
        if line.rstrip().endswith((".", ":", "!", "?")):
            return None  # a sentence above: the document pastes or quotes another's, under its own lines
        if ISSUE_NUMBER.search(line) and _document_kind(line, lex):
            return next((name for above in reversed(lines[:i]) if (name := _org_line([above], lex))), None)
    return None


ISSUE_NUMBER = re.compile(r"\s(?:(?i:no|nr)\.?\s*|n[°º]\s*)?\d[\w/.-]*\s*$")  # an issue's number: 'No. 3/2027', '4'


def _title_issuer(line: str, lex: Lexicon) -> str | None:
    """The issuer one title line names beside what the document is (see :func:`_titled`)."""
    if m := ISSUED_NAMED.fullmatch(line.strip()):
        org = m["org"].strip()
        if _document_kind(m["kind"], lex) and _named_words(org, lex) and _not_media(org, lex):
            return org
    line = TITLE_DATED.sub("", line.strip())
    parts = TITLE_SEP.split(line, maxsplit=1)
    if len(parts) == 2 and _document_kind(parts[1], lex):
        name = ACRONYM_TAIL.sub("", parts[0].strip())
        if _an_acronym(name, lex):
            return name  # 'CENIDH — Communiqué 14/2026, 9 November'
        if 1 <= len(name.split()) <= 10 and _named_words(name, lex) and _a_body(name, lex) and not _what_it_is(name, lex):
            return _strip_article(name)
    return _acronym_kind(line, lex)


def _acronym_kind(line: str, lex: Lexicon) -> str | None:
    """The body's acronym that a title line opens with, before what the document is: 'IOWU
    Strike Bulletin No. 2'."""
    if (m := LEAD_ACRONYM.fullmatch(line)) and _an_acronym(m["acr"], lex) and _document_kind(m["kind"], lex):
        return m["acr"]
    return None


def _an_acronym(name: str, lex: Lexicon) -> bool:
    """A body's acronym before what its document is ('CENIDH', 'IOWU'): capitals only, no
    word the lexicon holds ('PRESS', 'URGENT', 'OFFICIAL' are words; so are the bodies and
    outlets it knows, 'AFP', whose titles other rules read).

    >>> from claimcheck.lexicon import load_lexicon
    >>> [_an_acronym(n, load_lexicon()) for n in ("CENIDH", "IOWU", "URGENT", "PRESS", "OFFICIAL", "AFP", "Police")]
    [True, True, False, False, False, False, False]

    An adjective's ending is a word's too: 'PASTORAL STATEMENT', 'MONTHLY BULLETIN'.

    >>> [_an_acronym(n, load_lexicon()) for n in ("PASTORAL", "MONTHLY", "STRATEGIC", "CONSULTATIVE")]
    [False, False, False, False]
    """
    return (
        LEAD_ACRONYM.fullmatch(name + " x") is not None
        and not ADJECTIVE_END.search(name)
        and name.lower() not in _lexicon_words(lex)
        and _not_media(name, lex)
    )


ADJECTIVE_END = re.compile(r"(?:AL|LY|IC|IVE|ARY|ORY|OUS)$")  # a word in capitals, not an acronym: 'PASTORAL', 'MONTHLY'


@lru_cache(maxsize=8)
def _lexicon_words(lex: Lexicon) -> frozenset[str]:
    """Every word of the lexicon's lists, in lower case: what a title's capitals spell when
    they are a word, not a body's acronym ('PRESS NOTE', 'URGENT UPDATE')."""
    words: set[str] = set()
    todo: list[object] = [lex.data]
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            words.update(re.findall(r"[a-z]+", item.lower()))
        elif isinstance(item, dict):
            todo.extend(item)
            todo.extend(item.values())
        elif isinstance(item, list | tuple):
            todo.extend(item)
    return frozenset(words)


def _a_body(name: str, lex: Lexicon) -> bool:
    """A name that is a body's beside what its document is: by its words ('East Harbour Police',
    'MINISTRY OF WATER'), or two words or more of a name in mixed case ('Port Louis Coast
    Guard'); not an event's ('MAJOR INCIDENT', 'Harbour Crush'), a state's or an outlet's."""
    from claimcheck.parse.attribution import claimant_type

    words = set(re.findall(r"[a-z]+", name.lower()))
    if name.split()[-1].lower() in lex.speaker_words["event_nouns"] or _state_line(name, lex):
        return False
    if words & lex.speaker_words["org_words"]:
        return True
    return claimant_type(name, lex) != "media" and len(words) >= 2  # 'Port Louis Coast Guard'


def _header_block(top: str) -> list[str]:
    """The first lines of a text, up to twelve, before its first paragraph of prose (160
    characters or more): a letterhead's block may put what the document is ('COMMUNIQUE')
    under the state, the ministry, its department and its address.

    >>> _header_block("POLICE\\nPublic Relations Office\\n\\nCOMMUNIQUE\\n" + "x" * 160 + "\\nPRESS RELEASE")
    ['POLICE', 'Public Relations Office', 'COMMUNIQUE']

    A paragraph of prose wrapped at a line's width (an e-mail's) ends the block as well: a
    line of six lower-case words or more that runs on to the next.

    >>> _header_block("LIGUE DES DROITS\\n\\nAt least 24 workers died in the fire that gutted the\\nhostel, the League said.")
    ['LIGUE DES DROITS']
    """
    out = []
    rows = top.splitlines()
    for k, line in enumerate(rows):
        line = line.strip()
        if len(line) >= 160 or len(out) == 12:
            break
        if len(line) >= 50 and k + 1 < len(rows) and rows[k + 1].strip() and len(LOWER_WORD.findall(line)) >= 6:
            break
        if line:
            out.append(line)
    return out


BREADCRUMB = re.compile(r"\s+[>»›/]\s+")


LOWER_WORD = re.compile(
    r"(?<![\w'’-])(?!and\b|news\b)[a-z]{2,}\b"
)  # a lower-case word: 'issues', 'the' (not a site section's 'News and press releases')
NEWS_MARK = re.compile(
    r"\((?:Reuters|AP|AFP|Xinhua|Anadolu|dpa|EFE|ANSA|Kyodo|UNI|IANS|Bernama)\)|B(?<=^B)y\s+[A-Z]",
    re.MULTILINE,
)  # a wire's dateline or a byline: a journalist's report, whatever its title says ('By' at a
#    line's start: its 'B', then a look-behind for the '^', so the scan skips to the '(' and 'B')


def issuer(source: Source, lex: Lexicon, spoken: bool = False) -> str | None:
    """The organisation whose voice a document is (see _ruled_issuer), else the one a scored
    decision finds (scored_issuer); a transcript's or chat's turns are their speakers'. A
    newspaper's page (news_page) is no one's statement, whatever its masthead names."""
    ruled = _ruled_issuer(source, lex, spoken)
    if ruled and not spoken and news_page([source.title or "", *_header_block(source.text[source.body_start :][:TOP])], lex):
        return None
    if ruled or spoken or NEWS_MARK.search(source.text, source.body_start, source.body_start + 800):
        return ruled
    return scored_issuer(source, lex)


NEWS_HEAD = re.compile(
    r"^LIVE\b|\bLIVE(?:[ \t]*[:|]|$)|(?i:\blive[ \t]+(?:coverage|blog|team)\b)"
    r"|^By[ \t]+(?:the[ \t]+)?[A-Z]|^(?i:editorial[ \t]+staff|staff[ \t]+reporter|our[ \t]+reporters?)\b",
    re.MULTILINE,
)  # a live page's label, a byline: 'LIVE: Floods …', 'By the Ledger live team' (not a body's
#    own 'live updates from Vilnius County Police')
NAV_PARTS = re.compile(r"\s*[|·•]\s*|\s{3,}")


def news_page(lines: list[str], lex: Lexicon) -> bool:
    """A newspaper's page, by its header's lines: a live page's label ('LIVE: …', 'LIVE |
    SPORT', 'live updates'), a byline or the newsroom ('By the Ledger live team', 'Editorial
    staff · Port-Bouët'), or a menu of news sections (lexicon ``speakers.news_sections``:
    'News | Politics | Sport | Opinion'). Its masthead, its footer and its 'more from' box
    name no issuer: its own voice is its reporters'.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> news_page(["THE HARBOUR POST", "Society | Politics | Sport | Culture | Contact"], lex)
    True
    >>> news_page(["THE HARBOUR POST", "LIVE: Port strike, day two"], lex), news_page(["By the Post's city desk"], lex)
    (True, True)
    >>> news_page(["City Police @citypolice", "Strike day - live updates from City Police. 1/12"], lex)
    False
    >>> news_page(["MINISTRY OF HEALTH", "PRESS RELEASE", "Home | About us | Media | Contact"], lex)
    False
    """
    sections = lex.speaker_words["news_sections"]
    for line in lines:
        if NEWS_HEAD.search(line):
            return True
        parts = [p.strip(" []").lower() for p in NAV_PARTS.split(line)]
        if len(parts) >= 3 and sum(p in sections for p in parts) >= 3:
            return True
    return False


def _ruled_issuer(source: Source, lex: Lexicon, spoken: bool = False) -> str | None:
    """The organisation whose voice a document is, or None for a report by a journalist,
    an encyclopedia or a forum (whose own voice has no claimant). ``spoken``: the text is a
    transcript's or a chat's turns (its speakers speak, not the letterhead above them).

    A document is an organisation's when it names its author in a header line
    (``author:``, ``publisher:``, ``outlet:`` that is not a news outlet), or when its title or
    first lines call it a statement, a press release or a report summary (the lexicon's
    ``statement_kinds``) and an organisation is named there: by an acronym defined in the
    first lines ('Nagorik Legal Aid Forum (NLAF)'), a line of its own, or a sign-off.
    """
    text = source.text
    body_top = text[source.body_start : source.body_start + TOP]
    mailed = MAIL_FIELD.match(body_top) is not None
    plain = not mailed and ">" not in body_top  # (the top as it stands in the text: its folding is the text's)
    sender = MAIL_SENDER.search(body_top) if mailed else None  # ('From: Ligue des droits humains <…>')
    if mailed and (fwd := FORWARDED.search(body_top)):
        body_top = text[source.body_start + fwd.end() :][:TOP]  # the message forwarded, not the note above it
    if ">" in body_top or mailed:
        body_top = _unquoted(body_top)  # a release forwarded in an e-mail: its quoted lines, no mail header
    low_top = folded(text)[source.body_start : source.body_start + TOP] if plain else None
    named = _header_name(text, lex, lambda: _speaks_as_we(body_top, low_top))
    if named:
        return named
    if carried := _carried_from(body_top[:300], lex):
        return carried
    lines = [line.strip() for line in body_top.splitlines() if line.strip()][:6]
    if channel := _channel_page(lines, lex):
        return channel
    if NEWS_MARK.search(body_top[:800]):
        return None
    if we_the := _we_the(lines, lex):
        return we_the  # 'We, the Law Society of Kenya, condemn …': the text names its own voice
    if titled := _titled(lines[:4], lex):
        return titled
    if not _calls_itself([source.title or "", *lines, *_header_block(body_top)[6:]], lex):
        return (
            _spokesperson_for(body_top[:600])  # a briefing note's 'Spokesperson for …:' line
            or (_sign_off(text, lex) if _speaks_as_we(body_top, low_top) else None)  # a letter or an e-mail that
            #  speaks as 'we', signed by an organisation; a report under its letterhead that does
            or (sender["name"] if sender and _orgish(sender["name"], lex) and _speaks_as_we(body_top, low_top) else None)
            # (an e-mail that speaks as 'we', sent by an organisation: its sender)
            or (not spoken and (head := _letterhead(lines, lex)) and _speaks_as_we(text[source.body_start :], folded(text)[source.body_start :]) and head)
            or _closing_name(text, lex)  # 'Issued by the press office of X.', 'About X: …' under the text
            or _series_issuer(lines, lex)
        )
    return (
        _spokesperson_for(body_top[:600])  # (more precise than a site's header above it)
        or _issued_by(lines, lex)
        or _letterhead_subject(body_top, lex)
        or (_press_sender(text[source.body_start : source.body_start + 600], lex) if mailed else None)
        or _org_in(body_top, lex)
        or _masthead(lines, lex)
        or _sign_off(text, lex)
        or _closing_name(text, lex)
        or _org_opens(lines, lex)
    )


MAIL_SENDER = re.compile(
    r"^From\s*:\s*[\"']?(?P<name>[^\"'<>@\n]{3,80}?)[\"']?\s*<[^>\n]+>", re.IGNORECASE | re.MULTILINE
)  # an e-mail's sender by name: 'From: Ligue des droits humains <info@ldh.example>'


PRESS_SENDER = re.compile(
    r"[ \t>]*From\s*:\s*[\"']?(?P<org>[^<\n\"]{2,80}?)\s+(?:press|media|communications?|news)\s+"
    r"(?:team|office|desk|unit|service|department)[\"']?\s*(?:<[^>\n]*>)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)  # an e-mail sent by an organisation's press team: 'From: Meža Balss press team <prese@…>'


def _press_sender(top: str, lex: Lexicon) -> str | None:
    """The organisation whose press team an e-mailed release comes from ('From: Meža Balss
    press team <prese@mezabalss.lv>' -> 'Meža Balss'); not a news outlet's desk.

    >>> from claimcheck.lexicon import load_lexicon
    >>> _press_sender("From: Meža Balss press team <prese@mezabalss.lv>\\nTo: list", load_lexicon())
    'Meža Balss'
    >>> _press_sender("From: Ann Lee <ann@example.org>", load_lexicon()) is None
    True
    """
    m = PRESS_SENDER.search(top)
    if m is None or _not_media(m["org"], lex) is False:
        return None
    return _strip_article(m["org"].strip())


MAIL_FIELD = re.compile(
    r"(?P<key>From|To|Cc|Date|Sent|Reply-To|Subject|X-[\w-]+)\s*:\s*(?:(?:Fwd?|FW|Re|TR|WG)\s*:\s*)*(?P<value>.*)", re.IGNORECASE
)  # an e-mail header's line ('Subject: Fwd: PRESS RELEASE - …')
FORWARDED = re.compile(
    r"^[ \t>]*(?:Begin\s+forwarded\s+message\s*:|-{2,}\s*(?:Forwarded\s+message|Original\s+Message|Message\s+transféré)\s*-{2,})",
    re.IGNORECASE | re.MULTILINE,
)  # where an e-mail's forwarded message starts ('Begin forwarded message:', '---------- Forwarded message ---------')
QUOTE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def _unquoted(top: str) -> str:
    """The top of a text without its e-mail header's fields but the subject ('From: …',
    'Subject: Fwd: PRESS RELEASE - …' -> 'PRESS RELEASE - …') and with the '> ' of quoted
    lines taken off: what a forwarded release says.

    >>> _unquoted("From: Media <m@x.org>\\nSubject: Fwd: PRESS RELEASE - Floods\\n\\nHi,\\n> PRESS RELEASE\\n> Red Cross")
    'PRESS RELEASE - Floods\\n\\nHi,\\nPRESS RELEASE\\nRed Cross'
    """
    lines = QUOTE_PREFIX.sub("", top.lstrip("\n")).split("\n")
    kept = []
    k = 0
    while k < len(lines) and (field := MAIL_FIELD.fullmatch(lines[k].strip())):
        if field["key"].lower() == "subject":
            kept.append(field["value"])
        k += 1
    return "\n".join(kept + lines[k:])


WE_THE = re.compile(
    r"^(?:We|WE)(?:,\s+|\s+(?:at|in|of|from)\s+)(?:the\s+)?"
    r"(?P<org>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|(?:al|el|ad|ar|as|ash|ul|bin|ibn|abu|ben)-[A-Z][\w'’-]*|of|for|the|and|on|in)){0,8})"
    r"(?:,|\s+(?=[a-z]))"
)  # 'We, the Law Society of Kenya, condemn …', 'We at the Harbour Trust are …', 'We in the Nour
#    al-Khair Charitable Society share …': the text names the voice it speaks in (not 'We, the
#    undersigned organisations,'; the name must be an organisation's, _we_the)


def _we_the(lines: list[str], lex: Lexicon) -> str | None:
    """The organisation a first line speaks as: 'We, the National Union of Teachers, …'."""
    for line in lines:
        m = WE_THE.match(line)
        if m and _orgish(m["org"], lex):
            return m["org"]
    return None


SPOKESPERSON_FOR = re.compile(
    r"^[ \t]*(?:[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman)\s+for\s+(?:the\s+)?(?P<org>[A-Z][^:\n]{2,80}?)\s*(?::|$)",
    re.MULTILINE,
)  # a briefing note's 'Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani'


def _spokesperson_for(top: str) -> str | None:
    if "pokes" not in top:
        return None  # (what every match holds: a find, not the pattern's '^' tried at every character)
    m = SPOKESPERSON_FOR.search(top)
    return m["org"].strip() if m else None


ORG_OPENS = re.compile(
    r"(?P<org>(?:The\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|for|the|and|on)){0,8})"
    r"(?:,\s+(?:the|a|an)\s+[^,.;]{2,60},)?"
    r"\s+(?:is|are|has|have|today|welcomes|condemns|calls|urges|expresses|deplores|strongly"
    r"|deeply|remains|notes)\b"
)  # 'UNHCR, the UN Refugee Agency, is deeply alarmed …': a release's first sentence names its issuer


FIELD_LABEL = re.compile(r"[A-Za-z][A-Za-z ]{1,20}:\s")
SUBJECT_NAME = re.compile(r"(?:The\s+)?(?P<org>[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|for|the|and|on|de|du|des)){1,10})\s+[a-z]")


def _letterhead_subject(top: str, lex: Lexicon) -> str | None:
    """The body of a letterhead of several (a ministry over a directorate over its local
    office) that the release's first sentence opens with: 'Ministry of the Interior …' /
    'Civil Protection Directorate of the Wilaya of Oran' / … 'The Civil Protection Directorate
    of the Wilaya of Oran informs the public that …' is the directorate's, not the ministry's.

    >>> from claimcheck.lexicon import load_lexicon
    >>> top = "\\n".join(["Ministry of the Interior", "Civil Protection Directorate of Oran", "PRESS RELEASE",
    ...   "The Civil Protection Directorate of Oran informs the public that the search operations are over."])
    >>> _letterhead_subject(top, load_lexicon())
    'Civil Protection Directorate of Oran'
    """
    lines = [line.strip() for line in top.splitlines() if line.strip()][:14]
    heads = [line for line in lines if len(line) <= 80 and not line.endswith(".")]
    prose = next((line for line in lines if len(line) > 80 and not FIELD_LABEL.match(line)), None)  # (not 'Subject: …')
    if prose is None or len(heads) < 2:
        return None
    m = SUBJECT_NAME.match(prose)
    if m is None or m["org"].split()[-1].lower() in NAME_JOINERS | {"de", "du", "des"} or not _orgish(m["org"], lex):
        return None  # (a name cut before its owner: 'The National Bureau of (the SNPH, meeting …)')
    org = m["org"]
    said = set(re.findall(r"[a-z]{3,}", org.lower())) - {"the", "and", "for"}
    above = heads[: next((k for k, line in enumerate(heads) if lines.index(line) > lines.index(prose)), len(heads))]
    named = [
        k
        for k, line in enumerate(above)
        if len(said) > 1 and len(said & (words := set(re.findall(r"[a-z]{3,}", line.lower())) - {"the", "and", "for"})) >= 0.6 * len(words)
    ]  # (a line of the letterhead above the prose that the subject names whole, not 'The Commission' of a sign-off)
    return org if named and named[0] > 0 else None  # (under another line: the letterhead's first is _org_in's)


def _org_opens(lines: list[str], lex: Lexicon) -> str | None:
    """The organisation a statement's first sentence opens with, as its subject."""
    for line in lines:
        m = ORG_OPENS.match(line)
        if m and len(line) > 60 and _orgish(m["org"], lex):
            return _strip_article(m["org"])
    return None


def _header_name(text: str, lex: Lexicon, we: Callable[[], bool]) -> str | None:
    """The author a header names: the lines of ``key: value`` (or ``---``) the text opens
    with; an outlet that is an organisation comes first ('outlet: Barwaaqo Relief Foundation'
    over 'author: Communications team' or 'author: Kodjo Amétépé, Executive Secretary'). A name that is not plainly an organisation's counts when the text speaks as 'we'
    (a journalist's byline does not make a report a statement): ``we()`` says so, asked only
    then (most reports have no header)."""
    found: dict[str, str] = {}
    for line in text[:TOP].splitlines():
        line = line.strip()
        if line == "---" or (not line and not found):
            continue
        m = HEADER.fullmatch(line)
        if m:
            found.setdefault(m["key"].lower().split()[0], m["v"].strip().strip("\"'"))
        elif not FIELD.fullmatch(line):
            break
    outlet = _outlet(found.get("outlet"), lex)
    if outlet:
        return outlet  # an organisation's own site: its voice, not its press office's or a signatory's
    for key in ("author", "authors", "issued", "organisation", "organization", "publisher"):
        name = OUTLET_PART.split(found.get(key, ""))[0].strip()
        if name and (_orgish(name, lex) or we() and _not_media(name, lex)):
            return name
    return None


CARRIED_LINE = re.compile(r"[ \t]*Source[ \t]*:[ \t]*(?P<v>[^\n]{3,100}?)[ \t]*$", re.MULTILINE)


def _carried_from(body_top: str, lex: Lexicon) -> str | None:
    """The body whose own text a page carries whole, named on the page's first line: 'Source:
    Tamarind Rights Centre in English' over a rights centre's news item that another site
    republished. One organisation, not a news outlet or a list of sources ('Source: agencies,
    MINSAL', 'Source: Southern Africa Wire').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _carried_from("Source: Tamarind Rights Centre in English\\nAt least 80 were detained.", lex)
    'Tamarind Rights Centre'
    >>> _carried_from("Source: agencies, MINSAL\\nAt least 80 were detained.", lex) is None
    True
    """
    first = next((line for line in body_top.splitlines()[:3] if line.strip()), "")
    m = CARRIED_LINE.fullmatch(first)
    if not m:
        return None
    name = SOURCE_LANGUAGE.sub("", OUTLET_PART.split(m["v"])[0].strip())
    return name if name and not SOURCE_LIST.search(name) and _orgish(name, lex) else None


SOURCE_LANGUAGE = re.compile(r"\s+(?:in\s+English|\((?:in\s+)?English\)|\(translated\))$", re.IGNORECASE)
SOURCE_LIST = re.compile(r"[,;/|&]|\band\b|\bagenc", re.IGNORECASE)  # several sources, or wires: 'agencies, MINSAL'


FIELD = re.compile(r"[A-Za-z_-]{2,20}\s*:\s*\S.*")  # another header line: 'date: 2026-10-13'
QUOTATION = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
WE = re.compile(
    r"w(?<!\ww)[eE]\b|W(?<!\wW)[eE]\b|o(?<!\wo)[uU][rR]\b|O(?<!\wO)[uU][rR]\b|u(?<!\wu)[sSſ]\b|U(?<!\wU)[sSſ]\b"
)  # 'we', 'our', 'us' in any case ('ſ' is an 's' to case-blind matching), each led by its first
#    letter and a look-behind for the '\b' before it: a scan skips to those letters


WE_WORDS = ("we", "our", "us", "uſ")  # WE's words lower-cased (a test checks)


def _speaks_as_we(body: str, low: str | None = None) -> bool:
    """The text says 'we' or 'our' at least twice outside quotations (``low``: ``fold(body)``
    when the caller has it)."""
    return _we_said(body, 2, low) >= 2


def _we_said(body: str, most: int, low: str | None = None) -> int:
    """How many times the text says 'we', 'our' or 'us' outside quotations, up to ``most``:
    ``len(list(islice(WE.finditer(QUOTATION.sub(" ", body)), most)))``, each word of WE_WORDS
    found with ``str.find`` in the lower-cased text (``low``: ``fold(body)`` when the caller has
    it) and its ends tested for a word's (a quotation's marks are no word's, as the space put
    for it is not)."""
    quoted = _quotations(body) if "\"" in body or "“" in body else []
    opens = [a for a, _ in quoted]
    low = fold(body) if low is None else low
    n, size = 0, len(body)
    for word in WE_WORDS:
        for at in offsets(low, word):
            end = at + len(word)
            if (
                (at == 0 or not ((c := body[at - 1]).isalnum() or c == "_"))  # (no word's character
                and (end == size or not ((c := body[end]).isalnum() or c == "_"))  # on either side: what \w matches)
                and not ((k := bisect_right(opens, at)) and quoted[k - 1][1] > at)
            ):
                n += 1
                if n >= most:
                    return n
    return n


def _quotations(text: str) -> list[tuple[int, int]]:
    """The spans of ``QUOTATION.finditer(text)``, found with ``str.find``: a curly quotation to
    its closing mark, a straight one to the next straight mark on its line."""
    spans = []
    curly, straight = text.find("“"), text.find('"')
    while curly >= 0 or straight >= 0:
        if straight < 0 or 0 <= curly < straight:
            at, end = curly, text.find("”", curly + 1)
        else:
            at, end = straight, text.find('"', straight + 1)
            if end >= 0 and text.find("\n", at + 1, end) >= 0:
                end = -1  # (none on its line)
        if end >= 0:
            spans.append((at, end + 1))
            pos = end + 1
        else:
            pos = at + 1
        if 0 <= curly < pos:
            curly = text.find("“", pos)
        if 0 <= straight < pos:
            straight = text.find('"', pos)
    return spans


BADGES = re.compile(r"^[^\w(]+|[^\w)]+$")
AUDIENCE_LINE = re.compile(
    r"""[^\w]*(?:(?:public\s+)?(?:channel|group|page)\s*[·•|]\s*)?\d[\d.,]*\s*[KkMm]?\s+(?:subscribers|followers|members)\b
    # '✅ 14.5K subscribers', a messenger's 'channel · 212,480 subscribers'
    |(?:[A-Z][a-z]{2,8}\s+\d{1,2}(?:,?\s+\d{4})?|Yesterday|Today)\s+at\s+\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*·""",
    re.IGNORECASE | re.VERBOSE,
)  # a page post's 'December 5 at 8:14 PM ·' under the page's name


def _channel_page(lines: list[str], lex: Lexicon) -> str | None:
    """The organisation a channel or page belongs to, named in the line above its audience
    ('Rescue Service of Dnipro Region' over '14.5K subscribers') or above its post's time
    ('Kisumu County Government' over 'December 5 at 8:14 PM ·'): its posts are its voice. A
    news outlet's channel stays a report's own voice (None).

    >>> from claimcheck.lexicon import load_lexicon
    >>> _channel_page(["Rescue Service of Dnipro Region", "✅ 14.5K subscribers", "6 killed"], load_lexicon())
    'Rescue Service of Dnipro Region'
    >>> _channel_page(["BBC News", "2.1M subscribers"], load_lexicon()) is None
    True
    >>> _channel_page(["Post", "Harbour Police Service  @HPS_news", "Road closures today."], load_lexicon())
    'Harbour Police Service'
    >>> _channel_page(["Post", "Ana Lee  @analee", "12 dead"], load_lexicon()) is None
    True
    """
    for k in range(1, min(3, len(lines))):
        if AUDIENCE_LINE.match(lines[k]):
            name = BADGES.sub("", lines[k - 1])  # ('✅ Rescue Service', 'Rescue Service ☑️')
            return name if _orgish(name, lex) else None
    for line in lines[:3]:
        if (m := HANDLE_LINE.fullmatch(line)) and _orgish(name := BADGES.sub("", m["name"]), lex):
            return name  # an account's own thread: 'Harbour Police  @HarbourPolice' over its posts
    return None


HANDLE_LINE = re.compile(r"(?P<name>[^@\n]{3,80}?)\s+@\w{2,30}(?:\s*[·•|]\s*\S.*)?")
# a social post's header: the account's name and its handle ('Vilnius County Police  @VAVPK_EN')


def channel_name(source: Source, lex: Lexicon) -> str | None:
    """The name of the channel or page a document is, read on the line above its audience
    ('Lakeside Live | Лейксайд Live' over 'channel · 48,200 subscribers': 'Lakeside Live'),
    whatever it is: a news channel's own voice is a reporter's (no claimant), but its 'we' and
    'our' are the channel's ('According to our information, at least 31 people have died').
    Not a web address nor a news agency's.

    >>> from claimcheck.lexicon import load_lexicon
    >>> channel_name(Source(id="t", text="Lakeside Live | Лейксайд Live\\nchannel · 48,200 subscribers\\nNews."), load_lexicon())
    'Lakeside Live'
    >>> channel_name(Source(id="t", text="Lakeside Live\\nNews from the lake.\\n"), load_lexicon()) is None
    True
    """
    top = source.text[source.body_start : source.body_start + TOP]
    lines = [line.strip() for line in top.splitlines() if line.strip()][:4]
    for k in range(1, min(3, len(lines))):
        if AUDIENCE_LINE.match(lines[k]):
            name = BADGES.sub("", re.split(r"\s[|·•]\s", lines[k - 1])[0]).strip()
            words = name.split()
            if not words or len(words) > 6 or "." in words[-1] or not _not_media(name, lex):
                return None
            return name
    return None


def _not_media(name: str, lex: Lexicon) -> bool:
    from claimcheck.parse.attribution import claimant_type

    return claimant_type(name, lex) != "media" and "." not in name


def _outlet(outlet: str | None, lex: Lexicon) -> str | None:
    """An outlet that is an organisation, not a news site or a web address ('Ubuntu Rights
    Observatory — Press releases')."""
    if not outlet:
        return None
    name = OUTLET_PART.split(outlet)[0].strip()
    return name if _orgish(name, lex) else None


def _orgish(name: str, lex: Lexicon) -> bool:
    """An organisation's name that is not a news outlet's or a person's."""
    from claimcheck.parse.attribution import claimant_type

    low = name.lower()
    if "." in low.split()[-1] if low.split() else True:
        return False  # a web address: example.org
    if claimant_type(name, lex) == "media":
        return False
    words = set(re.findall(r"[a-z]+", low))
    if words & lex.speaker_words["org_words"]:
        return True
    if _heading_words(words, lex):
        return False  # a heading in capitals: 'KEY FIGURES', 'HIGHLIGHTS'
    return name.isupper() or claimant_type(name, lex) != "other"  # 'BNGRC', 'UNICEF'


def _heading_words(words: set[str], lex: Lexicon) -> bool:
    """The (lower-case) words of a line are a heading's only: 'key figures', 'highlights'."""
    return words <= lex.speaker_words["not_speakers"] | lex.speaker_words["document_nouns"]


def _org_in(top: str, lex: Lexicon) -> str | None:
    """An organisation named in the first lines: an acronym defined there ('Nagorik Legal Aid
    Forum (NLAF)', its display name), else a line that is an organisation's name."""
    lines = _joined([line.strip() for line in top.splitlines() if line.strip()][:9])[:8]
    first = 0  # the letterhead comes first, or under what the document calls itself
    while first < len(lines) - 1 and (
        _above_issuer(lines[first], lex)
        or (first and _state_line(lines[first - 1], lex) and _motto_words(lines[first], lex))
    ):
        first += 1  # 'PRESS RELEASE' / 'Amnesty International': the letterhead is the second line
        #             ('REPUBLIC OF SERBIA' / 'MINISTRY OF INTERNAL AFFAIRS': the body under the state)
    header = _org_line(lines[first : first + 1], lex)  # 'UGANDA POLICE FORCE' over a partner
    for m in ACRONYM_DEF.finditer(top):  # the statement names in its first sentence ('… KCCA')
        full = _strip_article(m["full"])
        acr = m["acr"].replace(".", "")
        if _initials_fit(acr, full) and _orgish(full, lex):
            below = lines[first + 1] if first + 1 < len(lines) else ""
            if header is None or _same_words(header, full) or below.startswith(m["full"].strip()):
                return f"{full} ({acr})"  # (the letterhead's name, spelled out with its acronym;
                #  or the body under the ministry: 'MINISTÈRE DE L'INTÉRIEUR' / 'BUREAU … (BNGRC)')
            break
    return (
        header
        or _org_line(lines, lex)
        or _org_line(lines[first : first + 1], lex, letterhead=True)
        or next((line for line in lines[:3] if _state_line(line, lex)), None)
    )  # (the state itself when no body under it issues: 'GOVERNMENT OF KENYA' over 'PRESS RELEASE')


SAYS = re.compile(r"\b(?:says|said|tells|told)\b", re.IGNORECASE)  # a headline's speech verb
DATELINE = re.compile(r",[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2},?)[ \t]+\d{4}\b")
# a dateline's date after its places: 'Kuwait City / Kathmandu, 7 August 2026'
RUNS_ON = re.compile(r"(?:[,;]|\s(?:of|the|into|and|for|on|in|to|de|des|du|del|la))$", re.IGNORECASE)


def _joined(lines: list[str]) -> list[str]:
    """A header's lines, each that runs on to the next (after a comma or a semicolon, or a
    name's 'of' or 'the') joined to it: a name broken over two lines ('NATIONAL COMMITTEE OF
    INQUIRY INTO THE COLLAPSE OF THE' / 'BAN PHONSAVAT FOOTBRIDGE, LUANG PRABANG PROVINCE')
    is one, cut at its comma; a headline's second line ('…, GROUP SAYS;' / 'AUTHORITIES MUST
    ACT') is no name of its own.

    >>> _joined(["COMMITTEE OF INQUIRY INTO THE", "BRIDGE COLLAPSE, NORTH PROVINCE", "SUMMARY REPORT"])
    ['COMMITTEE OF INQUIRY INTO THE BRIDGE COLLAPSE', 'SUMMARY REPORT']
    >>> _joined(["FLOODS: 24 DEAD, GROUP SAYS;", "AUTHORITIES MUST ACT"])
    ['FLOODS: 24 DEAD, GROUP SAYS; AUTHORITIES MUST ACT']
    """
    out: list[str] = []
    for line in lines:
        if out and RUNS_ON.search(out[-1]):
            head = out.pop()
            out.append(f"{head} {line.split(', ')[0]}" if head[-1].isalpha() else f"{head} {line}")
        else:
            out.append(line)
    return out


NAV_LINE = re.compile(
    r"[^|·•\n]{1,30}(?:\s[|·•]\s[^|·•\n]{1,30}){2,}"
    r"|[A-Z][\w'’-]*(?:\s(?:of|and|the|&|[A-Z][\w'’-]*)){0,3}(?:[ \t]{3,}[A-Z][\w'’-]*(?:\s(?:of|and|the|&|[A-Z][\w'’-]*)){0,3}){3,}"
)  # a site's menu: 'Inicio | Quiénes somos | Informes', 'Home   Visit   Exhibitions   History'


def _masthead(lines: list[str], lex: Lexicon) -> str | None:
    """The name of the site a statement is posted on, from its masthead: a first line of a
    name and what the body is ('Tras las Rejas – Colectivo por los Derechos de las Personas
    Privadas de Libertad', 'Lumen – Observatory for Prison Rights') over the site's menu: the
    name, when the line names an organisation that is no news outlet.

    >>> from claimcheck.lexicon import load_lexicon
    >>> _masthead(["Puerta Abierta – Colectivo por los Derechos Humanos", "Inicio | Quiénes somos | Prensa"], load_lexicon())
    'Puerta Abierta'
    >>> _masthead(["The Harbour Times – Your daily news", "News | Sport | Opinion"], load_lexicon()) is None
    True
    """
    if len(lines) < 2 or not NAV_LINE.fullmatch(lines[1]):
        return None
    parts = MASTHEAD_SEP.split(lines[0])
    name = parts[0].strip()
    if not _named_line(name, lex) and not _orgish(name, lex):
        return None
    if not any(_orgish(p, lex) for p in parts) or not _not_media(name, lex):
        return None
    return _strip_article(name)


ACRONYM_TAIL = re.compile(r"\s+\([A-Z][A-Z0-9&.-]{1,9}\)$")  # a name's acronym after it: 'Observatoire … Droits (OMD)'
COLUMNS = re.compile(r"\s{3,}")  # a laid-out page's columns: 'Centre for Mining Justice      CMJZ Report 02/2026'


def _letterhead(lines: list[str], lex: Lexicon) -> str | None:
    """The organisation whose name opens a document's first line, alone or in the first column
    of a laid-out page ('Centre for Mining Justice Zimbabwe      CMJZ Report 02/2026'): a
    report that speaks as 'we' under it is that organisation's (not a news site's name).

    >>> from claimcheck.lexicon import load_lexicon
    >>> _letterhead(["Centre for Mining Justice Zimbabwe      CMJZ Report 02/2026"], load_lexicon())
    'Centre for Mining Justice Zimbabwe'
    >>> _letterhead(["OBSERVATOIRE MAURITANIEN DES DROITS (OMD)", "Briefing paper No. 03/2026"], load_lexicon())
    'OBSERVATOIRE MAURITANIEN DES DROITS'
    >>> _letterhead(["Floods: the government must act now"], load_lexicon()) is None
    True
    """
    if not lines:
        return None
    first = ACRONYM_TAIL.sub("", COLUMNS.split(lines[0])[0])  # (its acronym after it: 'Observatoire … (OMD)')
    parts = SITE_SEP.split(first)
    if len(parts) == 2 and len(parts[0].split()) >= 2 and TOWN.fullmatch(parts[1]):
        first = parts[0]  # its town after a dash: 'Nour al-Khair Charitable Society — Ruseifa' (not a language
        #                   menu's 'ES | EN', a site's path 'Forum / General / Politics', an 'English edition')
    words = first.split()
    if not 1 <= len(words) <= 10 or not all(_name_word(w) or w in NAME_JOINERS for w in words):
        return None  # (a title in sentence case, a line of prose: no name; tested before the lexicon)
    return _org_line([first], lex)


NAME_JOINERS = frozenset({"of", "for", "the", "and", "on"})
TOWN = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")  # a place's name of one or two words
PARTICLE_WORD = re.compile(r"(?:al|el|ad|ar|as|ash|ul|bin|ibn|abu|ben)-[A-Z]")  # a name's word led by its particle: 'al-Khair'


def _name_word(word: str) -> bool:
    """A capitalised word of a name, or one led by an Arabic particle ('al-Khair', 'bin-Zayed')."""
    return word[:1].isupper() or PARTICLE_WORD.match(word) is not None


SENDER = re.compile(r"[ \t>]*From\s*:\s*(?P<name>[^<\n]*?)\s*(?:<[^>\n]*>)?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def forwarded(text: str, start: int, lex: Lexicon) -> list[tuple[int, str]]:
    """Where each message an e-mail forwards starts, with its sender when that is an
    organisation (its 'From:' name: 'From: Embassy of Nepal, Kuwait <consular@…>'): a release
    that forwards a body's own message reproduces that body's words, not the release's.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "We count 24 dead.\\n\\n-------- Forwarded Message --------\\nFrom: Embassy of Nepal <c@np.example>\\n\\n> Eight died."
    >>> forwarded(t, 0, load_lexicon())
    [(19, 'Embassy of Nepal')]
    """
    if "orward" not in text and "riginal" not in text and "transf" not in text:
        return []
    out = []
    for m in FORWARDED.finditer(text, start):
        head = text[m.end() : m.end() + 400]
        sender = SENDER.search(head)
        name = sender["name"].strip().strip("\"'") if sender else ""
        if name and _orgish(OUTLET_PART.split(name)[0].split(",")[0].strip(), lex):
            out.append((m.start(), name))
    return out


def _what_it_is(line: str, lex: Lexicon) -> bool:
    """A line that says what the document is, not whose: 'PRESS RELEASE', 'For immediate release'."""
    return bool(_kinds_re(lex).search(line)) or line.lower().startswith("for immediate")


def _same_words(a: str, b: str) -> bool:
    """Most of the content words of the shorter name are in the other ('United Nations Human
    Rights Office of the High Commissioner' / 'Office of the United Nations High Commissioner
    for Human Rights')."""
    wa, wb = (set(re.findall(r"[a-z]{3,}", x.lower())) - {"the", "and", "for"} for x in (a, b))
    small, big = sorted((wa, wb), key=len)
    return bool(small) and len(small & big) >= 0.6 * len(small)


ISSUED_BY_VERB = re.compile(r"(?:issued|published|released|prepared|compiled)\s+by\s", re.IGNORECASE)
ISSUED_BY = re.compile(
    r"(?:(?:issued|published|released|prepared|compiled)\s+by|(?:joint\s+)?(?:statement|press\s+release|communiqu[eé]|declaration)\s+(?:from|by))"
    r"\s+(?:the\s+)?(?P<org>[A-Z][^,;:\n]{2,80}?)\s*(?:[,;(]|$)",
    re.IGNORECASE,
)  # 'Issued by the Disaster Management Authority, 14 August 2026', 'Statement from the Bar Council'


def _issued_by(lines: list[str], lex: Lexicon) -> str | None:
    """The organisation a statement's first lines say issued it ('Issued by the Disaster
    Management Authority, 14 August 2026'), or that follows what it calls itself after a dash
    ('Press release — Coalition for Civic Rights')."""
    for line in sorted(lines, key=lambda line: not ISSUED_BY_VERB.match(line)):  # 'Issued by …' first
        m = ISSUED_BY.match(line)
        if m and _orgish(m["org"], lex):
            return _strip_article(m["org"])
        parts = SITE_SEP.split(_no_languages(line))  # (a site's 'News > Statements   CZ | EN': no 'EN')
        if (
            len(parts) == 2
            and _kinds_re(lex).search(parts[0])
            and not _what_it_is(parts[1], lex)  # ('PRESS STATEMENT — FOR IMMEDIATE RELEASE': no name)
            and _orgish(parts[1], lex)
            and _named_words(parts[1], lex)
        ):
            return _strip_article(parts[1].strip())
    return None


def _named_words(name: str, lex: Lexicon) -> bool:
    """Every word of ``name`` is capitalised or a particle: a name ('Coalition for Civic
    Rights'), not a headline ('Flooding in Valdora: Red Cross response')."""
    particles = lex.speaker_words["name_particles"]
    return ":" not in name and all(w[:1].isupper() or w.lower() in particles for w in name.split())


def _org_line(lines: list[str], lex: Lexicon, letterhead: bool = False) -> str | None:
    """The first of ``lines`` that is an organisation's name, alone on its line; a statement's
    ``letterhead`` (its first line) may be a name in capitals of any words ('Médecins Sans
    Frontières'); a name may end with its acronym in brackets.

    >>> from claimcheck.lexicon import load_lexicon
    >>> _org_line(["REPUBLIC OF RWANDA", "MINISTRY IN CHARGE OF EMERGENCY MANAGEMENT (MINEMA)"], load_lexicon())
    'MINISTRY IN CHARGE OF EMERGENCY MANAGEMENT (MINEMA)'
    """
    for whole in map(_no_languages, lines):
        if not whole or _what_it_is(whole, lex) or _motto(whole):
            continue  # 'FOR IMMEDIATE RELEASE', 'PRESS RELEASE': what the document is, not whose
        if m := HEADER.fullmatch(whole):
            whole = m["v"].strip()  # a site's field: 'Source: OCHA' names OCHA
        elif ": " in whole or ";" in whole or SAYS.search(whole) or DATELINE.search(whole) or _speaking_line(whole, lex):
            continue  # a label and its value, a headline ('KUWAIT: …', '…, GROUP SAYS; …'), a dateline: no name
        # 'UNHCR - The UN Refugee Agency': a site's name first; a name in two languages ('Red
        # Solidaria del Pacífico — Pacific Solidarity Network'): the first that reads as a name
        for line in SITE_SEP.split(whole)[:2]:
            if _state_line(line, lex):
                break  # 'REPUBLIC OF SERBIA' over the ministry that issues: the state is no issuer
            if glossed := NAME_GLOSS.search(line):
                line = line[: glossed.start()]
            bare = ACRONYM_TAIL.sub("", line)  # 'MINISTRY IN CHARGE OF EMERGENCY MANAGEMENT (MINEMA)'
            named = _orgish(bare, lex) or (letterhead and _named_line(bare, lex))
            if 1 <= len(bare.split()) <= 14 and not line.endswith((".", ":")) and named:  # (a name joined from two lines)
                if all(_name_word(w) or w in {"of", "for", "the", "and", "on"} for w in bare.split()):
                    return line
    return None


def _speaking_line(line: str, lex: Lexicon) -> bool:
    """A line that speaks, a title in capitals: a pronoun or a possessive among its words ('WE
    MARCHED FOR OUR LAND', 'THIRTY-EIGHT OF OUR VOLUNTEERS WORKED THROUGH THE NIGHT'), no
    body's name (which names itself, not 'we' or 'their').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _speaking_line("WE WILL NOT BE SILENCED, SAY THE DOCKERS", lex), _speaking_line("MINISTRY OF HEALTH", lex)
    (True, False)
    >>> _org_line(["WE MARCHED FOR OUR LAND, AND WE WILL MARCH AGAIN"], lex) is None
    True
    >>> _org_line(["THEY CAME IN THOUSANDS", "NATIONAL DOCKERS' UNION"], lex)
    "NATIONAL DOCKERS' UNION"
    """
    g = lex.grammar
    return any(
        (w in g["pronouns"] or w in g["possessives"]) and w not in NAMING_PRONOUNS for w in WORDS_OF.findall(line.lower())
    )


WORDS_OF = re.compile(r"[a-z]+(?:['’][a-z]+)?")
NAMING_PRONOUNS = frozenset({"her", "his", "its", "it", "this", "these", "those"})  # ('HER MAJESTY'S PRISON SERVICE', 'IT UNIT')
NAME_GLOSS = re.compile(r"\s+\((?![A-Z][A-Z0-9&.-]{1,9}\))[^()\n]{3,80}\)$")  # a name's gloss in another language:
#   'KÁRPÁT RESCUE VOLUNTEERS (Kárpát Mentő Önkéntesek Egyesülete)' (not its acronym, which it keeps)
SITE_SEP = re.compile(r"\s+[-–—|/]\s+")  # ('SZABAD KATEDRA SZÖVETSÉG  /  FREE LECTERN ALLIANCE': a name in two languages)
MASTHEAD_SEP = re.compile(r"\s+[-–—|·•]\s+")  # a masthead's name in two languages and its city: 'Muziejus · Museum · Vilnius'


def _motto_words(line: str, lex: Lexicon) -> bool:
    """Three to six capitalised words with no organisation's word, the line under a state's
    name: its motto written without dashes ('Peace Independence Democracy Unity Prosperity')."""
    words = line.split()
    return 3 <= len(words) <= 6 and all(w[:1].isupper() and w[1:2].islower() for w in words) and not (
        {w.lower() for w in words} & lex.speaker_words["org_words"]
    )


def _motto(line: str) -> bool:
    """A state's motto under its name on a letterhead: three words or more, one each, joined
    by dashes ('Union - Discipline - Travail', 'Unity – Freedom – Work'): no issuer, though a
    word of it may name one ('Union').

    >>> _motto("Unity – Freedom – Work"), _motto("Amnesty International – Press Office")
    (True, False)
    >>> from claimcheck.lexicon import load_lexicon
    >>> _org_line(["Union - Discipline - Travail", "MINISTRY OF HEALTH"], load_lexicon())
    'MINISTRY OF HEALTH'
    """
    parts = SITE_SEP.split(line.strip())
    return len(parts) >= 3 and all(len(p.split()) == 1 for p in parts)


def _state_line(line: str, lex: Lexicon) -> bool:
    """A letterhead's state ('REPUBLIC OF SERBIA', "REPOBLIKAN'I MADAGASIKARA", 'ROYAL GOVERNMENT
    OF BHUTAN'): the lexicon's ``speakers.state_letterheads`` open it. The ministry or department
    named under it is the more specific body, and the one that issues.

    >>> from claimcheck.lexicon import load_lexicon
    >>> _org_line(["ROYAL GOVERNMENT OF BHUTAN", "MINISTRY OF HOME AFFAIRS"], load_lexicon())
    'MINISTRY OF HOME AFFAIRS'
    >>> _org_line(["MINISTRY OF HEALTH", "REPUBLIC OF KENYA"], load_lexicon())
    'MINISTRY OF HEALTH'
    """
    low = line.lower().replace("’", "'").removeprefix("the ")  # ('THE UNITED REPUBLIC OF TANZANIA')
    if low.startswith(tuple(lex.data["speakers"]["state_letterheads"])):
        return True
    from claimcheck.where import place_words

    bare = low.strip(" .")  # (a line that is only a country's name: 'CENTRAL AFRICAN REPUBLIC')
    countries = place_words(lex).countries
    if bare in countries or bare.removeprefix("the ") in countries:
        return True
    return bare.endswith((" republic", " kingdom")) and len(bare.split()) <= 6  # "LAO PEOPLE'S DEMOCRATIC REPUBLIC"


def _above_issuer(line: str, lex: Lexicon) -> bool:
    """A letterhead's line above the body that issues: what the document is ('PRESS RELEASE'),
    the state ('REPUBLIC OF SERBIA', 'CENTRAL AFRICAN REPUBLIC') or its motto ('Unity – Dignity
    – Work').

    >>> from claimcheck.lexicon import load_lexicon
    >>> [_above_issuer(x, load_lexicon()) for x in ("CENTRAL AFRICAN REPUBLIC", "Unity – Dignity – Work", "MINISTRY OF HEALTH")]
    [True, True, False]
    """
    return _what_it_is(line, lex) or _state_line(line, lex) or _motto(line)


def _named_line(line: str, lex: Lexicon) -> bool:
    """A line of two to six capitalised words (particles aside), no figure, no heading words and
    no person's role: a name ('Médecins Sans Frontières', 'Amnesty International')."""
    words = line.split()
    if not 2 <= len(words) <= 6 or any(ch.isdigit() or ch in ":;,!?" for ch in line):
        return False
    particles = lex.speaker_words["name_particles"]
    if not all(w[:1].isupper() or w.lower() in particles for w in words):
        return False
    low = {w.lower() for w in words}
    return not _heading_words(low, lex) and not low & lex.speaker_words["person_roles"]


SIGNED = re.compile(r"(?:Signed|Signatories|Signed\s+by|Endorsed\s+by)\s*:?", re.IGNORECASE)


def _sign_off(text: str, lex: Lexicon) -> str | None:
    """The organisation a statement is signed by, on its last lines; a joint statement's
    signatories under 'Signed:' together ('National Union of Teachers and Coalition for
    Democratic Rights')."""
    tail = [line.strip() for line in text[-400:].splitlines() if line.strip()]
    for k, line in enumerate(tail[:-1]):
        if SIGNED.fullmatch(line):
            orgs = [o for o in tail[k + 1 :] if "," not in o and len(o) < 80 and _orgish(o, lex)]
            if orgs and len(orgs) == len(tail) - k - 1:
                return " and ".join(_strip_article(o) for o in orgs)
    last = [QUOTE_PREFIX.sub("", line).strip() for line in text[-400:].splitlines()][-6:]
    prose = [k for k, line in enumerate(last) if line.endswith((".", "!", "?")) or len(line) > 100]
    if prose:
        last = last[prose[-1] + 1 :]  # a sign-off comes after the text's last sentence (not a heading above a short text's body)
    while last and (not last[-1] or any(ch.isdigit() for ch in last[-1])):
        last.pop()  # (an address or a phone line under the name: 'B.P. 4417 Douala')
    kinds = lex.speaker_words["statement_kinds"]
    for k, line in reversed(list(enumerate(last))[-3:]):
        if any(kind in line.lower() for kind in kinds):
            continue  # ('FOR IMMEDIATE RELEASE' over a short release: what it is, not who signs it)
        m = SIGN_OFF.match(line.lstrip("—–- "))
        if m and _a_role(m["org"], lex):
            continue  # a signer's role after the name ('Nelly Cabrera, Secretary for Health and Safety'): no body
        if m and (_orgish(m["org"], lex) or (_named_line(m["org"], lex) and _signer_above(line[: m.start("org")], last[:k], lex))):
            return _strip_article(m["org"])
        m = SIGNED_ACRONYM.fullmatch(line)
        if m and _orgish(m["full"], lex) and text.count(m["acr"]) >= 3:
            return f"{_strip_article(m['full'])} ({m['acr']})"
    return None


CLOSING_BY = re.compile(
    r"(?i:issued|released|published|prepared|distributed|compiled|on\s+behalf\s+of)(?:\s+by)?\s*:?\s+(?:the\s+)?"
    r"(?:(?i:(?:press|media|communications?|public\s+affairs|information)\s+)?(?i:office|unit|department|service|team|desk|secretariat)"
    r"\s*(?:of\s+(?:the\s+)?|,\s*))?"
    r"(?P<org>[A-Z][^,;:\n]{2,90}?)\s*(?:,\s*\d[^\n]*)?[.]?"
)  # a release's closing line: 'Issued by the press office of the Coastal Rescue Volunteers.',
#    'Released by the Communications Unit, Transport Workers Federation.', 'On behalf of the X.'
ABOUT_BOX = re.compile(
    r"(?i:about)\s+(?:(?i:the)\s+)?(?P<org>[A-Z][^:\n]{2,80}?)\s*(?::|\n|\s[-–—]\s)"
    r"|(?i:about\s+us)\s*:?\s*\n?\s*(?:The\s+)?(?P<us>[A-Z][\w'’&.-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’&.-]*)){0,8})\s+(?:is|are)\s"
)  # a release's box about its author after the text: 'About the Harbour First Aid Corps: the Corps
#    is …', 'About us' over 'Riverbend Relief Trust is a charity …'


def _closing_name(text: str, lex: Lexicon) -> str | None:
    """The organisation a statement's closing lines name as its author: a line that says who
    issued, released or published it (after its press office: 'Issued by the Media Office of
    Redstone Mining Company.'), or a box about it after the text ('About the X: …', 'About
    us' over 'X is a …').

    >>> from claimcheck.lexicon import load_lexicon
    >>> _closing_name("We count 9 dead.\\n\\nReleased by the Communications Unit, Transport Workers Federation.", load_lexicon())
    'Transport Workers Federation'
    >>> _closing_name("We count 9 dead.\\n\\nAbout us\\nRiverbend Relief Trust is a charity.", load_lexicon())
    'Riverbend Relief Trust'
    >>> _closing_name("Police said 12.\\n\\nReporting by Ana Lima; editing by Tom Reed.", load_lexicon()) is None
    True
    """
    end = text[-600:]
    if "bout" not in end and "BOUT" not in end and " by" not in end and " of" not in end:
        return None  # (what every closing line holds: a find before the patterns)
    lines = [line.strip() for line in end.splitlines() if line.strip()][-4:]
    for k, line in enumerate(lines):
        m = CLOSING_BY.fullmatch(line) or ABOUT_BOX.match(f"{line}\n{lines[k + 1] if k + 1 < len(lines) else ''}")
        if m is None:
            continue
        org = _strip_article((m["org"] if "us" not in m.groupdict() or m["org"] else m["us"]).strip())
        if _not_media(org, lex) and (_orgish(org, lex) or _named_words(org, lex)) and len(org.split()) >= 2:
            return org
    return None


def _a_role(name: str, lex: Lexicon) -> bool:
    """A person's role, not a body: its last word is one of the lexicon's
    ``speakers.person_roles`` ('General Secretary'), or its first before what it is of or for
    ('Secretary for Health and Safety', 'Head of Communications'; not 'General Confederation of
    Labour').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_a_role(n, lex) for n in ("General Secretary", "Secretary for Health and Safety", "General Confederation of Labour")]
    [True, True, False]
    >>> _sign_off("We will not leave them alone.\\n\\nExecutive Secretariat, SUPGN\\nWalter Britos, General Secretary\\nNelly Cabrera, Secretary for Health and Safety\\n", lex)
    'SUPGN'
    """
    words = WORDS_OF.findall(name.lower())
    roles = lex.speaker_words["person_roles"]
    return bool(words) and (
        words[-1] in roles or words[0] in roles and words[1:2] in (["of"], ["for"])
    )


def _signer_above(before: str, above: list[str], lex: Lexicon) -> bool:
    """A sign-off's name of a body with no organisation's word ('Green Corridor Walkers') is the
    body's when a signer stands before it: a person's role on its line ('Mira Coll, spokeswoman,
    Friends of Dock Square') or on the line above ('Tomas Reyna, coordinator' / 'Secretary'),
    or 'Signed,' over them."""
    roles = lex.speaker_words["person_roles"]
    near = [before, *above[-2:]]
    return any(w in roles for line in near for w in WORDS_OF.findall(line.lower())) or any(
        SIGNED.fullmatch(line.strip().rstrip(",")) for line in above[-3:]
    )


SIGNED_ACRONYM = re.compile(r"(?P<full>[A-ZÀ-Ý][^()\n]{4,80}?)\s+\((?P<acr>[A-Z][A-Z0-9&.-]{1,9})\)")
# a sign-off's name with the acronym the text calls it by, whatever its words' case ('Union des
# commerçants des marchés de Douala (UCOMAD)' under a release that says 'The UCOMAD demands')


def first_person(sentence: str, upto: int) -> bool:
    """The sentence's speaker before offset ``upto`` is 'we' or 'our …' (outside a quotation):
    'We have documented 34 injuries', 'Our monitors recorded 71 arrests'."""
    head = sentence[:upto]
    if head.count('"') % 2 or head.count("“") > head.count("”"):
        return False
    return bool(FIRST_PERSON_SUBJECT.search(head))


def is_first_person(claimant: str | None) -> bool:
    """'We', 'our monitors', 'Our count'."""
    if not claimant:
        return False
    words = {w.lower() for w in claimant.split()}
    return bool(words & {"we", "our", "us", "i", "my"})  # 'Figures compiled by our teams'



OTHERS_START = re.compile(
    r"^[ \t]*(?:\d+\s+)?(?:comments?|reader\s+comments|readers'\s+comments|responses|replies"
    r"|leave\s+a\s+(?:reply|comment)|related(?:\s+\w+)?|references|notes|further\s+reading"
    r"|see\s+also|external\s+links|most\s+relevant|top\s+comments|all\s+comments|newest\s+first"
    r"|view\s+(?:more|all|previous)\s+comments|comments\s+sorted\s+by.*|sort\s+by:?.*)[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)  # a heading after which others speak (readers' comments; a social page's 'Most relevant',
#   'View more comments', 'Sort by: best') or the text cites others


CITED_START = re.compile(
    r"^[ \t]*(?:references|notes|citations|sources|bibliography|further\s+reading|works\s+cited)"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)  # the list of works a page cites: their titles are other reports' headlines
CITATION = re.compile(
    r"""[ \t]*(?:\d{1,3}[.)]|[•*^-])?[ \t]*(?:\^[ \t]*)?(?:[^"“\n]{0,80}?)
    ["“](?P<title>[^"”\n]{3,200})[.,]?["”][.,]?[ \t]+(?P<by>[A-Z][^.\n]{1,60}?)\.""",
    re.VERBOSE,
)  # '4. "Hospital: 42 operated". Andina. 17 August 2026.' -> Andina


def cited_from(text: str, start: int) -> int:
    """Where the list of cited works (references, notes, sources) starts, the text's length
    when there is none.

    >>> text = 'Sixteen people died.[1]\\n\\nReferences\\n1. "Toll rises to 16". Andina. 2026.'
    >>> at = cited_from(text, 0)
    >>> text[at:].split()[0], cited_by(text, text.index('16', at))[2]
    ('References', 'Andina')
    """
    m = next((m for m in line_matches(CITED_START, text, start) if not own_notes(text, m)), None)
    return m.start() if m else len(text)  # (tried at line starts only)


NOTE_ENTRY = re.compile(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])?[ \t]*[A-Z][\w'’]*\s+[a-z\w'’]+\s+[^\n]{40,}")
CITED_MARK = re.compile(r"[\"“^]|https?://|www\.|\b(?:Retrieved|Archived|ISBN|doi)\b")


def own_notes(text: str, heading: re.Match[str]) -> bool:
    """A 'Notes' heading over the writer's own notes, not cited works: its first entry is a
    line of prose with no title in quotation marks, link or 'Retrieved' ('(1) The police's
    figure of 1,380 counts captures, not people still held.'), as a tracker or a statement
    writes them.

    >>> text = "Notes\\n\\n(1) The police's figure of 1,380 counts captures, not people held.\\n"
    >>> cites = 'Notes\\n1. "Toll rises to 16 in the north of the country". Andina.'
    >>> own_notes(text, CITED_START.match(text)), own_notes(cites, CITED_START.match(cites))
    (True, False)
    """
    if not heading.group().strip().lower().startswith("notes"):
        return False
    lo = heading.end()
    while lo < len(text) and text[lo] in " \t\r\n":
        lo += 1
    hi = text.find("\n", lo)
    line = text[lo : hi if hi >= 0 else len(text)]
    return NOTE_ENTRY.match(line) is not None and CITED_MARK.search(line) is None




def cited_by(text: str, at: int) -> tuple[int, int, str] | None:
    """The title's span and the publisher of the cited work whose entry holds offset ``at``:
    '1. "Toll rises to 16". Andina. 20 August 2026.' -> 'Andina'; None when the line is no
    citation entry."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    m = CITATION.match(text, lo, hi if hi >= 0 else len(text))
    if m is None or not m.start("title") <= at < m.end("title"):
        return None
    return m.start("title"), m.end("title"), m["by"].strip()


def own_text_end(text: str, start: int) -> int:
    """Where the issuer's own text ends: at a heading of readers' comments, references or
    related links (the text's length when there is none)."""
    m = next((m for m in line_matches(OTHERS_START, text, start) if not own_notes(text, m)), None)
    return m.start() if m else len(text)


_POST_DATED = r"""(?:[·|•—–-]|,)[ \t]*(?:\d{1,2}[ ][A-Z][a-z]{2,8}\.?(?:[ ]\d{4})?|""" + MONTH_STEM + r"""[a-z]{0,6}\.?[ ]\d{1,2}(?!\d)(?:,?[ ]\d{4})?
          |\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d\d|(?:\d+|an?)[ ](?:minutes?|hours?|days?)[ ]ago
          |\d{1,2}[ ]?(?:h|hr|hrs|m|min|mins|d)\.?(?:[ ]ago)?)[^\n]{0,30}"""  # a mark, then a date or time
#    (a month's word before a day: 'Nov 13', not a heading's 'TRANSCRIPT - Segment 1: …')
POST_HEAD = re.compile(
    r"""^[ \t]*(?:(?:posted|comment|reply)\s+(?:by|from)\s+)?
    (?:(?:top[ ]comment|comment|reply|level[ ]\d+|op)[ \t]*[·|•—–-][ \t]*)?  # 'top comment · u/jo · 5 hr'
    (?P<who>[\w@][\w.@'’/-]*(?:[ ][\w.@'’-]+){0,3}  # ('Jeshi la Polisi Tanzania @tanpol')
      (?:[ ](?:[^\w\s@()'"’.,:;·|•—–-]{1,3}|\([A-Z][\w .'’-]{0,30}\)))*  # an account's badge or gloss: ✔, (Police)
      (?:[ ]@[\w.]+)?)
    (?:,[ \t]*[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?(?=[ \t]*[·|•—–-]))?  # 'Yaw K., Kumasi - 11 Nov 2026'
    [ \t]*(?:
        """ + _POST_DATED + r"""
      | [ ](?:wrote|writes|said|says|commented|replied):
    )[ \t]*$""",
    re.MULTILINE | re.VERBOSE | re.IGNORECASE,
)  # 'Anouk · 13 Oct 2026, 11:15', 'marc.vdb wrote:', 'Posted by Jo, 3 hours ago', 'reply · u/jo · 4 hr'
POST_DATED_END = re.compile(_POST_DATED + r"[ \t]*$", re.MULTILINE | re.VERBOSE | re.IGNORECASE)


class _PostHeads:
    """POST_HEAD, tried only on a line that may be a post's head (its ``match``, for
    line_matches): one that opens with 'posted', 'comment' or 'reply' (words that may run on
    to the next line), ends with a colon ('marc.vdb wrote:') or ends with a date or time after
    a mark (POST_DATED_END, looked for in the line's last DATED_TAIL characters, and before
    them over a run of spaces or digits, the only unbounded parts of that end). Any other
    line's match would lie within it and end with neither, so the pattern, which backtracks
    over every line of prose, is not tried there."""

    @staticmethod
    def match(text: str, at: int) -> re.Match[str] | None:
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        last = end  # the line's end before trailing spaces and tabs
        while last > at and text[last - 1] in " \t":
            last -= 1
        first = at  # its first character that is not a space or tab
        while first < last and text[first] in " \t":
            first += 1
        if first == last or text[last - 1] == ":" or text[first : first + 7].casefold().startswith(OPENERS):
            return POST_HEAD.match(text, at)
        tail = max(at, last - DATED_TAIL)
        while tail > at and (text[tail - 1] in " \t" or text[tail - 1].isdecimal()):
            tail -= 1
        if POST_DATED_END.search(text, max(at, tail - 1), end) is None:
            return None
        return POST_HEAD.match(text, at)


NOTE_NUMBER = re.compile(r"\d{1,3}\s")  # a numbered note's entry, no writer's name
DATED_TAIL = 64  # more than a mark, a date or time (19 characters at most) and 30 after it
OPENERS = ("posted", "comment", "reply")  # (case-folded: 'ſ' is an 's' to POST_HEAD too)


def posts(text: str, start: int, lex: Lexicon | None = None) -> list[tuple[int, str]]:
    """Where each reader's post or comment starts and who wrote it, in a thread of two or more
    posts (a single dated name line is a byline, not a thread): [(offset, name)]. A heading
    whose first word is one of ``lex``'s ``grammar.label_heads`` (the bundled lexicon's when
    None) is a part of the document, not a post."""
    label_heads = (lex or _BUNDLED).grammar["label_heads"]
    heads = list(line_matches(_PostHeads, text, start))  # type: ignore[arg-type]
    titled = _titled_heads(text, start, [m.start() for m in heads])
    found = [(title if title is not None else m.end(), _unbadged(m["who"])) for m, title in zip(heads, titled, strict=True)]
    found = [
        (at, who) for at, who in found
        if any(ch.isalpha() for ch in who)  # (a table row's '1 | 3 Aug | 7,500 | 112' names no writer)
        and not who.lower().startswith("by ")
        and not NOTE_NUMBER.match(who)  # an endnote's '8 ZRP press statement, 28 January 2026.'
        and who.lower().rstrip(".") not in DAY_HEADS
        and who.lower().split()[0] not in label_heads  # 'UPDATE No. 1 — 22 June 2026, 18:00 hrs'
        and not LIST_UNDER.match(text, at)  # a list's heading: 'Lisbon, 28 November\n• Police: 45,000'
    ]
    return found if len(found) >= 2 else []


def _titled_heads(text: str, start: int, heads: list[int]) -> list[int | None]:
    """Where each post starts when the page puts every item's headline on the line right above
    its source line, as a news aggregator does ('Rwanda: 38 dead after night of rain\\nGreat
    Lakes Today · 15 Apr\\nAt least 38 …'): the headline's line, the source's own; else None
    for each (a reader's comment starts under its head). Every head of two or more must have
    such a line: one no post head ends, a title's, with no sentence's closing stop (a quotation's
    mark may close it: 'Mayor: "We buried 33"'), that does
    not follow a head at once (a one-line comment's 'so sad' under its writer is no headline).

    >>> page = "Top\\n\\nToll hits 95\\nKigali Courier · 1h ago\\nRescuers found three.\\n\\nRwanda: 38 dead\\nGreat Lakes Today · 15 Apr\\n"
    >>> [page[at:].split("\\n")[0] for at in _titled_heads(page, 0, [18, 69])]
    ['Toll hits 95', 'Rwanda: 38 dead']
    >>> _titled_heads("Comments\\nJo · 2h\\nso sad\\nmo · 1h\\nBBC says 9 dead\\n", 0, [9, 24])
    [None, None]
    """
    none: list[int | None] = [None] * len(heads)
    if len(heads) < 2:
        return none
    out: list[int | None] = []
    for k, at in enumerate(heads):
        if at <= start:
            return none
        above = text.rfind("\n", start, at - 1) + 1
        line = text[above : at - 1].strip()
        if not line or len(line) > TITLE_MAX or line[-1] in ".!?…" or line.startswith(">"):
            return none
        if k and text.rfind("\n", 0, max(0, above - 1)) + 1 == heads[k - 1]:
            return none  # (the line right under the head before: that post's own words)
        out.append(above)
    return out


TITLE_MAX = 160  # a headline's most characters


LIST_UNDER = re.compile(r"[ \t]*(?:\r?\n[ \t]*)+[•·*▪◦‣-][ \t]")  # a bullet opening the next line


def _unbadged(who: str) -> str:
    """A post's writer without the badges between the account's name and handle ('Konfederácia
    Spolu ✊ @SpoluOdbory' -> 'Konfederácia Spolu @SpoluOdbory').

    >>> _unbadged("City Police (Police) ✔ @citypolice")
    'City Police (Police) @citypolice'
    """
    return " ".join(w for w in who.split() if any(ch.isalnum() for ch in w))


OFFICIAL_BADGE = re.compile(r"[✔✓☑]|(?<![^\W_])(?:official|verified|organi[sz]ers?)(?![^\W_])", re.IGNORECASE)
# an account's badge on its post's head: '✔ Organiser', 'Verified', a handle's '_official'


def official_post(text: str, at: int) -> bool:
    """Whether the post whose head line ends at ``at`` is a body's own account's, by a badge
    on that line ('u/HousingNow_official · 1 day ago  ✔ Organiser'): its first person is
    that body, not a reader's voice.

    >>> t = "u/jo · 1h\\nWe were 40.\\nu/Harbour_Watch_official · 1h  ✔ Organiser\\nWe were 900."
    >>> official_post(t, t.index("\\nWe were 40")), official_post(t, t.index("\\nWe were 900"))
    (False, True)
    """
    return OFFICIAL_BADGE.search(text, text.rfind("\n", 0, at) + 1, at) is not None


THREAD_TOP = re.compile(
    r"^[ \t]*(?:r/\w+\b|\[?megathread\]?\b)|\b(?:posted|submitted|started)\s+by\s+\S",
    re.IGNORECASE | re.MULTILINE,
)  # 'r/spain · Posted by u/jo · 2 days ago', 'Thread started by marc.vdb'
THREAD_REACH = 400  # how far into a text its opening post's header may be


def opens_thread(text: str, start: int) -> bool:
    """Whether the document is a forum thread, opening with its first post's header ('r/spain ·
    Posted by u/jo'), not an article with readers' comments under it: the thread's posts are
    its writers' own voice, as a reporter's is (no claimant).

    >>> opens_thread("r/europe • Posted by u/jo • 5h\\n\\nMegathread: 3 dead", 0)
    True
    >>> opens_thread("Three dead in clashes\\n\\nBy Ann Lee\\n\\nComments\\nJo · 2h\\nSad.", 0)
    False
    """
    return THREAD_TOP.search(text, start, start + THREAD_REACH) is not None

# A live blog's day heading ('WEDNESDAY, AUGUST 12', 'Monday, 10 August') is dated like a post
# but names a day, not a writer: a weekday, its abbreviation or a month (the lexicon's), or
# a relative day.
_BUNDLED = load_lexicon()
DAY_HEADS = (
    _BUNDLED.weekdays
    | _BUNDLED.weekday_abbreviations
    | _BUNDLED.month_names
    | frozenset(("today", "yesterday", "tonight"))
)


# --- passages in another body's voice ------------------------------------------------------

RELAY_LINE = re.compile(
    r"^[ \t]*\[?(?:[Ff]orwarded|[Rr]eposted|[Ss]hared|[Rr]etweeted|[Qq]uoted)\s+from\s+"
    r"(?P<who>[^\]\n@]{2,80}?)[\W_]*\]?[ \t]*$",
    re.MULTILINE,
)  # a channel's message that forwards another's, on a line of its own: 'Forwarded from MChS Belarus'
REPOSTED = re.compile(
    r"^[ \t]*[^\n]{1,60}?[ \t]+(?:reposted|retweeted|shared|boosted)[ \t]*\n"
    r"[ \t]*(?P<who>[^\n@]{2,80}?)[ \t]*\n(?:[ \t]*@[\w.]+[ \t]*\n)?",
    re.MULTILINE,
)  # a timeline's repost: 'KigaliBrief reposted' / 'Rwanda National Police' / '@Rwandapolice'
INTRO_BY = re.compile(
    r"(?:(?:as\s+)?(?:reported|given|provided|published|released|compiled|announced|supplied|issued)\s+by"
    r"|according\s+to|(?:figures|data|numbers|statistics)\s+(?:from|of|released\s+by))\s+"
    r"(?:the\s+)?(?P<who>[A-Z][^,;:()\n]{1,80}?|(?<=the\s)(?:" f"{number_words(2, 10)}" r"|\d{1,2})\s+[a-z][^,;:()\n]{1,40}?)"
    r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,[^:\n]{0,60}|\s+(?:is|are|were|was)\b[^:\n]{0,40}|\s+as\s+follows)?:[ \t]*$",
    re.MULTILINE,
)  # a line that ends introducing figures from a source: 'The breakdown by district as reported by MINEMA is as follows:',
#   'Figures supplied by the four hospitals, as of 10am:' (a count of bodies of one kind)
INTRO_GAVE = re.compile(
    r"(?:^|[.!?][ \t]+)(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|the|and|in|[A-Z][\w'’.&-]*)){0,7})"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:gave|given|released|published|provided|reported|issued|shared|listed|gives|lists)"
    r"\s+(?:these|the\s+following|its\s+latest|the\s+latest|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:figures|numbers|data|details|statistics|breakdown|toll|count|tally)\b[^:\n]{0,40}:[ \t]*$",
    re.MULTILINE,
)  # 'The ministry gave these figures:' (its sentence ends the line, the figures follow)
INTRO_KIND = re.compile(
    r"^[ \t]*(?:[^\w\s\n]{1,3}[ \t]*)?(?P<who>[A-Z][\w'’.&-]*(?:[ \t]+[\w'’.&-]+){0,5}?)[ \t]+"
    r"(?i:communiqu[eé]|statement|press[ \t]+release|bulletin)(?:[ \t]*\((?P<b>[^()\n]{2,80})\))?[ \t]*:[ \t]*$",
    re.MULTILINE,
)  # a post's heading over the figures of a body's document: '📄 POLICE COMMUNIQUÉ (departmental police directorate):'
QUOTE_INTRO = re.compile(
    r"^[ \t]*(?:[Aa]nd\s+)?(?:(?:[Ff]rom|[Hh]ere\s+is|[Hh]ere['’]s|[Qq]uoting|[Pp]asting|[Cc]opying|[Rr]eposting)\s+)?(?:[Tt]he\s+|[Aa]n?\s+|[Tt]heir\s+)?"
    r"(?P<who>[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|the|de|del|des|du|da|do|la|[A-Z][\w'’.&-]*)){0,5}?)(?:['’]s)?\s+(?:(?:own|latest|new|full|official)\s+)?"
    r"(?i:press\s+release|statement|communiqu[eé]|bulletin|release|notice|update|note)\b(?:[^:\n]|(?<=\d):(?=\d)){0,80}:[ \t]*$",
    re.MULTILINE,
)  # a post's line that introduces a body's document quoted under it: 'From the PPA press release
#    this evening, translated by me:', 'Police statement on their Facebook page, 18:05:' (a clock's colon),
#    'Pasting the Red de Observadoras statement from last night since their site is down:',
#    'Police update from this morning, copied from their site:', 'And the Trust's statement, just out:'
OWNER_MARK = re.compile(r"['’]s?$")  # a name's possessive mark
QUOTED_LINE = re.compile(r"[ \t]*(?:>|[\"“])")  # a quoted block's first line: '> …', '"…'
SOURCE_LINE = re.compile(
    r"^[ \t]*(?:[Ss]ources?|SOURCES?|[Dd]ata)\s*:\s*(?:the\s+)?(?P<who>[A-Z][^,;(\n]{1,60}?)\s*(?:[,;(].*)?$",
    re.MULTILINE,
)  # a table's or a list's source under it: 'Source: MINEMA, 17 April 2026, 17:00'
RELAY_WORDS = ("orwarded", "eposted", "hared", "etweeted", "uoted")  # RELAY_LINE's verbs
REPOST_WORDS = ("reposted", "retweeted", "shared", "boosted")  # REPOSTED's
RELAY_NEEDS = re.compile(r"\s+from\s")  # what RELAY_LINE needs after one of its words
REPOST_NEEDS = re.compile(r"[ \t]*\n")  # what REPOSTED needs after one of its words
LINE_ENDS_COLON = re.compile(r":[ \t]*$", re.MULTILINE)  # what INTRO_BY and INTRO_GAVE need
POSTED_INTRO = re.compile(
    r"(?P<who>[Tt]he\s+[\w'’.&-]+(?:\s+[\w'’.&-]+){0,4}?|[A-Z][\w'’.&-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’.&-]*)){0,6}?)"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:just\s+|now\s+)?(?:posted|published|issued|released|shared|tweeted|put\s+out|sent\s+out)"
    r"\s+(?:this|these|its|their|the\s+following|an?)\b[^:\n]{0,80}:[ \t]*$",
    re.MULTILINE,
)  # a sentence closing its line over a body's own words, quoted or listed under it: 'The fire
#    service has posted this on X:', 'Police just posted their statement on Facebook, here it is
#    translated:', 'The ISF has put out its statement. Key points:'
LIST_LINE = re.compile(r"[ \t]*[•·▪◦*–—-][ \t]+\S")  # a list's item: '• 23 people detained'
PROSE_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
PROSE_WORDS = 6  # a line with this many lower-case words is prose, not a table row or a list's item
RELAY_REACH = 2500  # how far a passage introduced by a line may run


def _needs(text: str, start: int, words: tuple[str, ...], after: re.Pattern[str]) -> bool:
    """Whether one of ``words`` is in text[start:] with what ``after`` matches right after it: each
    word found by ``str.find`` (a pattern of the words alternated stops at every character that
    opens one of them: 0.25 ms on a 20 kB page)."""
    return any(after.match(text, at + len(w)) for w in words for at in offsets(text, w, start))


def _prose(line: str) -> bool:
    """A line of prose: a sentence of six lower-case words or more, not a row of a table
    ('Rubavu 29 41 7 3,120 702'), a short list item or a heading."""
    return len(PROSE_WORD.findall(line)) >= PROSE_WORDS


def _block_end(text: str, at: int) -> int:
    """Where the block of lines that goes on from offset ``at`` ends: at the next blank line."""
    m = BLANK_LINE.search(text, at)
    return m.start() if m else len(text)


def _figures_after(text: str, at: int) -> int:
    """Where the lines of figures that follow offset ``at`` (a table's rows, a list, its
    heading and source line, blank lines between them) end: at the first line of prose."""
    end = at
    k = at
    while k < len(text) and k - at < RELAY_REACH:
        nl = text.find("\n", k)
        nl = len(text) if nl < 0 else nl
        line = text[k:nl]
        if line.strip():
            if _prose(line):
                break
            end = nl
        k = nl + 1
    return end


def _list_after(text: str, at: int) -> int:
    """Where the list right under offset ``at`` (the end of the line that introduces it, blank
    lines between) ends: after its last item ('• 23 people detained'); ``at`` when no list
    follows."""
    end = at
    k = at + 1
    while k < len(text):
        nl = text.find("\n", k)
        nl = len(text) if nl < 0 else nl
        if LIST_LINE.match(text, k, nl):
            end = nl
        elif text[k:nl].strip() or end > at:
            break
        k = nl + 1
    return end


def _figures_before(text: str, at: int) -> int:
    """Where the block of lines of figures that ends at offset ``at`` (the line above a
    source line) starts: after a blank line or a line of prose; ``at`` when there is none."""
    start = at
    k = at
    while k > 0 and at - k < RELAY_REACH:
        lo = text.rfind("\n", 0, k - 1) + 1
        line = text[lo : k - 1] if k - 1 >= lo else ""
        if not line.strip() or _prose(line):
            break
        start = lo
        k = lo
    return start


def _quoted_block(text: str, at: int) -> int:
    """Where the quoted block right under offset ``at`` (the end of the line that introduces
    it, blank lines between) ends: its lines opened by '>' (a forum's quotation), or the
    paragraph a quotation mark opens; ``at`` when no quotation follows."""
    k = at + 1
    while k < len(text) and text[k] in " \t\n\r":
        k += 1
    line_at = text.rfind("\n", 0, k) + 1
    if not QUOTED_LINE.match(text, line_at):
        return at
    if text[k] != ">":
        return _block_end(text, k)
    end = k
    while line_at < len(text) and text[line_at:].lstrip(" \t").startswith(">"):
        nl = text.find("\n", line_at)
        end = len(text) if nl < 0 else nl
        line_at = end + 1
    return end


def relayed(text: str, start: int, lex: Lexicon, raw: str | None = None) -> list[tuple[int, int, str]]:
    """The passages of a text that are another body's words, with that body (the spans
    ``(lo, hi, who)``): a message a channel forwards or a timeline reposts, under its line
    ('Forwarded from MChS Belarus', 'KigaliBrief reposted' / 'Rwanda National Police'), up to
    the next blank line; the lines of figures a sentence introduces as a source's ('The
    breakdown by district as reported by MINEMA is as follows:', 'The ministry gave these
    figures:'), up to the next line of prose; the table or list a source line closes
    ('Source: MINEMA, 17 April 2026'); the quoted block a post's line introduces as a body's
    document ('From the PPA press release, translated by me:' / '> …'; ``raw``: the text as
    written, when ``text`` is read with its quotation marks blanked); the quotation or list a
    sentence closing its line says a body posted ('The fire service has posted this on X:' /
    '"… 4 dead …"', 'The ISF has put out its statement. Key points:' / '• 23 detained').
    Their figures that name no speaker are that body's, not the document's own voice.

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> t = "Our news.\\n\\nForwarded from Fire Service\\n9 people died. 40 hurt.\\n👁 3K 09:10\\n\\nWe saw 50."
    >>> [(t[a:b], who) for a, b, who in relayed(t, 0, lex)]
    [('\\n9 people died. 40 hurt.\\n👁 3K 09:10', 'Fire Service')]
    >>> t = "Desk reposted\\nCity Police\\n@citypolice\\n12 arrested.\\n\\nDesk\\n@desk\\nWe count 14."
    >>> [(t[a:b], who) for a, b, who in relayed(t, 0, lex)]
    [('12 arrested.', 'City Police')]
    >>> t = "Deaths rose. The breakdown as reported by the Health Ministry is as follows:\\n\\nNorth 12\\nSouth 9\\n\\nPartners say that access to the south of the province remains very hard."
    >>> [(t[a:b], who) for a, b, who in relayed(t, 0, lex)]
    [('\\n\\nNorth 12\\nSouth 9', 'Health Ministry')]
    >>> t = "u/jo · 2h\\nFrom the NDMA press release, translated by me:\\n\\n> 12 people died.\\n> 30 hurt.\\n\\nSad."
    >>> [(t[a:b], who) for a, b, who in relayed(t, 0, lex)]
    [('\\n\\n> 12 people died.\\n> 30 hurt.', 'NDMA')]
    >>> t = "Live.\\nThe ISF has put out its statement. Key points:\\n• 23 detained\\n• 17 hurt\\n\\nRain."
    >>> [(t[a:b], who) for a, b, who in relayed(t, 0, lex)]
    [('\\n• 23 detained\\n• 17 hurt', 'ISF')]
    >>> t = "Table 1\\nNorth 12 40\\nSouth 9 31\\nSource: Red Cross, 3 May\\n\\nWe delivered 400 kits."
    >>> [(t[a:b], who) for a, b, who in relayed(t, 0, lex)]
    [('Table 1\\nNorth 12 40\\nSouth 9 31', 'Red Cross')]
    """
    out: list[tuple[int, int, str]] = []
    for pattern, words, needed in ((RELAY_LINE, RELAY_WORDS, RELAY_NEEDS), (REPOSTED, REPOST_WORDS, REPOST_NEEDS)):
        if _needs(text, start, words, needed):  # (cheap tests of what it needs first)
            out += [(m.end(), _block_end(text, m.end()), m["who"].strip()) for m in pattern.finditer(text, start)]
    if ":" in text:
        if LINE_ENDS_COLON.search(text, start):  # (the three patterns end their line with a colon)
            for pattern in (INTRO_BY, INTRO_GAVE):
                for m in pattern.finditer(text, start):
                    who = _strip_article(m["who"].strip())
                    end = _figures_after(text, m.end())
                    if end > m.end() and any(ch.isdigit() for ch in text[m.end() : end]):
                        out.append((m.end(), end, who))
            for m in line_matches(QUOTE_INTRO, text, start, last=":".__eq__):
                if (end := _quoted_block(raw or text, m.end())) > m.end():
                    who = OWNER_MARK.sub("", m["who"].strip())  # ("the Trust's statement": the Trust)
                    out.append((m.end(), end, _strip_article(who)))
            for colon in LINE_ENDS_COLON.finditer(text, start):  # (only the lines that end with a colon)
                lo = text.rfind("\n", 0, colon.start()) + 1
                if (m := POSTED_INTRO.search(text, lo, colon.end())) and (
                    not text[lo : m.start()].strip() or text[lo : m.start()].rstrip()[-1] in ".!?"
                ):  # (its subject opens the line or a sentence)
                    end = _quoted_block(raw or text, m.end())
                    if end == m.end():
                        end = _list_after(text, m.end())
                    if end > m.end() and any(ch.isdigit() for ch in text[m.end() : end]):
                        out.append((m.end(), end, _strip_article(m["who"].strip())))
            for m in line_matches(INTRO_KIND, text, start, last=":".__eq__):  # (at line starts only, as SOURCE_LINE,
                who = m["who"]  # and only on lines whose last character is a colon)
                if m["b"] and (first := m["b"].split(",")[0].strip()) and first[:1].isalpha() and len(first.split()) >= 2:
                    who = first  # ('(departmental police directorate, read by Col. Ngoyi)': who issued it)
                end = _figures_after(text, m.end())
                if end > m.end() and any(ch.isdigit() for ch in text[m.end() : end]):
                    out.append((m.end(), end, _strip_article(who.strip())))
        for m in line_matches(SOURCE_LINE, text, start):  # (tried at line starts only: it opens with ^)
            lo = _figures_before(text, m.start())
            if lo < m.start() and any(ch.isdigit() for ch in text[lo : m.start()]):
                out.append((lo, max(lo, m.start() - 1), _strip_article(m["who"].strip())))
    from claimcheck.entities import plausible

    return sorted((lo, hi, who) for lo, hi, who in out if plausible(who, lex) and not _heading_words(set(who.lower().split()), lex))


# --- one scored decision: is the document an organisation's own statement, and whose? ----------

SIGN_MARKS = re.compile(
    r"""^[ \t]*[-—–#*]*[ \t]*ENDS?[ \t]*[-—–#*]*[ \t]*$          # '— ENDS —', '###'
    |^[ \t]*\#\#\#[ \t]*$
    |^[ \t]*(?:issued|released|signed|endorsed)(?:[ \t]+by)?\b
    |\bfor[ \t]+(?:more|further)[ \t]+information\b
    |^[ \t]*(?:media|press|public)[ \t]+(?:contacts?|enquiries|inquiries|relations)\b
    |^[ \t]*notes?[ \t]+(?:to|for)[ \t]+editors\b
    |^[ \t]*about[ \t]+(?:us\b|the[ \t]+[A-Z]|[A-Z])
    |\bshare[ \t]+this[ \t]+(?:statement|release|page)\b
    |^[ \t]*(?:(?:press|communications?|media|information)[ \t]+(?:office|service|department|unit|centre|center)
      |office[ \t]+of[ \t]+(?:communications?|press|information|public[ \t]+relations))\b""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)  # a statement's sign-off or about box: what a reporter's article does not end with
SIGN_MARK_CUES = ("for", "share")  # what a mark that is not at a line's start opens with (a test checks)
CONTACT_MAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # an e-mail address
CONTACT_PHONE = re.compile(
    r"(?:\+|\b(?:tel|phone|tél)\.?:?[ \t]*)\(?\d[\d ()./-]{6,}|\(\d{1,4}\)[ ]?\d{3,4}[- ]\d{3,4}",
    re.IGNORECASE,
)  # a telephone number: '+223 7000 0000', 'Tel. 045 512', '(01) 518-0000'
PHONE_CUES = ("+", "(", "tel", "phone", "tél")  # what every telephone number opens with (a test checks)
CONTACT_FROM = 1500  # how far from the end a contact address is looked for
NUMBERED_POINT = re.compile(r"^[ \t]*\d{1,2}(?:\.\d{1,2})?[.)][ \t]+[A-Z]", re.MULTILINE)
SELF_VERBS = (
    "informs|reiterates|regrets|calls|condemns|urges|welcomes|notes|confirms|expresses|deplores"
    "|wishes|reminds|demands|rejects|denounces|stands|remains|holds|keeps|will|would|has|is|was|wishes"
    "|recalls|appeals|invites|asks|thanks|extends|offers|takes|continues|considers|maintains|insists"
)
SELF_REFERENCE = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+|^[ \t]*\d{{1,2}}(?:\.\d{{1,2}})?[.)][ \t]+)(?:(?:The|THE)[ \t]+)?"
    rf"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:of|for|the|and|on|in|[A-Z][\w'’&-]*)){{0,8}})[ \t]+(?:{SELF_VERBS})\b",
    re.MULTILINE,
)  # 'The Ministry of the Interior informs …', '6. The Ministry … reiterates', 'The Association calls on …'
DESCRIBED_SELF = re.compile(rf"(?:^|(?<=[.!?])[ \t]+)(?:The|THE|Our|OUR)[ \t]+(?P<head>[a-z]+)[ \t]+(?:{SELF_VERBS})\b", re.MULTILINE)
# 'The museum holds …', 'Our association has …': the body calls its issuer by its kind
WE_NAMED = re.compile(r"(?:^|[.!?][ \t]+)(?:We|WE),[ \t]+(?:the[ \t]+)?(?P<org>[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|for|the|and|on|in)){0,8}),", re.MULTILINE)
ABOUT_LINE = re.compile(r"^[ \t]*About[ \t]+(?:the[ \t]+)?(?P<org>[A-Z][^\n:]{2,80}?)[ \t]*:?[ \t]*$", re.MULTILINE)
DASH_OPENER = re.compile(
    r"^[ \t]*(?P<org>[A-Z][A-Z&.]{1,9}|[A-Z][\w'’&-]*(?:[ \t]+(?:of|for|the|and|on|[A-Z][\w'’&-]*)){1,8})[ \t]+[–—-][ \t]+(?=[A-Z\d][^\n]{0,60}?[ \t][a-z]+[ \t]+[a-z]+[ \t][^\n]{20})",
    re.MULTILINE,
)  # a paragraph opened by its body's name and a dash, as a wire opens with its dateline: 'RMAG – Two more …'
#  (a sentence runs on after the dash: not a sign-off's 'Office of Communications - Ministry of Works')
HEADING_OVER_SELF = re.compile(
    r"^[ \t]*(?P<org>[A-Z][^\n]{1,60}?)[ \t]*\n[ \t]*(?:The|THE)[ \t]+(?:present|following)[ \t]+(?:report|study|document)\b",
    re.MULTILINE,
)  # a line of a name alone over the report's first sentence: 'UNAMI' / 'The present report covers …'
NAME_SPLIT = re.compile(r"\s+[-–—|·•/]\s+|\s{3,}|,\s+")  # a header's or sign-off's parts
KIND_AFTER = re.compile(
    r"(?:\S+\s+\d{4}-\d\d-\d\d\s+)?(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:of|for|the|and|[A-Z][\w'’&.-]*)){0,8})\s+"
    r"(?:joint\s+)?(?:statement|press\s+release|media\s+release|communiqu[eé]|press\s+statement)\b"
)  # a title that names its issuer before what it is
KIND_BEFORE = re.compile(
    r"(?:joint\s+)?(?:statement|press\s+release|press\s+statement|media\s+release|communiqu[eé]|open\s+letter|declaration)"
    r"\s+(?:of|by|from)\s+(?:the\s+)?(?P<org>[^,;:]+?)(?:,\s*(?P<place>[^,;:]+?))?\s*$",
    re.IGNORECASE,
)  # a title that names its issuer after what it is, and where it was issued after a comma:
#    'STATEMENT OF THE RESIDENTS' COMMITTEE OF BLOCK 4, ORHEI' (the committee's, not Orhei's)
NOT_STATEMENT = re.compile(
    r"\bfact[- ]?check|\bverdict\b|\bour\s+rating\b|\b(?:mostly\s+)?(?:false|true|misleading)\b(?=[ \t]*$)|\blive\b|^[ \t]*(?-i:By[ \t]+[A-Z][a-z]+[ \t]+[A-Z])",
    re.IGNORECASE | re.MULTILINE,
)  # a fact-check's verdict, a live page, a byline opening a header line ('By Dara Keomany'; not
#    'Issued by the Ministry …', 'detained by police'): a reporter's document
LANGUAGES = re.compile(r"[A-Z]{2}(?:\s*[|/·•]\s*[A-Z]{2})+")  # a site's languages: 'LT | EN'
LANGUAGE_TAIL = re.compile(r"(?:^|\s)[A-Z]{2,3}(?:[ \t]*[|/·•][ \t]*[A-Z]{2,3})+[ \t]*$")
# a site's menu that ends with its languages: 'About us   News   EST | ENG | RUS' (no names)
ENGLISH = re.compile(r"\bENG?\b")


def _no_languages(line: str) -> str:
    """A header line without the languages a site's menu ends with: 'News   EST | ENG | RUS' ->
    'News' (a language's code is no organisation).

    >>> _no_languages("About us   Donate   News   EST | ENG | RUS"), _no_languages("LT | EN")
    ('About us   Donate   News', '')
    >>> _no_languages("UNHCR | UNICEF | WFP joint statement"), _no_languages("UNDP | WFP | ILO")
    ('UNHCR | UNICEF | WFP joint statement', 'UNDP | WFP | ILO')
    """
    m = LANGUAGE_TAIL.search(line) if "|" in line or "/" in line or "·" in line or "•" in line else None
    if m is None or not ENGLISH.search(m.group()):
        return line  # (a switcher of an English page lists English: 'UNDP | WFP | ILO' are names)
    return line[: m.start()].rstrip()
STATEMENT_AT = 3.0  # how much evidence makes a document a statement
NAMED_AT = 2.0  # how much a candidate needs to be its issuer


def _name_part(part: str, lex: Lexicon) -> str | None:
    """A header's or a sign-off's part that is an organisation's name: capitalised words
    (particles and figures aside: 'May 12 Memorial Museum', 'Ministerio del Interior'), an
    acronym after it allowed, not what the document is, a state, a heading or a news outlet."""
    part = part.strip(" .:;*#\t")
    bare = ACRONYM_TAIL.sub("", part)
    words = bare.split()
    particles = lex.speaker_words["name_particles"]
    if not 1 <= len(words) <= 10 or "@" in bare or "." in words[-1] or ":" in bare:
        return None
    if not all(w[:1].isupper() or w.isdigit() or w.lower() in particles for w in words):
        return None
    if not any(w[:1].isupper() for w in words) or _what_it_is(part, lex) or _state_line(bare, lex) or _motto(part):
        return None
    low = set(re.findall(r"[a-z]+", bare.lower()))
    if _heading_words(low, lex) or low & lex.speaker_words["person_roles"] and not low & lex.speaker_words["org_words"]:
        return None
    if words[0].lower() in particles and words[0] != "The" or len(words) == 1 and low <= lex.speaker_words["org_words"]:
        return None  # ('in the National Council', 'Secretariat': no one's name)
    if not (_orgish(bare, lex) or len(words) >= 2 and low & lex.speaker_words["org_words"]):
        return None
    return _strip_article(part)


def _candidates(text: str, body_start: int, lines: list[str], lex: Lexicon, outlet: str | None = None) -> dict[str, float]:
    """Who may have issued a document, each with a score for where it is named: the
    letterhead (its header block's lines, before the first paragraph), the source's outlet (an
    e-mail's sender), 'We, the …,', the sign-off and about box (the last lines), the body's own sentences that name it in the
    third person ('The Ministry of the Interior informs …') or by its kind ('The museum
    holds …')."""
    found: list[tuple[str, float]] = []
    lines = _joined(lines)  # (a name broken over two lines is one)
    kind = next((k for k, line in enumerate(lines) if len(line) < 120 and _what_it_is(line, lex)), 0)
    for k, line in enumerate(map(_no_languages, lines)):
        if not line or NAV_LINE.fullmatch(line) or LANGUAGES.fullmatch(line) or _motto(line):
            continue
        titled = KIND_BEFORE.match(line) if k < 4 else None
        if titled and (name := _name_part(titled["org"], lex)):
            found.append((name, 3.0))
            continue  # (its place after the comma issues nothing)
        for part in NAME_SPLIT.split(line):
            if name := _name_part(part, lex):
                top = k < min(kind, 4) and not any(w > 2.0 for _, w in found)
                found.append((name, 3.0 if top else 2.0 if k < 4 else 1.0))
                # (the letterhead's first name over what the document is: 'MINISTRY OF HOME
                #  AFFAIRS' over its department and 'PRESS RELEASE')
    body = text[body_start:]
    for line in lines[:4]:  # 'Football Supporters Europe statement on the policing of …'
        if (m := KIND_AFTER.match(line)) and (name := _name_part(m["org"], lex)):
            found.append((name, 2.0))
    if outlet and (name := _name_part(outlet, lex)):
        found.append((name, 1.0))  # the source's outlet: an e-mail's sender ('From: Gulf Migrant Rights Watch <…>')
    for m in islice(ACRONYM_DEF.finditer(body, 0, 600), 3):  # the first lines define its name: 'Zagros Rights Monitor (ZRM) said'
        full = _strip_article(m["full"])
        if _initials_fit(m["acr"].replace(".", ""), full) and (name := _name_part(f"{full} ({m['acr']})", lex)):
            found.append((name, 1.0))
    for m in WE_NAMED.finditer(body, 0, 3000):
        found.append((_strip_article(m["org"]), 3.0))
    kept: set[str] = set()  # names that need not come back in the text
    for m in islice(DASH_OPENER.finditer(body, 0, 1500), 1):
        if name := _name_part(m["org"], lex):
            found.append((name, 3.0))  # 'RMAG – Two more students were …': the body's own agency line opens its text
            kept.add(name)
    for m in islice(HEADING_OVER_SELF.finditer(body), 2):
        if name := _name_part(m["org"], lex):
            found.append((name, 3.0))  # 'UNAMI' / 'The present report describes …': the heading names the report's author
            kept.add(name)
    head_end = text.find(lines[-1], body_start) + len(lines[-1]) if lines else body_start
    tail = [line.strip() for line in text[max(head_end, len(text) - 700) :].splitlines() if line.strip()][-10:]
    # (the last lines under the header block: a short text's letterhead is no sign-off)
    for line in tail:
        if len(line) < 120:
            for part in NAME_SPLIT.split(line):
                if name := _name_part(part, lex):
                    found.append((name, 1.5))
    for m in ABOUT_LINE.finditer(text, max(body_start, len(text) - 3000)):
        if name := _name_part(m["org"], lex):
            found.append((name, 2.0))
    for m in islice(SELF_REFERENCE.finditer(body), 20):
        if name := _name_part(m["name"], lex):
            found.append((name, 1.0))
    scores: dict[str, float] = {}
    names: list[str] = []
    for name, weight in found:
        same = next((n for n in names if _same_name(n, name)), None)
        if same is None:
            names.append(name)
            scores[name] = weight
        else:
            scores[same] += weight
    low_body = body.lower()
    for name in names:  # a name in capitals with no organisation's word must come back in the
        bare = ACRONYM_TAIL.sub("", name)  # text ('HAKI NJIANI' … 'We, Haki Njiani,'), as a title does not
        if name not in kept and not set(re.findall(r"[a-z]+", bare.lower())) & lex.speaker_words["org_words"] and (
            len(bare) < 3 or _word_count(low_body, bare.lower()) < 2
        ):
            del scores[name]
    heads = [m["head"].lower() for m in islice(DESCRIBED_SELF.finditer(body), 20)]
    for name in scores:
        last = ACRONYM_TAIL.sub("", name).split()[-1].lower()
        if last in heads and last in lex.speaker_words["org_words"]:
            scores[name] += 1.0
    return scores


def _word_count(low: str, word: str, most: int = 2) -> int:
    """How many times ``word`` stands in ``low`` as a word of its own, up to ``most`` ('est' is
    not in 'protest').

    >>> _word_count("the protest at the ministry; est. 400", "est"), _word_count("we, haki njiani, and haki njiani", "haki njiani")
    (1, 2)
    """
    n = 0
    for at in offsets(low, word):
        end = at + len(word)
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            n += 1
            if n == most:
                break
    return n


def _same_name(a: str, b: str) -> bool:
    """Two mentions of one body: the same words, or one the other's acronym ('OPDH' and
    'Observatoire ponténégrin des droits humains (OPDH)')."""
    if a.lower() == b.lower() or _same_words(a, b):
        return True
    for x, y in ((a, b), (b, a)):
        if x.isupper() and " " not in x and (f"({x})" in y or _initials_fit(x, ACRONYM_TAIL.sub("", y))):
            return True
    return False


def _statement_evidence(
    text: str, body_start: int, lines: list[str], lex: Lexicon, at_least: float | None = None
) -> float:
    """How much a document reads as an organisation's own statement: 'we' and 'our' in its own
    sentences, what its header calls it, a sign-off ('— ENDS —', 'Issued by', 'For more
    information', 'About us'), a contact address, numbered points. With ``at_least``, the two
    costliest ('we' and the sign-off, last) are read only while the score may still reach it:
    a score below it is then a score below it, not always the whole score."""
    end = voice_end(text, body_start)
    body = text[body_start:end]
    score = 0.0  # (halves and wholes: the same sum in any order)
    parts = [p for line in lines for p in NAME_SPLIT.split(line)]
    if _calls_itself(parts, lex) or any(p.strip(" :*#").lower() in ("statement", "communiqué", "communique") for p in parts):
        score += 2.0
        kind = next((k for k, line in enumerate(lines) if _what_it_is(line, lex)), 0)
        if any(_name_part(p, lex) for line in lines[: min(kind, 4)] for p in NAME_SPLIT.split(line)):
            score += 1.0  # an organisation's letterhead over what the document is: 'MINISTRY OF LABOUR' / 'COMMUNIQUÉ'
    if _contact(text, max(body_start, len(text) - CONTACT_FROM)):
        score += 1.0
    if len(list(islice(line_matches(NUMBERED_POINT, body), 3))) >= 3:
        score += 0.5
    score += _report_self(body)
    if any(NOT_STATEMENT.search(line) for line in lines):
        score -= 3.0
    if at_least is not None and score + WE_MOST + SIGN_MOST < at_least:
        return score
    low = folded(text)[body_start:end]  # (the parse folded the whole text already; folding
    # keeps offsets, and the cues found in it are ASCII words: the same places as fold(body)'s)
    we = _we_said(body, 6, low)
    score += WE_MOST if we >= 6 else 1.0 if we >= 2 else 0.0
    if at_least is not None and score + SIGN_MOST < at_least:
        return score
    return score + min(SIGN_MOST, float(_sign_marks(body, low)))


REPORT_SELF = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)(?:(?P<present>(?:The|THE|In[ \t]+the)[ \t]+present[ \t]+(?:report|study|document|briefing))"
    r"|(?:This|THIS|In[ \t]+this|The[ \t]+following(?:[ \t]+[\w-]+){0,3}?)[ \t]+(?:report|study|briefing|document)\b(?![ \t]+(?:was|has[ \t]+been)[ \t]+(?:updated|corrected|amended)))",
    re.MULTILINE,
)  # a report's own sentences naming it: 'The present report describes …', 'In this report, …', 'The following 40-page report …'


REPORT_SELF_CUES = ("resent report", "resent study", "resent document", "resent briefing", "his report", "his study",
                    "his document", "his briefing", "HIS REPORT", "ollowing")  # a word each match of REPORT_SELF holds


def _report_self(body: str) -> float:
    """How much a document's own sentences, outside quotation marks, show that it is a
    report (rule voice/report-names-itself): 'The present report …' (only its authors write
    that) is 3; 'This report …', 'In this report, …', 'The following report …' are 2 each, 3 at
    most (a news story's 'This report was updated' is no self-description). A report in its
    own words is its issuer's, as a statement is.

    >>> _report_self("The present report covers the months of May and June.")
    3.0
    >>> _report_self("The following 60-page report documents abuses. In this report, we map them.")
    3.0
    >>> _report_self("“This report shows 40 deaths,” she said. This report was updated at noon.")
    0.0
    """
    if not any(cue in body for cue in REPORT_SELF_CUES):
        return 0.0  # (one scan per cue, before the pattern's scan of every sentence start)
    quoted = _quotations(body)
    score = 0.0
    for m in islice(REPORT_SELF.finditer(body), 10):
        if any(lo <= m.start() < hi for lo, hi in quoted):
            continue
        score += 3.0 if m["present"] else 2.0
    return min(score, 3.0)


WE_MOST = 2.0  # what 'we' said six times or more adds to a statement's evidence
SIGN_MOST = 2.0  # what two sign-off marks or more add


def _sign_marks(body: str, low: str) -> int:
    """How many sign-off marks the body holds, up to three (``SIGN_MARKS.finditer``), tried only
    at line starts and where a cue of SIGN_MARK_CUES is (``low``: ``fold(body)``)."""
    starts = cue_starts(body, low, SIGN_MARK_CUES, line_starts=True)
    found = SIGN_MARKS.finditer(body) if starts is None else matches_from(SIGN_MARKS, body, starts)
    return len(list(islice(found, 3)))


def _contact(text: str, lo: int) -> bool:
    """Whether an e-mail address or a telephone number starts at or after ``lo``: the address
    only where an '@' is, the number only where a cue of PHONE_CUES is."""
    if text.find("@", lo) >= 0 and CONTACT_MAIL.search(text, lo):
        return True
    tail = text[lo:]
    starts = cue_starts(tail, folded(text)[lo:], PHONE_CUES)  # (the text's folding, as above)
    if starts is None:
        return CONTACT_PHONE.search(text, lo) is not None
    return next(matches_from(CONTACT_PHONE, text, [lo + at for at in starts]), None) is not None


def voice_end(text: str, start: int) -> int:
    return own_text_end(text, start)


def scored_issuer(source: Source, lex: Lexicon) -> str | None:
    """The organisation whose own statement a document is, by one scored decision when no
    layout rule names it: the evidence that it is a statement (_statement_evidence) and the
    best-placed candidate for its issuer (_candidates), each over its bar."""
    text = source.text
    body_top = text[source.body_start : source.body_start + TOP]
    lines = _header_block(body_top)
    evidence = _statement_evidence(text, source.body_start, lines, lex, STATEMENT_AT)
    if evidence < STATEMENT_AT:
        return None
    scores = _candidates(text, source.body_start, lines, lex, source.outlet)
    if not scores:
        return None
    best = max(scores, key=lambda n: scores[n])  # (the first named of equals)
    return best if scores[best] >= NAMED_AT and _not_media(best, lex) else None
