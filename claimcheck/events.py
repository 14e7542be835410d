"""Event stage: sort reports into the events they are about, from dates, shared names and text.

A report is described by the words of its opening (``LEDE`` characters of its own text):
every content word (a plural counted as its singular: 'floods' as 'flood', 'protests' as
'protest') weighted by TF-IDF over the input (with ``BACKGROUND`` virtual reports,
so a small input is weighed sensibly), a name (a word capitalised inside sentences: a
place, a person, an organisation) counting ``NAME_WEIGHT`` times and never less than
``NAME_IDF`` however many reports give it, and a date (the source's own, else the first
full date its text gives; a report framed as a look back, 'One year after …', 'Thirty-five
years on', may be about either its own day or its event's, however the other reports of the
event are dated). Two reports are about the same event when their vectors are close (cosine)
and their dates are at most ``FAR_DAYS`` apart; reports of one story told in other words (a
translated communiqué, a forum thread, a relief group's release) are close from a lower
cosine (``LOOSE_AT``) when the names they give agree (``NAMES_AT``, over two names at least:
two events of one city share its name).

A document's kind is not its story: its chrome (a thread's buttons and counters, a release's
letterhead words, an encyclopedia page's contents and edit links, a live blog's and a
fact-check's headings: the lexicon's ``grammar.page_chrome``), its users' handles
(u/tanker_wala, @PWSF_official) and a transcript's speaker labels repeated at every turn
(counted once) are not words of it.

Cost grows near-linearly: a report is compared only with the reports that share one of its
``KEYS`` most distinctive words that some other report holds too (a word of its own alone
blocks nothing) *and* are near it in date order within that word's list
(``WINDOW`` neighbours), never with every other report. Candidate pairs are then
merged strongest first, two clusters joining only while their centroids stay close
(``MERGE_AT``), so one misleading pair cannot chain two events together. A report left
alone then joins the event of two reports or more clearly nearest it (``ATTACH_AT``): a
forum thread in its posters' words, a ministry's statement in its officialese.

A forum thread (``THREAD_POSTS`` posts' heads: 'handle wrote (23:10):', 'Posted by handle')
is known by them: its posters' handles are no words of it, and its talk counts
``THREAD_TALK`` of a word (the places, bodies and people it names tie it to its story).

A report with too little text to judge (fewer than ``MIN_TERMS`` distinct content words)
stands alone; :func:`is_mixed` says whether an input holds more than one event judged from
enough text, which is when ``compare`` splits it.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import sys
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter, mul

from claimcheck.lexicon import (
    Lexicon,
    alternation,
    at_word_starts,
    load_lexicon,
    number_names,
    word_start_scan,
)
from claimcheck.models import Event, EventMember, Source
from claimcheck.sources import FOREIGN_MONTHS, WRITTEN_DATE, written_date

LEDE = 4000  # characters of a report's own text that describe it (the opening names the event)
KEYS = 10  # the most distinctive words of a report that block it with others
WINDOW = 4  # neighbours in date order compared within one word's list
NAME_WEIGHT = 2.0  # a name (place, person, organisation) counts this many times
MIN_TERMS = 12  # fewer distinct content words than this: too little text to judge
PAIR_AT = 0.15  # cosine from which two reports are candidates to join
MERGE_AT = 0.15  # cosine of the two clusters' centroids from which they join
# two reports (two clusters) whose names agree strongly join from a lower cosine: a translated
# communiqué and a forum thread on the same protests share few words but the places, bodies
# and people they name (their vectors' cosine over the names alone, at least NAMES_AT); two
# events of one feed share the names any story gives ('Ministry', 'National') and seldom more
LOOSE_AT = 0.10
NAMES_AT = 0.25
FAR_DAYS = 45  # reports dated further apart than this are about different events
VECTOR_TERMS = 60  # a report's heaviest terms kept (the rest barely moves a cosine)
CENTROID_TERMS = 400  # terms kept in a cluster's centroid
# IDF counts this many virtual reports that hold none of the input's words: in a small input
# (five reports of one event) the words they all share still weigh, and in a large one it
# barely matters
BACKGROUND = 50
# the least IDF of a name: in an input all about one event, the names every report gives
# (the place, the leaders) would otherwise weigh nothing, and the reports would split by
# whatever else they say
NAME_IDF = 1.5

class _Folds(dict[str, str]):
    """A word's plural folded to its singular, computed once per word."""

    def __missing__(self, word: str) -> str:
        if len(word) > 4 and word.endswith("ies"):
            folded = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL):
            folded = word[:-1]
        else:
            folded = word
        self[word] = folded
        return folded


_NOT_PLURAL = ("ss", "us", "is", "ous")
_fold = _Folds().__getitem__


# English function words and the vocabulary of every report (said, people, police, ...):
# generic, so they neither make two reports alike nor set them apart; with the lexicon's
# weekdays, months and their abbreviations.
_BUNDLED = load_lexicon()
STOPWORDS = _BUNDLED.weekdays | _BUNDLED.weekday_abbreviations | _BUNDLED.months | frozenset(
    """
    a about above after again against all also although am among an and another any are
    around as at be because been before being below between both but by can could did do
    does doing down during each either else ever every few for from further had has have
    having he her here hers herself him himself his how however i if in into is it its itself
    just last later least less like made make many may me more most much must my near nearly
    new no nor not now of off on once one only or other others our ours out over own per
    said same say says several she should since so some such than that the their theirs them
    then there these they this those though three through thus to told too two under until
    up upon us very via was we were what when where which while who whom whose why will with
    within without would yet you your
    according added adding among around early late including first second third week day
    days today yesterday tonight
    morning evening night hours hour time times year years month months
    people person police officials official told statement reported report reports news
    least dozens hundreds thousands number numbers total toll figure figures
    four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred thousand million billion half
    don didn doesn isn wasn weren aren won couldn wouldn shouldn haven hasn hadn ain
    saying
    """.split()
) | frozenset(
    # the months, weekdays and commonest words of French, Spanish and Portuguese pages (a
    # date line 'Lundi 9 novembre 2026', a byline 'Par la rédaction', a quoted title), as
    # their English ones above (each as the profile counts it, a plural as its singular);
    # not those that are names too ('Mai', 'Mayo', 'Santo Domingo', a carnival's 'mas',
    # 'Litoral Sur'). The months are those the date reader reads (sources.FOREIGN_MONTHS).
    map(
        _fold,
        [m for m in FOREIGN_MONTHS if m not in ("mai", "mayo", "maio")]
        + """
        lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles
        jueves viernes sábado sabado
        les des une aux par pour dans avec est sont qui que pas ses leur
        los las del por para con sin como más uno unos dos uma com não nao
        """.split(),
    )
)


