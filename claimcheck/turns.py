"""Parser input: the turns of a chat export or a transcript, each line opened by who speaks.

A channel or group chat saved as text (``[05.12.26 14:02] Rescue Service: 9 people have
died``, ``05/12/2026, 09:15 - Desk: 64 arrested``) and the transcript of a press conference
or an interview (``MINISTER KOVAC: 73 people were arrested.``, ``Q: Is that figure wrong?``)
open each turn with its speaker. The label is no part of the turn's sentences (the parser reads
the text with it blanked, :mod:`claimcheck.reading`), and it names who makes the turn's
unattributed figures (:mod:`claimcheck.speakers`). A questioner (``Q:``, ``REPORTER:``) names
nobody: a question's figures are whoever it quotes.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from claimcheck.lexicon import Lexicon, load_lexicon

CHAT_TURN = re.compile(
    r"""^[ \t]*\[?
    (?:(?P<day>\d{1,4}[./-]\d{1,2}[./-]\d{2,4}          # a day: '05.12.26', '05/12/2026', '2026-12-05'
      |\d{1,2}[ ][A-Z][a-z]{2,8}\.?[ ]\d{4}            # '5 December 2026'
      |[A-Z][a-z]{2,8}\.?[ ]\d{1,2},?[ ]\d{4}          # 'Dec 5, 2026'
    ),?[ ]+(?:at[ ]+)?)?
    \d{1,2}:\d\d(?::\d\d)?(?:[ ]?[APap]\.?[Mm]\.?)?   # a time: '14:02', '9:15 PM'
    \]?[ \t]*(?:[-–—][ \t]*)?
    (?P<who>[^\n:\[\]]{1,48}?)(?:[ ]\([^()\n:]{1,60}\))?                    # 'ANCHOR (ELONA DEDJA)', '… (recorded at the ministry)'
    :(?:[ \t]+(?=\S)|[ \t]*(?=\n[ \t]*[^\s\[]))""",
    re.MULTILINE | re.VERBOSE,
)  # (the message may start on the next line: '[10.11.26 08:02] Interior Ministry:\n14 killed')
COPIED_TURN = re.compile(
    r"^[ \t]*(?P<who>[^\n:\[\],]{2,60}?),[ \t]*\[(?P<day>\d{1,2}[./]\d{1,2}[./]\d{2,4})[ \t]+\d{1,2}:\d\d(?::\d\d)?\][ \t]*(?=\n)",
    re.MULTILINE,
)  # messages copied from a Telegram channel: 'Interior Ministry, [10.11.2026 08:02]' above the text
NUMERIC_DAY = re.compile(r"(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2,4})")
TRANSCRIPT_TURN = re.compile(
    r"""^[ \t]*(?P<who>[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ.'’-]*(?:[ ][A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ.'’-]*){0,4})  # 'MINISTER KOVAC', 'Q', 'BORDÓN'
    (?:[ ]\((?P<note>[^)\n]{1,60})\))?                            # '(through an interpreter)', '(POLICE SPOKESMAN, PRESS BRIEFING, RECORDED)'
    :[ \t]+(?=\S)""",
    re.MULTILINE | re.VERBOSE,
)
NAMED_TURN = re.compile(
    r"""^[ \t]*(?P<who>[A-Z][\w.'’-]*(?:[ ](?:[A-Z][\w.'’-]*|of|for|the|de|al|bin|van|von)){0,4}(?:[ ]\d{1,2})?)
    (?:(?:[ ]\([^)\n]{1,40}\))?                                   # 'Journalist (Sarnia Daily)'
       :[ \t]+(?=\S)
     |[ ]\(\d{1,2}:\d\d(?::\d\d)?\):[ \t]*\n(?=[ \t]*\S))             # a transcription service's 'Mayor Lopez (00:01:22):' over the words
    """,
    re.MULTILINE | re.VERBOSE,
)  # 'Lin Wei: …', 'Spokesperson Lin Wei: …', 'AFP: …?'
MIN_TURNS = 2
CLAUSE_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|says|said|will|would)\s")  # a sentence, not a sender's name
# a line that may open a turn (any of the three above): a cheap look first, for most reports
# have no turns; led by the line break (on the text after a '\n'), so the scan is a fast one
_TURN_LINE = re.compile(r"\n[ \t]*[\[\dA-ZÀ-ÖØ-ÞĀ-ſ][^\n]{0,120}?(?::[ \t]|:\n|\][ \t]*\n)")


class Turn(NamedTuple):
    label: int  # where the line's label starts (a chat line's stamp with it)
    start: int  # where the turn's own words start (after the label)
    who: str | None  # the speaker; None for a questioner
    day: str | None = None  # the day a chat line is stamped with, as written ('05.12.26')


def turns(text: str, lex: Lexicon) -> tuple[Turn, ...]:
    """The turns of ``text`` when it is a chat export or a transcript, else ().

    >>> from claimcheck.lexicon import load_lexicon
    >>> chat = "[05.12.26 14:02] City Hall: 9 have died.\\n[05.12.26 16:10] City Hall: Now 12."
    >>> [(t.start, t.who) for t in turns(chat, load_lexicon())]
    [(28, 'City Hall'), (69, 'City Hall')]
    >>> talk = "MINISTER KOVAC: We held 73 people.\\nQ: Groups say 200?\\nMINISTER KOVAC: Not true."
    >>> [t.who for t in turns(talk, load_lexicon())]
    ['Minister Kovac', None, 'Minister Kovac']
    >>> [t.who for t in turns("COL. JEAN-MARC OKO (POLICE SPOKESMAN, PRESS BRIEFING, RECORDED): 9 hurt.\\nQ: And?", load_lexicon())]
    ['Col. Jean-Marc Oko', None]
    >>> [t.who for t in turns("ÉLISE: We held 73.\\nQ: Really?\\nBORDÓN: We arrested six.\\nPERIĆ: We treated 52.", load_lexicon())]
    ['Élise', None, 'Bordón', 'Perić']
    >>> turns("UPDATE: Police say 40 were held.\\nUPDATE: Now 52.\\nBREAKING: A third march.", load_lexicon())
    ()
    """
    if ":" not in text:
        return ()
    words = lex.speaker_words
    return _turns(text, words["not_turn_labels"], words["questioner_labels"], words["not_speakers"], words["person_roles"])


@lru_cache(maxsize=4)  # the reader and the speakers' stage read the same report
def _turns(
    text: str,
    not_labels: frozenset[str],
    questioners: frozenset[str],
    no_names: frozenset[str] = frozenset(),
    roles: frozenset[str] = frozenset(),
) -> tuple[Turn, ...]:
    if text.count(": ") + text.count(":\t") + text.count(":\n") + text.count("]\n") < MIN_TURNS:
        return ()  # (each turn's label ends so: a cheap count before the pattern, which reads up
        #            to 120 characters of every line)
    if len(list(islice(_TURN_LINE.finditer("\n" + text), MIN_TURNS))) < MIN_TURNS:
        return ()
    chat = [
        _forwarded(text, Turn(m.start(), m.end(), _chat_speaker(m["who"], questioners, no_names), m["day"]))
        for m in CHAT_TURN.finditer(text)
        if not CLAUSE_VERB.search(m["who"])
    ]  # (not a live blog's '08:15 — The SGR's morning bulletin is out: 24 people have died')
    if len(chat) >= MIN_TURNS:
        return _with_unlabelled(text, chat)
    copied = [Turn(m.start(), m.end(), m["who"].strip(), m["day"]) for m in COPIED_TURN.finditer(text)]
    if len(copied) >= MIN_TURNS:
        return tuple(copied)
    found = []
    answerer: list[str | None] = []  # read when an 'A:' turn is first found
    for m in TRANSCRIPT_TURN.finditer(text):
        label = m["who"].lower().rstrip(".")
        if label in not_labels:
            continue
        who = None if label in questioners else " ".join("-".join(p.capitalize() for p in w.split("-")) for w in m["who"].split())
        if label in ANSWER_LABELS and m["note"] and (named := NAME_RUN.search(m["note"])):
            who = named.group()  # the one answering named in the label's bracket: 'A (Jane Doe, union secretary):'
            if not answerer:
                answerer.append(who)  # (and the plain 'A:' turns after it)
        elif label in ANSWER_LABELS:
            if not answerer:
                answerer.append(_interviewee(text[: m.start()], roles))
            who = answerer[0]  # an interview's 'A:' is the one interviewed, named above the first question
        elif who and INITIALS.fullmatch(m["who"]):
            top = text[: found[0].label if found else m.start()]
            who = _initialled(top, m["who"])  # 'B.S.:' the one whose name they are, 'S.H.:' the weekly's
        found.append(Turn(m.start("who"), m.end(), who))
    speakers = [t.who for t in found if t.who]
    if len(found) >= MIN_TURNS and (len(set(speakers)) < len(speakers) or len(speakers) < len(found)):
        return tuple(found)  # (a transcript's speaker takes several turns, or answers questions)
    return _named_turns(text, not_labels)


CUE = re.compile(r"^(?:SOUNDBITE|SOUND[ ]?BITE|SOT|SYNC|CLIP|BITE|VOX[ ]POP)[ \t]*[-–—:][ \t]*", re.IGNORECASE)
# a broadcast transcript's cue before whose recorded words follow: 'SOUNDBITE - INTERIOR MINISTER X'


def _chat_speaker(label: str, questioners: frozenset[str], no_names: frozenset[str]) -> str | None:
    """Who a stamped transcript's or chat's label names: no one for a questioner or a
    broadcast's own presenter ('ANCHOR', 'REPORTER': lexicon speakers.questioner_labels, the
    report's own voice); the one a cue introduces ('SOUNDBITE - INTERIOR MINISTER X' is the
    minister's recording), capitalised when written in capitals; else :func:`_label_speaker`.

    >>> q = frozenset({"anchor", "reporter"})
    >>> [_chat_speaker(s, q, frozenset()) for s in ["ANCHOR", "SOUNDBITE - INTERIOR MINISTER ADA BEJ", "City Hall"]]
    [None, 'Interior Minister Ada Bej', 'City Hall']
    """
    label = CUE.sub("", label.strip())
    if label.lower().rstrip(".") in questioners:
        return None
    if label.isupper() and " " in label:  # (not an acronym: 'ICRC')
        label = " ".join(w.capitalize() for w in label.split())
    return _label_speaker(label, no_names)


STAMPED_LINE = re.compile(
    r"""^[ \t]*\[?
    (?:(?P<day>\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[ ][A-Z][a-z]{2,8}\.?[ ]\d{4}|[A-Z][a-z]{2,8}\.?[ ]\d{1,2},?[ ]\d{4}),?[ ]+(?:at[ ]+)?)?
    \d{1,2}:\d\d(?::\d\d)?(?:[ ]?[APap]\.?[Mm]\.?)?\]?[ \t]*[-–—][ \t]*(?=\S)""",
    re.MULTILINE | re.VERBOSE,
)  # a live blog's or a chat's stamped line ('13:20 – Police detained seven people …')


def _with_unlabelled(text: str, chat: list[Turn]) -> tuple[Turn, ...]:
    """The turns of a stamped log with its stamped lines that name no speaker ('13:20 – Police
    detained seven people …' after '10:30 – A reader in Nukus writes: …'): each is a turn of
    its own, told by no one, so that a label's speaker ends where the next stamp starts.

    >>> log = "10:30 – A reader writes: 40 dead?\\n13:20 – Police held 7.\\n14:00 – MES: 6 dead."
    >>> [(t.start, t.who) for t in _with_unlabelled(log, [Turn(0, 25, "A reader"), Turn(57, 70, "MES")])]
    [(25, 'A reader'), (42, None), (70, 'MES')]
    """
    labelled = {t.label for t in chat}
    extra = [
        Turn(m.end(), m.end(), None, m["day"])
        for m in STAMPED_LINE.finditer(text)
        if m.start() not in labelled and text.find(":", m.end(), m.end() + 2) < 0
    ]
    if not extra:
        return tuple(chat)
    return tuple(sorted([*chat, *extra], key=lambda t: t.start))


FORWARDED_FROM = re.compile(r"[ \t]*\[?[Ff]orwarded\s+from\s+(?P<who>[^\]\n]{2,60}?)[\W_]*(?:\]|(?=\n))[ \t]*\n?")
# a channel's message that forwards another's: '[Forwarded from Marine nationale 🇸🇳]'


def _forwarded(text: str, turn: Turn) -> Turn:
    """A chat message forwarded from another channel is that channel's words: its speaker is
    the channel it names, its own words start after the mark.

    >>> t = "[03.11.26 06:45] Desk: [Forwarded from Navy 🇸🇳]\\nTOLL: 17 dead."
    >>> _forwarded(t, Turn(0, 23, "Desk", "03.11.26"))[1:3]
    (48, 'Navy')
    """
    m = FORWARDED_FROM.match(text, turn.start)
    if m is None:
        return turn
    return Turn(turn.label, m.end(), m["who"].strip(), turn.day)


ANSWER_LABELS = frozenset({"a", "answer"})
INTERVIEW_WITH = re.compile(
    r"\b[Ii]nterview(?:ed)?\s+with\s+(?P<who>[^.\n]{2,90}?)(?=[,.]?\s+(?:recorded|conducted|held|on|in)\b|[.:\n]|$)"
)  # 'Interview with the head of the Kestrian Red Cross, Olena Marchuk, recorded on …'
APPOSED_NAME = re.compile(r",\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*,?\s*$")


def _interviewee(top: str, roles: frozenset[str] = frozenset()) -> str | None:
    """Who an interview's answers are: the person the text above its first question says it
    is with ('Interview with the head of the Red Cross, Olena Marchuk, recorded …' -> 'Olena
    Marchuk'), else the person its introduction names (_introduced), else None (an 'A:' names
    no one).

    >>> _interviewee("Interview with the head of the Kestrian Red Cross, Olena Marchuk, recorded on 10 November.\\n")
    'Olena Marchuk'
    >>> _interviewee("Transcript of the briefing.\\n") is None
    True
    """
    m = INTERVIEW_WITH.search(top)
    if m is None:
        intro = top[: q.start()] if (q := QUESTION_LINE.search(top)) else top
        for para in reversed(PARAGRAPH_BREAK.split(intro)):  # the introduction right above the
            if named := _introduced(para, roles):  # questions first, then the page's lines above
                return named  # it (a key-facts box's 'mayor X: …', a headline's '… on the floods')
        return None
    who = m["who"].strip()
    named = APPOSED_NAME.search(who)
    return named["name"] if named else who


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
QUESTION_LINE = re.compile(r"^[ \t]*(?:Q|QUESTION|Question)[.:][ \t]", re.MULTILINE)  # where the questions start
PERSON_CUE_BEFORE = re.compile(r"(?:\b(?:with|to|asked|interviewed|reached|met)|,)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}$")
PERSON_CUE_AFTER = re.compile(r",|\s+(?:[a-z]+s|was|is|has|had|gave|spoke|talked|told|answered|agreed|sat)\b")


def _name_word(word: str) -> bool:
    """A word of a person's name as prose writes it: its first letter a capital, the rest small
    ('Petrović', "O'Neill"; not a heading's 'QUESTIONS')."""
    rest = word[1:].replace("'", "").replace("’", "").replace("-", "")
    return word[:1].isupper() and rest.isalpha() and rest.islower()


def _introduced(intro: str, roles: frozenset[str]) -> str | None:
    """The person an interview's introduction names: a run of two to four capitalised words
    after its rank or role ('Inspector Lerato Dlamini', 'police spokeswoman Aigerim
    Nurlanovna'), in apposition ('Rafael Duarte, spokesman of …'), after 'with', 'to', 'asked'
    ('We spoke to …'), or the subject of a sentence ('Hamid Rezaei heads the police …').

    >>> _introduced("Colonel Ibrahim Sow, who commands the gendarmerie in Kayes, spoke to us.", frozenset({"colonel"}))
    'Ibrahim Sow'
    >>> _introduced("THREE QUESTIONS TO\\nDaily Briefing\\n", frozenset()) is None
    True
    """
    for run in NAME_RUN.finditer(intro):
        words = run.group().split()
        k = 0
        while k < len(words) - 2 and words[k].lower() in roles:
            k += 1  # 'Deputy Commissioner Anan Chaiyaporn'
        if len(words) - k > 4 and (last := max((j for j, w in enumerate(words[:-2]) if w.lower() in roles), default=-1)) >= k:
            k = last + 1  # a body's name before the rank: '(Fire and) Emergency Services Deputy Commissioner Maree X'
        name = words[k:]
        if not 2 <= len(name) <= 4 or not all(_name_word(w) for w in name) or name[0] in ("The", "We", "Our"):
            continue
        before = intro[: run.start()].split()[-1:]
        ranked = k > 0 or (bool(before) and before[0].lower() in roles)  # ('police spokeswoman Aigerim …')
        if ranked or PERSON_CUE_BEFORE.search(intro, max(0, run.start() - 40), run.start()) or PERSON_CUE_AFTER.match(intro, run.end()):
            return " ".join(name)
    return None


INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.){2,3}")  # an interview's labels: 'S.H.', 'B.S.'
NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]*)+")  # capitalised words in a row


