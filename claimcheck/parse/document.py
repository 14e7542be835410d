"""Parser, the document pass: extract_claims runs the stages over a report and attributes each
figure (the parser's entry point)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from claimcheck.entities import BARE, names_body, plausible
from claimcheck.layout import TOPIC_TEXT, read_layout, with_layout
from claimcheck.lexicon import Lexicon, alternation, load_lexicon, number_words
from claimcheck.lines import line_matches
from claimcheck.markup import is_markdown
from claimcheck.models import Claim, Source, new_claim
from claimcheck.parse.attribution import (
    NONE,
    QUOTE_MARKS,
    WHOSE_DOCUMENT,
    Attribution,
    attribute,
    claimant_type,
    count_owner,
    opens_with_quote,
    speech_verb_end,
    topic,
)
from claimcheck.parse.denial import denial_cues
from claimcheck.parse.head import Mention, speaks_of_protest
from claimcheck.parse.measure import (
    asked_measure,
    crowd_gathering,
    crowd_topic,
    first_person_guess,
    topic_measure,
)
from claimcheck.parse.mentions import (
    CONTINUED,
    ELLIPTIC_CLAIMANT_RULE,
    PLACE_FIRST,
    SET_AGAINST,
    rival_named,
    sentence_mentions,
)
from claimcheck.parse.numbers import NumberMatch, find_numbers, folded, qualify
from claimcheck.parse.rules import fired, load_rules, patterns
from claimcheck.parse.sentences import Quotations, Sentence, split_sentences
from claimcheck.reading import read_text
from claimcheck.sources import STAMP
from claimcheck.speakers import refine
from claimcheck.voice import is_first_person
from claimcheck.when import MONTH_STEM
from claimcheck.wordings import has_effect

# --- the stage ---------------------------------------------------------------


def extract_claims(
    source: Source,
    lexicon: Lexicon | None = None,
    *,
    indefinite: bool = False,
    explain: bool = False,
) -> list[Claim]:
    """Every numeric claim of ``source`` about the lexicon's measures.

    ``indefinite`` also reports figures such as 'several' and 'a few' (off by default: they
    are narrative, not counts anyone asserts). ``explain`` fills each claim's ``rules`` with
    the ids of the rules that set its subject, measure, qualifier, scope and claimant.

    The text is scanned once for numbers and once for denial words; only the sentences that
    hold one are parsed further.
    """
    lex = lexicon or load_lexicon()
    text = read_text(source.text, source.path, lex)  # markup blanked, wrapped lines joined
    sentences = split_sentences(text, source.body_start, lex)
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    numbers: dict[int, list[NumberMatch]] = {}
    low = folded(text)
    for n in find_numbers(text, source.body_start, len(text), lex, low):
        i = bisect.bisect_right(starts, n.start) - 1
        if i >= 0 and n.end <= sentences[i].end:
            numbers.setdefault(i, []).append(n)
    cues = {bisect.bisect_right(starts, at) - 1 for at in denial_cues(lex, low, source.body_start)}
    claimants: dict[int, str | None] = {}
    topical: set[str] = set()  # the subjects given as a sentence's 'claimant' when it names no speaker, nor a body

    def _announced_before(i: int) -> re.Match[str] | None:
        """The announcement a sentence's figures go on from: the sentence before it in its
        paragraph, or the one before a run of sentences of figures with no speech verb ('The
        ministry gave the following figures. Twelve people died. Forty were injured.'); not
        over a sentence with no figure ('Rain continued to fall.') or its own speaker."""
        j = i - 1
        while j >= 0 and sentences[j].paragraph == sentences[i].paragraph and i - j <= ANNOUNCED_RUN:
            s = sentences[j]
            if ANNOUNCE_CUE.search(low, s.start, s.end) is not None:  # (a cheap look first)
                return ANNOUNCES.fullmatch(text, s.start, s.end)
            if j not in numbers or speech_verb_end(text, s.start, s.end, lex) is not None or QUOTE_MARKS.search(text, s.start, s.end):
                return None
            j -= 1
        return None

    def _spoken_before(k: int, paragraph: int) -> str | None:
        """The speaker of sentence ``k`` when it is in ``paragraph`` and has a speech verb (not
        the place or people a sentence of the report's own names: 'Rain fell across the valley')."""
        if k < 0 or sentences[k].paragraph != paragraph:
            return None
        s = sentences[k]
        return claimant_of(k) if speech_verb_end(text, s.start, s.end, lex) is not None else None

    def claimant_of(i: int, depth: int = 0) -> str | None:
        """The claimant a sentence ends with (for the quotation or 'He added' that follows)."""
        if i < 0 or depth > 3:
            return None
        if i not in claimants:
            s = sentences[i]
            if STAMP.match(text, s.start, s.end):
                claimants[i] = None  # a page's date line ('Published: 15 March 2026') names nobody
                return None
            if teaser_line(text, s.start, s.end):
                fired(TEASER_NO_SPEAKER, s.start)  # another story's headline in the body ('> Police Kill 2
                # Robbery Suspects in …') is no speaker the sentences after it go on from: the one before it is
                claimants[i] = claimant_of(i - 1, depth + 1)
                return claimants[i]
            # the sentence's speaker: at its first speech verb ('X said 5 died, up from the 4
            # the government acknowledged' is X's), or at its end ('"…," she said.')
            if owner := count_owner(text, s.start, s.end, lex):
                claimants[i] = owner  # 'The most careful count, most historians agree, is that of X'
                return owner
            first = speech_verb_end(text, s.start, s.end, lex)
            if first is not None and QUOTE_CLOSES.search(text, first, s.end) and not QUOTE_MARKS.search(text, s.start, first):
                first = None  # 'We counted them ourselves," he said.': a quotation goes on, its speaker after it
            at = first if first is not None else s.end
            said = attribute(text, s.start, s.end, at, lex, lambda: claimant_of(i - 1, depth + 1))
            if (
                (said.claimant is None or said.rule == QUOTE_OPENS)
                and first is not None
                and opens_with_quote(text, s.start, s.end)
                and (closed := QUOTE_CLOSES.search(text, s.start, first)) is not None
            ):  # '"We came in waves," the director, Dr. Ana Ruiz, said by telephone.': the tag after the
                # closing mark, as a figure inside the quotation has it (not the speaker before)
                tag = attribute(text, s.start, s.end, closed.start() + 1, lex, lambda: claimant_of(i - 1, depth + 1))
                said = tag if tag.claimant is not None else said
            claimants[i] = said.claimant
            if claimants[i] is None and at != s.end:
                claimants[i] = attribute(
                    text, s.start, s.end, s.end, lex, lambda: claimant_of(i - 1, depth + 1)
                ).claimant
            if claimants[i] is None and (intro := STATEMENT_FROM.search(text, s.start, s.end)):
                # "Here's a statement we've just received from the GYLA:" (the quotation after it)
                claimants[i] = intro["np"].strip()
            if claimants[i] is None:  # no speaker: its subject, for an 'It says' that follows
                claimants[i] = topic(text, s.start, s.end, lex)
                if claimants[i] is not None and _no_speaker(claimants[i], lex):
                    topical.add(claimants[i])  # ('Women were dragged …', 'The rest were …': no one who
                    #  speaks; not 'The mayor, Mr Lee, him, evokes …' nor 'Statement from the ministry:')
            if (asked := _interviewed(text, s, claimants[i], lex)) is not None:
                claimants[i] = asked  # 'Our correspondent spoke to Dr Amina Sesay. She says …': the one asked
        return claimants[i]

    def _quoted_speaker(i: int, paragraph: int) -> str | None:
        """The speaker of the quotations before sentence ``i``: the nearest sentence before
        it, in its paragraph or the two before, that names one (not only a subject), over
        sentences that each quote or stand in a paragraph that does."""
        for j in range(i - 1, max(-1, i - 8), -1):
            if sentences[j].paragraph < paragraph - 2:
                return None
            introduces = text[sentences[j].start : sentences[j].end].rstrip().endswith(":")
            if not introduces and not ANY_QUOTE_MARK.search(
                text, sentences[quotations.first[j]].start if quotations else sentences[j].start, sentences[j].end
            ):
                return None  # (a line between that quotes nobody: '12:30 - Reader message')
            name = claimant_of(j)
            if name is not None and name.lower() in lex.grammar["pronouns"] and _quoted_words(j):
                continue  # the quoted words' own 'it' or 'we' ('"… It was won with blood in this city"'): no speaker
            if name is not None and name not in topical:
                return name  # (a 'he' is resolved with the report's entities, as any)
            if introduces:
                return None  # (the sentence that opens the quotations, its speaker before the colon)
        return None

    def _quoted_words(j: int) -> bool:
        """Sentence ``j`` is quoted words: it opens with a quotation mark, or a quotation
        opened before it is still open (its own 'it' or 'we' is no speaker of the quotation)."""
        s = sentences[j]
        inside = opens_with_quote(text, s.start, s.end) or quotations is not None and quotations.opened_before(j) is not None
        return inside and not CLOSING_MARK.search(text, s.start + 1, s.end)  # (not '"…," he said.': its tag's 'he')

    def _opened_by(opener: int) -> str | None:
        """The speaker of a quotation that opens sentence ``opener`` and runs on over the
        sentences after it: the speaker of the sentence before, as for a figure in the opening
        sentence itself ('"We received twelve," she said. "Eight went home. Four are still with
        us."': hers; 'Police rejected that. "No one was detained. Seven were fined."': the
        police's), unless that sentence names only its subject ('Women were dragged …'): then the
        last speaker named before the quotations."""
        s = sentences[opener]
        if opener == 0 or not opens_with_quote(text, s.start, s.end) or text[sentences[opener - 1].end - 1] == ":":
            return None  # (a line that ends with a colon is a label, read with the quotation under it: speakers)
        name = claimant_of(opener - 1)
        if name is not None and (name in topical or name.lower() in lex.grammar["pronouns"] and _quoted_words(opener - 1)):
            name = _quoted_speaker(opener, s.paragraph)  # (a paragraph of a speech quoted over several: '"It was won
            #   with blood …¶"They sent 2,000 police …': the one who introduced the speech)
        if name is not None and name.lower() in lex.grammar["pronouns"]:
            # ('"We received twelve," she said.': whom 'she' is, as a figure opening that sentence
            #  would have it, from the sentences before)
            before = sentences[opener - 1]
            named = attribute(text, before.start, before.end, before.start, lex, lambda: claimant_of(opener - 2)).claimant
            name = named if named and named.lower() not in lex.grammar["pronouns"] else name
        return name

    other_measure: dict[int, float] = {}  # sentences with a figure of another measure than a crowd's: their largest
    crowd_measure: set[int] = set()  # sentences with a crowd's figure

    titled: list[bool] = []  # whether the report's headline or standfirst names a crowd's size
    protest: list[bool] = []  # whether the report speaks of a protest

    def crowd(i: int, at: int, size: float = 0.0) -> bool:
        """The passage before offset ``at`` of sentence i is about a crowd's size: its sentence
        or one before it names it, or the heading of its section does (or, under a heading
        that names nothing, the report's headline does: 'How many really marched? What we
        know about the crowd counts'), with no figure of another measure in between (the rule
        measure/crowd-passage)."""
        topic, heading, _ = crowd_topic(lex)
        gathering = crowd_gathering(lex)
        if NEGATED.search(text, sentences[i].start, at):
            gathering = NO_GATHERING  # 'No chance that was 900', 'nobody said they were 6,000': a
            #  figure rejected is no estimate of the gathering named around it
        if topic.search(text, sentences[i].start, at) or gathering.search(text, sentences[i].start, at):
            return True  # ('In 2019, when the square filled for the protests, the police said 20,000')
        def given() -> bool:
            """The figure is given as someone's estimate: 'the organisers say 230k', 'I'd say about 2,000'."""
            return bool(
                ESTIMATE_GIVEN.search(text, max(sentences[i].start, at - ESTIMATE_READ), at)
                or first_person_guess(text, sentences[i].start, sentences[i].end, at, lex)
            )

        if first_person_guess(text, sentences[i].start, sentences[i].end, at, lex):
            if not protest:
                protest.append(speaks_of_protest(low, lex))
            if protest[0]:
                return True  # a protest's forum: 'I'd guess 3,000 already'
        for j in range(i - 1, max(-1, i - PASSAGE), -1):
            if j in other_measure:
                if size < OUTSIZED * other_measure[j] or not given():
                    return False  # (a figure of the other measure's size may be its rival: 'Police still say 68.' … 'The union says 300')
                continue  # someone's estimate ten times the size of any figure of the other measure is no rival of
                # theirs: 'Police say 17 people have been taken away.' … 'The coalition says "more than 2,000 people"'
                # (not 'An estimated 3,800 people … have fled'); the passage read on
            if j in crowd_measure and i - j <= CROWD_FIGURE_BEFORE:
                return True  # 'Police said 18,000 people took part. … it had counted 33,000 people'
            s = sentences[j]
            if _heading(text, sentences, j):
                if heading.search(text, s.start, s.end) is not None or gathering.search(text, s.start, s.end):
                    return True
                said = text[s.start : s.end]
                if (said.rstrip().endswith("?") and (asked_measure(said, lex) or COUNT_QUESTION.search(said))) or topic_measure(
                    said, lex
                ):
                    return False  # a heading that asks for a count ('How many police were deployed?') or names a toll
                    # (not one that asks nothing counted: 'What about the other cities?')
                if not titled:
                    head = text[source.body_start : source.body_start + TITLE_READ]
                    titled.append(bool(topic.search(head) or topic.search(source.title or "")))
                return titled[0]
            if topic.search(text, s.start, s.end) or (i - j <= GATHERING_BEFORE and gathering.search(text, s.start, s.end)):
                return True  # ('Teachers marched through the capital. The ministry said 12,000')
        if gathering is NO_GATHERING or not given():
            return False
        if not protest:
            protest.append(speaks_of_protest(low, lex))
        return protest[0]  # a figure given as an estimate, no figure of another measure in the passage, in a
        # report of a protest: its crowd ('The National Police Headquarters speaks of 70,000' a paragraph
        # after the protest's day; 'And the organisers say 230k.' in a thread about the march)

    has_questions = (
        QUESTION_LINE.search(low) is not None or "ow many" in low or "estimates of the" in low or "figures for the" in low or "figures on the" in low
        or "toll" in low or "ho has been" in low or "ho have been" in low
    )
    # (an explainer's 'How many people died?', a retrospective's 'Estimates of the dead have
    # varied': cheap tests)

    def asked(i: int) -> tuple[str, str | None] | None:
        """The measure the nearest question of the passage before sentence i asks for, or the
        toll a sentence of its paragraph before it is about."""
        for j in range(i - 1, max(-1, i - QUESTION_REACH), -1):
            s = sentences[j]
            said = text[s.start : s.end]
            if said.rstrip().endswith("?"):
                found = asked_measure(said, lex)
                if found is None and j > 0 and sentences[j - 1].paragraph == s.paragraph:
                    # 'Officials say at least 30 people died there. Can you confirm?': the
                    # question asks about the figure its paragraph told before it
                    start = sentences[j - 1].start
                    told = [c for c in claims[-4:] if c.sentence_start == start and c.measure != "other"]
                    found = (told[-1].measure, None) if told else None
                return found
            if s.paragraph == sentences[i].paragraph and (measure := topic_measure(said, lex)):
                return measure, None
            if _section_line(text, sentences, j):
                return None  # a question's passage ends at the next section ('34 or 44? …' in the
                # lead, then 'Tuesday 22 September' and that day's figures)
        return None

    claims: list[Claim] = []
    counted = [0, 1]  # the offset up to which the line breaks are counted, and the line there

    def line_of(at: int) -> int:
        """The line number of offset ``at``: the breaks are counted on from the last claim's
        (claims come in text order; a whole-text count per claim would be quadratic)."""
        if at < counted[0]:
            counted[:] = [0, 1]
        counted[1] += source.text.count("\n", counted[0], at)  # the file's lines
        counted[0] = at
        return counted[1]

    prev_subject: str | None = None
    prev_mention: Mention | None = None  # the last figure of the sentence before (same paragraph)
    across: Mention | None = None  # the last figure of the paragraph before (for a figure opening this one)
    prev_lead: Mention | None = None  # its first, when its figures are of several measures
    prev_claimant: str | None = None  # its claimant
    prev_first: str | None = None  # the claimant of its first figure ('Of these, …' counts that one's)
    para_first = before_first = 0
    running = patterns(lex)[RUNNING]
    earlier: dict[float, str] = {}  # the paragraph's figures' subjects, by value ('the seven')
    told: dict[float, tuple[str, str]] = {}  # the report's figures' measures and subjects, by value
    quotations: Quotations | None = None  # made when the first figure is found
    telegraphic: set[int] = set()  # sentences of figures and their nouns alone ('214 arrested, 96 injured.')
    year = int(source.date[:4]) if source.date and source.date[:4].isdigit() else None
    for i, sent in enumerate(sentences):
        first_in_para = i == 0 or sentences[i - 1].paragraph != sent.paragraph
        if first_in_para:
            across = prev_mention
            prev_subject, prev_mention, prev_claimant, prev_lead, prev_first = None, None, None, None, None
            earlier = {}
            before_first, para_first = para_first, len(claims)  # the first claims of the paragraph before and this one
        if prev_claimant is not None and OWN_VOICE_OPENS.match(text, sent.start, sent.end):
            prev_claimant = None  # 'The ministry said 22 died. Our figure is based on …. At least 15 of the
            #                       dead were …': the writer speaks again, the part is not the ministry's
        if i not in numbers and i not in cues:
            continue
        context = "" if first_in_para else text[sentences[i - 1].start : sentences[i - 1].end]
        nums = qualify(text, numbers.get(i, []), lex, floor=sent.start)
        mentions = sentence_mentions(
            text, sent, lex, indefinite, prev_subject, prev_mention, context, nums, i in cues, year,
            earlier,
            lambda at, size, i=i: crowd(i, at, size),
            told,
            (lambda i=i: asked(i)) if has_questions else None,
            prev_lead,
            across if first_in_para else None,
        )
        if any(m.measure != "participants" for m in mentions):
            other_measure[i] = max(
                float(m.q.high if m.q.high is not None else m.q.low or 0) or float("inf")  # (a denial: no rival of any size)
                for m in mentions
                if m.measure != "participants"
            )
        elif mentions:
            crowd_measure.add(i)
        # a quotation or 'she said' may follow its speaker's paragraph, as news puts each
        # quote in a paragraph of its own
        previous = lambda i=i: claimant_of(i - 1)  # noqa: E731
        back = lambda k, i=i, p=sent.paragraph: _spoken_before(i - k, p)  # noqa: E731
        sentence = text[sent.start : sent.end]  # one string for all its claims
        if mentions and quotations is None:
            quotations = Quotations(text, sentences)
        first_claim = len(claims)
        if (firsts := [m.q.start for m in mentions] or [n.start for n in numbers.get(i, [])]) and _telegraphic(
            text, sent, min(firsts), lex
        ):  # (its figures read or not: '9 dead incl 3 police officers.')
            telegraphic.add(i)
        for m in mentions:
            who = attribute(text, sent.start, sent.end, m.q.start, lex, previous, m.q.end, back)
            if who.rule == QUOTE_OPENS and (
                who.claimant in topical
                or who.claimant is not None and who.claimant.lower() in lex.grammar["pronouns"] and i > 0 and _quoted_words(i - 1)
            ):  # (or the quoted words' own pronoun: '"… It was won with blood in this city.¶"They sent 2,000 police …"')
                # a quotation going on from a paragraph before ('"… Women were dragged into the
                # buses.¶"There were more than a thousand police."'): the subject of the sentence
                # before is not its speaker; the last speaker named before the quotations is
                spoke = _quoted_speaker(i, sent.paragraph)
                who = NONE if spoke is None else Attribution(spoke, claimant_type(spoke, lex), None, QUOTE_OPENS)
            speaking = None  # a bare 'we' inside a quotation that opened before: the quotation's speaker's
            if (
                who.claimant is not None
                and who.claimant.lower() in QUOTED_WE
                and quotations is not None
                and quotations.opened_before(i) is not None
            ):
                speaking, who = who, who._replace(claimant=None)
            quoted = quotations.around(i, m.q.start) if quotations is not None else None
            if quoted is not None and (who.claimant is None or who.rule == "attribution/quote-opens"):
                # a quotation of several sentences: its speaker comes after it ('… ," he said'),
                # and 'he' is the person named before it opened (the quotation's own 'we' is
                # not its speaker: then it is read from the closing mark on)
                opener, closer, at = quoted
                s = sentences[closer]
                # the tag after the closing mark names the speaker; the quoted words before it
                # are the speaker's own ('"… Two people said they were reporters," Iliev added':
                # Iliev, not 'Two people'), read only when the tag names no one
                closing = attribute(text, at, s.end, at, lex, lambda o=opener: claimant_of(o - 1), at)
                if closing.claimant is None or closing.rule == QUOTE_OPENS:  # (the closing mark opens no quotation)
                    closing = attribute(text, s.start, s.end, at, lex, lambda o=opener: claimant_of(o - 1), at)
                if closing.claimant is not None and closing.claimant.lower() in QUOTED_WE:
                    closing = attribute(text, at, s.end, at, lex, lambda o=opener: claimant_of(o - 1), at)
                if closing.claimant is not None:
                    who = closing._replace(rule="attribution/quotation-span")
            if (
                who.claimant is None
                and quotations is not None
                and _in_quotation(text, sent, m.q.start)
                and speech_verb_end(text, sent.start, m.q.start, lex) is None  # (not a stray mark:
            ):  # '"The minister, Ann Lee, said 20 …' names its speaker, as speakers._recovered finds)
                closer = quotations.closes_in_a_later_paragraph(i)
                if closer is not None:  # '"… At least nine people died.¶"We saw it," said Musa Bello.'
                    s = sentences[closer]
                    at = max(text.rfind('"', s.start, s.end), text.rfind("”", s.start, s.end))
                    who = attribute(text, s.start, s.end, at, lex, lambda c=closer: claimant_of(c - 1), at)
                    if who.claimant is not None:
                        who = who._replace(rule="attribution/quotation-span")
            if who.claimant is None and quotations is not None:
                # '… told us: "We have no record of that. Nobody was hurt …"': the speaker who
                # introduced the quotation, in the sentence that opened it
                opener = quotations.opened_before(i)
                if opener is not None and (name := _introducer(text, sentences[opener], lex) or _opened_by(opener)):
                    who = Attribution(name, claimant_type(name, lex), None, "attribution/quotation-span")
            if who.claimant is None and speaking is not None:
                # 'HBAN statement (copied from their page):¶"Seven of our brothers died. … We
                # counted 34 people hurt."': the speaker of the sentence that opened it, else 'we'
                opener = quotations.opened_before(i) if quotations is not None else None
                name = claimant_of(opener) if opener is not None else None
                who = speaking
                if name and name.lower() not in QUOTED_WE and name.split()[0].lower() not in ("our", "my"):
                    who = Attribution(name, claimant_type(name, lex), None, "attribution/quotation-span")
            if (
                who.claimant is None
                and prev_claimant is not None
                and prev_mention is not None
                and (rule := _carries_on(text, sent, m, running, source.text, sentences[i - 1], lex, len(mentions) == 1)) is not None
                and (
                    prev_mention.measure == m.measure
                    or (rule == PART and (prev_mention.measure, m.measure) == ("injured", "killed"))
                    or rule == ELLIPTIC_RULE
                )
            ):  # (the dead among the injured too: '215 treated for gunshot wounds. 31 of them died')
                carrier = prev_first if rule == PART and prev_first and _opens_with_whole(text, sent, m) else prev_claimant
                # ('81 people had been taken into custody, the prosecutor's office said, more
                #  than the 74 announced by the minister. Of these, 23 were minors': the 81's)
                if rule == PART and CONTRASTED_FIGURE.search(text, max(0, prev_mention.q.start - 20), prev_mention.q.start):
                    carrier = prev_first  # '… arrested five people, not three as the police have said. Two of them …': the five's
                if carrier is not None:
                    who = Attribution(carrier, claimant_type(carrier, lex), None, rule)
            if (
                who.claimant is None
                and prev_mention is None
                and not first_in_para
                and (carried := _carries_on(text, sent, m, running, source.text, sentences[i - 1], lex, len(mentions) == 1)) in (RUNNING, PART)
                and (carried == PART or not numbers.get(i - 1))  # (a toll goes on from no figure: '400 people
                #   were evacuated. The toll rose to 14' is not the evacuees'; 'Of these' points back to any)
                and _tells(text, sentences[i - 1], low, lex)
                and (told_before := claimant_of(i - 1)) is not None
                and plausible(told_before, lex)
                and (told_before[:1].isupper() or claimant_type(told_before, lex) != "other")  # (a name or a body, not 'the roof')
            ):  # a figure the sentence before told but the parser did not read: 'The toll rose to
                # seven, according to the health secretariat's bulletin. Of these, four died at the scene'
                who = Attribution(told_before, claimant_type(told_before, lex), None, carried)
            if (
                who.claimant is None
                and not first_in_para
                and (
                    (further := FURTHER.match(text, sent.start, m.q.start + 1)) is not None
                    and further.end() == m.q.start
                    or MORE_AFTER.match(text, m.q.end) is not None  # 'Three more died overnight': a toll's step
                    and not text[sent.start : m.q.start].strip(' "“')
                    and m.q.value is not None  # (not a crowd's: 'Hundreds more joined along the way' is
                    and m.measure != "participants"  # the writer's, people the speaker did not count)
                )
                and speech_verb_end(text, sentences[i - 1].start, sentences[i - 1].end, lex) is not None
                and (told_before := claimant_of(i - 1)) is not None
            ):  # 'Inspector X said police had re-apprehended 47 … A further 9 persons were taken
                #  into custody': the count goes on in the speaker's account
                who = Attribution(told_before, claimant_type(told_before, lex), None, FURTHER_RULE)
            if (
                who.claimant is None
                and prev_claimant is not None
                and prev_mention is not None
                and prev_mention.q.start >= sentences[i - 1].start  # (the figure just before, in its paragraph)
                and m.q.qualifier != "denial"
                and OTHERS_AFTER.match(text, m.q.end) is not None
                and not text[sent.start : m.q.start].strip(' "“')
            ):  # 'According to the Red Crescent, 31 people were killed. At least 80 others were
                #  wounded': the others are counted against the figure before, by its speaker
                who = Attribution(prev_claimant, claimant_type(prev_claimant, lex), None, OTHERS_RULE)
            if (
                who.claimant is None
                and not first_in_para
                and (ELLIPTIC.fullmatch(text, sent.start, sent.end) or i in telegraphic)
                and (j := _told_from(sentences, i, telegraphic)) is not None
                and (SAYS.search(text, sentences[j].start, sentences[j].end) or ON_AIR.search(text, sentences[j].start, sentences[j].end))
                and (told_before := claimant_of(j)) is not None
                and plausible(told_before, lex)
            ):  # 'EDIT: interior ministry now says the lorry held 44 people. 18 dead, 26 survivors.';
                # 'The inquiry's report is out today. 23 dead, not 9. 312 injured, 611 detained.'
                who = Attribution(told_before, claimant_type(told_before, lex), None, ELLIPTIC_RULE)
            if (
                who.claimant is None
                and not first_in_para
                and (announced := _announced_before(i)) is not None
                and plausible(issuer := _document_owner((announced["name"] or announced["who"]).strip()), lex)
            ):  # 'The health secretariat has just published its consolidated figures. A total of 312 …'
                who = Attribution(issuer, claimant_type(issuer, lex), None, ANNOUNCED_RULE)
            if (
                who.claimant is None
                and i + 1 < len(sentences)
                and (came := CAME_FROM.match(text, sentences[i + 1].start, sentences[i + 1].end)) is not None
                and plausible(source_named := came["who"].strip(), lex)
                and (
                    source_named.removeprefix("the ")[:1].isupper() or claimant_type(source_named, lex) != "other"
                )  # (a name or a body, not 'confirmed by the pictures from the valley')
            ):  # '… bringing the toll to five.¶The announcement came from Raúl Sosa, the fire chief': his
                who = Attribution(source_named, claimant_type(source_named, lex), None, CAME_FROM_RULE)
            if (
                who.claimant is None
                and len(claims) > first_claim
                and (last := claims[-1]).claimant is not None
                and last.measure == m.measure
                and TOLL_STEP.fullmatch(text, last.end, m.q.start)
                and TOLL_RISE.search(text, sent.start, last.start)
            ):  # 'The ministry's figure rose from 23 … to 25 that afternoon, and to 27 …': the toll's owner's
                who = Attribution(last.claimant, last.claimant_type, last.via, RUNNING_TOLL_OWNER)
            if (
                who.claimant is None
                and (last := _told_before_in_sentence(claims[first_claim:], m)) is not None
                and _total_reached(text, last.end, m.q.start)
                and not CONTRAST.search(text, last.end, m.q.start)
            ):  # 'Another 54 were held on Tuesday, which brought the total to 92': the count the
                #  figure before goes on from is its teller's, when the figure has no speaker of its own
                who = Attribution(last.claimant, last.claimant_type, last.via, TOTAL_REACHED_RULE)
            if (
                who.claimant is None
                and prev_claimant is not None
                and prev_mention is not None
                and prev_mention.measure == m.measure
                and prev_mention.q.start >= sentences[i - 1].start  # (the figure just before, in its paragraph)
                and not any(c.measure == m.measure for c in claims[first_claim:])
                and _total_reached(text, sent.start, m.q.start)
                and not CONTRAST.search(text, sent.start, m.q.start)
                and speech_verb_end(text, sentences[i - 1].start, sentences[i - 1].end, lex) is not None
            ):  # 'Customs police said they arrested 19 … Seven more were caught on Tuesday, raising the
                #  number of arrests to 26': the teller's count goes on (its step read or not)
                who = Attribution(prev_claimant, claimant_type(prev_claimant, lex), None, TOTAL_REACHED_RULE)
            if (
                who.claimant is None
                and m.measure_rule == SET_AGAINST
                and len(claims) > first_claim
                and (last := claims[-1]).claimant is not None
            ):  # 'Officials said 14 miners had died, revised from an initial 19': the count's own teller's
                who = Attribution(last.claimant, last.claimant_type, last.via, SET_AGAINST)
            if m.measure_rule == ELLIPTIC_CLAIMANT_RULE and (rival := rival_named(text, sent.start, m)) is not None:
                who = Attribution(rival, claimant_type(rival, lex), None, ELLIPTIC_CLAIMANT_RULE)  # '…, the rebels 20'
            claims.append(
                new_claim(
                    source=source.id,
                    path=source.path,
                    date=source.date,
                    measure=m.measure or "other",
                    subject=m.subject or "people",
                    quantity=m.q,
                    line=line_of(m.q.start),
                    sentence=sentence,
                    sentence_start=sent.start,
                    claimant=who.claimant,
                    claimant_type=who.claimant_type,
                    via=who.via,
                    scope=m.scope,
                    subject_text=m.subject_text,
                    rules=_rules_of(m, who.rule) if explain else (),
                )
            )
        if len(claims) - first_claim > 1:
            claims[first_claim:] = _breakdown(text, claims[before_first:first_claim], claims[first_claim:], lex, explain)
        if mentions:
            wholes = [m for m in mentions if not m.part] or mentions  # a part is no antecedent
            # a list of sides ('900 students, 212 workers and 31 reporters') names no one side
            # the next bare figure counts ('In all 2,300 were detained')
            sides = {m.subject for m in wholes if m.subject}
            prev_subject = wholes[-1].subject if len(sides) < 2 else None
            prev_mention = mentions[-1]
            prev_lead = wholes[0] if len({m.measure for m in wholes}) > 1 else None
            prev_claimant = claims[-1].claimant or next(
                (c.claimant for c in reversed(claims[first_claim:]) if c.claimant), None
            )  # ('From them 12 are workers, 4 are firemen': the 12's speaker tells the 4 too)
            prev_first = claims[first_claim].claimant if first_claim < len(claims) else prev_claimant
            earlier.update(
                (m.q.value, m.subject) for m in mentions if m.q.value and m.subject and not m.part
            )
            told.update(
                (m.q.value, (m.measure, m.subject))
                for m in mentions
                if m.q.value and m.measure and m.subject and not m.part
            )
    layout = read_layout(source, lex, text)
    out = refine(source, with_layout(claims, layout), lex, text=text, explain=explain,
                 labelled=layout.claims)  # fmt: skip
    out = _supporters_as_people(out, text, low, lex, explain)
    out = _prison_staff(out, text, low, lex, explain)
    out = _false_beside_count(out, text)
    out = _whole_told_again(out, text)
    if "\n" in text and ":\n" in text:  # (a heading alone on its line, ending with a colon)
        out = _under_day_heading(out, text)
    for rule_id, spans in (
        (OTHER_STORIES, other_stories(text, low, lex)), (REFERENCE_ENTRY, reference_entries(text)),
        (LINK_TEASER, link_teasers(source.text)),
        (LINE_REPEATED, repeated_lines(text, out)),
    ):
        if spans and out:
            for c in out:
                if any(lo <= c.start < hi for lo, hi in spans):
                    fired(rule_id, c.start)
            out = [c for c in out if not any(lo <= c.start < hi for lo, hi in spans)]
    return _as_written(out, source.text, is_markdown(source.path)) if text is not source.text else out


DAY_HEADING = "scope/infobox-day-heading"
DAY_HEAD_LINE = re.compile(
    rf"[ \t]*(?:\d{{1,2}}(?:[ \t]*[–-][ \t]*\d{{1,2}})?[ \t]+{MONTH_STEM}[a-z]*\.?|{MONTH_STEM}[a-z]*\.?[ \t]+\d{{1,2}}(?:[ \t]*[–-][ \t]*\d{{1,2}})?)"
    r"(?:,?[ \t]+\d{4})?[ \t]*:[ \t]*|[ \t]*(?P<total>[Tt]otal|TOTAL|[Oo]verall|[Ii]n\s+total)[ \t]*:[ \t]*",
    re.IGNORECASE,
)  # a day or days heading an infobox's casualty lines: '16 August:', '12–14 August:', 'Aug 16, 2012:'; or 'Total:'
DAY_HEADED_LINE = 80  # a longer line under such a heading is prose, no line of its list


def _under_day_heading(claims: list[Claim], text: str) -> list[Claim]:
    """The claims of the short lines right under a heading that is a day or days alone on its
    line (an infobox's casualties: '16 August:' / '34 mineworkers dead (78 mineworkers
    injured)') count that day's: their evidence opens with the heading and their period is the
    day's (the situating stage reads the day). Under 'Total:' they are the whole. The lines go
    on to a blank line or another heading (scope/infobox-day-heading)."""
    out = []
    for c in claims:
        lo = text.rfind("\n", 0, c.start) + 1
        nl = text.find("\n", c.start)
        hi = len(text) if nl < 0 else nl
        if c.sentence_start < lo or c.sentence_start + len(c.sentence) > hi + 1 or hi - lo > DAY_HEADED_LINE or c.period:
            out.append(c)  # (a sentence of prose, or a figure whose time a table set)
            continue
        head = None
        at = lo
        while at > 0:
            above = text.rfind("\n", 0, at - 1) + 1
            line = text[above : at - 1]
            if not line.strip() or len(line) > DAY_HEADED_LINE:
                break
            if (m := DAY_HEAD_LINE.fullmatch(line)) is not None:
                head = (above, m)
                break
            at = above
        if head is None:
            out.append(c)
            continue
        fired(DAY_HEADING, c.start)
        if head[1]["total"]:
            out.append(replace(c, period="cumulative"))
        else:
            out.append(replace(c, sentence=text[head[0] : hi], sentence_start=head[0], period="day"))
    return out


WHOLE_TOLD_AGAIN = "not-a-count/whole-told-again"
WHOLE_OF_PART = re.compile(
    rf"(?:(?:^|[.!?:;\n\"“(]\s*)|\b(?:\d[\d,]*|{number_words(1, 12)}"
    rf"|[a-z]+teen|{number_words(20, 50)}|all|most|some|many|several|none|each|both|half|either|neither|any)\s+)"
    r"of\s+(?:the|those|these)\s+$",
    re.IGNORECASE,
)  # 'Most of the (35) detainees', 'Of the (13) died persons, 9 …': a part's whole, after 'of the'
WHOLE_READ = 40  # characters before a figure its part's words are looked for in
WHOLE_LAST = ("e", "E")  # the last letter of every word WHOLE_OF_PART ends with (no other
# character matches either case-blind; its end, '\s+$', is what str.rstrip strips)


THE_OPENING = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*[—–|-]\s*)?The\s+")  # 'The (two) men' opening a sentence (a live blog's '11:20 - ' before it)
NEXT_SENTENCE_GAP = 3  # the most characters between a sentence and the next (a space, a line break)


def _whole_told_again(claims: list[Claim], text: str) -> list[Claim]:
    """A whole named after a part's words ('Most of the 35 detainees were students', 'Each of
    the seven victims was buried'), when the report told that figure of that measure in a
    sentence before and its own sentence tells no other figure of that measure, is the earlier
    figure named again, no claim of its own (not-a-count/whole-told-again). So is 'The N …'
    opening the sentence right after one that told N of that measure ('Two more workers have
    died … The two men, both welders, died overnight'; of the same side: not 'Three bodies … had
    been identified as inmates. The three officers killed were named'). A part told beside
    it keeps it ('Three of the four dead had bullet wounds'): the groups read a part against its
    whole's figure.

    >>> from claimcheck.models import Source
    >>> from claimcheck.extract import extract_claims
    >>> text = "Seven people were killed. Each of the seven victims was buried on Sunday."
    >>> [c.text for c in extract_claims(Source(id="t", text=text))]
    ['Seven']
    """
    drop = set()
    for c in claims:
        lo = max(c.sentence_start, c.start - WHOLE_READ)
        words = ("" if lo == c.sentence_start else "-") + text[lo : c.start]  # ('^': the sentence's start only)
        if c.value is None or words.rstrip()[-1:] not in WHOLE_LAST:
            continue  # (a cheap test first: the words end with 'the', 'those' or 'these' and spaces)
        opening = THE_OPENING.fullmatch(words) is not None  # ('The two men, both welders, died overnight')
        if not opening and not WHOLE_OF_PART.search(words):
            continue
        if any(o is not c and o.sentence_start == c.sentence_start and o.measure == c.measure for o in claims):
            continue  # (a part told beside it keeps it: the groups read a part against its whole's figure)
        if any(
            o.value == c.value
            and o.measure == c.measure
            and o.start < c.sentence_start
            and (not opening or (o.subject == c.subject and o.sentence_start + len(o.sentence) + NEXT_SENTENCE_GAP >= c.sentence_start))
            for o in claims
        ):
            drop.add(id(c))
            fired(WHOLE_TOLD_AGAIN, c.start)
    return [c for c in claims if id(c) not in drop] if drop else claims


FALSE_BESIDE_COUNT = "not-a-count/false-beside-count"
CALLED_FALSE = re.compile(r"(?:false|untrue|unfounded|baseless|fabricated|fake|not\s+true)$", re.IGNORECASE)
ZERO_CALLED_FALSE = re.compile(r"\b(?:no|not|none|nobody|no\s+one|never|zero|nor)\b", re.IGNORECASE)
CORRECTION_READ = 300  # how far before and after a denial's sentence a count of its harm is looked for


def _false_beside_count(claims: list[Claim], text: str) -> list[Claim]:
    """A claim of harm called false beside the report's own count of that harm corrects the
    claim's figure, it denies no harm (not-a-count/false-beside-count): 'The claim that 32
    people died is FALSE. Official sources put the toll at seven or eight.' tells no zero. The
    count is any claim of the denial's measure above zero in its paragraph, from the sentence
    before to the sentence after (CORRECTION_READ characters either side). A zero called false
    stays: it is its owner's claim of no harm, which the report refutes."""
    called = [
        c
        for c in claims
        if c.quantity.qualifier == "denial"
        and (verdict := CALLED_FALSE.search(c.text))
        and not ZERO_CALLED_FALSE.search(c.text, 0, verdict.start())
    ]  # (not a zero called false: 'The ministry's claim that "not a single journalist" was detained is false' is the ministry's zero)
    if not called:
        return claims
    drop = set()
    for c in called:
        end = c.sentence_start + len(c.sentence)
        lo = max(text.rfind("\n\n", 0, c.sentence_start), c.sentence_start - CORRECTION_READ)
        para = text.find("\n\n", end)
        hi = min(len(text) if para < 0 else para, end + CORRECTION_READ)
        if any(
            o.measure == c.measure and o.quantity.qualifier != "denial" and o.low > 0 and lo <= o.start < hi
            for o in claims
        ):
            drop.add(id(c))
            fired(FALSE_BESIDE_COUNT, c.start)
    return [c for c in claims if id(c) not in drop]


SUPPORTERS_NO_PROTEST = "subject/supporters-no-protest"


def _supporters_as_people(claims: list[Claim], text: str, low: str, lex: Lexicon, explain: bool) -> list[Claim]:
    """People counted as 'supporters' or 'participants' are the protesters' side only in a
    report that speaks of a protest: a team's supporters at its homecoming parade, a migrant
    caravan's participants are people, and so are the figures that took their side from them
    ('no fewer than 80 supporters were detained, at least twelve of them under 18'): in a
    report that names no protest and no other noun of that side, no one counted is a
    protester (subject/supporters-no-protest). A report too short to tell (a snippet, a list)
    keeps them."""
    if len(text) < TOPIC_TEXT or not any(c.subject == "protesters" for c in claims):
        return claims
    if speaks_of_protest(low, lex):
        return claims
    out = []
    for c in claims:
        if c.subject == "protesters":
            fired(SUPPORTERS_NO_PROTEST, c.start)
            rules = c.rules
            if explain:
                rules = tuple(r for r in c.rules if not r.startswith("subject/"))
                rules = (SUPPORTERS_NO_PROTEST, *rules)
            c = replace(c, subject="people", rules=rules)
        out.append(c)
    return out


PRISON_STAFF = "subject/prison-staff"
STAFF_BEFORE = re.compile(r"\b(?:[Ss]taff|STAFF)(?:[ \t]+members)?(?:[ \t]+(?:injured|hurt|wounded|killed|dead|on[ \t]+duty))?[ \t:]*$")
# a label or noun of staff right before the figure: 'Staff injured: ', 'Staff injured'
STAFF_AFTER = re.compile(r"[ \t]+(?:members[ \t]+of[ \t]+staff|(?:prison[ \t]+)?staff(?:[ \t]+members)?)\b")  # 'Nine members of staff'
STAFF_HARMS = frozenset({"injured", "killed", "deployed"})
MAX_STAFF_LABEL = 40


def _prison_staff(claims: list[Claim], text: str, low: str, lex: Lexicon, explain: bool) -> list[Claim]:
    """In a report of a prison ('inmates', 'prison', 'penitentiary' named twice or more), its staff
    hurt, killed or on duty are its officers, the security side (subject/prison-staff): 'Staff
    injured: 9 (ministry) / 14 (union)', 'Nine members of staff were injured'; elsewhere staff are
    people ('hospital staff')."""
    if not any(c.subject == "people" and c.measure in STAFF_HARMS for c in claims) or "staff" not in low:
        return claims
    if len(patterns(lex)[PRISON_STAFF].findall(low)) < 2:
        return claims
    out = []
    for c in claims:
        if c.subject == "people" and c.measure in STAFF_HARMS:
            line = text.rfind("\n", 0, c.start) + 1
            colon = text.find(":", line, c.start)  # ('Staff injured: 9 (ministry) / 14 (union)': the line's label, each figure's)
            before = text[line : colon + 1] if 0 <= colon - line < MAX_STAFF_LABEL else text[max(c.sentence_start, line, c.start - 30) : c.start]
            if STAFF_BEFORE.search(before) or STAFF_AFTER.match(text, c.end):
                fired(PRISON_STAFF, c.start)
                rules = (PRISON_STAFF, *(r for r in c.rules if not r.startswith("subject/"))) if explain else c.rules
                c = replace(c, subject="security", rules=rules)
        out.append(c)
    return out


OTHER_STORIES = "not-a-count/other-stories"
TEASER_NO_SPEAKER = "attribution/teaser-line-no-speaker"
LINK_TEASER = "not-a-count/link-teaser"
TEASER_MARKS = ">»›►▶→"  # the marks a page's link to another story may open its line with
TEASER_WORD = re.compile(r"[A-Za-z][\w'’-]*")
TEASER_SHORT = 3  # a word this short may stay in lower case in a headline ('in', 'of', 'and')
TEASER_WORDS = (4, 18)  # a headline's words
TEASER_ABOVE = 400  # how much of the text above a teaser is looked at for its prose


TEASER_OPENS = re.compile(r"^[ \t]*[>»›►▶→][ \t]*(?=[A-Z0-9])", re.MULTILINE)


def link_teasers(text: str) -> list[tuple[int, int]]:
    """The spans of the lines in a page's body that link to another story, opened by a mark
    ('> Police Kill 2 Robbery Suspects in Harbour Town', '» Fire Kills 5 in Market'), set in
    headline case below prose (:func:`teaser_line`), alone (an e-mail's quoted lines come
    several together): another report's figures, no claims of this one.

    >>> t = "Rights groups said police fired live rounds.\\n> Police Kill 2 Robbery Suspects in Harbour Town\\nThey said 20 were hurt."
    >>> [t[a:b] for a, b in link_teasers(t)]
    ['> Police Kill 2 Robbery Suspects in Harbour Town']
    >>> link_teasers("He wrote:\\n> Police Kill 2 Robbery Suspects in Harbour Town\\n> Forty Were Held Overnight in Town")
    []
    """
    if not any(m in text for m in TEASER_MARKS):
        return []
    out = []
    for m in line_matches(TEASER_OPENS, text):
        lo = m.start()
        nl = text.find("\n", lo)
        hi = len(text) if nl < 0 else nl
        before = text.rfind("\n", 0, max(0, lo - 1)) + 1
        if (lo > 0 and TEASER_OPENS.match(text, before)) or (nl >= 0 and TEASER_OPENS.match(text, hi + 1)):
            continue  # (a quoted block of an e-mail or a forum: lines that answer one another)
        if teaser_line(text, m.end(), hi):
            out.append((lo, hi))
            fired(LINK_TEASER, lo)
    return out


LINE_REPEATED = "not-a-count/line-repeated"
REPEATED_LINE = 20  # a shorter line may well come twice ('Deaths: 4' in two lists)


def repeated_lines(text: str, claims: list[Claim]) -> list[tuple[int, int]]:
    """The spans of the lines holding a claim that repeat, character for character, a line
    above them: a scraped page's title written twice (its title, then its heading), a caption
    under two photos. The repeat tells nothing new; the first one's claims stand.

    >>> from claimcheck.models import Source
    >>> from claimcheck.extract import extract_claims
    >>> t = "Union says 40,000 marched in Lyon\\n\\nUnion says 40,000 marched in Lyon\\n\\nPolice counted 9,000."
    >>> [c.value for c in extract_claims(Source(id="t", text=t))]
    [40000, 9000]
    """
    if not claims:
        return []
    first: dict[str, int] = {}
    out = []
    wanted = set()
    for c in claims:
        lo = text.rfind("\n", 0, c.start) + 1
        wanted.add(lo)
    at = 0
    for line in text.split("\n"):
        key = line.strip()
        if len(key) >= REPEATED_LINE:
            if key in first and at in wanted:
                out.append((at, at + len(line)))
                fired(LINE_REPEATED, at)
            first.setdefault(key, at)
        at += len(line) + 1
    return out


def teaser_line(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is a line of its own set in headline case with no closing stop,
    below a line of prose: another story's headline that a page links to in its body ('>
    Police Kill 2 Robbery Suspects in Harbour Town', 'Inside the Minister's Yacht Business'),
    or a subheading; no sentence of the report's, and no speaker for the sentences after it.

    >>> t = "Rights groups said police fired live rounds.\\n> Police Kill 2 Robbery Suspects in Harbour Town\\nThey said 20 were hurt."
    >>> a = t.index(">"); teaser_line(t, a, t.index("\\n", a))
    True
    >>> t = "Police Kill 2 Robbery Suspects in Harbour Town\\nThey said 20 were hurt."
    >>> teaser_line(t, 0, t.index("\\n"))
    False
    """
    line_lo = text.rfind("\n", 0, lo) + 1
    nl = text.find("\n", hi)
    line_hi = len(text) if nl < 0 else nl
    if line_lo == 0 or text[lo:line_hi].strip() == "" or text[line_lo:lo].strip(" \t" + TEASER_MARKS):
        return False  # (the page's first line is its own headline)
    line = text[line_lo:line_hi].strip().lstrip(TEASER_MARKS).strip()
    if not line or line[-1] in ".!?:;,\"”'’)" or len(line) > OTHER_STORY_LINE:
        return False
    words = TEASER_WORD.findall(line)
    if not TEASER_WORDS[0] <= len(words) <= TEASER_WORDS[1] or not all(
        w[0].isupper() for w in words if len(w) > TEASER_SHORT
    ):
        return False
    above = text[max(0, line_lo - TEASER_ABOVE) : line_lo].rstrip()
    return above[-1:] in (".", "!", "?", "\"", "”", "’")  # (prose above it: the body, not a page's header)


TOLL_STEP = re.compile(r"[^.;:]{0,60}?\b(?:to|then)\s+")  # '… on the morning of 23 November to ', ', and to '
TOLL_RISE = re.compile(r"\b(?:rose|risen|rising|climbed|climbing|increased|grew|jumped|went\s+up)\s+(?:from|to)\b")
RUNNING_TOLL_OWNER = "attribution/running-toll-owner"
TOTAL_REACHED = re.compile(
    r",\s*(?:which\s+[a-z]+|[a-z]+ing)\s+(?:the|its|their|his|her|our)\s+[^,;.:()\"“”]{0,50}?\s+to\s+(?:[a-z]+\s+){0,2}$"
)  # ', bringing the toll to ', ', which took the number of rescued migrants to ': the total the figure before reached
CONTRAST = re.compile(r"\b(?:but|while|whereas|however|although|though|not)\b|\b(?:says?|said|according)\b")
TOTAL_REACHED_RULE = "attribution/total-reached"


def _total_reached(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with the total a count reached (TOTAL_REACHED), not an owner's
    ('bringing the ministry's toll to': the owner is read by the speaker pass)."""
    reached = TOTAL_REACHED.search(text, lo, hi)
    return reached is not None and "'s " not in reached[0] and "’s " not in reached[0]


def _told_before_in_sentence(claims: list[Claim], m: Mention) -> Claim | None:
    """The last claim before ``m`` in its sentence of its measure, if it has a claimant."""
    last = next((c for c in reversed(claims) if c.measure == m.measure), None)
    return last if last is not None and last.claimant is not None else None
OTHER_STORY_LINE = 120  # a longer line is prose again, not a list of headlines


@lru_cache(maxsize=4)
def _other_stories_heading(lex: Lexicon) -> re.Pattern[str]:
    words = lex.data["layout"]["other_stories_headings"]
    site = alternation(lex.data["layout"]["other_stories_from"])
    return re.compile(
        rf"^[ \t]*(?:{alternation(words)}|(?:{site})(?:[ \t]+[^\s:|]+){{1,4}})[ \t]*"  # 'Related', 'MORE FROM EBRIÉ WIRE'
        r"(?::[ \t]*(?=\S)|:?[ \t]*$)",  # alone on its line, or 'Read more: Toll rises to 27' (headlines after it)
        re.IGNORECASE | re.MULTILINE,
    )


@lru_cache(maxsize=4)
def _other_stories_cues(lex: Lexicon) -> tuple[str, ...]:
    """The cheap words of :func:`other_stories`: the lexicon's headings of other stories and
    its 'more from' words, lower-case and one space between words, without those holding
    another ('related' serves 'related stories').

    >>> from claimcheck.lexicon import load_lexicon
    >>> cues = _other_stories_cues(load_lexicon())
    >>> "related" in cues, "related stories" in cues, "more from" in cues
    (True, False, True)
    """
    layout = lex.data["layout"]
    phrases = {" ".join(p.lower().split()) for p in [*layout["other_stories_headings"], *layout["other_stories_from"]]}
    return tuple(sorted(p for p in phrases if p and not any(q != p and q in p for q in phrases)))


def other_stories(text: str, low: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of the lists of other stories' headlines a page has ('Related:', 'Read more',
    'Most read', then short lines up to the first line of prose), where the page also holds
    one of the cheap words.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "Toll rises to 31.\\n\\nRelated:\\n * Twelve dead in Lagos blast\\n\\n" + "Police said 40 were held. " * 6
    >>> [t[a:b].strip() for a, b in other_stories(t, t.lower(), load_lexicon())]
    ['* Twelve dead in Lagos blast']
    >>> t = "Toll rises to 31.\\n\\nRead more: Lagos toll lowered to 27 | Opinion: fire codes\\n\\n" + "Police said 40 were held. " * 6
    >>> [t[a:b].strip() for a, b in other_stories(t, t.lower(), load_lexicon())]
    ['Lagos toll lowered to 27 | Opinion: fire codes']
    """
    heads = list(line_matches(_other_stories_heading(lex), text))  # (tried at line starts only: cheaper
    # than the cheap words' 26 scans of the whole text, which now only confirm a heading found)
    if not heads or not any(w in low for w in _other_stories_cues(lex)):
        return []
    out = []
    for m in heads:
        if m.end() < len(text) and text[m.end()] != "\n":
            # 'Read more: Peru lowers train toll to 27 | Opinion: …': the headlines follow on its line
            nl = text.find("\n", m.end())
            line_end = len(text) if nl < 0 else nl
            start, at, end = m.end(), line_end + 1, line_end
        else:
            start = at = end = m.end() + 1
        inline = start != at  # (its list ends at a blank line: comments may follow)
        while at < len(text):
            nl = text.find("\n", at)
            line_end = len(text) if nl < 0 else nl
            if len(line := text[at:line_end].strip()) > OTHER_STORY_LINE or (inline and not line):
                break
            end = line_end
            at = line_end + 1
        if end > start:
            out.append((start, end))
    return out


REFERENCE_ENTRY = "not-a-count/reference-title"
REFERENCE_LINE = re.compile(
    r"^[ \t]*(?:(?:\d{1,3}\.|\[\d{1,3}\])[ \t]*(?P<c1>\^)?|(?P<c2>\^)|\d{1,3}[ \t]+(?=[\"“]))[ \t]*"
    # its number ('7.', '[7]', a footnote's '5 ' before the title) or an encyclopedia's caret ('^', '7. ^')
    r"(?:(?P<title>(?:[a-z][ \t]+)*[^\"“\n]{0,160}?[\"“][^\n]{2,400}?[\"”])"  # backlinks, author, "title"
    r"(?:[ \t]*[\[(][^\])\n]*[\])])*[ \t]*(?P<tail>[.,](?:[ \t]+(?![a-z]+\b(?!\.))[^\n]*)?)?"
    # [its translation] (its kind). Publisher (not a lower-case word: '", the union said'), date
    r"|[^\n]*)$",  # (after a caret, an entry with a date: 'Baird, Simon (2009). Dams of the Xe Kong Basin. p. 118.')
    re.MULTILINE,
)
REFERENCE_TAIL = re.compile(r"(?:1[89]|20)\d\d\b|\bRetrieved\b|\bp\.\s*\d")  # the date, the page


def reference_entries(text: str) -> list[tuple[int, int]]:
    """The spans of the entries of a page's list of references or footnotes citing a title
    (not-a-count/reference-title): an encyclopedia's '7. ^ "Toll rises to 27 as two more die".
    Ganja Today. 24 November 2026.', a numbered '3. "Thousands rally for boycott". Arabian Gulf
    Press. 21 November 2014.' or a footnote '5 "Nine bodies retrieved", The Herald, 21 January
    2026, p. 2.' (a numbered title needs its publisher after it, and a date or page). A title's
    figures are another report's headline, cited for a figure the page tells (or not) itself.

    >>> t = 'Seven died.[1]\\n\\nReferences\\n1. ^ "Toll reaches 27 as two more die". Ganja Today. 24 November 2026.'
    >>> [t[a:b] for a, b in reference_entries(t)]
    ['1. ^ "Toll reaches 27 as two more die". Ganja Today. 24 November 2026.']
    >>> reference_entries('Demands:\\n1. "Release the 40 detained", the union said.\\n2. "Pay the 12 families".')
    []
    """
    if "^" not in text and '"' not in text and "“" not in text:
        return []
    out = []
    for m in line_matches(REFERENCE_LINE, text):
        if (m["c1"] or m["c2"]) and (m["title"] or REFERENCE_TAIL.search(m.group())) or (
            m["title"] and m["tail"] and REFERENCE_TAIL.search(m.group())
        ):  # (a caret before no title and no date: a forum's '^ this, 40 were held')
            out.append((m.start(), m.end()))
    return out


def _as_written(claims: list[Claim], text: str, markdown: bool = False) -> list[Claim]:
    """``claims`` whose number phrase the text read differs in from the file (it runs over a
    soft line break, a blanked mark), with their ``text`` as the file has it ('between 150
    and\\n200'): every claim traces to its exact characters; and their sentence as the file
    has it (the parser reads guillemets as curly quotation marks, a chat's turn labels and
    other marks as spaces), except a Markdown report's, whose sentences are its prose."""
    out = [
        c if c.text == text[c.start : c.end]
        else replace(c, quantity=replace(c.quantity, text=text[c.start : c.end]))
        for c in claims
    ]
    if markdown:
        return out  # (a Markdown report's sentences are its prose, without its marks)
    written: dict[int, str] = {}  # each sentence as the file has it (marks the parser read as spaces, guillemets)

    def as_written(c: Claim) -> str:
        if c.sentence_start not in written:
            written[c.sentence_start] = text[c.sentence_start : c.sentence_start + len(c.sentence)]
        return written[c.sentence_start]

    return [c if c.sentence == (raw := as_written(c)) else replace(c, sentence=raw) for c in out]


def _breakdown(text: str, before: list[Claim], new: list[Claim], lex: Lexicon, explain: bool) -> list[Claim]:
    """A sentence's figures that name no speaker and add up to a figure of the same measure its
    paragraph or the one before told ('25 remain in hospital, the health ministry said. …
    Eighteen are being treated in Gevgelija and seven in Skopje'): a breakdown of that figure,
    told by its speaker (the rule attribution/breakdown-of-figure-before). A figure that is a
    part of the one before it ('19 persons, from this transferred onward … 5 persons') is not
    added."""
    measure = new[0].measure
    if any(c.claimant is not None or c.measure != measure or c.value is None for c in new):
        return new
    total = sum(
        c.value for k, c in enumerate(new) if not k or not PART_OF_BEFORE.search(text, new[k - 1].end, c.start)
    )  # type: ignore[misc]
    whole = next((d for d in reversed(before) if d.measure == measure and d.value == total), None)
    if whole is None or whole.claimant is None or whole.claimant not in whole.sentence:
        return new  # (a speaker its own sentence names, not one carried over from a running toll)
    return [
        replace(
            c,
            claimant=whole.claimant,
            claimant_type=whole.claimant_type or claimant_type(whole.claimant, lex),
            via=whole.via,
            rules=(*(r for r in c.rules if not r.startswith("attribution/")), BREAKDOWN) if explain else c.rules,
        )
        for c in new
    ]


BREAKDOWN = "attribution/breakdown-of-figure-before"
PART_OF_BEFORE = re.compile(r"\b(?:from|of|among)\s+(?:this|these|them|those|whom|which)\b", re.IGNORECASE)


CITATION = re.compile(r"\[(\d{1,3})\]")  # an encyclopedia's reference mark
TRAILING_CITATIONS = re.compile(r"\s*(?:\[\d{1,3}\]\s*)+")


def _cites_another(text: str, sent: Sentence, before: Sentence) -> bool:
    """The sentence cites references and none of them is one the sentence before cites: its
    figure comes from another source ('… was 54 dead and 118 injured.[2] Of the dead, 23 were
    children under 15.[7]'). ``text`` is the source's own, with its marks (the parser's text
    blanks them); a sentence's marks after its full stop are its own."""
    trail = TRAILING_CITATIONS.match(text, sent.end)
    end = trail.end() if trail else sent.end
    if "[" not in text[before.start : end]:
        return False
    own = set(CITATION.findall(text, sent.start, end))
    cited = set(CITATION.findall(text, before.start, sent.start))
    return bool(own) and bool(cited) and not own & cited


def _tells(text: str, sent: Sentence, low: str, lex: Lexicon) -> bool:
    """The sentence names who told it: a speech verb, or 'according to'."""
    return low.find("according to", sent.start, sent.end) >= 0 or speech_verb_end(text, sent.start, sent.end, lex) is not None


def _opens_with_whole(text: str, sent: Sentence, m: Mention) -> bool:
    """The sentence opens with the whole its figure is a part of: 'Of those, 31 had died',
    'Among them, 12 …', 'Of the dead, 19 were labourers' (measure/of-the-counted)."""
    return OF_THOSE.match(text, sent.start, m.q.start) is not None or (
        m.measure_rule == OF_THE_COUNTED and OPENS_WITH_OF.match(text, sent.start, m.q.start) is not None
    )


def _no_speaker(subject: str, lex: Lexicon) -> bool:
    """Whether a sentence's subject, given as its 'claimant' when it names no speaker, is no
    one who could speak: people counted or a clause ('Women were dragged …', 'The rest were …',
    'They take people at night'), not a body ('The mayor, Mr Lee, him, evokes …', 'Statement
    from the ministry:'), a name ('Sosa at the press conference:') or a pronoun resolved later.

    >>> lex = load_lexicon()
    >>> [_no_speaker(s, lex) for s in ["Women", "The rest", "They take people at night", "Sosa", "he", "The mayor"]]
    [True, True, True, False, False, False]
    """
    words = subject.lower().replace(",", " ").split()
    if not words or subject.lower() in BARE or names_body(words, lex):
        return False
    first = words[0]
    named = subject[:1].isupper() and first not in ARTICLES and first not in BARE and first not in lex.subject_of
    return not named


ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "all", "others"})


