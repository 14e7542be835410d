"""Number phrases: digits, words, South Asian scales, ranges, qualifiers and their intervals.

Every table row is a sentence of our own with exactly one number phrase in it; the row gives the
phrase as it must be cut out of the sentence and the interval it stands for (issue 2's table).
"""

from __future__ import annotations

import pytest
from corpus import report_texts
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.lexicon import load_lexicon
from claimcheck.parse.numbers import find_quantities, parse_digits, parse_words

LEX = load_lexicon()
QUALIFIERS = {
    "exact",
    "approx",
    "at_least",
    "more_than",
    "up_to",
    "less_than",
    "range",
    "vague",
    "denial",
}


def xfail(*values: object, id: str, reason: str) -> object:
    return pytest.param(*values, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


def case(id: str, *values: object) -> object:
    return pytest.param(*values, id=id)


def consistent(q) -> None:
    """The interval agrees with the qualifier and the stated value."""
    assert q.qualifier in QUALIFIERS
    assert q.high is None or q.low <= q.high
    v = q.value
    if q.qualifier == "exact":
        assert q.low == q.high == v
    elif q.qualifier == "approx":
        assert q.low <= v <= q.high
    elif q.qualifier == "range":
        assert q.low == v < q.high
    elif q.qualifier == "vague":
        assert v is None
    elif q.qualifier in ("at_least", "more_than"):
        assert q.high is None
        assert v is None or q.low >= v
    elif q.qualifier in ("up_to", "less_than"):
        assert q.low == 0
        assert v is None or q.high <= v


def only_quantity(sentence: str):
    found = find_quantities(sentence, LEX)
    assert len(found) == 1, f"expected one number phrase, got {[q.text for q in found]}"
    q = found[0]
    assert sentence[q.start : q.end] == q.text
    consistent(q)
    return q


def check(sentence: str, text: str, value, low, high, qualifier: str) -> None:
    q = only_quantity(sentence)
    assert (q.text, q.value, q.low, q.high, q.qualifier) == (text, value, low, high, qualifier)


# --- parse_digits / parse_words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("num", "frac", "scale", "expected"),
    [
        case("plain", "450", None, None, 450),
        case("thousands-comma", "1,000", None, None, 1000),
        case("twenty-thousand", "20,000", None, None, 20000),
        case("million-commas", "1,250,000", None, None, 1250000),
        case("lakh-grouping", "5,00,000", None, None, 500000),
        case("twelve-lakh-grouping", "12,50,000", None, None, 1250000),
        case("4.5-million", "4", ".5", "million", 4500000),
        case("2-lakh", "2", None, "lakh", 200000),
        case("lakhs-capitalised", "2", None, "Lakhs", 200000),
        case("1.5-crore", "1", ".5", "crore", 15000000),
        case("3-thousand", "3", None, "thousand", 3000),
    ],
)
def test_parse_digits(num, frac, scale, expected):
    assert parse_digits(num, frac, scale) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("six", 6),
        ("Eleven", 11),
        ("twenty-one", 21),
        ("forty five", 45),
        ("a hundred", 100),
        ("a thousand", 1000),
        ("one hundred and five", 105),
        ("seven thousand", 7000),
        ("two lakh", 200000),
        ("three crore", 30000000),
        ("one crore twenty lakh", 12000000),
        ("hello", None),
        ("and", None),
    ],
    ids=lambda v: str(v).replace(" ", "_"),
)
def test_parse_words(words, expected):
    assert parse_words(words) == expected


# --- plain numbers in sentences ------------------------------------------------------------

