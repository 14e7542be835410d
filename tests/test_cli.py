"""CLI: formats, streams and exit codes, with a stand-in parser so results are predictable."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from claimcheck import cli, pipeline
from claimcheck.models import Claim, Quantity, Source
from claimcheck.render.csv_ import CLAIM_FIELDS, COMPARE_FIELDS

ENV = {"COLUMNS": "80", "LINES": "50", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}
ANSI = re.compile(r"\x1b\[")
NUMBER = re.compile(r"\d[\d,]*")


def fake_extract_claims(source: Source, lexicon: object | None = None) -> list[Claim]:
    """Every digit run in the body is an 'arrested people' claim; '+' after it = unbounded."""
    claims = []
    for m in NUMBER.finditer(source.text, source.body_start):
        value = int(m.group().replace(",", ""))
        unbounded = source.text[m.end() : m.end() + 1] == "+"
        q = Quantity(m.group(), m.start(), m.end(), value, value, None if unbounded else value,
                     "at_least" if unbounded else "exact")  # fmt: skip
        line = source.text.count("\n", 0, m.start()) + 1
        claims.append(
            Claim(source.id, source.path, source.date, "arrested", "people", q, line,
                  sentence=source.text, claimant="police", claimant_type="official")
        )  # fmt: skip
    return claims


@pytest.fixture(autouse=True)
def stand_in_parser(request, monkeypatch):
    if "bundled" in request.fixturenames:
        return  # the test runs the real parser on the bundled sources
    monkeypatch.setattr(pipeline, "extract_claims", fake_extract_claims)
    monkeypatch.setattr(pipeline, "load_lexicon", lambda path=None: None)


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """Two good reports in tmp_path/reports; the working directory is tmp_path."""
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text("date 2024-11-27 Police arrested 450 protesters.\n")
    (reports / "b.md").write_text("Officials said 1,000+ were held.\nLater 954 were charged.\n")
    monkeypatch.chdir(tmp_path)
    return reports


def run(*args: str, input: str | bytes | None = None, env: dict | None = None):
    result = CliRunner().invoke(cli.app, list(args), input=input, env={**ENV, **(env or {})})
    assert "Traceback" not in result.stdout + result.stderr
    return result


def stderr_lines(result) -> list[str]:
    lines = result.stderr.splitlines()
    assert all(line.startswith("claimcheck: ") for line in lines), lines
    return lines


CLAIM_SCHEMA = {
    "type": "object",
    "required": list(CLAIM_FIELDS),
    "additionalProperties": False,
    "properties": {
        **{f: {"type": ["string", "null"]} for f in CLAIM_FIELDS},
        **{f: {"type": ["number", "null"]} for f in ("value", "high")},
        **{f: {"type": "number"} for f in ("low",)},
        **{f: {"type": "integer"} for f in ("start", "end", "line")},
        **{f: {"type": "string"} for f in ("source", "measure", "subject", "qualifier", "text")},
    },
}


def parse_json(out: str) -> list[dict]:
    doc = json.loads(out)
    assert set(doc) == {"schema_version", "sources", "claims", "problems"}
    return doc["claims"]


def parse_jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def parse_csv(out: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames) == CLAIM_FIELDS
    return [{k: (v if v != "" else None) for k, v in row.items()} for row in reader]


@pytest.mark.parametrize(
    "fmt, parse",
    [
        pytest.param("json", parse_json, id="json"),
        pytest.param("jsonl", parse_jsonl, id="jsonl"),
        pytest.param("csv", parse_csv, id="csv"),
    ],
)
def test_machine_formats_carry_only_data(corpus, fmt, parse):
    result = run("extract", "reports", "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    claims = parse(result.stdout)
    assert [(c["source"], c["text"]) for c in claims] == [
        ("a", "450"), ("b", "1,000"), ("b", "954"),
    ]  # fmt: skip
    if fmt != "csv":
        for claim in claims:
            jsonschema.validate(claim, CLAIM_SCHEMA)
        assert claims[1]["high"] is None and claims[1]["low"] == 1000
    assert claims[2]["line"] in (2, "2")


def test_offsets_point_into_the_file(corpus):
    claims = parse_json(run("extract", "reports", "-f", "json").stdout)
    for c in claims:
        text = (corpus.parent / c["path"]).read_text(encoding="utf-8")
        assert text[c["start"] : c["end"]] == c["text"]


def test_csv_matches_claim_fields():
    q = Quantity("6", 0, 1, 6, 6, None, "at_least")
    assert tuple(Claim("s", None, None, "killed", "people", q, 1, "").to_dict()) == CLAIM_FIELDS


def plain_80_columns(result, parts: tuple[str, ...]) -> str:
    """The stdout of a good run: no colour, no line over 80 columns, with each of ``parts``."""
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    assert not ANSI.search(out)
    assert all(len(line) <= 80 for line in out.splitlines())
    for part in parts:
        assert part in out
    return out


def test_table_is_readable_at_80_columns(corpus):
    out = plain_80_columns(
        run("extract", "reports"),
        ("source", "date", "scope", "interval", "[450, 450]", "[1000, ∞]", "2024-11-27", "police",
         "(official)"),
    )  # fmt: skip
    assert out.rstrip().endswith("3 claims in 2 sources")


def test_table_with_a_long_claimant_stays_within_80_columns(monkeypatch, corpus):
    def long_claimant(source, lexicon=None):
        return [
            Claim(**{**c.__dict__, "claimant": "Islamabad Police Inspector General Ali Nasir Rizvi"})
            for c in fake_extract_claims(source)
        ]  # fmt: skip

    monkeypatch.setattr(pipeline, "extract_claims", long_claimant)
    out = run("extract", "reports").stdout
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "Rizvi" in out


@pytest.mark.parametrize(
    "env, coloured",
    [
        pytest.param({"FORCE_COLOR": "1", "TERM": "xterm"}, True, id="forced"),
        pytest.param({"FORCE_COLOR": "1", "TERM": "xterm", "NO_COLOR": "1"}, False, id="no-color"),
        pytest.param({}, False, id="not-a-terminal"),
    ],
)
def test_colour(corpus, env, coloured):
    out = run("extract", "reports", env=env).stdout
    assert ("\x1b[36m" in out) is coloured  # the cyan of the source column


def test_no_claims_table_says_so(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("No numbers here.\n")
    monkeypatch.chdir(tmp_path)
    result = run("extract", "a.txt")
    assert result.exit_code == 0 and result.stdout.strip() == "0 claims in 1 source"


def test_default_path_is_sources_dir(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "r.txt").write_text("Police arrested 12.\n")
    monkeypatch.chdir(tmp_path)
    assert [c["source"] for c in parse_jsonl(run("extract", "-f", "jsonl").stdout)] == ["r"]


@pytest.mark.parametrize(
    "files, args, code, out_sources, messages",
    [
        pytest.param(
            {}, ["missing.txt"], 2, None,
            ["claimcheck: error: missing.txt: no such file or directory",
             "claimcheck: error: no sources to read"],
            id="missing-path-alone",
        ),
        pytest.param(
            {}, ["reports", "missing.txt"], 2, ["a", "b"],
            ["claimcheck: error: missing.txt: no such file or directory"],
            id="missing-path-with-good-files",
        ),
        pytest.param(
            {"empty/": None}, ["empty"], 2, None,
            ["claimcheck: error: empty: no sources found (no .txt, .md, .html or .htm files)",
             "claimcheck: error: no sources to read"],
            id="empty-dir",
        ),
        pytest.param(
            {"empty/": None}, ["reports", "empty"], 2, ["a", "b"],
            ["claimcheck: error: empty: no sources found (no .txt, .md, .html or .htm files)"],
            id="empty-dir-with-good-files",
        ),
        pytest.param(
            {"blob.txt": b"\x7fELF\x02\x01\x00\x00"}, ["reports", "blob.txt"], 0, ["a", "b"],
            ["claimcheck: warning: blob.txt: skipped: binary file (NUL bytes)"],
            id="binary-file-skipped",
        ),
        pytest.param(
            {"blob.txt": b"\x7fELF\x02\x01\x00\x00"}, ["blob.txt"], 2, None,
            ["claimcheck: warning: blob.txt: skipped: binary file (NUL bytes)",
             "claimcheck: error: no sources to read"],
            id="only-a-binary-file",
        ),
        pytest.param(
            {"latin.txt": "Caf\xe9 owner: 12 injured.".encode("latin-1")},
            ["reports", "latin.txt"], 0, ["a", "b", "latin"],
            ["claimcheck: warning: latin.txt: not UTF-8; decoded as cp1250 "
             "(detected by charset-normalizer)"],
            id="non-utf8-file-still-read",
        ),
        pytest.param(
            {"blank.md": b"\n  \n"}, ["blank.md", "reports"], 0, ["a", "b"],
            ["claimcheck: warning: blank.md: skipped: empty file"],
            id="empty-file-skipped",
        ),
    ],
)  # fmt: skip
def test_input_problems(corpus, files, args, code, out_sources, messages):
    for name, content in files.items():
        target = corpus.parent / name
        if name.endswith("/"):
            target.mkdir()
        else:
            target.write_bytes(content)
    result = run("extract", *args, "-f", "json")
    assert result.exit_code == code
    assert stderr_lines(result) == messages
    if out_sources is None:
        assert result.stdout == ""
    else:
        claims = parse_json(result.stdout)
        assert sorted({c["source"] for c in claims}) == out_sources
        assert len(json.loads(result.stdout)["problems"]) == len(messages)


def test_output_file(corpus, tmp_path):
    target = tmp_path / "out.csv"
    result = run("extract", "reports", "-f", "csv", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert len(parse_csv(target.read_text(encoding="utf-8"))) == 3


def test_output_table_file_has_no_colour(corpus, tmp_path):
    target = tmp_path / "out.txt"
    assert run("extract", "reports", "-o", str(target), env={"FORCE_COLOR": None}).exit_code == 0
    assert "[450, 450]" in target.read_text(encoding="utf-8")


def test_output_dash_is_stdout(corpus):
    result = run("extract", "reports", "-f", "jsonl", "-o", "-")
    assert result.exit_code == 0 and len(parse_jsonl(result.stdout)) == 3


def test_unwritable_output_exits_3(corpus, tmp_path):
    result = run("extract", "reports", "-f", "json", "-o", str(tmp_path / "no" / "such" / "x"))
    assert result.exit_code == 3 and result.stdout == ""
    (line,) = stderr_lines(result)
    assert line.startswith("claimcheck: error: ") and "cannot write" in line


def test_stdin(corpus):
    result = run("extract", "-", "reports", "-f", "jsonl", input="date 2024-11-26 Six, then 7.\n")
    assert result.exit_code == 0, result.stderr
    claims = parse_jsonl(result.stdout)
    assert [(c["source"], c["path"], c["date"]) for c in claims[:1]] == [
        ("stdin", None, "2024-11-26")
    ]  # fmt: skip
    assert {c["source"] for c in claims} == {"stdin", "a", "b"}


def test_empty_stdin(corpus):
    result = run("extract", "-", "-f", "json", input="")
    assert result.exit_code == 2 and result.stdout == ""
    assert stderr_lines(result)[0] == "claimcheck: warning: <stdin>: skipped: empty file"


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["extract", "--bogus"], id="unknown-option"),
        pytest.param(["extract", "-f", "xml"], id="bad-format"),
        pytest.param(["nosuchcommand"], id="unknown-command"),
        pytest.param(["extract", "-o"], id="missing-option-value"),
        pytest.param(["compare", "-f", "xml"], id="compare-bad-format"),
        pytest.param(["extract", "-f", "markdown"], id="markdown-is-for-compare"),
        pytest.param(["compare", "--min-severity", "high"], id="severity-not-a-number"),
        pytest.param(["compare", "--min-severity", "-1"], id="negative-severity"),
        pytest.param(["compare", "--measure"], id="measure-without-value"),
        pytest.param(["compare", "--only-conflicts=yes"], id="flag-with-value"),
    ],
)
def test_usage_errors_exit_2_with_one_line(corpus, args):
    result = run(*args)
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = stderr_lines(result)
    assert line.startswith("claimcheck: error: ")


def test_bad_lexicon_exits_2(corpus, monkeypatch):
    def bad(path=None):
        raise pipeline.InputError(f"lexicon {path} is not valid JSON")

    monkeypatch.setattr(pipeline, "load_lexicon", bad)
    result = run("extract", "reports", "--lexicon", "lex.json")
    assert result.exit_code == 2 and result.stdout == ""
    assert stderr_lines(result) == ["claimcheck: error: lexicon lex.json is not valid JSON"]


def test_parser_crash_keeps_other_sources_and_exits_4(corpus, monkeypatch):
    def crash_on_b(source, lexicon=None):
        if source.id == "b":
            raise RuntimeError("unexpected token")
        return fake_extract_claims(source)

    monkeypatch.setattr(pipeline, "extract_claims", crash_on_b)
    result = run("extract", "reports", "-f", "jsonl")
    assert result.exit_code == 4
    assert [c["source"] for c in parse_jsonl(result.stdout)] == ["a"]
    assert stderr_lines(result) == [
        "claimcheck: error: reports/b.md: internal error while parsing: "
        "RuntimeError: unexpected token"
    ]


def test_unexpected_exception_is_one_line_exit_4(corpus, monkeypatch):
    def boom(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(pipeline, "extract", boom)
    monkeypatch.delenv(cli.DEBUG_ENV, raising=False)
    result = run("extract", "reports")
    assert result.exit_code == 4 and result.stdout == ""
    (line,) = stderr_lines(result)
    assert line.startswith("claimcheck: internal error: ZeroDivisionError: division by zero")


@pytest.mark.parametrize(
    "args, part",
    [
        pytest.param(["--version"], "claimcheck ", id="version"),
        pytest.param(["--help"], "extract", id="help"),
        pytest.param([], "extract", id="no-command-shows-help"),
        pytest.param(["extract", "-h"], "--format", id="command-help"),
    ],
)
def test_info_exits_0(args, part):
    result = run(*args)
    assert result.exit_code == 0 and part in result.stdout and result.stderr == ""


def test_python_m_and_lazy_imports():
    code = (
        "import sys, claimcheck.cli;"
        "heavy = {'claimcheck.extract', 'claimcheck.lexicon', 'rich', 'rapidfuzz'} & set(sys.modules);"
        "assert not heavy, heavy"
    )  # fmt: skip
    subprocess.run([sys.executable, "-c", code], check=True)
    out = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.startswith("claimcheck ")


# --------------------------------------------------------------------------- compare

REPO = Path(__file__).resolve().parent.parent
STATUS_ORDER = ["conflict", "consistent", "single"]


@pytest.fixture
def bundled(monkeypatch):
    """The real parser and matcher on the bundled reports; the working directory is the repo."""
    monkeypatch.chdir(REPO)
    return "sources"


def report_schema() -> dict:
    text = files("claimcheck").joinpath("data/report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def sub_schema(name: str) -> dict:
    schema = report_schema()
    return {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{name}"}


def compare_doc(*args: str) -> dict:
    result = run("compare", "sources", "-f", "json", *args)
    assert result.exit_code == 0 and result.stderr == "", result.stderr
    return json.loads(result.stdout)


def texts(group: dict) -> set[str]:
    return {c["text"] for c in group["claims"]}


def test_compare_json_validates_and_shows_the_disagreements(bundled):
    doc = compare_doc()
    jsonschema.Draft202012Validator(report_schema()).validate(doc)
    assert [s["id"] for s in doc["sources"]][:2] == [
        "000-ilkha-islamabad-crackdown", "001-nearly-1000-arrested",
    ]  # fmt: skip
    groups = doc["groups"]
    ranks = [STATUS_ORDER.index(g["status"]) for g in groups]
    assert ranks == sorted(ranks)  # most contested first

    arrested = [g for g in groups if g["measure"] == "arrested"]
    (overall,) = [g for g in arrested if "954" in texts(g)]
    assert {"450", "954", "Nearly 1,000"} <= texts(overall)
    assert overall["status"] == "conflict" and overall["conflicts"]
    (before,) = [g for g in arrested if "4,000" in texts(g)]
    assert before is not overall and before["scope"] and "4,000" not in texts(overall)

    (killed,) = [g for g in groups if (g["measure"], g["subject"]) == ("killed", "protesters")]
    denials = {c["id"] for c in killed["claims"] if c["qualifier"] == "denial"}
    assert killed["status"] == "conflict" and denials
    assert any({pair["a"], pair["b"]} & denials for pair in killed["conflicts"])
    assert killed["severity"] >= 1 and killed["consensus"] is None


def test_extract_json_claims_follow_the_claim_schema(bundled):
    result = run("extract", "sources", "-f", "json")
    assert result.exit_code == 0
    claims = json.loads(result.stdout)["claims"]
    validator = jsonschema.Draft202012Validator(sub_schema("claim"))
    assert claims
    for claim in claims:
        validator.validate(claim)


def test_compare_jsonl_is_the_json_groups(bundled):
    result = run("compare", "sources", "-f", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""
    groups = parse_jsonl(result.stdout)
    validator = jsonschema.Draft202012Validator(sub_schema("group"))
    for group in groups:
        validator.validate(group)
    assert groups == compare_doc()["groups"]


def test_compare_csv_is_one_claim_a_row(bundled):
    result = run("compare", "sources", "-f", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert tuple(reader.fieldnames) == COMPARE_FIELDS
    rows = list(reader)
    groups = {g["id"]: g for g in compare_doc()["groups"]}
    assert len(rows) == sum(len(g["claims"]) for g in groups.values())
    for row in rows:
        group = groups[row["group_id"]]
        claim = group["claims"][int(row["index"])]
        assert row["group_status"] == group["status"] and row["text"] == claim["text"]
        assert row["group_low"] == str(group["low"])


def test_compare_markdown_has_the_tables(bundled):
    result = run("compare", "sources", "-f", "markdown")
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    n = len(compare_doc()["groups"])
    tables = re.findall(r"^(?:\|.*\n)+", out, re.MULTILINE)
    assert len(tables) == 1 + n  # the summary, then one a group
    assert all(t.startswith("| # |") for t in tables)
    assert len(tables[0].splitlines()) == 2 + n
    for t in tables:  # every row has the header's cells (a `|` in a cell is escaped)
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in t.splitlines()}
        assert len(widths) == 1
    for part in ("| 954 |", "| Nearly 1,000 |", "**Conflicts**", " vs ", "**Corroboration**"):
        assert part in out


def test_compare_details_at_80_columns(bundled):
    plain_80_columns(
        run("compare", "sources", "--details"),
        ("quantity", "arrested protesters", "Nearly 1,000", "»954«", "conflicts with #", "█",
         "contested:"),
    )  # fmt: skip


SGR = re.compile(r"\x1b\[([\d;]*)m")


def colours(out: str) -> set[str]:
    """The colour codes (foreground/background) used in ``out``."""
    codes = {code for m in SGR.finditer(out) for code in m.group(1).split(";")}
    return {c for c in codes if c.isdigit() and (30 <= int(c) <= 49 or 90 <= int(c) <= 107)}


@pytest.mark.parametrize(
    "env, ansi, coloured",
    [
        pytest.param({"FORCE_COLOR": "1", "TERM": "xterm"}, True, True, id="forced"),
        pytest.param({"FORCE_COLOR": "1", "TERM": "xterm", "NO_COLOR": "1"}, True, False,
                     id="no-color"),
        pytest.param({}, False, False, id="not-a-terminal"),
    ],
)  # fmt: skip
def test_compare_colour(bundled, env, ansi, coloured):
    out = run("compare", "sources", "--measure", "arrested", env=env).stdout
    assert bool(SGR.search(out)) is ansi
    assert bool(colours(out)) is coloured


def measures_subjects(doc: dict) -> list[tuple[str, str, set[str]]]:
    return [
        (g["measure"], g["subject"], {c["subject"] for c in g["claims"]}) for g in doc["groups"]
    ]


@pytest.mark.parametrize(
    "args, check",
    [
        pytest.param(["--measure", "killed"], lambda g: g["measure"] == "killed", id="measure"),
        pytest.param(["--measure", "killed", "--measure", "arrested"],
                     lambda g: g["measure"] in ("killed", "arrested"), id="measures"),
        pytest.param(["--measure", "killed,arrested"],
                     lambda g: g["measure"] in ("killed", "arrested"), id="comma-list"),
        pytest.param(["--subject", "security"],
                     lambda g: "security" in {g["subject"]} | {c["subject"] for c in g["claims"]},
                     id="subject"),
        pytest.param(["--only-conflicts"], lambda g: g["status"] == "conflict", id="conflicts"),
        pytest.param(["--min-severity", "10"], lambda g: g["severity"] >= 10, id="severity"),
        pytest.param(["--measure", "killed", "--subject", "security", "--only-conflicts"],
                     lambda g: g["measure"] == "killed" and g["status"] == "conflict",
                     id="combined"),
    ],
)  # fmt: skip
def test_compare_filters(bundled, args, check):
    everything = compare_doc()["groups"]
    groups = compare_doc(*args)["groups"]
    assert groups and len(groups) < len(everything)
    assert all(check(g) for g in groups)
    assert [g for g in everything if g in groups] == groups  # same order, same groups


def test_filters_apply_to_every_format(bundled):
    jsonl_ = run("compare", "sources", "-f", "jsonl", "--measure", "killed").stdout
    csv_rows = parse_csv_rows(run("compare", "sources", "-f", "csv", "--measure", "killed").stdout)
    table = run("compare", "sources", "--measure", "killed").stdout
    assert {g["measure"] for g in parse_jsonl(jsonl_)} == {"killed"}
    assert {r["measure"] for r in csv_rows} == {"killed"}
    assert "arrested" not in table and "killed" in table


def parse_csv_rows(out: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(out)))


@pytest.mark.parametrize(
    "flag, value, near",
    [("--measure", "kiled", "killed"), ("--subject", "polise", "police"),
     ("--measure", "nosuch", None)],
    ids=["measure-typo", "subject-typo", "no-such-word"],
)  # fmt: skip
def test_a_filter_word_outside_the_vocabulary_is_a_usage_error(bundled, flag, value, near):
    # `--measure kiled --fail-on-conflict` must not pass a CI gate
    result = run("compare", "sources", "-f", "json", flag, value, "--fail-on-conflict")
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = stderr_lines(result)
    assert line.startswith(f"claimcheck: error: {flag} {value!r} is not a {flag[2:]}; ")
    assert (f"did you mean {near!r}?" in line) == (near is not None)


@pytest.mark.parametrize(
    "flag, words, meant",
    [("--measure", "deaths", {"killed"}), ("--measure", "dead,Killed", {"killed"}),
     ("--measure", "crowd", {"participants"}), ("--measure", "turnout", {"participants"}),
     ("--subject", "police", {"security"}), ("--subject", "troops", {"security"}),
     ("--subject", "protester", {"protesters"})],
    ids=["deaths", "dead-and-name", "crowd", "turnout", "police", "troops", "protester"],
)  # fmt: skip
def test_filter_words_people_type_name_the_vocabulary(bundled, flag, words, meant):
    result = run("compare", "sources", "-f", "json", flag, words)
    assert result.exit_code == 0, result.stderr
    groups = json.loads(result.stdout)["groups"]
    assert groups
    if flag == "--measure":
        assert {g["measure"] for g in groups} == meant
    else:
        assert all(meant & ({g["subject"]} | {c["subject"] for c in g["claims"]}) for g in groups)


def test_a_filter_word_of_a_user_lexicon_is_known(bundled, tmp_path):
    lexicon = tmp_path / "lex.json"
    lexicon.write_text(json.dumps({"noun_measures": {"killed": ["casualties of war"]}}))
    result = run("compare", "sources", "-f", "json", "--lexicon", str(lexicon),
                 "--measure", "casualties of war")  # fmt: skip
    assert result.exit_code == 0 and {g["measure"] for g in json.loads(result.stdout)["groups"]} == {"killed"}


def test_a_known_filter_value_that_matches_nothing_warns(corpus):
    result = run("compare", "reports", "-f", "json", "--measure", "deployed")
    assert result.exit_code == 0 and json.loads(result.stdout)["groups"] == []
    (line,) = stderr_lines(result)
    assert line.startswith("claimcheck: warning: --measure deployed matches no quantity (found: ")


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown"])
def test_fail_on_conflict_exits_1_and_still_writes(bundled, fmt):
    result = run("compare", "sources", "-f", fmt, "--fail-on-conflict")
    assert result.exit_code == 1 and result.stderr == ""
    assert ("arrested protesters" if fmt == "table" else "954") in result.stdout


def test_fail_on_conflict_counts_only_what_is_shown(bundled):
    groups = compare_doc()["groups"]
    calm = sorted({g["measure"] for g in groups} - {g["measure"] for g in groups
                                                    if g["status"] == "conflict"})  # fmt: skip
    if calm:  # a measure with no conflict: nothing shown is a conflict
        assert run("compare", "sources", "--fail-on-conflict", "--measure", calm[0]).exit_code == 0
    result = run("compare", "sources", "--fail-on-conflict", "--measure", "nosuch")
    assert result.exit_code == 2


def test_compare_without_conflict_exits_0(corpus):
    # the stand-in parser gives every figure to one claimant: revisions, not conflicts
    result = run("compare", "reports", "-f", "json", "--fail-on-conflict")
    assert result.exit_code == 0 and result.stderr == ""
    (group,) = json.loads(result.stdout)["groups"]
    assert group["status"] != "conflict" and group["revisions"]
    assert [c["text"] for c in group["claims"]] == ["450", "1,000", "954"]


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "markdown"])
def test_compare_missing_path_exits_2(corpus, fmt):
    result = run("compare", "missing.txt", "-f", fmt, "--fail-on-conflict")
    assert result.exit_code == 2 and result.stdout == ""
    assert stderr_lines(result) == [
        "claimcheck: error: missing.txt: no such file or directory",
        "claimcheck: error: no sources to read",
    ]


def test_compare_missing_path_with_good_files_writes_them_and_exits_2(bundled):
    result = run("compare", "sources", "missing.txt", "-f", "json", "--fail-on-conflict")
    assert result.exit_code == 2
    doc = json.loads(result.stdout)
    assert doc["groups"] and doc["problems"][0]["path"] == "missing.txt"
    assert stderr_lines(result) == ["claimcheck: error: missing.txt: no such file or directory"]


def test_compare_output_file_and_stdin(corpus, tmp_path):
    target = tmp_path / "report.md"
    result = run("compare", "-", "reports", "-f", "markdown", "-o", str(target), input="Six: 6.\n")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert "| stdin |" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command, fmt",
    [("compare", "table"), ("compare", "markdown"), ("compare", "jsonl"), ("extract", "table"),
     ("extract", "json")],
)  # fmt: skip
def test_closed_stdout_ends_quietly_with_the_runs_own_code(command, fmt):
    # `claimcheck compare | head` under `set -o pipefail`: a reader that stops reading is no
    # error (rg, jq and git end quietly too), and exit 1 would read as "a conflict was found"
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: every write fails
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", command, "sources", "-f", fmt],
            cwd=REPO, stdout=write_end, stderr=subprocess.PIPE, timeout=60,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (0, b"")


def test_closed_stdout_keeps_the_conflict_code():
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "claimcheck", "compare", "sources", "--fail-on-conflict"],
            cwd=REPO, stdout=write_end, stderr=subprocess.PIPE, timeout=60,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (proc.returncode, proc.stderr) == (1, b"")


def test_compare_piped_into_head_ends_quietly():
    # the README's shell pipeline, as a user runs it
    proc = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {sys.executable} -m claimcheck compare sources | head -3"],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert (proc.returncode, proc.stderr) == (0, "") and len(proc.stdout.splitlines()) == 3


@pytest.mark.parametrize(("flags", "code"), [((), 0), (("--fail-on-conflict",), 1)])
def test_a_real_process_writes_everything_before_it_exits(flags, code):
    # the CLI leaves its results for the OS to free (os._exit): all output must be flushed
    # first and the exit code kept
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "compare", "sources", "-f", "json", *flags],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == code, proc.stderr
    report = json.loads(proc.stdout)
    assert len(report["sources"]) == 5 and report["groups"]


# --------------------------------------------------------------------------- sources


def test_sources_table(corpus):
    out = plain_80_columns(
        run("sources", "reports"),
        ("id / read from", "date / outlet", "size", "claims", "2024-11-27", "reports/a.txt"),
    )
    lines = [line.split() for line in out.splitlines()]
    a = lines.index(["a", "2024-11-27", "48", "B", "1"])
    b = lines.index(["b", "—", "57", "B", "2"])
    assert (lines[a + 1], lines[b + 1]) == (["reports/a.txt", "—"], ["reports/b.md", "—"])
    assert out.rstrip().splitlines()[-1] == "2 sources, 3 claims, 105 B"


def test_sources_table_on_a_wide_console(corpus):
    out = run("sources", "reports", env={"COLUMNS": "120"}).stdout
    assert ["a", "2024-11-27", "—", "48", "B", "1", "reports/a.txt"] in [
        line.split() for line in out.splitlines()
    ]


@pytest.mark.parametrize("show_text", [False, True])
def test_sources_json_rows_follow_the_schema(corpus, show_text):
    args = ["sources", "reports", "-", "-f", "json"] + ["--show-text"] * show_text
    result = run(*args, input="Six: 6.\n")
    assert result.exit_code == 0 and result.stderr == ""
    doc = json.loads(result.stdout)
    assert set(doc) == {"schema_version", "sources", "problems"} and doc["problems"] == []
    validator = jsonschema.Draft202012Validator(sub_schema("listed_source"))
    for row in doc["sources"]:
        validator.validate(row)
    a, b, stdin = doc["sources"]
    assert (a["id"], a["date"], a["claims"], a["bytes"], a["text_from"]) == (
        "a", "2024-11-27", 1, 48, "file",
    )  # fmt: skip
    assert (b["claims"], stdin["id"], stdin["text_from"], stdin["path"]) == (
        2,
        "stdin",
        "stdin",
        None,
    )
    if show_text:
        assert a["text"] == (corpus / "a.txt").read_text() and stdin["text"] == "Six: 6.\n"
    else:  # the source object of compare and extract: the text unless it is the file's own
        assert a["text"] is None and stdin["text"] == "Six: 6.\n"


def test_sources_jsonl_and_csv(corpus):
    rows = parse_jsonl(run("sources", "reports", "-f", "jsonl").stdout)
    assert [(r["id"], r["claims"]) for r in rows] == [("a", 1), ("b", 2)]
    out = run("sources", "reports", "-f", "csv", "--show-text").stdout
    reader = csv.DictReader(io.StringIO(out))
    from claimcheck.render.listing import LISTING_FIELDS

    assert tuple(reader.fieldnames) == (*LISTING_FIELDS, "text")
    a, b = list(reader)
    assert (a["id"], a["url"], a["claims"], b["text"]) == (
        "a", "", "1", "Officials said 1,000+ were held.\nLater 954 were charged.\n",
    )  # fmt: skip


def test_sources_show_text_table(corpus):
    out = run("sources", "reports", "--show-text").stdout
    assert "==> a (reports/a.txt) <==\ndate 2024-11-27 Police arrested 450 protesters.\n" in out
    assert out.endswith(
        "==> b (reports/b.md) <==\nOfficials said 1,000+ were held.\nLater 954 were charged.\n"
    )


def test_sources_problems_and_exit_codes(corpus):
    result = run("sources", "reports", "missing.txt", "-f", "json")
    assert result.exit_code == 2
    assert stderr_lines(result) == ["claimcheck: error: missing.txt: no such file or directory"]
    assert [r["id"] for r in json.loads(result.stdout)["sources"]] == ["a", "b"]
    result = run("sources", "missing.txt")
    assert result.exit_code == 2 and result.stdout == ""


def test_sources_of_the_bundled_reports(bundled):
    result = run("sources", "-f", "json")
    assert result.exit_code == 0 and result.stderr == ""
    rows = json.loads(result.stdout)["sources"]
    assert len(rows) == 5 and all(r["claims"] > 0 and r["text_from"] == "file" for r in rows)
    assert sum(r["claims"] for r in rows) == len(
        json.loads(run("extract", "-f", "json").stdout)["claims"]
    )


# --------------------------------------------------------------------------- -o FILE.ext


@pytest.mark.parametrize(
    "command, name, check",
    [("compare", "r.json", lambda t: json.loads(t)["groups"]),
     ("compare", "r.JSONL", lambda t: [json.loads(line) for line in t.splitlines()]),
     ("compare", "r.csv", lambda t: parse_csv_rows(t)[0]["measure"] == "arrested"),
     ("compare", "r.md", lambda t: t.startswith("#")),
     ("extract", "r.json", lambda t: json.loads(t)["claims"]),
     ("extract", "r.ndjson", lambda t: [json.loads(line) for line in t.splitlines()]),
     ("sources", "r.json", lambda t: json.loads(t)["sources"]),
     ("compare", "r.txt", lambda t: "arrested" in t and not t.startswith("{"))],
    ids=["compare-json", "compare-jsonl-upper", "compare-csv", "compare-markdown", "extract-json",
         "extract-ndjson", "sources-json", "unknown-extension-is-a-table"],
)  # fmt: skip
def test_the_output_files_extension_names_the_format(corpus, tmp_path, command, name, check):
    target = tmp_path / name
    result = run(command, "reports", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == "", result.stderr
    assert check(target.read_text(encoding="utf-8"))


def test_format_flag_wins_over_the_extension(corpus, tmp_path):
    target = tmp_path / "r.json"
    assert run("compare", "reports", "-f", "csv", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("group_id,")


def test_an_extension_the_command_cannot_write_is_a_usage_error(corpus, tmp_path):
    result = run("extract", "reports", "-o", str(tmp_path / "r.md"))
    assert result.exit_code == 2 and not (tmp_path / "r.md").exists()
    assert stderr_lines(result) == [
        f"claimcheck: error: {tmp_path / 'r.md'}: cannot write markdown here; choose "
        "-f table|json|jsonl|csv"
    ]


def test_a_bad_format_names_the_choices(corpus):
    result = run("compare", "reports", "-f", "xml")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "claimcheck: error: --format 'xml' is not one of table, json, jsonl, csv, markdown, html"
    ]


# --------------------------------------------------------------------------- --help


@pytest.mark.parametrize("command", [[], ["extract"], ["compare"], ["sources"]],
                         ids=["root", "extract", "compare", "sources"])  # fmt: skip
def test_help_shows_values_and_examples_not_python_types(command):
    out = run(*command, "--help", env={"COLUMNS": "120"}).stdout
    assert "<bool>" not in out and "list[" not in out and "<str>" not in out
    if command:
        assert "Examples:" in out and f"claimcheck {command[0]} " in out
    if command == ["compare"]:
        assert "arrested, killed, injured, participants" in out and "police" in out


# --------------------------------------------------------------------------- README promises


def test_long_output_flag_and_jobs_give_the_same_report(bundled, tmp_path):
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run("compare", "sources", "--output", str(one), "--jobs", "1").exit_code == 0
    assert run("compare", "sources", "-o", str(two), "-j", "2").exit_code == 0
    assert json.loads(one.read_text(encoding="utf-8")) == json.loads(two.read_text(encoding="utf-8"))


def test_an_interrupted_run_exits_130(corpus, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "compare", interrupted)
    result = run("compare", "reports")
    assert result.exit_code == 130 and stderr_lines(result) == ["claimcheck: error: interrupted"]


README = (REPO / "README.md").read_text(encoding="utf-8")
TESTS = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "tests").glob("test_*.py"))


def _readme_option_flags() -> list[str]:
    flags: set[str] = set()
    for row in re.findall(r"^\| `(-[^|]*)\|", README, re.MULTILINE):
        flags.update(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", row))
    return sorted(flags)


@pytest.mark.parametrize("flag", _readme_option_flags())
def test_every_readme_option_is_exercised_by_a_test(flag):
    # a documented behaviour no test runs is a promise at risk
    assert f'"{flag}"' in TESTS, f"no test passes {flag}"


@pytest.mark.parametrize(
    "code",
    re.findall(r"^\| (\d+) \| ", README.split("### Exit codes", 1)[1].split("\n### ")[0], re.M),
)
def test_every_readme_exit_code_is_checked_by_a_test(code):
    assert re.search(rf"(?:exit_code|returncode) == {code}\b|\({code}, ", TESTS), code


# --------------------------------------------------------------------------- schema


def printed_schema(*args: str) -> dict:
    result = run("schema", *args)
    assert result.exit_code == 0 and result.stderr == ""
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


@pytest.mark.parametrize(
    "command, jsonl_kind",
    [
        pytest.param(["compare"], "group", id="compare"),
        pytest.param(["extract"], "claim", id="extract"),
        pytest.param(["sources"], "source", id="sources"),
        pytest.param(["sources", "--show-text"], "source", id="sources-show-text"),
    ],
)
def test_every_json_output_follows_the_printed_schema(bundled, command, jsonl_kind):
    everything = jsonschema.Draft202012Validator(printed_schema())
    one_kind = jsonschema.Draft202012Validator(printed_schema(command[0]))
    line_kind = jsonschema.Draft202012Validator(printed_schema(jsonl_kind))
    doc = json.loads(run(*command, "sources", "-f", "json").stdout)
    everything.validate(doc)
    one_kind.validate(doc)
    assert doc["schema_version"] == 1
    lines = parse_jsonl(run(*command, "sources", "-f", "jsonl").stdout)
    assert lines
    for line in lines:
        everything.validate(line)
        line_kind.validate(line)
    # the same objects, with the same keys, in JSON and JSONL
    items = doc[{"group": "groups", "claim": "claims", "source": "sources"}[jsonl_kind]]
    assert lines == items


def test_the_printed_schema_tells_the_documents_apart(bundled):
    compare_only = jsonschema.Draft202012Validator(printed_schema("compare"))
    extract = json.loads(run("extract", "sources", "-f", "json").stdout)
    assert not compare_only.is_valid(extract)
    assert printed_schema() == report_schema()  # the file installed with the package
    result = run("schema", "report")
    assert result.exit_code == 2 and "report" in result.stderr


def test_schema_output_file(tmp_path):
    result = run("schema", "claim", "-o", str(tmp_path / "claim.json"))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads((tmp_path / "claim.json").read_text())["$ref"] == "#/$defs/claim"


def test_claims_are_named_by_id_in_conflicts_and_revisions(bundled):
    doc = compare_doc()
    ids = [c["id"] for g in doc["groups"] for c in g["claims"]]
    assert len(ids) == len(set(ids))
    by_id = {c["id"]: c for g in doc["groups"] for c in g["claims"]}
    sources = {s["id"]: s for s in doc["sources"]}
    for claim_id, c in by_id.items():
        assert claim_id == f"{c['source']}:{c['start']}" and c["source"] in sources
    pairs = [p for g in doc["groups"] for p in g["conflicts"]]
    assert pairs and all(p["a"] in by_id and p["b"] in by_id and p["ratio"] >= 1 for p in pairs)
    killed = next(g for g in doc["groups"] if g["id"] == "killed/protesters")
    # who vs whom without index juggling: a denial against "hundreds" is 200 apart
    who = {(by_id[p["a"]]["text"], by_id[p["b"]]["text"]): p["ratio"] for p in killed["conflicts"]}
    assert who[("hundreds", "denied any fatalities")] == 200
    revisions = [r for g in doc["groups"] for r in g["revisions"]]
    assert revisions and all({r["earlier"], r["later"]} <= set(by_id) for r in revisions)
    # the ids are those extract gives the same claims
    extracted = {c["id"] for c in json.loads(run("extract", "-f", "json").stdout)["claims"]}
    assert set(by_id) <= extracted


# --------------------------------------------------------------------------- the terminal view


def blocks(out: str) -> dict[str, str]:
    """The blocks of the default compare view by quantity, each on one line."""
    found = re.split(r"\n(?=\s{0,2}\d+ \S)", out)
    return {m.group(1): " ".join(b.split())
            for b in found if (m := re.match(r"\s*\d+ (\S.*?)  \S", b))}  # fmt: skip


def test_compare_default_answers_in_one_screen(bundled):
    result = run("compare", "sources", env={"COLUMNS": "120"})
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    lines = out.splitlines()
    assert len(lines) <= 50 and all(len(line) <= 120 for line in lines)
    doc = compare_doc()
    by_quantity = blocks(out)
    assert len(by_quantity) == len(doc["groups"])
    for group in doc["groups"]:
        label = f"{group['measure']} {group['subject']}" + (
            f" ({group['scope']})" if group["scope"] else "")  # fmt: skip
        block = by_quantity[label]
        assert group["status"] in block
        if group["status"] != "conflict":
            continue
        # the main conflict: the most severe pair, both sides named with their figures
        pair = max(group["conflicts"], key=lambda p: p["ratio"])
        claims = {c["id"]: c for c in group["claims"]}
        verdict = block[block.index("✗ "):]
        for side in (claims[pair["a"]], claims[pair["b"]]):
            assert f"“{' '.join(side['text'].split())}”" in verdict, (label, side["text"])
        assert " vs " in verdict and "× apart" in verdict
    # canonical claimant names: one name for 'Mr. Raja' and the Secretary General
    killed = by_quantity["killed protesters"]
    assert "Government ministers “denied any fatalities” vs PTI “hundreds”: 200× apart" in killed
    assert "Mr. Raja:" not in out
    assert lines[-1].startswith("✗ cannot both be true · ×N: higher low / lower high")  # one line


def test_compare_default_at_80_columns(bundled):
    out = plain_80_columns(run("compare", "sources"), ("killed protesters", " vs ", "× apart"))
    assert len(out.splitlines()) <= 60


def test_compare_limit(bundled):
    out = run("compare", "sources", "--limit", "2").stdout
    assert len(blocks(out)) == 2 and "+8 more quantities (--limit)" in out
    # claimants keep the one name the matcher found over the whole report
    assert "vs PTI “hundreds”" in " ".join(out.split())
    assert len(compare_doc("--limit", "2")["groups"]) == 2
    details = run("compare", "sources", "--limit", "1", "--details").stdout
    assert "+9 more quantities (--limit)" in details and "2. " not in details
    assert run("compare", "sources", "--limit", "0").exit_code == 2


@pytest.mark.parametrize(
    "flag, env, ansi",
    [
        pytest.param("always", {"NO_COLOR": "1"}, True, id="always-into-a-pipe"),
        pytest.param("never", {"FORCE_COLOR": "1", "TERM": "xterm"}, False, id="never"),
        pytest.param("auto", {}, False, id="auto-in-a-pipe"),
        pytest.param("auto", {"FORCE_COLOR": "1", "TERM": "xterm"}, True, id="auto-forced"),
    ],
)  # fmt: skip
def test_color_flag(bundled, flag, env, ansi):
    for command in (["compare"], ["compare", "--details"], ["extract"], ["sources"]):
        out = run(*command, "sources", "--color", flag, env=env).stdout
        assert bool(colours(out)) is ansi, command


def test_an_unknown_colour_choice_is_a_usage_error(corpus):
    result = run("compare", "reports", "--color", "pink")
    assert result.exit_code == 2 and result.stdout == ""
    assert stderr_lines(result) == [
        "claimcheck: error: --color 'pink' is not one of auto, always, never"
    ]
    assert run("extract", "reports", "--color", "NEVER").exit_code == 0


def test_quiet(corpus):
    (corpus / "empty.txt").write_text("")
    loud = run("extract", "reports")
    assert "skipped: empty file" in loud.stderr and "claims in" in loud.stdout
    for command, counts in (("extract", "claims in"), ("compare", "in conflict"),
                            ("sources", "2 sources,")):  # fmt: skip
        assert counts in run(command, "reports").stdout
        result = run(command, "reports", "-q")
        assert result.exit_code == 0 and result.stderr == "", command
        assert counts not in result.stdout and "cannot both be true" not in result.stdout
    result = run("compare", "reports", "missing.txt", "--quiet")
    assert result.exit_code == 2 and "missing.txt" in result.stderr  # errors still
    assert "matches no quantity" in run("compare", "reports", "--measure", "killed").stderr
    assert run("compare", "reports", "--measure", "killed", "-q").stderr == ""


def run_in_terminal(*args: str, rows: int = 24, cols: int = 120, env: dict | None = None):
    """Run the CLI on a pseudo-terminal of rows x cols; its output as the terminal shows it."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR",
                                                                "FORCE_COLOR")}  # fmt: skip
    environ.update({"TERM": "xterm", **(env or {})})
    process = subprocess.Popen([sys.executable, "-m", "claimcheck", *args], cwd=REPO,
                               stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE,
                               env=environ)  # fmt: skip
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    assert process.wait(timeout=60) == 0, process.stderr.read()
    return out.decode("utf-8", "replace")


