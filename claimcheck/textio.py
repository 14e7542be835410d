"""Shared helpers for reading inputs (a leaf module: it imports nothing of claimcheck):
decoding bytes, URLs, ISO dates, sizes, the reasons an input cannot be read, and the text a
feed or an e-mail message is read as."""

from __future__ import annotations

import datetime as _dt
import html as _html
import os
import re
from dataclasses import dataclass

UNICODE_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_url(given: str) -> bool:
    """Whether ``given`` is written as a URL (``scheme://…``) rather than a path."""
    return bool(_URL.match(given))


def missing_reason(path: str, exc: OSError) -> str:
    """Why ``path`` cannot be opened: missing, a broken link, a loop of links, permissions."""
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return f"broken symbolic link (to {os.readlink(path)})"
        return "no such file or directory"
    reason = os_reason(exc)
    if getattr(exc, "errno", None) == _ELOOP:
        reason += " (a symbolic link loop)"
    return f"cannot read: {reason}"


try:
    from errno import ELOOP as _ELOOP
except ImportError:  # pragma: no cover - every supported platform has it
    _ELOOP = 40


def format_size(n: int) -> str:
    """``512 B``, ``2.2 kB``, ``10 MB`` (decimal units, as --max-size reads them)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            value = n / scale
            return f"{value:.3g} {unit}" if value < 1000 else f"{value:,.0f} {unit}"
    return f"{n} B"


def os_reason(exc: BaseException) -> str:
    """A short lower-case reason for an I/O error, e.g. ``permission denied``."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def decode(data: bytes, declared: str | None = None) -> tuple[str, str, str | None]:
    """Decode an input's bytes, keeping every character (a BOM included) so offsets hold.

    UTF-8 is tried first; then a UTF-16/32 byte-order mark, a charset ``declared`` by the
    server, and the encoding charset-normalizer detects. Returns the text, the codec used
    (``open(path, encoding=codec, newline="")`` gives the same text) and a warning naming
    the encoding when the bytes were not UTF-8 (None otherwise).
    """
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    for bom, codec in UNICODE_BOMS:
        if data.startswith(bom):
            try:
                note = f"not UTF-8; decoded as {codec.upper()} (byte-order mark)"
                return data.decode(codec), codec, note
            except UnicodeDecodeError:
                break
    if declared:
        try:
            return data.decode(declared), declared, None
        except (UnicodeDecodeError, LookupError):
            pass
    codec, how = detect_encoding(data)
    if codec:
        return data.decode(codec), codec, f"not UTF-8; decoded as {codec} ({how})"
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    note = f"not valid UTF-8 and no encoding detected; {replaced} undecodable byte(s) replaced with U+FFFD"
    return text, "utf-8", note


# When a text is mostly ASCII (an English report with a few accents or curly quotes), the
# few other bytes say little, and a detector may pick an encoding that swallows ASCII
# characters; these Western code pages are then preferred, in this order.
_WESTERN = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman")
MOSTLY_ASCII = 0.9


def detect_encoding(data: bytes) -> tuple[str | None, str]:
    """The encoding of ``data`` (a Python codec name) and how it was found, or None.

    charset-normalizer detects it. For a mostly-ASCII text only an encoding that keeps
    every ASCII character counts (among equally good ones a Western code page is
    preferred), and cp1252 is the guess when none does.
    """
    from charset_normalizer import from_bytes

    sample = data[: 4 * 1024 * 1024]
    matches = [m for m in from_bytes(sample) if m.encoding not in ("utf_8", "utf-8")]
    ascii_share = sum(b < 0x80 for b in sample) / max(len(sample), 1)
    if ascii_share < MOSTLY_ASCII:
        for match in matches:
            if _decodes(data, match.encoding):
                return match.encoding, "detected by charset-normalizer"
        return None, ""
    ascii_bytes = bytes(b for b in sample if b < 0x80).decode("ascii")
    fits = [
        m for m in matches
        if _decodes(data, m.encoding)
        and "".join(ch for ch in sample.decode(m.encoding, errors="replace") if ch.isascii())
        == ascii_bytes
    ]  # fmt: skip
    if fits:
        least = min(m.chaos for m in fits)
        best = [m.encoding for m in fits if m.chaos <= least]
        western = [c for c in _WESTERN if c in best]
        return (western or best)[0], "detected by charset-normalizer"
    for codec in _WESTERN[:2]:
        if _decodes(data, codec):
            return codec, "guessed: charset-normalizer found no encoding that fits"
    return None, ""


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from a date or an ISO date-time (``2024-11-27T10:00:00Z``), else None."""
    value = value.strip()
    if len(value) > 10 and value[10] not in "T ":
        return None
    return exact_iso_date(value[:10])


def exact_iso_date(value: str) -> str | None:
    """``value`` if it is a real ``YYYY-MM-DD`` date, else None."""
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:  # e.g. 2024-02-30
        return None


class ReadError(Exception):
    """A feed or a message with no text to read; the message says why, in a few words."""


@dataclass(frozen=True)
class Extracted:
    """The text read out of a feed or an e-mail message, with its metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None  # YYYY-MM-DD

    @property
    def meta(self) -> dict[str, str]:
        fields = {"title": self.title, "outlet": self.outlet, "date": self.date}
        return {k: v for k, v in fields.items() if v}


_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(?:p|div|li|h\d|blockquote|tr)\s*>|<br\s*/?>", re.IGNORECASE)
_DROPPED = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


def unmarked(markup: str) -> str:
    """Escaped or plain HTML's text: paragraphs on lines of their own, markup removed.

    >>> unmarked("&lt;p&gt;At least 17 died.&lt;/p&gt;&lt;p&gt;Police said so.&lt;/p&gt;")
    'At least 17 died.\\nPolice said so.'
    """
    text = _html.unescape(markup) if "&" in markup else markup
    if "<" in text:
        text = _html.unescape(_TAG.sub(" ", _BLOCK_END.sub("\n", _DROPPED.sub(" ", text))))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def header_date(value: object) -> str | None:
    """A feed's or a message's date as YYYY-MM-DD: RFC 822 ('Fri, 04 Dec 2026 09:12:00 GMT')
    or ISO ('2026-12-03T16:05:00Z').

    >>> header_date("Fri, 04 Dec 2026 09:12:00 GMT"), header_date("2026-12-03T16:05:00Z")
    ('2026-12-04', '2026-12-03')
    """
    from email.utils import parsedate_to_datetime

    text = str(value or "").strip()
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return iso_date(text[:10])

