"""Parser stage, speakers of a report: one pass after a report's claims are made that names
who said each figure where the sentence's speech verb does not — headline grammar, brackets,
labels and contrasts (cover), pronouns and descriptions resolved to the entity named earlier
(entities), the document's own voice (voice) — drops claimants that are no speaker, and gives
each claimant one display name and id."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import replace
from itertools import groupby, islice

from claimcheck import cover, voice
from claimcheck.entities import (
    BARE,
    DESCRIPTION,
    FIRST_PERSON,
    HANDLE,
    HONORIFIC,
    JUST_BEFORE,
    LAST_NAME,
    PRONOUNS,
    SENTENCE_END,
    TIME_TAIL,
    Entities,
    Entity,
    _not_first_names,
    claimant_id,
    compatible,
    kind_of,
    own_newsroom,
    page_staff,
    plausible,
    tidy,
)
from claimcheck.lexicon import Lexicon
from claimcheck.lines import offsets
from claimcheck.models import POSTED, Claim, Source, with_fields
from claimcheck.parse.attribution import (
    PLACE_TALLY_VERBS,
    attribute,
    claimant_type,
    leading_np,
    main_subject,
    speech_verb_end,
    told_by_speech_verb,
    topic,
)
from claimcheck.turns import Turn, turns
from claimcheck.where import place_named, place_words

COLON_THEN_QUOTE = re.compile(r": [\"“]")  # a quotation introduced by a colon
PRONOUN_SPEAKER = re.compile(
    r"(?:^|[,;:\"”]\s*|\bthat\s+|\band\s+|\bbut\s+)(?P<p>he|she|it|they)\s+"
    r"(?:(?:also|later|then|further|had|has|have|would|earlier|again|previously|now|since)\s+)*"
    r"(?:said|says|added|adds|told|estimated|estimates|put|puts|recorded|records|documented"
    r"|documents|counts|tallied|tallies"
    r"|reported|reports|counted|noted|claimed|claims|stated|confirmed|acknowledged|believes?"
    r"|insisted|insists)\b",
    re.IGNORECASE,
)
PRONOUN_AFTER = re.compile(
    r"[,\"”]\s*[\"”]?\s*(?P<p>he|she|they|it)\s+(?:also\s+)?(?:said|says|added|adds|told)\b",
    re.IGNORECASE,
)
COORDINATED = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+)?\s*(?:,\s*|and\s+|or\s+|plus\s+|as\s+well\s+as\s+)"
    r"(?:[\w'’-]+\s+){0,3}?",
    re.IGNORECASE,
)  # '112 dead and 380 (wounded)', '44, up from 38'
SAYS_AGAIN = re.compile(
    r"\b(?:and|but)\s+(?:also\s+)?(?:says|said|claims|claimed|adds|added|estimates|estimated"
    r"|reports|reported)\s+(?:that\s+)?(?:[a-z][\w'’-]*\s+){0,3}$"
)  # '… and says more than 150 others': the same subject goes on speaking
ACCORDING_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:what\s+(?:was\s+)?(?:announced|said|reported|stated|declared|indicated|published)\s+(?:by\s+)?)?$",
    re.IGNORECASE,
)  # ('according to what announced the Ministry of Interior': a translation's word order)
PASSIVE_BY_BEFORE = re.compile(
    r"\b(?:were|was|(?:have|has|had)\s+been)\s+(?:[a-z]+ly\s+)?(?:confirmed|reported|announced"
    r"|recorded|documented|counted|released|given)\s+by\s+$",
    re.IGNORECASE,
)  # the verb of a clause whose subject holds the figures: 'The arrests of 900 students, 212
#    workers and 31 reporters were confirmed by the ministry' (not 'the one given by his
#    spokesperson', a reduced relative of one figure)
SAID_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|reported|reports|told|added|announced"
    r"|confirmed|stated|estimated)\b"
)
PARALLEL_GAP = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,5}?(?:in|at|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"\s*(?:,?\s+and\s+|,\s+)"
)  # a figure with its place after one with another: 'Seventeen of the dead were in Kathmandu and two in Itahari'
THAT = re.compile(r"\bthat\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but|although|though)\b|\s[—–]\s", re.IGNORECASE)
QUOTES = re.compile(r"[\"“”]")
RELATIVE_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:that\s+|which\s+)?")  # the figure's noun, its speaker next
PARTICIPLE = re.compile(r",\s+(?!including\b|bringing\b|taking\b|raising\b|pushing\b)[a-z]+ing\b")
# ', killing at least 37': a clause of its own (but ', bringing the total to 89' adds up the same speaker's figures)


def refine(
    source: Source,
    claims: list[Claim],
    lex: Lexicon,
    *,
    text: str | None = None,
    explain: bool = False,
    labelled: Collection[Claim] = (),
) -> list[Claim]:
    """The claims of ``source`` with their claimants completed, resolved and checked.

    ``text`` is the text the claims' offsets refer to (the source's, with any markup
    masked); ``explain`` adds the id of the speaker rule that changed a claimant to its
    ``rules``. The ``labelled`` claims (list and infobox lines, whose label or bracket
    names the claimant or no one) keep their claimant; they are only named and checked."""
    if not claims:
        return claims
    said = turns(source.text, lex)  # (read on the file's text: the text read has them blanked)
    raw = source.text  # (a forum's '> ' quotation marks too)
    if text is not None and text is not source.text:
        source = replace(source, text=text)
    steps: list[list[str]] = [[] for _ in claims]  # the rules that changed each claimant
    fixed = {c.start for c in labelled}
    done = _refine(source, claims, lex, steps, [c.start in fixed for c in claims], said, raw)
    if not explain:
        return done
    return [
        with_fields(c, rules=tuple(dict.fromkeys([*c.rules, *ids]))) if ids else c
        for c, ids in zip(done, steps, strict=True)
    ]


def _refine(
    source: Source,
    claims: list[Claim],
    lex: Lexicon,
    steps: list[list[str]],
    fixed: list[bool],
    said: tuple[Turn, ...] = (),
    raw: str | None = None,
) -> list[Claim]:
    def step(rule: str, new: list[Claim]) -> list[Claim]:
        kept = []
        for k, (a, b) in enumerate(zip(out, new, strict=True)):
            if fixed[k] and rule != FINAL and not (rule in (VOICE, COVER, LIST_INTRODUCED) and a.claimant is None) and not (
                rule == RELAYED and a.claimant in (None, owner)
            ):  # (a table under its source's line, in a report's own voice: the source's)
                b = a  # a list line's label said who (or no one, as a place: the voice may speak)
            elif (a.claimant, a.via) != (b.claimant, b.via):
                steps[k].append(rule)
            kept.append(b)
        return kept

    out = claims
    known = {c.claimant.lower() for c in claims if c.claimant}
    groups = [list(g) for _, g in groupby(claims, key=lambda c: c.sentence_start)]
    places: dict[str, bool] = {}  # whether the report names a name as a place after 'in', by name

    def place(name: str) -> bool:
        if name not in places:
            places[name] = place_named(source.text, place_words(lex), name)
        return places[name]

    held = {c.start for c, f in zip(claims, fixed, strict=True) if f}  # (a list line's: its label was read)
    covered = [
        _covered(g, lex, lambda n: n.lower() in known, lambda n: _speaks(n, source.text), place, held) for g in groups
    ]
    out = step(COVER, [c for g in covered for c in g])
    out = step("attribution/speakers-shared", [c for g in covered for c in _shared(g)])
    if "respectively" in source.text:
        regrouped = [list(g) for _, g in groupby(out, key=lambda c: c.sentence_start)]
        out = step(RESPECTIVELY, [c for g in regrouped for c in _respectively(g, lex)])
    covered_flat = out
    out = step("attribution/speakers-label-line", _label_lines(out, source.text))
    out = step("attribution/speakers-part-carried", _parts_carried(out, source.text, raw))
    if "nclude" in source.text:  # ('This includes …', 'These included …': the only sentences it reads)
        out = step("attribution/speakers-part-carried", _includes_carried(out, source.text, lex))
    if " by " in source.text:  # (a sentence that says who released the figures before it names its agent)
        out = step("attribution/speakers-released-after", _released_after(out, source.text))
    out = step(TOLL_EXPLAINED, _toll_explained_after(out, source.text))
    out = step(TOLL_REVISED, _revised_by_subject(out))
    out = step(TOTAL_BROUGHT_TO, _total_brought_to(out, source.text))
    if out != covered_flat:  # a figure a line's label gave a speaker shares it ('…: 29 dead. 31 injured, of whom 4 …')
        regrouped = [list(g) for _, g in groupby(out, key=lambda c: c.sentence_start)]
        out = step("attribution/speakers-shared", [c for g in regrouped for c in _shared(g)])
    out = step("attribution/speakers-unpaired-quote", [_recovered(c, source.text, lex) for c in out])
    if COLON_THEN_QUOTE.search(source.text):  # (': "' or ': “': one scan for the literal ': ', not two tests)
        out = step("attribution/speakers-colon-quote", [_colon_quoted(c, source.text, lex) for c in out])
    if any(c.claimant is None for c in out) and _quote_opens_statement(source.text):
        out = step(QUOTED_STATEMENT, [_quoted_statement(c, source.text, lex) for c in out])
    if "(@" in source.text:
        out = step(EMBEDDED_POST, [_embedded_post(c, source.text, lex) for c in out])
    if BULLET_ANYWHERE.search(source.text) and any(c.claimant is None for c in out):
        out = step(BULLET_SOURCE, [_bullet_sourced(c, source.text, lex) for c in out])
    cited = voice.cited_from(source.text, source.body_start)
    if cited < len(source.text):  # a cited work's title is its publisher's, and donates to no lead
        out = step(
            "attribution/speakers-citation",
            [_cited(c, source.text, lex) if c.start >= cited else c for c in out],
        )
    thread = voice.posts(source.text, source.body_start, lex) if "\n" in source.text else []
    starts = [at for at, _ in thread]
    out = step(
        "attribution/speakers-headline-restates-lead",
        _restated(out, cited, starts, source.text, lex.speaker_words["state_voices"]),
    )
    index = _entities(source, out, lex)
    out = step("attribution/speakers-resolved", [_issued(k, out, index, lex) for k in range(len(out))])
    out = step("attribution/speakers-resolved", [_role_named(k, out, lex) for k in range(len(out))])
    out = step("attribution/speakers-resolved", [_resolved(c, index, lex) for c in out])
    if any(SAME_SOURCE.match(c.claimant or "") for c in out):  # 'The same report put …' after a
        # pronoun's figure, now resolved ('… it wrote that the toll was 30. The same report put …')
        out = step("attribution/speakers-resolved", [_role_named(k, out, lex) for k in range(len(out))])
    # again for a description: a key point restates its lead's speaker as resolved ('the
    # department' named in full)
    if any(c.claimant and _description(c.claimant, lex) for c in out):  # (else nothing would change)
        again = _restated(out, cited, starts, source.text)
        out = step(
            "attribution/speakers-headline-restates-lead",
            [b if a.claimant and _description(a.claimant, lex) else a for a, b in zip(out, again, strict=True)],
        )
    if thread:
        own = voice.opens_thread(source.text, source.body_start)
        out = step("attribution/speakers-post", _posted(out, thread, source.text, own, lex))
    elif said:  # a chat's or a transcript's turns: a turn's own figures are its speaker's
        out = step(
            "attribution/speakers-turn",
            _posted(
                out, [(t.start, _relayed(t, source.text, lex)) for t in said], source.text, False, lex, ours=True,
                parsed=[c.claimant for c in claims],
                named_turns={t.start for t in said if (raw or source.text)[t.label : t.label + 1].isalpha()},
            ),
        )
    owner = voice.issuer(source, lex, spoken=bool(said))
    if owner:
        stop = voice.own_text_end(source.text, source.body_start)
        out = step(
            VOICE,
            [_voiced(c, owner, lex) if c.start < stop else c for c in out],
        )
        for at, sender in voice.forwarded(source.text, source.body_start, lex):
            if not _shares_word(sender, owner):  # (the release itself forwarded: its own voice)
                out = step(VOICE, [_reowned(c, owner, sender) if c.start > at else c for c in out])
    elif channel := voice.channel_name(source, lex):  # a news channel: its 'we' is the channel's
        out = step(VOICE, [_channel_we(c, channel) for c in out])
        owner = channel
    if passages := voice.relayed(source.text, source.body_start, lex, raw):
        out = step(RELAYED, [_relayed_voice(c, passages, owner) for c in out])
    if BULLET_ANYWHERE.search(source.text) or ITEM_ANYWHERE.search(source.text):
        # (after the lines a source line introduces: voice.relayed)
        out = step(LIST_INTRODUCED, _list_introduced(out, source.text, lex))
    if "\t" in source.text or "    " in source.text or "\n—" in source.text or "\n–" in source.text:
        # (only a text with an indented block, or a line opened by a dash: a sign-off; the tab
        # first: one character is found fastest)
        out = step(PASTED, _pasted(out, source.text, lex))
    out = step(FINAL, [_identified(c, index, lex) for c in out])
    if "\n" in source.text and voice.opens_thread(source.text, source.body_start):
        # a forum thread's figures that name no one: its posters' own words, no counting body's
        # (claimcheck.conflicts compares them with nothing, as hearsay)
        out = [with_fields(c, claimant_type=POSTED) if c.claimant is None else c for c in out]
    return [_members_side(c, lex) for c in out]


MEMBERS_ARE_PEOPLE = frozenset({"union", "hospital"})  # workers, doctors: no party's side


def _members_side(c: Claim, lex: Lexicon) -> Claim:
    """subject/party-members, once the claimant is known: 'its members', 'our comrades' are
    people (a union's, an association's, a medical body's own members: '12 of our members were
    detained this morning'), but a party's side when a party says so ('47 of its members had
    been detained', said by an opposition coalition)."""
    if (c.subject_text or "").lower() not in lex.data["possessive_members"]["nouns"]:
        return c
    if c.subject == "people" and c.claimant_type == "party" and (c.claimant or "") in c.sentence:
        # (a party that tells it in the sentence: not 'According to the figures he cited, 1,240
        #  workers lost their lives in work accidents', a deputy citing a country's statistics)
        return with_fields(c, subject="protesters")
    if c.subject == "protesters" and c.claimant_type in MEMBERS_ARE_PEOPLE:
        return with_fields(c, subject="people")
    return c


SPEAKS = r"(?:\s+(?:has|have|had))?\s+(?:says?|said|denied|denies|claims?|claimed|counted|counts|reported|reports|estimated|estimates)\b"


def _speaks(name: str, text: str) -> bool:
    """Whether the report makes ``name`` (or the acronym it opens with: 'SAMUR' of
    'SAMUR-Protección Civil', or its short name: 'Delegación' of 'Delegación del Gobierno') the subject of a speech verb somewhere ('The Delegación has
    denied …', 'SAMUR says …'): a body of record, so a list line it labels is its figure."""
    names = {name, *ACRONYM_HEAD.findall(name), *SHORT_NAME.findall(name)}
    return any(_speaks_as(n, text) for n in names if len(n) > 2)


def _speaks_as(name: str, text: str) -> bool:
    """``name``, not inside a word, then a speech verb: what a search for
    ``(?<![\\w-])name`` and SPEAKS finds, looked up where the name is written (no pattern
    compiled and run over the whole text per name)."""
    k = text.find(name)
    while k >= 0:
        if not (k and (text[k - 1].isalnum() or text[k - 1] in "_-")) and SPEAKS_AFTER.match(text, k + len(name)):
            return True
        k = text.find(name, k + 1)
    return False


SPEAKS_AFTER = re.compile(SPEAKS)
ACRONYM_HEAD = re.compile(r"^([A-Z]{3,})[-\s]")  # 'SAMUR-Protección Civil' -> 'SAMUR'
SHORT_NAME = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]{4,})\s+(?:del?|of|for|de\s+la)\s+[A-ZÀ-Ý]")
# a body's short name, before 'of' or 'del': 'Delegación del Gobierno' -> 'Delegación'
VOICE = "attribution/speakers-voice"
PASTED = "attribution/speakers-pasted"
PASTED_LEAD = (
    r"^[ \t]*(?:\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s*[–—-]?\s*)?"
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|on|and|the|[A-Z][\w'’.-]*)){0,7}?)"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:just\s+)?(?:issued|released|published|put\s+out|sent\s+out|shared)\b"
    r"[^\n]{0,80}?\b(?:statement|communiqu[eé]|press\s+release|release|bulletin|update)\b[^\n]*:[ \t]*\n"
)  # 'The Ministry of Health has issued its third statement. We are pasting it in full:'
PASTED_INTRO = re.compile(
    PASTED_LEAD + r"(?:[ \t]*\n)?(?P<block>(?:(?:[ \t]{4,}|\t)[^\n]*(?:\n|$)|[ \t]*\n(?=[ \t]{4,}|\t))+)",
    re.MULTILINE,
)  # … over its indented text
PASTED_FLAT = re.compile(PASTED_LEAD, re.MULTILINE)  # … over its lines down to its sign-off
SIGN_OFF = re.compile(r"^[ \t]*[—–]\s*(?P<by>\S[^\n]{1,80})$", re.MULTILINE)  # '— Communications Unit, CNE'
FLAT_SPAN = 3000  # (the sign-off of a pasted statement closes it within a few paragraphs)


def _pasted_blocks(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Where each statement a report pastes starts and ends, and who issued it: an indented
    block under the line that says so, or the lines under it down to a sign-off that names
    the issuer again ('The CNE has just published its fifth update. We paste it as
    received:' … '— Unidad de Comunicación, CNE')."""
    blocks = [(m.start("block"), m.end("block"), m["who"]) for m in PASTED_INTRO.finditer(text)]
    if "\n—" in text or "\n–" in text:
        for m in PASTED_FLAT.finditer(text):
            end = SIGN_OFF.search(text, m.end(), m.end() + FLAT_SPAN)
            if end and _shares_word(end["by"], m["who"]) and not any(a <= m.end() < b for a, b, _ in blocks):
                blocks.append((m.end(), end.end(), m["who"]))
    return [(a, b, who) for a, b, who in blocks if plausible(who, lex)]


def _pasted(claims: list[Claim], text: str, lex: Lexicon) -> list[Claim]:
    """A statement a report pastes as an indented block under a line that says who issued it
    ('The Ministry of Health has issued its third statement. We are pasting it in full:'), or
    under that line down to a sign-off that names the issuer: the block's figures that name
    no speaker are the issuer's."""
    blocks = _pasted_blocks(text, lex)
    if not blocks:
        return claims
    return [
        next((_with(c, who, lex) for a, b, who in blocks if a <= c.start < b), c) if c.claimant is None else c
        for c in claims
    ]


FINAL = "attribution/speakers-not-a-speaker"
OVER_LABEL = frozenset(
    {"cover/possessive-estimate", "cover/possessive-colon", "cover/gave-figures-colon", "cover/gives-an-estimate-colon",
     "cover/bracket-after", "cover/label-with-its-occasion"}
)  # the rules that name a list line's speaker where its label named no one: a clause's owner before the
#   colon, a bracket after the figure ('Non-fatal injuries 34 (official)')
COVER = "attribution/speakers-cover"  # (a list line whose label named no one may still be told by a clause's owner:
#   'On injuries, the fire service's count still stands: 11 people taken to hospital')


def _covered(
    group: list[Claim], lex: Lexicon, known, spoken, place=lambda name: False, held: Collection[int] = ()
) -> list[Claim]:
    """A sentence's claims with the claimants the cover rules name (headlines, brackets,
    labels, contrasts); ``place`` tells the names the report uses as places (a place that
    counts its dead is no speaker: 'Rubavu now counts 31 dead, Nyabihu 24, the ministry said');
    ``held``: where the list lines' figures start, whose label the layout has read already
    ('Soldiers guarding the complex: about 400' names who was deployed, not who said so)."""
    sentence, lo = group[0].sentence, group[0].sentence_start
    rules = cover.HEADLINE_PROSE_RULES if cover.headline(sentence) else cover.PROSE_RULES
    group = [with_fields(c, claimant=None, claimant_type=None, via=None) if _place_tally(c, lex, place) else c for c in group]
    out = []
    for k, c in enumerate(group):
        b = group[k - 1] if k else None
        said = (
            (lambda b=b: told_by_speech_verb(sentence, 0, len(sentence), b.start - lo, b.end - lo, lex))
            if b and b.claimant is not None
            else None
        )
        hit = cover.find(rules, sentence, c.start - lo, c.end - lo, lex, known, spoken, said)
        if hit and c.start in held and (
            hit[0].id not in OVER_LABEL
            or hit[0].id == "cover/bracket-after" and any(w.strip(",").lower() in lex.subject_of for w in (hit[1] or "").split())
        ):
            hit = None  # (the layout read the label: 'Soldiers guarding the complex: about 400', 'Lowest estimate
            #            of deaths 112'; a bracket of the people counted: 'c. 2,400 (firefighters, army units)')
        if hit and hit[0].after_speech and any(
            p and _shares_word(p, hit[1]) or _place_part(p) for p in (c.place, c.scope, group[k - 1].scope)
        ):
            hit = None  # 'Kessa reported 36 deaths, Orvo 23 and Vell one': places' parts, not their speakers
        if hit and hit[0].id == "cover/quote-speaker" and c.claimant and _unnamed_source(c.claimant, lex):
            c = _with(c, hit[1], lex, via=c.claimant)  # '"According to credible reports … at least 143
            out.append(c)  # were killed," said the rights group': the speaker's, who names no source
            continue
        if (
            hit
            and hit[0].id == "cover/quote-speaker"
            and _speaks_here(c, sentence)
            and cover.quoted(sentence, sentence.find(c.claimant))  # type: ignore[arg-type]
        ):
            hit = None  # '"The ministry claims 12 were hurt, but …," said X': the ministry's 12
        if hit and (
            hit[0].override
            or not hit[0].id.startswith("headline/") and _no_speaker(c.claimant, lex)
            # (a post's line read as a headline, 'so the government says 4 and HBAN says 7', names no rival by it)
            or not (_speaks_here(c, sentence) or c.claimant and PRONOUN_SAYS_AFTER.match(sentence, c.end - lo))
        ):  # ('The hospital admitted 64 people in the first two days, she says': the doctor's, not the hospital's)
            c = _with(c, hit[1], lex)
        out.append(c)
    return out


def _no_speaker(name: str | None, lex: Lexicon) -> bool:
    """A claimant the last stage drops as no speaker ('counted by officers at two fixed points':
    'officers'), which holds its figure from no cover rule; a pronoun waits to be resolved."""
    return bool(name) and name.split()[0].lower() not in PRONOUNS and tidy(name, lex) is None  # type: ignore[union-attr]


PLACE_TALLY = re.compile(rf"\s+(?:(?:now|also|so\s+far|already|has|have|had)\s+)*{PLACE_TALLY_VERBS}")  # a place's tally: 'Rubavu now counts 31 dead', 'Kessa district recorded 12 deaths'


def _place_tally(c: Claim, lex: Lexicon, place) -> bool:
    """The claimant is a place that counts (records, reports) its own figure: no speaker
    ('Kessa district now counts 31 dead', or a name the report uses as a place after 'in');
    a place that says is one ('Kenya said 12 died')."""
    if c.claimant is None or not c.claimant[:1].isupper() or c.claimant.split()[0].lower() in PRONOUNS:
        return False  # ('I counted 31 body bags myself': the writer; 'They counted …': someone named before)
    at = c.sentence.find(c.claimant)
    if at < 0 or at > c.start - c.sentence_start or not PLACE_TALLY.match(c.sentence, at + len(c.claimant)):
        return False
    return not plausible(c.claimant, lex) or place(c.claimant)


def _place_part(scope: str | None) -> bool:
    """A figure told as the part of a place ('part: 23 in Orvo', measure/place-then-figure)."""
    return bool(scope) and scope.startswith("part:") and " in " in scope  # type: ignore[union-attr]


def _unnamed_source(name: str, lex: Lexicon) -> bool:
    """Reports that name nobody: 'credible reports', 'media reports', 'initial figures' (lower-case
    words ending in a source noun; not 'the ministry's figures', not 'UN data').

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> [_unnamed_source(n, lex) for n in ["credible reports", "media reports", "the ministry's figures",
    ...  "UN data", "police"]]
    [True, True, False, False, False]
    """
    words = name.split()
    return (
        words[-1] in lex.data["speakers"]["source_nouns"]
        and all(w.islower() and w.isalpha() for w in words)
        and not any(w in lex.grammar["possessives"] for w in words)
    )


def _same_whole(a: str | None, b: str | None) -> bool:
    """Two parts of one whole, told side by side: 'part: 12 workers of another figure' and
    'part: 4 firemen of another figure' ('From them 12 are workers of the company, 4 are firemen')."""
    if not a or not b or not a.startswith("part:") or not b.startswith("part:") or " of " not in a or " of " not in b:
        return False
    return a.rsplit(" of ", 1)[1] == b.rsplit(" of ", 1)[1]


PRONOUN_SAYS_AFTER = re.compile(
    r"[^,;.\"“”]{0,60},\s+(?:she|he|they)\s+(?:says|said|adds|added|explains|explained|recalls|recalled)\b"
)  # the figure's clause closed by its pronoun speaker: '64 people in the first two days, she says'
PART_AFTER_COMMA = re.compile(r"(?:,|:|\s[-–—]|\s+and|\s+plus)\s*(?:and\s+|plus\s+)?$")  # a part set off after its whole's
#   clause: '…, nine (of them)'; a list of its parts: 'nine dead - four in Yaounde, three in Bafoussam and two …'
SEMICOLON_PART_GAP = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s*;\s*")  # the whole's clause ends, its part's opens
PART_GAP = re.compile(
    r"(?:\s+[\w'’-]+){0,2}?\s*,?\s*(?:including|included|includes|among\s+them|among\s+whom"
    r"|of\s+whom|of\s+them)\s+",
    re.IGNORECASE,
)  # '31 injured included 12 guards': the part right after its whole


RESPECTIVELY = "attribution/speakers-respectively"
RESPECTIVELY_AFTER = re.compile(r"\W{0,3}\s*respectively\b", re.IGNORECASE)
SPEAKER_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _respectively(group: list[Claim], lex: Lexicon) -> list[Claim]:
    """Figures told of speakers 'respectively' go to them in order: 'the Public Security
    Ministry and the National Disaster Management Center have reported tolls of 38,195 and
    30,920, respectively' (38,195 the ministry's, 30,920 the center's); only when the one
    claimant they share names as many speakers as there are figures."""
    if len(group) < 2:
        return group
    last = group[-1]
    after = last.sentence[last.end - last.sentence_start :]
    if not RESPECTIVELY_AFTER.match(after) or len({c.claimant for c in group}) != 1 or group[0].claimant is None:
        return group
    names = [n.strip() for n in SPEAKER_LIST.split(group[0].claimant) if n.strip()]
    if len(names) != len(group) or not all(plausible(n, lex) for n in names):
        return group
    return [with_fields(c, claimant=n, claimant_type=claimant_type(n, lex), via=None) for c, n in zip(group, names, strict=True)]


RELATIVE_PART = re.compile(r"\s+of\s+(?:whom|which)\b(?![^,;.]*\b(?:said|says|claims?|claimed|told)\b)", re.IGNORECASE)
RELATIVE_PART_GAP = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s*,\s*")  # the whole's clause, then a comma


def _told_by(claim: Claim, other: Claim) -> Claim:
    """``claim`` told by ``other``'s speaker (its name, type and channel): the speaker a reader
    carries from one figure to the next."""
    return with_fields(claim, claimant=other.claimant, claimant_type=other.claimant_type, via=other.via)


def _shared(group: list[Claim]) -> list[Claim]:
    """A sentence's claims with one speaker shared among its figures."""
    out = list(group)
    sentence, lo = group[0].sentence, group[0].sentence_start
    # coordinated figures share their speaker: '112 dead and 380 wounded', 'it says 27 were
    # killed … and says more than 150 others were wounded'
    for k in range(1, len(out)):
        b, c = out[k - 1], out[k]
        if b.claimant is None:
            continue
        gap = sentence[b.end - lo : c.start - lo]
        if (
            c.claimant not in (None, b.claimant)
            and (c.scope or "").endswith(f" of {b.text}")
            and RELATIVE_PART.match(sentence, c.end - lo)
            and RELATIVE_PART_GAP.fullmatch(gap)
        ):  # '… saying 45 of its members had been held, 12 of whom were still in custody': the
            # relative part is told by whoever told its whole (a contrast named the whole's teller)
            out[k] = _told_by(c, b)
            continue
        if c.claimant is not None and _speaks_here(c, sentence):
            continue
        if gap[-1:] in ('"', "“") and sentence[c.end - lo : c.end - lo + 1] in ('"', "”"):
            gap = gap[:-1]  # a figure in scare quotes: '12 dead and "dozens" wounded'
        if (
            c.claimant is None
            and c.measure == b.measure
            and (c.scope or "").endswith(f" of {b.text}")
            and SEMICOLON_PART_GAP.fullmatch(gap)
            and PART_OF_THE.match(sentence, c.start - lo)  # (a part that says so: 'nine of the dead')
            and not QUOTES.search(gap)
        ):  # "The Health Directorate's toll rose to 26 on 17 August; nine of the dead were children":
            # the part, in a clause of its own, is told by whoever told the whole it names
            out[k] = _told_by(c, b)
            continue
        if QUOTES.search(gap) or CLAUSE_BREAK.search(gap) or THAT.search(gap):
            continue  # ('… and that 11 of them': another clause of the outer speaker)
        if COORDINATED.fullmatch(gap) or SAYS_AGAIN.search(gap) or PARALLEL_GAP.fullmatch(gap):
            out[k] = _told_by(c, b)
        elif c.claimant is None and (c.scope or "").startswith("part:") and (
            PART_GAP.fullmatch(gap)
            or ((c.scope or "").endswith(f" of {b.text}") or _same_whole(b.scope, c.scope)) and PART_AFTER_COMMA.search(gap)
        ):
            # a part is told by whoever told its whole: 'The ministry's final figure of 31
            # injured included 12 guards'; 'The Health Ministry's figure is 26 people who asked
            # for medical help, nine of them police officers' (the part names its whole)
            out[k] = _told_by(c, b)
    # one attribution after several figures covers them all: '5 dead and 20 wounded,
    # according to the Red Cross'; 'More than 200 were injured, including 35 police officers,
    # according to the ministry'
    for k in range(len(out) - 2, -1, -1):
        c = out[k]
        if c.claimant is not None and _speaks_here(c, sentence):
            continue
        for d in out[k + 1 :]:
            if d.claimant is None:
                continue
            at = sentence.find(d.claimant, d.end - lo)
            if at < 0 or CLAUSE_BREAK.search(sentence, c.end - lo, at):
                break
            if RELATIVE_GAP.fullmatch(sentence, d.end - lo, at):
                break  # 'more than the 22 the coastguard announced': a relative clause of the 22 alone
            if PARTICIPLE.search(sentence, c.end - lo, d.start - lo):
                break  # 'Thousands marched …, killing at least 37, according to the tribunal': its own clause
            if not (
                ACCORDING_BEFORE.search(sentence, 0, at)
                or SAID_AFTER.match(sentence, at + len(d.claimant))
                or PASSIVE_BY_BEFORE.search(sentence, 0, at)
            ):
                break  # 'the one given by his spokesperson' is the other figure's alone
            if _quoted(sentence, c.start - lo) != _quoted(sentence, d.start - lo):
                break
            out[k] = _told_by(c, d)
            break
    return out


def _label_lines(claims: list[Claim], text: str) -> list[Claim]:
    """A line opened by its speaker's label speaks to its end: the later sentences of 'Police
    Commissioner on EMTV news: no police officers killed, 3 hurt. 22 arrested so far.' are
    the commissioner's too, and so are the later figures of the label's own sentence ('CCSS
    update: of the 23 survivors, 17 were treated at X and six at Y'); a figure with a
    speaker of its own keeps it."""
    out = list(claims)
    for k in range(1, len(out)):
        c, d = out[k], out[k - 1]
        if c.claimant is not None or d.claimant is None or d.start >= c.start:
            continue
        if text.find("\n", d.start, c.start) >= 0:
            continue  # (another line)
        line = text.rfind("\n", 0, d.start) + 1
        label = text.rfind(": ", line, d.start)
        before = text.rfind(": ", line, label) if label > line else -1
        opens = before + 2 if before >= 0 else line  # ('EDIT 2 (9:15pm): Police Commissioner …: 3 hurt')
        if label >= 0 and text[label + 2 : label + 3] in QUOTE_OPENERS and _closed_between(text, label + 3, c.start):
            continue  # 'The general stated: “… 300 killed.” Officials confirmed 50 …': a quotation the colon
            #           opens speaks to its closing mark, not to the line's end
        if label >= 0 and d.claimant in text[opens:label]:
            out[k] = _told_by(c, d)
    return out


QUOTE_OPENERS = frozenset("“\"«„")


def _closed_between(text: str, lo: int, hi: int) -> bool:
    """Whether the quotation opened just before ``lo`` closes before ``hi``: a closing mark
    ('”', '»', or a straight '"' after a word) in between.

    >>> _closed_between('“We counted 300.” Officials say 50.', 1, 30)
    True
    >>> _closed_between('“We counted 300, and 50 more.”', 1, 20)
    False
    """
    for at in range(lo, min(hi, len(text))):
        ch = text[at]
        if ch in "”»" or ch == '"' and at > lo and not text[at - 1].isspace():
            return True
    return False


PART_OPENS = re.compile(
    r"[\"“]?(?:(?:only|just|about|some|at\s+least|more\s+than|nearly|almost)\s+)?[\w,.-]+\s+of\s+(?:them|those|these|whom)\b",
    re.IGNORECASE,
)  # a sentence that opens with a part of the figure before: '2 of them were slightly injured'
PART_OF_THE = re.compile(r"\S+\s+of\s+the\s", re.IGNORECASE)  # a part of a whole named by its noun: '11 of the dead'
WHOLE_OPENS = re.compile(
    r"[\"“]?(?:of|among(?:st)?)\s+(?:them|those|these|whom|the\s+[^,;:.\"“”()]{1,40}?),\s+$",
    re.IGNORECASE,
)  # a sentence that opens with the whole its figure is a part of: 'Of these, 4 died', 'Among the injured, 12 …'


def _part_of_before(c: Claim, d: Claim) -> bool:
    """Whether ``c`` tells a part of a whole told just before (``d``'s): its sentence opens
    with the part ('2 of them', 'Six of the dead') or with the whole ('Of these, 4 …', 'Among
    the injured, 12 …'), or its figure is told as a part of the dead, hurt, held … that ``d``
    counts ('Sanma accounts for 11 of the dead')."""
    head = c.sentence[: c.start - c.sentence_start]
    if WHOLE_OPENS.fullmatch(head):
        return True
    part = (c.scope or "").startswith("part:")
    if part and c.start - c.sentence_start <= 2 and PART_OPENS.match(c.sentence):
        return True
    of_the = PART_OF_THE.match(c.sentence, c.start - c.sentence_start)  # (the figure's own words)
    opens = c.start - c.sentence_start <= 2
    return (part or opens) and of_the is not None and c.measure == d.measure  # (the same kind of whole)


CITE_MARK = re.compile(r"\[\d{1,3}\]")  # an encyclopedia's reference mark: '…, 54 dead.[2]'


def _cites_other(c: Claim, d: Claim, text: str) -> bool:
    """Whether ``c``'s sentence cites a work ``d``'s does not ('… announced by the People's
    Committee, was 54 dead.[2] Of the dead, 23 were children.[7]'): the part is another
    work's, not the speaker's before it."""
    end = c.sentence_start + len(c.sentence)
    own = set(CITE_MARK.findall(text, c.start, min(len(text), end + 12)))
    return bool(own) and not own & set(CITE_MARK.findall(text, d.start, c.sentence_start))


def _parts_carried(claims: list[Claim], text: str, raw: str | None = None) -> list[Claim]:
    """A sentence that tells a part of the figure before it ('The firefighters say they
    sent 40 men. 2 of them were slightly injured.', 'Of these, four died at the scene and
    three in hospital') and names no speaker is told by the speaker of that figure, in the
    same paragraph; so are its later figures that name none. ``raw`` is the file's text, with
    an encyclopedia's reference marks."""
    out = list(claims)
    carried: dict[int, Claim] = {}  # sentence start -> the figure whose speaker it was given
    for k in range(1, len(out)):
        c = out[k]
        if c.claimant is not None:
            continue
        d = carried.get(c.sentence_start)
        if d is None and out[k - 1].sentence_start == c.sentence_start and out[k - 1].claimant is not None:
            first = next(e for e in out if e.sentence_start == c.sentence_start)
            if WHOLE_OPENS.fullmatch(first.sentence[: first.start - first.sentence_start]):
                d = out[k - 1]  # ('Of these, four died at the scene [its speaker's] and three in hospital')
        if d is not None:  # ('… and three after being taken to hospital')
            out[k] = _told_by(c, d)
            continue
        j = k - 1
        while j >= 0 and out[j].sentence_start == c.sentence_start:
            j -= 1  # (the figure before is the last of an earlier sentence)
        if j < 0:
            continue
        d = out[j]
        if d.claimant is None or d.sentence_start >= c.sentence_start or j != k - 1:
            continue  # (a figure of its own sentence before it, with no speaker: not a part told on)
        if not _part_of_before(c, d) or "\n" in text[d.end : c.start]:  # (a paragraph or list item of its own)
            continue
        if any(e.claimant != d.claimant for e in out[:k] if e.sentence_start == d.sentence_start):
            continue  # ('at least 55 injured, more than the 48 in the police figure. Eleven of them …': whose?)
        if raw is not None and len(raw) == len(text) and _cites_other(c, d, raw):  # (the marks masked in ``text``)
            continue
        out[k] = _told_by(c, d)
        carried[c.sentence_start] = d
    return out


INCLUDES_OPENS = re.compile(r"[\"“]?(?:This|These|That|Those|The\s+(?:figure|total|toll|number))\s+(?:also\s+)?includ(?:es|ed|e)\s+")
# a sentence that breaks down the figure of the sentence before: 'This includes 4,353 wounded people'
FIGURE_START = re.compile(r"\d")


def _includes_carried(claims: list[Claim], text: str, lex: Lexicon) -> list[Claim]:
    """A sentence that opens by breaking down the figure of the sentence before ('The
    official said that 4,578 people had been identified as victims. This includes 4,353
    wounded people, 3,393 of them officers.') names no speaker of its own: its figures are
    that sentence's speaker's, in the same paragraph, even when that figure (victims, cases)
    is none the parser counts."""
    out = list(claims)
    told: dict[int, str] = {}  # sentence start -> the speaker of the sentence before
    for k, c in enumerate(out):
        if c.claimant is not None:
            continue
        if c.sentence_start not in told:
            told[c.sentence_start] = ""
            if not INCLUDES_OPENS.match(c.sentence):
                continue
            base = max(0, c.sentence_start - 400)
            head = text[base : c.sentence_start].rstrip()
            if "\n" in text[base + len(head) : c.sentence_start]:
                continue  # (a paragraph, or a line, of its own)
            line = head.rfind("\n") + 1  # (the paragraph's own sentences)
            ends = [m.end() for m in SENTENCE_END.finditer(head, line)]
            opened = base + (ends[-1] if ends else line)  # (the end of the sentence before the one before)
            if not (figure := FIGURE_START.search(text, opened, c.sentence_start)):
                continue
            who = attribute(text, opened, c.sentence_start, figure.start(), lex).claimant
            told[c.sentence_start] = who or ""
        if told[c.sentence_start]:
            out[k] = with_fields(c, claimant=told[c.sentence_start], claimant_type=None)
    return out


RELEASED_BY = re.compile(
    r"[ \t]*(?:The|This|That|These|Those)[ \t]+(?:(?:new|latest|last|official|updated)[ \t]+)?"
    r"(?:update|figures?|toll|tally|data|numbers?|count|information|statistics|balance)[ \t]+"
    r"(?:was|were|(?:has|had|have)[ \t]+been)[ \t]+(?:released|published|announced|issued|given|provided|made[ \t]+public)\b"
    r"[^.;:\n]{0,60}?\bby[ \t]+(?P<who>(?:the[ \t]+)?[A-Z][^,.;:()\n]{2,80}?)[ \t]*(?:[,.;(]|$)",
    re.MULTILINE,
)  # 'The update was released this Saturday by the Attorney General's Office.': whose the figures before are


def _released_after(claims: list[Claim], text: str) -> list[Claim]:
    """A sentence with no figure that says who released the figures before it ('The number
    killed has reached 225. The last count recorded 164 deaths. The update was released on
    Saturday by the prosecutor's office.') names the speaker of the figures of its paragraph's
    two sentences before it that name none."""
    out = list(claims)
    starts = sorted({c.sentence_start for c in out})
    for k, c in enumerate(out):
        if c.claimant is not None:
            continue
        line_end = text.find("\n", c.start)
        line_end = len(text) if line_end < 0 else line_end
        for at in [m.end() for m in islice(SENTENCE_END.finditer(text, c.start, line_end), 3)]:  # (three sentences on)
            m = RELEASED_BY.match(text, at)
            if m and not any(at <= s < m.end() for s in starts):  # (a sentence with no figure of its own)
                out[k] = with_fields(c, claimant=m["who"], claimant_type=None)
                break
    return out


def _sentence_after(text: str, first: Claim, second: Claim) -> bool:
    """Whether ``second``'s sentence follows ``first``'s right after it, in its paragraph:
    nothing but white space between them, and no blank line."""
    between = text[first.sentence_start + len(first.sentence) : second.sentence_start]
    return "\n\n" not in between and not between.strip()


TOLL_EXPLAINED = "attribution/speakers-toll-explained-after"
TOLL_RISEN_TO = re.compile(
    r"\b(?:has|have|had)?\s*(?:risen|rose|climbed|reached|jumped|grown|grew|increased|mounted|gone\s+up|went\s+up"
    r"|ascended)\s+(?:to\s+)?(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)  # a toll told as where it has now come to: 'The death toll has risen to ', 'has reached '
HELD_PRONOUNS = frozenset({"he", "she", "it", "they", "its", "their", "we", "our", "i"})


def _toll_explained_after(claims: list[Claim], text: str) -> list[Claim]:
    """A toll told as risen to a figure, with no speaker ('The death toll has risen to 11.'),
    whose next sentence in its paragraph tells how, by a figure of the same measure that
    names its own source ('Two of the injured died overnight, according to the fire
    bureau's 9am update'), is that source's: the rise is what it reported. A next sentence
    with no figure, or another measure, or a paragraph of its own, tells nothing of whose."""
    out = list(claims)
    for k, c in enumerate(out):
        if c.claimant is not None or not TOLL_RISEN_TO.search(c.sentence, 0, c.start - c.sentence_start):
            continue
        end = c.sentence_start + len(c.sentence)
        d = next((e for e in out[k + 1 :] if e.start > c.start), None)
        if d is None or d.sentence_start < end or d.measure != c.measure or d.claimant is None:
            continue  # (the toll the last figure of its sentence: '… had climbed to 7, and on Monday police confirmed
            #          the toll had hit 9. No fewer than 4 of the victims …' tells no rise to 7)
        if not _sentence_after(text, c, d):
            continue  # (another paragraph, or a sentence between with no figure)
        if any(e.sentence_start == d.sentence_start and e.start < d.start for e in out):
            continue  # (the next sentence's first figure only)
        named = d.claimant
        if named.lower() in HELD_PRONOUNS or named not in d.sentence:
            continue  # (a pronoun, or a speaker carried from elsewhere: not named there)
        out[k] = _told_by(c, d)
    return out


TOTAL_BROUGHT_TO = "attribution/speakers-total-brought-to"
BROUGHT_TO = re.compile(
    r"[\"“]?(?:That|This|It|Which|These)\s+(?:(?:now|thus|therefore|further|also)\s+)?"
    r"(?:brings?|brought|raises?|raised|takes?|took|lifts?|lifted|puts?|pushe[sd]|push|carr(?:ies|ied|y)|increases?|increased)\s+"
    r"(?:(?:the|our|its|their)\s+(?:[\w'’-]+\s+){0,5}?)?(?:to|at)\s+(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over)\s+)?$"
)  # a sentence that opens by adding up the figures before it: 'That brings to 30 the number', 'This raises the toll to'


def _total_brought_to(claims: list[Claim], text: str) -> list[Claim]:
    """A total that a sentence opening on 'That', 'This' or 'It' brings a figure to ('Three more
    deaths were confirmed by the ministry. That brings to 30 the number of people killed.') is
    told by the speaker of the last figure before it, in the sentence just before and its
    paragraph; it names no speaker of its own."""
    out = list(claims)
    for k in range(1, len(out)):
        c = out[k]
        if c.claimant is not None or not BROUGHT_TO.fullmatch(c.sentence, 0, c.start - c.sentence_start):
            continue
        d = out[k - 1]
        if d.claimant is None or d.sentence_start >= c.sentence_start or "\n\n" in text[d.end : c.start]:
            continue
        if not _sentence_after(text, d, c):
            continue  # (a sentence between with no figure: not the rise it adds up)
        out[k] = _told_by(c, d)
    return out


TOLL_REVISED = "attribution/speakers-toll-revised-by-its-subject"
REVISED_AFTER = re.compile(
    r"(?:,|\band)\s+(?:(?:then|later|subsequently|finally|eventually)\s+)?"
    r"(?:(?:raised|revised|lowered|updated|increased|corrected|brought)\s+(?:(?:the|its|their)\s+(?:official\s+|death\s+)?"
    r"(?:figure|toll|count|number|tally|total|estimate)|it|them)\s+(?:up\s+|down\s+)?to|settled\s+on)\s+"
    r"(?:(?:at\s+least|about|some|nearly|more\s+than|over)\s+)?$"
    r"|,\s+an?\s+(?:toll|figure|count|number|total|estimate)\s+(?:it|they)\s+(?:later\s+|then\s+)?"
    r"(?:raised|revised|lowered|increased|corrected|updated)\s+(?:up\s+|down\s+)?to\s+$",
    re.IGNORECASE,
)  # '… announced 11 deaths on Monday, raised the figure to 13 …', '… and settled on 14', '…, a toll it raised to 14'


REVISING_PRONOUN = re.compile(r"(?:an?\s+\w+\s+)?(?:it|they)", re.IGNORECASE)  # 'a toll it', read as a speaker


def _revised_by_subject(claims: list[Claim]) -> list[Claim]:
    """A figure with no speaker that a verb of revising gives after a figure of its sentence
    with a speaker, its subject left out or a pronoun ('INPEC announced 11 deaths on 15
    November, raised the figure to 13 the following day and settled on 14', 'The Red Cross
    reported 40 injured, later lowered the figure to 32', '… nine deaths, a toll it raised to
    14 the following day') is that speaker's revision, of the same measure. A subject of its
    own between ('…, then lawyers raised the number to 35') is not the verb's left out."""
    out = list(claims)
    for k in range(1, len(out)):
        c, d = out[k], out[k - 1]
        if (c.claimant is not None and not REVISING_PRONOUN.fullmatch(c.claimant)) or d.claimant is None:
            continue  # (the pronoun of 'a toll it raised to 14', read as a speaker in its clause)
        if d.sentence_start != c.sentence_start or d.measure != c.measure:
            continue
        between = c.sentence[d.end - c.sentence_start : c.start - c.sentence_start]
        if len(between) > 120 or not REVISED_AFTER.search(between):
            continue
        out[k] = _told_by(c, d)
    return out


LEAD_REACH = 2500  # how far after a headline its lead may restate the figure


def _cited(c: Claim, text: str, lex: Lexicon) -> Claim:
    """A figure in the title of a cited work: the speaker the title names ('Families say 93
    died'), else the work's publisher, else nobody known; a figure of a note in prose, no
    cited work's entry, keeps the speaker its own sentence names."""
    entry = voice.cited_by(text, c.start)
    if entry is None:
        if c.claimant and c.claimant in c.sentence:
            return c  # a note in prose that says who ('(3) The Ministry denied on 11 August …')
        return with_fields(c, claimant=None, claimant_type=None, via=None)
    lo, hi, by = entry
    own = attribute(text, lo, hi, c.start, lex, end=c.end).claimant
    who = own or by
    if who == c.claimant:
        return c
    kind = claimant_type(who, lex)
    if who == by and kind == "other":
        kind = "media"  # the publisher of a cited article
    return with_fields(c, claimant=who, claimant_type=kind, via=None)


def _restated(
    claims: list[Claim], cited: int, posts: list[int] | None = None, text: str = "",
    state: frozenset[str] = frozenset(),
) -> list[Claim]:
    """A headline, standfirst or list line restates a figure the text after it attributes
    ('Brazil flood death toll has climbed to 96' / '… has climbed to 96, the state governor's
    office said'): the line takes the claimant of the first later claim of the same measure
    and figure within reach, when it names none or names the same speaker in fewer words
    ('… unions say 1.1 million marched' / '…, Italy's three main union confederations said'),
    so the two are one position, not two and not a revision. Not across a thread's ``posts``
    (their starts): a post's title ('18 migrants found dead in lorry - police') is not
    restated by another writer's comment under it ('Police spokesman on TV just now: 18 dead').
    A headline's claimant that says only 'the state' (``state``: 'officials say 34 dead') takes
    the government body its lead names ('… according to the Ministry of Emergency Situations')."""
    out = list(claims)
    titled: dict[int, bool] = {}  # (each sentence tested once, whatever its figures)
    for k, c in enumerate(claims):
        if (title := titled.get(c.sentence_start)) is None:
            title = titled[c.sentence_start] = bool(
                cover.headline(c.sentence) or CLAIM_BOX.match(c.sentence) or _title_line(text, c)
            )
        if not title:
            continue
        ends = min(cited, posts[bisect.bisect_right(posts, c.start)]) if posts and posts[-1] > c.start else cited
        for d in claims[k + 1 :]:
            if d.sentence_start - c.sentence_start > LEAD_REACH or d.start >= ends:
                break
            if (
                d.claimant is not None
                and d.sentence_start != c.sentence_start
                and d.measure == c.measure
                and d.value == c.value  # (a headline drops 'at least': 'eight dead' / 'At least eight')
                and (c.value is not None or (d.low, d.high) == (c.low, c.high))
                and (
                    c.claimant is None
                    or _names_same(c.claimant, d.claimant)
                    or _credit(c) and d.claimant_type != "media"
                    or _the_state(c, state) and d.claimant_type == "government"
                )
            ):  # (the same figure: 'tens of thousands' is not the 30,000 one side counted)
                via = c.claimant if c.claimant and not _names_same(c.claimant, d.claimant) else d.via
                out[k] = with_fields(c, claimant=d.claimant, claimant_type=d.claimant_type, via=via)
                break
    return out


CLAIM_BOX = re.compile(r"(?:the\s+|viral\s+)?claims?\s*:\s*[\"“]", re.IGNORECASE)
# a fact-check's claim box ('CLAIM: "42 workers are dead …"'): the claim its text goes on to
# attribute ('A post published … by the page X claims that 42 workers were killed'), as a headline


def _title_line(text: str, c: Claim) -> bool:
    """The claim's sentence is one of several on a title line, a line with no final stop of its
    own ('TRAGEDY on Brăilei Street. The balance has reached 5 dead. Two persons, retained by
    the prosecutors'): a headline, though its sentences end with stops."""
    if not text:
        return False
    lo = text.rfind("\n", max(0, c.sentence_start - TITLE_LINE), c.sentence_start) + 1
    if lo == 0 and c.sentence_start > TITLE_LINE:
        return False  # (no line break within reach: a line too long for a title)
    hi = text.find("\n", c.start, lo + TITLE_LINE + 1)
    if hi < 0 and lo + TITLE_LINE < len(text):
        return False
    line = text[lo : hi if hi >= 0 else len(text)]
    return (
        len(line) < TITLE_LINE
        and len(line.strip()) > len(c.sentence.strip())  # (a sentence that is its whole line: the headline test reads it)
        and (lo < 2 or text[lo - 2 : lo] == "\n\n")
        and cover.headline(line)
    )


TITLE_LINE = 200  # a longer line without a final stop is a paragraph cut short, not a title


def _credit(c: Claim) -> bool:
    """A headline's claimant that is only the wire it came from, credited at its end ('Eight
    dead as building collapses - AFP'): the lead's speaker is the figure's, the wire its channel."""
    return c.claimant_type == "media" and c.sentence.rstrip().endswith(c.claimant)


def _the_state(c: Claim, state: frozenset[str]) -> bool:
    """A claimant that says only 'the state' (its words all in ``state``, the lexicon's
    speakers.state_voices: 'officials', 'the authorities')."""
    return c.claimant_type == "government" and all(
        w.lower() in state for w in (c.claimant or "x").split()
    )


def _names_same(short: str, long: str) -> bool:
    """'unions' names 'Italy's three main union confederations': a word in common (its stem).

    >>> _names_same("unions", "Italy's three main union confederations"), _names_same("police", "the army")
    (True, False)
    """
    stems = {w.lower().rstrip("s")[:5] for w in _WORD.findall(long) if len(w) > 3}
    return any(w.lower().rstrip("s")[:5] in stems for w in _WORD.findall(short) if len(w) > 3)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _recovered(c: Claim, text: str, lex: Lexicon) -> Claim:
    """A quotation mark without a partner (a stray '"' opening a paragraph, a closing mark
    missing) must not hide the sentence's own speaker: '"The minister, Ann Lee, said 20 people
    were arrested.' is Ann Lee's. The sentence is read again without the unpaired marks; the
    speaker it then names in the sentence itself is taken."""
    if c.claimant is not None or not QUOTES.search(c.sentence):
        return c
    stray = _unpaired(c.sentence)
    if not stray:
        return c
    end = c.sentence_start + len(c.sentence)
    line_end = text.find("\n", end, end + 600)
    ahead = text[end : line_end if line_end >= 0 else end + 600]
    if any(c.sentence[k] in "“" for k in stray) and "”" in ahead:
        return c  # a quotation of several sentences, closed later in its paragraph
    if any(c.sentence[k] == '"' for k in stray) and '"' in ahead:
        return c
    blank = "".join(" " if k in stray else ch for k, ch in enumerate(c.sentence))
    rel = c.start - c.sentence_start
    who = attribute(blank, 0, len(blank), rel, lex, None, c.end - c.sentence_start)
    if who.claimant and who.claimant in c.sentence and plausible(who.claimant, lex):
        return _told_by(c, who)
    return c


COLON_QUOTE = re.compile(r"(?:^[ \t]*(?:\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[—–|-])?\s+)?|(?<=[.!?:]\s)|(?<=[.!?]\s\s))(?:[^\w\s\"“”:]+\s+)?(?P<who>[A-Z](?:[^:.\n\"“”]|(?<=\d):(?=\d\d)){1,80}?)\s*:\s*[\"“]", re.MULTILINE)
PRONOUN_SPEAKS = re.compile(r",\s+(?:he|she|they|it|we)$")  # 'Asked about the toll, he (said: "…")'
LABEL_ON = re.compile(r"\s+(?:on|to|at|in|via|from)\s+[A-Z\d].*$")  # 'Minister Ann Lee on RTS this morning'
LABEL_VERB = re.compile(
    r"(?<=\w)\s+(?:replied|responded|wrote|writes|posted|posts|tweeted|tweets|commented|added|said|says)\b.*$"
)  # an embedded post's 'Activist Sara Adel replied: "…"', 'Ahmed Saleh tweeted at 14:05: "…"'
BRACKETED = re.compile(r"\s*\([^()\n]*\)")
DOCUMENT_LABEL = re.compile(
    r"(?P<who>[A-Z][^,]{0,60}?)(?:['’]s)?\s+(?:statement|communiqu[eé]|press\s+release|bulletin|update|post|tweet)"
    r"(?:\s*,\s*(?:my|our|own|in|as|verbatim|full|unofficial|machine)\b[^,]{0,30})?"
)  # a label naming whose document the quotation is, with an aside: 'Police statement, in full'

NAME_LIKE = re.compile(r"(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,4}[A-ZÀ-Ý][\w'’-]+")  # 'Lamine Coly', 'Minister Aïssatou Ndiaye'


CLOCK_OPENING = re.compile(r"\s*\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[—–|-])?\s+(?=[A-Z])")  # a live-blog entry's time
DANGLING_TAIL = re.compile(r"\s+(?:at|of|in|on|for|from|with)(?:\s+(?:the|a|an|its|their))?$")  # 'a senior officer at the'
TO_THE_READER = re.compile(r"[A-Z][a-z]+\s+(?:our|your)\b")  # a link's imperative: 'Read our full report: "…"'
APPOSITIVE_NAME = re.compile(r",\s*(?P<name>(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s*,")  # ', Rasa Petrauskienė,'


def _colon_clause_subject(text: str, lo: int, colon: int, lex: Lexicon) -> str | None:
    """The speaker of a clause a colon closes before a quotation, in any wording of how the
    words came ('X had this to say:', 'X answers a question on the injured:', 'X disputed
    that:'): the clause's subject, after a live-blog entry's time ('12:25 Mancinelli answers
    …:'), without a place phrase cut off in the middle ('a senior officer at the security
    headquarters, speaking on condition …, had this to say:' -> 'a senior officer'), and the
    name in apposition to a role ('The convoy's coordinator, Rasa Petrauskienė, disputed
    that:' -> 'Rasa Petrauskienė')."""
    if clock := CLOCK_OPENING.match(text, lo, colon):
        lo = clock.end()
    said = topic(text, lo, colon, lex)
    if said is None:
        return None
    said = DANGLING_TAIL.sub("", said)
    at = text.find(said, lo, colon)
    if at >= 0 and (name := APPOSITIVE_NAME.match(text, at + len(said), colon)):
        return name["name"]
    return said


QUOTED_STATEMENT = "attribution/speakers-quoted-statement"
QUOTE_OPENS_STATEMENT = re.compile(r"[\"“](?P<kind>[A-Z][A-Z ÉÈ]{3,30}?)[.:]\s+")  # '"PRESS STATEMENT. The … Police confirms …'


def _quote_opens_statement(text: str) -> bool:
    """Whether ``QUOTE_OPENS_STATEMENT.search(text)`` finds one: tried only at the quotation
    marks every match opens with, found by ``str.find`` (the pattern's own scan tested its class
    at each of the text's characters)."""
    return any(QUOTE_OPENS_STATEMENT.match(text, at) for mark in '"“' for at in offsets(text, mark))


def _quoted_statement(c: Claim, text: str, lex: Lexicon) -> Claim:
    """A statement quoted whole, opening with what it is ('"PRESS STATEMENT. The Zimbabwe
    Republic Police confirms that … Twenty-three (23) persons were arrested …"'): its figures no
    one else speaks for are the issuer's, the body its first sentence opens with."""
    if c.claimant is not None:
        return c
    para = text.rfind("\n\n", 0, c.start) + 1
    opened = max(text.rfind('"', para, c.start), text.rfind("“", para, c.start))
    if opened < 0 or (m := QUOTE_OPENS_STATEMENT.match(text, opened)) is None:
        return c  # (no quotation open before the figure, or one that is no statement)
    if m["kind"].strip().lower() not in lex.data["speakers"]["statement_kinds"]:
        return c
    if QUOTES.search(text, m.end(), c.start):
        return c  # (closed before the figure)
    issuer = leading_np(text, m.end(), min(len(text), m.end() + 160), lex)
    if not issuer or not plausible(issuer, lex) or claimant_type(issuer, lex) == "other" and not any(w.isupper() for w in issuer.split()):
        return c
    return _with(c, issuer, lex, c.via)


def _colon_quoted(c: Claim, text: str, lex: Lexicon) -> Claim:
    """A quotation opened after a speaker's label on its line is the label's words to its
    closing mark, over sentences: 'Lamine Coly: "at least 40 dead, including 11 children."',
    'Minister Ann Lee on RTS this morning: "The toll has risen to 26. Two injured passengers
    died overnight."' (the speaker, not the channel or the hour), 'Rakhmatov: "This is false.
    We have six confirmed deaths."' (a surname of a person named before), a live blog's
    '16:58 — Statement from the Ministry of Interior: "…"' (after the entry's time); an embedded
    post's 'Activist Sara Adel replied: "…"' (the writer, not the verb or its hour). A label
    that is no person or body ('UPDATE', 'Reminder') names no one."""
    if c.claimant is not None and _speaks_here(c, c.sentence):
        return c
    line = text.rfind("\n", 0, c.start) + 1
    opened = max(text.rfind(': "', line, c.start), text.rfind(": “", line, c.start))
    if opened < 0 or QUOTES.search(text, opened + 3, c.start):
        return c  # (no quotation after a label on the line, or closed before the figure)
    labels = list(COLON_QUOTE.finditer(text, line, opened + 3))
    m = labels[-1] if labels else None
    whos = []
    if m is not None and m.end() == opened + 3:
        whos.append(LABEL_ON.sub("", LABEL_VERB.sub("", BRACKETED.sub("", m["who"].strip()))))  # ('X (they call themselves Y) on Telegram')
    if c.claimant is None and opened > c.sentence_start and (said := _colon_clause_subject(text, c.sentence_start, opened, lex)):
        whos.append(said)  # the subject of the clause the colon closes: 'Asked about …, Red Cross spokesperson X was blunt: "…"'
    for who in whos:
        if TO_THE_READER.match(who) or PRONOUN_SPEAKS.search(who):
            continue  # a link, not a speaker; a clause whose own pronoun speaks ('Asked about X, he said: "…"')
        if (document := DOCUMENT_LABEL.fullmatch(who)) and plausible(document["who"], lex):
            return _with(c, document["who"], lex)  # 'KSP statement, my translation: "…"': whose statement
        if (
            plausible(who, lex)
            and (
                claimant_type(who, lex) != "other"
                or NAME_LIKE.fullmatch(who)
                or who.lower().rsplit(None, 1)[-1] in lex.claimant_nouns  # a role: 'a senior officer'
                or _surname_of_named(who, text, line)
                or HANDLE.search(who)  # a post's writer: 'Activist @sara_free replied: "…"'
            )
            and who.lower() not in lex.speaker_words["not_turn_labels"]
        ):
            return _with(c, who, lex)
    return c


BULLET_SOURCE = "attribution/speakers-bullet-source"
BULLET_LINE = re.compile(r"[ \t]*[-•*–·▪][ \t]+\S")
BULLET_ANYWHERE = re.compile(r"\n[ \t]*[-•*–·▪][ \t]+\S")  # (a text with a list item at all: most have none)
BULLET_SOURCED_END = re.compile(
    r"[.!?][\"”]?\s+[^.!?\n]*?(?:,\s*|\s)(?:according\s+to\s+(?P<acc>(?:the\s+)?[A-Z][^,.;:!?\n]{2,80}?)"
    r"|(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|the|[A-Z][\w'’.-]*)){0,7})\s+(?:said|says|told\s+[^,.;\n]{2,40}?))"
    r"(?:\s+(?:at|in|on)\s+[^,.;\n]{1,60})?\.[ \t]*$"
)  # a list item's last sentence closed by its source: '… Teenagers and adults are among the victims, according to the Sheriff's Office.'


def _bullet_sourced(c: Claim, text: str, lex: Lexicon) -> Claim:
    """A list item of several sentences whose last sentence closes with its source ('• At
    least 17 people were killed. At least 15 others were hospitalized … Teenagers and adults
    are among the victims, according to the Broward County Sheriff's Office.'): the item's
    unattributed figures are that source's, as an explainer's 'What we know' list writes."""
    if c.claimant is not None:
        return c
    start = text.rfind("\n", 0, c.start) + 1
    if not BULLET_LINE.match(text, start):
        return c
    end = text.find("\n", c.end)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    m = BULLET_SOURCED_END.search(line)
    if m is None:
        return c
    who = (m["acc"] or m["who"] or "").strip()
    if not plausible(who, lex):
        return c
    return _with(c, who, lex)


LIST_INTRODUCED = "attribution/speakers-list-introduced"
ITEM_LINE = re.compile(r"[ \t]*(?:[-•*–·▪]|\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|\d{1,2})\)|(?:[a-h]|\d{1,2})\.)[ \t]+\S")
# a list's item: a bullet, or a letter, numeral or number that counts it ('a) Death: …', '(b) …', 'ii) …', '3. …')
ITEM_ANYWHERE = re.compile(r"\n[ \t]*\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|\d{1,2})[.)][ \t]+\S")
RECORD_INTRO = re.compile(
    r"\s*(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|on|the|and|[A-Z][\w'’.&()-]*)){0,8}?)"
    r"(?:\s+\([A-Z][\w.&-]{1,12}\))?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+)?"
    r"(?:made|makes|observed|observes|documented|documents|recorded|records|noted|notes|found|finds|listed|lists"
    r"|reported|reports|registered|registers|compiled|compiles|verified|verifies|confirmed|confirms)"
    r"\b[^:.!?]{0,160}:\s*"
)  # a line introducing what its subject observed or recorded: 'The Commission made the following observations …:'
NAME_JOINERS = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "le", "del"})  # lower-case words of a name
INTRO_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")  # an introducing line's sentences


def _list_introduced(claims: list[Claim], text: str, lex: Lexicon) -> list[Claim]:
    """A list's items are told by the speaker of the line that introduces them with a colon
    ('The governor told a news conference:', 'The ministry has just issued its statement. Key
    points:'), over the items before them, no blank line between: an item's figures that name no
    one, only the quoted words' own 'we' or no plausible speaker, are that speaker's; an item that names its own
    speaker keeps it. The speaker is the subject of the introducing line's last sentence
    with a speech verb."""
    out = list(claims)
    speakers: dict[int, str | None] = {}  # by the introducing line's start
    for k, c in enumerate(claims):
        if c.claimant is not None and not voice.is_first_person(c.claimant) and plausible(c.claimant, lex):
            continue  # (not a label the colon before a quotation gave: 'Key points: "…"')
        lo = text.rfind("\n", 0, c.start) + 1
        if not ITEM_LINE.match(text, lo):
            continue
        while lo > 0 and ITEM_LINE.match(text, (above := text.rfind("\n", 0, lo - 1) + 1), lo - 1):
            lo = above  # (up over the list's items before it)
        if lo == 0:
            continue
        above = text.rfind("\n", 0, lo - 1) + 1
        if above not in speakers:
            speakers[above] = _introducer(text, above, lo - 1, lex)
        if (who := speakers[above]) is not None:
            out[k] = _with(c, who, lex)
    return out


def _introducer(text: str, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The speaker of a line that ends with a colon: the subject of its last sentence with a
    speech verb, when it is a plausible speaker."""
    if not text[lo:hi].rstrip().endswith(":"):
        return None
    for m in reversed(list(INTRO_SENTENCE.finditer(text, lo, hi))):
        if speech_verb_end(text, m.start(), m.end(), lex) is not None:
            who = attribute(text, m.start(), m.end(), m.end(), lex).claimant
            if not who or not plausible(who, lex) or voice.is_first_person(who):
                return None
            named = all(w[:1].isupper() or w.lower() in NAME_JOINERS for w in who.split()[1:])
            return who if named or claimant_type(who, lex) != "other" else None  # (a body, a role or a
            #  name, not a forum's 'Summary for people just joining, as far as I can tell:')
    if (m := RECORD_INTRO.fullmatch(text, lo, hi)) is not None:  # 'The Commission made the following observations …:'
        who = m["who"]
        named = all(w[:1].isupper() or w.lower() in NAME_JOINERS for w in who.split()[1:])
        if plausible(who, lex) and not voice.is_first_person(who) and (named or claimant_type(who, lex) != "other"):
            return who
    return None


EMBEDDED_POST = "attribution/speakers-embedded-post"
POST_SIGNATURE = re.compile(
    r"[ \t]*[—–-]{1,2}[ \t]*(?P<who>[^()\n@]{2,60}?)[ \t]*\(@[\w.]{1,30}\)[ \t]+"
    r"(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2},[ ]\d{4}|\d{1,2}[ ][A-Z][a-z]{2,8}[ ]\d{4})[ \t]*(?:\n|$)"
)  # an embedded post's signature line: '— CCTV America (@CCTV_America) July 22, 2013'


def _embedded_post(c: Claim, text: str, lex: Lexicon) -> Claim:
    """A post embedded in a page is its writer's: the figures of the lines right above its
    signature ('#CHINAQUAKE update: The death toll has risen to 86, while 515 others injured
    …' over '— CCTV America (@CCTV_America) July 22, 2013'), up to a blank line; a figure its
    own words give a speaker keeps it."""
    if c.claimant is not None and _speaks_here(c, c.sentence):
        return c
    end = text.find("\n", c.end)
    for _ in range(3):  # (the post's own next lines, no blank line between)
        if end < 0:
            return c
        m = POST_SIGNATURE.match(text, end + 1)
        if m is not None:
            who = m["who"].strip()
            return _with(c, who, lex) if plausible(who, lex) else c
        nxt = text.find("\n", end + 1)
        if nxt < 0 or not text[end + 1 : nxt].strip():
            return c
        end = nxt
    return c


def _surname_of_named(who: str, text: str, before: int) -> bool:
    """A label of one word that is the surname of a person named in full before it ('Its
    spokesman, Jasur Rakhmatov, …' / 'Rakhmatov: "We have six confirmed deaths."')."""
    return (
        SURNAME.fullmatch(who) is not None
        and re.compile(rf"\b[A-ZÀ-Ý][\w'’.-]+\s+{re.escape(who)}\b").search(text, 0, before) is not None
    )


SURNAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}")


def _unpaired(sentence: str) -> set[int]:
    """Offsets of the quotation marks of ``sentence`` that no mark pairs with inside it."""
    opened: list[int] = []
    straight: list[int] = []
    lone: set[int] = set()
    for m in QUOTES.finditer(sentence):
        k, mark = m.start(), m.group()
        if mark == "“":
            opened.append(k)
        elif mark == "”":
            if opened:
                opened.pop()
            else:
                lone.add(k)
        elif straight:
            straight.pop()
        else:
            straight.append(k)
    return lone | set(opened) | set(straight)


def _speaks_here(c: Claim, sentence: str) -> bool:
    """The claimant is named in the claim's own sentence (not carried from one before)."""
    return bool(c.claimant) and c.claimant in sentence


def _we_nearer(c: Claim, rel: int) -> bool:
    """The document's own 'we' is the subject of the figure's clause, after the other speaker
    its sentence names before it: "The prosecutor says nine people remain in custody; we know
    of eleven who are still held" (eleven is ours, not the prosecutor's)."""
    head = c.sentence[:rel]
    ours = [m.start("who") for m in voice.FIRST_PERSON_SUBJECT.finditer(head)]
    return bool(ours) and c.claimant is not None and head.rfind(c.claimant) < ours[-1]


def _quoted(sentence: str, at: int) -> bool:
    marks = QUOTES.findall(sentence, 0, at)
    curly = marks.count("“") - marks.count("”")
    return curly > 0 or (not curly and marks.count('"') % 2 == 1)


def _with(c: Claim, name: str, lex: Lexicon, via: str | None = None) -> Claim:
    if name.endswith(("'s", "’s")) and plausible(name[:-2], lex):
        name = name[:-2]  # an entity the text names by its possessive ("The Interior Ministry's figures"): the body
    if name == c.claimant:
        return c  # (keeps the channel the sentence named: 'Binet told France Info')
    return with_fields(c, claimant=name, claimant_type=claimant_type(name, lex), via=via)


def _entities(source: Source, claims: list[Claim], lex: Lexicon) -> Entities:
    named = []
    for c in claims:
        name = tidy(c.claimant, lex)
        if name and name.lower() not in BARE and not DESCRIPTION.match(name):
            at = c.sentence.find(name)
            named.append((c.sentence_start + at if at >= 0 else c.start, name))
    hi = max(c.sentence_start + len(c.sentence) for c in claims)
    return Entities(source.text, source.body_start, hi, lex, named)


ROLE_OF_DESCRIBED = re.compile(
    r"^(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<role>[\w-]+)\s+(?:of|for|at)\s+(?P<d>the\s+[\w\s-]+)$"
    r"|^(?P<d2>the\s+[\w\s-]+?)['’]s\s+(?:[\w-]+\s+){0,2}?(?P<role2>[\w-]+)$",
    re.IGNORECASE,
)  # 'the national head of the rights group', "the group's director": a person of a body described


NAME_AFTER = re.compile(r",\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)+")


def _of_described(c: Claim, who: str, index: Entities, lex: Lexicon) -> Claim | None:
    """'Amnesty International accused …. At least 21 were killed, the national head of the
    rights group told AFP': the body the description stands for (its officer speaks for it)."""
    m = ROLE_OF_DESCRIBED.match(who)
    if m is None or (m["role"] or m["role2"]).lower() not in lex.speaker_words["person_roles"]:
        return None
    described = m["d"] or m["d2"]
    at = c.sentence.find(who)
    if not _description(described, lex) or (at >= 0 and NAME_AFTER.match(c.sentence, at + len(who))):
        return None  # ("said the federation's executive secretary, Andrea Choque": the person named)
    e = index.resolve(described, c.sentence_start + max(c.sentence.find(who), 0))
    return None if e is None or e.kind != "org" else _with(c, e.full, lex, c.via)


def _resolved(c: Claim, index: Entities, lex: Lexicon) -> Claim:
    """A pronoun or 'the group' as claimant, or a pronoun speaker whose claimant came from
    another sentence: the most recent compatible entity."""
    rel = c.start - c.sentence_start
    who = c.claimant
    if who and (officer := _of_described(c, who, index, lex)) is not None:
        return officer
    if who and (role := ROLE_DESCRIPTION.match(who)) and role["role"] in lex.speaker_words["person_roles"]:
        named = _person_with_role(role["role"], index, c.sentence_start, lex)
        return c if named is None else _with(c, named, lex, c.via)  # 'Police spokeswoman Hana Oyelaran briefed
        #   reporters. The spokeswoman said 44 …': the person named with that role in a sentence before
    if (owned := OWNED_DOCUMENT.match(who or "") or OWNED_DOCUMENT.match(TIME_TAIL.sub("", who or ""))) and (
        owned["noun"].lower() in lex.data["speakers"]["document_nouns"]
        or owned["noun"].lower() in lex.data["speakers"]["staff_nouns"]
        or owned["p"].lower() == "its"
        and owned["noun"].lower().endswith("s")
        and claimant_type(owned["noun"], lex) != "organisers"
    ):  # '"No more than 40 police officers were present …," its report says'; 'Its researchers
        # estimate …': its owner ('its' owns no person: whatever people it has, 'Its attorneys had
        # registered 74', are the body's; not an event's organisers: 'The protest drew 1,000, its organisers said')
        at = c.sentence.rfind(who, 0, rel)  # (the owned phrase before the figure, not an earlier 'its': 'From its side, …')
        if at >= 0 and (e := index.resolve(owned["p"].lower(), c.sentence_start + at)) is not None:
            return _with(c, e.full, lex, c.via)
        owner = _resolved(with_fields(c, claimant=owned["p"].lower()), index, lex)
        return c if owner.claimant is None or owner.claimant.lower() in BARE else owner
    if (led := LED_BY.match(who or "")) and led["noun"].lower() in lex.speaker_words["person_group_nouns"]:
        at = c.sentence.rfind(who or "", 0, rel)  # 'Mr Rojas said …, and that on Saturday his men had counted three dead'
        e = index.resolve(led["p"].lower(), c.sentence_start + max(at, 0)) if at >= 0 else None
        if e is not None and e.kind == "person":
            return _with(c, e.full, lex, c.via)
    described = DESCRIPTION.match(who or "")
    if described and described["head"].split()[-1].lower() not in lex.data["speakers"]["description_heads"]:
        described = None  # 'the police', 'the army' name a speaker by themselves
    if described and (named := _bracketed_name(c.sentence, who)):
        return _with(c, named, lex, c.via)  # 'Legis (the NGO) says 9 …': the name it describes
    if who and ((low := who.lower()) in BARE and low not in FIRST_PERSON or described):
        at = c.sentence.find(who)  # ('X and Y said …, the two organisations added')
        if at < 0:
            at = c.sentence.lower().find(who.lower())  # ('Their' a rule names for '… raised their estimate')
        if not described and at == 0 and (subject := _subject_before(index, c.sentence_start, who, lex)):
            return _with(c, subject, lex, c.via)  # 'Ms Lee accepts the 23. She says 26 …': that sentence's subject
        e = index.resolve(who, c.sentence_start + max(at, 0))
        if not described and (d := _described_subject(c, index, lex)) and (e is None or d[0] > e.pos):
            e = d[1]  # 'The tribunal put the toll at 37. … Its estimate …': the later subject
        return c if e is None else _with(c, e.full, lex, c.via)
    if who and who in c.sentence and plausible(who, lex):
        return c  # named in its own sentence: no pronoun of it to resolve (tested first)
    spoken = [m for m in PRONOUN_SPEAKER.finditer(c.sentence, 0, rel)]
    pron = spoken[-1]["p"] if spoken else None
    if pron is None:
        after = PRONOUN_AFTER.search(c.sentence, c.end - c.sentence_start)
        pron = after["p"] if after else None
    if pron is None:
        return c
    if (
        pron.lower() == "it"
        and spoken
        and not c.sentence[: spoken[-1].start("p")].strip()
        and (issuer := _issuer_before(index.text, c.sentence_start, "statement", lex, True, document_only=True))
    ):
        return _with(c, issuer, lex, c.via)  # 'Mandalay Region police have issued a statement. It says three …': the statement's
    e = index.resolve(pron, c.sentence_start)
    if e is None:
        return c
    if spoken and not c.sentence[: spoken[-1].start("p")].strip():
        subject = _subject_before(index, c.sentence_start, pron, lex)
        if subject is not None and not (who and who.split()[-1] == subject.split()[-1]):  # (not 'Mr Lee' again)
            return _with(c, subject, lex, c.via)  # 'Ms Lee accepts the 23 and goes further. She says 26 …':
            #   the subject of the sentence just before, not the speaker of a figure further back
    if (
        who is not None
        and plausible(who, lex)
        and index.text.rfind(who, e.pos, c.sentence_start) > e.pos
        and _may_be(pron, who, index, c.sentence_start)
    ):
        return c  # the speaker of the sentence before is named after that entity: 'It' is the speaker
    if who is None or not plausible(who, lex) or not compatible(pron, index.entity(who, c.sentence_start)):
        return _with(c, e.full, lex, c.via)  # 'He said' is not the organisation named before
        # (nor is 'the real toll' of '… and that it had counted 11 children' a speaker)
    return c


SUBJECT_OPENS = re.compile(
    r"(?:(?:An?|The)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,4},\s+)?"  # 'A local monitoring group, (the X)'
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’.-]*)){0,6}?)"
    r"(?:\s*\([^()\n]{1,60}\))?,?\s+(?!(?:of|for|and|the|de|del|des|du|da|das|do|dos|di|la|le|van|von)\s)(?![a-z]+['’]s\b)[a-z]"
)  # the subject a sentence opens with, a name (after the description it is in apposition to), then its verb