PAGER = (f"{sys.executable} -c \"import sys; open(sys.argv[1], 'w').write(sys.stdin.read())\"")


def test_a_long_table_goes_to_the_pager_in_colour(tmp_path):
    paged = tmp_path / "paged.txt"
    env = {"PAGER": f"{PAGER} {paged}"}
    assert run_in_terminal("compare", "sources", env=env) == ""  # all went to the pager
    text = paged.read_text()
    assert ANSI.search(text) and "killed protesters" in text and len(text.splitlines()) > 24
    paged.unlink()
    out = run_in_terminal("compare", "sources", "--no-pager", env=env)
    assert not paged.exists() and "killed protesters" in out and ANSI.search(out)
    out = run_in_terminal("compare", "sources", "--limit", "1", env=env)  # fits the screen
    assert not paged.exists() and "killed protesters" in out
    run_in_terminal("compare", "sources", "--color", "never", env=env)
    assert not ANSI.search(paged.read_text())
    paged.unlink()
    run_in_terminal("compare", "sources", "-f", "json", env=env)  # data is never paged
    assert not paged.exists()
    for command in ("extract", "sources"):  # the other tables too (sources fits the screen)
        out = run_in_terminal(command, "sources", "--no-pager", rows=10, env=env)
        assert not paged.exists() and "000-ilkha" in out
    assert run_in_terminal("extract", "sources", env=env) == "" and paged.exists()


