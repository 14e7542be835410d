"""Matcher: grouping by measure, side and scope; claimant identities; revisions and scoped figures."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from claimcheck.extract import extract_claims
from claimcheck.match import align, claimant_ids, speaker_ids
from claimcheck.models import Claim, ClaimGroup, Quantity, Source, claim_in
from claimcheck.situate import event_home, parse


def claim(
    measure: str,
    subject: str,
    low: int,
    high: int | None,
    *,
    source: str = "a",
    claimant: str | None = None,
    scope: str | None = None,
    sentence: str = "",
    start: int = 0,
    claimant_type: str | None = None,
) -> Claim:
    q = Quantity(str(low), start, start + len(str(low)), low, low, high, "exact")
    return Claim(
        source=source,
        path=None,
        date=None,
        measure=measure,
        subject=subject,
        quantity=q,
        line=1,
        sentence=sentence or f"{source} {claimant} {low}",
        claimant=claimant,
        claimant_type=claimant_type,
        scope=scope,
    )


def by_id(groups: list[ClaimGroup]) -> dict[str, ClaimGroup]:
    return {g.id: g for g in groups}


@pytest.mark.parametrize(
    ("names", "same", "different"),
    [
        (["Mr. Raja", "PTI Secretary General Salman Akram Raja"], [(0, 1)], []),
        (["Mohsin Naqvi", "Mohsen Naqvi"], [(0, 1)], []),
        (["police", "Islamabad police chief"], [(0, 1)], []),
        (["party sources", "Official sources"], [], [(0, 1)]),
        # 'sources' fits two longer names: it joins neither
        (["sources", "party sources", "official sources"], [], [(0, 1), (0, 2), (1, 2)]),
        (["The Guardian", "BBC"], [], [(0, 1)]),
        # a body's bare word fits the one force or ministry the story names, beside descriptions
        (["the police", "National Civil Police (PNC)", "local police"], [(0, 1)], [(1, 2)]),
        (["Police", "Zambia Police Service", "riot police"], [(0, 1)], []),
        (["ministry", "Ministry of Health", "a ministry official in the north"], [(0, 1)], []),
        # two named bodies, or only descriptions: the bare word joins none
        (["ministry", "Ministry of Health", "Ministry of the Interior"], [], [(0, 1), (0, 2)]),
        (["police", "riot police", "traffic police"], [], [(0, 1), (0, 2)]),
        (["office", "Office of the Ombudsman", "Office of the Prosecutor"], [], [(0, 1), (0, 2)]),
    ],
    ids=[
        "surname-subset",
        "spelling-variant",
        "role-subset",
        "different-sources",
        "ambiguous",
        "outlets",
        "police-beside-local-police",
        "police-beside-riot-police",
        "ministry-beside-official",
        "two-ministries",
        "police-descriptions-only",
        "two-offices",
    ],
)
def test_claimant_ids(
    names: list[str], same: list[tuple[int, int]], different: list[tuple[int, int]]
) -> None:
    ids = claimant_ids(names)
    for i, j in same:
        assert ids[names[i]] == ids[names[j]]
    for i, j in different:
        assert ids[names[i]] != ids[names[j]]


# a lowercase description of a body's staff by the body's own words is that named body
OFFICIALS_CASES = {
    "wire-emergency-officials": (["Emergency Management Service", "emergency officials"], [(0, 1)]),
    "health-officials": (["Ministry of Health", "health officials", "Amnesty International"], [(0, 1)]),
    "commission-spokesman": (["Independent Electoral Commission", "electoral commission spokesman"], [(0, 1)]),
    "forum-rescue-staff": (["National Rescue Agency", "rescue staff"], [(0, 1)]),
    "translated-prison-officials": (["National Penitentiary Institute", "penitentiary officials"], [(0, 1)]),
    "fire-service-officials": (["Kenya Fire Service", "fire officials"], [(0, 1)]),
}
OFFICIALS_APART = {
    "two-bodies-hold-the-word": (["Ministry of Health", "Health Workers Union", "health officials"], [2]),
    "no-named-body": (["emergency officials", "rescuers"], [0]),
    "words-of-no-body": (["Ministry of Health", "hospital officials"], [1]),
    "bare-officials": (["Ministry of Health", "officials"], [1]),
}


@pytest.mark.parametrize("case", list(OFFICIALS_CASES), ids=list(OFFICIALS_CASES))
def test_officials_described_by_their_body_speak_for_it(case: str) -> None:
    names, same = OFFICIALS_CASES[case]
    ids = speaker_ids([claim("killed", "people", 10 + n, 10 + n, claimant=c) for n, c in enumerate(names)])
    for i, j in same:
        assert ids[names[i]] == ids[names[j]], (case, ids)


@pytest.mark.parametrize("case", list(OFFICIALS_APART), ids=list(OFFICIALS_APART))
def test_officials_join_no_body_their_words_do_not_single_out(case: str) -> None:
    names, alone = OFFICIALS_APART[case]
    ids = speaker_ids([claim("killed", "people", 10 + n, 10 + n, claimant=c) for n, c in enumerate(names)])
    for i in alone:
        assert ids[names[i]] == names[i], (case, ids)


def test_a_spokesman_speaks_for_his_body() -> None:
    # 'ministry spokesman Nurlan Abenov' is the ministry's voice: his 34 is its revision of its
    # 35, and 'the ministry' of another report is that ministry, not one of two names it fits
    names = ["Ministry of Emergency Situations", "ministry spokesman Nurlan Abenov", "ministry", "Adal Enbek"]
    ids = speaker_ids([claim("killed", "people", 34, 34, claimant=n) for n in names])
    assert ids["ministry spokesman Nurlan Abenov"] == ids["ministry"] == ids["Ministry of Emergency Situations"]
    assert ids["Adal Enbek"] != ids["ministry"]
    # two ministries: the spokesman of 'the ministry' is neither's
    names = ["Ministry of Health", "Ministry of the Interior", "ministry spokesman Nurlan Abenov"]
    ids = speaker_ids([claim("killed", "people", 34, 34, claimant=n) for n in names])
    assert ids["ministry spokesman Nurlan Abenov"] == "ministry spokesman Nurlan Abenov"


def test_a_spokeswoman_is_her_body_by_the_reports_that_quote_her() -> None:
    # two ministries in the story, but the report quoting 'ministry spokeswoman Leila Haddad'
    # names only the transport ministry: she is its voice; 'Leila Haddad' and 'spokeswoman
    # Leila Haddad' of other reports are the same person, so the same body
    said = [
        ("r1", "Transport Ministry"),
        ("r1", "ministry spokeswoman Leila Haddad"),
        ("r2", "Ministry of Energy"),
        ("r2", "spokeswoman Leila Haddad"),
        ("r3", "Leila Haddad"),
    ]
    ids = speaker_ids([claim("killed", "people", 9, 9, source=s, claimant=n) for s, n in said])
    assert ids["ministry spokeswoman Leila Haddad"] == ids["Transport Ministry"]
    assert ids["spokeswoman Leila Haddad"] == ids["Leila Haddad"] == ids["Transport Ministry"]
    assert ids["Ministry of Energy"] != ids["Transport Ministry"]


def test_a_bare_description_is_the_body_its_report_names() -> None:
    # 'the ministry' of a report that names only the health ministry is that ministry, though
    # another report names the interior ministry; in a report naming both it stays unresolved
    said = [("r1", "Health Ministry"), ("r1", "the ministry"), ("r2", "Interior Ministry")]
    ids = speaker_ids([claim("killed", "people", 9, 9, source=s, claimant=n) for s, n in said])
    assert ids["the ministry"] == ids["Health Ministry"]
    said.append(("r2", "the ministry"))
    said.append(("r2", "Health Ministry"))
    ids = speaker_ids([claim("killed", "people", 9, 9, source=s, claimant=n) for s, n in said])
    assert ids["the ministry"] not in (ids["Health Ministry"], ids["Interior Ministry"])


def test_a_ministrys_own_later_lower_figure_is_its_revision() -> None:
    # one ministry told four ways across three dated reports: its 41 then 39 is a revision, not
    # two claimants in conflict
    from dataclasses import replace

    rows = [
        ("r1", "2031-05-02", "Ministry of Transport", 41),
        ("r2", "2031-05-03", "MINISTRY OF TRANSPORT", 39),
        ("r3", "2031-05-03", "ministry spokesman Omar Said", 39),
        ("r3", "2031-05-03", "the ministry", 39),
    ]
    claims = [
        replace(claim("killed", "people", n, n, source=s, claimant=w, start=10 * k), date=d)
        for k, (s, d, w, n) in enumerate(rows)
    ]
    (group,) = align(claims)
    assert group.conflicts == ()
    assert group.revisions


def test_groups_by_measure_and_side_people_join_protesters() -> None:
    claims = [
        claim("killed", "protesters", 20, 20, source="a", claimant="party"),
        claim("killed", "people", 10, 10, source="b", claimant="hospital"),
        claim("killed", "security", 5, 5, source="a"),
        claim("injured", "security", 100, None, source="b"),
        claim("other", "people", 3, 3),
    ]
    groups = by_id(align(claims))
    assert set(groups) == {"killed/protesters", "killed/security", "injured/security"}
    assert len(groups["killed/protesters"].claims) == 2
    assert groups["killed/protesters"].status == "conflict"


def test_people_alone_keep_their_label() -> None:
    groups = align(
        [
            claim("killed", "people", 10, 10, source="a"),
            claim("killed", "people", 12, 12, source="b"),
        ]
    )
    assert [g.id for g in groups] == ["killed/people"]


def test_before_scope_is_its_own_group() -> None:
    claims = [
        claim("arrested", "protesters", 450, 450, source="a"),
        claim(
            "arrested", "protesters", 4000, 4000, source="b", scope="before: prior to the protest"
        ),
    ]
    groups = by_id(align(claims))
    assert set(groups) == {"arrested/protesters", "arrested/protesters/before"}
    assert all(g.status == "single" for g in groups.values())


def test_part_scope_stays_in_group_but_never_conflicts() -> None:
    claims = [
        claim("participants", "protesters", 2000, 9999, source="a"),
        claim(
            "participants",
            "protesters",
            70000,
            70000,
            source="b",
            claimant="spokesman",
            scope="part: from Khyber Pakhtunkhwa alone",
        ),
    ]
    (group,) = align(claims)
    assert len(group.claims) == 2
    assert group.conflicts == ()
    assert group.status == "single"


def test_a_part_of_a_stated_whole_is_a_group_of_its_own() -> None:
    """'34 injured, of whom eleven are seriously hurt': the eleven are another quantity (how
    many are seriously hurt), compared with other reports' seriously hurt, not with the 34;
    the same for 'three of the injured'. A part that names a side ('18 police officers of 46')
    is that side's figure, and one named by where it was seen stays with the whole (above)."""
    claims = [
        claim("injured", "people", 34, 34, source="a"),
        claim("injured", "people", 11, 11, source="a", scope="part: 11 of 34"),
        claim("injured", "people", 9, 9, source="b", scope="part: 9 of 46"),
        claim("injured", "people", 46, 46, source="b"),
        claim("injured", "security", 18, 18, source="b", scope="part: 18 police officers of 46"),
        claim("injured", "security", 20, 20, source="a"),
    ]
    claims.append(claim("injured", "people", 10, 10, source="c", scope="part: 10 of 34 people"))
    groups = by_id(align(claims))
    assert set(groups) == {"injured/people", "injured/people/part", "injured/security"}
    assert [c.value for c in groups["injured/people/part"].claims] == [11, 9, 10]
    assert [c.value for c in groups["injured/people"].claims] == [34, 46]
    assert len(groups["injured/security"].claims) == 2


def test_a_part_said_to_be_some_people_is_those_peoples_count() -> None:
    """Parts of the dead said to be some people ('Among the dead, 40 were women', 'Twelve of
    those who died were children') are those people's counts, apart from each other and from
    the toll; a part said to be held ('of whom 22 were held for a week') names no people."""
    text = (
        "At least 130 people died in the crush. Among the dead, 40 were women. "
        "Twelve of those who died were children. Police arrested 80 people, of whom 22 were held for a week."
    )
    groups = align(parse(Source(id="a", text=text, date="2026-05-02")))
    told = {g.id: sorted(c.text for c in g.claims) for g in groups}
    assert told["killed/people"] == ["At least 130"]
    assert told["killed/people/women"] == ["40"]
    assert told["killed/people/children"] == ["Twelve"]
    assert "arrested/people/held" not in told


def test_a_side_named_among_a_whole_is_that_sides_figure() -> None:
    """'Among those arrested were 14 journalists' and '14 reporters had been detained' are
    the journalists' one figure."""
    among = claim("arrested", "journalists", 14, 14, source="a", scope="part: 14 of those arrested")
    among = dataclasses.replace(among, subject_text="journalists")
    claims = [among, claim("arrested", "journalists", 14, 14, source="b")]
    (group,) = align(claims)
    assert group.id == "arrested/journalists" and group.status == "single"


def test_a_gatherings_figure_of_no_day_takes_the_day_its_report_names() -> None:
    """Report a names day one once ('took to the streets on Wednesday') and then gives the
    police's and the union's counts without the day: they are day one's, not day two's (the
    day with the most figures, from report b)."""

    def on(c: Claim, day: str | None) -> Claim:
        return dataclasses.replace(c, as_of=day, period="day")

    claims = [
        on(claim("participants", "protesters", 30000, 30000, source="a"), "2026-11-18"),
        on(claim("participants", "protesters", 31000, 31000, source="a", claimant="police"), None),
        on(claim("participants", "protesters", 110000, 110000, source="a", claimant="union"), None),
        on(
            claim("participants", "protesters", 29000, 29000, source="b", claimant="police"),
            "2026-11-19",
        ),
        on(
            claim("participants", "protesters", 120000, 120000, source="b", claimant="union"),
            "2026-11-19",
        ),
        on(claim("participants", "protesters", 125000, 125000, source="b"), "2026-11-19"),
        on(claim("participants", "protesters", 27000, 27000, source="c", claimant="police"), None),
    ]
    groups = by_id(align(claims))
    day1, day2 = (
        groups["participants/protesters/2026-11-18"],
        groups["participants/protesters/2026-11-19"],
    )
    assert [c.value for c in day1.claims] == [30000, 31000, 110000]
    assert [c.value for c in day2.claims] == [29000, 120000, 125000, 27000]  # c names no day


def test_a_gatherings_figure_of_no_day_far_from_its_sides_figure_is_another_days() -> None:
    """A strike of several days told in dated and undated reports: the undated report's
    ministry count (410,000 'on Thursday') is far below the ministry's 1.1 million of the day
    the dated reports tell, so it is of another day, a group of an unknown day with the union's
    figure beside it; an undated report whose police figure is close to the police's figure of
    that day (5,600 beside 5,000) stays with it, and so does a figure of no side."""

    def on(c: Claim, day: str | None) -> Claim:
        return dataclasses.replace(c, as_of=day, period="day")

    def told(n: int, source: str, who: str | None, kind: str | None) -> Claim:
        return claim("participants", "protesters", n, n, source=source, claimant=who, claimant_type=kind)

    claims = [
        on(told(1100000, "a", "the interior ministry", "government"), "2026-03-12"),
        on(told(3000000, "a", "the CGT union", "union"), "2026-03-12"),
        on(told(5000, "a", "the police", "police"), "2026-03-12"),
        on(told(410000, "b", "the ministry", "government"), None),
        on(told(1200000, "b", "the unions", "union"), None),
        on(told(5600, "c", "police", "police"), None),
        on(told(2500000, "c", None, None), None),
    ]
    groups = by_id(align(claims))
    day, unknown = groups["participants/protesters/2026-03-12"], groups["participants/protesters"]
    assert sorted(c.value for c in day.claims) == [5000, 5600, 1100000, 2500000, 3000000]
    assert sorted(c.value for c in unknown.claims) == [410000, 1200000]


