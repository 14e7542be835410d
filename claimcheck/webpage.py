"""Web pages: the article's main text and its metadata, extracted with trafilatura.

Imported only when an HTML input appears: trafilatura takes a quarter of a second to load.
The text is what the parser reads, so a claim's offsets index it, not the page's bytes.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from typing import Any

from claimcheck.textio import decode, iso_date

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE
)  # <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


class PageError(Exception):
    """A page with no article text to read; the message says why, in a few words."""


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    outlet: str | None = None  # the site name (og:site_name and the like)
    date: str | None = None  # YYYY-MM-DD, from the page's markup (never guessed from its text)
    url: str | None = None  # the canonical URL, when the page gives one

    @property
    def meta(self) -> dict[str, str]:
        fields = {"title": self.title, "outlet": self.outlet, "date": self.date, "url": self.url}
        return {k: v for k, v in fields.items() if v}


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str, str | None]:
    """A page's text: by the server's charset, else the page's ``<meta charset>``, else as
    any input (UTF-8, then a detected encoding, with a warning)."""
    for charset in (declared, _meta_charset(data)):
        if charset:
            try:
                codec = codecs.lookup(charset).name
                return data.decode(codec), codec, None
            except (LookupError, UnicodeDecodeError):
                continue
    return decode(data)


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", errors="ignore") if m else None


def extract_page(html: str, url: str | None = None) -> Page:
    """The main text of the page (paragraphs on lines of their own), and its metadata.

    Navigation, adverts, comments and footers are left out. Raises PageError when no
    article text is found.
    """
    trafilatura = _trafilatura()
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            include_formatting=False,
            deduplicate=False,
            # the date from the page's markup only: a date guessed from the text is too often
            # another day the article mentions
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_config(),
        )
    except Exception as exc:  # lxml or trafilatura failing on a malformed page
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise PageError(f"cannot extract text from the HTML ({detail})") from exc
    if doc is None:
        raise PageError("no article text found in the HTML page")
    fields = _fields(doc)
    text = (fields.get("text") or "").strip()
    if not text:
        raise PageError("no article text found in the HTML page")
    date = fields.get("date")
    return Page(
        text=text,
        title=_clean(fields.get("title")),
        outlet=_clean(fields.get("sitename")),
        date=iso_date(date) if isinstance(date, str) else None,
        url=_clean(fields.get("url")),
    )


def _fields(doc: Any) -> dict[str, Any]:
    if isinstance(doc, dict):
        return doc
    if hasattr(doc, "as_dict"):
        return doc.as_dict()
    return {k: getattr(doc, k, None) for k in ("text", "title", "sitename", "date", "url")}


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


_CONFIG: list[Any] = []
# Below this many characters trafilatura distrusts its main-text result and falls back on
# cruder extractors that take the byline and the share buttons along; a short news item
# (one paragraph of a wire story) is still an article.
MIN_EXTRACTED_SIZE = 25


def _config() -> Any:
    if not _CONFIG:
        from trafilatura.settings import use_config

        config = use_config()
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_SIZE))
        _CONFIG.append(config)
    return _CONFIG[0]


def _trafilatura() -> Any:
    """trafilatura, with its log messages kept off stderr (claimcheck reports problems
    itself, one line each); an application that configures logging still gets them."""
    import trafilatura

    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
    return trafilatura