PLAIN = [
    # (id, sentence, phrase, value)
    case("digits", "The ferry carried 450 passengers.", "450", 450),
    case("comma-thousands", "Rescuers pulled 1,000 survivors from the rubble.", "1,000", 1000),
    case("no-separator", "The stadium holds 1000 fans in the north stand.", "1000", 1000),
    case(
        "4.5-million", "Organisers expected 4.5 million pilgrims at Mecca.", "4.5 million", 4500000
    ),
    case("1-million", "Some cities saw 1 million marchers.", "1 million", 1000000),
    case("2-lakh", "The Kumbh fair drew 2 lakh devotees on Sunday.", "2 lakh", 200000),
    case("1.2-lakh", "Officials expected 1.2 lakh visitors.", "1.2 lakh", 120000),
    case("1.5-crore", "The state has 1.5 crore voters.", "1.5 crore", 15000000),
    case("5,00,000-grouping", "The ghats held 5,00,000 bathers at dawn.", "5,00,000", 500000),
    case("word-six", "The blaze trapped six firefighters.", "six", 6),
    case("word-capitalised", "Eleven miners were rescued.", "Eleven", 11),
    case("twenty-one-hyphen", "The blast trapped twenty-one miners.", "twenty-one", 21),
    case("twenty-one-space", "Twenty one sailors were missing.", "Twenty one", 21),
    case("a-hundred", "The quake flattened a hundred homes.", "a hundred", 100),
    case("a-thousand", "The fire displaced a thousand families.", "a thousand", 1000),
    case(
        "hundred-and-five",
        "The list named one hundred and five victims.",
        "one hundred and five",
        105,
    ),
    case("a-dozen", "Troops surrounded a dozen villages.", "a dozen", 12),
    case("half-a-dozen", "Half a dozen ambulances waited outside.", "Half a dozen", 6),
    case("two-lakh-words", "The camp sheltered two lakh refugees.", "two lakh", 200000),
    case("a-million-words", "The march drew a million people.", "a million", 1000000),
    case(
        "three-hundred-thousand",
        "Three hundred thousand fled the floods.",
        "Three hundred thousand",
        300000,
    ),
    pytest.param(
        "The rally drew half a million people.", "half a million", 500000, id="half-a-million"
    ),
    pytest.param("Police detained two dozen students.", "two dozen", 24, id="two-dozen"),
    pytest.param("Organisers say 10k people marched.", "10k", 10000, id="k-suffix"),
    pytest.param("Organisers say 6.5K people marched.", "6.5K", 6500, id="k-suffix-decimal"),
    # a thousands dot, as much of Europe writes it, and Portuguese/Spanish 'mil' (a whole number of
    # ten or more: an English '2 mil' may be millions)
    pytest.param("Police said 3.200 teachers marched in Faro.", "3.200", 3200, id="thousands-dot"),
    pytest.param("The union says 85 mil marched.", "85 mil", 85000, id="mil-thousand"),
    pytest.param("The poster said 2 mil marched.", "2", 2, id="small-mil-unscaled"),
    # a thousands space, as French, Hungarian, Polish or Russian pages write it
    pytest.param("The organisers said 120 000 people marched.", "120 000", 120000, id="thousands-space"),
    pytest.param("Police said 1 500 000 people marched.", "1 500 000", 1500000, id="thousands-spaces"),
    # a translated copy's thousands and hundreds ('7 mil 500' rendered word for word)
    pytest.param("The police deployed 4 thousand 200 agents.", "4 thousand 200", 4200, id="thousand-and-hundreds"),
    pytest.param("The union said 25 mil 300 marched.", "25 mil 300", 25300, id="mil-and-hundreds"),
    pytest.param("Police said 3 thousand 20-year-olds marched.", "3 thousand", 3000, id="thousand-then-an-age"),
    # a number word inside a word before the figure ('one' of 'alone', 'ten' of 'often') is
    # no number, and does not hide the figure after it
    pytest.param(
        "In Kano alone one hundred were held.", "one hundred", 100, id="after-alone"
    ),
    pytest.param("They had done two tours.", "two", 2, id="after-done"),
    pytest.param("They often saw ten a day.", "ten", 10, id="after-often"),
]


@pytest.mark.parametrize(("sentence", "phrase", "value"), PLAIN)
def test_plain_number_is_exact(sentence, phrase, value):
    check(sentence, phrase, value, value, value, "exact")


