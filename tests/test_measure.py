"""What each figure counts (claimcheck/parse/measure.py, through extract_claims): the measure and
subject of kinds of wording any wire story may hold, and figures that count no people, in our own
sentences."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source

# False positives by kind (issue 12): figures that
# count no people (a rate's terms, 'one by one', counts of counts, an age told alone), a rival
# figure of the sentence before that counts what the figure nearest its size counts.


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(c.text, c.measure, c.subject, c.value) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("The medics' union asks for 40 crews, or one crew per 300 participants, at every race.", 300, id="per-rate"),
        pytest.param("The medics' union asks for 40 crews, or one crew per 300 participants, at every race.", 1, id="per-rate-first"),
        pytest.param("Riot police carried the protesters off the bridge one by one, the union said.", 1, id="one-by-one"),
        pytest.param("Ten days after the march there are still four crowd counts and three arrest tallies.", 3, id="counts-of-counts"),
        pytest.param('The mayor said the toll had risen to six. "One of them was my neighbour\'s son. He was 19."', 19, id="age-alone"),
    ],
)
def test_figures_that_count_no_people_are_dropped(text: str, value: float) -> None:
    assert [c for c in _claims(text) if c[3] == value] == []


def test_a_rival_counts_what_the_figure_nearest_its_size_counts() -> None:
    text = "The radio quoted the governor: 31 dead so far, 4 people detained. The monitoring group is saying 38."
    assert ("38", "killed", "people", 38) in _claims(text)


def test_a_rival_of_the_last_figure_keeps_its_measure() -> None:
    text = "The governor said 31 people had died and 4 were detained. The monitoring group is saying 6."
    assert ("6", "arrested", "people", 6) in _claims(text)


# False positives of the kinds counted on sets written blind (issue 12). A verb after the counted people that is their own
# deed to someone else, or that a count of events cannot undergo; a death told after a relative
# clause of care; a quoted figure phrase; 'the N the police are saying'; an aside of 'many of them'
# before a plain past verb; an age after initials; a year span's two-digit end; a denial in a
# purpose clause; a people's noun naming the kind of things counted.


def _counts(text: str) -> list[tuple[str, str, float | None]]:
    return [(c.text, c.measure, c.value) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The prosecutor said three masked men killed a shopkeeper in the market.", id="killed-a"),
        pytest.param("Witnesses said four gunmen shot the mayor outside the town hall.", id="shot-the"),
        pytest.param("The court heard that 200 officers detained the strike leaders at dawn.", id="detained-the"),
        pytest.param("Prosecutors said 900 agents executed an order of the investigating judge.", id="executed-an-order"),
    ],
)
def test_an_active_verb_with_an_object_is_no_harm_of_the_counted(sentence: str) -> None:
    assert [c for c in _counts(sentence) if c[1] in ("killed", "injured", "arrested")] == []


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        pytest.param("Police said 40 marchers were killed the same evening.", "killed", id="passive-time"),
        pytest.param("The ministry said 12 people arrested the day before were freed.", "arrested", id="time-after"),
        pytest.param("Two of the strikers killed in the clashes were buried on Friday.", "killed", id="participle"),
    ],
)
def test_a_passive_verb_or_a_time_after_it_stays_theirs(sentence: str, measure: str) -> None:
    assert [c[1] for c in _counts(sentence)] == [measure]


def test_a_count_of_arrests_carried_out_abroad_counts_arrests() -> None:
    text = "Four of the detentions were executed in Belgium under a European warrant."
    assert [c[1:] for c in _counts(text)] == [("arrested", 4)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The mayor said one injured miner who was being treated in the burns unit died on Friday.", id="died"),
        pytest.param("Two injured passengers who had been flown to the capital lost their lives overnight.", id="lost-lives"),
        # people of no measure yet whose relative clause alone tells their care or custody
        pytest.param("Two pupils who had been in the intensive care unit at the county hospital died overnight.", id="clause-icu-died"),
        pytest.param("Three miners who were taken to hospital succumbed to their burns on Monday.", id="clause-hospital-succumbed"),
        pytest.param("Four protesters who were detained on Friday died in custody, their lawyers said.", id="clause-detained-died"),
        pytest.param("hearing 2 fans who had been hospitalised passed away overnight", id="clause-forum-passed-away"),
        pytest.param("Two pilgrims who were being treated at the health centre lost their lives, the priest said.", id="clause-treated-lost-lives"),
        pytest.param("Of the injured, 5 persons which were admitted in the regional hospital have died.", id="clause-translated-have-died"),
    ],
)
def test_the_injured_who_died_are_the_dead(sentence: str) -> None:
    assert [c[1] for c in _counts(sentence)] == ["killed"]


def test_the_injured_still_treated_stay_injured() -> None:
    text = "The mayor said one injured miner who was being treated in the burns unit is stable."
    assert [c[1] for c in _counts(text)] == ["injured"]


def test_people_whose_clause_tells_their_care_and_no_death_stay_injured() -> None:
    text = "Two pupils who had been in the intensive care unit were moved to a ward."
    assert [c[1] for c in _counts(text)] == ["injured"]


def test_a_quoted_figure_phrase_keeps_its_noun_from_a_later_verb() -> None:
    text = 'The union said it counted "well over 6,000 strikers" using marshals stationed at each gate.'
    assert [c[1:] for c in _counts(text)] == [("participants", 6000)]


def test_a_quoted_figure_phrase_with_its_verb_right_after_keeps_it() -> None:
    text = 'The ministry said "about 70 students" were detained on the campus.'
    assert [c[1] for c in _counts(text)] == ["arrested"]


def test_the_figure_the_police_are_saying_counts_no_police() -> None:
    text = "It was not the 2,400 the police are saying, more like five thousand."
    assert [c for c in _counts(text) if c[1] == "deployed"] == []


def test_many_of_them_aside_before_a_plain_past_verb() -> None:
    text = "About 800 people, many of them parents of the arrested, gathered outside the court."
    assert [c[1:] for c in _counts(text)] == [("participants", 800)]


def test_an_age_after_initials_is_no_count() -> None:
    text = "The foreman K.T., 44, was detained on Thursday, judicial sources said."
    assert _counts(text) == []


def test_the_end_of_a_year_span_is_no_count() -> None:
    text = "In 2023-24 the group recorded 118 deaths in the delta."
    assert [c[1:] for c in _counts(text)] == [("killed", 118)]


def test_a_denial_in_a_purpose_clause_is_no_denial() -> None:
    text = "The union asked for a register of all drivers so that no death goes unrecorded."
    assert _counts(text) == []


def test_a_peoples_noun_before_plural_things_counts_things() -> None:
    text = "Residents saw dozens of gendarmes vans parked along the ring road."
    assert _counts(text) == []


# Parts of a figure told before (issue 12). A word we do not
# know after 'of them' says who the part is, not what is counted ('31 of them apprentices'); a
# translation's 'amid them' and 'among them there were' open a part as 'among them' does; an
# age limit after a part ('of them under sixteen') is an age, not another figure; supporters at a
# parade are people, at a protest protesters.


def _parts(text: str) -> list[tuple]:
    return [(c.text, c.measure, c.scope is not None) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Riot police detained 61 people overnight in Tarvos, 31 of them apprentices from the shipyard.",
            [("61", "arrested", False), ("31", "arrested", True)],
            id="of-them-unknown-noun",
        ),
        pytest.param(
            "The gendarmes arrested 26 people, two of them our branch treasurers, the union said.",
            [("26", "arrested", False), ("two", "arrested", True)],
            id="of-them-possessive",
        ),
        pytest.param(
            "The prosecutor confirmed 95 detentions at the port, amid them 17 students.",
            [("95", "arrested", False), ("17", "arrested", True)],
            id="amid-them",
        ),
        pytest.param(
            "Police detained 58 people at the station, 12 of them under sixteen.",
            [("58", "arrested", False), ("12", "arrested", True)],
            id="age-limit-after-part",
        ),
        pytest.param(
            "Medics treated 44 people, including seven children below 14.",
            [("44", "injured", False), ("seven", "injured", True)],
            id="age-limit-after-noun",
        ),
        pytest.param(
            "Medics treated 12 people and took four to hospital, one of them a 70-year-old shepherd.",
            [("12", "injured", False), ("four", "injured", False)],
            id="one-of-them-described",
        ),
    ],
)
def test_parts(text: str, expected: list[tuple]) -> None:
    assert _parts(text) == expected


_PARADE = (
    "The city welcomed its basketball champions home on Saturday with an open-top bus ride from the airport "
    "to the town hall square. The club said about 18,000 supporters lined the route. Four supporters were "
    "treated for fainting in the heat, two of them children. "
) + "The bus stopped at the old bridge, the cathedral and the harbour so that the players could wave. " * 14


def _subjects(text: str) -> list[tuple]:
    return [(c.text, c.subject) for c in extract_claims(Source(id="t", text=text))]


def test_supporters_at_a_parade_are_people() -> None:
    assert _subjects(_PARADE) == [("about 18,000", "people"), ("Four", "people"), ("two", "people")]


def test_supporters_at_a_protest_stay_protesters() -> None:
    text = _PARADE.replace("with an open-top bus ride", "with a protest march")
    assert [s for _, s in _subjects(text)] == ["protesters", "protesters", "people"]  # (the children are people)


def test_a_short_report_keeps_its_supporters_protesters() -> None:
    assert _subjects("The club said about 18,000 supporters lined the route.") == [("about 18,000", "protesters")]


# Kinds of misses read by general means (issue 12): the measure named in the paragraph before ('the figure is 41' opening a paragraph),
# a modal bound on a count ('her count might be as high as 58'), states of people still held
# ('remain in the cells'), parts of a kind ('eleven of them adolescents'), medical teams that
# 'attended' people, femicides counted as deaths, and a total broken down by day or by employer
# after a colon ('74 detentions: 44 on Saturday and 30 on Sunday').


def _scoped(text: str) -> list[tuple]:
    return [
        (c.text, c.measure, c.subject, c.low, c.scope) for c in extract_claims(Source(id="t", text=text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The regional police said 30 people were arrested in the port.\n\n"
            "Across the province the figure is 52, a spokesman said on the radio.",
            [("30", "arrested", "people", 30, None), ("52", "arrested", "people", 52, None)],
            id="figure-opening-paragraph-takes-measure-of-figure-before",
        ),
        pytest.param(
            "The regional police said 30 vehicles were towed from the port.\n\n"
            "Across the province the figure is 52, a spokesman said on the radio.",
            [],
            id="figure-opening-paragraph-after-no-claim",
        ),
        pytest.param(
            "The union's list names 37 dead. His own count could be as high as 60, the priest said.",
            [("37", "killed", "people", 37, None), ("as high as 60", "killed", "people", 0, None)],
            id="count-might-be-as-high-as",
        ),
        pytest.param(
            "The lawyers' group said nineteen students remain in the cells.",
            [("nineteen", "arrested", "people", 19, "state: remain in the cells")],
            id="remain-in-the-cells",
        ),
        pytest.param(
            "Three people remain in preventive detention, the prosecutor said.",
            [("Three", "arrested", "people", 3, "state: remain in preventive detention")],
            id="remain-in-preventive-detention",
        ),
        pytest.param(
            "Observers said 40 people were detained, seven of them adolescents.",
            [
                ("40", "arrested", "people", 40, None),
                ("seven", "arrested", "people", 7, "part: seven adolescents of 40"),
            ],
            id="part-of-adolescents",
        ),
        pytest.param(
            "Paramedics attended 15 people at the bus station, the ambulance service said.",
            [("15", "injured", "people", 15, None)],
            id="paramedics-attended-people",
        ),
        pytest.param(
            "The students' union counted 52 detentions over the weekend: 31 on Saturday and 21 on Sunday.",
            [
                ("52", "arrested", "people", 52, None),
                ("31", "arrested", "people", 31, "part: 31 on Saturday of 52"),
                ("21", "arrested", "people", 21, "part: 21 on Sunday of 52"),
            ],
            id="breakdown-by-day",
        ),
        pytest.param(
            "The dockers' union lists 30 injured workers: 18 employed by the port and 12 by subcontractors.",
            [
                ("30", "injured", "people", 30, None),
                ("18", "injured", "people", 18, "part: 18 employed by the port of 30"),
                ("12", "injured", "people", 12, "part: 12 by subcontractors of 30"),
            ],
            id="breakdown-by-employer",
        ),
        pytest.param(
            "The dockers' union lists 30 injured workers. 12 by subcontractors' count.",
            [("30", "injured", "people", 30, None)],
            id="bare-by-is-no-employer-alone",
        ),
        pytest.param(
            "The ministry recorded 51 femicides last year.",
            [("51", "killed", "people", 51, None)],
            id="femicides",
        ),
    ],
)
def test_kinds(text: str, expected: list[tuple]):
    assert _scoped(text) == expected


# First-person counts and a day-by-day breakdown after a comma (issue 12): the speakers' party at a gathering ('about 60 of us came on the
# bus'), people taken by the police told by their own ('They took 17 of our people'), a party's
# people ('11 of our group were detained'), and crowds 'lining' a road or that 'blockaded' a site, people 'delivered to the internal affairs bodies' (a translated detention), and a total's days after a comma ('90 people over the
# weekend, 55 on Saturday and 35 on Sunday').


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The rights group said the police detained 64 people over the weekend, 41 on Saturday and 23 on Sunday.",
            [
                ("64", "arrested", "people", 64, None),
                ("41", "arrested", "people", 41, "part: 41 on Saturday of 64"),
                ("23", "arrested", "people", 23, "part: 23 on Sunday of 64"),
            ],
            id="days-after-a-comma-are-parts-of-the-total",
        ),
        pytest.param(
            "The rights group said the police detained 64 people over the weekend, 41 on Saturday.",
            [
                ("64", "arrested", "people", 64, None),
                # a lone day's figure after the total: a part of it since ellipsis25 (scope/elliptic-figure)
                ("41", "arrested", "people", 41, "part: 41 on Saturday of 64"),
            ],
            id="one-day-after-a-comma-is-a-part",
        ),
        pytest.param(
            "\"They took 23 of our people and we still do not know where they are,\" the union's secretary said.",
            [("23", "arrested", "people", 23, None)],
            id="they-took-of-our-people",
        ),
        pytest.param(
            "The volunteers took 23 of our people to the clinic by the bridge.",
            [],
            id="took-to-a-clinic-no-arrest",
        ),
        pytest.param(
            "Officers detained 14 of our group outside the ministry, the students said.",
            [("14", "arrested", "people", 14, None)],
            id="of-our-group-are-people",
        ),
        pytest.param(
            "\"Roughly 700 of us stayed in the park until dawn,\" one of the organisers said.",
            [("Roughly 700", "participants", "people", 630, None)],
            id="of-us-stayed",
        ),
        pytest.param(
            "\"About 40 of us went to the police station to ask for them,\" she said.",
            [],
            id="of-us-went-to-police-no-crowd",
        ),
        pytest.param(
            "Paramedics treated 12 people on the quay and took three to St Brendan's Hospital.",
            [("12", "injured", "people", 12, None), ("three", "injured", "people", 3, None)],
            id="taken-to-a-named-hospital",
        ),
        pytest.param(
            "The clinic said it had treated 31 people. Five were later airlifted to the capital.",
            [("31", "injured", "people", 31, None), ("Five", "injured", "people", 5, "part: Five of those injured")],
            id="moved-after-the-injured",
        ),
        pytest.param(
            "The police said they had detained 31 people. Five were later taken to the city's central station.",
            [("31", "arrested", "people", 31, None)],
            id="moved-after-an-arrest-count-is-not-read",
        ),
        pytest.param(
            "A spokesman said 120 officers were securing the route and 30 more were patrolling the old town.",
            [("120", "deployed", "security", 120, None), ("30", "deployed", "security", 30, None)],
            id="officers-securing-and-patrolling",
        ),
        pytest.param(
            "The festival committee said some 6,000 people were lining the harbour road for the parade.",
            [("some 6,000", "participants", "people", 5400, None)],
            id="people-lining-a-road",
        ),
        pytest.param(
            "A regional paper wrote that over 700 farmers blockaded the depot on Monday.",
            [("over 700", "participants", "people", 701, None)],
            id="people-blockaded",
        ),
        pytest.param(
            "Drivers said 30 lorries blockaded the depot on Monday.",
            [],
            id="lorries-blockaded-no-crowd",
        ),
        pytest.param(
            "The ministry said 312 persons were delivered to the internal affairs bodies in the capital.",
            [("312", "arrested", "people", 312, None)],
            id="delivered-to-the-police-a-translated-arrest",
        ),
        pytest.param(
            "The courier delivered 40 parcels to the police station.",
            [],
            id="parcels-delivered-no-arrest",
        ),
    ],
)
def test_recall17c_kinds(text: str, expected: list[tuple]) -> None:
    assert _scoped(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("312 people were detained over two days.", [("arrested", 312)], id="detained-over-two-days"),
        pytest.param("At least 40 people died over 48 hours.", [("killed", 40)], id="died-over-48-hours"),
        pytest.param("17 people were killed two days after the vote.", [("killed", 17)], id="killed-two-days-after"),
        pytest.param("Police said 5 soldiers killed 3 militants.", [("killed", 3)], id="a-figure-after-the-verb-still-its-object"),
        pytest.param("Group visits (up to 25 people) must be booked at least 3 days in advance.", [],
                     id="at-least-3-days-stays-an-object"),
    ],
)
def test_a_span_of_time_after_the_verb_is_no_figure_it_takes(text: str, expected: list[tuple[str, int]]) -> None:
    """A verb whose next words are a span of time ('over two days', 'two days after') is the
    counted people's own (measure.NEXT_FIGURE); a figure of people after it is still its object."""
    assert [(c.measure, c.value) for c in extract_claims(Source(id="t", text=text))] == expected


# A crowd sized up in the first person, in a report that
# speaks of a protest, in our own sentences: a guess in the figure's own words ('easily 4
# thousand people', 'Easily 12k'), 'We had N people', and 'looks like N' where 'like' is read as the figure's qualifier.


HEAD = "Dockers protest against the port sell-off\n\nThe union called a march on the harbour for Saturday.\n\n"


def _crowds(text: str) -> list[tuple[str, float | None]]:
    return [(c.text, c.value) for c in extract_claims(Source(id="t", text=HEAD + text)) if c.measure == "participants"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("I'm at the gates now, the whole quay is full, easily 4 thousand people.", [("easily 4 thousand", 4000)], id="easily-in-words"),
        pytest.param("No chance that was 900. Easily 12k, you couldn't move near the cranes.", [("Easily 12k", 12000)], id="easily-k"),
        pytest.param("We had nine thousand people on the harbour road.", [("nine thousand", 9000)], id="we-had"),
        pytest.param("Outside the port office now. Looks like 400-500 people to me.", [("like 400-500", 400)], id="looks-like-range"),
    ],
)
def test_a_first_person_crowd_is_a_crowd(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert _crowds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Two of us were taken to hospital with cuts.", id="of-us-hurt"),
        pytest.param("About 300 of us were arrested on the quay.", id="of-us-arrested"),
        pytest.param("Easily the worst day: 14 of the dockers were detained.", id="easily-not-the-figure"),
    ],
)
def test_first_person_counts_of_another_measure_stay_theirs(sentence: str) -> None:
    assert _crowds(sentence) == []


