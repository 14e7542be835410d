"""Situating stage, place: the city, province or site a claim's figure is for (``place``).

Read in the claim's window (see :mod:`claimcheck.when`):

* a nationwide figure ('963,000 … nationwide', '162 people across the country', 'in 31
  districts') is ``nationwide``;
* 'in Paris', 'in the city of Lyon', 'in Van province', '74 of them in Paris', 'at
  Shahbagh intersection' name a place
  ('70,000 from X alone' says where people came from, not where the figure is)
  (after the figure, up to the next comma; or before it, as in 'In Marseille, 24,000 …');
* a sentence or paragraph that opens with 'In Marseille,' puts its figures there unless they
  name their own place; so does the one place a sentence names before a figure ('The
  largest, in Rome, filled the square; the prefecture put turnout at 95,000'), and a local
  authority named after a place the report names ('Turin police estimated 12,000');
* 'the capital' is the city of the report's dateline ('PARIS, Feb 12 (Reuters) -') when it
  has one.

Places are compared case-folded; the written form is kept for display.

>>> words = place_words()
>>> place_in(", including 87,000 in Paris", "", words)
>>> place_in("", " in Paris, down from", words)
'Paris'
>>> place_in("", " people had demonstrated nationwide", words)
'nationwide'
>>> place_in("", " people marched in Austrian towns on Wednesday", words)  # (a people's word before the areas)
'nationwide'
>>> place_in("In the city of Lyon, police said ", "", words)
'Lyon'
>>> place_in(", according to police, while in Ulsan, the union said ", " had marched", words)
'Ulsan'
>>> place_in(" turned out in Mendoza, and in Tucumán the CFT said perhaps as many as ", " filled the square", words)
'Tucumán'
>>> place_in(" and in Seville at ", ".", words)  # 'put the crowd at 2,000 and in Seville at 3,500'
'Seville'
>>> place_in("And in Bahawalpur today, around ", " people marched", words)  # (its time between)
'Bahawalpur'
>>> place_in("", " people set off from Kitwe on Sunday morning", words)
'Kitwe'
>>> place_in("", " people walked through Linz in silence on Wednesday", words)  # (a march through a place)
'Linz'
>>> place_in("From our correspondent in San Pedro Sula: ", " people are defying the curfew", words)
'San Pedro Sula'
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimcheck.lines import sre_inner, sre_modules
from claimcheck.when import MONTH_STEM, WEEKDAY_STEM, any_of

NATIONWIDE = "nationwide"
LEAD_CHARS = 600  # how far into a report its opening sentences reach
CAPITAL = "the capital"
# the capitals a name may begin with: Latin ones with their accents ('Žilina', 'Łódź', 'Şanlıurfa', 'Ísafjörður')
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())
_NAME = (
    rf"[{UPPER}][\w'’-]+(?:\s+(?:(?:de|del|da|la|di|al|el)\s+)?[{UPPER}][\w'’-]+"
    rf"|\s+(?:al|el|ad|an|ar|as|ash|at|az|ed|en|es)-[{UPPER}][\w'’-]+)*"
)  # (and an Arabic article joined to its name: 'Souq al-Shuyukh')


_MARCHED_THROUGH = (
    "(?:"
    + "|".join(rf"(?<={verb}\s)" for verb in ("marched", "walked", "paraded", "processed", "streamed", "poured", "filed",
                                               "rallied", "marching", "walking", "parading", "streaming", "pouring"))
    + ")through"
)  # 'people walked through Linz': where a march went, as 'in Linz' (not 'passed through Juliaca's police stations')


@dataclass(frozen=True)
class PlaceWords:
    """The compiled ``place`` section of the lexicon."""

    nationwide: re.Pattern[str]
    after: re.Pattern[str]
    opening: re.Pattern[str]
    capital: re.Pattern[str]
    not_places: frozenset[str]
    where_counted: frozenset[str]
    local: re.Pattern[str]  # a local authority's noun ('police', 'prefecture', 'mayor')
    aside: re.Pattern[str]  # ', in Rome,'
    where_clause: re.Pattern[str]  # 'in Kiria-ini location, where local leaders report …'
    switch: re.Pattern[str]  # '…, while in Ulsan, the union said 25,000': another place's clause
    departed: re.Pattern[str]  # '3,000 people set off from Kitwe': where a march was counted
    # '… and handed them over to the police in Siuna': a later clause sending the people elsewhere
    sent_on: re.Pattern[str]
    dateline: re.Pattern[str]
    # one named hospital in a claimant's name: 'Doctors at Medina Hospital', 'The city's
    # emergency hospital'; not 'the hospital', not 'hospital records reviewed by …'
    hospital: re.Pattern[str]
    treating: re.Pattern[str]  # 'received', 'treated', 'admitted'
    not_sites: frozenset[str]  # 'in the operation', 'in the capital': no site a denial is limited to
    # 'Northern district has now recorded 31 deaths': an area that is its sentence's subject
    recorded_in: re.Pattern[str]
    at_hospital: re.Pattern[str]  # 'At Central General Hospital, 14 patients have died'
    recorded: re.Pattern[str]  # 'reported ' just before a figure: a hospital's own count
    the_area: re.Pattern[str]  # 'in the province' after a figure: the area named before
    # 'in the district', 'in its county', 'in our province' after a figure: the noun (group a);
    # not 'across the state', the whole area
    an_area: re.Pattern[str]
    the_areas: re.Pattern[str]  # "bringing the town's toll to" before a figure: the area named before
    countries: frozenset[str]  # 'France', 'the Philippines' (case-folded): a country's figure is nationwide
    area_noun: re.Pattern[str]  # 'village', 'district' (fullmatch): the lexicon's area nouns
    # 'put the national total at', 'MAI national total:' right before a figure: the nationwide one
    national_total: re.Pattern[str] | None = None
    site_nouns: frozenset[str] = frozenset()  # 'street', 'square': a site inside a place ('Syntagma Square')
    moved_to: re.Pattern[str] | None = None  # 'spread to Ostrava', 'moved on to Brenno': where trouble or a crowd went
    # 'Kisumu had 2 deaths', 'Nairobi leads the number of fatalities standing at 17': a place its clause's subject
    subject_of: re.Pattern[str] | None = None


@lru_cache(maxsize=8)
def place_words(lexicon: Any = None) -> PlaceWords:
    """The compiled ``place`` section of ``lexicon`` (the bundled one when None)."""
    if lexicon is None:
        from claimcheck.lexicon import load_lexicon

        lexicon = load_lexicon()
    data = lexicon.data["place"]
    area = any_of(data["area_nouns"])
    capital = any_of(data["capital"])
    # 'in Paris', 'in the city of Lyon', 'in Van province', 'in the capital', 'from Khyber alone'
    named = (
        rf"(?:(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?i:{area})\s+of\s+)?(?P<n>{_NAME})(?:\s+(?i:{area}))?"
        rf"|(?P<c>(?i:{capital}))(?:,\s+(?P<cn>{_NAME})(?=\s*,))?"
    )  # ('in the capital, Dorvan, …': the capital named)
    within = any_of(data["part_of_place"])
    before = any_of(data["place_before"])
    sites = any_of(data.get("named_sites", [])) or "(?!)"
    after = re.compile(
        rf"(?:^|[\s(])(?:(?:(?:in|inside|at)\s+|{_MARCHED_THROUGH}\s+(?=[{UPPER}])(?![\w'’-]+['’]s\b)|(?:through|across|in|at)\s+the\s+(?i:{within})\s+of\s+)"
        rf"(?:(?i:{before})\s+)?(?:{named})"
        rf"|at\s+the\s+(?P<s>{_NAME}(?:\s+\d{{1,3}})?)(?=\s+(?:[a-z]+\s+){{0,2}}(?:{sites})\b))"
    )  # 'in Ostrel', 'through the centre of Ostrel', 'in central Kyiv'; a named site: 'at the Oum
    # Lekhcheb pit', 'at the Las Lajas quarry', 'at the Vridi fuel depot', 'at the Km 9 junction' (a site noun of the lexicon's
    # place.named_sites after the name: not 'at the Interior Ministry on Friday', 'at the Mercy clinic')
    opening = re.compile(
        rf"^\W*(?:\d{{1,2}}[:.]\d{{2}}\s*(?:[apAP]\.?[mM]\.?)?\]?(?:\s*[—–|-])?\s*)?"  # a live blog's '16:45 — ', '15:40 ', '[14:10] '
        rf"(?:(?:From\s+)?(?:[Oo]ur|[Aa]|[Tt]he)\s+(?:correspondent|reporter|team)\s+(?:in|at)"
        rf"|(?:(?:Meanwhile|Separately|Here|And|Over\s+here)\s*,?\s+)?(?:In|in(?<=[a-z,]\sin))|Inside|Across|(?P<at>At(?:\s+the)?))\s+(?:(?:neighbouring|neighboring|nearby|adjacent)\s+)?(?:{named})"
        rf"(?:\s+\([A-ZÀ-Ý][^()\n]{{0,30}}\))?"  # 'In Tetartoli (Gumla), …': the larger area it is in, in brackets
        rf"(?(at)(?:\s+[a-z][a-z-]+)?\s*,|"  # 'At the Vridi depot, …': a site of a place, a comma after it
        rf"(?:\s+(?:in|on|during|last|this|that)\s+(?:the\s+)?[\w]+(?:\s+\d{{4}})?|\s+(?:today|tonight|yesterday|overnight|earlier))?"  # its time: 'In Gunjur in 2023, …', 'And in Bahawalpur today, …'
        rf"(?:\s+(?:too|also|as\s+well))?"  # a second place: 'Here in Sfax too, …'
        rf"(?:\s*[,:]|\s+there\s+(?:is|are|was|were|have|has|had)\b"
        rf"|\s+(?=(?:(?:about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over|up\s+to|an\s+estimated)\s+)?\d)"
        rf"|\s+(?:we|they|(?:the\s+)?(?:police|organi[sz]ers|unions?|stewards))\s+(?:counted|estimated|recorded|say|said)\b))"
    )  # 'In Marseille, …', 'In neighbouring Tamil Nadu, …', 'In Colonia Mascías there are no deaths', 'In Temirtau about 2,000 steelworkers rallied', 'In Košice we counted 6,000'; a live blog's 'From our correspondent in San Pedro Sula: …'
    return PlaceWords(
        nationwide=re.compile(
            rf"\b(?:{any_of(data['nationwide'])})\b"
            rf"|\b(?:in|across)\s+(?:more\s+than\s+|over\s+|some\s+|at\s+least\s+)?\d+\s+"
            rf"(?:other\s+)?(?:{any_of(data['areas'])})\b"
            rf"|\b(?:in|across)\s+(?:(?:many|several|other|most|all)\s+)?(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ch))\s+(?:{any_of(data['areas'])})\b",
            re.IGNORECASE,  # ('marched in Austrian towns', 'across French cities': a people's word before the areas)
        ),
        after=after,
        opening=opening,
        capital=re.compile(rf"\b(?:{capital})\b", re.IGNORECASE),
        # an event noun is no place: a headline in title case ('129 Killed in Stampede after …')
        not_places=frozenset(w.casefold() for w in [*data["not_places"], *lexicon.data["speakers"]["event_nouns"]]),
        not_sites=frozenset(w.casefold() for w in data["not_sites"]),
        site_nouns=frozenset(w.casefold() for w in data.get("site_nouns", ())),
        countries=frozenset(w.casefold() for w in data["countries"]),
        where_counted=frozenset(w.casefold() for w in data["where_counted"]),
        aside=re.compile(rf",\s+in\s+(?:{named})\s*,"),
        where_clause=re.compile(
            rf"\b(?:in|at|(?:is|was|are|were)\s+the(?=\s+[^\s,]+\s+(?i:{area})\s*,))\s+(?:{named})\s*,\s+where\s+(?:[^,;:.!?]|(?<=\d)[,.](?=\d))*$"
        ),  # ('… in Avelo, where …', 'The worst-hit area is the Zenica-Doboj canton, where …': a named area's)
        # '…, while in Ulsan, the union said 25,000'; '… at 2,000 and in Seville at 3,500';
        # '…, while in Faro the march drew 1,200': a clause of its own words up to the figure
        switch=re.compile(
            rf"\b(?:while|whereas|but|and)\s+in\s+(?:{named})\s*(?:,|at\s+(?:[a-z]+\s+){{0,2}}$"
            rf"|\s(?:[a-z]+\s+){{1,4}}$|\s+(?:the\s+)?[A-Z][\w'’.-]*\s+(?:[a-z]+\s+){{1,6}}$|$)"
            # ('…, and in Larnaca approximately four hundred': the place right before it; '… and in Tucumán the
            #  CFT said perhaps as many as 50,000': its own speaker, then the figure)
        ),
        departed=re.compile(
            rf"\b(?:set\s+off|set\s+out|departed|marched\s+out)\s+from\s+(?:{named})"
            # '400 people walked from Makadara grounds to the Mombasa county offices': a march's
            # goal, a place named with its area noun (not 'to City Hall', a site of the event's city)
            rf"|\b(?:marched|walked|paraded|processed|rallied)\s+(?:from\s+[^,;:.]{{1,40}}?\s+)?to\s+the\s+"
            rf"(?P<to>{_NAME})\s+(?i:{area})\b"
        ),
        sent_on=re.compile(
            rf"\s+(?:and|before|then|who)\s+(?:(?!after\b)[a-z]+\s+){{0,4}}?(?:{any_of(data['sending_on'])})\b"
        ),
        local=re.compile(rf"\b(?:{any_of(data['local_authorities'])})\b", re.IGNORECASE),
        dateline=re.compile(
            r"^\s*(?P<d>[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{2,}?)(?:,\s|\s+\()"  # 'PARIS, Feb 12' 'TBILISI, Georgia'
            r"|^\s*(?P<t>[A-ZÀ-Ý][a-zà-ÿ]+(?:\s[A-ZÀ-Ý][a-zà-ÿ]+)?)(?:\s*\([^)]{1,20}\))?,\s+"
            + MONTH_STEM.title(),  # 'Islamabad, Nov 26'
            re.MULTILINE,
        ),
        hospital=re.compile(
            rf"(?:^|\b(?:at|of|from)\s+)(?:the\s+|a\s+)?"
            rf"(?P<h>(?:(?!(?:at|of|from|the|a)\s)[\w'’-]+\s+){{1,3}}?(?:{any_of(data['hospitals'])}))\b",
            re.IGNORECASE,
        ),
        treating=re.compile(rf"\b(?:{any_of(data['treating'])})\b", re.IGNORECASE),
        recorded_in=re.compile(
            rf"^\W*(?:The\s+)?(?P<n>{_NAME})\s+(?i:{area})\s+(?:has\s+|had\s+|have\s+)?"
            rf"(?:(?:now|so\s+far|also|alone)\s+)?(?i:{any_of(data['recording'])})\s+"
            r"(?:(?:at\s+least|a\s+total\s+of|some|about|around|nearly|more\s+than)\s+)?$"
        ),
        recorded=re.compile(
            rf"\b(?:{any_of(data['recording'])})\s+(?:(?:at\s+least|another|a\s+further)\s+)?$",
            re.IGNORECASE,
        ),
        the_area=re.compile(rf"^[^,;:.\d]{{0,60}}?\bin\s+the\s+(?:same\s+)?(?i:{area})\b(?!\s+of\b)"),
        an_area=re.compile(
            rf"^[^,;:.\d]{{0,60}}?\bin\s+(?:the|its|our|their|her|his)\s+(?:same\s+)?(?P<a>(?i:{area}))\b(?!\s+of\b|['’])"
        ),
        the_areas=re.compile(rf"\b[Tt]he\s+(?i:{area})['’]s\s+[^,;:.\d]{{0,40}}$"),
        area_noun=re.compile(area, re.IGNORECASE),
        at_hospital=re.compile(
            rf"^\W*(?:At|In)\s+(?:the\s+)?(?P<h>(?:[A-ZÀ-Ý][\w'’-]*\s+){{1,4}}?"
            rf"(?i:{any_of(data['hospitals'])})(?:\s+of\s+[A-ZÀ-Ý][\w'’-]*)?)(?:\s+in\s+[A-ZÀ-Ý][\w'’-]*)?\s*,"
        ),  # (and its town after it: 'At Connaught Hospital in Freetown, …')
        moved_to=re.compile(
            rf"\b(?i:{any_of(data['moving_to'])})(?:\s+(?:on|over|back|out|up|down|also|later|then|too))*"
            rf"(?:\s+(?:to|into|towards?|in|at))?\s+(?:the\s+)?(?:(?i:{area})\s+of\s+)?(?P<n>{_NAME})(?P<c>(?!))?"
        ),
        subject_of=re.compile(
            rf"(?:^\W*|[,;:]\s+|\b(?:that|while|whereas)\s+|(?P<and>\band\s+))(?:(?:The|the)\s+)?(?P<n>{_NAME})(?:\s+(?i:{area}))?\s+"
            rf"(?:(?:alone|also|too|now|so\s+far)\s+)*(?:(?:has|had|have)\s+)?(?:(?:now|so\s+far|also)\s+)?"
            rf"(?:{any_of(data['subject_tallies'])})\s+"
            r"(?:(?:the\s+)?(?:(?:highest|largest|biggest|greatest|most)\s+)?(?:number|toll|tally|count|total)\s+of\s+"
            r"(?:[a-z-]+\s+){1,2}(?:(?:standing|stands|stood|which\s+stands)\s+)?(?:at|with|of)\s+)?"
            r"(?:(?:at\s+least|a\s+total\s+of|some|about|around|nearly|almost|more\s+than|over)\s+)?$"
        ),
        national_total=re.compile(
            rf"\b(?:{any_of(data['national_totals'])})\s*(?:at|of|was|is|to|stood\s+at|:)?\s*"
            r"(?:(?:about|around|some|roughly|nearly|almost|at\s+least|more\s+than|over|just\s+over)\s+)?[\"“]?$",
            re.IGNORECASE,
        ),
    )


def _departed(m: re.Match[str], words: PlaceWords) -> str | None:
    """The place a march set off from or went to, as PlaceWords.departed reads it ('set off
    from Kitwe', '… to the Mombasa county offices'); None when its name is no place ('to the
    Tuesday rally')."""
    if not m["to"]:
        return _name(m, words)
    name = " ".join(m["to"].split())
    return None if name.split()[0].casefold() in words.not_places else name


def _name(m: re.Match[str], words: PlaceWords) -> str | None:
    if "s" in m.re.groupindex and m["s"]:  # a named site: 'at the Las Lajas quarry'
        site = " ".join(m["s"].split())
        return None if site.split()[0].casefold() in words.not_places else site
    if m["c"]:
        return " ".join(m["cn"].split()) if m["cn"] else CAPITAL
    name = " ".join(m["n"].split()).removesuffix("'s").removesuffix("’s")  # "in North India's Uttar Pradesh"
    first, last = name.split()[0].casefold(), name.split()[-1].casefold()
    first = first.removesuffix("'s").removesuffix("’s")  # "in Wednesday's raid"
    if first in words.not_places or last in words.where_counted:
        return (
            None  # 'in January'; 'treated at King Edward VIII Hospital' (where they were counted)
        )
    return name


AFTER_CHARS = 80  # how far after its figure a place of a figure may start
_ACROSS_NAME = re.compile(rf"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?P<n>{_NAME})")  # 'across Uganda', 'across the Philippines', 'throughout France'


def _country(name: str, words: PlaceWords) -> bool:
    """Whether ``name`` is a country of the lexicon, or opens with one ('Bosnia and Herzegovina').

    >>> _country("Uganda", place_words()), _country("Bosnia and Herzegovina", place_words()), _country("Kampala", place_words())
    (True, True, False)
    """
    folded = " ".join(name.split()).casefold()
    return folded in words.countries or folded.split(" and ")[0] in words.countries or f"the {folded}" in words.countries
_NEXT_FIGURE = re.compile(r"(?<=\s)\d")  # another figure, whose own place follows it


def _word_end(text: str, at: int) -> int:
    """``at``, or the end of the word ``text`` has there.

    >>> _word_end("hostel in Mahboula in", 12), _word_end("in Rome, and", 7)
    (18, 7)
    """
    while at < len(text) and (text[at].isalnum() or text[at] in "'’-"):
        at += 1
    return at


LISTED_PLACE = re.compile(rf",\s+in\s+(?P<n>{_NAME})\s+$")  # the place of a list's next figure, told before it
AND_PLACE = re.compile(rf"\s+and\s+(?P<n>{_NAME})")  # the second place of two joined by 'and'


_RESTATED = re.compile(r"^\s*\(\d[\d,.]*\)")  # the figure restated in digits right after it: '45 mil (45,000) in Lisbon'
_EVENT_WHERE = re.compile(r"\s+(?:which|that)\s+(?:had\s+|has\s+)?(?:occurred|happened|took\s+place)\b")
# the event's place, told in a clause of its own after the event's noun: where the whole event
# happened, not where the figure's part was counted
_FOR_OTHERS = re.compile(r"\s+in\s+(?:solidarity\s+with|support\s+of|memory\s+of|honou?r\s+of)\s")
# 'marched … in solidarity with the victims … in Nairobi': whom a gathering stood for, and
# their place, not where it gathered


def place_in(before: str, after: str, words: PlaceWords) -> str | None:
    """The place a figure's window names: after the figure up to the next comma, else a
    place that opens the words before it ('In Marseille, 24,000 …'); ``nationwide`` for
    nationwide wording; None when it names none. A restatement of the figure in brackets
    right after it is read past.

    >>> place_in("PSP says ", " (45,000) in Lisbon.", place_words())
    'Lisbon'
    >>> place_in("", " people died in a fatal crush during the New Year countdown late on Dec 31 in Kaohsiung, police said",
    ...          place_words()) is None  # (the window ends inside the name: 'Ka' is no place)
    True
    >>> place_in("Police said ", " in all, in Lisbon and Porto", place_words()) is None
    True
    """
    clause = _RESTATED.sub("", after, 1).split(",", 1)[0].split(";", 1)[0]
    clause = _EVENT_WHERE.split(clause, 1)[0]  # ('lost their lives in the dam disaster which occurred in X')
    clause = _FOR_OTHERS.split(clause, 1)[0]
    clause = words.sent_on.split(clause, 1)[0]  # ('… and handed them over to the police in Siuna': where they went)
    if clause.endswith("capital") and after[len(clause) : len(clause) + 1] == ",":
        clause = ",".join(after.split(",", 2)[:2]) + ","  # 'in the capital, Conakry, most of them'
    if words.nationwide.search(clause):
        return NATIONWIDE
    if ("across " in clause or "throughout " in clause or "all over " in clause) and (m := _ACROSS_NAME.search(clause)) and _country(m["n"], words):
        return NATIONWIDE  # '17 people have died in floods across Bosnia and Herzegovina', '125,000 people joined the protest throughout France': the country's whole
    cut = AFTER_CHARS
    if _NEXT_FIGURE.search(clause, 0, cut) is None:
        # a name the window cuts is read whole ('Ma' of 'Mahboula'), unless another figure
        # comes first: '31 were taken to X and 18 to … in Hradec' is the 18's place
        cut = _word_end(clause, cut)
    elif cut < len(clause) and _word_end(clause, cut) > cut:
        # (another figure first, a date's 'Dec 31' among them: a name the window cuts is not
        # read at all, never cut short, 'Sha' of 'Shanghai')
        while cut > 0 and (clause[cut - 1].isalnum() or clause[cut - 1] in "'’-"):
            cut -= 1
    for m in words.after.finditer(clause[:cut]):
        name = _name(m, words)
        if name:
            if name != CAPITAL and (also := AND_PLACE.match(clause, m.end())) and also["n"].split()[0].casefold() not in words.not_places:
                return f"{name} and {' '.join(also['n'].split())}"  # 'in Esmeraldas and Manabí': both, not the first
            return name
    if "from" in clause or " to " in clause:  # '3,000 people set off from Kitwe': the march counted where it set off
        for m in words.departed.finditer(clause[:80]):
            if name := _departed(m, words):
                return name
    if " in " in before:  # '… in Busan, about 8,000 …, while in Ulsan, the union said 25,000'
        switched = [n for m in words.switch.finditer(before) if (n := _name(m, words))]
        if switched:
            return switched[-1]
        listed = LISTED_PLACE.search(before)  # 'In Košice we counted 6,000, in Žilina 3,500'
        if listed and listed["n"].split()[0].casefold() not in words.not_places:
            return " ".join(listed["n"].split())
    return opening_place(before, words)


def area_named_before(after: str, before: str, words: PlaceWords) -> str | None:
    """The place an area noun after a figure points back to ('Our teams in Ghor recorded 23
    deaths in the province', 'saying only 11 deaths had been confirmed in the district'): the
    place named last in ``before`` (the words of its sentence before the figure); None when the
    figure's clause has no such noun or its sentence names no place before it ('412 people
    have been treated in hospitals in the region' is the event's region; so is 'across the
    county').

    >>> area_named_before(" deaths in the province, four more", "Our teams in Ghor recorded ", place_words())
    'Ghor'
    >>> area_named_before(" deaths in the province of Ghor", "Teams recorded ", place_words()) is None
    True
    """
    if " the " not in after or words.the_area.match(after) is None:
        return None
    named = places_named(before, words)
    return named[-1] if named else None


@lru_cache(maxsize=64)
def _named_with_noun(noun: str) -> re.Pattern[str]:
    """'Ratnapura district', 'Ratnapura District Secretariat', 'the province of Tarija': a place
    named with the area noun ``noun``, in any case."""
    return re.compile(rf"(?P<n>{_NAME})\s+(?i:{re.escape(noun)})\b|\b(?i:{re.escape(noun)})\s+of\s+(?P<n2>{_NAME})")


def area_named_earlier(after: str, before: str, words: PlaceWords) -> str | None:
    """The place an area noun with no name of its own after a figure points back to ('Of the 26
    deaths in the district', '23 people were hurt in its county') when its sentence names none:
    the place named last before it with that same noun ('… have died in Ratnapura district since
    Sunday.', 'The Harju County Rescue Board …'); None when its clause has no such noun or no
    place was named with it (the event's own district, told with no name).

    >>> area_named_earlier(" deaths in the district, seven", "Deaths in Ratnapura district rose. Of the ", place_words())
    'Ratnapura'
    >>> area_named_earlier(" drowned in the district", "The river rose near Kandy town. Officials said ", place_words()) is None
    True
    """
    m = words.an_area.match(after)
    if m is None:
        return None
    found = None
    for named in _named_with_noun(m["a"].casefold()).finditer(before):
        name = " ".join((named["n"] or named["n2"] or "").split())
        name = re.sub(r"^(?:The|A|In|At|Of)\s+", "", name)
        if name and name.split()[0].casefold() not in words.not_places:
            found = name
    return found


_THE_AREA_TOLD = re.compile(r"\b(?:from|in|of|at)\s+the\s+(?P<a>[a-z][a-z-]+)\s+(?:to|at|stood|stands|rose|reached|was|is)\s+(?:[a-z]+\s+){0,2}$")


@lru_cache(maxsize=64)
def _named_with(noun: str) -> re.Pattern[str]:
    """'Tetartoli village', 'the village of Tetartoli': a place named with the area noun ``noun``."""
    return re.compile(rf"(?P<n>{_NAME})\s+{noun}\b|\b{noun}\s+of\s+(?P<n2>{_NAME})")


def area_told(before: str, words: PlaceWords) -> str | None:
    """The place a tally's area noun right before its figure points back to, named earlier in
    the sentence with that same noun ('A woman hurt when lightning struck a tree at Tetartoli
    village in Gumla district died …, taking the number of dead from the village to six'):
    that place's count, not the event's (the district's is another noun); None otherwise.

    >>> area_told("hurt at Tetartoli village in Gumla district died, taking the number of dead from the village to ", place_words())
    'Tetartoli'
    >>> area_told("Four died in Gumla district, taking the number of dead from the village to ", place_words()) is None
    True
    >>> area_told("The toll in the country rose to ", place_words()) is None
    True
    """
    m = _THE_AREA_TOLD.search(before, max(0, len(before) - 80))
    if m is None or words.area_noun.fullmatch(m["a"]) is None:
        return None
    return _name_found(_named_with(m["a"]), before[: m.start()], words)


def area_owning(before: str, words: PlaceWords) -> str | None:
    """The place an area's possessive before a figure points back to ('four more people had died
    of cholera in Chitungwiza, bringing the town's toll this year to 23'): the place named last
    before it in its sentence; None when there is no such possessive or no place before it.

    >>> area_owning("Four died in Chitungwiza, bringing the town's toll to ", place_words())
    'Chitungwiza'
    >>> area_owning("Bringing the town's toll to ", place_words()) is None
    True
    """
    if "'s " not in before and "’s " not in before:
        return None
    m = words.the_areas.search(before)
    if m is None:
        return None
    named = places_named(before[: m.start()], words)
    return named[-1] if named else None


def hospital_count(before: str, after: str, claimant: str | None, words: PlaceWords) -> str | None:
    """The hospital whose own count a figure is: a hospital (or its doctors) gives it, with a
    verb of treating before it in its sentence or just after it ('Medina Hospital said it had
    received 31 of the injured', 'Doctors at Chandpur General Hospital say 57 people are being
    treated there'). Its patients are a part of the event's injured (or dead), counted at that
    hospital: a place of their own; so are the deaths it reports ('Central General Hospital
    reported 16 deaths'). None otherwise ('60 people were injured, according to
    doctors at X Hospital' is the event's count).

    >>> words = place_words()
    >>> hospital_count("Medina Hospital said it had received ", " of the injured", "Medina Hospital", words)
    'Medina Hospital'
    >>> hospital_count("Doctors at the regional hospital in Itabuna said they had treated around ",
    ...                " patients", "Doctors at the regional hospital in Itabuna", words)
    'regional hospital'
    >>> hospital_count("Central General Hospital reported ", " deaths", "Central General Hospital", words)
    'Central General Hospital'
    >>> hospital_count("At least ", " people were injured, according to",
    ...                "doctors at Dhaka Medical College Hospital", words) is None
    True
    """
    if not claimant:
        return None
    m = words.hospital.search(claimant)
    if m is None:
        return None
    if not (
        words.treating.search(before)
        or words.treating.search(after, 0, 40)
        or words.recorded.search(before[-40:])  # 'X Hospital reported 16 deaths'
    ):
        return None
    return " ".join(m["h"].split())


def recorded_place(before: str, words: PlaceWords) -> str | None:
    """The area a sentence opens with as the subject of a verb of recording just before the
    figure ('Northern district has now recorded 31 deaths'): that area's count, as 'in Northern
    district' would say; None otherwise.

    >>> recorded_place("Northern district has now recorded ", place_words())
    'Northern'
    >>> recorded_place("Officials in the district have recorded ", place_words()) is None
    True
    """
    m = words.recorded_in.match(before)
    if m is None:
        return None
    name = " ".join(m["n"].split())
    return None if name.split()[0].casefold() in words.not_places else name


_PRONOUNS = frozenset(("it", "he", "she", "they", "we", "you", "there", "here"))


def subject_place(head: str, claimant: str | None, words: PlaceWords) -> str | None:
    """The place that is the subject of the figure's clause, with a verb of having or
    recording right before the figure (lexicon ``place.subject_tallies``: 'Kisumu had 2
    deaths', 'Uasin Gishu reported 4 fatalities while …', '… shows that Nairobi leads the
    number of fatalities standing at 17'): that place's count; None when the name is the
    figure's claimant (a body that reported it), an acronym or a word of no place.

    >>> subject_place("Kisumu had ", None, place_words())
    'Kisumu'
    >>> subject_place("Orlen had 9 deaths and Tarvik had ", None, place_words())
    'Tarvik'
    >>> subject_place("Nakuru, Kajiado and Mombasa reported ", None, place_words()) is None
    True
    >>> subject_place("Data collected shows that Nairobi leads the number of fatalities standing at ", None, place_words())
    'Nairobi'
    >>> subject_place("They said Dorvan recorded the highest number of injuries at ", None, place_words()) is None
    True
    >>> subject_place("They said that Dorvan recorded the highest number of injuries at ", None, place_words())
    'Dorvan'
    >>> subject_place("Amnesty International recorded ", "Amnesty International", place_words()) is None
    True
    >>> subject_place("KNCHR reported ", None, place_words()) is None
    True
    """
    if words.subject_of is None or (m := words.subject_of.search(head)) is None:
        return None
    if m["and"] and re.search(rf"[{UPPER}][\w'’-]*,?\s*$", head[: m.start()]):
        return None  # ('Nakuru, Kajiado and Mombasa reported 3 deaths each': one figure of a list of places)
    name = " ".join(m["n"].split())
    first = name.split()[0].casefold()
    if name.isupper() or first in words.not_places or first in _PRONOUNS or name.casefold() in words.not_places:
        return None
    if claimant and (name.casefold() in claimant.casefold() or claimant.casefold() in name.casefold()):
        return None
    return name


_TALLY_IN = re.compile(
    rf"\b(?:number|toll|tally|count|total|figure)\s+(?:of\s+(?:[\w'’-]+\s+){{0,3}}?)?(?:in|for)\s+"
    rf"(?:the\s+)?(?:(?:neighbouring|neighboring|nearby)\s+)?(?P<n>{_NAME})"
    r"(?:\s+that\s+day)?(?:,\s+(?:where|which|whose)\s+[^,;.]{0,80},)?"  # ', where rumours … had circulated,'
    r"\s+(?:(?:has|had|have|now|still)\s+)*(?:stands?|stood|rose|risen|climbed|reached|jumped|increased"
    r"|remains|remained|is|was)\s+(?:at\s+|to\s+)?(?:[\w-]+\s+){0,2}$"
    rf"|\b(?:its|their)\s+(?P<n2>{_NAME})\s+(?:figure|count|toll|tally|total)\s+(?:to|at|of)\s+$"
)  # 'the death toll in Gaza stands at', 'the secretariat's count for Esmeraldas that day was',
#    'had raised its Esmeraldas figure to'


_OWN_AREA = re.compile(
    r"\b(?:our|her|his|its|their)\s+(?:province|state|region|department|county|district|city|municipality|canton)\b"
)
_OF_PLACE = re.compile(
    rf"\b(?:[Pp]refect(?:ure)?|[Gg]overnor(?:ate)?|[Mm]ayor|[Pp]resident|[Cc]ouncil|[Pp]rovince|[Gg]overnment)\s+of\s+(?P<n>{_NAME})"
)


def own_area(sentence: str, claimant: str | None, words: PlaceWords, before: str = "") -> str | None:
    """The place a speaker's own area is ('14 people have lost their lives in our province' in a
    statement of the Prefecture of Esmeraldas; 'the prefect of Esmeraldas said her province
    alone had lost 14'): the place named with the office in the sentence or the claimant; else
    the place named last in ``before``, the words before it ('A day earlier the same gap had
    opened in Esmeraldas. The prefect, Rosa Quiñónez, said that 14 people had died in her
    province').

    >>> own_area("the prefect of Esmeraldas said her province alone had lost 14", None, place_words())
    'Esmeraldas'
    >>> own_area("14 people have lost their lives in our province", "Prefecture of Esmeraldas", place_words())
    'Esmeraldas'
    >>> own_area("14 people have lost their lives in our province", "Red Cross", place_words()) is None
    True
    >>> own_area(" people had died in her province", None, place_words(), "The gap opened in Esmeraldas. The prefect said that ")
    'Esmeraldas'
    """
    if _OWN_AREA.search(sentence) is None:
        return None
    for where in (sentence, claimant or ""):
        if (m := _OF_PLACE.search(where)) and m["n"].split()[0].casefold() not in words.not_places:
            return " ".join(m["n"].split())
    named = places_named(before, words) if before else []
    return named[-1] if named else None


def tally_place(before: str, words: PlaceWords) -> str | None:
    """The place a tally names before its figure ('The number of heat-related deaths in Karachi
    has risen to 31', 'the death toll in Gaza stands at 40'): that place's count; None
    otherwise.

    >>> tally_place("The number of heat-related deaths in Karachi has risen to ", place_words())
    'Karachi'
    >>> tally_place("The death toll in Gaza stands at at least ", place_words())
    'Gaza'
    >>> tally_place("The toll in the neighbouring Colonia Mascías, where rumours had circulated, remains at ", place_words())
    'Colonia Mascías'
    >>> tally_place("The toll in January was ", place_words()) is None
    True
    >>> tally_place("the secretariat's count for Esmeraldas that day was ", place_words())
    'Esmeraldas'
    >>> tally_place("By Wednesday the secretariat had raised its Esmeraldas figure to ", place_words())
    'Esmeraldas'
    """
    return _name_found(_TALLY_IN, before, words) if ("in " in before or "for " in before or "its " in before or "their " in before) else None


def _name_found(pattern: re.Pattern[str], before: str, words: PlaceWords) -> str | None:
    """The place name (group n) ``pattern`` finds in ``before``, unless it is no place."""
    m = pattern.search(before)
    if m is None:
        return None
    name = " ".join((m["n"] or m.groupdict().get("n2") or "").split())
    return None if not name or name.split()[0].casefold() in words.not_places else name


_RANKED = re.compile(
    rf"(?P<n>{_NAME})\s+(?:alone\s+)?(?:accounted\s+for|with)\s+(?:(?:some|about|nearly|almost)\s+)?$"
)


def ranked_place(before: str, words: PlaceWords) -> str | None:
    """The place of a ranked breakdown's figure, named right before it ('Ghor alone accounted
    for 19, he said, followed by Badghis with 12 and Daikundi with nine'): that place's part of
    the count; None otherwise ('with' counts only in a list after 'followed by').

    >>> ranked_place("Most of the deaths were in the highlands: Ghor alone accounted for ", place_words())
    'Ghor'
    >>> ranked_place("Ghor alone accounted for 19, followed by Badghis with 12 and Daikundi with ", place_words())
    'Daikundi'
    >>> ranked_place("Ghor accounted for 19, then Badghis with ", place_words())
    'Badghis'
    >>> ranked_place("The convoy arrived with ", place_words()) is None
    True
    >>> ranked_place("The ministry counted 40 dead, and Red Cross with ", place_words()) is None
    True
    """
    if "accounted for" not in before and not ("followed by" in before and before.endswith("with ")):
        return None
    return _name_found(_RANKED, before, words)


def hospital_opening(before: str, words: PlaceWords, after: str = "") -> str | None:
    """The named hospital whose count a figure is: its sentence opens with the hospital and
    goes straight on to the figure (``before``: the sentence's words before it; 'At Central
    General Hospital, 14 patients have died since 8 July'); None otherwise ('At the hospital,
    …' names none; 'At X Hospital, where …, staff said dozens had been brought in' tells
    where the event's injured were seen, not a count of that hospital's).

    >>> hospital_opening("At Central General Hospital, ", place_words())
    'Central General Hospital'
    >>> hospital_opening("At the hospital, ", place_words()) is None
    True
    >>> hospital_opening("At X Hospital, where tents stood, staff said ", place_words()) is None
    True
    >>> hospital_opening("At Kosi District Hospital, nurses said they were treating ", place_words())
    'Kosi District Hospital'

    Its staff's count told with the verb of taking in after the figure ('At Connaught
    Hospital in Freetown, staff said 61 injured people had been admitted'; ``after``: the
    words after the figure) is that hospital's too, not a figure of the whole toll:

    >>> hospital_opening("At Connaught Hospital in Freetown, staff said ", place_words(), " injured people had been admitted")
    'Connaught Hospital'
    >>> hospital_opening("At Connaught Hospital, a doctor said ", place_words(), " people were killed in the clashes") is None
    True
    """
    m = words.at_hospital.match(before) if before[:6].lstrip()[:2] in ("At", "In") else None
    if m is None:
        return None
    gap = before[m.end() :]
    if len(gap) > HOSPITAL_LEAD and not (  # its staff giving their own count: 'At X Hospital,
        # staff say they are treating 27', '…, the superintendent told me they have received four'
        len(gap) <= HOSPITAL_SAID
        and _TREATED_JUST_BEFORE.search(gap)
        and words.treating.search(gap[-30:])
        and not _CLAUSE_OF_PLACE.search(gap)
    ) and not (  # '…, a doctor who asked not to be named said 23 people had been brought in'
        len(gap) <= HOSPITAL_SAID
        and _SAID_JUST_BEFORE.search(gap)
        and _TAKEN_IN_AFTER.match(after)
        and not _CLAUSE_OF_PLACE.search(gap)
    ):
        return None
    return " ".join(m["h"].split())


HOSPITAL_SAID = 90  # how long a saying clause between 'At X Hospital,' and its own count may be
_TREATED_JUST_BEFORE = re.compile(r"\b[a-z]+(?:ed|ing)\s+(?:(?:about|some|at\s+least|more\s+than|another)\s+)?$")
_SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|say|told(?:\s+[\w'’-]+){0,3}?|reported|confirmed|estimated)\s+(?:that\s+)?"
    r"(?:(?:about|some|at\s+least|more\s+than|another|nearly|around)\s+)?$"
)
_TAKEN_IN_AFTER = re.compile(  # the figure's own clause: ' injured people had been admitted', ' have come in'
    r"^[^,;:.()\d]{0,45}?\b(?:(?:had|has|have|were|was|are|is)\s+(?:now\s+|so\s+far\s+|just\s+)?(?:been\s+)?)?"
    r"(?:admitted|brought\s+in|taken\s+in|carried\s+in|received|come\s+in|came\s+in|arrived|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
_CLAUSE_OF_PLACE = re.compile(r"\b(?:where|which|when)\b|[;:]")


HOSPITAL_LEAD = 14  # how far past 'At X Hospital,' its figure may start ('at least', 'another')
HOSPITAL_BEFORE = re.compile(
    r"\b(?:at|to|in|between|and)\s+(?:the\s+)?(?P<h>(?:[A-ZÀ-Ý][\w'’-]*\s+){1,5}?(?:Hospital|Clinic|Infirmary))"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}(?:\s+\(?|\s*\()(?:(?:more\s+than|about|some)\s+)?$"
)


_HOSPITAL_WORD = r"(?:Hospital|Hôpital|Hospital|Clinic|Clínica|Clinique|Infirmary|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er))"
_CAPITAL_WORD = r"[A-ZÀ-Ý][\w'’.-]*"
NAMED_HOSPITAL = (  # 'Bunia General Referral Hospital', 'Hôpital Saint-Michel de Jacmel', 'the health centre in Goré'
    rf"(?:(?:{_CAPITAL_WORD}\s+){{1,5}}?{_HOSPITAL_WORD}(?:\s+(?:of|in)\s+{_CAPITAL_WORD})?"
    rf"|{_HOSPITAL_WORD}\s+{_CAPITAL_WORD}(?:\s+(?:(?:de|del|de\s+la|of)\s+)?{_CAPITAL_WORD}){{0,3}}"
    rf"|(?i:the\s+(?:health\s+cent(?:re|er)|hospital|clinic))\s+in\s+{_CAPITAL_WORD}"
    rf"|(?:{_CAPITAL_WORD}\s+){{1,4}}?(?:children['’]s|university|military|county|regional|district|maternity)\s+hospital)"
)  # (and a name before a kind written small: 'the Sfântul Ioan children's hospital')
_HOSPITAL_VERB = re.compile(
    rf"(?<![\w'’.-])(?P<h>(?:(?i:the)\s+)?{NAMED_HOSPITAL}|(?i:the\s+hospital))"
    r"(?:\s*,[^,;.]{1,50},)?\s+(?:(?:has|had|have)\s+)?(?:(?:now|also|so\s+far|already)\s+)?"
    r"(?i:treated|received|admitted|attended|registered|(?:put|puts|gave|gives)\s+its\s+(?:own\s+)?"
    r"(?:number|count|figure|tally)\s+at)\s+"
    r"(?:(?:at\s+least|about|around|some|more\s+than|over|nearly|another|a\s+further)\s+)?$"
)
_IT_TREATED = re.compile(  # 'The Hôpital Saint-Michel told Le Sud Express it had admitted 19'
    rf"^\W*(?:\d\d?[:.]\d\d\W+)?(?:(?i:the)\s+)?(?P<h>{NAMED_HOSPITAL})\b[^.;]{{0,80}}?\bit\s+(?:(?:has|had)\s+)?"
    r"(?:(?:now|also|so\s+far|already)\s+)?(?i:treated|received|admitted|attended|registered)\s+"
    r"(?:(?:at\s+least|about|around|some|more\s+than|over|nearly|another|a\s+further)\s+)?$"
)
_TO_NAMED_HOSPITAL = re.compile(
    r"^[^,;:.\d]{0,40}?\b(?:(?:brought|taken|transported|rushed|admitted|sent|evacuated|transferred)\s+to"
    r"|(?:are|were|remain|remained)\s+(?:(?:being\s+)?treated\s+)?(?:at|in))"
    rf"\s+(?:the\s+)?(?P<h>{NAMED_HOSPITAL})"
)


def hospital_clause(before: str, after: str) -> str | None:
    """The hospital whose own count a figure is, named in the figure's clause as the subject of
    a verb of treating right before it ('Mulago National Referral Hospital received 39 people',
    'According to the health division, Bunia General Referral Hospital admitted 19', 'The
    hospital admitted 64 people') or as where its people were brought, after it ('Seventeen
    wounded people were brought to Bunia General Referral Hospital'): that hospital's
    admissions, a part of the event's injured, not a rival of its total. 'the hospital' is
    'hospital' (the matcher takes it for the one named hospital of the event, if there is one);
    an unnamed hospital after the figure ('187 taken to hospital') is no place.

    >>> hospital_clause("According to the health division, Bunia General Referral Hospital admitted ", "")
    'Bunia General Referral Hospital'
    >>> hospital_clause("The other ", " are at the Sfântul Ioan children's hospital.")
    "Sfântul Ioan children's hospital"
    >>> hospital_clause("08:30  Hospital Regional de Occidente has published its figures: it has admitted ", "")
    'Hospital Regional de Occidente'
    >>> hospital_clause("The hospital has now treated ", " people")
    'hospital'
    >>> hospital_clause("", " wounded people were transported to the Hôpital Saint-Michel de Jacmel, where")
    'Hôpital Saint-Michel de Jacmel'
    >>> hospital_clause("", " people were taken to hospital") is None
    True
    >>> hospital_clause("In the capital the Hospital Escuela put its number at ", "")
    'Hospital Escuela'
    >>> hospital_clause("Police said they had received ", " complaints") is None
    True
    """
    m = (_HOSPITAL_VERB.search(before[-160:]) or _IT_TREATED.match(before)) if before else None
    if m is None and after:
        m = _TO_NAMED_HOSPITAL.match(after)
    if m is None:
        return None
    name = " ".join(m["h"].split())
    return name[4:] if name[:4].casefold() == "the " else name


def hospital_before(before: str) -> str | None:
    """The named hospital right before a figure, as translated copy orders it ('the injured
    were sent to treat at Phichit Hospital 19 persons', 'transferred to Provincial Hospital
    Phitsanulok 5 persons'): that hospital's count; None when a word stands between.

    >>> hospital_before("the injured were sent to treat at Phichit Hospital ")
    'Phichit Hospital'
    >>> hospital_before("Phichit Hospital said ") is None
    True

    A breakdown by hospital, each count in brackets after its name ('(46) injured, distributed
    between Adan Hospital (29) and Al-Farwaniya Hospital (17)'):

    >>> hospital_before("distributed between Adan Hospital "), hospital_before("and Al-Farwaniya Hospital (")
    ('Adan Hospital', 'Al-Farwaniya Hospital')
    """
    m = HOSPITAL_BEFORE.search(before[-90:])
    return " ".join(m["h"].split()) if m else None


NATIONWIDE_GOES_ON = re.compile(
    r"\s*(?:,|(?:the\s+)?(?:figure|number|total|count|tally|toll)\s+(?:is|was|stands|stood|rose|has|had)\b)",
    re.IGNORECASE,
)  # 'Across the country, …', 'Nationwide the figure is 41': the sentence's figures are nationwide


def opening_place(text: str, words: PlaceWords) -> str | None:
    """The place a sentence or paragraph opens with ('In Marseille, …'), None when none.

    >>> opening_place("In neighbouring Tamil Nadu, six people were killed.", place_words())
    'Tamil Nadu'
    >>> opening_place("In Gunjur in 2023, 15 people were arrested.", place_words())
    'Gunjur'
    >>> opening_place("In Temirtau about 2,000 steelworkers rallied.", place_words())
    'Temirtau'
    >>> opening_place("In March 5,000 people marched.", place_words()) is None
    True
    >>> opening_place("At the Kesri mill, some 300 workers stood at the gate.", place_words())
    'Kesri mill'
    >>> opening_place("At Least 20 Killed in Blast", place_words()) is None
    True
    >>> opening_place("Nationwide the figure is 41, a colonel said.", place_words())
    'nationwide'
    >>> opening_place("Meanwhile in Kitwe, on the Copperbelt, about 600 people rallied.", place_words())
    'Kitwe'
    >>> opening_place("Separately, in Ndola, 200 marched.", place_words())
    'Ndola'
    >>> opening_place("Here in Sfax too, maybe a thousand of us in front of the governorate.", place_words())
    'Sfax'
    >>> opening_place("In Tetartoli (Gumla), where six women died under one tree, the youngest was 17.", place_words())
    'Tetartoli'
    """
    m = words.opening.match(text)
    if m is None:
        lead = text.lstrip(" \t\n\"'“‘(")[:40]
        hit = words.nationwide.match(lead)
        return NATIONWIDE if hit and NATIONWIDE_GOES_ON.match(lead, hit.end()) else None
    name = _name(m, words)
    site = m.group("at") and m.group("n") and m.string[m.end("n") : m.end()].strip(" \t,")
    return f"{name} {site}" if name and site else name  # ('At the Vridi depot, …': the depot, a site)


def departure_place(sentence: str, words: PlaceWords) -> str | None:
    """The place a sentence's opening clause says a march set off from ('When the march set off
    from Kitwe on Sunday, police put the number of walkers at around 2,000, while the union said
    3,000 had left the city'): its figures were counted there.

    >>> departure_place("When the march set off from Kitwe on Sunday, police said 2,000", place_words())
    'Kitwe'
    >>> departure_place("Police said 2,000 joined, and the march set off from Kitwe", place_words())
    """
    clause = sentence.split(",", 1)[0]
    m = words.departed.search(clause) if "from" in clause else None
    return _departed(m, words) if m else None


def gathering_place(head: str, words: PlaceWords) -> str | None:
    """The place a gathering noun at the head of a figure's sentence is held in, the
    sentence's subject ('A later march in Bobo-Dioulasso, the second city, passed off
    peacefully, with about 5,000 taking part', 'The vigil at Mopti drew 300'): its figures
    are of that gathering, there. Not a place after the figure's clause has turned to
    another subject (a comma-free head of up to five words before the noun).

    >>> gathering_place("A later march in Bobo-Dioulasso, the second city, passed off with about ", place_words())
    'Bobo-Dioulasso'
    >>> gathering_place("Another rally in Koudougou drew ", place_words())
    'Koudougou'
    >>> gathering_place("Police said the march in Koudougou drew ", place_words())
    'Koudougou'
    >>> gathering_place("Nine died in the capital, police said, and the march in Koudougou drew ", place_words()) is None
    True
    >>> gathering_place("Growers march in Cotonou as Parakou toll rises to ", place_words()) is None
    True
    >>> gathering_place("The crowd at Place d'Armes reached ", place_words()) is None  # (a name cut short)
    True
    >>> gathering_place("Rig falls on crowd at Dominican festival; ", place_words()) is None
    True
    """
    m = _gathering_head().match(head)
    if m is None or _NEXT_CLAUSE.search(head, m.end()) or _LABEL_OR_CLAUSE.search(head, m.end()):
        return None  # ('Cotton growers march in Cotonou as Parakou toll rises to 7': another clause's; a list's label)
    return _name(m, words)  # (its empty group 'c': no capital named)


_NEXT_CLAUSE = re.compile(r"\b(?:as|while|whereas|after|before|when|where|but|since|because|and)\s")
_LABEL_OR_CLAUSE = re.compile(r"[:;]")  # ('* Vigil at X today: police ~300', '… festival at Dominican merengue fair; 4 dead')


@lru_cache(maxsize=1)
def _gathering_head() -> re.Pattern[str]:
    from claimcheck.lexicon import load_lexicon

    data = load_lexicon().data["gatherings"]
    nouns = any_of([w for w in [*data["nouns"], *data["mourning"]] if " " not in w and not w.endswith("ers")])
    return re.compile(
        rf"^\W*(?:[\w'’-]+\s+){{0,5}}?(?i:{nouns})\s+(?:in|at)\s+(?:the\s+)?"
        rf"(?:(?:city|town|village|capital)\s+of\s+)?(?P<n>{_NAME})(?![\w'’-]|\s+(?:d['’]|de|du|des|la|le|of)\b)(?P<c>(?!))?"
    )  # 'A march in X', 'Another rally in X', 'The second vigil at X', 'Yesterday's procession in X'


def sentence_place(text: str, words: PlaceWords) -> str | None:
    """The one place set off by commas in the words of a sentence before a figure ('The
    largest, in Rome, filled the square; the prefecture put turnout at 95,000'); None when
    they name none, more than one, or a nationwide figure."""
    if ", in " not in text or words.nationwide.search(text):
        return None
    names = {n for m in words.aside.finditer(text) if (n := _name(m, words)) and n != CAPITAL}
    return names.pop() if len(names) == 1 else None


def where_place(text: str, words: PlaceWords) -> str | None:
    """The place a 'where' clause holding the figure goes back to: the words of a sentence
    before a figure end in 'in X, where …' with no comma since ('autopsies have started in
    Kiria-ini location, where local leaders report more deaths than the 5 confirmed'); None
    otherwise.

    >>> where_place("Autopsies started in Kiria-ini location, where leaders report more than ", place_words())
    'Kiria-ini'
    >>> where_place("Autopsies started in Kiria-ini, where leaders said, in all, ", place_words()) is None
    True
    >>> where_place("They marched in Avelo, where police said 20,000 took part and the union ", place_words())
    'Avelo'
    >>> where_place("The worst-hit area is the Zenica-Doboj canton, where cantonal officials said ", place_words())
    'Zenica-Doboj'
    >>> where_place("The worst part was the march, where police said ", place_words()) is None
    True
    """
    if ", where " not in text:
        return None
    m = words.where_clause.search(text)
    return _name(m, words) if m else None


EMERGENCY = re.compile(
    r"\s+(?:(?:people|persons|patients|others)\s+)?(?:(?:have|had|has)\s+)?(?:came|come|went|gone|passed)"
    r"\s+through\s+(?:the\s+)?(?:emergency(?:\s+(?:room|department|ward))?|A&E|ER|casualty)\b",
    re.IGNORECASE,
)
EMERGENCY_PLACE = "emergency department"


def emergency_place(after: str) -> str | None:
    """The emergency department when the words after a figure say the people came through it
    ('like 60 people came through emergency yesterday'): a hospital's own count of those it
    saw, kept apart from its admissions and from the event's whole injured; None otherwise.

    >>> emergency_place(" people came through emergency yesterday")
    'emergency department'
    >>> emergency_place(" people came through the gates") is None
    True
    """
    return EMERGENCY_PLACE if " through " in after[:40] and EMERGENCY.match(after) else None


OUR_SITE = re.compile(
    r"\b[Oo]ur\s+(?:(?:own|county|city|district|regional|university|children's|children’s)\s+)?"
    r"(?P<s>hospital|clinic|infirmary|health\s+cent(?:re|er)|emergency\s+(?:room|department|ward))\b"
)


_HOSPITAL_NAMED = re.compile(
    rf"(?<![\w'’.-])(?P<h>{NAMED_HOSPITAL}"
    rf"|{_HOSPITAL_WORD}\s+(?:of|de|del|de\s+la)\s+{_CAPITAL_WORD}"
    rf"|(?!(?:The|A|An|This|That|His|Her|Its|Our|Their)\s){_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD}){{0,3}}\s+(?:hospital|clinic))"
)  # (and 'the Hospital of Durazno', and a name before 'hospital' written small: 'the director of San Bartolo hospital')
_HOSPITAL_POINTED_BEFORE = re.compile(
    r"\b(?:the|his|her|its|their|this|that)\s+(?:(?:hospital|clinic)(?:['’]s)?\s+)?"
    r"(?:hospital|centre|center|clinic|facility|institution|mortuary|morgue|emergency\s+(?:department|room|ward))"
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:now|also|so\s+far|already|only)\s+)?"
    r"(?:received|admitted|treated|attended|registered|recorded|counted|took\s+in|taken\s+in)\s+"
    r"(?:(?:in\s+total|in\s+all|a\s+total\s+of|at\s+least|about|around|some|more\s+than|over|nearly|another)\s+)?$",
    re.IGNORECASE,
)  # 'said that the hospital received in total 19', 'his centre received 26', 'the hospital mortuary has received 31'
_HOSPITAL_POINTED_AFTER = re.compile(
    r"^(?:\s+(?!(?:and|but|while|whereas|as)\b)[\w'’-]+){0,8}?\s+(?:there|here)\b(?!\s+(?:is|are|was|were|had|have|has)\b)"
    r"|^[^,;:.\d]{0,50}?\b(?:brought|taken|rushed|admitted|carried)\s+(?:in\s+)?to\s+(?:the|its|our|their)\s+"
    r"(?:emergency\s+(?:department|room|ward|unit)|casualty\s+(?:department|ward)|accident\s+and\s+emergency"
    r"|intensive\s+care(?:\s+unit)?|icu|wards?)\b",
    re.IGNORECASE,
)  # '38 were being treated for injuries there', 'We have three deaths here', '11 people had been brought to the emergency department'


def hospital_pointed(sentence: str, start: int, end: int) -> str | None:
    """The hospital a sentence names (as where its speaker works or whose records are cited)
    when the figure's own clause points back at it: a hospital told again before the figure as
    the subject of a verb of taking in ('The director of the Hospital of Durazno said that the
    hospital received in total 19 wounded', 'the director of San Bartolo hospital … said his
    centre received 26', '… that the hospital mortuary has received 31 bodies'), or 'there',
    'here' or a ward of it after the figure ('citing records from Phebe Hospital, said 38 were
    being treated there', '"We have three deaths here," said the head of intensive care at the
    Regional Hospital', 'A doctor at Sohar Hospital said 11 people had been brought to the
    emergency department'): that hospital's count, a part of the event's. One hospital only;
    None otherwise.

    >>> s = "The director of the Hospital of Durazno said that the hospital received in total 19 wounded."
    >>> hospital_pointed(s, s.index("19"), s.index("19") + 2)
    'Hospital of Durazno'
    >>> s = "Health Minister Ann Lee, citing records from Phebe Hospital, said 38 were being treated there."
    >>> hospital_pointed(s, s.index("38"), s.index("38") + 2)
    'Phebe Hospital'
    >>> s = "Doctors at Phebe Hospital said 38 people were injured in the clashes."
    >>> hospital_pointed(s, s.index("38"), s.index("38") + 2) is None
    True
    >>> s = "Police in Kitwe said 38 people were hurt there."
    >>> hospital_pointed(s, s.index("38"), s.index("38") + 2) is None
    True
    """
    names = {" ".join(m["h"].split()) for m in _HOSPITAL_NAMED.finditer(sentence)}
    names = {n[4:] if n[:4].casefold() == "the " else n for n in names}
    if len(names) != 1:
        return None
    (name,) = names
    at = sentence.find(name)
    before, after = sentence[:start], sentence[end:]
    clause = re.split(r"[,;:.()\d]", after, maxsplit=1)[0]
    if (at < start and _HOSPITAL_POINTED_BEFORE.search(before[-120:])) or _HOSPITAL_POINTED_AFTER.match(clause):
        return name
    return None


def our_site(before: str, after: str, speaker: str | None) -> str | None:
    """The speaker's own hospital when a figure's clause says so ('Our hospital received 16
    patients from the site', 'we admitted 12 at our clinic'): a doctor's count of the
    patients one hospital took, a part of the event's injured, not a rival of the rescuers'
    count of all those taken to hospitals. Named by its speaker (two doctors' 'our hospital'
    are two hospitals); None when the clause names no such site.

    >>> our_site("Our hospital received ", " patients from the site.", "Dr Stan")
    'hospital of Dr Stan'
    >>> our_site("Twenty-one people were transported to ", " hospitals.", "Munteanu") is None
    True
    """
    if "our " not in before and "Our " not in before and "our " not in after[:60]:
        return None
    clause = before.rsplit(".", 1)[-1] + " " + after.split(".", 1)[0].split(",", 1)[0]
    m = OUR_SITE.search(clause)
    if m is None:
        return None
    site = " ".join(m["s"].split())
    return f"{site} of {speaker}" if speaker else f"our {site}"


_AS_A_WHOLE = re.compile(
    r"\b(?:(?:in|across|for|throughout)\s+the\s+(?P<n>province|state|region|district|county|governorate)"
    r"\s+as\s+a\s+whole|(?:across|throughout)\s+the\s+(?P<a>province|state|region|district|county|governorate)(?!\s+(?:of|capital)\b))\b",
    re.IGNORECASE,
)  # ('across the province': the same whole)


PART_IN_PLACE = re.compile(r",\s*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those|these|which|whom)\s+in\s+[A-Z]")
# the part of a whole in a named place told right after it: ', 96 of them in Karachi'


def region_whole(before: str, after: str) -> str | None:
    """A region's total set against a part of it ('deaths in Karachi stands at 96, and in the
    province as a whole at 121'): its own place, 'the province as a whole', apart from the
    city's figure and from a figure naming no place; read in the figure's clause (the words
    before it from the last comma, or after it up to the next comma); None otherwise.

    >>> region_whole(" stands at 96, and in the province as a whole at ", "")
    'the province as a whole'
    >>> region_whole("Officials said ", " people died in the state as a whole, up from 80")
    'the state as a whole'
    >>> region_whole("In the province as a whole, turnout was high; in Lyon ", " marched") is None
    True
    >>> region_whole("The latest count is ", " heat-related deaths across the province, 96 of them in Karachi")
    'the province as a whole'
    >>> region_whole("Officials said ", " people were killed across the state.") is None
    True
    """
    own = after.split(",", 1)[0]
    part_after = PART_IN_PLACE.match(after, len(own)) is not None or after[len(own) :].strip() == ","
    # (a part told right after the comma: ', 96 of them in Karachi', or the next figure read)
    if "whole" not in before and "whole" not in after and not part_after:
        return None
    clause = before.rsplit(",", 1)[-1].rsplit(";", 1)[-1] + "#" + own
    m = _AS_A_WHOLE.search(clause)
    if m and m["a"] and not part_after:
        return None  # ('across the province' alone: no whole set against its part)
    return f"the {(m['n'] or m['a']).casefold()} as a whole" if m else None


def national_total(before: str, words: PlaceWords) -> str | None:
    """``nationwide`` for a figure that words right before it call the national total ('The
    ministry put the national total at 64,000', 'MAI national total: 64,000'); None otherwise.

    >>> national_total("The ministry put the national total at ", place_words())
    'nationwide'
    >>> national_total("MAI national total: ", place_words())
    'nationwide'
    >>> national_total("The ministry put nationwide attendance at ", place_words())
    'nationwide'
    >>> national_total("In Lisbon the police counted ", place_words()) is None
    True
    """
    if "nation" not in before or words.national_total is None:
        return None
    return NATIONWIDE if words.national_total.search(before[-80:]) else None


_ENTRY_STAMP = re.compile(r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*$", re.MULTILINE | re.IGNORECASE)
_ENTRY_TITLE = re.compile(r"[ \t]*(?P<n>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?)[ \t]*:[ \t]+\S")
ENTRY_CHARS = 800  # how far past its time stamp a live blog's entry may run
# '14:05 - Solidarity march in Mombasa: about 400 people walked …': an entry's label on its stamp's line
_ENTRY_LABEL = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*[—–|-][ \t]*(?P<t>[^:\n]{1,60}?)[ \t]*:[ \t]+\S",
    re.MULTILINE | re.IGNORECASE,
)
_OUR_PLACE = r"\b(?:[Oo]ur|[Aa])\s+{}\s+(?:correspondent|reporter|bureau|stringer)\b"


def entry_place(text: str, at: int, words: PlaceWords) -> str | None:
    """The place a live blog's entry names in its title ('16:30' / 'Debrecen: our count vs
    theirs'), for a figure at ``at`` in that entry: a proper name before a colon opening the
    line under the entry's time stamp, that the report names as a place elsewhere (after 'in',
    'at', 'from', or 'our Makeni correspondent'); None otherwise (an entry titled 'Organisers:
    "more than 230,000"' names who speaks).

    >>> text = "16:30\\nDebrecen: our count vs theirs\\nOur reporter in Debrecen puts the crowd at 9,000."
    >>> entry_place(text, text.index("9,000"), place_words())
    'Debrecen'
    >>> text = "22:41\\nOrganisers: more than 230,000\\nThe alliance said its stewards counted 120,000."
    >>> entry_place(text, text.index("120,000"), place_words()) is None
    True

    A label on the stamp's line names its place after 'in' ('14:05 - Vigil in Sfax: about 300
    …'), the last it names, for the figures of that line:

    >>> text = "14:05 - Vigil in Sfax: about 300 gathered.\\n14:40 - Update: police said 200."
    >>> entry_place(text, text.index("300"), place_words()), entry_place(text, text.index("200"), place_words())
    ('Sfax', None)
    """
    stamp = label = None
    for m in _ENTRY_STAMP.finditer(text, max(0, at - ENTRY_CHARS), at):
        stamp = m
    for m in _ENTRY_LABEL.finditer(text, max(0, at - ENTRY_CHARS), at + 1):
        label = m
    if label is not None and "\n" in text[label.end("t") : at]:
        label = None  # (another entry's: its line is not the figure's)
    if label is not None and label.end("t") < at and (stamp is None or label.start() > stamp.start()):
        named = [n for m in words.after.finditer(" " + label["t"]) if (n := _name(m, words))]
        return named[-1] if named else None
    if stamp is None:
        return None
    title = _ENTRY_TITLE.match(text, stamp.end() + 1)
    if title is None or title.start("n") > at:
        return None
    name = title["n"]
    if name.split()[0].casefold() in words.not_places:
        return None
    elsewhere = text[: title.start()] + text[title.end() :]
    return name if _named_as_place(elsewhere, words, name) else None


def _named_as_place(text: str, words: PlaceWords, name: str) -> bool:
    """Whether ``text`` names ``name`` as a place: after 'in' or 'at' (:func:`place_named`) or as
    a reporter's post ('our Makeni correspondent')."""
    return place_named(text, words, name) or re.search(_OUR_PLACE.format(re.escape(name)), text) is not None


_PARAGRAPH_LABEL = re.compile(
    rf"^\W*(?:From\s+(?P<f>{_NAME})\b|(?P<l>{_NAME})(?:\s+(?P<w>report|update)s?\s*:|\s+[-–—]\s))"
)  # 'From Brno reports our editor: …', 'Brno report: …', 'Thessaloniki - Police: 7,500'
_CORRESPONDENT = re.compile(
    rf"\b(?:[Oo]ur|[Aa]|[Tt]he)\s+(?:(?P<o>{_NAME})\s+(?:correspondent|reporter|bureau|stringer)"
    rf"|(?:correspondent|reporter|team)\s+(?:in|at)\s+(?P<i>{_NAME}))"
)  # 'Our Thessaloniki correspondent …', 'Our correspondent in Larissa says …'


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SENTENCE_IN = re.compile(rf"(?:^|[.!?]\s+)\W*In\s+(?P<n>{_NAME})")  # 'In Arequipa also the miners went out.'


def paragraph_named(
    earlier: str, words: PlaceWords, text: str = "", *, mentions: bool = True, telling: re.Pattern[str] | None = None
) -> str | None:
    """The one place the earlier sentences of a figure's paragraph name (``earlier``: its
    words from the paragraph's start up to the figure's sentence), for a figure whose own
    words name none: after 'in', 'at' or 'across' ('Meanwhile, crowds also gathered in Mombasa.
    Local police said 2,000 turned out'), as a reporter's post ('Our correspondent in Larissa
    says the square is packed. Police there estimate 4,000') or as the paragraph's label ('From
    Ostrava reports our editor: …', 'Brno report: …', 'Thessaloniki - Police: 7,500'); None
    when they name none, several, a site ('Syntagma Square') or a nationwide figure; a label
    is a place's when ``text`` (the report) names it as a place too (not 'Marchers - police:').
    Without ``mentions``, only a label or a reporter's post counts (a place named in passing
    may be a district of the report's own city); with ``telling``, a place named after 'in' counts
    only in a sentence that pattern finds (one telling a gathering). Unlike :func:`there_named`
    (the place a 'there' points at: the one named last), several places named are none.

    >>> paragraph_named("Meanwhile, crowds also gathered in Mombasa. ", place_words())
    'Mombasa'
    >>> paragraph_named("Our correspondent in Larissa says the square is packed. ", place_words())
    'Larissa'
    >>> paragraph_named("A Nation reporter at the scene said ", place_words(), "A Nation reporter at the scene") is None
    True
    >>> paragraph_named("From Ostrava reports our editor: the rally ended peacefully. ", place_words())
    'Ostrava'
    >>> paragraph_named("In Arequipa also the miners went out. The police there informed of ", place_words())
    'Arequipa'
    >>> paragraph_named("In March the unions marched. ", place_words()) is None
    True
    >>> paragraph_named("Crowd - police say 12,000 and the crowd keeps growing. ", place_words()) is None
    True
    >>> paragraph_named("Thessaloniki - Police: ", place_words(), "Our Thessaloniki correspondent says")
    'Thessaloniki'
    >>> paragraph_named("The march stopped in Ismail Street. ", place_words()) is None
    True
    >>> paragraph_named("Crowds gathered in Sofia and in Plovdiv. ", place_words()) is None
    True
    >>> paragraph_named("Protests spread across the country. ", place_words()) is None
    True
    """
    if not earlier.strip() or words.nationwide.search(earlier):
        return None
    names = (
        {n for sentence in _SENTENCE_END.split(earlier) if telling is None or telling.search(sentence) for n in places_named(sentence, words)}
        if mentions
        else set()
    )  # (a place named in passing, 'detained at a relative's home in the town of X', tells no gathering there)
    label = _PARAGRAPH_LABEL.match(earlier)
    if (
        label is not None
        and (name := " ".join((label["f"] or label["l"] or "").split()))
        and name.split()[0].casefold() not in words.not_places
        and not words.local.fullmatch(name.split()[0])
        and (label["f"] or label["w"] or _named_as_place(text, words, name))
    ):  # (a label a place the report names as one elsewhere: not 'Marchers - police: 3,500')
        names.add(name)
    names.update(
        " ".join(n.split())
        for m in _CORRESPONDENT.finditer(earlier)
        if (n := m["i"] or (m["o"] if place_named(text, words, " ".join(m["o"].split())) else None))
    )  # ('Our Thessaloniki correspondent' where the report names Thessaloniki as a place; not 'A Nation reporter')
    if mentions:
        names.update(" ".join(m["n"].split()) for m in _SENTENCE_IN.finditer(earlier))
    names = {
        n for n in names
        if n != CAPITAL
        and n.split()[0].casefold() not in words.not_places
        and not {n.split()[0].casefold(), n.split()[-1].casefold()} & words.site_nouns
    }  # (not a site inside a place: 'Ismail Street', 'Syntagma Square', 'Plaza San Francisco')
    folded = {n.casefold() for n in names}
    return names.pop() if len(folded) == 1 and len(names) == 1 else None


_LABEL_OPENS = re.compile(rf"[ \t]*(?P<n>{_NAME})[ \t]*:[ \t]+(?=\S)")  # 'Diourbel: the fire brigade says …'


def label_place(text: str, at: int, lo: int, words: PlaceWords) -> str | None:
    """The place a paragraph's label names, for a figure at ``at`` in it: a paragraph of a live
    page or a round-up that opens with a name and a colon ('Diourbel: the fire brigade says it
    recovered two bodies … and that six people were injured') is that place's, when the report
    names it as a place elsewhere ('a petrol station fire in Diourbel'); a speaker's label
    ('Police: …', 'Ministry: …') is named as no place. ``lo``: where the report's body starts.

    >>> text = "Fire in Kolo overnight.\\n\\nKolo: firefighters say six people were injured.\\n\\nPolice: 40 held."
    >>> label_place(text, text.index("six"), 0, place_words()), label_place(text, text.index("40"), 0, place_words())
    ('Kolo', None)
    """
    para = max(lo, text.rfind("\n", lo, at) + 1)
    m = _LABEL_OPENS.match(text, para, at)
    if m is None:
        return None
    name = " ".join(m["n"].split())
    first = name.split()[0].casefold()
    if first in words.not_places or words.local.fullmatch(name.split()[0]) or first in words.countries:
        return None
    return name if _named_as_place(text, words, name) else None


THERE_BEFORE = re.compile(
    r"(?:^\W*|[\w,;]\s+)[Tt]here\b(?!\s+(?:is|are|was|were|had|has|have|will|would|could|may|might|must|seems?|seemed|appears?|appeared|remains?|remained)\b)"
)  # 'Police there detained 30', 'There, about 800 gathered' before a figure (not 'there were 30 arrests')


def pointed_named(text: str, lo: int, at: int, words: PlaceWords) -> str | None:
    """The place a 'there' before a figure points at: the place named last in ``text[lo:at]``,
    after 'in' or after a verb of trouble or a crowd moving to it (the lexicon's
    ``place.moving_to``: 'Trouble also spread to Ostrava. Police there detained 30'); None when
    none is named.

    >>> pw = place_words()
    >>> t = "Nurses marched in Veloria. Trouble also spread to Ostrava. Police there detained 30."
    >>> pointed_named(t, 0, t.index("30"), pw)
    'Ostrava'
    >>> t = "Fighting flared in Hallerby. Hospitals there reported 3 deaths."
    >>> pointed_named(t, 0, t.index("3 d"), pw)
    'Hallerby'
    """
    found = [(m.start(), n) for m in _after_matches(text, words, lo, at) if (n := _name(m, words)) and n != CAPITAL]
    if words.moved_to is not None:
        found += [(m.start("n"), n) for m in words.moved_to.finditer(text, lo, at) if (n := _name(m, words))]
    return max(found)[1] if found else None


def there_named(text: str, lo: int, sentence_start: int, at: int, words: PlaceWords) -> str | None:
    """The place a 'there' after the figure at ``at`` points at (its sentence starts at
    ``sentence_start``; nothing before ``lo``, the report's body, is read): the place named last
    after 'in' before it, in its sentence or the one before ('… detained at Sher-e-Bangla Nagar
    and that 11 officers were injured there'), else the place those words are about without
    naming it after 'in' (:func:`_topic_named`: 'Las Lajas lies 18 km downstream. One man was
    shot dead there'). Unlike :func:`paragraph_named` (a paragraph's one place, for a figure that
    points at none: two places named are none), the place named last is the one 'there' means.

    >>> pw = place_words()
    >>> t = "Crowds gathered in Sofia and in Plovdiv. Police said 300 were detained there."
    >>> there_named(t, 0, t.index("Police"), t.index("300"), pw)
    'Plovdiv'
    """
    named = places_named(text[max(lo, sentence_start - THERE_CHARS) : at], words)
    return named[-1] if named else _topic_named(text, max(lo, sentence_start - THERE_TOPIC_CHARS), at, words)


THERE_CHARS = 300  # how far before a 'there' figure's sentence the place named after 'in' it points at may be
THERE_TOPIC_CHARS = 160  # how far before a 'there' figure's sentence the place it points at may be named
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")
_GOES_TO = re.compile(r"\b(?:to|towards?|from|via|at|in|into|near|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)
# (a name after a preposition is where something went or stood, not what the words are about:
# 'on the road to Juticalpa'; 'we sat at the Globe Roundabout … gathered there' is the event's
# own site, which the matcher knows by its names, read as before)


def _topic_named(text: str, lo: int, hi: int, words: PlaceWords) -> str | None:
    """The place the words before a 'there' figure are about when they name it without 'in'
    ('What about Oum Lekhcheb? I read two killed … there', 'Las Lajas lies 18 km downstream,
    on the road to Juticalpa. One man was shot dead there'): the last capitalised name there
    that the report names elsewhere as a place or a site ('at the Las Lajas quarry', 'in
    Konawe'), itself named there with no preposition (a subject, a question's 'What about X?');
    not a name a road goes to ('to Juticalpa') nor one a sentence puts something at.

    >>> pw = place_words()
    >>> t = "A clash at the Sarn quarry. Sarn lies on the road to Dorvan. Two were killed there."
    >>> _topic_named(t, 28, t.index("Two"), pw)
    'Sarn'
    """
    for m in reversed(list(_CAPITALISED.finditer(text, lo, hi))):
        name = m[0].removesuffix("'s").removesuffix("’s")
        first, last = name.split()[0].casefold(), name.split()[-1].casefold()
        if first in words.not_places or last in words.where_counted or _GOES_TO.search(text, max(0, m.start() - 12), m.start()):
            continue
        site = re.compile(rf"\b(?i:at|in|near|outside|inside|from)[ \t]+(?:the[ \t]+)?{re.escape(name)}\b(?!['’]s)")  # (not 'Log in\nWe use cookies')
        if site.search(text) is not None or _TOPIC.match(text, m.end()) and _short_sentence(text, m.start()):
            return name
    return None


_TOPIC = re.compile(r"\s*[?.!]")  # a name that ends its sentence: 'What about Oum Lekhcheb?', 'Don't forget Konawe.'
TOPIC_WORDS = 5  # at most this many words in a sentence that only names a topic


def _short_sentence(text: str, at: int) -> bool:
    """Whether the sentence that holds ``at`` has some words but fewer than TOPIC_WORDS before it
    (a forum's 'What about Oum Lekhcheb?': a topic named, not a place where something happened)."""
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at), text.rfind("\n", 0, at)) + 1
    words = text[start:at].split()
    return 0 < len(words) < TOPIC_WORDS  # (not a sentence opening with the name: 'Ask Mister Holt.')


def nationwide_in(text: str, words: PlaceWords) -> bool:
    """Whether ``text`` holds nationwide wording."""
    return words.nationwide.search(text) is not None


_AFTER_WORDS = r"(?=(?:in|inside|at|through|across)\s)"  # the words PlaceWords.after needs after its space or '('
_AFTER_AT_SPACE = re.compile(" " + _AFTER_WORDS)
_AFTER_AT_OTHER = re.compile(
    "[(\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]" + _AFTER_WORDS
)  # ('(' or a white space but ' ': every character \s matches, as str.isspace() tells; one class)


def _after_matches(text: str, words: PlaceWords, lo: int = 0, hi: int | None = None) -> list[re.Match[str]]:
    r"""What ``words.after.finditer(text)`` finds, tried only where it can start: the text's
    start, or a space, another white space or '(' before 'in', 'at', 'through' or 'across'.
    (The pattern opens with ``(?:^|[\s(])``: the engine stopped at each of the text's spaces to
    try it, 0.7 ms on a 20 kB page; a literal space first is a fast scan, and the other white
    space is rare.) With ``lo`` and ``hi``: the matches that start in text[lo:hi], as the scan
    from ``lo`` finds them (no match before ``lo`` reaching past it)."""
    if hi is None:
        hi = len(text)
    to = min(len(text), hi + 8)  # (where the words after a start in text[lo:hi] may end)
    at = sorted(
        [
            *([0] if lo == 0 else []),
            *(p for m in _AFTER_AT_SPACE.finditer(text, lo, to) if (p := m.start()) < hi),
            *(p for m in _AFTER_AT_OTHER.finditer(text, lo, to) if (p := m.start()) < hi),
        ]
    )
    out, end, after = [], lo, words.after
    for p in at:
        if p >= end and (m := after.match(text, p)) is not None:
            out.append(m)
            end = m.end()
    return out


def places_named(text: str, words: PlaceWords) -> list[str]:
    """The places ``text`` names after 'in', in order (the capital left out)."""
    return [n for m in _after_matches(text, words) if (n := _name(m, words)) and n != CAPITAL]


def place_named(text: str, words: PlaceWords, name: str) -> bool:
    """``name in places_named(text, words)``, read only around where the name's first word is:
    a match of ``words.after`` holds none of the characters ``_unmatched`` finds (a full stop,
    a question mark …), so the matches from the last such character before a place on, each
    tried where the whole text's scan tries it, are those of the whole text's scan there (one
    name asked on a long page: a few places read, not every 'in')."""
    stops = _unmatched(words.after)
    tokens = name.split()
    if not stops or not tokens:
        return name in places_named(text, words)
    for at in _name_starts(text, tokens):
        lo = max(text.rfind(c, 0, at) for c in stops) + 1  # (no match spans a stop: none before it reaches past it)
        if any(_name(m, words) == name for m in _after_matches(text, words, lo, at)) and name != CAPITAL:
            return True
    return False


def _name_starts(text: str, tokens: list[str]) -> list[int]:
    r"""Where in ``text`` the words ``tokens`` stand one after another, white space between
    them (each place, overlapping ones too): a match whose name is theirs holds them so
    (``_name`` joins its words with one space), and the first of them alone may stand on a
    long page dozens of times ('The' of 'The Guardian'), each place read for nothing.

    >>> _name_starts("The Guardian and The\nGuardian; The end", ["The", "Guardian"])
    [0, 17]
    """
    found, at = [], text.find(tokens[0])
    words = re.compile(r"\s+".join(map(re.escape, tokens))) if len(tokens) > 1 else None
    while at >= 0:
        if words is not None:  # (led by a literal: the engine skips to it)
            m = words.search(text, at)
            if m is None:
                break
            at = m.start()
        found.append(at)
        at = text.find(tokens[0], at + 1)
    return found


STOPS = ".;:?!\""  # characters a match of PlaceWords.after may hold none of (_unmatched tells which)


@lru_cache(maxsize=8)
def _unmatched(pattern: re.Pattern[str]) -> str:
    r"""The characters of STOPS that no match of ``pattern`` holds (read off the pattern: none of
    its literals, classes or repeats takes them; a look-around takes nothing), '' when the
    pattern may take any character.

    >>> _unmatched(re.compile(r"(?:^|[\s(])in\s+(?=[.])[A-Z][\w'’-]+")), _unmatched(re.compile(r"in\s+[^,]+"))
    ('.;:?!"', '')
    """
    p, c, _, _ = sre_modules()
    wide = {c.CATEGORY_DIGIT: str.isdigit, c.CATEGORY_SPACE: str.isspace, c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_"}
    taken: set[str] = set()

    def walk(items: Any) -> bool:  # False: any character may be taken
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT, c.GROUPREF):
                continue  # (takes nothing, or what a group took)
            if op is c.LITERAL:
                taken.add(chr(av).lower())
                taken.add(chr(av).upper())
            elif op is c.IN:
                for op2, av2 in av:
                    if op2 is c.LITERAL:
                        taken.update((chr(av2).lower(), chr(av2).upper()))
                    elif op2 is c.RANGE:
                        taken.update(ch for ch in STOPS if av2[0] <= ord(ch) <= av2[1])
                    elif op2 is c.CATEGORY and av2 in wide:
                        taken.update(ch for ch in STOPS if wide[av2](ch))
                    else:
                        return False
            elif (inner := sre_inner(op, av, False)) is not None:
                if not walk(inner[0]):
                    return False
            elif op is c.BRANCH:
                if not all(walk(sub) for sub in av[1]):
                    return False
            elif op is c.GROUPREF_EXISTS:
                if not (walk(av[1]) and (av[2] is None or walk(av[2]))):
                    return False
            else:
                return False  # (any character, a negated literal …)
        return True

    if not walk(p.parse(pattern.pattern, pattern.flags)):
        return ""
    return "".join(ch for ch in STOPS if ch not in taken)


def most_named(text: str, words: PlaceWords, but: Collection[str] = ()) -> str | None:
    """The place a report names most often after 'in' (the first of equals; none of ``but``),
    None when none."""
    counts: dict[str, int] = {}
    for name in places_named(text, words):
        if name not in but and not name.endswith(("'s", "’s")):  # "in Mongolia's election"
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


_CAPITAL_NAMED = re.compile(
    rf"\bthe\s+capital,\s+(?P<a>{_NAME})\s*[,.;]|(?P<b>{_NAME}),\s+the\s+capital\b(?!['’])"
)
_OPENS = re.compile(rf"(?:^|\n)[ \t]*In\s+(?P<n>the\s+capital|{_NAME})\s*,")


def capital(body: str, words: PlaceWords) -> str | None:
    """The city a report without a dateline means by 'the capital': the one it names so ('the
    capital, Conakry,', 'Ulaanbaatar, the capital,'), else the place it names most, leaving out
    a place it sets beside the capital as another (paragraphs opening 'In Darkhan, …' and 'In
    the capital, …'); None when it names none.

    >>> capital("Deaths in the capital, Conakry, rose. Protests in Labe went on.", place_words())
    'Conakry'
    >>> capital("In Darkhan, 2,000 marched.\\nIn the capital, crowds filled the square. Two died in Darkhan.",
    ...         place_words())
    >>> capital("Over 125,000 marched in France, 10,000 in the capital. Police fired tear gas in France.", place_words()) is None
    True
    """
    if "capital" in body:
        m = _CAPITAL_NAMED.search(body)
        if m is not None:
            return " ".join((m["a"] or m["b"]).split())
    opened = {" ".join(m["n"].split()) for m in _OPENS.finditer(body)}
    but = set(opened) if "the capital" in opened else set()
    countries = {n for n in places_named(body, words) if _country(n, words)}  # (a country is no capital)
    return most_named(body, words, but=but | countries)


_ACRONYM = re.compile(r"([A-Z]{2,8})\)")
_PARTICLES = frozenset("de da do dos das del di la le of the and for y e".split())


def _letterhead(name: str, after: str) -> bool:
    """Whether a capitalised opening line is an organisation's name with its acronym in
    brackets ('OBSERVATÓRIO CIDADÃO DE LUANDA (OCL)'), not a city's dateline ('KABUL (Reuters)').

    >>> _letterhead("OBSERVATÓRIO CIDADÃO DE LUANDA", "OCL)\\nCivic")
    True
    >>> _letterhead("KABUL", "Reuters) - ")
    False
    """
    m = _ACRONYM.match(after)
    if m is None:
        return False
    initials = "".join(w[0] for w in name.split() if w.casefold() not in _PARTICLES)
    return initials.upper() == m[1]


_WEEKDAY = re.compile(r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?i:" + WEEKDAY_STEM[3:-1] + ")day")


_SPACED_DASH = re.compile(r"\s[-–—]\s")
_CLOCK_AFTER = re.compile(r"\s*\d{1,2}[:.h]\d{2}\b")


def dateline(body: str, words: PlaceWords) -> str | None:
    """The city of a report's dateline ('PARIS, Feb 12 (Reuters) -' -> 'Paris'); not a
    programme's title line ('OMROEP RANDSTAD - AVONDNIEUWS, 22:00').

    >>> dateline("PARIS, Feb 12 (Reuters) - Police said", place_words())
    'Paris'
    >>> dateline("RADIO SUD - EVENING NEWS, 22:00\\nGood evening.", place_words()) is None
    True
    """
    m = words.dateline.search(body[:400])
    if m is None:
        return None
    city = (m["d"] or m["t"]).strip()
    if m["d"] and (_SPACED_DASH.search(city) or _CLOCK_AFTER.match(body, m.end())):
        return None  # 'OMROEP RANDSTAD - AVONDNIEUWS, 22:00': a programme's title and its hour, no city
    if m["d"] and _letterhead(city, body[m.end() : m.end() + 12]):
        return None  # 'OBSERVATÓRIO CIDADÃO DE LUANDA (OCL)': an organisation's letterhead
    if m["t"] and _WEEKDAY.fullmatch(city):
        return None  # 'Mon, Oct 19, 2026 | page 1', 'Saturday, Nov 14': a page's date, no city
    return city.title() if city.isupper() else city
