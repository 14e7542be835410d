"""Markdown reports: markup never reaches a sentence or a claimant, and offsets still hold."""

from __future__ import annotations

import pytest

from claimcheck.extract import extract_claims
from claimcheck.markup import mask_markdown
from claimcheck.models import Source


@pytest.mark.parametrize(
    "markdown, plain",
    [
        ("[Reuters](https://r.example/x) said", " Reuters" + " " * 22 + " said"),
        ("## 12 dead ##", "   12 dead   "),
        ("**55** held, _six_ hurt", "  55   held,  six  hurt"),
        ("![photo](a.png) Police", "                Police"),
        ("> quoted", "  quoted"),
        ("- Police: 45,000", "  Police: 45,000"),
        ("see [the report][1]\n[1]: https://x.example", "see  the report    \n" + " " * 22),
        ("snake_case_name and 2*3*4", "snake_case_name and 2*3*4"),
        ("Title\n=====", "Title\n     "),
        ("`code` <!-- note --> <https://x.example>", " code                                   "),
    ],
    ids=["link", "heading", "emphasis", "image", "blockquote", "bullet", "reference-link",
         "underscores-and-stars-inside-words-stay", "setext-underline", "code-comment-autolink"],
)  # fmt: skip
def test_markup_becomes_spaces_and_prose_stays_in_place(markdown, plain):
    masked = mask_markdown(markdown)
    assert masked == plain and len(masked) == len(markdown)


REPORT = """# 12 dead in port clashes

**Durban** — [Reuters](https://r.example/x) said 55 people were arrested on *Monday*.

> "We treated 40 injured," said Dr. Ann Lee.
"""


@pytest.mark.parametrize("name", ["r.md", "r.markdown"])
def test_a_markdown_report_keeps_its_claimants_and_its_offsets(name):
    source = Source(id="r", text=REPORT, path=name)
    got = {(c.measure, c.value): c for c in extract_claims(source)}
    assert got[("arrested", 55)].claimant == "Reuters"
    assert got[("injured", 40)].claimant == "Dr. Ann Lee"
    assert "#" not in got[("killed", 12)].sentence and "*" not in got[("arrested", 55)].sentence
    for claim in got.values():
        assert REPORT[claim.start : claim.end] == claim.text


def test_a_text_file_is_read_as_written():
    source = Source(id="r", text=REPORT, path="r.txt")
    assert any("[Reuters]" in c.sentence for c in extract_claims(source))
