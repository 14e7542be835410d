"""Parser, the sentence pass: runs the passes over the figures of one sentence in order
(not-a-count, head noun and subject, denials, measure, parts, subject, scope)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from claimcheck.lexicon import Lexicon, alternation, inflections
from claimcheck.models import ALL_SIDES, TALLIES, Quantity
from claimcheck.parse.denial import _denial, _denials
from claimcheck.parse.head import (
    OWN_MEMBERS,
    PRONOUN_AGENT_AFTER,
    PRONOUN_TELLS,
    TIME_AFTER,
    Mention,
    _analyse_head,
    _counts_events,
    _generic,
    _protest_context,
    _sides,
    _subject_left,
    _with_articles,
)
from claimcheck.parse.measure import (
    BEING_THERE,
    CLAUSE_PREDICATE,
    CROWD_PASSAGE,
    CUSTODY,
    DASH_ASIDE,
    HARM_MEASURES,
    HELD_STATE,
    INCLUDING_ASIDE,
    MIN_CROWD,
    NAMES_ASIDE,
    OPENING,
    PART_ASIDE,
    QUESTION_PASSAGE,
    ROUND_CROWD,
    SIZE_OF_A_BODY,
    STATE_PLACE,
    TALLY_NAMED,
    TO_A_HOSPITAL,
    _after_window,
    _crowd_estimate,
    _default_measure,
    _echoes,
    _figure_start,
    _measure_after,
    _measure_before,
    _protesting,
    answers_question,
    aside_end,
    clause_predicate,
    crowd_gathering,
    not_crowd_before,
    place_measure,
    size_of_a_body,
    tally_named,
    translated_measure,
)
from claimcheck.parse.not_a_count import (
    ASKED,
    IF_RIGHT,
    NEVER_SAID,
    ONE_PRONOUN,
    QUOTED_ASKED,
    RATED_CLAIM,
    RUMOUR,
    _asked,
    _denied_figure,
    _is_indefinite,
    _never_said,
    _not_a_count,
    _one_pronoun,
    _quoted_in_question,
    _rated_claim,
    _rumour_called_false,
    _supposed_figure,
)
from claimcheck.parse.numbers import AND_ONLY, folded
from claimcheck.parse.rules import fired, patterns, rule, static
from claimcheck.parse.scope import (
    PARTITIVE,
    _is_part,
    _part_rule,
    _partitive_whole,
    _scope,
    _time_scope,
    including_before,
)
from claimcheck.parse.sentences import Sentence
from claimcheck.wordings import (
    counts_a_measure,
    has_effect,
    load_wordings,
    named_measure,
    not_a_count,
    place_part,
    state_scope,
)

CLAUSE_AND = re.compile(r",\s+and\s+")  # ', and' between a clause's last figure and the next's first
LINK_GAP = re.compile(
    r"\s*,?\s*(?:and|or|plus|as\s+well\s+as|including|among\s+them|of\s+whom|of\s+them)\s+"
    r"(?:(?:all|the)\s+)?",
    re.IGNORECASE,
)  # the words between coordinated figures ('Thirty-four hostages and all four gunmen were killed')


TOTAL_OF_SIDES = "subject/total-of-sides"
EARLIER_OF_LEAD = "measure/earlier-figure-of-lead"
ELECTION = "measure/election-turnout"
INMATES_HELD = "not-a-count/inmates-held"
KIN_OF = "not-a-count/kin-of"
MEMBERSHIP_WHOLE = "not-a-count/membership-whole"
REMAINS_IN_BAGS = "not-a-count/remains-in-bags"
ORG_BODIES = "not-a-count/bodies-are-organisations"
PART_OF_UNMEASURED = "not-a-count/part-of-unmeasured"
AVERAGE_SIZE = "not-a-count/average-size"
LIVES_SAVED = "not-a-count/lives-saved"
PRISON_HOLDS = "not-a-count/prison-holds"
FORCES_AT_WORK = "measure/forces-at-work"
FORCES_HELD = "measure/forces-held"
PRESENT_AT_SCENE = "measure/present-at-scene"
PRESENT_OR_PASSING = "measure/present-or-passing"
PRESENT_IN_A_GATHERING = "measure/present-in-a-gathering"
LISTED_WITH_FORCES = "measure/listed-with-forces"
GATHERING_READ = 400  # how far before a sentence its passage may name the gathering people are at
MEDICAL_INTAKE = "measure/medical-intake"
MEDICAL_SETTING_READ = 250  # how far before a figure its passage may name a place or a person of care


@lru_cache(maxsize=8)
def _present_there(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns of ``lex``'s grammar, compiled once per lexicon: people at a place when it
    happened (``grammar.when_it_happened``: 'some 250 people were on the span when it fell'),
    those there, apart from a march's crowd (measure/present-or-passing, as
    measure/present-at-scene's 'inside'); and the words before a figure that make it no crowd
    counted at a place (``grammar.known_or_resident``): people already known ('the 214 people on
    the shift register', 'all 6,200 workers at the yard'), a place's people ('a town of some
    10,000 people on the river', 'home to 180,000 people'), a body's own ('Our register has
    1,140 members on the reserve', 'the remaining 146 riders on the system')."""
    when = lex.data["grammar"]["when_it_happened"]
    known = lex.data["grammar"]["known_or_resident"]
    dets, after, having, holding, places, about = (
        alternation(known[k]) for k in ("words", "after", "having", "holding", "places", "about")
    )
    return (
        re.compile(
            rf"[^.;!?]{{0,60}}?\b(?:when|as)\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:{alternation(when['words'])})\b"
            rf"|[^.;!?]{{0,60}}?\bat\s+the\s+(?:time|moment)\s+of\s+the\s+(?:{alternation(when['events'])})\b",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?:\b(?:{dets})\s+(?:(?:{after})\s+)?|\b(?:{having})\s+"
            rf"|\b(?:{holding}|(?:{places})\s+of)\s+(?:(?:{about})\s+)?)$",
            re.IGNORECASE,
        ),
    )


INSIDE_SCOPE = "incident: those inside"  # people there when it happened: no march's or vigil's crowd
THE_OTHER = "measure/the-other-part"
PART_KIND_AND = "scope/part-kind-after-and"
PART_KIND_NEXT = "scope/part-kind-next-sentence"
PART_KIND_NEXT_OPEN = re.compile(r"[\s\"“'‘(]*")  # what may stand before the part: an opening quote
AGE_AFTER = re.compile(r"\s+(?:were|are|was|is)\s+(?:aged\s+)?(?:under|below|younger\s+than)\s+(?:\d|[a-z]+teen\b)")
WHOLE_MEASURES = TALLIES  # tallies of people a part divides
OPEN_QUOTES = frozenset(("\"", "“"))  # (a cheap test before the rule not-a-count/quoted-in-question)
AMONG_BEFORE = re.compile(r"\bamong(?:st)?\s+$", re.IGNORECASE)  # 'Four journalists among 29'
TOPIC_BEFORE = re.compile(
    r"\b(?:as\s+regards|as\s+for|as\s+far\s+as|as\s+to|regarding|concerning|with\s+regard\s+to)\s+(?P<topic>[^.;,]{1,60}),\s*$",
    re.IGNORECASE,
)  # 'As far as the demonstrators are concerned, two persons …': the topic the figure's people are of
UNIT_NOUNS = frozenset(("units", "unit"))  # a force's units: vehicles or teams, not its people
PERMITTED_SIZE = "not-a-count/permitted-size"
PART_OF_THINGS = "not-a-count/part-of-things"
FORCE_STRENGTH = "not-a-count/force-strength"
COMPRISING = "scope/part-comprising"
OF_THE_TOLD = "scope/part-of-the-figure-told"
HELD_PROTEST = "measure/held-protest"
EVENTS_NOT_HARMED = "measure/events-not-harmed"
HARMED_WHO_DIED = "measure/harmed-who-died"
GAPPED_DEATH = "measure/gapped-death"
GAPPED_PLACE = re.compile(r"\s+(?:still\s+)?(?:in|at|on|inside|after|before|while|during|upon|en\s+route)\b", re.IGNORECASE)
QUOTED_PHRASE = "measure/quoted-figure-phrase"
VERB_AFTER_QUOTE = re.compile(r"\s*(?:were|was|are|is|have|has|had|[a-z]+ed)\b")
OPEN_QUOTE_BEFORE = re.compile(r"[\"“]\s*(?:[A-Za-z]+\s+){0,3}$")  # '"more than ', '“about '


def _quoted_phrase(text: str, m: Mention) -> bool:
    """The figure and its counted noun are a quotation of their own ('counted "more than 8,000
    marchers"'): the quotation closes right after the noun, and opened right before the figure."""
    return (
        m.tail > m.q.end  # (a noun inside the quotation: not '"dozens" more were hurt')
        and text.startswith(('"', "”"), m.tail)
        and not VERB_AFTER_QUOTE.match(text, m.tail + 1)  # ('"80 protesters" were arrested')
        and bool(OPEN_QUOTE_BEFORE.search(text, max(0, m.q.start - 24), m.q.start))
    )
CARE_MEASURES = frozenset(("injured", "arrested"))  # people whose death a relative clause may hide
STRENGTH_AFTER = re.compile(rule(FORCE_STRENGTH).effect["after"], re.IGNORECASE)  # 'will be trained'
WHO_AFTER = re.compile(r"\s+(?:who|that)\b")  # a relative clause of their own
RELATIVE_AFTER = re.compile(r"\s+(?:who|that|which)\b")  # (a part's noun's own clause: 'nurses who had joined')
PRESENCE_MEASURES = frozenset(("participants", "deployed"))  # measures a part's relative clause may tell of it
PART_OF_PRESENT = "measure/part-who-were-there"
LARGER_THAN_BEFORE = "scope/part-of-them-larger-than-before"
NONE_ANSWER = "denial/none-answer"
DENIAL_IN_CONDITIONAL = "not-a-count/denial-in-conditional"
NONE_BEYOND = "not-a-count/none-beyond-count"

DEFAULT_PEOPLE = "subject/default-people"
CROWD_WORDS_BEFORE = frozenset({"measure/words-before", "measure/crowd-at"})  # 'put the crowd at N', 'the crowd was N'

PART_OF_THE_FIGURE = "scope/part-of-the-figure"
WORDS_BEFORE = "measure/words-before"

