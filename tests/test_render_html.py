"""compare -f html: one self-contained page (inline CSS and SVG, no script, no network) with the
summary, a chart per quantity, the evidence and the legend; drawn by a real browser."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import cli
from claimcheck.models import Report, Source
from claimcheck.render import html_

REPO = Path(__file__).resolve().parent.parent
ENV = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--enable-logging=stderr", "--v=0",
)  # fmt: skip


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    """The bundled reports compared, written with -f html -o."""
    out = tmp_path_factory.mktemp("html") / "report.html"
    result = CliRunner().invoke(
        cli.app, ["compare", str(REPO / "sources"), "-f", "html", "-o", str(out)], env=ENV
    )
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    return out


class Elements(HTMLParser):
    """Every start tag with its attributes; checks that tags close in order."""

    VOID = {"meta", "br", "img", "link", "input", "hr", "circle", "rect", "path", "line"}

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, (tag, self.open[-5:])
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(text: str) -> Elements:
    parser = Elements()
    parser.feed(text)
    parser.close()
    assert parser.open == [], parser.open
    return parser


def test_an_html_file_name_asks_for_the_page(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli.app, ["compare", str(REPO / "sources"), "-o", str(out)],
                                env=ENV)  # fmt: skip
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = CliRunner().invoke(cli.app, ["extract", str(REPO / "sources"), "-o",
                                          str(tmp_path / "claims.html")], env=ENV)  # fmt: skip
    assert result.exit_code == 2 and "cannot write html here" in result.stderr


def test_the_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    elements = parse(text)
    tags = {tag for tag, _ in elements.tags}
    assert {"style", "svg", "table", "mark"} <= tags
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    # nothing to fetch: no external stylesheet, font, image or script
    assert "url(" not in text and "@import" not in text and "@font-face" not in text
    for tag, attrs in elements.tags:
        if tag != "a":
            assert not any(k in ("src", "href") for k in attrs), (tag, attrs)
    assert '<meta name="viewport"' in text and "@media print" in text


def test_the_page_has_the_summary_charts_and_evidence(page):
    import json

    doc = json.loads(CliRunner().invoke(cli.app, ["compare", str(REPO / "sources"), "-f", "json"],
                                        env=ENV).stdout)  # fmt: skip
    text = page.read_text(encoding="utf-8")
    elements = parse(text)
    sections = re.findall(r'<section class="quantity" id="q(\d+)">(.*?)</section>', text, re.S)
    assert [int(n) for n, _ in sections] == list(range(1, len(doc["groups"]) + 1))
    for (_, body), group in zip(sections, doc["groups"], strict=True):
        # one strip a claim and an axis, each an SVG
        assert body.count("<svg") == len(group["claims"]) + 1
        marks = re.findall(r"<mark>(.*?)</mark>", body)
        assert len(marks) == len(group["claims"])
        for claim in group["claims"]:  # every figure highlighted as written
            assert any(" ".join(claim["text"].split()).replace("&", "&amp;") == m for m in marks)
        if group["status"] == "conflict":
            assert '<p class="verdict conflict">✗ ' in body and "× apart" in body
    # a point for an exact figure, a bar for a range, a bar and an arrow for "at least"
    killed = sections[0][1]
    assert "<circle" in killed and "<rect" in killed and "<path" in killed
    links = [a["href"] for tag, a in elements.tags if tag == "a" and a.get("href", "")[:1] != "#"]
    assert links and all(href.endswith(".txt") for href in links)
    # the sides of a conflict link to their evidence, and every link inside the page lands
    ids = {a["id"] for _, a in elements.tags if "id" in a}
    inside = [a["href"][1:] for tag, a in elements.tags if tag == "a" and a["href"][:1] == "#"]
    claim_ids = {c["id"] for g in doc["groups"] for c in g["claims"]}
    assert set(inside) <= ids and set(inside) & claim_ids
    assert "Legend." in text and "an exact figure (a point)" in text


def test_the_page_escapes_what_reports_say():
    from claimcheck.models import Claim, ClaimGroup, Quantity

    sentence = 'The <b>"ministry"</b> & co said 5 died.'
    q = Quantity("5", 100 + sentence.index("5"), 101 + sentence.index("5"), 5, 5, 5, "exact")
    claim = Claim("a<script>", "a.txt", None, "killed", "people", q, 1, sentence, 100,
                  claimant="<script>alert(1)</script>")  # fmt: skip
    group = ClaimGroup("killed/people", "killed", "people", None, (claim,), low=5, high=5,
                       consensus=(5, 5))  # fmt: skip
    text = html_.render_compare(Report((Source("a<script>", "x", "a.txt"),), (group,)))
    assert "<script" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert '&lt;b&gt;&quot;ministry&quot;&lt;/b&gt; &amp; co said <mark>5</mark> died.' in text
    parse(text)


def test_an_empty_report_is_a_page_too():
    text = html_.render_compare(Report((Source("a", "x"),), ()))
    parse(text)
    assert "0 quantities in 1 source" in text


# --------------------------------------------------------------------------- in a browser


def find_chromium() -> str | None:
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def screenshot(url: str, out: Path, size: str, profile: Path) -> str:
    """Render ``url`` headless at ``size`` into ``out``; the browser's log (stderr)."""
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("no Chromium found (apt-get install chromium; .ci/run installs it)")
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={size}",
         f"--screenshot={out}", url],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0 and out.exists(), result.stderr[-2000:]
    return result.stderr


