"""Hard inputs: each gets one line on stderr naming it and the reason, and never costs the
other sources a claim. The real parser reads the bundled reports next to each bad input."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from make_pages import make_page
from typer.testing import CliRunner

from claimcheck import cli, pipeline, sources

REPO = Path(__file__).resolve().parent.parent
BUNDLED = str(REPO / "sources")
ENV = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}
REPORT = "date 2024-11-27 Police said 450 protesters were arrested in Islamabad on Tuesday.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def run(*args: str, input: str | bytes | None = None):
    result = CliRunner().invoke(cli.app, list(args), input=input, env=ENV)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


def claim_key(c: dict) -> tuple:
    return (c["source"], c["measure"], c["subject"], c["value"], c["low"], c["high"],
            c["qualifier"], c["claimant"], c["start"], c["end"])  # fmt: skip


@pytest.fixture(scope="module")
def bundled_claims() -> Counter:
    """The claims of the bundled reports read alone."""
    result = run("extract", BUNDLED, "-f", "json")
    assert result.exit_code == 0 and result.stderr == ""
    claims = Counter(claim_key(c) for c in json.loads(result.stdout)["claims"])
    assert len(claims) > 40
    return claims


def extract_with(*args: str, input: str | bytes | None = None) -> tuple[int, list[str], dict]:
    """Run ``extract -f json`` on the bundled reports and ``args``: exit code, stderr lines,
    the JSON document."""
    result = run("extract", BUNDLED, *args, "-f", "json", input=input)
    lines = result.stderr.splitlines()
    assert all(line.startswith("claimcheck: ") for line in lines), lines
    return result.exit_code, lines, json.loads(result.stdout)


def assert_nothing_lost(doc: dict, bundled_claims: Counter) -> None:
    got = Counter(claim_key(c) for c in doc["claims"])
    assert not bundled_claims - got, "a bundled report lost claims"
    bundled_ids = {key[0] for key in bundled_claims}
    assert bundled_ids <= {s["id"] for s in doc["sources"]}


def write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


# Each case makes the bad input in a folder and returns the arguments to add, plus the
# expected (level, path, message part) of each stderr line about it.
Case = Callable[[Path, pytest.MonkeyPatch], tuple[list[str], list[tuple[str, str, str]]]]


def empty_file(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "empty.txt", "")
    return [p], [("warning", p, "skipped: empty file")]


def whitespace_file(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "blank.md", " \n\t\n")
    return [p], [("warning", p, "skipped: empty file")]


def binary_file(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "blob.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    return [p], [("warning", p, "skipped: binary file (NUL bytes)")]


def image_named_directly(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "photo.png", PNG)
    return [p], [("warning", p, "skipped: an image (PNG), not text")]


def jpeg_named_txt(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "scan.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    return [p], [("warning", p, "skipped: an image (JPEG), not text")]


def pdf_named_directly(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "report.pdf", PDF)
    return [p], [("warning", p, "skipped: a PDF document, not text (claimcheck reads text")]


def pdf_in_a_directory(d: Path, mp: pytest.MonkeyPatch):
    write(d / "folder" / "good.txt", REPORT)
    pdf = write(d / "folder" / "annex.pdf", PDF)
    write(d / "folder" / "logo.png", PNG)  # images in a folder are left out silently
    return [str(d / "folder")], [("warning", pdf, "skipped: a PDF document (claimcheck reads")]


def docx_in_a_directory(d: Path, mp: pytest.MonkeyPatch):
    write(d / "folder" / "good.txt", REPORT)
    doc = write(d / "folder" / "notes.docx", b"PK\x03\x04\x14\x00\x06\x00")
    return [str(d / "folder")], [("warning", doc, "skipped: a Word document")]


def zip_named_directly(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "notes.docx", b"PK\x03\x04\x14\x00\x06\x00")
    return [p], [("warning", p, "skipped: a ZIP archive")]


def cp1252_text(d: Path, mp: pytest.MonkeyPatch):
    text = (
        "Police said \u201c450\u201d protesters were arrested near the caf\xe9 on Tuesday, "
        "and the hospital\u2019s director said 12 people were injured. " * 5
    )
    p = write(d / "legacy.txt", text.encode("cp1252"))
    return [p], [("warning", p, "not UTF-8; decoded as cp125")]


def cyrillic_text(d: Path, mp: pytest.MonkeyPatch):
    text = "Полиция задержала 450 протестующих в Исламабаде во вторник. " * 4
    p = write(d / "russian.txt", text.encode("cp1251"))
    return [p], [
        ("warning", p, "not UTF-8; decoded as cp1251 (detected by charset-normalizer)"),
        ("warning", p, "written mostly in Cyrillic script; claimcheck reads English"),
    ]


def utf16_text(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "wide.txt", REPORT.encode("utf-16"))
    return [p], [("warning", p, "not UTF-8; decoded as UTF-16 (byte-order mark)")]


def undecodable_bytes(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "noise.txt", bytes(range(0x80, 0x100)) * 2 + b"\nPolice arrested 12.\n")
    return [p], [("warning", p, "undecodable byte(s) replaced with U+FFFD")]


def over_the_size_cap(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "huge.txt", REPORT * 4000)  # 330 kB
    return [p, "--max-size", "100kB"], [
        ("warning", p, "skipped: 328 kB is over the size cap of 100 kB (--max-size)")
    ]


def unreadable_file(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "locked.txt", REPORT)
    os.chmod(p, 0)
    if os.access(p, os.R_OK):  # root reads anything: let the open fail all the same
        real = sources._read_bytes

        def deny(path: str, limit: int | None = None, size: int | None = None) -> bytes:
            if path == p:
                raise PermissionError(13, "Permission denied", path)
            return real(path, limit, size)

        mp.setattr(sources, "_read_bytes", deny)
    return [p], [("error", p, "cannot read: permission denied")]


def missing_file(d: Path, mp: pytest.MonkeyPatch):
    p = str(d / "nowhere.txt")
    return [p], [("error", p, "no such file or directory")]


def broken_link(d: Path, mp: pytest.MonkeyPatch):
    link = d / "gone.txt"
    link.symlink_to(d / "deleted.txt")
    return [str(link)], [("error", str(link), f"broken symbolic link (to {d / 'deleted.txt'})")]


def file_link_loop(d: Path, mp: pytest.MonkeyPatch):
    (d / "a.txt").symlink_to(d / "b.txt")
    (d / "b.txt").symlink_to(d / "a.txt")
    p = str(d / "a.txt")
    return [p], [("error", p, "too many levels of symbolic links (a symbolic link loop)")]


def folder_link_loop(d: Path, mp: pytest.MonkeyPatch):
    write(d / "folder" / "sub" / "good.txt", REPORT)
    (d / "folder" / "sub" / "back").symlink_to("..")
    loop = str(d / "folder" / "sub" / "back")
    return [str(d / "folder")], [("warning", loop, "skipped: a symbolic link loop (back to ..)")]


def unreadable_folder(d: Path, mp: pytest.MonkeyPatch):
    write(d / "folder" / "good.txt", REPORT)
    (d / "folder" / "private").mkdir()
    p = str(d / "folder" / "private")
    real = os.scandir

    def deny(path):
        if str(path) == p:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    mp.setattr(sources.os, "scandir", deny)
    return [str(d / "folder")], [("error", p, "cannot read directory: permission denied")]


def folder_without_sources(d: Path, mp: pytest.MonkeyPatch):
    write(d / "pictures" / "a.png", PNG)
    p = str(d / "pictures")
    return [p], [("error", p, "no sources found (no .txt, .md, .html or .htm files)")]


def no_sentence_punctuation(d: Path, mp: pytest.MonkeyPatch):
    words = "police said 450 protesters were arrested and the crowd moved on towards the square "
    p = write(d / "transcript.txt", words * 80)  # 6,800 characters, one sentence
    return [p], [("warning", p, "characters with no sentence punctuation (. ! ?) or line break")]


def table_of_numbers(d: Path, mp: pytest.MonkeyPatch):
    table = "province,killed,injured,arrested\nPunjab,5,12,300\nSindh,2,8,150\nKP,10,40,1000\n"
    p = write(d / "figures.txt", table)
    return [p], [("warning", p, "3 lines look like a table of numbers")]


def markdown_table(d: Path, mp: pytest.MonkeyPatch):
    table = (
        "| Province | Killed | Injured |\n|---|---|---|\n| Punjab | 5 | 12 |\n| Sindh | 2 | 8 |\n"
    )
    p = write(d / "figures.md", "Casualties by province.\n\n" + table)
    return [p], [("warning", p, "2 lines look like a table of numbers")]


def french_text(d: Path, mp: pytest.MonkeyPatch):
    text = (
        "La police a arrêté 450 manifestants à Islamabad mardi. Au moins six personnes ont "
        "été tuées et des dizaines blessées, selon les hôpitaux de la capitale, tandis que "
        "le gouvernement dément toute victime parmi les partisans du parti."
    )
    p = write(d / "depeche.txt", text)
    return [p], [("warning", p, "does not look like English; claimcheck reads English")]


def urdu_text(d: Path, mp: pytest.MonkeyPatch):
    text = (
        "اسلام آباد میں پولیس نے 450 مظاہرین کو گرفتار کر لیا۔ کم از کم چھ افراد ہلاک ہوگئے۔ " * 3
    )
    p = write(d / "urdu.txt", text)
    return [p], [("warning", p, "written mostly in Arabic script")]


def page_without_article(d: Path, mp: pytest.MonkeyPatch):
    # a page drawn by JavaScript, saved before it ran: a shell with no text
    page = (
        '<!DOCTYPE html><html><head><title>Live: Islamabad</title><script src="/app.js">'
        '</script></head><body><div id="root"></div></body></html>'
    )
    p = write(d / "live.html", page)
    return [p], [("warning", p, "skipped: no article text found in the HTML page")]


def only_a_date_marker(d: Path, mp: pytest.MonkeyPatch):
    p = write(d / "marker.txt", "date 2024-11-27\n")
    return [p], [("warning", p, "skipped: no text after the metadata")]


def unsupported_url_scheme(d: Path, mp: pytest.MonkeyPatch):
    return ["ftp://example.org/report.txt"], [
        (
            "error",
            "ftp://example.org/report.txt",
            "unsupported URL scheme 'ftp' (only http and https)",
        )
    ]


HARD: list[Case] = [
    empty_file, whitespace_file, binary_file, image_named_directly, jpeg_named_txt,
    pdf_named_directly, pdf_in_a_directory, docx_in_a_directory, zip_named_directly,
    cp1252_text, cyrillic_text, utf16_text, undecodable_bytes, over_the_size_cap,
    unreadable_file, missing_file, broken_link, file_link_loop, folder_link_loop,
    unreadable_folder, folder_without_sources, no_sentence_punctuation, table_of_numbers,
    markdown_table, french_text, urdu_text, page_without_article, only_a_date_marker,
    unsupported_url_scheme,
]  # fmt: skip


@pytest.mark.parametrize("case", HARD, ids=[c.__name__ for c in HARD])
def test_hard_input_is_named_and_loses_nothing(tmp_path, monkeypatch, bundled_claims, case):
    args, expected = case(tmp_path, monkeypatch)
    code, lines, doc = extract_with(*args)
    for level, path, part in expected:
        prefix = f"claimcheck: {level}: {path}: "
        assert any(line.startswith(prefix) and part in line for line in lines), (part, lines)
    assert len(lines) == len(expected), lines  # one line each, nothing else
    assert [(p["level"], p["path"]) for p in doc["problems"]] == [(lv, p) for lv, p, _ in expected]
    assert code == (2 if any(level == "error" for level, _, _ in expected) else 0)
    assert_nothing_lost(doc, bundled_claims)


def test_other_languages_and_encodings_keep_their_figures(tmp_path, monkeypatch):
    # what is read is still parsed: a figure in a legacy-encoded English report is found,
    # at offsets that index the file read with the encoding named in the JSON
    args, _ = cp1252_text(tmp_path, monkeypatch)
    _, _, doc = extract_with(*args)
    (source,) = [s for s in doc["sources"] if s["id"] == "legacy"]
    assert source["text_from"] == "file" and source["text"] is None
    assert source["encoding"].startswith("cp125")
    with open(args[0], encoding=source["encoding"], newline="") as fh:
        text = fh.read()
    claims = [c for c in doc["claims"] if c["source"] == "legacy"]
    assert {c["value"] for c in claims} >= {450, 12}
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"]


def test_very_long_lines_are_read_whole(tmp_path, bundled_claims):
    # a 270 kB line of ordinary sentences is nothing wrong: no warning, every figure found
    line = "".join(f"Police said {n:,} protesters were arrested. " for n in range(1, 6001))
    p = write(tmp_path / "long.txt", line + "\n")
    code, lines, doc = extract_with(p)
    assert code == 0 and lines == []
    values = sorted(c["value"] for c in doc["claims"] if c["source"] == "long")
    assert values == list(range(1, 6001))
    for c in doc["claims"]:
        if c["source"] == "long":
            assert line[c["start"] : c["end"]] == c["text"] and c["line"] == 1
    assert_nothing_lost(doc, bundled_claims)


def test_a_parser_crash_loses_only_that_source(tmp_path, monkeypatch, bundled_claims):
    real = pipeline.extract_claims
    p = write(tmp_path / "crash.txt", REPORT)

    def crash(source, lexicon=None):
        if source.id == "crash":
            raise RecursionError("maximum recursion depth exceeded")
        return real(source, lexicon)

    monkeypatch.setattr(pipeline, "extract_claims", crash)
    code, lines, doc = extract_with(p)
    assert code == 4
    assert lines == [f"claimcheck: error: {p}: internal error while parsing: RecursionError: "
                     "maximum recursion depth exceeded"]  # fmt: skip
    assert_nothing_lost(doc, bundled_claims)


def test_stdin_with_the_others(bundled_claims):
    code, lines, doc = extract_with("-", input="Police said 12 people were injured.\n")
    assert code == 0 and lines == []
    (stdin,) = [s for s in doc["sources"] if s["id"] == "stdin"]
    assert stdin["text_from"] == "stdin" and stdin["text"].startswith("Police said 12")
    assert [c["value"] for c in doc["claims"] if c["source"] == "stdin"] == [12]
    assert_nothing_lost(doc, bundled_claims)


def test_html_on_stdin_is_extracted():
    # `curl -s https://… | claimcheck extract -`: a page is recognised by its first bytes
    page = make_page(REPORT, slug="wire-1", outlet="Wire")
    result = run("extract", "-", "-f", "json", input=page)
    assert result.exit_code == 0 and result.stderr == ""
    doc = json.loads(result.stdout)
    (source,) = doc["sources"]
    assert (source["text_from"], source["outlet"], source["date"]) == ("html", "Wire", "2024-11-27")
    assert "24/7" not in source["text"] and "5,000" not in source["text"]  # nav, comments
    (claim,) = doc["claims"]
    assert source["text"][claim["start"] : claim["end"]] == claim["text"] == "450"


# --------------------------------------------------------------------------- many files


def make_folder(root: Path, n: int) -> Path:
    folder = root / "many"
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:05d}.txt").write_text(f"Police said {i + 1:,} protesters were arrested.\n")
    return folder


def test_thousands_of_files(tmp_path):
    n = 3000
    folder = make_folder(tmp_path, n)
    calls = []
    result = pipeline.extract([str(folder)], progress=lambda *a: calls.append(a))
    assert len(result.sources) == n and result.problems == ()
    assert sorted(c.value for c in result.claims) == list(range(1, n + 1))
    assert [done for done, _, _ in calls] == list(range(1, n + 1))
    assert {total for _, total, _ in calls} == {n}
    assert calls[-1][2].endswith(f"r{n - 1:05d}.txt")


def test_no_progress_bar_in_a_pipe(tmp_path):
    folder = make_folder(tmp_path, 300)
    result = run("extract", str(folder), "-f", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""  # stderr is not a terminal
    assert len(result.stdout.splitlines()) == 300


def test_progress_bar_on_a_terminal(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, 50)
    monkeypatch.setattr(cli, "stderr_is_terminal", lambda: True)
    result = CliRunner().invoke(
        cli.app, ["extract", str(folder), "-f", "jsonl"], env={**ENV, "TERM": "xterm"}
    )
    assert result.exit_code == 0
    assert "reading" in result.stderr and "━" in result.stderr  # drawn on stderr ...
    assert len(result.stdout.splitlines()) == 50  # ... and stdout carries only the data
    assert all(json.loads(line)["measure"] == "arrested" for line in result.stdout.splitlines())


def test_no_progress_bar_on_a_dumb_terminal(tmp_path, monkeypatch):
    folder = make_folder(tmp_path, 20)
    monkeypatch.setattr(cli, "stderr_is_terminal", lambda: True)
    result = CliRunner().invoke(cli.app, ["extract", str(folder), "-f", "jsonl"], env=ENV)
    assert result.exit_code == 0 and result.stderr == ""  # TERM=dumb: no cursor moves


def test_the_library_reports_progress_for_each_input(tmp_path):
    write(tmp_path / "a.txt", REPORT)
    write(tmp_path / "b.txt", "")
    calls = []
    got, problems = sources.load_sources(
        [str(tmp_path / "a.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "b.txt")],
        progress=lambda *a: calls.append(a),
    )
    assert [s.id for s in got] == ["a"] and len(problems) == 2
    assert calls == [(1, 2, str(tmp_path / "a.txt")), (2, 2, str(tmp_path / "b.txt"))]


# --------------------------------------------------------------------------- manifests


def test_manifest_metadata_overrides_the_files(tmp_path, bundled_claims):
    write(
        tmp_path / "reports" / "a.md",
        "---\noutlet: Front Matter Wire\ndate: 2024-11-01\n---\n" + REPORT,
    )
    write(tmp_path / "reports" / "b.txt", "date 2024-11-02 Officials said 954 people were held.\n")
    write(tmp_path / "list" / "sources.csv",
          "path,id,outlet,date,notes\n"
          "../reports/a.md,agency-1,Agency,2024-11-28,checked\n"
          "../reports/b.txt,,,,\n")  # fmt: skip
    code, lines, doc = extract_with("--manifest", str(tmp_path / "list" / "sources.csv"))
    assert code == 0 and lines == []
    by_id = {s["id"]: s for s in doc["sources"]}
    assert (by_id["agency-1"]["outlet"], by_id["agency-1"]["date"]) == ("Agency", "2024-11-28")
    assert by_id["agency-1"]["path"] == os.path.join(str(tmp_path / "list"), "../reports/a.md")
    assert (by_id["b"]["outlet"], by_id["b"]["date"]) == (None, "2024-11-02")  # empty cells
    assert {c["date"] for c in doc["claims"] if c["source"] == "agency-1"} == {"2024-11-28"}
    assert_nothing_lost(doc, bundled_claims)


def test_manifest_alone_reads_only_its_rows(tmp_path, monkeypatch):
    write(tmp_path / "sources" / "default.txt", REPORT)  # ./sources is not read
    write(tmp_path / "x.txt", REPORT)
    write(tmp_path / "m.csv", "\ufeffPath;Outlet\nx.txt;Wire\n")  # a spreadsheet's BOM and ;
    monkeypatch.chdir(tmp_path)
    result = run("extract", "--manifest", "m.csv", "-f", "json")
    assert result.exit_code == 0 and result.stderr == ""
    assert [(s["id"], s["outlet"]) for s in json.loads(result.stdout)["sources"]] == [("x", "Wire")]


def test_manifest_and_paths_name_a_file_once(tmp_path):
    a = write(tmp_path / "a.txt", REPORT)
    write(tmp_path / "m.csv", "path,outlet\na.txt,Wire\n")
    got, problems = sources.load_sources([a], manifest=str(tmp_path / "m.csv"))
    assert problems == [] and [(s.id, s.outlet) for s in got] == [("a", "Wire")]


@pytest.mark.parametrize(
    "manifest, level, part",
    [
        pytest.param(None, "error", "cannot read manifest: no such file or directory", id="missing"),
        pytest.param("file,where\na.txt,here\n", "error",
                     "manifest has no 'path' or 'url' column", id="no-path-column"),
        pytest.param("", "error", "manifest is empty", id="empty"),
        pytest.param("path,outlet\n,Wire\n", "warning", "line 2: no path or url; row skipped",
                     id="row-without-path"),
        pytest.param("path,date\nnowhere.txt,2024-11-27\n", "error", "nowhere.txt: no such file",
                     id="row-names-a-missing-file"),
        pytest.param("path,date\na.txt,27/11/2024\n", "warning",
                     "line 2: date '27/11/2024' is not YYYY-MM-DD; ignored", id="bad-date"),
        pytest.param("path,id\n.,x\n", "warning", "an id (", id="id-for-a-directory"),
    ],
)  # fmt: skip
def test_manifest_problems(tmp_path, bundled_claims, manifest, level, part):
    write(tmp_path / "a.txt", REPORT)
    path = tmp_path / "m.csv"
    if manifest is not None:
        write(path, manifest)
    code, lines, doc = extract_with("--manifest", str(path))
    assert any(line.startswith(f"claimcheck: {level}: ") and part in line for line in lines), lines
    assert code == (2 if level == "error" else 0)
    assert_nothing_lost(doc, bundled_claims)


@pytest.mark.parametrize(
    "value, size",
    [("10MB", 10_000_000), ("500kB", 500_000), ("2GiB", 2 * 1024**3), ("1000", 1000),
     ("1.5 MB", 1_500_000), ("64k", 64_000)],
)  # fmt: skip
def test_max_size_units(value, size):
    assert cli.parse_size(value) == size


@pytest.mark.parametrize("value", ["ten", "-5", "0", "5 TB"])
def test_bad_max_size_is_a_usage_error(value):
    result = run("extract", BUNDLED, "--max-size", value)
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("claimcheck: error: ") and "--max-size" in line