def test_no_protest_no_guess() -> None:
    text = "Harbour open day\n\nThe port welcomed families on Saturday.\n\nEasily 4 thousand people, I'd say."
    assert [c for c in extract_claims(Source(id="t", text=text)) if c.measure == "participants"] == []


def test_a_count_of_us_is_left_alone() -> None:
    """'about 70 of us' in a forum thread is mostly a poster's own town, not the crowd the
    report counts (the developing stories' threads): left for a rule that can tell the place."""
    assert _crowds("Support picket in the next town this morning, I went along, about 70 of us.") == []


# Kinds that travel in any wording (issue 12): a
# plural noun the lexicon does not know, counted by a verb whose subject can only be people (a
# death or harm after an auxiliary or 'remain'; a crowd's verb for a noun of a trade or role); a
# gathering that a relative clause puts at a figure; arrests denied by 'taken into custody' or
# 'in custody'; falling ill and a broken or fractured limb as harm.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "By Thursday night seven apprentices had died in the regional hospital.",
            [("seven", "killed", "people", 7)],
            id="unknown-plural-had-died",
        ),
        pytest.param(
            "Some 45 campers fell ill after the evening meal.",
            [("Some 45", "injured", "people", 45)],
            id="unknown-plural-fell-ill",
        ),
        pytest.param(
            "One officer suffered a broken arm in the scuffle.",
            [("One", "injured", "security", 1)],
            id="suffered-a-broken",
        ),
        pytest.param(
            "The nine apprentices who have died were all from the same village.",
            [("nine", "killed", "people", 9)],
            id="unknown-plural-who-have-died",
        ),
        pytest.param(
            "Doctors said three cyclists remain in a critical condition.",
            [("three", "injured", "people", 3)],
            id="role-noun-remains-critical",
        ),
        pytest.param(
            "More than 4,000 swimmers took part in the crossing.",
            [("More than 4,000", "participants", "people", 4000)],
            id="role-noun-took-part",
        ),
        pytest.param(
            "The vigil drew some 600 cyclists.",
            [("some 600", "participants", "people", 600)],
            id="role-noun-drawn",
        ),
        pytest.param(
            "Saturday's march through the old town, which the police put at 9,000, ended at the cathedral.",
            [("9,000", "participants", "people", 9000)],
            id="gathering-which-put-at",
        ),
        pytest.param(
            "Officers have named the suspects. Nobody is in custody yet.",
            [("Nobody", "arrested", "people", 0)],
            id="nobody-in-custody",
        ),
    ],
)
def test_recall19c_kinds(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The inspectors said 3 bridges were in bad shape after the floods.",
        "About 30 tractors took part in the convoy.",
        "Some 40 delegations took part in the talks.",
        "The march, which organisers put an end to at 9pm, had been peaceful.",
        "The blast killed 12 goats.",
    ],
)
def test_recall19c_not_people(text: str) -> None:
    assert _claims(text) == []


# Forces at work told after the bodies they come from, or as rostered, committed or searching;
# people told only to be there when it happened (issue 12, session 20): our own sentences.


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("The fire service said 18 crews from three counties had spent the night on the slope.", 18, id="crews-from-spent"),
        pytest.param("Thirty ambulance crews had been rostered for the derby, the health board said.", 30, id="rostered"),
        pytest.param("The coast guard said 12 divers, backed by two helicopters, searched the harbour.", 12, id="divers-comma-aside"),
        pytest.param("By Monday 40 rescue crews had been committed to the valley.", 40, id="committed"),
        pytest.param("On the third day 26 divers worked along the riverbed.", 26, id="ordinal-day-not-numbered"),
        pytest.param("The army said 35 soldiers of the engineering corps were working at the bridge.", 35, id="of-corps-working"),
    ],
)
def test_forces_at_work_are_a_deployment(sentence: str, value: float) -> None:
    assert [(c[1], c[2]) for c in _claims(sentence) if c[3] == value] == [("deployed", "security")]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Prosecutors said 20 officers committed the beating.", id="committed-a-deed"),
        pytest.param("Two television crews were attacked near the square.", id="press-crews"),
    ],
)
def test_forces_doing_something_else_are_no_deployment(sentence: str) -> None:
    assert [c for c in _claims(sentence) if c[1] == "deployed"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Fire crews carried 14 injured out of the smoke.", id="carried"),
        pytest.param("Soldiers ferried 31 wounded to the field hospital overnight.", id="ferried"),
        pytest.param("Rescue crews evacuated 9 injured from the stands.", id="evacuated"),
    ],
)
def test_the_forces_who_tend_the_harmed_are_not_the_counted(sentence: str) -> None:
    assert [c[2] for c in _claims(sentence) if c[1] == "injured"] == ["people"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("Some 650 guests were in the ballroom when the fire alarm went off.", 650, id="in-the-room"),
        pytest.param("The club says more than 200 members were inside at the time.", 200, id="inside-bare-place"),
        pytest.param("Staff told us about 150 were inside when the floor gave way.", 150, id="bare-figure-inside"),
        pytest.param("Nearly 500 villagers were still sitting in front of the district office at dusk.", 500, id="sitting-in-front"),
    ],
)
def test_people_there_when_it_happened_are_the_crowd(sentence: str, value: float) -> None:
    assert [c[1] for c in _claims(sentence) if c[3] == value] == ["participants"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("About 120 people were in hospital on Sunday night.", id="in-hospital"),
        pytest.param("More than 60 passengers were in the minibus when it left the road.", id="in-a-vehicle"),
        pytest.param("At least 70 people were in custody by the evening.", id="in-custody"),
        pytest.param("Twelve people were in the kitchen when the gas exploded.", id="too-few-for-a-crowd"),
    ],
)
def test_people_in_care_custody_or_a_vehicle_are_no_crowd(sentence: str) -> None:
    assert [c for c in _claims(sentence) if c[1] == "participants"] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("By midday medics had assessed 140 patients at the finish area.", 140, id="assessed-before"),
        pytest.param("Crews assessed more than 300 spectators for heat stroke, the service said.", 300, id="assessed-spectators"),
        pytest.param("Thirty people were transported to the Holloway Regional Hospital.", 30, id="transported-to-named"),
        pytest.param("Police said 18 people had been driven to the Lakeside health centre.", 18, id="driven-to-named-centre"),
    ],
)
def test_people_seen_or_carried_to_care_are_the_injured(sentence: str, value: float) -> None:
    assert [c[1] for c in _claims(sentence) if c[3] == value] == ["injured"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Inspectors assessed 40 buildings on the waterfront.", id="assessed-things"),
        pytest.param("Twelve doctors were sent to the Holloway Regional Hospital.", id="sent-to-help"),
    ],
)
def test_things_assessed_and_staff_sent_are_no_injured(sentence: str) -> None:
    assert [c for c in _claims(sentence) if c[1] == "injured"] == []


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        pytest.param("The prefecture said 2,000 people marched. The union said attendance was beyond 6,000.", 6000, "participants", id="beyond-attendance"),
        pytest.param("Police said 14 people were held overnight. The lawyers put the figure at minimum 22.", 22, "arrested", id="minimum-figure"),
    ],
)
def test_a_rival_figure_with_a_bound_word_keeps_the_measure_before(text: str, value: float, measure: str) -> None:
    assert [c[1] for c in _claims(text) if c[3] == value] == [measure]


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        pytest.param(
            "How many were detained?\n\nThe answer keeps changing. The ministry's newest figure, read out at noon, is 64.",
            64, "arrested", id="question-heading-above",
        ),
        pytest.param(
            "The arrests went on into the night. Lawyers waited outside the station. Their own count, checked against families' calls, is 90.",
            90, "arrested", id="noun-two-sentences-back",
        ),
        pytest.param(
            "The crowd kept growing after dark. Nobody from the city hall would comment. The organisers' estimate, they told us later, was 30,000.",
            30000, "participants", id="crowd-two-sentences-back",
        ),
    ],
)
def test_a_bare_figure_takes_the_count_named_earlier_in_its_paragraph(text: str, value: float, measure: str) -> None:
    assert [c[1] for c in _claims(text) if c[3] == value] == [measure]


def test_people_inside_are_a_quantity_apart_from_a_later_march() -> None:
    text = (
        "Firefighters said about 600 people were in the ballroom when the roof caught fire.\n\n"
        "On Sunday some 9,000 people marched to the town hall, the police said."
    )
    found = {c.value: c.scope for c in extract_claims(Source(id="t", text=text)) if c.measure == "participants"}
    assert found[600] == "incident: those inside"
    assert found[9000] != "incident: those inside"


def test_rescuers_in_the_sentence_leave_the_protest_its_people() -> None:
    text = (
        "Four police officers were hurt, one of whom was taken to hospital. As regards the marchers, "
        "three persons were treated by fire crews on the spot."
    )
    assert [c[2] for c in _claims(text) if c[3] == 3] == ["protesters"]


@pytest.mark.parametrize(
    "text",
    [
        "The provincial hospital logged 33 hospitalisations by nightfall.",
        "Officials gave two deaths and 33 hospitalizations; the count may rise.",
        "Doctors said 33 hospitalisations were linked to the fumes.",
    ],
)
def test_hospitalisations_count_the_injured(text: str):
    """A count of hospitalisations is a count of the injured."""
    assert ("33", "injured") in [(c.text, c.measure) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    "text",
    [
        "The vigil was peaceful. Some 700 of us sat outside the court all night.",
        'The rally ended at six. "There are 700 of us here and we are not leaving," she said.',
        "The road was blocked at dawn. Nearly 700 of us rallied at the bridge.",
    ],
)
def test_a_crowd_told_in_the_first_person_sitting_rallying_or_in_the_present(text: str):
    """'N of us' who sat, stood or rallied, or 'there are N of us', is the crowd in its own words."""
    assert [m for t, m, *_ in _claims(text) if "700" in t] == ["participants"]


# Care told in words other than a harm word (issue 12, precision): a participle phrase of care
# after the people of 'the number of …', and a verb of hospitalising before the figure.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The number of police officers treated for cuts had climbed to 21 by Monday.", ("21", "injured", "security", 21), id="officers-treated-for"),
        pytest.param("Late on Friday the number of people taken to hospital stood at 48.", ("48", "injured", "people", 48), id="people-taken-to-hospital"),
        pytest.param("The number of prison guards seriously injured rose to 6, the union said.", ("6", "injured", "security", 6), id="adverb-then-participle"),
        pytest.param("The number of demonstrators detained overnight went up to 85.", ("85", "arrested", "protesters", 85), id="detained-overnight"),
    ],
)
def test_the_number_of_people_with_a_participle_of_care_counts_the_injured(sentence: str, expected: tuple) -> None:
    assert expected in _claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "By nightfall the number of marchers had grown to 7,000.",
        "The number of families displaced has risen to 1,900.",
    ],
)
def test_the_number_of_people_without_a_participle_of_care_is_no_injury(sentence: str) -> None:
    assert [c for c in _claims(sentence) if c[1] == "injured"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Riot police hospitalised 14 students during the sit-in, the rector said.", ("14", "injured", "people", 14), id="police-hospitalised"),
        pytest.param("The tear gas hospitalized dozens of protesters.", ("dozens", "injured", "protesters", None), id="gas-hospitalized-dozens"),
        pytest.param("The heat ended up hospitalising 9 of the spectators.", ("9", "injured", "people", 9), id="hospitalising"),
    ],
)
def test_a_verb_of_hospitalising_before_the_figure_counts_the_injured(sentence: str, expected: tuple) -> None:
    assert expected in _claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The farmers' unions mobilized nearly 12,000 supporters for the blockade.", ("nearly 12,000", "participants", "protesters", 12000), id="supporters"),
        pytest.param("The governor claimed the party had mobilised 3,000 people and paid their buses.", ("3,000", "participants", "people", 3000), id="people"),
        pytest.param("Officials said the army mobilised 1,800 soldiers along the border road.", ("1,800", "deployed", "security", 1800), id="soldiers-stay-deployed"),
        pytest.param("The Red Crescent had mobilised 320 volunteers by the evening.", ("320", "deployed", "people", 320), id="volunteers-stay-deployed"),
    ],
)
def test_people_a_side_mobilised_are_a_crowd_forces_a_deployment(sentence: str, expected: tuple) -> None:
    assert expected in _claims(sentence)


@pytest.mark.parametrize(
    "above",
    [
        pytest.param("Injuries\n\n", id="heading"),
        pytest.param("Hospital admissions, as of 3 May\nClinic | Patients received | Admitted\nNorth Clinic | 12 | 4\nTotal | 30 | 9\n\n", id="table"),
    ],
)
def test_a_rival_in_the_sentence_of_a_crowd_is_the_crowds_not_the_heading_before(above: str) -> None:
    text = above + "Marshals estimated some 22,000 onlookers stood along the canal; the city hall gave a figure of 9,000."
    assert ("9,000", "participants", "people", 9000) in _claims(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Three climbers died on the ridge and two in hospital, the rescue service said.", ("two", "killed", "people", 2)),
        pytest.param("Eleven workers were killed at the plant and four after being rushed to hospital.", ("four", "killed", "people", 4)),
        pytest.param("Two pilgrims had died inside the shrine and one in hospital that night.", ("one", "killed", "people", 1)),
    ],
)
def test_a_figure_whose_verb_of_death_is_left_out_shares_the_death(sentence: str, expected: tuple) -> None:
    assert expected in _claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Three climbers died on the ridge and nine were flown to hospital.", ("nine", "injured", "people", 9)),
        pytest.param("Three climbers were dead and nine in hospital.", ("nine", "injured", "people", 9)),
    ],
)
def test_a_figure_with_its_own_verb_or_after_no_verb_of_death_keeps_its_care(sentence: str, expected: tuple) -> None:
    assert expected in _claims(sentence)


def test_a_figure_told_earlier_then_called_our_number_restates_it() -> None:
    text = (
        "The prefecture said some 3,000 people were present.\n\n"
        "Q: The union speaks of 9,000 marchers and says 40 of them were hurt. Why so far apart?\n\n"
        "A: I have no comment on their count. Three thousand at its height was our figure."
    )
    assert [c[1] for c in _claims(text) if c[3] == 3000] == ["participants", "participants"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Five years later, no one has been held to account for the bridge collapse.",
        "The audit said three directors were held accountable for the losses.",
        "Two foremen were held liable for the accident, the court ruled.",
    ],
)
def test_people_held_to_account_were_not_arrested(sentence: str) -> None:
    assert [c for c in _claims(sentence) if c[1] == "arrested"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands rally after mine blast; official toll 26, unions say 30",
        "Crowds mourn ferry victims in port city; death toll 41, dozens missing",
        "Students march over dormitory fire, toll 9",
    ],
)
def test_a_toll_named_right_before_its_figure_counts_the_dead_after_a_crowd(text: str) -> None:
    # a headline's 'official toll 26' after a march's crowd: the toll's, not the crowd's measure
    figures = [c for c in _claims(text) if c[0][0].isdigit()]
    assert figures and figures[0][1] == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "A minibus carrying 23 pilgrims left the road near the pass, villagers were gathering at the bridge.",
        "The ferry with some 300 passengers aboard sank at dawn, and hours later, divers were searching the hull.",
        "Witnesses said 40 workers had left the plant before noon, their families are still waiting at the gate.",
    ],
)
def test_a_new_subject_and_its_verb_after_a_comma_are_not_the_counted_peoples(text: str) -> None:
    # the verb after the comma is told of the new subject ('villagers were gathering'), not of
    # the figure before it: no crowd of pilgrims, passengers or workers
    assert [c for c in _claims(text) if c[1] == "participants"] == []


def test_an_attribution_between_commas_leaves_the_verb_to_the_counted_people() -> None:
    assert ("About 5,000", "participants", "people", 5000) in _claims(
        "About 5,000 people, officials were saying, marched to the palace."
    )


# A crowd told only by where it is or where it goes (recall21, measure/present-or-passing):
# people still or now at a place, told with no verb, or passing, walking, coming or setting off,
# from 50 up; not those at a hospital, aboard, on a register or a shift, a town's people, people
# already known ('the 214 people on the register') nor a figure's origin ('Where does 72 come from?').


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Our correspondent estimates that roughly 3,000 people are now on the road.",
            [("roughly 3,000", "participants", "people", 3000)],
            id="wire-now-on-the-road",
        ),
        pytest.param(
            "Maybe 1,500 people outside, singing, very peaceful.",
            [("Maybe 1,500", "participants", "people", 1500)],
            id="forum-no-verb-outside",
        ),
        pytest.param(
            "By midnight about 800 people were still at the sit-in, police said.",
            [("about 800", "participants", "people", 800)],
            id="wire-still-at-the-sit-in",
        ),
        pytest.param(
            "Some 5,000 people set off from the cathedral at dawn.",
            [("Some 5,000", "participants", "people", 5000)],
            id="wire-set-off-from",
        ),
        pytest.param(
            "The council reckons roughly 6,000 people walked the 2km from the station.",
            [("roughly 6,000", "participants", "people", 6000)],
            id="live-walked-the-route",
        ),
        pytest.param(
            "Over the day some 200,000 persons came through the east gate, according to the prefecture.",
            [("some 200,000", "participants", "people", 200000)],
            id="translation-came-through-the-gate",
        ),
        pytest.param(
            "Between 380 and 450 persons were standing on the span when it failed.",
            [("Between 380 and 450", "participants", "people", 380)],
            id="report-standing-on-the-span",
        ),
        pytest.param(
            "Police say 3,500 on the march, the Council says more than 15,000.",
            [("3,500", "participants", "people", 3500), ("more than 15,000", "participants", "people", 15000)],
            id="table-bare-on-the-march",
        ),
    ],
)
def test_a_crowd_at_a_place_or_passing(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 300 people came to the hospital with breathing problems.",
        "Some 120 passengers were still on board when it sank.",
        "Around 1,100 employees were on the morning shift, the company said.",
        "The ministry said all 214 people on the shift register were accounted for.",
        "Nueva Vista, a town of some 10,000 people on the river, was evacuated.",
        "Where does 72 come from?",
        "Around 200 people were on the lift at the time.",
    ],
)
def test_no_crowd_at_a_place(text: str) -> None:
    assert [c for c in _claims(text) if c[1] == "participants"] == []


def test_a_crowd_at_a_place_when_it_happened_is_those_there() -> None:
    # the people on a span when it fell are a quantity apart from the procession's crowd
    (claim,) = extract_claims(Source(id="t", text="Officials estimated that some 250 people were on the span when it fell."))
    assert (claim.measure, claim.scope) == ("participants", "incident: those inside")