def _carries_on(
    text: str,
    sent: Sentence,
    m: Mention,
    running: re.Pattern[str],
    source_text: str,
    before: Sentence,
    lex: Lexicon,
    alone: bool = True,
) -> str | None:
    """The rule by which a figure with no speaker carries on the count of the figure before it
    (same measure, same paragraph), when one does: 'The figure reached 31 the next day' (the
    count goes on), 'Five remain in custody' (where it stands now), 'Of the dead, 19 were …' (a
    part, unless it cites another reference than the sentence before), 'Four are in intensive
    care' (the figure before's noun left out: a figure ``alone`` in its sentence; several are a
    breakdown, told by the speaker only when they add up, see _breakdown)."""
    if running.match(text, sent.start, sent.end):
        return RUNNING
    if m.scope is not None and m.scope.startswith("state:"):
        return STATE
    if m.scope_rule is not None and m.scope_rule.startswith("measure/") and has_effect(m.scope_rule, "state", lex):
        return STATE  # a translation's 'In hospital remain six persons' after the injured the ministry counted
    if m.scope_rule == "scope/part-of-them" and not text[sent.start : m.q.start].strip(' "“'):
        return PART  # 'Four of them are on ventilator support' (the part opens its sentence)
    if (
        m.scope_rule == PART_OF_THE_FIGURE
        and not text[sent.start : m.q.start].strip(' "“')
        and OF_THE_TOLD.match(text, m.q.end, sent.end)
    ):
        return PART  # 'One of the seven, a man in his fifties, died …': a part of the figure told before
    if ELLIPTIC.fullmatch(text, sent.start, sent.end):
        return ELLIPTIC_RULE  # '… the mayor now says. 52 injured.': the list goes on
    if m.measure_rule == CONTINUED:
        return RUNNING  # '… 40 people were hurt, the Red Cross said. Another 15 at the checkpoint.': its count goes on
    if m.measure_rule == PLACE_FIRST and m.part:
        return PART  # '… are 648 in total, he said. Among them, in Nay Pyi Taw 211 persons, …': his parts
    if alone and m.q.qualifier != "denial" and not MORE_AFTER.match(text, m.q.end) and (
        (m.subject_rule == NOUN_LEFT_OUT and ELLIPTIC_OPENING.fullmatch(text, sent.start, m.q.start))
        or (THEY_INCLUDE.fullmatch(text, sent.start, m.q.start) and m.scope is not None and m.scope.startswith("part:"))
    ):
        return COUNTED_ON  # 'Five remain in a serious condition', 'The six others went home', 'They include 19 officers'
    if _opens_with_whole(text, sent, m) and (
        m.measure_rule != OF_THE_COUNTED or not _cites_another(source_text, sent, before)
    ):
        return PART  # 'Of those, 31 had died'; 'Among them, 12 were police officers'; 'Of the dead, 19 were …'
    return None


