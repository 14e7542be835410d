"""Attribution on fresh text (issue 11, session 17, second pass): fragments that are no
speaker, the sources 'according to' names with what follows them, people named with a role
and initials, groups of people as speakers, who gave the latest figures, a forum's pasted
statement, and passive clauses that are no speaker."""

from __future__ import annotations

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def claimants(text: str) -> dict[str, str | None]:
    """Each figure's words and its claimant."""
    return {c.text: c.claimant for c in extract_claims(Source(id="t", text=text))}


def test_a_verb_before_a_figure_is_no_gapped_speaker() -> None:
    # 'police made' and 'the police ARRESTED' are a clause's subject and verb, not a speaker
    # whose verb was left out ('the organisers 9,000')
    got = claimants("In the north, where 800 people watched on a big screen, police made nine arrests.")
    assert got.get("nine") != "police made"
    got = claimants('A post says: "Over 5000 people marched and the police ARRESTED MORE THAN 200!!!"')
    assert all(c is None or "ARRESTED" not in c for c in got.values())


def test_a_comparison_after_a_figure_names_the_other_figures_speaker() -> None:
    got = claimants(
        "Across the country we know of at least 240 people jailed for up to ten days, "
        "roughly twice what the interior ministry admits."
    )
    assert all(c is None or "twice" not in c for c in got.values())


def test_according_to_a_source_then_when_it_was_told() -> None:
    got = claimants(
        "Police cleared a similar sit-in in 2019, arresting 41 students, according to police "
        "figures cited in local newspapers at the time."
    )
    assert got["41"] is not None and "cited" not in got["41"] and "police" in got["41"]
    got = claimants(
        "A march on Friday was attended by 700 people according to the town police and by more "
        "than 1,900 according to the dockers' union."
    )
    assert got["700"] is not None and "union" not in got["700"]


def test_a_person_named_with_a_role_and_an_acronym_is_he_who_speaks_next() -> None:
    text = (
        "A council spokesman who asked not to be named said the council would update its figures.\n\n"
        "The traders give a higher count. Tomas Ferreira, chairman of the Riverside Market "
        "Traders Association (RMTA), told reporters that four of the group's members had died. "
        "He said at least 31 people had been hurt."
    )
    assert claimants(text)["at least 31"] == "Tomas Ferreira"


def test_an_organisation_named_after_a_full_stop_is_not_joined_to_the_sentence_before() -> None:
    text = (
        "Three of the injured were flown to the burns unit in Porto Alegre. The SITRAPORT, the union "
        "that represents the dock workers, put the number of injured at 23.\n\n"
        "A march to the port gate drew 600 people according to the police and more than 2,000 "
        "according to the union."
    )
    assert all(c is None or "Alegre" not in c for c in claimants(text).values())


def test_students_who_say_a_figure_are_its_speakers() -> None:
    got = claimants(
        "Some 300 officers took part, according to the police, though students said more than 600 "
        "officers had surrounded the campus."
    )
    assert got["more than 600"] == "students"


def test_who_gave_the_latest_figures_gives_the_next_sentences() -> None:
    got = claimants(
        "At a briefing at noon, the Director-General of Health, Dr Mele Sapolu, gave the latest "
        "figures. Twenty-six people have now been treated at the main hospital."
    )
    assert got["Twenty-six"] == "Dr Mele Sapolu"


def test_a_forums_pasted_statement_is_its_bodys() -> None:
    text = """#4  kiri_w · Sun 8 Mar 23:10
Pasting the Red de Vigilancia Ciudadana statement since their site is down:

> RED DE VIGILANCIA CIUDADANA - Statement, 8 March, 22:40
> Our volunteers watched six points of the march. As of this hour we have documented 31 detentions and 12 people injured.

#5  tom_r · Mon 9 Mar 08:00
Thanks for posting.
"""
    got = claimants(text)
    assert got["31"] == "Red de Vigilancia Ciudadana"
    assert got["12"] == "Red de Vigilancia Ciudadana"


def test_a_passive_clause_is_no_speaker() -> None:
    # 'identified' is a passive's verb here, not a speech verb whose subject is the clause
    got = claimants(
        "Most of those held were taken to a police station, identified and released, and 40 were "
        "fined, the North Prefecture told us. Five people spent the night in custody, it said."
    )
    assert got["Five"] == "the North Prefecture"


def test_the_announcement_came_from_the_one_the_next_sentence_names() -> None:
    text = (
        "Divers brought up two more bodies on Thursday, bringing the number of people killed in the "
        "ferry fire to nine.\n\n"
        "The announcement came from Ines Marr, the regional coastguard commander, at a briefing on the quay."
    )
    assert claimants(text)["nine"] == "Ines Marr"
    text = text.replace("The announcement came from Ines Marr", "The rain came from the west")
    assert claimants(text)["nine"] is None
