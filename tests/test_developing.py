"""Developing stories, end to end: reports of one story over several days (agency wires, a
statement, a live blog, a press release, a situation report, a forum thread, a next-day
analysis) through pipeline.compare, checked against the conflicts a reader finds in them.

Each story lives in tests/data/developing-*/: ``sources/`` and ``expected.json``, written by
hand before the tool was run on them. A quote is a figure as written in one file, located by a
``context`` found exactly once in it (any run of white space between its words: a hard-wrapped line); an expected conflict is found when a reported pair links
a claim of its side a to one of its side b, and any other reported pair is spurious.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.extract import extract_claims
from claimcheck.match import align
from claimcheck.models import Claim, ClaimGroup, Source
from claimcheck.situate import event_home, parse

DATA = Path(__file__).parent / "data"


def _spaced(words: str) -> str:
    """A pattern of ``words`` with any run of white space between them."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _check(name: str, *, split: bool = True) -> tuple[list[str], list[str], list[str]]:
    """(found, missed, spurious): expected conflicts found and missed, and each spurious pair
    as 'file “text” / file “text”'."""
    story = DATA / name
    expected = json.loads((story / "expected.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in (story / "sources").iterdir()}
    result = pipeline.compare([str(story / "sources")], split=split)
    claims = [c for g in result.groups for c in g.claims]

    def hits(quote: dict[str, str]) -> set[tuple[str, int]]:
        text = texts[quote["file"]]
        contexts = list(re.finditer(_spaced(quote["context"]), text))  # (a hard-wrapped line's break is a space)
        assert len(contexts) == 1, quote
        inner = re.search(_spaced(quote["text"]), contexts[0].group(0))
        assert inner is not None, quote
        start, end = contexts[0].start() + inner.start(), contexts[0].start() + inner.end()
        return {
            (c.source, c.start)
            for c in claims
            if os.path.basename(c.path or "") == quote["file"] and c.start < end and start < c.end
        }

    pairs = [
        (g.claims[a], g.claims[b]) for g in result.groups for a, b in g.conflicts
    ]
    explained: set[int] = set()
    found, missed = [], []
    for conflict in expected["conflicts"]:
        a = set().union(*(hits(q) for q in conflict["a"]["quotes"]))
        b = set().union(*(hits(q) for q in conflict["b"]["quotes"]))
        linking = {
            n
            for n, (x, y) in enumerate(pairs)
            if {(x.source, x.start), (y.source, y.start)} & a
            and {(x.source, x.start), (y.source, y.start)} & b
        }
        explained |= linking
        (found if linking else missed).append(conflict["id"])
    spurious = [
        f"{os.path.basename(x.path or '')} “{x.text}” / {os.path.basename(y.path or '')} “{y.text}”"
        for n, (x, y) in enumerate(pairs)
        if n not in explained
    ]
    return found, missed, spurious


def test_a_strike_over_four_days_gives_exactly_its_real_conflicts() -> None:
    # police vs union crowd counts of two marches and arrests since Monday; not conflicts: the
    # report's 'Thousands' over both counts, a day's arrests beside the police's running total,
    # police raising their own estimate, other days' crowds and the arrests rising day by day
    found, missed, spurious = _check("developing-strike")
    assert (len(found), missed) == (3, [])
    # the forum thread joins the story since events11 (claimcheck.events: its usernames and
    # buttons are not its words); its title 'Re: Strike day 3 - march?' numbers a day, it
    # counts nobody (not-a-count/numbered-day)
    assert spurious == []


def test_a_flood_over_five_days_is_compared_as_one_story() -> None:
    # the relief group's release is sorted into the story (claimcheck.events: the valley it
    # names, its 'floods'), so its 'more than 120 injured' meets the authorities' figures:
    # split, the flood gives what it gives compared as one event (see below). Not pairs: the
    # rising toll, the live blog's timed entries against the same day's reports, the forum's
    # posts (each at its stamp's time; 'In Dresk alone six' says the toll is at least six),
    # the situation report's total 'since the start of the emergency on 9 November' or the
    # relief group's day count
    assert _check("developing-flood") == _check("developing-flood", split=False)


@pytest.mark.xfail(
    strict=True,
    reason="the clinics' 'On Tuesday alone … 85 people' against the authorities' 41, 63 and 70 "
    "is marked no conflict in expected.json (see the test below: a part above the whole is one)",
)
def test_a_flood_over_five_days_gives_exactly_its_real_conflicts() -> None:
    found, missed, spurious = _check("developing-flood")
    assert (missed, spurious) == ([], [])


def test_the_flood_compared_as_one_event_finds_both_disputes() -> None:
    found, missed, spurious = _check("developing-flood", split=False)
    assert (len(found), missed) == (2, [])
    # left: the relief group's 'On Tuesday alone our clinics treated 85 people', which says the
    # injured were at least 85, against the authorities' 41, 63 and 70: marked no conflict in
    # expected.json (written before the first run), but a part above the whole is one
    assert spurious and all("“85”" in pair for pair in spurious)


def test_an_earthquake_over_four_days_finds_the_governors_dispute() -> None:
    found, missed, spurious = _check("developing-quake")
    assert (len(found), missed) == (1, [])
    # not the rising national toll, the headline's 'At least 40' over the lead's 'At least 46',
    # Harel's 19 'alone', the day's 18 or the rescuers of two days; nor, since dev23, the
    # charity's own patients ('Our teams in Harel have treated 210 injured people since
    # Saturday': one site's part of the injured, conflicts._at_one_site)
    assert spurious == []


def test_riots_over_three_nights_give_exactly_their_real_conflict() -> None:
    # police four dead against a doctors' union's at least nine; not the arrests told 'as of
    # 18:00' and then 'up from 212 at 6 pm', nor two days' counts 'alone' (110, 150)
    found, missed, spurious = _check("developing-riot")
    assert (len(found), missed, spurious) == (1, [], [])


def test_a_coastal_flood_over_five_days_finds_its_three_disputes() -> None:
    # developing-ecuador was written blind (session 9's developing-5) and first run at 3/3 with
    # 155 spurious pairs; its README says how each was read. Left: a forum's 'our barrio' (no
    # place named), arrests of a city's night against the week's, the analysis's days told back
    # 19 -> 20 at recall21: the prefect's 'the fatal victims in her province are 14' is read now
    # (translated copy, a true claim of the expected Esmeraldas conflict), and pairs with the
    # live blog's national 16, which the blog's sentence wrongly places in Esmeraldas too
    # 20 -> 17 once 'According to the same entity, of the 16 deceased, 9 …' is the Secretariat
    # just named (its 16 no longer a claimant 'same entity' against the prefect's 14); 17 -> 14
    # once a parish, canton, commune, borough or oblast is an area ('four of them in the parish
    # of Canuto' is Canuto's, not Chone's five; lexicon place.area_nouns); 14 -> 12 once the
    # analysis's 'A day earlier the same gap had opened in Esmeraldas. The prefect … said on
    # Tuesday that 14 people had died in her province' is Esmeraldas's 14, not the nation's;
    # 12 -> 11 once the minister's 'the ministry's number is "the verified one"' counts no one;
    # 11 -> 10 once one speaker's names across reports are one claimant (dev17b)
    found, missed, spurious = _check("developing-ecuador")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 3, spurious


@pytest.mark.xfail(strict=True, reason="3 spurious pairs left (see the test above)")
def test_a_coastal_flood_over_five_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-ecuador")[1:] == ([], [])


def test_a_ferry_sinking_over_five_days_finds_its_two_disputes() -> None:
    # developing-ferry was written blind (session 10's developing-6) and first run at 2/2 with
    # 269 spurious pairs; its README says what was read and fixed. 15 -> 7 once the Ziguinchor
    # march of the Dakar march's day is that city's gathering (group19); 7 -> 5 once those still
    # in hospital and what one day added may fall from one day to the next (group21: 29
    # survivors still treated on Monday, 19 on Wednesday; 17 more bodies, then 16 more); 5 -> 3
    # once a march told past the report's opening has its own arrests ('nobody was arrested'
    # at the Ziguinchor march, not the Dakar arrests). Left: the Ziguinchor march of no known
    # day against the Dakar march's figures an undated rewrite gives, the Senegalese navy's 60
    # divers against a Gambian boat's 12
    # 3 -> 1 once 'In the afternoon about 3,000 people marched from the port' is of the day
    # its report's news told (Monday), not of no known day beside the rewrite's Dakar march
    # 1 -> 0 (dev24) once a force told with no day of its own stands on its dated report's day
    # (conflicts._gathering_day): the navy's 60 divers of the 7th and the Gambian boat's 12 of
    # the 8th are two days' forces
    found, missed, spurious = _check("developing-ferry")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 0, spurious


def test_a_ferry_sinking_over_five_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-ferry")[1:] == ([], [])


def test_a_mine_blast_and_a_march_over_five_days_find_their_two_disputes() -> None:
    # developing-mine was written blind (session 11's developing-7) and first run at 2/2 with
    # 111 spurious pairs, 134 at session 11's end once the story's 11 reports are sorted into
    # one event (3 before): a toll rising as bodies are brought up, a same-day correction, a
    # march in the regional capital, other cities' crowds, earlier disasters' tolls, parts and
    # per-day counts beside running totals. Retired at session 12's start; its README says how
    # each trap was meant. 134 -> 96 once a rumour the report calls false is nobody's count
    # (not-a-count/rumour-called-false: the messaging apps' 'more than 100' dead, told on
    # Wednesday and repeated on the forum only to be denied); 96 -> 60 once the man a toll
    # had counted, singled out to correct it, is no toll of one (not-a-count/counted-in-the-figure:
    # 'one person included in that figure, a mine surveyor, died of … heart failure'); 60 -> 50
    # once a question's passage ends at the next section (the analysis's '… two death tolls ten
    # apart?' in its lead does not make Tuesday's '27 men trapped' a count of the dead); 50 -> 42
    # once a sentence opening 'In Temirtau about 2,000 steelworkers rallied' (no comma) is
    # Temirtau's, not the march's city; 42 -> 35 once 'We were about 5,000 then' is of the 2008
    # march the sentence before names; 35 -> 27 once a ministry's spokesman speaks for it (his
    # 'Thirty-four is the number confirmed by forensic experts' is no claim of 'the number', and
    # the ministry's own revision of its 35) and 'the ministry' is the one ministry of the story;
    # 27 -> 23 once 'Detentions … reached 36, and about 1,500 people came to a vigil' is two
    # clauses (the vigil's crowd is no arrest count); 23 -> 17 once '19 of the people detained'
    # is a part of the detained; 17 -> 11 once 'treated about 90 miners at the pithead for smoke
    # and gas inhalation' is a count of those treated where they fell, not of the injured;
    # 11 -> 8 once those in a critical condition or intensive care may fall day by day (five,
    # then four, then three: a state, as those still held are); 8 -> 6 once the undated
    # rewrite's 'The Kostenko mine fire of 2023 killed 46' is an earlier event's; 6 -> 3 once
    # 'its forensic experts say' is the ministry's own voice (a word before a staff noun); 3 -> 2
    # once the undated rewrite's headline 'officials say 34' is the ministry its lead names;
    # 2 -> 0 once the town paper's 'In the evening about 600 people gathered outside the town
    # akimat' is of the day its news told (Wednesday), not of no known day beside the undated
    # rewrite's march figures
    found, missed, spurious = _check("developing-mine")
    assert (len(found), missed) == (2, [])
    assert spurious == []


def test_a_mine_blast_and_a_march_over_five_days_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-mine")[1:] == ([], [])


def test_a_depot_fire_march_and_arrests_over_five_days_finds_its_three_disputes() -> None:
    # developing-abidjan was written blind in session 13 (developing-9: a chemical depot fire in
    # Abidjan, a march and arrests, 11 reports) and kept blind through that session: 3/3 with
    # 106 spurious pairs at its first run (71d029f), 108 at the session's end (aeaa6c9), when
    # it was retired; its README lists the traps each spurious pair falls into. 108 -> 86 once
    # a live page's key points are of its latest day ('19 dead (Friday)' was the Friday before
    # the fire); 86 -> 74 once 'were in hospital', 'with 46 people in hospital' are those in
    # hospital at a time; 74 -> 61 once 'On Friday evening the collective held a vigil' dates its
    # sentence and 'Monday night's fire' names the fire's day, not the toll's; 61 -> 55 once the
    # ministry's denied rumour of 'several hundred arrests … circulating on social networks' is
    # nobody's count and 'since the march of Thursday 15 October' counts to its report. Left
    # (55): the 250 at the depot gates during the march (another site, 13), the mask crush's
    # nine and the march's 12 treated (other incidents, 10), the forum's 'more than 200' rumour
    # (12), the wire's related-link headline 'kills six' and the Probo Koala's 17 (page chrome
    # and an earlier event, 11), 'two of the workers' (a part, 4), the police's 60 -> 52 (a
    # revision, read as two claimants, 5). 55 -> 42 once 'At the Vridi depot, about 250 people
    # are gathered' names the depot, a site apart from the march (group14b). Left (42): the
    # other incidents' injured (10), the forum's rumour (12), the related-link headline and the
    # earlier event's toll (11), 'two of the workers' (4), the police's 60 -> 52 (5: the
    # prefecture's release under the interior ministry's letterhead is the ministry's, and the
    # spokesman 'A police spokesman, Commissaire X' is typed other). 42 -> 22 in session 15
    # once a tally's earlier figure above another claimant's later one is no conflict
    # 13 in session 17 once a page's 'MORE FROM <the wire>' headlines are other stories and a rumour's carriers and dismissals are read more widely (dev17)
    # then 14 once a dash is an empty cell of a table scraped onto one line (recall17): the
    # commune paper's table by establishment ('… On the site - 2 Total 88 13') is read, and its
    # Total row's 13 dead (right) pairs with known traps
    # 10 in session 19 (dev19): the first wire's 'The bodies of two of the workers were recovered' no longer against its 'six'
    # 6: the bound lowered to its reading at session 20's end (70501bb; speakers20's and dev20's merges)
    found, missed, spurious = _check("developing-abidjan")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 0, spurious


def test_a_depot_fire_march_and_arrests_over_five_days_gives_exactly_its_real_conflicts() -> None:
    # exact since session 29 (dev29: a live blog's time alone on its line dates its entry; hearsay is
    # no one's count; one facility's count and a figure a total includes are parts)
    assert _check("developing-abidjan")[1:] == ([], [])


def test_a_sit_in_cleared_and_a_march_over_five_days_finds_its_three_disputes() -> None:
    # developing-benin was written blind in session 14 (developing-10: a cotton growers' sit-in
    # cleared by police in Parakou, a march and arrests in Cotonou, a rights group's higher toll;
    # 12 reports over five days) and kept blind through that session: 3/3 with 171 spurious
    # pairs at its first run (1d3f09e), 170 at the session's end (ca620d3), when it was retired;
    # its README lists the traps each spurious pair may fall into; 146 in session 15 once a
    # forum poster's 'I don't believe it, stop forwarding that' dismisses a WhatsApp rumour; 53
    # once a tally's earlier figure above another claimant's later one is no conflict; 32 in
    # session 17 once 'the other five' and 'the five deaths Alafia adds to the ministry's
    # count' are what one count adds to the other, not a rival toll (dev17b)
    # 11 in session 18 once 'No death is to be deplored in Cotonou' (the march city's police) is Cotonou's count, not a denial of the Parakou toll whose figures name Parakou most (dev18: match._other_home_tallies)
    # 7 in session 19 (dev19): the first days' 'three' dead no longer against the rights group's later 'at least 12'
    # 4 in session 26 (neighbour26): the forum's 'among the 64 they arrested', a true figure newly read (a pronoun
    # teller after a figure is no counted noun), is paired with the paper's 'seven other persons were arrested'
    found, missed, spurious = _check("developing-benin")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 2, spurious


@pytest.mark.xfail(strict=True, reason="2 spurious pairs left (see the test above)")
def test_a_sit_in_cleared_and_a_march_over_five_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-benin")[1:] == ([], [])


def test_a_derailment_then_clashes_over_five_days_finds_its_three_disputes() -> None:
    # developing-peru was written blind in session 14 (developing-11: a train derailment in
    # Junin with a toll rising and corrected over four days, then a march in Huancayo and a
    # disputed toll of its clashes; 12 reports) and kept blind through that session: 3/3 with
    # 359 spurious pairs at its first run (1d3f09e) and at the session's end (ca620d3), when it
    # was retired; 306 in session 15 once a disaster's toll and the clashes' toll are two quantities,
    # 87 once a tally's earlier figure above another claimant's later one is no conflict; 84 in
    # session 16 once 'the ministry's toll from the derailment stood at 33' is the ministry's (and
    # the live page's masthead no longer owns its figures); 85 with recall16 (a forum post's
    # 'Police are saying 4,000 … Calle Real was packed … The Comité says more than 20,000' is read
    # as the crowd's two counts: the real dispute, told again in one report, which the expected
    # file lists as repetition only)
    # 64 in session 17 once 'Read more: …' and 'Related: …' lines are other stories' headlines (dev17)
    # 56 in session 18 once 'A number of 29 was given one morning and after was corrected to 27' makes the 29 an earlier figure and the evening's candlelight vigil is a crowd apart from the march's (dev18)
    # 53 in session 19 once the undated digest's 'the worst since 2003, when 22 died near Chicla' is an earlier event's toll (dev19)
    # 41 at the merge of events19 (d009c3c); 39 once a toll a governor 'warned … could rise to
    # 50' is a forecast, compared with no count (dev19b)
    # 34 in session 20 once a rumour its own clause calls false is nobody's count (dev20)
    # 8 in session 24 (events24): the forum thread of the march's day no longer stands apart,
    # and its 'Train toll is 33 now according to Minsa' meets the live page's 34
    found, missed, spurious = _check("developing-peru")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 8, spurious


@pytest.mark.xfail(strict=True, reason="8 spurious pairs left (see the test above)")
def test_a_derailment_then_clashes_over_five_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-peru")[1:] == ([], [])


def test_a_stadium_crush_and_a_march_over_four_days_finds_its_two_disputes() -> None:
    # developing-ndola was written blind in session 15 (developing-12: a crush at a football
    # stadium in Ndola, a toll rising over four days and corrected once, a supporters' march on
    # the third day; 11 reports): 2/2 with 83 spurious pairs at its first run (ac4fbcd), then a
    # tune set of that session: 51 once a later clause's year is not an earlier event's and 'adds
    # N' is what one count adds to another; 50 once a disaster's toll and the clashes' are apart;
    # 23 once a tally's earlier figure above another claimant's later one is no conflict
    # 17 in session 17 once messages on the phones and on WhatsApp that the ministry or a poster calls false are nobody's count (dev17)
    # 14 in session 19 once 'A doctor has warned the toll could rise to 25' is a forecast, no
    # count at any time, compared with none (dev19b)
    # 12 in session 20 once a toll told 'in the morning' stands at that time of its day (dev20)
    # 10: the bound lowered to its reading at session 20's end (70501bb; speakers20's and dev20's merges)
    found, missed, spurious = _check("developing-ndola")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 0, spurious


# exact in session 27 (prose27): its 2 spurious pairs went once the predicate after an aside and
# the harmed named before their number were read (the bound above is the lead's to lower)
def test_a_stadium_crush_and_a_march_over_four_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-ndola")[1:] == ([], [])


def test_a_cholera_cordon_and_its_marches_over_four_days_finds_its_three_disputes() -> None:
    # developing-lusaka was written blind in session 15 (developing-13: a cholera outbreak in a
    # Lusaka township, a cordon with arrests, marches against it; 11 reports) and kept blind
    # through it: 3/3 with 209 spurious pairs at its first run (ac4fbcd), 106 at the session's
    # end (3ee2d6b; never tuned on), when it was retired
    # 59 in session 17 once 'in the 24 hours to Tuesday afternoon' and 'in a single day' are one day's count (77) and voice notes called false or nonsense are nobody's count (dev17)
    # 51 in session 18 once '14:20 - Meanwhile in Kitwe, on the Copperbelt, about 600 people have rallied' is Kitwe's rally (dev18)
    # 31 in session 19 once a bare rival's own clause names its count (dev19b): 'Cases since
    # October 27 reached 231' counts no deaths, 'Police corrected their detention figure to 35'
    # counts detentions, not the toll told before
    found, missed, spurious = _check("developing-lusaka")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 2, spurious


@pytest.mark.xfail(strict=True, reason="2 spurious pairs left (see the test above)")
def test_a_cholera_cordon_and_its_marches_over_four_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-lusaka")[1:] == ([], [])


def test_a_tanker_fire_and_a_riders_march_over_four_days_finds_its_three_disputes() -> None:
    # developing-mlowo was written blind as developing-14 at the end of session 15 (a fuel tanker
    # fire at Mlowo with a rising toll, then a riders' march dispersed in Mbeya; 10 reports) and
    # first run on that session's end code: 3/3 with 24 spurious pairs (47 on its start code)
    # 10 in session 17 (dev17: 17 once a 'You may also like:' line is other stories, then rumours called lies or dismissed on a forum)
    # 9 once one speaker's names across reports are one claimant (dev17b)
    # 4 in session 20 once more headings of other stories' lists are read ('Read next', 'Further reading', 'Up next' …; dev20)
    # 0 in session 21 (dev21: people treated where they fell a count apart, bodies found beside a larger toll that day's finds; group21: a share of the dead re-keyed by where they died)
    found, missed, spurious = _check("developing-mlowo")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 0, spurious


def test_a_tanker_fire_and_a_riders_march_over_four_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-mlowo")[1:] == ([], [])


def test_a_heat_wave_and_its_power_cut_marches_over_four_days_finds_its_two_disputes() -> None:
    # developing-kairouan was written blind as developing-15 at session 16's start (a heat wave
    # in central Tunisia with a rising toll, marches over power cuts in Kairouan; 11 reports) and
    # kept blind through it: 2/2 with 109 spurious pairs at its first run (3407a68), 110 at the
    # session's end (961da6f; never read), when it was retired
    # 73 in session 17 once 'Nine deaths were recorded overnight' is that night's count, not the toll (dev17)
    # 52 once the ministry's revisions (34 -> 32) are one claimant's: "The Ministry of Health's
    # morning (briefing)", 'the Ministry of Health briefly (gave)' and 'Yesterday evening the
    # ministry' are the ministry, "Tunisia's Ministry of Health" the Ministry of Health, and its
    # spokeswoman ('ministry spokeswoman Salma Ayari', 'Dr Ayari') the ministry she speaks for (dev17b);
    # 29 once 'The gap of 19' and 'removed two deaths' are a gap and a correction, not a toll (dev17b);
    # 17 once 'no reports of deaths beyond its own count' is no denial (dev17b)
    # 12 in session 18 once 'could pass 60' is a modal bound and the ministry's corrected 34 an earlier figure ('The figure of thirty-four (34) deaths announced … is corrected', 'opened the day with 34') (dev18)
    # 6 once 'In Tunis on Thursday, about 300 people held a sit-in' (a wire datelined Tunis) is Tunis's gathering, the march's figures naming Kairouan (dev18)
    # 5: the bound lowered to its reading at session 20's end (70501bb; speakers20's and dev20's merges)
    found, missed, spurious = _check("developing-kairouan")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 2, spurious


@pytest.mark.xfail(strict=True, reason="2 spurious pairs left (see the test above)")
def test_a_heat_wave_and_its_power_cut_marches_over_four_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-kairouan")[1:] == ([], [])


def test_a_prison_riot_and_the_relatives_march_over_four_days_finds_its_two_disputes() -> None:
    # developing-escuintla was written blind as developing-16 in session 16 after its first
    # merges (a prison riot near Escuintla, Guatemala, with a rising toll, relatives' march in the
    # capital; 11 reports): 2/2 with 53 spurious pairs at its first run (the same at 3407a68 and
    # at 38b2a19), 53 at the session's end (961da6f; never read), when it was retired
    # 44 in session 17 once a WhatsApp audio the forum calls fake is nobody's count (dev17)
    # 43 once one speaker's names across reports are one claimant (dev17b)
    # 37 in session 18 once a candlelight vigil's crowd is apart from the march's (dev18)
    # 28 in session 20 once the victims a count is said to leave out are a part, not a toll (dev20)
    # 19: the bound lowered to its reading at session 20's end (70501bb; speakers20's and dev20's merges)
    # 25 at recall21: the live blog's 'About 400 relatives are at the main gate of Las Brisas this
    # morning' is found (measure/present-or-passing), a crowd waiting at the prison, and pairs with
    # the relatives' march in the capital (1,500 … 2,000 … 8,000): the two places are not told apart yet
    # 19 at recall22b: the forum's bare estimates of the march ('more than 8,000', 'about 2,000'),
    # newly found as its crowd in a passage that names the march (measure/crowd-passage's
    # effect.gathering), pair with the gate's 'About 400' and the police's 1,500 told of another
    # moment: the grouping stage does not tell those crowds apart yet
    # 14 at session 26's merges read together (dev26's forces of two kinds with parts26; neither
    # alone): the ministry's deployment 'one thousand one hundred (1,100)' now pairs with the
    # police's 'Six hundred (600)' and the live blog's 'Around 600', one force's part of the whole
    # 14 at crowd33: the analysis' 'the police counted at about 2,000 people and the association at
    # more than 8,000', the association's figure newly found (measure/late-figure-before), pairs with
    # the gate's 'About 400' as the recall21 pair above does: the two places are not told apart yet
    found, missed, spurious = _check("developing-escuintla")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 14, spurious


@pytest.mark.xfail(strict=True, reason="14 spurious pairs left (see the test above)")
def test_a_prison_riot_and_the_relatives_march_over_four_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-escuintla")[1:] == ([], [])


def test_a_gas_blast_and_the_residents_march_over_four_days_finds_its_two_disputes() -> None:
    # developing-rustavi was written blind as developing-17 at session 17's start (a gas blast
    # in a Rustavi housing block with a rising toll, a residents' march on Tbilisi; 10 reports)
    # and kept blind through it: 2/2 with 32 spurious pairs at its first run (00bc22c) and at
    # the session's end (990760a; never read), when it was retired
    # 22 in session 18 once 'no person was detained without a protocol' is no zero arrest count (dev18: not-a-count/denial-of-cause)
    # 23 with group18 merged beside dev18 (one more pair of a figure 'one' with the toll, its part keyed by what it is)
    # 22 in session 19 (dev19: one pair of the newswire's 'three' detained at the march with the 17 less)
    # 4 in session 32 (place32): the Health Ministry's '31 people had been taken to hospitals in
    # Rustavi and Tbilisi, but later lowered that figure to 27' — the event's own two places
    # joined are its whole now (match._homes_joined), so the 31 and the 27 are one quantity, as
    # they are; the pair is the ministry's own downward revision, which conflicts does not yet
    # read from 'later lowered that figure' (a revision, not a dispute: a known miss)
    found, missed, spurious = _check("developing-rustavi")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 4, spurious


@pytest.mark.xfail(strict=True, reason="3 spurious pairs left (see the test above)")
def test_a_gas_blast_and_the_residents_march_over_four_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-rustavi")[1:] == ([], [])


def test_a_footbridge_collapse_and_the_students_march_over_four_days_finds_its_three_disputes() -> None:
    # developing-faridpur was written blind as developing-18 in session 17 (a footbridge falls
    # under a New Year procession in Faridpur, Bangladesh, with a rising toll, then a students'
    # march on the district office; 10 reports) and kept blind through it: 3/3 with 23 spurious
    # pairs at its first run (00bc22c) and at the session's end (990760a; never read)
    # 11 in session 18 once the ministry's corrected 33 is its earlier figure ('hours after announcing 33', 'began the day with 33', 'The figure of thirty-three (33) announced … is hereby corrected') (dev18)
    # 9 in session 19 once the undated brief's recalled year is an earlier event's (dev19: its 135 no longer against the 32)
    # 4 at recall22b: 'The procession had drawn about 5,000 people, according to …', newly found as
    # the procession's crowd (measure/crowd-passage's effect.gathering), pairs with the 'some 250'
    # people on the span when it fell, a part of that crowd the grouping stage does not set apart here
    found, missed, spurious = _check("developing-faridpur")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 1, spurious


@pytest.mark.xfail(strict=True, reason="1 spurious pair left (see the test above)")
def test_a_footbridge_collapse_and_the_students_march_over_four_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-faridpur")[1:] == ([], [])


def test_a_grandstand_collapse_at_a_boat_race_and_the_families_protest_finds_its_two_disputes() -> None:
    # developing-mopti was written blind as developing-19 at session 18's start (a grandstand
    # falls at a pirogue race in Mopti, Mali, with a rising toll and a corrected one, then the
    # families' protest at the hospital; 11 reports): 2/2 with 29 spurious pairs at its first
    # run (af458e5); a tune set from then
    # 15 in session 18 once the Civil Protection's corrected 27 is its earlier figure ('hours after announcing 27', 'began the day with 27', 'had briefly given a figure of 27') and the mosque's 'about 800' at the prayers for the victims is apart from the protest's crowd (dev18)
    # 10 in session 19 (dev19): the live blog's 'toll: 27 dead (Tuesday morning)' stands at that time, and the paper's 'four bodies' of one night no longer against its 16
    # 24 in session 19 (events19), raised, not worse: the local paper's translated report, the
    # Civil Protection's communiqué and the radio's page no longer stand apart as events of their
    # own, so their figures are compared with the wires' for the first time: nine pairs the split
    # had hidden (the paper's 'four' bodies recovered and its 'balance of 9' of the evening before
    # against the running toll, the communiqué's corrected 26 against the live page's 27, the
    # hospital's 58 against 'about 150' treated on the quay)
    # 17 with dev19 and events19 merged (10 and 24 apart): the nine pairs the split had hidden, less those dev19's readings settle
    # 12 in session 20 once a toll told 'in the morning' stands at that time of its day (dev20)
    # 0 in session 22 (dev22b) once '26 people died when the grandstand … collapsed on
    # Saturday' in Tuesday's analysis is Tuesday's toll (the day is the collapse's), not Saturday's
    found, missed, spurious = _check("developing-mopti")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 0, spurious


def test_a_grandstand_collapse_at_a_boat_race_and_the_families_protest_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-mopti")[1:] == ([], [])


def test_a_hotel_fire_the_owners_arrests_and_the_families_march_finds_its_two_disputes() -> None:
    # developing-manila was written blind as developing-21 at session 19's start (a fire in a
    # Manila hotel: a rising toll corrected once, the owners' arrests, the families' march to
    # the city hall; wires, a translated tabloid, a live blog, the ministry's numbered release,
    # a workers' group's statement, a long-read recapping each day, an undated rewrite; 11
    # reports): 2/2 with 80 spurious pairs at its first run (482c4fe); a tune set from then
    # 2 in session 19 (dev19): body bags and the remains they held are no toll; patients 'still confined' are in hospital; teachers 'among those killed' are a part; a count over 'the past three decades' is of earlier events; 'the fire of 9 March … has claimed' is the release's day's toll; 'had not yet made any arrests' is a zero the arrests rise from; 'Earlier in the week' figures are earlier; the undated digest's 1996 fire is an earlier event; bodies found under a day's heading are that day's finds; the morning's and midday's tolls stand at their time; 'the number in custody' counts arrests. Left: 'complaints against six people' read as arrests against the four in custody, and two days' 'nine more' and 'eight more' bodies (the second counted after the correction)
    found, missed, spurious = _check("developing-manila")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 0, spurious


def test_a_hotel_fire_the_owners_arrests_and_the_families_march_gives_exactly_its_real_conflicts() -> None:
    # recall25: 'complaints … against six people, among them two fire-safety inspectors who are
    # not in custody' is no arrest (a negated state: measure.NEGATED_BEFORE), so its six is no rival
    # of the four in custody (now found in the DILG release too: 'four (4) persons are in its custody')
    assert _check("developing-manila")[1:] == ([], [])


def test_a_nightclub_fire_and_the_families_march_finds_its_two_disputes() -> None:
    # developing-bucaramanga was written blind as developing-22 at session 19's start (a fire in
    # a Bucaramanga nightclub: a rising toll corrected once, arrests over the fire, the families'
    # march; wires, a translated local paper, a live blog, the health secretariat's numbered
    # release, a rights group's statement, an undated rewrite; 10 reports) and kept blind
    # through it: 2/2 with 121 spurious pairs at its first run (482c4fe), 111 at the session's
    # end (567c49f), retired then
    # 10 in session 20 (dev20): the secretariat's 'no death certificate for any of them' no
    # zero toll (a denial noun modifying a noun), its rumoured 'figures above fifty (50)' nobody's
    # count, a headline's 'official toll 26, rights group says 31' the toll's (not the march's),
    # 'five victims left out of the official count' a part, 'Four of its students died' a body's
    # own part, 'the morgue on Calle 45' an address; transl25: 6 -> 7, the translation's 'of the
    # dead persons, thirteen are women and nine are men, and six of them had less than 20 years'
    # now read as parts of the dead (among-the-dead after 'dead persons'), and 'six' of them
    # pairs with the 'five' who died in the night
    found, missed, spurious = _check("developing-bucaramanga")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 7, spurious


@pytest.mark.xfail(strict=True, reason="7 spurious pairs left (see the test above)")
def test_a_nightclub_fire_and_the_families_march_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-bucaramanga")[1:] == ([], [])


def test_a_dumpsite_slide_a_march_on_city_hall_and_arrests_finds_its_two_disputes() -> None:
    # developing-nairobi was written blind as developing-23 at session 20's start and kept
    # blind through it (a rubbish dump sliding onto homes in Nairobi: a toll rising over four
    # days and corrected once, a rights group's higher count, a march on City Hall with
    # arrests, a solidarity walk in Mombasa; 10 reports): 2/2 with 25 spurious pairs at its
    # first run (58c69ff) and at the session's end (f130089), unchanged; retired then. 25 -> 23
    # once 'after briefly giving a figure of 28' made the officials' 28 their earlier figure
    # (dev20c); 3 once the walk's place was read from a live blog's entry label and a march's
    # goal (group20c)
    found, missed, spurious = _check("developing-nairobi")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 3, spurious


@pytest.mark.xfail(strict=True, reason="3 spurious pairs left (see the test above)")
def test_a_dumpsite_slide_a_march_on_city_hall_and_arrests_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-nairobi")[1:] == ([], [])


def test_a_migrant_truck_crash_the_smugglers_arrests_and_a_march_finds_its_three_disputes() -> None:
    # developing-veracruz was written blind as developing-24 at session 20's start (a trailer
    # carrying migrants overturns near Acayucan: a toll rising over three days and corrected
    # once, minors among the dead, smugglers' arrests, a march in Xalapa; wires, a translated
    # local paper, a live blog newest first, the prosecutor's numbered statement, a shelters'
    # network's release, an analysis recapping each day, an undated rewrite; 10 reports): 3/3
    # with 118 spurious pairs at its first run (58c69ff); a tune set from then
    # 42 in session 20 (dev20): the rumour 'in the groups of WhatsApp' and 'The 100 dead one was
    # false too' nobody's count, a wire's 'Read next' headlines other stories', 'since Monday
    # evening, when it put the toll at 34' Monday's, '36 in the morning' at its hour (not against
    # the afternoon's 34), 'a trailer carrying about 170 migrants overturned …, relatives are
    # still arriving' no crowd, 'The FGE speaks of five' (after 'nine of the dead were minors') a
    # part. Left: the bodies recovered under the box, '12 Guatemalan dead', the key-figures box's
    # 'Minors among the dead: 5', the release's 'at least 46' dated the crash's Sunday
    found, missed, spurious = _check("developing-veracruz")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 5, spurious


@pytest.mark.xfail(strict=True, reason="5 spurious pairs left (see the test above)")
def test_a_migrant_truck_crash_the_smugglers_arrests_and_a_march_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-veracruz")[1:] == ([], [])


def test_post_election_unrest_a_ministry_a_rights_group_and_a_rally_finds_its_two_disputes() -> None:
    # developing-kualalumpur was written blind as developing-26 at session 22's start (unrest after
    # a disputed election in Malaysia over four days: the home ministry's toll rising 3 -> 7 -> 11
    # against a rights group's 'at least 19' on the same day, an opposition rally counted by police
    # and by its organisers, a running arrest tally, a clash in Johor Bahru with its own toll, the
    # 1969 riots recalled; wires, a translated paper, a live blog, a forum thread, the ministry's
    # statement, the rights group's release with a scraped table, an analysis, an undated
    # rewrite; 9 reports): 2/2 with 19 spurious pairs at its first run (7e77f86), 34 after
    # recall22d's denials were merged (a denial of what was added or of grave cases keyed as the
    # whole's, mended in c64477f without reading the story), 15 at the session's end (e4b45dfc),
    # when it was retired
    found, missed, spurious = _check("developing-kualalumpur")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 1, spurious


@pytest.mark.xfail(strict=True, reason="1 spurious pair left (see the test above)")
def test_post_election_unrest_a_ministry_a_rights_group_and_a_rally_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-kualalumpur")[1:] == ([], [])


def test_protests_against_a_social_media_ban_find_their_two_disputes() -> None:
    # developing-kathmandu was written blind as developing-27 at session 23's start (protests
    # against a social-media ban in Nepal over four days: the health ministry's toll rising 9 -> 19
    # -> 23 against a human-rights commission's 'at least 31' on the same day, a students' march
    # counted by police and by its organisers, a running arrest tally with releases, the army
    # deployed, a clash in Biratnagar with its own toll, a prison break, the 2006 movement recalled;
    # wires, a translated paper, a live blog, the ministry's release with a scraped table, the
    # commission's statement, a forum thread, an analysis, an undated rewrite; 10 reports): 2/2 with
    # 18 spurious pairs at its first run (8f98f88) and still 18 at the session's end (b9b823e2),
    # when it was retired, while the read stories went from 187 to 93
    # 22 in session 24 (events24): the forum thread of the march's day no longer stands apart;
    # its rumour 'more than 50 died' meets the analysis' 23 and three, and its '341 arrested
    # total' puts the arrests in one group with the wire's 'no one' (held that day)
    # 19 at session 24's end (dev24b: the commission's part of its own whole, no rival toll);
    # 19 -> 17 once a call 'not to believe rumours circulating that "hundreds" have died' calls
    # the rumour false (dev25b, not-a-count/rumour-called-false)
    # 17 -> 20 at crowds28: the rally's "drew, by the police's own reckoning, about 12,000 people",
    # newly found (measure/estimate-object, a true crowd), is paired with two other reports' other
    # counts ('1,140', '389'): spurious pairs of a true figure not told apart yet
    # 20 -> 18 at dev29: the forum's 'My cousin is in Bir hospital, says more than 50 died' is
    # hearsay, no one's count (conflicts._hearsay)
    found, missed, spurious = _check("developing-kathmandu")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 14, spurious


@pytest.mark.xfail(strict=True, reason="14 spurious pairs left (see the test above)")
def test_protests_against_a_social_media_ban_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-kathmandu")[1:] == ([], [])


def test_unrest_after_a_disputed_election_finds_its_three_disputes() -> None:
    # developing-libreville was written blind as developing-28 at session 24's start (unrest after
    # a disputed presidential election in Gabon over four days: the interior ministry's toll of the
    # capital rising 2 -> 5 -> 7 against the opposition party's 19 and a doctors' union's 'at least
    # 14' on the same day, the party's rally counted by police and by the party, a running arrest
    # tally with releases, gendarmes and soldiers deployed, a clash in Port-Gentil with its own toll,
    # the 2016 unrest recalled; wires, a translated district paper, a live blog, the ministry's
    # communique, the union's statement, a forum thread, an analysis, an undated rewrite; 9 reports)
    # and kept blind through it: 3/3 with 3 spurious pairs at its first run (820cd4e) and at the
    # session's end (cff06da), when it was retired
    found, missed, spurious = _check("developing-libreville")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 1, spurious


@pytest.mark.xfail(strict=True, reason="1 spurious pair left (see the test above)")
def test_unrest_after_a_disputed_election_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-libreville")[1:] == ([], [])


def test_a_miners_strike_turning_deadly_finds_its_two_disputes() -> None:
    # developing-zouerat was written blind as developing-29 at session 25's start (a strike at an
    # iron mine near Zouerat, Mauritania, over four days: police fire on a road block, the interior
    # ministry's toll rising 2 -> 3 -> 5 against the miners' union's 8 and a rights group's 'at least
    # 7' on the same day, the rally in Zouerat counted by police and by the union, a running arrest
    # tally with releases on bail, riot police and soldiers deployed, a second clash at another pit
    # with its own toll, the 2012 strike's dead recalled; wires, a translated local paper, a live
    # blog, the ministry's release, the rights group's release, a forum thread, an explainer with a
    # table, an undated rewrite; 10 reports) and kept blind through it: 2/2 with 84 spurious pairs
    # at its first run (4668afd), 65 at the session's end (c08be4b), when it was retired.
    # dev26: 65 -> 63 (a deployment's kind read from its own noun phrase: '350 riot police and the
    # army a company of about 200 soldiers'), -> 62 (an aside between a rally and its verb leaves
    # 'Wednesday's' in the figure's clause), -> 48 (a named site after 'at the', 'at the Oum
    # Lekhcheb pit', is a place; 'What about Oum Lekhcheb? I read two killed … there'), -> 40 (a
    # spaced table's row 'Tue 13   3' is of its day), -> 34 ('at the Km 9 junction'). Left: the
    # explainer's table read as crowds ('90' and '27' of 'Held by police' beside 'Zouerat rally',
    # 17), the pit's 'several dozen strikers' of a live-blog entry that names the pit in its first
    # sentence (8), the rewrite's 'two men were killed on the first day' (2), the union's 'more
    # than 12,000' told after the police's 2,500 in an aside sentence (3), 120 riot police on
    # Monday against the rewrite's 350 (1), ATD's list of parts (3). 31 after the session's later
    # merges (the bound lowered to its reading at session 26's end). dev28: 26 -> 9, every vague
    # word a floor ('several dozen strikers', the table's 'several hundred at the road block')
    found, missed, spurious = _check("developing-zouerat")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 9, spurious


@pytest.mark.xfail(strict=True, reason="9 spurious pairs left (see the test above): a spaced table read as crowds, parts")
def test_a_miners_strike_turning_deadly_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-zouerat")[1:] == ([], [])


def test_unrest_after_a_police_shooting_finds_its_three_disputes() -> None:
    # developing-kingston was written blind as developing-30 at session 26's start (unrest in
    # Kingston, Jamaica, over four days after a police shooting: the police toll rising 2 -> 5 -> 7
    # against a rights group's 11 and 12 on the same days, the police's injured against a health
    # authority's hospitals, a vigil crowd counted by police and by the family's organisers, a
    # running curfew-arrest tally with releases, soldiers and police deployed, a march in Montego
    # Bay with its own figures, a minibus crash on the way to the funeral, the 2010 operation's
    # dead recalled; wires, a Kingston paper, a live blog, the police statement, the rights group's
    # statement, a forum thread, a Montego Bay paper, an undated rewrite; 9 reports) and kept blind
    # through it: 3/3 with 9 spurious pairs at its first run (4058c73) and at the session's end
    # (7d0d197), when it was retired
    found, missed, spurious = _check("developing-kingston")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 4, spurious


@pytest.mark.xfail(strict=True, reason="4 spurious pairs left (see the test above)")
def test_unrest_after_a_police_shooting_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-kingston")[1:] == ([], [])


def test_a_prison_riot_its_hostages_and_a_vigil_finds_its_two_disputes() -> None:
    # developing-tokmok was written blind as developing-25 at session 21's start (a riot and
    # hostage standoff at a penal colony near Tokmok over four days: the ministry's toll rising
    # 5 -> 9 -> 13 -> 15 against the ombudsman's 'at least 22', a vigil at the gate counted by
    # police and by a mothers' committee, ringleaders detained, inmates transferred, a 2011 riot
    # recalled; wires, a translated town paper, a live blog, the ministry's release, the
    # ombudsman's statement, a forum thread, an analysis, an undated rewrite; 10 reports) and kept
    # blind through it: 2/2 with 42 spurious pairs at its first run (4c7976c) and at the
    # session's end (8826b69), when it was retired
    # 43 at recall22b: the forum's 'the vigil yesterday - police say 600', newly found as the vigil's
    # crowd (measure/crowd-passage's effect.gathering), pairs with the wire's 'thousands' of another day
    # 15 -> 12 at dev29: 'Yesterday a guard told me thirty are dead inside' and 'My cousin's
    # husband …, he says more like 40 dead' are hearsay, no one's count (conflicts._hearsay)
    found, missed, spurious = _check("developing-tokmok")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 6, spurious


@pytest.mark.xfail(strict=True, reason="6 spurious pairs left (see the test above)")
def test_a_prison_riot_its_hostages_and_a_vigil_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-tokmok")[1:] == ([], [])


def test_a_methanol_poisoning_and_the_sellers_arrests_over_four_days_finds_its_two_disputes() -> None:
    # developing-barlad was written blind as developing-20 at session 18's start (plum brandy
    # cut with methanol in Bârlad, Romania: a rising and a corrected toll, sellers' arrests, a
    # march; 10 reports) and kept blind through it: 2/2 with 22 spurious pairs at its first run
    # (af458e5), 16 at the session's end (3535984; never read), when it was retired
    # 14 in session 19 once a toll told 'at its morning briefing' stands at that time of its day, not against the same day's later figure (dev19: when.part_of_day)
    # 12: the bound lowered to its reading at session 20's end (70501bb; speakers20's and dev20's merges)
    found, missed, spurious = _check("developing-barlad")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 0, spurious


def test_a_methanol_poisoning_and_the_sellers_arrests_over_four_days_gives_exactly_its_real_conflicts() -> None:
    # since dev23: the Iași hospital 'treating 11 patients brought from Bârlad' is one site's part
    # of the ministry's 62 admitted (conflicts._at_one_site), no rival of it
    assert _check("developing-barlad")[1:] == ([], [])


def test_a_smelter_strike_its_second_site_and_a_march_in_the_capital_finds_two_of_its_three_disputes() -> None:
    # developing-morowali was written by hand at session 25 (dev25) before any run: a nickel
    # smelter strike in Sulawesi over four days, police vs union tolls, another site's clash
    # with its own toll (Konawe), a 2015 strike recalled, per-day arrests inside a running
    # tally, a rally counted by police and union, a march in the capital. First run (4668afd):
    # 2/3 with 33 spurious pairs. 33 -> 24 once an undated crowd of a place counted on one day is
    # that day's (match._place_day: the rewrite's Jakarta march); 24 -> 21 once 'The two men …'
    # right after 'Two more workers have died' names them again (parse.document); 21 -> 23 once
    # Monday's and Tuesday's tolls are of their days (when.event_day, mentions.PLACE_BEFORE):
    # they now meet two misreads ('nine men have died in accidents since 2025', 'They killed
    # three of us then' of 2015). Left: a forum's echo '15k on the field?' read as a crowd, the
    # union's buried four ('four were buried in the villages') and its shot four read as
    # injured, the forum's Konawe 'nine hurt' after 'there', 600 Brimob against 1,000 police
    # and soldiers, a rumour's 'dozens of dead' called 'not true'. Missed: the union's 'at least
    # 70 workers who have been taken' is not read as arrests. dev25b: 23 -> 23 once what
    # circulates on social media is a rumour's ('Figures circulating on social media of "dozens
    # of dead" are not true': its 'dozens' no longer makes Bahodopi's five a share of it, so the
    # five meets the forum's buried four), -> 18 once a bare figure with a passive verb of its
    # own after a higher whole is its part ('at least nine dead is right, four were buried in the
    # villages'; parse.mentions._bare_shares). Left: the forum's '15k' (8), 'nine men have died
    # in accidents since 2025' (2), 2015's 'They killed three of us then' (3), 'Four of our
    # members who were shot …' (1), the forum's Konawe 'nine hurt' after 'there' (2), 600
    # Brimob against 1,000 police and soldiers (2). dev26: 18 -> 16 once a count since a bare
    # year ('nine men have died in accidents since 2025') is of many events over years.
    found, missed, spurious = _check("developing-morowali")
    assert len(found) == 2 and len(missed) == 1 and missed[0].startswith("arrested"), missed
    assert len(spurious) <= 4, spurious


@pytest.mark.xfail(strict=True, reason="one dispute missed and 8 spurious pairs left (see the test above)")
def test_a_smelter_strike_its_second_site_and_a_march_in_the_capital_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-morowali")[1:] == ([], [])


def test_floods_with_national_district_and_division_tolls_find_their_three_disputes() -> None:
    # developing-ratnapura was written by hand at session 25 (dev25) before any run: monsoon
    # floods in Sri Lanka, a national toll beside district and division figures, two offices'
    # counts of one district, a relief network's national and district counts, per-day deaths,
    # 2003's toll. First run (4668afd): 3/3 with 25 spurious pairs. 25 -> 9 once an area noun
    # with no name ('Of the 26 deaths in the district', 'in its district') points back to the
    # area named before with that noun (where.area_named_earlier); 9 -> 5 once a rival count
    # naming only its maker ('… but the DS office says 26') is of the place of the figure before
    # (situate._SAID_RIVAL). Left: the rewrite's 'The gap is widest in Ratnapura, the worst-hit
    # district, where … counts 26' (a where-clause after an apposition), 800 soldiers in the
    # district against 2,500 nationwide in the rewrite, patients treated for fever against the
    # injured, two groups' volunteers.
    found, missed, spurious = _check("developing-ratnapura")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 5, spurious


@pytest.mark.xfail(strict=True, reason="5 spurious pairs left (see the test above)")
def test_floods_with_national_district_and_division_tolls_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-ratnapura")[1:] == ([], [])


# Developing stories (issue 13): a corrected toll is one claimant's revision, a
# mourning gathering is not the protest's crowd, a figure for the other city of a story is that
# city's, and a paragraph opening 'Meanwhile in <town>,' names the town its crowd is in.


def groups_of(*reports: tuple[str, str | None]) -> list[ClaimGroup]:
    sources = [Source(id=f"r{i}", text=text, date=day) for i, (text, day) in enumerate(reports)]
    return align([c for s in sources for c in parse(s)], home=event_home(sources))


def conflicting(groups: list[ClaimGroup]) -> set[frozenset[str]]:
    """The figures (as written) of each conflicting pair."""
    return {frozenset((g.claims[a].text, g.claims[b].text)) for g in groups for a, b in g.conflicts}


def named(pairs: set[frozenset[str]], text: str) -> bool:
    return any(text in pair for pair in pairs)


def periods(text: str, day: str) -> dict[str, str | None]:
    return {c.text: c.period for c in parse(Source(id="r", text=text, date=day)) if c.measure == "killed"}


# --------------------------------------------------------------- a figure a correction replaced


def test_a_figure_the_report_says_was_replaced_is_an_earlier_one() -> None:
    """The figure a ministry 'began the day with', the one it lowered a toll from 'hours after
    announcing' it, and the one its own statement says 'is hereby corrected' are earlier
    points of the tally, not figures standing beside the corrected one."""
    assert periods("The ministry began the day with 41 dead.", "2026-05-02") == {"41": "earlier"}
    got = periods(
        "VARNO, May 2 - The ministry lowered the death toll to 40 on Saturday, hours after announcing 41.",
        "2026-05-02",
    )
    assert got == {"40": "cumulative", "41": "earlier"}
    got = periods(
        "The figure of forty-one (41) deaths announced at this morning's briefing is hereby corrected: one "
        "victim had been registered twice. As of 16:00 the number of deaths stands at forty (40).",
        "2026-05-02",
    )
    assert got["forty-one (41)"] == "earlier" and got["forty (40)"] == "cumulative"


def test_a_figure_the_sentence_keeps_is_no_earlier_one() -> None:
    """Nothing replaces the figure when the report only says a list is corrected, or when the
    day's start is not a figure the tally gave ('began the day with a minute's silence')."""
    assert periods("The ministry said 41 people died; its list is corrected every day.", "2026-05-02") == {
        "41": "cumulative"
    }


def test_a_same_day_correction_is_no_dispute_with_the_corrected_figure() -> None:
    """A statement that withdraws its morning figure and a wire that tells the lowering: the
    41 and the 40 are the ministry's revision, and only the rights group's 52 disputes the 40."""
    statement = (
        "MINISTRY OF HEALTH\nPress release, 2 May 2026\n"
        "The figure of forty-one (41) deaths announced at this morning's briefing is hereby "
        "corrected. As of 16:00, the number of persons who died in the collapse stands at forty (40).",
        "2026-05-02",
    )
    wire = (
        "VARNO, May 2 (Wire) - The health ministry lowered the death toll from the collapse to 40 on "
        "Saturday, hours after announcing 41. A rights group, Civic Watch, said at least 52 people "
        "had died.",
        "2026-05-02",
    )
    pairs = conflicting(groups_of(statement, wire))
    assert not named(pairs, "41") and not named(pairs, "forty-one (41)")
    assert frozenset(("40", "at least 52")) in pairs


# --------------------------------------------------------------- a mourning gathering


def test_prayers_for_the_victims_are_no_count_of_the_protest() -> None:
    """The same day, police put the families' protest at 400 and the families at 3,000; a
    mosque's imam says 800 came to the prayers for the victims. The 800 is another gathering:
    only the protest's two figures conflict."""
    live = (
        "MOPTA, Nov 9 - Police say about 400 people took part in the protest outside the hospital "
        "this morning. The families' collective says more than 3,000 came.\n\n"
        "Prayers for the victims were held at the main mosque at midday. Its imam, who led the "
        "prayers, said about 800 people came.",
        "2026-11-09",
    )
    pairs = conflicting(groups_of(live))
    assert frozenset(("about 400", "more than 3,000")) in pairs
    assert not named(pairs, "about 800")


def test_a_candlelight_vigil_is_apart_from_the_march_of_the_same_day() -> None:
    """'gathered … for a candlelight vigil for the dead of the march' is the vigil's crowd,
    although its sentence names the march too."""
    report = (
        "HUANTA, Aug 19 - Police said about 4,000 people took part in the march to the regional "
        "government. The defence committee said more than 20,000 marched. In the evening, police "
        "said about 3,000 people gathered in the main square for a candlelight vigil for the "
        "dead of the march.",
        "2026-08-19",
    )
    pairs = conflicting(groups_of(report))
    assert frozenset(("about 4,000", "more than 20,000")) in pairs
    assert not named(pairs, "about 3,000")


def test_one_gathering_called_a_protest_and_a_vigil_stays_one_quantity() -> None:
    """A report's 'silent protest' and a live blog's 'Vigil outside Parliament' give the same
    figures: one gathering told two ways, its police and organisers' counts compared."""
    wire = (
        "NASSAU, Oct 20 - Outside Parliament on Monday, a crowd the police put at about 120 people "
        "held a silent protest. Organisers said more than 300 people took part.",
        "2026-10-20",
    )
    blog = ("Vigil outside Parliament Monday: police about 120, organisers more than 300.", "2026-10-20")
    groups = [g for g in groups_of(wire, blog) if g.measure == "participants"]
    assert len(groups) == 1


# --------------------------------------------------------------- the story's other city


def test_no_death_in_the_march_city_is_not_the_toll_of_the_crackdown_city() -> None:
    """A crackdown in Parakou whose toll rises, and a march in Cotonou whose police say 'No
    death is to be deplored in Cotonou': both cities are the story's own, but the toll's
    figures name Parakou, so Cotonou's zero is Cotonou's, not a denial of the toll."""
    first = (
        "PARAKOU, Aug 3 (Wire) - Three people were killed in Parakou when police cleared a sit-in, "
        "the ministry said.",
        "2026-08-03",
    )
    second = (
        "PARAKOU, Aug 5 (Wire) - The toll in Parakou rose to seven, the ministry said. Thousands "
        "marched in Cotonou.",
        "2026-08-05",
    )
    march = (
        "COTONOU, Aug 5 - About 3,000 people marched in Cotonou, police said. No death is to be "
        "deplored in Cotonou, the police said.",
        "2026-08-05",
    )
    rights = (
        "COTONOU, Aug 6 - A rights group said at least 12 people were killed in Parakou.",
        "2026-08-06",
    )
    groups = groups_of(first, second, march, rights)
    assert not named(conflicting(groups), "No death")
    assert [g.status for g in groups if g.measure == "killed" and len(g.claims) == 3] == ["rising"]


# --------------------------------------------------------------- 'Meanwhile in <town>,'


def test_a_crowd_told_meanwhile_in_another_town_is_that_towns() -> None:
    """A live blog's 'Meanwhile in Kitwe, on the Copperbelt, about 600 people have rallied' is
    Kitwe's rally, not a third count of the Lusaka march."""
    blog = (
        "LUSAKA, Nov 4 - Police say about 2,000 people took part in the march through central "
        "Lusaka; the organisers say more than 12,000.\n\n"
        "13:05 - The march has reached Cairo Road. Shops along the route have closed their shutters "
        "and traders stand in their doorways to watch. Minibuses are being turned back at the "
        "roundabout, and the main market has emptied.\n\n"
        "13:40 - The organisers read out their demands outside the ministry: clean water for the "
        "township, the cordon lifted, and the names of the dead published. A delegation went in to "
        "meet officials; the crowd sang while it waited.\n\n"
        "14:20 - Meanwhile in Kitwe, on the Copperbelt, about 600 people have rallied in "
        "solidarity, according to the traders' union.",
        "2026-11-04",
    )
    wire = ("LUSAKA, Nov 4 (Wire) - About 2,000 people marched in Lusaka, police said.", "2026-11-04")
    paper = ("LUSAKA, Nov 5 - More than 12,000 people marched in Lusaka on Wednesday, the organisers said.", "2026-11-05")
    claims = {c.text: c.place for c in parse(Source(id="r", text=blog[0], date=blog[1]))}
    assert claims["about 600"] == "Kitwe"
    pairs = conflicting(groups_of(blog, wire, paper))
    assert frozenset(("about 2,000", "more than 12,000")) in pairs
    assert not named(pairs, "about 600")


def test_a_crowd_in_the_wires_city_is_not_the_march_told_in_another() -> None:
    """The march is Kairouan's (its figures name Kairouan three times, most without a day); a
    wire datelined in Tunis adds 'In Tunis on Wednesday, about 300 people held a sit-in'. On
    that day only Tunis is named, but the event's gatherings are Kairouan's: the 300 is the
    sit-in's, not a third count of the march."""
    blog = (
        "Kairouan march: police say about 2,500, organisers more than 12,000\n\n"
        "KAIROUAN, Aug 5 - Police say about 2,500 people took part in the march in Kairouan. "
        "The organisers say more than 12,000 people marched.",
        "2026-08-05",
    )
    wire = (
        "TUNIS, Aug 5 (Wire) - Wednesday's march in Kairouan drew about 2,500 people according to "
        "the police and more than 12,000 according to the organisers.\n\n"
        "In Tunis on Wednesday, about 300 people held a sit-in outside the power company's head "
        "office, according to the organisers.",
        "2026-08-05",
    )
    recap = ("TUNIS, Aug 6 - More than 12,000 people marched in Kairouan, the organisers said.", "2026-08-06")
    pairs = conflicting(groups_of(blog, wire, recap))
    assert frozenset(("about 2,500", "more than 12,000")) in pairs
    assert not named(pairs, "about 300")


# Developing stories (issue 13): what a long look back, a key-figures line, an undated
# digest and a ministry's numbered release tell about time, parts and other events, so that a
# toll rising over days is not read as a dispute with its own past.


def compared(tmp_path: Path, *reports: tuple[str, str | None]) -> list[ClaimGroup]:
    """The groups of the reports, each a file dated by its name (or undated), compared as the
    stories they tell (as tests/test_developing.py does)."""
    for i, (text, day) in enumerate(reports):
        name = f"{i:02d}-report-{day}.txt" if day else f"{i:02d}-digest.txt"
        (tmp_path / name).write_text((f"Published {day}\n\n" if day else "") + text + "\n", encoding="utf-8")
    return list(pipeline.compare([str(tmp_path)], split=True).groups)


STORY = (
    "Fire swept through the Dockside Market in Port Alva before dawn, trapping traders who slept beside "
    "their stalls, and firefighters from three districts fought the blaze for six hours."
)  # (a paragraph the reports of one story share, so that they are sorted into one event)


def claims(text: str, day: str | None) -> dict[str, Claim]:
    return {c.text: c for c in parse(Source(id="r", text=text, date=day))}


# ------------------------------------------------------------------ what is no count of the dead


def test_body_bags_told_by_what_they_held_count_no_dead() -> None:
    """A correction that says two body bags held one person's remains tells how the toll was
    miscounted: neither the bags nor the one person are a toll."""
    got = claims(
        "The fire service lowered the toll to 31 after pathologists found that two body bags taken from the "
        "basement held the remains of one person.",
        "2026-09-02",
    )
    assert set(got) == {"31"}


def test_patients_still_confined_are_in_hospital() -> None:
    """'still confined' in a hospital's words counts the patients there, not the dead."""
    got = claims("At the city's two hospitals, 27 victims are still confined, the hospitals said.", "2026-09-02")
    assert (got["27"].measure, got["27"].period) == ("injured", "held")


def test_the_number_in_custody_counts_arrests() -> None:
    got = claims("The toll stood at 30. A guard surrendered, bringing the number in custody to five.", "2026-09-02")
    assert got["five"].measure == "arrested"


# ------------------------------------------------------------------------- parts and other events


def test_people_of_one_kind_among_those_killed_are_a_part(tmp_path: Path) -> None:
    """Nine nurses 'among those killed' are some of the dead, not a toll set against the 30; a
    headline's '9 from one hospital among blaze dead' too."""
    groups = compared(
        tmp_path,
        ("The fire service said 30 people had died in the blaze.", "2026-09-03"),
        (
            "Hospital mourns: 9 from one ward among blaze dead\n\nNine nurses from the city hospital are among "
            "those killed in Tuesday's blaze, the hospital's director said.",
            "2026-09-03",
        ),
    )
    assert conflicting(groups) == set()


def test_a_toll_over_past_decades_is_no_figure_of_this_event_nor_of_one_past_one(tmp_path: Path) -> None:
    """'Mine accidents have killed hundreds here over the past two decades' counts many earlier
    events: neither a toll of this one nor the toll of the one disaster of 2009 it recalls."""
    groups = compared(
        tmp_path,
        (
            "The collapse killed 12 miners, the company said. Mine accidents have killed hundreds in the "
            "province over the past two decades. The worst, at the Koros pit in 2009, killed 87.",
            "2026-09-03",
        ),
    )
    assert conflicting(groups) == set()
    hundreds = next(c for g in groups for c in g.claims if c.text == "hundreds")
    assert hundreds.period == "before"


# -------------------------------------------------------------------------------------- when


def test_the_toll_of_an_event_named_by_its_day_stands_at_the_report(tmp_path: Path) -> None:
    """'the blaze of 1 September has claimed 30 lives' in the release of the 3rd, and 'the
    blaze that gutted the market on 1 September' in a group's statement of the 3rd, are tolls of
    the 3rd, not of the day of the blaze (where they would stand against its first toll)."""
    got = claims("As of noon today, the blaze of 1 September has claimed the lives of 30 persons.", "2026-09-03")
    assert got["30"].as_of is not None and got["30"].as_of.startswith("2026-09-03")
    got = claims("We have documented 34 deaths in the blaze that gutted the market on 1 September.", "2026-09-03")
    assert got["34"].as_of == "2026-09-03"


def test_a_count_rising_from_none_yet_is_a_rise(tmp_path: Path) -> None:
    """Police who 'had not yet made any arrests' on the first day and a ministry's three arrested
    on the next tell a rise; a denial of any arrest at all still stands against a later count."""
    story = f"{STORY} The Dockside Market fire killed 30 traders in Port Alva, the fire service said."
    (tmp_path / "a").mkdir()
    groups = compared(
        tmp_path / "a",
        (f"{story} Port Alva police said they had not yet made any arrests.", "2026-09-01"),
        (f"{story} The interior ministry said three people had been arrested.", "2026-09-02"),
    )
    assert not any("arrests" in c.text for g in groups for a, b in g.conflicts for c in (g.claims[a], g.claims[b]))
    (tmp_path / "b").mkdir()
    groups = compared(
        tmp_path / "b",
        (f"{story} Port Alva police said no arrests were made.", "2026-09-01"),
        (f"{story} The interior ministry said three people had been arrested.", "2026-09-02"),
    )
    assert frozenset(("no arrests", "three")) in conflicting(groups)


def test_figures_a_sentence_says_were_told_earlier_in_the_week_are_earlier() -> None:
    got = claims(
        "Earlier in the week officials briefly announced 18 deaths before revising the number downward to 17.",
        "2026-09-05",
    )
    assert (got["18"].period, got["17"].period) == ("earlier", "earlier")


def test_an_undated_digest_recalling_a_dated_disaster_tells_an_earlier_event(tmp_path: Path) -> None:
    """An undated digest's 'The 1994 Harbour Street fire, in which 61 people died' is another
    event's toll, not one to set against this fire's 30 (the digest's event is of 2026, the
    year of the dated reports)."""
    groups = compared(
        tmp_path,
        (f"{STORY} The Dockside Market fire in Port Alva killed 30 traders, the fire service said on Thursday.", "2026-09-03"),
        (
            f"Port Alva market fire: 30 dead\n\n{STORY} Authorities say the Dockside Market fire in Port Alva has left "
            "30 traders dead. The 1994 Harbour Street fire, in which 61 people died, remains the city's worst.",
            None,
        ),
    )
    assert conflicting(groups) == set()
    recalled = next(c for g in groups for c in g.claims if c.text == "61")
    assert recalled.period == "before"


def test_bodies_found_on_a_day_a_heading_names_are_that_days_finds() -> None:
    """A look back with a heading per day: 'three bodies were found' under Thursday's heading is
    what Thursday added, not the toll."""
    text = (
        "How the count moved\n\nTuesday 1 September\n\nThe fire service brought out nine bodies by the evening.\n\n"
        "Thursday 3 September\n\nTwo patients died in hospital and three bodies were found in the stairwell.\n"
    )
    assert claims(text, "2026-09-04")["three"].period == "day"


def test_a_toll_told_of_the_morning_is_no_dispute_with_the_nights(tmp_path: Path) -> None:
    """'rose to 19 on Thursday morning', '18 as of 8 o'clock this morning' and '19 at midday'
    stand before the 22 of that night: a rise, not a dispute."""
    groups = compared(
        tmp_path,
        ("The toll rose to 19 on Thursday morning, the fire service said.", "2026-09-03"),
        ("The toll reached 18 as of 8 o'clock this morning, according to the fire service.", "2026-09-03"),
        ("The fire service's toll tonight: 22 dead.", "2026-09-03"),
    )
    assert conflicting(groups) == set()
    got = claims("The toll rose to 19 on Thursday morning, the fire service said.", "2026-09-03")
    assert got["19"].as_of == "2026-09-03T09:00"


# Developing stories (issue 13): a bare figure that answers the figure before it
# ('… reached 231', '… to 35') counts what its own clause names, when it names a count.


def measures(text: str) -> dict[str, str]:
    """Each figure (as written) with the measure it is read as."""
    return {c.text: c.measure for c in extract_claims(Source(id="t", text=text))}


def test_cases_of_an_outbreak_are_not_its_deaths() -> None:
    told = measures(
        "Twelve people died of measles in the district over the weekend, a health officer said. "
        "Cases since early March reached 640."
    )
    assert told.get("Twelve") == "killed"
    assert "640" not in told


def test_a_corrected_detention_figure_counts_arrests() -> None:
    told = measures(
        "The fire brigade said the fire had killed 9 people. "
        "The police later revised their detention figure to 14."
    )
    assert told.get("9") == "killed"
    assert told.get("14") == "arrested"


def test_a_rival_with_no_count_of_its_own_still_answers_the_figure_before() -> None:
    told = measures("The army said 40 people were killed. By Monday the total had reached 52.")
    assert told.get("52") == "killed"


def test_a_speaker_named_after_the_victims_does_not_name_the_count() -> None:
    told = measures(
        "Police said about 400 people marched to the hospital; "
        "the Association of Families of the Victims said more than 3,000."
    )
    assert told.get("more than 3,000") == "participants"


def test_a_warning_of_what_the_toll_may_reach_is_no_count(tmp_path: Path) -> None:
    groups = compared(
        tmp_path,
        ("A ferry capsized on Lake Kivu on Monday, killing 12 people, the navy said.", "2026-05-04"),
        ("Lake Kivu ferry: navy says 19 dead, fishermen's union says at least 26. "
         "The navy says 19 people died when the ferry capsized; the fishermen's union says at "
         "least 26 drowned. A regional doctor has warned the toll could rise to 25.", None),
    )
    pairs = conflicting(groups)
    # the navy's 19 against the union's 26 is the dispute; the doctor's 25 is a forecast
    assert any("19" in pair and "at least 26" in pair for pair in pairs)
    assert not any("25" in pair for pair in pairs)


def test_protests_against_a_dam_a_second_site_and_a_march_find_their_two_disputes() -> None:
    # developing-catacamas was written by hand at session 26 (dev26) before any run: a protest
    # camp against a dam in Olancho, Honduras, cleared by police over four days, the Security
    # Ministry's toll rising 1 -> 2 -> 3 against the communities' council's 6 and a rights
    # group's 'at least 5', a second clash at a quarry with its own dead told with 'there', 2021's
    # killings and 2025's count recalled, 430 police and 150 military police inside 580, per-day
    # arrests, a forum's echo questions, a march in the departmental capital counted by police
    # and organisers; 8 reports. First run (4058c73): 2/2 with 28 spurious pairs. dev26: 28 -> 26
    # (430 police against 150 military police: 'military police' a kind of its own), -> 22 (a
    # count since a bare year: CODEHO's '14 killings … since 2025'), -> 15 ('Las Lajas lies …, on
    # the road to Juticalpa. One man was shot dead there'), -> 19 with the later steps (the 'that
    # day' and named-site readings move pairs to the quarry's 'one (1)' and CODEHO's 'two'). Left:
    # the quarry's 'In the confrontation one (1) person was fatally wounded' after 'entered the
    # Las Lajas quarry' (4), CODEHO's two of La Concepción, a part (5), the rewrite's 'One man died
    # that day' of an unnamed Monday (5), the reporter's 'several thousand' against the police's
    # about 1,800 (2; written as compatible before the run, arguable), the rewrite's first-day
    # 'Eleven' hurt and the quarry's 'six' against the 23 (3), four police against eight security (1);
    # 20 after the session's later merges read together: the ministry's deployment 'five hundred and
    # eighty (580)' pairs with the press's 'About 200' of one kind of force (1). dev28: 18 -> 20,
    # a stated cost: the rewrite's 'A march in Juticalpa, the departmental capital, drew about
    # 1,800' is now Juticalpa's crowd (where.gathering_place), which moves the deployments' day
    # keys, and the rewrite's '430 police officers' of its 'some 580' (a force's part) meets the
    # ministry's 580 and the press's 'About 200' (2)
    # dev29: 20 -> 14, the rights group's 'Our figure includes the two men who died after the
    # operation at Puente Seco' is a part of its total, compared as at least two (conflicts._inside_a_total)
    found, missed, spurious = _check("developing-catacamas")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 6, spurious


@pytest.mark.xfail(strict=True, reason="6 spurious pairs left (see the test above)")
def test_protests_against_a_dam_a_second_site_and_a_march_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-catacamas")[1:] == ([], [])


def test_an_ammonia_leak_a_disputed_toll_and_a_march_in_the_capital_find_their_two_disputes() -> None:
    # developing-tema was written by hand at session 27 (dev27) before any run: an ammonia leak
    # at a fertiliser plant near Tema, Ghana, over five days, the Ministry of Health's toll
    # rising 2 -> 3 -> 4 (its own 5 withdrawn as a double count) against the residents' and the
    # union's 'at least nine', parts (five fishermen, two employees), 2009's and Bhopal's
    # tolls, a sit-in in another city, a roadblock's crowd and arrests, a march in Accra counted
    # by police and organisers, an undated rewrite; 7 reports. First run (c3c2036): 2/2 with 18
    # spurious pairs. dev27: 18 -> 12 (an undated report's first stretch, 'Two people died
    # before morning', an earlier stand of the toll; a denial of a named place, 'no one has been
    # arrested in Accra today', no rival of a count elsewhere), -> 8 (a statement's place and
    # date line alone, 'Accra, 14 April 2027', dates it: the ministry's withdrawn 'five (5)' and
    # its 400 police are Wednesday's, not of any day). Left: the roadblock's vague 'several
    # hundred' (Wed, Kpone) against the Accra march's two counts (4, one group), the forum's 'one
    # of the five' against its 4, 9 and 'at least 9' (3, a part), the rewrite's 'counting five
    # fishermen' against its four (1, a part). dev28: 8 -> 4, every vague word a floor (the
    # roadblock's 'several hundred' no rival of the Accra march's counts)
    found, missed, spurious = _check("developing-tema")
    assert (len(found), missed) == (2, [])
    assert len(spurious) <= 1, spurious


@pytest.mark.xfail(strict=True, reason="1 spurious pair left (see the test above)")
def test_an_ammonia_leak_a_disputed_toll_and_a_march_in_the_capital_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-tema")[1:] == ([], [])


def test_referendum_protests_over_four_days_find_their_three_disputes() -> None:
    # developing-ouagadougou was written blind as developing-31 at session 27's start (opposition
    # protests in Ouagadougou, Burkina Faso, over four days against a constitutional referendum: the
    # government's toll rising 2 -> 5 -> 7 -> 8 against the opposition coalition's 12 and 13 on the
    # same days, the ministry's injured against the main hospital's own count, a funeral procession
    # counted by police and by organisers, a running arrest tally with releases, a march in
    # Bobo-Dioulasso with its own figures, a gold-mine landslide's dead, an earlier stadium massacre
    # recalled; wires, a translated paper, the coalition's statement, a live blog, a hospital release,
    # a ministry communiqué, a forum thread, an analysis, an undated rewrite; 10 reports) and kept
    # blind through it: 3/3 with 40 spurious pairs at its first run (c3c2036) and 3/3 with 40 at the
    # session's end (3b4fa31), when it was retired. dev28: 40 -> 27 ('31 dead that day' after '… at
    # the stadium in 2011', '… killed that day; the rally had drawn about 50,000': the 2011
    # shooting's), -> 22 ('A later march in Bobo-Dioulasso, …, with about 5,000 taking part': that
    # city's). Left: the forum's Bantara '9' (a landslide named only by its site, 8), the hospital's
    # 'six died inside' (a part, 5), the forum's 'around 5000' after 'Bobo march just finished.' (5),
    # its '7' dated by another clause's 'on Sunday night' (2), its CAD '12' of the morning against
    # the 13 of that evening (2)
    # dev29: 22 -> 17, the forum's 'people say around 5000' is hearsay, no one's count (conflicts._hearsay)
    found, missed, spurious = _check("developing-ouagadougou")
    assert (len(found), missed) == (3, [])
    assert len(spurious) <= 4, spurious


@pytest.mark.xfail(strict=True, reason="4 spurious pairs left (see the test above)")
def test_referendum_protests_over_four_days_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-ouagadougou")[1:] == ([], [])


def test_water_and_power_protests_over_four_days_find_two_of_their_three_disputes() -> None:
    # developing-antananarivo was written blind as developing-32 at session 28's start (protests over
    # water and power cuts in Antananarivo, Madagascar, over four days under a curfew: the
    # government's toll rising 2 -> 5 -> 7 -> 8 against the UN human rights office's 'at least 15' on
    # the same days and a hospital's own count, a rally counted by police and by organisers, soldiers
    # deployed by the army's count and by the organisers', gendarmes, a running arrest tally with
    # releases, protests in Toamasina with their own figures, a minibus crash of people fleeing, an
    # earlier crackdown recalled; wires, a translated daily, the organisers' statement, UN briefing
    # notes, a live blog, a ministry communique, a forum thread, an undated rewrite; 9 reports) and
    # kept blind through it: 2/3 with 32 spurious pairs at its first run (b068eef6) and 2/3 with 30
    # at the session's end (766a273a), when it was retired
    # dev29: 30 -> 22 once one facility's count is a part ('her ward had received six bodies since
    # Wednesday', 'The hospital had treated 26 people': conflicts._at_one_site); -> 6 once the live
    # blog's entries, each under its time alone on a line ('09:45' above 'Five dead, 31 injured.'),
    # are of that time (when.stamp_clock); -> 4 once the forum's 'My guess 40 or 50 thousand' is
    # no one's count (conflicts._hearsay). Left: the translated daily's 'five' (second day) against
    # the undated rewrite's 'eight' and 'at least 15' (2), 'Nobody was detained at the rally'
    # against the running 112 (1), the organisers' Thursday count of troops told on Saturday against
    # that day's 1,500 (1, the missed dispute's figure dated by the report)
    found, missed, spurious = _check("developing-antananarivo")
    assert (len(found), len(missed)) == (2, 1), missed
    assert len(spurious) <= 3, spurious


@pytest.mark.xfail(strict=True, reason="one dispute missed and 4 spurious pairs left (see the test above)")
def test_water_and_power_protests_over_four_days_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-antananarivo")[1:] == ([], [])


def test_disputed_vote_protests_over_four_days_find_their_three_disputes() -> None:
    # developing-cuenca was written blind as developing-33 at session 29's start (protests after a
    # disputed municipal vote in Cuenca, Ecuador, over four days: the ombudsman's toll and injured
    # against the health ministry's on the same days, a march counted by police and by organisers,
    # a running arrest tally with releases, soldiers and police deployed, protests in Guayaquil with
    # their own figures, a bus crash at a blockade with its own toll, the 2019 protests recalled;
    # wires, a translated daily, the ombudsman's release, a ministry bulletin with a table, a live
    # blog, a forum thread, an analysis, an undated rewrite; 9 reports) and kept blind through it:
    # 3/3 with 23 spurious pairs at its first run (ba26bb86) and 3/3 with 21 at the session's
    # end (085c656a), when it was retired
    found, missed, spurious = _check("developing-cuenca")
    assert (len(found), len(missed)) == (3, 0), missed
    assert len(spurious) <= 11, spurious


@pytest.mark.xfail(strict=True, reason="11 spurious pairs left (see the test above)")
def test_disputed_vote_protests_over_four_days_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-cuenca")[1:] == ([], [])


def test_blackout_protests_over_four_days_find_their_three_disputes() -> None:
    # developing-mukalla was written blind as developing-34 at session 30's start (protests over
    # power cuts in Mukalla, Yemen, over four days: a rights centre's dead and injured against the
    # health office's on the same day, a march counted by the security committee and by its
    # organisers, a running arrest tally with releases, soldiers and police sent, a solidarity
    # rally in Aden, a tanker fire with its own toll, June 2019 recalled; a wire, a translated
    # daily, the rights centre's release, a bulletin with a table, a live blog, a forum thread, an
    # analysis, an undated rewrite; 9 reports) and kept blind through it: 3/3 with 45 spurious
    # pairs at its first run (b6308d32) and 3/3 with 43 at the session's end (3bd1e5dd). 43 -> 2
    # at dev31: a table's 'Still admitted' column, the tanker fire in a paragraph opened 'In a
    # separate incident', the bulletin's 'Two persons have died: one on Saturday …' and the
    # centre's count 'of the protests that began in Mukalla on Saturday' dated by their reports,
    # 'the three other deaths' and 'besides the deaths of the two young men' parts of the toll,
    # 'members of the Special Security Forces' a force apart from soldiers, '2,300 to the dollar'
    # no count. Left: 'Injuries reached 44 and arrests 61' (the 61 read as injured, not arrests)
    found, missed, spurious = _check("developing-mukalla")
    assert (len(found), len(missed)) == (3, 0), missed
    assert len(spurious) <= 2, spurious


@pytest.mark.xfail(strict=True, reason="2 spurious pairs left (see the test above)")
def test_blackout_protests_over_four_days_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-mukalla")[1:] == ([], [])


def test_a_mine_fire_strike_and_march_over_five_days_find_their_three_disputes() -> None:
    # developing-rustenburg was written blind as developing-35 at session 30's start (a conveyor
    # fire in a platinum shaft near Rustenburg, South Africa, then clashes, a strike over several
    # days counted by the ministry and the union, a march, a picket in Johannesburg and a taxi
    # crash on the side; 9 reports) and used as one helper's blind gate (dev30, who read only its
    # numbers): 3/3 with 61 spurious pairs at its first run (b6308d32), 3/3 with 38 at the
    # session's end (3bd1e5dd). 38 -> 2 at dev31: the strike's absentees ('6,500 workers stayed
    # away', 'counted 6,500 strikers;') apart from the march, a table's 'Still admitted' column,
    # the line 'Separate: minibus taxi crash …, three dead' the crash's, 'the DMRE keeps its figure
    # of 12' after a semicolon Thursday's (not 'Monday's fire''s day), bodies 'to surface brought'
    # the night's finds, smoke inhalation and rubber bullets two incidents' injured. Left: the
    # police's 18 injured at the gate (the clash told in the paragraph before) against the
    # company's 31 treated for smoke inhalation, and the rights project's 21 hurt 'across Tuesday
    # and Thursday' dated Tuesday against the 18
    found, missed, spurious = _check("developing-rustenburg")
    assert (len(found), len(missed)) == (3, 0), missed
    assert len(spurious) <= 2, spurious


@pytest.mark.xfail(strict=True, reason="2 spurious pairs left (see the test above)")
def test_a_mine_fire_strike_and_march_over_five_days_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-rustenburg")[1:] == ([], [])


def test_power_bill_protests_over_four_days_find_their_three_disputes() -> None:
    # developing-multan was written blind as developing-36 at session 31's start (protests over
    # electricity bills in Multan, Pakistan, Mon 13 - Thu 16 September 2027: the interior ministry's
    # toll rising 1 -> 3 -> 5 against a rights network's nine on the same day, a march counted by
    # police and by organisers, a running arrest tally against the organisers' legal team, the
    # ministry's own injured revised down, a rally in Bahawalpur, a coaster crash with its own toll,
    # a 2016 strike recalled; wires, a translated daily, two releases, a live blog, a forum thread, a
    # TV transcript, an undated rewrite; 9 reports) and kept blind through it: 3/3 with 13 spurious
    # pairs at its first run (6eb8de35) and 3/3 with 13 at the session's end (7e091084)
    found, missed, spurious = _check("developing-multan")
    assert (len(found), len(missed)) == (3, 0), missed
    assert len(spurious) <= 13, spurious


@pytest.mark.xfail(strict=True, reason="13 spurious pairs left (see the test above)")
def test_power_bill_protests_over_four_days_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-multan")[1:] == ([], [])


def test_a_seafood_plant_fire_and_its_protests_find_two_of_their_three_disputes() -> None:
    # developing-samut-sakhon was written blind as developing-37 at session 31's start (a fire and
    # ammonia leak at a seafood plant in Samut Sakhon, Thailand, 8-12 November 2027: the province's
    # toll rising 9 -> 17 -> 23 against a workers' federation's 31 on the same day (corrected by the
    # federation to 29), the missing counted by the province and by a migrant aid network, a union
    # march in Bangkok counted by police and by organisers, arrests at the gate, the plant's managers
    # held, a rally in Rayong, the 1993 Kader fire recalled; 10 reports) and kept blind through it:
    # 2/3 with 27 spurious pairs at its first run (6eb8de35) and at the session's end (7e091084).
    # The dispute missed is of the missing (11 against 26): claimcheck reads no measure of the missing.
    found, missed, spurious = _check("developing-samut-sakhon")
    assert (len(found), len(missed)) == (2, 1), missed
    assert len(spurious) <= 27, spurious


@pytest.mark.xfail(strict=True, reason="the missing's dispute missed and 27 spurious pairs left (see the test above)")
def test_a_seafood_plant_fire_and_its_protests_give_exactly_their_real_conflicts() -> None:
    assert _check("developing-samut-sakhon")[1:] == ([], [])


def test_a_public_sector_strike_over_three_days_finds_its_three_disputes() -> None:
    # developing-quebec was written blind as developing-38 at session 31's start (a three-day
    # public-sector general strike in Quebec, Canada, 10-12 May 2027, then a march in Montreal: one
    # day's strikers from the labour ministry and from the unions, one night's arrests from the
    # police and a lawyers' group, one night's injured from the health ministry and a street medics'
    # collective; other days' turnouts, regions inside the total, a running arrest tally, a car
    # driven into a picket line, 1972 and 2012 recalled; 9 reports) and kept blind through it: 3/3
    # with 46 spurious pairs at its first run (6eb8de35) and 3/3 with 42 at the session's end (7e091084)
    found, missed, spurious = _check("developing-quebec")
    assert (len(found), len(missed)) == (3, 0), missed
    assert len(spurious) <= 42, spurious


@pytest.mark.xfail(strict=True, reason="42 spurious pairs left (see the test above)")
def test_a_public_sector_strike_over_three_days_gives_exactly_its_real_conflicts() -> None:
    assert _check("developing-quebec")[1:] == ([], [])
