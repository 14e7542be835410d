"""Grouping on whole reports (issue 13): what is one quantity across reports, end to end
(parse, situate, align) — per-day turnouts, a city inside a national figure, parts,
undated files and earlier events."""

from __future__ import annotations

import pytest

from claimcheck.match import align
from claimcheck.models import ClaimGroup, Source
from claimcheck.situate import event_home, parse


def grouped(*reports: tuple[str, str | None]) -> dict[str, list[int | float]]:
    """Group id -> the figures (low ends) of its claims, for reports given as (text, date)."""
    sources = [Source(id=f"r{i}", text=text, date=day) for i, (text, day) in enumerate(reports)]
    claims = [c for s in sources for c in parse(s)]
    groups = align(claims, home=event_home(sources))
    return {g.id: sorted(c.quantity.low for c in g.claims) for g in groups}


def of_measure(measure: str, *reports: tuple[str, str | None]) -> list[list[int | float]]:
    """The figures of each group of one measure, for reports given as (text, date), sorted."""
    return sorted(v for gid, v in grouped(*reports).items() if gid.startswith(measure))


def killed_in(text: str, day: str) -> list:
    """The claims of people killed in one report, parsed and situated."""
    return [c for c in parse(Source(id="r", text=text, date=day)) if c.measure == "killed"]


def groups_of(*reports: tuple[str, str | None]) -> list[ClaimGroup]:
    sources = [Source(id=f"r{i}", text=text, date=day) for i, (text, day) in enumerate(reports)]
    return align([c for s in sources for c in parse(s)], home=event_home(sources))


def test_a_multi_day_strikes_turnouts_are_one_quantity_per_day() -> None:
    """A union's three days in one sentence and the ministry's figure of the third and of the
    first: one group per day, each comparing the ministry with the union."""
    wednesday = (
        "MEXICO CITY, June 17 - The union said 140,000 teachers stayed out on Wednesday, "
        "against 95,000 on Monday and 118,000 on Tuesday. The education ministry said 30,000 "
        "teachers were on strike on Wednesday.",
        "2026-06-17",
    )
    monday = (
        "MEXICO CITY, June 15 - The education ministry said 21,400 teachers were on strike on "
        "Monday.",
        "2026-06-15",
    )
    got = grouped(wednesday, monday)
    days = {gid.rsplit("/", 1)[-1]: v for gid, v in got.items() if gid.startswith("participants")}
    assert days == {
        "2026-06-15": [21400, 95000],
        "2026-06-16": [118000],
        "2026-06-17": [30000, 140000],
    }


def test_a_citys_toll_is_apart_from_the_national_toll() -> None:
    """'168 people have died nationwide' (the national authority) and '96 … in Karachi' (the
    city's own count) are two quantities, not a conflict."""
    national = (
        "KARACHI, June 26 - The National Disaster Management Authority said at least 168 people "
        "had died of heat-related causes nationwide.",
        "2026-06-26",
    )
    city = (
        "KARACHI, June 25 - The number of heat-related deaths in Karachi stands at 96, the "
        "health department said.",
        "2026-06-25",
    )
    got = grouped(national, city)
    killed = [v for gid, v in got.items() if gid.startswith("killed")]
    assert sorted(killed) == [[96], [168]]


def test_a_part_is_compared_with_the_same_part() -> None:
    """'More than 200 injured, including 35 police officers' is compared with another
    report's injured police (four); the 200 (a total over the police and the others) is
    compared with the other report's 180 injured; 'Thirty-one of them were taken to
    hospital' is a part of its own."""
    ministry = (
        "More than 200 people were injured, including 35 police officers, the ministry said. "
        "Thirty-one of them were taken to hospital.",
        "2026-03-10",
    )
    police = ("The police said four officers were hurt and 180 people were injured.", "2026-03-10")
    got = grouped(ministry, police)
    assert got["injured/security"] == [4, 35]
    assert got["injured/people/hospitalised"] == [31]  # (told: those taken to hospital)
    assert got["injured/people"] == [180, 201]  # 'More than 200'


def test_a_share_or_a_gap_of_the_toll_is_no_rival_toll() -> None:
    """A rights group's 11 against the police's six is a dispute; 'the other five', 'the gap of
    five' and 'the five deaths the group adds to the police count' are what one count adds to
    the other, and 'removed one death' the size of a correction: none of them a toll in
    conflict with either."""
    groups = groups_of(
        ("HARBOUR TOWN, May 4 - Police said six people died in Sunday's dock riot. The Dockers' Rights "
         "League said at least 11 were killed.", "2031-05-04"),
        ("HARBOUR TOWN, May 5 - The gap of five deaths between the two counts is unexplained. "
         "Police accept six deaths; the question is whether the other five died in the riot. "
         "Whether the five deaths the league adds to the police count happened in the docks is "
         "disputed. Police removed one death found to have other causes on Sunday night.",
         "2031-05-05"),
    )
    pairs = [
        sorted((g.claims[a].text, g.claims[b].text)) for g in groups if g.measure == "killed" for a, b in g.conflicts
    ]
    assert ["at least 11", "six"] in pairs
    assert all(p == ["at least 11", "six"] for p in pairs), pairs


def test_nothing_beyond_a_count_is_no_denial_of_it() -> None:
    """'no reports of deaths beyond its own count' stands by the count: no zero against the
    rights group's 20 or the ministry's own 14."""
    groups = groups_of(
        ("RIVERTON, June 2 - The health ministry said 14 people had died in the flood. A rights "
         "group said at least 20 had died.", "2031-06-02"),
        ("RIVERTON, June 3 - The ministry said it had received no reports of deaths beyond its own "
         "count.", "2031-06-03"),
    )
    killed = [c.text for g in groups if g.measure == "killed" for c in g.claims]
    assert "14" in killed and "at least 20" in killed
    assert not any("no reports" in t for t in killed)


def test_undated_files_invent_no_revision() -> None:
    """Two undated reports: the police said 5,000 in one and 6,000 in the other. Nothing says
    which came first, so that is a conflict, not 'later raised'."""
    a = ("Police said 5,000 people took part in the march.", None)
    b = ("Police said 6,000 people took part in the march.", None)
    (group,) = groups_of(a, b)
    assert group.status == "conflict" and group.revisions == ()


def test_an_earlier_events_figure_is_its_own_group_in_an_undated_report() -> None:
    """'In 2019, 300 were killed' recalled in a report of the 2026 crackdown, with no date on
    the report: an earlier event's figure, apart from this one's toll."""
    a = (
        "Security forces killed at least 40 people during the March 2026 protests, a rights "
        "group said. In 2019, more than 300 people were killed in a similar crackdown.",
        None,
    )
    b = ("The government said 25 people were killed in the March 2026 protests.", None)
    got = grouped(a, b)
    before = [v for gid, v in got.items() if "/before" in gid]
    assert before == [[301]]  # 'more than 300'
    assert sorted(v for gid, v in got.items() if gid.startswith("killed") and "/before" not in gid) == [[25, 40]]


def test_reinforcements_are_apart_from_the_force_already_deployed() -> None:
    """'150 more police officers had been sent' adds to 'about 300 officers already
    deployed': two quantities, no conflict of 150 with 300; so are 'an additional 500 troops'
    and the 1,200 soldiers deployed in all."""
    report = (
        "The minister said 150 more police officers had been sent to the county. They join "
        "300 officers already deployed there, police said. The army sent an additional 500 "
        "troops, and 1,200 soldiers were deployed in all, it said.",
        "2026-08-12",
    )
    got = grouped(report)
    assert got["deployed/security/police"] == [300]
    assert got["deployed/security/increment/police"] == [150]
    assert got["deployed/security/military"] == [1200]
    assert got["deployed/security/increment/military"] == [500]


def test_a_local_events_toll_is_apart_from_the_nationwide_one() -> None:
    """A heatwave in one city: the city's tolls (named as the city's, or unplaced) are the
    event's; the national authority's nationwide count is a wider whole, apart. Where the
    nationwide figures are as many as the city's, they are the event's whole and the city's
    figure a part (a national crackdown seen from its capital)."""
    city = (
        "KARACHI, June 24 - The number of heat-related deaths in Karachi has risen to 31, the "
        "health department said.",
        "2026-06-24",
    )
    later = (
        "KARACHI, June 26 - The toll in Karachi stands at 96, the department said. The National "
        "Disaster Management Authority said 168 people had died nationwide. A charity said 300 "
        "people had died.",
        "2026-06-26",
    )
    got = grouped(city, later)
    assert got["killed/people"] == [31, 96, 300]
    assert got["killed/people/nationwide"] == [168]
    national = (
        "TEHRAN, Jan 10 - At least 300 people have been killed nationwide, a rights group said. "
        "In Tehran, 50 people were killed, it said. Officials said 120 people had died.",
        "2026-01-10",
    )
    got = grouped(national)
    assert got["killed/people"] == [120, 300]
    assert got["killed/people/tehran"] == [50]


def test_people_treated_at_the_scene_are_another_count_than_the_injured() -> None:
    """Paramedics' 'treated 23 people at the scene' and the Red Cross's 'first aid to 150'
    are counts of their own, neither the hospital's injured total nor in conflict with it."""
    report = (
        "MADRID, Feb 3 - At least 12 people were injured, the regional health service said. "
        "Paramedics said they had treated 23 people at the scene. The Red Cross said its "
        "volunteers gave first aid to 150 people.",
        "2026-02-03",
    )
    other = ("MADRID, Feb 3 - Officials said 14 people were injured in the clashes.", "2026-02-03")
    got = grouped(report, other)
    injured = {gid: v for gid, v in got.items() if gid.startswith("injured")}
    assert sorted(injured.values()) == [[12, 14], [23, 150]]


def test_a_regions_authority_gives_the_events_toll_not_a_places() -> None:
    """'the Enga provincial police commander' counts the event's dead, one quantity with the
    church's 21, while 'Turin police' still count Turin's crowd."""
    report = (
        "WABAG - The church put the toll at 21. \"Thirteen deaths were reported to us,\" the "
        "Enga provincial police commander said. Violence around elections is not new in Enga.",
        "2026-07-06",
    )
    got = grouped(report)
    assert [v for gid, v in got.items() if gid.startswith("killed")] == [[13, 21]]
    strike = (
        "ROME, Oct 3 - Unions said 2 million people joined the strike nationwide. In Turin, "
        "Turin police said 40,000 people marched.",
        "2026-10-03",
    )
    assert any(gid.endswith("/turin") for gid in grouped(strike))


def test_a_provinces_total_is_apart_from_its_citys() -> None:
    """'in Karachi stands at 96, and in the province as a whole at 121': the province's toll
    is a quantity of its own, neither the city's nor the toll another report gives for the
    event with no place ('At least 90 people have died')."""
    sitrep = (
        "KARACHI, June 25 - The number of heat-related deaths in Karachi stands at 96, and in "
        "the province as a whole at 121.",
        "2026-06-25",
    )
    other = ("KARACHI, June 25 - At least 90 people have died of heatstroke, officials said.", "2026-06-25")
    got = grouped(sitrep, other)
    assert sorted(v for gid, v in got.items() if gid.startswith("killed")) == [[90], [96], [121]]


def test_the_armed_sides_dead_are_apart_from_the_civilians() -> None:
    """'"more than 40" attackers had died' and 'six members of a local militia' are the armed
    side's toll (low ends: 'more than 40' is 41), one quantity apart from the 11 civilians two
    reports give; the hostages of 'Thirty-four hostages and all four gunmen were killed' stay
    with the people's toll (the four gunmen are the armed side's)."""
    army = (
        'KHARTOUM, Feb 4 - The army said "more than 40" attackers had died and that 11 '
        "civilians were killed.",
        "2026-02-04",
    )
    other = (
        "ADDIS ABABA, Feb 4 - Officials said six members of a local militia had died. Local "
        "leaders said 11 civilians were killed.",
        "2026-02-04",
    )
    got = grouped(army, other)
    assert sorted(v for gid, v in got.items() if gid.startswith("killed")) == [[6, 41], [11, 11]]
    siege = ("Thirty-four hostages and all four gunmen were killed. Officials said 31 hostages died.", None)
    assert sorted(v for gid, v in grouped(siege).items() if gid.startswith("killed")) == [[4], [31, 34]]


def test_what_a_later_clause_adds_is_not_the_toll() -> None:
    """'which had reported six deaths on Sunday night, said … that four more people had died':
    the four are what the day added (not the first figure of its sentence, but not joined to
    the one before by 'and'), apart from the toll of ten; '17 killed and hundreds more
    injured' stays the injured."""
    monday = (
        "ULAANBAATAR, Oct 19 - Ten people have been killed, the government said on Monday. The "
        "ministry, which had reported six deaths on Sunday night, said in a statement that four "
        "more people had died of their injuries. A rights group said at least 17 were killed.",
        "2026-10-19",
    )
    got = grouped(monday)
    assert got["killed/people/increment"] == [4]
    assert 4 not in got["killed/people"] and 10 in got["killed/people"]


def test_a_toll_since_the_day_its_unrest_began_is_of_the_statements_day() -> None:
    """'As of 17:00 today, 10 people … have died in connection with the unrest that began on 17
    October': the count of the statement's day (19 October), not of the 17th, so it is no rival
    of the two dead of the 17th."""
    statement = (
        "Issued by the Ministry, 19 October 2026\n\n1. As of 17:00 today, 10 people across the "
        "country have died in connection with the unrest that began on 17 October.",
        "2026-10-19",
    )
    saturday = ("Two people were killed on Saturday, officials said.", "2026-10-17")
    groups = groups_of(statement, saturday)
    ten = next(c for g in groups for c in g.claims if c.quantity.low == 10)
    assert ten.as_of is not None and ten.as_of.startswith("2026-10-19")
    assert all(g.status != "conflict" for g in groups)


def test_the_capital_is_not_the_second_city_a_report_names_most() -> None:
    """A report with no dateline that tells Darkhan's march and then the capital's ('In the
    capital, …'): the capital's crowd is not Darkhan's, and the Darkhan police's 2,000 is no
    rival of the capital's figures."""
    report = (
        "Six people have been killed nationwide, the ministry said late on Sunday.\n\n"
        "In Darkhan, some 2,000 people marched on Sunday afternoon, according to the provincial "
        "police. Two of the dead were killed in Darkhan that evening.\n\n"
        "In the capital, opposition supporters filled the square on Sunday afternoon. Police put "
        "the crowd at about 22,000. The alliance said more than 100,000 people had taken part.\n\n"
        "The ministry opened an investigation into the deaths in Darkhan.",
        "2026-10-18",
    )
    crowds = sorted(
        sorted(c.value for c in g.claims) for g in groups_of(report) if g.measure == "participants"
    )
    assert crowds == [[2000], [22000, 100000]]


def test_a_gatherings_rival_figures_are_of_the_day_of_the_gathering_they_count() -> None:
    """'… a far smaller crowd than Sunday's march, which police put at about 22,000 and
    organisers at more than 100,000': both figures are Sunday's (the march), not Monday's
    (the vigil the sentence opens with)."""
    report = (
        "On Monday evening about 3,000 people gathered in the square for a candlelight vigil, "
        "police said, a far smaller crowd than Sunday's march on the election commission, which "
        "police put at about 22,000 and organisers at more than 100,000.",
        "2026-10-19",
    )
    days = {c.value: c.as_of for g in groups_of(report) for c in g.claims}
    assert days == {3000: "2026-10-19", 22000: "2026-10-18", 100000: "2026-10-18"}


def test_a_provinces_figures_in_a_table_by_province_are_apart_from_the_national_toll() -> None:
    """A situation report's table of deaths by province and its own count for one province
    ('Our teams in Ghor recorded 23 deaths in the province, four more than ANDMA's figure of
    19'): Ghor's figures are compared with each other (23 against 19), apart from the national
    toll of 81, even where the wire's opening names Ghor (the event spans the provinces)."""
    wire = (
        "KABUL, Jan 19 (Wire) - Temperatures fell to minus 31C in Ghor. At least 74 people have "
        "died in a week of extreme cold across Afghanistan, the disaster authority said.",
        "2026-01-19",
    )
    sitrep = (
        "The authority said 81 deaths had been reported nationwide by 20 January.\n\n"
        "Our teams in Ghor recorded 23 deaths in the province, four more than ANDMA's figure of "
        "19.\n\n"
        "Province    Deaths\nGhor    23\nBadghis    12\nDaikundi    10\nBamyan    6\n",
        "2026-01-21",
    )
    got = grouped(wire, sitrep)
    ghor = next(v for gid, v in got.items() if gid.startswith("killed") and 19 in v)
    assert 23 in ghor and 74 not in ghor and 81 not in ghor
    assert any(v == [12] for gid, v in got.items() if gid.startswith("killed"))


def test_a_figure_for_the_district_is_the_district_its_sentence_names() -> None:
    """'A village elder in Lal district … a figure the provincial administration rejected,
    saying only 11 deaths had been confirmed in the district': the district's count, not the
    national toll; '412 people have been treated in hospitals in the region' (no place named
    in its sentence) stays the event's."""
    wire = (
        "KABUL, Jan 19 (Wire) - At least 74 people have died in a week of extreme cold across "
        "Afghanistan, the disaster authority said.\n\n"
        "A village elder in Ghor's Lal district said at least 30 people had died, a figure the "
        "provincial administration rejected, saying only 11 deaths had been confirmed in the "
        "district.\n\nThe health ministry said 212 people had been treated in hospitals in the "
        "region.",
        "2026-01-19",
    )
    places = {c.value: c.place for g in groups_of(wire) for c in g.claims}
    assert places[11] is not None and "Lal" in places[11]
    assert places[212] is None


def test_a_denial_of_injuries_by_the_police_is_no_rival_of_the_injured() -> None:
    """'None of them was injured by a police officer' (the ministry, of the 11 who sought
    help) denies only the injuries the police caused: it is no rival of 'at least 20 injured'."""
    ministry = (
        "According to the emergency service, 11 citizens were injured during the gathering, "
        "mostly by tear gas and falls. None of them was injured by a police officer.",
        "2026-09-20",
    )
    forum = ("N1 reports at least 20 injured near the Assembly.", "2026-09-20")
    groups = {g.id: g for g in groups_of(ministry, forum)}
    denial = next(g for g in groups.values() for c in g.claims if c.qualifier == "denial")
    assert denial.id != "injured/people" and len(denial.claims) == 1
    # after a raid, 'Not a single protester was injured by police action' denies the injured
    raid = (
        "Police raided the camp at dawn and at least 38 farmers were injured, doctors said. "
        '"Not a single protester was injured by police action," the minister said.',
        "2026-11-18",
    )
    assert [len(g.claims) for g in groups_of(raid) if g.measure == "injured"] == [2]


def test_a_part_still_held_is_the_count_of_those_held() -> None:
    """'22 of the 31 are still held' counts those still held (a state), apart from 'Nine of
    them were ordered detention of up to 48 hours' (another part) and from the 31."""
    report = (
        "The students' plenum says 31 of their people were detained overnight and 22 of the 31 "
        "are still held.",
        "2026-09-20",
    )
    held = next(c for g in groups_of(report) for c in g.claims if c.value == 22)
    assert held.period == "held"


def test_a_sub_incident_is_apart_unless_it_is_the_event_or_the_whole() -> None:
    """'eight farmers … were killed when shells landed on the village' in a story of a border
    clash is a sub-incident (apart from the toll of 44); 'Nine people were killed … when a fire
    swept through a ward' in a story of the fire is the event itself; 'four personnel … were
    killed when a car struck them' beside another report's four is the whole of that toll."""
    clash = (
        "KHARTOUM, Feb 4 - At least 44 people were killed in border clashes, officials said. "
        "Local officials said eight farmers were killed when shells landed on the village of "
        "Wad Kowli.",
        "2026-02-04",
    )
    got = grouped(clash)
    assert got["killed/people"] == [44] and got["killed/people/incident"] == [8]
    fire = (
        "ULAANBAATAR, 9 March - Nine people were killed and 34 injured when a fire swept through a "
        "ward of the maternity hospital. Fire officials said 34 people were injured.",
        "2026-03-09",
    )
    assert grouped(fire)["injured/people"] == [34, 34]
    checkpoint = (
        "At least four personnel of the Rangers were killed when a car struck them at a "
        "checkpoint, officials said.",
        "2024-11-26",
    )
    other = ("The interior minister said four Rangers had been killed.", "2024-11-26")
    assert grouped(checkpoint, other)["killed/security"] == [4, 4]


def test_an_earlier_storm_named_after_since_is_its_own_group() -> None:
    """'… the most damaging storm since Cyclone Enawo, which killed 81 people and injured more
    than 250 in March 2017': the earlier storm's figures (its name after 'since', a month and
    year after them), apart from this cyclone's toll."""
    text = (
        "At least 41 people have died and 153 have been injured, the disaster office said. Hery "
        "is the most damaging storm since Intense Tropical Cyclone Enawo, which killed 81 people "
        "and injured more than 250 in March 2017."
    )
    got = grouped((text, "2026-03-16"))
    wholes = (got["killed/people"], got["injured/people"], got["killed/people/before"])
    assert wholes == ([41], [153], [81])


def test_a_denial_limited_to_a_named_site_is_apart_from_the_toll() -> None:
    """'no, nobody died in the Florida shelter' (a site with a name, one its opening does not
    name) denies deaths at that site only: no rival of the toll of 27."""
    thread = (
        "Megathread: wildfires in Biobío and Ñuble. Keep everything about the fires here. "
        + "Official numbers are updated below as they come in, with their sources. " * 8
        + "\n\nSENAPRED update 20:00: 27 confirmed dead.\n\n"
        "My aunt is a nurse there: no, nobody died in the Florida shelter.",
        "2026-02-16",
    )
    denial = next(g for g in groups_of(thread) for c in g.claims if c.qualifier == "denial")
    assert len(denial.claims) == 1 and denial.claims[0].place == "Florida shelter"


def test_those_who_died_in_hospital_or_later_are_parts_of_the_toll() -> None:
    """A toll's breakdown by where or when its people died ('three who died in hospital',
    'seven survivors who died in the months that followed') is a part of it in every report,
    not a rival of the police's first 12 or the association's 41."""
    official = (
        "CÚCUTA, March 16 - Medicina Legal issued the official figure: 34 dead, 31 of them found "
        "inside the club and three who died in hospital in the following week. The police had "
        "first said 12 people died.",
        "2016-03-16",
    )
    association = (
        "The victims' association counts at least 41 dead. It counts seven survivors who died in "
        "the months that followed from lung damage, and a fact-check found 3 of people who died "
        "in hospital.",
        "2026-03-13",
    )
    got = grouped(official, association)
    assert got["killed/people"] == [12, 34, 41]
    assert got["killed/people/died-in-hospital"] == [3, 3]
    assert got["killed/people/died-later"] == [7]


def test_those_who_died_at_home_or_were_buried_in_one_cemetery_are_parts_of_the_toll() -> None:
    """'two elderly guests had died at home without going to a clinic' and '24 people had been
    buried in the village cemetery' are parts of the toll (where they died, where they lie),
    not rivals of the ministry's 25 or the councillor's 'at least 27'."""
    report = (
        "MARADI, Feb 25 - The health ministry raised the toll to 25 on Wednesday. The village "
        "head told us 24 people had been buried in the village cemetery. A councillor said the "
        "toll was at least 27, because two elderly guests had died at home without going to a "
        "clinic. Doctors told this newspaper that the real figure \"could be as high as 50\" if "
        "the men who died at home on the first night are included.",
        "2026-02-25",
    )
    got = grouped(report)
    assert got["killed/people"] == [0, 25, 27]  # ("as high as 50": up to 50, its low end 0)
    assert got["killed/people/buried"] == [24]
    assert got["killed/people/died-at-home"] == [2]


def test_one_mortuarys_bodies_and_the_unidentified_are_parts_of_the_toll() -> None:
    """'31 bodies had been taken to the morgue of the regional hospital' and 'Eight bodies are
    yet to be identified' beside the governor's overall toll of 88: one mortuary's count and
    the unidentified dead, parts of the toll, not rivals of it; where no toll is more, a
    morgue's count is the toll."""
    report = (
        "KANO, Aug 3 - The governor said the overall toll stood at 88. Staff said 31 bodies had "
        "been taken to the morgue of the regional hospital. Eight bodies are yet to be "
        "identified, a police spokesman said.",
        "2026-08-03",
    )
    got = grouped(report)
    assert got["killed/people"] == [88]
    assert got["killed/people/in-a-mortuary"] == [31]
    assert got["killed/people/not-identified"] == [8]
    alone = ("Nearly 40 bodies were brought to a hospital morgue after the crush, police said.", "2026-08-03")
    assert list(grouped(alone)) == ["killed/people"]
    several = (  # a count over several sites is a rival of the toll, not one mortuary's
        "LAGOS, Aug 4 - The state put the toll at 30. A rights group said its staff counted 38 "
        "bodies at two churches and at the city mortuary.",
        "2026-08-04",
    )
    assert grouped(several)["killed/people"] == [30, 38]


