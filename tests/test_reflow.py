"""Hard-wrapped reports: a line break the wrapping put there never cuts a sentence, a figure or a
claimant off, offsets and line numbers stay the file's, and layout lines stay lines."""

from __future__ import annotations

import textwrap

import pytest

from claimcheck import pipeline
from claimcheck.extract import extract_claims
from claimcheck.models import Source
from claimcheck.reflow import reflowed, soft_breaks

PROSE = [
    "A parliamentary commission set up in 2017 came closest to an official reckoning. In its "
    "report, which was never published, the commission estimated that between 150 and 200 people "
    "died, far more than the 96 that the government has acknowledged since December 2016.",
    "In July 2020 a landslide at another mine of the same township killed more than 170 people, "
    "and the provincial police said on Friday that they had arrested three people in connection "
    "with the collapse of the waste heap.",
    "The national disaster agency said on Tuesday evening that 81 people had died across the "
    "country since the start of the cold wave. The agency added that 14 of the deaths were "
    "caused by fumes from coal heaters in closed rooms.",
]


def wrapped(width: int, *extra: str) -> str:
    paragraphs = [textwrap.fill(p, width) for p in PROSE]
    return "\n\n".join(["HEADLINE OF THE REPORT", *paragraphs, *extra]) + "\n"


@pytest.mark.parametrize("width", [64, 72, 80, 100], ids=lambda w: f"width-{w}")
def test_a_wrapped_report_gives_the_claims_of_its_unwrapped_copy(width):
    text = wrapped(width)
    flat = "\n\n".join(["HEADLINE OF THE REPORT", *PROSE]) + "\n"
    got = extract_claims(Source(id="w", text=text))
    want = extract_claims(Source(id="f", text=flat))
    assert [(c.text.split(), c.measure, c.low, c.high, c.claimant) for c in got] == [
        (c.text.split(), c.measure, c.low, c.high, c.claimant) for c in want
    ]
    assert {c.text.replace("\n", " ") for c in got} >= {"between 150 and 200", "more than 170", "three", "81"}
    for c in got:  # every claim traces to the file's own characters, line breaks included
        assert text[c.start : c.end] == c.text
        assert c.line == text.count("\n", 0, c.start) + 1


def test_a_figure_that_runs_over_a_soft_break_keeps_the_break_in_its_text():
    split = (
        "A commission set up by the regional parliament in 2017 estimated in its report that between 150 and\n"
        "200 people died in the landslide, far more than the official toll."
    )  # fmt: skip
    text = wrapped(100, split)
    at = text.index(split) + split.index("between 150")
    (c,) = [c for c in extract_claims(Source(id="w", text=text)) if c.start == at]
    assert c.text == "between 150 and\n200" == text[c.start : c.end]
    assert (c.low, c.high, c.measure) == (150, 200, "killed")


@pytest.mark.parametrize(
    "lines",
    [
        ["Casualties", "Deaths: 58 (Department of Shipping); 93 (Families Association)", "Non-fatal injuries: 70+"],
        ["- Death toll rises to 17, the governor of the province says at a news conference", "- 24 injured still in hospital"],
        ["12 November, 08:45", "The governor has just updated the toll: 17 dead and 24 still in hospital."],
        ["Day | Police | Organisers | Independent count of the march through the city centre", "3 Aug | 7,500 | 112 | 40"],
        ["Province of Ghor, in the centre of the country, where the cold was the worst", "Ghor\t19"],
        ["Police say 112 terrorists were captured today in the operation. We continue.", "🔁 1.9K   ❤ 9.4K   💬 611"],
    ],
    ids=["infobox-labels", "list-items", "timestamped-entry", "table-row", "tab-cells", "post-counters"],
)  # fmt: skip
def test_layout_lines_stay_lines_in_a_wrapped_report(lines):
    block = "\n".join(lines)
    text = wrapped(80, block)
    at = text.index(block)
    assert not [b for b in soft_breaks(text) if at <= b < at + len(block)]


def test_a_report_of_one_line_paragraphs_is_not_wrapped():
    text = "\n".join([*PROSE, *PROSE, "1. A note on sources, one line long.", "2. Another note."])
    assert soft_breaks(text) == ()
    assert reflowed(text) is text


def test_short_lines_of_a_list_are_not_joined():
    text = "Deaths\n14\nInjured\n230\nArrests\n1,050\nPolice said 300\npeople were held."
    assert soft_breaks(text) == ()


def test_compare_reads_a_wrapped_live_blog_without_an_internal_error(tmp_path):
    """The time-and-place stage reads the same paragraphs as the parser ('this\\nmorning' was
    an unknown time word)."""
    entry = (
        "Around 300 villagers gathered outside the district office this morning to demand "
        "compensation for houses damaged by the blast, our reporter at the scene says, and the "
        "governor said that 17 people had died and that 24 were still in hospital."
    )
    text = wrapped(98, "12 November, 11:20\n" + textwrap.fill(entry, 98))
    assert "this\nmorning" in text or "this morning" in text
    path = tmp_path / "blog.txt"
    path.write_text(text, encoding="utf-8")
    result = pipeline.compare([str(path)])
    assert not result.problems
    assert {c.text for g in result.groups for c in g.claims} >= {"Around 300", "17", "24"}


def test_a_full_line_whose_sentence_runs_on_in_lower_case_is_joined():
    """A line wrapped a little early (the next word would have fitted) still continues when it
    is near the width and the next line goes on in lower case."""
    body = wrapped(72)
    early = (
        "A post published on 3 September by the Facebook page Pravdata, which has\n"
        "about 120,000 followers, claims that 42 workers were killed in the blast.\n"
    )
    text = body + "\n" + early
    at = text.index("which has\n") + len("which has")
    assert at in soft_breaks(text)
    short = body + "\nA short line ending here\nand a lower-case line after it.\n"
    assert short.index("ending here\n") + len("ending here") not in soft_breaks(short)


def test_a_sentence_running_on_to_a_figure_or_a_comma_clause_is_joined():
    """'… while the union claimed' / '3,000.' and '… on the day of the shooting,' / 'later
    revising …' are wrapped lines, even where the next word would have fitted; a line that
    ends its sentence is not."""
    body = wrapped(72)
    lines = (
        "The police estimated the crowd at 600, while the union claimed\n"
        "3,000. The government gave an official toll of four dead that day,\n"
        "later revising the number of injured to 29. Nine were hurt.\n"
        "2,000 people marched again in the capital on the following day.\n"
    )
    text = body + "\n" + lines
    breaks = soft_breaks(text)
    assert text.index("claimed\n") + len("claimed") in breaks
    assert text.index("that day,\n") + len("that day,") in breaks
    assert text.index("were hurt.\n") + len("were hurt.") not in breaks  # ('2,000' would have fitted)