def test_one_days_count_of_a_tally_is_its_own_group() -> None:
    """That day's 47 arrests are not a lower figure of the running total of 112 (no conflict,
    no 'rising'): a group of that day; a city's day count stays that city's group."""
    day = dataclasses.replace(
        claim("arrested", "people", 47, 47, source="a"), as_of="2026-11-13", period="day"
    )
    total = dataclasses.replace(
        claim("arrested", "people", 112, 112, source="a", start=50),
        as_of="2026-11-24",
        period="cumulative",
    )
    milan = dataclasses.replace(
        claim("arrested", "people", 23, 23, source="a", start=90),
        as_of="2026-11-11",
        period="day",
        place="Milan",
    )
    groups = by_id(align([day, total, milan]))
    assert set(groups) == {
        "arrested/people",
        "arrested/people/2026-11-13",
        "arrested/people/milan",
    }


def test_a_place_named_short_in_one_report_is_the_longer_one_of_another() -> None:
    """'the regional hospital had received 14 bodies' and 'Sokodé regional hospital received
    14 bodies': one hospital, one group."""
    short = dataclasses.replace(
        claim("killed", "people", 14, 14, source="a"), place="regional hospital"
    )
    full = dataclasses.replace(
        claim("killed", "people", 14, 14, source="b"), place="Sokodé regional hospital"
    )
    whole = claim("killed", "people", 31, 31, source="b", start=40)
    groups = by_id(align([short, full, whole]))
    assert set(groups) == {"killed/people", "killed/people/sokodé-regional-hospital"}
    assert len(groups["killed/people/sokodé-regional-hospital"].claims) == 2


def test_the_events_own_place_named_with_its_owners_possessive_is_the_whole_event() -> None:
    """"another 88 injured in Dorvan's Kolo quarter" in a story of the crush in Kolo: the
    event's own place, the whole event's figure, not a place's part of it."""
    owned = dataclasses.replace(claim("injured", "people", 88, 88, source="a"), place="Dorvan's Kolo")
    bare = claim("injured", "people", 91, 91, source="b")
    groups = by_id(align([owned, bare], home={"kolo", "dorvan"}))
    assert set(groups) == {"injured/people"}


def test_incident_scoped_figures_conflict_with_each_other() -> None:
    """A story about one bus crash: every figure is 'when a bus plunged…', and they still disagree."""
    claims = [
        claim("killed", "people", 12, 12, source="a", scope="incident: when a bus plunged"),
        claim("killed", "people", 30, 30, source="b", scope="incident: when a bus fell"),
    ]
    (group,) = align(claims)
    assert group.status == "conflict"
    assert group.conflicts == ((0, 1),)


def test_same_claimant_in_two_reports_is_one_position() -> None:
    claims = [
        claim("killed", "security", 5, 5, source="a", claimant="Islamabad police chief"),
        claim("killed", "security", 5, 5, source="b", claimant="the Islamabad police chief"),
    ]
    (group,) = align(claims)
    assert group.status == "single"


def test_renamed_claimant_changing_figure_is_a_revision_not_a_conflict() -> None:
    claims = [
        claim(
            "killed",
            "protesters",
            20,
            20,
            source="a",
            claimant="PTI Secretary General Salman Akram Raja",
            start=0,
        ),
        claim("killed", "protesters", 6, None, source="a", claimant="Mr. Raja", start=100),
    ]
    (group,) = align(claims)
    assert group.conflicts == ()
    assert group.revisions == ((0, 1),)


def test_wording_revision_links_to_the_earlier_party_figure() -> None:
    text = (
        'The opposition claimed that "hundreds" of its members were killed. '
        "Later, party sources lowered the count stating that up to 20 of their workers had been killed."
    )
    claims = extract_claims(Source(id="w", text=text))
    (group,) = align(claims)
    assert [c.text for c in group.claims] == ["hundreds", "up to 20"]
    assert group.revisions == ((0, 1),)
    assert group.conflicts == ()


def test_groups_ordered_most_contested_first() -> None:
    claims = [
        claim("deployed", "security", 100, 100, source="a"),
        claim("killed", "protesters", 0, 0, source="a", claimant="government"),
        claim("killed", "protesters", 200, 999, source="b", claimant="party"),
        claim("injured", "protesters", 10, 10, source="a"),
        claim("injured", "protesters", 30, 30, source="b"),
    ]
    ids = [g.id for g in align(claims)]
    assert ids[:2] == ["killed/protesters", "injured/protesters"]
    assert ids[-1] == "deployed/security"


def test_total_over_all_sides_is_the_toll_other_reports_give_without_its_parts() -> None:
    """'six people, including four security personnel' is the toll another report gives as
    'six people were killed' (one quantity, no conflict with it, a conflict with 'nine'); a
    figure that names the protesters counts one side of it and does not contradict it."""
    text = (
        "At least six people, including four security personnel, were killed in the clashes. "
        "Hospital officials said one protester was killed.\n\n"
        "A rights group said six people were killed."
    )
    groups = by_id(align(extract_claims(Source(id="s", text=text))))
    assert set(groups) == {"killed/protesters", "killed/security"}  # (a protester is named)
    killed = groups["killed/protesters"]
    assert sorted(c.value for c in killed.claims) == [1, 6, 6]
    assert killed.status != "conflict"  # 1 protester does not contradict 6 in all
    more = text + " An opposition party said nine people were killed."
    assert by_id(align(extract_claims(Source(id="s", text=more))))["killed/protesters"].status == "conflict"


def test_reporters_among_the_arrested_are_no_side_of_their_own() -> None:
    """'63 people arrested, including three reporters': the 63 are the arrested people (the
    reporters are a part), not a total over the sides of a clash like 'six people, including
    four security personnel'."""
    text = "A rights group said 63 people had been arrested, including three local reporters."
    groups = by_id(align(extract_claims(Source(id="r", text=text))))
    assert [c.value for c in groups["arrested/people"].claims] == [63]


def test_children_among_those_arrested_are_a_part() -> None:
    """'63 children among those arrested' and 'at least 60 children of those arrested' are
    one part (the children), apart from the 1,900 arrested."""
    text = (
        "Rights groups recorded nearly 1,900 arrests. They said they had identified 63 "
        "children among those arrested. Among those arrested were at least 60 children."
    )
    groups = by_id(align(extract_claims(Source(id="c", text=text))))
    assert [c.value for c in groups["arrested/people"].claims] == [1900]
    assert sorted(c.value for c in groups["arrested/people/children"].claims) == [60, 63]


def test_the_seriously_injured_are_a_quantity_of_their_own() -> None:
    """'No demonstrator was seriously injured' does not deny the 45 injured: it counts the
    seriously hurt, compared with other figures of the seriously hurt."""
    text = (
        "Doctors said 45 people were injured in the clashes. The police said no demonstrator "
        "was seriously injured. A union said 14 marchers remain in a critical condition. The "
        "ministry said none of the demonstrators had been badly hurt."
    )
    groups = by_id(align(extract_claims(Source(id="s", text=text))))
    assert [c.value for c in groups["injured/people"].claims] == [45]
    serious = next(g for gid, g in groups.items() if gid.endswith("/serious"))
    assert sorted(c.value for c in serious.claims) == [0, 0, 14]
    assert serious.status == "conflict"


def test_deaths_by_the_forces_fire_are_a_part_of_the_toll() -> None:
    """'killed by its officers' fire', 'in the crossfire': a part of a toll that others caused
    too, compared with each other (a denial against a victims' count), not with the toll;
    'killed by gunfire' names no one's fire and stays with the toll."""
    text = (
        "The ministry said 34 hostages were killed. The KNB said none of the hostages had been "
        "killed by its officers' fire. Relatives say at least six of the hostages were killed "
        "in the crossfire. Doctors said 12 of the victims were killed by gunfire. Police said "
        "five fugitives had been killed in shootouts."
    )
    groups = by_id(align(extract_claims(Source(id="k", text=text))))
    fire = next(g for gid, g in groups.items() if gid.endswith("/by-the-forces-fire"))
    assert sorted(c.value for c in fire.claims) == [0, 5, 6]
    assert fire.status == "conflict"
    assert 34 in [c.value for c in groups["killed/people"].claims]


def test_a_denial_for_some_days_is_not_a_denial_of_the_total() -> None:
    """'Nobody was arrested on the first two nights' and 'no arrests on Thursday or Friday
    night' deny arrests on those days only, not the 14 arrested; the first night's crowd is
    not the peak's. A tally's 'on the first day' dates its running total (no part)."""
    text = (
        "The Delegation says 14 people were arrested. Nobody was arrested on the first two "
        "nights, police said. There were no arrests on Thursday or Friday night. Police said "
        "more than 3,000 people attended on the first night. Organisers say 15,000 attended. "
        "Doctors received 9 bodies on the first day."
    )
    groups = by_id(align(extract_claims(Source(id="d", text=text))))
    assert [c.value for c in groups["arrested/people"].claims] == [14]
    assert [c.value for c in groups["arrested/people/some-days"].claims] == [0, 0]
    assert [c.value for c in groups["participants/people/some-days"].claims] == [3000]
    assert [c.value for c in groups["participants/people"].claims] == [15000]
    assert [c.value for c in groups["killed/people"].claims] == [9]


def test_people_taken_to_hospital_beside_a_named_groups_hurt_are_their_own_count() -> None:
    """'187 taken to hospital' after a leak is not a figure for the 'dozens of protesters'
    hurt at a march; beside counts of people unnamed it stays their count."""
    named = (
        "Twelve people were killed and 187 taken to hospital. At the march, dozens of "
        "protesters were hurt, the union said."
    )
    groups = by_id(align(extract_claims(Source(id="h", text=named))))
    assert [c.value for c in groups["injured/people/hospitalised"].claims] == [187]
    unnamed = "Medics had taken 52 injured people to hospitals. A doctor said 64 people were injured."
    groups = by_id(align(extract_claims(Source(id="u", text=unnamed))))
    assert sorted(c.value for c in groups["injured/people"].claims) == [52, 64]


def test_a_part_larger_than_its_stated_whole_is_no_part() -> None:
    """'a final toll … of 27 dead, including six children …, and 74 injured', read as '74 of
    27', is the event's injured (74 > 27); 'eleven of 34' stays a part."""
    claims = [
        claim("injured", "people", 74, 74, source="a"),
        claim("injured", "people", 74, 74, source="b", scope="part: 74 of 27"),
        claim("injured", "people", 11, 11, source="c", scope="part: eleven of 34"),
    ]
    groups = by_id(align(claims))
    assert sorted(c.source for c in groups["injured/people"].claims) == ["a", "b"]


def test_a_group_of_a_crowd_is_a_part() -> None:
    text = (
        "A crowd of 46,800 was in the stadium, the club said. Riot police charged a group of "
        "some 400 supporters who had set fire to cars."
    )
    groups = by_id(align(extract_claims(Source(id="g", text=text))))
    assert [c.value for c in groups["participants/protesters/a-group"].claims] == [400]
    assert [c.value for c in groups["participants/people"].claims] == [46800]


def test_the_counter_demonstration_is_a_crowd_of_its_own() -> None:
    text = (
        "Police said about 1,500 people marched to the cathedral. The ministry said the "
        'counter-demonstration numbered "about 400 people"; organisers said several hundred '
        "counter-protesters threw eggs."
    )
    groups = by_id(align(extract_claims(Source(id="c", text=text))))
    assert [c.value for c in groups["participants/people"].claims] == [1500]
    counter = groups["participants/protesters/counter"].claims
    assert [c.text for c in counter] == ["about 400", "several hundred"]


def test_a_part_is_never_a_revision_of_the_whole() -> None:
    text = "Police said 162 people were arrested across the country, 74 of them in Paris."
    groups = align(extract_claims(Source(id="p", text=text)))
    assert sorted([c.value for c in g.claims] for g in groups) == [[74], [162]]
    assert all(g.revisions == () and g.conflicts == () for g in groups)


SIMILAR_NAMES = [
    f"{role} {first} {middle} {last}"
    for role in ("Police Inspector General", "Party Secretary General")
    for first in ("Irfan", "Noman", "Hina")
    for middle in ("Irfan", "Noman", "Aisha")
    for last in ("Sethi", "Zaidi", "Malik", "Baig")
]