def sentence_mentions(
    text: str,
    sent: Sentence,
    lex: Lexicon,
    indefinite: bool,
    prev_subject: str | None,
    previous: Mention | None,
    context: str,
    quantities: list[Quantity],
    cue: bool,
    year: int | None = None,
    earlier: dict[float, str] | None = None,
    crowd: Callable[[int, float], bool] | None = None,
    told: dict[float, tuple[str, str]] | None = None,
    asked: Callable[[], tuple[str, str | None] | None] | None = None,
    lead: Mention | None = None,
    across: Mention | None = None,
) -> list[Mention]:
    """The figures of one sentence that are claims, with subject, measure and scope, the
    passes run in this order: not-a-count (drop), head noun and subject, denials, measures
    (right to left, so coordinated figures share the verb after the last), parts and rivals
    of the figure before, subjects of bare figures, scope. Each decision keeps the id of the
    rule that made it (``Mention.*_rule``). ``earlier``: the subjects of the paragraph's figures
    before, by value (for 'the seven').
    ``crowd(at, size)`` tells whether the passage before offset ``at`` is about a crowd's size
    (for bare estimates of that size: measure/crowd-passage). ``told``: the measures and subjects of the report's
    figures before, by value (for 'They say 17' restating an earlier 17 dead). ``lead``: the
    first figure of the sentence before, when its figures are of several measures (for 'The
    agency had said 14' after '23 dead and 52 injured'). ``across``: the last figure of the
    paragraph before, for a figure opening this one ('28 people were held in the capital.' ¶
    'Nationwide the figure is 41': measure/generic-figure-across)."""
    if previous is None and across is not None and WHOLE_ACROSS.match(text, sent.start, sent.end):
        previous = across  # '- Our crews cared for 57 injured people. ¶- Of these, 41 were taken …': the item before's
    counts = []
    placed: dict[int, tuple[str, int]] = {}  # figures whose place told a measure (measure.place_measure), by id
    for q in quantities:
        dropped = (
            _not_a_count(text, sent, q, lex)
            or not_a_count(text, sent.start, sent.end, q, lex)
            or (
                None
                if indefinite
                or not _is_indefinite(q, lex)
                or counts_a_measure(text, q, sent.end, lex)
                else "not-a-count/indefinite"
            )
        )
        if dropped is None:
            counts.append(q)
        else:
            fired(dropped, q.start)
    if not counts and not cue:
        return []  # (every figure dropped and no denial word: nothing more to read)
    mentions = [Mention(q, q.end) for q in counts]
    for m in mentions:
        _analyse_head(text, m, sent.end, lex)
    denials = _denials(text, sent, lex, mentions) if cue else []
    if cue and asked is not None and (none := patterns(lex)[NONE_ANSWER].search(text, sent.start, sent.end)):
        if (question := asked()) is not None:  # 'Were journalists detained?' … 'The police say none were'
            fired(NONE_ANSWER, none.start())
            denials.append(
                _denial(text, none.start(), none.end(), question[0], question[1] or "people", None, NONE_ANSWER)
            )
    if denials and patterns(lex)["not-a-count/denial-in-question"].search(
        text, max(sent.start, sent.end - 6), sent.end
    ):
        for d in denials:  # 'Who can say nobody was killed …?' asserts nothing
            fired("not-a-count/denial-in-question", d.q.start)
        denials = []
    if denials:
        conditional = patterns(lex)[DENIAL_IN_CONDITIONAL]
        kept_denials = []
        for d in denials:  # 'if there is no body and no name, there is no death': a principle
            if conditional.search(text, max(sent.start, d.q.start - 80), d.q.start):
                fired(DENIAL_IN_CONDITIONAL, d.q.start)
            else:
                kept_denials.append(d)
        denials = kept_denials
    if denials:
        cause = patterns(lex)["not-a-count/denial-of-cause"]
        beyond = patterns(lex)[NONE_BEYOND]
        kept_denials = []
        for d in denials:  # 'Nobody was killed by bad luck': how they died, not how many
            if d.measure_rule == "denial/negator" and cause.match(text, d.q.end, sent.end):
                fired("not-a-count/denial-of-cause", d.q.start)
            elif beyond.match(text, d.q.end, sent.end):  # 'no reports of deaths beyond its own count'
                fired(NONE_BEYOND, d.q.start)
            else:
                kept_denials.append(d)
        denials = kept_denials
        inside = {
            id(m) for m in mentions for d in denials if d.q.start <= m.q.start < d.q.end
        }  # 'not one hostage died', 'reports that two vendors were shot dead … are false'
        for m in mentions:
            if id(m) in inside:
                fired("not-a-count/inside-denial", m.q.start)
        mentions = [m for m in mentions if id(m) not in inside]
    for k, m in enumerate(mentions):
        if m.other_noun and m.unknown is not None and _unknown_people(
            text, sent, m, mentions[k - 1] if k else None, mentions[k + 1] if k + 1 < len(mentions) else None, lex
        ):
            fired(UNKNOWN_PEOPLE, m.q.start)  # 'detained more than 140 braceros'
    part_of_next = _parts_of_next(text, mentions, lex)  # '11 of the 34 people', '29 of 38 escapees'
    named = {id(m): measure for m in mentions if (measure := _names_counted(text, m, told, previous, asked, lex))}
    for k, m in enumerate(mentions):
        if m.other_noun:
            fired("not-a-count/other-noun", m.q.start)
        elif k and mentions[k - 1].other_noun and _part_of_things(text, m, mentions[k - 1], lex):
            m.other_noun = True  # '82 relief centres, 36 of them in Karachi'
            fired(PART_OF_THINGS, m.q.start)
    mentions = _with_articles(text, [m for m in mentions if not m.other_noun], sent.end, lex)
    kept = []
    for m in mentions:
        if _denied_figure(text, sent.start, m, lex):
            fired("not-a-count/denied-that", m.q.start)
        elif _supposed_figure(text, sent.start, m, lex):
            fired(IF_RIGHT, m.q.start)
        elif _rumour_called_false(text, sent, m, lex):
            fired(RUMOUR, m.q.start)
        elif _one_pronoun(text, sent, m, lex):
            fired(ONE_PRONOUN, m.q.start)
        elif _never_said(text, sent.start, m, lex):
            fired(NEVER_SAID, m.q.start)
        elif _rated_claim(text, sent, m, lex):
            fired(RATED_CLAIM, m.q.start)
        elif text[m.q.start - 1 : m.q.start] in OPEN_QUOTES and _quoted_in_question(text, sent.start, sent.end, m, lex):
            fired(QUOTED_ASKED, m.q.start)
        elif _asked(text, sent, m, lex):
            fired(ASKED, m.q.start)
        else:
            kept.append(m)
    mentions = kept
    mentions = _merge_sums(text, mentions, lex)
    # measures, right to left so that coordinated figures share the verb after the last one
    for k in range(len(mentions) - 1, -1, -1):
        m = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        linked = (
            nxt is not None
            and (
                _linked(text, m, nxt)
                or (
                    COMMA_GAP.fullmatch(text, m.tail, nxt.q.start) is not None
                    and nxt.measure_rule == "measure/linked"
                    and m.subject is not None
                    and nxt.subject is not None
                )  # '29 protesters, four children and two members of the forces have been killed': a list
                or (
                    COMMA_GAP.fullmatch(text, m.tail, nxt.q.start) is not None
                    and m.subject is not None
                    and nxt.subject is not None
                    and m.head_measure is None
                    and POSTPOSED_HARM.search(text, nxt.q.end, nxt.tail) is not None
                    and MEASURE_NAMED_BEFORE.search(text, sent.start, m.q.start) is None
                )  # '2 policemen, 2 security guards dead': a list with no 'and', its harm told after the last
                # (not after a measure named before the first: 'Death toll up to 30 people, 2,300 people injured')
            )
            and not (
                m.subject is not None
                and nxt.measure_rule == "measure/head-noun"
                and not (nxt.subject is not None and POSTPOSED_HARM.search(text, nxt.q.end, nxt.tail))
            )  # (but 'six inmates and one officer dead': the harm told after the people is both figures')
            and not _opens_next_clause(text, m, nxt)
        )  # (not to a figure whose own noun is its measure: '6,200 people and 14 arrests'; nor a
        # bare figure ending a clause before ', and' and a figure with its noun opening the next:
        # 'Detentions reached 36, and about 1,500 people came to a vigil')
        stop = nxt.q.start if nxt is not None and not linked else sent.end
        if linked and nxt is not None and nxt.subject is not None:
            stop = sent.end
        elif nxt is not None and (
            aside := DASH_ASIDE.match(text, m.tail, sent.end)
            or PART_ASIDE.match(text, m.tail, sent.end)
            or INCLUDING_ASIDE.match(text, m.tail, sent.end)
            or NAMES_ASIDE.match(text, m.tail, sent.end)
        ):  # ('eight farmers, two of them children, were killed': the verb after the part; 'Five
            # people, the driver and three traders, lost their lives': after the people named)
            if aside.end() > nxt.q.start:  # 'Four people — two engineers and two … — were arrested'
                later = [n for n in mentions[k + 1 :] if n.q.start >= aside.end()]
                stop = later[0].q.start if later else sent.end
        if "(" in text[max(sent.start, m.q.start - BRACKET_READ) : m.q.start] and (
            close := _bracket_close(text, sent.start, m.q.start, sent.end)
        ) is not None:  # '23 dead (19 civilians and four police officers), 312 injured': a figure in
            stop = min(stop, close)  # brackets has its verb there, never the one after them
            if linked and nxt is not None and nxt.q.start > close:
                linked = False
        if m.head_measure is not None:
            m.measure, m.measure_rule = m.head_measure, m.head_rule
            if (
                m.counted_by_measure
                and m.head_measure == "injured"
                and (read := _measure_before(text, sent.start, m, lex)) is not None
                and read[0] == "killed"
            ):  # 'after the death of two of the injured': a part of the injured died
                m.measure, m.measure_rule = read
        elif (read := _measure_before(text, sent.start, m, lex)) is not None:
            m.measure, m.measure_rule = read
        elif (
            linked
            and nxt is not None
            and nxt.measure is not None
            and not (m.subject_text and _counts_events(text, nxt, lex))
        ):  # not '6,200 partygoers and 14 arrests': people and a count of events
            m.measure, m.measure_rule = nxt.measure, "measure/linked"
        elif id(m) in part_of_next and nxt is not None and nxt.measure is not None:
            m.measure, m.measure_rule = nxt.measure, "scope/part-of-the-figure"
            m.subject, m.subject_rule = nxt.subject, "scope/part-of-the-figure"
            if (kind := KIND_AFTER.match(text, nxt.tail, sent.end)) and (
                side := lex.subject_of.get(kind["w"].lower())
            ):  # '4 of the 26 were prison officers': the part's people are told after it
                m.subject, m.subject_rule = side, "subject/part-of-kind"
            m.part = f"part: {m.q.text} of {' '.join(text[nxt.q.start : nxt.tail].split())}"
            m.scope_rule = PART_OF_THE_FIGURE
            if nxt.own_verb and not _participle_after(text, nxt.tail, lex):
                # '1,800 of its 4,300 employees had stayed away from work': the verb is told of
                # the part; the whole is a workforce ('11 of the 34 people arrested': both)
                nxt.measure, nxt.own_verb, nxt.measure_rule = None, False, None
        if m.measure is None or m.counted_by_measure:
            # a verb of its own; for people named by a measure, a death or an injury told of
            # them is what is counted ('two detainees have died', '14 detainees were beaten')
            verb = _measure_after(text, m.tail, stop, lex)
            if verb is None and m.measure is None and (where := place_measure(text, m.tail, stop, lex, m.no_noun)):
                placed[id(m)] = where  # ('were put in the back of a police van': read after the wordings)
            if verb is not None and _quoted_phrase(text, m):
                fired(QUOTED_PHRASE, m.q.start)  # 'they counted "more than 8,000 marchers" using
                verb = None  # stewards posted at the station': the quoted phrase is an object
            worse = verb in HARM_MEASURES and (
                m.measure not in HARM_MEASURES
                or verb == "killed"
                or (
                    (m.subject_text or "").lower() in lex.grammar["victim_nouns"]
                    and _measure_after(text, m.tail, min(stop, m.tail + VICTIM_HARM), lex) == verb
                )  # '131 victims with injuries': the injured (not 'the bodies of 17 victims
            )  #     were taken to hospital')
            if (
                verb != "killed"
                and (m.measure in CARE_MEASURES or (m.measure is None and verb in CARE_MEASURES))
                and text.startswith((" who ", " that ", " which "), m.tail)
                and patterns(lex)[HARMED_WHO_DIED].match(text, m.tail, stop)
            ):  # 'Our 1 injured citizen who was being treated in intensive care lost her life', 'Two
                # pupils who had been in intensive care died overnight' (the clause's care, then a death)
                fired(HARMED_WHO_DIED, m.q.start)
                verb = worse = "killed"
            if worse and m.measure is not None and _counts_events(text, m, lex):
                fired(EVENTS_NOT_HARMED, m.q.start)  # 'Three of the arrests were executed
                worse = False  # abroad': events, not people a harm can befall
            if verb is not None and (m.measure is None or worse):  # not '19 bodies and 40 wounded'
                m.measure, m.own_verb, m.measure_rule = verb, True, "measure/verb-after"
            elif (
                m.measure == "killed"
                and (m.subject_text or "").lower() in lex.grammar["victim_nouns"]
                and (care := VICTIM_CARE.match(text, m.tail, stop)) is not None
                and (care["verb"] or (place_measure(text, m.tail, stop, lex) or ("",))[0] == "injured")
            ):  # '31 flood victims remained in its wards', '23 victims were still being treated
                m.measure, m.own_verb, m.measure_rule = "injured", True, VICTIMS_IN_CARE  # there'
                fired(VICTIMS_IN_CARE, m.q.start)
            elif (
                verb == "participants"
                and m.measure == "arrested"
                and patterns(lex)[HELD_PROTEST].match(text, m.tail, stop)
            ):  # '63 detainees had joined the strike': those on strike, not arrests
                m.measure, m.own_verb, m.measure_rule = verb, True, HELD_PROTEST
    for k in range(1, len(mentions)):
        m, dead = mentions[k], mentions[k - 1]
        if (
            m.measure == "injured"  # (a figure of no measure yet is measure/parallel-place's)
            and m.no_noun
            and dead.measure == "killed"
            and dead.own_verb
            and dead.tail < m.q.start
            and GAPPED_PLACE.match(text, m.q.end, sent.end)
            and patterns(lex)[GAPPED_DEATH].match(text, dead.tail, m.q.start)
        ):  # 'Four people died at the scene and three in hospital': the three died there
            fired(GAPPED_DEATH, m.q.start)
            m.measure, m.measure_rule = "killed", GAPPED_DEATH
    if told:
        for m in mentions:  # '"They say 17 but …"': the 17 dead told earlier in the report
            if (
                m.measure is None
                and m.no_noun
                and m.q.value in told
                and (
                    _said_before(text, sent.start, m)
                    or IS_THE_NUMBER.match(text, m.q.end)
                    or (m.q.qualifier in COMPARED_QUALIFIERS and _compared(text, sent.start, m))
                )
            ):  # ('it was way more than 9k': the 9,000 told before, and more)
                m.measure, m.subject = told[m.q.value]
                m.measure_rule = m.subject_rule = "measure/same-figure-earlier"
            elif (
                m.subject is None
                and m.measure is not None
                and m.q.value in told
                and told[m.q.value][0] == m.measure
                and _said_before(text, sent.start, m)
            ):  # 'He says 7 injured is right': the 7 officers injured told before
                m.subject = told[m.q.value][1]
                m.subject_rule = "measure/same-figure-earlier"
    if told:
        for k in range(1, len(mentions)):
            m, whole = mentions[k], mentions[k - 1]
            if (
                m.measure is None
                and whole.measure is None
                and whole.no_noun
                and whole.q.value in told
                and COMMA_GAP.fullmatch(text, whole.q.end, m.q.start)
                and patterns(lex)[OF_THE_TOLD].search(text, max(sent.start, whole.q.start - 12), whole.q.start)
            ):  # '… 71 arrests … Of the 71, 12 were children': a part of the figure told before
                m.measure, m.subject = told[whole.q.value]
                m.measure_rule = m.subject_rule = OF_THE_TOLD
                m.part, m.scope_rule = f"part: {_counted(m, text, lex)} of {whole.q.text}", OF_THE_TOLD
        for k in range(len(mentions) - 1):
            m, whole = mentions[k], mentions[k + 1]
            if (
                m.measure is None
                and id(m) in part_of_next
                and m.q.value != 1  # ('My brother is one of the 36': who he is, no count)
                and whole.measure is None
                and whole.no_noun
                and whole.q.value in told
                and PART_IS.match(text, whole.tail, sent.end)
            ):  # '… 39 people arrested in six days. … Three of the 39 are legal observers': a part
                m.measure, m.subject = told[whole.q.value]  # of the figure told before, which the
                m.measure_rule = m.subject_rule = OF_THE_TOLD  # words after it do not count again
                m.part, m.scope_rule = f"part: {_counted(m, text, lex)} of {whole.q.text}", OF_THE_TOLD
                if (kind := KIND_AFTER.match(text, whole.tail, sent.end)) and (
                    side := lex.subject_of.get(kind["w"].lower())
                ):  # ('at least 12 of the 23 were migrant workers': the part's people)
                    m.subject, m.subject_rule = side, "subject/part-of-kind"
    for m in mentions:  # '… our list has 74 names', 'identified 23 people by name': the list's measure
        if (m.measure is None or m.measure == "participants" and id(m) in named) and (
            measure := named.get(id(m)) or _by_name(text, m, told, previous, asked)
        ):  # (names are no crowd: 'the 27 names we have gathered')
            m.measure, m.measure_rule = measure, NAMES_COUNTED
            fired(NAMES_COUNTED, m.q.start)
    for k, m in enumerate(mentions):  # the measure named around the figure ('the toll may exceed')
        if m.measure is None or m.own_verb or m.head_measure is None:
            before = mentions[k - 1] if k else previous
            if k > 1 and before.measure is None and mentions[k - 2].scope_rule == PART_OF_THE_FIGURE:
                before = mentions[k - 2]  # '"about 1,800" of its 3,600 workers had joined the
                # strike, far fewer than the 4,000 claimed by the union': the part, not its whole
            rival = any(o.measure is not None for o in mentions[k + 1 :])  # ('… put the national total
            # at 64,000, while the FNTE said more than 200,000 marched': the rival's measure, later)
            _name_measure(text, sent, m, before, context, lex, None if k or rival else across)
    _apposed_breakdown(text, sent, mentions)
    for m in mentions:  # 'The crowd … The governorate estimated it at about 35,000 people'
        if m.measure is None and not m.other_noun and (m.no_noun or m.subject_text in PLAIN_COUNTED):
            if (read := _it_of_a_count(text, sent, m, lex)) is not None:
                m.measure, m.measure_rule = read, IT_OF_A_COUNT
                fired(IT_OF_A_COUNT, m.q.start)
    for k, m in enumerate(mentions):  # a translation's order, where no rule or wording read a measure
        if m.measure is None and not m.other_noun and not (k and mentions[k - 1].scope_rule == PART_OF_THE_FIGURE):
            # (not the whole of a part before it: 'eleven of the band's forty-two members were hurt')
            hi = mentions[k + 1].q.start if k + 1 < len(mentions) else sent.end
            if (read := translated_measure(text, sent.start, hi, m, lex)) is not None:
                m.measure, m.measure_rule = read
                m.own_verb = read[1] in (CUSTODY, HELD_STATE)  # (their own verb after them)
    for m in mentions:  # the place they are in or were carried to, when nothing else told a measure
        if m.measure is None and id(m) in placed:
            m.measure, m.own_verb, m.measure_rule = placed[id(m)][0], True, STATE_PLACE
            fired(STATE_PLACE, placed[id(m)][1])
    # 'including 12 police officers', 'while the union claimed 1.2 million': the figure before
    for k, m in enumerate(mentions):
        before = mentions[k - 1] if k else previous
        part_rule = _part_rule(text, sent.start, m)
        if part_rule == "scope/part-of-them" and k and before.part:
            # 'treated 29 people, including eight police officers, and admitted 11 of them':
            # after a clause of its own, 'them' are the whole, not its part
            whole = [o for o in mentions[:k] if not o.part]
            if whole and NEW_CLAUSE.search(text, before.tail, m.q.start):
                before = whole[-1]
        if part_rule and k and m.measure_rule == THE_DEAD_INCLUDE and before.measure not in (None, m.measure):
            # 'Another 181 people were injured, while the dead included 287 men': a part of the
            # dead, not of the injured figure before it
            m.part, m.scope_rule = f"part: {_counted(m, text, lex)} of {_partitive_whole(text, m)}", part_rule
            continue
        if part_rule == "scope/part-of-them" and k and _size(m) > _size(before) > 0 and m.measure is not None:
            # (with no measure of its own words, 'the monks counted 10 of them' after '6 died' is
            # still the dead's count: read as before)
            fired(LARGER_THAN_BEFORE, m.q.start)  # ('… included three women and an elderly man, and the injured were
            k_whole = False  # taken to hospitals, four of them in a serious condition': 'them' are others)
        else:
            k_whole = bool(k)
        if part_rule:  # a part of another figure, never its rival
            whole = before.q.text if k_whole else _partitive_whole(text, m)
            m.part, m.scope_rule = f"part: {_counted(m, text, lex)} of {whole}", part_rule
            if (
                m.subject in (None, "people")
                and (kind := HARMED_KIND_AFTER.match(text, m.q.end, sent.end)) is not None
                and (side := _kind_side(kind["np"].split(), lex) or lex.subject_of.get(kind["np"])) not in (None, "people")
            ):  # 'two of the dead were members of the security forces': the part's people, told after it
                m.subject, m.subject_rule = side, "subject/part-of-kind"
            if k and not k_whole:
                continue  # (its measure its own words tell)
            if (
                k
                and before.measure is not None
                and m.measure in PRESENCE_MEASURES
                and m.measure != before.measure
                and m.measure_rule == "measure/verb-after"
                and m.subject_text is not None
                and RELATIVE_AFTER.match(text, m.tail)
            ):  # '52 people were treated, nine of them nurses who had joined the picket': the clause
                m.measure, m.measure_rule = before.measure, PART_OF_PRESENT  # tells who they are, not the count
                m.own_verb = False
                fired(PART_OF_PRESENT, m.q.start)
            if (
                k
                and before.measure is not None
                and m.measure not in (None, before.measure)
                and m.measure_rule == "measure/verb-after"
                and (adjunct := PART_ADJUNCT.match(text, m.q.end, sent.end)) is not None
                and _measure_after(text, m.tail, adjunct.end(), lex) is None
            ):  # '41 people were arrested, nine of them on Wednesday, most for blocking roads': the
                m.measure, m.measure_rule = before.measure, PART_ADJUNCT_RULE  # part has no verb of its
                m.own_verb = False  # own before the comma; the verb after it is another clause's
                fired(PART_ADJUNCT_RULE, m.q.start)
            if (
                k
                and before.measure is not None
                and (how := HOW_HARMED.match(text, m.q.end)) is not None
                and how[1].lower() in lex.grammar["after_partitive"]
            ):  # '58 officers had been hurt, six of them seriously, one of them fatally'
                m.measure, m.measure_rule = before.measure, "measure/of-figure-before"
                if before.measure == "injured" and how[1].lower() in lex.grammar["fatal_adverbs"]:
                    m.measure = "killed"  # 'one of them fatally': a part of the injured died
                    if m.subject is None:
                        m.subject, m.subject_rule = before.subject, "subject/of-figure-before"
                    continue
            if (
                before is not None
                and (k or text.startswith(" of them ", m.q.end))  # (not '41 of those taken to hospital')
                and before.measure == "killed"
                and m.measure == "injured"
                and not m.head_measure
            ):
                # 'Seven people died, five of them with gunshot wounds': the dead, and their wounds
                m.measure, m.measure_rule = "killed", "measure/of-figure-before"
        elif (
            k
            and before.part
            and (
                AND_GAP.fullmatch(text, before.tail, m.q.start)
                or " of " in before.part and ADJUNCT_AND_GAP.fullmatch(text, before.tail, m.q.start)
                or " of " in before.part and PLACE_COMMA_GAP.fullmatch(text, before.tail, m.q.start)
                and PLACE_NEXT.match(text, m.q.end) is not None
                or LIST_GAP.fullmatch(text, before.tail, m.q.start) and before.scope_rule in SANCTIONED_PARTS
                or PART_NOUN_GAP.fullmatch(text, before.tail, m.q.start) and before.scope_rule in SANCTIONED_PARTS
                or HOW_GAP.fullmatch(text, before.tail, m.q.start) and HOW_AFTER.match(text, m.q.end)
            )  # ('four of them by shotgun pellets and two with fractures': how each part was hurt)
            and not (m.own_verb and m.measure != before.measure)
        ):  # ('… including 12 children, and 40 were injured': a count of its own)
            m.part = (
                f"part: {_counted(m)} of {before.part.split(' of ', 1)[1]}"  # '… and three children'
            )
            m.scope_rule = "scope/part-continued"
            if before.measure is not None and (m.measure is None or m.measure_rule == "measure/subject-default"):
                # '… and 27 lawyers'; '… 86 minors, 214 members of the security forces and 49
                # bystanders' (killed: a part of the dead, not forces deployed)
                m.measure, m.measure_rule = before.measure, "measure/of-figure-before"
        elif (
            k
            and before.part
            and m.measure is None
            and before.measure is not None
            and (gap := PARALLEL.fullmatch(text, before.q.end, m.q.start))
            and (
                text.startswith(f" {gap['v']} ", m.q.end)
                or m.q.value == 1 and text.startswith(f" {SINGULAR_VERB.get(gap['v'], gap['v'])} ", m.q.end)
            )  # ('Four are lawyers, one is a police constable': the verb's singular for one)
        ):  # 'Of them, 23 were women and 11 were children': a part told as the part before
            m.part = f"part: {_counted(m, text, lex)} of {before.part.split(' of ', 1)[1]}"
            m.scope_rule = "scope/part-parallel"
            m.measure, m.measure_rule = before.measure, "measure/of-figure-before"
            if m.subject is None and (kind := KIND_AFTER.match(text, m.q.end, sent.end)) and (
                side := lex.subject_of.get(kind["w"].lower())
            ):  # '11 were police officers and four were journalists': each part's own people
                m.subject, m.subject_rule = side, "subject/part-of-kind"
            elif m.subject is None:
                m.subject, m.subject_rule = before.subject, "subject/of-figure-before"
        elif (
            k
            and before.part
            and m.part is None
            and m.measure is not None
            and m.measure == before.measure
            and (gap := PARALLEL_VERB.fullmatch(text, before.q.end, m.q.start))
            and text.startswith(f" {gap['v']} ", m.q.end)
        ):  # 'seven of them had been shot … and four had drowned': another part of that whole
            m.part = f"part: {_counted(m)} of {before.part.split(' of ', 1)[1]}"
            m.scope_rule = "scope/part-parallel-verb"
        elif (
            k
            and before.part
            and m.part is None
            and m.measure is None
            and before.measure is not None
            and patterns(lex)[PART_KIND_AND].fullmatch(text, before.tail, m.q.start)
            and (kind := KIND_AFTER.match(text, m.q.end, sent.end))
            and (side := _kind_side(kind.group().split()[1:], lex))
        ):  # 'Of the 312 injured, 58 needed surgery and 30 were children': a part of that whole by kind
            m.part = f"part: {_counted(m, text, lex)} of {before.part.split(' of ', 1)[1]}"
            m.scope_rule = PART_KIND_AND
            m.measure, m.measure_rule = before.measure, "measure/of-figure-before"
            m.subject, m.subject_rule = side, "subject/part-of-kind"
        elif (
            not k
            and before is not None
            and m.measure is None
            and m.part is None
            and m.no_noun
            and (whole := _whole_of_next_sentence(text, sent, m, before)) is not None
            and (
                (kind := KIND_AFTER.match(text, m.q.end, sent.end))
                and (side := _kind_side(kind.group().split()[1:], lex))
                or (side := before.subject) and AGE_AFTER.match(text, m.q.end, sent.end)
            )
        ):  # 'The ministry said 23 people had died. Seven were children.': a part of the toll
            fired(PART_KIND_NEXT, m.q.start)  # the sentence before told, by who its people were
            m.part, m.scope_rule = f"part: {_counted(m, text, lex)} of {whole}", PART_KIND_NEXT
            m.measure, m.measure_rule = before.measure, "measure/of-figure-before"
            m.subject, m.subject_rule = side, "subject/part-of-kind"  # ('Nine were under 18': its own)
            continue
        if before is None or (
            m.measure is not None
            and (
                not _echoes(text, sent.start, m, lex, inclusion=True)
                or (m.own_verb and PARTITIVE.match(text, m.q.end))  # '60 of them were hurt'
                or (m.measure_rule == WORDS_BEFORE and m.measure != before.measure and PARTITIVE.match(text, m.q.end))
                # ('took part and detained 11 of them': the verb before the part is its own)
                or (m.own_verb and m.part is not None and m.scope_rule == "scope/part-including"
                    and OF_THOSE_BEFORE.search(text, max(sent.start, m.q.start - 30), m.q.start))
                # ('Of those, 31 had died': the part's own verb)
                or (m.head_measure is not None and PARTITIVE.match(text, m.q.end))  # 'two of the dead'
            )
        ):
            continue
        if (
            not k
            and m.measure is None
            and lead is not None
            and _nearer_in_size(m, lead, before)
            and not patterns(lex)[EARLIER_OF_LEAD].search(text, max(sent.start, m.q.start - 40), m.q.start)
        ):  # (an earlier version of the lead is the rule measure/earlier-figure-of-lead's)
            before = lead  # 'Its page says 25,000+ and "at least 11 injured". The Courier says 12-15k':
            # a rival of the sentence before's figure nearest its size, not of its last one
        before_measure = before.measure or _default_measure(before, lex)
        echoes = bool(before_measure) and _echoes(text, sent.start, m, lex, inclusion=m.measure is not None)
        if (
            echoes
            and not k
            and crowd is not None
            and before_measure != "participants"
            and m.measure is None
            and m.no_noun
            and _size(m) >= max(OUTSIZED * _size(before), MIN_OUTSIZED)
            and crowd(m.q.start, _size(m))
        ):  # 'Police detained 12 people near the ministry. The confederation said 55,000.' after a march: the
            # crowd, no rival of the 12 (a figure that size is the passage's crowd's: measure/crowd-passage below)
            fired(OUTSIZED_RIVAL, m.q.start)
            echoes = False
        if echoes and m.measure is None and m.part is None and (named := tally_named(text, sent.start, m, lex)) is not None:
            fired(TALLY_NAMED, m.q.start)  # 'Cases since October 27 reached 231': its own count
            if named:  # ('… their detention figure to 35': arrests)
                m.measure, m.measure_rule = named, TALLY_NAMED
            continue
        if echoes:
            m.measure, m.measure_rule = before_measure, "measure/of-figure-before"
            if m.subject is None and (kind := PART_KIND.match(text, m.q.end, sent.end)) and (
                side := lex.subject_of.get(kind["w"].lower())
            ):  # 'Désir said 4 of the 26 were prison officers': the part's people
                m.subject, m.subject_rule = side, "subject/part-of-kind"
            elif (
                m.no_noun
                and m.subject_rule in (None, DEFAULT_PEOPLE, "subject/previous-figure")
                and m.scope_rule == "scope/part-including"
                and (kind := KIND_AFTER.match(text, m.q.end, sent.end))
                and (side := lex.subject_of.get(kind["w"].lower()))
            ):  # 'Of the 87 injured, he said, 11 were police officers': the part's people
                m.subject, m.subject_rule = side, "subject/part-of-kind"
            if (
                not k
                and lead is not None
                and lead.measure not in (None, before_measure)
                and m.no_noun
                and patterns(lex)[EARLIER_OF_LEAD].search(text, max(sent.start, m.q.start - 40), m.q.start)
            ):  # '23 dead and 52 injured. The agency had said 14': the toll's earlier figure
                before = lead
                m.measure, m.measure_rule = lead.measure, EARLIER_OF_LEAD
            if m.subject is None:
                m.subject, m.subject_text = before.subject, m.subject_text
                m.subject_rule = "subject/of-figure-before"
        elif k and m.measure is None and m.no_noun and before.measure and not before.part:
            # the figure before took its measure only now ('The figure reached 31 the next day
            # and, on 20 November, 34'): the wordings that read it, once more
            _name_measure(text, sent, m, before, context, lex)
    _conveyed(text, mentions, previous, lex)  # '38 of the injured were taken to Mpilo, 24 to UBH and 12 to Mater Dei'
    _per_place(text, mentions, lex, sent, previous)  # '31 deaths: 19 in Sokodé, 8 in Lomé and 4 in Bafilo'
    _elliptic(text, mentions, sent, previous)  # '41 people were arrested, 30 in Kisumu and 11 in Nakuru'
    for k, m in enumerate(mentions):  # '207 persons were arrested, 146 on Tuesday and 61 on Wednesday, among them 17 minors'
        if k and m.measure is None and m.scope_rule == "scope/part-including" and mentions[k - 1].scope_rule == ELLIPTIC_FIGURE:
            root = next((o for o in reversed(mentions[:k]) if o.scope_rule != ELLIPTIC_FIGURE), None)
            if root is not None and root.measure is not None:  # a part of the whole the list divides
                m.measure, m.measure_rule = root.measure, "measure/of-figure-before"
                m.part = f"part: {m.q.text} of {root.q.text}"
    _continued(text, mentions, sent, previous, lex)  # '… 25 students were detained. A further 9 on Thursday.'
    _count_of_apposition(text, mentions, sent, lex)  # 'its own count of injured, 63, covered only …'
    _set_against(text, mentions, sent)  # '58 migrants had drowned, up from the 41 it reported on Tuesday'
    _place_first(text, mentions, sent, previous, lex)  # '… 6,300 persons. In Câmpeni 1,900 persons, in Turda 2,400'
    _bare_shares(text, mentions)  # 'at least nine dead …, four were buried in the villages'
    # 'six people, including four security personnel': the six count every side ('63 people
    # arrested, including three reporters' do not: reporters are no side of the clashes)
    for k in range(1, len(mentions)):
        m, before = mentions[k], mentions[k - 1]
        if (
            before.subject == "people"
            and m.subject not in (None, "people", "journalists")
            and including_before(text, sent.start, m.q.start)
        ):
            before.subject_text = f"{before.subject_text or 'people'} {ALL_SIDES}"
    # subjects of bare figures: a subject just before ('from the police 5'), else the figure before
    last = prev_subject
    sanctioned: set[int] = set()  # figures of people questioned, interviewed, fined … (no count)
    seen = dict(earlier or {})
    last_at = sent.start  # where the figure 'last' came from was
    for k, m in enumerate(mentions):
        denied = [d for d in denials if last_at <= d.q.start < m.q.start and d.subject]
        if denied:  # 'no police officers killed, 3 hurt': the side the denial named
            last = denied[-1].subject
        last_at = m.q.start
        if m.subject is None and _counts_events(text, m, lex):
            m.subject = "people"  # 'the four deaths': nobody's side named ('30 wounded' elides it)
            m.subject_rule = "subject/event-noun"
        if (
            m.no_noun
            and m.subject_rule in (None, "subject/of-figure-before")
            and len({o.subject for o in mentions if o.q.start < m.q.start and o.subject}) > 1
            and patterns(lex)[TOTAL_OF_SIDES].search(text, max(sent.start, m.q.start - 40), m.q.start)
        ):  # '44 suspects and three police officers died …, putting the total toll at 47'
            m.subject, m.subject_rule, m.inherit = "people", TOTAL_OF_SIDES, False
        if m.subject is None or m.inherit:
            left = _subject_left(text, sent.start, m.q.start, lex)
            if (
                left
                and m.inherit
                and k
                and (counted := mentions[k - 1]).subject is not None
                and counted.subject_text is not None
                and counted.subject != left
            ):  # 'three protesters were killed by fire from security forces, 221 others were
                m.subject, m.subject_rule = counted.subject, "subject/previous-figure"  # injured':
                # the others are more of the people the figure before counted, not the agent named last
            elif left:
                m.subject, m.subject_rule = left, "subject/named-before"
            elif (
                m.no_noun
                and m.q.value in seen
                and patterns(lex)["subject/same-figure-before"].search(
                    text, max(sent.start, m.q.start - 8), m.q.start
                )
            ):  # 'the seven were detained for attacking staff': the seven counted before
                m.subject, m.subject_rule = seen[m.q.value], "subject/same-figure-before"
            elif last and not (
                last == "security"
                and (
                    m.own_verb and m.measure == "participants"
                    or m.no_noun and m.measure == "arrested"
                    or m.measure == "participants" and m.measure_rule in CROWD_WORDS_BEFORE
                )
            ) and not AMONG_BEFORE.search(text, max(sent.start, m.q.start - 12), m.q.start):
                # (marchers and detainees are no force: '3 officers hurt. 22 arrested so far.'; nor
                # a crowd its words name: 'The police, which had assigned 3,500 officers to the
                # route, put the crowd at about 600,000'; the
                # whole the figure before was among is not of its side: 'Four journalists among 29')
                m.subject, m.subject_rule = last, "subject/previous-figure"
            elif m.subject is None:
                m.subject, m.subject_rule = "people", DEFAULT_PEOPLE
        if m.measure is None and patterns(lex)["not-a-count/sanctioned"].search(
            text, max(sent.start, m.q.start - 40), m.q.start
        ):  # 'banned 60 supporters from the stadium': no crowd
            fired("not-a-count/sanctioned", m.q.start)
            sanctioned.add(id(m))
        elif (
            m.measure is None
            and k
            and (whole := mentions[k - 1]).measure is not None
            and not whole.part
            and patterns(lex)[COMPRISING].fullmatch(text, whole.tail, m.q.start)
        ):  # 'has involved 1,120 personnel, comprising 480 De-suups, 310 …': a part of that whole
            m.measure, m.measure_rule = whole.measure, COMPRISING
            m.part, m.scope_rule = f"part: {_counted(m)} of {whole.q.text}", COMPRISING
        elif (
            m.measure is None
            and k
            and (part := mentions[k - 1]).measure is not None
            and part.part
            and patterns(lex)[THE_OTHER].search(text, max(sent.start, m.q.start - 16), m.q.start)
        ):  # 'Fourteen of the dead were herders; the other nine were farmers': the rest of that whole
            m.measure, m.measure_rule = part.measure, THE_OTHER
            whole_words = part.part.split(" of ", 1)[-1]  # ('part: Fourteen of the dead': the dead)
            m.part, m.scope_rule = f"part: {_counted(m, text, lex)} of {whole_words}", THE_OTHER
        elif m.measure is None and (
            patterns(lex)[FORCE_STRENGTH].search(text, max(sent.start, m.q.start - 40), m.q.start)
            or STRENGTH_AFTER.match(text, m.tail, sent.end)
        ):  # 'recruit 5,000 new officers', 'the army numbers some 350,000 soldiers': no deployment
            fired(FORCE_STRENGTH, m.q.start)
            sanctioned.add(id(m))  # (no reading of its clause's predicate either)
        elif (
            m.measure is None
            and m.scope_rule == "scope/part-including"
            and not any(o.measure for o in mentions if o.q.start < m.q.start)
        ):  # '200 witnesses, including 50 police officers': witnesses, no deployment
            fired(PART_OF_UNMEASURED, m.q.start)
            sanctioned.add(id(m))
        elif m.measure is None:
            m.measure = _default_measure(m, lex)
            m.measure_rule = "measure/subject-default" if m.measure else None
        if (
            m.measure is None
            and m.subject == "security"
            and not m.no_noun
            and patterns(lex)["measure/own-forces"].search(
                text, max(sent.start, m.q.start - 8), m.q.start
            )
        ):
            m.measure, m.measure_rule = "deployed", "measure/own-forces"  # 'his 25 officers'
        elif (
            m.measure is None
            and _force_or_relief(m, lex)
            and patterns(lex)[FORCES_AT_WORK].match(text, m.tail, sent.end)
        ):  # (not '23 units are on site with roughly 140 firefighters': units are not people)
            m.measure, m.measure_rule = "deployed", FORCES_AT_WORK  # '35 firefighters are at the scene'
        elif m.measure is None and _force_or_relief(m, lex) and _forces_held(text, sent, m, lex):  # 'the ministry had 48 police officers on the mountain', 'supported by 12 mounted police'
            m.measure, m.measure_rule = "deployed", FORCES_HELD
        elif (
            m.measure is None
            and m.subject in (None, "people", "protesters")
            and m.q.low >= MIN_CROWD
            and (there := patterns(lex)[PRESENT_AT_SCENE].match(text, m.tail, sent.end))
        ):  # 'About 300 people were in the rink when the alarm sounded': those there, a crowd;
            # those inside, a quantity apart from a march's or a vigil's crowd told later
            m.measure, m.measure_rule = "participants", PRESENT_AT_SCENE
            if "front" not in there[0] and "outside" not in there[0]:
                m.scope = INSIDE_SCOPE
        if (
            m.subject == "security"
            and m.measure == "participants"
            and not _protesting(lex).search(text, m.tail, min(sent.end, m.tail + 80))
        ):
            m.measure = "deployed"  # '1,300 police and soldiers took part in the search'
            m.measure_rule = "measure/forces-took-part"
        elif (
            m.measure == "participants"
            and m.own_verb
            and patterns(lex)["measure/took-part-in-rescue"].search(
                text, m.tail, min(sent.end, m.tail + 80)
            )
        ):  # '300 health workers took part in the rescue effort'
            m.measure, m.measure_rule = "deployed", "measure/took-part-in-rescue"
        elif (
            m.measure == "participants"
            and m.own_verb
            and TOOK_PART_END.match(text, m.tail, sent.end)
            and not any(o.measure == "participants" and o.own_verb for o in mentions if o is not m)
            and patterns(lex)[AFTER_RESCUE].search(text, max(0, sent.start - 300), sent.start)
            and not _protesting(lex).search(text, sent.start, m.q.start)
        ):  # '… to help with the recovery. More than 500 volunteers … took part.' (not '2,000
            # people marched …; organisers said more than 5,000 took part')
            m.measure, m.measure_rule = "deployed", AFTER_RESCUE
        elif (
            m.service
            and m.measure == "participants"
            and not _protesting(lex).search(text, m.tail, min(sent.end, m.tail + 80))
        ):  # '120 stewards lined the route': a service's people where they serve
            m.measure, m.measure_rule = "deployed", "measure/forces-took-part"
        if not m.part:  # '63 arrested, including three reporters, and 38 were still held'
            last = m.subject
        if m.q.value is not None and m.subject is not None:
            seen[m.q.value] = m.subject
    for k, m in enumerate(mentions):  # '112 firefighters, 34 SMURD paramedics, 95 gendarmes and 60 police officers'
        if m.measure is None and not m.no_noun and _size(m) > 1 and (m.subject == "security" or m.service) and (
            (k and _listed_deployment(text, mentions[k - 1], m.q.start))
            or (k + 1 < len(mentions) and _listed_deployment(text, mentions[k + 1], m.tail, after=True))
        ):
            m.measure, m.measure_rule = "deployed", LISTED_WITH_FORCES
    if crowd is not None:  # 'The crowd' … 'The police estimate was 8,000': a crowd's size
        for k, m in enumerate(mentions):
            before = mentions[k - 1] if k and mentions[k - 1].measure == "participants" else None
            if _crowd_estimate(text, sent.start, sent.end, m, mentions, lex, before) and (
                any(o.measure == "participants" for o in mentions) or crowd(m.q.start, _size(m))
            ):  # a crowd figure beside it, or a passage about a crowd
                m.measure, m.measure_rule = "participants", CROWD_PASSAGE
    if asked is not None and any(m.measure is None for m in mentions) and (question := asked()):
        measure, named = question
        for m in mentions:  # 'How many people died?' … 'The health ministry's figure is 31'
            if answers_question(text, sent.start, m, mentions, measure, lex):
                m.measure, m.measure_rule = measure, QUESTION_PASSAGE
                if named is not None and m.no_noun:  # 'How many police were deployed?' … 'about 3,500'
                    m.subject, m.subject_rule = named, QUESTION_PASSAGE
        for k in range(1, len(mentions)):  # '… is 26 people who asked for help, nine of them police'
            m, before = mentions[k], mentions[k - 1]
            if m.measure is None and before.measure_rule == QUESTION_PASSAGE and _is_part(text, sent.start, m):
                m.measure, m.measure_rule = before.measure, "measure/of-figure-before"
    for m in mentions:  # the general case after the crowd's passage: 'roughly 3,000 people are now on
        # the road', 'about 9,000 people passing through the square', 'Maybe 1,500 people outside'
        if (
            m.measure is None
            and m.subject in (None, "people", "protesters")
            and m.q.value is not None
            and m.q.low >= MIN_CROWD
            and patterns(lex)[PRESENT_OR_PASSING].match(text, m.tail, sent.end)
            and not _present_there(lex)[1].search(text, max(sent.start, m.q.start - 40), m.q.start)
            and not (m.no_noun and any(o.measure not in (None, "participants") for o in mentions))
            and not (m.no_noun and m.q.qualifier == "exact" and m.q.value % ROUND_CROWD)
        ):  # (a bare exact figure is a crowd's only when round: 'Police said 71 remained at the scene' is a tally)
            m.measure, m.measure_rule = "participants", PRESENT_OR_PASSING
            if _present_there(lex)[0].match(text, m.tail, sent.end):  # 'some 250 people were on the span when
                m.scope = INSIDE_SCOPE  # it fell': those there when it happened, apart from the march's crowd
            if crowd is not None:  # 'Police say 3,500 on the march, the Council says more than 15,000'
                for k, o in enumerate(mentions):
                    before = mentions[k - 1] if k and mentions[k - 1].measure == "participants" else None
                    if o.measure is None and _crowd_estimate(text, sent.start, sent.end, o, mentions, lex, before):
                        o.measure, o.measure_rule = "participants", CROWD_PASSAGE
    gathering: bool | None = None  # the passage names a gathering (asked once)
    for m in mentions:  # 'No less than 10k of us on Samora Machel', 'there were around 9,000 people'
        if (
            m.measure is None
            and not m.service
            and m.subject in (None, "people", "protesters")
            and m.q.value is not None
            and m.q.low >= MIN_CROWD
            and not (m.no_noun and m.q.qualifier == "exact" and m.q.value % ROUND_CROWD)
            and not (m.no_noun and any(o.measure not in (None, "participants") for o in mentions))
            and _present_in_a_gathering(text, sent, m, lex)
            and not _present_there(lex)[1].search(text, max(sent.start, m.q.start - 40), m.q.start)
        ):
            if gathering is None:
                lo = max(0, sent.start - GATHERING_READ)
                gathering = bool(
                    crowd_gathering(lex).search(text, lo, sent.end) or _there_were(lex, "gathered").search(text, lo, sent.end)
                ) or _protest_context(text, sent, context, lex, forces_apart=False)
            if gathering:
                m.measure, m.measure_rule = "participants", PRESENT_IN_A_GATHERING
    if any(m.measure is None for m in mentions):
        for m in mentions:  # 'We received 19 people from the centre', 'seven are still with us' in a passage of care
            if m.measure is None and m.subject in (None, "people") and _medical_intake(text, sent, m, lex):
                m.measure, m.measure_rule = "injured", MEDICAL_INTAKE
    for m in mentions:  # '11 people had been brought in' in a passage of care: taken in, not sent there
        if (
            m.measure == "deployed"
            and m.subject == "people"
            and not m.service
            and (m.subject_text or "").lower() in ("people", "persons")
            and _medical_intake(text, sent, m, lex)
        ):
            m.measure, m.measure_rule = "injured", MEDICAL_INTAKE
    for k, m in enumerate(mentions):  # the last reading: the predicate of the figure's clause
        if m.measure is None and id(m) not in sanctioned:
            _clause_predicate(text, sent, m, mentions[k + 1] if k + 1 < len(mentions) else None, context, lex)
        if m.measure is None and id(m) not in sanctioned:
            _estimate_object(text, sent, m, mentions, context, lex)
        if m.measure is None and k and m.no_noun and id(m) not in sanctioned and mentions[k - 1].measure_rule in LATE_MEASURES:
            _name_measure(text, sent, m, mentions[k - 1], context, lex)
            if m.measure is not None:
                fired(LATE_FIGURE_BEFORE, m.q.start)
    for m in mentions:
        if m.measure == "deployed" and m.no_noun and m.subject_rule in (None, DEFAULT_PEOPLE):
            m.subject, m.subject_rule = "security", "subject/deployed-bare"  # 'said about 3,500'
    protest: bool | None = None  # the sentence's passage is about protesters (asked once)
    plain = lex.grammar["plain_people_nouns"]
    kept = False  # the figure before kept its own plain noun: those after it of its people are its
    for k, m in enumerate(mentions):
        kept = m.subject == "people" and m.measure != "participants" and (
            (m.subject_text or "").lower() in plain or kept and m.subject_rule == "subject/previous-figure"
        )  # (a crowd's people at a protest are its protesters: 'about 9,000 people marched')
        if kept and (topic := TOPIC_BEFORE.search(text, sent.start, m.q.start)):
            kept = _sides(lex)[0].search(folded(topic["topic"])) is None  # 'As regards the marchers,
            # three persons were treated': the sentence names whose people they are
        if m.subject == "people" and m.subject_rule == OWN_MEMBERS:
            if _protest_context(text, sent, text[: sent.start], lex, forces_apart=False):  # (the report so far)
                m.subject, m.subject_rule = "protesters", "subject/protest-context"  # 'hundreds of its members'
        elif kept:  # 'Doctors said 40 people were injured': the writer's own word for whoever was
            continue  # counted ('recorded nine people brought in dead and 38 wounded': both)
        elif m.subject == "people" and _generic(m.subject_text, lex):
            if any(o.part and o.subject == "protesters" for o in mentions[k + 1 :]):
                continue  # 'nine people had been taken to hospital, seven of them protesters': not all
            if protest is None:
                protest = _protest_context(text, sent, context, lex)
            if protest:
                m.subject, m.subject_rule = "protesters", "subject/protest-context"
    released = patterns(lex)["not-a-count/released-after"]
    keep = []
    whole: Mention | None = None  # the last figure that is no part
    listed = -1  # where the last part of a sanctioned figure ended (its list goes on)
    for m in mentions:
        if sanctioned and (
            (m.part and whole is not None and id(whole) in sanctioned and m.scope_rule in SANCTIONED_PARTS)
            or (listed >= 0 and BREAKDOWN_NEXT.fullmatch(text, listed, m.q.start))
        ):
            fired(PART_OF_SANCTIONED, m.q.start)  # 'we interviewed 58 people, including 31
            listed = m.tail  # former detainees, 9 relatives …': those interviewed, no arrests
            continue
        listed = -1
        if not m.part:
            whole = m
        if m.measure not in lex.measures:
            continue
        if (
            m.measure == "participants"
            and (m.measure_rule == CROWD_PASSAGE or has_effect(m.measure_rule, "turnout", lex))
            and "turnout" in text[sent.start : m.q.start].lower()  # (a cheap test first)
            and patterns(lex)[ELECTION].search(text, sent.start, m.q.start)
        ):  # 'In the by-election, turnout was 3,000': voters, no crowd (not '… protested the
            fired(ELECTION, m.q.start)  # election: 20,000 marched')
            continue
        freed = released.match(text, m.tail, sent.end)
        if freed and freed["held"] and OF_THE_END.search(text, max(sent.start, m.q.start - 8), m.q.start):
            freed = None  # '40 of the 143 people arrested were released': the 143 are the arrested
        if freed or (
            id(m) in part_of_next and released.search(text, m.tail, _clause_end(text, m, sent))
        ):  # 'three of the seven people detained at the gates have been released'
            fired("not-a-count/released-after", m.q.start)
            continue  # '409 were detained, of whom 130 had since been released': 130 counts the released
        if (
            m.measure_rule == "measure/verb-after"
            and m.measure == "arrested"
            and (m.subject_text or "").lower() in lex.grammar["inmate_nouns"]
            and patterns(lex)[INMATES_HELD].match(text, m.tail, sent.end)
        ):  # 'there were usually 2,600 prisoners held in the jail': a prison's population
            fired(INMATES_HELD, m.q.start)
            continue
        if (
            (m.measure == "participants" or m.measure_rule == "measure/subject-default")
            and not WHO_AFTER.match(text, m.tail)
            and patterns(lex)[KIN_OF].search(text, max(sent.start, m.q.start - 40), m.q.start)
        ):  # 'Relatives of the 43 students marched': the relatives marched
            fired(KIN_OF, m.q.start)
            continue
        if (
            m.measure == "killed"
            and text.find("ag", max(sent.start, m.q.start - 80), m.q.start) >= 0  # (cheap: 'bags' first)
            and patterns(lex)[REMAINS_IN_BAGS].search(text, max(sent.start, m.q.start - 80), m.q.start)
        ):  # 'two body bags held the remains of one person': how a toll was miscounted
            fired(REMAINS_IN_BAGS, m.q.start)
            continue
        if (
            m.measure == "participants"
            and (m.subject_text or "").lower() in lex.grammar["membership_nouns"]
            and patterns(lex)[MEMBERSHIP_WHOLE].search(text, max(sent.start, m.q.start - 40), m.q.start)
        ):  # '40,000 out of its 900,000 members to join the march': the whole membership
            fired(MEMBERSHIP_WHOLE, m.q.start)
            continue
        if m.measure == "participants" and (size := _size_no_crowd(text, sent.start, m, lex)):
            fired(size, m.q.start)  # 'registered the rally for 5,000 participants'
            continue
        if (
            m.measure == "arrested"
            and m.measure_rule == "measure/head-noun"
            and patterns(lex)[PRISON_HOLDS].search(text, max(sent.start, m.q.start - 100), m.q.start)
        ):  # 'the prison … held 2,100 detainees': its population, not arrests
            fired(PRISON_HOLDS, m.q.start)
            continue
        if (
            m.measure == "killed"
            and text.endswith("bodies", m.q.end, m.tail)
            and patterns(lex)[ORG_BODIES].search(text, m.q.end, m.tail)
        ):  # 'Twelve government bodies are involved': organisations
            fired(ORG_BODIES, m.q.start)
            continue
        if (
            m.measure == "killed"
            and text[m.q.end : m.tail].strip().lower() in ("lives", "life")
            and patterns(lex)[LIVES_SAVED].search(text, max(sent.start, m.q.start - 40), m.q.start)
        ):  # 'has saved 2,000 lives': no toll
            fired(LIVES_SAVED, m.q.start)
            continue
        if m.q.value == 0 and m.q.qualifier == "exact":  # 'Zero fatalities were recorded'
            m.q = replace(m.q, qualifier="denial")
        keep.append(m)
    time = _time_scope(text, sent, year, lex) if keep else None
    crowd_before = (  # (read only for a crowd: a later gathering is one after another crowd)
        bool(told)
        and any(m.measure == "participants" for m in keep)
        and any(measure == "participants" for measure, _s in told.values())  # type: ignore[union-attr]
    )
    for m in keep:
        if m.part:
            m.scope = m.part  # its rule was kept when the part was found
        elif m.measure == "arrested" and (held := state_scope(text, m.tail, sent.end, lex)):
            m.scope, m.scope_rule = held  # 'over 900 are still in custody'
        elif m.scope == INSIDE_SCOPE:
            m.scope_rule = PRESENT_OR_PASSING if m.measure_rule == PRESENT_OR_PASSING else PRESENT_AT_SCENE
            # (set with its measure)
        else:
            m.scope, m.scope_rule = _scope(text, sent, m, time, lex, crowd_before)
    for d in denials:
        if d.subject is None:  # 'none of its crews had been hurt': the crews of the figure before
            before = [m for m in keep if m.q.start < d.q.start and not m.part]
            d.subject = before[-1].subject if before else prev_subject or "people"
            d.subject_rule = "subject/previous-figure" if before or prev_subject else None
    return sorted(keep + denials, key=lambda m: m.q.start)


