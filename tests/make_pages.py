"""Wrap text reports in realistic saved web pages, as a browser would save a news article.

Each page has a head with the metadata news sites publish (og:site_name,
article:published_time, a canonical link), then navigation, adverts, a cookie banner, the
article (a headline, a byline, one <p> per paragraph of the report, <h2>/<h3> for its
section headings), a "related stories" box full of numbers, comments and a footer.
Only the article should be read.

    python tests/make_pages.py OUTDIR [REPORT.txt ...]    # default: the bundled sources/
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUTLETS = ["The Daily Ledger", "Capital Wire", "Frontier Times", "Open Encyclopedia", "Agency News"]
_MARKER = re.compile(r"\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})\s*", re.IGNORECASE)
_HEADING = re.compile(r"(={2,})\s*(.*?)\s*=+\s*$")

# Boilerplate with numbers in it: none of it may turn up as a claim.
NAV = """<header class="site-header">
  <a class="logo" href="/">{outlet}</a>
  <nav aria-label="Main"><ul>
    <li><a href="/">Home</a></li><li><a href="/world">World</a></li>
    <li><a href="/pakistan">Pakistan</a></li><li><a href="/business">Business</a></li>
    <li><a href="/live">Live: 24/7 coverage</a></li><li><a href="/subscribe">Subscribe for $1</a></li>
  </ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search 10,000 stories"></form>
</header>
<div class="cookie-banner" role="dialog">We and our 843 partners use cookies.
  <button>Accept all</button> <button>Manage</button></div>
<div class="ad ad-leaderboard" aria-label="Advertisement">ADVERTISEMENT
  <a href="https://ads.example/click?id=12345">Win 1,000 dollars! 3 million readers can't be wrong.</a></div>"""

RELATED = """<aside class="related" aria-label="Related stories"><h3>Most read</h3><ol>
  <li><a href="/a">5 things to know about the march on the capital</a></li>
  <li><a href="/b">Thousands stranded as 25 trains are cancelled</a></li>
  <li><a href="/c">In pictures: 12 hours that shook Islamabad</a></li>
</ol></aside>
<div class="ad ad-sidebar">Sponsored: 7 tricks doctors hate. 90% off today only.</div>"""

COMMENTS = """<section id="comments" class="comments"><h3>142 comments</h3>
  <div class="comment"><span class="user">reader_77</span>
    <p>I heard 5,000 people were arrested, not what they say.</p></div>
  <div class="comment"><span class="user">truth_seeker</span>
    <p>More than 300 killed, the media hides it!</p></div>
</section>"""

FOOTER = """<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
    <li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul>
  <p>© 2024 {outlet}. All rights reserved. Registered in 1998, company no. 4455667.</p>
  <p>Follow us: 2 million followers on X, 800,000 on Facebook.</p>
</footer>
<script>window.dataLayer=[{{"pageType":"article","wordCount":1200}}];</script>"""


def split_report(text: str) -> tuple[str | None, list[str]]:
    """The report's date marker (if any) and its paragraphs (its non-blank lines)."""
    date = None
    m = _MARKER.match(text)
    if m:
        date, text = m.group(1), text[m.end() :]
    return date, [line.strip() for line in text.splitlines() if line.strip()]


def paragraph_html(line: str) -> str:
    heading = _HEADING.match(line)
    if heading:
        level = min(len(heading.group(1)), 4)
        return f"<h{level}>{html.escape(heading.group(2))}</h{level}>"
    return f"<p>{html.escape(line, quote=False)}</p>"


def make_page(text: str, *, slug: str, outlet: str, title: str | None = None) -> str:
    """A saved news page around the report ``text`` (its date marker becomes metadata)."""
    date, paragraphs = split_report(text)
    title = title or "Protest in the capital: what we know"
    url = f"https://news.example/{slug}"
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)} | {html.escape(outlet)}</title>",
        f'<meta property="og:site_name" content="{html.escape(outlet)}">',
        f'<meta property="og:title" content="{html.escape(title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
        f'<link rel="canonical" href="{url}">',
    ]
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}T09:30:00+05:00">')
    time_tag = f'<time datetime="{date}">{date}</time>' if date else ""
    body = "\n".join(paragraph_html(p) for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(meta)}
<link rel="stylesheet" href="/static/site.css">
<script async src="https://ads.example/tag.js"></script>
</head>
<body>
{NAV.format(outlet=html.escape(outlet))}
<main id="content">
<article class="story">
<h1 class="headline">{html.escape(title)}</h1>
<div class="byline">By Staff Reporter {time_tag}</div>
<div class="story-body">
{body}
</div>
<div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
</article>
{RELATED}
{COMMENTS}
</main>
{FOOTER.format(outlet=html.escape(outlet))}
</body>
</html>
"""


def write_pages(reports: list[Path], outdir: Path) -> list[Path]:
    """A page ``<stem>.html`` in ``outdir`` for each report; returns their paths."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for i, report in enumerate(reports):
        text = report.read_text(encoding="utf-8")
        page = make_page(text, slug=report.stem, outlet=OUTLETS[i % len(OUTLETS)])
        target = outdir / f"{report.stem}.html"
        target.write_text(page, encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    reports = [Path(a) for a in argv[1:]] or sorted((REPO / "sources").glob("*.txt"))
    for path in write_pages(reports, Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