def test_claimant_ids_do_not_depend_on_hash_order() -> None:
    # which posting list a name is compared through must not follow set iteration order,
    # which changes from run to run with string hashing
    script = (
        "import json, sys; from claimcheck.match import claimant_ids; "
        "print(json.dumps(claimant_ids(json.loads(sys.argv[1])), sort_keys=True))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, json.dumps(SIMILAR_NAMES)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1


def test_a_strikes_count_is_apart_from_the_rally_crowds() -> None:
    """Day two: 450,000 workers off the job (the union) and 92,000 (the ministry) are one
    quantity; the rally's 120,000 and 29,000 another; day one's strike count a third."""

    def on(c: Claim, day: str, period: str) -> Claim:
        return dataclasses.replace(c, as_of=day, period=period)

    claims = [
        on(claim("participants", "people", 420000, 420000, source="a", claimant="union"), "2026-11-18", "strike"),
        on(claim("participants", "people", 450000, 450000, source="b", claimant="union"), "2026-11-19", "strike"),
        on(claim("participants", "people", 92000, 92000, source="c", claimant="ministry"), "2026-11-19", "strike"),
        on(claim("participants", "protesters", 120000, 120000, source="b", claimant="union"), "2026-11-19", "day"),
        on(claim("participants", "protesters", 29000, 29000, source="b", claimant="police"), "2026-11-19", "day"),
    ]  # fmt: skip
    groups = by_id(align(claims))
    assert {g: [c.value for c in groups[g].claims] for g in groups} == {
        "participants/people/strike/2026-11-18": [420000],
        "participants/people/strike/2026-11-19": [450000, 92000],
        "participants/protesters": [120000, 29000],
    }


def test_a_nationwide_total_is_apart_from_a_citys_crowd() -> None:
    """Police: 64,000 nationwide, union: 200,000 nationwide; police: 31,000 on the main square
    (no place written): two quantities, not a conflict of 64,000 with 31,000."""
    claims = [
        dataclasses.replace(claim("participants", "protesters", n, n, claimant=who, start=i),
                            place=place, period="day")
        for i, (n, who, place) in enumerate(
            [(64000, "police", "nationwide"), (200000, "union", "nationwide"),
             (31000, "police", None), (110000, "union", None)]
        )
    ]  # fmt: skip
    groups = by_id(align(claims))
    assert {g: [c.value for c in groups[g].claims] for g in groups} == {
        "participants/protesters/nationwide": [64000, 200000],
        "participants/protesters": [31000, 110000],
    }


def test_the_critical_and_those_on_ventilators_are_the_seriously_injured() -> None:
    """'out of which 14 are stated to be critical', '9 critical', 'on ventilator support': the
    seriously hurt, not the injured as a whole."""
    text = (
        "As many as 47 persons are admitted in different hospitals, out of which 14 are stated to "
        "be critical, officials said. Doctors said 40 people were injured, 9 critical. Four of "
        "them are on ventilator support."
    )
    groups = by_id(align(extract_claims(Source(id="v", text=text))))
    serious = next(g for gid, g in groups.items() if gid.endswith("/serious"))
    assert sorted(c.value for c in serious.claims) == [4, 9, 14]
    assert sorted(c.value for c in groups["injured/people"].claims) == [40, 47]
def test_an_earlier_events_figure_of_no_year_joins_the_year_giving_its_number() -> None:
    """'That one drew about 8,000' (its year in the sentence before) joins the report whose
    2023 party drew about 8,000, not the 2024 one beside it."""

    def before(low: int, source: str, sentence: str) -> Claim:
        c = claim("participants", "people", low, low, source=source, sentence=sentence)
        at = sentence.index(str(low))
        q = dataclasses.replace(c.quantity, start=at, end=at + len(str(low)))
        return dataclasses.replace(c, quantity=q, period="before")

    groups = by_id(
        align(
            [
                before(8000, "a", "A party near Cuenca in 2023 drew 8000 people."),
                before(3500, "a", "One in Granada province in 2024 drew 3500."),
                before(8000, "b", "That one drew 8000, the same kind of official count says."),
            ]
        )
    )
    assert {g: [c.source for c in v.claims] for g, v in groups.items()} == {
        "participants/people/before/2023": ["a", "b"],
        "participants/people/before/2024": ["a"],
    }


def test_a_part_of_them_is_a_quantity_of_its_own() -> None:
    """'Sixty-four people were injured … Thirty-one of them were taken to the regional
    hospital': the 31 are a part of the 64 (compared with other reports' parts), not a rival
    of the whole; but 'At least 60 of them had been hurt' after a count of people detained
    tells its own harm: the injured among those held, this measure's figure, no part."""
    text = (
        "Rescuers said 64 people were injured. Thirty-one of them were taken to the regional "
        "hospital, a spokesman said. A doctor said 40 people were injured."
    )
    groups = by_id(align(extract_claims(Source(id="p", text=text))))
    assert [c.value for c in groups["injured/people/part"].claims] == [31]
    assert sorted(c.value for c in groups["injured/people"].claims) == [40, 64]
    held = (
        "Police detained 200 people, the ministry said. At least 60 of them had been hurt "
        "during the arrests, a lawyer said. A rights group said 14 detainees were beaten."
    )
    groups = by_id(align(extract_claims(Source(id="h", text=held))))
    assert sorted(c.value for c in groups["injured/people"].claims) == [14, 60]


def test_a_denial_of_the_kind_the_whole_counts_contradicts_it() -> None:
    """In a teachers' strike, 'no teacher was injured' denies the union's '17 teachers were
    injured': one quantity; a denial naming a kind no figure of the whole counts ('no party
    official was detained' beside '40 protesters were detained') stays a part."""
    text = (
        "The union said at least 17 teachers were injured. The state government claims that "
        "no teacher was injured."
    )
    groups = by_id(align(extract_claims(Source(id="t", text=text))))
    assert sorted(c.value for c in groups["injured/people"].claims) == [0, 17]
    other = (
        "Police said 40 protesters were detained. The police denied that any party official "
        "had been detained."
    )
    groups = by_id(align(extract_claims(Source(id="o", text=other))))
    assert [c.value for c in groups["arrested/protesters"].claims] == [40]
    assert [c.value for c in groups["arrested/people/party-official"].claims] == [0]


def test_a_denial_at_any_site_of_a_kind_is_a_part() -> None:
    """'No death has occurred at any heatstroke relief centre' denies deaths at those sites
    only, not the toll; 'nobody was hurt at any time' is no site."""
    text = (
        "The number of heat-related deaths has risen to 31, the department said. No death has "
        "occurred at any heatstroke relief centre set up by the Department. Police said nobody "
        "was hurt at any time, while doctors said 40 people were injured."
    )
    groups = by_id(align(extract_claims(Source(id="d", text=text))))
    assert [c.value for c in groups["killed/people"].claims] == [31]
    assert [c.value for c in groups["killed/people/heatstroke-relief-centre"].claims] == [0]
    assert sorted(c.value for c in groups["injured/people"].claims) == [0, 40]


def test_a_part_of_a_places_figure_is_a_part_there() -> None:
    """'Doctors at the Honorio Delgado hospital told us they admitted 97 patients, 42 of whom
    needed surgery': the 42 are a part of that hospital's 97 (compared with other reports'
    parts), not a rival of it."""
    text = (
        "The ministry says 230 people were injured. Doctors at the Honorio Delgado hospital told "
        "us they admitted 97 patients, 42 of whom needed surgery."
    )
    groups = by_id(align(parse(Source(id="h", text=text))))
    placed = {g: [c.value for c in groups[g].claims] for g in groups if "honorio" in g}
    assert placed == {
        "injured/people/honorio-delgado-hospital": [97],
        "injured/people/honorio-delgado-hospital/surgery": [42],  # (told: those who needed surgery)
    }


def test_a_part_told_as_a_kind_of_people_is_that_kind() -> None:
    """'two of the dead were polling officials employed by the commission' and '2 polling
    officials among the dead' are one part; 'Three of the injured were taken to hospital'
    names no kind (a part keyed by its whole)."""
    text = (
        "Twelve people died. Two of the dead were polling officials employed by the commission, "
        "it said. The commission counted 2 polling officials among the dead. Police said 40 "
        "people were injured. Three of the injured were taken to hospital."
    )
    groups = by_id(align(extract_claims(Source(id="k", text=text))))
    assert [c.value for c in groups["killed/people/polling-official"].claims] == [2, 2]
    assert [c.value for c in groups["injured/people/injured"].claims] == [3]


def test_crowds_counted_place_by_place_elsewhere_leave_the_events_own_crowd_whole() -> None:
    """Rallies in other towns counted place by place ('3,000 in Aldport and 2,000 in Wyre' in
    reports of the march in Kelso) are crowds of their own; a figure for Kelso itself ('We were
    40,000 in Kelso') is still the Kelso march's, compared with the figures that name no place.
    Where such a sentence counts Kelso too, Kelso's figure is one place's part, as before."""

    def crowd(n: int, source: str, place: str | None, start: int = 0) -> Claim:
        return dataclasses.replace(
            claim("participants", "people", n, n, source=source, start=start), place=place, period="day"
        )

    elsewhere = [crowd(3000, "c", "Aldport"), crowd(2000, "c", "Wyre", start=30)]
    groups = by_id(align([crowd(15000, "a", None), crowd(40000, "b", "Kelso"), *elsewhere], home={"kelso"}))
    assert sorted(len(g.claims) for g in groups.values()) == [1, 1, 2]
    assert [{c.place for c in g.claims} for g in groups.values() if len(g.claims) == 2] == [{None, "Kelso"}]
    listed = [crowd(15000, "a", None), crowd(40000, "c", "Kelso", start=60), *elsewhere]
    groups = by_id(align(listed, home={"kelso"}))
    assert sorted(len(g.claims) for g in groups.values()) == [1, 1, 1, 1]


def _figures_by_group(measure: str, *reports: tuple[str, str]) -> dict[str, list[float]]:
    """Group id -> the figures of its claims, for one measure's groups of reports (text, date)."""
    sources = [Source(id=f"r{i}", text=text, date=day) for i, (text, day) in enumerate(reports)]
    groups = align([c for s in sources for c in parse(s)], home=event_home(sources))
    return {g.id: sorted(c.quantity.low for c in g.claims) for g in groups if g.measure == measure}


def test_bodies_brought_out_of_the_site_are_a_part_where_others_died_in_hospital() -> None:
    """A warehouse fire: the ministry counts 12 dead and says three of them died after admission
    to hospital; the firemen 'carried nine bodies out of the building'. The nine are those
    found at the site, a part of the 12, not a rival toll. Where no one is said to have died
    elsewhere, 'divers pulled 20 bodies from the river' is the toll itself."""
    fire = (
        "ORVO, March 3 - The health ministry said 12 people were killed in the warehouse fire. "
        "Three people died after admission to the district hospital, it said. "
        "Firemen carried nine bodies out of the building overnight, the brigade said.",
        "2026-03-03",
    )
    got = _figures_by_group("killed", fire)
    assert got["killed/people"] == [12]
    assert [9] in got.values()
    ferry = (
        "ORVO, March 3 - Divers pulled 20 bodies from the river after the ferry capsized, police "
        "said. The governor said 17 people had died.",
        "2026-03-03",
    )
    assert _figures_by_group("killed", ferry) == {"killed/people": [17, 20]}


def test_two_figures_joined_after_two_camps_count_them_in_that_order() -> None:
    """'Police put the pro-government rally at 90,000 and the opposition march at 12,000; a
    university team counted 40,000 and 20,000': the team's first figure is the government
    rally's, its second the opposition march's, not both the camp named last."""
    text = (
        "SAN MIGUEL, Nov 16 - Two rallies filled the capital on Saturday. Police put the "
        "pro-government rally at 90,000 and the opposition march at 12,000; a university team "
        "counted 40,000 and 20,000."
    )
    got = _figures_by_group("participants", (text, "2026-11-16"))
    assert sorted(got.values()) == [[12000, 20000], [40000, 90000]]


def test_a_tables_columns_give_the_camps_of_its_cells() -> None:
    """A scraped table flattened to one line, whose header names the government rally and the
    opposition rally: each row holds one cell per camp, a dash where a source gave none, so
    the ministry's lone 6,000 after its dash is the opposition's and the party's 200,000 the
    government's."""
    text = (
        "Crowd estimates\n"
        "Source Government rally Opposition rally Method Party 200,000 - statement Police "
        "90,000 12,000 police estimate Ministry - 6,000 statement\n"
    )
    got = _figures_by_group("participants", (text, "2026-11-16"))
    assert sorted(got.values()) == [[6000, 12000], [90000, 200000]]


def test_a_tables_rows_and_columns_are_parts_of_its_total() -> None:
    """A ministry's bulletin table, 'Unit Treated Admitted' with a row per clinic and a Total
    row: the clinics' rows are parts of the total (the East Clinic's 30 is no rival of the
    ministry's 52 injured), and each row's second figure (those admitted) is another quantity
    than its first. The Total row's first figure is the toll of the injured itself."""
    text = (
        "ORVO, March 3 - The ministry said 52 people were injured when the stand collapsed.\n\n"
        "Unit Treated Admitted\n"
        "East Clinic 30 6\n"
        "Saint Luke Centre 22 5\n"
        "Total 52 11\n"
    )
    got = _figures_by_group("injured", (text, "2026-03-03"))
    assert got["injured/people"] == [52, 52]
    assert sorted(got.values()) == [[5], [6], [11], [22], [30], [52, 52]]


def test_an_aligned_tables_later_column_is_another_quantity_than_its_first() -> None:
    """dev31: a bulletin's table set out with spaces, 'Facility  Injured received  Still
    admitted', each row read as a sentence of its own: a row's second figure (those still
    admitted) is its column's count, no rival of the first column's or of the report's toll
    (the Total row's 17 against another report's 71), and the Total row's first figure stays
    the toll itself."""
    bulletin = (
        "ORVO, March 3 - The health office said 71 people were injured in the clashes.\n\n"
        "   Facility                      Injured received   Still admitted\n"
        "   East Clinic                          49                 13\n"
        "   Saint Luke Centre                    22                  4\n"
        "   TOTAL                                71                 17\n"
    )
    groups = _aligned((bulletin, "2026-03-03"), ("ORVO, March 4 - The health office said 71 people were injured.", "2026-03-04"))
    toll = [g for g in groups if g.measure == "injured" and any(c.quantity.low == 71 for c in g.claims)]
    assert len(toll) == 1 and sorted(c.quantity.low for c in toll[0].claims) == [71, 71, 71]
    assert all(not g.conflicts for g in groups if g.measure == "injured")


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            "In a separate incident before dawn, a fuel tanker overturned on the coast road. Four people were killed "
            "and 12 hurt, traffic police said.",
            id="paragraph-opened-by-a-separate-incident",
        ),
        pytest.param("- Separate: minibus crash on the highway near the port, four dead", id="line-labelled-separate"),
        pytest.param("The tanker fire (a separate road accident): toll now four", id="aside-a-separate-accident"),
    ],
)
def test_a_separate_incidents_figures_are_no_rivals_of_the_events(other: str) -> None:
    """dev31: a figure its report tells of another incident in so many words, in a later
    sentence of a paragraph that opens on it, after a line's label 'Separate:' or an aside '(a
    separate road accident)', is that incident's: no rival of the event's toll of 12, nor
    taken back into the toll because the toll was four on its first day (only a 'when'
    clause's incident may be the event told again)."""
    groups = _aligned(
        ("ORVO, March 3 - Four people were killed in the clashes on Monday, the health office said.", "2026-03-03"),
        ("ORVO, March 5 - The health office said 12 people had been killed in the clashes since Monday.\n\n" + other, "2026-03-05"),
    )
    assert not [g.id for g in groups if g.conflicts]
    assert any(g.measure == "killed" and g.scope and "incident" in g.scope for g in groups)


def test_a_figure_of_the_whole_giving_a_separate_incidents_value_is_that_incidents() -> None:
    """dev31: 'The coast-road toll rose to six' names no incident, but gives the value that two
    figures told apart as another incident give ('(a separate road accident): toll now six',
    'In a separate accident … six dead'): that incident's toll told again, no rival of the
    event's toll of two."""
    groups = _aligned(
        ("ORVO, March 3 - Two people were killed in the clashes, the health office said.", "2026-03-03"),
        (
            "ORVO, March 4 - The health office still said two people had been killed in the clashes.\n\n"
            "- The tanker fire (a separate road accident): toll now six\n\n"
            "In a separate accident on the coast road, a tanker overturned. Six people were killed, police said.\n\n"
            "The coast-road toll rose to six.",
            "2026-03-04",
        ),
    )
    assert not [g.id for g in groups if g.conflicts]


@pytest.mark.parametrize(
    "beside",
    [
        'The health office said it had "no record" of the three other deaths.',
        "The centre also counts a boy shot on a rooftop, besides the deaths of the two young men already recorded by hospitals.",
    ],
)
def test_a_count_beside_another_is_a_part_of_the_toll(beside: str) -> None:
    """dev31: 'the three other deaths', 'besides the deaths of the two young men': those beyond
    or beside another count, a part of the toll, no rival of either side's toll (the centre's
    five against the health office's two stays the one conflict)."""
    groups = _aligned(
        ("ORVO, March 3 - The health office said two people had been killed in the protests.", "2026-03-03"),
        ("ORVO, March 3 - The rights centre said five people had been killed in the protests. " + beside, "2026-03-03"),
    )
    pairs = [sorted((g.claims[a].quantity.low, g.claims[b].quantity.low)) for g in groups for a, b in g.conflicts]
    assert pairs == [[2, 5]]


def test_a_force_named_by_its_own_name_is_a_kind_of_its_own() -> None:
    """dev31: 'members of the Special Security Forces' name no kind word, but a force of its
    own: apart from the soldiers the army sent the same day, as police are from soldiers."""
    groups = _aligned(
        (
            "ORVO, March 3 - The interior ministry sent 900 members of the Special Security Forces on Sunday; "
            "the army sent 300 soldiers on Sunday.",
            "2026-03-03",
        ),
    )
    assert not [g.id for g in groups if g.conflicts]
    assert len([g for g in groups if g.measure == "deployed"]) == 2


