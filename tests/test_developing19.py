"""Developing stories (issue 13), session 19: what a long look back, a key-figures line, an undated
digest and a ministry's numbered release tell about time, parts and other events, so that a
toll rising over days is not read as a dispute with its own past."""

from __future__ import annotations

from pathlib import Path

from claimcheck import pipeline
from claimcheck.models import Claim, ClaimGroup, Source
from claimcheck.situate import parse


def compared(tmp_path: Path, *reports: tuple[str, str | None]) -> list[ClaimGroup]:
    """The groups of the reports, each a file dated by its name (or undated), compared as the
    stories they tell (as tests/test_developing.py does)."""
    for i, (text, day) in enumerate(reports):
        name = f"{i:02d}-report-{day}.txt" if day else f"{i:02d}-digest.txt"
        (tmp_path / name).write_text((f"Published {day}\n\n" if day else "") + text + "\n", encoding="utf-8")
    return list(pipeline.compare([str(tmp_path)], split=True).groups)


def conflicting(groups: list[ClaimGroup]) -> set[frozenset[str]]:
    """The figures (as written) of each conflicting pair."""
    return {frozenset((g.claims[a].text, g.claims[b].text)) for g in groups for a, b in g.conflicts}


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