def _subject_before(index: Entities, pos: int, pronoun: str, lex: Lexicon) -> str | None:
    """The name the sentence right before the one at ``pos`` opens with, in the same paragraph,
    when ``pronoun`` may refer to it ('Ms Gedvilaitė accepts the 23. She says …'; 'A local
    monitoring group, the Manama Rights Observatory, gave a higher count. It said …'). None when
    that sentence opens with no name, with one of another kind ('he' after an organisation), with
    a person's full name (read as a speaker already, with the role the report gives), or with a
    word of a name that names no body ('Emergency service says')."""
    text = index.text
    head = text[max(index.lo, pos - JUST_BEFORE) : pos]
    ends = [m.end() for m in SENTENCE_END.finditer(head)]
    if not ends or ends[-1] < len(head.rstrip()):
        return None  # (no sentence ends right before this one)
    before = [at for at in ends if at < len(head.rstrip())]
    opened = before[-1] if before else 0
    sentence = head[opened:]
    if "\n\n" in sentence.rstrip() or not (m := SUBJECT_OPENS.match(sentence.lstrip())):
        return None
    name = m["np"]
    low = name.lower()
    if low.split()[0] in PRONOUNS or not plausible(name, lex) or (name.split()[0] in ("The", "the") and not name.split()[-1][:1].isupper()):
        return None
    kind = "person" if HONORIFIC.match(name) else kind_of(name, lex)
    if not compatible(pronoun, Entity(0, name, name, kind)) or kind == "person" and not HONORIFIC.match(name):
        return None  # a person only as 'Ms Lee' (whose full name and role the report gave before: a name
        #              and role of its own, 'Brigadier Karim', are read as the speaker already)
    if kind != "person" and claimant_type(name, lex) in (None, "other") and not (
        len(name.split()) > 2 or ACRONYM_NAME.fullmatch(name)
    ):
        return None  # ('Emergency service says …': a word of a name, no body)
    return name  # ('Ms Lee': the last stage reads her role where the report introduced her)


