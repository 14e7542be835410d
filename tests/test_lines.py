"""claimcheck.lines: line_matches finds what finditer finds, for patterns anchored at line starts."""

from __future__ import annotations

import re

import pytest
from corpus import report_texts

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


def test_lines_are_tried_only_where_they_open_with_a_character_a_match_may_open_with() -> None:
    """line_matches tries a pattern only at the lines whose first character is one of those
    lines.line_openers reads off it (or not ASCII): the same matches as the pattern's own scan,
    for every line pattern of the parse, on every test report (and with a heading added)."""
    from pathlib import Path

    from claimcheck.layout import BREAKDOWN_ITEM, SPACED_ROW, STRIP_AFTER_CUE
    from claimcheck.lexicon import load_lexicon
    from claimcheck.lines import line_openers
    from claimcheck.parse.document import _other_stories_heading
    from claimcheck.voice import CITED_START, NUMBERED_POINT, SOURCE_LINE

    patterns = [
        OTHERS_START, CITED_START, NUMBERED_POINT, SOURCE_LINE, STRIP_AFTER_CUE, BREAKDOWN_ITEM, SPACED_ROW,
        _other_stories_heading(load_lexicon()),
    ]  # fmt: skip
    assert all(line_openers(p) is not None for p in patterns)  # (each is tried at some lines only)
    data = Path(__file__).parent / "data"
    for path in sorted(data.glob("*/sources/*.txt")):
        text = path.read_text(encoding="utf-8")
        for t in (text, text + "\n  Notes:\n 12 comments\nReferences"):
            for p in patterns:
                for start in (0, len(t) // 3):
                    want = [(m.span(), m.groups()) for m in p.finditer(t, start)]
                    assert [(m.span(), m.groups()) for m in line_matches(p, t, start)] == want, (path.name, p.pattern[:30])


def test_line_openers_read_off_a_pattern() -> None:
    from claimcheck.lines import line_openers

    assert line_openers(re.compile(r"^(?i:ab)|^\d", re.M)) == frozenset("aA0123456789")
    assert line_openers(re.compile(r"(?m)^(?:x)?[A-C]\d")) == frozenset("xABC")
    assert line_openers(re.compile(r"^[ \t]*(?i:s)", re.M)) == frozenset(" \tsS")
    assert line_openers(re.compile(r"^(?i:é)", re.M)) is None  # (case-blind, not ASCII)
    assert line_openers(re.compile(r"^a", 0)) is None  # (not MULTILINE: the text's start only)
    assert line_openers(re.compile(r"^[^a]", re.M)) is None


def test_line_spans_are_the_runs_between_line_breaks() -> None:
    """lines.line_spans (str.find of the breaks) gives what a finditer of [^\\n]+ from the same
    place gives, on every test report and random strings."""
    import random
    import re

    line = re.compile(r"[^\n]+")
    from claimcheck.lines import line_spans

    texts = list(report_texts())
    rng = random.Random(26)
    texts += ["".join(rng.choice("a\n\r ") for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in texts:
        for start in (0, 1, len(text) // 3):
            assert list(line_spans(text, start)) == [m.span() for m in line.finditer(text, start)]