@dataclass(frozen=True)
class ParseWith:
    """``extract_claims`` with the lexicon at ``lexicon_path`` (the bundled one when None), as
    a picklable function for worker processes: the lexicon is loaded once per process."""

    lexicon_path: str | None = None
    explain: bool = False

    def __call__(self, source: Source) -> list[Claim]:
        return extract_claims(source, load_lexicon(self.lexicon_path), explain=self.explain)


QUALIFIER_RULES = {
    r.id.split("/")[1].replace("-", "_"): r.id for r in load_rules()["qualifier"]
}  # numbers.qualify's strategies, named by the qualifier they give ('at_least': 'qualifier/at-least')


def _rules_of(m: Mention, claimant_rule: str) -> tuple[str, ...]:
    """The ids of the rules behind a claim: subject, measure, qualifier, scope, claimant."""
    found = (
        m.subject_rule,
        m.measure_rule,
        QUALIFIER_RULES.get(m.q.qualifier),
        m.scope_rule,
        claimant_rule,
    )
    return tuple(dict.fromkeys(r for r in found if r))  # a denial's rule sets two: once


QUESTION_LINE = re.compile(r"\?\n")  # (a scan for a literal led by a rare character: faster than '"?\n" in low')
CLOSING_MARK = re.compile(r"[^\s\"“][\"”]")  # a quotation mark closing after a word or a stop
QUOTE_CLOSES = re.compile(r"[,!?][\"”]\s")  # a quotation closing before its speaker: '…," he said'
OF_THOSE = re.compile(
    r"\s*[\"“]?(?:Of|Among|From|Out\s+of)\s+(?:those|these|them|(?:that|this|the)\s+(?:number|figure|total))\s*,?"
    r"(?:\s+(?:are|were|is|was))?\s*$"
)  # a sentence opened by the whole the figure is a part of ('Among them are 9 minors', a translation's 'From them 12 are workers',
#    'From that number, 10 persons are in critical condition')
_ELLIPTIC_ITEM = (
    r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|over\s+)?[\d,.]+\+?"
    r"(?:\s+(?:people|persons|others|more))?\s+"
)
ELLIPTIC = re.compile(
    rf"\s*(?:and\s+|plus\s+)?{_ELLIPTIC_ITEM}(?:injured|wounded|hurt|dead|killed|arrested|detained)"
    rf"(?:\s*,\s*(?:and\s+)?{_ELLIPTIC_ITEM}[a-z]+){{0,3}}"
    r"(?:\s+(?:so\s+far|in\s+total|overall))?\s*[.!]?\s*"
)  # a sentence of a figure and its measure alone: '52 injured.', '18 dead, 26 survivors.'
ELLIPTIC_RULE = "attribution/elliptic-after-speaker"
ON_AIR = re.compile(
    r"\b(?:was|were|is|are)\s+(?:just\s+)?on\s+(?:the\s+)?(?:news|radio|air|TV|television)\b"
    r"|\b(?:report|findings|figures|update|bulletin|statement|toll|numbers)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:now\s+|finally\s+|just\s+)?(?:out|published|released|in)\b"
)  # a sentence that says a body has just given its figures, none of them in it: 'The IG was on the
#    news just now.', 'The inquiry's report is out today.'
NOT_TELEGRAPHIC = frozenset(
    "is are was were be been being has have had will would could can may might must do does did "
    "remain remains remained stay stays stayed".split()
)  # an auxiliary or a copula: a clause, not a list of figures
TELEGRAPHIC_WORDS = 12
TOKEN = re.compile(r"\d[\d,.]*\+?|[^\W\d_][\w'’-]*")  # a figure or a word