# People a hospital or a clinic took in or still holds (recall21, measure/medical-intake): a verb
# of intake before the figure or a state of care after it, in a passage that names care.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'The hospital director spoke to us. "We received 19 people from the centre, most with cuts," she said.',
            [("19", "injured", "people", 19)],
            id="quote-we-received",
        ),
        pytest.param(
            'At the district hospital the emergency doctor told us: "We still have 41 patients."',
            [("41", "injured", "people", 41)],
            id="transcript-we-still-have-patients",
        ),
        pytest.param(
            "Fourteen patients were admitted overnight, the hospital said.",
            [("Fourteen", "injured", "people", 14)],
            id="wire-patients-admitted",
        ),
        pytest.param(
            "The clinic's head nurse said seven are still with us.",
            [("seven", "injured", "people", 7)],
            id="translation-still-with-us",
        ),
        pytest.param(
            "At the provincial hospital, 31 are still on the wards, the ministry says.",
            [("31", "injured", "people", 31)],
            id="live-still-on-the-wards",
        ),
        pytest.param(
            '"We have taken in 23 since Sunday night," a nurse at the emergency department said.',
            [("23", "injured", "people", 23)],
            id="quote-taken-in-bare",
        ),
        pytest.param(
            "The doctors at the clinic say 12 people are still under observation.",
            [("12", "injured", "people", 12)],
            id="wire-under-observation",
        ),
        # session 22: the verbs of care given before the figure, and people of any word but the
        # carers' own
        pytest.param(
            "Medical tents at the finish had looked after 180 people by the evening, the ambulance service said.",
            [("180", "injured", "people", 180)],
            id="wire-looked-after",
        ),
        pytest.param(
            'At the county hospital, a nurse said: "We received fourteen children from the school in the first hours."',
            [("fourteen", "injured", "people", 14)],
            id="quote-received-children",
        ),
        pytest.param(
            "Paramedics at the square said they helped nine people during the afternoon.",
            [("nine", "injured", "people", 9)],
            id="wire-paramedics-helped",
        ),
        pytest.param(
            "The Red Cross first-aid post attended to 52 people between 10 pm and 2 am.",
            [("52", "injured", "people", 52)],
            id="live-first-aid-post-attended-to",
        ),
        pytest.param(
            "To the emergency department of the district hospital were brought 22 persons from the protest.",
            [("22", "injured", "people", 22)],
            id="translation-were-brought",
        ),
        pytest.param(
            "street medics at the bridge say they've cared for 15 pilgrims since dawn",
            [("15", "injured", "people", 15)],
            id="forum-medics-cared-for-pilgrims",
        ),
    ],
)
def test_people_a_hospital_took_in_are_injured(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shelter received 300 people overnight.",
        "The hospital has 300 beds.",
        "The hospital says it still has 40 doctors on call.",
        "The hospital said it had helped 40 doctors find housing after the flood, a nurse said.",
        "Volunteers helped 300 people leave the flooded village.",
        "Organisers said they received 19 applications.",
        "We received 19 people at the town hall for the meeting.",
    ],
)
def test_no_care_no_intake(text: str) -> None:
    assert [c for c in _claims(text) if c[1] == "injured"] == []


# People named by what they do or believe (recall21): a plural of a role the lexicon did not know
# ('riders', 'faithful', 'souls', 'schoolchildren') counts people; an agent noun it still does not
# know, counted at a place or passing through one, is a crowd of people (measure/present-or-passing).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 480 faithful were inside the temple when the roof fell.",
            [("About 480", "participants", "people", 480)],
            id="translation-faithful-inside",
        ),
        pytest.param(
            "Some four thousand souls were at the blockade on Wednesday, the priest said.",
            [("Some four thousand", "participants", "people", 4000)],
            id="translation-souls-at-the-blockade",
        ),
        pytest.param(
            "More than 6,000 runners set off from the stadium.",
            [("More than 6,000", "participants", "people", 6000)],
            id="wire-runners-set-off",
        ),
        pytest.param(
            "About 3,000 riders are now at Jubilee Park.",
            [("About 3,000", "participants", "people", 3000)],
            id="live-riders-at-a-named-park",
        ),
        pytest.param(
            "Eleven schoolchildren were taken to hospital with burns.",
            [("Eleven", "injured", "people", 11)],
            id="wire-schoolchildren-hospital",
        ),
        pytest.param(
            "More than ten thousand tanners came to the square today.",
            [("More than ten thousand", "participants", "people", 10000)],
            id="forum-unknown-agent-noun-came-to",
        ),
        pytest.param(
            "Some 2,500 parishioners gathered outside the cathedral.",
            [("Some 2,500", "participants", "people", 2500)],
            id="wire-parishioners-gathered",
        ),
    ],
)
def test_people_named_by_their_role(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 200 containers were on the quay.",
        "Twenty coaches brought the supporters to the capital.",
        "Our register has 1,140 paid-up members on the reserve.",
        "The operator said the remaining 146 passengers on the line were brought down safely.",
    ],
)
def test_no_people_or_no_crowd_by_role(text: str) -> None:
    assert [c for c in _claims(text) if c[1] == "participants"] == []


# Members of a force named after their count (recall21, subject/members-of-a-force): a plural noun
# we do not know, 'of' or 'from' a body whose words name a force, counts security forces.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Some 150 elements of the FACA army were deployed around the mine.",
            [("Some 150", "deployed", "security", 150)],
            id="translation-elements-of-the-army",
        ),
        pytest.param(
            "We deployed 180 ranks of the City Constabulary.",
            [("180", "deployed", "security", 180)],
            id="statement-ranks-of-the-constabulary",
        ),
        pytest.param(
            "About 800 guardsmen of the National Guard took positions at the prison.",
            [("About 800", "deployed", "security", 800)],
            id="wire-guardsmen-of-the-guard",
        ),
        pytest.param(
            "More than 500 elements from the special task force were sent to the border.",
            [("More than 500", "deployed", "security", 500)],
            id="translation-elements-from-the-task-force",
        ),
        pytest.param(
            "Three (3) officials of the Penitentiary Custody Corps have been detained.",
            [("Three (3)", "arrested", "security", 3)],
            id="release-officials-of-the-corps-detained",
        ),
        pytest.param(
            "Around 2,000 reservists from the border police were called up overnight.",
            [("Around 2,000", "deployed", "security", 2000)],
            id="wire-reservists-from-the-border-police",
        ),
    ],
)
def test_members_of_a_force(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 delegates of the union met on Monday.",
        "The plan has 12 elements of the reform, police said.",
        "The Public Defender documented over 300 cases of alleged ill-treatment by police.",
    ],
)
def test_no_force_no_members(text: str) -> None:
    assert [c for c in _claims(text) if c[2] == "security"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of sending before the figure (measures.deployed.before 'sent'): a deployment,
        # unless what it sent went to care (the injured) or home, back or to jail (nothing)
        pytest.param("The army sent 500 soldiers to the border town.", [("500", "deployed", "security", 500)], id="sent-soldiers"),
        pytest.param("The Red Cross said it had sent 25 volunteers to the school.", [("25", "deployed", "people", 25)], id="sent-volunteers"),
        pytest.param("A gas leak sent 27 people to hospital.", [("27", "injured", "people", 27)], id="sent-to-hospital"),
        pytest.param(
            "The blast sent about 60 workers to three hospitals, the mine said.",
            [("about 60", "injured", "people", 60)],
            id="sent-to-three-hospitals",
        ),
        pytest.param("The company sent 300 workers home.", [], id="sent-home"),
        pytest.param("The court sent 40 protesters to jail on Friday.", [], id="sent-to-jail"),
        # a side named before a bare figure by a noun of its people, singular or plural ('On the
        # student side'): that side, not the side of the figure before
        pytest.param(
            "Police said 9 officers were hurt. On the student side, 34 were injured.",
            [("9", "injured", "security", 9), ("34", "injured", "people", 34)],
            id="student-side-after-officers",
        ),
        pytest.param("On the police side, 11 were hurt.", [("11", "injured", "security", 11)], id="police-side"),
        pytest.param(
            "On the protesters' side, 40 were injured, the union said.",
            [("40", "injured", "protesters", 40)],
            id="protesters-side",
        ),
    ],
)
def test_a_verb_of_sending_and_a_side_named_before(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of a share of the counted people tells the share's deed, not theirs
        pytest.param(
            "Reporters contacted over a dozen doctors, nurses and hospital administrators, many of whom denied the deaths.",
            [],
            id="many-of-whom-denied",
        ),
        pytest.param("Police questioned 30 pilgrims, some of whom were injured in the crush.", [], id="some-of-whom-injured"),
        # the whole's own share ('all of whom') keeps the verb
        pytest.param(
            "The four gunmen, all of whom were killed, are not part of that count.",
            [("four", "killed", "people", 4)],
            id="all-of-whom-killed",
        ),
    ],
)
def test_a_share_of_them_told_after_a_comma_is_not_the_whole(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


# The quantity under discussion named in context (issue 12, items 2 and 8): a bare estimate in a
# passage that names a gathering (not its size) counts its crowd (measure/crowd-passage's
# effect.gathering), up to a sentence with a figure of another measure; a part of a bare figure the
# report told before ('Six of the 41 are minors') takes that figure's measure
# (scope/part-of-the-figure-told).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Teachers marched through the capital on Saturday. The interior ministry said 12,000; the union said 40,000.", [("12,000", "participants"), ("40,000", "participants")], id="wire-marched-then-two-estimates"),
        pytest.param("In 2019, when the square filled for the pension protests, the police said 20,000 and the organisers 25,000.", [("20,000", "participants"), ("25,000", "participants")], id="retrospective-protests-in-the-clause"),
        pytest.param("Went to the vigil for the miners tonight. Honestly it was moving. Organisers counted 3,000, police 1,200.", [("3,000", "participants"), ("1,200", "participants")], id="forum-vigil-two-sentences-back"),
        pytest.param("Farmers blocked the ring road with their tractors in a protest against the quotas. Police estimated 1,500, the farmers' union 6,000.", [("estimated 1,500", "participants"), ("6,000", "participants")], id="wire-protest-estimated"),
        pytest.param("The march\n\nPolice put it at 4,000. The organisers said 10,000.", [("4,000", "participants"), ("10,000", "participants")], id="heading-the-march"),
        pytest.param('At the sit-in outside the ministry, "we counted 8,000," a steward said.', [("8,000", "participants")], id="quote-sit-in-before-the-figure"),
        pytest.param("Pilgrims walked from the city to the shrine all night. The diocese speaks of 300,000.", [("300,000", "participants")], id="translation-pilgrims-speaks-of"),
        pytest.param("Tractors blocked the ring road in a farmers' demo on Friday; police estimated 1,500.", [("estimated 1,500", "participants")], id="wire-demo-same-sentence"),
        pytest.param("The vigil was held on Tuesday.\n\nThree people were shot dead on the road. Police said 200.", [], id="stop-another-measure-between"),
        pytest.param("The pension reform takes effect in March. The ministry said 12,000.", [], id="stop-march-the-month"),
        pytest.param("Dockers marched on the port. The union said 71.", [], id="stop-not-round"),
        pytest.param("Dockers marched on the port. No way that was 9,000, the whole quay was full.", [], id="stop-a-rejected-figure"),
    ],
)
def test_an_estimate_in_a_passage_naming_a_gathering_is_its_crowd(text: str, expected: list[tuple]) -> None:
    assert [(c[0], c[1]) for c in _claims(text) if c[1] == "participants"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Police said 41 people were detained on the bridge on Sunday night.\n\nLawyers are still waiting to see them.\n\nSix of the 41 are minors, the lawyers said.", ("Six", "arrested"), id="wire-minors-two-paragraphs-on"),
        pytest.param("The bureau said nine pupils had died by Friday.\n\nThe school has closed. Parents gathered at the gate on Saturday.\n\nA nurse said five of the nine were girls.", ("five", "killed"), id="wire-girls-among-the-dead"),
        pytest.param("The agency said 58 people were taken to hospital.\n\nSeven were moved to Winnipeg for oxygen therapy. The spokesperson added that 23 of the 58 were under 18.", ("23", "injured"), id="release-under-18-among-the-treated"),
        pytest.param("Mods: 212 arrests confirmed by the interior ministry so far.\n\n> any idea who they are?\n\nLawyers say 30 of the 212 are students.", ("30", "arrested"), id="forum-students-among-the-arrests"),
        pytest.param("The number of died persons reached to 16 in all the country.\n\nThe director indicated that among them are children.\n\n4 of the 16 are children, indicated the director.", ("4", "killed"), id="translation-children-among-the-died"),
        pytest.param("Running total as of tonight: 39 people arrested in six days.\n\nThe police say 35. The gap is mostly Monday.\n\nThree of the 39 are legal observers.", ("Three", "arrested"), id="tracker-observers-among-the-arrested"),
    ],
)
def test_a_part_of_a_figure_told_before_takes_its_measure(text: str, expected: tuple) -> None:
    assert expected in [(c[0], c[1]) for c in _claims(text)]


def test_a_part_of_a_figure_never_told_is_no_claim() -> None:
    text = "Police said 41 people were detained on the bridge.\n\nLawyers are waiting.\n\nSix of the 40 buses were turned back."
    assert [c for c in _claims(text) if c[0] == "Six"] == []


# Recall by kind across sets (session 23): an estimate of a gathering's size told by its verb and
# the gathering's noun before the figure, with a clause, a date or the estimator's name between
# (rule measure/gathering-put-at); our own sentences in several registers, and what it leaves alone.


def _measured(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(c.text, c.measure, c.value) for c in extract_claims(Source(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The city police put the opening march at 15,000.",
            [("15,000", "participants", 15000)],
            id="wire-put-the-march-at",
        ),
        pytest.param(
            "He puts the crowd at somewhere between 6,000 and 7,000.",
            [("between 6,000 and 7,000", "participants", 6000)],
            id="somewhere-between",
        ),
        pytest.param(
            "Police put the crowd that walked to the square for the 60th anniversary at around 4,500.",
            [("around 4,500", "participants", 4500)],
            id="clause-with-an-ordinal",
        ),
        pytest.param(
            "Last year's march, on 27 March 2025, was put at 4,000 people by the police.",
            [("4,000", "participants", 4000)],
            id="passive-after-a-date",
        ),
        pytest.param(
            "The procession was estimated by the parish at 8,000.",
            [("8,000", "participants", 8000)],
            id="passive-agent-between",
        ),
        pytest.param(
            "Organisers estimated Saturday's vigil outside the embassy at 3,000.",
            [("3,000", "participants", 3000)],
            id="possessive-day-and-place",
        ),
        pytest.param(
            "lol the cops pegged the rally on the bridge at like 900",
            [("like 900", "participants", 900)],
            id="forum-pegged",
        ),
        pytest.param(
            "La prefectura estimó la manifestación en 5.000; la prefecture placed the demonstration, "
            "in its evening note, at 5,000 persons.",
            [("5,000", "participants", 5000)],
            id="translation-aside-between",
        ),
    ],
)
def test_a_gathering_put_at_a_figure_is_its_crowd(text: str, expected: list[tuple]) -> None:
    found = _measured(text)
    for claim in expected:
        assert claim in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The ministry estimated the cost of the strike at 300 million.", id="cost-of-the-strike"),
        pytest.param("The union put its strike fund at 2 million.", id="strike-fund"),
        pytest.param("The march set off at 10 in the morning.", id="set-off-at-a-time"),
    ],
)
def test_a_gathering_put_at_leaves_other_things_alone(text: str) -> None:
    assert [c for c in _measured(text) if c[1] == "participants"] == []


# Recall by kind across sets (session 23): someone's bare estimate of a gathering given past a
# sentence with a figure of another measure ten times smaller (the passage test reads on: the
# arrests are no rival of the crowd), in a report of a protest; a figure of the other measure's own
# size, a denial before it, or a figure no one gives as an estimate stays as it was.


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(
            "Protest thread\n\nMate says 40 people arrested after the pepper spray thing.\n\nAnd the organisers say 230k.",
            230000,
            id="forum-organisers-say",
        ),
        pytest.param(
            "Teachers marched through Bratislava on Saturday. Police detained 12 people near the ministry. "
            "The confederation said 55,000.",
            55000,
            id="wire-rival-sentence-before",
        ),
        pytest.param(
            "The students made a march to the Assembly on Tuesday. According to the Ministry, 17 persons were "
            "deprived of liberty. The Front speaks of 20,000.",
            20000,
            id="translation-speaks-of",
            # the 17 were not read before (a passive whose auxiliary opens 'were deprived of liberty');
            # read now, measure/spoke-of gives the 20,000 the figure before's measure, not the ten-times test
            marks=pytest.mark.xfail(strict=True, reason="measure/spoke-of takes the figure before however outsized"),
        ),
        pytest.param(
            "Was at the rally today. Police took 12 into the bus after 20 minutes. I'd say about 3,000, very calm.",
            3000,
            id="forum-first-person",
        ),
        pytest.param(
            "The general strike closed schools on Monday. Three teachers were hurt in a scuffle at the gate. "
            "The ministry counted 210,000.",
            210000,
            id="strike-counted",
        ),
        pytest.param(
            "Pensioners rallied in the capital.\n\nPolice said four people were detained for throwing bottles and "
            "two officers were hurt.\n\nOrganisers, for their part, gave 18,000.",
            18000,
            id="gave-a-paragraph-later",
        ),
    ],
)
def test_an_estimate_ten_times_another_measure_is_the_crowd(text: str, value: float) -> None:
    assert ("participants", value) in [(c[1], c[2]) for c in _measured(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Nurses protested outside the hospital. Police said 68 people were detained. The union said 300.",
            id="rival-of-its-size",
        ),
        pytest.param(
            "Dockers marched on the port. Police said nobody was arrested. The union says 500.", id="after-a-denial"
        ),
        pytest.param(
            "Villagers protested at the mine. Two people were killed in the clashes. An estimated 3,800 people "
            "have fled the area.",
            id="no-one-gives-it",
        ),
        pytest.param(
            "Farmers marched on the ministry. Police said 12 were killed. Activists said 150.", id="toll-rival"
        ),
    ],
)
def test_an_estimate_near_another_measure_is_no_crowd(text: str) -> None:
    assert [c for c in _measured(text) if c[1] == "participants"] == []