NOT_CROWD_READ = 160  # characters before a sentence a place of no crowd may be named in


KNOWN_BEFORE = re.compile(r"\b(?:the|these|those|all|its|their|our|his|her)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
WHOLE_BEFORE = re.compile(r"\b(?:of|out\s+of)\s+(?:the|its|their|our|his|her|all)?\s*(?:[\w'’-]+['’]s?\s+)?(?:(?:some|about|around|roughly|nearly|almost)\s+)?$", re.IGNORECASE)


def _gathering(text: str, sent: Sentence, context: str, lex: Lexicon) -> bool:
    """The passage of the sentence names a gathering or protesters (as measure/present-in-a-gathering reads it)."""
    lo = max(0, sent.start - GATHERING_READ)
    return bool(
        crowd_gathering(lex).search(text, lo, sent.end) or _there_were(lex, "gathered").search(text, lo, sent.end)
    ) or _protest_context(text, sent, context, lex, forces_apart=False)


PARTITIVE_OF = re.compile(r"\s+of\s+(?:them|us|those|these|whom|(?:the|our|their|its|his|her|my|your)\s+[\w'’-]+)(?=\s)", re.IGNORECASE)


def _serves(m: Mention, lex: Lexicon) -> bool:
    """People a force or a service sends: security, a service's staff, a relief body's people."""
    return m.subject == "security" or m.service or (m.subject_text or "").lower() in lex.grammar["relief_nouns"]


def _clause_predicate(text: str, sent: Sentence, m: Mention, nxt: Mention | None, context: str, lex: Lexicon) -> None:
    """A count of people no rule, wording or list gave a measure takes the one its clause's
    predicate tells (measure/clause-predicate: the words after the counted people, 'Not more than
    1,800 lawyers came out', 'Nine of our men were hit by bricks'; measure/size-of-a-body: the
    body whose size the figure tells before it, 'The march swelled to about 2,500 students').
    Being there is a deployment for a force's or a service's people, a crowd for others (from 50
    up, as measure/present-or-passing reads one); a deployment is told only of those a force or a
    service sends. Not the whole of a part ('fewer than 30,000 of the country's roughly 140,000
    teachers have stayed away'), nor one bare 'one' ('one was crushed': a thing as likely)."""
    if (m.no_noun and m.q.value is not None and m.q.value < 2) or WHOLE_BEFORE.search(
        text, max(sent.start, m.q.start - 30), _figure_start(text, sent.start, m)
    ):
        return
    stop = nxt.q.start if nxt is not None else sent.end
    tail = m.tail
    if (part := PARTITIVE_OF.match(text, tail, stop)) is not None:
        tail = part.end()  # 'Four of them were grazed', 'Nine of our men were hit'
    base, window = _after_window(text, tail, stop)
    measure, rule_id = clause_predicate(window, lex), CLAUSE_PREDICATE
    if measure is not None and KNOWN_BEFORE.search(text, max(sent.start, m.q.start - 24), _figure_start(text, sent.start, m)):
        return  # 'The remaining 23 were remanded': people told before, no count of its own
    subject = None
    if measure is None and (body := size_of_a_body(text, sent.start, m, lex)) is not None:
        (measure, subject), rule_id = body, SIZE_OF_A_BODY
        if measure == "deployed" and not (subject or _serves(m, lex)):
            return
    elif measure in (BEING_THERE, "participants"):
        there, measure = measure == BEING_THERE, "deployed" if _serves(m, lex) else "participants"
        if there and measure == "deployed" and not (m.subject == "security" or m.service):
            return  # ('About 3,000 of our volunteers remain in the field': a relief body's people, no force at a scene)
        if there and measure == "participants" and m.subject != "protesters" and (
            not _gathering(text, sent, context, lex)
            or not_crowd_before(text[max(0, sent.start - NOT_CROWD_READ) : m.q.start], lex)
        ):
            return  # ('About 640 people are still sleeping at the evacuation centre'; 'Visited a relief
            # camp at a school. About 600 people are sleeping in eight classrooms')
    if measure is None:
        return
    if rule_id == CLAUSE_PREDICATE:
        if measure == "deployed" and not _serves(m, lex):
            return  # ('two engineers worked overnight': no force's)
        if measure == "participants" and (
            m.service
            or m.subject not in (None, "people", "protesters")
            or m.subject != "protesters" and _size(m) < MIN_CROWD
            or m.no_noun and m.q.qualifier == "exact" and m.q.value is not None and m.q.value % ROUND_CROWD
        ):
            return  # ('Only 3 remained', 'Police said 71 remained at the scene': a tally)
    m.measure, m.own_verb, m.measure_rule = measure, rule_id == CLAUSE_PREDICATE, rule_id
    if subject is not None and (m.no_noun or m.subject in (None, "people")):  # ('46 men': the team's)
        m.subject, m.subject_rule = subject, rule_id
    fired(rule_id, base if rule_id == CLAUSE_PREDICATE else m.q.start)


ESTIMATE_OBJECT = "measure/estimate-object"
LATE_FIGURE_BEFORE = "measure/late-figure-before"
LATE_MEASURES = (ESTIMATE_OBJECT, CLAUSE_PREDICATE, CROWD_PASSAGE)  # the last readings: a bare figure after one of theirs
# reads again the wordings of a figure before ('Police estimated 38,000 for the capital and 9,000 for the
# rest of the country': measure/parallel-place, which the first reading of the wordings could not fire
# while the figure before had no measure yet)
ESTIMATE_READ = 140  # characters before a figure its verb of counting and that verb's object are read in
OBJECT_STOPS = frozenset("and but while whereas who which that said says say told".split())
BARE_OBJECT_END = re.compile(
    r"\s*(?:[,.;:!?)\"”’—–-]|$|(?:at|in|on|for|by|according|or|and|to|from|inside|outside|along|across|near|around|during|before|after|this|that|last|yesterday|today|tonight)\b)",
    re.IGNORECASE,
)  # what may follow a bare figure that is a verb's object: a stop, a preposition, a time
SMALL_FORCE = 10  # the smallest force a verb of counting or seeing tells ('we saw no more than 20 stewards')


@lru_cache(maxsize=8)
def _estimate_verbs(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verbs of grammar.estimate_objects, and the rest of a clause from one of them to the
    figure: an object that opens with a determiner, a possessive or a name's possessive, and a
    comma or a preposition ('put attendance at the peak at', 'published their own figure,')."""
    section = lex.data["grammar"]["estimate_objects"]
    forms = {f for lemma in section["lemmas"] for f in inflections(lemma)} | {w.lower() for w in section["words"]}
    verbs = re.compile(rf"\b(?:{alternation(tuple(sorted(forms)))})\b", re.IGNORECASE)
    opens = _size_heads(lex) | _crowd_nouns(lex) | {w for w in lex.subject_of if " " not in w}
    rest = re.compile(
        rf"(?:\s+(?P<obj>(?:(?:the|its|their|his|her|our|your|this|that|a|an|{alternation(tuple(sorted(opens)))})\b|[A-Z][\w-]*['’]s\b)"
        r"[^.;:!?\d\"“”()]{0,70}?))?\s*(?P<join>,|\s(?:at|as|on|of|to|in|by)\b)?\s*[\"“]?\s*$",
        re.IGNORECASE,
    )
    return verbs, rest


def _estimate_clause(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> re.Match[str] | None:
    """The clause of a verb of counting, estimating, seeing or reporting that ends right before
    the figure (its last verb whose object and preposition reach the figure), if any."""
    start = _figure_start(text, sent.start, m)
    lo = max(sent.start, start - ESTIMATE_READ)
    verbs, rest = _estimate_verbs(lex)
    found = list(verbs.finditer(text, lo, start))  # (most figures have no such verb before them)
    for v in reversed(found):
        if (hit := rest.match(text, v.end(), start)) is not None:
            return hit
    return None


def _estimate_object(text: str, sent: Sentence, m: Mention, mentions: list[Mention], context: str, lex: Lexicon) -> None:
    """A figure that is the object of a verb of counting, estimating, seeing or reporting
    (measure/estimate-object), right after it ('counted between 8,000 and 10,000 people', 'what
    police estimated at 3,000 people', 'insisted on 180,000 or more') or after its object ('put
    attendance at the peak at 95,000', 'estimated the walkout at about 120,000 staff', 'published a
    range of 95,000 to 110,000'): the object's words, else the figure's own noun, tell who is
    counted. A crowd's noun, a gathering or protesters a crowd; a force's or a service's people a
    deployment; plain people, a bare figure or a size's noun alone ('the number', 'their own
    figure') a crowd only in a passage about a gathering. Not an object of another measure or
    of things ('the cost of the rally', 'the death toll'), nor beside a figure of another measure."""
    serves = _serves(m, lex) and not m.no_noun  # (a bare figure's side is its speaker's: 'The National
    size = _size(m)  # Police Headquarters speaks of 70,000' counts no police)
    if m.subject not in (None, "people", "protesters", "security") or size < (SMALL_FORCE if serves else MIN_CROWD):
        return
    if m.no_noun and m.q.qualifier == "exact" and m.q.value is not None and m.q.value % ROUND_CROWD:
        return  # (a bare tally: 'the ministry counted 71')
    if any(o.measure not in (None, "participants", "deployed") for o in mentions):
        return
    if m.no_noun and not BARE_OBJECT_END.match(text, m.tail, sent.end):
        return  # ('we could see around 60 get into trucks': the subject of a clause of its own)
    hit = _estimate_clause(text, sent, m, lex)
    if hit is None or hit["obj"] and not hit["join"]:
        return  # ('Some accounts put the total above 100': an object and its figure with no 'at', 'as' or comma)
    obj = (hit["obj"] or "").lower()
    words = re.findall(r"[\w'’-]+", obj)
    if any(w in OBJECT_STOPS for w in words) or any(lex.noun_measure.get(w, "participants") not in ("participants", "deployed") for w in words):
        return  # ('counted them and said …'; 'put the death toll at')
    heads = _size_heads(lex)
    head = re.split(r"\s(?:of|at|in|on|for|from|along|outside|inside|near|by)\s", f" {obj} ", maxsplit=1)[0].split()
    own = head[-1] if head else None  # the object's head noun: 'attendance' of 'attendance at the peak'
    sides = {lex.subject_of.get(w) for w in words}
    crowds = _crowd_nouns(lex)
    measure = None
    if own is not None and own not in heads and not (
        own in crowds or lex.subject_of.get(own) or crowd_gathering(lex).fullmatch(own)
    ):
        return  # ('the cost of the rally at', 'its strike fund at'): an object of things
    rest = words[len(head):]
    if own in heads and rest and not (
        rest[0] == "of" or "protesters" in sides or "security" in sides or crowds & set(rest) or rest[0] == "at" and "peak" in rest
    ):
        return  # ('put the number on board at': a size of those in a place or a state, no crowd's)
    bare_side = m.no_noun and m.subject_rule is not None  # (a bare figure's side is read from its speaker)
    if words and ("security" in sides and not m.subject == "protesters"):
        measure = "deployed"
    elif words and (crowd_gathering(lex).search(obj) or "protesters" in sides or crowds & set(words)):
        measure = "participants"
    elif serves or m.subject == "security" and not bare_side:
        measure = "deployed"
    elif m.subject == "protesters" or (m.subject_text or "").lower() in crowds:
        measure = "participants"
    elif size >= MIN_CROWD and _gathering(text, sent, context, lex):
        measure = "participants"
    if measure is None or (measure == "participants" and (serves or m.subject == "security")):
        return
    m.measure, m.measure_rule = measure, ESTIMATE_OBJECT
    if measure == "deployed" and m.subject in (None, "people"):
        m.subject, m.subject_rule = "security", ESTIMATE_OBJECT
    fired(ESTIMATE_OBJECT, m.q.start)


@lru_cache(maxsize=8)
def _size_heads(lex: Lexicon) -> frozenset[str]:
    """The nouns of a crowd's or a force's size an estimate's object may be (grammar.estimate_objects.heads)."""
    return frozenset(w.lower() for w in lex.data["grammar"]["estimate_objects"]["heads"])


@lru_cache(maxsize=8)
def _crowd_nouns(lex: Lexicon) -> frozenset[str]:
    """The nouns of a crowd by who they are (grammar.crowd_nouns) and of a gathering whose size is told (grammar.clause_predicates.crowds)."""
    return lex.grammar["crowd_nouns"] | frozenset(w.lower() for w in lex.data["grammar"]["clause_predicates"]["crowds"])


PART_OF_SANCTIONED = "not-a-count/part-of-sanctioned"
SANCTIONED_PARTS = frozenset(("scope/part-including", "scope/part-continued"))
UNKNOWN_PEOPLE = "subject/unknown-noun-of-a-person-verb"
MEMBERS_OF_FORCE = "subject/members-of-a-force"


def _force_after(text: str, at: int, end: int, lex: Lexicon) -> int | None:
    """Where the force ends that a count's unknown noun belongs to, told right after it ('elements
    of the armed forces', 'ranks of the City Constabulary', 'guardsmen from the National Guard'): a
    body whose head word is a force's or a word of security forces (subject/members-of-a-force)."""
    found = patterns(lex)[MEMBERS_OF_FORCE].match(text, at, end)
    if found is None:
        return None
    ends = []
    name_ends, heads = lex.grammar["force_name_ends"], lex.grammar["force_heads"]
    for w in re.finditer(r"[\w'’-]+", text[found.start("body") : found.end()]):
        if w[0].lower() in name_ends:
            break  # the body ends at a preposition or a verb ('300 cases of ill-treatment by police')
        if w[0].lower() in heads or lex.subject_of.get(w[0].lower()) == "security":
            ends.append(w.end())
    return found.start("body") + ends[-1] if ends else None
PERSON_ENDING = re.compile(r"[a-z]{2,}(?:ers|ors|ists|ians|men|eros|eras|ees|ites)")  # cutters, braceros
ARREST_WORD = re.compile(r"\b(?:arrest|detain|apprehend|jail|imprison|round(?:ed|ing)?\s+up|custody)", re.IGNORECASE)
WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
OBJECT_OF_BEFORE = re.compile(r"\b(?:from|in|of|across|at|to|for|with|by|into|among|between)\s+$", re.IGNORECASE)
ONE_MORE = re.compile(r"\s+and\s+(?:a|an|one)\s+(?:[a-z]+\s+)?[a-z]+(?=\s+(?:were|had|have)\b)")  # 'and an engineer'
PEOPLE_HARM = re.compile(
    r"(?:died|dead|killed|perished|drowned|lost\s+their\s+li|shot|murdered|injured|wounded|hurt|hospitali[sz]ed"
    r"|received\s+(?:medical\s+)?treatment|treated\s+(?:in|at|for)\b|(?:fell|fallen|taken)\s+ill)",
    re.IGNORECASE,
)  # the harm only people undergo, of measures.<m>.after (not 'in bad shape', 'critical')
AUX_AFTER = re.compile(
    r"\s*(?:who\s+)?(?:(?:had|have|has)\s+(?:all\s+|also\s+)?(?:been\s+)?|(?:were|was|are|is)\s+(?:being\s+)?"
    r"|(?:still\s+)?remain(?:s|ed)?\s+(?:still\s+)?)?"
)  # '… had been detained', '… had died', '… remain in a critical condition', 'the two runners who
#    have died': the verb's auxiliary (and a relative pronoun of the counted people themselves)


OUTSIZED = 10  # how many times larger than the figure before a bare estimate is no rival of it
MIN_OUTSIZED = 1000  # and how large at least (a toll's rival may be ten times the toll: 'Police said 12 … activists 150')
OUTSIZED_RIVAL = "measure/outsized-rival"


NAMES_COUNTED = "measure/names-counted"
NAMED_MEASURES = TALLIES  # the lists of names a report counts people by
ASKED_WHICH = re.compile(r"\b(?:which|what|whose)\s+$", re.IGNORECASE)  # 'which six names …?'
BY_NAME = re.compile(r"\s+by\s+(?:name|their\s+names)\b", re.IGNORECASE)  # 'identified 23 people by name'


def _names_counted(
    text: str,
    m: Mention,
    told: dict[float, tuple[str, str]] | None,
    previous: Mention | None,
    asked: Callable[[], tuple[str, str | None] | None] | None,
    lex: Lexicon,
) -> str | None:
    """The measure of a figure that counts names right after it ('its list has 74 names', 'already
    contains 52 surnames'; lexicon grammar.name_nouns): a list of people, counted as the measure
    around it says (measure/names-counted). The figure becomes a count of people; None (it stays
    a count of things) when nothing around it names a list's measure."""
    if not m.other_noun or m.unknown is None or text[m.q.end : m.unknown[0]].strip():
        return None  # (the noun right after the figure: not '40 street names')
    if text[m.unknown[0] : m.unknown[1]].lower() not in lex.grammar["name_nouns"]:
        return None
    if ASKED_WHICH.search(text, max(0, m.q.start - 8), m.q.start):
        return None  # 'which six names is it leaving out?': a question, no list
    measure = _list_measure(m, told, previous, asked)
    if measure is not None:
        m.other_noun, m.unknown, m.no_noun = False, None, False
        m.subject, m.subject_text, m.subject_rule = "people", None, NAMES_COUNTED
    return measure


def _by_name(
    text: str,
    m: Mention,
    told: dict[float, tuple[str, str]] | None,
    previous: Mention | None,
    asked: Callable[[], tuple[str, str | None] | None] | None,
) -> str | None:
    """The measure of people counted 'by name' with none of their own ('identified 23 people by
    name'), as a list of names' (measure/names-counted)."""
    if m.subject != "people" or m.no_noun or not BY_NAME.match(text, m.tail):
        return None
    return _list_measure(m, told, previous, asked)


def _list_measure(
    m: Mention,
    told: dict[float, tuple[str, str]] | None,
    previous: Mention | None,
    asked: Callable[[], tuple[str, str | None] | None] | None,
) -> str | None:
    """A list of names' measure (when its own sentence gives none: the measures pass reads that
    first): the measure of the same figure told before in the report, else of the figure before in
    its paragraph (or the question asked before), when the list is no more than ten times that
    figure ('a petition with 5,000 names' after 12 arrests is none)."""
    if told and m.q.value in told and told[m.q.value][0] in NAMED_MEASURES:
        return told[m.q.value][0]
    if previous is not None and previous.measure in NAMED_MEASURES:
        return previous.measure if _size(m) <= OUTSIZED * max(_size(previous), 1) else None
    question = asked() if asked is not None else None
    return question[0] if question is not None and question[0] in NAMED_MEASURES else None


def _force_or_relief(m: Mention, lex: Lexicon) -> bool:
    """Whether a figure counts a force or a relief body's people by its noun ('140 firefighters',
    '12 mounted police', '16 volunteers' of the relief nouns), not units ('23 units')."""
    noun = (m.subject_text or "").lower()
    return (m.subject == "security" or m.service or noun in lex.grammar["relief_nouns"]) and not m.no_noun and noun not in UNIT_NOUNS


def _forces_held(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> bool:
    """Forces a body has, keeps, provides or is supported by at an event (rule measure/forces-held):
    a verb of having or being only with a place or a time after the counted noun ('had 48 police
    officers on the mountain'; not 'The army has 300,000 soldiers', its strength)."""
    held = patterns(lex)[FORCES_HELD].search(text, max(sent.start, m.q.start - FORCES_HELD_READ), m.q.start)
    if held is None:
        return False
    return held["have"] is None or _place_after(lex).match(text, m.tail, sent.end) is not None


FORCES_HELD_READ = 48  # how far before a count of forces its verb of having or providing is read


@lru_cache(maxsize=8)
def _place_after(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rule(FORCES_HELD).effect["place_after"], re.IGNORECASE)


def _listed_deployment(text: str, other: Mention, at: int, *, after: bool = False) -> bool:
    """A figure of forces deployed listed right before (or, with ``after``, right after) offset
    ``at`` with only ', ' or ' and ' between: measure/listed-with-forces."""
    if other.measure != "deployed" or other.no_noun or _size(other) <= 1 or not (other.subject == "security" or other.service):
        return False
    return BREAKDOWN_NEXT.fullmatch(text, at, other.q.start) is not None if after else (
        BREAKDOWN_NEXT.fullmatch(text, other.tail, at) is not None
    )


@lru_cache(maxsize=8)
def _there_were(lex: Lexicon, key: str = "there") -> re.Pattern[str]:
    """measure/present-in-a-gathering's effect.there ('there were' right before a figure) or
    effect.gathered ('the people who gathered': a gathering the passage names)."""
    return re.compile(rule(PRESENT_IN_A_GATHERING).effect[key], re.IGNORECASE if key == "gathered" else 0)


def _present_in_a_gathering(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> bool:
    """People told only to be at a place ('10k of us on Samora Machel', 'some 650 people remained
    in the plaza') or to be there ('there were around 9,000 people'): measure/present-in-a-gathering
    (the passage's gathering is the caller's to ask)."""
    if DATE_NAME.fullmatch(m.q.text) or VERB_OBJECT_BEFORE.search(text, max(sent.start, m.q.start - 24), m.q.start):
        return False  # '8M in Santiago': a movement named by its date; 'interviewed 63 people in Gbarnga':
        # the object of a verb before it, not people told to be there
    if patterns(lex)[PRESENT_IN_A_GATHERING].match(text, m.tail, sent.end):
        return True
    return _there_were(lex).search(text, max(sent.start, m.q.start - 40), m.q.start) is not None


DATE_NAME = re.compile(r"\d{1,2}[MNDJ]")  # a movement named by its date: '8M', '15M', '1D'
VERB_OBJECT_BEFORE = re.compile(r"\b[a-z]{2,}ed\s+$")  # 'interviewed 63 people in …', 'counted in excess of 400'



def _size(m: Mention) -> float:
    """A figure's size: its value, or the low end of its interval ('more than 5,000': 5,000)."""
    return float(m.q.value if m.q.value is not None else (m.q.low or 0))


def _singular(word: str) -> str:
    """'provinces' -> 'province', 'cities' -> 'city' (for a look-up in a list of singulars)."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _unknown_people(
    text: str, sent: Sentence, m: Mention, before: Mention | None, after: Mention | None, lex: Lexicon
) -> bool:
    """subject/unknown-noun-of-a-person-verb: a plural noun we do not know, counted by a verb of
    arrest ('detained more than 140 braceros', '140 cane cutters were detained'; not one that
    may take things, 'captured 4 tanks'), or by a verb of
    death or harm when it names people by their trade or role ('12 cane cutters had been shot
    dead'), counts people: the mention is kept with subject people. Listed with a figure of
    people of a known side right after or before it, a capitalised noun counts people of that
    side ('450 De-suups and 200 soldiers had been deployed', 'comprising 480 De-suups, 310
    personnel of the army', '300 jawans and 40 Bomberos'); a noun in lower case listed so may
    count things ('1,200 soldiers and 85 bulldozers')."""
    assert m.unknown is not None
    s, e = m.unknown
    word = text[s:e]
    if text.startswith(("\"", "”"), e) and text[s - 1 : s] in ("\"", "“"):
        e += 1  # '74 "instigators" have been arrested': the writer's quoted word, its verb after the quote
    for _ in range(2):  # 'cane cutters', 'air traffic controllers': up to two modifiers we do not know
        if PERSON_ENDING.fullmatch(word) or not (nxt := WORD_AFTER.match(text, e)):
            break
        if PERSON_ENDING.fullmatch(nxt[1]):
            e, word = nxt.end(), nxt[1]
            break
        if not (nxt2 := WORD_AFTER.match(text, nxt.end())) or not PERSON_ENDING.fullmatch(nxt2[1]):
            break
        e, word = nxt2.end(), nxt2[1]
    if (
        word[0].islower()
        and word.endswith(("s", "men"))
        and word.lower() not in lex.grammar["non_person_nouns"]
        and word.lower() not in lex.grammar["force_bodies"]
        and (force := _force_after(text, e, sent.end, lex))
    ):
        m.other_noun, m.unknown = False, None  # '150 elements of the armed forces', '180 ranks of the
        m.subject, m.subject_text, m.tail, m.subject_rule = "security", " ".join(text[s:e].split()), force, MEMBERS_OF_FORCE
        return True  # City Constabulary', '800 guardsmen of the National Guard': members of a force
    if (
        not word.endswith("s")
        or word.lower() in lex.grammar["non_person_nouns"]
        or word.lower() in lex.grammar["animal_nouns"]
        or _singular(word.lower()) in lex.data["place"]["area_nouns"]
    ):
        return False  # (not 'Protesters from 3 provinces were arrested')
    object_of = OBJECT_OF_BEFORE.search(text, max(sent.start, m.q.start - 12), m.q.start) is not None
    listed = None
    if not object_of and word[0].isupper():  # (a body's members; not '40,000+ people and 2,500
        if after is not None and BREAKDOWN_NEXT.fullmatch(text, e, after.q.start):  # tractors')
            listed = after
        elif before is not None and BREAKDOWN_NEXT.fullmatch(text, before.tail, m.q.start):
            listed = before
    if listed is not None and listed.subject is not None and not listed.other_noun:
        m.other_noun, m.unknown = False, None
        m.subject, m.subject_text, m.tail, m.subject_rule = listed.subject, text[s:e], e, UNKNOWN_PEOPLE
        return True
    if word[0].isupper() and not PERSON_ENDING.fullmatch(word):
        return False  # (a name's word, unless a list tells its people: not 'Carabineros')
    before = _measure_before(text, sent.start, m, lex)
    verb = (
        None
        if object_of
        else patterns(lex)["measure/verb-after"].match(
            text, AUX_AFTER.match(text, (one := ONE_MORE.match(text, e)) and one.end() or _past_aside(text, e, sent.end)).end(), sent.end
        )
    )  # (a preposition's object is no subject of the verb after it: 'from 3 provinces were'; one
    # more person of another kind may be listed before the verb: 'and a maintenance engineer were')
    after = lex.measure_words("after")[" ".join(verb["t"].lower().split())] if verb else None
    measures = {after, before[0] if before else None}  # (the verb right after it: not '12
    # doctors, many of whom denied the deaths')
    if PERSON_ENDING.fullmatch(word):
        if not measures & {"arrested", "killed", "injured", "participants"} and not (
            m.q.value is not None
            and m.q.low >= MIN_CROWD
            and (
                patterns(lex)[PRESENT_OR_PASSING].match(text, e, sent.end)
                or ((hit := _estimate_clause(text, sent, m, lex)) is not None and not hit["obj"])
            )
        ):  # ('6,000 runners took part', 'drew some 800 fishers': a crowd of them; 'about 3,000
            # riders are now at the park', 'some 600 fishers came to the port': a crowd at a place;
            # 'counted about 5,000 workers': a verb of counting's object, a crowd in a gathering's passage)
            return False
    elif verb is not None and after in HARM_MEASURES and PEOPLE_HARM.match(verb["t"]):
        pass  # 'five pupils had died', '58 pupils were hospitalised': only people die or are hurt
        # (not a state things may be in too: '3 bridges were in bad shape')
    elif "arrested" not in measures or not (
        (verb is not None and ARREST_WORD.search(verb["t"]))
        or ARREST_WORD.search(text, max(sent.start, m.q.start - 30), m.q.start)
    ):  # (any plural a verb of arrest counts: 'arrested 35 farmhands'; not 'captured 4 tanks')
        return False
    m.other_noun, m.unknown = False, None
    m.subject, m.subject_text, m.tail, m.subject_rule = "people", " ".join(text[s:e].split()), e, UNKNOWN_PEOPLE
    return True


IT_OF_A_COUNT = "measure/it-of-a-count"
PLAIN_COUNTED = frozenset(("people", "persons"))  # ('estimated it at about 35,000 people')
IT_AT = re.compile(
    r"(?:\b(?:it|the\s+figure|the\s+count|the\s+tally)\s+(?:(?:has|had|now|then|already|still|finally)\s+)*"
    r"(?:stood|stands|was|is|reached|rose|climbed|grew|hit|jumped)(?:\s+(?:to|at))?"
    r"|\b(?:estimated|estimates|put|puts|placed|places|set|sets)\s+it\s+at)"
    r"\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)  # 'it stood at', 'estimated it at about': a count named before, told by 'it'
COUNT_NAMED = re.compile(
    r"\b(?:the\s+|its\s+|their\s+|[\w-]+['’]s?\s+)(?:[a-z-]+\s+){0,2}?"
    r"(?:(?P<c>crowd|crowds|turnout|attendance|(?:death\s+)?toll)"
    r"|(?:figure|count|tally|number|total)\s+(?:for|of)\s+(?:the\s+)?(?P<w>[a-z]+))\b",
    re.IGNORECASE,
)  # 'The crowd itself', "The police's figure for detentions", 'the death toll'
CLOCK = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?", re.IGNORECASE)
IT_READ = 220  # how far before the figure, over the sentence before, the count it tells may be named


def _it_of_a_count(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> str | None:
    """measure/it-of-a-count: a figure after 'it stood at', 'estimated it at' (a bare number, or
    plain people) whose 'it' is a count named last before it, in its sentence or the one before
    ('The police's figure for detentions kept rising … By 9 a.m. it stood at 53': arrested; 'The
    crowd itself has been exaggerated. The governorate estimated it at about 35,000 people':
    participants): that count's measure."""
    lo = max(0, sent.start - IT_READ)
    if (it := IT_AT.search(text, max(sent.start, m.q.start - 40), m.q.start)) is None:
        return None
    named = max(COUNT_NAMED.finditer(text, lo, it.start()), key=lambda c: c.start(), default=None)  # the last
    if named is None or any(c.isdigit() for c in CLOCK.sub("", text[named.end() : it.start()])):
        return None  # (no figure between the count and its 'it', but a clock's: 'By 9 a.m. on Friday it stood at')
    if named["c"]:
        return lex.noun_measure.get(named["c"].lower().split()[-1])
    return lex.noun_measure.get(named["w"].lower())


APPOSED = "scope/apposed-breakdown"
APPOSED_OPEN = re.compile(
    r"\s+(?:(?:have|has|had|were|was)\s+)?(?:been\s+)?(?:[a-z]+ed|died|killed|dead|hurt)(?:\s+(?:dead|overall|in\s+total|in\s+all))?\s*,\s*$"
)  # ' died, ', ' were killed, ': the whole's own verb and a comma before the figures that break it down
APPOSED_NEXT = re.compile(r"\s*,?\s*(?:and\s+)?$")  # the joint to the next item
APPOSED_END = re.compile(
    r"\s*(?:,\s*(?:[^\d.,;]{1,50}?\s)?(?:said|says|added|reported|told)\b[^\d.;]{0,40})?[.;]?[\"”]?\s*$"
)  # the last item ends the sentence, or its teller does ('…, six inmates and one officer, the service said.')


def _apposed_breakdown(text: str, sent: Sentence, mentions: list[Mention]) -> None:
    """scope/apposed-breakdown: figures of people named by their kind, with no verb and no measure
    of their own, set after a figure of a toll and its own verb and a comma, to the end of the
    sentence: the parts of that figure, its measure ('seven people died, six inmates and one
    officer'). Their sum is no larger than the whole."""
    for k, whole in enumerate(mentions):
        if whole.measure not in WHOLE_MEASURES or not whole.own_verb or k + 1 >= len(mentions):
            continue
        items = mentions[k + 1 :]
        if not APPOSED_OPEN.fullmatch(text, whole.tail, items[0].q.start):
            continue
        ok = all(
            m.measure is None
            and m.subject is not None
            and not m.other_noun
            and m.q.value is not None
            and (
                APPOSED_NEXT.fullmatch(text, m.tail, items[j + 1].q.start)
                if j + 1 < len(items)
                else APPOSED_END.fullmatch(text, m.tail, sent.end)
            )
            for j, m in enumerate(items)
        )
        if not ok or len(items) < 2 or sum(_size(m) for m in items) > _size(whole):
            continue
        for m in items:
            m.measure, m.measure_rule = whole.measure, "measure/of-figure-before"
            m.part, m.scope_rule = f"part: {m.q.text} of {whole.q.text}", APPOSED
            fired(APPOSED, m.q.start)
        return


def _past_aside(text: str, at: int, end: int) -> int:
    """Where the verb of people counted by a noun ending at ``at`` may start: past a short 'of'
    phrase of whose they are ('officials of the society') and an aside before the verb ('Three
    officials, among them the depot's director, have been detained'; measure.aside_end)."""
    if (of := OF_WHOSE.match(text, at, end)) is not None and (after := aside_end(text, of.end(), end)) > of.end():
        return after
    return aside_end(text, at, end)


OF_WHOSE = re.compile(r"\s+of\s+(?:the|a|an|its|their|his|her|our)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?=,)")  # ' of the society'


def _whole_of_next_sentence(text: str, sent: Sentence, m: Mention, before: Mention) -> str | None:
    """The words of the whole that ``m``, opening its sentence with its number ('Seven were
    children.'), is a part of: the last figure of the sentence just before, a tally of people
    larger than it in the same paragraph (or the whole of that figure when it was a part
    itself); None when there is none."""
    if (
        before.measure not in WHOLE_MEASURES
        or not PART_KIND_NEXT_OPEN.fullmatch(text, sent.start, m.q.start)
        or before.tail > sent.start
        or sent.start - before.tail > NEXT_SENTENCE_CHARS
        or "\n\n" in text[before.tail : sent.start]
        or any(c.isdigit() for c in text[before.tail : sent.start])
    ):
        return None
    if before.part:
        return before.part.split(" of ", 1)[1] if " of " in before.part else None
    part = m.q.value if m.q.value is not None else m.q.high  # ('Tens of thousands were displaced.'
    whole = before.q.value if before.q.value is not None else before.q.low  # after a toll of 96: no part)
    return before.q.text if part is not None and whole is not None and part < whole else None


NEXT_SENTENCE_CHARS = 160  # the rest of the sentence before, after its last figure


def _kind_side(words: list[str], lex: Lexicon) -> str | None:
    """The side of the people a copula says a part's are ('police officers', 'children under'):
    the two words, else the first, else the last, the lexicon knows."""
    low = [w.lower() for w in words]
    for phrase in (" ".join(low[:2]), low[0], low[-1]) if low else ():
        if phrase in lex.subject_of:
            return lex.subject_of[phrase]
    return None


BARE_SHARE = static("scope/bare-share")  # ' were buried' right after a bare figure
BARE_SHARE_GAP = re.compile(
    r"(?:(?!\b(?:says?|said|saying|told|claims?|claimed|according|puts?|reports?|reported|insists?|insisted|counts?|counted"
    r"|yesterday|today|tonight|earlier|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[^.!?:\"“”])"
    r"{0,80}?(?:[,;]|\s(?:and|but|while|whereas)\b|\s[-–—])\s*$",
    re.IGNORECASE,
)  # the words between a whole and its bare part: one clause on, no teller, no day, no sentence break



def _borrow(m: Mention, source: Mention, rule: str, *, keep: bool = False) -> None:
    """``m`` takes the measure of ``source``, the figure it belongs to or goes on from, and its
    people when its own words name none, both read by ``rule``; with ``keep``, a measure ``m``
    already has stays, read by its own rule (scope/elliptic-figure: a list's item the wordings
    measured as a sibling)."""
    if not (keep and m.measure is not None):
        m.measure, m.measure_rule = source.measure, rule
    if m.subject is None:
        m.subject, m.subject_rule = source.subject, rule

def _bare_shares(text: str, mentions: list[Mention]) -> None:
    """A bare figure told with a passive verb of its own ('four were buried in the villages')
    right after a higher figure of its measure in its sentence, with no teller or day between
    ('He says the union count of at least nine dead is right, four were buried in the
    villages'): a part of that whole, what became of some of them, not a rival toll (the rule
    scope/bare-share)."""
    for k in range(1, len(mentions)):
        m, whole = mentions[k], mentions[k - 1]
        if (
            m.no_noun
            and not m.part
            and not whole.part
            and whole.measure is not None
            and m.measure == whole.measure  # (a bare figure read as no count stays none: 'two were granted bail')
            and m.q.value is not None
            and whole.q.low is not None
            and m.q.value < whole.q.low
            and BARE_SHARE.match(text, m.q.end)
            and BARE_SHARE_GAP.fullmatch(text, whole.tail, m.q.start)
        ):
            m.part, m.scope_rule = f"part: {_counted(m)} of {whole.q.text}", "scope/bare-share"
            fired("scope/bare-share", m.q.start)
            if m.subject is None:
                m.subject, m.subject_rule = whole.subject, "subject/of-figure-before"


def _counted(m: Mention, text: str = "", lex: Lexicon | None = None) -> str:
    """The figure and its counted noun, one space apart ('12 police officers'): a part's words;
    for a bare figure, the people its own clause says they are ('From them 12 are workers of
    the company' -> '12 workers', with ``text`` and ``lex``)."""
    noun = m.subject_text
    if noun is None and lex is not None and (kind := KIND_IS.match(text, m.q.end)):
        words = kind["w"].split()
        noun = next((" ".join(words[:n]) for n in (2, 1) if " ".join(words[:n]).lower() in lex.subject_of), None)
    return " ".join(f"{m.q.text} {noun or ''}".split())


KIND_IS = re.compile(r"\s+(?:were|was|are|is)\s+(?:all\s+)?(?P<w>[a-z]+(?:\s+[a-z]+)?)")  # ' are workers'



def _name_measure(
    text: str,
    sent: Sentence,
    m: Mention,
    last: Mention | None,
    context: str,
    lex: Lexicon,
    across: Mention | None = None,
) -> None:
    """The measure the wording around the figure names (claimcheck/data/wordings.jsonl),
    ``last`` the figure before it, ``across`` the last figure of the paragraph before (for a
    figure opening its paragraph)."""
    if last is not None and _opens_next_clause(text, last, m):
        last = None  # 'Detentions reached 36, and about 1,500 people came to a vigil': not a list
    named = named_measure(
        text,
        sent.start,
        sent.end,
        m.q,
        m.no_noun,
        (last.measure, last.subject, last.tail) if last is not None else None,
        context,
        lex,
        verb=m.measure is not None,  # only a rule marked over_verb replaces it
        across=(across.measure, across.subject, across.tail) if across is not None else None,
    )
    if named is not None:
        m.measure, m.measure_rule = named[0], named[3]
        if named[1] is not None and (
            m.subject is None or (m.subject_text or "").lower() in lex.grammar["generic_nouns"]
        ):  # ('… and fire-fighting more than 120 persons': the forces the rule names)
            m.subject, m.subject_rule = named[1], named[3]
        if named[2] and m.part is None:
            m.part = f"part: {m.q.text} of those {m.measure}"  # 'among those arrested'
            m.scope_rule = named[3]
        if (
            m.part is None
            and m.no_noun
            and last is not None
            and last.part is not None
            and " of " in last.part
            and has_effect(named[3], "rival", lex)
            and (whole := _part_told_of(text, last)) is not None
        ):  # 'At least nine of the dead were minors. The FGE speaks of five': the part's rival
            m.part, m.scope_rule = f"part: {m.q.text} of {whole}", named[3]
        if m.part is None and place_part(named[3], lex) and (
            where := PLACE_BEFORE.search(text, max(sent.start, m.q.start - 60), m.q.start)
            or PLACE_AFTER.match(text, m.q.end, sent.end)
        ):  # 'Ghor alone accounted for 19, followed by Badghis with 12': a place's part
            m.part, m.scope_rule = f"part: {m.q.text} in {where['p']}", named[3]


WHOLE_WORDS = re.compile(r"(?:the|them|those|these|us|our|their|its|his|her)\b", re.IGNORECASE)
PART_OF_PART_READ = 300  # how far before a part of a part its whole is looked for


def _part_told_of(text: str, part: Mention) -> str | None:
    """What the part ``part`` is a part of, when its sentence tells a part of people and not a
    whole with a share of it: 'At least nine of the dead were minors' (the dead), and in 'At least
    nine of the dead were minors, among them two girls' the two girls' whole is that part, so
    the dead; but in 'at least 260 detentions, 34 of them adolescents' the sentence is of the
    260 (None: a rival after it is the 260's, not the part's)."""
    whole = (part.part or "").rpartition(" of ")[2]
    if WHOLE_WORDS.match(whole):
        return whole  # 'of the dead', 'of them'
    at = text.rfind(whole, max(0, part.q.start - PART_OF_PART_READ), part.q.start)
    hit = PARTITIVE.match(text, at + len(whole)) if at >= 0 else None
    return " ".join(hit.group().split()[1:]) if hit else None


PLACE_NAME = r"(?P<p>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
PLACE_BEFORE = re.compile(
    PLACE_NAME + r"(?<!['’]s)\s+(?:(?:alone\s+)?(?:accounted\s+for|with)\s+(?:\w+\s+)?|\()?$"
)  # the place named before the figure of a wording with effect.place_part ('Orvo 23' in a list, 'Orvo (23)');
#    not a possessive, which names whose or which day's figure it is ("Monday's toll was two, Tuesday's four")
PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?" + PLACE_NAME)  # 'followed by 17 in Nangarhar'
AFTER_RESCUE = "measure/took-part-after-rescue"
TOOK_PART_END = re.compile(
    r"[^.;:!?]{0,60}?\b(?:took|take|takes|taking|taken)\s+part\s*[.;!]"
)  # 'More than 500 volunteers from about 30 welfare groups took part.': nothing after it
VICTIM_HARM = 24  # how far after 'victims' the harm that says what they suffered may end
VICTIMS_IN_CARE = "measure/victims-in-care"
VICTIM_CARE = re.compile(
    r"\s+(?:(?:were|are|was|is|had\s+been|have\s+been|remain(?:ed|s)?)\s+)(?:still\s+)?"
    r"(?:(?:being\s+)?(?P<verb>treated|cared\s+for|admitted)\b|in\s+(?:the\s+|its\s+|their\s+)?[a-z]+)"
)  # their own verb of care, or of being in a place ('were still being treated there', 'remained in its wards')
OF_THE_END = re.compile(r"\bof\s+(?:the\s+)?$")  # 'of the (143)': the whole of a part
AND_GAP = re.compile(r"\s*,?\s*and\s+")
ADJUNCT_AND_GAP = re.compile(
    r"(?:\s+of\s+(?:them|whom|those))?(?:\s+aged\s+\d{1,3}(?:\s*(?:to|-|–|and)\s*\d{1,3})?|\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|\s+(?:in|at)\s+the\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)"
    r"\s*,?\s*and\s+"
)  # a part's age or place between it and the next part: '11 children aged 15 to 17 and (two
#    journalists)', '98 of them in Freetown and (44 in Makeni)'
PLACE_COMMA_GAP = re.compile(
    r"(?:\s+of\s+(?:them|whom|those))?\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*"
)  # a part's place and a comma before the next part of places: '11 of them in Budapest, (2 in Debrecen)'
PLACE_NEXT = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")  # ' in Debrecen'
MEASURE_NAMED_BEFORE = re.compile(r"(?i)\b(?:toll|deaths?|dead|killed|fatalities|casualties|injur\w*|wounded|arrests?|detentions?)\b")
POSTPOSED_HARM = re.compile(r"\s(?:dead|killed|injured|wounded|hurt|detained|arrested)$")  # 'one officer dead'
PART_NOUN_GAP = re.compile(
    r"(?:\s+of\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"(?:\s+and\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
)  # the rest of a listed part's noun before the next part: '(38) employees of the dam's contractor and (17)',
#    '(41) members of the police and the National Guard, (14 women)'
LIST_GAP = re.compile(r"\s*,\s*")  # the next item of a list of parts: 'including 5,777 protesters, 86 minors
HOW_GAP = re.compile(
    r"(?:\s+of\s+(?:them|whom|those))?\s+(?:by|with|from)\s+[^,;:.\d]{1,40}?\s*,?\s+and\s+"
)  # '(four) of them by shotgun pellets and (two)'
HOW_AFTER = re.compile(r"\s+(?:by|with|from)\s")  # '(two) with fractures'
HARMED_KIND_AFTER = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:dead|killed|injured|wounded|hurt|victims|detained|arrested|detainees)\s+"
    r"(?:were|was|are|is)\s+(?:all\s+)?(?P<np>members\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+(?:\s+[a-z]+)?)\b"
)  # ' of the dead were members of the security forces', ' of the injured were police officers'
KIND_AFTER = re.compile(
    r"\s+(?:were|was|are|is)\s+(?:all\s+)?(?:[a-z]+\s+)?(?:(?!(?:and|or|but|with|who|while|by|of|in|at|on|to|from|for)\b)[a-z]+\s+)?"
    r"(?P<w>(?!(?:and|or|but|with|who|while)\b)[a-z]+)\b(?!\s+(?:by|of|in|at|on|to)\b)"
)  # ' were prison officers', ' are our own officers' after 'N of the M': what the part's people were
PART_IS = re.compile(
    r"\s+(?:are|were|was|is)\s"
)  # the part told as what its people are ('Three of the 39 are legal observers'), not an object
#    of the words before it ('files are prepared against ten of the twelve', 'the names of 118 of the 131')
PART_KIND = re.compile(
    r"\s+of\s+(?:(?:the|those)\s+\d[\d,]*|whom|them|these|those)" + KIND_AFTER.pattern
)  # '(4) of the 26 were …', '17 people were treated, five of whom were police officers'
PART_ADJUNCT = re.compile(r"\s+of\s+(?:them|whom)\b[^,;:.!?\"“”()]{0,60}?,")  # 'nine of them on Wednesday,'
PART_ADJUNCT_RULE = "measure/part-adjunct-of-figure-before"
HOW_HARMED = re.compile(r"\s+of\s+them\s+([a-z]+ly)\b")  # 'six of them seriously'
SINGULAR_VERB = {"are": "is", "were": "was"}  # a part of one told as the plural parts before it
PARALLEL = static("scope/part-parallel")  # ' were women and ' between two parts
PARALLEL_VERB = static("scope/part-parallel-verb")  # ' of them had been shot … and ' between two parts
WHOLE_ACROSS = re.compile(
    r"[\s\"“'‘(*•·–—-]*(?:of|among(?:st)?)\s+(?:these|those|them|whom)\b", re.IGNORECASE
)  # a paragraph (a list's item) that opens with a part of the figure the one before ended with
OF_THOSE_BEFORE = re.compile(r"\b(?:[Oo]f|[Aa]mong)\s+(?:those|these|them)\s*,\s*$")
NEW_CLAUSE = re.compile(r",\s+and\s+[a-z]+\w*\s")  # ', and admitted 11 of them'
BREAKDOWN_OPEN = re.compile(r"[^.;:!?\"“”]{0,40}:\s*")  # '(31 deaths) in three days: '
KIND_NEXT = re.compile(r"[^.;:!?\"“”,]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")  # ' of the mine and '
PART_PER_KIND = "scope/part-per-kind"
PART_PER_REASON = "scope/part-per-reason"  # 'six on suspicion of violent disorder and two on …'
PARTS_BY_WHAT_AFTER = ("scope/part-per-day", "scope/part-per-employer")  # '44 on Saturday', 'fifteen employed by TGL'
PART_PER_DAY = "scope/part-per-day"
BREAKDOWN_COMMA = re.compile(
    r"(?:\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+[a-z]+)?"
    r"(?:\s+(?:over|during|across|throughout|since|in)\s+(?:the\s+|its\s+|their\s+)?[a-z][^.;:!?\"“”,()\d]{0,28}?)?"
    r"(?:,\s|\s\(|\s[-–—]\s)"
)  # '(90 people) over the weekend, ': a total's period and a comma before its days ('on Friday, ' dates the total),
#    or a bracket or a spaced dash: '41 arrests over the two days (31 on 7 November and 10 on 8 November)',
#    '58 people over two days - 37 on Saturday and 21 on Sunday -'
DAY_ITEM_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?=\s)", re.IGNORECASE
)  # ' and 35' after '55 on Saturday': the next day's figure


def _next_day_item(text: str, at: int, lex: Lexicon) -> bool:
    """Whether another figure with its day follows the day's item ending at ``at`` ('55 on
    Saturday( and 35 on Sunday)'): after a comma alone a single day's figure may be no part."""
    nxt = DAY_ITEM_NEXT.match(text, at)
    return nxt is not None and patterns(lex)[PART_PER_DAY].match(text, nxt.end()) is not None


BREAKDOWN_DASH = re.compile(r"[^.;:!?\"“”]{0,40}?\s[-–—]\s+")  # '(Eight people) have been arrested so far - '
REASON_FIRST = re.compile(r"\s+(?:on\s+suspicion\s+of|suspected\s+of|accused\s+of)\s")  # a dash opens only these
BREAKDOWN_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # ', ' or ' and ' between items


CONVEYED = "measure/conveyed-in-a-list"
CONVEYED_MEASURES = frozenset(("injured", "arrested", "killed"))
CONVEYED_GAP = re.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:to|into)\s+[^,;:.!?\d]{1,60}?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)(?:another|a\s+further|some)?\s*$"
)  # the figure before carried to a place, then a list's gap: '… had been taken to Mpilo Central Hospital, (24)'
CONVEYED_TO = re.compile(
    r"\s+(?:more\s+|others?\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:(?:[a-z]+ed|went|taken|sent|flown|brought|driven)\s+(?:on\s+)?)?"
    r"(?:on\s+)?(?:to|into)\s+(?P<p>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|de|del|the))*"
    r"|(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}(?:hospitals?|clinics?|infirmary|police\s+stations?|morgues?|mortuary))"
)  # '(24) to United Bulawayo Hospitals', '(6) to Parirenyatwa', '(17) went to Al-Shifa', '(2) to the regional hospital'
CONVEYING_BEFORE = re.compile(r"\b(?:sent|rushed|transferred|referred|evacuated|took|flew|drove|brought|moved)\s+$", re.IGNORECASE)
# a verb that carried the figure's people before it ('treated 27 people and sent (6) to Parirenyatwa')


def _conveyed(text: str, mentions: list[Mention], previous: Mention | None, lex: Lexicon) -> None:
    """Bare figures carried to a place after a figure of the harmed or held, in a list or by a
    verb of carrying: a part of them, with its measure and people ('38 of the injured had been
    taken to Mpilo Central Hospital, 24 to United Bulawayo Hospitals and 12 to the Mater Dei
    Hospital'; 'they treated 27 people at the sit-in and sent 6 to Parirenyatwa'; 'Forty-one
    people were hurt; 17 went to Al-Shifa'). No larger than the figure before when no list
    names the place of that one too (a crowd going to a square is no part of the hurt). With no
    figure of a measure before, a verb of carrying and a place of care make it injured ('took 11
    to the district hospital')."""
    for k, m in enumerate(mentions):
        before = mentions[k - 1] if k else previous
        if (
            m.measure is None
            and m.no_noun
            and m.part is None
            and (before is None or before.measure is None)
            and CONVEYING_BEFORE.search(text, max(0, m.q.start - 20), m.q.start)
            and TO_A_HOSPITAL.match(text, m.q.end)
        ):  # 'Rescuers pulled 25 people from the rubble and took 11 to the district hospital'
            fired(CONVEYED, m.q.start)
            m.measure, m.measure_rule = "injured", CONVEYED
            continue
        if (
            before is None
            or before.measure not in CONVEYED_MEASURES
            or not m.no_noun
            or m.part is not None
            or m.q.value is None
            or m.measure not in (None, "deployed")
            or before.q.end > m.q.start
        ):
            continue
        to = CONVEYED_TO.match(text, m.q.end)
        if to is None:
            continue
        at = max(before.tail, m.q.start - 200)
        listed = CONVEYED_GAP.fullmatch(text, at, m.q.start) is not None
        carried = CONVEYING_BEFORE.search(text, max(before.tail, m.q.start - 20), m.q.start) is not None
        if m.measure == "deployed" and not carried:
            continue  # ('sent 40 officers to …' after a toll is a deployment of its own)
        if not listed and (before.q.value is None or m.q.value > before.q.value):
            continue
        fired(CONVEYED, m.q.start)
        m.measure, m.measure_rule = before.measure, CONVEYED
        if m.subject is None or m.subject_rule in (None, DEFAULT_PEOPLE, "subject/previous-figure"):
            m.subject, m.subject_rule = before.subject, CONVEYED
        whole = before.part.split(" of ", 1)[1] if before.part and " of " in before.part else None
        m.part, m.scope_rule = _part_in_place(m, to["p"], whole), CONVEYED
        if listed and before.part is not None and before.part.startswith(f"part: {before.q.text} of ") and (
            first := CONVEYED_TO.match(text, _list_place_start(text, before.tail, m.q.start))
        ):  # ('38 of the injured had been taken to Mpilo, 24 to …': the first item's place too)
            before.part = _part_in_place(before, first["p"], whole)


CONVEYED_PLACE_OPENS = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?=(?:on\s+)?(?:to|into)\s)")  # '… had been taken (to Mpilo)'