def _initialled(top: str, label: str) -> str | None:
    """Who an interview's initials stand for, read in the text above its first turn: a name
    whose words they begin ('Commander Bakary Sissoko: "We count …"' for 'B.S.'), or no one
    when that name is the outlet's (its masthead, the first line) or the byline's: the
    interviewer asks for the publication, as a 'Q:' does; the label as written when no name
    fits.

    >>> top = "SAHEL HEBDO\\nINTERVIEW\\n\\nCommander Bakary Sissoko: \\"We count the bodies\\"\\n"
    >>> [_initialled(top, "B.S."), _initialled(top, "S.H."), _initialled(top, "A.D.")]
    ['Bakary Sissoko', None, 'A.D.']
    """
    letters = label.replace(".", "")
    first = top.lstrip().split("\n", 1)[0]
    for run in NAME_RUN.finditer(top):
        words = run.group().split()
        for k in range(len(words) - len(letters) + 1):
            name = words[k : k + len(letters)]
            if all(w[0] == c for w, c in zip(name, letters, strict=True)):
                named = " ".join(name)
                own = named in first or top[max(0, run.start() - 3) : run.start()].lower() == "by "
                return None if own else named
    return label


NUMBERED_SPEAKER = re.compile(r"(?:Speaker|Participant|Caller|Unknown|Unidentified|Voice)(?: Speaker)?(?: \d{1,2})?")
# an automatic transcript's 'Speaker 2' names no one (a reporter asking, as 'Q')