def _telegraphic(text: str, sent: Sentence, first: int, lex: Lexicon) -> bool:
    """The sentence is figures and their nouns alone, as a post or a note writes them ('214
    arrested, 96 injured.', '23 dead, not 9.', '19 civilians and 4 police.'): it opens with its
    first figure and has no verb of saying, auxiliary or copula and no participle in -ing.

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "23 dead, not 9. 12 people were arrested. 214 arrested, 96 injured. And 4 people died there."
    >>> [_telegraphic(t, Sentence(a, b, 0), a, load_lexicon()) for a, b in [(0, 15), (16, 40), (41, 66), (67, 93)]]
    [True, False, True, False]
    """
    lead = text[sent.start : first].strip(' "“')
    if len(lead) > 4 or lead.lower() not in ("", "and", "plus"):
        return False  # (lower-casing never shortens a string: a longer lead is none of them)
    tokens = TOKEN.findall(text, sent.start, sent.end)
    words = [w.lower() for w in tokens if not w[0].isdigit()]
    return (
        len(words) <= TELEGRAPHIC_WORDS
        and not any(w in NOT_TELEGRAPHIC or w in lex.speech_verbs or w.endswith("ing") for w in words)
        and all(
            k and tokens[k - 1][0].isdigit() for k, w in enumerate(tokens) if w.islower() and w.endswith(("ed", "ied"))
        )  # a participle right after its figure ('214 arrested'), not a clause's verb ('4 people died')
    )