@lru_cache(maxsize=8)
def _chrome(lex: Lexicon) -> frozenset[str]:
    """The chrome of a kind of document, not its story (``lex``'s ``grammar.page_chrome``): a
    forum thread's or a Reddit page's buttons and counters, a press release's letterhead, a
    transcript's labels, an encyclopedia page's contents and edit links, a live blog's and a
    fact-check's headings, a machine translation's notice; and a French, Spanish or
    Portuguese page's furniture (its menu, sections and byline: 'Accueil > Société > Faits
    divers', 'Par la rédaction'), folded as the profile folds its words. Two reports of one
    kind share them whatever they tell (two threads on two events), and they set a thread
    apart from the wires on its own story."""
    chrome = lex.data["grammar"]["page_chrome"]
    return frozenset(chrome["words"]) | frozenset(map(_fold, chrome["foreign"]))


_TERM = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more ('turkey' of "Turkey's")
# a user's handle (u/tanker_wala, @PWSF_official, dockside_dan, r/pakistan) or an address
# (info@pwsf.example.org): a thread's usernames are its own, not its story's words
_HANDLE = re.compile(r"[\w.-]*@[\w.-]+|\b[ur]/\w+|\w*_\w*")
# a capitalised word inside a sentence: after a lower-case word, a figure or a comma
_CAPITALISED = re.compile(r"(?<=[a-z0-9,;)] )[A-ZÀ-Þ][^\W\d_]{2,}")
# the same two for a text whose only letters are ASCII ones (ASCII classes scan about twice
# as fast as Unicode ones): see _plain
_TERM_ASCII = re.compile(r"[a-z]{3,}")
_CAPITALISED_ASCII = re.compile(r"(?<=[a-z0-9,;)] )[A-Z][a-zA-Z]{2,}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# characters outside ASCII that are neither letters nor in À-Þ: quotation marks, dashes, ...
_PLAIN_MARKS = frozenset("“”‘’„‚«»‹›—–―‐‑…•·′″\u00a0\u2009\u200b€£₹°§¶†‡")


def _plain(text: str) -> bool:
    """Whether ``text`` holds no character outside ASCII but the marks above: then the ASCII
    patterns find exactly what _TERM and _CAPITALISED find.

    >>> _plain("“Police said,” he added — 45 were held"), _plain("in Asunción")
    (True, False)
    """
    return text.isascii() or _PLAIN_MARKS.issuperset(_NON_ASCII.findall(text))
_UNITS = number_names(1, 9)
_TEENS = number_names(10, 19)
_TENS = number_names(20, 90)
_ORD_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORD_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth"
).split()
_ORD_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
_NUMBER_WORDS = {
    "a": 1,
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 1 for i, w in enumerate(_ORD_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: i + 10 for i, w in enumerate(_ORD_TEENS)},
    **{w: 10 * (i + 2) for i, w in enumerate(_TENS)},
    **{w: 10 * (i + 2) for i, w in enumerate(_ORD_TENS)},
}


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_CARDINAL = rf"(?:{_alt(_TENS)})(?:[- ](?:{_alt(_UNITS)}))?|{_alt(_TEENS)}|{_alt(_UNITS)}|a|\d{{1,3}}"
_ORDINAL = (
    rf"(?:{_alt(_TENS)})[- ](?:{_alt(_ORD_UNITS)})|{_alt(_ORD_TENS)}|{_alt(_ORD_TEENS)}"
    rf"|{_alt(_ORD_UNITS)}|\d{{1,3}}(?:st|nd|rd|th)?"
)  # (a bare figure too: a translation's 'the 60 anniversary of')
# a report framed as looking back on its event ('One year after Puente Grau', 'A year ago
# tonight', 'Thirty-five years on', 'A decade after', 'on the 35th anniversary of'): about
# that earlier day
_LOOK_BACK = re.compile(
    r"\b(?:(?P<y>(?P<unit>years?|decades?)\s+(?:ago|after|on|since|later))|anniversary)\b", re.I
)
_HOW_MANY = re.compile(rf"(?<![\w-])(?P<n>{_CARDINAL})\s+$", re.IGNORECASE)
_WHICH = re.compile(rf"(?<![\w-])(?P<n>{_ORDINAL})\s+$", re.IGNORECASE)
RECALL_CHARS = 400  # how far into a report (title and opening) its framing is looked for
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|near|outside|across|from)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:de|del|la|el|al)?\s*[A-Z][\w'’-]+){0,2})"
)
# a translation's notice ('[Translated from French]', 'translated automatically from Lithuanian',
# 'Unofficial English translation'): the language it names is no place or word of the story
_TRANSLATION_NOTE = re.compile(
    r"\b[Tt]ranslated\b[^\n.\])]{0,40}?\b(?:from|into)(?:\s+the)?\s+[A-Z][a-z]+"
    r"|\b[A-Z][a-z]+(?=\s+(?:translation|original)\b)"
)


def _without_notes(text: str) -> str:
    """``text`` without the language a translation's notice names.

    >>> _without_notes("[Translated from French] Mopti, 8 November")
    '[ translated ] Mopti, 8 November'
    >>> _without_notes("(Unofficial English translation issued by the Directorate)")
    '(Unofficial  translated  translation issued by the Directorate)'
    >>> _without_notes("French troops were translated into action")
    'French troops were translated into action'
    """
    return _TRANSLATION_NOTE.sub(" translated ", text) if "ranslat" in text else text