# Recall by kind across sets (session 23): people told only to have come, gone along a street,
# watched from a place or lined a route, in a reported clause or not, are the crowd there (rule
# measure/present-or-passing, 50 or more); onlookers of a thing, a shift gone down a mine, or people
# gone to a hospital or the polls are not.


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Organisers said more than 5,000 people had come despite the rain.", 5000, id="reported-had-come-despite"),
        pytest.param("Organisers said 7,000 people had come all the way from the coast.", 7000, id="come-all-the-way"),
        pytest.param("More than 2,000 people went down Avenida Central, according to residents.", 2000, id="went-down-the-avenue"),
        pytest.param("Some 8,000 people watched on a big screen in the park.", 8000, id="watched-on-a-screen"),
        pytest.param("Roughly 2,500 residents lined the avenue.", 2500, id="lined-the-avenue"),
        pytest.param("Some 4,000 fans braved the snow outside the arena, the club said.", 4000, id="braved-the-snow"),
        pytest.param("lol about 600 of us went out onto the square after the speeches", 600, id="forum-went-out-onto"),
        pytest.param("Selon la préfecture, quelque 3 000 personnes sont venues malgré la pluie; some 3,000 people came regardless.", 3000, id="translation-came-regardless"),
    ],
)
def test_people_who_came_or_went_along_are_the_crowd(text: str, value: float) -> None:
    assert ("participants", value) in [(c[1], c[2]) for c in _measured(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("At the site, about 300 people are watching the excavators from the road.", id="onlookers"),
        pytest.param("The ministry said 63 miners had gone down for the morning shift.", id="shift-down-a-mine"),
        pytest.param("About 300 people went to the hospital with breathing problems.", id="went-to-hospital"),
        pytest.param("Roughly 150 voters went to the polls in the village.", id="went-to-the-polls"),
    ],
)
def test_people_who_went_elsewhere_are_no_crowd(text: str) -> None:
    assert [c for c in _measured(text) if c[1] == "participants"] == []


# Recall by kind across sets (session 23): forces a body has, keeps, provides or is supported by at
# an event are a deployment however few (rule measure/forces-held); a verb of having or being only
# with a place or time after the counted noun (not a force's strength, nor officers in hospital).


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Over Saturday and Sunday the ministry had 48 police officers on the mountain.", 48, id="had-on-the-mountain"),
        pytest.param("The Red Cross says it has 14 water rescuers on the river.", 14, id="has-on-the-river"),
        pytest.param("We kept a guard of 12 firefighters at the building until Sunday.", 12, id="kept-a-guard-of"),
        pytest.param("Civil Defence provided 16 volunteers for welfare support.", 16, id="provided-volunteers"),
        pytest.param("The stewards were supported by 12 mounted police.", 12, id="supported-by"),
        pytest.param("The gendarmerie brought in 35 gendarmes from the next district, the prefect said.", 35, id="brought-in"),
        pytest.param("There are 30 officers on the bridge now.", 30, id="there-are-on-the-bridge"),
        pytest.param("@ops_desk ministry has 20 cops at the gate since 6am", 20, id="forum-has-at-the-gate"),
    ],
)
def test_forces_held_at_an_event_are_deployed(text: str, value: float) -> None:
    assert ("deployed", value) in [(c[1], c[2]) for c in _measured(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The village post has 40 soldiers.", id="strength"),
        pytest.param("The force has 40 officers who speak Tamil.", id="who-speak"),
        pytest.param("There are 12 officers in hospital, two of them in intensive care.", id="in-hospital"),
    ],
)
def test_forces_a_body_has_elsewhere_are_no_deployment(text: str) -> None:
    assert [c for c in _measured(text) if c[1] == "deployed"] == []


# Recall by kind across sets (session 23): a figure whose source follows it ('…, according to X',
# a comma between or not) is a rival of the figure before, and in a passage about a gathering a bare
# round figure so sourced is an estimate of its crowd; years so sourced are no figure.


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        pytest.param(
            "The vigil drew more than 1,500 people, according to the union, or about 400, according to police.",
            "participants", 400, id="comma-or-about",
        ),
        pytest.param(
            "Teachers marched in 14 towns. In Maribor, 6,200 according to police, 18,000 according to the unions.",
            "participants", 6200, id="place-then-figure-sourced",
        ),
        pytest.param(
            "Teachers marched in 14 towns. In Maribor, 6,200 according to police, 18,000 according to the unions.",
            "participants", 18000, id="second-figure-sourced",
        ),
        pytest.param(
            "Pensioners marched on Sunday. In Gothenburg, about 6,500, according to Police Region West.",
            "participants", 6500, id="translation-comma-sourced",
        ),
        pytest.param(
            "Police said 14 protesters were detained, 31 according to the lawyers' collective.",
            "arrested", 31, id="rival-arrests-sourced",
        ),
        pytest.param(
            "Four miners died in the collapse; seven, according to the union.",
            "killed", 7, id="rival-toll-comma",
        ),
    ],
)
def test_a_figure_sourced_after_it(text: str, measure: str, value: float) -> None:
    assert (measure, value) in [(c[1], c[2]) for c in _measured(text)]


def test_years_sourced_after_them_are_no_rival() -> None:
    text = "Three workers died in falls at the terminal between 2014 and 2022, according to the union."
    assert [c for c in _measured(text) if c[2] in (2014, 2022)] == []


# 'The number of <people> …' where the words after plain people tell a state they are in, not a
# gathering: no crowd (measure/number-of with grammar.people_states or a participle in -ing of no
# measure). A place after them, or a participle of gathering, keeps the crowd.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In the evening the bureau had put the number of people showing no vital signs at seven.", id="showing-no-vital-signs"),
        pytest.param("He put the number of people left without a home at more than 200.", id="left-without-a-home"),
        pytest.param("The governorship put the number of people on board at 25, including the driver.", id="on-board"),
        pytest.param("The ministry put the number of people aboard the ferry at 212.", id="aboard-the-ferry"),
        pytest.param("Vendors estimate the number of people living off the strip at 1,100.", id="living-off-the-strip"),
        pytest.param("The camp manager said the number of persons sleeping in tents was 640.", id="sleeping-in-tents"),
        pytest.param("The number of people without power stood at 12,000 on Monday.", id="without-power"),
        pytest.param("The number of people living in the camp rose to 640.", id="living-in-the-camp-rose-to"),
    ],
)
def test_people_in_a_state_are_no_crowd(text: str) -> None:
    assert [c for c in _claims(text) if c[1] == "participants"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Police put the number of people in the square at 20,000.", 20000, id="place-after-people"),
        pytest.param("Organisers put the number of people marching at 40,000.", 40000, id="marching"),
        pytest.param("Police put the number of people attending at 5,000.", 5000, id="attending"),
        pytest.param("Police put the number of marchers at 3,500.", 3500, id="marchers"),
        pytest.param("The number of people in the square rose to 20,000.", 20000, id="place-after-people-rose-to"),
    ],
)
def test_people_gathered_stay_a_crowd(text: str, value: float) -> None:
    assert [c[3] for c in _claims(text) if c[1] == "participants"] == [value]


# People told by a verb or frame the parser did not read (session 23, recall23c), by kind across
# sets, each in wordings of our own: police as the subject of a verb of taking or holding people
# (measure/police-held-people), a passive whose auxiliary opens a measure's phrase ('were deprived
# of liberty'), those a participle names and a verb of amounting ('Those detained total 26':
# measure/those-harmed-total), a verb of taking part before its figure and people, as translated
# copy orders it (measure/verb-before-crowd), and care given to people (measure/gave-care-to, and
# the verbs of care of measure/medical-intake).
@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        pytest.param("We have learnt that the police are holding eight young people.", "eight", "arrested", id="police-holding"),
        pytest.param("Plain-clothes officers dragged at least four people into unmarked cars.", "at least four", "arrested", id="officers-dragged"),
        pytest.param("The police kept 21 people in cells overnight, their lawyers said.", "21", "arrested", id="police-kept-in-cells"),
        pytest.param("Riot police hauled some 30 students off the campus lawn.", "some 30", "arrested", id="riot-police-hauled"),
        pytest.param("Soldiers grabbed 12 young men from the village at dawn, residents said.", "12", "arrested", id="soldiers-grabbed"),
        pytest.param("cops bundled 15 kids into the back of a van lol", "15", "arrested", id="forum-cops-bundled"),
        pytest.param("17 persons were deprived of liberty, the interior ministry informs.", "17", "arrested", id="passive-deprived-of-liberty"),
        pytest.param("Seventeen persons were deprived of their liberty overnight.", "Seventeen", "arrested", id="passive-deprived-of-their-liberty"),
        pytest.param("Those detained total 26, the prosecutor said.", "26", "arrested", id="those-detained-total"),
        pytest.param("Those arrested in the capital came to about 300.", "about 300", "arrested", id="those-arrested-came-to"),
        pytest.param("The people injured so far total 40, according to the ministry.", "40", "injured", id="people-injured-total"),
        pytest.param("Those who were killed stood at 12 on Sunday night.", "12", "killed", id="those-who-were-killed-stood-at"),
        pytest.param("Last year to the march came about 2.5 thousand people, the organizers reminded.", "about 2.5 thousand", "participants", id="inverted-came"),
        pytest.param("According to police estimation participated in total about 28 000 persons.", "about 28 000", "participants", id="inverted-participated"),
        pytest.param("Walked the 230 kilometres about 1,200 people, said the chairman.", "about 1,200", "participants", id="inverted-walked-object"),
        pytest.param("Outside the parliament rallied on Sunday some 3,000 farmers.", "some 3,000", "participants", id="inverted-rallied-place"),
        pytest.param("In Brno marched according to the organisers some 4,000 students.", "some 4,000", "participants", id="inverted-marched-according"),
        pytest.param("Red Crescent teams gave medical help to 30 people near the bridge.", "30", "injured", id="gave-medical-help"),
        pytest.param("The volunteers provided medical assistance to some 40 persons overnight.", "some 40", "injured", id="provided-medical-assistance"),
        pytest.param("Volunteers from the parish stitched up 14 protesters in the sacristy.", "14", "injured", id="stitched-up"),
        pytest.param("By noon the nurses had bandaged 9 children.", "9", "injured", id="bandaged"),
        pytest.param("At the field hospital the medical team dealt with 15 people before midnight.", "15", "injured", id="dealt-with-in-care"),
        pytest.param("Volunteers at the first-aid post tended to 31 people with heat exhaustion.", "31", "injured", id="tended-to-at-first-aid"),
    ],
)
def test_people_told_by_a_verb_or_frame(text: str, figure: str, measure: str) -> None:
    assert (figure, measure) in [(c[0], c[1]) for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        pytest.param("Police took 27 people to hospital after the crash.", "arrested", id="police-took-to-hospital"),
        pytest.param("Soldiers held 12 hostages for two days.", "arrested", id="held-hostages"),
        pytest.param("Officers led 300 marchers along the route.", "arrested", id="led-marchers"),
        pytest.param("Those evacuated total 3,000, the agency said.", "injured", id="those-evacuated"),
        pytest.param("In the end we walked 300 metres to the square.", "participants", id="walked-metres"),
        pytest.param("The agency gave aid to 5,000 people after the flood.", "injured", id="aid-no-care"),
        pytest.param("Police sealed off the street and evacuated around 180 residents; two paramedics stood by.", "injured", id="evacuated-no-care"),
        pytest.param("Survivors were in hospital; the company said the manifest registered 212 passengers.", "injured", id="registered-passengers"),
    ],
)
def test_verbs_of_others_tell_no_arrest_crowd_or_harm(text: str, measure: str) -> None:
    assert [c for c in _claims(text) if c[1] == measure] == []


# Counts of names (measure/names-counted): a list of the dead, the injured or the held counted by
# its names ('its list has 74 names', 'identified 23 people by name') takes the measure its
# sentence names, else the same figure's told before, else the figure's before it. Our own
# sentences, in several registers; at session 24's start all 12 failed, 10 pass now.
NAMES_XFAIL = pytest.mark.xfail(strict=True, reason="the measure is told only in the same sentence or by a question the parser does not read")


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        pytest.param("Nine people were killed when soldiers fired on the march in 1988. A plaque on the bridge now carries nine names.", 9, "killed", id="wire-memorial"),
        pytest.param("the army still says 3 died that night. the victims' group says 14. their list has 14 names and photos", 14, "killed", id="forum-list", marks=NAMES_XFAIL),
        pytest.param("The commission recognised only 6 died persons. Meanwhile the register of the association already contains 11 surnames.", 11, "killed", id="translation-surnames"),
        pytest.param("Police say 80 people were detained after the sit-in. Our lawyers have collected 112 names so far.", 112, "arrested", id="release-first-person"),
        pytest.param("How many students were arrested on Friday? We have 47 names, and families keep calling.", 47, "arrested", id="interview", marks=NAMES_XFAIL),
        pytest.param("At least 20 dead in mine collapse, officials say. Miners' union: we have 23 names", 23, "killed", id="headline-colon"),
        pytest.param("The government acknowledges 31 detentions. The families' list had grown to 58 names by Sunday.", 58, "arrested", id="list-grew"),
        pytest.param("The authorities put the toll at 12. The wall of remembrance at the gate lists 19 names.", 19, "killed", id="wall"),
        pytest.param("Hospitals treated 64 people for injuries after the stampede. The Red Crescent published 70 names on Monday.", 70, "injured", id="hospital-names"),
        pytest.param("Officials say 200 people were held in the sweep. The bar association has identified 240 people by name.", 240, "arrested", id="by-name"),
        pytest.param("At least 33 people died in the fire. The names of 33 victims were read out at the vigil; the list of 33 names hangs at the town hall.", 33, "killed", id="same-value"),
        pytest.param("Seven miners died underground, the company said. Their register counts ten names, the relatives insist.", 10, "killed", id="register-of"),
    ],
)
def test_a_count_of_names_counts_the_people_of_a_list(text: str, value: float, measure: str) -> None:
    at = text.rfind("name")
    found = [c for c in extract_claims(Source(id="t", text=text)) if at - 20 <= c.start < at]
    assert [(c.value, c.measure, c.subject) for c in found] == [(value, measure, "people")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Police arrested 12 people at the rally. A petition with 5,000 names was handed to the mayor.", 5000, id="petition-outsized"),
        pytest.param("Three people died in the flood. The council will change 40 street names next year.", 40, id="street-names"),
        pytest.param("About 3,000 people marched on Sunday. The open letter carries 120 names.", 120, id="after-a-crowd"),
        pytest.param("The organisers published 14 names of speakers for the festival.", 14, id="no-list-measure"),
        pytest.param("The ministry now says 13 died, not 7. Which six names is it leaving out?", 6, id="asked-which"),
    ],
)
def test_names_that_are_no_list_of_people_stay_things(text: str, value: float) -> None:
    assert [c for c in _claims(text) if c[3] == value] == []


# Translated wording (our own sentences): a running count told with the harmed as its subject
# and a verb of rising ('the dead ascended to 9', 'the deceased climbed at 19'), a translation's
# nouns for people ('persons', 'individuals', 'elements', 'effectives', 'manifestants') and
# verbs ('interpellated', 'lost the life', 'resulted wounded').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The dead ascended to 9 after the night, the hospital said.", ("9", "killed", "people", 9), id="dead-ascended-to"),
        pytest.param("The wounded passed to 31 during the night, the hospital reported.", ("31", "injured", "people", 31), id="wounded-passed-to"),
        pytest.param("The deceased climbed at 19, according to the provisional balance.", ("19", "killed", "people", 19), id="deceased-climbed-at"),
        pytest.param("The injured ascend to 57 according to the last report of the hospitals.", ("57", "injured", "people", 57), id="injured-ascend-to"),
        pytest.param("The wounded persons are counting 63, of which 12 in grave state, the nurse said.", ("63", "injured", "people", 63), id="wounded-persons-are-counting"),
        pytest.param("The detained rose to 212 on Monday, the prosecutor's office indicated.", ("212", "arrested", "people", 212), id="detained-rose-to"),
        pytest.param("The Civil Protection has mobilized 120 elements in the zone.", ("120", "deployed", "security", 120), id="elements-mobilized"),
        pytest.param("The police deployed 300 effectives around the parliament.", ("300", "deployed", "security", 300), id="effectives-deployed"),
        pytest.param("Fifteen elements of the gendarmerie were wounded by stones.", ("Fifteen", "injured", "security", 15), id="elements-of-the-gendarmerie"),
        pytest.param("Some 32 thousand persons took part in the march, according to the organisers.", ("Some 32 thousand", "participants", "people", 32000), id="thousand-persons"),
        pytest.param("Were detained 18 individuals during the disturbances, the prosecutor said.", ("18", "arrested", "people", 18), id="verb-first-individuals"),
        pytest.param("Three manifestants were interpellated at the roundabout.", ("Three", "arrested", "protesters", 3), id="manifestants-interpellated"),
        pytest.param("Four persons lost the life in the collapse, the prefect said.", ("Four", "killed", "people", 4), id="lost-the-life"),
        pytest.param("Seven individuals resulted dead in the confrontations.", ("Seven", "killed", "people", 7), id="resulted-dead"),
        pytest.param("The quantity of perished persons in the blaze ascended to 17 on Wednesday night.", ("17", "killed", "people", 17), id="quantity-of-perished-ascended"),
        pytest.param("The quantity of died persons in the events of Wednesday ascended to twelve, the guild said.", ("twelve", "killed", "people", 12), id="quantity-of-died-ascended"),
        pytest.param("The number of arrested amounted to 64 by the evening, the ministry said.", ("64", "arrested", "people", 64), id="number-amounted-to"),
        pytest.param("The number of wounded climbed at 45, according to the Red Cross.", ("45", "injured", "people", 45), id="number-climbed-at"),
    ],
)
def test_translated_wording(text: str, expected: tuple) -> None:
    assert expected in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The wounded were taken to 3 hospitals, the police said.", id="taken-to-hospitals"),
        pytest.param("The kit has 120 elements, the shop said.", id="elements-of-a-kit"),
        pytest.param("The march set off at 9 and reached the ministry at noon.", id="clock-at"),
    ],
)
def test_translated_wording_that_counts_no_one(text: str) -> None:
    assert _claims(text) == []


