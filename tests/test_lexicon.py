"""Lexicon: the bundled word lists load, and a user file extends them (new measures included)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.extract import extract_claims
from claimcheck.lexicon import LexiconError, load_lexicon
from claimcheck.models import Source


def test_bundled_lexicon_has_the_five_measures() -> None:
    lex = load_lexicon()
    assert set(lex.measures) == {"arrested", "killed", "injured", "participants", "deployed"}
    assert lex.subject_of["rangers"] == "security"
    assert lex.vague["tens of thousands"] == (20000, 99999)


def test_each_bundled_word_list_holds_each_word_once() -> None:
    """A word written twice in one list is a merge's leftover (two helpers adding the same
    wording): it changes nothing but hides what the list holds."""
    data = json.loads((Path(__file__).resolve().parent.parent / "claimcheck" / "data" / "lexicon.json").read_text())
    twice: list[tuple[str, str]] = []

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{path}.{key}" if path else key)
        elif isinstance(node, list):
            words = [w for w in node if isinstance(w, str)]
            twice.extend((path, w) for k, w in enumerate(words) if w in words[:k])

    walk(data, "")
    assert twice == []


def test_user_lexicon_adds_a_measure_and_a_subject(tmp_path: Path) -> None:
    extra = tmp_path / "words.json"
    extra.write_text(
        json.dumps(
            {
                "measures": {
                    "evacuated": {
                        "before": ["evacuated"],
                        "after": ["evacuated", "moved to safety"],
                    }
                },
                "subjects": {"people": ["evacuees", "families"]},
            }
        ),
        encoding="utf-8",
    )
    lex = load_lexicon(extra)
    text = "Officials said 4,500 families were evacuated. Rescuers evacuated 300 people from the valley."
    claims = extract_claims(Source(id="f", text=text), lex)
    assert [(c.measure, c.subject, c.value) for c in claims] == [
        ("evacuated", "people", 4500),
        ("evacuated", "people", 300),
    ]
    # the bundled lexicon does not know the measure
    assert extract_claims(Source(id="f", text=text)) == []


def test_user_lexicon_changes_intervals(tmp_path: Path) -> None:
    extra = tmp_path / "wide.json"
    extra.write_text(
        json.dumps({"intervals": {"approx_fraction": 0.2}, "vague": {"dozens": [13, 99]}})
    )
    lex = load_lexicon(extra)
    (c1,) = extract_claims(Source(id="a", text="Around 100 protesters were arrested."), lex)
    (c2,) = extract_claims(Source(id="b", text="Dozens of protesters were injured."), lex)
    assert (c1.low, c1.high) == (80, 120)
    assert (c2.low, c2.high) == (13, 99)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must hold a JSON object"),
        ('{"vague": {"dozens": 5}}', "'vague.dozens' must be a list of 2 numbers, not 5"),
        (
            '{"intervals": {"approx_fraction": "ten"}}',
            "'intervals.approx_fraction' must be a number",
        ),
        ('{"subjects": {"animals": "dogs"}}', "'subjects.animals' must be a list of strings"),
        (
            '{"measures": {"evacuated": {"after": [1]}}}',
            "'measures.evacuated.after' must be a list",
        ),
    ],
    ids=[
        "bad-json",
        "not-an-object",
        "number-for-interval",
        "string-for-number",
        "string-for-list-in-new-entry",
        "number-in-word-list-of-new-measure",
    ],
)
def test_bad_user_lexicon_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(bad)


def test_missing_user_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        load_lexicon(tmp_path / "nope.json")


@pytest.mark.parametrize(
    ("extra", "text", "without", "with_"),
    [
        pytest.param(
            {"speech_verbs": ["blogged"]},
            "Two journalists were arrested, the union blogged.",
            [("arrested", "journalists", 2, None, None)],
            [("arrested", "journalists", 2, "the union", "union")],
            id="speech_verbs",
        ),
        pytest.param(
            {"denial": {"verbs": ["disputed"]}},
            "The army disputed any fatalities among the marchers.",
            [],
            [("killed", "protesters", 0, "The army", "military")],
            id="denial.verbs",
        ),
        pytest.param(
            {"denial": {"after": {"arrested": ["jailed"]}}},
            "Officials said no protesters were jailed.",
            [],
            [("arrested", "protesters", 0, "Officials", "government")],
            id="denial.after",
        ),
        pytest.param(
            {"claimant_roles": {"hospital": ["coroner"]}},
            "The coroner said five people died.",
            [("killed", "people", 5, "The coroner", "other")],
            [("killed", "people", 5, "The coroner", "hospital")],
            id="claimant_roles",
        ),
        pytest.param(
            {"claimant_nouns": ["coroners"]},
            "In the city, coroners said five people died.",
            [("killed", "people", 5, None, None)],
            [("killed", "people", 5, "coroners", "other")],
            id="claimant_nouns",
        ),
        pytest.param(
            {"measures": {"arrested": {"after": ["spirited away"]}}},
            "Police said 40 protesters were spirited away.",
            [],
            [("arrested", "protesters", 40, "Police", "police")],
            id="measures.after",
        ),
        pytest.param(
            {"measures": {"arrested": {"before": ["frogmarched"]}}},
            "Police frogmarched 40 protesters.",
            [],
            [("arrested", "protesters", 40, None, None)],
            id="measures.before",
        ),
        pytest.param(
            {"grammar": {"time_words": {"words": ["dawn"]}}},
            "At dawn AFAD said 12 people were killed.",
            [("killed", "people", 12, None, None)],
            [("killed", "people", 12, "AFAD", "other")],
            id="grammar.time_words",
        ),
        pytest.param(
            {"grammar": {"label_words": {"words": ["bus"]}}},
            "Police said bus 40 protesters were arrested.",
            [("arrested", "protesters", 40, "Police", "police")],
            [],
            id="grammar.label_words",
        ),
        pytest.param(
            {"noun_measures": {"killed": ["casualties"]}},
            "Police said there were 40 casualties.",
            [],
            [("killed", "people", 40, "Police", "police")],
            id="noun_measures",
        ),
    ],
)
def test_every_documented_list_is_extended_by_a_user_lexicon(
    tmp_path: Path, extra: dict, text: str, without: list, with_: list
) -> None:
    path = tmp_path / "words.json"
    path.write_text(json.dumps(extra), encoding="utf-8")

    def found(lex):
        claims = extract_claims(Source(id="x", text=text), lex)
        return [(c.measure, c.subject, c.value, c.claimant, c.claimant_type) for c in claims]

    assert found(load_lexicon()) == without
    assert found(load_lexicon(path)) == with_


def test_unknown_keys_are_dropped_with_a_warning_naming_the_nearest(tmp_path: Path) -> None:
    path = tmp_path / "typos.json"
    path.write_text(
        json.dumps(
            {
                "speach_verbs": ["blogged"],
                "denial": {"verb": ["disputed"]},
                "vague": {"umpteen": [10, 99]},  # an open section: new entries are welcome
                "_doc": "notes are not keys",
            }
        ),
        encoding="utf-8",
    )
    lex = load_lexicon(path)
    assert lex.warnings == (
        "unknown lexicon key 'speach_verbs' ignored (did you mean 'speech_verbs'?)",
        "unknown lexicon key 'denial.verb' ignored (did you mean 'denial.verbs'?)",
    )
    assert lex.vague["umpteen"] == (10, 99)
    assert "blogged" not in lex.speech_verbs and "disputed" not in lex.speech_verbs
    assert load_lexicon().warnings == ()


@pytest.mark.parametrize(
    ("extra", "text", "field", "without", "with_"),
    [
        pytest.param(
            {"grammar": {"not_channels": {"words": ["viewers"]}}},
            "Two people were killed, the minister told viewers.",
            "via",
            ["viewers"],
            [None],
            id="grammar.not_channels",
        ),
        pytest.param(
            {"grammar": {"noun_forms": {"words": ["estimates"]}}},
            "The army denied media estimates that 12 people were killed.",
            "claimant",
            ["media"],
            ["The army"],
            id="grammar.noun_forms",
        ),
        pytest.param(
            {"grammar": {"time_adverbs": {"words": ["afterwards"]}}},
            "48 detained afterwards, police said.",
            "value",
            [],
            [48],
            id="grammar.time_adverbs",
        ),
        pytest.param(
            {"speakers": {"person_roles": ["coroner"]}},
            "Coroner Ann Lee confirmed the toll. Five people died, Lee said.",
            "claimant_id",
            ["coroner-ann-lee"],
            ["ann-lee"],
            id="speakers.person_roles",
        ),
        pytest.param(
            {"speakers": {"source_nouns": ["projections"]}},
            "According to projections from the health ministry, 40 people died.",
            "claimant",
            ["projections from the health ministry"],
            ["the health ministry"],
            id="speakers.source_nouns",
        ),
        pytest.param(
            {"grammar": {"force_heads": {"words": ["watch"]}}},
            "Officials said 180 ranks of the Civic Watch were detained.",
            "subject",
            [],
            ["security"],
            id="grammar.force_heads",
        ),
        pytest.param(
            {"speakers": {"account_channels": ["mastodon"]}},
            "Five people died in the fire, the fire brigade's Mastodon account said.",
            "claimant",
            ["the fire brigade's Mastodon account"],
            ["the fire brigade"],
            id="speakers.account_channels",
        ),
        pytest.param(
            {"grammar": {"document_heads": {"words": ["ledger"]}}},
            "The official ledger published by the fire brigade put the dead at 12.",
            "claimant",
            ["The official ledger"],
            ["the fire brigade"],
            id="grammar.document_heads",
        ),
        pytest.param(
            {"grammar": {"place_nouns": {"words": ["wards"]}}},
            "Turnout in the wards:\n\n- Brixton: 18,000\n- Hackney: 12,000",
            "claimant",
            ["Brixton", "Hackney"],
            [None, None],
            id="grammar.place_nouns",
        ),
        pytest.param(
            {"grammar": {"when_it_happened": {"words": ["toppled"]}}},
            "Officials said some 250 people were on the span when it toppled.",
            "scope",
            [None],
            ["incident: those inside"],
            id="grammar.when_it_happened",
        ),
        pytest.param(
            {"grammar": {"known_or_resident": {"places": ["hamlet"]}}},
            "Police said a hamlet of some 3,000 people are now on the road.",
            "value",
            [3000],
            [],
            id="grammar.known_or_resident",
        ),
    ],
)
def test_word_lists_moved_from_code_are_extended_by_a_user_lexicon(
    tmp_path: Path, extra: dict, text: str, field: str, without: list, with_: list
) -> None:
    """The lists the parser once kept in code read the user's words too."""
    path = tmp_path / "words.json"
    path.write_text(json.dumps(extra), encoding="utf-8")

    def found(lex):
        return [getattr(c, field) for c in extract_claims(Source(id="x", text=text), lex)]

    assert found(load_lexicon()) == without
    assert found(load_lexicon(path)) == with_


