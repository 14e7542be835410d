"""Sources stage: read report files (or stdin) into Source objects, with problems, never failing."""

from __future__ import annotations

import datetime as _dt
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from claimcheck.models import Problem, Source

DEFAULT_DIR = "sources"
STDIN_NAME = "<stdin>"  # how problems name standard input
SOURCE_SUFFIXES = (".txt", ".md")  # files taken from a directory; a file named directly is read
FRONT_MATTER_KEYS = ("title", "outlet", "date", "url", "id")

BOM = "\ufeff"
SNIFF_BYTES = 8192
MAX_CONTROL_RATIO = 0.10  # more control characters than this in the first 8 KB means binary
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\b\x1b")

_DATE_MARKER = re.compile(r"date:?[ \t]+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_FRONT_MATTER_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")
_FENCE = re.compile(r"---[ \t]*(?:\r?\n|$)")
_CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.MULTILINE)
_WHITESPACE = re.compile(r"\s*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def load_sources(
    paths: Sequence[str], stdin: TextIO | None = None
) -> tuple[list[Source], list[Problem]]:
    """Read every path into a Source; what cannot be read becomes a Problem.

    A path is a file (read whatever its name), a directory (its ``.txt`` and ``.md`` files,
    recursively, sorted by path, hidden files and folders left out) or ``-`` for ``stdin``
    (``sys.stdin`` when not given). No paths means ``./sources``. The same file named twice
    is read once. Sources come back in the order the paths were given.
    """
    loader = _Loader(stdin)
    if paths:
        for given in paths:
            loader.add(given)
    elif Path(DEFAULT_DIR).is_dir():
        loader.add(DEFAULT_DIR)
    else:
        loader.error(DEFAULT_DIR, "no paths given and no ./sources directory here")
    return loader.sources, loader.problems