def test_a_road_crash_whose_vehicle_the_lead_names_is_the_event() -> None:
    """dev31: 'A fuel tanker that overturned on the highway … exploded, killing at least 43'
    under the lead 'Tanker blast kills 43 as villagers collect fuel' tells the event itself, no
    sub-incident: its figure stays with the event's toll (the next day's 47 is no other quantity)."""
    groups = _aligned(
        (
            "Tanker blast kills 43 as villagers collect spilled fuel\n\n"
            "ORVO, March 3 - A fuel tanker that overturned on the highway exploded as villagers gathered, "
            "killing at least 43 people, police said.",
            "2026-03-03",
        ),
        ("ORVO, March 4 - The health ministry said the toll of the tanker fire had reached 47.", "2026-03-04"),
    )
    tolls = [g for g in groups if g.measure == "killed"]
    assert len(tolls) == 1 and len(tolls[0].claims) == 3


def _aligned(*reports: tuple[str, str]) -> list[ClaimGroup]:
    """The groups of reports given as (text, date), parsed, situated and aligned."""
    sources = [Source(id=f"r{i}", text=text, date=date) for i, (text, date) in enumerate(reports)]
    return align([c for s in sources for c in parse(s)], home=event_home(sources))


def _holding(groups: list[ClaimGroup], measure: str, figure: int) -> set[str]:
    """The ids of the groups of ``measure`` holding a figure of ``figure``."""
    return {g.id for g in groups if g.measure == measure and any(c.quantity.low == figure for c in g.claims)}


_CROWDS = "About 5,000 people marched on Saturday and 3,000 on Sunday, police said. "


@pytest.mark.parametrize(
    ("share", "day", "figure"),
    [
        pytest.param(
            ("Police said 58 people had been detained over the two days - 37 on Saturday and 21 on Sunday.", "2026-05-11"),
            ("Twenty-one people were detained on Sunday, police said.", "2026-05-10"),
            21,
            id="wire-dash-breakdown",
        ),
        pytest.param(
            ("Police say 307 people have been arrested since Tuesday, 63 of them today.", "2026-05-14"),
            ("Police said 63 people were detained on Thursday.", "2026-05-15"),
            63,
            id="of-them-today",
        ),
        pytest.param(
            ("In total 45 persons were detained over the three days, 12 of them on Friday, informed the Ministry.", "2026-05-11"),
            ("The police detained 12 persons on Friday.", "2026-05-09"),
            12,
            id="translation-of-them-on-day",
        ),
        pytest.param(
            ("cops say 40 got arrested over the weekend, 25 of them on saturday lol", "2026-05-11"),
            ("Police arrested 25 people on Saturday.", "2026-05-10"),
            25,
            id="forum-lower-case",
        ),
        pytest.param(
            ("Lawyers counted 90 arrests over the two days (55 on Saturday and 35 on Sunday).", "2026-05-11"),
            ("Police said they arrested 35 people on Sunday.", "2026-05-11"),
            35,
            id="bracketed-breakdown",
        ),
        pytest.param(
            ("Police gave a total of 29 arrests, six of them detained in raids on 9 May.", "2026-05-11"),
            ("Six people were arrested in raids on 9 May, police said.", "2026-05-10"),
            6,
            id="participle-then-date",
        ),
        pytest.param(
            ("Officers have detained 74 protesters since the march began, 30 of them on 10 May.", "2026-05-11"),
            ("Police arrested 30 protesters on Sunday.", "2026-05-10"),
            30,
            id="date-written-out",
        ),
        pytest.param(
            ("Officers have detained 74 protesters since the march began, 30 of them on 10 May alone.", "2026-05-11"),
            ("Police arrested 30 protesters on Sunday.", "2026-05-10"),
            30,
            id="date-then-alone",
            marks=pytest.mark.xfail(strict=True, reason="'on 10 May alone' is keyed as a part alone, not the day's count"),
        ),
    ],
)
def test_a_share_of_a_total_told_by_its_day_is_that_days_count(
    share: tuple[str, str], day: tuple[str, str], figure: int
) -> None:
    """A total over several days broken down by day ('58 … over the two days - 37 on Saturday
    and 21 on Sunday', '63 of them today'): each share is that day's arrests, in one group with
    another report's count of that day, not a part of the total of its own."""
    holding = sorted(_holding(_aligned((_CROWDS + share[0], share[1]), (_CROWDS + day[0], day[1])), "arrested", figure))
    assert len(holding) == 1 and holding[0][-10:-6] == "2026", holding


def test_a_kind_among_those_arrested_on_a_day_stays_a_part() -> None:
    """'Two of those arrested on Thursday are youths': the day is the whole's; the youths are a
    part, not Thursday's count."""
    text = _CROWDS + "Police arrested 14 people on Thursday and 9 on Friday. Two of those arrested on Thursday are youths."
    groups = _aligned((text, "2026-05-16"))
    thursday = [g for g in groups if g.id in _holding(groups, "arrested", 14)]
    assert [sorted(c.quantity.low for c in g.claims) for g in thursday] == [[14]]


@pytest.mark.parametrize(
    ("measure", "one", "other"),
    [
        pytest.param(
            "arrested",
            ("Police said 87 people were detained, seven of them minors.", "2026-05-11"),
            ("Lawyers said 120 people were arrested, nine of them children.", "2026-05-11"),
            id="arrests-minors-and-children",
        ),
        pytest.param(
            "arrested",
            ("Of the 87 detained persons, seven are juveniles between 15 and 17 years, informed the ministry.", "2026-05-11"),
            ("Lawyers counted 120 arrests, including nine minors.", "2026-05-11"),
            id="translation-are-juveniles",
        ),
        pytest.param(
            "arrested",
            ("Rights monitors documented at least 260 detentions, 34 of them of adolescents.", "2026-05-11"),
            ("Police said 200 people were held, 20 of them minors.", "2026-05-11"),
            id="detentions-of-adolescents",
        ),
        pytest.param(
            "arrested",
            ("cops say 87 arrested and 7 of them were kids!!", "2026-05-11"),
            ("Police said 87 people were detained, seven of them minors.", "2026-05-11"),
            id="forum-of-them-were-kids",
        ),
        pytest.param(
            "killed",
            ("Fourteen people died in the fire. Two of the dead were kids.", "2026-05-11"),
            ("The toll rose to 16, three of them children, officials said.", "2026-05-12"),
            id="dead-were-kids",
        ),
        pytest.param(
            "killed",
            ("Seven people died, the group said. Two of the dead were teenagers.", "2026-05-11"),
            ("The ministry said nine people were killed, including three minors.", "2026-05-12"),
            id="dead-were-teenagers",
        ),
        pytest.param(
            "injured",
            ("Forty people were hurt, among them six infants, the hospital said.", "2026-05-11"),
            ("Medics treated 45 injured; eight of them were babies.", "2026-05-11"),
            id="injured-infants-and-babies",
        ),
        pytest.param("arrested", ("Police said 87 people were detained. Forty-one of the people detained are children.", "2026-05-11"), ("Lawyers said 120 people were arrested, nine of them minors.", "2026-05-11"), id="after-a-participle-of-the-people-detained-are"),
        pytest.param("arrested", ("No fewer than eighty (80) people were detained, at least twelve of them under the age of 18.", "2026-05-11"), ("Police said 70 people were arrested, including ten minors.", "2026-05-11"), id="translation-under-the-age-of"),
        pytest.param("arrested", ("Police held 64 people overnight. Three of those detained were 16 or 17 years old, the department said.", "2026-05-11"), ("Lawyers counted 70 arrests, five of them juveniles.", "2026-05-11"), id="wire-sixteen-or-seventeen-years-old"),
        pytest.param("killed", ("Nine people died in the stampede. Two of the nine were under eighteen, police said.", "2026-05-11"), ("Officials said nine were killed, including three children.", "2026-05-11"), id="wire-under-eighteen"),
        pytest.param("injured", ("40 hurt in the crush, 6 of them underage according to the hospital", "2026-05-11"), ("The ministry said 42 people were injured, among them eight minors.", "2026-05-11"), id="forum-underage"),
        pytest.param("arrested", ("The police arrested 55 persons, of whom 11 are aged between 14 and 17 years.", "2026-05-11"), ("Rights groups said 60 were detained, nine of them children.", "2026-05-11"), id="translation-aged-between"),
        pytest.param("killed", ("Among the 19 victims are one youngster of 15 and a nurse.", "2026-05-11"), ("Officials said 19 people were killed, including two children.", "2026-05-11"), id="translation-youngster"),
        pytest.param("killed", ("Twelve died. One of the dead was a schoolboy of 14, it said.", "2026-05-11"), ("The toll is 12, three of them children.", "2026-05-12"), id="wire-schoolboy"),
        pytest.param("injured", ("30 hurt incl 4 toddlers per the ER", "2026-05-11"), ("The ministry said 32 were injured, among them five children.", "2026-05-11"), id="forum-toddlers"),
        pytest.param("killed", ("Eleven passengers died, among them two teens from the village.", "2026-05-11"), ("Police put the toll at 11, including two minors.", "2026-05-11"), id="teens"),
        pytest.param("injured", ("Fifty pupils were hurt in the crush, among them eight schoolgirls from the lower school.", "2026-05-11"), ("Staff said 52 were hurt, nine of them children.", "2026-05-11"), id="schoolgirls"),
    ],
)
def test_a_kind_of_people_among_a_whole_is_one_part_whatever_its_word(
    measure: str, one: tuple[str, str], other: tuple[str, str]
) -> None:
    """The children among the detained, dead or hurt, told as minors, kids, juveniles,
    adolescents, teenagers, infants or babies, as the part's own word or after 'were' or
    'are': one part (lexicon ``kinds_of_people``), apart from the whole."""
    ids = sorted(g.id for g in _aligned(one, other) if g.measure == measure)
    assert ids == [f"{measure}/people", f"{measure}/people/children"]


WOMEN_PARTS = {
    "wire-including-women": (("Police said 87 people were detained, including nine women.", "2026-05-11"), ("Lawyers counted 120 arrests, 12 of them women.", "2026-05-11")),
    "translation-females": (("Among the 19 victims are three females, the commission said.", "2026-05-11"), ("Officials said 19 people were killed, four of them women.", "2026-05-11")),
    "forum-of-them-women": (("cops say 87 arrested, 9 of them women", "2026-05-11"), ("Police said 87 people were detained, among them ten women.", "2026-05-11")),
    "injured-a-woman": (("Forty were hurt, among them one woman over 70.", "2026-05-11"), ("The ministry said 42 people were injured, including six women.", "2026-05-11")),
    "table-female": (("Dead: 14 (of them 5 female)", "2026-05-11"), ("The toll is 14, six of them women.", "2026-05-12")),
    "wire-women-were": (("Seven people died. Three of the dead were women, police said.", "2026-05-11"), ("Officials said seven died, including two women.", "2026-05-11")),
}


@pytest.mark.parametrize(("one", "other"), WOMEN_PARTS.values(), ids=WOMEN_PARTS.keys())
def test_the_women_among_a_whole_are_one_part_whatever_its_word(one: tuple[str, str], other: tuple[str, str]) -> None:
    """The women among the detained, dead or hurt, told as women, a woman or females: one part
    (lexicon ``kinds_of_people``), apart from the whole."""
    measure = next(g.measure for g in _aligned(one, other) if g.id.endswith("/women"))
    ids = sorted(g.id for g in _aligned(one, other) if g.measure == measure)
    assert ids == [f"{measure}/people", f"{measure}/people/women"]


@pytest.mark.parametrize(
    ("one", "other", "figure", "part"),
    [
        pytest.param(
            ("Thirteen people died in the collapse. Of the 13 dead, 9 died at the scene and 4 died after sending to the hospital, the county said.", "2026-05-11"),
            ("Four of the victims died in hospital, the health bureau said. The toll is 13.", "2026-05-12"),
            4,
            "died-in-hospital",
            id="hospital-translation-after-sending-to",
        ),
        pytest.param(
            ("The toll stands at 20. Four of the injured died in hospital overnight.", "2026-05-11"),
            ("Officials said 20 people were killed, four of them in hospital.", "2026-05-12"),
            4,
            "died-in-hospital",
            id="hospital-of-the-injured-and-of-them",
        ),
        pytest.param(
            ("Eleven people died in the blaze, seven of them in the hospital, the director said.", "2026-05-11"),
            ("Fire officials put the toll at eleven. Seven of the victims succumbed to their burns in hospital.", "2026-05-12"),
            7,
            "died-in-hospital",
            id="hospital-victims-succumbed",
        ),
        pytest.param(
            ("Of the 30 passengers, 21 died at the scene and nine later in hospital.", "2026-05-11"),
            ("Nine of the victims passed away in hospital, the ministry said. The toll is 30.", "2026-05-12"),
            9,
            "died-in-hospital",
            id="hospital-wire-later-in-hospital",
        ),
        pytest.param(
            ("Six were pronounced dead at the scene and two died after reaching the district hospital.", "2026-05-11"),
            ("The toll is eight; two of them died in hospital.", "2026-05-12"),
            2,
            "died-in-hospital",
            id="hospital-after-reaching",
        ),
        pytest.param(
            ("8 dead total, 3 of the victims died at the hospital apparently", "2026-05-11"),
            ("Police said eight people died, three of them in hospital.", "2026-05-12"),
            3,
            "died-in-hospital",
            id="hospital-forum-of-the-victims",
        ),
        pytest.param(
            ("Nine people were killed in the bus crash. Five persons lost their lives at the place of the accident, the police said.", "2026-05-11"),
            ("The toll is nine; four of the victims died in hospital.", "2026-05-12"),
            5,
            "died-at-the-scene",
            id="scene-translation-lost-their-lives-at-the-place-of",
        ),
        pytest.param(
            ("The toll of the explosion rose to 12. Seven persons died on the place of the event.", "2026-05-11"),
            ("Officials said 12 people died, five of them in hospital.", "2026-05-12"),
            7,
            "died-at-the-scene",
            id="scene-translation-died-on-the-place",
        ),
        pytest.param(
            ("Ten people died in the pile-up. Six were pronounced dead at the scene by paramedics.", "2026-05-11"),
            ("Police put the toll at ten, four of whom died in hospital.", "2026-05-12"),
            6,
            "died-at-the-scene",
            id="scene-wire-pronounced-dead",
        ),
        pytest.param(
            ("Eight people were killed when the lorry overturned. Three were declared dead on the spot.", "2026-05-11"),
            ("The toll is eight, five of them in hospital, the ministry said.", "2026-05-12"),
            3,
            "died-at-the-scene",
            id="scene-wire-declared-dead-on-the-spot",
        ),
        pytest.param(
            ("Fourteen people died in the crash. Nine lost their lives on the road itself, the governor said.", "2026-05-11"),
            ("The toll is 14; five of the victims died in hospital.", "2026-05-12"),
            9,
            "died-at-the-scene",
            id="scene-statement-on-the-road-itself",
        ),
        pytest.param(
            ("Sixteen died in all. Of the dead, five died at the district hospital and eleven at the roadside.", "2026-05-11"),
            ("Police said 16 people were killed, five of them in hospital.", "2026-05-12"),
            11,
            "died-at-the-scene",
            id="scene-gapped-at-the-roadside",
        ),
        pytest.param(
            ("crash toll now 7 :( 4 died by the roadside before the ambulances got there", "2026-05-11"),
            ("Seven people died in the crash, three of them in hospital.", "2026-05-12"),
            4,
            "died-at-the-scene",
            id="scene-forum-by-the-roadside",
        ),
        pytest.param(
            ("Eighteen people died in the landslide. Volunteers took eleven bodies out from the rubble, the mayor said.", "2026-05-11"),
            ("The toll is 18. Seven people died after admission to hospital.", "2026-05-12"),
            11,
            "died-at-the-scene",
            id="scene-bodies-taken-out-from",
        ),
    ],
)
def test_deaths_told_by_where_they_died_are_one_part(
    one: tuple[str, str], other: tuple[str, str], figure: int, part: str
) -> None:
    """Those of the dead who died in hospital, however the share points at the toll ('Four of the
    injured', 'four of them', 'Seven of the victims') and however their dying there is told
    ('died after sending to the hospital', 'nine later in hospital', 'after reaching the district
    hospital'): one part of the toll, not a part of the injured or of the victims of its own.
    So are those who died where the harm struck, told as 'at the scene' or 'on the spot' or in
    other words ('lost their lives at the place of the accident', translated copy's 'died on the
    place of the event', 'on the road itself', 'at the roadside') and with other verbs
    ('pronounced dead', 'declared dead', 'lost their lives'), or as bodies 'taken out from' the
    site."""
    assert _holding(_aligned(one, other), "killed", figure) == {f"killed/people/{part}"}