def test_a_user_org_word_makes_a_name_an_organisation(tmp_path: Path) -> None:
    """speakers.org_words, moved from code, reads the user's words too: 'Kano Syndicate' is
    two capitalised words, a person's name, until 'syndicate' is an organisation's noun."""
    from claimcheck.entities import kind_of

    path = tmp_path / "words.json"
    path.write_text(json.dumps({"speakers": {"org_words": ["syndicate"]}}), encoding="utf-8")
    assert kind_of("Kano Syndicate", load_lexicon()) == "person"
    assert kind_of("Kano Syndicate", load_lexicon(path)) == "org"


def test_a_user_org_last_word_makes_a_name_ending_so_an_organisation(tmp_path: Path) -> None:
    """speakers.org_last_words, moved from code, reads the user's words too: 'Coastal Wellness'
    is a body once 'wellness' ends a body's name, while 'Wellness Minister Ann Lee' (the word
    not last) stays a person; the bundled 'health' makes 'Island Health' a body."""
    from claimcheck.entities import kind_of

    path = tmp_path / "words.json"
    path.write_text(json.dumps({"speakers": {"org_last_words": ["wellness"]}}), encoding="utf-8")
    assert kind_of("Coastal Wellness", load_lexicon()) == "person"
    assert kind_of("Coastal Wellness", load_lexicon(path)) == "org"
    assert kind_of("Wellness Minister Ann Lee", load_lexicon(path)) == "person"
    assert kind_of("Island Health", load_lexicon()) == "org"