# --- ranges -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        case(
            "between-and",
            "Between 400 and 800 fishermen are missing.",
            "Between 400 and 800",
            400,
            800,
        ),
        case("hyphen", "The storm destroyed 400-800 huts.", "400-800", 400, 800),
        case("en-dash", "The storm destroyed 400–800 huts.", "400–800", 400, 800),
        case("to", "Witnesses counted 400 to 800 marchers.", "400 to 800", 400, 800),
        case(
            "between-thousands",
            "between 20,000 and 30,000 troops massed at the border",
            "between 20,000 and 30,000",
            20000,
            30000,
        ),
        case("words-or", "Two or three boats capsized.", "Two or three", 2, 3),
        case("approx-range", "Some 400-800 homes were flooded.", "Some 400-800", 400, 800),
        pytest.param(
            "Between two and three lakh pilgrims arrived.",
            "Between two and three lakh",
            200000,
            300000,
            id="between-two-and-three-lakh",
        ),
        pytest.param("The fair drew 2-3 lakh visitors.", "2-3 lakh", 200000, 300000, id="2-3-lakh"),
        pytest.param("More like 6-7k people marched.", "More like 6-7k", 6000, 7000, id="6-7k"),  # forum "like": about
        pytest.param(
            "The first police estimate was 2 to 3,000 marchers.", "2 to 3,000", 2000, 3000, id="2-to-3,000-shared"
        ),
        pytest.param(
            "Between 40 and 60,000 people filled the park.", "Between 40 and 60,000", 40000, 60000, id="40-and-60,000-shared"
        ),
        pytest.param("Officers counted 5 to 90,000 leaflets.", "5 to 90,000", 5, 90000, id="5-to-90,000-not-shared"),
        pytest.param("The hall seats 300 to 1,000 people.", "300 to 1,000", 300, 1000, id="300-to-1,000-not-shared"),
        pytest.param(
            "Two to three million people fled the war.",
            "Two to three million",
            2000000,
            3000000,
            id="two-to-three-million",
        ),
        pytest.param(
            "At the clinic we saw 60, maybe 70 wounded.", "60, maybe 70", 60, 70, id="witness-60-maybe-70"
        ),
        pytest.param(
            "Police arrested 12, possibly 15 people.", "12, possibly 15", 12, 15, id="12-possibly-15"
        ),
    ],
)
def test_range(sentence, phrase, low, high):
    check(sentence, phrase, low, low, high, "range")


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "low", "high", "qualifier"),
    [
        case(
            "vague-low-end-nearly-high-end",
            "The dead numbered between a few hundred and nearly 2,000.",
            "between a few hundred and nearly 2,000",
            None,
            200,
            2000,
            "vague",
        ),
        case(
            "vague-low-end-open-high-end",
            "Embassies cabled estimates of anywhere from a few hundred to well over 2,000.",
            "from a few hundred to well over 2,000",
            None,
            200,
            None,
            "at_least",
        ),
        case(
            "digit-low-end-nearly-high-end",
            "Officials said between 500 and nearly 1,000 people were held.",
            "between 500 and nearly 1,000",
            500,
            500,
            1000,
            "range",
        ),
        case(
            "spelled-with-digits-in-brackets",
            "Forty-one (41) people lost their lives.",
            "Forty-one (41)",
            41,
            41,
            41,
            "exact",
        ),
        case(
            "long-spelled-with-digits-in-brackets",
            "NLAF documented two hundred and fifteen (215) arrests.",
            "two hundred and fifteen (215)",
            215,
            215,
            215,
            "exact",
        ),
        case(
            "and-more-after-the-figure",
            'The van announced "a hundred thousand and more" at the rally.',
            "a hundred thousand and more",
            100000,
            100000,
            None,
            "at_least",
        ),
        case(
            "or-more-after-the-figure",
            "Police held 500 or more people.",
            "500 or more",
            500,
            500,
            None,
            "at_least",
        ),
        case(
            "or-so-after-the-figure",
            "Some say 40 or so people died.",
            "40 or so",
            40,
            36,
            44,
            "approx",
        ),
    ],
)
def test_range_with_vague_or_qualified_end(sentence, phrase, value, low, high, qualifier):
    """Issue 12, kinds 3 and 5: ranges with vague or spelled ends, number words with digits."""
    check(sentence, phrase, value, low, high, qualifier)


def test_descending_pair_is_not_a_range():
    found = find_quantities("The score was 800-400 at half time.", LEX)
    assert [(q.text, q.qualifier) for q in found] == [("800", "exact"), ("400", "exact")]


