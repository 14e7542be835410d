"""Attribution on fresh text (issue 11, session 18): a speaker at the sentence's end followed
by when it was said, tables whose columns count rather than name sources, the outlet's own
reporter's voice (no claimant), and a page's own labels."""

from __future__ import annotations

from claimcheck.entities import plausible
from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source


def claimants(text: str) -> dict[str, str | None]:
    """Each figure's words and its claimant."""
    return {c.text: c.claimant for c in extract_claims(Source(id="t", text=text))}


def test_a_trailing_speaker_then_when_it_was_said() -> None:
    got = claimants(
        "Twelve people were held overnight and four guards were hurt, two by stones, the prison "
        "service said in a statement issued shortly after dawn."
    )
    assert got["Twelve"] == "the prison service" and got["four"] == "the prison service"
    got = claimants("The toll has risen to 17, the regional governor announced on Monday after touring the wards.")
    assert got["17"] == "the regional governor"
    got = claimants("The toll has risen to 17, officials said before the storm hit the coast.")
    assert got["17"] == "officials"


def test_a_clause_after_the_figure_is_still_no_speaker() -> None:
    got = claimants("Forty people were hurt, the worst toll since the riots after the 2019 election.")
    assert got["Forty"] is None


def test_a_tables_counting_columns_name_no_source() -> None:
    text = (
        "Patients taken to hospital, as of Monday\n"
        "Hospital | Patients received | Admitted | Critical care\n"
        "Central Hospital | 31 | 12 | 4\n"
        "St Anne's Clinic | 8 | 2 | 0\n"
        "Total | 39 | 14 | 4\n"
    )
    got = extract_claims(Source(id="t", text=text))
    assert got and all(c.claimant is None for c in got)


def test_a_tables_source_columns_still_name_sources() -> None:
    text = (
        "Arrests, by source\n"
        "Date | Police | Lawyers\n"
        "3 May | 41 | 77\n"
        "4 May | 12 | 30\n"
    )
    who = claimants(text)
    assert who.get("41") == "Police" and who.get("77") == "Lawyers"


def test_the_outlets_own_reporter_is_no_claimant() -> None:
    got = claimants("Our reporter at the stadium gate says roughly 400 fans are still waiting outside.")
    assert got["roughly 400"] is None
    got = claimants("Our photographer, who stayed until midnight, estimated a crowd of 900 to 1,000.")
    assert all(c is None for c in got.values())
    got = claimants("Our own correspondent counted 35 ambulances leaving the site.")
    assert all(c is None for c in got.values())


def test_a_bodys_own_staff_still_speak_for_it() -> None:
    # 'our monitors', 'our volunteers' are the issuer's people, not a newsroom's
    got = claimants("Our monitors recorded 58 arrests in the capital.")
    assert got["58"] == "Our monitors"


def test_a_pages_own_label_is_no_speaker() -> None:
    lex = load_lexicon()
    assert not plausible("Read Also", lex) and not plausible("Key points", lex) and plausible("Key Witness Group", lex)
    got = claimants("READ ALSO: The last protest, in 2019, drew more than 2,000 people to the square.")
    assert all(c is None or "READ" not in c.upper() for c in got.values())


def test_who_was_told_is_no_channel_before_a_clause() -> None:
    got = claimants(
        "One of the two detained reporters, a stringer for a local radio station, told us he was "
        "beaten before being taken away."
    )
    assert all(c is None or "stringer" not in c for c in got.values())


def test_a_pronoun_after_our_reporter_takes_no_other_speaker() -> None:
    got = claimants(
        "Judge Ann Mold ordered 12 of the detainees held for a week.\n\n"
        "Our reporter on the square says a line of riot police has formed. She counts roughly "
        "300 protesters still sitting on the road."
    )
    assert got["roughly 300"] is None  # (not the judge named before)


def test_a_bodys_post_quoted_under_the_line_that_says_so() -> None:
    text = (
        "14:05\nThe fire brigade has posted this on its page:\n\n"
        '"Main burst on Kings Road contained. 3 workers injured. 40 homes evacuated."\n\n'
        "13:40\nTraffic is backed up to the ring road."
    )
    got = claimants(text)
    assert got.get("3") == "fire brigade"


def test_a_statements_key_points_listed_under_the_line_that_says_so() -> None:
    text = (
        "22:10\nThe Harbour Authority has put out its statement. Key points:\n"
        "• 12 people taken to hospital\n"
        "• 2 crew members injured, one seriously\n\n"
        "21:45\nWinds are still gusting at 90 km/h, we are told."
    )
    got = claimants(text)
    assert got.get("12") == "Harbour Authority" and got.get("2") == "Harbour Authority"


def test_a_line_of_prose_that_ends_with_a_colon_lends_no_speaker() -> None:
    text = "Witnesses described what they saw:\n\nAt least 40 people were hurt in the crush.\n"
    got = claimants(text)
    assert got.get("At least 40") is None


def test_translated_and_less_common_speech_verbs() -> None:
    got = claimants("The historian Ann Vale, writing from exile in 1988, argued that the toll might have reached 200.")
    assert got["200"] == "The historian Ann Vale"
    got = claimants("The medics of the guild, who treated the wounded all night, sustained that the wounded are 64 persons.")
    assert got["64"] == "The medics of the guild"
    got = claimants("Four of the injured were admitted to the city hospital, its director Omar Bah was quoted as saying.")
    assert got["Four"] == "its director Omar Bah"
    got = claimants("The strikers however counter that upward of 500 police surrounded the yard.")
    assert got["upward of 500"] == "The strikers"


def test_a_translations_organism_is_the_body_named_before() -> None:
    got = claimants(
        "The toll rose to 19 on Tuesday, as informed by the Civil Protection Agency in its third report. "
        "Eleven of the victims are women, the organism precised."
    )
    assert got["19"] == "the Civil Protection Agency"
    assert got["Eleven"] == "Civil Protection Agency"


def test_a_light_verb_with_a_noun_of_counting() -> None:
    got = claimants("The city's police chief, Commissioner Ana Ruiz, gave an attendance figure of 80,000 that evening.")
    assert got["80,000"] == "Commissioner Ana Ruiz"
    got = claimants("The ministry kept the death toll at nine in its fourth bulletin.")
    assert got["nine"] == "The ministry"
    got = claimants(
        "On Monday the interior secretary, Lev Orlo, said four people had died. "
        "The next day he raised the number of injured to 29 but kept the toll at four."
    )
    assert list(got.values())[-1] == "Lev Orlo"


def test_a_quoted_name_inside_a_relative_clause_is_no_quotation() -> None:
    got = claimants(
        "The Farmers' Union (FU), which called the \"March for Fair Prices\", said more than 9,000 "
        "farmers had taken part."
    )
    assert got["more than 9,000"] == "FU"
    got = claimants("\"At least 40 people died\", said the doctor.")
    assert got["At least 40"] == "the doctor"
