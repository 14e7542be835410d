"""URLs given as sources: fetched over http(s) with a timeout and a size cap.

Imported only when a URL is given, so plain runs do not pay for urllib.
"""

from __future__ import annotations

import queue
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import Future
from dataclasses import dataclass

from claimcheck._version import __version__
from claimcheck.textio import format_size

WORKERS = 8  # URLs fetched at a time
USER_AGENT = f"claimcheck/{__version__} (+https://pypi.org/project/claimcheck/)"
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,text/*;q=0.8,*/*;q=0.1"
CHUNK = 64 * 1024

HTML_TYPES = ("text/html", "application/xhtml+xml")
_REFUSED_TYPES = (  # content types that are surely not a report, with what they are
    ("application/pdf", "a PDF document"),
    ("image/", "an image"),
    ("audio/", "an audio file"),
    ("video/", "a video"),
    ("application/zip", "a ZIP archive"),
    ("application/octet-stream", None),  # unknown bytes: sniffed like a file
)
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


class FetchError(Exception):
    """A URL that could not be read: ``message`` is one line for ``claimcheck: <level>:``."""

    def __init__(self, message: str, level: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.level = level


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after redirects
    data: bytes
    content_type: str | None  # e.g. "text/html", lower case, without parameters
    charset: str | None  # as declared in the Content-Type header

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES

    @property
    def refused(self) -> str | None:
        """Why the body is not read (its content type says it is not text), or None."""
        for prefix, what in _REFUSED_TYPES:
            if what and (self.content_type or "").startswith(prefix):
                return f"{what} ({self.content_type}), not text or HTML"
        return None


def fetch(url: str, timeout: float, max_size: int) -> Response:
    """GET ``url``: at most ``max_size`` bytes, within ``timeout`` seconds in all.

    Raises FetchError with a one-line reason (an HTTP status, a timeout, a refused
    connection, a body over the cap) instead of any other exception.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            length = reply.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_size:
                raise FetchError(
                    f"skipped: {format_size(int(length))} is over the size cap of "
                    f"{format_size(max_size)} (--max-size)",
                    "warning",
                )
            chunks: list[bytes] = []
            got = 0
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = reply.read1(CHUNK)  # what has come: a slow drip meets the deadline
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
                if got > max_size:
                    raise FetchError(
                        f"skipped: more than the size cap of {format_size(max_size)} (--max-size)",
                        "warning",
                    )
            header = reply.headers.get("Content-Type") or ""
            final = reply.geturl() or url
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"cannot fetch: HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot fetch: {_reason(exc.reason, timeout)}") from None
    except TimeoutError as exc:
        raise FetchError(f"cannot fetch: {_reason(exc, timeout)}") from None
    except (OSError, ValueError, urllib.error.ContentTooShortError) as exc:
        raise FetchError(f"cannot fetch: {_reason(exc, timeout)}") from None
    except Exception as exc:  # http.client errors (a bad status line, an incomplete read)
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise FetchError(f"cannot fetch: {detail}") from None
    content_type = header.split(";", 1)[0].strip().lower() or None
    m = _CHARSET.search(header)
    return Response(final, b"".join(chunks), content_type, m.group(1) if m else None)


def fetch_all(urls: list[str], timeout: float, max_size: int) -> dict[str, Future[Response]]:
    """Start fetching ``urls``, a few at a time, in the background; a future for each.

    The threads are daemons, so a run that stops early (Ctrl-C) does not wait for a slow
    server; cancel the futures to drop the fetches not started yet.
    """
    futures: dict[str, Future[Response]] = {url: Future() for url in urls}
    jobs: queue.SimpleQueue[str] = queue.SimpleQueue()
    for url in futures:
        jobs.put(url)

    def work() -> None:
        while True:
            try:
                url = jobs.get_nowait()
            except queue.Empty:
                return
            future = futures[url]
            if not future.set_running_or_notify_cancel():
                continue  # cancelled
            try:
                future.set_result(fetch(url, timeout, max_size))
            except BaseException as exc:  # FetchError, or a bug: raised again by result()
                future.set_exception(exc)

    for _ in range(min(WORKERS, len(urls))):
        threading.Thread(target=work, name="claimcheck-fetch", daemon=True).start()
    return futures


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s (--timeout)"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, socket.gaierror):
        return "host not found"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return " ".join(str(reason).split()) or type(reason).__name__


def url_slug(url: str) -> str:
    """An id for a URL: its last path segment without extension, else its host name."""
    parts = urllib.parse.urlsplit(url)
    segment = urllib.parse.unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    stem = segment.rsplit(".", 1)[0] if "." in segment else segment
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-")
    return stem or parts.hostname or "url"