def _body_own(claim, lex):
    from claimcheck.conflicts import body_own

    return body_own(claim, lex)


def _passing_through(claim, lex):
    from claimcheck.conflicts import _passing_through

    return _passing_through(claim, lex)


@pytest.mark.parametrize(
    ("extra", "reader", "sentence", "figure", "measure", "without", "with_"),
    [
        pytest.param(
            {"grammar": {"body_own_people": {"words": ["vendors"]}}},
            _body_own,
            "The association says seven of its vendors died.",
            "seven",
            "killed",
            None,
            "vendor",
            id="grammar.body_own_people",
        ),
        pytest.param(
            {"grammar": {"passing_through": {"people": ["tourists"]}}},
            _passing_through,
            "They counted about 9,000 tourists passing through the square.",
            "about 9,000",
            "participants",
            False,
            True,
            id="grammar.passing_through",
        ),
    ],
)
def test_comparison_word_lists_moved_from_code_are_extended_by_a_user_lexicon(
    tmp_path: Path, extra: dict, reader, sentence: str, figure: str, measure: str, without, with_
) -> None:
    """The lists the grouping of claims once kept in code read the user's words too: each reader
    gives ``without`` with the bundled lexicon and ``with_`` with the user's words merged."""
    from claimcheck.models import claim_in

    path = tmp_path / "words.json"
    path.write_text(json.dumps(extra), encoding="utf-8")
    claim = claim_in(sentence, figure, measure)
    assert reader(claim, load_lexicon()) == without
    assert reader(claim, load_lexicon(path)) == with_