# --- qualifiers (issue 2 interval table) ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "low", "high", "qualifier"),
    [
        case(
            "around", "Around 450 villagers were evacuated.", "Around 450", 450, 405, 495, "approx"
        ),
        case("about", "The boat carried about 450 migrants.", "about 450", 450, 405, 495, "approx"),
        case(
            "approximately",
            "approximately 450 homes burned",
            "approximately 450",
            450,
            405,
            495,
            "approx",
        ),
        case("roughly", "Roughly 450 cars were towed.", "Roughly 450", 450, 405, 495, "approx"),
        case(
            "some",
            "The blaze left some 450 families homeless.",
            "some 450",
            450,
            405,
            495,
            "approx",
        ),
        case(
            "an-estimated",
            "An estimated 2,000 cattle drowned.",
            "An estimated 2,000",
            2000,
            1800,
            2200,
            "approx",
        ),
        case("close-to", "Close to 50 trucks were stranded.", "Close to 50", 50, 45, 55, "approx"),
        case("easily", "There were easily 100,000 people there.", "easily 100,000", 100000, 100000, None, "at_least"),  # a witness's floor
        case(
            "around-million",
            "around 4.5 million households lost power",
            "around 4.5 million",
            4500000,
            4050000,
            4950000,
            "approx",
        ),
        case(
            "about-lakh",
            "About 2 lakh tents were pitched.",
            "About 2 lakh",
            200000,
            180000,
            220000,
            "approx",
        ),
        case(
            "around-small-rounds-outward",
            "Around 15 boats sank.",
            "Around 15",
            15,
            13,
            17,
            "approx",
        ),
        case("nearly", "Nearly 1,000 homes collapsed.", "Nearly 1,000", 1000, 900, 1000, "approx"),
        case(
            "almost", "Almost 1,000 shops were looted.", "Almost 1,000", 1000, 900, 1000, "approx"
        ),
        case(
            "nearly-crore",
            "Nearly 1.5 crore ballots were cast.",
            "Nearly 1.5 crore",
            15000000,
            13500000,
            15000000,
            "approx",
        ),
        case(
            "almost-a-thousand",
            "almost a thousand tents",
            "almost a thousand",
            1000,
            900,
            1000,
            "approx",
        ),
        case("at-least", "At least 6 aftershocks followed.", "At least 6", 6, 6, None, "at_least"),
        case(
            "no-fewer-than",
            "No fewer than 6 bridges collapsed.",
            "No fewer than 6",
            6,
            6,
            None,
            "at_least",
        ),
        case(
            "at-least-a-dozen",
            "at least a dozen tremors",
            "at least a dozen",
            12,
            12,
            None,
            "at_least",
        ),
        case(
            "more-than",
            "More than 100 flights were cancelled.",
            "More than 100",
            100,
            101,
            None,
            "more_than",
        ),
        case("over", "Over 100 schools closed.", "Over 100", 100, 101, None, "more_than"),
        case(
            "upwards-of",
            "Upwards of 100 buses were torched.",
            "Upwards of 100",
            100,
            101,
            None,
            "more_than",
        ),
        case(
            "more-than-separators",
            "more than 1,500 wells dried up",
            "more than 1,500",
            1500,
            1501,
            None,
            "more_than",
        ),
        case(
            "over-a-hundred",
            "over a hundred tremors",
            "over a hundred",
            100,
            101,
            None,
            "more_than",
        ),
        case(
            "more-than-a-dozen",
            "more than a dozen fires",
            "more than a dozen",
            12,
            13,
            None,
            "more_than",
        ),
        case("well-over", "well over 200 shops", "well over 200", 200, 201, None, "more_than"),
        case(
            "more-than-two-lakh",
            "more than two lakh acres",
            "more than two lakh",
            200000,
            200001,
            None,
            "more_than",
        ),
        case("up-to", "Up to 20 aftershocks are expected.", "Up to 20", 20, 0, 20, "up_to"),
        case("at-most", "at most 20 boats", "at most 20", 20, 0, 20, "up_to"),
        case(
            "as-many-as", "As many as 300 houses collapsed.", "As many as 300", 300, 0, 300, "up_to"
        ),
        case(
            "fewer-than", "Fewer than 20 shops reopened.", "Fewer than 20", 20, 0, 19, "less_than"
        ),
        case("less-than", "Less than 20 wells still work.", "Less than 20", 20, 0, 19, "less_than"),
        case("under", "under 20 trucks got through", "under 20", 20, 0, 19, "less_than"),
        case("tilde", "~3k ppl at the polling station", "~3k", 3000, 2700, 3300, "approx"),
        case(
            "no-way-less-than", "no way it was less than 100k", "less than 100k", 100000, 100000, None,
            "at_least",
        ),
        case(
            "cant-have-been-fewer", "It can't have been fewer than 5,000 in the square.",
            "fewer than 5,000", 5000, 5000, None, "at_least",
        ),
        pytest.param(
            "Upward of 40,000 homes lost power.",
            "Upward of 40,000",
            40000,
            40001,
            None,
            "more_than",
            id="upward-of",
        ),
        case("n-odd", "40-odd people were injured.", "40-odd", 40, 40, None, "at_least"),
        case("just-under-is-near-the-figure", "Just under 2,000 people were arrested.", "Just under 2,000", 2000, 1800, 2000, "approx"),
        case("n-plus", "200-plus people were arrested.", "200-plus", 200, 200, None, "at_least"),
        case("n-space-plus", "The opposition says the actual count of deceased is 50 plus.", "50 plus", 50, 50, None, "at_least"),
        case("some-n-odd", "Some 40-odd people were injured.", "Some 40-odd", 40, 36, 44, "approx"),
        case("beyond", "Organisers reckoned the march went beyond 9,000 people.", "beyond 9,000", 9000, 9001, None, "more_than"),
        case("minimum", "The lawyers' list held minimum 60 names of detainees.", "minimum 60", 60, 60, None, "at_least"),
    ],
)
def test_qualifier_interval(sentence, phrase, value, low, high, qualifier):
    check(sentence, phrase, value, low, high, qualifier)


# --- vague magnitudes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high"),
    [
        case("dozens", "Dozens of boats were swept away.", "Dozens", 24, 99),
        case("scores", "The storm felled scores of trees.", "scores", 40, 99),
        case("several", "Several bridges collapsed.", "Several", 3, 9),
        case("a-few", "A few shops reopened.", "A few", 2, 5),
        case("hundreds", "Hundreds of homes were flooded.", "Hundreds", 200, 999),
        case("thousands", "Thousands of flights were grounded.", "Thousands", 2000, 9999),
        case(
            "tens-of-thousands",
            "Tens of thousands of acres burned.",
            "Tens of thousands",
            20000,
            99999,
        ),
        case(
            "hundreds-of-thousands",
            "Hundreds of thousands of households lost power.",
            "Hundreds of thousands",
            200000,
            999999,
        ),
    ],
)
def test_vague_magnitude(sentence, phrase, low, high):
    check(sentence, phrase, None, low, high, "vague")