def test_a_death_in_hospital_that_is_the_whole_toll_stays_the_toll() -> None:
    """'one patient had died' where no report counts more dead is the toll itself (a part is
    less than its whole)."""
    hospital = (
        "LUSAKA, May 2 - Police fired tear gas at the march. UTH said it had received 39 people "
        "from the rally and that one patient had died.",
        "2026-05-02",
    )
    union = ("One miner died at the hospital, the union said.", "2026-05-02")
    assert grouped(hospital, union)["killed/people"] == [1, 1]


def test_a_named_hospitals_admissions_are_its_own_count() -> None:
    """A hospital's own admissions, whether it is the subject of the verb ('Bunia General
    Referral Hospital admitted 19') or where the wounded were brought ('Seventeen wounded
    people were brought to Bunia General Referral Hospital'), are apart from the raid's
    wounded (40, 21)."""
    wire = (
        "BUNIA, Sept 16 - Officials said 40 people were wounded in the raid. Seventeen wounded "
        "people were brought to Bunia General Referral Hospital on Tuesday evening, its director "
        "said.",
        "2026-09-16",
    )
    release = (
        "According to the health division, Bunia General Referral Hospital admitted 19 wounded "
        "people. We documented 21 people wounded.",
        "2026-09-22",
    )
    got = grouped(wire, release)
    assert got["injured/people"] == [21, 40]
    assert got["injured/people/bunia-general-referral-hospital"] == [17, 19]


def test_the_hospital_is_the_one_hospital_the_reports_name() -> None:
    """'The hospital admitted 34 patients' is the count of the one hospital another report names
    ('Hospital Regional de Occidente … has admitted 34'); where no report names a hospital,
    'the hospital had treated 31 people' stays with the event's injured."""
    live = (
        "QUETZALTENANGO, March 5 - CONRED said 61 people were injured. Hospital Regional de "
        "Occidente has published its own figures: it has admitted 34 patients.",
        "2026-03-05",
    )
    encyclopedia = ("According to CONRED, 64 people were injured. The hospital admitted 34 patients.", None)
    got = grouped(live, encyclopedia)
    assert got["injured/people"] == [61, 64]
    assert got["injured/people/hospital-regional-de-occidente"] == [34, 34]
    unnamed = (
        "LA PAZ, April 16 - The ministry said 46 people were injured. Quispe said the hospital "
        "had treated 31 people since midday.",
        "2026-04-16",
    )
    assert grouped(unnamed) == {"injured/people": [31, 46]}


def test_a_hamlets_dead_are_that_hamlets() -> None:
    """'12 in the neighbouring hamlet of Kpadroma' is that hamlet's count, a part of the raid's
    toll (a hamlet is an area noun, like a village)."""
    release = (
        "BUNIA, Sept 22 - At least 44 civilians were killed in the raid on Ndjala. Thirty-two of "
        "the victims were killed in Ndjala itself and 12 in the neighbouring hamlet of Kpadroma.",
        "2026-09-22",
    )
    wire = ("BUNIA, Sept 16 - At least 41 people were killed in the raid.", "2026-09-16")
    got = grouped(release, wire)
    assert got["killed/people/kpadroma"] == [12]
    assert got["killed/people"] == [41, 44]


def test_what_a_higher_count_added_is_a_part_of_it() -> None:
    """'it counted 61 deaths, because it added seven people killed by landslides': the seven
    explain why that count is higher than the toll of 54, and are no rival of it; so are the
    people of a second clause after a first one's place ('45 people in West Java and 31 in
    and around Jakarta' in 2018 are both of that earlier year)."""
    look_back = (
        "QUANG NGAI, Dec 20 - The failure killed at least 54 people, according to the People's "
        "Committee. In its annual report the national authority counted 61 deaths, "
        "because it added seven people killed by landslides in a neighbouring commune.",
        "2016-12-20",
    )
    got = grouped(look_back)
    assert got["killed/people/added"] == [7]
    assert [54, 61] in got.values()
    live = (
        "SUBANG, May 25 - The toll has risen to 31, the police said. Background: In April 2018, "
        "bootleg liquor laced with methanol killed 45 people in West Java and 31 in and around "
        "Jakarta.",
        "2026-05-25",
    )
    got = grouped(live)
    assert got["killed/people"] == [31]


def test_the_next_share_of_a_breakdown_is_a_part_too() -> None:
    """'Of the dead, 27 were from Monte Claro and 2 were killed by a lahar at the bridge': the 2
    is a share of the same breakdown as the 27, not a rival of the toll of 31; bodies laid 'in
    a mass grave' are that grave's count."""
    encyclopedia = (
        "QUETZALTENANGO, March 9 - CONRED said 31 people were killed. Of the dead, 27 were from "
        "Monte Claro and 2 were killed by a lahar at the bridge. A local chief said 28 bodies "
        "had been laid in a mass grave behind the school.",
        "2026-03-09",
    )
    got = grouped(encyclopedia)
    assert got["killed/people"] == [31]
    assert got["killed/people/part"] == [2]
    assert got["killed/people/mass-grave"] == [28]


def test_a_sentence_opening_in_a_place_there_are_is_that_places() -> None:
    """'In Colonia Mascías there are … no deaths' is that neighbourhood's denial, not a rival of
    the town's nine dead (as 'In Colonia Mascías, …' would be)."""
    transcript = (
        "SANTA FE, Nov 18 - We have nine people who have lost their lives as a consequence of the "
        "tornado. In Colonia Mascías there are damages to roofs and the school, but there are no "
        "deaths.",
        "2026-11-18",
    )
    got = grouped(transcript)
    assert got["killed/people"] == [9]
    assert got["killed/people/colonia-mascías"] == [0]


def test_an_embassys_nationals_are_a_part_of_the_toll() -> None:
    """A hostel fire's toll and each embassy's count of its own dead ('eight (8) Filipino
    nationals have lost their lives', an embassy's '9 from its citizens are among the deaths',
    '3 Bangladeshis lost their lives'): parts, one per country, keyed by the first letters
    its name and its people's name share; two counts of one country are one quantity."""
    wire = (
        "DUBAI, May 3 - At least 31 people died in the fire, the civil defence said. The Embassy "
        "of Bangladesh said 3 Bangladeshis lost their lives. Eight (8) Bangladeshi nationals "
        "have lost their lives in the fire, a community leader said.",
        "2026-05-03",
    )
    paper = ("The Embassy of the Philippines announced that 9 from its citizens are among the deaths.", None)
    got = grouped(wire, paper)
    assert got["killed/people"] == [31]
    assert got["killed/people/nationals-bangl"] == [3, 8]
    assert got["killed/people/nationals-phili"] == [9]


def test_an_embassys_count_that_is_the_whole_toll_stays_the_toll() -> None:
    """'27 Nepali pilgrims died' where no figure of the toll is higher: the toll itself."""
    got = grouped(("The bus fell into the gorge and 27 Nepali pilgrims died, police said.", None))
    assert got == {"killed/people": [27]}


def test_the_shot_are_a_part_of_the_dead_and_a_denial_of_shootings_is_theirs() -> None:
    """A union's five dead, 'three of them by gunfire', and the governor's 'nobody had died of
    a bullet wound': the shot are a part, and the denial contradicts that part, not the toll;
    'one man was dead on arrival' is a hospital's part too."""
    union = (
        "The union said five traders had been killed, three of them by gunfire. The governor "
        "said two people had died and that nobody had died of a bullet wound. One man was dead "
        "on arrival, a doctor said.",
        "2026-06-24",
    )
    got = grouped(union)
    assert got["killed/people"] == [2, 5]
    assert got["killed/people/shot"] == [0, 3]
    assert got["killed/people/dead-on-arrival"] == [1]


def test_a_toll_told_as_shot_dead_with_no_whole_is_the_toll() -> None:
    """'12 protesters were shot dead' names no whole: the toll, not a part."""
    got = grouped(("Police shot dead 12 protesters, witnesses said. The ministry said 9 died.", None))
    assert [k for k in got if k.endswith("/shot")] == []


def test_a_doctors_hospital_and_a_speakers_colleagues_are_apart_from_the_injured() -> None:
    """In a press conference, the rescuers' 21 taken to hospital, a doctor's 'Our hospital
    received 16 patients' and a fire chief's 'Four colleagues were slightly injured' are three
    quantities; the doctor's 'Four of them have severe burns' and the rescue service's 'of
    which 19 were hospitalized' are two parts, not one."""
    transcript = (
        "MUNTEANU: Twenty-one people were transported to hospital. Four colleagues were "
        "slightly injured.\n\n"
        "STAN: Our hospital received 16 patients from the site. Four of them have severe burns.",
        "2026-10-11",
    )
    paper = (
        "The rescue service said 23 people were injured, of which 19 were hospitalized.",
        "2026-10-12",
    )
    got = grouped(transcript, paper)
    assert got["injured/people"] == [21, 23]
    assert [v for k, v in got.items() if "hospital" in k and "hospitalised" not in k] == [[16]]
    assert got["injured/people/colleagues"] == [4]
    assert got["injured/people/burns"] == [4]
    assert got["injured/people/hospitalised"] == [19]


def test_a_toll_of_that_month_is_of_the_month_the_sentence_before_names() -> None:
    """'Memories of February 2008 … During the riots that month, the government put the death
    toll at 40': the 2008 riots' toll, not a rival of today's two dead; so is a toll named
    after an earlier event ('After Colectiv, when 64 people died, …')."""
    report = (
        "DOUALA, June 24, 2026 - The governor said two people died in the raid on the market. "
        + "Traders counted their losses and many stalls stayed shut on Wednesday. " * 8
        + "Memories of February 2008 are never far. During the riots that month, the government "
        "put the death toll at 40. After Colectiv, when 64 people died, the rules changed, a "
        "doctor said.",
        "2026-06-24",
    )
    got = grouped(report)
    assert got["killed/people"] == [2]
    assert sorted(v for k, vs in got.items() if "/before" in k for v in vs) == [40, 64]


def test_a_denial_during_that_operation_is_of_the_operation_the_sentence_before_dates() -> None:
    """'… since 2023, when a comparable operation led to 96 arrests. No deaths occurred during
    that operation.': the 2023 operation's toll, not a denial of this one's three dead; 'that
    operation' with no earlier year before it is this event's."""
    report = (
        "PARAMARIBO, March 14, 2026 - Police said three armed men were killed in an exchange of "
        "fire during the operation. "
        + "Officers dismantled dredges and seized mercury along the rivers. " * 8
        + "It was the largest operation since 2023, when a comparable operation led to 96 arrests. "
        "No deaths occurred during that operation.",
        "2026-03-14",
    )
    got = grouped(report)
    assert got["killed/people"] == [3]
    assert [v for k, vs in got.items() if k.startswith("killed/") and "/before" in k for v in vs] == [0]


def test_a_count_of_foreign_nationals_is_a_part_of_the_arrests() -> None:
    """'We arrested 214 persons …' beside 'the number of foreign nationals detained at 138' and
    '138 foreign nationals were detained': the foreigners among those held, apart from the
    whole and with each other, with no 'of whom' to say so."""
    report = (
        "PARAMARIBO, March 14, 2026 - We arrested 214 persons suspected of illegal mining. Police "
        "said 138 foreign nationals were detained. The ministry has put the number of foreign "
        "nationals detained at 138.",
        "2026-03-14",
    )
    got = grouped(report)
    assert got["arrested/people"] == [214]
    assert [v for k, v in got.items() if "foreign" in k] == [[138, 138]]


def test_a_place_named_across_the_window_is_read_whole() -> None:
    """A place whose name starts near the end of the words read after a figure is read whole
    ('in Mahboula', not 'in Ma'): the event's own place, so the figure is the event's toll."""
    text = (
        "MAHBOULA, Aug 7 - At least 24 migrant workers died in the fire that gutted a seven-storey "
        "labour hostel in Mahboula in the early hours of Thursday, the group said. The ministry "
        "said 22 people had died in Mahboula.",
        "2026-08-07",
    )
    got = grouped(text)
    assert got == {"killed/people": [22, 24]}


def test_a_digests_item_of_other_news_is_apart_from_the_toll() -> None:
    """A news digest's item of a road crash under its own headline ('Masvingo: six killed in
    kombi crash' / 'Six people died when a commuter omnibus collided …') is a sub-incident,
    its headline no whole that makes it the toll; a town's toll 'this year', in a sentence
    that names the town, is that town's."""
    digest = (
        "Miners trapped as shafts flood\nThe DCP said the death toll from the flooding had "
        "risen to 14.\n\nMasvingo: six killed in kombi crash\nSix people died when a commuter "
        "omnibus collided with a haulage truck, police said.\n\n"
        + "Rescuers went on pumping water out of the main shaft through the night.\n\n" * 8
        + "Cholera: four more deaths\n"
        "The ministry said four more people had died of cholera in Chitungwiza, bringing the "
        "town's toll this year to 23.",
        "2026-01-23",
    )
    got = grouped(digest)
    assert got["killed/people/incident"] == [6, 6]
    assert [k for k, v in got.items() if 23 in v] == ["killed/people/chitungwiza"]


def test_a_paragraph_opening_with_an_earlier_year_is_of_that_year() -> None:
    """An encyclopedia's background paragraph ('In October 2025, protests … broke out. The
    public prosecutor said 143 people had been arrested') is of 2025, apart from the 2026
    strike's arrests and from the 2017 protests' 'more than 400'; a sentence of it that names
    the event's year ('By January 2026, 71 … were still in detention') is not."""
    article = (
        "The 2026 Errachidia prison hunger strike was a hunger strike by detainees held at the "
        "local prison of Errachidia from 2 February to 14 March 2026.\n\n== Background ==\n"
        "In October 2025, protests over cuts to drinking water broke out in Tinghir. The public "
        "prosecutor said 143 people had been arrested. By January 2026, 71 people were still "
        "held in Errachidia, their lawyers said.\n\n"
        "The protests recalled those of 2017, during which rights groups said more than 400 "
        "people were arrested.\n\n== Sit-in ==\nOn 8 March, police dispersed a sit-in in Rabat "
        "and the AMDH said 14 people were arrested.",
        None,
    )
    got = grouped(article)
    assert [k for k, v in got.items() if 143 in v] == ["arrested/people/before/2025"]
    assert [k for k, v in got.items() if 401 in v] == ["arrested/people/before/2017"]
    assert not [k for k, v in got.items() if 71 in v and "before" in k]


def test_a_place_the_events_name_gives_is_the_events_own() -> None:
    """Two reports that name the event after its site ('The Mupfure Claims flood', a digest's
    topic 'Mupfure Claims flood'): a figure 'at Mupfure' is the event's toll, not a part."""
    report = (
        "DROWNED FOR GOLD. The Mupfure Claims flood of 19-20 January 2026 and what followed.\n\n"
        "The civil protection department closed the retrieval operation with a final count of "
        "27 dead.",
        "2026-04-10",
    )
    digest = (
        'Topic: "Mupfure Claims flood" - 14 stories\n\nThe miners\' federation said at least '
        "35 miners had died at Mupfure.",
        "2026-01-24",
    )
    got = grouped(report, digest)
    assert got["killed/people"] == [27, 35]


def test_another_incident_told_in_so_many_words_is_apart_from_the_toll() -> None:
    """'In a separate incident on Saturday, an avalanche … killed two truck drivers' is not a
    figure of the toll the report is about."""
    text = (
        "DUSHANBE, Feb 9 - The committee said 31 miners were killed by the avalanche at the "
        "hostel. In a separate incident on Saturday, an avalanche on the pass killed two truck "
        "drivers, the committee said."
    )
    assert of_measure("killed", (text, "2026-02-09")) == [[2], [31]]


def test_a_part_of_a_whole_told_by_its_number_alone_is_a_part() -> None:
    """'Five of the nine were children' is the children among the dead, compared with another
    report's children, not with the toll."""
    later = (
        "BEIRUT, Feb 16 - The fire killed nine people, the ministry said. Five of the nine were "
        "children, the ministry said."
    )
    first = "BEIRUT, Feb 12 - The fire killed seven people, four of them children."
    assert of_measure("killed", (later, "2026-02-16"), (first, "2026-02-12")) == [[4, 5], [7, 9]]


def test_a_funerals_mourners_are_apart_from_the_protests_crowd() -> None:
    """The crowd at the victims' funerals and the protest's crowd of the same day are two
    gatherings."""
    text = (
        "BAR ELIAS, Feb 13 - On Friday about 300 residents took part in a protest at the town's "
        "entrance. Several thousand people attended the funerals of the victims on Friday."
    )
    assert len(of_measure("participants", (text, "2026-02-13"))) == 2


def test_bodies_exhumed_are_apart_from_the_toll_and_a_denial_of_a_towns_people_is_a_part() -> None:
    """'Bodies were exhumed' counts the graves' dead, not the siege's; 'denied that any resident
    of the town had died' is the town's people, not the whole toll of nought."""
    text = (
        "LILONGWE, Apr 2 - The siege left 16 people dead, police said. Police said 37 bodies were "
        "exhumed from graves behind the chapel. The municipality denied that any resident of the "
        "town had died."
    )
    assert of_measure("killed", (text, "2026-04-02")) == [[0], [16], [37]]


def test_bodies_recovered_by_a_day_are_the_running_count() -> None:
    """'By the evening of 11 February, … had recovered 23 bodies' is all found by then (the
    toll as of that day), not that day's finds."""
    text = "By the evening of 11 February, the committee said its teams had recovered 23 bodies."
    claims = killed_in(text, "2026-02-12")
    assert [(c.as_of, c.period) for c in claims] == [("2026-02-11", "cumulative")]


def test_a_second_home_citys_march_of_the_same_day_is_that_citys() -> None:
    """Two cities of the event's own (each a report's dateline): the Dakar march and, the same
    day, 'In Ziguinchor, about 1,500 people marched again': two gatherings, the police's 6,000
    against the collective's 30,000 still one quantity."""
    dakar = (
        "DAKAR, June 9 - The police say about 6,000 people took part in the march in Dakar. The "
        "collective says more than 30,000 people joined the march. In Ziguinchor, about 1,500 "
        "people marched again this morning, regional police said.",
        "2026-06-09",
    )
    ziguinchor = (
        "ZIGUINCHOR, June 8 - Families of the missing gathered at the port in Ziguinchor.",
        "2026-06-08",
    )
    # (low ends: 'about 1,500' is 1,350-1,650)
    assert of_measure("participants", dakar, ziguinchor) == [[1350], [5400, 30001]]


def test_a_denial_of_any_child_is_the_part_four_of_them_children_counts() -> None:
    """'denied that any child had been killed' and 'four of them children' are one quantity
    (the children among the dead), whatever the number of the noun."""
    text = (
        "LILONGWE, Mar 11 - The rights centre said at least 19 people had died, four of them "
        "children. The police denied that any child had been killed."
    )
    assert of_measure("killed", (text, "2026-03-11")) == [[0, 4], [19]]


def test_the_deaths_after_which_a_toll_rose_are_what_it_added() -> None:
    """'the toll had risen to nine, after two patients died in hospital': the two are what the
    tally added, not a rival toll of two."""
    text = "BEIRUT, Feb 16 - The ministry said the toll had risen to nine, after two patients died in hospital."
    claims = killed_in(text, "2026-02-16")
    assert [(c.value, c.period) for c in claims] == [(9, "cumulative"), (2, "increment")]
def test_a_hunger_strikes_counts_are_one_quantity_over_its_days() -> None:
    """Those on a hunger strike are one count over its weeks (63 joined by 5 February, the
    prison's 12 on 10 February, 37 still refusing food at the end), not a crowd of one day;
    the sit-in held in its support is a gathering apart, and so is a march 'in support of the
    hunger strikers'."""
    article = (
        "The 2026 Errachidia prison hunger strike was a hunger strike by detainees held at the "
        "local prison of Errachidia.\n\n"
        "The families' committee said 63 detainees had joined the strike by 5 February. The "
        "prison administration said on 10 February that only 12 inmates were refusing meals.\n\n"
        "On 8 March, families held a sit-in in Rabat. The organisers said 3,000 people took part.",
        None,
    )
    wire = (
        "ERRACHIDIA, March 14 - Detainees ended a 41-day hunger strike on Saturday. The families' "
        "committee said 37 prisoners were still refusing food on Friday, down from 63 at the "
        "height of the strike. In Rabat, 5,000 people marched in support of the hunger strikers.",
        None,
    )
    got = grouped(article, wire)
    fasting = [v for k, v in got.items() if k.endswith("/hunger-strike")]
    assert fasting == [[12, 37, 63, 63]]


def test_a_paragraph_opening_months_before_its_report_is_an_earlier_event() -> None:
    """A wire of 14 March that writes no year: a paragraph opening 'The protests in Tinghir
    began in October' tells an earlier event (its 143 arrests are not the week's); one that
    opens in the report's own month is the event's."""
    wire = (
        "ERRACHIDIA, Morocco, March 14 (NAW) - Detainees ended a hunger strike on Saturday.\n\n"
        "The AMDH said 16 people had been arrested at a sit-in in Rabat on Sunday.\n\n"
        "The protests in Tinghir began in October after some neighbourhoods went without water. "
        "The public prosecutor says 143 people were arrested.\n\n"
        "The strike began in early March. Police said 20 people were arrested.",
        None,
    )
    got = grouped(wire)
    assert [k for k, v in got.items() if 143 in v] == ["arrested/people/before"]
    assert [k for k, v in got.items() if 20 in v] == [k for k, v in got.items() if 16 in v]


def test_a_kind_of_people_is_one_part_whatever_word_names_it() -> None:
    """The union's 'two deckhands had died' and the navy's 'no crew member was among the dead'
    count the crew, a part of the toll of 23 (lexicon kinds_of_people), apart from it; in a
    school-bus crash '12 children died' is the toll itself."""
    wire = (
        "ZIGUINCHOR, Nov 3 - At least 23 people were killed when fire swept through a ferry, the "
        "navy said. The navy said no crew member was among the dead. The seafarers' union said "
        "two deckhands had died in the engine room.",
        "2026-11-03",
    )
    got = grouped(wire)
    assert got["killed/people/crew"] == [0, 2]
    assert got["killed/people"] == [23]
    bus = ("DAKAR, May 2 - Twelve children died when their school bus overturned, police said.", "2026-05-02")
    assert list(grouped(bus)) == ["killed/people"]


def test_a_breakdown_by_named_hospital_gives_each_hospitals_count() -> None:
    """'(46) injured, distributed between Adan Hospital (29) and Al-Farwaniya Hospital (17)' and
    'The other five are at the Sfântul Ioan children's hospital': each hospital's count, a part
    of the injured apart from the total."""
    translated = (
        "KUWAIT, August 6 - The Ministry of Health stated that the number of the injured reached "
        "(46) injured, distributed between Adan Hospital (29) and Al-Farwaniya Hospital (17).",
        "2026-08-06",
    )
    got = grouped(translated)
    assert got["injured/people"] == [46]
    assert sorted(v for k, v in got.items() if k.endswith("-hospital")) == [[17], [29]]
    transcript = (
        "GALATI, Oct 11 - Twenty-one people were transported to hospital, the ISU said. "
        "Sixteen are at the county hospital. The other five are at the Sfântul Ioan children's hospital.",
        "2026-10-11",
    )
    assert [k for k, v in grouped(transcript).items() if v == [5]] == [
        "injured/people/sfântul-ioan-children-s-hospital"
    ]


def test_a_part_of_those_still_held_is_still_held() -> None:
    """'71 people arrested … remain in custody, 44 of them in Errachidia': the 44 are among those
    still held, not a count of the arrests at the week's sit-in."""
    wire = (
        "RABAT, March 14 - The AMDH said 16 people had been arrested at the sit-in on Sunday. The "
        "detainees' lawyers said 71 people arrested during the protests remain in custody, 44 of "
        "them in Errachidia.",
        "2026-03-14",
    )
    got = grouped(wire)
    assert [k for k, v in got.items() if 44 in v] == ["arrested/people/held/errachidia"]
    assert got["arrested/people"] == [16]