def _list_place_start(text: str, at: int, end: int) -> int:
    """Where the words that carried the first item of a list to its place end, before 'to'."""
    hit = CONVEYED_PLACE_OPENS.match(text, at, end)
    return hit.end() - 1 if hit else at


def _part_in_place(m: Mention, place: str, whole: str | None) -> str:
    """A part carried to a place, named by the place ('part: 24 in United Bulawayo Hospitals of
    the injured': the place's figure when grouping, situate._place_of_part); a place in lower
    case ('the regional hospital') is told but names none."""
    place = " ".join(place.split())
    place = place[4:] if place.startswith("the ") and place[4:5].isupper() else place
    return f"part: {m.q.text} in {place}" + (f" of {whole}" if whole else "")


def _per_place(
    text: str, mentions: list[Mention], lex: Lexicon, sent: Sentence, previous: Mention | None
) -> None:
    """The rule scope/part-per-place: after a total and a colon, figures each with a place
    ('31 deaths in three days: 19 in Sokodé, 8 in Lomé and 4 in Bafilo') are parts of the
    total, with its measure and subject; so are those of a sentence of places alone after the
    total's sentence ('41 persons have been seen at our facilities. Twenty-nine at the General
    Hospital, nine at …'). An item may tell its own verb before its place ('two died at the
    scene and one at the General Hospital')."""
    place = patterns(lex)["scope/part-per-place"]
    whole: Mention | None = None
    carried: Mention | None = None  # the sentence opens with a place's figure after a total
    if (
        previous is not None
        and previous.measure is not None
        and not previous.part
        and mentions
        and mentions[0].measure is None
        and mentions[0].no_noun
        and not text[sent.start : mentions[0].q.start].strip(OPENING)
        and place.match(text, mentions[0].tail)
    ):
        whole = carried = previous
    last = -1  # where the list's last item (its place) ended
    whole_rule: str | None = None  # the rule of the list's item before (a day's, an employer's)
    for m in mentions:
        if whole is not None and (
            m.measure is None or m.measure == whole.measure or m.measure_rule == "measure/verb-after"
        ):
            if m.measure is None and _bracketed(text, m) and (
                named := _place_before(text, whole.tail if last < 0 else last, m, last < 0, lex)
            ):  # 'distributed between Adan Hospital (29) and Al-Farwaniya Hospital (17)'
                _borrow(m, whole, PER_PLACE_BRACKETED)
                last = m.q.end + (text[m.q.end - 1] != ")")
                where = " ".join(text[named:last].split())
                m.part, m.scope_rule = f"part: {where} of {whole.q.text}", PER_PLACE_BRACKETED
                continue
            opens = last < 0 and (
                whole is carried
                or BREAKDOWN_OPEN.fullmatch(text, whole.tail, m.q.start)
                or BREAKDOWN_DASH.fullmatch(text, whole.tail, m.q.start) is not None and REASON_FIRST.match(text, m.q.end)
                or text.startswith(" (", whole.tail) and whole.tail + 2 == m.q.start
            )  # '31 deaths in three days: 19 in Sokodé, …', 'is 47 (41 at the scene, 6 in hospital)'
            goes_on = last >= 0 and BREAKDOWN_NEXT.fullmatch(text, last, m.q.start)
            hit = place.match(text, m.tail) if opens or goes_on else None
            if (
                hit is None
                and (opens or goes_on)
                and m.own_verb
                and m.measure == whole.measure
                and (verb := OWN_VERB.match(text, m.tail))
            ):  # 'Three persons have lost their lives: two died at the scene and one at …'
                hit = place.match(text, verb.end())
            if hit is not None and m.measure not in (None, whole.measure) and m.tail != m.q.end:
                hit = None  # ('6 in hospital' read as the injured: the place's words, no verb of its own)
            if hit is not None:
                _borrow(m, whole, "scope/part-per-place")
                where = " ".join(text[m.q.start : hit.end()].split())
                m.part, m.scope_rule = f"part: {where} of {whole.q.text}", "scope/part-per-place"
                last = hit.end()
                continue
            if (
                m.measure is None
                and m.no_noun
                and not m.part
                and (opens or goes_on)
                and (why := patterns(lex)[PART_PER_REASON].match(text, m.q.end))
            ):  # 'Eight people have been arrested so far - six on suspicion of violent disorder and two …'
                _borrow(m, whole, PART_PER_REASON)
                what = " ".join(text[m.q.start : why.end()].split())
                m.part, m.scope_rule = f"part: {what} of {whole.q.text}", PART_PER_REASON
                last = why.end()
                continue
            comma_opens = (
                last < 0
                and not opens
                and BREAKDOWN_COMMA.fullmatch(text, whole.tail, m.q.start) is not None
            )  # '90 people over the weekend, (55 on Saturday and 35 on Sunday)': days only
            if m.measure is None and m.no_noun and not m.part and (opens or goes_on or comma_opens):
                for rule in PARTS_BY_WHAT_AFTER:
                    if (what := patterns(lex)[rule].match(text, m.q.end)) is not None and (
                        what.group().split(None, 1)[0] != "by" or goes_on and whole_rule == rule
                    ) and (
                        not comma_opens or rule == PART_PER_DAY and _next_day_item(text, what.end(), lex)
                    ):  # ('… fifteen employed by TGL and eight by contractors': 'by' after such an item)
                        _borrow(m, whole, rule)
                        told = " ".join(text[m.q.start : what.end()].split())
                        m.part, m.scope_rule = f"part: {told} of {whole.q.text}", rule
                        last, whole_rule = what.end(), rule
                        break
                if m.part:
                    continue
            if (
                m.measure is None
                and m.subject_text
                and not m.part
                and (last < 0 and opens or last >= 0 and KIND_NEXT.fullmatch(text, last, m.q.start))
                and not PARTITIVE.match(text, m.q.end)
            ):  # 'It put the toll at 31: 27 employees of the mine and four members of their families'
                m.measure, m.measure_rule = whole.measure, PART_PER_KIND
                m.part, m.scope_rule = f"part: {_counted(m)} of {whole.q.text}", PART_PER_KIND
                last = m.tail
                continue
        last = -1
        whole = m if m.measure is not None else None  # ('23 of them remain in hospital: 15 at …')