@pytest.mark.parametrize(
    ("sentence", "phrase", "low", "high", "qualifier"),
    [
        case(
            "at-least-hundreds",
            "At least hundreds of homes burned.",
            "At least hundreds",
            200,
            None,
            "at_least",
        ),
        case(
            "more-than-dozens",
            "More than dozens of ships waited.",
            "More than dozens",
            24,
            None,
            "more_than",
        ),
        case(
            "up-to-thousands", "Up to thousands of birds died.", "Up to thousands", 0, 9999, "up_to"
        ),
    ],
)
def test_qualified_vague_magnitude_opens_the_interval(sentence, phrase, low, high, qualifier):
    check(sentence, phrase, None, low, high, qualifier)


# --- what is not a number phrase at this stage ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        case("clock-time", "The quake struck at 8:17 pm."),
        case("ordinal-words", "The Twenty-sixth Amendment passed."),
        case("percent", "Prices rose 5% after the floods."),
        case("age-hyphenated", "A 20-year-old driver was questioned."),
        case("place-code", "The market in sector E-9 was closed."),
        case("version", "Version 1.2.3 of the app crashed."),
        case("ordinal-digits", "Fans sang on the 26th of the month."),
        pytest.param("The government set aside a $5 million fund.", id="money-dollar-million"),
    ],
)
def test_no_number_phrase(sentence):
    assert [q.text for q in find_quantities(sentence, LEX)] == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        pytest.param("A 10,000-strong crowd filled the square.", "10,000", 10000, id="n-strong"),
    ],
)
def test_hyphenated_strength(sentence, phrase, value):
    q = only_quantity(sentence)
    assert (q.text, q.value) == (phrase, value)


# --- invariants over many sentences -----------------------------------------------------------

ALL_SENTENCES = [
    "Around 450 villagers and more than 1,000 cattle were evacuated in two or three days.",
    "Between 400 and 800 fishermen, including a dozen boys, are missing; at least 6 boats sank.",
    "Hundreds of thousands marched, up to 20 were hurt and fewer than 20 shops stayed open.",
    "The 2 lakh pilgrims, 1.5 crore voters and 5,00,000 bathers (some 400-800 a day).",
    "Nearly 1,000 homes, one hundred and five schools and twenty-one clinics collapsed.",
    "“Almost 1,000,” said the mayor, “and scores more, several dozens, tens of thousands.”",
]


@pytest.mark.parametrize("sentence", ALL_SENTENCES, ids=[f"mixed-{i}" for i in range(6)])
def test_spans_are_true_and_ordered(sentence):
    found = find_quantities(sentence, LEX)
    assert found
    last_end = -1
    for q in found:
        assert sentence[q.start : q.end] == q.text
        assert q.start >= last_end  # left to right, never overlapping
        last_end = q.end
        consistent(q)


TOKENS = [
    "around",
    "nearly",
    "at least",
    "more than",
    "up to",
    "fewer than",
    "between",
    "and",
    "to",
    "-",
    "a dozen",
    "dozens of",
    "hundreds",
    "thousands",
    "tens of thousands",
    "a few",
    "several",
    "450",
    "1,000",
    "5,00,000",
    "4.5 million",
    "2 lakh",
    "1.5 crore",
    "six",
    "twenty-one",
    "a hundred",
    "one hundred and five",
    "people",
    "were",
    "killed",
    ",",
    ".",
    "said",
    "police",
    "on",
    "8:17",
    "E-9",
    "26th",
    "$5",
    "20-year-old",
    "“",
    "”",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14), st.sampled_from([" ", "  ", "\n"])
)
def test_spans_are_true_for_any_text(tokens, sep):
    text = sep.join(tokens)
    found = find_quantities(text, LEX)
    ends = -1
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.start >= ends
        ends = q.end
        consistent(q)