# a page's furniture, a line at a time: a masthead's name and motto ('MOPTI MATIN — Le
# quotidien de la Venise malienne'), a letterhead's motto ('One People - One Goal - One
# Faith'), a photo caption's credit ('Photo: … (Mopti Matin)'), a byline's names and a wire's
# credits ('By Ousmane Keita | November 7, 2026', '(Reporting by …; editing by …)'). The
# outlet's name and its staff are in every story it prints, and in none of another outlet's
# on the same story. (Each line is tried from the line break before it: a pattern led by a
# literal character is searched for that character alone.)
# one to three words (a word's letters are taken whole: a separator or a line's end follows them,
# so giving letters back never makes a match; Python 3.11's possessive '*+' only saves the
# engine the tries, and 3.10, which has no such quantifier, takes the plain '*' to the same matches)
_LETTERS = "*+" if sys.version_info >= (3, 11) else "*"
_MENU_PART = rf"[^\W\d_][^\W\d_'’.&-]{_LETTERS}(?:[ \t][^\W\d_][^\W\d_'’.&-]{_LETTERS}){{0,2}}"
_FURNITURE = re.compile(
    rf"\n[ \t]*(?:{_MENU_PART}(?:[ \t]+[—–-][ \t]+{_MENU_PART}){{2,}}[ \t]*(?=\n)"
    r"|[A-ZÀ-Þ][A-ZÀ-Þ0-9 .'’&-]{2,40}[ \t]+[—–-][ \t]+[^\n.!?]{3,80}(?<!\d)(?=\n)"
    r"|(?:[Pp]hoto|PHOTO|[Pp]icture|[Cc]aption)s?\s*:[^\n]*\([^()\n]{2,40}\)[ \t]*(?=\n)"
    r"|(?:By|BY|Par|PAR|Por|POR)[ \t]+[A-ZÀ-Þ][^|·•\n\d]{1,80}?(?<![.!?])(?=[ \t]*(?:[|·•]|\n))"
    r"|\(?(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting)\s+by\b[^\n]{0,160}?(?:\)|(?=\n)))"
)
# the lines at a page's foot that reserve its rights or give its telephone ('© Mopti Matin
# 2026 — Tous droits réservés', 'Radio Debo FM - BP 118 Mopti - Tel. +223 21 43 05 97'; the
# look-ahead of their first letters spares trying each at every character of a line)
_FOOT = re.compile(
    r"\n[^\n]{0,80}?(?=[atpf])(?:\ball\s+rights\s+reserved|\btous\s+droits\s+réservés|\btodos\s+los\s+derechos\s+reservados"
    r"|\btodos\s+os\s+direitos\s+reservados|\b(?:tel|tél|phone|fax)\b\.?\s*:?\s*\+?\d)[^\n]*(?=\n)",
    re.IGNORECASE,
)
_FOOT_CUES = ("eserv", "éserv", "Tel", "tel", "TEL", "Tél", "tél", "hone", "HONE", "Fax", "fax", "FAX")
# 'tel', 'tél', 'phone' or 'fax' as _FOOT reads them: followed by '.', ':', '+' or a space
_CONTACT_CUES = tuple(re.compile(word + r"[.:+\s]") for word in ("tel", "tél", "phone", "fax"))


def _may_hold_foot(text: str) -> bool:
    """Whether ``text`` may hold a _FOOT line and one of _FOOT_CUES: a cheap test that most
    pages fail, before the costly ones. _FOOT's rights end in 'reserv…' or 'réserv…', and
    its 'tel', 'tél', 'phone' or 'fax' is followed by '.', ':', '+' or a space; its case-blind
    match is the lower-cased text's (but for the long s, which it matches as 's').

    >>> [_may_hold_foot(t) for t in ("Tel. +223 21", "All Rights Reserved", "the hotel's 12 rooms", "Phoned at 9")]
    [True, True, False, False]
    """
    low = text.lower()
    if "eserv" in low or "éserv" in low or "ſ" in low or any(cue.search(low) for cue in _CONTACT_CUES):
        return any(cue in text for cue in _FOOT_CUES)
    return False


# a menu of a site's sections or a breadcrumb: three or more short parts and no figure ('News |
# Politics | Regions', 'SAHEL WIRE  |  Home  World  Africa', 'Accueil > Société > Faits divers')
_MENU_LINE = re.compile(
    rf"\n[ \t]*{_MENU_PART}(?:(?:[ \t]+[|>»·•][ \t]+|[ \t]{{2,}}){_MENU_PART}){{2,}}[ \t]*(?=\n)"
)
_MENU_SPLIT = re.compile(r"[ \t]+[|>»·•][ \t]+|[ \t]{2,}")
FURNITURE_CHARS = 800  # a page's furniture stands in its first and last characters, this many


@lru_cache(maxsize=8)
def _sections(lex: Lexicon) -> frozenset[str]:
    """The words of a news site's menu: its sections (lexicon ``speakers.news_sections``), a
    page's chrome and function words, and a menu's own links ('Home', 'About us', 'Sign in')."""
    listed = lex.speaker_words["news_sections"]
    return frozenset(_fold(w.lower()) for w in listed) | _chrome(lex) | STOPWORDS | {"home", "about", "sign"}


def _menu(m: re.Match[str], lex: Lexicon = _BUNDLED) -> str:
    """A menu line as it was, or a line break alone when most of its parts are a news site's
    sections ('News | Politics | Regions | Economy', 'SAHEL WIRE | Home World Africa
    Business'): the section a story stands under ('News | City | Port', 'forums > City life >
    Strike thread') is its story's word, a menu of every section is no story's.

    >>> [_menu(_MENU_LINE.search(t)) for t in ("\\nNews | Politics | Regions | Economy\\n", "\\nNews | City | Port | Live\\n")]
    ['\\n', '\\nNews | City | Port | Live']
    """
    sections = _sections(lex)
    parts = _MENU_SPLIT.split(m.group().strip())
    known = sum(all(_fold(w) in sections for w in _TERM.findall(p.lower())) for p in parts)
    return "\n" if 2 * known > len(parts) else m.group()


def _without_furniture(text: str, lex: Lexicon = _BUNDLED) -> str:
    """``text`` without its page's furniture lines in its first and last FURNITURE_CHARS (a
    menu of sections, a masthead, a letterhead and its motto, a byline, the copyright and
    contact lines).

    >>> _without_furniture("News | Politics | Regions | Economy\\nThe toll rose to 16.")
    '\\nThe toll rose to 16.'
    >>> _without_furniture("RADIO DEBO FM — La voix du Delta\\nEditorial desk · Mopti · 8 November 2026")
    '\\nEditorial desk · Mopti · 8 November 2026'
    >>> _without_furniture("REPUBLIC OF MALI\\nOne People - One Goal - One Faith\\nMINISTRY OF HEALTH\\n\\nThe toll")
    'The toll'
    >>> _without_furniture("By Ousmane Keita | November 7, 2026\\nBy Sunday, 16 had died.\\n(Reporting by Ousmane Keita)")
    ' | November 7, 2026\\nBy Sunday, 16 had died.\\n'
    >>> _without_furniture("Police said 40 were held.\\n© Mopti Matin 2026 — Tous droits réservés")
    'Police said 40 were held.\\n'
    """
    if len(text) > 2 * FURNITURE_CHARS:
        cut = text.find("\n", FURNITURE_CHARS, len(text) - FURNITURE_CHARS)
        if cut > 0:
            last = text.rfind("\n", cut + 1, len(text) - FURNITURE_CHARS)
            last = cut if last < 0 else last
            return _furniture_off(text[:cut], lex=lex) + text[cut:last] + _furniture_off(text[last:], False, lex)
    return _furniture_off(text, lex=lex)