def test_a_figure_taking_up_that_crowd_is_that_gatherings() -> None:
    """'The organisers said that group was closer to 60' is the counter-demonstration's figure,
    and 'The coalition put that crowd at 4,000' the evening rally's, not the chain's; the rally
    told 'In the evening, …' after the chain's figures is a later gathering."""
    report = (
        "RIGA - The State Police put the turnout at 18,000 and the organisers at 52,300. Police "
        "also counted about 150 supporters of the bypass at a counter-demonstration in Sigulda. "
        "The organisers of the chain said that group was closer to 60 people.\n\n"
        "In the evening, about 2,500 people gathered at the Freedom Monument for a concert, "
        "according to the municipal police. The coalition put that crowd at 4,000.",
        "2026-04-26",
    )
    assert of_measure("participants", report) == [[54, 135], [2250, 4000], [18000, 52300]]  # (low ends)


def test_a_denial_that_anyone_was_shot_counts_the_shot_among_the_injured() -> None:
    """'Nobody was shot' denies a kind of injury, not the 41 injured; it would contradict a
    whole told as shot."""
    press = ("The commissioner said 41 people were injured. Nobody was shot, he said.", "2026-02-18")
    assert of_measure("injured", press) == [[0], [41]]
    shot = ("Doctors said 12 protesters were shot and wounded. Police said nobody was shot.", "2026-02-18")
    assert of_measure("injured", shot) == [[0, 12]]


def test_workers_and_nationals_told_as_parts_are_one_part_each() -> None:
    """'Fourteen of the dead were workers' and 'Fourteen (14) of the deceased were employees' are
    one part; '11 of the workers who died were Indian nationals' and 'eleven of them were
    citizens of India' another; the toll of 21 apart from both."""
    blog = (
        "The DDM raised the death toll to 21. Fourteen of the dead were workers, the department "
        "said. The embassy said 11 of the workers who died were Indian nationals.",
        "2026-07-17",
    )
    communique = (
        "The death toll stands at 21. Fourteen (14) of the deceased were employees of contractors. "
        "The embassy said that eleven of them were citizens of India.",
        "2026-07-18",
    )
    assert of_measure("killed", blog, communique) == [[11, 11], [14, 14], [21, 21]]


def test_a_rival_count_right_after_a_past_crowd_counts_that_crowd() -> None:
    """'The police said "no more than 80" people took part' right after the 2007 march's 300, in
    its paragraph and naming no time of its own, is that march's figure, not the report's day's
    nor last year's 150."""
    report = (
        "AYNI, Feb 9 - In February 2007, on the first anniversary, about 300 relatives marched "
        "from the bazaar in Ayni to the district administration. The police said \"no more than "
        "80\" people took part.\n\nLast year about 150 people came.",
        "2026-02-09",
    )
    assert of_measure("participants", report) == [[0, 270], [135]]


def test_the_dead_recovered_from_graves_are_a_count_of_their_own() -> None:
    """Bodies recovered from graves ('By nightfall the remains of 23 people had been recovered'
    after police began exhuming bodies from graves; 'recovered 23 bodies by that evening and
    37 by 30 March') are the graves' dead, apart from the toll of the raid; the bodies rescuers
    recover in a disaster are its toll."""
    raid = (
        "MANGOCHI, March 12 - At least 16 people were killed in the raid, police said. On "
        "Thursday police investigators began exhuming bodies from shallow graves behind the "
        "chapel. By nightfall the remains of 23 people had been recovered, police said.",
        "2026-03-12",
    )
    later = (
        "The raid left 21 people dead, a rights commission said. Exhumations behind the chapel "
        "began on 12 March. Police had recovered 23 bodies by that evening and 37 by 30 March.",
        "2026-04-01",
    )
    got = grouped(raid, later)
    assert got["killed/people"] == [16, 21]
    assert got["killed/people/exhumed"] == [23, 23, 37]
    flood = ("TURRIALBA, Aug 1 - The river rose again overnight. The Red Cross said its teams have "
             "recovered four bodies.", "2026-08-01")
    assert grouped(flood) == {"killed/people": [4]}


def test_a_look_backs_later_counts_of_its_event_are_its_toll() -> None:
    """In a look back 44 years on, 'In 1985 the families' committee counted 143 dead' and '…
    concluded in its 1994 report that at least 96 people had been killed' date the counts, not
    other events: the massacre's toll, with the army's 14 of 1982; 'In 2016, another attack
    killed 3' stays another year's."""
    retrospective = (
        "Los Amates, 44 years on: the graves give their count\n\nBy Staff · 12 October 2026\n\n"
        "On 11 and 12 October 1982 troops entered the hamlet. The army said 14 terrorists were "
        "killed. In 1985 the families' committee counted 143 dead. The national commission, "
        "created after the 1992 peace accords, concluded in its 1994 report that at least 96 "
        "people had been killed. In 2016, another attack killed 3 people.",
        "2026-10-12",
    )
    got = grouped(retrospective)
    assert got["killed/people"] == [14, 96, 143]
    assert [v for gid, v in got.items() if gid.startswith("killed/people/")] == [[3]]


def test_in_a_hospital_fire_the_patients_who_died_are_the_toll() -> None:
    """Where the reports tell the event at a hospital ('Sunday night's hospital fire', 'the fire
    that tore through a pavilion of the regional hospital'), 'six patients had died' is the
    toll's first figure, not those who died in hospital after it; patients who died after
    being moved elsewhere ('evacuated to private clinics have died there', 'died after being
    moved to private clinics') are a part of their own."""
    newsletter = (
        "LIBREVILLE, June 10 - The count of the dead from Sunday night's hospital fire went up "
        "again. The hospital's director told state television that six patients had died. By "
        "Monday evening the ministry of health had raised the toll to nine. The union says the "
        "real toll is 15, because four patients who were evacuated to private clinics have died "
        "there.",
        "2026-06-10",
    )
    aggregator = (
        "The death toll from the fire that tore through a pavilion of the regional hospital in "
        "Libreville has climbed to 12, the health ministry said. The union says at least 15 "
        "people have died, counting four patients who died after being moved to private clinics.",
        "2026-06-12",
    )
    got = grouped(newsletter, aggregator)
    assert got["killed/people"] == [6, 9, 12, 15, 15]
    assert got["killed/people/died-after-a-transfer"] == [4, 4]
    eruption = (
        "GUATEMALA CITY, June 5 - At least 30 people were killed by the eruption, the agency said. "
        "Doctors at the Roosevelt hospital said two patients died overnight.",
        "2026-06-05",
    )
    assert grouped(eruption)["killed/people/died-in-hospital"] == [2]


def test_the_next_cell_of_a_rows_day_is_of_that_day() -> None:
    """A newsletter's table of three days ('Sunday 13 Sep (inside the estate)   Police: 1,800  ·
    Organisers: 6,000'): the organisers' cell is of its row's day, not of the report's."""
    table = (
        "THREE DAYS IN IRBID\n\nHow many marched, by day:\n"
        "  Sunday 13 Sep (inside the estate)     Police: 1,800  ·  Organisers: 6,000\n"
        "  Monday 14 Sep (Irbid-Ramtha road)     Police: 3,500  ·  Organisers: 11,000+\n"
        "  Tuesday 15 Sep (to the governorate)   Police: 2,200  ·  Organisers: 9,000\n",
        "2026-09-16",
    )
    days = {gid.rsplit("/", 1)[-1]: v for gid, v in grouped(table).items() if gid.startswith("participants")}
    assert days == {"2026-09-13": [1800, 6000], "2026-09-14": [3500, 11000], "2026-09-15": [2200, 9000]}


def test_a_breakdown_of_the_dead_by_two_kinds_of_people_gives_parts() -> None:
    """'the fatalities encompass 3 correctional officers, 14 inmates and 6 residents': the
    inmates and the residents are parts of the toll (the officers their side's), and 'no
    residents were among the dead' denies the residents' part; 'five civilians and two security
    officers' is the people's whole beside the officers'."""
    police = (
        "JACMEL, Aug 2 - No less than 23 individuals died, police said. According to the police "
        "spokesperson, the fatalities encompass 3 correctional officers, 14 inmates and 6 "
        "residents of the nearby neighbourhood.",
        "2026-08-02",
    )
    later = (
        "The Ministry of Justice put the figure at 17 the same day, saying no residents were "
        "among the dead.",
        "2026-08-04",
    )
    got = grouped(police, later)
    assert got["killed/people/inmate"] == [14]
    assert got["killed/people/resident"] == [0, 6]
    guinea = ("CONAKRY, May 3 - The spokesman said five civilians and two security officers had "
              "died in the protests.", "2026-05-03")
    assert grouped(guinea) == {"killed/people": [5], "killed/security": [2]}


def test_a_denial_of_civilian_deaths_beside_a_fighters_toll_is_the_civilians_part() -> None:
    """'"14 terrorists were killed in combat" … The same communiqué stated that no civilians had
    been killed during the operation': the army counts its dead as fighters; its denial is of
    the civilians among the dead, not a rival of the toll of 138."""
    retrospective = (
        "SAN SALVADOR, Oct 12 - Prosecutors now put the number of victims at 138. Two days after "
        "the massacre the army issued a communiqué announcing that \"14 terrorists were killed in "
        "combat\". The same communiqué stated that no civilians had been killed during the "
        "operation.",
        "2026-10-12",
    )
    got = grouped(retrospective)
    assert got["killed/people/civilian"] == [0]
    assert got["killed/people"] == [14, 138]
    faction = ("BUNIA, May 3 - At least 30 people were killed, the UN said. A spokesman for the "
               "faction claimed that no civilians were killed by its members.", "2026-05-03")
    assert grouped(faction) == {"killed/people": [0, 30]}


def test_a_toll_broken_down_place_first_gives_each_place_its_own_figure() -> None:
    """'Lomeri now counts 40 dead, Havasu 22, Tiber 9 and Oskan 5' after the national 81: four
    places' figures, each apart from the whole (not four conflicts with 81), and each beside
    the same place's figure in another report."""
    saturday = (
        "DORVAN, May 9 - The toll of the floods rose to 81 on Saturday, the ministry said. "
        "Lomeri now counts 40 dead, Havasu 22, Tiber 9 and Oskan 5, according to the ministry.",
        "2026-05-09",
    )
    friday = ("DORVAN, May 8 - The governor said on Friday that 18 people had died in Havasu.", "2026-05-08")
    got = grouped(saturday, friday)
    killed = {gid: v for gid, v in got.items() if gid.startswith("killed")}
    assert killed == {
        "killed/people": [81],
        "killed/people/lomeri": [40],
        "killed/people/havasu": [18, 22],
        "killed/people/tiber": [9],
        "killed/people/oskan": [5],
    }


def test_a_table_of_sectors_gives_each_sector_its_own_figures() -> None:
    """A table scraped one row per line whose first heading is an area noun ('Sector', like
    'District' or 'Commune'): each row is its place's dead and injured, not the whole's; the
    'Total' row is the whole."""
    text = (
        "The ministry's final figures were published on 12 May.\n\n"
        "Casualties by sector\n"
        "Sector Dead Injured\n"
        "Lomeri 26 39\n"
        "Havasu 11 18\n"
        "Total 37 57\n"
    )
    got = grouped((text, "2026-05-13"))
    assert got["killed/people/lomeri"] == [26] and got["injured/people/havasu"] == [18]
    assert got["killed/people"] == [37] and got["injured/people"] == [57]


def test_a_live_pages_key_points_are_of_its_latest_day() -> None:
    """A live page posted on Monday and kept up to Tuesday, its entries under day headings
    newest first: its key points above them are Tuesday's ('9 dead (Tuesday)' is not the
    Tuesday before the flood began, and '40 people arrested' is no Monday count), while an
    entry under Monday's heading stays Monday's."""
    text = (
        "LIVE: floods in Dorvan\n\nPosted: 2026-05-04 08:00 | Updated: 2026-05-05 21:00\n\n"
        "Key points\n"
        "- The ministry's toll from Sunday's floods: 9 dead (Tuesday)\n"
        "- Police say 40 people have been arrested for looting since Monday\n\n"
        "Tuesday 5 May\n\n"
        "18:00 - The ministry says the toll has risen to 9.\n\n"
        "Monday 4 May\n\n"
        "20:00 - The ministry says six people have died.\n"
    )
    claims = parse(Source(id="r", text=text, date="2026-05-04"))
    day = {c.sentence[:12]: (c.as_of or "")[:10] for c in claims}
    assert day["- The minist"] == "2026-05-05"  # '9 dead (Tuesday)'
    assert day["Police say 4"] == "2026-05-05"  # '40 people have been arrested'
    assert day["20:00 - The "] == "2026-05-04"  # 'The ministry says six people have died.'


def test_those_in_hospital_are_a_state_not_the_count_of_the_injured() -> None:
    """'88 people were in hospital', 'with 46 people in hospital' (no 'still'): how many are in
    hospital at that time, which falls as patients go home, not the count of the injured (143)
    nor a conflict with it."""
    tuesday = ("DORVAN, May 5 - The ministry said 143 people had been injured on Tuesday.", "2026-05-05")
    thursday = (
        "DORVAN, May 7 - Yesterday evening 88 people were in hospital. The toll stood at 19 "
        "on Thursday, with 46 people in hospital.",
        "2026-05-07",
    )
    injured = {gid: v for gid, v in grouped(tuesday, thursday).items() if gid.startswith("injured")}
    assert injured["injured/people"] == [143]
    assert sorted(v for gid, v in injured.items() if gid.endswith("held")) == [[46, 88]]


def test_an_undated_report_is_of_the_day_whose_counts_it_repeats() -> None:
    """Two marches a week apart, each in Avelo and Brisk. An undated report gives the police's
    and the union's Avelo counts of the first (20,000 and 64,000, as the first day's report
    does) and a Brisk count: all three are of the first day, not of the second, whose counts
    are near but not the same (the police's 24,000, the union's 70,000)."""
    first = (
        "AVELO, March 2 - Police said 20,000 people marched in Avelo on Monday; the union said "
        "64,000. In Brisk, police counted 5,000 marchers on Monday.",
        "2026-03-02",
    )
    second = (
        "AVELO, March 9 - Police said 24,000 people marched in Avelo on Monday; the union said "
        "70,000. In Brisk, police counted 9,000 marchers on Monday.",
        "2026-03-09",
    )
    undated = (
        "Teachers marched in Avelo, where police said 20,000 people took part and the union said "
        "64,000. In Brisk, police counted 6,000 marchers.",
        None,
    )
    got = {gid: v for gid, v in grouped(first, second, undated).items() if gid.startswith("participants")}
    brisk = {gid.rsplit("/", 1)[-1]: v for gid, v in got.items() if "brisk" in gid}
    assert brisk == {"2026-03-02": [5000, 6000], "2026-03-09": [9000]}


def test_a_weekday_opening_with_no_comma_dates_its_sentence() -> None:
    """'On Friday evening the union held a vigil …, attended by about 2,000 people': Friday's
    gathering, not Thursday's march the paragraph before counted; 'On Sunday the police had given
    a lower estimate of 5,000' stays of no day (Sunday is when they said it)."""
    text = (
        "DORVAN, May 8 - Police said about 1,800 people took part in Thursday's march; the union "
        "said more than 12,000.\n\n"
        "On Friday evening the union held a candlelight vigil outside the town hall, attended by "
        "about 2,000 people by its own count."
    )
    days = {c.text: c.as_of for c in parse(Source(id="r", text=text, date="2026-05-08"))}
    assert days == {"about 1,800": "2026-05-07", "more than 12,000": "2026-05-07", "about 2,000": "2026-05-08"}
    said = "DORVAN, May 8 - On Sunday the police had given a lower estimate of around 5,000 marchers."
    assert [c.as_of for c in parse(Source(id="r", text=said, date="2026-05-08"))] == [None]


def test_a_toll_from_monday_nights_fire_is_told_on_its_reports_day() -> None:
    """'the death toll from Monday night's fire had risen to 19', told on Friday: the toll as of
    Friday (Monday night is when the fire began), above Monday's six, no conflict."""
    monday = ("DORVAN, May 4 - A fire at a depot killed six people on Monday night, officials said.", "2026-05-04")
    friday = (
        "DORVAN, May 8 - Two more patients died overnight.\n\nThe health ministry said the death "
        "toll from Monday night's fire at the Kessa depot in the Orvo industrial zone had risen to 19.",
        "2026-05-08",
    )
    (toll,) = [c for c in parse(Source(id="r", text=friday[0], date=friday[1])) if c.text == "19"]
    assert toll.as_of == "2026-05-08"
    killed = [g for g in groups_of(monday, friday) if g.measure == "killed"]
    assert [g.status for g in killed if any(c.text == "19" for c in g.claims)] == ["rising"]
    assert not any(g.conflicts for g in killed)


def test_a_rumours_figure_told_before_its_medium_and_called_false_is_nobodys() -> None:
    """'figures of several hundred arrests are circulating on social networks … do not
    correspond to reality': the rumour is told to be denied, no count of the arrested (the rule
    not-a-count/rumour-called-false, its medium after the figure); one nobody denies stays."""
    denied = (
        "DORVAN, May 8 - We wish to inform the public that 74 persons have been arrested. Our "
        "services have noted that figures of several hundred arrests are circulating on social "
        "networks. We state clearly that these figures do not correspond to reality."
    )
    got = [c.text for c in parse(Source(id="r", text=denied, date="2026-05-08")) if c.measure == "arrested"]
    assert got == ["74"]
    kept = "DORVAN, May 8 - Figures of 3,000 arrests are circulating on social networks."
    assert [c.text for c in parse(Source(id="r", text=kept, date="2026-05-08"))] == ["3,000"]


def test_a_count_since_a_named_days_event_counts_to_its_report() -> None:
    """'at least 160 people detained since the march of Thursday 7 May', told on Friday: the
    count up to Friday (the day names where it starts), so not a rival of Thursday's police
    figure of 52 arrests at the march; 'the largest since the protests of 2024' after a
    gathering's day names no span."""
    text = (
        "DORVAN, May 8 - The League has documented the detention of at least 160 people since the "
        "march of Thursday 7 May."
    )
    assert [c.as_of for c in parse(Source(id="r", text=text, date="2026-05-08"))] == ["2026-05-08"]
    rally = (
        "DORVAN, May 8 - Tens of thousands of people filled the stadium on May 6, the largest "
        "gathering since the winter protests of 2024."
    )
    assert [c.as_of for c in parse(Source(id="r", text=rally, date="2026-05-08"))] == ["2026-05-06"]


def test_the_dead_of_each_named_hospital_are_parts_of_the_toll() -> None:
    """'Of the 27 dead, 21 died at the scene, three at the Orvo Regional Hospital and two at the
    Kessa Emergency Hospital': each hospital's dead a quantity of its own (the other report's
    'three deaths here' at the regional hospital's, a part too, beside it), none a rival of 27."""
    monday = (
        "DORVAN, May 4 - The ministry said the toll had risen to 27. Of the 27 dead, it said, 21 "
        "died at the scene, three at the Orvo Regional Hospital and two at the Kessa Emergency "
        "Hospital.",
        "2026-05-04",
    )
    got = {gid: v for gid, v in grouped(monday).items() if gid.startswith("killed")}
    assert got["killed/people/died-at-orvo-regional-hospital"] == [3]
    assert got["killed/people/died-at-kessa-emergency-hospital"] == [2]
    assert [27, 27] in got.values()


def test_inmates_are_a_part_where_the_toll_holds_guards_too() -> None:
    """A riot whose toll holds inmates and guards ('17 people killed, … among them three prison
    guards'): the ministry's '15 dead inmates' is the inmates' count, apart from the toll (17,
    and the families' more than 30); where only inmates died
    ('three inmates died', a rights group's 'seven inmates were killed', 'seven men dead'),
    the inmates' figures are the toll, one quantity in conflict."""
    mixed = (
        "DORVAN, May 4 - The siege ended with 17 people killed, the ministry said, among them three "
        "prison guards. The ministry has so far acknowledged 15 dead inmates. The families say "
        "more than 30 died.",
        "2026-05-04",
    )
    got = grouped(mixed)
    assert got["killed/people/inmates"] == [15]
    assert got["killed/people"] == [17, 31]
    only = (
        "DORVAN, May 4 - Sadly, three inmates died, the prison service said. The rights network "
        "says seven inmates were killed. Seven men dead, not three, it said.",
        "2026-05-04",
    )
    assert [gid for gid in grouped(only) if gid.startswith("killed")] == ["killed/people"]


def test_a_kinds_count_beside_another_sides_is_its_own_count() -> None:
    """A sentence counting each side's dead ('Nine inmates and two prison guards died', a
    box's '12 inmates, 2 prison officers') tells the inmates' count, a part of the toll like
    the rights group's '10 dead prisoners', not one share of one side's breakdown; the shares
    of a breakdown of one side ('of the 15 dead, eight were women, four children and three
    men') stay out of a kind's count."""
    kinds = (
        "KESTRA (AP) - Nine inmates and two prison guards died in the fire at the jail, the "
        "justice ministry said on Monday. The fire service said 13 people died. The rights group "
        "says it has counted 10 dead prisoners.",
        "2026-05-04",
    )
    box = (
        "Jail fire: what we know\n\nDead — 14 (justice ministry, 6 May): 12 inmates, 2 prison "
        "officers · 16 (rights group)\n\nThe fire started in a kitchen.",
        "2026-05-06",
    )
    got = grouped(kinds, box)
    assert got["killed/people/inmates"] == [9, 10, 12]
    assert got["killed/people"] == [13, 16]
    shares = (
        "KESTRA (AP) - Of the 15 dead, the ministry said, eight were women, four children and "
        "three men. The fire service says 17 people died.",
        "2026-05-04",
    )
    assert [gid for gid in grouped(shares) if "children" in gid] == []


def test_a_crowd_at_a_named_site_is_apart_from_the_days_march() -> None:
    """'At the Kesri mill, some 300 workers rallied at the gate' on the day of a march the
    police and the union count: a crowd at another site, its own quantity, not a third figure
    of the march; a sentence opening with 'At least' names no site."""
    live = (
        "DORVAN, June 3 - Police said 2,000 people marched to the ministry on Wednesday; the "
        "union said 9,000. At the Kesri mill, some 300 workers rallied at the gate.",
        "2026-06-03",
    )
    assert of_measure("participants", live) == [[270], [2000, 9000]]  # (some 300: 270-330)
    least = ("DORVAN, June 3 - At least 3,000 people joined the march, the union said.", "2026-06-03")
    assert of_measure("participants", least) == [[3000]]


def test_bodies_recovered_with_by_a_day_after_them_are_the_running_count() -> None:
    """'had recovered 35 bodies by the evening of 7 May' counts all found up to then (as 'By
    the evening of 7 May, … had recovered 35' does): one toll with the ministry's 31 and 38,
    not that day's finds; 'recovered 17 bodies on Monday' stays that day's."""
    wire = (
        "KARVO, May 9 (Wire) - The ministry put the toll at 31 on 6 May and at 38 on 8 May. The "
        "Red Cross said its volunteers had recovered 35 bodies by the evening of 7 May.",
        "2026-05-09",
    )
    assert of_measure("killed", wire) == [[31, 35, 38]]
    day = ("KARVO, May 9 (Wire) - Navy divers recovered 17 bodies on Monday, the navy said.", "2026-05-09")
    assert [c.period for c in killed_in(*day)] == ["day"]


def test_the_place_an_events_own_clause_names_is_the_events() -> None:
    """'At least 41 people have lost their lives in the dam disaster which occurred in Kosi
    District': the district is where the whole event happened, said of the event, not of the
    figure; the toll is one with the ministry's."""
    wire = ("KARVO, May 8 (Wire) - The dam burst above Karvo. The ministry says 38 died.", "2026-05-08")
    other = ("KARVO, May 9 (Wire) - Rescuers searched the river below Karvo.", "2026-05-09")
    page = (
        "At least 41 people have lost their lives in the dam disaster which occurred in Kosi "
        "District, a police official told reporters.",
        "2026-05-09",
    )
    assert of_measure("killed", wire, other, page) == [[38, 41]]


def test_a_hospitals_staff_telling_its_own_count_after_its_name() -> None:
    """'At Kosi District Hospital, nurses said they were treating 27 injured people': the
    hospital's own patients, a part of the event's injured (the ministry's 97), not a rival
    of it."""
    wire = (
        "KARVO, April 16 (Wire) - The ministry said 97 people were injured and 40 died.\n\n"
        "At Kosi District Hospital, nurses said they were treating 27 injured people, most of "
        "them with fractures.",
        "2026-04-16",
    )
    assert of_measure("injured", wire) == [[27], [97]]


def test_the_home_citys_share_of_a_wider_count_is_its_own() -> None:
    """Unrest in Dorvan and Ostrel, reported from Dorvan in undated wires: '140 people had been
    arrested, 90 of them in Dorvan and 50 in Ostrel' and a lawyers' group's 'over 200
    detentions in Dorvan alone' are Dorvan's counts, apart from the totals (the police's 140,
    the lawyers' 330), though the event's own place is Dorvan."""
    police = (
        "DORVAN (Wire) - Police said 140 people had been arrested in the unrest, 90 of them in "
        "Dorvan and 50 in Ostrel.",
        None,
    )
    lawyers = (
        "DORVAN (Wire) - A lawyers' group said it had counted 330 detentions in the unrest. \"We "
        "have counted over 200 detentions in Dorvan alone,\" its director said.",
        None,
    )
    assert grouped(police, lawyers)["arrested/people"] == [140, 330]