def test_metres_words_come_from_the_lexicon(tmp_path):
    """'1m' is a million unless a word of the lexicon's ``metres_after`` follows ('200m away'):
    a user lexicon adds to those words."""
    import json

    from claimcheck.parse.numbers import find_numbers, fold

    text = "the 1m marched, 3m behind the barrier, 200m away"
    path = tmp_path / "words.json"
    path.write_text(json.dumps({"metres_after": ["behind"]}), encoding="utf-8")

    def values(lex):
        return [n.value for n in find_numbers(fold(text), 0, len(text), lex)]

    assert values(load_lexicon()) == [1_000_000, 3_000_000]
    assert values(load_lexicon(path)) == [1_000_000]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("In Germany hundreds were arrested.", "hundreds"),  # not 'many hundreds' inside 'Germany'
        ("In Germany thousands marched.", "thousands"),
        ("The company several hundred staff", "several hundred"),
    ],
    ids=["germany-hundreds", "germany-thousands", "plain"],
)
def test_a_vague_phrase_inside_a_word_hides_no_phrase_after_it(sentence: str, phrase: str):
    assert [q.text for q in find_quantities(sentence, LEX)] == [phrase]


def test_cue_between_is_a_find_of_each_cue() -> None:
    """parse.numbers.cue_between (the cues found once a text) tells what a find of each cue in
    the range tells, at every range of a few texts (overlapping cues, one at either end)."""
    from claimcheck.parse.numbers import cue_between

    cues = ("social media", "media", "rumour", "rumor", "whatsapp", "aa")
    for low in ["", "rumour", "a rumour on social media and whatsapp: rumours", "aaa media", "mediamedia rumor"]:
        for lo in range(len(low) + 2):
            for hi in range(lo, len(low) + 3):
                assert cue_between(low, cues, lo, hi) == any(low.find(c, lo, hi) >= 0 for c in cues), (low, lo, hi)
                for start in range(lo + 1):  # the cues found in a span holding the range only
                    for end in range(hi, len(low) + 3):
                        assert cue_between(low, cues, lo, hi, (start, end)) == any(
                            low.find(c, lo, hi) >= 0 for c in cues
                        ), (low, lo, hi, start, end)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("between three thousand and three thousand five hundred", [(3000, 3500)]),
        ("between two hundred and four hundred", [(200, 400)]),
        ("two hundred and fifteen", [(215, 215)]),
        ("a hundred and fifty thousand", [(150000, 150000)]),
        ("one thousand and five", [(1005, 1005)]),
        ("two million and three hundred thousand", [(2300000, 2300000)]),
    ],
)
def test_spelled_numbers_joined_by_and(text: str, values: list[tuple[int, int]]):
    """'and' inside one spelled number adds less than its scale; between two it joins a range."""
    found = find_quantities(f"Officials said {text} people came.", load_lexicon())
    assert [(q.low, q.high) for q in found] == values


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Some two and a half thousand miners walked out.", "two and a half thousand", 2500),
        ("Organisers counted 1 and a half million marchers.", "1 and a half million", 1_500_000),
        ("By police estimation 4 and half thousand people came.", "4 and half thousand", 4500),
    ],
)
def test_a_whole_number_and_a_half_of_a_scale(sentence, phrase, value):
    """'N and a half thousand' (a translation's 'N and half thousand') is N.5 thousand, not N."""
    q = [q for q in find_quantities(sentence, LEX) if q.text.endswith(phrase)]
    assert q and q[0].value == value


def test_and_a_half_without_a_scale_is_not_read_as_one():
    """'two and a half hours' has no scale after 'half': the number stays two."""
    assert [q.value for q in find_quantities("They marched for two and a half hours.", LEX)] == [2]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "low", "high", "qualifier"),
    [
        case("capital-m-plus", "Organisers: 4M+ on the route.", "4M+", 4_000_000, 4_000_000, None, "at_least"),
        case("capital-m-tilde-mark", "Police (final report) ~2.5M · drone count pending", "~2.5M", 2_500_000, 2_250_000, 2_750_000, "approx"),
        case("capital-m-range", "A drone study gave 1.1M-1.4M over the day.", "1.1M-1.4M", 1_100_000, 1_100_000, 1_400_000, "range"),
        case("capital-m-end", "Turnout was put at 3.2M.", "3.2M", 3_200_000, 3_200_000, 3_200_000, "exact"),
        case("decimal-comma-millones", "La Colectiva contó 1,1 millones (organizadoras).", "1,1 millones", 1_100_000, 1_100_000, 1_100_000, "exact"),
        case("decimal-comma-million", "A translated copy: about 1,5 million marched.", "about 1,5 million", 1_500_000, 1_350_000, 1_650_000, "approx"),
        case("decimal-comma-mil", "Según la policía, 2,5 mil personas.", "2,5 mil", 2500, 2500, 2500, "exact"),
        case("sign-at-least", "Casualty table: deaths ≥ 40 in the first week.", "≥ 40", 40, 40, None, "at_least"),
        case("sign-more-than", "Police said >1,000 people were arrested.", ">1,000", 1000, 1001, None, "more_than"),
        case("sign-less-than", "The monitors said <50 were held overnight.", "<50", 50, 0, 49, "less_than"),
        case("decimal-comma-thousand", "The ministry counted some 7,5 thousand marchers.", "some 7,5 thousand", 7500, 6750, 8250, "approx"),
        case("thousands-comma-thousand", "The archive lists 2,500 thousand entries.", "2,500 thousand", 2_500_000, 2_500_000, 2_500_000, "exact"),
        case("milhoes", "Os organizadores falam em 2 milhões.", "2 milhões", 2_000_000, 2_000_000, 2_000_000, "exact"),
        case("small-k-plus", "The union says 15K+ came.", "15K+", 15_000, 15_000, None, "at_least"),
    ],
)
def test_figures_written_short_or_translated(sentence, phrase, value, low, high, qualifier):
    """A capital 'M' closes a figure in millions whatever follows it ('4M+', '~2.5M ·',
    '1.1M-1.4M'); a decimal comma before a scale word is a translated copy's decimal ('1,1
    millones', '2,5 mil')."""
    check(sentence, phrase, value, low, high, qualifier)


