"""Attribution on fresh text (issue 11, session 18, second round): a quotation that runs over
paragraphs keeps its speaker (never the subject of one of its sentences), a speaker who told it
by telephone, a part of a figure told by its number alone, and a statement whose title names its
issuer and then the town it was issued in."""

from __future__ import annotations

from claimcheck.entities import plausible
from claimcheck.extract import extract_claims
from claimcheck.lexicon import load_lexicon
from claimcheck.models import Source
from claimcheck.voice import issuer


def claimants(text: str) -> dict[str, str | None]:
    """Each figure's words and its claimant."""
    return {c.text: c.claimant for c in extract_claims(Source(id="t", text=text))}


def test_a_quotation_over_paragraphs_keeps_its_speaker() -> None:
    text = (
        '"We brought eight buses from the valley," the drivers\' leader, Tomas Reyes, said on Friday.\n\n'
        '"Twenty of our drivers were beaten. Children were pulled off the buses. And they say it was calm?\n\n'
        '"There were more than 600 riot police on the bridge."\n'
    )
    got = claimants(text)
    assert got["more than 600"] == "Tomas Reyes"  # not 'Children', the subject of a sentence quoted


def test_a_sentence_naming_no_body_lends_no_speaker_to_a_quotation() -> None:
    text = (
        "The rest were sent home by midnight, and the gates were shut.\n\n"
        '"Nine are still in intensive care."\n'
    )
    assert claimants(text)["Nine"] is None  # not 'The rest'


def test_a_sentence_naming_a_body_still_lends_it() -> None:
    text = "The mayor of the town, Ines Okafor, tells another story.\n\n" '"We have buried 14 people since Sunday."\n'
    assert "Ines Okafor" in (claimants(text)["14"] or "")


def test_told_by_telephone() -> None:
    got = claimants('"Nine of them are in intensive care," the hospital\'s director, Dr Lena Park, said by telephone.')
    assert got["Nine"] == "the hospital's director, Dr Lena Park"
    got = claimants("About 4,000 people joined the march, the organisers' spokesman said by phone from his office.")
    assert got["About 4,000"] == "the organisers' spokesman"


def test_a_part_of_the_figure_told_before_by_its_number() -> None:
    text = (
        "The toll from the mine flood has risen to five, the mining authority said. "
        "One of the five, a man in his forties, died in hospital on Sunday."
    )
    assert claimants(text)["One"] == "the mining authority"


def test_a_statement_title_names_its_issuer_then_its_town() -> None:
    lex = load_lexicon()
    text = (
        "STATEMENT OF THE TENANTS' ASSOCIATION OF 14 MILL ROAD, KARLOVO\n\n"
        "Karlovo, 3 March 2026\n\n"
        "We are the families of 14 Mill Road. Since the fire our association has counted 31 of our "
        "neighbours who were hurt, not the 12 the city speaks of. We ask that the list be made public.\n\n"
        "On behalf of the Tenants' Association,\nIvan Petrov, chair\n"
    )
    owner = issuer(Source(id="t", text=text), lex)
    assert owner is not None and "KARLOVO" not in owner and "ASSOCIATION" in owner
    assert plausible("The Tenants' Association of 14 Mill Road", lex)
    assert not plausible("a fire at 14 Mill Road", lex)


def test_an_infobox_items_source_in_brackets_before_its_citation_mark() -> None:
    got = claimants("Deaths\t9[2]\nNon-fatal injuries\t204 treated (Provincial Health Bureau)[3]; 260 (Red Crescent)[6]\n")
    assert got["204"] == "Provincial Health Bureau" and got["260"] == "Red Crescent"


def test_a_trailing_speaker_then_what_it_listed_after_a_colon() -> None:
    got = claimants("Among the dead are three children, the ministry's bulletin said: two boys of 9 and a girl of 11.")
    assert got["three"] == "the ministry"  # (its bulletin's maker)


def test_a_description_is_the_body_named_earlier_in_its_own_sentence() -> None:
    text = (
        "The Civil Protection Agency said 40 people were hurt. The agency later raised it to 44.\n\n"
        "Volunteers of the Red Crescent treated 52 people at the scene, the organisation's coordinator said.\n"
    )
    assert claimants(text)["52"] == "Red Crescent"