def _furniture_off(text: str, head: bool = True, lex: Lexicon = _BUNDLED) -> str:
    """A page's head (its letterhead too) or foot without its furniture lines."""
    text = _FURNITURE.sub("\n", "\n" + text + "\n")
    # a menu's cues, then its separators ('News | World', 'Home  World', a tab): one of them or no menu
    if "  " in text or (
        ("|" in text or ">" in text or "·" in text)
        and (" | " in text or " > " in text or " · " in text or "\t" in text or " » " in text or " • " in text)
    ):
        text = _MENU_LINE.sub(lambda m: _menu(m, lex), text)
    if _may_hold_foot(text):
        text = _FOOT.sub("\n", text)
    text = text[1:-1]
    top = _LETTERHEAD.match(text) if head else None
    if top is None or len(_CAPS_LINE.findall(top.group())) < 2:
        return text
    return text[top.end() :]


_DATELINE = re.compile(r"^\s*([A-Z][A-Z'’ -]{2,}[A-Z])\b,")
# a page's first lines in capitals, none more than 80 characters: a letterhead of two or more
# ('REPUBLIC OF MALI', 'MINISTRY OF SECURITY AND CIVIL PROTECTION'); one alone may be all the
# heading a short situation report has ('NATIONAL DISASTER MANAGEMENT AGENCY')
_CAPS_LINE = re.compile(r"^[^a-zß-ÿ\n]*[A-ZÀ-Þ]{3}[^a-zß-ÿ\n]*$", re.MULTILINE)
_LETTERHEAD = re.compile(r"(?:[ \t]*\n|(?=[^\n]{0,80}(?:\n|$))[^a-zß-ÿ\n]*[A-ZÀ-Þ]{3}[^a-zß-ÿ\n]*(?:\n|$))*")


@dataclass(frozen=True)
class Profile:
    """What the sorter knows of one report: its date (day number), terms and their weights."""

    index: int
    day: int | None
    date: str | None
    date_from: str | None  # "metadata" | "text" | None
    terms: dict[str, float]  # term -> raw weight (count, names boosted)
    names: Counter[str]  # names as written inside sentences, for the label
    named: frozenset[str] = frozenset()  # the terms that are names
    recalled: int | None = None  # a look back's event day ('Thirty years after …'), else None

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled compactly (words joined into one string, weights and counts as arrays):
        profiles made on workers come back for a fraction of a dict's pickling cost."""
        return _unpack, (self.index, self.day, self.date, self.date_from,
                         "\n".join(self.terms), array("d", self.terms.values()).tobytes(),
                         "\n".join(self.names), array("q", self.names.values()).tobytes(),
                         "\n".join(self.named), self.recalled)  # fmt: skip


def _unpack(
    index: int, day: int | None, date: str | None, date_from: str | None,
    terms: str, weights: bytes, names: str, counts: bytes, named: str,
    recalled: int | None = None,
) -> Profile:  # fmt: skip
    """The profile :meth:`Profile.__reduce__` packed (words hold no line breaks; each is
    interned, so the profiles of a large input share their vocabulary's strings)."""
    return Profile(
        index, day, date, date_from,
        dict(zip(map(sys.intern, terms.split("\n")) if terms else (), array("d", weights),
                 strict=True)),
        Counter(dict(zip(names.split("\n") if names else (), array("q", counts), strict=True))),
        frozenset(named.split("\n") if named else ()),
        recalled,
    )  # fmt: skip


_LEDE_DATES = word_start_scan(f"(?P<at>{WRITTEN_DATE.pattern})", WRITTEN_DATE.flags)
# (WRITTEN_DATE as group 'at', and led by a non-word character: a date starts a word and ends
#  with a digit before a non-word one, so a scan stops at spaces and marks, not at every letter)


def report_date(source: Source, lex: Lexicon = _BUNDLED) -> tuple[str | None, str | None]:
    """The date a report is about: its own (front matter, date marker, manifest), else the
    first full date its opening gives (``18 January 2026``, ``June 25, 2026``), with where it
    came from (``metadata`` or ``text``).

    >>> from claimcheck.models import Source
    >>> report_date(Source("a", "From 24–27 November 2024, PTI organized a protest."))
    ('2024-11-24', 'text')
    >>> report_date(Source("b", "No date here."))
    (None, None)
    >>> report_date(Source("c", "Biggest in years. For comparison, on 15 March 2025 they counted 300,000."))
    (None, None)
    >>> report_date(Source("d", "87 dead in stampede\\n\\nThe country is no stranger to stampedes. On January 1, 2022, officials said 12 died."))
    (None, None)
    >>> report_date(Source("e", "87 dead in stampede\\n\\nJuly 2, 2024\\n\\nAt least 87 died on Tuesday."))
    ('2024-07-02', 'text')
    >>> report_date(Source("f", "Turnout rose. A crowd bigger than that of 3 March 2024 filled the square."))
    (None, None)
    >>> report_date(Source("g", "Unions said 1.4 million demonstrators marched. At the first protest, on 3 March 2024, police counted 500,000."))
    (None, None)
    >>> report_date(Source("h", "Police say 40 arrested, organisers say 90.\\n\\n12.1k Members · 80 Online · Created Jun 9, 2012"))
    (None, None)
    """
    if source.date:
        return source.date, "metadata"
    lede = source.body[:LEDE]
    count = _first_count(lex).search(lede)
    for m in at_word_starts(_LEDE_DATES, lede, 0, len(lede)):
        if _COMPARED.search(lede, max(0, m.start("at") - COMPARED_CHARS), m.start("at")):
            continue  # 'For comparison, on 15 March 2025 they counted …': another event's day
        if _FOUNDED.search(lede, max(0, m.start("at") - FOUNDED_CHARS), m.start("at")):
            continue  # a forum's sidebar 'r/cyprus · Created Mar 3, 2009': when the page's community began
        if count is not None and count.start() < m.start("at") and not _date_line(lede, m.start("at")):
            continue  # a date in the prose after the report's first count: a look back's day
            # ('87 dead in stampede … On January 1, 2022, officials said 12 were killed')
        day = written_date(m)  # (None for a day that does not exist: 31 February)
        if day is not None:
            return day, "text"
    return None, None


