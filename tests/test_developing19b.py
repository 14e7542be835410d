"""Developing stories (issue 13), session 19b: a bare figure that answers the figure before it
('… reached 231', '… to 35') counts what its own clause names, when it names a count."""

from __future__ import annotations

from pathlib import Path

from claimcheck import pipeline
from claimcheck.extract import extract_claims
from claimcheck.models import Source


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


def conflicting(tmp_path: Path, *reports: tuple[str | None, str]) -> set[frozenset[str]]:
    """The figures (as written) of each conflicting pair, the reports compared as one story
    (a report without a day is an undated digest)."""
    for i, (day, text) in enumerate(reports):
        head = f"Published {day}\n\n" if day else ""
        (tmp_path / f"{i:02d}-report-{day or 'undated'}.txt").write_text(head + text + "\n", encoding="utf-8")
    groups = pipeline.compare([str(tmp_path)], split=True).groups
    return {frozenset((g.claims[a].text, g.claims[b].text)) for g in groups for a, b in g.conflicts}


def test_a_warning_of_what_the_toll_may_reach_is_no_count(tmp_path: Path) -> None:
    pairs = conflicting(
        tmp_path,
        ("2026-05-04", "A ferry capsized on Lake Kivu on Monday, killing 12 people, the navy said."),
        (None, "Lake Kivu ferry: navy says 19 dead, fishermen's union says at least 26. "
         "The navy says 19 people died when the ferry capsized; the fishermen's union says at "
         "least 26 drowned. A regional doctor has warned the toll could rise to 25."),
    )
    # the navy's 19 against the union's 26 is the dispute; the doctor's 25 is a forecast
    assert any("19" in pair and "at least 26" in pair for pair in pairs)
    assert not any("25" in pair for pair in pairs)
