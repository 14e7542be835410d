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

import xml.etree.ElementTree as ET

from claimcheck.textio import Extracted, ReadError, header_date, unmarked


def read_feed(xml: str) -> Extracted:
    """The items of the feed ``xml`` as text (see the module).

    >>> feed = read_feed('''<rss><channel><title>Wire</title><item><title>17 die in bus crash</title>
    ... <pubDate>Fri, 04 Dec 2026 09:12:00 GMT</pubDate><description>&lt;p&gt;At least 17 people
    ... died, police said.&lt;/p&gt;</description></item></channel></rss>''')
    >>> print(feed.text)
    17 die in bus crash
    <BLANKLINE>
    At least 17 people died, police said.
    <BLANKLINE>
    >>> feed.outlet, feed.date
    ('Wire', '2026-12-04')
    """
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise ReadError(f"not a readable feed ({exc})") from None
    items = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if not items:
        raise ReadError("a feed with no items")
    parts: list[str] = []
    days: list[str] = []
    for item in items:
        fields = {_local(child.tag): child for child in item}
        for name in ("title", "description", "summary", "content", "encoded"):
            if name in fields and (words := unmarked(fields[name].text or "")):
                parts.append(words)
                if name != "title":
                    break  # (a summary and the full content say it twice: the first one)
        for name in ("pubDate", "published", "updated", "date"):
            if name in fields and (day := header_date(fields[name].text or "")):
                days.append(day)
                break
    if not parts:
        raise ReadError("a feed whose items have no text")
    channel = next((e for e in root.iter() if _local(e.tag) in ("channel", "feed")), root)
    title = next((unmarked(c.text or "") for c in channel if _local(c.tag) == "title"), None)
    return Extracted("\n\n".join(parts) + "\n\n", None, title or None, max(days) if days else None)


def _local(tag: object) -> str:
    """An element's name without its namespace ('{http://www.w3.org/2005/Atom}entry': entry)."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