@pytest.mark.parametrize(
    ("extra", "text", "without", "with_"),
    [
        pytest.param(
            {"grammar": {"dying_words": {"words": ["expired"]}}},
            "At least 30 people were killed in the blast, police said. Nine of them expired at the scene, police said.",
            ["killed/people", "killed/people/part"],
            ["killed/people", "killed/people/died-at-the-scene"],
            id="grammar.dying_words",
        ),
        pytest.param(
            {"grammar": {"at_the_scene": {"roads": ["motorway"]}}},
            "At least 30 people were killed in the pile-up, police said. Nine of them were killed on the motorway, police said.",
            ["killed/people", "killed/people/part"],  # (a share of the larger count right before it, since parts26)
            ["killed/people", "killed/people/died-at-the-scene"],
            id="grammar.at_the_scene",
        ),
        pytest.param(
            {"grammar": {"generic_people": {"words": ["tourists"]}}},
            "At least 30 people were injured in the blast, police said. Six of the 30 tourists are in hospital, police said.",
            ["injured/people", "injured/people/tourists"],
            ["injured/people", "injured/people/part"],
            id="grammar.generic_people",
        ),
        pytest.param(
            {"grammar": {"not_kinds": {"words": ["tourists"]}}},
            "At least 30 people were killed in the blast, police said. Three of them were tourists, police said.",
            ["killed/people", "killed/people/tourist"],
            ["killed/people", "killed/people/part"],
            id="grammar.not_kinds",
        ),
        pytest.param(
            {"grammar": {"unnamed_people": {"words": ["supporters"]}}},
            "At least 70 supporters were injured, police said, and the hospital said it had taken 12 people to hospital.",  # (one sentence: a count taken to hospital in a sentence of its own is a part of its report's hurt since group25b, whatever the words)
            ["injured/people/hospitalised", "injured/protesters"],
            ["injured/protesters"],
            id="grammar.unnamed_people",
        ),
    ],
)
def test_grouping_word_lists_moved_from_code_are_extended_by_a_user_lexicon(
    tmp_path: Path, extra: dict, text: str, without: list, with_: list
) -> None:
    """The lists the grouping once kept in code read the user's words too: the groups' ids
    of one report's claims, aligned with the bundled lexicon and with the user's words merged."""
    from claimcheck.match import align

    path = tmp_path / "words.json"
    path.write_text(json.dumps(extra), encoding="utf-8")

    def groups(lex):
        return [g.id for g in align(extract_claims(Source(id="x", text=text), lex), lexicon=lex)]

    assert groups(load_lexicon()) == without
    assert groups(load_lexicon(path)) == with_