ACRONYM_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][A-Z0-9&-]{1,9}")  # 'The ROP', 'MSF'


BRACKETED_AFTER_NAME = re.compile(r"(?P<name>[A-Z][\w'’.&-]*(?:[ ][A-Z][\w'’.&-]*){0,4})[ ]\($")


def _bracketed_name(sentence: str, who: str) -> str | None:
    """The name a description in brackets follows in the sentence, 'Legis (the NGO) says':
    'Legis'; None when it follows none.

    >>> _bracketed_name("Legis (the NGO) says 9 of the dead were Afghans.", "the NGO")
    'Legis'
    >>> _bracketed_name("The NGO says 9 of the dead were Afghans.", "The NGO") is None
    True
    """
    at = sentence.find(f"({who})")
    if at <= 0:
        return None
    m = BRACKETED_AFTER_NAME.search(sentence, max(0, at - 80), at + 1)
    return m["name"] if m else None


def _description(name: str, lex: Lexicon) -> bool:
    """'the department', 'the ministry': a description that needs an antecedent."""
    d = DESCRIPTION.match(name)
    return d is not None and d["head"].split()[-1].lower() in lex.data["speakers"]["description_heads"]


LED_BY = re.compile(r"^(?P<p>his|her)\s+(?:own\s+)?(?P<noun>[a-z]+)$", re.IGNORECASE)  # 'his men', 'Her team': the person's
OWNED_DOCUMENT = re.compile(
    r"^(?P<p>its|their|his|her)\s+(?:(?:own|final|latest|first|new|annual)\s+)?(?:(?-i:[a-z][a-z-]+)\s+)?(?P<noun>[a-zé]+)$",
    re.IGNORECASE,
)  # 'its report', 'its own count', 'its forensic experts' (a word of their kind before the noun), 'His zone-by-zone figures'
ISSUED = re.compile(
    r"^(?:the|its|their|this|an?)\s+(?:(?-i:[a-z][a-z]+|\d+-[a-z]+|[a-z]+-[a-z]+)\s+){0,2}?(?P<head>[a-zé]+(?:\s+(?:release|report|note))?)$",
    re.IGNORECASE,
)  # 'the statement', 'its latest report', a document told with words before its noun: 'The 80-page
#    report', 'the leaked document', 'The long-awaited final report'

