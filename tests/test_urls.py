"""URLs as sources, against a local HTTP server the tests start on 127.0.0.1 (never another
address): pages and text are read, and each URL that fails is one line on stderr while the
other sources still run."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from make_pages import make_page
from typer.testing import CliRunner

from claimcheck import cli
from claimcheck.fetch import url_slug
from claimcheck.sources import load_sources

REPO = Path(__file__).resolve().parent.parent
BUNDLED = str(REPO / "sources")
ENV = {"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "dumb"}
REPORT = "date 2024-11-27 Police said 450 protesters were arrested in Islamabad on Tuesday.\n"
PAGE = make_page(REPORT, slug="article", outlet="Capital Wire").encode("utf-8")
BIG = 300_000

# path -> (status, headers, body, seconds to wait before answering)
ROUTES: dict[str, tuple[int, dict[str, str], bytes, float]] = {
    "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE, 0),
    "/plain.txt": (200, {"Content-Type": "text/plain"}, b"Officials said 954 people were held.\n", 0),
    "/latin.txt": (200, {"Content-Type": "text/plain; charset=iso-8859-1"},
                   "Caf\xe9 owner: 12 people were injured.\n".encode("latin-1"), 0),
    "/no-type": (200, {}, PAGE, 0),  # sniffed: it starts like an HTML document
    "/missing": (404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>", 0),
    "/broken": (500, {"Content-Type": "text/plain"}, b"oops", 0),
    "/slow": (200, {"Content-Type": "text/plain"}, b"Police arrested 7.\n", 3.0),
    "/big": (200, {"Content-Type": "text/plain", "Content-Length": str(BIG)}, b"x" * BIG, 0),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n", 0),
    "/photo": (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0", 0),
    "/binary": (200, {"Content-Type": "application/octet-stream"}, b"\x00\x01\x02\x03" * 10, 0),
    "/empty": (200, {"Content-Type": "text/plain"}, b"", 0),
    "/redirect": (302, {"Location": "/article.html"}, b"", 0),
}  # fmt: skip


class Handler(BaseHTTPRequestHandler):
    seen: list[tuple[str, str]] = []  # (path, User-Agent) of each request

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        Handler.seen.append((self.path, self.headers.get("User-Agent", "")))
        if self.path == "/unbounded":  # no Content-Length, more than the cap
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(BIG // 10_000):
                self.wfile.write(b"y" * 10_000)
            return
        if self.path == "/drip":  # answers at once, then a byte every 0.1 s
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"z")
                self.wfile.flush()
                time.sleep(0.1)
            return
        status, headers, body, wait = ROUTES.get(self.path, (404, {}, b"", 0))
        time.sleep(wait)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    """Requests go straight to 127.0.0.1, whatever proxy the machine sets."""
    for name in (
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setenv("NO_PROXY", "*")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # URLs are fetched side by side: no connection waits for a SYN retry

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up (a timeout, a size cap) breaks the pipe: not news


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def closed_port() -> str:
    """A URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/report"


def run(*args: str):
    result = CliRunner().invoke(cli.app, list(args), env=ENV)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_pages_and_text_from_urls(server):
    page, plain = f"{server}/article.html", f"{server}/plain.txt"
    result = run("extract", page, plain, "-f", "json")
    assert result.exit_code == 0 and result.stderr == ""
    doc = json.loads(result.stdout)
    article, text = doc["sources"]
    assert (article["id"], article["text_from"], article["path"], article["url"]) == (
        "article", "html", None, page,
    )  # fmt: skip
    assert (article["outlet"], article["date"]) == ("Capital Wire", "2024-11-27")
    assert "Subscribe" not in article["text"] and "reader_77" not in article["text"]
    assert (text["id"], text["text_from"], text["outlet"]) == ("plain", "url", "127.0.0.1")
    assert text["text"] == "Officials said 954 people were held.\n"
    by_id = {s["id"]: s for s in doc["sources"]}
    assert {c["value"] for c in doc["claims"]} == {450, 954}
    for c in doc["claims"]:
        assert c["path"] is None
        assert by_id[c["source"]]["text"][c["start"] : c["end"]] == c["text"]
    assert all(agent.startswith("claimcheck/") for _, agent in Handler.seen)