# Forces and crowds with no verb that tells them (session 25, issue 12 kind 8), our own sentences
# written before the fix. A count of people whose noun names members of a force or a service sent to
# a scene, told by its head ('paramedics', 'stewards', 'rescue workers'), by a modifier that names a
# force or a service ('army medics', 'riot-squad officers', 'SMURD paramedics', 'Civil Defence
# agents') or by the force unit it comes from ('engineers from a field engineering battalion'), is a
# deployment with no verb (or with a verb of being somewhere, 'lined the route'); forces of a police
# or military kind are security. First run at main: 25 of 41 failed.
SERVICE_AT_A_SCENE = [  # (id, text, figure, subjects the count may have)
    ("gendarmerie-personnel-manned", "Some 220 gendarmerie personnel manned checkpoints around the town on Sunday.", 220, ("security",)),
    ("crew-members-at-warehouse", "The fire brigade had 75 crew members at the warehouse by midnight.", 75, ("security", "people")),
    ("riot-control-officers-lined", "Roughly 300 riot-control officers lined the boulevard, a police spokesman said.", 300, ("security",)),
    ("hired-security-guards", "Organisers hired about 140 security guards for the concert, the venue said.", 140, ("security",)),
    ("mine-rescue-specialists", "Rescue work continued with 90 mine-rescue specialists rotating in shifts.", 90, ("security", "people")),
    ("moved-carabinieri", "The interior ministry moved 400 carabinieri into the port district overnight.", 400, ("security",)),
    ("civil-defence-rescuers-combing", "Some 130 civil defence rescuers were combing the rubble on Friday.", 130, ("security", "people")),
    ("rangers-patrolled", "Around 60 paramilitary rangers patrolled the market after the clashes.", 60, ("security",)),
    ("stood-next-to-marines", "We stood next to roughly 200 marines during the evacuation, a volunteer wrote.", 200, ("security",)),
    ("brought-in-reservists", "The army brought in nearly 500 reservists to help sandbag the levees.", 500, ("security",)),
    ("headline-border-guards", "1,000 border guards on alert as protests spread", 1000, ("security",)),
    ("national-guard-members", "About 250 National Guard members were on duty at the capitol.", 250, ("security",)),
    ("contingent-of-peacekeepers", "A contingent of 350 peacekeepers reached the town on Tuesday.", 350, ("security",)),
    ("emergency-medics-at-scene", "The ambulance service said 110 emergency medics were at the scene.", 110, ("security", "people")),
    ("officers-on-the-streets", "Police said 2,000 officers, including mounted units, would be on the streets for the derby.", 2000, ("security",)),
    ("stewards-lined-the-route", "Some 120 stewards in yellow bibs lined the route of the marathon.", 120, ("people", "security")),
    ("taken-on-extra-stewards", "The club said it had taken on about 250 extra stewards for the derby.", 250, ("people", "security")),
    ("paramedics-worked-at-site", "Roughly 90 paramedics worked at the crash site through the night.", 90, ("people", "security")),
    ("hired-marshals", "Festival organisers hired 300 marshals to manage the campsite.", 300, ("people", "security")),
    ("rescue-workers-combed", "More than 60 rescue workers combed the debris on Saturday.", 60, ("people", "security")),
    ("paramedics-on-standby", "The ambulance trust put 75 paramedics on standby near the stadium.", 75, ("people", "security")),
    ("counted-emergency-workers", "Officials counted 140 emergency workers at the scene by dawn.", 140, ("people", "security")),
    ("alongside-stewards-from", "Alongside them were some 200 stewards from the organising committee.", 200, ("people", "security")),
    ("medics-staffed", "About 55 medics staffed the field hospital set up at the border.", 55, ("people", "security")),
    ("forum-marshals-out", "mate there must have been 100+ marshals out on the course today", 100, ("people", "security")),
    ("release-paramedics-and-ambulances", "PRESS RELEASE: 85 paramedics and 40 ambulances supported the operation.", 85, ("people", "security")),
    ("marshals-posted", "The race had 400 marshals posted along the 42 km course.", 400, ("people", "security")),
    ("divers-in-shifts", "At the height of the search, 70 divers worked in shifts at the dam.", 70, ("people", "security")),
    ("army-medics", "About 150 army medics set up tents outside the town.", 150, ("security",)),
    ("coast-guard-personnel", "Some 90 Coast Guard personnel joined the search.", 90, ("security",)),
    ("technicians-from-a-regiment", "The navy said about 60 technicians from a naval engineering regiment were repairing the pier.", 60, ("security",)),
    ("riot-squad-officers-stood", "Roughly 200 riot-squad officers stood behind the barricades.", 200, ("security",)),
    ("fire-brigade-crew-members", "Some 75 fire brigade crew members worked at the warehouse overnight.", 75, ("security", "people")),
    ("civil-defence-agents", "About 130 Civil Defence agents were searching the rubble.", 130, ("people", "security")),
    ("red-crescent-medics", "Around 110 Red Crescent medics worked in the camp.", 110, ("people", "security")),
    ("specialists-from-a-brigade", "The ministry said 240 specialists from an army engineering brigade had reached the valley.", 240, ("security",)),
    ("gendarmerie-staff-on-duty", "Over 300 gendarmerie staff were on duty in the city.", 300, ("security",)),
    ("headline-anti-riot-agents", "500 anti-riot agents at the stadium for the cup final", 500, ("security",)),
    ("military-engineers-cleared", "About 80 military engineers cleared the road by hand.", 80, ("security",)),
    ("mine-rescue-specialists-shifts", "Some 95 mine-rescue specialists worked in shifts.", 95, ("security", "people")),
    ("border-police-officers-sealed", "Nearly 400 border-police officers sealed the crossing.", 400, ("security",)),
    # written after the fix, without the code at hand (3 of 6 failed; 'navy frogmen' fixed since)
    ("lifeguards-patrolled", "Some 160 lifeguards patrolled the beach during the festival.", 160, ("people", "security")),
    ("first-aid-volunteers-at", "The Red Cross had 95 first-aid volunteers at the stadium on Saturday.", 95, ("people", "security")),
    ("navy-frogmen-combed", "About 70 navy frogmen combed the harbour for the missing boat.", 70, ("security",)),
    ("counter-terrorism-officers", "Roughly 320 counter-terrorism officers guarded the summit venue.", 320, ("security",)),
    ("employed-security-stewards", "The organisers employed some 150 security stewards for the march.", 150, ("security", "people")),
    ("headline-civil-protection-firefighters", "90 Civil Protection firefighters battle the forest blaze", 90, ("security", "people")),
]


SERVICE_KNOWN_MISSES = {
    "crew-members-at-warehouse": "the force is the subject of 'had', named before the figure: no modifier",
    "medics-staffed": "'medics staffed the field hospital': the hospital makes them no deployment",
    "gendarmerie-staff-on-duty": "'staff' alone names no subject",
    "lifeguards-patrolled": "a noun we do not know with no modifier naming a force or a service",
    "employed-security-stewards": "'employed' before the figure makes a body's strength (not-a-count/force-strength)",
}


def _service_param(i: str, t: str, v: float, s: tuple[str, ...]) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=SERVICE_KNOWN_MISSES[i])] if i in SERVICE_KNOWN_MISSES else []
    return pytest.param(t, v, s, id=i, marks=marks)


@pytest.mark.parametrize(("text", "value", "subjects"), [_service_param(i, t, v, s) for i, t, v, s in SERVICE_AT_A_SCENE])
def test_a_force_or_service_at_a_scene_is_deployed_without_a_verb(text: str, value: float, subjects: tuple[str, ...]) -> None:
    assert [(c[1], c[2] in subjects) for c in _claims(text) if c[3] == value] == [("deployed", True)]


# Those people harmed, held, or counted as a body's strength or staff, and a force's things, are no
# deployment (first run at main: 1 of 12 failed, the force's strength 'in all').
SERVICE_NOT_DEPLOYED = [  # (id, text, figure, the measure it has or None)
    ("officers-hurt", "Three officers were hurt when a barricade collapsed during the protest.", 3, "injured"),
    ("soldiers-killed", "Eleven soldiers were killed in the ambush, the army said.", 11, "killed"),
    ("officers-arrested", "Police said 14 off-duty officers were arrested for joining the strike.", 14, "arrested"),
    ("engines-and-ladders", "The fire service had 32 engines and 12 ladder trucks at the blaze.", 32, None),
    ("sniffer-dogs", "Police brought 20 sniffer dogs to the stadium.", 20, None),
    ("factory-employs", "The shoe factory employs 4,200 workers at its two plants.", 4200, None),
    ("company-staff", "The company said 350 of its staff work in the logistics division.", 350, None),
    ("force-in-all", "The national police force has 12,000 officers in all.", 12000, None),
    ("stadium-holds", "The stadium holds 40,000 people.", 40000, None),
    ("paramedics-injured", "Eight paramedics were injured when the crowd surged.", 8, "injured"),
    ("hospital-beds-doctors", "The regional hospital has 300 beds and 90 doctors.", 90, None),
    ("bank-employees", "The bank cut 600 jobs and now has 2,100 employees.", 2100, None),
    # written after the fix (1 of 6 failed, at main too: a strength told 'across the region')
    ("brigade-has-across-the-region", "The fire brigade has 1,200 firefighters across the region.", 1200, None),
    ("paramedics-attacked", "Two paramedics were attacked during the protest.", 2, None),
    ("army-recruited", "The army recruited 5,000 new soldiers this year.", 5000, None),
    ("arrested-officers-of-a-firm", "Police seized 60 vehicles and arrested 45 officers of a private security firm.", 45, "arrested"),
    ("live-in-the-village", "Some 3,000 people live in the village near the mine, the mayor said at the protest.", 3000, None),
    ("hospital-employs-medics", "The hospital employs 400 medics and 900 nurses.", 400, None),
]


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        pytest.param(
            t, v, m, id=i,
            marks=[pytest.mark.xfail(strict=True, reason="a force's strength ('in all', 'across the region') is read as a deployment")]
            if i in ("force-in-all", "brigade-has-across-the-region")
            else [],
        )
        for i, t, v, m in SERVICE_NOT_DEPLOYED
    ],
)
def test_forces_harmed_held_or_counted_as_staff_are_no_deployment(text: str, value: float, measure: str | None) -> None:
    assert [c[1] for c in _claims(text) if c[3] == value] == ([measure] if measure else [])


# People present at a place during a gathering, told with no verb of coming or marching ('there
# were', 'N of us on the avenue', 'N in number', 'we are still N'), are its crowd. First run at main:
# 7 of 27 failed.
CROWD_PRESENT = [  # (id, text, figure)
    ("demonstrators-in-the-square", "By noon roughly 12,000 demonstrators were in the square, organisers said.", 12000),
    ("there-were-outside-parliament", "There were perhaps 4,000 people outside parliament when the vote was read out.", 4000),
    ("spectators-packed-into", "At the peak some 30,000 spectators were packed into the arena before the match.", 30000),
    ("forum-of-us-on-the-drag", "must be 15k of us on the main drag right now", 15000),
    ("mourners-lined", "An estimated 7,000 mourners lined the route of the funeral procession.", 7000),
    ("villagers-stood-outside", "Witnesses said about 900 villagers stood outside the mine gates all night during the protest.", 900),
    ("we-were-still-at-the-sit-in", "We were still roughly 300 at the sit-in when the police moved in.", 300),
    ("pilgrims-crammed", "Around 5,000 pilgrims were crammed into the shrine's courtyard when the wall gave way.", 5000),
    ("crowd-numbered", "The crowd outside the court numbered close to 1,200, a reporter counted.", 1200),
    ("forum-easily-on-the-esplanade", "there were easily 40-50k on the esplanade last night during the rally, insane", 40000),
    ("remained-in-the-plaza", "About 650 people remained in the plaza after midnight, police said of the protest.", 650),
    ("our-count-on-the-avenue", "Our count of the march: 3,400 on the avenue at 6 pm.", 3400),
    ("square-held", "The square held nearly 20,000 at the height of the rally.", 20000),
    ("in-number-by-evening", "Protest organisers said they were around 2,500 in number by the evening.", 2500),
    ("must-have-been-in-the-square", "There must have been 20,000 people in the square at the rally's height.", 20000),
    ("there-were-still-on-the-bridge", "At 9 pm there were still about 1,500 on the bridge, police said of the protest.", 1500),
    ("forum-of-us-on-the-boulevard", "Maybe 30k of us on the boulevard tonight during the march", 30000),
    ("roughly-in-number", "The sit-in was smaller: roughly 700 in number, according to its organisers.", 700),
    ("we-are-still-here", "We are still two thousand here and we are not leaving the square.", 2000),
    ("people-on-the-esplanade", "Around 12,000 people were on the esplanade as the rally began.", 12000),
    ("marchers-by-then-outside", "Some 4,000 marchers were by then outside the ministry gates.", 4000),
    ("there-were-demonstrators-in-front", "There were about 3,000 demonstrators in front of parliament, witnesses said.", 3000),
    ("of-us-in-the-park", "At least 5,000 of us in the park this afternoon for the protest!!", 5000),
    ("easily-on-the-avenue", "Easily 50-60k on the avenue for the rally, no way it was 10,000.", 50000),
    ("people-who-gathered-were", "The people who gathered outside the court were around 2,500, police said.", 2500),
    ("there-were-at-the-camp", "On Sunday there were around 6,000 people at the protest camp, he added.", 6000),
    ("crowd-stood-at", "The vigil drew a crowd that stood at about 800 by nightfall.", 800),
    # written after the fix (none failed, at main either)
    ("of-us-in-the-main-square", "The rally was loud: perhaps 8,000 of us in the main square by noon.", 8000),
    ("there-were-on-a-named-avenue", "Police said there were about 2,200 demonstrators on Liberty Avenue at the peak of the march.", 2200),
    ("stayed-at-the-barricades", "By 7 pm some 900 people stayed at the barricades, organisers of the protest said.", 900),
    ("there-were-at-the-vigil", "There were at least 3,000 people at the vigil for the victims.", 3000),
    ("forum-strike-day-on-a-street", "Strike day two: easily 12k on Union Street again.", 12000),
    ("mourners-outside-the-mosque", "At the funeral, roughly 5,000 mourners outside the mosque, witnesses said.", 5000),
]


CROWD_KNOWN_MISSES = {
    "square-held": "the place is the verb's subject ('The square held nearly 20,000'): no verb of holding a crowd",
}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(t, v, id=i, marks=[pytest.mark.xfail(strict=True, reason=CROWD_KNOWN_MISSES[i])] if i in CROWD_KNOWN_MISSES else [])
        for i, t, v in CROWD_PRESENT
    ],
)
def test_people_present_at_a_gathering_are_its_crowd(text: str, value: float) -> None:
    assert [(c[1], c[2] in ("people", "protesters")) for c in _claims(text) if c[3] == value] == [("participants", True)]