def test_an_arrow_or_a_quote_mark_is_no_bound_sign():
    """'>' touching a figure is 'more than' ('>1,000'), but not an arrow's head ('->300') nor a
    mail quote's mark before a space ('> 300 people …')."""
    quals = {q.text: q.qualifier for q in find_quantities("The count went 12 ->300 in a day.\n> 300 people marched.", LEX)}
    assert quals and set(quals.values()) == {"exact"}
    assert [q.qualifier for q in find_quantities("Police said >1,000 were held.", LEX)] == ["more_than"]


@pytest.mark.parametrize(
    "sentence",
    [
        case("capital-m-compound", "The 3M-branded masks ran out."),
        case("small-m-metres-at-end", "The wall there is 2.5m."),
        case("decimal-comma-two-digits-mil", "The fee was 3,12 mil."),
        case("covid-code", "COVID-19 reached the camp."),
    ],
)
def test_short_or_translated_forms_that_are_no_figure(sentence):
    assert [q.text for q in find_quantities(sentence, LEX)] == []


# A forum's hedges (our own sentences): a bound after the figure ('800 tops', '300 max'), a
# stacked hedge whose first word sets the interval ('at least like 3k'), an '-ish' figure, and
# 'probably'. Each is an honest interval: 'tops' and 'max' bound it above, 'easily' and
# 'at least like' below, '-ish' and 'prob' are about.
@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "low", "high", "qualifier"),
    [
        case("tops-after", "The crowd was 15k tops, the organisers are exaggerating.", "15k tops", 15000, 0, 15000, "up_to"),
        case("maybe-tops", "Honestly maybe 800 tops were at the square.", "maybe 800 tops", 800, 0, 800, "up_to"),
        case("max-after", "Cops arrested 200 max, the rest walked home.", "200 max", 200, 0, 200, "up_to"),
        case("max-before", "Max 300 riot police on the bridge, I counted.", "Max 300", 300, 0, 300, "up_to"),
        case("at-most-after", "They detained 40 at most, said a lawyer at the station.", "40 at most", 40, 0, 40, "up_to"),
        case("at-the-very-most-after", "Turnout: 2,000 at the very most.", "2,000 at the very most", 2000, 0, 2000, "up_to"),
        case("maximum-after", "The hall held 900 people maximum.", "900", 900, 900, 900, "exact"),
        case("noun-then-tops", "I walked past at 3pm, 800 people tops, and half wore the same hat.", "800", 800, 0, 800, "up_to"),
        case("noun-comma-tops", "Walked past the gate twice. Maybe 800 people, tops.", "Maybe 800", 800, 0, 800, "up_to"),
        case("noun-unknown-then-max", "They sold 300 tickets max, the club said.", "300", 300, 300, 300, "exact"),
        case("at-least-like", "There were at least like 3k people on the boulevard, pics below.", "at least like 3k", 3000, 3000, None, "at_least"),
        case("over-like", "Over like 2k marchers on the bridge when I left.", "Over like 2k", 2000, 2001, None, "more_than"),
        case("easily-like", "Easily like 50,000 out there tonight.", "Easily like 50,000", 50000, 50000, None, "at_least"),
        case("maybe-like", "maybe like 500 people stayed for the speeches", "maybe like 500", 500, 450, 550, "approx"),
        case("ish-joined", "Probably 1200ish people at the rally by my count.", "Probably 1200ish", 1200, 1080, 1320, "approx"),
        case("ish-hyphen", "The march drew 600-ish people by dusk.", "600-ish", 600, 540, 660, "approx"),
        case("ish-k", "idk, 2kish people? it was packed", "2kish", 2000, 1800, 2200, "approx"),
        case("prob-before", "Prob 600 protesters stayed after dark.", "Prob 600", 600, 540, 660, "approx"),
        case("probably-before", "There were probably 4,000 on the march.", "probably 4,000", 4000, 3600, 4400, "approx"),
        case("shorthand-decimal-k", "I'd say 2.5k people showed up at the rally.", "2.5k", 2500, 2500, 2500, "exact"),
        case("shorthand-k-plus", "10k+ people marched through the centre on Saturday.", "10k+", 10000, 10000, None, "at_least"),
    ],
)
def test_forum_hedges(sentence, phrase, value, low, high, qualifier):
    """'maximum' after a figure stays outside ('900 people maximum' names the hall's size, no
    hedge of a count; the figure is read as written)."""
    check(sentence, phrase, value, low, high, qualifier)