@pytest.mark.parametrize(
    ("one", "other", "figure"),
    [
        pytest.param(("A blast hurt 60 people on Monday. Of the 60 admitted, 40 have been discharged and seven remain hospitalised, the ministry said.", "2026-05-11"), ("Seven people are still in hospital after Monday's blast, which injured 60, the hospital said.", "2026-05-12"), 7, id="wire-remain-hospitalised-and-still-in-hospital"),
        pytest.param(("Sixty people were injured in the explosion. In the hospitals are still laying twelve patients, informed the minister.", "2026-05-11"), ("The ministry said 60 were hurt and twelve remain in hospital.", "2026-05-12"), 12, id="translation-still-laying"),
        pytest.param(("The county government said the injured persons are in total 60 persons, among which 19 persons still hospitalising.", "2026-05-11"), ("Sixty people were hurt; 19 are still in hospital, officials said.", "2026-05-12"), 19, id="translation-among-which-still-hospitalising"),
        pytest.param(("Of the 60 people we received, 45 have gone home and eleven are still with us, the doctor said.", "2026-05-11"), ("The ministry says 60 were injured and 11 remain hospitalised.", "2026-05-12"), 11, id="quote-still-with-us"),
        pytest.param(("Sixty people were hurt in the fire. Two are still in intensive care.", "2026-05-11"), ("The fire injured 60 people, two of them critically.", "2026-05-12"), 2, id="serious-still-in-intensive-care"),
        pytest.param(("Sixty were injured. Fourteen remain in hospital, four of them critical.", "2026-05-11"), ("Four of the injured are still in a critical condition, the ministry said; 60 were hurt.", "2026-05-12"), 4, id="serious-of-those-still-in-hospital"),
    ],
)
def test_the_injured_still_in_hospital_are_one_count_however_told(
    one: tuple[str, str], other: tuple[str, str], figure: int
) -> None:
    """Those still in hospital, told as still held ('remain in hospital'), as still
    hospitalised, as a hospital's 'still with us' or translated copy's 'still laying' or 'still
    hospitalising': one count, those held in hospital now; and the gravely hurt are one count
    whether told as still in intensive care or as critical."""
    assert len(_holding(_aligned(one, other), "injured", figure)) == 1


def test_a_death_before_reaching_hospital_is_no_death_in_hospital() -> None:
    """'Three workers were killed at the scene and a fourth died before reaching hospital': the
    three died at the scene; 'before reaching' is no 'after reaching'."""
    text = "Five workers died in the crane collapse. Three workers were killed at the scene and a fourth died before reaching hospital."
    assert _holding(_aligned((text, "2026-05-11")), "killed", 3) == {"killed/people/died-at-the-scene"}


@pytest.mark.parametrize(
    ("one", "other", "figure"),
    [
        pytest.param(
            ("Twenty people died in the crash. Among the dead are four Kenyan nationals, the ministry said.", "2026-05-11"),
            ("The Kenyan embassy said four Kenyan citizens were killed in the crash, in which 20 people died.", "2026-05-12"),
            4,
            id="among-the-dead-are-nationals",
        ),
        pytest.param(
            ("Nine people died. Two of the nine victims were citizens of the Republic of Moldova, police said.", "2026-05-11"),
            ("Officials said nine were killed, including two Moldovan nationals.", "2026-05-12"),
            2,
            id="citizens-of-the-republic-of",
        ),
        pytest.param(
            ("The accident killed 12 persons. Among the victims are three citizens of Nepal, informed the ministry.", "2026-05-11"),
            ("The embassy said three Nepali nationals died in the accident, which killed 12.", "2026-05-12"),
            3,
            id="translation-citizens-of",
        ),
        pytest.param(
            ("At least 15 people were killed. Five of the dead were Indian nationals, the consulate said.", "2026-05-11"),
            ("Fifteen people died, among them five Indian citizens.", "2026-05-12"),
            5,
            id="wire-of-the-dead-were",
        ),
        pytest.param(
            ("15 dead incl 5 citizens of India according to the consulate", "2026-05-11"),
            ("Fifteen people died, among them five Indian citizens.", "2026-05-12"),
            5,
            id="forum-citizens-of",
        ),
        pytest.param(
            ("Forty people were hurt; among the injured are six French nationals.", "2026-05-11"),
            ("The French embassy said six French citizens were injured among the 40 hurt.", "2026-05-12"),
            6,
            id="injured-nationals",
        ),
        # the people's adjective right before the noun of the counted (dev23)
        pytest.param(
            ("The toll rose to 34. The foreign ministry said its consul had identified 12 Guatemalan dead so far.", "2026-05-11"),
            ("Guatemala's embassy said 12 of its citizens were among the 34 dead.", "2026-05-12"),
            12,
            id="wire-adjective-dead",
        ),
        pytest.param(
            ("Forty people died in the crash. Forensic teams have identified nine Salvadoran victims, the consulate said.", "2026-05-11"),
            ("Nine Salvadorans were among the 40 dead, El Salvador's foreign ministry said.", "2026-05-12"),
            9,
            id="translation-adjective-victims",
        ),
        pytest.param(
            ("22 dead in total, and 5 Nepali bodies still at the morgue according to the embassy", "2026-05-11"),
            ("The embassy said five Nepali nationals were among the 22 dead in the mine collapse.", "2026-05-12"),
            5,
            id="forum-adjective-bodies",
        ),
    ],
)
def test_the_nationals_among_the_dead_or_hurt_are_one_part_however_told(
    one: tuple[str, str], other: tuple[str, str], figure: int
) -> None:
    """A nationality's share of the dead or hurt, told as 'four Kenyan nationals' after 'Among
    the dead are', 'citizens of the Republic of Moldova', 'three citizens of Nepal' or 'Indian
    citizens': one part, keyed by its country, apart from the toll."""
    holding = _holding(_aligned(one, other), "killed" if "hurt" not in one[0] else "injured", figure)
    assert len(holding) == 1 and "/nationals-" in next(iter(holding)), holding
WEEKDAY_NAMED = [
    # (sentence of an undated report, the day of its group it joins or None)
    ("Around 300 personnel were on duty in the city on Tuesday, she added.", "2026-11-24"),
    ("On Monday evening more than 600 of us stood with candles in front of the gate.", "2026-11-23"),
    ("By Tuesday the ministry had 1,800 officers on the streets.", "2026-11-24"),
    ("Our monitors counted 90 officers at the gate on Monday morning.", "2026-11-23"),
    ("lol the cops had like 400 guys out on tuesday", None),  # (a weekday not written as one)
    ("A spokesman said on Tuesday that 300 officers had been sent.", None),  # (the day it was said)
    ("About fifty officers were on duty there on Tuesday, up from thirty on Monday.", None),
    ("Some 2,000 people marched on Friday.", None),  # (no day of the group on a Friday)
    ("A post shared since Monday says 10,000 took part.", None),  # (a span, not the figure's day)
]


@pytest.mark.parametrize(
    ("sentence", "day"),
    WEEKDAY_NAMED,
    ids=["wire-on-duty-on", "statement-opening-on", "by-weekday", "monitors-weekday-morning",
         "forum-lower-case", "day-it-was-said", "two-weekdays", "no-such-day", "since-weekday"],
)
def test_a_figure_of_an_undated_report_joins_the_weekday_it_names(sentence: str, day: str | None) -> None:
    """A crowd or force in an undated report whose sentence names one weekday joins its group's
    one dated day on that weekday, not the day with the most figures."""
    from claimcheck.match import _weekday_named

    def claim(said: str, as_of: str | None = None) -> Claim:
        q = Quantity("300", 0, 3, 300, 300, 300, "exact")
        return Claim("s", None, None, "deployed", "security", q, 1, said, as_of=as_of)

    days = {d: [claim("", d)] for d in ("2026-11-23", "2026-11-24")}  # Monday, Tuesday
    assert _weekday_named(claim(sentence), days) == day


DAY_WORDS = [
    # (sentence of an undated report, its figure, the day its own words name)
    ("The police talk of 24,300 today and of 38,500 yesterday.", "24,300", "report-day"),
    ("The police talk of 24,300 today and of 38,500 yesterday.", "38,500", "day-before-report"),
    ("Yesterday (Thursday) the police put the crowd at 1,500.", "1,500", "Thursday"),
    ("Tuesday's rally, which police put at 6,000, filled the square.", "6,000", "Tuesday"),
    ("Organisers said 4,000 marched on Saturday, against 2,500 last night.", "4,000", "Saturday"),
    ("Organisers said 4,000 marched on Saturday, against 2,500 last night.", "2,500", "day-before-report"),
    ("lol like 3k ppl out there tonight, way more than the 800 cops said", "3k", "report-day"),
    ("By the Monday it was about two hundred volunteers on the banks.", "two hundred", "Monday"),
    ("Un porte-parole a indiqué ce matin que 900 gendarmes étaient mobilisés.", "900", None),  # (no English day word)
    ("A spokesman said on Tuesday that 300 officers were sent.", "300", None),  # (the day it was said)
    ("The ministry, in its Monday statement: 6,200 people and 1,900 vehicles.", "6,200", None),  # (a statement's day)
    ("Guardia Civil on X, Sunday: peak attendance around 5,000.", "5,000", None),  # (a post's day)
    ("Some 2,000 people have gathered since this morning.", "2,000", None),  # (a span, not a day)
]


@pytest.mark.parametrize(
    ("sentence", "figure", "day"),
    DAY_WORDS,
    ids=["today-first", "yesterday-second", "weekday-in-brackets", "weekday-possessive", "on-weekday",
         "last-night-after-weekday", "forum-tonight", "by-the-weekday", "translation-no-day",
         "day-it-was-said", "statement-day", "post-label-day", "since-this-morning"],
)
def test_the_day_an_undated_figures_own_words_name(sentence: str, figure: str, day: str | None) -> None:
    """An undated report's figure is of the day written in its own words (after it, else since the
    figure before it, else the one day its sentence names), not of a day something was said."""
    from claimcheck.match import _day_words
    from claimcheck.when import time_words

    at = sentence.index(figure)
    q = Quantity(figure, at, at + len(figure), 1, 1, 1, "exact")
    assert _day_words(Claim("s", None, None, "participants", "people", q, 1, sentence), time_words()) == day


PARAGRAPH_DAY_WORDS = [
    # (sentence of an undated report, the day its paragraph named, the day of its group it joins)
    ("Police estimated the crowd at about 2,000.", "Tuesday", "2026-11-24"),
    ("Organisers put the turnout at 8,000.", "Monday", "2026-11-23"),
    ("Selon la préfecture, 1 500 personnes ont défilé.", "Tuesday", "2026-11-24"),
    ("cops said 900, we were way more lol", "Monday", "2026-11-23"),
    ("Police estimated the crowd at about 2,000.", "Friday", None),  # (no day of the group on a Friday)
    ("Police estimated the crowd at about 2,000.", "day-before-report", None),  # (a relative day: not a weekday)
    ("Police said 2,000 marched on Tuesday.", "Monday", "2026-11-24"),  # (its own words win)
]


@pytest.mark.parametrize(
    ("sentence", "day_word", "day"),
    PARAGRAPH_DAY_WORDS,
    ids=["wire", "organisers", "translation", "forum", "no-such-day", "relative-day", "own-words-win"],
)
def test_a_figure_of_an_undated_report_joins_the_weekday_its_paragraph_named(
    sentence: str, day_word: str, day: str | None
) -> None:
    """A crowd or force of an undated report whose sentence names no day, but whose paragraph
    named a weekday for its gathering (``day_word``, see claimcheck.situate), joins its group's
    one dated day on that weekday; a day its own sentence names wins."""
    from claimcheck.match import _weekday_named

    def claim(said: str, as_of: str | None = None, word: str | None = None) -> Claim:
        q = Quantity("300", 0, 3, 300, 300, 300, "exact")
        return Claim("s", None, None, "participants", "people", q, 1, said, as_of=as_of, day_word=word)

    days = {d: [claim("", d)] for d in ("2026-11-23", "2026-11-24")}  # Monday, Tuesday
    assert _weekday_named(claim(sentence, word=day_word), days) == day


def test_an_undated_reports_figures_apart_by_the_days_their_paragraphs_named() -> None:
    """Figures of undated reports whose paragraphs named two weekdays for their gatherings
    ('On Sunday … Police put it at 2,000'; 'On Monday … Organisers said 600') are apart, as
    if their own words named them; one weekday named throughout splits nothing."""
    from claimcheck.match import _by_day

    def crowd(source: str, said: str, figure: str, word: str | None = None) -> Claim:
        at = said.index(figure)
        q = Quantity(figure, at, at + len(figure), 1, 1, 1, "exact")
        return Claim(source, None, None, "participants", "people", q, 1, said, day_word=word)

    sunday = crowd("a", "Police put the crowd at 2,000.", "2,000", "Sunday")
    monday = crowd("b", "Organisers said 600 came back.", "600", "Monday")
    rest = crowd("b", "Police counted 500 at the gate.", "500")
    days = {k: [c.text for c in cs] for k, cs in _by_day([sunday, monday, rest]).items()}
    assert days == {"Sunday": ["2,000"], "Monday": ["600", "500"]}
    same = [sunday, crowd("b", "Organisers said 3,000.", "3,000", "Sunday")]
    assert list(_by_day(same)) == [None]


OTHER_WEEKDAY = [
    # (sentence of an undated report, its figure, the day its paragraph named, the group it joins)
    ("On Wednesday evening several thousand people marched to the government offices.", "several thousand", None, "Wednesday"),
    ("Police estimated the crowd at about 2,000.", "about 2,000", "Wednesday", "Wednesday"),
    ("Thursday's vigil, which organisers put at 900, was silent.", "900", None, "Thursday"),
    ("Un millier de personnes, 1 000 selon la police, ont défilé mardi soir.", "1 000", None, "2026-09-19"),  # (no English day word)
    ("lol like 3k of us out there on monday", "3k", None, "2026-09-19"),  # (a weekday not written as one)
    ("On Saturday police counted 12,000 in the square.", "12,000", None, "2026-09-19"),  # (a day of the group)
    ("It said on Friday that 300 were sent, and on Monday that it had been calm.", "300", None, "2026-09-19"),  # (two weekdays)
]


