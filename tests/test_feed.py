"""News feeds (claimcheck.feed): an RSS or Atom feed is read as its items' headlines and
summaries, not as XML text whose tags run into the sentences."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.sources import load_sources

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Regional News - Top Stories</title>
<item>
<title>Bus crash kills 17 on mountain road</title>
<pubDate>Fri, 04 Dec 2026 09:12:00 GMT</pubDate>
<description>At least 17 people died and 25 were injured when a bus plunged into a ravine, police said.</description>
</item>
<item>
<title>Police arrest 48 after protest in capital</title>
<pubDate>Thu, 03 Dec 2026 07:40:00 GMT</pubDate>
<description>&lt;p&gt;Police arrested 48 people as about 5,000 protesters marched on parliament.&lt;/p&gt;</description>
</item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Rights Monitor</title>
  <entry>
    <title>Dozens detained in Dalmar</title>
    <updated>2026-12-03T16:05:00Z</updated>
    <summary type="html">&lt;p&gt;At least 212 people were arrested, the group said.&lt;/p&gt;</summary>
  </entry>
</feed>
"""


def read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (source,), problems = load_sources([str(path)])
    assert not problems
    return source


def test_an_rss_feed_is_read_as_its_headlines_and_summaries(tmp_path):
    source = read(tmp_path, "feed.xml", RSS)
    assert source.text_from == "feed" and "<" not in source.text
    assert (source.outlet, source.date) == ("Regional News - Top Stories", "2026-12-04")
    got = {(c.text, c.measure, c.claimant) for c in extract_claims(source)}
    assert ("At least 17", "killed", "police") in got  # ('police said.</description>' named nobody)
    assert {("48", "arrested", None), ("about 5,000", "participants", None)} <= got
    for c in extract_claims(source):
        assert source.text[c.start : c.end] == c.text


def test_an_atom_feed_with_a_namespace_is_read_too(tmp_path):
    source = read(tmp_path, "feed.atom.txt", ATOM)
    assert (source.outlet, source.date) == ("Rights Monitor", "2026-12-03")
    got = {(c.text, c.measure, c.claimant) for c in extract_claims(source)}
    assert ("At least 212", "arrested", "the group") in got


@pytest.mark.parametrize(
    "text", ['<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>', "<rss><channel><item>"],
    ids=["no-items", "broken-xml"],
)
def test_a_feed_that_cannot_be_read_is_skipped_with_a_reason(tmp_path, text):
    path = tmp_path / "feed.xml"
    path.write_text(text, encoding="utf-8")
    found, problems = load_sources([str(path)])
    assert found == [] and len(problems) == 1 and "feed" in problems[0].message