def _told_from(sentences: list[Sentence], i: int, telegraphic: set[int]) -> int | None:
    """The sentence a list of figures goes on from: the nearest one before sentence i in its
    paragraph that is not itself figures alone ('The IG was on the news. 9 dead. 214 arrested.')."""
    j = i - 1
    while j >= 0 and sentences[j].paragraph == sentences[i].paragraph:
        if j not in telegraphic:
            return j
        j -= 1
    return None
ANNOUNCES = re.compile(
    r"\s*(?:\d{1,2}[:.]\d\d\s*[-–—|]\s*)?"  # a live blog's stamp: '18:40 - Police headquarters has sent …'
    r"(?:(?:At|In|On|During|After|Earlier|Later|Shortly)\b[^,;:.\"“”\n\d]{0,60},\s+)?"  # 'At a briefing at two o'clock, '
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][^,;:.\"“”\n\d]{1,80}?)(?:,\s+(?P<name>[A-Z][^,;:.\"“”\n\d]{1,60}?),|,\s+[a-z][^,;:.\"“”\n\d]{1,80}?,)?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:just\s+|now\s+|also\s+|then\s+)?"
    r"(?:(?:published|released|issued|put\s+out|sent(?:\s+out)?|circulated|updated|shared|gave|given|presented|read\s+out|raised|revised|lowered|corrected)\s+"
    r"(?:(?:its|their|the|a|an|his|her)\s+)?(?!(?:no|any)\s)(?:[\w-]+\s+){0,3}?"
    r"(?:figures|toll|count|tally|numbers|data|update|bulletin|statement|list)"
    r"(?:\s+(?:with|to)\s+(?:the\s+)?(?:press|reporters|journalists|media))?"  # ('shared its latest numbers with the press')
    r"(?:\s+(?:on|at|in|late|early|this|last|shortly|overnight|during|after|before|yesterday|today)\b[^,;:.\"“”\n\d]{0,50})?"
    r"|(?:updated|briefed)\s+(?:us|reporters|journalists|the\s+press)(?:\s+(?:by|over\s+the)\s+(?:tele)?phone)?)\s*[.:]?\s*"
)  # (its figures given, raised or revised, when and where: 'The regional health office issued new figures on Monday.',
#    "The directorate's evening bulletin raised the toll.", 'The Red Crescent revised its count overnight.')  # ('Dr Ana Lemalu, head of the district health office, has just updated us by phone.')  # a sentence that tells a body has given its figures, none of them in it: the next sentence's are
#    its (a person named after the role: 'the Director-General of Health, Dr Ana Lemalu, gave …')
ANNOUNCED_RULE = "attribution/announced-figures"
ANNOUNCED_RUN = 4  # how many sentences after an announcement its run of figures may reach