@pytest.mark.parametrize(
    ("sentence", "figure", "day_word", "day"),
    OTHER_WEEKDAY,
    ids=["wire-weekday-opens", "paragraph-weekday", "possessive-weekday", "translation-no-english-day",
         "forum-lower-case", "weekday-of-the-group", "two-weekdays"],
)
def test_a_weekday_no_dated_day_falls_on_is_another_days_gathering(
    sentence: str, figure: str, day_word: str | None, day: str
) -> None:
    """A crowd of an undated report whose own words (or paragraph) name a weekday on which none
    of its group's days, dated by dated reports, falls is another day's gathering: apart from
    those days ('On Wednesday evening several thousand people marched … Police estimated the
    crowd at about 2,000', beside a Saturday's counts), not joined to the day with most figures."""
    from claimcheck.match import _by_day

    def crowd(said: str, figure: str, source: str = "u", as_of: str | None = None, report: str | None = None,
              word: str | None = None) -> Claim:
        at = said.index(figure)
        q = Quantity(figure, at, at + len(figure), 1, 1, 1, "exact")
        return Claim(source, None, report, "participants", "people", q, 1, said, as_of=as_of, day_word=word)

    saturday = crowd("Police said 12,000 marched.", "12,000", "d", "2026-09-19", "2026-09-21")  # a Saturday's
    c = crowd(sentence, figure, word=day_word)
    days = _by_day([saturday, c])
    assert next(k for k, cs in days.items() if c in cs) == day


def test_an_undated_reports_figures_of_two_days_are_apart() -> None:
    """Figures of one undated report whose words name two days ('today', 'yesterday'; two
    weekdays) are not one crowd: apart from one another, whether or not other reports date
    their group; a figure naming no day joins the one day its report names. One day named
    throughout splits nothing."""
    from claimcheck.match import _by_day

    def crowd(source: str, said: str, figure: str, as_of: str | None = None, date: str | None = None) -> Claim:
        at = said.index(figure)
        q = Quantity(figure, at, at + len(figure), 1, 1, 1, "exact")
        return Claim(source, None, date, "participants", "people", q, 1, said, as_of=as_of)

    told = "The police talk of 24,300 today and of 38,500 yesterday."
    today, yesterday = crowd("a", told, "24,300"), crowd("a", told, "38,500")
    other = crowd("b", "Organisers said 30,000 took part.", "30,000")
    days = _by_day([today, yesterday, other])
    assert sorted(map(str, days)) == ["day-before-report", "report-day"]
    assert yesterday in days["day-before-report"] and other in days["report-day"]
    dated = crowd("c", "Police said 25,000 marched.", "25,000", "2026-10-15", "2026-10-15")
    days = _by_day([today, yesterday, dated])
    assert days["day-before-report"] == [yesterday] and days["report-day"] == [today]
    one_day = [crowd("a", "On Sunday 2,000 marched.", "2,000"), crowd("b", "Police said 1,500 on Sunday.", "1,500")]
    assert list(_by_day(one_day)) == [None]
    weekdays = [
        crowd("a", "On Sunday 2,000 marched.", "2,000"),
        crowd("b", "On Monday 600 came back.", "600"),
        crowd("b", "Police counted 500 at the gate.", "500"),
    ]
    assert {k: [c.text for c in cs] for k, cs in _by_day(weekdays).items()} == {"Sunday": ["2,000"], "Monday": ["600", "500"]}


def _grouped(*reports: tuple[str, str]) -> dict[str, list[int | float]]:
    """Group id -> the figures (low ends) of its claims, for reports given as (text, date)."""
    sources = [Source(id=f"r{i}", text=text, date=day) for i, (text, day) in enumerate(reports)]
    groups = align([c for s in sources for c in parse(s)], home=event_home(sources))
    return {g.id: sorted(c.quantity.low for c in g.claims) for g in groups}


# Another incident's arrests or deaths, told by what they followed (a cordon, a march, an act of
# unrest, the disaster's own staff), are a quantity apart from the story's: id -> (reports, the
# groups of the measure, each a sorted list of its figures).
OTHER_INCIDENTS: dict[str, tuple[tuple[tuple[str, str], ...], list[list[int]]]] = {
    "curfew-arrests-and-the-march": (
        (
            (
                "KANO, May 4 - Police arrested 40 people for breaking the curfew in the old city, a "
                "spokesman said. Police detained 12 people at the march against the curfew; organisers "
                "said 30 were held at the march.",
                "2026-05-04",
            ),
            (
                "KANO, May 4 - The number of persons arrested for breaching the curfew reached to 40, the "
                "police said. Lawyers said 30 marchers were detained.",
                "2026-05-04",
            ),
        ),
        [[12, 30, 30], [40, 40]],
    ),
    "engineers-apart-from-marchers": (
        (
            (
                "TBILISI, Jan 9 - Investigators detained two engineers of the gas company after the blast. "
                "Police detained 25 people at the march on parliament.",
                "2027-01-09",
            ),
            (
                "TBILISI, Jan 9 - Prosecutors arrested three managers of the network operator. A legal "
                "aid group said at least 40 people were held during the protest.",
                "2027-01-09",
            ),
        ),
        [[2, 3], [25, 40]],
    ),
    "a-value-told-again-is-its-incidents": (
        (
            (
                "LUSAKA (Kafue Wire) - Police say 38 people were detained at the march. Police said 61 "
                "people had been arrested for breaching the quarantine.",
                "2026-11-04",
            ),
            (
                "LUSAKA (Kafue Wire) - Thirty-eight people were detained during the march, police said. A "
                "total of 61 persons were arrested for crossing the cordon.",
                "2026-11-04",
            ),
            (
                "LUSAKA (Kafue Wire) - Police first said 38 people were detained. Police said 61 people were "
                "held for breaking the lockdown.",
                "2026-11-04",
            ),
            ("The number of persons arrested for breaching the quarantine reached to 61.", "2026-11-04"),
        ),
        [[38, 38, 38], [61, 61, 61, 61]],
    ),
    "toll-of-the-accident-and-of-the-violence": (
        (
            (
                "LIMA, Aug 20 - The toll from the accident rose to 34, the health ministry said. The "
                "interior ministry said one person died in Wednesday's violence.",
                "2026-08-20",
            ),
            (
                "LIMA, Aug 20 - The derailment has killed 34 people. A rights group said three people were "
                "killed in the disturbances.",
                "2026-08-20",
            ),
        ),
        [[1, 3], [34, 34]],
    ),
    "arrests-after-things-thrown-and-the-companys-managers": (
        (
            (
                "XALAPA (Wire) - Police detained four people after paint was thrown at the governor's "
                "palace. Police arrested two managers of the bus company.",
                "2027-04-20",
            ),
            (
                "XALAPA (Wire) - Four people were held after bottles were thrown at officers, police said. "
                "Two bus company managers were detained.",
                "2027-04-20",
            ),
        ),
        [[2, 2], [4, 4]],
    ),
    "an-earlier-events-toll-names-no-incident": (
        (
            (
                "DURAZNO (Wire) - Seventeen inmates died in the clashes at the prison, police said. A fire in "
                "the same prison killed six inmates in 2021.",
                "2026-03-16",
            ),
            (
                "DURAZNO (Wire) - A rights group said at least 20 inmates were killed in the clashes. In 2021 "
                "a fire in the prison killed six men.",
                "2026-03-16",
            ),
            ("The toll stood at 17, officials said.", "2026-03-16"),
        ),
        [[6, 6], [17, 17, 20]],
    ),
    "a-separate-clusters-toll": (
        (
            (
                "LUSAKA (Wire) - Seventeen people have died of cholera in Kanyama, the ministry said. In a "
                "separate cluster in the town of Ndola, two people have died.",
                "2026-11-03",
            ),
            ("The cholera toll in Kanyama rose to 17, the ministry said.", "2026-11-03"),
        ),
        [[2], [17, 17]],
    ),
    "one-curfew-figure-splits-nothing": (
        (
            (
                "KANO, May 4 - Police detained 12 people at the march. Organisers said 30 were held at the "
                "march. Police arrested 40 people for breaking the curfew.",
                "2026-05-04",
            ),
        ),
        [[12, 30, 40]],
    ),
}


@pytest.mark.parametrize("case", list(OTHER_INCIDENTS), ids=list(OTHER_INCIDENTS))
def test_another_incidents_figures_told_by_what_they_followed_are_apart(case: str) -> None:
    reports, want = OTHER_INCIDENTS[case]
    measure = "killed" if "toll" in case else "arrested"
    got = sorted(v for gid, v in _grouped(*reports).items() if gid.startswith(measure))
    assert got == want


# The words an incident's kind is read from: id -> (sentence with the figure 9, its kind).
INCIDENT_WORDS: dict[str, tuple[str, str | None]] = {
    "a-month-is-no-march": ("Police detained 9 people ahead of the March 14 vote.", None),
    "a-weekdays-march": ("Police detained 9 people at Tuesday's march.", "unrest"),
    "a-cordon": ("Police arrested 9 people for breaching the cordon.", "enforcement"),
    "stones-thrown": ("Police arrested 9 people after stones were thrown at the gate.", "unrest"),
    "an-accident": ("The toll from the accident rose to 9.", "disaster"),
    "opened-fire-is-no-fire": ("Police opened fire on the crowd, killing 9.", None),
}


@pytest.mark.parametrize("case", list(INCIDENT_WORDS), ids=list(INCIDENT_WORDS))
def test_the_kind_of_incident_a_figures_clause_names(case: str) -> None:
    from claimcheck.match import _own_kind, incident_kinds
    from claimcheck.models import claim_in

    sentence, kind = INCIDENT_WORDS[case]
    assert _own_kind(claim_in(sentence, "9", "arrested"), incident_kinds()) == kind


_SATURDAYS_RALLY = (
    "Police said about 6,000 people rallied outside parliament on Saturday; the organisers said 14,000 took part.",
    "2026-10-04",
)


@pytest.mark.parametrize(
    ("told", "one", "other"),
    [
        pytest.param(
            "Police estimated that around 120 people took part in the blockade; a local blogger said about 200 people had joined it.",
            120, 200, id="wire-semicolon",
        ),
        pytest.param(
            "According to the police, some 150 persons participated in the sit-in at the ministry, while an independent observer counted 400 participants.",
            150, 400, id="translation-while",
        ),
        pytest.param("Crowd at the ministry blockade: police ~90 / our group 250", 90, 250, id="forum-slash"),
        pytest.param("Harbour blockade .... police 300 · fishermen's union 700", 300, 700, id="table-dots"),
        pytest.param(
            "Police put the crowd at the port at 800, a figure the dockers' committee disputed, saying 2,000 had come.",
            800, 2000, id="disputed-figure",
        ),
        pytest.param(
            "Our reporter counted about 400 protesters outside the town hall; police said there were 250.",
            400, 250, id="reporter-then-police",
        ),
        pytest.param(
            "A local radio station said 2,500 people joined the evening march to the governor's office, and the police gave 900.",
            2500, 900, id="radio-then-police",
        ),
        pytest.param(
            "Police estimated that around 120 people took part in the blockade of the ministry. A local blogger said about 200 people had joined it.",
            120, 200, id="next-sentence-wire",
        ),
        pytest.param(
            "09:30  The police estimate that some 150 people have reached the cordon at the port. A migrant-support group says 400 are there.",
            150, 400, id="next-sentence-live-stamp",
        ),
        pytest.param(
            "police said 90 people were at the ministry blockade. our group counted 250 people there lol",
            90, 250, id="next-sentence-forum",
        ),
    ],
)  # fmt: skip
def test_rival_counts_in_one_sentence_of_no_day_are_of_one_day(told: str, one: int, other: int) -> None:
    """An undated report's sentence that names no day (or it and the next) gives two sides'
    counts of one gathering:
    they are of one day, wherever the side that gave a figure on the dated report's Saturday
    puts its own (the police's count far from their 6,000: another gathering, of an unknown
    day), not one of them on Saturday for want of a better guess."""
    groups = _aligned(_SATURDAYS_RALLY, (told, None))
    holding = [
        {g.id for g in groups if g.measure == "participants" and any(c.quantity.value == n for c in g.claims)}
        for n in (one, other)
    ]
    assert holding[0] and holding[0] == holding[1]


@pytest.mark.parametrize(
    ("told", "figure", "kind"),
    [
        pytest.param("MINUSCA has deployed a quick reaction force of some 120 peacekeepers to the town.", "some 120", "peacekeeping", id="un-mission"),
        pytest.param("About 300 blue helmets patrolled the buffer zone on Friday.", "About 300", "peacekeeping", id="blue-helmets"),
        pytest.param(
            "Divers worked in the canal, supported by around 140 search and rescue personnel on the banks.",
            "around 140", "rescue", id="search-and-rescue-personnel",
        ),
        pytest.param("By nightfall more than 220 rescue personnel were at the scene.", "more than 220", "rescue", id="rescue-personnel"),
        pytest.param("The province sent 45 emergency workers and two excavators.", "45", "rescue", id="emergency-workers"),
        pytest.param("We have 800 guardsmen of the National Guard on the streets today.", "800", "military", id="guardsmen"),
        pytest.param("The governor said 60 search teams were combing the slope.", "60", "rescue", id="search-teams"),
    ],
)  # fmt: skip
def test_the_kind_of_a_force(told: str, figure: str, kind: str) -> None:
    """Peacekeepers are a force of their own kind (a UN mission's beside the army's soldiers);
    search and rescue personnel, emergency workers and search teams are rescuers; guardsmen are
    soldiers."""
    from claimcheck.match import force_kind, force_words
    from claimcheck.models import claim_in

    assert force_kind(claim_in(told, figure, "deployed", "security"), force_words()) == kind


def test_a_lists_next_item_is_no_rival_of_the_one_before() -> None:
    """Two items of a list in an undated report, each a place's counts by two sides, are two
    gatherings: the ministry's count is not taken up by the harbour's, whatever day each joins."""
    groups = _aligned(_SATURDAYS_RALLY, ("* Harbour: police 300 · union 700\n* Ministry: police 5,000 · union 12,000", None))
    holding = [
        {g.id for g in groups if g.measure == "participants" and any(c.quantity.value == n for c in g.claims)}
        for n in (300, 5000)
    ]
    assert holding[0] and holding[1] and holding[0] != holding[1]


# One day's arrests beside a total over several days (issue 13, session 24's fresh sentences,
# written before the code was touched: one report each, dated Thursday 12 March 2026). The
# day's count and the total are two quantities, whether or not the report gives a crowd.
# id -> (report, the day's count, the total over the days)
ONE_DAY_IN_A_SPAN = {
    "wire-night-alone": (
        "LAGOS, March 12 - Police said 212 people had been arrested since the protests began on Monday. "
        "On Wednesday night alone officers detained 48, a spokesman said.", "48", "212"),
    "of-the-weekend": (
        "TBILISI, March 12 - Of the 26 people held over the weekend, fourteen were detained on Saturday, "
        "the interior ministry said.", "fourteen", "26"),
    "yesterday-bringing": (
        "NAIROBI, March 12 - Police detained 19 people yesterday, bringing to 57 the number arrested "
        "since the strike began.", "19", "57"),
    "in-four-days": (
        "DHAKA, March 12 - A total of 130 people have been arrested in four days of unrest. Police "
        "arrested 44 on Thursday, the highest of any day.", "44", "130"),
    "first-day-then-by": (
        "PARIS, March 12 - The interior ministry said 80 people were arrested on the first day of the "
        "strike. By Wednesday the total had reached 230.", "80", "230"),
    "release-first-person": (
        "QUITO, March 12 - Our officers made 22 arrests on Tuesday evening. Since the start of the "
        "operation we have arrested 96 people, the National Police said in a statement.", "22", "96"),
    "translation-of-yesterday": (
        "LIMA, March 12 - The detained ones of the day of yesterday were 27, according to the Prosecutor, "
        "which raises to 118 the total of arrested since the beginning of the protests.", "27", "118"),
    "share-of-three-nights": (
        "SEOUL, March 12 - Police said they had taken 61 people into custody over three nights of "
        "clashes, 25 of them on Tuesday night.", "25", "61"),
    "rights-group-since": (
        "ACCRA, March 12 - The rights group said 175 people had been detained since the unrest began "
        "last week. Some 40 were detained on Monday, it said.", "Some 40", "175"),
    "more-taking-total": (
        "ALMATY, March 12 - Day three of the protests ended with 31 more arrests on Wednesday, police "
        "said, taking the total since Monday to 150.", "31", "150"),
    "and-in-all-by": (
        "HARARE, March 12 - Police arrested 67 people on Tuesday, the first day of the stayaway, and 154 "
        "in all by Thursday, police spokesman Paul Nyathi said.", "67", "154"),
    "during-a-march": (
        "MANILA, March 12 - Authorities have detained 93 protesters since Sunday. Thirty-three were "
        "picked up during Monday's march on the presidential palace, police said.", "Thirty-three", "93"),
    "forum-tonight": (
        "KAMPALA, March 12 - cops grabbed like 30 people at the bridge tonight. thats 110 arrested since "
        "sunday, unreal", "like 30", "110"),
    "table-labels": (
        "CARACAS, March 12 - Arrests on Tuesday: 38. Arrests since Saturday: 141 (Foro Penal).", "38", "141"),
    "headline-over-nights": (
        "BOGOTA, March 12 - Police arrest 52 on fourth night of riots, 260 held over the four nights",
        "52", "260"),
}


