"""Who an interview's answers are (claimcheck/turns.py): an 'A:' turn is the one interviewed,
named in the text above the first question, however the introduction names them."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.models import Source


def case(id: str, *values: object) -> object:
    return pytest.param(*values, id=id)


def xfail(id: str, *values: object, reason: str) -> object:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


def _claimant_of(text: str, value: int) -> str | None:
    claims = [c for c in extract_claims(Source(id="t", text=text)) if c.value == value]
    assert len(claims) == 1, f"expected one claim of {value}, got {claims}"
    return claims[0].claimant


QA = "\n\nQ: How many people have been detained since Friday?\nA: So far we have detained 84 people in connection with the violence.\nQ: And your own officers?\nA: Eleven of our officers were hurt.\n"

# Session 29 (voice29), written before the fix: the interviewee introduced above a 'Q:'/'A:'
# layout as the subject of a sentence ('X, the police spokesperson, answered our questions'),
# after 'spoke to', 'talked with', 'we asked', 'we reached', or in a caption line ('Name, role'),
# not only after 'Interview with'. First run at main: 12/12 failed.
INTERVIEWEE_ABOVE = [
    case("qa-answered-our-questions", "Inspector Lerato Dlamini, the Gauteng police spokesperson, answered our questions on Sunday." + QA, 84, "Lerato Dlamini"),
    case("qa-spoke-to-us", "Colonel Ibrahim Sow, who commands the gendarmerie in Kayes, spoke to us by telephone." + QA, 84, "Ibrahim Sow"),
    case("qa-we-spoke-to", "We spoke to Superintendent Maria Kowalczyk of the city police on Monday evening." + QA, 11, "Maria Kowalczyk"),
    case("qa-talked-with", "The Courier talked with Deputy Commissioner Anan Chaiyaporn about the weekend's unrest." + QA, 84, "Anan Chaiyaporn"),
    case("qa-we-asked", "We asked the provincial police commander, Joseph Tamba, about the arrests." + QA, 84, "Joseph Tamba"),
    case("qa-caption-line", "THREE QUESTIONS TO\nRafael Duarte, spokesman of the Military Police\n" + QA, 84, "Rafael Duarte"),
    case("qa-sat-down-with", "Last week the Herald sat down with Chief Inspector Nomvula Khumalo at her office in Durban." + QA, 11, "Nomvula Khumalo"),
    case("qa-leads-then-we-spoke", "Hamid Rezaei heads the police in Zahedan province. We spoke to him on Tuesday." + QA, 84, "Hamid Rezaei"),
    case("qa-reached-by-phone", "Reached by phone, police spokeswoman Aigerim Nurlanovna agreed to answer a few questions." + QA, 11, "Aigerim Nurlanovna"),
    case("qa-headline-then-name", "'We arrested those who burned cars'\n\nCommissioner Peter Mwangi gave this interview to the Standard on Saturday." + QA, 84, "Peter Mwangi"),
    case("qa-role-name-told", "Police chief Dragan Petrović told the Gazette how the night unfolded." + QA, 11, "Dragan Petrović"),
    case("qa-interviewed-by", "Major Lucía Ferrer was interviewed by our correspondent in Valencia." + QA, 84, "Major Lucía Ferrer"),
]


@pytest.mark.parametrize(("text", "value", "want"), INTERVIEWEE_ABOVE)
def test_an_answer_is_the_interviewee_introduced_above(text: str, value: int, want: str) -> None:
    assert _claimant_of(text, value) == want


def test_a_question_and_answer_with_no_one_introduced_stays_no_ones() -> None:
    text = "Transcript of the briefing, 4 May." + QA
    assert _claimant_of(text, 84) is None


def test_an_answer_label_names_its_speaker_in_brackets() -> None:
    # session 30 (voice30): 'A (Jane Doe, union secretary):' is Jane Doe's, and so are the plain
    # 'A:' turns after it; the question's figure stays the questioner's relay
    text = (
        "INTERVIEW\n\nQ: Reports say 5,000 people turned out. Is that right?\n"
        "A (Jane Doe, union secretary): No, we counted at least 12,000 on the bridge alone.\n\n"
        "Q: And the police say 30 were hurt?\nA: No, 45 of our members were injured.\n"
    )
    assert _claimant_of(text, 12000) == "Jane Doe"
    assert _claimant_of(text, 45) == "Jane Doe"


# Session 31 (voice31): an interview page's key-facts box and headline above its introduction
# name people and places too; the answers are the one introduced right above the questions, and
# a rank after a body's name ('… Emergency Services Deputy Commissioner Maree Kolodziej') still
# leaves the name after it (set 110's radio Q&A: 'Wide Bay' of the headline answered before).
def test_the_introduction_right_above_the_questions_names_the_one_answering() -> None:
    text = (
        "Coast Radio | News\n\n'Not out of this yet': fire chief on the Wide Bay floods\n\n"
        "KEY FACTS\n• Bundaberg mayor Gino Dellacroce: \"at least seven\"\n\n"
        "Queensland Fire and Emergency Services Deputy Commissioner Maree Kolodziej spoke to our "
        "presenter on Tuesday morning." + QA
    )
    assert _claimant_of(text, 84) == "Maree Kolodziej"


def test_a_broadcast_transcripts_heading_is_no_forum_post() -> None:
    # 'TRANSCRIPT - Segment 1: …' read as a post's head dated 'Segment 1' gave the turns' figures
    # to 'TRANSCRIPT'
    text = (
        "NEWS24 - EVENING BULLETIN\nTuesday 17 November 2026, 21:00 (local time)\n"
        "TRANSCRIPT - Segment 1: Tariff protests, day four\n\n"
        "ANNA BEK (ANCHOR): Good evening. Joining us is Gulnara Seitkali of the committee.\n\n"
        "GULNARA SEITKALI (COMMITTEE): More than 200 of our people have been taken away.\n\n"
        "BEK: The ministry says the protests are fading.\n\nSEITKALI: They are not fading.\n\nBEK: Thank you.\n"
    )
    assert _claimant_of(text, 200) == "Gulnara Seitkali"


def test_a_speaker_a_turn_names_stays_after_it_is_resolved_to_a_name() -> None:
    # the anchor's 'the committee speaks of 40,000' is the committee's (resolved to the
    # spokeswoman the transcript named): not the anchor's, though her name is not in the turn
    text = (
        "ANNA BEK (ANCHOR): Joining us is Gulnara Seitkali of the Fair Tariff Committee.\n\n"
        "GULNARA SEITKALI (FAIR TARIFF COMMITTEE): They are not fading.\n\n"
        "BEK: Yerbol, the committee speaks of 40,000 protesters on Sunday. What should viewers believe?\n\n"
        "YERBOL KASSYMOV (ANALYST): Probably neither.\n\nBEK: Thank you.\n"
    )
    assert _claimant_of(text, 40000) not in (None, "Bek", "Anna Bek")


def test_a_named_interviewers_you_said_is_the_one_answering() -> None:
    # 'MBAYE: … You said 5,000.' / 'On Monday you said 300 people had been arrested?': the
    # interviewee's figures, not the presenter's nor 'You'
    text = (
        "Interview with Cheikh Sarr, spokesman of the coalition\n\n"
        "FATOU MBAYE: Good morning. On Monday you said 300 people had been arrested?\n\n"
        "CHEIKH SARR: No. On Monday we said over 200.\n\n"
        "MBAYE: The gendarmerie puts the crowd at 2,000. You said 5,000.\n\n"
        "SARR: More than five thousand. I stand by it.\n\nMBAYE: Thank you.\n"
    )
    assert _claimant_of(text, 300) == "Cheikh Sarr"
