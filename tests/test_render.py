"""Renderers: pure functions of a result, checked without the CLI."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import jsonschema
import pytest
from rich.console import Console

from claimcheck.models import Claim, ClaimGroup, ExtractResult, Problem, Quantity, Report, Source
from claimcheck.render import (
    COMPARE_FORMATS,
    FORMATS,
    TableOptions,
    compare_table,
    csv_,
    html_,
    json_,
    jsonl,
    markdown,
    table,
    write_compare,
    write_extract,
)


def claim(text: str, low, high, qualifier: str, **kw) -> Claim:
    q = Quantity(text, 10, 10 + len(text), low, low, high, qualifier)
    return Claim("r", "r.txt", None, "killed", "people", q, 3, "", **kw)


RESULT = ExtractResult(
    (Source("r", "x" * 40, "r.txt"),),
    (claim("at least 6", 6, None, "at_least", claimant="PTI", claimant_type="party"),
     claim("6.0", 6.0, 6.0, "exact", via="AP")),
    (Problem("bad.txt", "skipped: empty file"),),
)  # fmt: skip


@pytest.mark.parametrize(
    "low, high, expected",
    [
        pytest.param(6, None, "[6, ∞]", id="unbounded"),
        pytest.param(6.0, 7.5, "[6, 7.5]", id="floats"),
        pytest.param(0, 0, "[0, 0]", id="zero"),
    ],
)
def test_format_interval(low, high, expected):
    assert table.format_interval(low, high) == expected


@pytest.mark.parametrize(
    "kw, expected",
    [
        pytest.param({}, "the report", id="none"),
        pytest.param({"claimant": "police"}, "police", id="name"),
        pytest.param({"claimant": "PTI", "claimant_type": "party"}, "PTI (party)", id="typed"),
        pytest.param({"claimant": "PTI", "via": "AP"}, "PTI via AP", id="via"),
    ],
)
def test_format_claimant(kw, expected):
    assert table.format_claimant(claim("6", 6, 6, "exact", **kw)) == expected


def test_json_document():
    doc = json.loads(json_.render_extract(RESULT))
    assert doc["problems"] == [
        {"path": "bad.txt", "level": "warning", "message": "skipped: empty file"}
    ]
    assert doc["sources"][0]["chars"] == 40
    assert [(c["low"], c["high"]) for c in doc["claims"]] == [(6, None), (6, 6)]


class AsciiStream(io.StringIO):
    encoding = "ascii"


@pytest.mark.parametrize(
    "stream, infinity",
    [
        pytest.param(io.StringIO(), "[6, ∞]", id="utf-8"),
        pytest.param(AsciiStream(), "[6, inf]", id="ascii"),
    ],
)
def test_table_infinity_fits_the_encoding(stream, infinity):
    table.print_extract(Console(file=stream, width=80, color_system=None), RESULT)
    assert infinity in stream.getvalue()
    assert stream.getvalue().rstrip().endswith("2 claims in 1 source")


# --------------------------------------------------------------------------- compare renderers


def report_claim(source, text, low, high, qualifier, claimant=None, **kw) -> Claim:
    sentence = kw.pop("sentence", f"Officials said {text} people were killed.")
    at = sentence.find(text)
    q = Quantity(text, 100 + at, 100 + at + len(text), kw.pop("value", low), low, high, qualifier)
    return Claim(source, f"{source}.txt", kw.pop("date", None), "killed", "protesters", q, 1,
                 sentence, 100, claimant=claimant, **kw)  # fmt: skip


GROUP = ClaimGroup(
    "killed/protesters", "killed", "protesters", None,
    (report_claim("a", "no one", 0, 0, "denial", "Interior Ministry", claimant_type="government"),
     report_claim("b", "hundreds", 200, 999, "vague", "PTI | party", claimant_type="party",
                  value=None),
     report_claim("c", "up to 20", 0, 20, "up_to", "PTI | party", date="2024-11-28"),
     report_claim("d", "at least 5", 5, None, "at_least", via="AP")),
    status="conflict", low=0, high=None, consensus=None, severity=200.0,
    conflicts=((0, 1), (0, 3)), revisions=((1, 2),),
    corroboration=(
        {"low": 0, "high": 0, "text": "no one", "claims": [0], "claimants": ["Interior Ministry"],
         "independent": 1, "grade": "contested"},
        {"low": 200, "high": 999, "text": "hundreds", "claims": [1], "claimants": ["PTI | party"],
         "independent": 1, "grade": "contested"},
        {"low": 0, "high": 20, "text": "up to 20", "claims": [2], "claimants": ["PTI | party"],
         "independent": 1, "grade": "single"},
        {"low": 5, "high": None, "text": "at least 5", "claims": [3], "claimants": ["d"],
         "independent": 1, "grade": "contested"},
    ),
)  # fmt: skip
SINGLE = ClaimGroup(
    "arrested/protesters/before", "arrested", "protesters", "before: prior to the protest",
    (report_claim("a", "4,000", 4000, 4000, "exact"),), status="single", low=4000, high=4000,
    consensus=(4000, 4000),
    corroboration=({"low": 4000, "high": 4000, "text": "4,000", "claims": [0],
                    "claimants": ["a"], "independent": 1, "grade": "single"},),
)  # fmt: skip
REPORT = Report((Source("a", "x", "a.txt"), Source("b", "y", "b.txt")), (GROUP, SINGLE))


def schema() -> dict:
    from importlib.resources import files

    return json.loads(files("claimcheck").joinpath("data/report.schema.json").read_text("utf-8"))


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_compare_json_follows_the_schema():
    doc = json.loads(json_.render_compare(REPORT))
    jsonschema.Draft202012Validator(schema()).validate(doc)
    group = doc["groups"][0]
    assert group["consensus"] is None and group["high"] is None and group["severity"] == 200
    assert group["conflicts"] == [
        {"a": "a:115", "b": "b:115", "ratio": 200.0},  # no one [0, 0] against hundreds
        {"a": "a:115", "b": "d:115", "ratio": 5.0},  # against at least 5
    ]
    assert group["revisions"] == [{"earlier": "b:115", "later": "c:115"}]
    assert [e["claims"] for e in group["corroboration"]] == [["a:115"], ["b:115"], ["c:115"],
                                                             ["d:115"]]  # fmt: skip
    assert group["claims"] == [c.to_dict() for c in GROUP.claims]
    assert [c["id"] for c in group["claims"]] == ["a:115", "b:115", "c:115", "d:115"]
    assert doc["groups"][1]["consensus"] == [4000, 4000]
    assert doc["schema_version"] == 1 and doc["problems"] == []
    assert list(doc) == ["schema_version", "sources", "groups", "problems"]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"status": "contested"}, id="bad-status"),
        pytest.param({"consensus": [1]}, id="short-consensus"),
        pytest.param({"severity": 0.5}, id="severity-below-1"),
        pytest.param({"extra": 1}, id="unknown-field"),
        pytest.param({"conflicts": [[0, 1]]}, id="conflict-as-indices"),
        pytest.param({"conflicts": [{"a": "a:1", "b": "b:1"}]}, id="conflict-without-ratio"),
    ],
)
def test_schema_rejects_a_bad_group(change):
    group = {**json_.group_to_dict(GROUP), **change}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema_version": 1, "sources": [], "groups": [group],
                             "problems": []}, schema(), cls=jsonschema.Draft202012Validator)  # fmt: skip


def test_compare_jsonl_is_one_group_a_line():
    lines = jsonl.render_compare(REPORT).splitlines()
    assert [json.loads(line)["id"] for line in lines] == [GROUP.id, SINGLE.id]
    assert json.loads(lines[0]) == json_.group_to_dict(GROUP)


def test_compare_csv_is_one_claim_a_row_with_its_group():
    rows = list(csv.DictReader(io.StringIO(csv_.render_compare(REPORT))))
    assert len(rows) == 5
    first, hundreds, up_to = rows[:3]
    assert tuple(first) == csv_.COMPARE_FIELDS
    assert (first["group_id"], first["group_status"], first["group_low"], first["group_high"],
            first["group_severity"]) == ("killed/protesters", "conflict", "0", "", "200.0")  # fmt: skip
    assert (first["conflicts_with"], hundreds["conflicts_with"]) == ("1 3", "0")
    assert (up_to["revises"], up_to["grade"], up_to["text"]) == ("1", "single", "up to 20")
    assert rows[4]["group_id"] == SINGLE.id and rows[4]["group_severity"] == ""


def markdown_tables(out: str) -> list[list[str]]:
    """The tables of a markdown text: runs of lines starting with '|'."""
    tables, current = [], []
    for line in out.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables


def cells(row: str) -> list[str]:
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]


def test_markdown_has_a_summary_and_a_table_per_group():
    out = markdown.render_compare(REPORT)
    summary, killed, before = markdown_tables(out)
    assert cells(summary[0]) == ["#", "quantity", "sources", "claimants", "span", "consensus",
                                 "status"]  # fmt: skip
    assert len(summary) == 2 + 2 and len(killed) == 2 + 4 and len(before) == 2 + 1
    for table_ in (summary, killed, before):
        assert len({len(cells(row)) for row in table_}) == 1  # `|` in cells is escaped
    assert cells(killed[0])[:6] == ["#", "source", "figure as written", "interval",
                                    "claimant (type, via)", "date"]  # fmt: skip
    assert "PTI \\| party (party)" in killed[3]
    assert "## 2. arrested protesters (before: prior to the protest) — single" in out
    assert "- Interior Ministry (no one) (#1) vs PTI \\| party (hundreds) (#2)" in out
    assert "PTI \\| party (hundreds) later lowered to up to 20 (#2 → #3)" in out
    assert "- contested: no one — Interior Ministry" in out


@pytest.mark.parametrize(
    "low, high, strip",
    [
        pytest.param(0, 0, "█───────────────────", id="denial-at-left-edge"),
        pytest.param(1, 1, "█───────────────────", id="lowest"),
        pytest.param(1000, 1000, "───────────────────█", id="highest"),
        pytest.param(10, 100, "──────████████──────", id="bounded"),
        pytest.param(10, None, "──────████████████…▶", id="unbounded"),
        pytest.param(0, 1000, "████████████████████", id="everything"),
        pytest.param(1000, None, "───────────────────▶", id="unbounded-at-the-top"),
    ],
)
def test_range_strip_on_a_log_scale(low, high, strip):
    scale = compare_table.Scale(1, 1000, 20)
    assert scale.strip(low, high, compare_table.Glyphs()) == strip


def test_scale_spans_the_group():
    scale = compare_table.Scale.for_claims(GROUP.claims)
    assert (scale.lo, scale.hi) == (1, 999)  # min low 0 -> 1; max of highs and lows
    assert scale.label(compare_table.Glyphs()) == "1····· log ······999"


@pytest.mark.parametrize("colour", [True, False])
def test_evidence_is_shortened_around_the_figure(colour):
    long = "Word " * 40 + "the ministry said 17 protesters died " + "and more " * 30
    c = report_claim("a", "17", 17, 17, "exact", sentence=long)
    text = compare_table.evidence(c, compare_table.Glyphs(), colour=colour, context=30)
    plain = text.plain
    assert plain.startswith("…") and plain.endswith("…") and len(plain) <= 2 * 30 + 10
    figure = "17" if colour else "»17«"
    at = plain.index(figure)
    assert plain[at - 18 : at] == "the ministry said "
    if colour:
        assert [(s.start, s.end) for s in text.spans] == [(at, at + 2)]


def render_table(report: Report, width: int = 80, stream=None, **kw) -> str:
    out = stream or io.StringIO()
    console = Console(file=out, width=width, **{"color_system": None, **kw})
    compare_table.print_compare(console, report)
    return out.getvalue()


def render_summary(report: Report, width: int = 80, stream=None, **kw) -> str:
    from claimcheck.render.summary import print_summary

    options = TableOptions(**kw.pop("options", {}))
    out = stream or io.StringIO()
    console = Console(file=out, width=width, **{"color_system": None, **kw})
    print_summary(console, report, options)
    return out.getvalue()


def test_compare_table_fits_80_columns():
    out = render_table(REPORT)
    assert all(len(line) <= 80 for line in out.splitlines())
    # who a claim conflicts with is named, with the figure, where the note is
    assert ("✗ conflicts with #2 PTI | party (hundreds), #4 the report (at least 5)"
            in " ".join(out.split()))
    flat = " ".join(out.split())
    assert "↻ later lowered to up to 20 (#3)" in flat
    for part in ("quantity", "killed protesters", "conflict ×200", "[200, 999]", "[5, ∞]",
                 "Interior Ministry", "(government)", "via AP", "2024-11-28", "»hundreds«",
                 "↻ revises hundreds (#2)", "✗ contested: no one; hundreds; at least 5",
                 "arrested protesters (before: prior to the protest)", "· one claimant: up to 20",
                 "2 quantities in 2 sources · 1 in conflict", "██…▶"):  # fmt: skip
        assert part in out, part


def test_compare_table_in_ascii():
    out = render_table(REPORT, stream=AsciiStream())
    out.encode("ascii")
    assert ">>hundreds<<" in out and "[5, inf]" in out and "##.>" in out


def test_compare_table_colour():
    out = render_table(REPORT, color_system="standard", force_terminal=True)
    assert "\x1b[" in out and "»" not in out  # highlighted by style, not by marks


def test_compare_table_without_groups():
    out = render_table(Report((Source("a", "x"),), ()))
    assert out.strip() == "0 quantities in 1 source · 0 in conflict"


WRITES = [
    *(pytest.param(write_extract, RESULT, fmt, "6", id=f"extract-{fmt}") for fmt in FORMATS),
    *(pytest.param(write_compare, REPORT, fmt, "hundreds", id=f"compare-{fmt}")
      for fmt in COMPARE_FORMATS),
]  # fmt: skip


@pytest.mark.parametrize("write, data, fmt, part", WRITES)
def test_every_format_writes_to_a_stream(write, data, fmt, part):
    out = io.StringIO()
    write(data, fmt, out)
    assert out.getvalue().endswith("\n") and part in out.getvalue()


@pytest.mark.parametrize(
    "write, data, fmt",
    [
        pytest.param(write_extract, RESULT, "xml", id="extract-xml"),
        pytest.param(write_extract, RESULT, "markdown", id="extract-markdown"),
        pytest.param(write_compare, REPORT, "xml", id="compare-xml"),
    ],
)
def test_unknown_format(write, data, fmt):
    with pytest.raises(ValueError, match="unknown format"):
        write(data, fmt, io.StringIO())


def test_a_cut_list_of_conflicts_says_so():
    cut = dataclasses.replace(GROUP, conflict_count=900)
    report = Report(REPORT.sources, (cut,))
    assert json.loads(json_.render_compare(report))["groups"][0]["conflict_count"] == 900
    assert json.loads(json_.render_compare(REPORT))["groups"][0]["conflict_count"] == 2
    note = "the 2 most severe of 900 conflicting pairs are listed"
    assert f"_{note.capitalize()}._" in markdown.render_compare(report)
    assert note in " ".join(render_table(report, width=200).split())


def test_long_conflict_notes_are_cut():
    many = tuple(report_claim(f"s{i}", "at least 5", 5, None, "at_least") for i in range(15))
    denial = report_claim("d", "no one", 0, 0, "denial", "Ministry")
    group = dataclasses.replace(
        GROUP, claims=(denial, *many), conflicts=tuple((0, j) for j in range(1, 16)),
        revisions=(), corroboration=(), conflict_count=15,
    )  # fmt: skip
    out = render_table(Report(REPORT.sources, (group,)))
    assert ("✗ conflicts with #2 the report (at least 5), #3 the report (at least 5), #4 the "
            "report (at least 5), #5 #6 #7 #8 #9 #10 #11 #12 #13 (+3 more)") in " ".join(out.split())
    assert all(len(line) <= 80 for line in out.splitlines())


@pytest.mark.parametrize(
    "source, width, expected",
    [
        pytest.param("a", 200, 12, id="short-ids"),
        pytest.param("003-wikipedia-final-call-protest", 80, 12, id="80-columns"),
        pytest.param("003-wikipedia-final-call-protest", 110, 22, id="wider"),
        pytest.param("003-wikipedia-final-call-protest", 300, 32, id="whole-id"),
        pytest.param("x" * 60, 300, 32, id="at-most-32"),
    ],
)
def test_source_column_grows_with_the_console(source, width, expected):
    claims = [report_claim(source, "6", 6, 6, "exact")]
    assert compare_table.source_width(claims, width) == expected


# --------------------------------------------------------------------------- the default view


def test_summary_names_who_says_what_and_both_sides_of_the_main_conflict():
    out = render_summary(REPORT)
    assert all(len(line) <= 80 for line in out.splitlines())
    lines = out.splitlines()
    assert lines[0] == "2 quantities in 2 sources · 1 in conflict"
    block = " ".join(out[out.index(" 1 killed protesters") : out.index(" 2 arrested")].split())
    assert "conflict ×200" in block and "4 claims · 3 claimants · 4 sources" in block
    # one entry a claimant, lowest latest figure first; a revision is written with →
    assert "Interior Ministry: no one · PTI | party: hundreds → up to 20 · d via AP: at least 5" in block
    assert "✗ Interior Ministry “no one” vs PTI | party “hundreds”: 200× apart · 1 other conflicting pair" in block
    single = " ".join(out[out.index(" 2 arrested") :].split())
    assert "a: 4,000" in single and "· one position" in single
    assert "\n✗ cannot both be true · ×N: higher low / lower high" in out


def test_summary_quiet_and_limited():
    out = render_summary(dataclasses.replace(REPORT, groups=(GROUP,)),
                         options={"quiet": True, "omitted": 1})  # fmt: skip
    assert not out.startswith("1 quantit") and "cannot both be true" not in out
    assert out.rstrip().endswith("+1 more quantity (--limit)")


def test_summary_in_ascii():
    out = render_summary(REPORT, stream=AsciiStream())
    out.encode("ascii")
    out = " ".join(out.split())
    assert 'x Interior Ministry "no one" vs PTI | party "hundreds": 200x apart' in out
    assert "hundreds -> up to 20" in out


def test_summary_shows_a_timeline_when_the_group_has_one():
    from claimcheck.render.summary import timeline_text

    first, second = GROUP.claims[0], GROUP.claims[1]
    timed = dataclasses.replace(
        GROUP,
        claims=(dataclasses.replace(first, as_of="2024-11-26"),
                dataclasses.replace(second, as_of="2024-11-28T14:10")),
        timeline=({"claimant": "PTI", "claims": [0, 1]},),
    )  # fmt: skip
    text = timeline_text(timed, compare_table.Glyphs())
    assert text.plain == (
        f"timeline: PTI {first.text} (Tue 26 Nov) → {second.text} (Thu 28 Nov 14:10)"
    )
    assert timeline_text(GROUP, compare_table.Glyphs()) is None  # no days: no timeline


def ids_to_labels(ids_and_paths, width):
    from claimcheck.render.common import source_labels

    sources = [Source(i, "x", p) for i, p in ids_and_paths]
    return source_labels(sources, width)


@pytest.mark.parametrize("width", [4, 6, 8, 12, 16, 20, 24, 32, 40])
def test_source_labels_stay_distinct_at_any_width(width):
    ids = [("reuters-2025-03-03-protest-deaths", "a/reuters-2025-03-03-protest-deaths.txt"),
           ("reuters-2025-03-04-protest-deaths", "a/reuters-2025-03-04-protest-deaths.txt"),
           ("report", "north/report.txt"), ("report-2", "south/report.txt"),
           ("003-wikipedia-final-call-protest", None), ("dawn", "dawn.txt")]  # fmt: skip
    labels = ids_to_labels(ids, width)
    assert len(set(labels.values())) == len(ids)
    assert all(len(label) <= max(width, 4) for label in labels.values())
    assert labels["dawn"] == "dawn"


def test_source_labels_keep_the_part_that_differs():
    ids = [("reuters-2025-03-03-protest-deaths", None), ("reuters-2025-03-04-protest-deaths", None)]
    assert ids_to_labels(ids, 12) == {
        "reuters-2025-03-03-protest-deaths": "reut…-03-03…",
        "reuters-2025-03-04-protest-deaths": "reut…-03-04…",
    }
    assert ids_to_labels(ids, 24)["reuters-2025-03-04-protest-deaths"] == "reuters-2025-03-04…"
    assert ids_to_labels([("report", "north/report.txt"), ("report-2", "south/report.txt")], 20) == {
        "report": "north/report.txt", "report-2": "south/report.txt"}  # fmt: skip


def test_a_status_the_view_does_not_know_says_itself_and_its_span():
    rising = dataclasses.replace(SINGLE, status="rising", low=40, high=46)
    out = " ".join(render_summary(Report(REPORT.sources, (rising,))).split())
    assert "rising: [40, 46]" in out and "one position" not in out
    page = html_.render_compare(Report(REPORT.sources, (rising,)))
    assert "rising: [40, 46]" in page and 'class="badge other"' in page


def test_when_and_where_a_claim_counts_is_shown_when_claims_carry_it():
    from claimcheck.render.common import claim_context

    base = GROUP.claims[0]  # a claim as the time-and-place stage gives it (claimcheck.situate)
    placed = dataclasses.replace(base, as_of="2024-11-26", place="Islamabad")
    assert claim_context(placed) == ["as of 2024-11-26", "place: Islamabad"]
    assert claim_context(base) == []
    group = dataclasses.replace(GROUP, claims=(placed, *GROUP.claims[1:]))
    report = Report(REPORT.sources, (group,))
    assert "as of 2024-11-26 · place: Islamabad" in " ".join(render_table(report).split())
    assert "· as of 2024-11-26 · place: Islamabad" in html_.render_compare(report)


def test_the_details_view_shows_rules_when_asked_and_claims_carry_them():
    explained = dataclasses.replace(GROUP.claims[0], rules=("denial.no_one", "claimant.ministry"))
    report = Report(REPORT.sources, (dataclasses.replace(GROUP, claims=(explained,
                                                                        *GROUP.claims[1:])),))  # fmt: skip
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None)
    compare_table.print_compare(console, report, TableOptions(details=True, explain=True))
    assert "rules: denial.no_one, claimant.ministry" in " ".join(out.getvalue().split())
    assert "rules:" not in render_table(report)  # only when asked


def test_a_restated_claim_is_named_in_json_and_shown_once():
    """A headline's '20' restating its lead's 'at least 20' (conflicts.evaluate fills
    ``restated``): JSON names the pair, the summary shows the lead's wording only, and the
    details view says which claim the headline restates."""
    headline = report_claim("a", "20", 20, 20, "exact", "Officials", sentence="Officials: 20 killed")
    lead = dataclasses.replace(report_claim("a", "at least 20", 20, None, "at_least", "Officials"),
                               sentence_start=200)  # fmt: skip
    lead = dataclasses.replace(lead, quantity=dataclasses.replace(lead.quantity, start=240, end=251))
    group = ClaimGroup("killed/protesters", "killed", "protesters", None, (headline, lead),
                       low=20, high=None, consensus=(20, None), restated=((0, 1),))  # fmt: skip
    report = Report(REPORT.sources, (group,))
    doc = json.loads(json_.render_compare(report))
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert doc["groups"][0]["restatements"] == [{"claim": "a:111", "restates": "a:240"}]
    summary = " ".join(render_summary(report).split())
    assert "Officials: at least 20 " in summary and "1 claimant " in summary
    out = io.StringIO()
    compare_table.print_compare(Console(file=out, width=100, color_system=None), report,
                                TableOptions(details=True))  # fmt: skip
    assert "restates at least 20 (#2)" in " ".join(out.getvalue().split())
