"""--explain on the real parser: every claim says which rules set its subject, measure,
qualifier, scope and claimant, in every format (a ``rules`` field in JSON/JSONL/CSV, a line
under each claim in the tables); without it the output is as before."""

from __future__ import annotations

import csv
import io
import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from claimcheck import cli
from claimcheck.parse.rules import rule_ids

REPO = Path(__file__).resolve().parent.parent
ENV = {"COLUMNS": "120", "LINES": "50", "NO_COLOR": "1", "TERM": "dumb"}


@pytest.fixture(autouse=True)
def in_repo(monkeypatch):
    monkeypatch.chdir(REPO)


def run(*args: str):
    result = CliRunner().invoke(cli.app, list(args), env=ENV)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exit_code == 0, result.stderr
    return result


def claim_schema() -> jsonschema.Draft202012Validator:
    schema = json.loads(files("claimcheck").joinpath("data/report.schema.json").read_text())
    sub = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/claim"}
    return jsonschema.Draft202012Validator(sub)


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["here", "worker-pool"])
def test_extract_explain_jsonl_gives_every_claim_its_rules(jobs: str):
    rows = [
        json.loads(line)
        for line in run(
            "extract", "sources", "--explain", "-f", "jsonl", "-j", jobs
        ).stdout.splitlines()
    ]
    assert len(rows) > 40
    validator = claim_schema()
    for row in rows:
        validator.validate(row)
        assert row["rules"], row
        assert set(row["rules"]) <= rule_ids()
        kinds = [r.split("/")[0] for r in row["rules"]]
        assert kinds[-1] == "attribution"  # the claimant's rule, always (the report's voice too)
        assert "qualifier" in kinds and ("measure" in kinds or "denial" in kinds)


def test_extract_without_explain_has_no_rules_field():
    rows = [
        json.loads(line) for line in run("extract", "sources", "-f", "jsonl").stdout.splitlines()
    ]
    assert rows and all("rules" not in row for row in rows)


def test_explain_names_the_rule_behind_a_claimant(tmp_path: Path):
    """The fact-checker's question: which rule said '15,000' is the police's figure?"""
    report = tmp_path / "r.txt"
    report.write_text(
        "About 15,000 people marched, according to the police. "
        "The army disputed any fatalities among the marchers.\n",
        encoding="utf-8",
    )
    rows = [
        json.loads(line)
        for line in run("extract", str(report), "--explain", "-f", "jsonl").stdout.splitlines()
    ]
    assert [(r["text"], r["claimant"], r["rules"]) for r in rows] == [
        (
            "About 15,000",
            "the police",
            [
                "subject/head-noun",
                "measure/verb-after",
                "qualifier/approx",
                "attribution/own-according-to",
            ],
        )
    ]


def test_compare_explain_json_and_csv():
    doc = json.loads(run("compare", "sources", "--explain", "-f", "json").stdout)
    claims = [c for g in doc["groups"] for c in g["claims"]]
    assert claims and all(c["rules"] for c in claims)
    rows = list(
        csv.DictReader(io.StringIO(run("compare", "sources", "--explain", "-f", "csv").stdout))
    )
    assert len(rows) == len(claims)
    assert [r["rules"].split() for r in rows] == [c["rules"] for c in claims]
    plain = run("compare", "sources", "-f", "csv").stdout.splitlines()[0]
    assert "rules" not in plain.split(",")


def test_extract_explain_csv_has_a_rules_column():
    rows = list(
        csv.DictReader(io.StringIO(run("extract", "sources", "--explain", "-f", "csv").stdout))
    )
    assert rows and all(r["rules"].split() and " " in r["rules"] for r in rows)


@pytest.mark.parametrize("command", ["extract", "compare"])
def test_tables_show_a_rules_line_per_claim(command: str):
    claims = len(run("extract", "sources", "-f", "jsonl").stdout.splitlines())
    table = run(command, "sources", "--explain").stdout
    assert table.count("rules: ") == claims
    assert "rules: " not in run(command, "sources").stdout


def test_compare_explain_markdown_has_a_rules_column():
    doc = run("compare", "sources", "--explain", "-f", "markdown").stdout
    headers = [line for line in doc.splitlines() if line.startswith("| # | source")]
    assert headers and all(h.rstrip(" |").endswith("rules") for h in headers)
    assert "`attribution/" in doc
    assert "rules" not in run("compare", "sources", "-f", "markdown").stdout
