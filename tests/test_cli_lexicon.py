"""CLI with a user lexicon, on the real parser: the user's words change the result; a bad
value is a usage error (exit 2) naming the file and the key; an unknown key is a warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import cli

ENV = {"COLUMNS": "80", "LINES": "50", "NO_COLOR": "1", "TERM": "dumb"}
TEXT = (
    "Three protesters were killed in the clashes, the interior minister tweeted.\n"
    "The army disputed any fatalities among the marchers.\n"
)


@pytest.fixture
def report(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(*args: str):
    result = CliRunner().invoke(cli.app, list(args), env=ENV)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def claims(result) -> list[tuple]:
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return [(r["measure"], r["subject"], r["qualifier"], r["value"], r["claimant"]) for r in rows]


def test_user_speech_and_denial_verbs_change_the_result(report: Path, tmp_path: Path):
    before = run("extract", str(report), "-f", "jsonl")
    assert before.exit_code == 0
    # the bundled lexicon knows 'tweeted' but not 'disputed': no denial without the user's words
    assert claims(before) == [("killed", "protesters", "exact", 3, "the interior minister")]
    words = tmp_path / "words.json"
    words.write_text(
        json.dumps({"speech_verbs": ["tweeted"], "denial": {"verbs": ["disputed"]}}),
        encoding="utf-8",
    )
    after = run("extract", str(report), "--lexicon", str(words), "-f", "jsonl")
    assert after.exit_code == 0, after.stderr
    assert after.stderr == ""
    assert claims(after) == [
        ("killed", "protesters", "exact", 3, "the interior minister"),
        ("killed", "protesters", "denial", 0, "The army"),
    ]


def test_a_speech_verb_the_bundled_lexicon_lacks(tmp_path: Path, report: Path):
    report.write_text("Two journalists were arrested, the union blogged.\n", encoding="utf-8")
    assert claims(run("extract", str(report), "-f", "jsonl")) == [
        ("arrested", "journalists", "exact", 2, None)
    ]
    words = tmp_path / "words.json"
    words.write_text(json.dumps({"speech_verbs": ["blogged"]}), encoding="utf-8")
    result = run("extract", str(report), "--lexicon", str(words), "-f", "jsonl")
    assert claims(result) == [("arrested", "journalists", "exact", 2, "the union")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            {"intervals": {"approx_fraction": "ten"}},
            "'intervals.approx_fraction' must be a number, not \"ten\"",
        ),
        ({"vague": {"dozens": 5}}, "'vague.dozens' must be a list of 2 numbers, not 5"),
        ({"speech_verbs": "tweeted"}, "'speech_verbs' must be a list of strings, not \"tweeted\""),
    ],
    ids=["string-for-number", "number-for-interval", "string-for-list"],
)
@pytest.mark.parametrize("command", ["extract", "compare"])
def test_bad_lexicon_value_exits_2(report: Path, command: str, content: dict, message: str):
    Path("bad.json").write_text(json.dumps(content), encoding="utf-8")
    result = run(command, str(report), "--lexicon", "bad.json")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"claimcheck: error: lexicon bad.json: {message}"]


def test_unknown_lexicon_key_warns_with_the_nearest_key(report: Path):
    Path("typo.json").write_text(json.dumps({"speach_verbs": ["blogged"]}), encoding="utf-8")
    result = run("extract", str(report), "--lexicon", "typo.json", "-f", "jsonl")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "claimcheck: warning: typo.json: unknown lexicon key 'speach_verbs' ignored "
        "(did you mean 'speech_verbs'?)"
    ]
    assert len(claims(result)) == 1  # the run goes on with the known keys


def groups(result) -> list[tuple]:
    data = json.loads(result.stdout)
    return [(g["id"], g["status"], [c["text"] for c in g["claims"]]) for g in data["groups"]]


def test_a_user_lexicon_reaches_the_grouping(tmp_path: Path, report: Path):
    """The matcher's quantity keys read the lexicon given with --lexicon (conflicts.keys_kept):
    a user's verb of passing through a place makes a crowd figure a count of its own, no
    rival of the gathering's."""
    report.write_text("Police said about 9,000 people marched through the square on Saturday.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Organisers said some 3,000 people rallied in the square on Saturday.\n", encoding="utf-8")
    before = run("compare", str(report), str(other), "-f", "json")
    assert before.exit_code == 0, before.stderr
    assert groups(before) == [("participants/people", "conflict", ["about 9,000", "some 3,000"])]
    words = tmp_path / "words.json"
    words.write_text(json.dumps({"grammar": {"passing_through": {"words": ["marched"]}}}), encoding="utf-8")
    after = run("compare", str(report), str(other), "--lexicon", str(words), "-f", "json")
    assert after.exit_code == 0, after.stderr
    assert groups(after) == [
        ("participants/people", "single", ["some 3,000"]),
        ("participants/people/passing-through", "single", ["about 9,000"]),
    ]


def test_a_user_denial_period_reaches_the_grouping(tmp_path: Path, report: Path):
    """A stretch of time a user adds to ``denial.periods`` limits a denial to it (none added
    then, no toll of none of the whole event), as the bundled ones do ('since midnight')."""
    report.write_text("Police said nobody had been killed during the curfew hours.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Doctors said 12 people were killed in the clashes.\n", encoding="utf-8")
    before = run("compare", str(report), str(other), "-f", "json")
    assert before.exit_code == 0, before.stderr
    assert groups(before) == [("killed/people", "conflict", ["nobody", "12"])]
    words = tmp_path / "words.json"
    words.write_text(json.dumps({"denial": {"periods": ["during the curfew hours"]}}), encoding="utf-8")
    after = run("compare", str(report), str(other), "--lexicon", str(words), "-f", "json")
    assert after.exit_code == 0, after.stderr
    assert [status for _, status, _ in groups(after)] == ["single", "single"]