def test_failing_urls_are_one_line_each_and_the_others_still_run(server, closed_port):
    urls = {
        f"{server}/missing": ("error", "cannot fetch: HTTP 404 Not Found"),
        f"{server}/broken": ("error", "cannot fetch: HTTP 500 Internal Server Error"),
        closed_port: ("error", "cannot fetch: connection refused"),
        f"{server}/slow": ("error", "cannot fetch: timed out after 1 s (--timeout)"),
        f"{server}/big": ("warning", "skipped: 300 kB is over the size cap of 100 kB (--max-size)"),
        f"{server}/unbounded": ("warning", "skipped: more than the size cap of 100 kB"),
        f"{server}/report.pdf": ("warning", "skipped: a PDF document (application/pdf), not text"),
        f"{server}/photo": ("warning", "skipped: an image (image/jpeg), not text or HTML"),
        f"{server}/binary": ("warning", "skipped: binary file (NUL bytes)"),
        f"{server}/empty": ("warning", "skipped: empty file"),
    }
    start = time.monotonic()
    result = run("compare", BUNDLED, f"{server}/article.html", *urls, "--timeout", "1",
                 "--max-size", "100kB", "-f", "json")  # fmt: skip
    assert time.monotonic() - start < 10  # fetched side by side, each within its timeout
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    for url, (level, message) in urls.items():
        (line,) = [line for line in lines if line.startswith(f"claimcheck: {level}: {url}: ")]
        assert message in line, line
    assert len(lines) == len(urls)
    doc = json.loads(result.stdout)
    ids = [s["id"] for s in doc["sources"]]
    assert ids[-1] == "article" and len(ids) == 6  # the five bundled reports, then the page
    claims = [c for g in doc["groups"] for c in g["claims"]]
    assert {c["source"] for c in claims} == set(ids)


def test_a_slow_drip_meets_the_timeout(server):
    start = time.monotonic()
    got, (problem,) = load_sources([f"{server}/drip"], timeout=1.0)
    assert got == [] and problem.level == "error" and "timed out after 1 s" in problem.message
    assert time.monotonic() - start < 3


def test_redirects_are_followed_and_the_url_kept_as_given(server):
    (source,), problems = load_sources([f"{server}/redirect"])
    assert problems == [] and source.text_from == "html" and source.url == f"{server}/redirect"
    assert source.id == "redirect"


def test_content_is_sniffed_and_charsets_honoured(server):
    got, problems = load_sources([f"{server}/no-type", f"{server}/latin.txt"])
    assert problems == []
    page, latin = got
    assert page.text_from == "html" and "450 protesters" in page.text
    assert (
        latin.text == "Caf\xe9 owner: 12 people were injured.\n" and latin.encoding == "iso-8859-1"
    )


def test_a_url_named_twice_is_fetched_once(server):
    Handler.seen.clear()
    got, problems = load_sources([f"{server}/plain.txt", f"{server}/plain.txt"])
    assert problems == [] and len(got) == 1
    assert [path for path, _ in Handler.seen] == ["/plain.txt"]


def test_manifest_urls_with_their_metadata(server, tmp_path):
    manifest = tmp_path / "sources.csv"
    manifest.write_text(
        "url,id,outlet,date\n"
        f"{server}/article.html,wire-1,The Wire,2024-11-28\n"
        f"{server}/missing,gone,,\n"
    )  # fmt: skip
    result = run("sources", "--manifest", str(manifest), "-f", "json")
    assert result.exit_code == 2
    assert result.stderr == (
        f"claimcheck: error: {server}/missing: cannot fetch: HTTP 404 Not Found\n"
    )
    (row,) = json.loads(result.stdout)["sources"]
    assert (row["id"], row["outlet"], row["date"], row["text_from"], row["claims"]) == (
        "wire-1", "The Wire", "2024-11-28", "html", 1,
    )  # fmt: skip


@pytest.mark.parametrize(
    "url, slug",
    [
        ("https://news.example/2024/11/27/nearly-1000-arrested.html", "nearly-1000-arrested"),
        ("https://news.example/world/story/", "story"),
        ("https://news.example/", "news.example"),
        ("https://news.example/a%20b?id=3", "a-b"),
    ],
)
def test_url_ids(url, slug):
    assert url_slug(url) == slug