ELLIPTIC_FIGURE = "scope/elliptic-figure"
GAPPED_RULES = frozenset(("measure/gapped-at",))  # a wording a rival's bare figure may have had ('the rebels at 30')
ELLIPTIC_CLAIMANT_RULE = "measure/elliptic-claimant"  # '…, the Red Crescent 17': a rival claimant's bare figure
SIBLING_RULES = frozenset(("measure/list-comma", "measure/parallel-place", "measure/parallel-time"))  # wordings
ELLIPTIC_JOINT = re.compile(r"\s*(?:[,;]\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+plus\s+)(?:(?:also|another|a\s+further|further|then)\s+)?")
ELLIPTIC_FIRST = re.compile(
    r"(?:[^.;:!?\"“”()\[\]]|(?<=\d)[:.](?=\d\d)){0,60}?(?:[,;:]\s*(?:and\s+|plus\s+)?|\s[-–—]\s+|\s+and\s+|\s+plus\s+)"
    r"(?:(?:also|another|a\s+further|further|then)\s+)?"
)  # '(41) people were arrested, ': the antecedent's own words, then the list's joint ('…, and also 9 in
#    Masvingo')
ELLIPTIC_REPEATED = re.compile(r"\b(?:at|to)\s+")  # 'stood at 14 … and at 19 …': the antecedent's word again
ELLIPTIC_TIME = re.compile(
    r"\b(?:dawn|dusk|daybreak|sunrise|sunset|noon|midday|midnight|nightfall|morning|afternoon|evening|night"
    r"|today|yesterday|tonight|overnight|later|earlier|hours?|day|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|\d{1,2}(?:[:.h]\d\d|\s+(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b)",
    re.IGNORECASE,
)  # an item's adjunct that tells a time, not a place
TIME_LEAD = re.compile(
    r"\s*(?:(?:more|others?|further|here|there|at|by|on|in|before|after|during|until|till|the|this|that|late|early"
    r"|last|same|next|following|previous)\s+)*",
    re.IGNORECASE,
)  # the words before an adjunct's head ('on the morning of …', 'late on Tuesday'): a time if the head is one