ONE_DAY_MISSES = {
    "first-day-then-by": "the first day's 80 takes the report's day, and the total 'by Wednesday' names no span",
    "and-in-all-by": "recall: '154 in all by Thursday' after a comma is not read as arrests",
    "table-labels": "recall: 'Arrests on Tuesday: 38' (a label and its figure in running text) is not read",
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=ONE_DAY_MISSES[c])) if c in ONE_DAY_MISSES else c
        for c in ONE_DAY_IN_A_SPAN
    ],
    ids=list(ONE_DAY_IN_A_SPAN),
)
def test_one_days_arrests_are_apart_from_the_total_over_the_days(case: str) -> None:
    text, day, total = ONE_DAY_IN_A_SPAN[case]
    groups = groups_of_arrests(text, "2026-03-12")
    assert day in groups and total in groups, groups
    assert groups[day] != groups[total]


def groups_of_arrests(text: str, date: str) -> dict[str, str]:
    """A report's arrest figures (their text) -> the id of the group each is in."""
    sources = [Source(id="r", text=text, date=date)]
    groups = align([c for s in sources for c in parse(s)], home=event_home(sources))
    return {c.text: g.id for g in groups for c in g.claims if c.measure == "arrested"}


# A mourning gathering (a vigil, a memorial service, a commemoration) beside the event's own crowd
# (a march, a venue's crowd): two gatherings (issue 13, session 24's fresh sentences, written before
# the code was touched; one report each, dated Thursday 12 March 2026).
# id -> (report, the event's crowd, the mourning gathering's crowd)
MOURNING_BESIDE = {
    "wire-candlelight-next-day": (
        'KAMPALA, March 12 - About 4,000 people marched on parliament on Tuesday, police said. On Wednesday evening some 600 people held a candlelight vigil for the two students killed in the clashes.',
        "About 4,000", "some 600"),
    "morgue-that-night": (
        "SANTIAGO, March 12 - Police put Monday's march at 12,000. A vigil outside the morgue that night drew around 300 relatives and friends, organisers said.",
        "12,000", "around 300"),
    "stadium-memorial-service": (
        'LYON, March 12 - Some 1,200 fans were inside the stadium when the stand gave way. The next evening about 5,000 people gathered for a memorial service at the cathedral, the prefecture said.',
        "Some 1,200", "about 5,000"),
    "club-silent-vigil": (
        'BUCHAREST, March 12 - The club held around 400 people on the night of the fire. A silent vigil on Friday attracted 8,000, according to the city hall.',
        "around 400", "8,000"),
    "release-commemoration": (
        'ABUJA, March 12 - We counted more than 20,000 protesters at the toll gate on Sunday. At the commemoration held on Monday for the fallen, 1,500 of us lit candles, the coalition said in a statement.',
        "more than 20,000", "1,500"),
    "prayer-vigil-later": (
        'ASUNCION, March 12 - Police estimated the crowd at the rally at 7,000. Later, around 900 people attended a prayer vigil for the injured outside the hospital.',
        "7,000", "around 900"),
    "translation-memorial-ceremony": (
        'COLOMBO, March 12 - Translated: The participants in the march numbered 15,000 according to the organisers. In the memorial ceremony of the following day took part some 2,000 persons.',
        "15,000", "some 2,000"),
    "forum-vigil-tonight": (
        'MINSK, March 12 - forum post: rally yesterday was maybe 3k. the vigil tonight at the square? easily 700 people, candles everywhere',
        "maybe 3k", "easily 700"),
    "remembrance-gathering": (
        'TUNIS, March 12 - Thousands marched on Thursday; police said 9,000 took part. About 2,500 mourners joined a remembrance gathering at the square on Saturday.',
        "9,000", "About 2,500"),
    "chapel-vigil": (
        'LIMA, March 12 - Some 250 worshippers were in the chapel when the roof fell in. A vigil for the victims on Sunday night drew about 1,000 people, police said.',
        "Some 250", "about 1,000"),
    "memorial-mass": (
        'MANILA, March 12 - Organisers said 30,000 joined the march on Monday. A memorial mass on Tuesday for the three protesters killed was attended by about 2,000 people.',
        "30,000", "about 2,000"),
    "anniversary-march": (
        'ATHENS, March 12 - About 10,000 people marched to parliament on the 10th anniversary of the shooting, police said. The original protest in 2016 had drawn some 40,000.',
        "About 10,000", "some 40,000"),
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="a lower-case post's two sentences are read as one, "
                     "which names both gatherings for both figures"))
        if c == "forum-vigil-tonight" else c
        for c in MOURNING_BESIDE
    ],
    ids=list(MOURNING_BESIDE),
)
def test_a_mourning_gathering_is_apart_from_the_events_crowd(case: str) -> None:
    text, crowd, mourning = MOURNING_BESIDE[case]
    sources = [Source(id="r", text=text, date="2026-03-12")]
    groups = align([c for s in sources for c in parse(s)], home=event_home(sources))
    found = {c.text: g.id for g in groups for c in g.claims if c.measure == "participants"}
    assert crowd in found and mourning in found, found
    assert found[crowd] != found[mourning]


# A hospital's intake told by its own staff (a doctor, its director, its statement) beside the
# hospital's count in another report: that hospital's quantity, apart from the event's toll
# (issue 13, session 24's fresh sentences, written before the code was touched).
# id -> (report naming the event's total and the hospital's count, report with the hospital's intake, the hospital's count, its intake)
HOSPITAL_INTAKE = {
    "wire-doctor-at": (
        "DAKAR, March 12 - At least 60 people were injured in the clashes, the health ministry said. Le Dantec Hospital said it had treated 24 of the injured.",
        "DAKAR, March 12 - \"We received 27 wounded in the night, most with rubber-bullet wounds,\" a doctor at Le Dantec Hospital told reporters.",
        "24", "27"),
    "staff-taken-in": (
        "QUITO, March 12 - The ministry said 85 people were hurt. Eugenio Espejo Hospital reported 30 of them.",
        "QUITO, March 12 - Staff at Eugenio Espejo Hospital said they had taken in 33 injured protesters since Tuesday.",
        "30", "33"),
    "director-admitted": (
        "ACCRA, March 12 - Police said 47 people were injured. Korle Bu Teaching Hospital said it was treating 19 of them.",
        "ACCRA, March 12 - The medical director of Korle Bu Teaching Hospital, Dr Ama Boateng, said: \"We have admitted 22 patients from the stampede.\"",
        "19", "22"),
    "forum-nurse": (
        "YANGON, March 12 - Rescuers said 120 people were injured when the bridge collapsed. Yangon General Hospital received 40 of the injured, officials said.",
        "YANGON, March 12 - nurse at Yangon General Hospital here. we got 52 people in last night, mostly fractures, we are overwhelmed",
        "40", "52"),
    "release-first-person": (
        "NAIROBI, March 12 - The Red Cross said 74 people were injured in the blast. Kenyatta National Hospital said it had received 28 of the injured.",
        "NAIROBI, March 12 - Kenyatta National Hospital statement: Since the explosion we have received 31 patients, of whom nine are in theatre.",
        "28", "31"),
    "translation-declared": (
        "LOME, March 12 - The toll is of 53 injured according to the government. The Sylvanus Olympio University Hospital reported 15 injured.",
        "LOME, March 12 - The director of the Sylvanus Olympio University Hospital declared that his service received 18 injured ones during the night of Tuesday.",
        "15", "18"),
    "emergency-chief": (
        "BEIRUT, March 12 - Some 200 people were wounded in the explosion, the health ministry said. Rafik Hariri Hospital said it had treated 45 of them.",
        "BEIRUT, March 12 - The head of emergency at Rafik Hariri Hospital said the unit had taken in 52 wounded people by midnight.",
        "45", "52"),
    "spokesman-brought": (
        "LAHORE, March 12 - At least 90 were injured in the stampede, officials said. Mayo Hospital said 37 of the injured were brought there.",
        "LAHORE, March 12 - A Mayo Hospital spokesman said 41 injured people had been brought in by ambulance.",
        "37", "41"),
    "live-blog-doctor": (
        "KYIV, March 12 - The emergency service said 66 people were injured. The city's Hospital No. 17 received 21 of them.",
        "KYIV, March 12 - 14:05 A doctor at Hospital No. 17 tells us they have received 26 people from the station, three in intensive care.",
        "21", "26"),
    "headline-intake": (
        "MANILA, March 12 - Officials said 150 people were hurt in the crush. Philippine General Hospital said it had admitted 48 of them.",
        "MANILA, March 12 - Philippine General Hospital doctors: we took in 55 crush victims",
        "48", "55"),
}

HOSPITAL_INTAKE_MISSES = {
    "forum-nurse": "recall: 'we got 52 people in last night' is not read as injured",
    "live-blog-doctor": "the place of 'The city's Hospital No. 17' is read as \"city's Hospital\"",
    "headline-intake": "recall: 'we took in 55 crush victims' in a headline is not read as injured",
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=HOSPITAL_INTAKE_MISSES[c]))
        if c in HOSPITAL_INTAKE_MISSES else c
        for c in HOSPITAL_INTAKE
    ],
    ids=list(HOSPITAL_INTAKE),
)
def test_a_hospitals_intake_told_by_its_staff_is_that_hospitals_count(case: str) -> None:
    count, intake_report, hospital, intake = HOSPITAL_INTAKE[case][0], *HOSPITAL_INTAKE[case][1:]
    sources = [Source(id="r0", text=count, date="2026-03-12"), Source(id="r1", text=intake_report, date="2026-03-12")]
    groups = align([c for s in sources for c in parse(s)], home=event_home(sources))
    found = {c.text: g.id for g in groups for c in g.claims if c.measure == "injured"}
    assert hospital in found and intake in found, found
    assert found[hospital] == found[intake]


# An undated report's crowd whose own words put it in a place ('In the capital, Medan, …',
# '… marched in Medan'): when the dated reports count that place's gathering on one day only,
# it is that day's, not the day with the most figures (the main rally elsewhere) (dev25).
# Written before the mechanism; the ids say the register. First run at main 4668afd: 12 of 12 failed
# (the forum line, first written '… we marched 3,000 strong', was reworded to a figure read).
PLACE_OF_ONE_DAY = [
    ("digest-capital-apposition", "In the capital, Medan, about 3,000 workers marched on the ministry.", "about 3,000", True),
    ("wire-marched-in", "Some 3,000 people marched in Medan in support of the strikers.", "Some 3,000", True),
    ("translation-in-the-city-of", "In the city of Medan approximately 3,000 persons took part in the procession.", "approximately 3,000", True),
    ("forum-we-marched-in", "we marched in Medan today, 3,000 of us, cops said the same lol", "3,000", True),
    ("brief-drew", "A solidarity march in Medan drew about 2,800 people.", "about 2,800", True),
    ("analysis-meanwhile", "Meanwhile in Medan, roughly 3,000 trade unionists walked to parliament.", "roughly 3,000", True),
    ("headline-style", "3,000 rally in Medan for smelter workers", "3,000", True),
    ("statement-first-person", "In Medan, more than 3,000 of our comrades joined the march.", "more than 3,000", True),
    ("wire-police-estimated-place-first", "In Medan, police estimated the crowd at 2,500.", "2,500", True),
    ("recap-gathered-at", "About 3,200 gathered at a square in Medan, organisers said.", "About 3,200", True),
    ("wire-place-after-verb-and-goal", "Around 3,000 demonstrators paraded through central Medan to the ministry.", "Around 3,000", True),
    ("digest-numbered-crowd", "Medan: about 3,000 marchers, by the organisers' count.", "about 3,000", True),
    # not: a crowd of no place, or of a place the dated reports never counted, stays where it was
    ("not-no-place", "About 3,000 workers marched on the ministry.", "About 3,000", False),
    ("not-a-place-never-counted", "In Binjai, about 3,000 workers marched.", "about 3,000", False),
]


_PLACE_NOT_READ = {
    # (the undated figure's place is not read, so it has none to join a day by: a reading of place,
    # not of days)
    "translation-in-the-city-of": "'In the city of X approximately N': an opening place before an unlisted qualifier",
    "forum-we-marched-in": "'3,000 of us' after the place's clause is not read as a crowd",
    "wire-place-after-verb-and-goal": "'paraded through central X': no place read after 'through'",
}


@pytest.mark.parametrize(
    ("sentence", "figure", "joins_medan"),
    [
        pytest.param(*r[1:], id=r[0], marks=[pytest.mark.xfail(strict=True, reason=_PLACE_NOT_READ[r[0]])] if r[0] in _PLACE_NOT_READ else [])
        for r in PLACE_OF_ONE_DAY
    ],
)
def test_an_undated_crowd_of_a_place_counted_on_one_day_is_of_that_day(sentence: str, figure: str, joins_medan: bool) -> None:
    from claimcheck.match import _by_day

    def dated(said: str, figure: str, day: str, place: str | None) -> Claim:
        return dataclasses.replace(
            claim_in(said, figure, "participants"), source=f"r{day}{figure}", as_of=day, date=day, place=place
        )

    main = [dated(f"Police put the rally at {n}.", n, "2027-03-10", None) for n in ("4,000", "4,100", "4,200")]
    second = dated("Police put the Medan march at 3,000.", "3,000", "2027-03-11", "Medan")
    undated = [c for c in parse(Source(id="u", text=sentence, date=None)) if c.text == figure]
    assert undated, sentence
    days = _by_day([*main, second, undated[0]])
    day = next(d for d, cs in days.items() if any(c is undated[0] for c in cs))
    assert (day == "2027-03-11") == joins_medan, (day, undated[0].place)


