"""Grouping (issue 13, session 19): the arrests of one day of a protest of several days are a
quantity apart from the total over its days, end to end (parse, situate, align)."""

from __future__ import annotations

from claimcheck.match import align
from claimcheck.models import Source
from claimcheck.situate import event_home, parse


def arrests(*reports: tuple[str, str | None]) -> dict[str, list[int | float]]:
    """Group id -> the figures (low ends) of its arrest claims, for reports given as (text, date)."""
    sources = [Source(id=f"r{i}", text=text, date=day) for i, (text, day) in enumerate(reports)]
    groups = align([c for s in sources for c in parse(s)], home=event_home(sources))
    return {g.id: sorted(c.quantity.low for c in g.claims) for g in groups if g.measure == "arrested"}


def test_a_days_arrests_are_apart_from_the_total_over_the_days() -> None:
    """The police's 35 of the Saturday night march, told again on Monday, against the lawyers'
    count 'over the two days' and the police's later 'total of 44': two quantities, the
    night's and the whole protest's, not one rising count."""
    saturday = (
        "TIRANA, May 9 - Police detained 35 people on Saturday night after a march of some 3,000 "
        "people against the new mining law ended in scuffles outside parliament.",
        "2026-05-09",
    )
    monday = (
        "TIRANA, May 11 - Lawyers for the protesters said 58 people had been arrested over the "
        "two days. Police, which had announced 35 arrests on Saturday night, said on Monday that "
        "a total of 44 people had been detained.",
        "2026-05-11",
    )
    got = arrests(saturday, monday)
    assert sorted(got.values()) == [[35, 35], [44, 58]]


def test_a_one_day_events_count_told_the_next_day_stays_one_quantity() -> None:
    """'47 people had been arrested by Thursday evening' and, on Friday, 'said on Friday that
    52 people had been arrested': a running count up to two times, not two days' arrests."""
    thursday = (
        "WINDHOEK, Aug 13 - Police said 47 people had been arrested by Thursday evening after "
        "clashes at a mine gate.",
        "2026-08-13",
    )
    friday = (
        "WINDHOEK, Aug 14 - The police said on Friday that 52 people had been arrested in "
        "connection with Thursday's clashes.",
        "2026-08-14",
    )
    got = arrests(thursday, friday)
    assert sorted(got.values()) == [[47, 52]]


def test_an_undated_lists_weekday_is_the_events_day_of_that_weekday() -> None:
    """A forum's undated list ('Detained Wed: 17 (police) / 22 (lawyers)') beside a live blog of
    Wednesday 7 October ('Police: 17 people detained in total today') and a count 'this week':
    Wednesday's arrests are one quantity, the week's another."""
    blog = (
        "Live: blockade at the ministry\n\nAbout 200 people blocked the entrance this morning.\n\n"
        "Police: 17 people detained in total today.\n\n"
        "Police say 21 people have been detained this week.",
        "2026-10-07",
    )
    forum = ("Thread: blockade numbers\n\n* Detained Wed: 17 (police) / 22 (lawyers)\n", None)
    got = arrests(blog, forum)
    assert sorted(got.values()) == [[17, 17, 22], [21]]


def test_a_tables_running_total_is_apart_from_the_days_count_beside_it() -> None:
    """A legal team's table with each day's arrests and the running total in one row: the
    running totals are one quantity, each day's count its day's (the first day's total is its
    count)."""
    table = (
        "Arrest tally from the camp's legal team. About 60 people have kept the road blocked.\n\n"
        "| Date | Arrested that day | Running total |\n|---|---|---|\n"
        "| Mon Nov 9 | 12 | 12 |\n| Tue Nov 10 | 6 | 18 |\n| Thu Nov 12 | 15 | 33 |\n\n"
        "That makes 33 people arrested in four days.",
        "2026-11-12",
    )
    got = arrests(table)
    assert sorted(got.values()) == [[6], [12, 12], [15], [18, 33, 33]]


def test_a_manhunts_recaptures_stay_one_running_count() -> None:
    """With no gathering told, arrests named on two days are the points of one running count
    (a prison break's recaptures: 'six recaptured on Sunday', 'by Monday 14'), not two days'."""
    sunday = ("CARACAS, May 10 - Six escaped inmates were recaptured on Sunday, police said.", "2026-05-10")
    monday = (
        "CARACAS, May 11 - Police said 14 inmates had been recaptured on Monday in the hills "
        "around the prison.",
        "2026-05-11",
    )
    got = arrests(sunday, monday)
    assert sorted(got.values()) == [[6, 14]], got