def _timed(text: str, at: int) -> bool:
    """Whether the adjunct at ``at`` opens with a time ('at dawn', 'the next morning', 'on 12
    November'), not a place ('in Celje on Thursday' is Celje's)."""
    return ELLIPTIC_TIME.match(text, TIME_LEAD.match(text, at).end()) is not None
ELLIPTIC_WHOLE = re.compile(
    r"^\s*(?:across|throughout|over|since|between|nationwide|in\s+(?:all|total))\b|\b(?:country|nation|nationwide"
    r"|cities|towns|regions|provinces|states|districts|areas|sites|places|locations|hospitals|days|weeks|weekend)\b",
    re.IGNORECASE,
)  # the antecedent's adjunct that spans the items' ('across the country', 'in the three cities'): a whole
ELLIPTIC_DIGITS = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b\d{1,2}(?=\s+[A-Z][a-z])|(?<=[A-Za-z]\s)\d{1,2}\b(?!\s*[a-z])")
# (times and dates in the antecedent's words: any other figure there is a list of other things)


def _elliptic(text: str, mentions: list[Mention], sent: Sentence, previous: Mention | None) -> None:
    """The rule scope/elliptic-figure: a bare figure with a place or a time after it, in a list
    after a figure of a measure ('41 people were arrested, 30 in Kisumu and 11 in Nakuru'; 'the
    toll was 7 at dawn, 11 in the afternoon and 13 the next morning'), borrows the measure and
    subject of the figure the list follows. The items are parts of it when its own words tell
    no adjunct of their kind (a place, a time), or a whole one ('arrested across the country,
    …'); else each is a figure of its own place or time, a sibling."""
    adjunct = static(ELLIPTIC_FIGURE)
    ends: dict[int, int] = {}  # where each figure's own place or time ends (by index)
    roots: dict[int, tuple[Mention, bool]] = {}  # each item's antecedent, and whether items are its parts
    for k, m in enumerate(mentions):
        if (m.part or (k and m.no_noun and not m.own_verb)) and (own := adjunct.match(text, m.tail, sent.end)) is not None:
            ends[k] = own.end()  # (read only for an item, or a part before one: the others' ends are never asked)
        before = mentions[k - 1] if k else previous  # (the clause before a semicolon: '…; the union, 10,000')
        if (
            before is not None
            and (k or SEMICOLON_ONLY.fullmatch(text, before.tail, m.q.start))
            and (m.measure is None or m.subject_rule == "subject/named-before" or m.measure_rule in GAPPED_RULES)
            and m.no_noun
            and not m.part
            and before.measure is not None
            and not before.denial
            and _rival_claimant(text, sent, before, m)
        ):  # 'Officials say 9 people were injured, the Red Crescent 17': the claimant's own figure ('the police
            # at 4,500' after 'estimated the crowd at 3,000': the police's estimate, no force)
            m.measure = None
            if m.subject_rule == "subject/named-before":
                m.subject = m.subject_rule = None
            _borrow(m, before, ELLIPTIC_CLAIMANT_RULE)
            if m.subject is None:  # (not the claimant's own side: 'the police at 4,500' counts no police)
                m.subject, m.subject_rule = "people", ELLIPTIC_CLAIMANT_RULE
            fired(ELLIPTIC_CLAIMANT_RULE, m.q.start)
            continue
        if not k or not m.no_noun or m.part or k not in ends or m.own_verb:
            continue
        if m.measure is not None and m.measure_rule not in SIBLING_RULES:
            continue  # (a sibling's measure is read by the wordings; whether it is a part, here)
        before = mentions[k - 1]
        timed = _timed(text, m.q.end)
        if k - 1 in roots and ELLIPTIC_JOINT.fullmatch(text, ends[k - 1], m.q.start):
            root, parts = roots[k - 1]
        elif before.measure is None or before.denial:
            continue
        elif before.part and k - 1 in ends and ELLIPTIC_JOINT.fullmatch(text, ends[k - 1], m.q.start):
            root, parts = before, True  # '52 of them in the capital, 21 in Mombasa': another part of that whole
        elif (joint := _elliptic_joint(text, sent, before, m)) is not None:
            words = text[before.tail : joint]
            if any(c.isdigit() for c in ELLIPTIC_DIGITS.sub("", words)):
                continue  # '41 people were arrested and 30 vehicles burned, 10 in Kisumu': other things
            told = adjunct.search(words)  # the antecedent's own place or time
            parts = (
                told is None
                or ELLIPTIC_WHOLE.search(told.group()) is not None
                or _timed(words, told.start()) != timed
            )  # ('3 deaths at 02:50, 7 at dawn': each its own time; '12 officers were hurt on Friday, 7 in Tunis': parts)
            root = before
        else:
            continue
        if m.measure not in (None, root.measure) or _one_of_each(text, m, ends[k], sent) or _size(m) >= max(
            OUTSIZED * _size(root), MIN_OUTSIZED
        ):  # ('one at Taichung Hospital and the other at …': a person each; '300+ arrested,
            continue  # 10,000 on the street': a figure of another measure, not a part of the 300)
        of_whole = (root.part or "").partition(" of ")[2]  # the whole a part names ('part: 62 in Orvo' names none)
        whole = root if not root.part else next((o for o in mentions if o.q.text == of_whole), None)
        if parts and whole is not None and _size(m) > _size(whole) > 0:
            continue  # ('… and 4 units, of them 3 by firearm, 11 by blunt object': no part is larger than its whole)
        where = " ".join(text[m.q.start : ends[k]].split())
        _borrow(m, root, ELLIPTIC_FIGURE, keep=True)
        fired(ELLIPTIC_FIGURE, m.q.start)
        roots[k] = (root, parts)
        if root.part:  # (an item the wordings read as a sibling of a part stays one: '21 died at the scene and nine
            if m.measure_rule not in SIBLING_RULES and of_whole:  # later in hospital', each its own place's)
                m.part, m.scope_rule = f"part: {where} of {of_whole}", ELLIPTIC_FIGURE
        elif parts:
            m.part, m.scope_rule = f"part: {where} of {root.q.text}", ELLIPTIC_FIGURE