ISSUED_REACH = 1500  # how far back the body that issued 'the statement' may be named


def _issued_head(issued: re.Match[str], lex: Lexicon) -> str:
    """The document noun of an ISSUED match: its two words when they are a kind ('press
    release'), else the last ('brief note' -> 'note')."""
    head = issued["head"].lower()
    words = lex.data["speakers"]
    if " " in head and head not in words["issued_documents"] and head not in words["published_documents"]:
        return head.split()[-1]
    return head


def _a_document(name: str, lex: Lexicon) -> bool:
    """'the statement', 'A statement', 'its latest report': a document, not the body it is of."""
    issued = ISSUED.match(name)
    return issued is not None and (
        (head := _issued_head(issued, lex)) in lex.data["speakers"]["issued_documents"]
        or head in lex.data["speakers"]["published_documents"]
    )


def _issued(k: int, claims: list[Claim], index: Entities, lex: Lexicon) -> Claim:
    """A document as claimant, 'Twelve were taken to hospital, the statement added': the
    speaker of the last figure before it whose sentence names that document ('X said in a
    statement …'), else the organisation 'it' would stand for there."""
    c = claims[k]
    issued = ISSUED.match(c.claimant or "")
    if not issued or SAME_SOURCE.match(c.claimant or ""):
        return c  # ('the same bulletin' is whoever gave the figure before: _role_named)
    head = _issued_head(issued, lex)
    if any(claimant_type(w, lex) != "other" or w.lower() in lex.speaker_words["org_words"] for w in (c.claimant or "").split()[1:-1]):
        return c  # the document names its body before its noun: 'The police statement speaks of 62 arrests'

    at = c.sentence_start + max(c.sentence.find(c.claimant or ""), 0)
    published = head in lex.data["speakers"]["published_documents"]
    if head not in lex.data["speakers"]["issued_documents"] and (
        not published or (c.claimant or "")[:4].lower() not in ("the ", "this")
    ):
        return c  # ('its report': its 'it' may be a body the text only describes)
    same = (c.claimant or "")[:9].lower() in ("the same ", "that same")  # 'The same bulletin said': the last one told
    for d in reversed(claims[:k]):
        if c.sentence_start - d.sentence_start > ISSUED_REACH:
            break
        if (
            d.claimant
            and not _a_document(d.claimant, lex)  # (but 'the department said in a statement')
            and (head in d.sentence.lower() or same and d.sentence_start < c.sentence_start)
            and plausible(d.claimant, lex)
        ):
            return _with(c, d.claimant, lex, c.via)
    if (issuer := _issuer_before(index.text, at, head, lex, (c.claimant or "")[:2].lower() in ("a ", "an"))) is not None:
        return _with(c, issuer, lex, c.via)  # 'The ministry released its figures. A statement read on TV says …'
    if (c.claimant or "")[:2].lower() in ("a ", "an"):
        return c  # ('an official release said': no body named before gave it)
    if published:  # 'the report' is a body's when the text tells it publishing one
        found = [m for m in PUBLISHED.finditer(index.text, max(0, at - ISSUED_REACH), at) if m["doc"] in lex.data["speakers"]["published_documents"]]
        e = index.resolve("it", found[-1].start(), ISSUED_REACH) if found else None
        if e is None or e.kind != "org" or not plausible(name := _fullest(e, index, at), lex):
            return c  # ('the report said' alone may be a news report)
        return _with(c, name, lex, c.via)
    e = index.resolve("it", at, ISSUED_REACH)
    if e is None or e.kind != "org" or not plausible(name := _fullest(e, index, at), lex):
        return c
    return _with(c, name, lex, c.via)


