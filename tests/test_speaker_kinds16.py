"""Speaker kinds met on the blind sets of session 15 (issue 11), in invented text: a transcript
speaker whose bracket gives a long role; a question's 'you say N', which is the figure of the
one who answers; a list line's town with its square in brackets, which names no one; a post's
heading that names a body's communiqué over the lines of its figures."""

from __future__ import annotations

from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source

LEX = load_lexicon()


def claimants(text: str) -> dict[object, str | None]:
    return {c.value: c.claimant for c in extract_claims(Source(id="t", text=text))}


def test_a_transcript_speaker_with_a_long_role_in_brackets_speaks_his_turn():
    text = (
        "PRESENTER (MARTA SOLE): Good evening.\n\n"
        "MAJ. PAUL-HENRI DUVAL (ARMY SPOKESMAN, PRESS CONFERENCE, RECORDED): Eleven of our soldiers were hurt "
        "and forty people were detained.\n\n"
        "PRESENTER: Thank you.\n"
    )
    got = claimants(text)
    assert got[11] == got[40] == "Maj. Paul-Henri Duval"


def test_a_question_that_says_you_say_gives_the_figure_to_the_one_who_answers():
    text = (
        "ANCHOR: The union's leader Ana Ruiz joins us. Mrs Ruiz, you say forty were arrested.\n\n"
        "ANA RUIZ (UNION LEADER): We have the names of every one of them.\n\n"
        "ANCHOR: Thank you.\n"
    )
    assert claimants(text)[40] == "Ana Ruiz"


def test_a_town_with_its_square_in_brackets_is_no_claimant():
    text = (
        "PRESS RELEASE\nNational Police Headquarters\n\n"
        "The peak number of participants was estimated by our officers as follows:\n\n"
        "  * Tarnow (Rynek square): approx. 2,100 persons\n"
        "  * Sopron (Fo ter) (Várkerület utca): approx. 1,400 persons\n\n"
        "We thank the organisers for their cooperation. Our officers detained no one.\n"
    )
    got = claimants(text)
    assert got[2100] not in ("Rynek square", "Tarnow")
    assert got[1400] not in ("Várkerület utca", "Sopron")


def test_a_heading_naming_a_bodys_communique_gives_it_the_figures_below():
    text = (
        "City Watch\nchannel · 12,000 subscribers\n\n"
        "City Watch\n"
        "📄 ARMY COMMUNIQUÉ (army regional command, read by a spokesman):\n"
        "— 4 soldiers wounded\n"
        "— 12 arrests\n"
        "They deny firing on the crowd.\n"
    )
    got = claimants(text)
    assert got[4] == got[12] == "army regional command"