@lru_cache(maxsize=8)
def _first_count(lex: Lexicon) -> re.Pattern[str]:
    """A count told ('87 dead', '1.4 million demonstrators marched'; its words are ``lex``'s
    ``grammar.first_count``): a date in prose after it is rarely the report's own."""
    words = alternation(lex.data["grammar"]["first_count"]["words"])
    return re.compile(rf"\b\d[\d,.]*\s+(?:(?:million|thousand)\s+)?(?:people\s+)?(?:{words})\b", re.IGNORECASE)
DATE_LINE = 80  # the longest line that is a date line or a byline ('July 2, 2024 | 11:20 PM')
DATE_LINE_LEAD = 40  # how far into such a line its date may start (after a byline's name)


def _date_line(text: str, at: int) -> bool:
    """Whether the date at ``at`` stands near the start of a short line (a date line, a byline:
    'By Ann Lee | July 2, 2024 | 11:20 PM'), not in a sentence."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return at - start <= DATE_LINE_LEAD and (len(text) if end < 0 else end) - start <= DATE_LINE


COMPARED_CHARS = 40  # how far before a date the words that make it another event's day reach
_COMPARED = re.compile(
    r"\b(?:(?:for|by|in)\s+comparison|compared\s+(?:with|to)|unlike|the\s+previous\s+record"
    r"|last\s+(?:year|time)|(?:higher|lower|bigger|larger|smaller|more|fewer|less)\s+than\s+(?:that\s+of|on|in))\b",
    re.IGNORECASE,
)


FOUNDED_CHARS = 20  # how far before a date the word that makes it a founding day reaches
_FOUNDED = re.compile(
    r"\b(?:created|founded|established|joined|registered|member\s+since|cake\s+day)\s*(?:on\s+|in\s+|:\s*)?$",
    re.IGNORECASE,
)  # the day a community, an account or a body began, not the report's


def recalled_years(opening: str, year: int | None = None) -> int:
    """How many years back the event of a report framed as a look back lies, from its title
    and opening ('One year after …', 'A year ago tonight', 'on the fifth anniversary of');
    0 for a report of the news of its day.

    >>> recalled_years("How many were on the bridge? One year after Puente Grau, the numbers")
    1
    >>> recalled_years("Five years on, the families still wait")
    5
    >>> recalled_years("On the 10th anniversary of the massacre, thousands marched")
    10
    >>> recalled_years("Thirty-five years on, Mirpur Khas still argues over its dead")
    35
    >>> recalled_years("on the twenty-fifth anniversary of the strike")
    25
    >>> recalled_years("Panevėžys on Tuesday commemorated the 60 anniversary of the events")
    60
    >>> recalled_years("Nine dead in maternity hospital fire; 12 years of warnings ignored")
    0
    >>> recalled_years("A decade after the ferry capsized"), recalled_years("Two decades on, the families")
    (10, 20)

    Given the report's ``year``, an event its opening names by a past year: "the anniversary
    of the 1997 shooting", a headline line "No, 300 villagers were not killed at Hat Sai Khao
    in 1997" (not "Worst floods since 1998", nor a year one back)

    >>> recalled_years("FACT CHECK: No, 300 villagers were not killed at Hat Sai Khao in 1997\\n", 2026)
    29
    >>> recalled_years("A post shared on the anniversary of the 1997 Hat Sai Khao shooting", 2026)
    29
    >>> recalled_years("Worst floods in the city since 1998\\n", 2026), recalled_years("Floods in 2025\\n", 2026)
    (0, 0)
    """
    for cue in _LOOK_BACK.finditer(opening):  # the wording first, then the number before it
        before = opening[max(0, cue.start() - 30) : cue.start()]
        m = (_HOW_MANY if cue["y"] else _WHICH).search(before)
        if m is None:
            continue
        words = m["n"].casefold()
        per = 10 if cue["y"] and cue["unit"][0] in "dD" else 1  # decades
        if words[:1].isdigit():
            return per * int(re.match(r"\d+", words)[0])  # type: ignore[index]
        return per * sum(_NUMBER_WORDS.get(w, 0) for w in re.split(r"[- ]", words))
    if year is not None and ("anniversary" in opening or " in " in opening):
        for m in _YEAR_NAMED.finditer(opening):
            past = int(m["y"] or m["h"])
            if past <= year - 2:
                return year - past
    return 0


# an event named by its past year: 'the anniversary of the 1997 shooting', or a headline's
# last words 'killed at Hat Sai Khao in 1997' (a short line of its own, no sentence's end)
_YEAR_NAMED = re.compile(
    r"\banniversary\s+of\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|^(?=[^\n]{0,140}\n)(?![^\n]*\b(?:since|than|before)\b)[^\n.]*\bin\s+(?P<h>(?:19|20)\d\d)\s*$",
    re.IGNORECASE | re.MULTILINE,
)




def _folded(words: Iterable[str]) -> Counter[str]:
    """The counts of ``words`` with each plural counted as its singular ('protests' as
    'protest'), in the order each singular first comes (words folded and counted in C).

    >>> _folded(["protests", "protest", "casualties", "press", "bus"])
    Counter({'protest': 2, 'casualty': 1, 'press': 1, 'bus': 1})
    """
    return Counter(map(_fold, words))


# a transcript's speaker label at the start of a line ('COMMANDER RAÚL ECHEVERRÍA:', 'DG
# PDMA:', 'Q:'): upper-case words before a colon
_SPEAKER_LABEL = re.compile(r"^[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ0-9 .'’()-]{0,60}):", re.MULTILINE)
LABELS_AT = 3  # a text with this many speaker labels is a transcript


def _labels_once(text: str) -> str:
    r"""A transcript's text with each speaker's label counted once: repeated at every turn,
    a label would outweigh what the speakers say.

    >>> _labels_once("MAYOR ANA RUIZ: We have nine dead.\nQ: How many?\nMAYOR ANA RUIZ: Nine.\nQ: And?")
    ' We have nine dead.\n How many?\n Nine.\n And?\nMAYOR ANA RUIZ Q'
    >>> _labels_once("Note: the figures are provisional.")
    'Note: the figures are provisional.'
    """
    if text.count(":") < LABELS_AT:
        return text
    labels = _SPEAKER_LABEL.findall(text)
    if len(labels) < LABELS_AT:
        return text
    return _SPEAKER_LABEL.sub("", text) + "\n" + " ".join(dict.fromkeys(labels))


# a post's head in a forum thread, at the start of its line: 'kopi_o_kosong wrote (23:10):',
# 'kumaresh88 said:', 'Posted by ankaT  17 Jan 2027', '#2  Posted by Grim_Harbour', 'Thread
# started by wanka_libre', 'Quote from Grim_Harbour:', 'u/salty_gull · 5h'; the poster's handle
# is group 'h' (a word with no space: a thread's posters sign with one)
_POST_HEAD = re.compile(
    r"^[ \t]*(?:#\d+[ \t]+)?(?:(?:(?:[Tt]hread\s+)?(?:[Pp]osted|[Ss]tarted|[Rr]eplied)\s+by[ \t]+|[Qq]uot(?:e|ed)\s+from[ \t]+|u/)"
    r"(?P<h>[\w.-]{3,30})|(?P<w>[\w.-]{3,30})[ \t]+(?:wrote|said|posted|replied|writes|says)\b(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*:)",
    re.MULTILINE,
)
THREAD_POSTS = 3  # a text with this many posts' heads is a forum thread
# a thread's posters talk in their own words ('Bro I could not see the end of the crowd',
# 'syok sendiri', 'praying for everyone'): what ties it to its story is the places, bodies and
# people it names, and its other words count this share of their weight
THREAD_TALK = 0.5


def _posters(text: str) -> tuple[str, int]:
    r"""``text`` without its posters' handles (each post's head's, wherever they come: a
    reply's '@anak_kedah', a quote's 'ankaT said'), and how many posts' heads it holds; a text
    of fewer than THREAD_POSTS heads as it is ('Police said:' at a line's start is no post).

    >>> _posters("kumaresh88 said:\nAnybody there??\nrajanKMD said:\n@kumaresh88 yes.\nkumaresh88 said:\nOk")
    (' said:\nAnybody there??\n said:\n@ yes.\n said:\nOk', 3)
    >>> _posters("Police said: 40 held.\nOfficials said: 12 dead.\nThey said: calm.")
    ('Police said: 40 held.\nOfficials said: 12 dead.\nThey said: calm.', 0)
    """
    heads = [h for m in _POST_HEAD.finditer(text) if (h := m["h"] or m["w"]).lower() not in STOPWORDS]
    if len(heads) < THREAD_POSTS:
        return text, 0
    ordered = sorted(set(heads), key=len, reverse=True)
    return re.sub(rf"(?<![\w.-])(?:{'|'.join(map(re.escape, ordered))})(?![\w-])", "", text), len(heads)


def profile(index: int, source: Source, lex: Lexicon | None = None) -> Profile:
    """The terms of a report's opening: lower-cased content words with their counts, a name
    (a place, a person, an organisation) counting NAME_WEIGHT times; a page's chrome and a
    count's words are ``lex``'s (the bundled lexicon's when None)."""
    lex = lex or _BUNDLED
    text = _labels_once((source.title + "\n" if source.title else "") + source.body[:LEDE])
    text, posts = _posters(text)
    if "_" in text or "@" in text or "u/" in text:  # (few reports hold any)
        text = _HANDLE.sub(" ", text)
    text = _without_furniture(_without_notes(text), lex)
    date, date_from = report_date(source, lex)
    plain = _plain(text)
    counts = _folded((_TERM_ASCII if plain else _TERM).findall(text.lower()))
    for word in STOPWORDS.intersection(counts):
        del counts[word]
    for word in _chrome(lex).intersection(counts):
        del counts[word]
    written = Counter((_CAPITALISED_ASCII if plain else _CAPITALISED).findall(text))  # in sentences
    capital: dict[str, int] = {}
    for word, n in written.items():
        folded = _fold(word.lower())
        capital[folded] = capital.get(folded, 0) + n
    # a name: capitalised inside sentences in at least half its uses (a sentence's first
    # word is capitalised whatever it is)
    name = {k for k, n in capital.items() if k in counts and 2 * n >= counts[k]}
    talk = THREAD_TALK if posts >= THREAD_POSTS else 1.0
    terms = {k: n * NAME_WEIGHT if k in name else n * talk for k, n in counts.items()}
    names = Counter({w: n for w, n in written.items() if _fold(w.lower()) in name})
    day = _dt.date.fromisoformat(date).toordinal() if date else None
    back = recalled_years(text[:RECALL_CHARS], int(date[:4])) if day is not None and date else 0
    # a look back is about its event's day as well as the day it is published (an
    # encyclopedia page on the event may be dated either way)
    recalled = day - round(365.25 * back) if back and day is not None else None
    return Profile(index, day, date, date_from, terms, names, frozenset(name), recalled)


def places(source: Source) -> Counter[str]:
    """Places a report names: its dateline (``KIRKUK, Iraq``), counted twice, and capitalised
    words after 'in', 'at', 'near', 'outside', 'across' or 'from'."""
    text = _without_notes(source.body[:LEDE])
    found: Counter[str] = Counter()
    dateline = _DATELINE.match(text[:200])
    if dateline:
        found[dateline.group(1).title()] += 2
    for m in _PLACE_AFTER.finditer(text):
        phrase = m.group(1)
        if phrase.split()[0].lower() not in STOPWORDS:
            found[phrase] += 1
    return found


class _LogScaled(dict[float, float]):
    """``1 + log(w)`` of a raw weight, computed once per value (weights are small counts); a
    weight below 1 (a thread's talk said once) as it is."""

    def __missing__(self, w: float) -> float:
        self[w] = value = 1.0 + math.log(w) if w >= 1.0 else w
        return value


def _weights(profiles: Sequence[Profile]) -> list[dict[str, float]]:
    """Each report's unit TF-IDF vector (log-scaled counts, smoothed IDF), its VECTOR_TERMS
    heaviest terms."""
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.terms.keys())
    n = len(profiles)
    idf = {t: math.log((BACKGROUND + n) / (1 + d)) for t, d in df.items()}
    vectors = []
    scaled = _LogScaled()
    for p in profiles:
        vec = {t: scaled[w] * idf[t] for t, w in p.terms.items()}
        for t in p.named:  # a name most of the input shares is its event's: it still counts
            vec[t] = max(vec[t], NAME_IDF * scaled[p.terms[t]])
        if len(vec) > VECTOR_TERMS:  # (what heapq.nlargest gives, ties in order, sorted in C)
            vec = dict(sorted(vec.items(), key=itemgetter(1), reverse=True)[:VECTOR_TERMS])
        norm = math.sqrt(_dot(vec, vec, vec)) or 1.0
        vectors.append({t: x / norm for t, x in vec.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    return _dot(a, b, a.keys() & b.keys())


def _names_cosine(a: dict[str, float], b: dict[str, float], named: frozenset[str]) -> float:
    """The cosine of two vectors over the terms that are names alone; 0 when they share
    fewer than two names (one name, the city both events happened in, is no agreement).

    >>> v = {"velmora": 1.0, "kessan": 1.0, "flood": 1.0}
    >>> _names_cosine(v, {"velmora": 2.0, "kessan": 2.0, "rain": 5.0}, frozenset({"velmora", "kessan"}))
    1.0
    >>> _names_cosine(v, {"velmora": 2.0, "rain": 5.0}, frozenset({"velmora", "kessan"}))
    0.0
    """
    na, nb = named.intersection(a), named.intersection(b)
    both = na & nb
    if len(both) < 2:
        return 0.0
    return _dot(a, b, both) / math.sqrt(_dot(a, a, na) * _dot(b, b, nb))


def _dot(a: dict[str, float], b: dict[str, float], terms: Iterable[str]) -> float:
    """``sum(a[t] * b[t] for t in terms)``, added in the same order, its loop in C."""
    return sum(map(mul, map(a.__getitem__, terms), map(b.__getitem__, terms)))


def _candidates(
    profiles: Sequence[Profile], vectors: Sequence[dict[str, float]]
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Pairs of judged reports that share one of their KEYS most distinctive shared terms and are
    within WINDOW places of each other in that term's list, in date order: those that are
    next to each other in some list, and the others."""
    judged = [len(p.terms) >= MIN_TERMS for p in profiles]
    df: Counter[str] = Counter()
    for ok, vec in zip(judged, vectors, strict=True):
        if ok:
            df.update(vec.keys())
    lists: dict[str, list[int]] = {}
    for p, ok, vec in zip(profiles, judged, vectors, strict=True):
        if not ok:
            continue
        # a word no other report holds blocks nothing: the keys are the heaviest shared ones
        # (a charity's statement full of its own staff's names still meets the wire on the
        # crush it tells)
        shared = [t for t in vec if df[t] > 1]
        for term in sorted(shared, key=lambda t: (-vec[t], t))[:KEYS]:  # (keys unique: nsmallest's)
            lists.setdefault(term, []).append(p.index)
    next_to: set[tuple[int, int]] = set()
    farther: set[tuple[int, int]] = set()
    for members in lists.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (_event_day(profiles[i]) or 0, i))
        for k, i in enumerate(members):
            for d, j in enumerate(members[k + 1 : k + 1 + WINDOW]):
                (farther if d else next_to).add((i, j) if i < j else (j, i))
    return next_to, farther - next_to


Span = tuple[int | None, int | None]


def _event_day(p: Profile) -> int | None:
    """The day of the event a report tells: a look back's event day, else its date."""
    return p.day if p.recalled is None else p.recalled


def _days(p: Profile) -> list[int | None]:
    """The days a report may be about: its date, and a look back's event day too."""
    return [p.day] if p.recalled is None else [p.day, p.recalled]


def _joined_spans(a: Sequence[Span], b: Sequence[Span]) -> list[Span]:
    """The spans of days two clusters make together, of those at most 2 * FAR_DAYS long (an
    undated side takes the other's span); empty when none is."""
    if len(a) == 1 and len(b) == 1:  # most clusters: one span each
        (alo, ahi), (blo, bhi) = a[0], b[0]
        if alo is None or blo is None:
            return [a[0] if blo is None else b[0]]
        lo, hi = min(alo, blo), max(ahi, bhi)  # type: ignore[type-var]
        return [(lo, hi)] if hi - lo <= 2 * FAR_DAYS else []  # type: ignore[operator]
    out: list[Span] = []
    for alo, ahi in a:
        for blo, bhi in b:
            if alo is None or blo is None:
                span = (alo, ahi) if blo is None else (blo, bhi)
            else:
                span = (min(alo, blo), max(ahi, bhi))  # type: ignore[type-var]
                if span[1] - span[0] > 2 * FAR_DAYS:  # type: ignore[operator]
                    continue
            if span not in out:
                out.append(span)
    return out


class _Clusters:
    """Union of reports with a centroid per cluster (sum of unit vectors, trimmed)."""

    def __init__(
        self, vectors: Sequence[dict[str, float]], profiles: Sequence[Profile], named: frozenset[str]
    ) -> None:
        self.named = named
        self.parent = list(range(len(vectors)))
        self.centroid = [dict(v) for v in vectors]
        self.size = [1] * len(vectors)
        # each cluster's possible spans of days: a look back's own day or its event's
        self.spans: list[list[tuple[int | None, int | None]]] = [
            [(d, d) for d in _days(p)] for p in profiles
        ]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def close(self, a: int, b: int) -> bool:
        ca, cb = self.centroid[a], self.centroid[b]
        na = math.sqrt(_dot(ca, ca, ca)) or 1.0
        nb = math.sqrt(_dot(cb, cb, cb)) or 1.0
        score = _cosine(ca, cb) / (na * nb)
        if score < MERGE_AT and (score < LOOSE_AT or _names_cosine(ca, cb, self.named) < NAMES_AT):
            return False
        return bool(_joined_spans(self.spans[a], self.spans[b]))

    def join(self, a: int, b: int) -> None:
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        merged = self.centroid[a]
        for t, x in self.centroid[b].items():
            merged[t] = merged.get(t, 0.0) + x
        if len(merged) > CENTROID_TERMS:
            merged = dict(sorted(merged.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS])
        self.centroid[a], self.centroid[b] = merged, {}
        self.spans[a], self.spans[b] = _joined_spans(self.spans[a], self.spans[b]), []


def cluster(sources: Sequence[Source]) -> list[list[int]]:
    """The indices of ``sources`` sorted into events, each list in input order, the lists
    in order of their first report."""
    profiles = [profile(i, s) for i, s in enumerate(sources)]
    return _cluster(profiles)[0]


def _far(a: Sequence[int | None], b: Sequence[int | None]) -> bool:
    """Whether every day one report may be about is more than FAR_DAYS from every day of
    the other (an undated report is near any)."""
    return all(x is not None and y is not None and abs(x - y) > FAR_DAYS for x in a for y in b)


def _cluster(profiles: Sequence[Profile]) -> tuple[list[list[int]], Sequence[Profile]]:
    vectors = _weights(profiles)
    keys = [frozenset(v) for v in vectors]  # intersected in C: most of a cosine's cost
    named = frozenset().union(*(p.named for p in profiles))  # terms some report names
    clusters = _Clusters(vectors, profiles, named)
    # two rounds: neighbours in some word's list first; then the farther candidates, of
    # which only those between clusters still apart are scored (in an input of one large
    # event, few)
    days = [p.day for p in profiles]
    for pairs in _candidates(profiles, vectors):
        scored = []
        for i, j in pairs:
            di, dj = days[i], days[j]  # dated further apart than FAR_DAYS: not the same event
            if di is not None and dj is not None and abs(di - dj) > FAR_DAYS:
                pi, pj = profiles[i], profiles[j]
                if (pi.recalled is None and pj.recalled is None) or _far(_days(pi), _days(pj)):
                    continue
            if clusters.find(i) == clusters.find(j):
                continue
            a, b = vectors[i], vectors[j]
            score = _dot(a, b, keys[i].intersection(keys[j]))
            if score >= PAIR_AT or (score >= LOOSE_AT and _names_cosine(a, b, named) >= NAMES_AT):
                scored.append((-score, i, j))
        scored.sort()
        for _, i, j in scored:
            a, b = clusters.find(i), clusters.find(j)
            if a != b and clusters.close(a, b):
                clusters.join(a, b)
    _attach_lone(profiles, vectors, clusters)
    groups: dict[int, list[int]] = {}
    for i in range(len(profiles)):
        groups.setdefault(clusters.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0]), profiles


# a report left alone after the merges (a forum thread in its posters' words, a ministry's
# statement in its officialese, a charity's first-person release) joins the event nearest it:
# the cosine of its vector with that event's centroid at least ATTACH_AT, and ATTACH_MARGIN
# times its cosine with any other event of its days. A report that tells news of its own is
# far from every event (or near two alike) and stays alone
ATTACH_AT = 0.06
ATTACH_MARGIN = 2.0


def _attach_lone(profiles: Sequence[Profile], vectors: Sequence[dict[str, float]], clusters: _Clusters) -> None:
    """Join each judged report that stands alone to the event of two reports or more nearest
    it, when it is near enough and nearer it than to any other event (see ATTACH_AT)."""
    size = clusters.size
    lone = [p.index for p in profiles if size[clusters.find(p.index)] == 1 and len(p.terms) >= MIN_TERMS]
    if not lone:
        return
    # the events of two reports or more (a join below keeps its event's root, the larger side)
    events = [r for r in range(len(profiles)) if clusters.parent[r] == r and size[r] > 1]
    norms: dict[int, float] = {}
    for i in lone:
        vec = vectors[i]
        scores = []
        for root in events:
            if not _joined_spans(clusters.spans[i], clusters.spans[root]):
                continue
            c = clusters.centroid[root]
            if root not in norms:
                norms[root] = math.sqrt(_dot(c, c, c)) or 1.0
            scores.append((_dot(vec, c, vec.keys() & c.keys()) / norms[root], root))
        if not scores:
            continue
        scores.sort(reverse=True)
        best, root = scores[0]
        if best >= ATTACH_AT and (len(scores) == 1 or best >= ATTACH_MARGIN * scores[1][0]):
            clusters.join(root, i)
            norms.pop(root, None)


def sort_events(sources: Sequence[Source], lex: Lexicon | None = None) -> list[Event]:
    """The events ``sources`` are about, each with an id, a label (places and date span) and
    its reports; ordered by date (undated last), then by first report."""
    return events_from_profiles(sources, [profile(i, s, lex) for i, s in enumerate(sources)])


def events_from_profiles(sources: Sequence[Source], profiles: Sequence[Profile]) -> list[Event]:
    """:func:`sort_events` with the profiles made already (``profiles[i]`` of
    ``sources[i]``, e.g. on the workers of a cluster)."""
    groups, _ = _cluster(profiles)
    events = [_event(sources, [profiles[i] for i in g]) for g in groups]
    events.sort(key=lambda e: (e.first is None, e.first or "", e.members[0].index))
    return _unique_ids(events)


def is_mixed(events: Sequence[Event]) -> bool:
    """Whether more than one of ``events`` holds a report judged from enough text (a few
    short reports that share nothing are not a mixed feed: they are compared as one)."""
    return sum(any(m.judged for m in e.members) for e in events) > 1


LABEL_FROM = 20  # reports of an event whose places make its label


def _event(sources: Sequence[Source], members: Sequence[Profile]) -> Event:
    dates = sorted(p.date for p in members if p.date)
    shown = _common([places(sources[p.index]) for p in members[:LABEL_FROM]])
    shown = shown or _common([p.names for p in members[:LABEL_FROM]])
    span = "" if not dates else dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"
    label = ", ".join(shown) + (" · " if shown and span else "") + span or "(no places or dates)"
    return Event(
        id=f"{dates[0] if dates else 'undated'}-{_slug(shown[0]) if shown else 'event'}",
        label=label,
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        places=tuple(shown),
        members=tuple(
            EventMember(p.index, sources[p.index].id, sources[p.index].path, p.date, p.date_from,
                        len(p.terms) >= MIN_TERMS)
            for p in members
        ),
    )  # fmt: skip


def _common(found: Sequence[Counter[str]], n: int = 2) -> list[str]:
    """The ``n`` words named by most reports (then most often, then alphabetically)."""
    reports: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for counter in found:
        reports.update(counter.keys())
        total.update(counter)
    return sorted(reports, key=lambda w: (-reports[w], -total[w], w))[:n]


def _slug(text: str) -> str:
    """``asuncion`` from ``Asunción``: ASCII letters and digits joined by hyphens."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:40] or "event"


def _unique_ids(events: Iterable[Event]) -> list[Event]:
    seen: set[str] = set()
    out = []
    for e in events:
        eid, n = e.id, 1
        while eid in seen:
            n += 1
            eid = f"{e.id}-{n}"
        seen.add(eid)
        out.append(e if eid == e.id else Event(eid, e.label, e.first, e.last, e.places, e.members))
    return out


def adjusted_rand_index(truth: Sequence[object], found: Sequence[object]) -> float:
    """How well the partition ``found`` matches ``truth`` (one label per item in each):
    1.0 when they are the same, about 0 for a random one (Hubert and Arabie's adjusted Rand
    index, as scikit-learn computes it).

    >>> adjusted_rand_index(["a", "a", "b", "b"], [1, 1, 2, 2])
    1.0
    >>> round(adjusted_rand_index(["a", "a", "b", "b"], [1, 2, 1, 2]), 2)
    -0.5
    """
    if len(truth) != len(found):
        raise ValueError("the two partitions label different numbers of items")
    pairs = math.comb(len(truth), 2)
    both = sum(math.comb(n, 2) for n in Counter(zip(truth, found, strict=True)).values())
    in_truth = sum(math.comb(n, 2) for n in Counter(truth).values())
    in_found = sum(math.comb(n, 2) for n in Counter(found).values())
    expected = in_truth * in_found / pairs if pairs else 0.0
    most = (in_truth + in_found) / 2
    return 1.0 if most == expected else (both - expected) / (most - expected)