def test_rival_gatherings_of_one_day_are_two_quantities() -> None:
    """A government rally and an opposition march in one city on one day, each with the
    police's and the organisers' counts: the rally's figures are compared with the rally's,
    the march's with the march's, also where a report names them only in an infobox line, in
    a gapped sentence ('… 9,000 the opposition march') or after the figure ('for the
    opposition march'); a count that names neither joins the camp given its very figure."""
    wire = (
        "TBILISI, May 9 - Riot police kept the crowds apart in the capital on Saturday. Police "
        "said 60,000 attended the pro-government rally outside parliament and 9,000 the "
        "opposition march. The opposition bloc said 45,000 people had marched. A police "
        "spokesman later repeated that 60,000 had come.",
        "2026-05-09",
    )
    infobox = (
        "Number Government rally: 60,000 (police); 58,000 (monitors) "
        "Opposition rally: 45,000 (organisers); 9,000 (police)",
        None,
    )
    fact_check = (
        "The monitoring group counted 21,000 for the opposition march and 38,000 for the "
        "government rally.",
        "2026-05-11",
    )
    got = grouped(wire, infobox, fact_check)
    crowds = sorted(v for gid, v in got.items() if gid.startswith("participants"))
    assert crowds == [[9000, 9000, 21000, 45000, 45000], [38000, 60000, 60000, 60000]]


def test_one_camps_gathering_alone_is_not_split() -> None:
    """Reports that name only the opposition's march (and figures with no camp) keep one
    crowd: a camp splits a quantity only beside another camp's gathering."""
    reports = (
        ("Police said 12,000 joined the opposition march on Sunday.", "2026-03-01"),
        ("Organisers said 40,000 people had marched on Sunday.", "2026-03-01"),
    )
    assert of_measure("participants", *reports) == [[12000, 40000]]


def test_the_hospital_is_the_one_its_own_report_names() -> None:
    """'The hospital had treated 30 people' in a report that names St Anne's Hospital for
    another figure is St Anne's count, apart from the ministry's toll, though the event's
    reports name two hospitals."""
    one = (
        "KARVO, May 9 - St Anne's Hospital received 4 bodies, its director said. "
        "The hospital had treated 30 people for injuries by the evening, he said.",
        "2026-05-09",
    )
    two = (
        "KARVO, May 9 - The Northern District Hospital said it had admitted 12 injured people. "
        "The ministry said 64 people were injured in the blast.",
        "2026-05-09",
    )
    got = grouped(one, two)
    assert got["injured/people/st-anne-s-hospital"] == [30]
    assert got["injured/people"] == [64]


def test_those_held_now_are_apart_from_the_arrest_total() -> None:
    """'At the moment 240 people are held in police cells' (present tense, a state) counts those
    still held, the same quantity as a monitor's 'still in custody', not the 1,100 arrested."""
    ministry = (
        "ORAVA, Sept 14 - The ministry said 1,100 people had been detained since Friday. At the "
        "moment 240 people are held in police cells, it added.",
        "2026-09-14",
    )
    monitors = ("ORAVA, Sept 14 - Monitors said 410 people were still in custody.", "2026-09-14")
    got = grouped(ministry, monitors)
    assert got["arrested/people/held"] == [240, 410]
    assert got["arrested/people"] == [1100]


def test_an_earlier_events_figure_with_its_place_or_without_is_one_quantity() -> None:
    """A past attack told once with its town ('In 2022, 11 people were killed … in Selva') and
    once without ('the 2022 raid on a market, which killed 11 people') is one earlier quantity,
    apart from today's toll (the town is named past the reports' openings: no place of the
    event's own)."""
    search = "Soldiers searched the hills around the town through the night. " * 12
    wire = (
        "RIVA, April 3 - Gunmen killed 40 people at a checkpoint in Riva on Monday, officials "
        f"said.\n\n{search}\n\nIn 2022, 11 people were killed in an attack on the market in Selva.",
        "2026-04-03",
    )
    paper = (
        f"RIVA, April 3 - The toll rose to 41 in Riva.\n\n{search}\n\nIt was the worst attack "
        "since the 2022 raid on a market, which killed 11 people.",
        "2026-04-03",
    )
    got = grouped(wire, paper)
    assert got["killed/people/before/selva"] == [11, 11]
    assert "killed/people/before" not in got


def test_a_crowd_told_the_morning_after_is_of_the_day_before() -> None:
    """A paper of Sunday 29 November gives the federation's 40,000 in Porto with no day: the
    march of the day before (Saturday 28th), not the first march two weeks earlier, to which
    the same side gave a close figure."""
    first = ("Police said 9,500 people marched in Porto on Saturday, and the federation said 35,000.", "2026-11-14")
    second = ("Police said 12,000 people marched in Porto on Saturday.", "2026-11-28")
    after = ("In Porto, the federation said 40,000 people marched.", "2026-11-29")
    assert of_measure("participants", first, second, after) == [[9500, 35000], [12000, 40000]]


def test_an_undated_wire_is_of_the_day_its_dateline_names(tmp_path) -> None:
    """A wire with no date line of its own but a dateline ('PORTO, Nov 14 (Teranga Wire) -') is
    of that day, in the year of its event's dated reports: its crowd figures with no day are
    that day's, apart from the later march's."""
    from claimcheck.pipeline import compare

    (tmp_path / "1.txt").write_text(
        "date 2026-11-29\n\nTeachers marched again in Porto on Saturday. Police said 12,000 people "
        "marched in Porto, and the federation said 40,000.\n"
    )
    (tmp_path / "2.txt").write_text(
        "Teachers march in Porto\n\nBy Ana Lima\n\nPORTO, Nov 14 (Teranga Wire) - Teachers marched in "
        "Porto on Saturday. Police said 9,500 people marched, and the federation said 35,000.\n"
    )
    report = compare([str(tmp_path)])
    crowds = [c for g in report.groups if g.measure == "participants" for c in g.claims]
    assert {c.date for c in crowds if c.path.endswith("2.txt")} == {"2026-11-14"}
    assert sorted(sorted(c.quantity.low for c in g.claims) for g in report.groups if g.measure == "participants") == [
        [9500, 35000],
        [12000, 40000],
    ]


def test_every_item_of_a_long_list_of_towns_is_its_towns() -> None:
    """A police summary lists each town's crowd under a lead-in that names the county
    commands: the fourth and fifth items are towns as much as the first, each a quantity of its
    own (Sliven's against the union's figure for Sliven), not a rival of the national total."""
    police = (
        "Based on the reports of the county police commands, the number of participants was:\n\n"
        "  * Varna (Sea Garden): approx. 9,000 persons\n"
        "  * Burgas (Troikata square): approx. 6,000 persons\n"
        "  * Pleven (Vazrazhdane square): approx. 4,000 persons\n"
        "  * Sliven (Hadzhi Dimitar square): approx. 3,000 persons\n"
        "  * Ruse (Freedom square): approx. 2,000 persons\n"
        "  * Shumen (Osvobozhdenie square): approx. 1,500 persons\n"
        "  * Dobrich (Svoboda square): approx. 1,200 persons\n"
        "  * Haskovo (Svoboda square): approx. 1,000 persons\n\n"
        "In all, about 24,000 people took part nationwide, the police said.",
        "2026-10-03",
    )
    union = ("The union said 3,500 people marched in Sliven.", "2026-10-03")
    got = grouped(police, union)
    assert got["participants/people/sliven"] == [2700, 3500]  # ('approx. 3,000': from 2,700)
    assert got["participants/people/ruse"] == [1800]
    assert got["participants/people/haskovo"] == [900]  # (its lead-in is 400 characters above it)
    assert [gid for gid, v in got.items() if 900 in v] == ["participants/people/haskovo"]


def test_a_figure_called_the_national_total_is_the_nationwide_one() -> None:
    """'put the national total at 64,000' is the nationwide crowd, compared with the union's
    nationwide figure, not with the capital's."""
    paper = (
        "In Lisbon, police said 45,000 people marched on Saturday. The interior ministry put the "
        "national total at 64,000.",
        "2026-11-29",
    )
    union = ("The union said 200,000 people marched nationwide on Saturday.", "2026-11-29")
    assert of_measure("participants", paper, union) == [[45000], [64000, 200000]]


def test_a_list_item_beside_a_known_town_is_a_town() -> None:
    """A union's count town by town, in a dashed list under 'Our count for Thursday, 15
    October:': the report names Ljubljana after 'in' elsewhere, so Ljubljana's item is a town,
    and so are its siblings (Celje's 6,500 against the police's 2,000 in Celje), not rivals of
    the turnout across the country."""
    union = (
        "Today, on the second day of the strike, we were 80,000 across the country. Our stewards "
        "counted every march at fixed points.\n\nOur count for Thursday, 15 October:\n"
        "– Ljubljana: 45,000\n– Maribor: 12,000\n– Celje: 6,500\n\n"
        "The police counted 11,500 people in Ljubljana today.",
        "2026-10-15",
    )
    police = ("Police said 4,000 people marched in Maribor and 2,000 in Celje on Thursday.", "2026-10-15")
    got = grouped(union, police)
    assert got["participants/people/celje"] == [2000, 6500]
    assert got["participants/people/ljubljana"] == [11500, 45000]


def test_a_live_blog_entry_titled_with_a_town_is_that_towns() -> None:
    """A live page's entry under its time stamp, titled 'Varna: police and organisers far
    apart', gives the crowd figures of its text (which name no town) to Varna, where the page
    says its reporter is; an entry titled with a speaker ('Organisers: …') gives no place."""
    live = (
        "LIVE: teachers march across the country\n\n"
        "17:05\nOrganisers: more than 90,000\nThe union said 90,000 people marched nationwide.\n\n"
        "16:30\nVarna: police and organisers far apart\nOur reporter in Varna puts the crowd at "
        "about 9,000. The regional police said 5,000; the organisers said 15,000.\n",
        "2026-10-03",
    )
    police = ("Police said 30,000 people marched across the country on Saturday.", "2026-10-03")
    got = grouped(live, police)
    varna = [v for gid, v in got.items() if gid.endswith("/varna")]
    assert varna == [[5000, 8100, 15000]]  # ('about 9,000': from 8,100)
    assert [30000, 90000] in got.values()


def test_a_bodys_own_members_among_a_larger_toll_are_a_part() -> None:
    """A drivers' association's 'seven of its members died', in a briefing that puts the toll
    at fourteen, counts some of the dead: it is compared with the association's other count of
    its members ('at least five of its members were among the dead'), not with the toll."""
    briefing = (
        "The Interior Ministry said the toll now stands at 14 dead. The drivers' association "
        "says seven of its members died.",
        "2026-06-09",
    )
    wire = (
        "Eleven people were killed, the ministry said. The drivers' association said at least "
        "five of its members were among the dead.",
        "2026-06-08",
    )
    assert of_measure("killed", briefing, wire) == [[5, 7], [11, 14]]


def test_a_bodys_own_people_of_any_noun_among_a_larger_toll_are_a_part() -> None:
    """'three of its pupils died' (a school), 'Five of its pupils were killed', in reports with
    a larger toll: a body's own people of whatever kind are some of the dead, compared with each
    other, not with the toll."""
    monday = (
        "The fire service put the toll at 19. The school said three of its pupils died in the blaze.",
        "2026-06-09",
    )
    tuesday = ("The fire service put the toll at 21. Five of its pupils were killed, the school said.", "2026-06-10")
    assert of_measure("killed", monday, tuesday) == [[3, 5], [19, 21]]


def test_a_bodys_members_who_are_the_whole_toll_stay_the_toll() -> None:
    """A traders' association mourning 'three of our members', in a statement that gives no
    larger toll, speaks of the dead themselves: its figure joins the police's three."""
    statement = ("Three of our members are dead. We mourn them.", "2026-04-14")
    police = ("Police said three people were killed in the clashes.", "2026-04-14")
    assert of_measure("killed", statement, police) == [[3, 3]]


def test_that_crash_after_an_earlier_year_is_that_years_crash() -> None:
    """A fact-check tracing a photo to a 2019 collision: 'That crash killed nine people …; the
    weekly later put the toll at 10' are figures of the 2019 crash, not of this week's toll (the
    report's opening names no 2019)."""
    check = (
        "The ministry says 16 people were killed in the pile-up on Monday. A photo shared "
        "thousands of times since Tuesday shows a burnt-out minibus on its side beside a fuel "
        "truck, with a caption claiming it shows the scene of this week's crash. It does not.\n\n"
        "Drivers on the route say the sandstorm came up in minutes and that visibility fell to a "
        "few metres; the road was closed for most of the day. Traffic resumed on Tuesday "
        "morning under a gendarmerie escort, and the ministry has promised barriers and warning "
        "signs on the worst stretch before the next season of sandstorms begins in the autumn.\n\n"
        "The photo was first published in July 2019, after a collision between a minibus and a "
        "truck on the same road. That crash killed nine people, the gendarmerie said at the time; "
        "a weekly later put the toll at 10.",
        "2026-06-12",
    )
    assert of_measure("killed", check) == [[9, 10], [16]]


def test_a_bare_answer_after_a_semicolon_is_of_the_earlier_event_too() -> None:
    """'The last comparable unrest, the 2018 protests, left three people dead according to the
    police; local chiefs said five had been killed': both figures are of 2018."""
    wiki = (
        "At least 12 people were killed in the protests of November 2026, police said.\n\n"
        "The last comparable unrest, the 2018 Kono protests, left three people dead according to "
        "the police; local chiefs in Koidu said five had been killed.",
        "2026-11-20",
    )
    assert of_measure("killed", wiki) == [[3, 5], [12]]


def test_arrests_told_day_by_day_are_apart_from_the_weekend_total() -> None:
    """A union's count of two days, each day's arrests named, and the police's own per-day
    figure: the weekend total is one quantity, each day another."""
    got = of_measure(
        "arrested",
        ("Over the weekend the union counted 90 arrests, 55 on Saturday and 35 on Sunday.", "2026-05-11"),
        ("Police said they arrested 49 people on Saturday.", "2026-05-10"),
    )
    assert got == [[35], [49, 55], [90]]


def test_a_one_day_protests_arrests_named_by_their_day_stay_the_total() -> None:
    """Only one day's arrests are ever named: that day's count is the protest's count, and
    the other report's undated figure disputes it."""
    got = of_measure(
        "arrested",
        ("Police arrested 23 people on Saturday, a spokesman said.", "2026-05-10"),
        ("Organisers said 40 of their members were detained.", "2026-05-10"),
    )
    assert got == [[23, 40]]


def test_a_part_taken_to_hospital_is_keyed_by_what_it_is_not_by_how_it_points_at_its_whole() -> None:
    """Three reports of one crush: 'Of those, 38 were transported to hospital' (its whole in the
    sentence before), 'had taken 38 of them to hospital' (the verb before the figure) and '38
    people were taken to hospital' after the injured: one quantity, those hospitalised, apart
    from the 210 hurt. 'transferred to the burns unit' stays a part of its own."""
    wire = (
        "LAGOS, March 3 - Some 210 people were hurt in the crush at the stadium gates, the "
        "emergency agency said. Of those, 38 were transported to hospital.",
        "2026-03-03",
    )
    paper = (
        "Ambulance crews treated 210 people at the gates and had taken 38 of them to hospital, "
        "the state health commissioner said. Three of them were transferred to the burns unit.",
        "2026-03-04",
    )
    blog = (
        "Medics said 210 people were injured and 38 people were taken to hospital.",
        "2026-03-04",
    )
    got = grouped(wire, paper, blog)
    assert got["injured/people/hospitalised"] == [38, 38, 38]
    assert got["injured/people/transferred"] == [3]


def test_the_members_among_the_dead_are_one_part_however_their_owner_is_said() -> None:
    """'Eleven of them were members of our union', '11 of the dead were their members' and '11
    of them among its own members': the members among the dead, one part."""
    got = grouped(
        ("The mine collapse killed 26 workers, the ministry said. Eleven of them were members "
         "of our union, its secretary said.", "2026-05-02"),
        ("The union said 30 miners died and that 11 of the dead were their members.", "2026-05-03"),
        ("The federation counted 28 dead, 11 of them among its own members.", "2026-05-03"),
    )
    assert got["killed/people/member"] == [11, 11, 11]


def test_a_list_items_label_tells_all_its_figures_what_and_when_they_count() -> None:
    """A forum's running list: 'Arrested Friday: 31 (police) / 44 (lawyers)' and 'Still held
    Saturday noon: 6 (police) / 10 (lawyers)'. The label's day dates both figures of its item,
    and 'Still held' makes both those held, not rivals of the arrests; the wire's own '31 people
    were arrested' is the Friday count they are compared with."""
    thread = (
        "Numbers so far (mods will update):\n\n"
        "* Arrested Friday: 31 (police) / 44 (lawyers)\n"
        "* Still held Saturday noon: 6 (police) / 10 (lawyers)\n",
        "2026-02-07",
    )
    wire = ("RABAT, Feb 6 - Police said 31 people were arrested at the dockers' march on Friday.", "2026-02-06")
    got = grouped(thread, wire)
    assert sorted(v for k, v in got.items() if k.startswith("arrested") and "held" not in k) == [[31, 31, 44]]
    assert [v for k, v in got.items() if k.startswith("arrested") and "held" in k] == [[6, 10]]


def test_a_list_items_day_in_its_label_makes_each_day_a_gathering_of_its_own() -> None:
    """'March Saturday: police ~2,000 / organisers 9,000' and 'Vigil Sunday, Old Port: police
    800 / organisers 3,000' in a thread of Monday: two days' crowds, the Saturday one compared with
    the wire's Saturday march; the organisers' figure of each item takes its label's day too."""
    thread = (
        "Numbers so far:\n\n* March Saturday: police ~2,000 / organisers 9,000\n"
        "* Vigil Sunday, Old Port: police 800 / organisers 3,000\n",
        "2026-02-09",
    )
    wire = (
        "TUNIS, Feb 7 - About 2,000 people marched through the capital on Saturday, police said. "
        "Organisers said 9,000.",
        "2026-02-07",
    )
    assert of_measure("participants", thread, wire) == [[800, 3000], [1800, 1800, 9000, 9000]]


def test_a_march_the_reports_look_back_on_does_not_take_the_crowd_figures_of_no_day() -> None:
    """An undated explainer of the opposition's march recalls 'a first opposition march on 8
    November 2026' (union 40,000, police 3,000); a column of 17 November gives the police's 7,500.
    The police's 7,500 of no day disagrees with their own 3,000 of 8 November: the figures of no
    day are of the later march, a group apart, not of the day the reports look back on."""
    explainer = (
        "The opposition's march on the capital was the largest in a decade. Union coordinator Ana "
        "Vera said 120,000 people had marched. Police put the opposition march at 7,500. A first "
        "opposition march on 8 November 2026 drew 40,000 people according to the union, a figure "
        "the police put at 3,000.",
        None,
    )
    column = ("Police said 7,500 people attended the opposition march.", "2026-11-17")
    assert of_measure("participants", explainer, column) == [[3000, 40000], [7500, 7500, 120000]]


TWO_SITES_ONE_REPORT = [  # (id, report, the figure of 'the hospital', the site it is): group23c
    ("wire-site-told-just-before",
     "Officials said 90 people were injured. At Connaught Hospital, staff said 40 injured people had been admitted. "
     "At Makeni Government Hospital, the matron said six bodies had been brought in. She said the hospital had "
     "treated 29 other people for injuries.", 29, "makeni-government-hospital"),
    ("forum-site-told-just-before",
     "Officials said 90 people were injured. Kibuli Hospital received 17 injured people. At Mengo Hospital, "
     "doctors said 12 injured people had been admitted. my cousin says the hospital has received 20 injured in all", 20, "mengo-hospital"),
]


def test_the_hospital_among_two_sites_of_a_report_is_the_one_told_just_before() -> None:
    """'the hospital' in a report whose figures name two hospitals is the one told just before
    it, not the event's toll for want of one site."""
    for _id, text, figure, site in TWO_SITES_ONE_REPORT:
        got = grouped((text, "2026-03-10"))
        assert any(figure in v and site in gid for gid, v in got.items()), (_id, got)


# (id, a report opening on its place, a report naming none, the measure, how many groups of it):
# group24b. A report's first sentence that opens on a place ('In Cochabamba, …', 'At the Makoko
# market, …', the first after a headline's line) names the event's own place, as 'in Kasese'
# does: that toll and the other report's toll of no place are one quantity. A later sentence's
# city, after a dateline of another, keeps its own count.
OPENED_ON_ITS_PLACE = [
    ("translation-in-city-comma", "In Cochabamba, the dead are already nine, informed the Ombudsman.",
     "Nine people died in the blockade clashes, the government said.", "killed", 1),
    ("wire-in-town-figure-first",
     "In Kasese, at least 14 people have died after the river burst its banks, the Red Cross said.",
     "The toll from the floods has risen to 17, a government spokesman said on Tuesday.", "killed", 1),
    ("forum-at-site", "At the Makoko market, 6 people died in the fire last night, my cousin saw it",
     "Fire officials said seven people were killed when the blaze swept through stalls.", "killed", 1),
    ("press-release-in-province", "In Sindh, our teams have recorded 23 deaths from the heatwave since Friday.",
     "Officials said at least 25 people had died of heatstroke.", "killed", 1),
    ("arrests-opening-place", "In Kumasi, police arrested 40 people after the protest turned violent.",
     "The regional police command said 44 people had been detained.", "arrested", 1),
    ("injured-in-there-were", "In Goma there were 31 injured after the grenade attack, according to hospital staff.",
     "Twenty-eight people were wounded in the attack, the army spokesman said.", "injured", 1),
    ("crowd-in-city-we-counted", "In Tartu we counted 4,000 people at the rally on Saturday.",
     "Police said about 2,500 people took part in Saturday's rally.", "participants", 1),
    ("meanwhile-opening", "Meanwhile in Thiès, 12 people were hurt when police broke up the sit-in.",
     "Police said 10 people were injured during the sit-in.", "injured", 1),
    ("headline-then-opening",
     "Mine collapse toll climbs\nIn Kolwezi, rescuers have now pulled 21 bodies from the pit, the governor said.",
     "Officials said 19 miners had been killed in the collapse.", "killed", 1),
    ("in-city-on-day-opening", "In Lilongwe on Monday, 8 people were killed in the clashes, police said.",
     "Eleven people were killed in Monday's clashes, a rights group said.", "killed", 1),
    ("second-city-after-dateline",
     "KAMPALA, May 8 - At least 14 people died in the floods in Kampala. In Jinja, three people died.",
     "The toll from the Kampala floods rose to 17, officials said.", "killed", 2),
]


@pytest.mark.parametrize(("_id", "opened", "other", "measure", "groups"), OPENED_ON_ITS_PLACE,
                         ids=[row[0] for row in OPENED_ON_ITS_PLACE])  # fmt: skip
def test_a_report_opening_on_its_place_names_the_events_own(
    _id: str, opened: str, other: str, measure: str, groups: int
) -> None:
    assert len(of_measure(measure, (opened, "2026-05-08"), (other, "2026-05-08"))) == groups


# (id, a sentence after 'Eleven people were killed when the bus left the road, police said.',
# the part's figure): group24b. Those a toll's share says died where they fell, however worded
# ('died instantly', 'killed on impact', 'at the crash site', a translation's 'in the place of
# the accident', 'on the tracks'), are the part that died at the scene, not a rival toll.
_BUS_TOLL = "Eleven people were killed when the bus left the road, police said. "
DIED_WHERE_THEY_FELL = [
    ("wire-instantly", "Four of them died instantly, the driver among them.", 4),
    ("wire-on-impact", "Three of the dead were killed on impact.", 3),
    ("crash-site", "Seven of them died at the crash site.", 7),
    ("outright", "Six were killed outright and five died later in hospital.", 6),
    ("where-they-fell", "Five of the victims died where they fell.", 5),
    ("where-they-lay", "Police said four of the dead were pronounced dead where they lay.", 4),
    ("translation-in-the-place", "Of these, six died in the place of the accident.", 6),
    ("lost-lives-crash-site", "Eight of them lost their lives at the crash site.", 8),
    pytest.param("forum-at-scene-abbrev", "7 of them were DOA at the scene apparently", 7,
                 marks=pytest.mark.xfail(strict=True, reason="'DOA' is no verb of dying")),
    ("blast-site", "Three of the dead were killed at the blast site itself.", 3),
    pytest.param("before-help", "Nine of them were dead before rescuers reached the wreck.", 9,
                 marks=pytest.mark.xfail(strict=True, reason="dead before help came: no scene word")),
    ("on-the-tracks", "Five of them died on the tracks.", 5),
]