def test_extract_table_shows_scope_and_date(bundled):
    out = run("extract", "sources", env={"COLUMNS": "120"}).stdout
    lines = out.splitlines()
    # "four" of "At least six people, including four security personnel" says it is a part
    (four,) = [n for n, line in enumerate(lines) if re.search(r"\bkilled security\s+four\b", line)]
    assert lines[four + 1].split()[:2] == ["—", "part:"]
    assert any(line.startswith("2024-11-27") for line in lines)  # the report's date
    assert "the report" in out and " - " not in out  # one way of writing "nothing"


def test_the_readme_shows_the_default_view_as_it_is(bundled):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```\n(10 quantities in 5 sources.*?)```", readme, re.S).group(1)
    out = run("compare", "sources", env={"COLUMNS": "120"}).stdout
    lines = [line.rstrip() for line in out.splitlines()]
    assert f"prints {len(lines)} lines:" in readme
    for line in example.splitlines():
        if line != "…":
            assert line in lines, line


def test_source_labels_stay_distinct_in_every_table(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for day in ("03", "04"):
        (tmp_path / f"reuters-2025-03-{day}-islamabad-protest-crackdown.txt").write_text(
            f"Police held {day}0 people.\n"
        )
    for args, width in ((["extract"], "80"), (["compare", "--details"], "80"),
                        (["sources"], "130"), (["sources"], "80")):  # fmt: skip
        out = run(*args, ".", env={"COLUMNS": width}).stdout
        labels = set(re.findall(r"^\s*(?:\d+ )?(reut\S+)", out, re.MULTILINE))
        assert len(labels) == 2, (args, out)  # two sources, two labels
