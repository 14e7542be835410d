"""Parser input: a Markdown report read through a mask, so markup never reaches a sentence.

The mask has the text's length and keeps every character of the prose in place: heading
marks, emphasis, link targets, image references, code ticks, block-quote marks and list
bullets become spaces. Offsets into the masked text are offsets into the file, and a figure
reads the same in both (markup is never inside a number phrase), so every claim still
traces to its exact words. ``[Reuters](https://…) said 55 people were arrested`` reads
``Reuters said 55 people were arrested``.
"""

from __future__ import annotations

import re

MARKDOWN_SUFFIXES = (".md", ".markdown")

# Each pattern's named groups are blanked; the rest of the match is kept.
_LINE_MARKS = re.compile(
    r"""^(?P<indent>[ \t]{0,3})
    (?: (?P<heading>\#{1,6})(?=[ \t]|$)          # '## Heading'
      | (?P<quote>(?:>[ \t]?)+)                  # '> quoted'
      | (?P<bullet>[-*+])(?=[ \t])               # '- item'
    )""",
    re.MULTILINE | re.VERBOSE,
)
_CLOSING_HASHES = re.compile(r"[ \t]+(?P<m>\#+)[ \t]*$", re.MULTILINE)  # '## Heading ##'
_RULE = re.compile(r"^[ \t]*(?P<m>(?:[-=*_][ \t]*){3,})$", re.MULTILINE)  # setext lines, rules
_REFERENCE = re.compile(r"^[ \t]{0,3}(?P<m>\[[^\]\n]+\]:[ \t]*\S.*)$", re.MULTILINE)
_IMAGE = re.compile(r"(?P<m>!\[[^\]\n]*\]\([^)\n]*\))")
_LINK = re.compile(r"(?P<open>\[)(?=[^\]\n]*\]\()[^\]\n]*(?P<target>\]\([^)\n]*\))")
_REF_LINK = re.compile(r"(?P<open>\[)[^\]\n]+(?P<target>\]\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"(?P<m><https?://[^>\s]+>)")
_EMPHASIS = re.compile(
    r"(?<![\w*\\])(?P<open>\*{1,3}|_{1,3})(?=[^\s*_])[^\n]*?(?<=[^\s*_\\])(?P<close>(?P=open))(?![\w*])"
)
_CODE = re.compile(r"(?P<open>`+)[^`\n]+(?P<close>(?P=open))")
_HTML_COMMENT = re.compile(r"(?P<m><!--.*?-->)", re.DOTALL)


def is_markdown(path: str | None) -> bool:
    """Whether a source read from ``path`` is Markdown, by its name.

    >>> is_markdown("notes/report.MD"), is_markdown("wire.txt"), is_markdown(None)
    (True, False, False)
    """
    return bool(path) and path.lower().endswith(MARKDOWN_SUFFIXES)


def mask_markdown(text: str) -> str:
    """``text`` with its Markdown markup turned into spaces (same length, prose in place).

    >>> print(mask_markdown("## 12 dead\\n[Reuters](https://x.y/z) said **55** were held."))
       12 dead
     Reuters                 said   55   were held.
    >>> print(mask_markdown("- Police: *45,000*\\n> We counted 9,000, she said."))
      Police:  45,000
      We counted 9,000, she said.
    """
    if not any(ch in text for ch in "#*_[]`<>-=+!"):
        return text
    chars = list(text)
    for pattern, groups in (
        (_HTML_COMMENT, ("m",)),
        (_REFERENCE, ("m",)),
        (_IMAGE, ("m",)),
        (_AUTOLINK, ("m",)),
        (_LINK, ("open", "target")),
        (_REF_LINK, ("open", "target")),
        (_CODE, ("open", "close")),
        (_EMPHASIS, ("open", "close")),
        (_RULE, ("m",)),
        (_LINE_MARKS, ("heading", "quote", "bullet")),
        (_CLOSING_HASHES, ("m",)),
    ):
        for m in pattern.finditer(text):
            for name in groups:
                lo, hi = m.span(name)
                for i in range(lo, hi):
                    if chars[i] != "\n":
                        chars[i] = " "
    return "".join(chars)