def _document_owner(who: str) -> str:
    """The body whose document announces the figures ("The directorate's evening bulletin
    raised the toll": the directorate), else ``who``."""
    owned = WHOSE_DOCUMENT.fullmatch(who)
    return owned["who"] if owned else who
CAME_FROM = re.compile(
    r"\s*(?:(?:The|This|That)\s+(?:announcement|figures?|toll|count|confirmation|update|news)\s+(?:came|comes|was\s+given)\s+"
    r"(?:from|by)"
    r"|(?:This|That|It|The\s+(?:new\s+|latest\s+|death\s+)?(?:figures?|toll|count|number|total|information|news))\s+"
    r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:officially|later|also)\s+)?"
    r"(?:confirmed|announced|reported|given|released|communicated|stated|disclosed|made\s+public)"
    r"(?:\s+(?:on|in|at|late|early|this|last|yesterday|today|later|during)\b[^,;:.\"“”\n]{0,40}?)?\s+by"
    r"|About\s+(?:this|that|it)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:informed|reported|announced|told|stated|communicated)"
    r"(?:\s+by)?)"
    r"\s+(?P<who>(?:the\s+|(?=[A-Z]))[^,;:.\"“”\n\d]{1,60}?)(?=\s*[,.;]|\s+(?:at|in|on|during)\s)"
)  # the sentence after a figure tells whose it is: 'The announcement came from Raúl Sosa, …', 'This
# was confirmed on Wednesday by the governor', 'The figure was given by the police', and a
# translation's 'About this informed the Ministry of Healthcare'
CAME_FROM_RULE = "attribution/announcement-came-from"
ANNOUNCE_CUE = re.compile(r"published|released|issued|put out|sent|circulated|updated|shared|gave|given|presented|read out|raised|revised|lowered|corrected")
SAYS = re.compile(r"\b(?:says|said|say|reports|reported|announced|announces|confirms|confirmed|tells|told)\b")
OWN_VOICE_OPENS = re.compile(r"\s*(?:[Oo]ur|[Ww]e)\s+[a-z]")  # a sentence the writer opens: 'Our figure is …', 'We reject …'
RUNNING = "attribution/running-toll"
COUNTED_ON = "attribution/counted-on-from-figure-before"
NOUN_LEFT_OUT = "subject/previous-figure"  # a figure whose noun is the one of the figure before ('Five remain …')
ELLIPTIC_OPENING = re.compile(r"\s*[\"“]?(?:(?:The|the)\s+)?")  # the figure opens its sentence ('The six others …')
MORE_AFTER = re.compile(r"\s+more\b")  # an increment told anew ('Hundreds more joined along the way'), not where the count stands
THEY_INCLUDE = re.compile(r"\s*[\"“]?(?:They|These|Those)\s+(?:include|included|includes)\s+(?:at\s+least\s+|some\s+)?", re.IGNORECASE)
STATE = "attribution/state-of-figure-before"
PART = "attribution/part-of-figure-before"
QUOTE_OPENS = "attribution/quote-opens"
PART_OF_THE_FIGURE = "scope/part-of-the-figure"
ANY_QUOTE_MARK = re.compile("[\"“”«»]")
OF_THE_TOLD = re.compile(
    r"\s+of\s+(?:the|those|these)\s+[\w.,-]+(?=\s*,|\s+(?:were|was|are|is|had|have|has|remain|remained|died)\b)",
    re.IGNORECASE,
)  # a whole told by its number alone, as a figure given before ('One of the seven, …'; 'Two of those six are …')
CONTRASTED_FIGURE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+$", re.IGNORECASE)  # a figure set against the one before
OF_THE_COUNTED = "measure/of-the-counted"  # 'Of the dead, 19 were labourers'
OPENS_WITH_OF = re.compile(r"\s*[\"“]?Of\s")
FURTHER_RULE = "attribution/further-of-figure-before"
OTHERS_RULE = "attribution/others-of-figure-before"
OTHERS_AFTER = re.compile(
    r"\s+(?:others|other\s+(?:people|persons|victims|civilians|officers|protesters|demonstrators|workers|soldiers))\b"
)  # 'Five others were hurt', '40 other people': counted against the figure before
FURTHER = re.compile(r"\s*[\"“]?(?i:a\s+further|another|an\s+additional|a\s+further\s+group\s+of)\s+")
TITLE_READ = 400  # how much of a report's opening its headline and standfirst are read in
COUNT_QUESTION = re.compile(r"\bhow\s+(?:many|much)\b|\b(?:hurt|injured|killed|died|dead|arrested|detained|deployed)\b", re.IGNORECASE)
PASSAGE = 8  # how many sentences back a crowd's size may be named for a bare estimate
QUESTION_REACH = 7  # how many sentences back a question's answer may give a bare figure
CROWD_FIGURE_BEFORE = 3  # how many sentences back a crowd's figure makes the passage a crowd's
GATHERING_BEFORE = 3  # how many sentences back a gathering named makes the passage a crowd's
NEGATED = re.compile(r"\b(?:no|not|nobody|never|none)\b|n['’]t\b", re.IGNORECASE)  # a negation before a figure
NO_GATHERING = re.compile(r"(?!)")  # (matches nothing)
ESTIMATE_GIVEN = re.compile(
    r"\b(?:said|says|say|saying|estimated|estimates|estimate|counted|counts|count|reckoned|reckons|claimed|claims|claim"
    r"|(?:spoke|speaks|speak|speaking|talked|talks|talk|talking)\s+of|(?:put|puts)\s+it\s+at|gave|gives|give|giving"
    r"|announced|announces|reported|reports)\s+[\"“]?$",
    re.IGNORECASE,
)  # a bare figure given as someone's estimate ('the organisers say 230k', 'police counted around 800')
OUTSIZED = 10  # how many times larger than another measure's figures a bare estimate is no rival of theirs
ESTIMATE_READ = 30  # how far before a figure its estimate's verb is read
NOT_HEADING_END = frozenset('.!"”’')


