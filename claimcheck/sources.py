"""Sources stage: read report files, saved web pages, URLs and stdin into Source objects.

Reading never fails: whatever cannot be read becomes a Problem naming the input, and the
other inputs are still read. Two steps, so a caller can show progress between inputs:
:func:`plan` turns the paths (and a manifest) into a list of inputs, and a :class:`Reader`
reads them one at a time. :func:`read_sources` yields a step per input;
:func:`load_sources` returns them all. Web pages (:mod:`claimcheck.webpage`), news feeds
(:mod:`claimcheck.feed`), e-mail messages (:mod:`claimcheck.mail`), URLs (:mod:`claimcheck.fetch`) and manifests
(:mod:`claimcheck.manifest`) have modules of their own, imported only when such an input
appears.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from claimcheck.models import Problem, Source
from claimcheck.textio import (  # the leaf module that fetch, webpage and manifest share
    UNICODE_BOMS,
    ReadError,
    decode,
    exact_iso_date,
    format_size,
    is_url,
    iso_date,
    missing_reason,
    os_reason,
)

DEFAULT_DIR = "sources"
STDIN_NAME = "<stdin>"  # how problems name standard input
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
SOURCE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES  # files taken from a directory
SUFFIX_LIST = ".txt, .md, .html or .htm"
FRONT_MATTER_KEYS = ("title", "outlet", "date", "url", "id")

DEFAULT_MAX_SIZE = 10_000_000  # bytes; larger inputs are skipped (--max-size)
DEFAULT_TIMEOUT = 20.0  # seconds for one URL (--timeout)

# Documents a directory may hold that claimcheck does not read: skipped with a warning, so a
# folder of PDFs does not pass unnoticed (images and other files are left out silently).
DOCUMENT_SUFFIXES = {
    ".pdf": "a PDF document",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "an RTF document",
    ".epub": "an EPUB book",
}
CONVERT_HINT = "claimcheck reads text and HTML; save it as text first (e.g. pdftotext for a PDF)"

BOM = "\ufeff"
SNIFF_BYTES = 8192
MAX_CONTROL_RATIO = 0.10  # more control characters than this in the first 8 KB means binary
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\b\x1b")

# Byte signatures of files that are surely not text (checked before anything else).
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "an image (PNG)"),
    (b"\xff\xd8\xff", "an image (JPEG)"),
    (b"GIF87a", "an image (GIF)"),
    (b"GIF89a", "an image (GIF)"),
    (b"II*\x00", "an image (TIFF)"),
    (b"MM\x00*", "an image (TIFF)"),
    (b"PK\x03\x04", "a ZIP archive (as are .docx, .odt and .epub files)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)

_FEED_START = re.compile(  # an RSS or Atom feed (claimcheck.feed reads it)
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*<(?:rss[\s>]|feed[\s>]|rdf:RDF[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_DATE_MARKER = re.compile(r"date:?[ \t]+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_FRONT_MATTER_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)")
_FENCE = re.compile(r"---[ \t]*(?:\r?\n|$)")
_CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.MULTILINE)
_WHITESPACE = re.compile(r"\s*")


@dataclass(frozen=True)
class LoadedSource(Source):
    """A Source as read from an input: how its text was obtained, and from how many bytes.

    ``text_from`` says what the claims' offsets index: ``file`` (the file at ``path``
    decoded with ``encoding``), ``stdin``, ``url`` (a plain-text response) or ``html`` (the
    main text extracted from a web page, which is not the file's bytes).
    """

    text_from: str = "file"
    encoding: str | None = "utf-8"
    size: int | None = None  # bytes read

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), **source_extras(self)}


def source_extras(source: Source) -> dict[str, Any]:
    """The fields a source object of the JSON output has besides ``Source.to_dict()``:
    ``text_from``, ``encoding``, ``bytes``, and ``text`` unless the text is the file's own."""
    text_from = getattr(source, "text_from", "file" if source.path else "stdin")
    return {
        "text_from": text_from,
        "encoding": getattr(source, "encoding", None),
        "bytes": getattr(source, "size", None),
        "text": None if text_from == "file" else source.text,
    }


@dataclass
class Input:
    """One thing to read: a file, a URL or standard input, with metadata set by a manifest."""

    kind: str  # "file" | "url" | "stdin"
    location: str  # the path (as given, or joined to a manifest's folder), the URL, or "-"
    meta: dict[str, str] = field(default_factory=dict)  # manifest cells: id, title, outlet, ...

    @property
    def name(self) -> str:
        """How problems name the input."""
        return STDIN_NAME if self.kind == "stdin" else self.location


Entry = Input | Problem  # a plan holds the inputs and, in their place, the problems met
ProgressFn = Callable[[int, int, str], None]


def load_sources(
    paths: Sequence[str],
    stdin: TextIO | None = None,
    *,
    manifest: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressFn | None = None,
) -> tuple[list[Source], list[Problem]]:
    """Read every path into a Source; what cannot be read becomes a Problem.

    A path is a file (read whatever its name; HTML is recognised by its ``.html``/``.htm``
    name or its first bytes), a directory (its ``.txt``, ``.md``, ``.html`` and ``.htm``
    files, recursively, sorted by path, hidden files and folders left out), an ``http`` or
    ``https`` URL (fetched), or ``-`` for ``stdin`` (``sys.stdin`` when not given).
    ``manifest`` names a CSV file listing more inputs with their metadata. No paths and no
    manifest means ``./sources``. The same file named twice is read once. Sources come back
    in the order the paths were given. ``progress(done, total, name)`` is called after each
    input is read.
    """
    sources: list[Source] = []
    problems: list[Problem] = []
    steps = read_sources(paths, stdin, manifest=manifest, max_size=max_size, timeout=timeout)
    for step in steps:
        problems.extend(step.problems)
        if step.source is not None:
            sources.append(step.source)
        if progress is not None and step.name:
            progress(step.done, step.total, step.name)
    return sources, problems


@dataclass(frozen=True)
class Step:
    """What reading one input gave: its source (None when skipped) and problems, with how
    many inputs have been read (``done``) of ``total``. A problem met while listing the
    inputs comes as a step of its own, with no ``name``."""

    source: LoadedSource | None
    problems: list[Problem]
    done: int
    total: int
    name: str = ""


def read_sources(
    paths: Sequence[str],
    stdin: TextIO | None = None,
    *,
    manifest: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Step]:
    """Read the inputs one at a time (see :func:`load_sources`), a step for each."""
    entries = plan(paths, manifest=manifest)
    inputs = [e for e in entries if isinstance(e, Input)]
    done = 0
    with Reader(stdin, max_size=max_size, timeout=timeout, inputs=inputs) as reader:
        for entry in entries:
            if isinstance(entry, Problem):
                yield Step(None, [entry], done, len(inputs))
                continue
            source, problems = reader.read(entry)
            done += 1
            yield Step(source, problems, done, len(inputs), entry.name)


# --------------------------------------------------------------------------- planning


def plan(paths: Sequence[str], *, manifest: str | None = None) -> list[Entry]:
    """The inputs to read, in order, with the problems met while listing them in their place.

    Directories are walked here (so the number of inputs is known before reading starts);
    files are not opened yet.
    """
    planner = _Planner()
    for given in paths:
        planner.add(given)
    if manifest is not None:
        from claimcheck.manifest import read_manifest

        rows, problems = read_manifest(manifest)
        planner.entries.extend(problems)
        for row in rows:
            planner.add(row.location, row.meta, from_manifest=manifest)
    if not paths and manifest is None:
        if Path(DEFAULT_DIR).is_dir():
            planner.add(DEFAULT_DIR)
        else:
            planner.error(DEFAULT_DIR, "no paths given and no ./sources directory here")
    return planner.entries


class _Planner:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._inputs: dict[str, Input] = {}

    def warn(self, path: str, message: str) -> None:
        self.entries.append(Problem(path, message, "warning"))

    def error(self, path: str, message: str) -> None:
        self.entries.append(Problem(path, message, "error"))

    def _input(self, key: str, kind: str, location: str, meta: dict[str, str]) -> None:
        known = self._inputs.get(key)
        if known is not None:  # named twice: read once; a manifest's metadata still applies
            known.meta.update(meta)
            return
        self._inputs[key] = Input(kind, location, dict(meta))
        self.entries.append(self._inputs[key])

    def add(self, given: str, meta: dict[str, str] | None = None, from_manifest: str = "") -> None:
        meta = meta or {}
        if given == "-":
            self._input("-", "stdin", "-", meta)
            return
        if is_url(given):
            scheme = given.split(":", 1)[0].lower()
            if scheme in ("http", "https"):
                self._input(given, "url", given, meta)
            else:
                self.error(given, f"unsupported URL scheme {scheme!r} (only http and https)")
            return
        try:
            info = os.stat(given)
        except OSError as exc:
            self.error(given, missing_reason(given, exc))
            return
        if stat.S_ISDIR(info.st_mode):
            if "id" in meta:
                where = f" ({from_manifest})" if from_manifest else ""
                self.warn(given, f"an id{where} names one file, not a directory; ignored")
                meta = {k: v for k, v in meta.items() if k != "id"}
            self._add_dir(given, meta)
        else:  # a regular file, or a pipe such as <(cmd)
            self._input(os.path.realpath(given), "file", given, meta)

    def _add_dir(self, given: str, meta: dict[str, str]) -> None:
        before = len(self.entries)
        found = 0
        for item in _walk(given):
            if isinstance(item, Problem):
                self.entries.append(item)
            else:
                found += 1
                self._input(os.path.realpath(item), "file", item, meta)
        if not found and len(self.entries) == before:
            self.error(given, f"no sources found (no {SUFFIX_LIST} files)")


def _walk(directory: str) -> list[str | Problem]:
    """The source files below ``directory``, sorted by path, and problems met on the way.

    Hidden entries are left out, and so is the ``NAME_files`` folder a browser saves next
    to ``NAME.html``. Linked folders are followed once; a link back to a folder being
    walked is a loop, skipped with a warning. Documents claimcheck cannot read (PDF, Word)
    are skipped with a warning.
    """
    walker = _Walker()
    walker.visit(directory, frozenset())
    return [item for _, item in sorted(walker.found, key=lambda pair: pair[0])]


class _Walker:
    def __init__(self) -> None:
        self.found: list[tuple[tuple[str, ...], str | Problem]] = []
        self.seen: set[tuple[int, int]] = set()

    def add(self, path: str, message: str | None = None, level: str = "warning") -> None:
        item = path if message is None else Problem(path, message, level)
        self.found.append((Path(path).parts, item))

    def visit(self, folder: str, ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            info = os.stat(folder)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.add(folder, f"cannot read directory: {os_reason(exc)}", "error")
            return
        here = (info.st_dev, info.st_ino)
        self.seen.add(here)
        names = {e.name.lower() for e in entries}
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = os.path.join(folder, entry.name)
            if _is_dir(entry):
                if not _saved_page_assets(entry.name, names):
                    self.subfolder(path, entry.is_symlink(), ancestors | {here})
                continue
            suffix = os.path.splitext(entry.name)[1].lower()
            if suffix in SOURCE_SUFFIXES:
                self.add(path)
            elif suffix in DOCUMENT_SUFFIXES:
                self.add(path, f"skipped: {DOCUMENT_SUFFIXES[suffix]} ({CONVERT_HINT})")

    def subfolder(self, path: str, link: bool, ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            info = os.stat(path)
        except OSError as exc:
            self.add(path, f"cannot read directory: {os_reason(exc)}", "error")
            return
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            target = f" (back to {os.readlink(path)})" if link else ""
            self.add(path, f"skipped: a symbolic link loop{target}")
        elif key not in self.seen:  # a folder linked twice is walked once
            self.visit(path, ancestors)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _saved_page_assets(name: str, names: set[str]) -> bool:
    """Whether folder ``name`` holds the images and scripts a browser saved with a page
    (``Article_files`` next to ``Article.html``)."""
    low = name.lower()
    return low.endswith("_files") and any(low[:-6] + s in names for s in HTML_SUFFIXES)


# --------------------------------------------------------------------------- reading


class Reader:
    """Reads planned inputs one at a time into sources, giving each a unique id.

    URLs are fetched in the background as soon as the reader starts (a few at a time), so
    reading them in order does not wait for each in turn. Use it as a context manager.
    """

    def __init__(
        self,
        stdin: TextIO | None = None,
        *,
        max_size: int = DEFAULT_MAX_SIZE,
        timeout: float = DEFAULT_TIMEOUT,
        inputs: Sequence[Input] = (),
    ) -> None:
        self.stdin = stdin
        self.max_size = max_size
        self.timeout = timeout
        self._ids: set[str] = set()
        self._fetches: dict[str, Any] = {}
        urls = list(dict.fromkeys(i.location for i in inputs if i.kind == "url"))
        if urls:
            from claimcheck.fetch import fetch_all

            self._fetches = fetch_all(urls, timeout, max_size)

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Drop the fetches not started yet (reading stopped early, e.g. on Ctrl-C)."""
        for future in self._fetches.values():
            future.cancel()

    def read(self, item: Input) -> tuple[LoadedSource | None, list[Problem]]:
        """The source read from ``item`` (None when it was skipped) and the problems met."""
        self._problems: list[Problem] = []
        if item.kind == "stdin":
            source = self._read_stdin(item)
        elif item.kind == "url":
            source = self._read_url(item)
        else:
            source = self._read_file(item)
        return source, self._problems

    # -- the three kinds of input

    def _read_file(self, item: Input) -> LoadedSource | None:
        path = item.location
        try:
            size = os.stat(path).st_size
            if size > self.max_size:
                self._problems.append(too_large(path, size, self.max_size))
                return None
            data = _read_bytes(path, self.max_size, size)
        except OSError as exc:
            self._problems.append(Problem(path, missing_reason(path, exc), "error"))
            return None
        if len(data) > self.max_size:  # a pipe, or a file that grew
            self._problems.append(too_large(path, None, self.max_size))
            return None
        html = os.path.splitext(path)[1].lower() in HTML_SUFFIXES
        return self._from_bytes(item, data, stem=Path(path).stem, text_from="file", html=html)

    def _read_stdin(self, item: Input) -> LoadedSource | None:
        stream = self.stdin if self.stdin is not None else sys.stdin
        buffer = getattr(stream, "buffer", None)
        try:
            raw = buffer.read(self.max_size + 1) if buffer is not None else stream.read()
        except (OSError, ValueError) as exc:  # ValueError: a closed stream
            self._problems.append(Problem(STDIN_NAME, f"cannot read: {os_reason(exc)}", "error"))
            return None
        if isinstance(raw, str):  # a text stream with no byte buffer under it (StringIO)
            raw = raw.encode("utf-8", errors="replace")
        if len(raw) > self.max_size:
            self._problems.append(too_large(STDIN_NAME, None, self.max_size))
            return None
        return self._from_bytes(item, raw, stem="stdin", text_from="stdin", html=False)

    def _read_url(self, item: Input) -> LoadedSource | None:
        from claimcheck.fetch import FetchError, fetch, url_slug

        url = item.location
        try:
            future = self._fetches.get(url)
            response = (
                future.result() if future is not None else fetch(url, self.timeout, self.max_size)
            )
        except FetchError as exc:
            self._problems.append(Problem(url, exc.message, exc.level))
            return None
        return self._from_bytes(
            item,
            response.data,
            stem=url_slug(url),
            text_from="url",
            html=response.is_html,
            declared=response.charset,
            refused=response.refused,
        )

    # -- bytes to a source

    def _from_bytes(
        self,
        item: Input,
        data: bytes,
        *,
        stem: str,
        text_from: str,
        html: bool,
        declared: str | None = None,
        refused: str | None = None,
    ) -> LoadedSource | None:
        name = item.name
        reason = refused or binary_reason(data)
        if reason:
            return self._skip(item, f"skipped: {reason}")
        if html or _HTML_START.match(data[:SNIFF_BYTES]):
            return self._from_html(item, data, stem=stem, declared=declared)
        if b"<" in data[:SNIFF_BYTES] and _FEED_START.match(data[:SNIFF_BYTES]):
            return self._from_feed(item, data, stem=stem, declared=declared)
        if data[:1].isalpha() and b":" in data[:64]:
            from claimcheck.mail import is_mail

            if is_mail(data[:SNIFF_BYTES]):
                return self._from_mail(item, data, stem=stem)
        text, encoding, note = decode(data, declared)
        if note:
            self._note(name, note)
        if not text.lstrip(BOM).strip():
            return self._skip(item, "skipped: empty file")
        meta, body_start, notes = parse_metadata(text)
        for note in notes:
            self._note(name, note)
        if body_start >= len(text):
            return self._skip(item, "skipped: no text after the metadata")
        return self._source(
            item, text, stem=stem, meta=meta, body_start=body_start,
            text_from=text_from, encoding=encoding, size=len(data),
        )  # fmt: skip

    def _from_feed(
        self, item: Input, data: bytes, *, stem: str, declared: str | None
    ) -> LoadedSource | None:
        from claimcheck.feed import read_feed

        def read(xml: str) -> tuple[str, dict[str, str]]:
            feed = read_feed(xml.lstrip(BOM))
            return feed.text, feed.meta

        return self._extracted(item, decode(data, declared), read, ReadError, stem=stem, text_from="feed", size=len(data))

    def _from_mail(self, item: Input, data: bytes, *, stem: str) -> LoadedSource | None:
        from claimcheck.mail import read_mail

        def read(_: str) -> tuple[str, dict[str, str]]:
            mail = read_mail(data)
            return mail.text, mail.meta

        decoded = ("", "utf-8", None)  # (the message's parts say their own charsets)
        return self._extracted(item, decoded, read, ReadError, stem=stem, text_from="email", size=len(data))

    def _from_html(
        self, item: Input, data: bytes, *, stem: str, declared: str | None
    ) -> LoadedSource | None:
        from claimcheck.webpage import PageError, decode_html, extract_page

        def read(html: str) -> tuple[str, dict[str, str]]:
            page = extract_page(html, url=item.location if item.kind == "url" else None)
            return page.text, page.meta

        return self._extracted(item, decode_html(data, declared), read, PageError, stem=stem, text_from="html", size=len(data))

    def _extracted(
        self,
        item: Input,
        decoded: tuple[str, str, str | None],
        read: Callable[[str], tuple[str, dict[str, str]]],
        error: type[Exception],
        **fields: Any,
    ) -> LoadedSource | None:
        """A source of the text ``read`` takes out of a page's or a feed's markup; skipped
        with its reason when it raises ``error``."""
        markup, encoding, note = decoded
        if note:
            self._note(item.name, note)
        try:
            text, meta = read(markup)
        except error as exc:
            return self._skip(item, f"skipped: {exc}")
        return self._source(item, text, meta=meta, body_start=0, encoding=encoding, **fields)

    def _note(self, name: str, message: str) -> None:
        self._problems.append(Problem(name, message, "warning"))

    def _skip(self, item: Input, message: str) -> None:
        self._problems.append(Problem(item.name, message, "warning"))
        return None

    def _source(
        self, item: Input, text: str, *, stem: str, meta: dict[str, str], **fields: Any
    ) -> LoadedSource:
        if item.kind == "url":  # the URL fetched, not the page's canonical one; the host
            from urllib.parse import urlsplit  # names the outlet when the page does not

            meta = {"outlet": urlsplit(item.location).hostname or "", **meta, "url": item.location}
        meta = {**meta, **{k: v for k, v in item.meta.items() if v}}  # a manifest's cells win
        return LoadedSource(
            id=self._unique_id(meta.get("id") or stem or "source"),
            text=text,
            path=item.location if item.kind == "file" else None,
            date=meta.get("date"),
            title=meta.get("title"),
            outlet=meta.get("outlet"),
            url=meta.get("url"),
            **fields,
        )

    def _unique_id(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self._ids:
            n += 1
            candidate = f"{base}-{n}"
        self._ids.add(candidate)
        return candidate


def too_large(name: str, size: int | None, cap: int) -> Problem:
    what = f"{format_size(size)} is" if size is not None else "more than that is"
    return Problem(
        name, f"skipped: {what} over the size cap of {format_size(cap)} (--max-size)", "warning"
    )


def _read_bytes(path: str, limit: int | None = None, size: int | None = None) -> bytes:
    """The file's bytes, at most ``limit + 1`` of them (enough to tell it is too large).

    ``size`` is the size ``stat`` gave: reading that much plus one byte finds the end without
    a buffer of ``limit`` bytes (10 MB by default) for every file; a file that grew since, or
    reports no size (a pipe, /proc), is read on up to the limit."""
    with open(path, "rb") as fh:
        if limit is None:
            return fh.read()
        if size is None or size >= limit:
            return fh.read(limit + 1)
        data = fh.read(size + 1)
        if len(data) <= size:
            return data  # the end of the file
        return data + fh.read(limit + 1 - len(data))


_CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in _TEXT_CONTROLS)


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (a PDF, an image, a binary file), or None."""
    head = data[:SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return (
                f"{what}, not text ({CONVERT_HINT})" if "image" not in what else f"{what}, not text"
            )
    if head[4:8] == b"ftyp" or (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
        return "an image or video, not text"
    if any(head.startswith(bom) for bom, _ in UNICODE_BOMS):
        return None  # UTF-16 or UTF-32 text: NUL bytes are expected
    if b"\x00" in head:
        return "binary file (NUL bytes)"
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C
    if head and controls / len(head) > MAX_CONTROL_RATIO:
        return "binary file (control characters)"
    return None


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
        date = iso_date(meta["date"])
        if date is None:
            notes.append(f"front matter date {meta['date']!r} is not YYYY-MM-DD; ignored")
            del meta["date"]
        else:
            meta["date"] = date

    pos = _WHITESPACE.match(text, pos).end()
    marker = _DATE_MARKER.match(text, pos)
    if marker:
        date = exact_iso_date(marker.group(1))
        if date is None:
            notes.append(f"date marker {marker.group(1)!r} is not a valid date; ignored")
        elif "date" not in meta:
            meta["date"] = date
        pos = _WHITESPACE.match(text, marker.end()).end()
    if "date" not in meta:
        stamped = stamp_date(text, pos)  # 'Published: Nov. 20, 2026 - 21:15'
        if stamped:
            meta["date"] = stamped
    return meta, pos, notes


# (the lexicon's time.months written again, and its weekdays in the date-line patterns below:
# the command line imports this module without loading the lexicon, see test_cli's lazy imports)
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )  # fmt: skip
    for m in names
}
# the months of French, Spanish and Portuguese pages' date lines and datelines ('Lundi 9
# novembre 2026', 'Lunes 9 de marzo de 2026', 'Lisboa, 3 de outubro de 2026'): read in full
# dates only (a name such as 'the 5 de Mayo station' or 'Place du 1er Mai' gives no year)
FOREIGN_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("janvier", "enero", "janeiro"), ("février", "fevrier", "febrero", "fevereiro"),
         ("mars", "marzo", "março"), ("avril", "abril"), ("mai", "mayo", "maio"),
         ("juin", "junio", "junho"), ("juillet", "julio", "julho"), ("août", "aout", "agosto"),
         ("septembre", "septiembre", "setiembre", "setembro"), ("octobre", "octubre", "outubro"),
         ("novembre", "noviembre", "novembro"), ("décembre", "decembre", "diciembre", "dezembro")]
    )  # fmt: skip
    for m in names
}
_MONTH = r"(?P<{}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ANY_MONTH = r"(?P<{}>" + "|".join(sorted([*MONTHS, *FOREIGN_MONTHS], key=len, reverse=True)) + r")\.?"
WRITTEN_DATE = re.compile(
    r"\b(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<d1>\d{1,2})(?:er|º)?(?:\s*[–-]\s*\d{1,2})?\s+(?:de\s+)?" + _ANY_MONTH.format("m1")
    + r",?\s+(?:de\s+|del\s+)?(?P<y1>(?:19|20)\d{2})"
    r"|" + _MONTH.format("m2") + r"\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2})"
    r"|(?<![\d.])(?P<d3>\d{1,2})\.(?P<n3>\d{1,2})\.(?P<y3>(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)  # '2026-11-18', '20 November 2026', '18–20 Nov 2026', 'Nov. 20, 2026', '15.03.2026' (day first),
#    '9 novembre 2026', '1er mai 2026', '9 de marzo de 2026', '3 de outubro de 2026'


def written_date(m: re.Match[str]) -> str | None:
    """The ISO date a WRITTEN_DATE match names, None when no such day exists.

    >>> written_date(WRITTEN_DATE.search("Published: Nov. 20, 2026 - 21:15"))
    '2026-11-20'
    >>> written_date(WRITTEN_DATE.search("Mopti, le 9 novembre 2026")), written_date(WRITTEN_DATE.search("Lunes 9 de marzo de 2026"))
    ('2026-11-09', '2026-03-09')
    >>> written_date(WRITTEN_DATE.search("Lisboa, 1º de outubro de 2026")), WRITTEN_DATE.search("the 5 de Mayo station, 2026")
    ('2026-10-01', None)
    """
    if m["iso"]:
        return exact_iso_date(m["iso"])
    if m["d3"]:  # '15.03.2026', as Central European pages write the day
        return exact_iso_date(f"{m['y3']}-{int(m['n3']):02d}-{int(m['d3']):02d}")
    day, month, year = (m["d1"], m["m1"], m["y1"]) if m["d1"] else (m["d2"], m["m2"], m["y2"])
    month = month.lower().rstrip(".")
    return exact_iso_date(f"{year}-{MONTHS.get(month) or FOREIGN_MONTHS[month]:02d}-{int(day):02d}")


STAMP = re.compile(
    r"^[ \t]*(?:first\s+|last\s+)?(?:published|posted|updated|issued)\b[ \t]*(?:on\b)?[ \t]*:?"
    r"[^\n]{0,90}",
    re.IGNORECASE | re.MULTILINE,
)  # a page's date line: 'Updated: 2026-11-18 19:47 | Posted: 2026-11-18 17:02' (its first 90
#    characters: 'Last updated: Sat Nov 14, 2026, 9:15 p.m. (page refreshed daily …)')
STAMP_CHARS = 800  # how far into a page its date line is looked for


TIMESTAMP_LINE = re.compile(
    r"^[ \t]*\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}(?:[ \t]+[A-Z]{2,5})?[ \t]*$",
    re.MULTILINE,
)  # a release's machine time stamp alone on its line: '2026-11-13 18:40 PST'


def stamp_date(text: str, start: int = 0) -> str | None:
    """The date a page's date line gives (published, posted or a bulletin's 'Issued …' before
    updated), None when its
    opening has none (an infobox's 'Date: …' is the event's, not the page's).

    >>> stamp_date("Strike ends\\nUpdated: 2026-11-21 09:30 | Published: 2026-11-20 21:15\\n")
    '2026-11-20'
    >>> stamp_date("On 20 November 2026 the strike ended.") is None
    True

    A byline's line of parts, one of them a date ('Our Correspondent | November 23, 2026 |
    Updated: 8:40pm'), dates the page too; a part that only holds a date among other words
    does not ('Police | 450 arrested on 20 November 2026'):

    >>> stamp_date("Title\\nDaria Volkova · Almaty · 15 November 2026\\n\\nOn the first …")
    '2026-11-15'
    >>> stamp_date("Mosaïque FM desk · Last updated Friday 25 September 2026, 19:05\\n")
    '2026-09-25'
    >>> stamp_date("Hospital gate\\n\\nLundi 9 novembre 2026 - 19h12 | Par la rédaction\\n")
    '2026-11-09'
    >>> stamp_date("Situation report No. 5\\nIssued by the Health Department, 15 July 2025\\n")
    '2025-07-15'
    >>> stamp_date("Police | 450 arrested on 20 November 2026\\n") is None
    True
    >>> stamp_date("Source: ČTK, own information | 15.03.2026 14:22 | Reading time 4 min\\n")
    '2026-03-15'
    >>> stamp_date("Date | City | Arrested\\n2024-11-26 | Islamabad | 450\\n") is None
    True

    So does a line that holds only a date under a byline ('By Trần Minh Khoa in Ba Tơ',
    then '16 November 2026'):

    >>> stamp_date("Ten years on\\nBy Tran Minh Khoa in Ba To\\n16 November 2026\\n\\nThe water came")
    '2026-11-16'
    >>> stamp_date("By the river\\nOn 16 November 2016 the dam broke.") is None
    True

    So does, when nothing else dates the page, a news release's machine time stamp alone on
    its line (an ISO date and a clock time), not a date alone (an event's):

    >>> stamp_date("Update on enforcement\\n\\nFile # 2026-88412\\n2026-11-13 18:40 PST\\n\\nHouston, B.C.")
    '2026-11-13'
    >>> stamp_date("1991 shooting\\n14 March 1991\\nThe shooting took place") is None
    True

    So do a release's line that ends with its place and date, a bulletin's 'as of' line, and
    a byline whose parts are a date and a clock time:

    >>> stamp_date("STATEMENT\\nFor immediate release - Harare, 4 March 2026\\n\\nThe union")
    '2026-03-04'
    >>> stamp_date("Home | News\\nCOMMUNIQUÉ | Bamako, 12 May 2026\\n\\nWe condemn")
    '2026-05-12'
    >>> stamp_date("SITUATION REPORT No. 2\\n(as of 18:00, 9 June 2026)\\n\\n1. The storm")
    '2026-06-09'
    >>> stamp_date("Storm news\\n09.06.2026 | 18:05 | Views: 1 204\\n\\nThe storm")
    '2026-06-09'
    >>> stamp_date("Timeline\\nProtests in Lisbon, 29 November 2026, drew crowds") is None
    True

    So does a line that holds a date with its time of day, alone or after a place or a
    release's words and a dash (a briefing's, a release's own time), or a date with its
    weekday alone on its line (a page's day: 'Friday, March 13, 2026'), not a date alone:

    >>> stamp_date("Briefing\\nPolice Headquarters, Nicosia - Sunday 15 March 2026, 11:00\\n\\nGood morning")
    '2026-03-15'
    >>> stamp_date("RELEASE\\nFor immediate release – Monday 23 November 2026, 20:30\\n\\nToday we")
    '2026-11-23'
    >>> stamp_date("Live\\nSaturday 15 August 2026\\n\\nPINNED")
    '2026-08-15'
    >>> stamp_date("MINISTRY OF HEALTH\\n\\nPRESS RELEASE\\n\\nAccra, 14 April 2027\\n\\n1. The Ministry")
    '2027-04-14'
    >>> stamp_date("STATEMENT\\nTegucigalpa, 6 October 2027, 20:00\\n\\nThe Secretariat")
    '2027-10-06'
    >>> stamp_date("Live\\n15 August 2026\\n\\nPINNED") is None
    True
    >>> stamp_date("Explainer\\nZTV News — updated Saturday 9 August 2026, 10:30\\n\\nThe rally") is None
    True
    """
    found: dict[str, str] = {}
    for line in STAMP.finditer(text, start, start + STAMP_CHARS):
        for part in re.split(r"\s[|·•]\s", line.group()):
            kind = re.search(r"(?i)\b(published|posted|issued|updated)\b", part)
            date = WRITTEN_DATE.search(part)
            if kind and date and kind.start() < date.start():
                day = written_date(date)
                if day:
                    found.setdefault(kind[1].lower(), day)
    for kind in ("published", "posted", "issued", "updated"):
        if kind in found:
            return found[kind]
    for under in _UNDER_BYLINE.finditer(text, start, start + STAMP_CHARS):
        date = _DATE_PART.fullmatch(under["d"].strip())
        if date:  # 'By Trần Minh Khoa in Ba Tơ\n16 November 2026': the byline's own date line
            return written_date(WRITTEN_DATE.search(date.group()))  # type: ignore[arg-type]
    for line in BYLINE.finditer(text, start, start + STAMP_CHARS):
        parts = [p.strip() for p in _BYLINE_PART.split(line.group())]
        if not all(_LETTER.search(p) or _DATE_PART.fullmatch(p) or _CLOCK.fullmatch(p) for p in parts):
            continue  # a table's row ('2024-11-26 | Islamabad | 450'), not a byline
        for part in parts:
            date = _DATE_PART.fullmatch(part)
            if date:
                return written_date(WRITTEN_DATE.search(date.group()))  # type: ignore[arg-type]
    for layout in (_PLACE_DATE_LINE, _AS_OF_LINE, _PLACE_DATE_ALONE):
        if (m := layout.search(text, start, start + STAMP_CHARS)) is not None:
            return written_date(WRITTEN_DATE.search(m["date"]))  # type: ignore[arg-type]
    for m in _DATE_CLOCK_LINE.finditer(text, start, start + STAMP_CHARS):
        if (_ENDS_IN_CLOCK.search(m[0]) or _WEEKDAY_DATE_LINE.fullmatch(m[0].strip())) and not _UPDATED.search(m[0]):
            # (a date alone, with no time of day nor weekday, is an event's; an update's time may be days after the news)
            return written_date(WRITTEN_DATE.search(m["date"]))  # type: ignore[arg-type]
    if (stamp := TIMESTAMP_LINE.search(text, start, start + STAMP_CHARS)) is not None:
        return written_date(WRITTEN_DATE.search(stamp.group()))  # type: ignore[arg-type]  # (the last resort)
    return None


# a byline's line of parts ('Our Correspondent | November 23, 2026 | Updated: 8:40pm', 'Daria
# Volkova · Almaty · 15 November 2026', 'Mosaïque FM desk · Last updated Friday 25 September
# 2026, 19:05'), one of them a full date with at most a stamp word, a weekday and a time
BYLINE = re.compile(r"^[^\n]{0,60}\s[|·•]\s[^\n]{0,90}$", re.MULTILINE)
_BYLINE_PART = re.compile(r"\s[|·•]\s")
_UNDER_BYLINE = re.compile(r"^By\s+[^\n]{2,80}\n(?P<d>[^\n]{6,40})$", re.MULTILINE)
_LETTER = re.compile(r"[^\W\d_]")
_DATE_PART = re.compile(
    r"(?i:(?:(?:first|last)\s+)?(?:published|posted|updated)(?:\s+on)?:?\s+)?"
    # the English weekdays spelled here, not when.WEEKDAY: the CLI imports this module at start
    # and must not load the lexicon before it parses a command (test_python_m_and_lazy_imports)
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    r"|(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?),?\s+(?:le\s+)?)?"
    r"(?P<date>" + WRITTEN_DATE.pattern + r")"
    r"(?:,?\s+(?:[-–—]\s+|à\s+|a\s+las\s+|às\s+)?\d{1,2}(?:[:.h]\d{2}|h)(?:\s*[ap]\.?m\.?)?)?",
    re.IGNORECASE,
)


_CLOCK = re.compile(r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)  # a byline's time part: '11:47'
_PLACE_DATE_LINE = re.compile(
    r"^[^\n]{0,60}?\s(?:[|·•]|[-–—])\s+[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2},\s*"
    r"(?P<date>(?i:" + WRITTEN_DATE.pattern + r"))[ \t]*$",
    re.MULTILINE,
)  # a release's place and date after a separator: 'PRESS RELEASE | Lisbon, 29 November 2026',
#    'For immediate release - Freetown, 19 November 2026'
_PLACE_DATE_ALONE = re.compile(
    r"^[ \t]*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2},\s*(?:le\s+)?"
    r"(?P<date>(?i:" + WRITTEN_DATE.pattern + r"))(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[ \t]*$",
    re.MULTILINE,
)  # a statement's place and date alone on their line, under its heading: 'Accra, 14 April 2027', 'Mopti, le 9 novembre 2026',
#    'Tegucigalpa, 6 October 2027, 20:00', 'Kingston, 18 November 2026, 2:45 p.m.'
_DATE_CLOCK_LINE = re.compile(
    r"^(?:[^\n]{0,60}?\s[-–—|·•]\s+)?" + _DATE_PART.pattern + r"[ \t]*$", re.IGNORECASE | re.MULTILINE
)  # a date with its clock time alone on its line, or after a separator: 'Police Headquarters,
#    Nicosia - Sunday 15 March 2026, 11:00', 'For immediate release – Monday 23 November 2026, 20:30'
_ENDS_IN_CLOCK = re.compile(r"\d(?:[:.h]\d{2}|h)(?:\s*[ap]\.?m\.?)?[ \t]*$", re.IGNORECASE)
_WEEKDAY_DATE_LINE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:\d{1,2}\s+\w+|\w+\s+\d{1,2}),?\s+(?:19|20)\d\d"
)  # a page's day alone on its line, with its weekday: 'Friday, March 13, 2026', 'Saturday 15 August 2026'
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)
_AS_OF_LINE = re.compile(
    r"^[ \t]*\(?as\s+of\s+(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s*)?"
    r"(?P<date>" + WRITTEN_DATE.pattern + r")(?:,?\s*\d{1,2}[:.]\d{2})?\)?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)  # a bulletin's own time: '(as of 09:00, 23 November 2026)'


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
