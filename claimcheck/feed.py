"""Sources stage, news feeds: an RSS or Atom feed read as its items' headlines and summaries.

A feed saved or fetched as XML (``<rss>``, ``<feed xmlns="http://www.w3.org/2005/Atom">``,
RSS 1.0's ``<rdf:RDF>``) holds each story's headline and summary in elements, the summary often
as escaped HTML. Read as plain text, its tags ran into the sentences ('…, police
said.</description>' named nobody). The text read is each item's headline, then its summary
with its markup removed, a paragraph each; as for a web page, a claim's offsets index this
text (``text_from: feed``). The feed's title names the outlet, its newest item's date is the
report's date.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from claimcheck.textio import iso_date

_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(?:p|div|li|h\d|blockquote)\s*>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")
_LINES = re.compile(r"\s*\n\s*")


class FeedError(Exception):
    """A feed with no item to read; the message says why, in a few words."""


@dataclass(frozen=True)
class Feed:
    text: str
    title: str | None = None  # the feed's title: the outlet
    date: str | None = None  # YYYY-MM-DD of its newest item


def read_feed(xml: str) -> Feed:
    """The items of the feed ``xml`` as text (see the module).

    >>> feed = read_feed('''<rss><channel><title>Wire</title><item><title>17 die in bus crash</title>
    ... <pubDate>Fri, 04 Dec 2026 09:12:00 GMT</pubDate><description>&lt;p&gt;At least 17 people
    ... died, police said.&lt;/p&gt;</description></item></channel></rss>''')
    >>> print(feed.text)
    17 die in bus crash
    <BLANKLINE>
    At least 17 people died, police said.
    <BLANKLINE>
    >>> feed.title, feed.date
    ('Wire', '2026-12-04')
    """
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise FeedError(f"not a readable feed ({exc})") from None
    items = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if not items:
        raise FeedError("a feed with no items")
    parts: list[str] = []
    days: list[str] = []
    for item in items:
        fields = {_local(child.tag): child for child in item}
        for name in ("title", "description", "summary", "content", "encoded"):
            if name in fields and (words := _plain(fields[name].text or "")):
                parts.append(words)
                if name != "title":
                    break  # (a summary and the full content say it twice: the first one)
        for name in ("pubDate", "published", "updated", "date"):
            if name in fields and (day := _day(fields[name].text or "")):
                days.append(day)
                break
    if not parts:
        raise FeedError("a feed whose items have no text")
    channel = next((e for e in root.iter() if _local(e.tag) in ("channel", "feed")), root)
    title = next((_plain(c.text or "") for c in channel if _local(c.tag) == "title"), None)
    return Feed("\n\n".join(parts) + "\n\n", title or None, max(days) if days else None)


def _local(tag: object) -> str:
    """An element's name without its namespace ('{http://www.w3.org/2005/Atom}entry': entry)."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _plain(value: str) -> str:
    """An element's text with its escaped markup removed: paragraphs on lines of their own."""
    text = html.unescape(value) if "&" in value else value
    if "<" in text:
        text = html.unescape(_TAG.sub(" ", _BLOCK_END.sub("\n", text)))
    return _LINES.sub("\n", _SPACES.sub(" ", text)).strip()


def _day(value: str) -> str | None:
    """An item's date as YYYY-MM-DD: RFC 822 ('Fri, 04 Dec 2026 09:12:00 GMT') or ISO."""
    value = value.strip()
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return iso_date(value[:10])