ISSUING = re.compile(
    r"\b(?P<verb>issued|issues|released|releases|published|publishes|put\s+out|puts\s+out|sent\s+out|posted|circulated|distributed)"
    r"\s+(?:(?:on|late|early)\s+\w+\s+)?(?:(?:its|their|a|an|the)\s+)?(?P<doc>[\w-]+(?:\s+[\w-]+){0,3})"
    r"|\b(?P<in>[Ii]n)\s+(?:a|an|its|their)\s+(?P<indoc>[\w-]+(?:\s+[\w-]+){0,2}?)\s*,"
)  # 'The regional police command issued a communique', 'In a statement, the ministry said …'
ISSUER_REACH = 400  # how far back a statement with no figure of its own before may be introduced
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“A-Z])|\n")


def _issuer_before(text: str, at: int, head: str, lex: Lexicon, indefinite: bool, document_only: bool = False) -> str | None:
    """The body a sentence before introduced as issuing a statement, its figures or a document
    (a statement named alone then is that body's: 'The regional police command issued a
    communique. The communique, posted on its website, said 73 …'); for 'A statement …' only
    the sentence just before; ``document_only``: a document issued, not figures nor 'in a
    statement' (what an 'It' that opens the next sentence may be). None when no sentence in
    reach does."""
    documents = lex.data["speakers"]["issued_documents"]
    lo = max(0, at - ISSUER_REACH)
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(text, lo, min(len(text), at + 1)) if m.end() <= at]
    if indefinite:
        lo = breaks[-2] if len(breaks) > 1 else lo  # the sentence just before only
    if "\n\n" in text[lo:at]:
        lo = text.rindex("\n\n", lo, at) + 2  # (not over a paragraph break)
    found = None
    counts = ("figures", "toll", "count", "tally", "data")
    for m in ISSUING.finditer(text, lo, at):
        words = (m["doc"] or m["indoc"] or "").lower().split()
        if document_only and (m["in"] or not any(w in documents for w in words)):
            continue
        if any(w == head or w in documents or m["doc"] and w in counts for w in words):
            found = m
    if found is None:
        return None
    sent_lo = max([b for b in breaks if b <= found.start()] + [lo])
    if found["in"]:  # 'In a statement, the ministry said': the subject after it
        sent_hi = next((b for b in breaks if b > found.start()), at)
        subject = leading_np(text, found.end(), sent_hi, lex)
    else:
        subject = main_subject(text, sent_lo, found.start(), lex)
    return subject if subject and plausible(subject, lex) and not _a_document(subject, lex) else None


