"""Grouping on whole reports (issue 13, session 19b): an earlier month's or the year's own
figures, a village named back by its noun, a place with its district in brackets, a part told
by what its people are, and a bare answer to a part."""

from __future__ import annotations

from claimcheck.match import align
from claimcheck.models import Source
from claimcheck.situate import event_home, parse


def grouped(*reports: tuple[str, str | None]) -> dict[str, list[int | float]]:
    """Group id -> the figures (low ends) of its claims, for reports given as (text, date)."""
    sources = [Source(id=f"r{i}", text=text, date=day) for i, (text, day) in enumerate(reports)]
    claims = [c for s in sources for c in parse(s)]
    groups = align(claims, home=event_home(sources))
    return {g.id: sorted(c.quantity.low for c in g.claims) for g in groups}


def test_a_gathering_of_a_month_long_past_is_its_own_quantity() -> None:
    """A report of 16 March recalls the first march, 'in October', with two rival counts: that
    march's, not Saturday's crowd (police 3,500 and the organisers 8,000 stay one quantity)."""
    report = (
        "Police said about 3,500 people joined Saturday's march in Riverton, while the "
        "organisers said more than 8,000 took part.\n"
        "At their first march, in October, police estimated 1,200 people had taken part, "
        "while the organisers said more than 2,000 had.",
        "2027-03-16",
    )
    got = grouped(report)
    crowds = sorted(v for gid, v in got.items() if gid.startswith("participants"))
    assert [1080, 2001] in crowds  # (an estimate of 1,200: its low end)
    assert [3150, 8001] in crowds


def test_a_month_told_to_come_is_no_earlier_event() -> None:
    """'The union plans another march in October' says nothing of an earlier gathering: the
    crowd it expects is no figure of a past one."""
    report = (
        "About 3,000 people marched in Riverton on Saturday. The union plans another march in "
        "October and expects 10,000 people to attend.",
        "2027-03-16",
    )
    got = grouped(report)
    assert not any("/before" in gid for gid in got)


def test_last_month_of_a_year_ago_is_an_earlier_storm() -> None:
    """'Last July' in a report of June: the storm of eleven months before, not this one's toll."""
    report = (
        "Lightning strikes across the state killed 23 people on Tuesday, officials said.\n"
        "Last July, lightning killed nine people in a single evening in the eastern division.",
        "2026-06-17",
    )
    got = grouped(report)
    assert got.get("killed/people") == [23]
    assert [9] in [v for gid, v in got.items() if "/before" in gid]


def test_the_years_tally_so_far_is_not_the_events_toll() -> None:
    """Deaths 'in the first eight months of the year' count many accidents, not this one."""
    report = (
        "Twelve farm workers were killed when their minibus fell into a canal on Tuesday, the "
        "governor said. According to the union, at least 1,240 workers lost their lives in "
        "work accidents across the country in the first eight months of the year.",
        "2026-09-10",
    )
    got = grouped(report)
    assert got.get("killed/people") == [12]
    assert [1240] in [v for gid, v in got.items() if "/before" in gid]


def test_the_village_a_tally_names_back_is_that_villages_count() -> None:
    """'taking the number of dead from the village to six' after 'Kesra village': Kesra's
    count, apart from the state's toll of 27."""
    report = (
        "The death toll from Tuesday's lightning strikes has risen to 27, officials said. A "
        "woman who was hurt when lightning struck a tree at Kesra village in Dumka district "
        "died in hospital on Wednesday, taking the number of dead from the village to six.",
        "2026-06-18",
    )
    got = grouped(report)
    assert got.get("killed/people") == [27]
    assert [6] in [v for gid, v in got.items() if gid.endswith("/kesra")]


def test_a_place_with_its_district_in_brackets_opens_its_sentence() -> None:
    """'In Kesra (Dumka), where six women died under one tree': Kesra's dead."""
    report = (
        "We have verified 34 deaths in 12 districts of the state. In Kesra (Dumka), where six "
        "women died under one tree, the youngest was 17.",
        "2026-06-19",
    )
    got = grouped(report)
    assert [6] in [v for gid, v in got.items() if gid.endswith("/kesra")]
    assert not any(6 in v for gid, v in got.items() if gid == "killed/people")


def test_a_part_told_by_what_its_people_are_is_that_part() -> None:
    """'3 of our citizens who lost their lives are children': the children among the dead,
    compared with another report's 'Five of the dead were children'; and a bare 'Officials have
    said three.' after it answers that part, not the toll of eleven."""
    governor = (
        "Eleven of our citizens have lost their lives, the governor said. 3 of our citizens "
        "who lost their lives are children under the age of 18.",
        "2026-09-09",
    )
    union = (
        "The union said 12 workers had died. Five of the dead were children. The youngest was "
        "12 years old. Officials have said three.",
        "2026-09-09",
    )
    got = grouped(governor, union)
    assert got.get("killed/people/children") == [3, 3, 5]
    assert got.get("killed/people") == [11, 12]


def test_those_who_stayed_on_after_a_march_are_a_later_crowd() -> None:
    """'around 400 people stayed on after the final whistle' for a sit-in: a later, smaller
    crowd, no rival of the march's 3,500 and 8,000."""
    report = (
        "Police said about 3,500 people took part in Saturday's march, while the organisers "
        "said more than 8,000 had. Police say around 400 people stayed on after the final "
        "whistle for a sit-in in the car park.",
        "2027-03-14",
    )
    got = grouped(report)
    crowds = sorted(v for gid, v in got.items() if gid.startswith("participants"))
    assert crowds == [[360], [3150, 8001]]