@pytest.mark.parametrize(("_id", "sentence", "figure"), DIED_WHERE_THEY_FELL,
                         ids=[r.values[0] if hasattr(r, "marks") else r[0] for r in DIED_WHERE_THEY_FELL])  # fmt: skip
def test_those_who_died_where_they_fell_are_the_part_at_the_scene(_id: str, sentence: str, figure: int) -> None:
    got = grouped((_BUS_TOLL + sentence, "2026-05-08"))
    assert figure in got.get("killed/people/died-at-the-scene", []), got


# (id, the history a report of today's toll recalls, the earlier event's first figure, the
# figure that must go with it): group25. A figure that answers an earlier event's figure, in
# a concessive clause of its own ('…, though relatives counted 14') or in the next sentence
# pointing back at that time ('That walkout ended with 45 arrests', 'Six people died that
# time', 'Organisers counted 9,000 then'), is that earlier event's, not today's.
_TODAY = (
    "KUMASI, March 9 (Wire) - Officials said 7 people were killed and 30 injured in Monday's market fire. "
    "The blaze began in a row of fabric stalls shortly before dawn and spread quickly through the covered "
    "section of the market, where traders had stored goods for the holiday season. Firefighters said narrow "
    "lanes and parked vehicles slowed their engines, and that water pressure in the hydrants near the main "
    "gate was low. Traders who lost their stock gathered outside the regional administration on Monday "
    "afternoon to demand compensation, and the mayor promised an inquiry into the market's safety record. "
    "Many traders said they had warned the authorities for years about the state of the wiring.\n\n"
)  # (the history after the opening: a year the opening names is the event's own)
_TODAY_OTHER = "Police said 8 people were killed and 31 were injured in the Kumasi market fire, and 40 arrested."
BACK_THEN = [
    ("wire-though", "In 2004 a fire at the same market killed nine traders according to the police, "
     "though relatives counted 14.", 9, 14),
    ("encyclopedia-although", "A 1996 stampede at the stadium left 31 dead by the official count, although "
     "survivors' groups have always put the toll at 52.", 31, 52),
    ("even-though-registered", "The 2011 floods killed 40 people, officials said, even though the diocese "
     "registered 63.", 40, 63),
    ("strike-though-logged", "During the 2015 strike police detained 120 traders, though the union logged 210.",
     120, 210),
    ("forum-tho", "back in 2009 the cops said 5 died in the crush tho everyone in town knew it was 11", 5, 11),
    pytest.param("translation-while-affirmed", "In the year 2013 the collapse of the mine took the life of 17 "
                 "workers according to the company, while the syndicate has affirmed 23.", 17, 23,
                 marks=pytest.mark.xfail(strict=True, reason="'took the life of' and 'affirmed': no figure read")),
    pytest.param("whereas-tallied", "In 2018 the government put the dead at 12, whereas the opposition tallied 30.",
                 12, 30, marks=pytest.mark.xfail(strict=True, reason="'tallied 30' is read as injured")),
    ("that-walkout", "Traders last struck in 2019, when 900 stalls stayed shut. That walkout ended with 45 arrests.",
     900, 45),
    pytest.param("died-that-time", "The same bridge collapsed in 2008 and 4 people drowned. Six more died that "
                 "time in hospital.", 4, 6, marks=pytest.mark.xfail(strict=True, reason="'Six more died': no figure read")),
    ("organisers-then", "Flashback: the 2017 traders' march on the capital, 3,000 strong by police count. "
     "Organisers counted 9,000 then.", 3000, 9000),
    ("at-the-time-opening", "The plant had a gas leak in 2012 that killed 2 workers. At the time the company "
     "admitted 9 injured.", 2, 9),
    ("back-then", "We remember 2014, when the river rose and 12 houses fell. Back then 22 of our neighbours "
     "drowned.", 12, 22),
    ("on-that-occasion", "This is not the first such disaster: in 2010 a blast in the same shaft injured 5 "
     "miners. On that occasion 16 miners lost their lives.", 5, 16),
    ("that-blaze", "A fire in the old dormitory in 2005 injured 20 pupils. That blaze claimed 11 lives.", 20, 11),
    # (a second run, written after the fix)
    ("dam-though-buried", "In 1999 the dam burst and officials counted 30 dead, though villagers "
     "buried 48.", 30, 48),  # ('buried 48' read since recall25's measure/state-place)
    ("riots-although-documented", "The 2016 riots ended with 200 arrests by the interior ministry's count, "
     "although lawyers documented 340.", 200, 340),
    ("during-that-stoppage", "Workers first struck here in 2013. During that stoppage police detained 75 people.",
     None, 75),
    ("died-back-then", "The market burned once before, in 2007. Nine traders died back then.", None, 9),
    ("at-that-time-union", "In 2020, 14 miners were killed in a shaft collapse nearby. At that time the union "
     "said the toll was 19.", 14, 19),
    ("although-recorded", "A 2010 bus crash on this road killed 22, although the transport ministry recorded 18.",
     22, 18),
]


@pytest.mark.parametrize(("_id", "history", "anchor", "figure"), BACK_THEN,
                         ids=[r.values[0] if hasattr(r, "marks") else r[0] for r in BACK_THEN])  # fmt: skip
def test_a_figure_pointing_back_at_an_earlier_event_is_that_events(
    _id: str, history: str, anchor: int | None, figure: int
) -> None:
    got = grouped((_TODAY + history, "2026-03-09"), (_TODAY_OTHER, "2026-03-09"))
    mine = [gid for gid, v in got.items() if figure in v]
    assert mine and all("/before" in gid for gid in mine), (got, mine)


# (id, a sentence after a rescue service's count of the injured, the figure): group25. The
# hurt or dead a responding body counts among its own people ('two of our own firefighters',
# 'none of our crews', 'three of its paramedics') are a part of their own, apart from the
# event's toll, not a rival of it.
_RESCUE = ("Fire and rescue officials said 23 people were injured and 4 killed when the warehouse roof "
           "fell in on Tuesday. ")
_RESCUE_OTHER = "The health ministry said 25 people were injured and 4 killed in the warehouse collapse."
OWN_PEOPLE_HURT = [
    ("own-firefighters-treated", "Two of our own firefighters were hurt by falling beams.", "injured", 2),
    ("its-paramedics", "The service said three of its own paramedics were injured when a wall fell.", "injured", 3),  # (read since forces25's paramedics)
    ("none-of-our-crews", "None of our crews was injured.", "injured", 0),
    ("volunteer-himself", "One of our volunteers was himself injured by falling glass.", "injured", 1),
    pytest.param("our-staff-among", "Among the injured were two of our staff.", "injured", 2,
                 marks=pytest.mark.xfail(strict=True, reason="no figure read: an extraction miss")),
    ("translation-from-personnel", "From our personnel, 3 persons received light wounds.", "injured", 3),
    pytest.param("no-member-of-our-teams", "No member of our teams suffered injuries.", "injured", 0,
                 marks=pytest.mark.xfail(strict=True, reason="no figure read: an extraction miss")),
    ("forum-firemen", "apparently 2 of their own firemen got hurt too", "injured", 2),
    ("release-rescue-workers", "Regrettably, five of our rescue workers sustained injuries during the operation.",
     "injured", 5),
    pytest.param("ambulance-own-staff", "The ambulance service said two of its own staff had been injured.", "injured", 2,
                 marks=pytest.mark.xfail(strict=True, reason="no figure read: an extraction miss")),
    ("volunteer-lost-life", "One of our volunteers lost his life in the second collapse.", "killed", 1),
    ("members-of-rescue-teams", "Six of the injured are members of our rescue teams.", "injured", 6),
    ("none-of-its-men", "The brigade said none of its men had been hurt.", "injured", 0),
    # (a second run, written after the fix)
    ("own-medics", "Four of its own medics were injured when the roof gave way.", "injured", 4),
    ("among-our-divers", "Among our divers, two suffered injuries.", "injured", 2),
    ("none-their-paramedics", "None of their own paramedics was hurt, the agency said.", "injured", 0),
    ("his-deputies", "One of his own deputies was killed in the collapse, the chief said.", "killed", 1),
    ("from-search-crews", "Three from our search crews were treated for cuts.", "injured", 3),
    pytest.param("our-own-bare", "Two of our own were injured as well.", "injured", 2,
                 marks=pytest.mark.xfail(strict=True, reason="'our own' with no noun: no figure read")),
]


@pytest.mark.parametrize(("_id", "sentence", "measure", "figure"), OWN_PEOPLE_HURT,
                         ids=[r.values[0] if hasattr(r, "marks") else r[0] for r in OWN_PEOPLE_HURT])  # fmt: skip
def test_a_responders_own_hurt_are_a_part_not_the_toll(_id: str, sentence: str, measure: str, figure: int) -> None:
    got = grouped((_RESCUE + sentence, "2026-03-10"), (_RESCUE_OTHER, "2026-03-10"))
    whole = 23 if measure == "injured" else 4
    mine = [gid for gid, v in got.items() if gid.startswith(measure) and figure in v]
    assert mine and not any(whole in got[gid] for gid in mine), (got, mine)


# (id, a sentence telling the story's toll, its figure): group25. A story of a collapse and of
# the clashes at a protest over it keeps the two tolls apart (match._two_incidents), but a kind
# word that only says where the speaker stood ('told reporters at the police cordon', 'speaking
# outside the quarantine zone', 'said at a rally') names no incident of the figure: the
# figure stays the collapse's toll.
_TWO_KINDS = (
    "Officials said 12 people were killed when the apartment block collapsed on Monday. The collapse killed "
    "at least 12, rescuers said. Police said 2 people were killed in clashes at a protest over the collapse "
    "on Tuesday, and a rights group said 3 died in the clashes. "
)  # (the row's sentence is told twice, as a live page repeats a statement: two figures of a kind)
SPOKEN_AT = [
    ("wire-cordon-quote", '"Fourteen are dead now," the fire chief told reporters at the police cordon.', 14),
    ("quarantine-zone", "Speaking outside the quarantine zone, the minister put the dead at 14.", 14),
    ("said-at-rally", "The mayor, who said at a rally on Wednesday that 14 had died, called for calm.", 14),
    ("near-the-curfew-checkpoint", "Fourteen bodies have been recovered, a spokesman said near the curfew "
     "checkpoint.", 14),
    ("translation-declared-at", "The toll is 14 dead, declared the prefect at the cordon of security.", 14),
    ("forum-at-the-demo", "guy from civil defence at the demo said 14 dead now", 14),
    ("briefing-at-lockdown", "At a briefing by the lockdown barrier, officials said the toll had reached 14.", 14),
    ("addressed-protesters", "Addressing protesters at the scene, the governor said 14 people had died.", 14),
    ("spoke-from-the-march", "A council member, who spoke from the march route, said the toll was 14.", 14),
    ("press-release-at-perimeter", "Our spokesperson, at the perimeter of the cordon, confirmed 14 deaths.", 14),
    ("headline-at-the-rally", "Toll reaches 14, governor tells crowd at rally", 14),
    ("live-quote-at-barricade", '14:05 - "We now have 14 dead," a rescuer told us at the barricade.', 14),
    # (a second run, written after the fix)
    pytest.param("coroner-quarantine-tent", '"Fourteen confirmed," the coroner told journalists outside the '
                 "quarantine tent.", 14, marks=pytest.mark.xfail(strict=True, reason="'Fourteen confirmed': no figure read")),
    ("talking-protest-camp", "Talking to reporters at the protest camp, the deputy said 14 had died.", 14),
    ("announced-lockdown-line", "Fourteen dead, the ombudsman announced at a press event near the "
     "lockdown line.", 14),  # (an xfail until session 33's merges: four words between were too far)
    ("rally-stage", "From the rally stage, the senator said the toll was 14.", 14),
    ("briefing-cordon", "14 now dead per officials briefing at the cordon", 14),
    pytest.param("interviewed-demonstration", "The governor, interviewed at the demonstration, gave a toll of 14.", 14,
                 marks=pytest.mark.xfail(strict=True, reason="'interviewed' is no verb of speaking here")),
]


@pytest.mark.parametrize(("_id", "sentence", "figure"), SPOKEN_AT,
                         ids=[r.values[0] if hasattr(r, "marks") else r[0] for r in SPOKEN_AT])  # fmt: skip
def test_a_kind_word_of_the_speakers_place_names_no_incident(_id: str, sentence: str, figure: int) -> None:
    got = grouped((_TWO_KINDS + "\n\n" + sentence + "\n\n" + sentence, "2026-03-11"))
    mine = [gid for gid, v in got.items() if gid.startswith("killed") and figure in v]
    assert mine and all(12 in got[gid] for gid in mine), got