CONTINUED = "measure/continued-next-sentence"
CONTINUED_END = re.compile(r"\s*(?:[,;.:!?)\]]|$)")  # the figure ends its clause


@lru_cache(maxsize=8)
def _increment_after(lex: Lexicon) -> re.Pattern[str]:
    """'more', 'further', 'additional' … right after a figure (lexicon time.increment_after)."""
    return re.compile(rf"\s+(?:{alternation(lex.data['time']['increment_after'])})\b", re.IGNORECASE)


def _continued(text: str, mentions: list[Mention], sent: Sentence, previous: Mention | None, lex: Lexicon) -> None:
    """The rule measure/continued-next-sentence: the first figure of a sentence, a bare number
    with no noun or verb of its own, told as more of the same ('A further 9 on Thursday',
    'Three more overnight', 'Another 15 at the northern checkpoint') or as a rival tally ('The
    opposition's own count is higher: 46'), takes the measure and subject of the last figure of
    the sentence before, when it ends its clause or only its own place or time follows it."""
    if not mentions or previous is None or previous.measure is None or previous.denial:
        return
    m = mentions[0]
    if m.measure is not None or not m.no_noun or m.part or m.own_verb or m.denial:
        return
    if text[sent.start : sent.end].rstrip(" \"”’'").endswith("?"):
        return  # ('Where are the other 9?': asked, not told)
    after = _increment_after(lex).match(text, m.q.end, sent.end)
    if after is None and patterns(lex)[CONTINUED].search(text, max(sent.start, m.q.start - 80), m.q.start) is None:
        return
    at = after.end() if after is not None else m.q.end
    if CONTINUED_END.match(text, at, sent.end) is None and PRONOUN_TELLS.match(text, at, sent.end) is None and (
        (own := static(ELLIPTIC_FIGURE).match(text, at, sent.end)) is None or own.start() != at
    ):
        return  # ('Another 12 went home': a verb of its own)
    if _size(m) >= max(OUTSIZED * _size(previous), MIN_OUTSIZED):
        return  # ('Police detained 40. The organisers' count is higher: 20,000': a crowd, not arrests)
    _borrow(m, previous, CONTINUED)
    fired(CONTINUED, m.q.start)


SET_AGAINST = "measure/compared-figure"
SET_AGAINST_AFTER = re.compile(rule(SET_AGAINST).effect["after"])  # ' it posted', ' given by …', or the clause ends


def _set_against(text: str, mentions: list[Mention], sent: Sentence) -> None:
    """The rule measure/compared-figure: a bare figure with no noun or verb of its own, set
    against the figure before it in its sentence ('58 migrants had drowned, up from the 41 it
    reported on Tuesday'; '212 arrests on Sunday, against 150 the previous weekend'; 'deployed at
    first, later about 1,600'), is the same count at another time or by another teller: it takes
    that figure's measure and subject, no part of it."""
    joint = static(SET_AGAINST)
    for k in range(1, len(mentions)):
        m, before = mentions[k], mentions[k - 1]
        if (
            m.measure is not None
            and (m.measure_rule != "measure/verb-after" or not PRONOUN_AGENT_AFTER.match(text, m.q.end, sent.end))
        ) or not m.no_noun or m.part or m.denial:
            continue  # (the verb after 'the 30 it posted' is its teller's, not the figure's)
        if before.measure is None or before.denial or before.tail > m.q.start:
            continue
        gap = joint.fullmatch(text, before.tail, m.q.start)
        if gap is None or any(c.isdigit() for c in ELLIPTIC_DIGITS.sub("", text[before.tail : m.q.start])):
            continue  # ('… 38 people were evacuated, from 12 villages': no comparing words; other figures between)
        if SET_AGAINST_AFTER.match(text, m.q.end, sent.end) is None and (
            (own := static(ELLIPTIC_FIGURE).match(text, m.q.end, sent.end)) is None or own.start() != m.q.end
        ) and TIME_AFTER.match(text, m.q.end, sent.end) is None:
            continue  # ('up from 5 to 80': a range, not a count)
        if _size(m) >= max(OUTSIZED * _size(before), MIN_OUTSIZED):
            continue
        m.measure = None  # (a measure its teller's verb gave)
        _borrow(m, before, SET_AGAINST)
        fired(SET_AGAINST, m.q.start)


COUNT_OF_APPOSITION = "measure/count-of-apposition"
APPOSED_READINGS = frozenset(("measure/verb-after", "measure/of-the-counted"))  # what the count's clause misled
COUNT_OF_READ = 60  # how far before a figure the count it stands in apposition to is looked for


def _count_of_apposition(text: str, mentions: list[Mention], sent: Sentence, lex: Lexicon) -> None:
    """The rule measure/count-of-apposition: a figure with no measure of its own right after a
    count and the measure it counts, a comma between ('The fire service's own count of injured,
    63, covered only …'; 'a higher number of injured, 87 persons'; 'its tally of the dead, 15,'),
    counts that measure: the noun after 'of' tells it (lexicon noun_measure)."""
    pattern = static(COUNT_OF_APPOSITION)
    for m in mentions:
        if (m.measure is not None and m.measure_rule not in APPOSED_READINGS) or m.denial or not (
            m.no_noun or (m.subject_text or "").lower() in GENERIC_PEOPLE
        ):
            continue
        told = pattern.search(text, max(sent.start, m.q.start - COUNT_OF_READ), m.q.start)
        if told is None or (measure := lex.noun_measure.get(told["w"].lower())) is None:
            continue
        if m.part and m.measure_rule == "measure/of-the-counted":
            m.part = m.scope_rule = None  # ('its own tally of the dead, 15,': the tally, no part of the dead)
        elif m.part:
            continue
        m.own_verb = False
        m.measure, m.measure_rule = measure, COUNT_OF_APPOSITION
        if m.subject is None:
            m.subject, m.subject_rule = "people", COUNT_OF_APPOSITION
        fired(COUNT_OF_APPOSITION, m.q.start)


PLACE_FIRST = "scope/place-first-list"
GENERIC_PEOPLE = frozenset(("persons", "people", "individuals"))  # an item's noun that names no one's side
PLACE_FIRST_TAKEN = frozenset((CROWD_PASSAGE, "measure/parallel-place-before", "measure/gapped-and", *SIBLING_RULES))
# the measures an item may have been given already that tell no reading of its own (a crowd's guess, a sibling's)
OWN_PLACE_FIRST = re.compile(r"(?:^|[.;:,!?]\s+|\n)(?:in|at|on)\s+[A-Z][^.;:,!?\d\n]{0,40}$", re.IGNORECASE)
PLACE_FIRST_END = re.compile(r"\s*(?:[,;.)]|and\b|$)")  # the item ends after its figure (and its noun)