# A rival's lower figure of the event's own place is no share of the whole (dev25b): a report that
# gives one claimant's toll with the event's own place ('five dead at Bahodopi, police say') beside
# another claimant's higher toll of the same day ('the union says at least nine') tells a dispute,
# not the toll and one place's part of it (match._shares needs the whole and the place's figure to
# be one teller's, or either to be the report's own). Each case: a first report datelined with
# the place, then a report of the same day with (whole, place's figure); the place's figure must
# be in the whole's group. Written before the fix; the share failing at main is in the commit.
_OWN_PLACE_RIVALS = {
    "wire-police-vs-union": (
        "TALVERA, June 3 (Wire) - Police clashed with strikers at the Talvera mill; several died.",
        "The union says at least 11 of its members have been killed. Police say six died at Talvera.",
        "11", "six",
    ),
    "press-release-ministry-vs-ngo": (
        "OSKREN, June 3 - Protesters and riot police fought for hours in Oskren on Tuesday.",
        "The Monitoring Network recorded 23 deaths. The ministry said 14 people lost their lives in Oskren.",
        "23", "14",
    ),
    "headline-rivals": (
        "DRAVIK, June 3 - Flooding hit Dravik overnight.",
        "Relief coalition: 40 drowned. Provincial governor: 17 dead in Dravik.",
        "40", "17",
    ),
    "translation-verb-first": (
        "MELSA, June 3 (Agency) - Clashes continued in Melsa.",
        "Affirmed the opposition that 31 persons perished. Informed the prefecture that in Melsa died 12 persons.",
        "31", "12",
    ),
    "forum-rivals": (
        "PRAVO, June 3 - Miners' protest turns deadly in Pravo.",
        "activists on here count 19 dead. the mayor keeps saying 8 dead in Pravo, total joke",
        "19", "8",
    ),
    "place-first-police": (
        "KERVAN, June 3 (Wire) - Riot police dispersed a sit-in in Kervan.",
        "Doctors' groups said 27 people were killed. In Kervan, police said, nine people died.",
        "27", "nine",
    ),
    "hospital-vs-rights-group": (
        "ZELMAR, June 3 - Gunfire broke out at a rally in Zelmar.",
        "Amnesty put the dead at 15. The governor's office gave a toll of five at Zelmar.",
        "15", "five",
    ),
    "injured-rivals": (
        "BRESKA, June 3 (Wire) - Stone-throwing crowds met police in Breska.",
        "Medics from the opposition treated 210 wounded, they said. Police said 60 were injured in Breska.",
        "210", "60",
    ),
    "arrests-rivals": (
        "LUTOVO, June 3 - Students marched through Lutovo.",
        "Lawyers say at least 130 were detained. Police told reporters they held 45 in Lutovo.",
        "130", "45",
    ),
    "reverse-order": (
        "SARNEK, June 3 (Wire) - A dam burst above Sarnek.",
        "Officials said 33 bodies were recovered at Sarnek. Residents' committees say 70 died.",
        "70", "33",
    ),
    "town-council-vs-army": (
        "VOLMIR, June 3 - Shelling hit Volmir on Tuesday.",
        "The army admitted four deaths in Volmir. The town council buried 26 people, it said.",
        "26", "four",
    ),
    "semicolon-rivals": (
        "ODRAN, June 3 (Wire) - A strike at the Odran port turned violent.",
        "The port authority reports seven dead at Odran; the dockers' union reports 20 killed.",
        "20", "seven",
    ),
}


_OWN_PLACE_RIVALS.update({  # the second first run: six more, written after the fix
    "again-live-blog-rivals": (
        "HADRIN, June 3 (Live) - Tear gas and live fire in Hadrin this afternoon.",
        "16:05 - The opposition bloc says 38 people are dead. 16:20 - Police: 12 killed in Hadrin.",
        "38", "12",
    ),
    "again-wire-place-in-apposition": (
        "MORVA, June 3 (Wire) - A gas blast tore through the Morva refinery.",
        "The workers' council said at least 25 staff had died. At Morva itself, the company said, 10 died.",
        "25", "10",
    ),
    "again-translation-was-informed": (
        "TESCA, June 3 (Agency) - Clashes at the Tesca market.",
        "According to the Human Rights Commission, died 19 persons. The Police of Tesca informed of 7 deceased in Tesca.",
        "19", "7",
    ),
    "again-injured-headline": (
        "ULMEN, June 3 - Police and fans clashed at the Ulmen stadium.",
        "Fans' association: 140 hurt. Police: 35 injured in Ulmen.",
        "140", "35",
    ),
    "again-arrests-two-tellers": (
        "KORSA, June 3 (Wire) - Police broke up a march in Korsa.",
        "A lawyers' collective said 220 people were arrested. The interior ministry said 80 were arrested in Korsa.",
        "220", "80",
    ),
    "again-forum-post": (
        "DELVA, June 3 - Quarry collapse at Delva.",
        "The miners union is saying 30 dead. Govt says only 9 died at Delva. Who do we believe?",
        "30", "9",
    ),
})
_OWN_PLACE_RIVALS_MISSED = {  # known misses of other stages
    "arrests-rivals": "'they held 45 in Lutovo' is read as no arrest",
    "town-council-vs-army": "'admitted four deaths' is read as no toll",
    "forum-rivals": "'the mayor keeps saying 8' takes the sentence before's 'activists' as its claimant",
    "injured-rivals": "'Medics … treated 210 wounded, they said' takes no claimant (then the report's own whole)",
    "again-wire-place-in-apposition": "'at least 25 staff had died' is read as no toll; 'At Morva itself' keeps 'itself' in the place",
}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=_OWN_PLACE_RIVALS_MISSED[c]))
        if c in _OWN_PLACE_RIVALS_MISSED
        else c
        for c in sorted(_OWN_PLACE_RIVALS)
    ],
)
def test_a_rivals_lower_figure_of_the_events_own_place_is_no_share(case: str) -> None:
    first, second, whole, part = _OWN_PLACE_RIVALS[case]
    groups = _aligned((first, "2027-06-03"), (second, "2027-06-03"))
    def holding(text: str) -> str | None:
        return next((g.id for g in groups for c in g.claims if c.text.split()[-1] == text and c.source == "r1"), None)
    assert holding(whole) is not None and holding(whole) == holding(part), (holding(whole), holding(part))


# dev26: a deployment's kind of force is read from the figure's own noun phrase. A second noun
# phrase joined with its own determiner or figure ('350 riot police and the army a company of
# 200') is another force, not a second kind of this one; two kind words in a row ('military
# police', 'army rangers') are one kind of their own; a unit of a kind counted in plain men
# ('an army company of roughly 200 men') is of that kind. Written before the change, not from
# any set (first run at main: 6/14 as expected).
FORCE_KINDS = [
    ("wire-and-the-army", "The interior ministry flew in 420 riot police and the army sent a battalion.", "420", "police"),
    ("plus-a-unit", "The governor says 275 gendarmes plus a squadron of the air force are on the ground.", "275", "gendarmerie"),  # (a gendarmerie is a kind of its own: group27)
    ("and-another-figure", "Officials sent 90 firefighters and about 40 soldiers to the dam.", "90", "rescue"),
    ("translation-and-the", "It has been decided the dispatch of 310 agents of the national police and the intervention of the army.", "310", "police"),
    ("headline-and-their", "Capital sends 800 troops and their armoured vehicles north", "800", "military"),
    ("compound-military-police", "Another 160 military police arrived from the capital on Friday.", "160", "military police"),
    ("compound-members-of", "The ministry said 75 members of the military police had joined them.", "75", "military police"),
    ("compound-army-rangers", "Some 220 army rangers were posted along the pipeline.", "220", "military paramilitary"),
    ("compound-list", "The deployment: 500 police, 120 military police, 620 in all.", "120", "military police"),
    ("unit-of-men", "The defence ministry moved an army battalion of about 600 men into the valley.", "about 600", "military"),
    ("unit-of-personnel", "A police detachment of nearly 90 personnel was sent to the camp.", "nearly 90", "police"),
    ("unit-forum", "They sent a company of soldiers, maybe 150 guys.", "150", None),
    ("joined-kinds-stay-whole", "About 2,000 police and soldiers patrolled the streets.", "2,000", None),
    ("joined-with-slash-one-kind", "Some 700 police/gendarmes were deployed.", "700", None),  # (police and gendarmes, two kinds joined since group27: the whole)
]


@pytest.mark.parametrize("case,sentence,figure,kind", FORCE_KINDS, ids=[c[0] for c in FORCE_KINDS])
def test_a_deployments_kind_is_its_own_noun_phrases(case: str, sentence: str, figure: str, kind: str | None) -> None:
    from claimcheck.match import force_kind, force_words

    claim = claim_in(sentence, figure, "deployed", "security")
    assert force_kind(claim, force_words()) == kind


# time28: a running count of arrests told up to now ('so far', 'to date', 'thus far', 'since 9
# March', 'have now') in reports of different days is one quantity, its timeline: not each
# report's day's arrests (in a story whose reports name arrests of two days: 'on Monday', 'on
# Wednesday night'). Written before the change, from no set (first run at main: 2/13 as
# expected: one control and the forum line). id -> (the later report's sentence, its figure, the earlier
# report's sentence, its figure, whether they are one group)
_MARCH = "About 5,000 people marched on the assembly in Kelso on Monday 9 March, organisers said. "
UP_TO_NOW = {
    "so-far-twice": ("Police have detained 64 people so far, a spokesman said.", "64",
                     "The interior ministry said 29 people had been detained so far.", "29", True),
    "to-date": ("The prosecutor's office says 88 protesters have been detained to date.", "88",
                "Lawyers counted 40 detentions to date.", "40", True),
    "thus-far": ("Thus far 57 demonstrators have been taken into custody, the police said.", "57",
                 "Officers have arrested 31 people thus far, the mayor told reporters.", "31", True),
    "since-a-date": ("We have now documented 112 detentions since 9 March, the bar association said.", "112",
                     "The bar association listed 70 detentions since 9 March.", "70", True),
    "since-the-ninth": ("Police said 95 people had been arrested since 9 March in Kelso.", "95",
                        "A total of 52 people were held, police said.", "52", True),
    "have-now": ("The rights league has now recorded 77 arrests across the region.", "77",
                 "The league had recorded 35 arrests, a spokeswoman said.", "35", True),
    "had-now": ("By its reckoning police had now detained 46 of the union's members.", "46",
                "The union said 30 of its members had been arrested so far.", "30", True),
    "until-now": ("Until now, 61 youths have been picked up by the police, the ombudsman said.", "61",
                  "Up to now 33 youths have been picked up, the ombudsman said.", "33", True),
    "forum-so-far": ("cops have nabbed like 90 ppl so far smh", "like 90",
                     "so far 45 arrested according to the lawyers", "45", True),
    "as-of-this-hour": ("As of this hour, 83 persons are reported detained by the authorities.", "83",
                        "The authorities reported 41 persons detained so far.", "41", True),
    "translated-until-today": ("The number of detained until now ascends to 66, according to the Prosecutor.", "66",
                               "The Prosecutor informed that 38 persons were detained to date.", "38", True),
    "control-a-days-count": ("Police detained 15 people on Wednesday alone, and 90 so far.", "15",
                             "Police said 60 people had been detained so far.", "60", False),
    "control-tuesday": ("On Tuesday officers arrested 18 people outside the court.", "18",
                        "Police have arrested 70 people so far, a spokesman said.", "70", False),
}


def _two_reports_arrests(later: str, earlier: str) -> dict[str, str]:
    sources = [
        Source(id="r1", text="KELSO, March 10 - " + _MARCH + "Police arrested 12 people on Monday. " + earlier, date="2026-03-10"),
        Source(id="r2", text="KELSO, March 12 - " + _MARCH + "Officers arrested 9 people on Wednesday night. " + later, date="2026-03-12"),
    ]
    groups = align([c for s in sources for c in parse(s)], home=event_home(sources))
    return {c.text: g.id for g in groups for c in g.claims if c.measure == "arrested"}


UP_TO_NOW_MISSES = {
    "have-now": "the earlier report's 'had recorded 35 arrests' names no day and no running word: its report's day",
}


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=UP_TO_NOW_MISSES[c])) if c in UP_TO_NOW_MISSES else c for c in UP_TO_NOW],
    ids=list(UP_TO_NOW),
)
def test_a_count_up_to_now_is_the_running_tally_not_its_reports_day(case: str) -> None:
    later, a, earlier, b, one = UP_TO_NOW[case]
    groups = _two_reports_arrests(later, earlier)
    assert a in groups and b in groups, groups
    assert (groups[a] == groups[b]) is one, groups


# time28: an ordinal day of the event ('on the second day', 'the first night', 'day three') in a
# report that names no span of the event is that day counted from the event's first day, the
# earliest day its reports date a gathering on: the crowd, force or arrests of that day, with the
# figures dated that day and apart from the other days'. Written before the change, from no set
# (first run at main: 7/14 as expected; a fifteenth, 'By the second day … 58 in all', a running
# count, added after the blind batch fell with the first version). The earlier report (10 March) dates Monday's march,
# Tuesday's second march, Monday's force and Monday night's arrests; the case's report is of
# 12 March. id -> (its sentence, its figure, figures in the same group, figures apart)
_ORDINAL_EARLIER = (
    "KELSO, March 10 - About 5,000 people marched on the assembly in Kelso on Monday 9 March, organisers said. "
    "Police said 1,200 officers were deployed on Monday. Police arrested 19 people on Monday night. "
    "On Tuesday, about 2,600 people marched again, police said. Police said 41 people had been arrested since Monday."
)
ORDINAL_DAYS = {
    "second-day-rival": ("On the second day, the union put the crowd at 3,400.", "3,400", ["about 2,600"], ["About 5,000"]),
    "second-day-of-protests": ("The second day of protests drew roughly 3,100 people, organisers said.", "roughly 3,100", ["about 2,600"], ["About 5,000"]),
    "first-day-crowd": ("About 4,800 people marched on the first day, police said.", "About 4,800", ["About 5,000"], ["about 2,600"]),
    "first-night-arrests": ("Police detained 23 people in the first night of the unrest.", "23", ["19"], ["41"]),
    "day-three": ("On day three, some 900 people rallied outside the court.", "some 900", [], ["About 5,000", "about 2,600"]),
    "force-second-day": ("About 2,000 officers were on duty on the second day.", "About 2,000", [], ["1,200"]),
    "force-first-day": ("Some 1,300 officers were deployed for the first day of the protests.", "Some 1,300", ["1,200"], []),
    "arrests-second-day": ("Thirty people were detained on the second day, police said.", "Thirty", [], ["19", "41"]),
    "label-day-two": ("Day two: 2,900 marchers, according to the union.", "2,900", ["about 2,600"], ["About 5,000"]),
    "fourth-night": ("On the fourth night, about 700 people gathered at the square.", "about 700", [], ["About 5,000", "about 2,600"]),
    "third-day-thinned": ("By the third day the crowd had thinned to 1,500, police said.", "1,500", [], ["About 5,000", "about 2,600"]),
    "third-evening": ("On the third evening some 1,100 people marched to the governor's office.", "some 1,100", [], ["About 5,000", "about 2,600"]),
    "control-by-the-second-day": ("By the second day of the protests, police had arrested 58 people in all.", "58", ["41"], ["19"]),
    "control-since-the-first-day": ("Since the first day of the protests, 96 people have been arrested.", "96", ["41"], ["19"]),
    "control-monday": ("Organisers said 5,000 people marched on Monday.", "5,000", ["About 5,000"], ["about 2,600"]),
}


@pytest.mark.parametrize("case", list(ORDINAL_DAYS), ids=list(ORDINAL_DAYS))
def test_an_ordinal_day_counts_from_the_events_first_gathering(case: str) -> None:
    told, figure, same, apart = ORDINAL_DAYS[case]
    sources = [
        Source(id="r1", text=_ORDINAL_EARLIER, date="2026-03-10"),
        Source(id="r2", text="KELSO, March 12 - " + told, date="2026-03-12"),
    ]
    groups = align([c for s in sources for c in parse(s)], home=event_home(sources))
    of = {f"{c.source}:{c.text}": g.id for g in groups for c in g.claims}
    assert f"r2:{figure}" in of, of
    assert all(of[f"r2:{figure}"] == of[f"r1:{x}"] for x in same), of
    assert all(of[f"r2:{figure}"] != of[f"r1:{x}"] for x in apart), of