def test_digit_runs_are_found_in_a_byte_per_character() -> None:
    """numbers._digit_runs (the runs of a byte per character, the pattern's own scan only over a
    run holding a character beyond Latin-1 or a '?') gives DIGIT_RUN's starts over the folded
    text, on every test report (from several places to several ends) and on random strings of
    digits, other scripts' digits, marks, and characters whose lower case is longer."""
    import random

    from claimcheck.parse.numbers import DIGIT_RUN, _digit_runs, fold

    texts = list(report_texts())
    rng = random.Random(26)
    alphabet = "12,.?٣۴ x-²İΣa\n’"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    for text in texts:
        low = fold(text)
        for lo, hi in ((0, len(text)), (1, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            want = [m.start() for m in DIGIT_RUN.finditer(low, lo, hi)]
            assert list(_digit_runs(text, low, lo, hi)) == want, (text[:80], lo, hi)


# A dateline under a headline: the day of the month, then the dateline's spaced dash, then the
# story's first figure. The day is no low end of a range with that figure. Written before the
# reader (first run at main: 7 of 12 gave a range from the day).
DATELINES = [
    ("TEMA, Ghana, March 3 - Twelve miners were killed when a shaft caved in.", "Twelve"),
    ("KISUMU, Kenya, June 14 - Forty people were injured in clashes with police.", "Forty"),
    ("DHAKA, Nov 9 – Police detained 300 opposition supporters.", "300"),
    ("LIMA, Peru, Aug. 21 — Eighteen protesters were arrested outside Congress.", "Eighteen"),
    ("MANILA, Oct 30 - Nine people died in floods, officials said.", "Nine"),
    ("ABUJA, Nigeria, Jan. 2 -- Twenty-five people were killed in an attack.", "Twenty-five"),
    ("BEIRUT, Lebanon, Sept 4 - 14 people were wounded in a blast.", "14"),
    ("TUNIS, April 8 - Seven journalists were detained overnight.", "Seven"),
    ("COLOMBO, Sri Lanka, Feb 26 - Sixty firefighters were sent to the blaze.", "Sixty"),
    ("KYIV, May 2 - 35 activists were held, the rights group said.", "35"),
    ("RABAT, Dec. 1 – 80 students were hurt in the sit-in.", "80"),
    ("OSLO, July 7 - 2,000 people marched through the city.", "2,000"),
]


@pytest.mark.parametrize(("sentence", "figure"), DATELINES)
def test_a_datelines_day_is_no_range_with_the_first_figure(sentence: str, figure: str) -> None:
    assert figure in [q.text for q in find_quantities(sentence, LEX)]
    assert not any(" - " in q.text or " – " in q.text or " — " in q.text for q in find_quantities(sentence, LEX))


def test_a_range_after_a_word_that_is_no_month_stays_a_range() -> None:
    assert [q.text for q in find_quantities("The Marines 3 - 5 were sent, between 40 - 60 in all.", LEX)][-1] == "40 - 60"


def test_word_stops_are_found_at_their_heads() -> None:
    """numbers._stop_places (the places of the heads' cue in a byte per character, the
    pattern matched there only) gives _word_stops' finditer over the folded text, on every
    test report (from several places to several ends) and on random strings of number words'
    pieces, white space, marks, digits and characters beyond Latin-1."""
    import random

    from claimcheck.parse.numbers import _lex, _stop_places, _word_stops, fold

    lex = _lex()
    stops = _word_stops(lex)
    texts = list(report_texts())
    rng = random.Random(26)
    pieces = ["a", "an", "dozen", "few", "one", "ten", "tens of", "thousand", "half", "hundreds", "score",
              "couple of", "many", "several", " ", "  ", "\n", "\u00a0", "-", "_", ",", "1", "x", "é", "Σ", "İ", "?", "K"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20000)]
    for text in texts:
        low = fold(text)
        for lo, hi in ((0, len(low)), (1, len(low)), (len(low) // 3, 2 * len(low) // 3)):
            first = max(lo - 1, 0)
            want = [m.start() for m in stops.finditer(low, first, hi)]
            assert _stop_places(low, first, hi, lex) == want, (text[:80], lo, hi)