@lru_cache(maxsize=8)
def _place_first_gaps(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words before a place-first item: opening the next sentence ('Of them, in Minsk '),
    after the antecedent in its sentence ('(85) people were detained across the region: in
    Osh '), after the item before (', in Jalal-Abad ')."""
    place = patterns(lex)[PLACE_FIRST].pattern
    return (
        re.compile(
            rf"[\s\"“'‘(]*(?:(?:of|among)\s+(?:them|these|those|whom)\s*,?\s*|[^.;:!?\d]{{0,80}}:\s*)?(?P<at>{place})\s+",
            re.IGNORECASE,
        ),
        re.compile(rf"[^.;:!?\d\"“”()]{{0,80}}?(?:[,;:]|\s[-–—])\s*(?:and\s+)?(?P<at>{place})\s+", re.IGNORECASE),
        re.compile(rf"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?P<at>{place})\s+", re.IGNORECASE),
    )


def _place_first(text: str, mentions: list[Mention], sent: Sentence, previous: Mention | None, lex: Lexicon) -> None:
    """The rule scope/place-first-list: items that name their place before their figure ('in
    Câmpeni 1,900 persons, in Turda 2,400, …'), after a figure of a measure in the same sentence
    or opening the next, take its measure and subject; parts of it when they add up to no more."""
    if not mentions:
        return
    root: Mention | None = None
    items: list[tuple[Mention, str]] = []
    for k, m in enumerate(mentions):
        if (
            m.part
            or m.denial
            or (m.measure is not None and m.measure_rule not in PLACE_FIRST_TAKEN)  # (a rival's: 'the police said 11,500')
            or not (m.no_noun or m.subject_rule == "subject/head-noun")
            or m.q.text.split()[0].lower().endswith("ed")  # ('In Coimbra police estimated 3,000': a clause)
            or PLACE_FIRST_END.match(text, m.tail, sent.end) is None  # ('In Osh 12 were later freed': a verb of its own)
        ):  # (no item: checked first, the words before it are read only for one)
            _place_items(text, root, items, lex)
            root, items = None, []
            continue
        opening, after_root, after_item = _place_first_gaps(lex)
        gap = None
        if items and (prev_item := items[-1][0]) is mentions[k - 1]:
            gap = after_item.fullmatch(text, prev_item.tail, m.q.start)
        if gap is None:
            _place_items(text, root, items, lex)
            root, items = None, []
            before = mentions[k - 1] if k else previous
            if before is None or before.denial or not (before.measure or _default_measure(before, lex)):
                continue  # ('counted 1,240 strikers …, in the port 800': a crowd's, read later)
            gap = (after_root if k else opening).fullmatch(text, before.tail if k else sent.start, m.q.start)
            if gap is None:
                continue
            root = before
        if (
            m.measure not in (None, root.measure or _default_measure(root, lex))
            or not (m.no_noun or (m.subject_text or "").lower() in GENERIC_PEOPLE or m.subject == root.subject)
            or _size(m) > _size(root)
        ):
            _place_items(text, root, items, lex)
            root, items = None, []
            continue
        items.append((m, " ".join(gap["at"].split())))
    _place_items(text, root, items, lex)


def _place_items(text: str, root: Mention | None, items: list[tuple[Mention, str]], lex: Lexicon) -> None:
    """Give a place-first list's items their antecedent's measure and subject, and make them
    its parts when they add up to no more than it (else each its own place's figure)."""
    if root is None or not items:
        return
    parts = (
        sum(_size(m) for m, _ in items) <= _size(root)
        and not root.part
        and OWN_PLACE_FIRST.search(text, max(0, root.q.start - 60), root.q.start) is None
    )  # ('In Košice we counted 6,000, in Žilina 3,500': the first item's own place, a sibling each)
    for m, at in items:
        m.measure, m.measure_rule = root.measure or _default_measure(root, lex), PLACE_FIRST
        if (
            m.subject is None
            or m.subject_rule in (DEFAULT_PEOPLE, "subject/previous-figure")
            or (m.subject_text or "").lower() in GENERIC_PEOPLE
        ):  # ('64 wounded protesters … at the field clinic 41 persons': the whole's people)
            m.subject, m.subject_rule = root.subject, PLACE_FIRST
        if parts:
            m.part, m.scope_rule = f"part: {m.q.text} {at} of {root.q.text}", PLACE_FIRST
        fired(PLACE_FIRST, m.q.start)


ELLIPTIC_CLAIMANT = re.compile(
    r"(?:[^.;:!?\"“”()\[\]]|(?<=\d)[:.](?=\d\d)){0,60}?(?:[,;]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?|\s+and\s+|\s+while\s+|\s+but\s+)"
    r"(?P<who>(?:the\s+)?[\w'’.-]+(?:\s+(?:of\s+(?:the\s+)?)?[\w'’.-]+){0,3}?)(?:\s*,\s*|\s+)(?P<at>at\s+)?"
)  # '(9 people were injured), the Red Crescent ', '…; the opposition, ': another claimant's figure; '(estimated
#    the crowd at 3,000), the police at ': its word again
RIVAL_NAME = re.compile(
    r"(?:[,;]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?|\s+and\s+|\s+while\s+|\s+but\s+)"
    r"(?P<who>(?:the\s+)?[\w'’.-]+(?:\s+(?:of\s+(?:the\s+)?)?[\w'’.-]+){0,3}?)(?:\s*,\s*|\s+)(?:at\s+)?$"
)  # the name alone, right before the figure (or before 'at' when its antecedent stood after 'at')
NOT_CLAIMANT = re.compile(
    r"(?:^|\s)(?:aged|ages?|average|including|among|mostly|mainly|some|about|around|nearly|almost|over|under|up|down|from|to|of"
    r"|with|another|and|total|all|only|just|now|then|by|in|at|on|for|them|whom|these|those|others?|rest|remaining|were|was"
    r"|are|is|had|have|has|been|said|says|more|less|fewer|than|who|which|that|this|it|its|their|his|her|[\w'’-]+est)(?=\s|$)"
    r"|\d",
    re.IGNORECASE,
)  # words no claimant's name is made of: an age, a part, a qualifier, a verb
TOLD_BY = re.compile(
    r"\b(?:said|say|says|saying|estimated?|estimates|put|puts|counted|counts|reported|reports|claimed|claims|gave|gives"
    r"|told|tells|according|recorded|records|confirmed|confirms)\b",
    re.IGNORECASE,
)  # the figure before is someone's claim: a rival's may follow it
SEMICOLON_ONLY = re.compile(r"[^.!?]{0,80};[^.!?;]{0,40}")  # the figure before stands before a semicolon
TOLD_READ = 100  # how far before the figure a speech verb of its claim is looked for, across a semicolon
ITEM_END = re.compile(r"\s*(?:[.;!?)\]]|,|$|\[)|\s+(?:and|while|but|whereas)\s")  # ('the opposition 40 and lawyers …')


def rival_named(text: str, lo: int, m: Mention) -> str | None:
    """The claimant named right before a rival's bare figure read by measure/elliptic-claimant
    ('…, the rebels more than 20': 'the rebels'), from ``lo`` on."""
    gap = RIVAL_NAME.search(text, max(lo, m.q.start - 60), m.q.start)
    return None if gap is None else gap["who"]


def _rival_claimant(text: str, sent: Sentence, before: Mention, m: Mention) -> bool:
    """Whether ``m`` is a bare figure another claimant gives right after ``before``, a claim of
    the same sentence told by someone, the measure left out ('Officials say 9 people were
    injured, the Red Crescent 17'; 'The authorities said 14 people were detained; the
    opposition, 40')."""
    gap = ELLIPTIC_CLAIMANT.fullmatch(text, before.tail, m.q.start)
    return (
        gap is not None
        and (gap["at"] is None or text.endswith("at ", 0, before.q.start))  # ('put the toll at 41, the Red Cross at 57')
        and NOT_CLAIMANT.search(gap["who"]) is None
        and ITEM_END.match(text, m.q.end) is not None
        and TOLD_BY.search(text, min(sent.start, max(0, before.q.start - TOLD_READ)) if before.q.start < sent.start else sent.start, gap.start("who")) is not None
        and not any(c.isdigit() for c in text[before.tail : gap.start("who")])
    )


ONE_THE_OTHER = re.compile(r"[^.;!?]{0,60}?\b(?:the\s+other|another|and\s+one)\b", re.IGNORECASE)  # '… and the other at …'
ONE_BEFORE = re.compile(r"\bone\s", re.IGNORECASE)


def _one_of_each(text: str, m: Mention, end: int, sent: Sentence) -> bool:
    """Whether ``m`` is 'one' of a pair told person by person ('one at Taichung Hospital and
    the other at Puli', 'one from Vietnam and one from Uzbekistan'): a person each, no count."""
    if m.q.text.lower() != "one":
        return False
    return ONE_THE_OTHER.match(text, end, sent.end) is not None or ONE_BEFORE.search(text, max(sent.start, m.q.start - 40), m.q.start) is not None


def _elliptic_joint(text: str, sent: Sentence, before: Mention, m: Mention) -> int | None:
    """Where the antecedent's words end before the first item of an elliptic list: the list's
    joint (', ', ' and ', ' plus ', ' - '), or, when the antecedent stood after 'at' or 'to', that
    word again ('stood at 14 at 23:00 and at 19 at 18:00')."""
    if (joint := ELLIPTIC_FIRST.fullmatch(text, before.tail, m.q.start)) is not None:
        return joint.end()
    rep = ELLIPTIC_REPEATED.search(text, max(sent.start, m.q.start - 4), m.q.start)
    if rep is None or rep.end() != m.q.start or not text.endswith(rep.group(), sent.start, before.q.start):
        return None
    joint = ELLIPTIC_FIRST.fullmatch(text, before.tail, rep.start())
    return None if joint is None else joint.end()


PER_PLACE_BRACKETED = "scope/part-per-place-bracketed"
THE_DEAD_INCLUDE = "measure/the-dead-include"  # a part wording: what the dead, hurt or arrested include
OWN_VERB = re.compile(r"\s+(?:(?:were|was|had|have|has)\s+(?:been\s+)?)?[a-z]+")  # " died", " were killed"
BREAKDOWN_SPREAD = re.compile(
    r"[^.;:!?\"“”]{0,40}?\b(?:distributed|divided|split|spread|shared)\s+(?:between|among|across|over)\s*$"
    r"|[^.;:!?\"“”]{0,40}:\s*$",
    re.IGNORECASE,
)  # '(46) injured, distributed between ', '120 arrested: '


BRACKET_READ = 60  # how far before a figure an opening bracket it stands in is looked for
ITEM_ENDS = re.compile(r"\s*(?:[,;.]|and\b|$)")  # after a bracket: its list item ends there


def _bracket_close(text: str, lo: int, at: int, hi: int) -> int | None:
    """Where the bracket a figure at ``at`` stands in closes, when it closes an item of a list
    ('23 dead (19 civilians and four police officers), 312 injured'); None when the figure
    stands in none (within BRACKET_READ characters) or the words after it go on with the
    clause."""
    opened = text.rfind("(", max(lo, at - BRACKET_READ), at)
    if opened < 0 or text.find(")", opened, at) >= 0:
        return None
    close = text.find(")", at, hi)
    if close < 0 or not ITEM_ENDS.match(text, close + 1, hi):
        return None  # ('Three members (2 police officers and 1 soldier) were injured': an aside before their verb)
    return close


def _bracketed(text: str, m: Mention) -> bool:
    """The figure's digits alone in brackets: '(29)', 'Thiès (25),'."""
    if text.startswith("(", m.q.start):
        return text[m.q.end - 1 : m.q.end] == ")"
    return text[m.q.start - 1 : m.q.start] == "(" and text.startswith(")", m.q.end)


def _place_before(text: str, lo: int, m: Mention, opens: bool, lex: Lexicon) -> int | None:
    """Where the place named right before a bracketed figure starts, when the words from
    ``lo`` (the total's end, or the list's item before) lead into a breakdown by place."""
    at = m.q.start if text.startswith("(", m.q.start) else m.q.start - 1
    hit = patterns(lex)[PER_PLACE_BRACKETED].search(text, max(lo, at - 80), at + 1)
    if hit is None:
        return None
    named = hit.start() + len(hit.group()) - len(hit.group().lstrip())
    lead = text[lo:named]
    if not (BREAKDOWN_SPREAD.search(lead) if opens else BREAKDOWN_NEXT.fullmatch(lead)):
        return None
    return named


CLAUSE_END = re.compile(r"[;:.]|\s[–—]\s")


def _size_no_crowd(text: str, lo: int, m: Mention, lex: Lexicon) -> str | None:
    """The rule that makes a crowd's figure a size allowed or usual, not a crowd counted:
    'registered the rally for 5,000 participants', 'an average attendance of 40,000'."""
    for rid in (PERMITTED_SIZE, AVERAGE_SIZE):
        if patterns(lex)[rid].search(text, max(lo, m.q.start - 60), m.q.start):
            return rid
    return None


def _part_of_things(text: str, m: Mention, things: Mention, lex: Lexicon) -> bool:
    """'36 of them' right after '82 relief centres': a part of the things, no larger than them."""
    return (
        m.q.value is not None
        and things.q.value is not None
        and m.q.value <= things.q.value
        and patterns(lex)[PART_OF_THINGS].match(text, m.q.end) is not None
    )


def _clause_end(text: str, m: Mention, sent: Sentence) -> int:
    end = CLAUSE_END.search(text, m.tail, sent.end)
    return end.start() if end else sent.end


SPACE = re.compile(r"\s+")
SAID_BEFORE = re.compile(r"\b(?:say|says|said|saying|claim|claims|claimed)\s+$", re.IGNORECASE)
IS_THE_NUMBER = re.compile(
    r"\s+(?:at\s+(?:the|its)\s+(?:peak|height)\s+)?(?:is|was)\s+(?:the|our|their|its|my|his|her)\s+"
    r"(?:(?:real|true|right|correct|actual|official|own)\s+)?(?:number|figure|toll|count|total|estimate)\b",
    re.IGNORECASE,
)  # '64 is the true number', 'Four thousand at the peak is our number'


COMPARED = re.compile(
    r"\b(?:it|that|there)\s+(?:was|were|is|are)\s+(?:(?:way|much|far|a\s+lot|easily|well|definitely|clearly)\s+)?$",
    re.IGNORECASE,
)  # 'it was way (more than 9k)': a figure told before, compared
COMPARED_QUALIFIERS = frozenset(("more_than", "less_than", "at_least"))


def _compared(text: str, lo: int, m: Mention) -> bool:
    """The figure compares what 'it' was with a figure told before ('it was way more than 9k')."""
    return COMPARED.search(text, max(lo, m.q.start - 24), m.q.start) is not None


def _said_before(text: str, lo: int, m: Mention) -> bool:
    """A verb of saying right before the figure ('They say 17')."""
    return SAID_BEFORE.search(text, max(lo, m.q.start - 10), m.q.start) is not None


def _participle_after(text: str, at: int, lex: Lexicon) -> bool:
    """A measure's word right after the counted noun ('the 34 people arrested'); a crowd's
    verb there is the part's own ('3,000 of its 40,000 members marched': the 40,000 did not)."""
    gap = SPACE.match(text, at)
    if gap is None:
        return False
    verb = patterns(lex)["measure/verb-after"].match(text, gap.end())
    return verb is not None and lex.measure_words("after")[" ".join(verb["t"].lower().split())] != "participants"


def _parts_of_next(text: str, mentions: list[Mention], lex: Lexicon) -> set[int]:
    """The ids of the figures right before 'of the' and another figure ('11 of the 34 people'):
    parts of it, whatever noun the words after them seemed to count. A part of a figure that
    counts something else counts it too ('38 of the 118 cases arrived', '60 of the 200 buses')."""
    out: set[int] = set()
    gap = patterns(lex)["scope/part-of-the-figure"]
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        if nxt.other_noun and not nxt.no_noun:
            continue
        if nxt.q.start - m.q.end < 24 and gap.fullmatch(text, m.q.end, nxt.q.start):
            m.other_noun, m.no_noun, m.tail = False, True, m.q.end
            out.add(id(m))
    return out


def _opens_next_clause(text: str, a: Mention, b: Mention) -> bool:
    """A bare figure ends its clause before ', and', and b, with a counted noun of its own,
    opens the next ('Detentions reached 36, and about 1,500 people came to a vigil'): two
    clauses, no list or pair of figures."""
    return a.no_noun and b.subject_text is not None and CLAUSE_AND.fullmatch(text, a.tail, b.q.start) is not None


def _linked(text: str, a: Mention, b: Mention) -> bool:
    """b is coordinated with a ('one officer and four personnel') or inside it ('six, including four')."""
    gap = text[a.tail : b.q.start]
    return bool(LINK_GAP.fullmatch(gap))


def _counted_apart(a: Mention, b: Mention, apart: frozenset[str]) -> bool:
    """Either figure counts people whose tolls are given apart ('fighters', 'civilians')."""
    for m in (a, b):
        words = (m.subject_text or "").split()
        if words and words[-1].lower() in apart:
            return True
    return False


COMMA_GAP = re.compile(r"\s*,\s*")  # '15 women, four children and two men': a list, no sum
MERGE_BELOW = 50  # '1,500 officers and 200 members of the paramilitary' are two deployments


PART_OPENED_READ = 80  # characters before a figure the words opening a list of parts are read in


@lru_cache(maxsize=4)
def _part_openers(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The measure wordings read before a figure that make it a part ('Among the dead are',
    'The injured include', 'Among those we verified are'): effect.part, no words after it."""
    return tuple(
        w.pattern
        for w in load_wordings(lex)
        if w.pass_ == "measure" and w.effect.get("part") and w.after_source is None and w.figure_source is None
    )


def _part_opened(text: str, at: int, lex: Lexicon) -> bool:
    """A part wording ends right before offset ``at``: the figures listed from there are parts of
    the toll it names, each its own ('Among the dead are four children and 11 women': 4 and 11,
    not 15 dead).

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "Among the dead are four children and 11 women."
    >>> _part_opened(t, t.index("four"), load_lexicon()), _part_opened(t, 0, load_lexicon())
    (True, False)
    """
    lo = max(0, at - PART_OPENED_READ)
    return any(p.search(text, lo, at) for p in _part_openers(lex))


def _merge_sums(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'one police officer and four paramilitary personnel' -> one figure of 5 security; large
    figures coordinated so are listed apart, as reports list forces, and so are people counted
    apart ('27 fighters and 9 civilians', lexicon grammar.counted_apart)."""
    apart = lex.grammar["counted_apart"]
    out: list[Mention] = []
    for m in mentions:
        if out:
            a = out[-1]
            gap = text[a.tail : m.q.start]
            if (
                AND_ONLY.fullmatch(gap)
                and not including_before(text, 0, a.q.start)  # parts
                and not (len(out) > 1 and COMMA_GAP.fullmatch(text, out[-2].tail, a.q.start))
                and not (
                    len(out) > 1
                    and "," in text[out[-2].tail : a.q.start]
                    and PART_NOUN_GAP.fullmatch(text, out[-2].tail, a.q.start)
                )  # (a list's last items: '41 members of the police and the National Guard, 14 women and 9 children')
                and a.subject is not None
                and a.subject == m.subject
                and a.q.value is not None
                and m.q.value is not None
                and m.q.qualifier in ("exact",)
                and a.q.value + m.q.value < MERGE_BELOW  # type: ignore[operator]
                and not _counted_apart(a, m, apart)
                and not (a.head_measure and m.head_measure and a.head_measure != m.head_measure)
                and not (" of " in (a.subject_text or "") and " of " in (m.subject_text or ""))
                and not _part_opened(text, a.q.start, lex)
            ):  # (not '27 units of the National Police and 4 units of the Border Service': bodies told apart)
                q = a.q
                high = None if q.high is None or m.q.high is None else q.high + m.q.high
                merged = Quantity(
                    text[q.start : m.tail],
                    q.start,
                    m.tail,
                    q.value + m.q.value,  # type: ignore[operator]
                    q.low + m.q.low,
                    high,
                    q.qualifier,
                )
                out[-1] = replace(
                    a,
                    q=merged,
                    tail=m.tail,
                    subject_text=f"{a.subject_text} and {m.subject_text}",
                    head_measure=a.head_measure or m.head_measure,
                )
                continue
        out.append(m)
    return out


def _nearer_in_size(m: Mention, a: Mention, b: Mention) -> bool:
    """Whether ``m``'s figure is nearer in size (by ratio) to ``a``'s than to ``b``'s: a rival
    figure counts what the figure of its size counts ('19 dead, 3 detained. The observatory
    says 23': the dead), the figures' low ends when they are ranges or bounds.

    >>> from claimcheck.models import Quantity
    >>> def f(v): return Mention(Quantity(str(v), 0, 1, v, v, v, "exact"), 1)
    >>> _nearer_in_size(f(23), f(19), f(3)), _nearer_in_size(f(2), f(19), f(3))
    (True, False)
    """
    size, x, y = (o.q.value if o.q.value is not None else o.q.low for o in (m, a, b))
    if not size or not x or not y:
        return False
    return max(size / x, x / size) < max(size / y, y / size)



@lru_cache(maxsize=1)
def _medical_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The rule measure/medical-intake's words of care after a figure and of a place of care."""
    effect = rule(MEDICAL_INTAKE).effect
    return re.compile(effect["after"], re.IGNORECASE), re.compile(effect["setting"], re.IGNORECASE)


def _medical_intake(text: str, sent: Sentence, m: Mention, lex: Lexicon) -> bool:
    """A figure of people, patients or nothing that a hospital or a clinic took in or still holds
    (the rule measure/medical-intake): a verb of intake right before it or a state of care right
    after it, in a passage that names a place or a person of care."""
    noun = (m.subject_text or "").lower()
    if not (m.no_noun or noun in ("people", "persons", "patients") or (m.subject == "people" and noun and noun not in lex.carers)):
        return False  # (people of any word, 'fourteen children', '38 pilgrims'; not the staff of
        # care: 'still has 40 doctors on call')
    after, setting = _medical_words()
    told = (
        patterns(lex)[MEDICAL_INTAKE].search(text, max(sent.start, m.q.start - 40), m.q.start) is not None
        or after.match(text, m.q.end if m.no_noun else m.tail, sent.end) is not None
    )
    return told and setting.search(text, max(0, sent.start - MEDICAL_SETTING_READ), sent.end) is not None