def _named_turns(text: str, not_labels: frozenset[str]) -> tuple[Turn, ...]:
    """The turns of a transcript whose labels are names as written ('Lin Wei: …'): a speaker
    takes two turns or more and another asks a question ('AFP: … Can you confirm?'). A
    round-up's place labels ('Gaza: 40 killed') ask nothing."""
    found = [
        Turn(m.start("who"), m.end(), None if NUMBERED_SPEAKER.fullmatch(m["who"]) else m["who"])
        for m in NAMED_TURN.finditer(text)
        if m["who"].lower().rstrip(".") not in not_labels
    ]
    if len(found) < MIN_TURNS:
        return ()
    counts: dict[str | None, int] = {}
    for t in found:
        counts[t.who] = counts.get(t.who, 0) + 1
    ends = [*(t.label for t in found[1:]), len(text)]
    asks = {t.who for t, end in zip(found, ends, strict=True) if "?" in text[t.start : _paragraph_end(text, t.start, end)]}
    speakers = {who for who, n in counts.items() if n >= MIN_TURNS and who not in asks}
    if not speakers or not asks - speakers:
        return ()
    return tuple(t if t.who in speakers else Turn(t.label, t.start, None) for t in found)


def _paragraph_end(text: str, start: int, end: int) -> int:
    """Where the paragraph a turn opens ends, before ``end``: a question is asked in its own
    paragraph ('Brno: police say none' over a forum's later posts asks nothing)."""
    gap = text.find("\n\n", start, end)
    return end if gap < 0 else gap


