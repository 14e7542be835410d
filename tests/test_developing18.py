"""Developing stories (issue 13), session 18: a corrected toll is one claimant's revision, a
mourning gathering is not the protest's crowd, a figure for the other city of a story is that
city's, and a paragraph opening 'Meanwhile in <town>,' names the town its crowd is in."""

from __future__ import annotations

from claimcheck.match import align
from claimcheck.models import ClaimGroup, Source
from claimcheck.situate import event_home, parse


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
