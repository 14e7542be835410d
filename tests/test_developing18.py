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
