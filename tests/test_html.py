"""Saved web pages: the article's text and metadata, the same claims as the text reports,
offsets into the extracted text (which the JSON carries), and no cost for plain runs."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from collections import Counter
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from make_pages import make_page, write_pages
from typer.testing import CliRunner

from claimcheck import cli
from claimcheck.pipeline import extract
from claimcheck.sources import load_sources

REPO = Path(__file__).resolve().parent.parent
REPORTS = sorted((REPO / "sources").glob("*.txt"))
ENV = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}
CLAIM_PARTS = ("source", "measure", "subject", "value", "low", "high", "qualifier", "claimant")


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(cli.app, list(args), input=input, env=ENV)
    assert "Traceback" not in result.stdout + result.stderr
    return result


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    """A saved page (navigation, adverts, comments, footer) around each bundled report."""
    folder = tmp_path_factory.mktemp("pages")
    write_pages(REPORTS, folder)
    return folder


def claim_counts(claims) -> Counter:
    return Counter(tuple(getattr(c, part) for part in CLAIM_PARTS) for c in claims)


def test_pages_yield_the_claims_of_the_text_reports(pages):
    text = extract([str(REPO / "sources")])
    html = extract([str(pages)])
    assert text.problems == () and html.problems == ()
    assert [s.id for s in html.sources] == [s.id for s in text.sources]
    assert len(text.claims) > 40
    assert claim_counts(html.claims) == claim_counts(text.claims)


def test_page_metadata_and_offsets(pages):
    result = extract([str(pages / "001-nearly-1000-arrested.html")])
    (source,) = result.sources
    assert (source.title, source.outlet, source.date, source.url, source.text_from) == (
        "Protest in the capital: what we know", "Capital Wire", "2024-11-27",
        "https://news.example/001-nearly-1000-arrested", "html",
    )  # fmt: skip
    for boilerplate in ("Subscribe", "cookies", "ADVERTISEMENT", "Most read", "reader_77", "©"):
        assert boilerplate not in source.text
    assert result.claims
    for claim in result.claims:
        assert claim.path == str(pages / "001-nearly-1000-arrested.html")
        assert source.text[claim.start : claim.end] == claim.text
        assert claim.line == source.text.count("\n", 0, claim.start) + 1


def report_schema() -> dict:
    text = files("claimcheck").joinpath("data/report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def test_json_carries_the_extracted_text_only_when_it_is_not_the_file(pages):
    result = run("compare", str(pages / "000-ilkha-islamabad-crackdown.html"),
                 str(REPO / "sources" / "001-nearly-1000-arrested.txt"), "-f", "json")  # fmt: skip
    assert result.exit_code == 0 and result.stderr == ""
    doc = json.loads(result.stdout)
    jsonschema.Draft202012Validator(report_schema()).validate(doc)
    page, text = doc["sources"]
    assert (page["text_from"], text["text_from"]) == ("html", "file")
    assert page["text"] and page["chars"] == len(page["text"]) and page["bytes"] > page["chars"]
    assert text["text"] is None and text["encoding"] == "utf-8"
    by_id = {s["id"]: s for s in doc["sources"]}
    claims = [c for g in doc["groups"] for c in g["claims"]]
    for c in claims:
        source = by_id[c["source"]]
        body = source["text"] if source["text"] is not None else Path(c["path"]).read_text()
        assert body[c["start"] : c["end"]] == c["text"]


def test_extract_json_too(pages):
    result = run("extract", str(pages / "002-security-forces-crackdown.html"), "-f", "json")
    (source,) = json.loads(result.stdout)["sources"]
    assert source["text_from"] == "html" and source["text"].startswith("Protest in the capital")


def test_sources_show_text_dumps_the_extracted_text(pages):
    page = str(pages / "004-agency-final-call-march.html")
    result = run("sources", page, "--show-text")
    assert result.exit_code == 0 and result.stderr == ""
    header = f"==> 004-agency-final-call-march ({page}) <=="
    assert header in result.stdout
    dumped = result.stdout.split(header + "\n", 1)[1]
    (source,), _ = load_sources([page])
    assert dumped.rstrip("\n") == source.text.rstrip("\n")


def test_directories_take_pages_but_not_a_saved_pages_assets(tmp_path):
    page = make_page("Police said 450 protesters were arrested.\n", slug="a", outlet="Wire")
    (tmp_path / "Article.html").write_text(page)
    (tmp_path / "Article_files").mkdir()
    (tmp_path / "Article_files" / "ad-frame.htm").write_text(page)  # an iframe of the page
    (tmp_path / "notes.htm").write_text(page)
    (tmp_path / "notes.txt").write_text("Police said 12 people were injured.\n")
    got, problems = load_sources([str(tmp_path)])
    assert problems == []
    assert [(s.id, s.text_from) for s in got] == [
        ("Article", "html"), ("notes", "html"), ("notes-2", "file"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "declared, body, encoding, warning",
    [
        pytest.param('<meta charset="windows-1252">', "caf\xe9 \u201cquoted\u201d", "cp1252",
                     None, id="meta-charset"),
        pytest.param('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
                     "caf\xe9", "latin-1", None, id="http-equiv"),
        pytest.param("", "caf\xe9 \u201cquoted\u201d and na\xefve", "cp1252",
                     "not UTF-8; decoded as", id="undeclared"),
    ],
)  # fmt: skip
def test_page_encodings(tmp_path, declared, body, encoding, warning):
    article = "".join(
        f"<p>Police said {n} protesters were arrested near the {body} on Tuesday.</p>"
        for n in (450, 12, 30)
    )
    page = f"<!DOCTYPE html><html><head>{declared}<title>T</title></head><body><article>{article}</article></body></html>"
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode(encoding))
    (src,), problems = load_sources([str(path)])
    assert body in src.text
    messages = [p.message for p in problems]
    if warning:
        assert len(messages) == 1 and warning in messages[0]
    else:
        assert messages == [] and src.encoding == codecs.lookup(encoding).name


def test_make_pages_script(tmp_path):
    out = subprocess.run(
        [sys.executable, str(REPO / "tests" / "make_pages.py"), str(tmp_path)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    written = out.stdout.split()
    assert len(written) == len(REPORTS) and all(p.endswith(".html") for p in written)
    assert "og:site_name" in Path(written[0]).read_text()


def test_plain_runs_do_not_import_the_html_and_encoding_libraries():
    code = (
        "import sys\n"
        "from claimcheck import cli\n"
        "code = cli.app(['compare', 'sources', '-f', 'json'], standalone_mode=False)\n"
        "assert code == 0, code\n"
        "heavy = {'trafilatura', 'charset_normalizer', 'lxml', 'urllib.request'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )  # fmt: skip
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, capture_output=True)