def _label_speaker(label: str, no_names: frozenset[str] = frozenset()) -> str | None:
    """Who a stamped line's label names: the owner of a figure it names ("08:03  CONRED's
    updated figure: 23 dead" is CONRED's), no one for a time's ('Today's toll: 23'), the
    writer or body before its verb or its bulletin ('A reader in Nukus writes', 'Health
    ministry update'), no one for a label of figures or words that name no one ('First
    figure', 'Some background': lexicon speakers.not_speakers), else the label as written.

    >>> [_label_speaker(s) for s in ["CONRED's updated figure", "Today's toll", "City Hall"]]
    ['CONRED', None, 'City Hall']
    >>> [_label_speaker(s) for s in ["A reader in Nukus writes", "Health ministry update", "First figure"]]
    ['A reader in Nukus', 'Health ministry', None]
    """
    owned = OWNED_FIGURE.fullmatch(label)
    if owned is None:
        if FIGURE_LABEL.fullmatch(label):
            return None
        label = LABEL_TAIL.sub("", label) or label
        if no_names and all(w in no_names for w in label.lower().split()):
            return None  # 'Some background', 'Update'
        return label
    return None if owned["owner"].split()[-1].lower() in TIME_OWNERS else owned["owner"]


LABEL_TAIL = re.compile(
    r"(?<=\w)\s+(?:writes|wrote|says|said|asks|asked|adds|added|tweets|tweeted|posts|posted|tells\s+us|told\s+us"
    r"|update|bulletin|statement|sitrep|briefing|press\s+release)$",
    re.IGNORECASE,
)  # 'A reader in Nukus writes', 'Health ministry update': the writer, the body
FIGURE_LABEL = re.compile(
    r"(?:(?:first|latest|new|official|final|updated|revised|provisional|initial|the)\s+)+"
    r"(?:figures?|toll|count|tally|numbers?|total)",
    re.IGNORECASE,
)  # 'First figure', 'Latest toll': which figure, not whose