# (id, a situation report's rows, the measure, the whole's figure, the row's figure): group25.
# A table row whose label opens with 'of which', 'of whom' or 'thereof' counts a part of the
# row above it ('Injured 58' / 'of which in intensive care 7'), not a rival of the whole.
_OTHER_REPORT = "Officials said 58 people were injured, 23 killed and 120 arrested in the unrest."
OF_WHICH_ROWS = [
    ("sitrep-icu", "Injured (all hospitals)        58\n  of which in intensive care   7", "injured", 58, 7),
    ("sitrep-kept", "Injured                      58\n    of whom kept in hospital   11", "injured", 58, 11),
    pytest.param("sitrep-discharged", "Persons injured   58\nof which discharged   31", "injured", 58, 31,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
    pytest.param("deaths-children", "Deaths confirmed   23\n  of which children (under 15)   4", "killed", 23, 4,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
    pytest.param("deaths-thereof", "Fatalities: 23\n  thereof women: 9", "killed", 23, 9,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
    pytest.param("arrests-released", "Arrested          120\n  of whom released on bail   45", "arrested", 120, 45,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
    pytest.param("arrests-minors-bullet", "- Detained: 120\n  - of whom minors: 17", "arrested", 120, 17,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
    ("injured-serious-tab", "Injured\t58\nof which serious\t12", "injured", 58, 12),  # (tables28: a tab table read by its columns)
    pytest.param("deaths-at-site", "Dead                 23\n  of which died at the site   18", "killed", 23, 18,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
    pytest.param("injured-transferred", "Wounded treated   58\n  of whom transferred to the capital   6", "injured", 58, 6,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
    pytest.param("arrests-foreign", "Persons in custody 120\n  of which foreign nationals 8", "arrested", 120, 8,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
    pytest.param("injured-police", "Injured 58\n  of whom police officers 14", "injured", 58, 14,
                 marks=pytest.mark.xfail(strict=True, reason="the row's figure is not read")),
]


@pytest.mark.parametrize(("_id", "rows", "measure", "whole", "figure"), OF_WHICH_ROWS,
                         ids=[r.values[0] if hasattr(r, "marks") else r[0] for r in OF_WHICH_ROWS])  # fmt: skip
def test_an_of_which_row_is_a_part_of_the_row_above(_id: str, rows: str, measure: str, whole: int, figure: int) -> None:
    report = "SITUATION REPORT No. 3\nIssued 12 March 2026, 18:00\n\nKey figures\n\n" + rows + "\n"
    got = grouped((report, "2026-03-12"), (_OTHER_REPORT, "2026-03-12"))
    mine = [gid for gid, v in got.items() if gid.startswith(measure) and figure in v]
    assert mine and not any(whole in got[gid] for gid in mine), got


# (id, an earlier event's figures and a later document's count of them, the anchor, the figure):
# group25. A year that dates a document ('a 2009 study', 'the commission's 2015 report', 'in a
# 1999 book') dates the count, not another event: the figure after it is the earlier event's,
# in that event's year group, not a group of the document's year.
STUDIED_LATER = [
    ("wire-study", "In a 1957 derailment near the town, officials gave 31 deaths, and a 2009 study put the toll "
     "at 44.", 31, 44),
    ("encyclopedia-report", "The 1972 mine fire killed 18 miners by the company's count; the commission's 2015 "
     "report found 26.", 18, 26),
    ("book", "During the 1983 riots police admitted 9 dead, while a 1999 book by a local journalist listed 17.",
     9, 17),
    ("census", "The 1961 flood left 120 dead, officials said; a 1964 census of the villages counted 170.", 120, 170),
    pytest.param("inquiry", "Police said 4 protesters died in the 1988 crackdown, but a 2001 inquiry established 11.",
                 4, 11, marks=pytest.mark.xfail(strict=True, reason="'established 11': no figure read")),
    ("survey-translation", "In the events of 1994 the government recognised 23 deceased; a 2004 survey of the "
     "families registered 41.", 23, 41),
    ("documentary", "The 1979 stadium crush killed 12, the club said, though a 2019 documentary named 15 "
     "victims.", 12, 15),
    ("thesis", "In the 1968 strike police arrested 300 workers, and a 1990 thesis documented 450.", 300, 450),
    ("audit", "The 1996 bridge collapse killed 30 by the official figure; a 2006 audit put the dead at 37.", 30, 37),
    ("review", "The 1985 fire killed 20 people according to the fire service, and a 2010 review counted 24.", 20, 24),
    ("investigation-forum", "the 1999 blast killed 6 by the cops count, a 2012 investigation said 9", 6, 9),
    ("findings", "After the 1977 floods the state counted 55 dead; the 2002 findings of a parliamentary panel "
     "gave 61.", 55, 61),
    # (a second run, written after the fix)
    ("survey-2011", "The 1989 quake killed 70 according to officials, while a 2011 survey by the university put "
     "the dead at 95.", 70, 95),
    ("list-2005", "In the 1976 uprising police recorded 23 deaths; the victims' 2005 list names 51.", 23, 51),
    ("report-of-year", "Authorities said 14 died in the 1992 prison riot, but Amnesty's 1993 report documented 22.",
     14, 22),
    pytest.param("census-forum", "1982 floods: govt said 300 dead, the 1985 census showed 410 missing from the rolls",
                 300, 410, marks=pytest.mark.xfail(strict=True, reason="'410 missing': no toll read")),
    pytest.param("study-published", "Soldiers killed 6 villagers in 1971 by the army's account; a study published "
                 "in 2008 counted 19.", 6, 19,
                 marks=pytest.mark.xfail(strict=True, reason="the document's year after its noun: 'published in 2008'")),
    pytest.param("review-translation", "In the incident of 1990 the police declared 5 dead, and the 2015 review of "
                 "the prosecutor established 12.", 5, 12,
                 marks=pytest.mark.xfail(strict=True, reason="'established 12': no figure read")),
]


@pytest.mark.parametrize(("_id", "history", "anchor", "figure"), STUDIED_LATER,
                         ids=[r.values[0] if hasattr(r, "marks") else r[0] for r in STUDIED_LATER])  # fmt: skip
def test_a_later_documents_count_is_of_the_earlier_events_year(
    _id: str, history: str, anchor: int, figure: int
) -> None:
    got = grouped((_TODAY + history, "2026-03-09"), (_TODAY_OTHER, "2026-03-09"))
    mine = [gid for gid, v in got.items() if figure in v]
    assert mine and all(anchor in got[gid] for gid in mine), got


# A hospital's count told in a sentence of its own, after (or before) the injured whole of its
# report, and told alone in another report: those taken to hospital are a part of the hurt, one
# count across the reports, not a rival of the whole (issue 13; kinds of 25-74: a part joined
# with its whole, 'hospitalised' 38+ pairs). Each row: its id, the report telling both, the
# other report's sentence, the whole and the hospital count.
_HURT_WHOLE_DAY = "2026-04-14"
HOSPITAL_PART_APART = [
    ("wire-later-sentence", "LIMA, April 14 (Wire) - Forty-two people were injured when a footbridge gave way "
     "over the Rimac on Tuesday. Of those, 15 were admitted to hospital overnight.",
     "Fifteen people were admitted to hospital after the footbridge fell, the ministry said.", 42, 15),
    pytest.param("press-release-conveyed", "The regional health directorate reports that 63 persons were hurt in "
                 "the blast at the fertiliser depot. Ambulances conveyed 21 of them to hospital.",
                 "Twenty-one people were taken to hospital after the depot blast, officials said.", 63, 21,
                 marks=pytest.mark.xfail(strict=True, reason="'21 of them' is a bare part already: a part of a part "
                                         "is left alone (a breakdown's part may be anything)")),
    pytest.param("forum-ended-up", "so apparently 80 ppl got hurt at the stadium gate. 12 ended up in hospital "
                 "according to the club.", "The club said 12 supporters were hospitalised.", 80, 12),
    # ('12 ended up in hospital' is read by measure/clause-predicate)
    ("translation-were-hospitalised", "In the accident of the bus were wounded 35 persons. From these, 9 persons "
     "were hospitalised in the hospital of the county.", "Nine people were hospitalised after the bus crash.",
     35, 9),
    ("headline-first", "Nineteen hospitalised after tram derailment. At least 54 passengers were injured when "
     "the tram left the rails near the central station, the city said.",
     "The city said 19 passengers had been taken to hospital.", 54, 19),
    ("health-office-admitted", "Health officials counted 71 injured after the grandstand collapse. Hospitals in "
     "the district admitted 26 patients, they said.", "Twenty-six people were admitted to hospitals, officials said.",
     71, 26),
    ("rushed-to", "At least 48 people were hurt in the stampede at the temple fair. Volunteers said 17 of the hurt "
     "were rushed to hospital in private cars.", "Seventeen people were rushed to hospital, volunteers said.", 48, 17),
    ("remains-hospital", "The fire brigade said 33 residents were injured in the tower fire. Eleven remain in "
     "hospital.", "Eleven residents remain in hospital after the tower fire.", 33, 11),
    ("table-row-after", "Injured: 90 people were injured in the clashes, according to the interior ministry. "
     "Hospitalised: 24, according to the same ministry.", "The ministry said 24 people were hospitalised.", 90, 24),
    ("civil-protection-transported", "Civil protection said 56 people suffered injuries in the "
     "landslide. Its teams transported 14 to the provincial hospital.",
     "Fourteen people were transported to hospital after the landslide, civil protection said.", 56, 14),  # (read since recall25)
    pytest.param("police-hospital-care", "Police said 27 officers and protesters were injured in the clashes on "
                 "Tuesday. Eight needed hospital care.",
                 "Eight people needed hospital treatment after the clashes, police said.", 27, 8,
                 marks=pytest.mark.xfail(strict=True, reason="'27 officers and protesters' read as security: the "
                                         "two hospital counts' subjects differ (a subject class mismatch)")),
    ("clinic-treated", "Organisers said 120 marchers were hurt by police batons on Tuesday. The city hospital "
     "said it had admitted 30 of them.", "The city hospital said it admitted 30 marchers.", 120, 30),
]


@pytest.mark.parametrize(("_id", "report", "other", "whole", "part"), HOSPITAL_PART_APART,
                         ids=[getattr(r, "values", r)[0] for r in HOSPITAL_PART_APART])
def test_a_hospitals_count_told_apart_is_a_part_of_the_hurt(
    _id: str, report: str, other: str, whole: int, part: int
) -> None:
    got = {g: v for g, v in grouped((report, _HURT_WHOLE_DAY), (other, _HURT_WHOLE_DAY)).items()
           if g.startswith("injured")}
    with_part = [v for v in got.values() if part in v]
    assert with_part == [[part, part]], got
    assert not any(whole in v for v in with_part), got

# The second first run: six more written after the mechanism, without reading its code.
HOSPITAL_PART_APART_SECOND = [
    pytest.param("wire-airlifted", "QUITO, April 14 (Wire) - Some 64 miners were injured in the tunnel collapse on "
                 "Tuesday, the ministry said. Helicopters airlifted 13 to a hospital in Cuenca.",
                 "Thirteen miners were airlifted to hospital, the ministry said.", 64, 13,
                 marks=pytest.mark.xfail(strict=True, reason="'airlifted 13 to a hospital': no figure read")),
    pytest.param("statement-sent", "The county council confirms that 38 spectators were injured when the stand gave "
                 "way. Of these, 10 were sent to the general hospital for further care.",
                 "Ten spectators were sent to hospital, the council said.", 38, 10,
                 marks=pytest.mark.xfail(strict=True, reason="'10 were sent to the general hospital' read as deployed")),
    ("forum-still-in", "bro 52 people got injured at the concert yesterday. my cousin says 18 were taken to the "
     "hospital by ambulance", "Organisers said 18 concert-goers had been taken to hospital.", 52, 18),
    pytest.param("translation-interned", "In the collision of the trains were injured 77 passengers. A number of 20 "
                 "passengers were interned in hospitals of the region.",
                 "20 passengers were hospitalised after the train collision.", 77, 20,
                 marks=pytest.mark.xfail(strict=True, reason="'interned in hospitals': a stay in hospital told by a "
                                         "verb of its own; 'in hospitals' alone is left to the hurt ('treated in "
                                         "nine hospitals')")),
    ("hospital-took-in", "Rescuers said 45 people were hurt in the hotel blaze. The district hospital took in 16 "
     "of the guests overnight.", "The district hospital said it took in 16 people from the hotel.", 45, 16),
    ("headline-admitted-first", "Twenty-two admitted to hospital after gas leak. A total of 60 workers were injured "
     "at the chemical plant, officials said.", "Officials said 22 workers had been admitted to hospital.", 60, 22),
]


@pytest.mark.parametrize(("_id", "report", "other", "whole", "part"), HOSPITAL_PART_APART_SECOND,
                         ids=[getattr(r, "values", r)[0] for r in HOSPITAL_PART_APART_SECOND])
def test_a_hospitals_count_told_apart_is_a_part_of_the_hurt_second_run(
    _id: str, report: str, other: str, whole: int, part: int
) -> None:
    test_a_hospitals_count_told_apart_is_a_part_of_the_hurt(_id, report, other, whole, part)


# (id, reports as (text, date), measure, the figures of each group of that measure): days26.
# A report that counts crowds in two cities tells its own city's first: a crowd of a second
# city, whose paragraph names it before its figure ('Meanwhile, crowds also gathered in
# Mombasa. Local police said 2,000 people turned out', 'Our correspondent in Larissa says …
# Police there estimate 4,000', 'Brno report: …'), is that city's gathering, even where the
# city is one of the event's own (a dateline's), and the report's figures of no place are its
# own city's (see situate._cities_apart, match._second_home_cities). First run at main: 10 of
# 11 failed (forum-label-dash is an extraction miss, left out of the count).
_HARARE = "HARARE, Jan 13 - Police said 3,000 teachers marched to parliament on Wednesday. The union said 9,000."
SECOND_CITIES = [
    ("capital-and-second-city-named",
     [("BUCHAREST, Nov 21 - Police said 20,000 people marched in Bucharest on Saturday.", "2026-11-21"),
      ("CLUJ, Nov 21 - About 5,000 people marched in Cluj on Saturday, police said.", "2026-11-21")],
     "participants", [[4500], [20000]]),
    pytest.param(
        "two-datelines-no-place-named",
        [("HARARE, Jan 13 - Police said 3,000 teachers marched to parliament on Wednesday.", "2027-01-13"),
         ("BULAWAYO, Jan 13 - Some 800 parents marched to the city hall on Wednesday, police said.", "2027-01-13")],
        "participants", [[720], [3000]],
        marks=pytest.mark.xfail(strict=True, reason="no words but the datelines tell the two marches apart")),
    pytest.param(
        "correspondent-paragraph",
        [("ATHENS, Nov 21 - Police said 24,000 people rallied outside parliament; organisers said 180,000.\n\n"
          "Our correspondent in Larissa says the central square is packed. Police there estimate 4,000; the unions "
          "claim 15,000.", "2026-11-21"),
         ("LARISSA, Nov 21 - Thousands of farmers joined the pension protest in the city centre.", "2026-11-21")],
        "participants", [[2000, 4000, 15000], [24000, 180000]],
        marks=pytest.mark.xfail(strict=True, reason="the second city's own wire names no place for its crowd")),
    pytest.param(
        "from-x-reports-our-editor",
        [("Live: general strike\n\n16:05\nPolice estimate the Prague crowd at 55,000; the organisers say 120,000.\n\n"
          "18:40\nFrom Ostrava reports our editor: the rally on Masaryk Square ended peacefully. According to the "
          "city police, 5,000 people took part.", "2026-11-17"),
         ("OSTRAVA, Nov 17 - Miners' families joined the strike rally in Ostrava.", "2026-11-17")],
        "participants", [[5000], [55000, 120000]],
        marks=pytest.mark.xfail(strict=True, reason="'the Prague crowd' names no place read: Ostrava, the one "
                                "dateline, is the whole event's")),
    ("second-city-paragraph-opening",
     [(_HARARE + "\n\nIn Bulawayo, parents held their own march to the city hall. Police counted 400 of them; "
       "organisers claimed 2,500.", "2027-01-13"),
      ("BULAWAYO, Jan 13 - Parents marched to the city hall in Bulawayo on Wednesday.", "2027-01-13")],
     "participants", [[400, 2500], [3000, 9000]]),
    ("translated-there",
     [("LIMA, June 10 - Police said 5,000 miners marched to Congress on Wednesday.\n\nIn Arequipa also the miners "
       "went out. The police there informed of 1,200 marchers.", "2026-06-10"),
      ("AREQUIPA, June 10 - The miners of the south paralysed the city of Arequipa.", "2026-06-10")],
     "participants", [[1200], [5000]]),
    pytest.param(
        "press-release-cities",
        [("Press release, 1 May 2026\nOur May Day march in Lisbon brought together 60,000 workers.\n\nPorto "
          "answered too: 15,000 workers walked from Batalha to Aliados.", "2026-05-01"),
         ("PORTO, May 1 - Police said 6,000 people marched in Porto.", "2026-05-01"),
         ("LISBON, May 1 - Police said 20,000 people marched in Lisbon.", "2026-05-01")],
        "participants", [[6000, 15000], [20000, 60000]],
        marks=pytest.mark.xfail(strict=True, reason="'Porto answered too: 15,000' is read as Porto's words")),
    ("wire-second-city-later-paragraph",
     [("NAIROBI, July 7 - Police said 10,000 people marched in Nairobi on Monday.\n\nPROTESTS SPREAD\nMeanwhile, "
       "crowds also gathered in Mombasa. Local police said 2,000 people turned out.", "2026-07-07"),
      ("MOMBASA, July 7 - Traders closed their shops as protesters filled the streets of Mombasa.", "2026-07-07")],
     "participants", [[2000], [10000]]),
    ("deployment-second-city",
     [("DHAKA, Aug 4 - Police said 5,000 officers were deployed in Dhaka.\n\nIn Chittagong, where students blocked "
       "the port road, 1,200 officers were on duty.", "2026-08-04"),
      ("CHITTAGONG, Aug 4 - Students blocked the port road in Chittagong.", "2026-08-04")],
     "deployed", [[1200], [5000]]),
    ("forum-city-report-label",
     [("#4 posted 17 Nov\nBrno report: I'd say 8,000 on the main square at the start. Police said 6,000.",
       "2026-11-17"),
      ("PRAGUE, Nov 17 - Police said 55,000 people gathered in Prague.", "2026-11-17"),
      ("BRNO, Nov 17 - Students rallied in Brno too.", "2026-11-17")],
     "participants", [[6000, 8000], [55000]]),
    ("no-second-city-stays-whole",
     [("ATHENS, Nov 21 - Tens of thousands rallied in Athens against the pension bill.\n\nPolice said 24,000 "
       "people took part; organisers said 180,000.", "2026-11-21"),
      ("Organisers said 180,000 people marched to parliament.", "2026-11-21")],
     "participants", [[20000, 24000, 180000, 180000]]),
    ("a-venue-is-no-second-city",
     [("ATHENS, Nov 21 - Police said 24,000 people rallied against the pension bill.\n\nLater the crowd moved "
       "to Syntagma Square. Organisers said 180,000 took part.", "2026-11-21"),
      ("Organisers said 180,000 people marched to parliament.", "2026-11-21")],
     "participants", [[24000, 180000, 180000]]),
]


@pytest.mark.parametrize(("_id", "reports", "measure", "groups"), SECOND_CITIES,
                         ids=[getattr(r, "values", r)[0] for r in SECOND_CITIES])  # fmt: skip
def test_a_second_citys_crowd_is_that_citys_gathering(
    _id: str, reports: list[tuple[str, str | None]], measure: str, groups: list[list[int]]
) -> None:
    assert of_measure(measure, *reports) == groups


# (id, reports as (text, date), measure, the figures of each group of that measure): days26.
# One gathering or toll dated differently by its reports is one quantity: a paper of the
# morning after, a statement's 'yesterday', an undated copy, a toll 'by Thursday', a charity's
# count 'on the first day'. First run at main: 5 of 12 failed, four of them for a figure not
# read (extraction), one for a wire's dateline dating its crowd (evening-rally-late-wire).
ONE_GATHERING_OVER_DAYS = [
    ("paper-of-the-morning-after",
     [("NICOSIA, March 14 - Police said 4,000 people marched through Nicosia on Saturday against rent rises. "
       "Organisers put the turnout at 20,000.", "2026-03-14"),
      ("The police figure of 4,000 marchers was far below the 20,000 claimed by the tenants' coalition, which "
       "called the housing march the biggest in a decade.", "2026-03-15")],
     "participants", [[4000, 4000, 20000, 20000]]),
    ("statement-of-yesterdays-sit-in",
     [("AMMAN, Feb 13 - Police estimated the crowd at the sit-in outside the labour ministry at 3,000.", "2027-02-13"),
      ("Press statement. Yesterday's sit-in outside the Ministry of Labour brought together 7,500 of our members, "
       "not the 3,000 the police claimed.", "2027-02-14")],
     "participants", [[3000, 3000, 7500]]),
    ("forum-tally-next-day",
     [("ZAGREB, May 2 - Police said 12,000 people joined the teachers' march on Saturday; the union said 30,000.",
       "2026-05-02"),
      ("Thread: teachers march numbers\nCrowd: police 12,000 / union 30,000\nI walked the whole route and it felt "
       "bigger than twelve thousand.", "2026-05-03")],
     "participants", [[12000, 12000, 30000, 30000]]),
    ("undated-copy",
     [("LIMA, June 10 - Police said 5,000 miners marched on Congress on Wednesday.", "2026-06-10"),
      ("Five thousand miners marched on Congress, police said, while the federation spoke of 18,000.", None)],
     "participants", [[5000, 5000, 18000]]),
    pytest.param(
        "weekday-vs-date",
        [("BELGRADE, Sept 20 - Police said 8,000 people rallied outside parliament on Sunday.", "2026-09-20"),
         ("On 20 September, 8,000 people according to the police and 40,000 according to the students rallied "
          "outside parliament.", "2026-09-22")],
        "participants", [[8000, 8000, 40000]],
        marks=pytest.mark.xfail(strict=True, reason="'8,000 people according to the police and 40,000 …': the "
                                "first figure is not read")),
    pytest.param(
        "evening-rally-late-wire",
        [("TBILISI, Oct 3 - Police put Friday evening's rally on Rustaveli Avenue at 9,000.", "2026-10-03"),
         ("TBILISI, Oct 4 - Organisers of the rally said 35,000 people had filled Rustaveli Avenue, four times the "
          "police estimate of 9,000.", "2026-10-04")],
        "participants", [[9000, 9000, 35000]],
        marks=pytest.mark.xfail(strict=True, reason="the dateline's day dates a crowd that names none; 'the "
                                "police estimate of 9,000' is read as a deployment")),
    ("deployment-next-day",
     [("KAMPALA, July 7 - Police deployed 2,500 officers along the route of Tuesday's march.", "2026-07-07"),
      ("The opposition said the 2,500 officers deployed for the march were meant to intimidate marchers.",
       "2026-07-08")],
     "deployed", [[2500, 2500]]),
    ("toll-by-thursday",
     [("The toll from the landslide stood at 31 by Thursday, district officials said.", "2026-04-09"),
      ("District officials said 34 people had died in the landslide.", "2026-04-10")],
     "killed", [[31, 34]]),
    ("toll-per-day-of-a-charity",
     [("MULTAN, Aug 25 - Officials said 14 people had died in the flood.", "2027-08-25"),
      ("The trust gave its own count of 20 dead on the first day, 23 on the second and 26 on the third.",
       "2027-08-28")],
     "killed", [[14, 20, 23, 26]]),
    pytest.param(
        "translated-day-after",
        [("QUITO, Jan 15 - The police informed that 6,000 persons participated in the march of Thursday.",
          "2026-01-15"),
         ("The organizers affirmed that more of 25,000 persons participated in the mobilization, against the 6,000 "
          "of the police.", "2026-01-16")],
        "participants", [[6000, 6000, 25000]],
        marks=pytest.mark.xfail(strict=True, reason="'against the 6,000 of the police' is not read")),
    pytest.param(
        "press-release-dated-header",
        [("DAKAR, May 30 - Police said 2,000 fishermen protested at the port on Saturday.", "2026-05-30"),
         ("COMMUNIQUE - 31 May 2026\nThe federation thanks the 9,000 fishermen who answered its call at the port.",
          "2026-05-31")],
        "participants", [[2000, 9000]],
        marks=pytest.mark.xfail(strict=True, reason="'thanks the 9,000 fishermen who answered its call' is not read")),
    ("live-blog-of-tomorrow",
     [("SOFIA, Nov 21 - Police counted 15,000 people at the vigil outside the Palace of Justice on Saturday night.",
       "2026-11-21"),
      ("Live: Organisers now say 40,000 joined last night's vigil outside the Palace of Justice. Police stand by "
       "their figure of 15,000.", "2026-11-22")],
     "participants", [[15000, 15000, 40000]]),
]


@pytest.mark.parametrize(("_id", "reports", "measure", "groups"), ONE_GATHERING_OVER_DAYS,
                         ids=[getattr(r, "values", r)[0] for r in ONE_GATHERING_OVER_DAYS])  # fmt: skip
def test_one_gathering_dated_differently_by_its_reports_is_one_quantity(
    _id: str, reports: list[tuple[str, str | None]], measure: str, groups: list[list[int]]
) -> None:
    assert of_measure(measure, *reports) == groups


# (id, reports, measure, groups): days26. The event's place told in a headline, by a police
# of its city, a district or a venue of it, an alias, is the event's, not a place apart; a
# second city counted beside it is apart. First run at main: 2 of 8 failed, both for a
# headline over a dateline read as a range ('… kills 12\nTEMA, Ghana, March 3 - Twelve').
THE_EVENTS_OWN_PLACE = [
    pytest.param(
        "headline-place-whole-toll",
        [("Gas blast in Tema kills 12\nTEMA, Ghana, March 3 - Twelve people were killed when a gas tanker exploded "
          "near the harbour, police said.", "2026-03-03"),
         ("Fire officials said 14 people had died in the tanker blast.", "2026-03-04")],
        "killed", [[12, 12, 14]]),
    ("police-of-the-city-say",
     [("Police in Mombasa say three people were killed in the riots on Tuesday.", "2026-06-02"),
      ("A rights group says seven people died in the riots.", "2026-06-03")],
     "killed", [[3, 7]]),
    ("city-vs-its-district",
     [("HARARE, Jan 13 - Police said 40 people were arrested in Harare on Wednesday.", "2027-01-13"),
      ("Lawyers said 62 people were held in central Harare, mostly in the Avenues district.", "2027-01-14")],
     "arrested", [[40, 62]]),
    ("venue-inside-city",
     [("ATHENS, Nov 21 - Police said 24,000 people gathered in Athens against the pension bill.", "2026-11-21"),
      ("Organisers said 180,000 people filled Syntagma Square.", "2026-11-21")],
     "participants", [[24000, 180000]]),
    ("earlier-sentence-place",
     [("Protesters marched through Kumasi on Saturday. Police said 3,000 took part.", "2026-08-01"),
      ("Organisers said 12,000 people marched in Kumasi.", "2026-08-02")],
     "participants", [[3000, 12000]]),
    ("alias-of-a-city",
     [("NAY PYI TAW, Feb 12 - Police said 15 people were arrested in Naypyidaw.", "2027-02-12"),
      ("A legal aid group said 27 people were detained in Nay Pyi Taw.", "2027-02-13")],
     "arrested", [[15, 27]]),
    pytest.param(
        "country-in-headline",
        [("Samoa parade crash toll rises to six\nAPIA, Sept 5 - Six people were killed when a truck ploughed into "
          "a parade crowd.", "2026-09-05"),
         ("The number killed in the parade crash has risen to seven, the health ministry said.", "2026-09-06")],
        "killed", [[6, 6, 7]],
        marks=pytest.mark.xfail(strict=True, reason="the dateline is no range since tables26b, but the next day's 7 of no place stays apart from Apia's 6")),
    ("capital-and-unplaced-crowd",
     [("ATHENS, Nov 21 - Police said 24,000 people rallied in Athens. In Patras, police counted 3,000.",
       "2026-11-21"),
      ("Organisers said 180,000 people took part in the central rally.", "2026-11-21")],
     "participants", [[3000], [24000, 180000]]),
]


@pytest.mark.parametrize(("_id", "reports", "measure", "groups"), THE_EVENTS_OWN_PLACE,
                         ids=[getattr(r, "values", r)[0] for r in THE_EVENTS_OWN_PLACE])  # fmt: skip
def test_the_events_own_place_however_told_is_the_events(
    _id: str, reports: list[tuple[str, str | None]], measure: str, groups: list[list[int]]
) -> None:
    assert of_measure(measure, *reports) == groups


# days26's second run: six more cases of the kind, written after the fix without looking at the
# code: 2 of 6 fail (5 of 6 at main).
SECOND_CITIES_SECOND_RUN = [
    ("wire-also-in-second-city",
     [("LUSAKA, Oct 9 - Police said 6,000 people marched on State House on Friday.\n\nProtests were also held in Ndola, where the Copperbelt police commissioner said about 900 people took to the streets.", "2026-10-09"),
      ("NDOLA, Oct 9 - Shops stayed shut in Ndola as protesters marched through the town.", "2026-10-09")],
     "participants", [[810], [6000]]),
    pytest.param("forum-second-city-post",
     [("Protest megathread\nQuito: cops said 7,000, CONAIE says 40,000\n\nGuayaquil report: maybe 3,000 at the Malecón, police said 1,500", "2026-06-20"),
      ("QUITO, June 20 - Police said 7,000 people marched in Quito.", "2026-06-20"),
      ("GUAYAQUIL, June 20 - Hundreds marched along the Malecón in Guayaquil.", "2026-06-20")],
     "participants", [[200, 1500, 3000], [7000, 7000, 40000]],
     marks=pytest.mark.xfail(strict=True, reason="a forum's label lines ('Quito: cops said 7,000, …') read apart")),
    pytest.param("bureau-paragraph",
     [("ALMATY, Jan 5 - Police said 4,000 people gathered on Republic Square on Wednesday.\n\nOur Aktau bureau reports that the city's central square was also full. Local authorities put the crowd at 2,500.", "2026-01-05"),
      ("AKTAU, Jan 5 - Oil workers gathered on the main square of Aktau for a third day.", "2026-01-05")],
     "participants", [[2500], [4000]],
     marks=pytest.mark.xfail(strict=True, reason="'Our Aktau bureau': the report names Aktau as a place nowhere else")),
    ("translated-in-x-likewise",
     [("SANTA CRUZ, Aug 2 - The police reported 10,000 persons in the march.\n\nIn Cochabamba likewise the transporters mobilized. The departmental police calculated 2,000 participants.", "2026-08-02"),
      ("COCHABAMBA, Aug 2 - The transporters blocked the avenues of Cochabamba.", "2026-08-02")],
     "participants", [[2000], [10000]]),
    ("deployment-second-city-paragraph",
     [("ABUJA, Oct 1 - Police said 3,000 officers were deployed in Abuja for the march.\n\nIn Lagos, where the largest crowds gathered, the state command said 5,000 officers were on the streets.", "2026-10-01"),
      ("LAGOS, Oct 1 - Crowds gathered at the Lekki toll gate in Lagos.", "2026-10-01")],
     "deployed", [[3000], [5000]]),
    ("single-city-mention-stays",
     [("SEOUL, Dec 7 - Police said 50,000 people rallied near the National Assembly.\n\nThe rally came a day after a smaller gathering in Busan. Organisers said 200,000 took part in Seoul.", "2026-12-07"),
      ("Organisers said 200,000 people joined the Seoul rally.", "2026-12-07")],
     "participants", [[50000, 200000, 200000]]),
]


@pytest.mark.parametrize(("_id", "reports", "measure", "groups"), SECOND_CITIES_SECOND_RUN,
                         ids=[getattr(r, "values", r)[0] for r in SECOND_CITIES_SECOND_RUN])  # fmt: skip
def test_a_second_citys_crowd_is_that_citys_gathering_second_run(
    _id: str, reports: list[tuple[str, str | None]], measure: str, groups: list[list[int]]
) -> None:
    assert of_measure(measure, *reports) == groups


# parts26: parts of a whole told in a report that gives the whole too. Written before the
# mechanisms, in no set's words; each row is (id, report, another report, measure, the
# whole's figure, the part's figure): the part is in a group of its own, never the whole's.
_PART_DAY = "2031-04-10"
_W = "BRAVO CITY (Wire) - "


def _part_apart(report: str, other: str, measure: str, whole: int, part: int) -> None:
    got = {g: v for g, v in grouped((report, _PART_DAY), (other, _PART_DAY)).items() if g.startswith(measure)}
    with_part = [v for v in got.values() if part in v]
    assert with_part and any(whole in v for v in got.values()), got  # (both read)
    assert not any(whole in v for v in with_part), got


def _xf(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# a share of a count told by a pronoun or a body's own whole ('Eleven of them were detained
# overnight' after '58 people had been arrested', 'the union says 22 of its students were held')
SHARE_OF_A_COUNT = [
    pytest.param("of-its-26", _W + "The charity counted 26 dead across the villages and said nine of its 26 were "
                 "children.", "Officials said 20 people had died.", "killed", 26, 9,
                 marks=_xf("'of its 26': a whole after a possessive gives the share no part scope")),
    ("among-the-dead-are", _W + "Seven people are now confirmed dead. \"Among the dead are three children,\" a civil "
     "defence spokesman said.", "Officials said 9 people had died.", "killed", 7, 3),
    ("of-them-overnight", _W + "The command said 58 people had been arrested since Sunday. Eleven of them "
     "were detained overnight.", "Lawyers said 64 people were arrested.", "arrested", 58, 11),
    ("two-of-them-scene", _W + "Nine people died in the collapse. Our doctors pronounced two of them dead "
     "at the scene; the other seven died after being taken to hospital.", "Officials said 8 people died.",
     "killed", 9, 2),
    pytest.param("of-our-staff", _W + "The blast killed 17 people, the company said, adding that five of its own staff "
                 "were among the dead.", "Police said 15 people were killed.", "killed", 17, 5,
                 marks=_xf("'five of its own staff were among the dead': no figure read")),
    pytest.param("their-students", _W + "Police detained 64 people at the sit-in. The university said 22 of its "
                 "students were held.", "Lawyers said 70 people were detained.", "arrested", 64, 22,
                 marks=_xf("a body's own people among the held read as the arrests: an organiser's '38 of our "
                             "members were arrested' is its count of them")),
    ("our-people-hit", _W + "Police said 31 people were hurt in the clashes. \"Eight of our people were hit "
     "by rubber bullets,\" the miners' union said.", "Medics said 40 people were hurt.", "injured", 31, 8),
    ("of-the-toll-women", _W + "Of the 44 victims of the fire, 19 were women, the coroner said.",
     "Police said 40 people died in the fire.", "killed", 44, 19),
    pytest.param("headline-share", _W + "Quake toll 61; a third of them, 20, were schoolchildren",
                 "Officials said 58 people were killed in the quake.", "killed", 61, 20,
                 marks=_xf("'a third of them, 20': no figure read")),
    pytest.param("forum-mates", _W + "cops arrested 80 people last night. 12 of my mates were in that lot",
                 "Police said 75 people were arrested.", "arrested", 80, 12,
                 marks=_xf("'12 of my mates were in that lot': no figure read")),
    ("of-them-airlifted", _W + "Rescuers said 40 people were injured in the rockfall; 15 of them were airlifted to "
     "the capital.", "The ministry said 44 people were injured.", "injured", 40, 15),
    ("of-them-killed-by", _W + "The army said 14 soldiers died in the ambush. Five of them were killed by a "
     "roadside bomb.", "Militants said 20 soldiers died in the ambush.", "killed", 14, 5),
    pytest.param("of-their-comrades", _W + "Police say 90 people were detained. The student federation says 35 of "
                 "their comrades were picked up.", "Lawyers said 96 people were detained.", "arrested", 90, 35,
                 marks=_xf("a body's own people among the held read as the arrests: an organiser's '38 of our "
                             "members were arrested' is its count of them")),
]


# a denial limited to a part: a kind of people, a body's ranks, one occasion of the event
DENIED_PART = [
    ("wire-occasion", "Police said 46 people were detained during the weekend unrest. No one was arrested "
     "at Sunday's vigil, a spokesman added.", "Lawyers said 58 people had been detained.", "arrested", 46, 0),
    ("forum-ranks", "so the cops say 30 protesters got hurt. funny, they also say none of their guys were injured lol",
     "Medics said 41 people were injured in the clashes.", "injured", 30, 0),
    ("release-staff", "The ministry confirms 19 arrests in connection with the riot. No employee of the refinery has "
     "been detained.", "Police said 21 people were arrested over the riot.", "arrested", 19, 0),
    pytest.param("translation-corps", "In the disturbances were wounded 64 persons. Of the firemen corps no one was "
                 "wounded, communicated the inspectorate.", "The hospital said 70 persons were wounded.", "injured", 64, 0,
                 marks=_xf("a fronted 'Of the firemen corps' limits no denial")),
    pytest.param("wire-procession", "At least 27 people were hurt when police fired tear gas near the stadium. The "
                 "earlier procession passed off without injuries, organisers said.", "Doctors said 35 people were hurt.",
                 "injured", 27, 0, marks=_xf("'passed off without injuries': no figure read")),
    ("headline-pilgrims", "Bus plunge kills 22. None of the pilgrims on the second bus died, the district officer said.",
     "The district officer said 22 people died when the bus plunged into the gorge.", "killed", 22, 0),
    ("wire-schoolchildren", "The tremor killed 31 people in the valley. Not one schoolchild was among the victims, "
     "the mayor said.", "Officials said 34 people were killed by the tremor.", "killed", 31, 0),
    ("press-volunteers", "Organisers regret that 12 participants were injured during the clashes at the gate. None "
     "of our stewards was hurt.", "Police said 15 people were injured at the gate.", "injured", 12, 0),
    pytest.param("wire-night-march", "Security forces detained 83 people over three days of protests. The night march "
                 "on Tuesday ended without a single arrest, police said.", "Rights groups said 90 people had been "
                 "detained.", "arrested", 83, 0,
                 marks=_xf("a denial whose occasion is its sentence's subject read as a denial of the arrests")),
    ("wire-journalists-none", "Police arrested 37 demonstrators in the capital. No reporters were among those held, "
     "the press union said.", "The interior ministry said 40 people were arrested.", "arrested", 37, 0),
    pytest.param("table-row-none", "Arrests: 54\nOf which minors: none", "Police said 60 people were arrested.",
                 "arrested", 54, 0, marks=_xf("'Of which minors: none': no figure read")),
    pytest.param("quote-crew", "\"Fourteen passengers died, but not one member of my crew,\" the captain said.",
                 "The coastguard said 16 passengers died when the ferry capsized.", "killed", 14, 0,
                 marks=_xf("'but not one member of my crew': no figure read")),
    ("wire-at-the-rally", "Police detained 29 people across the city on Saturday. At the main rally itself nobody was "
     "detained, an AFP reporter saw.", "Lawyers said 35 people were detained.", "arrested", 29, 0),
]


# those a medical body treated, saw or took in, beside the event's injured
TREATED_PART = [
    ("wire-clinic-treated", _W + "At least 52 people were hurt in the clashes, the interior ministry said. A field "
     "clinic run by volunteers treated 19 of them.", "Doctors said 60 people were injured.", "injured", 52, 19),
    ("release-red-crescent", _W + "The Red Crescent said its teams attended to 23 people at the site. The health "
     "ministry put the number of injured at 48.", "Officials said 50 people were hurt.", "injured", 48, 23),
    pytest.param("hospital-dash-treated", "Health ministry - 44 injured\nProvincial hospital - 17 treated",
                 "The ministry said 44 people were injured.", "injured", 44, 17,
                 marks=_xf("a list line's hospital that treated: read as the injured")),
    ("wire-ward-received", _W + "The quake injured 130 people. A surgeon said his ward had received 35 patients since "
     "the morning.", "Officials said 140 people were injured.", "injured", 130, 35),
    pytest.param("forum-medics", "medics at the camp patched up 40 people. the ministry says 96 were injured overall",
                 "The ministry said 96 people were injured.", "injured", 96, 40,
                 marks=_xf("those medics 'patched up' read as the injured")),
    ("wire-ambulances-ferried", _W + "Sixty-eight people were injured, police said. Ambulances ferried 21 of them to "
     "the regional hospital.", "Health officials said 70 people were injured.", "injured", 68, 21),
    pytest.param("translation-given-care", _W + "According to the ministry, the wounded are 57. The civil protection "
                 "gave care to 26 persons on the place.", "The wounded are 60, said the prefect.", "injured", 57, 26,
                 marks=_xf("'gave care to 26 persons': no figure read")),
    ("wire-union-treated", _W + "The teachers' union said 14 of its members had been treated for tear gas. Police "
     "said 38 people were injured.", "Medics said 45 people were injured.", "injured", 38, 14),
    pytest.param("wire-mobile-unit", _W + "A mobile medical unit saw 33 people overnight, its coordinator said, after "
                 "clashes in which 71 people were hurt.", "The ministry said 75 people were hurt.", "injured", 71, 33,
                 marks=_xf("'saw 33 people': no figure read")),
    pytest.param("press-hospital-seen", _W + "Officials say 90 people were injured in the collapse. St Mary's Hospital "
                 "said it had seen 28 casualties.", "Rescuers said 85 people were injured.", "injured", 90, 28,
                 marks=_xf("'had seen 28 casualties': no figure read")),
    pytest.param("wire-doctors-group", _W + "A doctors' group said its volunteers were tending 18 people in a mosque "
                 "near the square. The health ministry said 60 people were wounded.", "Police said 55 people were "
                 "wounded.", "injured", 60, 18, marks=_xf("'tending 18 people': no figure read")),
    pytest.param("headline-treated-first", _W + "Hospital treats 31 after factory blast. The labour inspectorate said "
                 "47 workers were injured.", "The company said 45 workers were injured.", "injured", 47, 31,
                 marks=_xf("'Hospital treats 31': no figure read")),
]


# a share whose whole its next words tell by a noun and what befell its people ('Three of the
# men arrested are our own volunteers'); written before the mechanism (10 of 12 failed at main,
# 6 of them no figure read)
SHARE_OF_A_TOLD_WHOLE = [
    pytest.param("people-detained", _W + "Police detained 48 people on Friday. Nine of the people detained were later "
                 "charged with arson.", "Lawyers said 55 people were detained.", "arrested", 48, 9,
                 marks=_xf("'Nine of the people detained were later charged': no figure read")),
    ("men-arrested-volunteers", _W + "Police said 33 people were arrested. Three of the men arrested are our own "
     "volunteers, the charity said.", "Lawyers said 40 people were arrested.", "arrested", 33, 3),
    ("we-buried", _W + "The toll now stands at 12. Six of the people we have buried never reached a hospital, the "
     "imam said.", "Officials said 13 people had died.", "killed", 12, 6),
    ("miners-killed", _W + "The blast killed 27 miners. Eleven of the miners killed were under 25, the union said.",
     "The company said 25 miners were killed.", "killed", 27, 11),
    pytest.param("persons-who-died", _W + "In total 19 persons died in the fire. Of the persons who died, four were "
                 "firefighters' relatives.", "Police said 21 people died.", "killed", 19, 4,
                 marks=_xf("'Of the persons who died, four were …': no figure read")),
    ("students-held", _W + "Forty-four people were held after the sit-in. Twelve of the students held were minors, "
     "the ministry said.", "Lawyers said 50 people were held.", "arrested", 44, 12),
    pytest.param("those-we-treated", _W + "The health ministry said 88 people were injured. \"Of those we treated, 30 "
                 "had rubber-bullet wounds,\" a doctor said.", "Police said 80 people were injured.", "injured", 88, 30,
                 marks=_xf("a fronted whole told by who counted it ('Of those we treated, 30')")),
    ("victims-identified", _W + "The crash killed 36 people. Twenty of the victims identified so far were from the "
     "same village.", "Officials said 38 people were killed.", "killed", 36, 20),
    pytest.param("translation-persons-retained", _W + "Were retained 71 persons by the police. From the persons "
                 "retained, 18 are minors.", "The gendarmerie said 66 persons were detained.", "arrested", 71, 18,
                 marks=_xf("'Were retained 71 persons': no figure read")),
    pytest.param("wounded-brought", _W + "Some 54 people were wounded, the ministry said. Of the wounded brought to "
                 "our clinic, 16 were children.", "Medics said 60 people were wounded.", "injured", 54, 16,
                 marks=_xf("'Of the wounded brought to our clinic, 16 were children': no figure read")),
    pytest.param("forum-people-nicked", _W + "so 62 people got arrested at the demo. 7 of the people they nicked were "
                 "just walking home lol", "Police said 58 people were arrested.", "arrested", 62, 7,
                 marks=_xf("'7 of the people they nicked': no figure read")),
    pytest.param("headline-of-dead", _W + "Flood dead reach 90; 41 of those who died were over 70",
                 "Officials said 85 people died in the floods.", "killed", 90, 41,
                 marks=_xf("'41 of those who died were over 70': no figure read")),
]


# The second first run: six more of each kind, written after the mechanisms without reading
# their code (shares 2 of 6 failed, told wholes 1 of 6, denials 2 of 6; 'At least 30' with no
# upper end, "the students' rally" and an occasion fronted before its denial were mended after it)
_W2 = "ALPHA TOWN (Wire) - "
PARTS_APART_SECOND = [
    ("s-basement", _W2 + "Rescuers counted 23 dead by nightfall. Nine of them were found dead in a single basement.",
     "Officials said 20 people died.", "killed", 23, 9),
    ("s-old-town", _W2 + "Security forces arrested 112 people on Monday, police said. At least 30 of them were "
     "arrested in the old town.", "Lawyers said 120 people were arrested.", "arrested", 112, 30),
    ("s-drowned", _W2 + "The flood killed 41 people. Fourteen of them drowned in their cars.",
     "Officials said 38 people died in the flood.", "killed", 41, 14),
    pytest.param("s-church", _W2 + "\"We lost 19 people,\" the mayor said. \"Seven of them died in the church.\"",
                 "Police said 17 people were killed.", "killed", 19, 7,
                 marks=_xf("'We lost 19 people': no figure read")),
    ("s-drivers", _W2 + "The storm injured 58 people. The bus company said 12 of its drivers were hurt.",
     "Officials said 60 people were injured.", "injured", 58, 12),
    ("s-nurses", _W2 + "At least 90 people were injured in the clashes. A nurses' union said 11 of its nurses were "
     "injured while treating protesters.", "The ministry said 85 people were injured.", "injured", 90, 11),
    ("t-passports", _W2 + "Police arrested 64 people overnight. Five of the men detained hold foreign passports.",
     "Lawyers said 70 people were arrested.", "arrested", 64, 5),
    ("t-villagers", _W2 + "The attack killed 31 people. Nine of the villagers killed were from one family.",
     "Officials said 28 people were killed.", "killed", 31, 9),
    ("t-taken", _W2 + "About 140 people were injured. Thirty of the people taken to hospital had burns.",
     "Officials said 150 people were injured.", "injured", 126, 30),
    ("t-held-overnight", _W2 + "Officers detained 58 people. Seven of the protesters held overnight were under 16.",
     "Lawyers said 61 people were detained.", "arrested", 58, 7),
    ("t-buried", _W2 + "The quake killed 212 people. Forty of the victims buried on Sunday were children.",
     "Officials said 200 people were killed.", "killed", 212, 40),
    pytest.param("t-took-away", _W2 + "Riot police detained 33 people. Two of the students they took away were "
                 "released within an hour.", "Lawyers said 36 people were detained.", "arrested", 33, 2,
                 marks=_xf("'Two of the students they took away were released': no figure read")),
    ("d-funeral", _W2 + "Police arrested 19 people in the riots. Nobody was arrested at Friday's funeral procession.",
     "Lawyers said 25 people were arrested.", "arrested", 19, 0),
    ("d-evening-vigil", _W2 + "Medics said 65 people were injured on Saturday. No injuries were reported at the "
     "evening vigil.", "Police said 60 people were injured.", "injured", 65, 0),
    ("d-fronted", _W2 + "Twenty-two people were detained over the weekend. At the memorial service on "
     "Sunday, nobody was detained.", "Lawyers said 30 people were detained.", "arrested", 22, 0),
    ("d-candlelight", _W2 + "At least 14 protesters were hurt in clashes with police. No one was hurt during the "
     "candlelight march.", "Medics said 18 protesters were hurt.", "injured", 14, 0),
    ("d-students-rally", _W2 + "Authorities said 40 people were arrested. There were no arrests at the students' "
     "rally.", "Lawyers said 44 people were arrested.", "arrested", 40, 0),
    ("d-counter", _W2 + "Police held 27 people after the clashes. None were detained at the counter-demonstration.",
     "Lawyers said 31 people were detained.", "arrested", 27, 0),
]


PARTS_APART = SHARE_OF_A_COUNT + DENIED_PART + TREATED_PART + SHARE_OF_A_TOLD_WHOLE + PARTS_APART_SECOND


@pytest.mark.parametrize(("_id", "report", "other", "measure", "whole", "part"), PARTS_APART,
                         ids=[getattr(r, "values", r)[0] for r in PARTS_APART])
def test_a_part_told_beside_its_whole_is_apart_from_it(
    _id: str, report: str, other: str, measure: str, whole: int, part: int
) -> None:
    _part_apart(report, other, measure, whole, part)


# A part of one side's count that names a kind of that side's own people ('58 police officers
# were injured, 21 of them carabinieri', '2,000 security personnel were deployed, among them 600
# riot police'): a part of the side's whole, not the side's figure (that is a part naming a side
# of its own beside a whole of another: 'more than 200 injured, including 35 police officers').
# group27, first run at main: 8 of 13 failed.
_F = "DELTA CITY (Wire) - "
FORCE_KIND_PARTS = [
    ("wire-carabinieri", _F + "The interior ministry said 58 police officers were injured in the clashes, 21 of "
     "them carabinieri.", "The ministry said 58 police officers were injured.", "injured", 58, 21),
    ("among-commandos", _F + "Thirty-one soldiers were wounded in the ambush, among them nine commandos, the army "
     "said.", "The army said 31 soldiers were wounded.", "injured", 31, 9),
    ("including-officers-dead", _F + "The army said 16 troops died in the attack on the outpost, including four "
     "officers.", "Sixteen soldiers were killed, the army said.", "killed", 16, 4),
    ("including-riot-police", _F + "A total of 73 security personnel were hurt, including 30 riot police, the "
     "ministry said.", "Officials said 73 security personnel were hurt.", "injured", 73, 30),
    pytest.param("of-the-officers", _F + "Of the 44 officers injured, 12 were members of the border guard, police "
                 "said.", "Police said 44 officers were injured.", "injured", 44, 12,
                 marks=_xf("told as 'members of the border guard': conflicts._told_as keeps 'member', no side's noun")),
    ("forum-cops", _F + "ministry says 39 cops hurt, 14 of them from the special unit lol",
     "Police said 39 officers were hurt.", "injured", 39, 14),
    ("translation-of-which", _F + "From the forces of order were wounded 25 policemen, of which 8 gendarmes.",
     "The ministry said 25 policemen were wounded.", "injured", 25, 8),
    ("release-belong", _F + "In total, 61 members of the national police suffered injuries; 19 of them belong to "
     "the intervention unit.", "The police said 61 officers were injured.", "injured", 61, 19),
    ("policewomen", _F + "Fifty-two police officers were injured on Saturday, among them six policewomen.",
     "The ministry said 52 police officers were injured.", "injured", 52, 6),
    pytest.param("deployed-among", _F + "Some 2,000 security personnel were deployed around the stadium, among them "
                 "600 riot police.", "Officials said 2,000 security personnel were deployed.", "deployed", 2000, 600,
                 marks=_xf("a deployment's parts are left to its kinds and days (match._by_force): a kind "
                           "inside a whole of no kind stays with it")),
    pytest.param("deployed-including", _F + "The government deployed 5,000 troops to the border, including 800 "
                 "paratroopers.", "About 5,000 soldiers were sent, officials said.", "deployed", 5000, 800,
                 marks=_xf("a deployment's parts are left to its kinds and days (match._by_force)")),
    ("deployed-of-whom", _F + "Police put 1,400 officers on the streets, of whom 350 were mounted police.",
     "Police said 1,400 officers were on duty.", "deployed", 1400, 350),
    ("arrested-guards", _F + "Prosecutors said 23 prison guards had been detained, seven of them senior wardens.",
     "Prosecutors said 23 prison guards were detained.", "arrested", 23, 7),
]


@pytest.mark.parametrize(("_id", "report", "other", "measure", "whole", "part"), FORCE_KIND_PARTS,
                         ids=[getattr(r, "values", r)[0] for r in FORCE_KIND_PARTS])
def test_a_kind_of_a_sides_own_people_is_a_part_of_its_whole(
    _id: str, report: str, other: str, measure: str, whole: int, part: int
) -> None:
    _part_apart(report, other, measure, whole, part)


# (id, the history, the anchor, the figure): group27. An earlier event's figure told in the
# sentence after the one naming its year, pointed at by 'then' before the figure ('The ministry
# said then that some 2.5 million had marched') or by the name the report gave the event after its
# year ('the 2013 Gezi Park protests … Gezi left eight dead'): that event's, not today's.
# First run at main: 12 of 13 failed.
EARLIER_NAMED_BACK = [
    ("said-then-that", "The market last burned in June 2004, when the old roof caved in. The police said then "
     "that 15 traders had died.", None, 15),
    ("reported-then", "Kumasi saw a fire like this in 1998. Officials reported then that 23 people had been "
     "injured; a church group counted 40.", None, 23),
    ("estimated-then-semicolon", "The last big blaze here was in 2011. The fire service estimated then that 300 "
     "stalls were lost; the hospital recorded 19 injured over two days.", None, 19),
    ("counted-then-forum", "I remember the 2009 one. Red Cross counted then like 12 dead, nobody believed them.",
     None, 10),  # ('like 12' is read 10 to 14)
    ("admitted-then", "A similar fire broke out in March 2016. The mayor admitted then that nine people had been "
     "killed.", None, 9),
    ("name-after-year", "Traders still talk of the 2008 Adum Market fire. The Adum Market blaze killed 14 people "
     "and left 60 injured.", None, 14),
    ("name-after-year-later", "Older traders recall the 2012 Kejetia inferno. In the Kejetia inferno 33 people "
     "died, by the city's count.", None, 33),  # (33, not the 31 first written: today's 31 injured)
    pytest.param("name-after-year-possessive", "The 1999 Asafo disaster is remembered every year. Asafo's toll was "
                 "52 dead, according to the national archive.", None, 52,
                 marks=_xf("the report's only written year (1999) is read as the event's (situate.event_year): "
                           "no earlier year")),
    ("name-after-year-table", "Previous fires:\n2010 Bantama fire - 8 dead\nThe Bantama fire also injured 27.",
     8, 27),
    ("name-after-year-translation", "It is reminded the 2015 Suame catastrophe. At Suame were dead 44 persons "
     "according to the authorities.", None, 44),
    ("said-at-that-point", "The city had one such fire in 2002. The governor said at that point that 11 people "
     "had died.", None, 11),
    pytest.param("put-then", "Fire gutted the same market in 2013. Police put the dead then at 6.", None, 6,
                 marks=_xf("'put the dead then at 6': no figure read")),
    ("then-wire-clause", "The 2007 fire destroyed 400 stalls. The ministry said then that 17 people were hurt, "
     "three of them seriously.", None, 17),
]


@pytest.mark.parametrize(("_id", "history", "anchor", "figure"), EARLIER_NAMED_BACK,
                         ids=[getattr(r, "values", r)[0] for r in EARLIER_NAMED_BACK])
def test_an_earlier_event_pointed_back_at_keeps_its_figures(
    _id: str, history: str, anchor: int | None, figure: int
) -> None:
    test_a_figure_pointing_back_at_an_earlier_event_is_that_events(_id, history, anchor, figure)


# The second first run: six more of each, written after the mechanisms without reading their code
# (group27: 1 of 6 failed for the parts, 0 of 6 for the earlier events).
FORCE_KIND_PARTS_SECOND = [
    ("riot-traffic", _F + "Twenty-six police officers were hurt in the riot, 9 of them traffic police.",
     "Police said 26 officers were hurt.", "injured", 26, 9),
    ("army-lieutenants", _F + "The army lost 12 soldiers in the raid, among them two lieutenants.",
     "Twelve soldiers were killed in the raid, the army said.", "killed", 12, 2),
    ("journalists-photographers", _F + "Thirty journalists were arrested during the week, eight of them "
     "photographers.", "A press union said 30 journalists had been arrested.", "arrested", 30, 8),
    ("warders-semicolon", _F + "Forty prison officers were injured; among them were 11 female warders.",
     "The prison service said 40 officers were injured.", "injured", 40, 11),
    ("border-guards", _F + "The ministry said 19 members of the security forces died, including six border "
     "guards.", "Officials said 19 members of the security forces were killed.", "killed", 19, 6),
    pytest.param("conscripts", _F + "Of the 33 soldiers wounded, 14 were conscripts.",
                 "The army said 33 soldiers were wounded.", "injured", 33, 14,
                 marks=_xf("told as 'conscripts', a word no side's list holds: no kind of the side's people")),
]
EARLIER_NAMED_BACK_SECOND = [
    ("estimated-then-drowned", "The dam failed once before, in 1987. Engineers estimated then that 60 homes were "
     "lost and 17 people drowned.", None, 17),
    ("riverside-flood", "Old-timers recall the 1994 Riverside flood. The Riverside flood left 21 dead.", None, 21),
    ("announced-then", "The quarry collapsed in 2006 too. Officials announced then that 5 workers had died.",
     None, 5),
    ("list-crash", "Earlier disasters:\n- 2003 Nkawkaw crash: 18 dead\nThe Nkawkaw crash also injured 35.", 18, 35),
    ("tafo-families", "Residents still speak of the 2017 Tafo stampede, in which 26 were crushed. The Tafo "
     "victims' families counted 29 dead.", 26, 29),
    ("claimed-then", "The prison rioted back in 2001. The warden claimed then that 3 inmates were killed.", None, 3),
]


@pytest.mark.parametrize(("_id", "report", "other", "measure", "whole", "part"), FORCE_KIND_PARTS_SECOND,
                         ids=[getattr(r, "values", r)[0] for r in FORCE_KIND_PARTS_SECOND])
def test_a_kind_of_a_sides_own_people_is_a_part_of_its_whole_second_run(
    _id: str, report: str, other: str, measure: str, whole: int, part: int
) -> None:
    _part_apart(report, other, measure, whole, part)


@pytest.mark.parametrize(("_id", "history", "anchor", "figure"), EARLIER_NAMED_BACK_SECOND,
                         ids=[getattr(r, "values", r)[0] for r in EARLIER_NAMED_BACK_SECOND])
def test_an_earlier_event_pointed_back_at_keeps_its_figures_second_run(
    _id: str, history: str, anchor: int | None, figure: int
) -> None:
    test_a_figure_pointing_back_at_an_earlier_event_is_that_events(_id, history, anchor, figure)


# (id, report, other, the gendarmerie's figure, the police's figure): group27. A gendarmerie
# (gendarmes, carabinieri, the guardia civil: a military force policing) is a kind of force of its
# own beside the police, when both are counted ('4,000 riot police … 600 gendarmes'): their
# deployments are apart. First run at main: 11 of 12 failed.
_G = "ECHO CITY (Wire) - "
GENDARMERIE_APART = [
    ("wire-reinforcements", _G + "Some 3,000 riot police were on duty, and 500 gendarmes arrived as "
     "reinforcements in the evening.", "The ministry said 500 gendarmes were sent.", 500, 2700),  # ('Some 3,000')
    ("carabinieri-polizia", _G + "The prefecture deployed 1,200 police officers and 400 carabinieri around the "
     "stadium.", "About 400 carabinieri were on duty, officials said.", 400, 1200),
    ("guardia-civil", _G + "Interior sent 700 agents of the Policía Nacional; a further 250 guardia civil "
     "officers guarded the border crossing.", "The Guardia Civil said 250 of its officers were there.", 250, 700),
    ("forum-gendarmes", _G + "cops everywhere, ministry says 2,500 police and like 900 gendarmes lol",
     "Officials said 900 gendarmes were deployed.", 900, 2500),
    ("translation-forces", _G + "At the place were engaged 350 policemen. Also 120 gendarmes made the cordon.",
     "The gendarmerie said 120 gendarmes were engaged.", 120, 350),
    ("separate-sentences", _G + "Police put 1,800 officers on the streets on Saturday. The gendarmerie added 650 "
     "gendarmes at the ring road.", "The interior ministry said 1,800 police officers were on duty.", 650, 1800),
    ("table", _G + "Forces deployed:\nPolice officers: 2,200\nGendarmes: 800", "Some 800 gendarmes were deployed.",
     800, 2200),
    ("press-release", _G + "The Gendarmerie Command informs that 420 gendarmes secured the perimeter, while "
     "the police deployed 1,100 officers in the city.", "Police said 1,100 officers were deployed.", 420, 1100),
    ("headline", _G + "Thousands march as 5,000 police, 1,500 gendarmes deployed",
     "About 1,500 gendarmes were deployed, the ministry said.", 1500, 5000),
    ("carabinieri-after", _G + "About 600 officers of the state police were joined by 300 carabinieri on Sunday.",
     "The carabinieri said 300 of their men were on duty.", 300, 540),  # ('About 600')
    ("mobile-gendarmes", _G + "Authorities deployed 2,000 police and 750 mobile gendarmes to the capital.",
     "Officials said 2,000 police officers were deployed.", 750, 2000),
    ("gendarmerie-units", _G + "The interior minister said 4,200 police officers and 1,300 gendarmes would be "
     "on duty for the summit.", "Some 1,300 gendarmes will be deployed, the minister said.", 1300, 4200),
]


@pytest.mark.parametrize(("_id", "report", "other", "gendarmes", "police"), GENDARMERIE_APART,
                         ids=[getattr(r, "values", r)[0] for r in GENDARMERIE_APART])
def test_a_gendarmerie_is_a_force_apart_from_the_police(
    _id: str, report: str, other: str, gendarmes: int, police: int
) -> None:
    got = {g: v for g, v in grouped((report, _PART_DAY), (other, _PART_DAY)).items() if g.startswith("deployed")}
    with_gendarmes = [v for v in got.values() if gendarmes in v]
    assert with_gendarmes and any(police in v for v in got.values()), got  # (both read)
    assert not any(police in v for v in with_gendarmes), got


# (id, the history a report of today's toll recalls, the figure that must be that earlier
# event's): dev28. A figure whose sentence points back with 'that day', 'that night', 'that
# evening' or 'that weekend', in the sentence after one naming an earlier year, is that
# year's event's, and so is every figure of its sentence ('… killed that day; the rally had
# drawn about 50,000'), wherever the words stand (a forum's '23 dead that day').
THAT_DAY_BACK = [
    ("that-day-dead", "Older traders still speak of the 1998 blaze in the same hall. 17 people died that day.", 17),
    pytest.param("that-night-held", "The last unrest here was in 2015, when students marched on the governor's "
                 "office. Police held 64 of them that night.", 64,
                 marks=pytest.mark.xfail(strict=True, reason="'held 64 of them': no figure read")),
    ("forum-that-day", "anyone else remember the stampede at the gate in 2009?? 23 dead that day and nobody jailed", 23),
    ("semicolon-crowd", "Many recalled March 2012, when troops opened fire on a market crowd. An inquiry later found "
     "19 were killed that day; the crowd had numbered 7,000.", 7000),
    ("semicolon-toll", "Many recalled March 2012, when troops opened fire on a market crowd. An inquiry later found "
     "19 were killed that day; the crowd had numbered 7,000.", 19),
    ("that-evening-hurt", "In 2003 the roof of the old covered market gave way during a storm. Doctors treated "
     "41 injured people that evening.", 41),
    ("translation-in-that-morning", "It is recalled that in the year 2010 a fire consumed the fish section. "
     "In that morning 9 persons perished.", 9),
    ("that-afternoon-march", "Back in 2017 the traders marched to parliament over the new levy. 2,500 people "
     "joined them that afternoon.", 2500),
    ("that-night-opening", "The valley flooded in 2001 as well. That night 140 soldiers were deployed to clear "
     "the lower market.", 140),
    ("on-that-day-wire", "The previous fatal fire at the market broke out in 2011. On that day, the fire service "
     "said, 6 traders were killed.", 6),
    ("that-weekend-arrests", "The union last called the stalls out in 2014. Police arrested 35 people "
     "that weekend.", 35),
    ("release-that-day", "Our association was founded after the tragedy of 1994 at the river crossing. That day "
     "52 people lost their lives.", 52),
    ("that-night-red-cross", "Residents still talk about the 2008 gas explosion on Station Road. 70 people "
     "were hurt that night, the Red Cross said.", 70),
]


@pytest.mark.parametrize(("_id", "history", "figure"), THAT_DAY_BACK,
                         ids=[r.values[0] if hasattr(r, "marks") else r[0] for r in THAT_DAY_BACK])  # fmt: skip
def test_a_figure_of_that_day_after_an_earlier_year_is_that_events(_id: str, history: str, figure: int) -> None:
    got = grouped((_TODAY + history, "2026-03-09"), (_TODAY_OTHER, "2026-03-09"))
    mine = [gid for gid, v in got.items() if figure in v]
    assert mine and all("/before" in gid for gid in mine), (got, mine)


# (id, a sentence after one that names an earlier year only as the measure of today's event,
# the figure that stays today's): 'the deadliest since 2011' names no event of that year
THAT_DAY_TODAY = [
    ("deadliest-since", "It was the deadliest fire at the market since 2011. Police arrested 12 looters that night.", 12),
    ("worst-since", "Traders called it the worst blaze since 2004. Doctors treated 30 people that evening.", 30),
    ("largest-since", "The crowd outside the administration was the largest since 2019. 900 people "
     "gathered there that afternoon.", 900),
]


@pytest.mark.parametrize(("_id", "history", "figure"), THAT_DAY_TODAY,
                         ids=[r[0] for r in THAT_DAY_TODAY])  # fmt: skip
def test_a_figure_of_that_day_after_a_year_of_comparison_is_todays(_id: str, history: str, figure: int) -> None:
    got = grouped((_TODAY + history, "2026-03-09"), (_TODAY_OTHER, "2026-03-09"))
    mine = [gid for gid, v in got.items() if figure in v]
    assert mine and not any("/before" in gid for gid in mine), (got, mine)


def test_a_second_days_crowd_compared_with_the_first_is_that_days() -> None:
    """'On the second day …, fewer than on Sunday': the day it is compared with is not its own;
    Monday's crowd is a group apart from Sunday's."""
    sunday = ("The ministry put Sunday's crowd at about 5,000.", "2026-10-12")
    monday = (
        "Some 3,000 people marched again on the second day of protests, fewer than on Sunday, police estimated.",
        "2026-10-12",
    )
    assert of_measure("participants", sunday, monday) == [[2700], [4500]]  # (the low ends of 'some', 'about')


def test_a_toll_across_a_country_keeps_a_home_towns_toll_apart() -> None:
    """'17 people have died in floods across Bosnia' is the country's toll: the six dead of the
    town another report is datelined from are that town's, not a rival count of the whole."""
    wire = ("SARAJEVO, Oct 22 - At least 17 people have died in floods across Bosnia since Sunday, the agency said.", "2026-10-22")
    radio = ("MAGLAJ, Oct 22 - The crisis staff said 6 people died in Maglaj municipality.", "2026-10-22")
    assert of_measure("killed", wire, radio) == [[6], [17]]


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the disaster agency, seven of the dead were children; the rescue office gave a figure of five.",
        "Seven of the dead were children, the disaster agency said, while the rescue office counted five.",
    ],
)
def test_a_rivals_bare_figure_after_a_part_counts_that_part(sentence: str) -> None:
    """A rival's clause that gives only a bare figure after a part of the toll ('seven of the
    dead were children; Basarnas gave a figure of five') counts that part, not the toll."""
    report = (f"At least 26 people died when the ferry sank on Thursday, officials said. {sentence}", "2026-12-14")
    assert of_measure("killed", report) == [[5, 7], [26]]



def test_an_incident_of_several_of_its_kind_is_apart_from_the_whole() -> None:
    """A second collapse at a mine: the dead of the first and of the second collapse are counts
    of incidents, apart from the toll of the whole; a toll told after 'and that' in the sentence
    of the first collapse's stays the whole's."""
    wire = (
        "ZHEZKAZGAN, Dec 9 - A second rock fall struck the copper mine early on Wednesday, killing four "
        "people who were trying to reach miners trapped by Monday's collapse, the ministry said. "
        "With Wednesday's deaths, 15 people have now been killed at the mine since Monday. It said 11 "
        "miners died in the first collapse. The company said nine of its employees had died in the "
        "first collapse and that 13 people had been killed in total.",
        "2026-12-09",
    )
    got = grouped(wire)
    whole = next(v for gid, v in got.items() if gid.startswith("killed/") and 15 in v)
    assert whole == [13, 15]
    assert got["killed/people/incident"] == [4, 11]  # (the company's nine employees: a part of the first's)


def test_a_place_named_before_a_police_or_crowd_noun_is_the_figures_place() -> None:
    """'Police put the Dresden crowd at 6,000', 'Hamburg police say 22,000 walked': the place
    other figures of the event are keyed by, named right before the noun, is the figure's
    place; 'Riot police' names no place."""
    box = (
        "About 160,000 people marched nationwide on Thursday, the ministry said. In Dresden, police "
        "counted 6,000 marchers. In Hamburg, police said 22,000 people took part.",
        "2026-11-12",
    )
    digest = (
        "Police put the Dresden crowd at 6,000. Hamburg police say 22,000 walked to the town hall. "
        "Riot police said 150,000 had marched across the country.",
        "2026-11-13",
    )
    got = of_measure("participants", box, digest)
    assert [6000, 6000] in got and [22000, 22000] in got


def test_a_paragraphs_place_holds_for_its_later_tallies() -> None:
    """A wire of two cities tells them a paragraph at a time: 'Fourteen people were injured',
    after 'Dorvan police arrested 23 people' in its paragraph, is Dorvan's hurt, and 'Nine
    people were injured' in Ostrel's paragraph is compared with another report's Ostrel figure,
    not with the ministry's count over the two cities. A part ('six officers') stays its
    whole's; a report that counts one place only keeps its figures the event's."""
    wire = (
        "Tenants marched in Dorvan on Saturday and in Ostrel on Sunday against the rent bill.\n\n"
        "Dorvan police arrested 23 people on Saturday. Fourteen people were injured, among them six officers.\n\n"
        "Ostrel police arrested 17 people on Sunday. Nine people were injured.\n\n"
        "The ministry said 40 people had been injured in the two cities.",
        "2027-09-13",
    )
    local = ("Police said 12 people were injured in Ostrel on Sunday.", "2027-09-13")
    got = grouped(wire, local)
    assert got["injured/people/ostrel"] == [9, 12]
    assert got["injured/people/dorvan"] == [14]
    assert got["injured/people"] == [40]
    assert got["injured/security"] == [6]
    one_place = ("Police arrested 23 people in Dorvan on Saturday. Fourteen people were injured.", "2027-09-13")
    assert [c.place for c in parse(Source(id="r", text=one_place[0], date=one_place[1]))] == ["Dorvan", None]


def test_the_events_own_places_together_are_its_whole() -> None:
    """'84 people had been arrested in Dorvan and Ostrel since Saturday', in an event whose
    reports come from both cities, is the event's total, compared with the organisers' count
    of their members held; each city's own figure stays that city's."""
    first = ("DORVAN, Sept 12 (Wire) - Police arrested 23 people in Dorvan on Saturday and 17 in Ostrel on Sunday.", "2027-09-12")
    later = (
        "OSTREL, Sept 15 (Wire) - Police said 84 people had been arrested in Dorvan and Ostrel since Saturday. "
        "The organisers said more than 100 of their members had been detained.",
        "2027-09-15",
    )
    got = grouped(first, later)
    assert got["arrested/people"] == [84, 101]
    assert got["arrested/people/dorvan"] == [23] and got["arrested/people/ostrel"] == [17]


def test_a_place_read_up_to_a_day_is_the_place_alone() -> None:
    """'23 in Amsterdam on Saturday, 17 in Rotterdam on Sunday and 18 in Amsterdam on Monday': the
    places are Amsterdam and Rotterdam, not 'Amsterdam on Saturday'; a programme's title line
    ('RADIO SUD - EVENING NEWS, 22:00') is no dateline."""
    text = (
        "Since Saturday, the police have arrested 58 people in the two cities: 23 in Dorvan on Saturday, "
        "17 in Ostrel on Sunday and 18 in Dorvan on Monday."
    )
    places = {c.text: c.place for c in parse(Source(id="r", text=text, date="2027-09-14"))}
    assert places["23"] == "Dorvan" and places["17"] == "Ostrel" and places["18"] == "Dorvan"
    title = "RADIO SUD - EVENING NEWS, 22:00\n\nPRESENTER: Good evening. Police say 40 people were arrested."
    assert {c.place for c in parse(Source(id="r", text=title, date="2027-09-14"))} == {None}


def test_a_figure_coordinated_with_an_earlier_events_is_of_that_event_past_a_long_clause() -> None:
    """'… since the 2016 land riots, in which five people died according to a parliamentary
    inquiry and 23 people were arrested': both figures are the 2016 riots', though the clause
    between them runs to seven words; a figure after 'and' with a time of its own ('and since
    Friday 40 people have been arrested') is the event's."""
    text = (
        "KOLDA, June 7 - The unrest was the deadliest in the region since the 2016 land riots, in which five "
        "people died according to a parliamentary inquiry and 23 people were arrested."
    )
    periods = {c.text: c.period for c in parse(Source(id="r", text=text, date="2027-06-07"))}
    assert periods == {"five": "before", "23": "before"}
    now = text.removesuffix("23 people were arrested.") + "since Friday 40 people have been arrested."
    assert {c.text: c.period for c in parse(Source(id="r", text=now, date="2027-06-07"))}["40"] != "before"


def test_a_paragraph_labelled_with_a_place_is_that_places() -> None:
    """A live page's paragraph that opens 'Kolo: …', in a report that names Kolo as a place, is
    Kolo's (its figures compared with other figures for Kolo); a speaker's label ('Police: …')
    is no place, nor a label the report names as no place."""
    live = (
        "DORVAN, June 6 - Protests went on in Dorvan, and a fuel depot burned in Kolo overnight.\n\n"
        "The ministry said 11 people had died in the unrest since Friday.\n\n"
        "Kolo: the fire brigade says it recovered two bodies from the depot and that six people were injured.\n\n"
        "Police: 40 people were arrested on Saturday.\n\n"
        "Mensa: 12 people were arrested, the group said.",
        "2027-06-06",
    )
    places = {c.text: c.place for c in parse(Source(id="r", text=live[0], date=live[1]))}
    assert places == {"11": None, "two": "Kolo", "six": "Kolo", "40": None, "12": None}


def test_a_paragraphs_place_is_no_parts_nor_a_rivals() -> None:
    """The paragraph's place reaches no part ('Among the victims are three children') and no
    rival's count of the measure it counted ('The police acknowledged only nine') and no figure
    told again ('how the nine died'): those stay the whole's, as they are when the paragraph
    names no place."""
    text = (
        "Riots went on in Dorvan and in Ostrel on Tuesday.\n\n"
        "Our monitors recorded 14 deaths in Dorvan, the group said. The police acknowledged only nine deaths. "
        "Among the victims are three children. It did not say how the nine died.\n\n"
        "Police arrested 30 people in Ostrel on Tuesday."
    )
    places = {c.text: c.place for c in parse(Source(id="r", text=text, date="2027-06-06"))}
    assert places == {"14": "Dorvan", "nine": None, "three": None, "30": "Ostrel"}



def test_a_place_that_is_its_clauses_subject_counts_its_part_of_the_toll() -> None:
    """A county breakdown told with the county as the subject of its tally ('Tarvik had 3
    deaths', 'data shows that Orlen leads the number of fatalities standing at 9'; lexicon
    place.subject_tallies): each county's figure is its own quantity, apart from the national
    toll (real county breakdowns of a rights commission were read as the toll)."""
    commission = (
        "ORLEN, Vandia, May 4 – At least 22 people have been killed since the beginning of the "
        "nationwide fuel protests, according to the Vandia Rights Commission. The commission said "
        "its data shows that Orlen leads the number of fatalities standing at 9. Tarvik had 3 "
        "deaths related to the unrest.",
        "2026-05-04",
    )
    wire = ("ORLEN, May 4 – The Vandia Rights Commission said 22 people had died in the protests.", "2026-05-04")
    police = ("One man was shot dead in Mesra on Monday and two people died in Kelso, police said.", "2026-05-04")
    got = grouped(commission, wire, police)
    assert got["killed/people"] == [22, 22]
    assert got["killed/people/orlen"] == [9] and got["killed/people/tarvik"] == [3]


def test_a_toll_told_in_other_places_too_is_no_local_events_toll() -> None:
    """Two figures of the datelines' city against one nationwide figure would make the event
    the city's, and the nationwide toll a wider count apart; but where the event's figures
    name two other places or more besides (OTHER_PLACES_SPANNED), the toll spans the country:
    the commission's national 22, told again with no place, is one quantity, and the city's
    figures its part."""
    got = grouped(
        ("ORLEN, May 4 – At least 22 people have been killed since the nationwide fuel protests "
         "began, the Vandia Rights Commission said. Orlen had 9 deaths and Tarvik had 3 deaths.", "2026-05-04"),
        ("ORLEN, May 4 – Police said one man was shot dead in Orlen on Monday.", "2026-05-04"),
        ("One man was killed in Mesra and two people died in Kelso, police said.", "2026-05-04"),
        ("The Vandia Rights Commission said 22 people had died in the protests.", "2026-05-04"),
    )  # fmt: skip
    assert got["killed/people"] == [22, 22]
    assert got["killed/people/orlen"] == [1, 9] and got["killed/people/tarvik"] == [3]


def test_the_dead_an_authority_calls_rioters_are_a_part_of_the_toll() -> None:
    """'26 armed criminals and 16 members of the security forces died' beside a toll of 164:
    the armed criminals are a part of the toll (lexicon kinds_of_people 'rioters'), not a
    lower whole; and '103 of the deaths were in Velora', told as a part of the deaths, is that
    city's share even when another teller gives it."""
    got = grouped(
        ("The unrest caused 164 deaths, officials said. Official sources said 26 armed criminals "
         "and 16 members of the security forces died. The health ministry said 103 of the deaths "
         "were in Velora.", "2026-01-10"),
        ("Authorities said the death toll had risen to 225.", "2026-01-15"),
    )  # fmt: skip
    assert got["killed/people"] == [164, 225]
    assert got["killed/people/rioters"] == [26] and got["killed/people/velora"] == [103]


def test_a_hospitals_bodies_the_identified_and_the_site_itself_are_parts_of_the_toll() -> None:
    """The bodies brought to a hospital elsewhere ('Nineteen bodies were brought to a hospital
    in the neighbouring Dessa district', '… taken to the district hospital', 'they had received 19
    bodies'), those identified so far,
    and the dead 'in Korval itself' are parts of the crush's rising toll (64, then 70), each
    one quantity across the reports, none a rival of the toll."""
    got = grouped(
        ("KORVAL, June 4 – A crush at a temple fair killed 64 people on Tuesday, officials said. "
         "Nineteen bodies were brought to a hospital in the neighbouring Dessa district. And 45 lay "
         "dead in Korval itself. The district collector said 50 have been identified so far.", "2026-06-04"),
        ("Nineteen bodies had been taken to the district hospital, its chief medical officer "
         "said. The toll rose to 70 on Wednesday, officials said.", "2026-06-05"),
        ("The chief medical officer of Dessa said they had received 19 bodies.", "2026-06-05"),
    )  # fmt: skip
    assert got["killed/people"] == [64, 70]
    assert got["killed/people/bodies-brought-to-a-hospital"] == [19, 19, 19]
    assert got["killed/people/identified"] == [50] and got["killed/people/korval"] == [45]


def test_the_dead_at_the_stadium_and_those_in_intensive_treatment_are_parts() -> None:
    """A stadium crush's 'In the chaos, 34 died at the stadium' beside a toll of 125 is the
    part who died at the scene (lexicon grammar.at_the_scene: the venue a crowd filled), and
    'more than 100 people were receiving intensive treatment' the seriously hurt, not a rival
    of the 180 injured."""
    got = grouped(
        ("At least 125 people died in the crush on Saturday and 180 were injured, police said. In the "
         "chaos, 34 died at the stadium, including two officers. The vice governor said more than 100 "
         "people were receiving intensive treatment in eight hospitals.", "2026-10-02"),
        ("The death toll from the stadium crush rose to 131, police said.", "2026-10-05"),
    )  # fmt: skip
    assert got["killed/people"] == [125, 131] and got["killed/people/died-at-the-scene"] == [34]
    assert got["injured/people"] == [180] and got["injured/people/serious"] == [101]


def test_a_headlines_demos_are_no_place() -> None:
    """'… 310 Injured in Demos' in a title-case headline: the demonstrations, no place (lexicon
    speakers.event_nouns 'demos'), so the headline's figure is the body's."""
    got = grouped(
        ("Fuel Protests: Commission Says 22 Killed, 310 Injured in Demos\n\nThe Vandia Rights Commission "
         "said the protests had resulted in 22 deaths and 310 injuries.", "2026-05-04"),
    )  # fmt: skip
    assert got["injured/people"] == [310, 310]


def test_bodies_brought_to_two_sites_are_the_toll() -> None:
    """Bodies brought to two sites ('to the community health centre and the district hospital')
    are counted over both: the toll, not one hospital's part of it."""
    got = grouped(
        ("Fourteen bodies have been brought to the community health centre and the district hospital, "
         "the magistrate said. Police later put the toll at 18.", "2026-03-02"),
    )  # fmt: skip
    assert got["killed/people"] == [14, 18]


def test_the_foreigners_among_the_dead_are_one_part_whatever_word_names_them() -> None:
    """'Six of the dead were foreigners' and '… including seven foreign nationals': one part of
    the rising toll (lexicon kinds_of_people 'foreigners', a kind any toll may hold), not two
    parts by their words nor a rival of the toll."""
    got = grouped(
        ("DORVAN, July 25 – The crush at the festival killed 19 people, police said. Six of the dead "
         "were foreigners. At least 340 were injured.", "2026-07-25"),
        ("The toll rose to 21 on Monday. Police said 21 people died, including seven foreign nationals.", "2026-07-26"),
    )  # fmt: skip
    assert got["killed/people"] == [19, 21, 21] and got["killed/people/foreigners"] == [6, 7]


def test_the_women_among_one_hospitals_bodies_are_apart_from_the_women_among_the_dead() -> None:
    """'Nineteen bodies were brought to a hospital … Police said 15 of them were women' and 'they
    had received 19 bodies, of which 16 were women': the women among that hospital's bodies, one
    quantity (15 against 16), apart from the 50 women among the 64 dead."""
    got = grouped(
        ("KORVAL, June 4 – A crush at a temple fair killed 64 people on Tuesday, officials said, "
         "including 50 women. Nineteen bodies were brought to a hospital in the neighbouring Dessa "
         "district. Police said 15 of them were women.", "2026-06-04"),
        ("The chief medical officer of Dessa said they had received 19 bodies, of which 16 were women.", "2026-06-05"),
    )  # fmt: skip
    assert got["killed/people/women"] == [50]
    assert got["killed/people/bodies-brought-to-a-hospital-women"] == [15, 16]


def test_a_crowd_throughout_a_country_is_the_nationwide_one_and_the_capital_a_city() -> None:
    """'over 125,000 people joined the protest throughout France with 10,000 in the capital' in a
    report with no dateline: the first is the nationwide turnout (as 'across France' is), the
    second the capital's, never the country's (a country is no capital), so the ministry's
    nationwide 125,000 in another report is one quantity with it."""
    got = grouped(
        ("The interior minister said over 125,000 people joined the protest throughout France with "
         "10,000 in the capital.", "2026-12-08"),
        ("Some 125,000 demonstrators marched across France on Saturday, the ministry said.", "2026-12-08"),
    )  # fmt: skip
    national = [v for gid, v in got.items() if gid.startswith("participants") and "nationwide" in gid]
    assert [len(v) for v in national] == [2]  # (their low ends: over 125,000 and some 125,000)
    assert [10000] in [v for gid, v in got.items() if gid.startswith("participants") and "nationwide" not in gid]


def test_a_name_the_window_cuts_is_no_place_and_hurt_said_to_be_serious_is_serious() -> None:
    """'… late on Dec 31 in Kaohsiung' where the figure's window ends inside the name: no place
    'Ka' of its own, the toll's figure; and 'the condition of 14 of the injured was said to be
    serious' counts the seriously hurt, beside 'Thirteen are in a critical condition'."""
    got = grouped(
        ("At least 36 people died in a fatal crush during the New Year countdown late on Dec 31 in "
         "Kaohsiung, police said. The condition of 14 of the injured was said to be serious.", "2027-01-01"),
        ("The crush killed 36 people and injured 47. Thirteen are in a critical condition.", "2027-01-01"),
    )  # fmt: skip
    assert got["killed/people"] == [36, 36]
    assert got["injured/people/serious"] == [13, 14]