def console_messages(log: str) -> list[str]:
    """What the page wrote to the browser console (errors, uncaught exceptions)."""
    return [line for line in log.splitlines() if ":CONSOLE" in line]


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows of pixels (RGB or RGBA, 8 bits) of a PNG."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, header = 8, b"", None
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(r[i : i + 3]) for r in rows for i in range(0, stride, channels)]


def drawn(path: Path) -> dict[str, float]:
    """How much of a screenshot is not the white page, and how much is the conflict red."""
    width, height, pixels = read_png(path)
    total = width * height
    ink = sum(1 for p in pixels if p != b"\xff\xff\xff")
    red = sum(1 for r, g, b in pixels if r > 150 and g < 80 and b < 80)
    return {"ink": ink / total, "red": red / total, "colours": len(set(pixels))}


@pytest.mark.parametrize("size", ["1000,1400", "390,844"], ids=["desktop", "phone"])
def test_chromium_draws_the_page_without_console_errors(page, tmp_path, size):
    shot = tmp_path / "shot.png"
    log = screenshot(page.as_uri(), shot, size, tmp_path / "profile")
    assert console_messages(log) == []
    seen = drawn(shot)
    assert seen["ink"] > 0.03 and seen["colours"] > 50, seen  # text, tables and charts
    assert seen["red"] > 0.0005, seen  # the conflict badges and the main conflict's sides



def test_the_browser_check_catches_a_broken_page(tmp_path):
    """The checks above can fail: a blank page and a page with a console error."""
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>")
    shot = tmp_path / "blank.png"
    screenshot(blank.as_uri(), shot, "400,300", tmp_path / "p1")
    assert drawn(shot)["ink"] == 0
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><p>x</p><script>console.error('boom')</script>")
    log = screenshot(broken.as_uri(), tmp_path / "broken.png", "400,300", tmp_path / "p2")
    assert any("boom" in line for line in console_messages(log))


def test_chromium_prints_the_page(page, tmp_path):
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("no Chromium found (apt-get install chromium; .ci/run installs it)")
    pdf = tmp_path / "report.pdf"
    result = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0 and console_messages(result.stderr) == []
    pages = re.findall(rb"/Type\s*/Page\b", pdf.read_bytes())
    assert len(pages) > 1  # every quantity, its chart and its evidence, over several pages


PROBE = ("<script>console.log('overflow=' + (document.documentElement.scrollWidth - "
         "window.innerWidth))</script>")  # fmt: skip


def overflow(page_text: str, tmp_path: Path, width: int) -> int:
    """How many CSS pixels the page is wider than a window ``width`` wide (a probe script is
    added to a copy: the page itself has none)."""
    probe = tmp_path / f"probe-{width}.html"
    probe.write_text(page_text.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    log = screenshot(probe.as_uri(), tmp_path / f"probe-{width}.png", f"{width},800",
                     tmp_path / f"profile-{width}")  # fmt: skip
    (line,) = [m for m in console_messages(log) if "overflow=" in m]
    return int(re.search(r"overflow=(-?\d+)", line).group(1))


def test_the_page_fits_a_phone(page, tmp_path):
    assert overflow(page.read_text(encoding="utf-8"), tmp_path, 360) <= 0
    wide = "<!DOCTYPE html><html><body><table><tr><td>" + "x" * 300 + "</td></tr></table></body></html>"
    assert overflow(wide, tmp_path, 360) > 0  # the probe sees a page that does not fit
