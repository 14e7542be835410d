"""Grouping, end to end: hand-written reports through pipeline.compare (the real parser and
matcher), checked on behaviour rather than on the exact claims found."""

from __future__ import annotations

import pytest

from claimcheck import pipeline


def report(tmp_path, **texts: str):
    """Write one dated report per keyword (``a="2024-11-26|text"``) and compare them."""
    for name, dated in texts.items():
        date, text = dated.split("|", 1)
        (tmp_path / f"{name}.txt").write_text(f"---\ndate: {date}\n---\n{text}\n")
    result = pipeline.compare([str(tmp_path)])
    assert result.problems == ()
    return result


def group_with(result, text: str):
    (group,) = [g for g in result.groups if any(c.text == text for c in g.claims)]
    return group


POLICE_450 = "2024-11-26|Police said 450 protesters were arrested on Tuesday."


def test_a_figure_for_another_time_is_its_own_group(tmp_path):
    result = report(
        tmp_path,
        a="2024-11-26|Police said 450 protesters were arrested on Tuesday. Prior to the protest, "
        "4,000 PTI supporters were arrested.",
        b="2024-11-27|Nearly 1,000 protesters were arrested, the agency reported.",
    )
    overall, before = group_with(result, "450"), group_with(result, "4,000")
    assert overall is not before
    assert before.scope and before.status == "single" and before.conflicts == ()
    assert {c.text for c in overall.claims} == {"450", "Nearly 1,000"}
    # a day later the toll is higher: it rose, it is not contradicted
    assert overall.status == "rising" and overall.conflicts == ()


def test_one_claimant_repeating_a_figure_is_one_position(tmp_path):
    group = group_with(
        report(tmp_path, a=POLICE_450, b="2024-11-27|Police said 450 protesters were arrested."),
        "450",
    )
    assert len(group.claims) == 2 and group.status == "single"
    (figure,) = group.corroboration
    assert figure["independent"] == 1 and figure["grade"] == "single"


def test_one_claimant_changing_its_figure_later_is_a_revision(tmp_path):
    group = group_with(
        report(tmp_path, a=POLICE_450, b="2024-11-28|Police said 600 protesters were arrested."),
        "450",
    )
    assert group.conflicts == () and group.status != "conflict"
    (earlier, later) = group.revisions[0]
    assert (group.claims[earlier].text, group.claims[later].text) == ("450", "600")
    assert group.consensus == (600, 600)  # the revised figure no longer counts


@pytest.mark.parametrize(
    "other, severity",
    [
        pytest.param("The PTI said hundreds of its workers were killed.", 200, id="hundreds"),
        pytest.param("Hospital officials said 17 protesters were killed.", 17, id="seventeen"),
    ],
)
def test_a_denial_conflicts_with_a_count(tmp_path, other, severity):
    result = report(
        tmp_path,
        a="2024-11-26|The Interior Ministry denied that any protesters were killed.",
        b=f"2024-11-27|{other}",
    )
    (group,) = [g for g in result.groups if g.measure == "killed"]
    assert group.status == "conflict" and group.conflicts == ((0, 1),)
    assert {c.qualifier for c in group.claims} >= {"denial"}
    assert group.severity == severity and group.consensus is None


def test_two_claimants_with_one_figure_corroborate_it(tmp_path):
    texts = {"a": "2024-11-28|Hospital officials said 12 protesters were killed.",
             "b": "2024-11-28|Doctors said 12 protesters were killed."}  # fmt: skip
    group = group_with(report(tmp_path, **texts), "12")
    assert group.status == "consistent" and group.consensus == (12, 12)
    (figure,) = group.corroboration
    assert figure["grade"] == "corroborated" and figure["independent"] == 2