# Translated and non-native word order (issue 12; issue 11, a translated or rewritten copy): our own
# sentences, written as a translator from French, Spanish, Romanian, Arabic or Burmese would, before
# the mechanisms were written (first run at main: inverted 11/14 failed, nominal 11/14, predicate
# 5/13, calque 13/13). A few stay known misses: a name's number read as a label ('sector 14'), a
# figure inside the phrase of time ('for 24 hours'), a care or arrest phrase the lexicon does not
# know ('offered medical assistance', 'taken in the vans toward the central station', 'the sum of',
# 'the holding of').


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        pytest.param('The gendarmes have led to the police station of the sector 14 persons for identification.', 'arrested', id='inverted-1', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('The agents escorted to the commissariat of the 3rd district 11 young people after the clashes.', 'arrested', id='inverted-2', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('Were transported to the headquarters of the gendarmerie 27 demonstrators, said the prefect.', 'arrested', id='inverted-3'),
        pytest.param('The paramedics offered medical assistance at the scene to 18 persons, among them two children.', 'injured', id='inverted-4', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('The firemen transported to the county hospital 6 persons with burns.', 'injured', id='inverted-5'),
        pytest.param('The police detained during the night in the suburbs 52 young people, announced the ministry.', 'arrested', id='inverted-6'),
        pytest.param('Were hospitalised in the night at the university clinic 13 persons, informed the direction.', 'injured', id='inverted-7'),
        pytest.param('The security forces arrested on Tuesday in the centre of the capital 19 students of the faculty.', 'arrested', id='inverted-8'),
        pytest.param('Lost the life in the accident of yesterday 7 persons, among them a baby.', 'killed', id='inverted-9'),
        pytest.param('The Red Crescent gave care on the spot to 31 demonstrators affected by the gas.', 'injured', id='inverted-10', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('Yesterday the police put in custody for 24 hours 8 protesters of the movement.', 'arrested', id='inverted-11', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('Received medical attention in the field hospital 44 marchers, confirmed the organisers.', 'injured', id='inverted-12'),
        pytest.param('The police have taken in the vans toward the central station 36 persons.', 'arrested', id='inverted-13', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('SAMU evacuated toward the hospitals of the region 15 wounded persons.', 'injured', id='inverted-14'),
        pytest.param('The police proceeded to the retention of 17 persons for verification of identity.', 'arrested', id='nominal-1'),
        pytest.param('The gendarmerie announced the apprehending of 22 individuals suspected of vandalism.', 'arrested', id='nominal-2'),
        pytest.param('Authorities confirmed the detaining of 40 activists in the capital overnight.', 'arrested', id='nominal-3'),
        pytest.param('The prefecture reported the interpellating of 9 young people near the station.', 'arrested', id='nominal-4'),
        pytest.param('The security services carried out the stopping of 14 persons in the market.', 'arrested', id='nominal-5'),
        pytest.param('The number of the retained persons in the city reached 21 persons, according to the source.', 'arrested', id='nominal-6'),
        pytest.param('The number of the detained demonstrators in Oran arrived at 33, said a security source.', 'arrested', id='nominal-7'),
        pytest.param('The number of the hospitalised persons reached 25 persons by the evening.', 'injured', id='nominal-8'),
        pytest.param('The total of persons which are deceased is becoming 11, the prefect said.', 'killed', id='nominal-9'),
        pytest.param('The total of students which are detained has become 60, said the union.', 'arrested', id='nominal-10'),
        pytest.param('The sum of the persons which were wounded rose to 48, the hospital said.', 'injured', id='nominal-11', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('Police confirmed the jailing of 12 opposition members after the march.', 'arrested', id='nominal-12'),
        pytest.param('The civil protection announced the hospitalising of 16 persons intoxicated by smoke.', 'injured', id='nominal-13'),
        pytest.param('The ministry ordered the holding of 30 persons in preventive arrest.', 'arrested', id='nominal-14', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('Persons who were detained since Monday in the whole province are 212 in total, he said.', 'arrested', id='predicate-1'),
        pytest.param('Those who lost their life in the fire are 9 persons, said the mayor.', 'killed', id='predicate-2'),
        pytest.param('Among the wounded, policemen are 14 persons, the minister declared.', 'injured', id='predicate-3'),
        pytest.param('Of the arrested, minors are 6, the prosecutor said.', 'arrested', id='predicate-4'),
        pytest.param('People who were hospitalised after the clashes are now 37, the hospital informed.', 'injured', id='predicate-5'),
        pytest.param('The persons that were apprehended during the protest are 58 in number, said the spokesman.', 'arrested', id='predicate-6'),
        pytest.param('Among the dead, children are 4 persons, according to the health ministry.', 'killed', id='predicate-7'),
        pytest.param('Students who were retained by the police remain 11, the faculty said.', 'arrested', id='predicate-8'),
        pytest.param('Among the injured, gendarmes were 8, said the communique.', 'injured', id='predicate-9'),
        pytest.param('The arrested from Saturday are in total 73 persons, informed the police.', 'arrested', id='predicate-10'),
        pytest.param('The wounded of the night are 19, among them three firemen.', 'injured', id='predicate-11'),
        pytest.param('The died persons in the collapse are 23 in total, the rescuers said.', 'killed', id='predicate-12'),
        pytest.param('Of those detained, women are 15 persons and minors 4.', 'arrested', id='predicate-13'),
        pytest.param('Four persons remain retained 48 hours for the application of sanctions.', 'arrested', id='calque-1'),
        pytest.param('Twelve demonstrators were "conduced" to the police station for verification.', 'arrested', id='calque-2'),
        pytest.param('Eight activists stayed retained at the police until the evening.', 'arrested', id='calque-3'),
        pytest.param('Nine young people were conducted to the police for identification.', 'arrested', id='calque-4'),
        pytest.param('Five protesters were led to the gendarmerie post and fined.', 'arrested', id='calque-5'),
        pytest.param('16 persons were brought to the headquarters of the police.', 'arrested', id='calque-6'),
        pytest.param('Three persons are still retained at the commissariat, informed the prefect.', 'arrested', id='calque-7'),
        pytest.param('27 "conducted" to the police, says the ministry.', 'arrested', id='calque-8'),
        pytest.param('Eleven students were escorted to the police section of the 5th district.', 'arrested', id='calque-9'),
        pytest.param('Six persons were transported to the police inspectorate for hearings.', 'arrested', id='calque-10'),
        pytest.param('Two of them remained retained for 24 hours.', 'arrested', id='calque-11'),
        pytest.param('Seven demonstrators were taken to the sector police, the gendarmerie said.', 'arrested', id='calque-12'),
        pytest.param('Ten persons were "retained" overnight, said the lawyer of the group.', 'arrested', id='calque-13'),
    ],
)
def test_translated_word_order_names_the_measure(text: str, measure: str) -> None:
    assert measure in [c[1] for c in _counts(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('The firm retained 40 employees after the merger.', id='not-custody-1'),
        pytest.param('The city retained 12 lawyers for the case.', id='not-custody-2'),
        pytest.param('Traffic was stopped for 20 minutes on the bridge.', id='not-custody-3'),
        pytest.param('The agents stopped 30 cars at the checkpoint.', id='not-custody-4'),
        pytest.param('The two lawyers retained by the families met the prosecutor.', id='not-custody-5'),
        pytest.param('He led 300 volunteers to the police station to file a complaint.', id='not-custody-6'),
        pytest.param('The bus conducted 40 tourists to the museum.', id='not-custody-7'),
    ],
)
def test_calque_verbs_of_other_senses_count_no_arrest(text: str) -> None:
    assert [c for c in _counts(text) if c[1] in ("arrested", "killed", "injured")] == []


# The second first run: six more sentences of each kind, written after the mechanisms without
# reading their code (at main 0/6, 2/6, 4/6, 2/6 passed; after them 4/6, 5/6, 6/6, 5/6). Known
# misses: a police place the lexicon does not know ('the barracks of the carabinieri'), a care
# phrase it does not know ('was given medical care … to'), 'arrived at 19' read as a clock time,
# an unknown noun of people ('organisers').


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        pytest.param('The carabinieri accompanied to the barracks of the carabinieri 15 young people for identification.', 'arrested', id='inverted2-1', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('Were arrested in the course of the evening in the neighbourhood of the station 21 persons.', 'arrested', id='inverted2-2'),
        pytest.param('Found the death in the collapse of the building 6 workers, announced the firemen.', 'killed', id='inverted2-3'),
        pytest.param('Were treated in the emergency unit of the county hospital 29 persons, of them 4 children.', 'injured', id='inverted2-4'),
        pytest.param('The police of the frontier apprehended at the crossing point 17 migrants without documents.', 'arrested', id='inverted2-5'),
        pytest.param('Was given medical care at the place of the events to 12 demonstrators.', 'injured', id='inverted2-6', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('The prosecutor ordered the retaining of 8 persons for 24 hours.', 'arrested', id='nominal2-1'),
        pytest.param('The authorities announced the apprehension of 44 persons suspected of the attacks.', 'arrested', id='nominal2-2'),
        pytest.param('The number of the apprehended persons in the capital arrived at 19, said the source.', 'arrested', id='nominal2-3', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('The total of the persons which were detained became 52 at the end of the day.', 'arrested', id='nominal2-4'),
        pytest.param('The total of the victims which died in the fire has reached 14.', 'killed', id='nominal2-5'),
        pytest.param('The police confirmed the imprisoning of 6 journalists of the newspaper.', 'arrested', id='nominal2-6'),
        pytest.param('The persons who were interpellated during the weekend are 33 in total, informed the prefect.', 'arrested', id='predicate2-1'),
        pytest.param('Among the injured, firefighters are 5 persons, said the inspectorate.', 'injured', id='predicate2-2'),
        pytest.param('Persons who died in the floods of this week are now 27, the ministry said.', 'killed', id='predicate2-3'),
        pytest.param('Of the detained, students are 14, said the rector.', 'arrested', id='predicate2-4'),
        pytest.param('The wounded persons brought to the hospital are 22, said the director.', 'injured', id='predicate2-5'),
        pytest.param('Those who were apprehended by the gendarmes remain 9 in the cells.', 'arrested', id='predicate2-6'),
        pytest.param('Seventeen persons were accompanied to the police section for identity checks.', 'arrested', id='calque2-1'),
        pytest.param('Four of the protesters remain retained at the disposition of the prosecutor.', 'arrested', id='calque2-2'),
        pytest.param('About 30 were "interpellated" and conducted to the commissariat.', 'arrested', id='calque2-3'),
        pytest.param('Six young men were driven to the police station of the district.', 'arrested', id='calque2-4'),
        pytest.param('The two organisers stay retained until Monday.', 'arrested', id='calque2-5', marks=pytest.mark.xfail(strict=True, reason="known miss")),
        pytest.param('Nine activists were brought at the headquarters of the police.', 'arrested', id='calque2-6'),
    ],
)
def test_translated_word_order_second_run(text: str, measure: str) -> None:
    assert measure in [c[1] for c in _counts(text)]




# Recall in plain prose (issue 12, recall25): the measure told by what happened to the people, not by a
# measure word. Our own sentences, written before the fix, one table a mechanism: (a) a consequence or a
# state that implies the measure (buried, mourned, in the morgue, in intensive care, put in a police van,
# behind bars, held on suspicion of); (b) a revision or a part that inherits the measure of the figure it
# revises or belongs to ('raised its figure to N', 'it included N', 'among them', 'the other N'); (c) a
# count of people split across hospitals or stations after a figure. Each row: the text, the value, the
# measure, and the subject when it matters (None: any).

STATE_IMPLIES_MEASURE = [
    pytest.param("We have buried nine of our neighbours since Friday, the village elder said.", 9, "killed", None, id="a-buried-of-ours"),
    pytest.param("Families mourned 14 victims at a joint funeral on Sunday.", 14, "killed", None, id="a-mourned"),
    pytest.param("The city morgue was holding 23 bodies by Tuesday evening, an attendant said.", 23, "killed", None, id="a-morgue-holding"),
    pytest.param("Eleven people remained in intensive care at the district hospital on Monday.", 11, "injured", None, id="a-intensive-care"),
    pytest.param("Four miners were still in the ICU, the company said.", 4, "injured", None, id="a-icu"),
    pytest.param("Police bundled 30 students into vans outside the faculty.", 30, "arrested", None, id="a-bundled-into-vans"),
    pytest.param("At least 20 demonstrators were hauled away by officers in riot gear.", 20, "arrested", "protesters", id="a-hauled-away"),
    pytest.param("Two of the organisers are still behind bars, their lawyer said.", 2, "arrested", None, marks=pytest.mark.xfail(strict=True, reason="'organisers' is no subject noun: dropped as another noun before its state is read"), id="a-behind-bars"),
    pytest.param("The owner and three foremen were held on suspicion of manslaughter.", 3, "arrested", None, id="a-held-on-suspicion"),
    pytest.param("Nineteen activists spent the night in custody, the rights group said.", 19, "arrested", None, id="a-night-in-custody"),
    pytest.param("I watched them drag about 40 marchers into police buses.", 40, "arrested", None, id="a-dragged-into-buses"),
    pytest.param("Six more were laid to rest in Kibera on Saturday after the clashes.", 6, "killed", None, id="a-laid-to-rest"),
    pytest.param("Relatives collected 8 bodies from the mortuary at Kenyatta hospital.", 8, "killed", None, id="a-bodies-from-mortuary"),
    pytest.param("Three journalists are being held at the central police station, the union said.", 3, "arrested", "journalists", id="a-held-at-station"),
    pytest.param("Twelve union members were frogmarched to waiting police vehicles.", 12, "arrested", None, id="a-frogmarched"),
    pytest.param("Funerals for 17 of the victims will be held on Friday, the mayor said.", 17, "killed", None, id="a-funerals-for"),
    pytest.param("Five people were put in the back of a police van near the bridge.", 5, "arrested", None, id="a-put-in-van"),
    pytest.param("Among those in intensive care were four teenagers, a nurse said.", 4, "injured", None, id="a-among-in-icu"),
]

REVISION_OR_PART = [
    pytest.param("The Red Cross counted 31 dead on Monday. By Tuesday it had raised its figure to 36.", 36, "killed", None, id="b-raised-figure"),
    pytest.param("Police first said 120 people were detained, then lowered the number to 95.", 95, "arrested", None, id="b-lowered-number"),
    pytest.param("The ministry gave 40 injured on Friday; on Saturday it revised that to 52.", 52, "injured", None, id="b-revised-that"),
    pytest.param("The union said 60 members had been arrested. It later put its own count at 75.", 75, "arrested", None, id="b-put-own-count"),
    pytest.param("Rescuers said 22 people were hurt; the list included four firefighters.", 4, "injured", None, id="b-list-included"),
    pytest.param("At least 14 people died, among them two toddlers.", 2, "killed", None, id="b-among-them"),
    pytest.param("Thirty people were detained. Among those held were three reporters.", 3, "arrested", "journalists", id="b-among-those-held"),
    pytest.param("Officials said nine people were killed. The dead included two nurses.", 2, "killed", None, id="b-dead-included"),
    pytest.param("Nine people died in the crush, two at the gate; the other seven were on the stairway.", 7, "killed", None, marks=pytest.mark.xfail(strict=True, reason="'the other seven' after a place's part: the rest of a toll (ellipsis, not a state)"), id="b-the-other"),
    pytest.param("The opposition says 200 were arrested; the figure includes 35 minors.", 35, "arrested", None, id="b-figure-includes"),
    pytest.param("The government said 5,000 people marched. It later brought its estimate down to 3,000.", 3000, "participants", None, id="b-brought-down"),
    pytest.param("Police said six people had been killed, but on Thursday they upped it to eight.", 8, "killed", None, id="b-upped-it"),
    pytest.param("The health ministry's figure of 40 wounded was amended to 47 on Monday.", 47, "injured", None, id="b-amended-to"),
    pytest.param("A hospital in Homs reported 26 people hurt. That number has since gone up to 33.", 33, "injured", None, id="b-number-gone-up"),
    pytest.param("Police detained 80 people overnight. Their tally now stands at 112.", 112, "arrested", None, id="b-tally-stands"),
]

SPLIT_AFTER_FIGURE = [
    pytest.param("Of the 45 injured, 20 were taken to St Mary's, 15 to the General and 10 to the military hospital.", 15, "injured", None, id="c-of-the-injured-to"),
    pytest.param("Medics treated 33 people on site and transferred 9 to Kenyatta National Hospital.", 9, "injured", None, id="c-treated-transferred"),
    pytest.param("Forty-one people were hurt; 17 went to Al-Shifa and 24 to the European Hospital.", 24, "injured", None, id="c-hurt-went-to"),
    pytest.param("The wounded were split between three hospitals: 12 at Ibn Sina, 8 at Al-Razi and 5 at the Red Crescent clinic.", 8, "injured", None, marks=pytest.mark.xfail(strict=True, reason="a list after a colon with no figure before it: its measure is the noun's, 'The wounded' (ellipsis)"), id="c-split-between"),
    pytest.param("Paramedics assessed 50 people and rushed 14 to the Royal Infirmary.", 14, "injured", None, id="c-assessed-rushed"),
    pytest.param("Of the injured, 30 were admitted to Mulago and 6 to Nsambya.", 6, "injured", None, id="c-admitted-and"),
    pytest.param("Ambulances ferried 19 casualties to Groote Schuur and another 8 to Tygerberg.", 8, "injured", None, marks=pytest.mark.xfail(strict=True, reason="'casualties' is no subject noun: the whole is dropped, so its list has no figure before"), id="c-another-to"),
    pytest.param("The 60 injured were spread across the city: 25 in the Central Hospital, 20 in the Children's Hospital and 15 in private clinics.", 20, "injured", None, id="c-spread-across"),
    pytest.param("The Red Crescent gave first aid to 40 people and referred 11 to hospital.", 11, "injured", None, id="c-referred"),
    pytest.param("Police said 12 officers were hurt, with 4 taken to the police hospital.", 4, "injured", None, marks=pytest.mark.xfail(strict=True, reason="'4 taken': the participle is read as the counted noun and dropped"), id="c-with-taken"),
    pytest.param("Of those detained, 40 were taken to Central police station and 22 to Kilimani.", 22, "arrested", None, id="c-detained-stations"),
    pytest.param("Nineteen people were arrested, 12 of whom were taken to the Bole station and 7 to Arada.", 7, "arrested", None, id="c-of-whom-and"),
    pytest.param("The injured, 52 in all, went to four hospitals; Mercy took 21 and St Luke's 13.", 13, "injured", None, marks=pytest.mark.xfail(strict=True, reason="a hospital as the subject that took N: no carrying verb before or a place after the figure"), id="c-hospital-took"),
]


def _has(text: str, value: float, measure: str, subject: str | None) -> bool:
    return any(
        c.value == value and c.measure == measure and (subject is None or c.subject == subject)
        for c in extract_claims(Source(id="t", text=text))
    )


@pytest.mark.parametrize(("text", "value", "measure", "subject"), STATE_IMPLIES_MEASURE + REVISION_OR_PART + SPLIT_AFTER_FIGURE)
def test_the_measure_told_by_what_happened_to_the_people(text: str, value: float, measure: str, subject: str | None) -> None:
    assert _has(text, value, measure, subject)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        pytest.param("Bulldozers buried 3 cars under the rubble of the market.", 3, "killed", id="buried-cars"),
        pytest.param("Five trucks of aid were put on the road to the valley.", 5, "arrested", id="trucks-of-aid"),
        pytest.param("The union held 3 meetings with the police on Monday.", 3, "arrested", id="held-meetings"),
        pytest.param("The 41 injured were taken to two of the city's 9 hospitals.", 9, "injured", id="number-of-hospitals"),
        pytest.param("The minister, who turned 64 last week, was in hospital for a hip operation.", 64, "injured", id="age-in-hospital"),
        pytest.param("The 12 police vans were parked along the avenue all day.", 12, "arrested", id="vans-parked"),
        pytest.param("The cemetery has room for 200 more graves, the council said.", 200, "killed", id="graves-room"),
        pytest.param("Four ambulances took the injured to hospital.", 4, "injured", id="ambulances"),
        pytest.param("The party held 6 rallies in the province last month.", 6, "arrested", id="held-rallies"),
        pytest.param("Police said 30 were detained. The station has 4 cells.", 4, "arrested", id="cells"),
    ],
)
def test_things_in_those_states_are_not_counted(text: str, value: float, measure: str) -> None:
    assert not _has(text, value, measure, None)


# recall25's second first run: six more of each kind, written after the fix without looking at the code
# (5 of 18 failed: a2-paediatric-ward, b2-the-other-lightly, c2-took-to-hospital, c2-hospital-another,
# c2-sent-on-to; the carrying verb's 'on to' and a place of care after it with no figure before were then read).
SECOND_RUN = [
    pytest.param("By nightfall 16 students were sitting in police cells across the city, their lawyers said.", 16, "arrested", None, id="a2-sitting-in-cells"),
    pytest.param("Seven of the miners are still on ventilators in the regional hospital.", 7, "injured", None, id="a2-on-ventilators"),
    pytest.param("At least 9 demonstrators were shoved into an unmarked van by plain-clothes officers.", 9, "arrested", None, id="a2-shoved-unmarked-van"),
    pytest.param("Four pupils remain in the paediatric ward at Queen Elizabeth, the school said.", 4, "injured", None, marks=pytest.mark.xfail(strict=True, reason="a ward is no place of care in grammar.state_places (a city's ward too)"), id="a2-paediatric-ward"),
    pytest.param("The 14 men the militia abducted were found dead two days later.", 14, "killed", None, id="a2-abducted-found-dead"),
    pytest.param("Eleven farmers were locked in the cells at Bondo police post overnight.", 11, "arrested", None, id="a2-locked-in-cells"),
    pytest.param("The agency first reported 48 deaths, then revised its figure down to 41.", 41, "killed", None, id="b2-revised-down"),
    pytest.param("Health officials said 70 people were injured. By evening they had bumped the count to 85.", 85, "injured", None, id="b2-bumped-count"),
    pytest.param("Police said 12 were arrested, among them the group's treasurer and two drivers.", 2, "arrested", None, id="b2-among-them-drivers"),
    pytest.param("The toll was given as 17 on Monday; a ministry update on Tuesday put it at 19.", 19, "killed", None, id="b2-update-put-it"),
    pytest.param("Twenty people were hurt: three seriously, the other 17 lightly.", 17, "injured", None, marks=pytest.mark.xfail(strict=True, reason="'the other 17' after a colon's part: the rest of a figure (ellipsis)"), id="b2-the-other-lightly"),
    pytest.param("Organisers claimed 40,000 marchers; the interior ministry's own estimate was 12,000.", 12000, "participants", None, id="b2-own-estimate"),
    pytest.param("Of the 33 wounded, 19 were flown to Nairobi and 14 to Eldoret.", 14, "injured", None, id="c2-flown-and"),
    pytest.param("Rescuers pulled 25 people from the rubble and took 11 to the district hospital in Kasese.", 11, "injured", None, id="c2-took-to-hospital"),
    pytest.param("Police arrested 60 people; 35 were driven to Kamukunji station and the rest to Capitol Hill.", 35, "arrested", None, id="c2-driven-to-station"),
    pytest.param("The burns unit took in 7 of the injured, and the military hospital another 5.", 5, "injured", None, marks=pytest.mark.xfail(strict=True, reason="a hospital as the subject that took in N, and 'another 5' gapped after it"), id="c2-hospital-another"),
    pytest.param("Some 48 people were hurt, 30 of whom went to Princess Marina Hospital and 18 to Bokamoso.", 18, "injured", None, id="c2-of-whom-went"),
    pytest.param("Paramedics treated 22 people at the scene and sent 8 on to Groote Schuur.", 8, "injured", None, id="c2-sent-on-to"),
]


@pytest.mark.parametrize(("text", "value", "measure", "subject"), SECOND_RUN)
def test_the_measure_told_by_what_happened_second_run(text: str, value: float, measure: str, subject: str | None) -> None:
    assert _has(text, value, measure, subject)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        pytest.param("Rescuers said 40 people died in the landslide, among them 11 children.\n\nOn Thursday the county revised its toll down to 37.", 37, "killed", id="toll-revised-down"),
        pytest.param("Police detained 64 people during the night, according to a statement.\n\nBy morning the union had raised its own count to 80.", 80, "arrested", id="count-raised"),
        pytest.param("Medics treated 52 people for tear gas and wounds, a nurse said. Most went home.\n\nThe ministry later put its figure at 45.", 45, "injured", id="figure-put-at"),
        pytest.param("Organisers said 20,000 marched through the capital. Police were present.\n\nThe police, for their part, put their estimate at 6,000.", 6000, "participants", id="estimate-put-at"),
        pytest.param(
            "As of noon today we have recorded 18 deaths. Of the 18, five were children. We have the name of every one of them.\n\n"
            "3. The Ministry this morning raised its own figure to 12. We do not accept it.",
            12, "killed", id="statement-numbered",
        ),
    ],
)
def test_a_revised_figure_opening_its_paragraph_takes_the_measure_told_before(text: str, value: float, measure: str) -> None:
    assert _has(text, value, measure, None)


def test_people_told_not_to_be_in_a_state_are_not_counted_in_it() -> None:
    text = "Complaints were filed against six people, among them two fire-safety inspectors who are not in custody."
    assert not _has(text, 2, "arrested", None) and not _has(text, 6, "arrested", None)


# Recall in plain prose (issue 12): a count of people that no rule or wording claimed, whose
# clause's predicate tells the measure (measure/clause-predicate). Our own sentences, none of
# any set. Kind 1: the predicate after the counted people (a verb and its particle, a passive,
# an adjective or a place phrase of being there). Kind 2: the figure after its predicate, the
# counted people's noun before it ('the crowd swelled to N', 'the police were only N').
PREDICATE_AFTER = [
    ("Barely 600 nurses came out in Kisumu on Tuesday, the union said.", "participants", "after-came-out"),
    ("About 3,000 farmers showed up outside the assembly.", "participants", "after-showed-up"),
    pytest.param(
        "Some 250 residents stayed on at the roundabout past midnight.", "participants", id="after-stayed-on",
        marks=pytest.mark.xfail(strict=True, reason="staying is a crowd's only in a passage about a gathering or protesters"),
    ),
    ("The strike rally broke up at six. Some 250 residents stayed on at the roundabout past midnight.", "participants", "after-stayed-on-at-a-rally"),
    pytest.param(
        "Around 1,200 people lingered outside the court until the verdict.", "participants", id="after-lingered",
        marks=pytest.mark.xfail(strict=True, reason="staying is a crowd's only in a passage about a gathering or protesters"),
    ),
    ("The strike rally broke up at six. Around 1,200 people lingered outside the court until the verdict.", "participants", "after-lingered-at-a-rally"),
    ("Twelve officers were pelted with stones near the bridge.", "injured", "after-pelted"),
    ("Seven marchers needed stitches, a clinic nurse said.", "injured", "after-needed-stitches"),
    ("Three students ended up in the infirmary, the dean said.", "injured", "after-ended-up-in"),
    ("Nineteen youths were picked up in the night raids, residents said.", "arrested", "after-picked-up"),
    ("Eleven of the strikers were hauled off to the station.", "arrested", "after-hauled-off"),
    ("Some 400 gendarmes were on hand at the stadium.", "deployed", "after-on-hand"),
    ("Sixty of our wardens were on shift at the fairground.", "deployed", "after-on-shift"),
    ("Fourteen people were bruised in the crush at the gate.", "injured", "after-bruised"),
    ("Roughly 5,000 supporters were packed into the square by noon.", "participants", "after-packed-into"),
    ("Four of them were grazed by rubber bullets.", "injured", "after-grazed"),
    ("Not more than 900 dockers turned up at the gates, the port authority said.", "participants", "after-turned-up"),
    ("About 70 marshals were present along the route.", "deployed", "after-present"),
]
PREDICATE_BEFORE = [
    ("The crowd swelled to about 4,000 by mid-afternoon.", "participants", "before-crowd-swelled"),
    ("By nightfall the vigil had grown to roughly 1,500 people.", "participants", "before-vigil-grown"),
    ("The search party had swollen to 60 volunteers by Friday.", "deployed", "before-party-swollen"),
    ("The gendarmes were just 12 at the checkpoint.", "deployed", "before-gendarmes-were"),
    ("The strikers at the depot were no more than 200.", "participants", "before-strikers-were"),
    ("Protesters on the bridge were maybe 700, a witness said.", "participants", "before-protesters-were"),
    ("The firefighters at the scene were 35 in all.", "deployed", "before-firefighters-were"),
    pytest.param(
        "The march had shrunk to some 300 diehards by dusk.", "participants", id="before-march-shrunk",
        marks=pytest.mark.xfail(strict=True, reason="'diehards' is a noun of no list: the figure counts an unknown noun and is dropped before any measure is read"),
    ),
    ("Officers were only 20 at the main gate when it gave way.", "deployed", "before-officers-were"),
    ("The rescue crew grew to 75 men overnight.", "deployed", "before-crew-grew"),
    ("The sit-in dwindled to about 80 people after the rain.", "participants", "before-sit-in-dwindled"),
    ("The picket line thinned to 40 by evening, the union said.", "participants", "before-picket-thinned"),
]
# The second first-run, written after the reading without looking at its lists: kind 1 read 2 of 6 (as
# at main), kind 2 read 4 of 6 ('ballooned to' and 'Border guards … were barely 25' then made the
# reading structural: any past before 'to', a be-form after any subject's noun phrase).
SECOND_AFTER = [
    pytest.param("About 20 deputies were roughed up outside the chamber.", "injured", id="second-roughed-up", marks=pytest.mark.xfail(strict=True, reason="a verb of no list")),
    pytest.param("Fifteen of the pickets were frogmarched to a van.", "arrested", id="second-frogmarched", marks=pytest.mark.xfail(strict=True, reason="a verb of no list")),
    ("Some 90 volunteers pitched in overnight.", "deployed", "second-pitched-in"),
    ("Nearly 3,000 villagers flocked to the stadium for the rally.", "participants", "second-flocked"),
    pytest.param("Six of the marchers were knocked unconscious.", "injured", id="second-knocked-unconscious", marks=pytest.mark.xfail(strict=True, reason="a verb of no list")),
    pytest.param("About 45 riot police stood by at the junction.", "deployed", id="second-stood-by", marks=pytest.mark.xfail(strict=True, reason="a verb of no list")),
]
SECOND_BEFORE = [
    ("The demonstration had ballooned to some 12,000 people by noon.", "participants", "second-ballooned"),
    ("The crowd at the gates was no more than 300.", "participants", "second-crowd-was"),
    ("Border guards at the crossing were barely 25.", "deployed", "second-guards-were"),
    ("The vigil numbered about 600 by midnight.", "participants", "second-vigil-numbered"),
    ("By Friday the rescue contingent had grown to 140.", "deployed", "second-contingent-grown"),
    ("The sit-in shrank to 60 after police moved in.", "participants", "second-sit-in-shrank"),
]
PREDICATE_NOT = [
    ("The team grew to 15 players last season.", "not-players"),
    ("The fund swelled to 4,000 dollars by June.", "not-money"),
    ("Some 300 homes were hit by the floods.", "not-homes"),
    ("Five buses were held at the border overnight.", "not-buses"),
    ("The price rose to 40 by noon.", "not-price"),
    ("The lorries were only 12 at the depot.", "not-lorries"),
    pytest.param(
        "Two engineers were posted to the site in 2019.", id="not-engineers-posted",
        marks=pytest.mark.xfail(strict=True, reason="'posted' is a measures.deployed.after word: read before this reading, of anyone"),
    ),
    ("The committee has 12 members who stayed on after the vote.", "not-members"),
    ("The protest spread to 30 towns by the evening.", "not-towns"),
    ("About 640 people are still sleeping at the evacuation centre.", "not-displaced"),
]


def _params(rows: list) -> list:
    return [row if hasattr(row, "marks") else pytest.param(*row[:-1], id=row[-1]) for row in rows]


@pytest.mark.parametrize(("sentence", "measure"), _params(PREDICATE_AFTER + PREDICATE_BEFORE + SECOND_AFTER + SECOND_BEFORE))
def test_a_count_of_people_takes_its_clauses_predicate(sentence: str, measure: str) -> None:
    assert [c[1] for c in _counts(sentence)] == [measure]


@pytest.mark.parametrize("sentence", _params(PREDICATE_NOT))
def test_a_predicate_of_things_counts_no_people(sentence: str) -> None:
    assert _counts(sentence) == []


def test_the_gates_before_the_size_and_before_readers_hold_for_every_match() -> None:
    """size_of_a_body skips its pattern when the last word before the figure is none of the words
    a match may end with, and _measure_before skips a rule whose window holds none of the words
    each of its matches holds: both only where the pattern cannot match (random windows of the
    words the patterns read, others, capitals, white space and characters case-blind matching
    folds)."""
    import random

    from claimcheck.lexicon import load_lexicon
    from claimcheck.lines import UNFOLDED
    from claimcheck.parse import measure

    lex = load_lexicon()
    pattern, _, _, _, ends = measure._size_reader(lex)
    rules = [(pat, need) for _, pat, _, need in measure._measure_before_rules(lex) if need is not None]
    words = [
        *sorted(ends), "had", "by then", "already", "The", "march", "Police", "crowd", "toll", "put", "at",
        "number", "of", "count", "body", "among", "those", "in", "hospital", "brought", "the", "dead",
        "contacted", "Swelled", "WERE", "waſ", "ıs", "İS", "tO", "x-ray", "it's", "7", ",", "(", "“",
        "the toll was put at", "the body count had reached", "brought to", "the number of people killed was",
        "among those in hospital were", "the injured have reached to", "the Death TOLL stood at",
    ]
    rng = random.Random(27)
    for _ in range(4000):
        before = "".join(rng.choice(words) + rng.choice([" ", " ", "  ", "\n", "\t", ""]) for _ in range(rng.randint(0, 9)))
        if (hit := pattern.search(before)) is not None:
            last = before.split()[-1]
            assert last.lower() in ends or any(c in last for c in UNFOLDED), (before, hit)
        low = before.lower()
        for pat, (need, blind) in rules:
            if pat.search(before) is not None and not (blind and any(c in before for c in UNFOLDED)):
                assert any(w in (low if blind else before) for w in need), (pat.pattern[:60], before)


# BEGIN prose27
# Recall in plain prose (issue 12), killed, injured and arrested figures by the mechanism a
# reader needs (our own sentences, none of any set; written before the readings, session 27):
# an aside between the counted people and their verb, the harmed named before their number, a
# nominalisation, a split or elliptic sentence, a translation's order, a verb of no list, a denial of
# a noun of no list; and figures that are no claim. Each row: the sentence and the (value, measure)
# claims of killed, injured or arrested it must give (all of them, and no other of these measures
# when none is listed). The rows of kinds 'second-…' were written after the first readings,
# without looking at the code (the second first-run).
HARMED_IN_PROSE = [
    ('Some 300, most of them students, were later taken away in buses.', [(300, 'arrested')], 'aside-most-of-them'),
    ('Two men, a foreman and a crane operator, were taken into custody on Monday.', [(2, 'arrested')], 'aside-apposed-pair'),
    ("Three officials, among them the depot's director, have been detained pending trial.", [(3, 'arrested')], 'aside-apposed-names'),
    ('Eleven miners, including a 17-year-old apprentice, perished underground.', [(11, 'killed')], 'aside-including'),
    ('Forty villagers (several of them elderly) were hospitalised after the leak.', [(40, 'injured')], 'aside-bracket'),
    ('Nine guards — all from the night shift — were hurt when the roof gave way.', [(9, 'injured')], 'aside-dash'),
    pytest.param('Six pickets who had chained themselves to the gate were led away in handcuffs.', [(6, 'arrested')], id='aside-relative', marks=pytest.mark.xfail(strict=True, reason="'pickets' read as events (a picket line), not people")),
    ('At least 14 passengers, the coastguard said on Sunday, had drowned.', [(14, 'killed')], 'aside-said-inside'),
    ("Twenty-two workers, according to the union's tally, were injured in the blast.", [(22, 'injured')], 'aside-adverb-phrase'),
    ('About 60 fans, a dozen of whom were minors, were arrested outside the ground.', [(60, 'arrested')], 'aside-of-whom'),
    pytest.param('Four firefighters, in the early hours of Tuesday, were overcome by smoke and died.', [(4, 'killed')], id='aside-place-time', marks=pytest.mark.xfail(strict=True, reason="'were overcome by smoke and died': the first verb (injured) is read, not the death after it")),
    ('Five people, the bus driver, his conductor and three market traders, lost their lives.', [(5, 'killed')], 'aside-long-apposition'),
    ('The health ministry put the injured at 60 on Saturday.', [(60, 'injured')], 'nb-put-injured'),
    ('Officials revised the toll to 19 overnight.', [(19, 'killed')], 'nb-revised-toll'),
    ("The dead, the coroner's office confirmed late on Friday, numbered 23.", [(23, 'killed')], 'nb-dead-numbered'),
    ('Among the wounded, whom the governor now puts at 85, were several nurses.', [(85, 'injured')], 'nb-which-puts'),
    ('The committee said the martyrs are seven.', [(7, 'killed')], 'nb-martyrs-are'),
    ("Detainees now total 212, the lawyers' collective says.", [(212, 'arrested')], 'nb-detainees-total'),
    ('By Thursday arrests had climbed past 150.', [(150, 'arrested')], 'nb-arrests-climbed'),
    ('The hospital gave its casualty figure as 48 injured.', [(48, 'injured')], 'nb-casualty-figure'),
    ('The wounded passed 300 by evening, medics said.', [(300, 'injured')], 'nb-wounded-passed'),
    ('Fatalities reached 31 on the third day.', [(31, 'killed')], 'nb-fatalities-reached'),
    ('The tally of those arrested grew to 64.', [(64, 'arrested')], 'nb-tally-arrested'),
    ('The union puts the number hurt at about 40.', [(40, 'injured')], 'nb-puts-hurt'),
    ('Rights groups condemned the detention of 40 activists.', [(40, 'arrested')], 'nom-detention'),
    ('The arrest of 17 journalists drew protests from abroad.', [(17, 'arrested')], 'nom-arrest'),
    ('The deaths of 12 workers have prompted an inquiry.', [(12, 'killed')], 'nom-deaths'),
    ('The killing of nine villagers was blamed on the militia.', [(9, 'killed')], 'nom-killing'),
    ("The hospitalisation of 33 children led to the school's closure.", [(33, 'injured')], 'nom-hospitalisation'),
    ('Witnesses described the round-up of about 80 youths near the market.', [(80, 'arrested')], 'nom-roundup'),
    ('The drowning of six fishermen shocked the coast.', [(6, 'killed')], 'nom-drowning'),
    ('The jailing of 14 dock workers was overturned on appeal.', [(14, 'arrested')], 'nom-imprisonment'),
    ('The injuring of 25 spectators was caught on camera.', [(25, 'injured')], 'nom-injuring'),
    ('Police announced the capture of 37 persons for breaking the curfew.', [(37, 'arrested')], 'nom-capture'),
    ('The loss of 16 lives in the collapse was avoidable, the engineer said.', [(16, 'killed')], 'nom-loss-of-lives'),
    ('The evacuation of 200 residents went smoothly.', [], 'nom-evacuation-neg'),
    ('Police detained 40 on Friday. Another 12 were held on Saturday.', [(40, 'arrested'), (12, 'arrested')], 'split-another'),
    ('Eight people died in the fire. A further three succumbed in hospital.', [(8, 'killed'), (3, 'killed')], 'split-a-further'),
    ('The militia said 30 were captured. Police said 45.', [(30, 'arrested'), (45, 'arrested')], 'split-more-bare'),
    ('Officers arrested 58 people in the capital, and also 9 in Gweru and 6 in Kwekwe.', [(58, 'arrested'), (9, 'arrested'), (6, 'arrested')], 'split-place-list'),
    ('Twenty-nine were still in hospital on Friday - 17 in Muzaffargarh and 12 in Kot Addu.', [(29, 'injured'), (17, 'injured'), (12, 'injured')], 'split-dash-parts'),
    ('The number of dead stood at 14 on Monday and at 19 on Tuesday.', [(14, 'killed'), (19, 'killed')], 'split-and-at'),
    pytest.param('One woman died in hospital; the other eleven were found in the wreckage.', [(11, 'killed')], id='split-the-other', marks=pytest.mark.xfail(strict=True, reason="'the other eleven' after one death: the rest of the dead is no figure read from the one before")),
    ('At least 20 were wounded on Sunday. By Monday the figure was 35.', [(20, 'injured'), (35, 'injured')], 'split-so-far'),
    ('The director plus two others from the ministry were taken in for questioning.', [(2, 'arrested')], 'split-plus'),
    ('Police detained 23 on Wednesday. The union now says 17 more this morning.', [(23, 'arrested'), (17, 'arrested')], 'split-more-says'),
    ('Rescuers pulled out five bodies. Then seven more.', [(5, 'killed'), (7, 'killed')], 'split-then'),
    ('Medics treated 61 people, of whom 14 were children.', [(61, 'injured'), (14, 'injured')], 'split-of-whom'),
    ('In the clashes were injured 14 persons, the prefecture informed.', [(14, 'injured')], 'tr-were-injured'),
    ('In the accident lost the life 3 persons.', [(3, 'killed')], 'tr-lost-life'),
    ('Were detained by the police in the two days 450 comrades of ours.', [(450, 'arrested')], 'tr-were-detained'),
    pytest.param('Today still remain in the cells 118.', [(118, 'arrested')], id='tr-remain-cells', marks=pytest.mark.xfail(strict=True, reason="a place of custody before a bare figure ('remain in the cells 118'): no inverted reading of a state")),
    ('From the event died 6 persons and were wounded 20.', [(6, 'killed'), (20, 'injured')], 'tr-died-persons'),
    pytest.param('The officers could take control 23 persons and brought them to the station.', [(23, 'arrested')], id='tr-take-control', marks=pytest.mark.xfail(strict=True, reason="'take control N persons': a calque of arrest no list holds")),
    pytest.param('The hospital informed that it received the patients from the event all 12 persons.', [(12, 'injured')], id='tr-hospital-received', marks=pytest.mark.xfail(strict=True, reason="'received the patients … all 12 persons': the figure after the patients it restates")),
    ('Were apprehended in the night 31 young men, said the commander.', [(31, 'arrested')], 'tr-apprehended'),
    ('The victims of the explosion are 9 and the injured 40.', [(9, 'killed'), (40, 'injured')], 'tr-victims-are'),
    ('The balance of the dead rose to four persons.', [(4, 'killed')], 'tr-balance-dead'),
    ('Among the wounded 11 from the security members.', [(11, 'injured')], 'tr-from-security'),
    ('The quantity of persons detained arrived to 129, informed the police.', [(129, 'arrested')], 'tr-arrived-to'),
    pytest.param('At least 40 people have been brought in to the central station tonight.', [(40, 'arrested')], id='v-brought-in', marks=pytest.mark.xfail(strict=True, reason="'brought in' by the police is no measure's phrase (it is of the dead in denial.after)")),
    ('Seventy-one people received hospital treatment after the blast.', [(71, 'injured')], 'v-received-treatment'),
    pytest.param('Of the patients, 41 continue treatment in the city.', [(41, 'injured')], id='v-continue-treatment', marks=pytest.mark.xfail(strict=True, reason="'continue treatment' is no measure's phrase")),
    ('Five children were maimed by the mine.', [(5, 'injured')], 'v-maimed'),
    ('Two more patients succumbed overnight.', [(2, 'killed')], 'v-succumbed'),
    ('Troops rounded up some 70 men in the village.', [(70, 'arrested')], 'v-rounded-up'),
    ('Nineteen activists remain behind bars.', [(19, 'arrested')], 'v-behind-bars'),
    ('Twelve protesters were handcuffed and put in vans.', [(12, 'arrested')], 'v-cuffed'),
    ('Twenty-six residents were treated for smoke inhalation.', [(26, 'injured')], 'v-treated-for'),
    ('Eight workers suffered burns.', [(8, 'injured')], 'v-burns'),
    ('As many as 30 migrants perished at sea.', [(30, 'killed')], 'v-perished'),
    ('Four guards were slain at the checkpoint.', [(4, 'killed')], 'v-slain'),
    ('No leader of the party has been arrested so far.', [(0, 'arrested')], 'den-leader'),
    ('He said no fairgoer had been arrested.', [(0, 'arrested')], 'den-fairgoer'),
    ('The clashes did not cause any death, the source said.', [(0, 'killed')], 'den-cause-death'),
    pytest.param('None of our volunteers required treatment.', [(0, 'injured')], id='den-volunteers', marks=pytest.mark.xfail(strict=True, reason="'None of our volunteers required treatment': a need of care ('required treatment') is no harm word of denial.after")),
    ('No lives were lost, the fire service said.', [(0, 'killed')], 'den-lives-lost'),
    ('Nobody was detained, police said.', [(0, 'arrested')], 'den-nobody-detained'),
    ('The victim, 34, was a teacher from the town.', [], 'neg-age'),
    ('They were charged under Article 144 of the penal code.', [], 'neg-article'),
    ('Police impounded 12 vehicles and detained nobody.', [(0, 'arrested')], 'neg-vehicles'),
    ('The fines total 40,000 rupees.', [], 'neg-money'),
    ('The motion passed by 212 votes to 37.', [], 'neg-votes'),
    ('Some 40 houses were damaged.', [], 'neg-buildings'),
    ('Scores of villagers were maimed by the blast, a local official told reporters.', [(40, 'injured')], 'vg-scores-maimed'),
    pytest.param('A dozen of the burns victims later succumbed at the regional hospital.', [(12, 'killed')], id='vg-dozen-succumbed'),  # ('burns' a modifier of the victims, the death their verb: measure/harmed-who-died)
    ('Several hundred youths were rounded up in dawn raids across the district.', [(200, 'arrested')], 'vg-several-hundred-rounded'),
    ('Police said two to three thousand supporters were detained during the week.', [(2000, 'arrested')], 'vg-two-to-three-thousand'),
    ('Nearly two thousand people were hurt in the stampede, the health ministry said.', [(2000, 'injured')], 'vg-nearly-two-thousand-hurt'),
    pytest.param('A handful of stewards remain in custody.', [(3, 'arrested')], id='vg-handful-custody', marks=pytest.mark.xfail(strict=True, reason="'a handful' is no figure the number reader knows")),
    ('Between 40 and 50 inmates were injured in the riot, guards said.', [(40, 'injured')], 'vg-between-range'),
    ('Thirty-one fans were hospitalised after the crush at Gate 4.', [(31, 'injured')], 'vb-hospitalised-after'),
    ('"Nineteen of our miners lost their lives," the union leader said.', [(19, 'killed')], 'vb-lost-lives-quote'),
    ('At least 70 students were picked up by plain-clothes officers on Tuesday.', [(70, 'arrested')], 'vb-picked-up-passive'),
    ('Some 45 demonstrators were still in custody on Thursday morning.', [(45, 'arrested')], 'vb-in-custody-still'),
    ('Twenty-three inmates sustained gunshot wounds during the uprising.', [(23, 'injured')], 'vb-sustained'),
    ('Four guards were fatally stabbed in the east wing.', [(4, 'killed')], 'vb-fatally'),
    ('Six miners were killed by falling rock, the company confirmed.', [(6, 'killed')], 'vb-killed-agent'),
    ('Eighty people were detained by riot police outside the stadium.', [(80, 'arrested')], 'vb-detained-agent'),
    ('The injured, according to a hospital spokesman speaking on Sunday night, numbered more than 140.', [(140, 'injured')], 'or-number-after-clause'),
    ("The governor's office revised the toll to 19 after two more bodies were pulled from the river.", [(19, 'killed')], 'or-toll-revised'),
    ('Medics at the field clinic put the number of wounded at about 60.', [(60, 'injured')], 'or-put-wounded'),
    ('Police detained 40 people on Friday. Another 12 were arrested overnight in the port district.', [(40, 'arrested'), (12, 'arrested')], 'or-another-split'),
    ('Deaths from the collapse rose to 27 by Monday evening.', [(27, 'killed')], 'or-deaths-rose'),
    ('Arrests over the three days total 212, the interior ministry said.', [(212, 'arrested')], 'or-arrests-total'),
    ('In the confrontations were hurt 14 persons, among them 3 agents.', [(14, 'injured'), (3, 'injured')], 'or-translation-hurt'),
    ('Died in the fire 8 persons, of which 2 minors, reported the firemen.', [(8, 'killed'), (2, 'killed')], 'or-translation-died'),
    pytest.param('Lawyers condemned the detention of 40 activists and the beating of 11 others.', [(40, 'arrested'), (11, 'injured')], id='or-nominal-deployment-detention', marks=pytest.mark.xfail(strict=True, reason="'the beating of 11 others': 'beating' gives 'beated', not 'beaten'")),
    ('Some 300, most of them students from the technical institute, were later taken away in buses.', [(300, 'arrested')], 'or-predicate-far'),
    ('Two protesters were shot dead by soldiers near the bridge.', [(2, 'killed')], 'or-passive-agent-killed'),
    ('Seven died at the scene. A further four died in hospital overnight.', [(7, 'killed'), (4, 'killed')], 'or-a-further'),
    ('Among the dead was a 72-year-old retired teacher.', [], 'ng-age'),
    ('They were detained under Article 58 of the criminal code.', [], 'ng-article'),
    ('The council voted 14 to 3 to reopen the square.', [], 'ng-votes'),
    ('Each family of the 19 dead will receive 5,000 dollars.', [(19, 'killed')], 'ng-money'),
]


def _harmed(text: str) -> list[tuple[float | None, str | None]]:
    return [
        (c.value if c.value is not None else c.low, c.measure)
        for c in extract_claims(Source(id="t", text=text))
        if c.measure in ("killed", "injured", "arrested")
    ]


@pytest.mark.parametrize(("sentence", "expected"), _params(HARMED_IN_PROSE))
def test_harmed_in_plain_prose(sentence: str, expected: list[tuple[float, str]]) -> None:
    got = _harmed(sentence)
    assert all(e in got for e in expected) and (expected or not got)
# END prose27


# --- session 28 (prec28): a harm told by a modifier of the counted noun, a death by its verb ---
# (fresh lines written before the code; first run at main: 3/12 read as the modifier's harm)
MODIFIER_HARM_THEN_DEATH = [
    ("gravely-wounded-had-died", "Officials said two gravely wounded inmates had died in the prison hospital.", "killed"),
    ("injured-miners-passed-away", "Five injured miners passed away on Tuesday.", "killed"),
    ("detained-activists-later-died", "Four detained activists later died in custody.", "killed"),
    ("badly-burned-workers-died", "Three badly injured workers died overnight, the plant said.", "killed"),
    ("arrested-men-died", "Rights groups say 2 arrested men died in police cells.", "killed"),
    ("seriously-hurt-pilgrims-succumbed", "Six seriously wounded pilgrims succumbed at the clinic.", "killed"),
    ("wounded-conscripts-have-died", "Nine wounded conscripts have died since the blast.", "killed"),
    ("injured-fans-subsequently-died", "Two injured fans subsequently died in intensive care.", "killed"),
    ("detained-students-died", "Lawyers said 3 detained students died under interrogation.", "killed"),
    ("critically-wounded-lost-lives", "Seven critically wounded villagers lost their lives on the way.", "killed"),
    ("wounded-flown-stays", "The 30 wounded soldiers were flown to the capital.", "injured"),
    ("injured-taken-stays", "Some 14 injured passengers were taken to hospital.", "injured"),
]


@pytest.mark.parametrize(("text", "measure"), [pytest.param(*r[1:], id=r[0]) for r in MODIFIER_HARM_THEN_DEATH])
def test_a_harm_modifier_then_a_death_verb_counts_the_dead(text: str, measure: str) -> None:
    claims = [c for c in extract_claims(Source(id="t", text=text)) if c.measure in ("killed", "injured", "arrested")]
    assert [c.measure for c in claims] == [measure]


# Crowds and forces as objects and in ellipsis (issue 12 kind 8, crowds28): our own two-sentence
# reports, none of any set, written before the mechanisms. Kind 1: the figure is what a verb of
# counting, estimating, seeing or reporting takes as its object, directly ('tallied roughly 2,300
# drivers') or after its object ('pegged the turnout at some 1,800'). Kind 2: a bare figure in
# ellipsis after a crowd's or a force's figure takes its measure ('12,000 marched on Friday and
# 4,000 on Saturday'). Not: a place's capacity, signatures, members, population, things, money.
CROWD_OBJECT = [
    ("Taxi drivers blocked the ring road on Monday. Traffic police tallied roughly 2,300 drivers at the main junction.", 2300, "participants", "obj-tallied-drivers"),
    ("Tenants marched on city hall on Saturday. The housing union put the crowd outside the building at close to 6,000.", 6000, "participants", "obj-put-crowd-at"),
    ("Market vendors shut their stalls and rallied in the square. A city official pegged the turnout at some 1,800.", 1800, "participants", "obj-pegged-turnout"),
    ("Fishermen blockaded the harbour for a second day. Harbour officials logged about 2,500 fishermen on the quay.", 2500, "participants", "obj-logged-fishermen"),
    ("Nurses protested outside the health ministry. Union stewards reckoned the gathering at about 3,200 by noon.", 3200, "participants", "obj-reckoned-gathering"),
    ("Cyclists rode through the centre to demand safer lanes. Organisers spoke of 9,000 riders.", 9000, "participants", "obj-spoke-of"),
    ("Riot police were sent to the port after the strike began. A dock worker said he saw at least 80 riot police by the gate.", 80, "deployed", "obj-saw-riot-police"),
    ("Protesters camped outside parliament for a third night. A reporter for the radio station counted some 1,200 people there.", 1200, "participants", "obj-counted-people"),
    ("Parishioners held a vigil for the slain priest. The diocese estimated attendance at 5,500.", 5500, "participants", "obj-estimated-attendance"),
    ("Troops moved into the border town after the clashes. Residents described seeing about 300 soldiers in the streets.", 300, "deployed", "obj-seeing-soldiers"),
    ("Students occupied the campus for a week. The rector's office gave the number of occupiers as 400.", 400, "participants", "obj-gave-number-as"),
    ("Farmers drove their tractors into the capital. The interior ministry quoted 3,000 farmers and 900 tractors.", 3000, "participants", "obj-quoted-farmers"),
    ("Pensioners rallied in front of the presidency. Police estimated the demonstrators at no more than 1,500.", 1500, "participants", "obj-estimated-demonstrators"),
    ("Security was tight for the summit protest. The mayor cited 2,000 officers on the streets.", 2000, "deployed", "obj-cited-officers"),
    ("Miners marched to the company offices on Friday. The company's statement described the march as some 600 men.", 600, "participants", "obj-described-as"),
]
CROWD_ELLIPSIS = [
    ("Police said 12,000 marched in the capital on Friday and 4,000 on Saturday.", 4000, "participants", "ell-and-next-day"),
    ("Officials said about 8,000 rallied in the port city, and some 2,500 in the provincial capital.", 2500, "participants", "ell-and-place"),
    ("The ministry said 600 gendarmes had been deployed to the north, with a further 150 expected on Tuesday.", 150, "deployed", "ell-a-further"),
    ("Roughly 900 police officers were on duty on Saturday and 450 on Sunday, the prefecture said.", 450, "deployed", "ell-officers-next-day"),
    ("Organisers counted 30,000 protesters in the capital, 7,000 in the second city and about 2,000 elsewhere.", 7000, "participants", "ell-list-of-places"),
    ("The army said 250 soldiers had been sent to the valley, another 80 following by road.", 80, "deployed", "ell-another-following"),
    ("Some 1,500 riot police were posted around the stadium, 300 of them from neighbouring provinces.", 300, "deployed", "ell-part-of-them"),
    ("Police estimated that 7,000 people joined the march in Lyon and 2,500 in Grenoble.", 2500, "participants", "ell-joined-and-place"),
    ("The minister said 1,100 officers were mobilised, 400 from the capital and 700 from the regions.", 700, "deployed", "ell-from-regions"),
    ("Around 3,000 demonstrated on Tuesday, the union said, against 5,000 the day before.", 5000, "participants", "ell-against-day-before"),
    ("Protesters numbered about 6,000 on the first evening and barely 900 on the third, according to the police.", 900, "participants", "ell-numbered-and"),
    ("The coast guard said 40 divers were searching the lake, and 25 more would join them at dawn.", 25, "deployed", "ell-more-would-join"),
    ("Some 20,000 teachers struck in the north; in the south, perhaps 6,000.", 6000, "participants", "ell-semicolon-place"),
]
# Kind 3 (a vocabulary: forces named by who they are and what they do), first run at main 4 of 16 failed
# (militiamen, reinforcements twice, 'held in reserve' read as held in custody).
CROWD_FORCES = [
    ("About 300 militiamen were stationed along the pipeline.", 300, "deployed", "force-militiamen-stationed"),
    ("The governor drafted in 450 reinforcements from the neighbouring province.", 450, "deployed", "force-drafted-in-reinforcements"),
    ("Some 200 riot police fanned out across the old town.", 200, "deployed", "force-fanned-out"),
    ("A contingent of 80 gendarmes was flown in on Tuesday.", 80, "deployed", "force-contingent-of"),
    ("Roughly 1,000 troops were on standby outside the capital.", 1000, "deployed", "force-on-standby"),
    ("The ministry said 40 mounted police were held in reserve.", 40, "deployed", "force-held-in-reserve"),
    ("Some 120 special forces were positioned around the prison.", 120, "deployed", "force-positioned"),
    ("About 60 militia members patrolled the market overnight.", 60, "deployed", "force-militia-members"),
    ("The club said 95 stewards were on duty at the ground.", 95, "deployed", "force-stewards-on-duty"),
    ("Police brought in 250 officers from other districts to guard the route.", 250, "deployed", "force-brought-in"),
    ("Some 500 national guardsmen were posted at polling stations.", 500, "deployed", "force-national-guardsmen"),
    ("The army rushed 700 paratroopers to the border town.", 700, "deployed", "force-rushed"),
    ("Around 350 auxiliary police were assigned to the march route.", 350, "deployed", "force-auxiliary-assigned"),
    ("Authorities stationed about 150 coast guards along the beach.", 150, "deployed", "force-stationed-before"),
    ("Another 60 officers arrived from the capital on Wednesday morning.", 60, "deployed", "force-another-arrived"),
    ("A further 120 reinforcements were expected by plane.", 120, "deployed", "force-further-reinforcements"),
]
CROWD_NOT = [
    ("Fans protested outside the ground on Sunday. The stadium, which holds 40,000 spectators, was half empty.", 40000, "not-capacity"),
    ("Teachers marched on Friday. Their petition gathered 12,000 signatures before the march.", 12000, "not-signatures"),
    ("Dockers rallied at the port. The union, which has 80,000 members, called the strike.", 80000, "not-members"),
    ("Protesters blocked the roads into the town of 30,000 inhabitants.", 30000, "not-population"),
    ("Farmers drove into the capital. Police counted some 450 vehicles in the convoy.", 450, "not-vehicles"),
    ("Students marched on parliament. Organisers put the cost of the rally at 5,000 dollars.", 5000, "not-money"),
    ("Police said 12,000 marched on Friday and 40 were arrested.", 40, "not-arrested-after-crowd"),
    ("Protesters rallied in the capital. The council had approved 300 new buses, officials said.", 300, "not-buses"),
]


def _measure_of(text: str, value: float) -> list[str | None]:
    return [c.measure for c in extract_claims(Source(id="t", text=text)) if value == c.value or (c.low or 0) <= value <= (c.high or 0)]


CROWD_KNOWN = {
    "obj-spoke-of": "the passage names no gathering the lexicon knows ('rode through the centre')",
    "obj-gave-number-as": "the passage names no gathering the lexicon knows ('occupied the campus')",
    "obj-quoted-farmers": "the passage names no gathering the lexicon knows ('drove their tractors into')",
    "ell-a-further": "'a further N expected': a force's later arrivals, no reading yet",
    "ell-another-following": "'another N following by road': no reading yet",
    "ell-against-day-before": "'against N the day before': no reading yet",
    "ell-more-would-join": "'N more would join them': no reading yet",
    "ell-semicolon-place": "'teachers struck' alone names no crowd (the ellipsis has no antecedent's measure)",
}


def _known(rows: list) -> list:
    return [
        pytest.param(*row[:-1], id=row[-1], marks=pytest.mark.xfail(strict=True, reason=CROWD_KNOWN[row[-1]]))
        if row[-1] in CROWD_KNOWN
        else pytest.param(*row[:-1], id=row[-1])
        for row in rows
    ]


@pytest.mark.parametrize(("text", "value", "measure"), _known(CROWD_OBJECT + CROWD_ELLIPSIS + CROWD_FORCES))
def test_crowds_and_forces_as_objects_and_in_ellipsis(text: str, value: float, measure: str) -> None:
    assert _measure_of(text, value) == [measure]


@pytest.mark.parametrize(("text", "value"), _params(CROWD_NOT))
def test_capacities_members_and_things_are_no_crowd(text: str, value: float) -> None:
    assert not [m for m in _measure_of(text, value) if m in ("participants", "deployed")]


def test_a_rival_shorthand_takes_the_scale_of_millions_before_it() -> None:
    # crowd33 (issue 12): '2.4 million …, 1.1 according to the ministry' is 1.2 million (numbers._elided_scale)
    text = "Across the country 2.4 million joined the strike, 1.1 according to the ministry."
    assert [c[3] for c in _claims(text) if c[1] == "participants"] == [2400000, 1100000]