PUBLISHED = re.compile(
    r"\b(?:published|publishes|released|releases|issued|issues|presented|presents|unveiled|made\s+public)"
    r"\s+(?:on\s+\w+\s+)?(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<doc>[a-z]+)\b"
)  # 'The Independent Monitoring Group (IMG) … published its findings on Friday': the 'findings' it names


SAME_SOURCE = re.compile(
    r"[Tt]he\s+same\s+(?:source|sources|official|officials|spokesman|spokeswoman|spokesperson|body|authority"
    r"|bulletin|statement|communiqu[eé]|release|report|agency)$"
)  # 'the same source', 'the same bulletin': whoever gave the figure before
ROLE_DESCRIPTION = re.compile(r"^[Tt]he\s+(?P<role>[a-z]+)$")  # 'The official added that …'
NAMED_PERSON = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")  # a claimant ending in a person's name


def _role_named(k: int, claims: list[Claim], lex: Lexicon) -> Claim:
    """A person by role alone, 'The official added that nine officers were injured', 'the
    minister said': the speaker of a figure before whose claimant named a person with that
    role ('the regional interior minister, Karl Brenner'; the minister, not the mayor named
    since); 'the official' is the person named last, with a role; 'the same source' is whoever
    gave the figure before. None in reach: unchanged."""
    c = claims[k]
    if SAME_SOURCE.match(c.claimant or ""):  # 'Sunday, the same source spoke of 14 dead': the last source named
        for d in reversed(claims[:k]):
            if c.sentence_start - d.sentence_start > ISSUED_REACH:
                break
            if d.claimant and not SAME_SOURCE.match(d.claimant) and plausible(d.claimant, lex):
                return _with(c, d.claimant, lex, c.via)
        return c
    m = ROLE_DESCRIPTION.match(c.claimant or "")
    roles = lex.speaker_words["person_roles"]
    if not m or m["role"] not in roles:
        return c
    role = m["role"]
    for d in reversed(claims[:k]):
        if c.sentence_start - d.sentence_start > ISSUED_REACH:
            break
        who = d.claimant
        if not who or who == c.claimant or not NAMED_PERSON.search(who):
            continue
        words = {w.strip(",.").lower() for w in who.split()}
        if role in words or (role == "official" and words & roles):
            return _with(c, who, lex, c.via)
        if role == "official":
            return c  # the person named last has no role: no telling
    return c