class _Loader:
    def __init__(self, stdin: TextIO | None) -> None:
        self.stdin = stdin
        self.sources: list[Source] = []
        self.problems: list[Problem] = []
        self._seen: set[str] = set()
        self._ids: set[str] = set()

    def warn(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message, "warning"))

    def error(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message, "error"))

    def add(self, given: str) -> None:
        if given == "-":
            if "-" not in self._seen:
                self._seen.add("-")
                self._add_stdin()
            return
        path = Path(given)
        try:
            if path.is_dir():
                self._add_dir(given)
            elif path.exists():  # a regular file, or a pipe such as <(cmd)
                self._add_file(given)
            else:
                self.error(given, "no such file or directory")
        except OSError as exc:  # e.g. a path too long, or a loop of links
            self.error(given, f"cannot read: {os_reason(exc)}")

    def _add_dir(self, given: str) -> None:
        try:
            files = list(_walk(given))
        except OSError as exc:
            self.error(given, f"cannot read directory: {os_reason(exc)}")
            return
        if not files:
            self.error(given, "no sources found (no .txt or .md files)")
            return
        for file in files:
            self._add_file(file)

    def _add_file(self, path: str) -> None:
        key = os.path.realpath(path)
        if key in self._seen:
            return
        self._seen.add(key)
        try:
            data = _read_bytes(path)
        except OSError as exc:
            self.error(path, f"cannot read: {os_reason(exc)}")
            return
        self._add_data(data, path=path, stem=Path(path).stem)

    def _add_stdin(self) -> None:
        stream = self.stdin if self.stdin is not None else sys.stdin
        buffer = getattr(stream, "buffer", None)
        try:
            raw = buffer.read() if buffer is not None else stream.read()
        except (OSError, ValueError) as exc:  # ValueError: a closed stream
            self.error(STDIN_NAME, f"cannot read: {os_reason(exc)}")
            return
        if isinstance(raw, str):  # a text stream with no byte buffer under it (StringIO)
            raw = raw.encode("utf-8", errors="replace")
        self._add_data(raw, path=None, stem="stdin")

    def _add_data(self, data: bytes, *, path: str | None, stem: str) -> None:
        name = path if path is not None else STDIN_NAME
        reason = binary_reason(data)
        if reason:
            self.warn(name, f"skipped: {reason}")
            return
        text, replaced = decode(data)
        if replaced:
            self.warn(name, f"not valid UTF-8; {replaced} undecodable byte(s) replaced with U+FFFD")
        self._add_text(text, path=path, stem=stem)

    def _add_text(self, text: str, *, path: str | None, stem: str) -> None:
        name = path if path is not None else STDIN_NAME
        if not text.lstrip(BOM).strip():
            self.warn(name, "skipped: empty file")
            return
        meta, body_start, notes = parse_metadata(text)
        for note in notes:
            self.warn(name, note)
        if body_start >= len(text):
            self.warn(name, "skipped: no text after the metadata")
            return
        self.sources.append(
            Source(
                id=self._unique_id(meta.get("id") or stem),
                text=text,
                path=path,
                date=meta.get("date"),
                title=meta.get("title"),
                outlet=meta.get("outlet"),
                url=meta.get("url"),
                body_start=body_start,
            )
        )

    def _unique_id(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self._ids:
            n += 1
            candidate = f"{base}-{n}"
        self._ids.add(candidate)
        return candidate


def _walk(directory: str) -> list[str]:
    """The source files below ``directory``, sorted by path; hidden entries left out."""
    found: list[str] = []

    def fail(exc: OSError) -> None:
        raise exc

    for root, dirs, files in os.walk(directory, onerror=fail):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(SOURCE_SUFFIXES):
                found.append(os.path.join(root, name))
    return sorted(found, key=lambda p: Path(p).parts)


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def os_reason(exc: BaseException) -> str:
    """A short lower-case reason for an I/O error, e.g. ``permission denied``."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks like a binary file rather than text, or None."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text is not supported (save it as UTF-8)"
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    controls = sum(1 for b in head if (b < 0x20 or b == 0x7F) and b not in _TEXT_CONTROLS)
    if head and controls / len(head) > MAX_CONTROL_RATIO:
        return "binary file (control characters)"
    return None


def decode(data: bytes) -> tuple[str, int]:
    """Decode file bytes as UTF-8, keeping every character (a BOM included) so offsets hold.

    Returns the text and how many replacement characters decoding had to add (0 when valid).
    """
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        before = data.decode("utf-8", errors="ignore").count("\ufffd")
        return text, text.count("\ufffd") - before


def parse_metadata(text: str) -> tuple[dict[str, str], int, list[str]]:
    """Front matter and a leading ``date YYYY-MM-DD`` marker.

    Returns the metadata found, the offset where the report's own text starts, and notes
    about metadata that was ignored.
    """
    meta: dict[str, str] = {}
    notes: list[str] = []
    pos = 1 if text.startswith(BOM) else 0

    fence = _FENCE.match(text, pos)
    if fence:
        closing = _CLOSING_FENCE.search(text, fence.end())
        if closing:
            for line in text[fence.end() : closing.start()].splitlines():
                m = _FRONT_MATTER_LINE.fullmatch(line.strip())
                key = m.group(1).lower() if m else None
                if key in FRONT_MATTER_KEYS and m:
                    value = _unquote(m.group(2).strip())
                    if value:
                        meta[key] = value
            pos = closing.end()
        else:
            notes.append("front matter has no closing '---'; read as text")

    if "date" in meta:
        date = _iso_date(meta["date"][:10])
        if date is None or len(meta["date"]) > 10 and meta["date"][10] not in "T ":
            notes.append(f"front matter date {meta['date']!r} is not YYYY-MM-DD; ignored")
            del meta["date"]
        else:
            meta["date"] = date

    pos = _WHITESPACE.match(text, pos).end()
    marker = _DATE_MARKER.match(text, pos)
    if marker:
        date = _iso_date(marker.group(1))
        if date is None:
            notes.append(f"date marker {marker.group(1)!r} is not a valid date; ignored")
        elif "date" not in meta:
            meta["date"] = date
        pos = _WHITESPACE.match(text, marker.end()).end()
    return meta, pos, notes


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _iso_date(value: str) -> str | None:
    """``value`` if it is a real ``YYYY-MM-DD`` date, else None."""
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:  # e.g. 2024-02-30
        return None
