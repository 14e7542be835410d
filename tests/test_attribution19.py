"""Attribution on fresh text (issue 11, session 19): a trailing speaker followed by how, where or
when it spoke; a list label with the day or hour of its figure; an infobox bracket that names who
confirmed a figure or the day it counts to; a place that tallies its dead in a sentence closing
with its source; a role named by its body's possessive; a figure in a relative clause set off
after the subject of a speech verb; pasted updates, notes and statements introduced on the line
before; and 'the figures he cited'."""

from __future__ import annotations

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def claimants(text: str) -> dict[str, str | None]:
    """Each figure's words and its claimant (the last one of those words)."""
    return {c.text: c.claimant for c in extract_claims(Source(id="t", text=text))}


def test_a_trailing_speaker_with_how_or_when_it_spoke() -> None:
    got = claimants("Four of the eleven detained are under 16, a police spokeswoman confirmed in reply to our question.")
    assert got["Four"] == "a police spokeswoman"
    assert claimants("Officers have now arrested 21 people, the force confirmed this morning.")["21"] == "the force"
    got = claimants("The toll has reached 17, the governorship announced in written statement.")
    assert got["17"] == "the governorship"
    got = claimants("Two died at the scene, the brigade chief told reporters at a briefing outside the depot's main gate.")
    assert got["Two"] == "the brigade chief"


def test_a_trailing_speaker_never_takes_a_clause_after_it() -> None:
    text = "Army units detained two men at the border, and the coastguard said on Friday they had detained one man at sea."
    assert claimants(text)["two"] is None


def test_a_list_label_with_the_day_or_hour_of_its_figure() -> None:
    text = "Figures so far:\n- Governor's office, Mon night: 14 dead\n- Civil Protection, Tue 9 am: 21 dead\n"
    got = claimants(text)
    assert got["14"] == "Governor's office"
    assert got["21"] == "Civil Protection"


def test_an_infobox_bracket_names_who_confirmed_it_and_the_day_it_counts_to() -> None:
    text = "Casualties\nDeaths\t5 (confirmed by the coroner, 3 March)[2]\nInjuries\t40 (Regional Health Board, to 4 March)[3]\n"
    got = claimants(text)
    assert got["5"] == "the coroner"
    assert got["40"] == "Regional Health Board"


def test_a_cited_bracket_names_a_source_but_never_a_place() -> None:
    text = "Treated\t61 treated in hospital (Northern Care Trust)[4]\n"
    assert claimants(text)["61"] == "Northern Care Trust"
    text = "The crush happened in Mombasa. About 30 people were hurt in the crush (Mombasa)[3]\n"
    assert claimants(text)["About 30"] is None


def test_places_that_tally_in_a_sentence_closing_with_its_source() -> None:
    text = "Kiboga recorded four deaths, Mubende three and Mityana two, according to the ministry's daily bulletin."
    got = claimants(text)
    assert got["four"] == "the ministry"


def test_a_role_named_by_its_body_possessive() -> None:
    assert claimants("The centre's director said that nine people were hurt.")["nine"] == "The centre's director"
    assert claimants("The centre's roof said that nine people were hurt.")["nine"] is None
    text = "Two of the dead were found in a dormitory, according to the school's director, Amina Bello."
    assert claimants(text)["Two"] == "Amina Bello"  # (the name the role is apposed to)


def test_a_figure_in_an_aside_after_the_subject_of_a_speech_verb() -> None:
    text = "The city police, which had deployed some 400 officers along the route, put the crowd at 9,000."
    assert claimants(text)["some 400"] == "The city police"
    assert claimants("The army, which lost 12 soldiers in the ambush, withdrew from the town.")["12"] is None


def test_a_pasted_update_or_note_is_its_issuers() -> None:
    text = (
        "Posted 10:12\n\nFire Service update from this morning, copied from their page:\n\n"
        '"Crews worked through the night. Nine people were taken to hospital. The road remains closed."\n\nGrim.'
    )
    assert claimants(text)["Nine"] == "Fire Service"
    text = (
        "Posted 10:12\n\nAnd the Union's statement from their site, just out:\n\n"
        '"Our stewards recorded at least 30 people injured at the gates."\n\nGrim.'
    )
    assert "Union" in (claimants(text)["at least 30"] or "")  # (not 'Our stewards')


def test_read_also_links_are_no_speakers_turns() -> None:
    text = (
        "LAGOS: Floods left 12 people dead in the state, officials said on Monday.\n\n"
        "READ ALSO: Rains to continue\n\nREAD ALSO: Why the drains fail\n\n"
        "The governor's office had spoken of 9 deaths on Sunday night.\n"
    )
    assert claimants(text)["9"] == "The governor's office"


def test_the_figures_a_speaker_cited() -> None:
    text = (
        "The opposition deputy Ana Ruiz said she would ask the minister. "
        "According to the figures she cited, at least 310 workers died at work this year."
    )
    assert claimants(text)["at least 310"] == "The opposition deputy Ana Ruiz"