OWNED_FIGURE = re.compile(
    r"(?P<owner>[^\n]{2,40}?)['’]s\s+(?:[a-z]+\s+){0,2}(?:figures?|count|toll|tally|estimates?|total|numbers?)"
)  # "CONRED's updated figure", "the ministry's latest count"
TIME_OWNERS = load_lexicon().weekdays | frozenset(
    "today yesterday tonight day night week month year weekend morning evening".split()
)  # with the lexicon's weekdays


def numeric_days(said: tuple[Turn, ...]) -> dict[str, date]:
    """The days of a chat's numeric stamps, by stamp: '2026-12-05' and '05.12.26' (day first,
    as dots are written); with slashes the order the export's stamps show (a first part over
    12 is a day: day first; a second part over 12: month first), none when they show none.

    >>> said = (Turn(0, 0, "A", "05/12/2026"), Turn(0, 0, "A", "13/12/2026"), Turn(0, 0, "A", "5.1.26"))
    >>> sorted((k, v.isoformat()) for k, v in numeric_days(said).items())
    [('05/12/2026', '2026-12-05'), ('13/12/2026', '2026-12-13'), ('5.1.26', '2026-01-05')]
    >>> numeric_days((Turn(0, 0, "A", "05/12/2026"), Turn(0, 0, "A", "06/12/2026")))
    {}
    """
    found = [(t.day, m) for t in said if t.day and (m := NUMERIC_DAY.fullmatch(t.day))]
    slashed = [m for _, m in found if "/" in m[0] and len(m["a"]) < 4]
    day_first = any(int(m["a"]) > 12 for m in slashed)
    month_first = any(int(m["b"]) > 12 for m in slashed)
    out: dict[str, date] = {}
    for stamp, m in found:
        a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
        if len(m["a"]) == 4:
            y, mo, d = a, b, c
        elif "/" in stamp and day_first == month_first:
            continue  # (no stamp tells the order, or they contradict)
        else:
            y = c + 2000 if c < 100 else c
            d, mo = (b, a) if "/" in stamp and month_first else (a, b)
        try:
            out[stamp] = date(y, mo, d)
        except ValueError:
            continue
    return out