ROLE_NAME = r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}"  # a person's name of two to four words


ROLE_REACH = 600  # how far back, in its paragraph, a person told again by role alone may be named


def _person_with_role(role: str, index: Entities, pos: int, lex: Lexicon) -> str | None:
    """The person named last before ``pos`` (in its paragraph, within ROLE_REACH) with ``role`` beside the name:
    before it ('Police spokeswoman Hana Oyelaran', 'Inspector Ravi Menon') or in its apposition
    or predicate after it ('Tomas Brel, the rescue coordinator,', 'Lina Morales is the prison's
    director'), in the name's own sentence."""
    index._build()
    k = bisect.bisect_left(index.starts, pos)
    word = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
    lo = max(0, pos - ROLE_REACH, (para + 2) if (para := index.text.rfind("\n\n", 0, pos)) >= 0 else 0)  # (in its paragraph: 'the director' of
    #   another paragraph's hospital is not the fire service's director named before it)
    not_first = _not_first_names(lex)
    written = [
        m
        for m in re.finditer(
            rf"\b{re.escape(role)}\s+(?P<a>{ROLE_NAME})|(?P<b>{ROLE_NAME}),?\s+(?:is\s+|was\s+)?(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(role)}\b",
            index.text[lo:pos],
        )
        if (m["a"] or m["b"]).split()[0] not in not_first
    ]  # (a name the index did not take for a person's: 'Police spokeswoman Hana Oyelaran briefed reporters')
    if written:
        m = written[-1]
        at = lo + m.start("a" if m["a"] else "b")
        if not any(e.kind == "person" and at < e.pos < pos for e in index.items[max(0, k - 60) : k]):
            return m["a"] or m["b"]
    for e in reversed(index.items[max(0, k - 60) : k]):
        if e.pos < lo:
            break
        if e.kind != "person":
            continue
        lo = max(0, e.pos - 40)
        hi = min(pos, e.pos + len(e.name) + 50)
        left = index.text[lo : e.pos]
        right = index.text[e.pos + len(e.name) : hi]
        left = left[max(left.rfind(". "), left.rfind("\n")) + 1 :]  # (the name's own sentence)
        right = right[: min((x for x in (right.find(". "), right.find("\n")) if x >= 0), default=len(right))]
        if word.search(left) or word.search(right):
            return e.full
    return None


def _fullest(e: Entity, index: Entities, pos: int) -> str:
    """The longest name the report gives the entity before ``pos`` ('the Ministry of Emergency
    Situations' for a mention read as 'Ministry of Emergency')."""
    names = [x.full for x in index.items if x.pos < pos and e.full in x.full]
    return max(names, key=len, default=e.full)


def _described_subject(c: Claim, index: Entities, lex: Lexicon) -> tuple[int, Entity] | None:
    """For 'its'/'it': where a description opens a recent sentence as its subject, and the
    organisation it stands for ('The tribunal put the figure at 37. … Its estimate of the crowd
    … was 9,000': the Qureshi tribunal)."""
    if c.claimant is None or c.claimant.lower() not in ("it", "its"):
        return None
    lo = max(0, c.sentence_start - 600)
    found = None
    for m in SUBJECT_DESCRIPTION.finditer(index.text, lo, c.sentence_start):
        found = m
    if found is None or found["head"].lower() not in lex.data["speakers"]["description_heads"]:
        return None
    e = index.resolve(found["d"], found.start("d"))  # ('the tribunal' itself when it names no one)
    return found.start("d"), e or Entity(found.start("d"), found["d"], found["d"], "org")


SUBJECT_DESCRIPTION = re.compile(r"(?:^|(?<=[.!?]\s))(?P<d>[Tt]he\s+(?P<head>[a-z]+))\s+(?=[a-z]+\b)", re.MULTILINE)


def _may_be(pronoun: str, name: str, index: Entities, pos: int) -> bool:
    """``pronoun`` may stand for the speaker ``name``: it fits the entity the report makes of
    it, or that entity's kind is unknown and 'it' or 'they' does not point at a person ('the
    GNFS said …. It said 31 …'), or 'he' or 'she' at a name that is no group, or at a last
    name the report gives a person ('Quispe says …. …, she says, …'; not 'Organisers')."""
    entity = index.entity(name, pos)
    if compatible(pronoun, entity):
        return True
    p = pronoun.lower()
    if p in ("it", "its", "they"):
        return entity.kind != "person"
    if p not in ("he", "she"):
        return False
    if LAST_NAME.fullmatch(name) and index.person(name) is not None:
        return True
    return entity.kind == "other" and not name.lower().rstrip(".").endswith("s") and name[:1].isupper()


def _posted(
    claims: list[Claim],
    thread: list[tuple[int, str | None]],
    text: str,
    own_voice: bool,
    lex: Lexicon,
    ours: bool = False,
    parsed: list[str | None] | None = None,
    named_turns: Collection[int] = (),
) -> list[Claim]:
    """In readers' comments under an article, a comment's unattributed figures are its
    writer's ('I heard more than 150 were arrested'); in a forum thread (``own_voice``: the
    document opens with a post) a post's own figures are its writer's voice, as a reporter's
    are: no claimant ('Sendong in 2011 killed 1,200+', 'I counted 40'). Either way a speaker
    the post never names is no speaker of it (a reader's 'He said more than 30 died' is not
    the minister of the article above): the writer relays it. With ``ours`` (a transcript's or
    a chat's turns), a first-person claimant is the turn's speaker ('DR. LINDQVIST: Our
    hospitals received 41 civilians'); so is a thread's post by a body's own account
    (voice.official_post: 'u/HousingNow_official ✔ Organiser' / 'We were 20,000'). A speaker
    the turn names as ``parsed`` (the claimants as the sentences gave them, before a description
    was resolved to a name) stays the claim's in a transcript's turn (``named_turns``, the starts of
    those whose label is a name, not a stamp): an anchor's 'the committee speaks of 40,000'."""
    starts = [at for at, _ in thread]
    out = []
    for n, c in enumerate(claims):
        k = bisect.bisect_right(starts, c.start) - 1
        rel = c.start - c.sentence_start
        mine = c.claimant is None or c.claimant.lower() in ("i", "we", "me")  # 'I counted 40'
        mine = mine or ours and voice.is_first_person(c.claimant)  # a speaker's 'Our hospitals received 41'
        mine = mine or tidy(c.claimant, lex) is None  # ('Preliminary information shows that 23 …': no one named)
        official = k >= 0 and own_voice and thread[k][1] is not None and voice.official_post(text, thread[k][0])
        if official and voice.is_first_person(c.claimant) and not _quoted(c.sentence, rel):
            mine = True  # a body's own account's 'Our street medics recorded 21 hurt': the body's
        if k >= 0 and mine and not official and (own_voice or not ours and voice.is_first_person(c.claimant)):
            # (a reader's own 'Me I counted 7 bodies' is the writer's voice, as a reporter's is)
            if c.claimant is not None:
                c = with_fields(c, claimant=None, claimant_type=None, via=None)
            out.append(c)
            continue
        if k >= 0 and not mine:  # (named anywhere in the post: a digest item's headline restates its lead's speaker)
            ends = starts[k + 1] if k + 1 < len(starts) else len(text)
            hi = max(ends, c.sentence_start + len(c.sentence))
            mine = not _named_in(c.claimant, text, thread[k][0], hi) and not (
                parsed
                and thread[k][0] in named_turns  # (a live blog's or a chat's stamped line: 'The agency had said 14' is its label's)
                and not voice.is_first_person(parsed[n])
                and (parsed[n] or "").lower() not in BARE  # (a pronoun the turn's own words use: 'They put …')
                and _named_in(parsed[n], text, thread[k][0], hi)
            )
        if ours and k >= 0 and thread[k][1] is not None and (
            (c.claimant or "").lower() == "you" or mine and YOU_SAY.search(c.sentence, 0, rel)
        ):  # a named interviewer's 'You said 5,000', 'On Monday you said 300 …?': the one who answers next
            asked = next((who for _, who in thread[k + 1 :] if who and who != thread[k][1]), None)
            if asked is not None:
                out.append(with_fields(c, claimant=asked, claimant_type=None, via=None))
                continue
        if ours and k >= 0 and thread[k][1] is None and mine and YOU_SAY.search(c.sentence, 0, rel):
            # a question's 'Madame Bouanga, you say six dead': the one who answers it, next
            asked = next((who for _, who in thread[k + 1 :] if who), None)
            if asked is not None:
                c = with_fields(c, claimant=asked, claimant_type=None, via=None)
        if k >= 0 and mine and thread[k][1] is not None and (
            not _quoted(c.sentence, rel) or ours and _quotes_whole_turn(text, starts[k], c.start)
        ):  # (a turn's words in quotation marks are its own: '22:10 — @KNCHR: "Our monitors …"')
            c = with_fields(c, claimant=thread[k][1], claimant_type=None, via=None)
        out.append(c)
    return out


