"""claimcheck.lines: line_matches finds what finditer finds, for patterns anchored at line starts."""

from __future__ import annotations

import re

import pytest

from claimcheck.lines import line_matches
from claimcheck.voice import OTHERS_START, POST_HEAD
from claimcheck.when import _HEADING

TEXTS = {
    "empty": "",
    "one-break": "\n",
    "heading-and-prose": "Day one\nPolice said 45 people were arrested.\nCasualties\n\nMore text here.\n",
    "thread": "Posted by Jo, 3 hours ago\nI saw it.\nAnouk · 13 Oct 2026, 11:15\nMe too.",
    "match-spans-lines": "Intro text\n12\ncomments\nafter",  # '\d+\s+' takes the break
    "no-final-break": "Text\nReferences",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
@pytest.mark.parametrize(
    "pattern", [_HEADING, POST_HEAD, OTHERS_START], ids=["heading", "post", "others"]
)
def test_line_matches_finds_what_finditer_finds(name: str, pattern: re.Pattern[str]) -> None:
    text = TEXTS[name]
    for start in sorted(
        {0, 1, 5, len(text) // 2, len(text)} - {n for n in range(6) if n > len(text)}
    ):
        want = [(m.span(), m.groups()) for m in pattern.finditer(text, start)]
        got = [(m.span(), m.groups()) for m in line_matches(pattern, text, start)]
        assert got == want, (name, start)


def test_a_match_that_takes_its_line_break_lets_the_next_line_match() -> None:
    pattern = re.compile(r"^[a-z]+\n", re.MULTILINE)
    assert [m.group() for m in line_matches(pattern, "ab\ncd\nEF\ngh\n")] == [
        "ab\n",
        "cd\n",
        "gh\n",
    ]


def test_a_start_inside_a_line_skips_to_the_next() -> None:
    pattern = re.compile(r"^\w+", re.MULTILINE)
    assert [m.group() for m in line_matches(pattern, "alpha beta\ngamma", 2)] == ["gamma"]


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS.values(),
        "Anouk ·" + " " * 70 + "13 Oct 2026\nPolice said 45 people, then 50, were held - or more.\nmarc.vdb wrote:  ",
        "Jo - " + "1" * 70 + " minutes ago\nreply · u/jo · 4 hr\nPosted\nby Jo, 3 hours ago\nYaw K., Kumasi - 11 Nov 2026",
    ],
    ids=[*sorted(TEXTS), "long-gaps", "runs-and-openers"],
)
def test_post_heads_are_looked_for_only_where_post_head_can_match(text: str) -> None:
    # voice._PostHeads tries POST_HEAD only on lines that may hold a post's head
    from claimcheck.voice import _PostHeads

    want = [(m.span(), m.groups()) for m in line_matches(POST_HEAD, text)]
    assert [(m.span(), m.groups()) for m in line_matches(_PostHeads, text)] == want  # type: ignore[arg-type]