def _heading(text: str, sentences: list[Sentence], j: int) -> bool:
    """Sentence j is a section heading: a short line of its own, without a final stop, a
    bullet or a figure ('The crowd', 'How many people were at the rally?')."""
    s = sentences[j]
    return (
        s.end - s.start < 100
        and text[s.end - 1] not in NOT_HEADING_END
        and (j == 0 or sentences[j - 1].paragraph != s.paragraph)
        and (j + 1 == len(sentences) or sentences[j + 1].paragraph != s.paragraph)
        and text[s.start].isalpha()
        and not any(c.isdigit() for c in text[s.start : s.end])
    )


def _section_line(text: str, sentences: list[Sentence], j: int) -> bool:
    """Sentence j is a line of its own that opens a section: short, its own paragraph and no
    final stop ('Tuesday 22 September', 'Why the numbers differ'); a date may be in it, unlike
    in :func:`_heading`."""
    s = sentences[j]
    return (
        s.end - s.start < 100
        and text[s.end - 1] not in NOT_HEADING_END
        and text[s.end - 1] != "?"
        and (j == 0 or sentences[j - 1].paragraph != s.paragraph)
        and (j + 1 == len(sentences) or sentences[j + 1].paragraph != s.paragraph)
    )


SPOKE_TO = re.compile(
    r"\b(?:spoke|speaks|talked|talks|has\s+spoken|had\s+spoken|has\s+talked)\s+(?:to|with)\s+"
    r"|\b(?:interviewed|reached|contacted|asked)\s+(?=[A-Z]|the\s|a\s)"
)
INTERVIEWEE = re.compile(
    r"(?P<np>(?:(?:Dr|Mr|Mrs|Ms|Prof|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"|(?:the|a|an)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)(?=\s*(?:[,.;:]|\bat\b|\bin\b|\bof\b|\bwho\b|\bfrom\b|\bon\b|$))"
)


