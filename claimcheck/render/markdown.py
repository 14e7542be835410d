"""Markdown output for compare: a summary table, then a section per group to paste into an
article or a fact-check (GitHub-flavoured tables; ``|`` in a cell is escaped)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimcheck.models import Claim, ClaimGroup, Report
from claimcheck.render.common import (
    claimant_count,
    claimant_label,
    cut_note,
    describe_claimant,
    format_interval,
    format_severity,
    grades,
    quantity_label,
    revision_verb,
    source_count,
)


def cell(text: object) -> str:
    """One table cell: on one line, with ``\\`` and ``|`` escaped; ``—`` for nothing."""
    s = " ".join(str(text).split()) if text is not None else ""
    return s.replace("\\", "\\\\").replace("|", "\\|") or "—"


def table(header: Sequence[str], align: str, rows: Iterable[Sequence[object]]) -> list[str]:
    """A table; ``align`` has one letter a column: ``l`` left, ``r`` right."""
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("| " + " | ".join("---:" if a == "r" else "---" for a in align) + " |")
    lines += ["| " + " | ".join(cell(x) for x in row) + " |" for row in rows]
    return lines


def code(text: str) -> str:
    return f"`{text}`"


def status_text(group: ClaimGroup) -> str:
    if group.status == "conflict" and group.severity is not None:
        return f"**conflict** (severity {format_severity(group.severity)})"
    return group.status


def consensus_text(group: ClaimGroup) -> str:
    return code(format_interval(*group.consensus)) if group.consensus else "—"


def figure(claim: Claim) -> str:
    """``Claimant (figure)``: a party to a dispute as a list item names it."""
    return f"{claimant_label(claim)} ({claim.text})"


def summary(groups: Sequence[ClaimGroup]) -> list[str]:
    rows = [
        (
            n,
            quantity_label(g),
            source_count(g),
            claimant_count(g),
            code(format_interval(g.low, g.high)),
            consensus_text(g),
            status_text(g),
        )
        for n, g in enumerate(groups, 1)
    ]
    header = ("#", "quantity", "sources", "claimants", "span", "consensus", "status")
    return table(header, "rlrrlll", rows)


def group_section(n: int, group: ClaimGroup) -> list[str]:
    graded = grades(group)
    explain = any(c.rules for c in group.claims)  # --explain: a column of rule ids
    rows = []
    for i, c in enumerate(group.claims):
        written = f"{c.text} ({c.scope})" if c.scope and c.scope != group.scope else c.text
        interval = code(format_interval(c.low, c.high))
        row = (i + 1, c.source, written, interval, describe_claimant(c), c.date, graded[i])
        rows.append(row + ((" ".join(code(r) for r in c.rules),) if explain else ()))
    header = ("#", "source", "figure as written", "interval", "claimant (type, via)", "date",
              "grade") + (("rules",) if explain else ())  # fmt: skip
    lines = [f"## {n}. {cell(quantity_label(group))} — {group.status}", ""]
    lines += table(header, "rllllll" + "l" * explain, rows)
    claims = group.claims
    if group.conflicts:
        lines += ["", "**Conflicts**", ""]
        note = cut_note(group)
        if note:
            lines += [f"_{note.capitalize()}._", ""]
        later: dict[int, list[int]] = {}
        for i, j in group.conflicts:
            later.setdefault(i, []).append(j)
        for i, js in later.items():
            others = ", ".join(f"{cell(figure(claims[j]))} (#{j + 1})" for j in js)
            lines.append(f"- {cell(figure(claims[i]))} (#{i + 1}) vs {others}")
    if group.revisions:
        lines += ["", "**Revisions**", ""]
        lines += [
            f"- {cell(figure(claims[i]))} later {revision_verb(claims[i], claims[j])} to "
            f"{cell(claims[j].text)} (#{i + 1} → #{j + 1})"
            for i, j in group.revisions
        ]
    if group.corroboration:
        lines += ["", "**Corroboration**", ""]
        for entry in group.corroboration:
            who = "; ".join(entry.get("claimants", ()))
            independent = entry.get("independent") or 0
            extra = f" ({independent} independent)" if independent > 1 else ""
            lines.append(f"- {entry.get('grade')}: {cell(entry.get('text'))} — {cell(who)}{extra}")
    return lines


def render_compare(report: Report) -> str:
    groups = report.groups
    n_conflict = sum(g.status == "conflict" for g in groups)
    s = len(report.sources)
    lines = [
        "# Figures compared",
        "",
        f"{len(groups)} quantit{'ies' if len(groups) != 1 else 'y'} in {s} "
        f"source{'s' * (s != 1)}; {n_conflict} in conflict.",
    ]
    if groups:
        lines += ["", *summary(groups)]
    for n, group in enumerate(groups, 1):
        lines += ["", *group_section(n, group)]
    return "\n".join(lines) + "\n"