YOU_SAY = re.compile(
    r"\byou\s+(?:(?:have\s+)?(?:say|said|put|count|counted|claim|claimed|gave|give|report|reported|recorded|mentioned)"
    r"|speak\s+of|spoke\s+of|talk\s+of|talked\s+of)\b[^.?!]*$",
    re.IGNORECASE,
)  # a questioner's 'you say six dead', 'You talked of 40 arrests': the figure of the one asked


def _quotes_whole_turn(text: str, turn: int, at: int) -> bool:
    """Whether the turn starting at ``turn`` opens with a quotation mark that is still open at
    ``at``: the turn quotes its speaker's own words, not someone else's."""
    lead = text[turn:at].lstrip()
    return lead[:1] in ('"', "“") and not QUOTES.search(lead, 1)


RELAYED_LABEL = re.compile(r"[ \t]*(?P<who>[A-Z][\w'’.-]*(?:[ ][\w'’.-]+){0,3}):[ \t]+(?=\S)")


def _relayed(turn: Turn, text: str, lex: Lexicon) -> str | None:
    """Who a chat message speaks for: a body its text opens with as a label ('[03.11.26 21:40]
    Casamance Direct: Gendarmerie: the captain and two officers are in custody. 3 crew in
    total.' is the gendarmerie's), else its sender."""
    m = RELAYED_LABEL.match(text, turn.start) if turn.who else None
    if m is None or claimant_type(m["who"], lex) in ("other", "media"):
        return turn.who
    return m["who"]


def _according_after(c: Claim, rel: int) -> bool:
    """'We are alarmed by the operation, in which at least 28 people were killed, according to
    the public defender's office': the figure is the named source's, not the first person's;
    so is one whose source is named right after it ('many more than the 48 in the police
    figure', 'not the 17 the police announced')."""
    tail = c.sentence[rel:]
    if not c.claimant or c.claimant not in tail:
        return False
    return "according to" in tail.lower() or c.claimant in tail[: c.end - c.start + NAMED_AFTER]


NAMED_AFTER = 40  # how far after a figure its source may be named and still be its own


def _named_in(name: str | None, text: str, lo: int, hi: int) -> bool:
    """Whether ``name`` (or its last word: 'Mr. Lee', 'the ministry' for 'Health Ministry')
    is written in text[lo:hi]."""
    if not name:
        return False
    last = name.split()[-1].strip(".,")
    span = text[lo:hi]
    return name in span or (len(last) > 2 and (last in span or last.lower() in span.lower()))


OUR_NAMED = re.compile(r"^(?:[Oo]ur|[Mm]y)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|[A-Z0-9][\w'’.-]*)){0,5})$")


def _voiced(c: Claim, owner: str, lex: Lexicon) -> Claim:
    rel = c.start - c.sentence_start
    affiliate = OUR_NAMED.match(c.claimant or "")
    if affiliate:  # 'our Section 22 reports that 78,000 …': the part of the body it names
        return with_fields(c, claimant=affiliate["name"], claimant_type=None)
    tidied = tidy(c.claimant, lex) if c.claimant else None
    described = DESCRIPTION.match(tidied or "")  # ('The Office received credible reports', tidied: 'The Office')
    if c.claimant and tidied is None and voice.first_person(c.sentence, rel):
        return with_fields(c, claimant=owner, claimant_type=None)  # ('bringing the total we have recorded … to 412')
    if described and described["head"].split()[-1].lower() in owner.lower():
        return with_fields(c, claimant=owner, claimant_type=None)  # 'The Commission has documented'
    if c.claimant and (SELF_DOCUMENT.fullmatch(c.claimant) or _a_place(c.claimant, lex) and _tallies(c.claimant, c.sentence)):
        return with_fields(c, claimant=owner, claimant_type=None)  # 'The present report … It records 90 deaths';
        #   'the city of Amol recorded the highest number of fatalities with nine deaths': a place counts no one
    if voice.is_first_person(c.claimant) or (
        voice.first_person(c.sentence, rel)
        and not (_speaks_here(c, c.sentence[:rel]) and not _we_nearer(c, rel))
        and not _according_after(c, rel)
        and not (c.claimant and c.claimant in c.sentence[rel:])  # ('We documented 71, far more than the 27
        # arrests announced by the police spokesman': the spokesman's 27)
        and not (c.claimant and not voice.is_first_person(c.claimant) and OWNED_RIGHT_BEFORE.search(c.sentence[:rel]))
    ):  # ('we recorded 130 detentions, against the ministry's 74': the ministry's)
        return with_fields(c, claimant=owner, claimant_type=None)
    if (c.claimant is None or tidied is None) and not _quoted(c.sentence, rel):
        return with_fields(c, claimant=owner, claimant_type=None)  # (or no speaker: 'Deaths reported from …: 6')
    return c


SELF_DOCUMENT = re.compile(
    r"(?:the|this)\s+(?:(?:present|following|current)\s+)?(?:report|study|briefing|document)", re.IGNORECASE
)  # the document naming itself, in a document that is a body's own: the body's voice
PLACE_AS_SPEAKER = re.compile(
    r"(?:[Tt]he\s+)?(?:city|town|village|district|province|region)\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"|(?P<x>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:Province|District|Region|County|Governorate)"
)  # a place as a sentence's subject ('the city of Amol recorded …', 'Rasht in Gilan Province had …')


def _tallies(name: str, sentence: str) -> bool:
    """Whether ``name`` is followed in ``sentence`` by a place's tally verb ('recorded', 'had',
    'saw', 'counted'): a place that counts its dead, not a body that speaks ('The city of
    Harlow said …', 'The governorate of Sfax spoke of 3,500').

    >>> _tallies("the city of Amol", "In Mazandaran, the city of Amol recorded nine deaths.")
    True
    >>> _tallies("The city of Harlow", "The city of Harlow said nine people died.")
    False
    """
    at = sentence.find(name)
    return at >= 0 and PLACE_TALLIED.match(sentence, at + len(name)) is not None


PLACE_TALLIED = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{PLACE_TALLY_VERBS}|had\b|saw\b|suffered\b)")


def _a_place(name: str, lex: Lexicon) -> bool:
    """A claimant that is a place, not a speaker: 'the city of Amol', 'Rasht in Gilan Province'
    (not 'Police in Gilan Province', a body of a place).

    >>> from claimcheck.lexicon import load_lexicon
    >>> lex = load_lexicon()
    >>> _a_place("the city of Amol", lex), _a_place("Rasht in Gilan Province", lex), _a_place("Police in Gilan Province", lex)
    (True, True, False)
    """
    m = PLACE_AS_SPEAKER.fullmatch(name)
    return m is not None and (m["x"] is None or claimant_type(m["x"], lex) in (None, "other"))


OWNED_RIGHT_BEFORE = re.compile(r"(?:'s|’s|s'|s’)\s*$")  # a figure named by its owner's possessive: "the ministry's 74"
RELAYED = "attribution/speakers-relayed"


def _relayed_voice(c: Claim, passages: list[tuple[int, int, str]], owner: str | None) -> Claim:
    """A figure in a passage that is another body's words (voice.relayed: a forwarded or
    reposted message, the lines of figures a source line introduces or closes) is that body's
    when no speaker of its own is named: no claimant, a first person, or the document's own
    voice, which the passage is not."""
    inside = [who for lo, hi, who in passages if lo <= c.start < hi]
    if not inside:
        return c
    mine = c.claimant is None or voice.is_first_person(c.claimant)
    mine = mine or (owner is not None and c.claimant == owner and owner.lower() not in c.sentence.lower())
    return with_fields(c, claimant=inside[-1], claimant_type=None, via=None) if mine else c


def _channel_we(c: Claim, channel: str) -> Claim:
    """A figure a channel's post gives as its own ('According to our information, at least 31
    people have died', 'We counted 40'): the channel's (a post in its reporter's voice, with no
    'we', stays no one's)."""
    head = c.sentence[: c.start - c.sentence_start]
    if voice.is_first_person(c.claimant) or (
        c.claimant is None and (voice.first_person(c.sentence, len(head)) or OUR_SOURCE.search(head))
    ):
        return with_fields(c, claimant=channel, claimant_type=None, via=None)
    return c


OUR_SOURCE = re.compile(r"\b(?:according\s+to|per|by)\s+(?:our|my)\s+[a-z]+", re.IGNORECASE)
# the writer's own records as the source: 'According to our information, at least 31 …'


def _reowned(c: Claim, owner: str, sender: str) -> Claim:
    """A figure of a message the document forwards (after its '-------- Forwarded Message
    --------' and 'From: Embassy of Nepal'): its sender's where the document's own voice had it."""
    return with_fields(c, claimant=sender, claimant_type=None) if c.claimant == owner and owner not in c.sentence else c


def _shares_word(a: str, b: str) -> bool:
    """'UCOMAD Secrétariat' and 'Union des commerçants … (UCOMAD)' name one body."""
    wa, wb = ({w for w in re.findall(r"\w{3,}", x.lower()) if w not in ("the", "and", "for")} for x in (a, b))
    return bool(wa & wb)


OUTLET_TAIL = re.compile(
    r"^(?P<np>.+?)\s+(?P<how>to|reviewed\s+by|seen\s+by|obtained\s+by)\s+(?P<via>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"(?:\s+(?:over|by|on)\s+(?:the\s+)?(?:phone|telephone))?$"
)  # '(confirmed) a local official to Xinhua over phone', 'a police document reviewed by Reuters'


BODY_NAMED_AFTER = re.compile(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){0,3}(?P<head>[a-z]+)\s+"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|the|and|de|du|des|la|le|el|del|sans|without)\s+)*[A-Z][\w&'’.-]*){0,6})"
)  # a body named after the common noun that says what it is: 'the rights group Amnesty International',
#    "the teachers' union SNES", 'the daily Le Monde' (lexicon speakers.appositive_heads)


MASTHEAD_PARTS = re.compile(r"\s+[·|•—–]\s+")  # a masthead line's parts: the outlet's name, its section, the date


def _page_staff(name: str, text: str, lex: Lexicon) -> bool:
    """A reporter of the outlet the page's first line names ('A Standard-Times reporter' under
    THE BULAWAYO STANDARD-TIMES): the report's own voice."""
    if not any(w in name.lower() for w in lex.speaker_words["newsroom_people"]):
        return False  # (a cheap test first)
    top = text.lstrip()[:200]
    first = MASTHEAD_PARTS.split(top.split("\n", 1)[0], 1)[0]  # ('SALOUM GAZETTE · Politics · Tuesday …')
    if "\n" not in top or len(first) > 60 or first.rstrip().endswith((".", "!", "?")):
        return False  # (no masthead line over the report)
    return page_staff(name, first, lex)


def _identified(c: Claim, index: Entities, lex: Lexicon) -> Claim:
    if (
        c.claimant
        and (tail := OUTLET_TAIL.match(c.claimant))
        and claimant_type(tail["via"], lex) == "media"
        and (tail["how"] != "to" or tail["np"].split()[-1].islower())  # (not 'The Committee to Protect Journalists')
    ):
        c = with_fields(c, claimant=tail["np"], via=c.via or tail["via"])  # the outlet relays the speaker
    name = tidy(c.claimant, lex) if c.claimant and not own_newsroom(c.claimant, lex) and not _page_staff(c.claimant, index.text, lex) else None
    if name is None:  # (no speaker; or the outlet's own reporter: its own voice, no claimant)
        if c.claimant is None:
            return c
        return with_fields(c, claimant=None, claimant_type=None, via=None)
    if name != c.claimant:
        c = with_fields(c, claimant=name)  # (the explain trace sees a claimant tidied)
        described = DESCRIPTION.match(name)  # 'She said the office had …' tidied to 'the office'
        if described and described["head"].split()[-1].lower() in lex.data["speakers"]["description_heads"]:
            e = index.resolve(name, c.sentence_start + max(c.sentence.find(name), 0))
            if e is not None:
                name = e.full
    described_as = None
    if (named := BODY_NAMED_AFTER.fullmatch(name)) and named["head"].lower() in lex.data["speakers"]["appositive_heads"]:
        described_as, name = name, named["name"]  # 'the rights group Amnesty International': its name
    display = index.canonical(name)
    kind = claimant_type(name, lex)
    if kind == "other" and described_as:
        kind = claimant_type(described_as, lex)  # ('the war monitor Airwars': a rights group's words tell its type)
    if kind == "other" and (display != name or HONORIFIC.match(name)):
        hon = HONORIFIC.match(name)  # 'Mr. Raja': the words the report introduced him with
        last = hon["last"] if hon else None
        if hon is None and LAST_NAME.fullmatch(name) and name not in index.acronyms:
            last = name  # 'Haddad': as the report introduced her ('Health Minister Rana Haddad')
        kind = claimant_type((last and index.role_form(last)) or display, lex)
    via = TIME_TAIL.sub("", c.via) if c.via else c.via  # ('told AFP on Wednesday': AFP)
    return with_fields(
        c,
        claimant=name,
        claimant_type=kind,
        claimant_name=display,
        claimant_id=claimant_id(display),
        via=via or None,
    )


__all__ = ["refine", "plausible"]