def _interviewed(text: str, s: Sentence, speaker: str | None, lex: Lexicon) -> str | None:
    """Whom the report's own side (its correspondent, 'we', a news outlet) spoke to or reached
    in the sentence ('Our correspondent spoke to Dr Amina Sesay at the district hospital'):
    the one who speaks in the sentences after it ('She says two more people died'), not the
    reporter. None when the sentence's speaker is another's ('The minister spoke to reporters').

    >>> from claimcheck.lexicon import load_lexicon
    >>> t = "Our correspondent spoke to Dr Amina Sesay at the district hospital."
    >>> _interviewed(t, Sentence(0, len(t), 0), "Our correspondent", load_lexicon())
    'Dr Amina Sesay'
    >>> t = "The minister spoke to reporters at the airport."
    >>> _interviewed(t, Sentence(0, len(t), 0), "The minister", load_lexicon()) is None
    True
    """
    if speaker is None or not (is_first_person(speaker) or claimant_type(speaker, lex) == "media"):
        return None
    m = SPOKE_TO.search(text, s.start, s.end)
    if m is None or (np := INTERVIEWEE.match(text, m.end(), s.end)) is None:
        return None
    name = np["np"].strip()
    return name if plausible(name, lex) and not is_first_person(name) and claimant_type(name, lex) != "media" else None


STATEMENT_FROM = re.compile(
    r"\b(?:statement|message|letter|post|tweet|note|communiqu[eé]|release)\b[^:\n]{0,40}?\b(?:from|by)\s+"
    r"(?P<np>(?:the\s+)?[A-Z][^:\n]{1,80}?)\s*:\s*$"
)  # a sentence introducing a quoted statement and its author
INTRO_MARK = re.compile(r"[:,]\s*[\"“]")  # 'told us: "', 'said, "' (a quotation introduced)


QUOTED_WE = frozenset({"we", "i", "us"})  # a first person that inside a quotation is the quoted speaker


def _introducer(text: str, sent: Sentence, lex: Lexicon) -> str | None:
    """The speaker who introduces the quotation a sentence opens ('a spokesman, Faker
    Bouzghaya, told us: "…'): a speech verb, then a colon or comma and the opening mark."""
    marks = list(INTRO_MARK.finditer(text, sent.start, sent.end))
    if not marks:
        return None
    at = marks[-1].end() - 1
    if speech_verb_end(text, sent.start, at, lex) is None:
        return None
    return attribute(text, sent.start, sent.end, at, lex).claimant


def _in_quotation(text: str, sent: Sentence, at: int) -> bool:
    """Offset ``at`` lies after an opening mark of its sentence or its sentence continues a
    quotation (a cheap test: a quotation mark in the sentence before ``at``, or none at all)."""
    head = text[sent.start : at]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”") or not QUOTE_MARKS.search(head)
