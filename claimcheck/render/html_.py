"""HTML output for compare: one self-contained page to share (inline CSS and SVG, no script,
no network): the summary, then per quantity who says what, a chart of every claim's interval
on the quantity's log axis, the main disagreement, and the evidence sentences with the figure
highlighted and a link to the source; a legend. Readable printed and on a phone."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from claimcheck.models import Claim, ClaimGroup, Number, Report, Source
from claimcheck.render.common import (
    MISSING,
    claim_context,
    claimant_count,
    format_interval,
    format_severity,
    grades,
    quantity_label,
    source_count,
)

WIDTH = 300  # the chart's viewBox width; it scales to the column
FULL = 10_000  # names and source labels are written whole
ROW = 16  # a claim's strip height
ZERO_X = 6  # where 0 (a denial, "up to") is drawn, left of the log axis
LEFT, RIGHT = 20, 290  # the log axis
STATUS_CLASS = {"conflict": "conflict", "consistent": "consistent", "single": "single"}

CSS = """
:root{--ink:#1d1d1f;--muted:#5f6368;--line:#d0d4da;--bg:#fff;--panel:#f6f7f9;
--conflict:#b3261e;--contested:#d0604f;--consistent:#1b6e3a;--single:#2f5fa7;--part:#8a8f98;
--mark:#fff1a8}
*{box-sizing:border-box}
html{color-scheme:light dark}
body{margin:0;background:var(--bg);color:var(--ink);
font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:62rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0 .2rem}
h2{font-size:1.2rem;margin:0 0 .35rem}
a{color:#1a56b0}
.count{color:var(--muted);margin:0 0 1rem}
table{border-collapse:collapse;width:100%}
.summary th,.summary td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);
vertical-align:top}
.summary td.n{text-align:right;font-variant-numeric:tabular-nums}
li,p,td.gist,.chart th{overflow-wrap:anywhere}
.summary th,.summary td.span{white-space:nowrap}
.badge{display:inline-block;border-radius:.8rem;padding:0 .55rem;font-size:.85rem;
font-weight:600;color:#fff;white-space:nowrap}
.badge.conflict{background:var(--conflict)}.badge.consistent{background:var(--consistent)}
.badge.single{background:var(--single)}.badge.other{background:var(--muted)}
section.quantity{border:1px solid var(--line);border-radius:.6rem;padding:1rem;margin:1.25rem 0;
break-inside:avoid-page}
.meta{color:var(--muted);font-size:.9rem;margin:0 0 .5rem}
.who{margin:.3rem 0}.who b{font-weight:600}
.verdict{margin:.4rem 0 .8rem;font-weight:600}
.verdict.conflict{color:var(--conflict)}.verdict.consistent{color:var(--consistent)}
.fig{color:#0b5d1e;font-weight:600}
a.fig{text-decoration:none;border-bottom:1px dotted}
.chart td,.chart th{padding:.15rem .4rem;border-bottom:1px solid #eef0f3;vertical-align:middle}
.chart th{text-align:left;font-weight:500;width:32%}
.chart td.written{width:22%}
.chart td.strip{width:46%}
.chart tr.axis td{border-bottom:0}
svg{display:block;width:100%;height:auto;overflow:visible}
svg text{font:9px system-ui,sans-serif;fill:var(--muted)}
.evidence{margin:.8rem 0 0;padding-left:1.4rem}
.evidence li{margin:.35rem 0}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.15em;font-weight:600}
.src{color:var(--muted);font-size:.88rem}
.legend{background:var(--panel);border-radius:.6rem;padding:.8rem 1rem;margin:1.5rem 0}
.legend ul{margin:.3rem 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1.4rem}
.legend li{display:flex;align-items:center;gap:.45rem}
.legend svg{width:3.2rem;flex:none}
.timeline{color:var(--muted);font-size:.92rem}
svg .main{fill:var(--conflict)}svg .contested{fill:var(--contested)}
svg .corroborated{fill:var(--consistent)}svg .single{fill:var(--single)}
svg .part{fill:var(--part)}svg .old{opacity:.45}
footer{color:var(--muted);font-size:.85rem;margin-top:2rem}
@media (prefers-color-scheme:dark){
:root{--ink:#e8eaed;--muted:#a0a6ad;--line:#3c4043;--bg:#17181a;--panel:#222427;
--mark:#5c4d00;--single:#6f9be0;--contested:#e0806f;--consistent:#56b57a}
a{color:#8ab4f8}.fig{color:#81c995}
.chart td,.chart th{border-bottom-color:#2a2c2f}
}
@media (max-width:40rem){
main{padding:.8rem .6rem 2rem}
.summary thead,.summary .span,.summary .sources{display:none}
.summary tr{display:block;padding:.45rem 0;border-bottom:1px solid var(--line)}
.summary td{display:inline;border:0;padding:0 .25rem}
.summary td.gist{display:block;padding:.15rem 0 0 1.7rem}
.chart,.chart tbody,.chart tr,.chart th,.chart td{display:block;width:100%!important}
.chart tr{padding:.3rem 0;border-bottom:1px solid #eef0f3}
.chart th,.chart td{border:0;padding:0 .2rem}
.chart th,.chart td.written{display:inline;width:auto!important}
svg text{font-size:11px}
}
@media print{
body{font-size:11pt}
main{max-width:none;padding:0}
a{color:inherit}
.evidence a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em}
section.quantity{border-color:#999}
.badge{color:#000;border:1px solid #000;background:none!important}
mark{background:none;text-decoration:underline;text-decoration-thickness:2px}
}
"""


@dataclass(frozen=True)
class Axis:
    """A log axis from ``lo`` to ``hi`` over the chart's width; 0 sits left of it."""

    lo: float
    hi: float

    @classmethod
    def for_claims(cls, claims: Sequence[Claim]) -> Axis:
        values = [float(v) for c in claims for v in (c.low, c.high) if v is not None and v > 0]
        lo, hi = (min(values), max(values)) if values else (1.0, 10.0)
        if hi <= lo:
            lo, hi = lo / 2, hi * 2
        return cls(lo, hi)

    def x(self, value: Number) -> float:
        if value <= 0:
            return ZERO_X
        where = (math.log(value) - math.log(self.lo)) / (math.log(self.hi) - math.log(self.lo))
        return round(LEFT + min(max(where, 0.0), 1.0) * (RIGHT - LEFT), 1)

    def ticks(self) -> list[float]:
        """Powers of ten inside the axis, and its ends."""
        out = [self.lo]
        p = 10 ** math.ceil(math.log10(self.lo))
        while p < self.hi:
            if p > self.lo:
                out.append(p)
            p *= 10
        return [*out, self.hi]


def compact(x: float) -> str:
    """An axis label: ``450``, ``1k``, ``20k``, ``1.5M``."""
    for size, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if x >= size:
            return f"{x / size:.3g}{suffix}"
    return f"{x:.3g}"


def shape(claim: Claim, axis: Axis, css: str) -> str:
    """A point for one figure, a bar for a range, a bar with an arrow for 'at least'."""
    y = ROW / 2
    low, high = claim.low, claim.high
    if high is not None and high == low:
        cx = axis.x(low)
        return f'<circle class="{css}" cx="{cx}" cy="{y}" r="4.5"/>'
    x1 = axis.x(low)
    if high is None:
        x2 = RIGHT + 2
        return (f'<rect class="{css}" x="{x1}" y="{y - 3}" width="{max(x2 - x1, 2):.1f}" '
                f'height="6" rx="1"/><path class="{css}" d="M{x2} {y - 6.5}L{x2 + 8} {y}'
                f'L{x2} {y + 6.5}Z"/>')  # fmt: skip
    x2 = axis.x(high)
    return (f'<rect class="{css}" x="{x1}" y="{y - 3.5}" width="{max(x2 - x1, 3):.1f}" '
            f'height="7" rx="2"/>')  # fmt: skip


def svg(body: str, height: float = ROW, label: str = "") -> str:
    title = f"<title>{escape(label)}</title>" if label else ""
    return (f'<svg viewBox="0 0 {WIDTH} {height}" role="img" xmlns="http://www.w3.org/2000/svg"'
            f">{title}{body}</svg>")  # fmt: skip


def axis_row(axis: Axis) -> str:
    parts = [f'<line x1="{LEFT}" x2="{RIGHT}" y1="2" y2="2" stroke="#9aa0a6"/>',
             f'<text x="{ZERO_X}" y="16" text-anchor="middle">0</text>']  # fmt: skip
    for t in axis.ticks():
        x = axis.x(t)
        parts.append(f'<line x1="{x}" x2="{x}" y1="0" y2="5" stroke="#9aa0a6"/>')
        parts.append(f'<text x="{x}" y="16" text-anchor="middle">{escape(compact(t))}</text>')
    parts.append(f'<text x="{RIGHT}" y="27" text-anchor="end">log scale</text>')
    return svg("".join(parts), 30, "axis")


def claim_class(i: int, group: ClaimGroup, graded: Sequence[str | None], main: set[int],
                superseded: set[int]) -> str:  # fmt: skip
    claim = group.claims[i]
    if claim.scope and claim.scope != group.scope:
        css = "part"
    elif i in main:
        css = "main"
    else:
        css = graded[i] or "single"
    return f"{css} old" if i in superseded and i not in main else css


def evidence_html(claim: Claim) -> str:
    """The sentence with the figure in ``<mark>``."""
    sentence = claim.sentence
    at = claim.start - claim.sentence_start
    if not (0 <= at and sentence[at : at + len(claim.text)] == claim.text):
        at = sentence.find(claim.text) if claim.text else -1
    if at < 0:
        return escape(" ".join(sentence.split()))
    before = " ".join(sentence[:at].split())
    after = " ".join(sentence[at + len(claim.text) :].split())
    space_before = " " if sentence[:at][-1:].isspace() and before else ""
    space_after = " " if sentence[at + len(claim.text) :][:1].isspace() and after else ""
    return (f"{escape(before)}{space_before}<mark>{escape(' '.join(claim.text.split()))}</mark>"
            f"{space_after}{escape(after)}")  # fmt: skip


def source_link(claim: Claim, sources: Mapping[str, Source]) -> str:
    """The source, linked to its URL, else to its file (relative to where the page is read)."""
    source = sources.get(claim.source)
    href = (source.url if source else None) or claim.path
    label = escape(claim.source)
    where = f"{label}, line {claim.line}"
    if claim.date:
        where += f", {escape(claim.date)}"
    if not href:
        return where
    return f'<a href="{escape(href, quote=True)}">{label}</a>, line {claim.line}' + (
        f", {escape(claim.date)}" if claim.date else "")  # fmt: skip


def group_section(n: int, group: ClaimGroup, report: Report, names: Mapping[str, str],
                  voices: Mapping[str, str], sources: Mapping[str, Source]) -> list[str]:  # fmt: skip
    from claimcheck.render.summary import main_conflict, positions

    status = STATUS_CLASS.get(group.status, "other")
    claims, claimants, srcs = len(group.claims), claimant_count(group), source_count(group)
    out = [f'<section class="quantity" id="q{n}">',
           f'<h2>{n}. {escape(quantity_label(group))} '
           f'<span class="badge {status}">{escape(group.status)}'
           + (f" ×{format_severity(group.severity)}" if group.severity is not None else "")
           + "</span></h2>",
           f'<p class="meta">{claims} claim{"s" * (claims != 1)} · {claimants} claimant'
           f'{"s" * (claimants != 1)} · {srcs} source{"s" * (srcs != 1)} · span '
           f"{escape(format_interval(group.low, group.high))} · "
           + (f"consensus {escape(format_interval(*group.consensus))}" if group.consensus
              else "no consensus") + "</p>"]  # fmt: skip
    who = []
    for p in positions(group, names, voices, width=FULL):
        figures: list[str] = []
        for k, c in enumerate(p.claims):
            fig = f'<span class="fig">{escape(" ".join(c.text.split()))}</span>'
            if c.scope and c.scope != group.scope:
                fig += f" ({escape(c.scope.split(':', 1)[0])})"
            if figures and fig in figures[-1]:
                continue
            figures.append((" → " if k in p.revised else ", ") + fig if figures else fig)
        who.append(f"<b>{escape(p.name)}</b>: {''.join(figures)}")
    out.append(f'<p class="who">{" · ".join(who)}</p>')
    pair = main_conflict(group)
    main: set[int] = set()
    if pair is not None:
        i, j, ratio = pair
        main = {i, j}
        a, b = sorted((group.claims[i], group.claims[j]), key=lambda c: c.low)
        out.append(
            f'<p class="verdict conflict">✗ {_side(a, names, voices)} vs {_side(b, names, voices)}'
            f": {format_severity(ratio)}× apart"
            + (f" · {group.conflict_count - 1:,} other conflicting pair"
               f"{'s' * (group.conflict_count != 2)}" if group.conflict_count > 1 else "")
            + "</p>"
        )  # fmt: skip
    elif group.status == "consistent" and group.consensus is not None:
        out.append(f'<p class="verdict consistent">= every figure allows '
                   f"{escape(format_interval(*group.consensus))}</p>")  # fmt: skip
    timeline = getattr(group, "timeline", None)
    if timeline:
        from claimcheck.render.glyphs import Glyphs
        from claimcheck.render.summary import timeline_text

        text = timeline_text(group, Glyphs())
        if text is not None:
            out.append(f'<p class="timeline">{escape(text.plain)}</p>')
    axis = Axis.for_claims(group.claims)
    graded = grades(group)
    superseded = {i for i, _ in group.revisions}
    rows = []
    for i, c in enumerate(group.claims):
        css = claim_class(i, group, graded, main, superseded)
        who_name = names.get(c.claimant, c.claimant) if c.claimant else voices.get(c.source)
        label = f"{who_name}: {c.text} {format_interval(c.low, c.high)}"
        rows.append(
            f'<tr><th scope="row">{i + 1}. {escape(who_name or MISSING)}</th>'
            f'<td class="written"><span class="fig">{escape(" ".join(c.text.split()))}</span></td>'
            f'<td class="strip">{svg(shape(c, axis, css), label=label)}</td></tr>'
        )
    rows.append(f'<tr class="axis"><th></th><td></td><td class="strip">{axis_row(axis)}</td></tr>')
    out.append(f'<table class="chart" aria-label="figures on a log scale">{"".join(rows)}</table>')
    out.append('<ol class="evidence">')
    for c in group.claims:
        via = f" via {escape(c.via)}" if c.via else ""
        who_name = names.get(c.claimant, c.claimant) if c.claimant else "the report"
        out.append(f'<li id="{escape(c.id, quote=True)}"><b>{escape(who_name)}</b>{via}: '
                   f'<span class="sentence">{evidence_html(c)}</span> '
                   f'<span class="src">— {source_link(c, sources)}'
                   + "".join(f" · {escape(part)}" for part in
                             ([c.scope] if c.scope else []) + claim_context(c))
                   + "</span></li>")  # fmt: skip
    out.append("</ol></section>")
    return out


def _side(claim: Claim, names: Mapping[str, str], voices: Mapping[str, str]) -> str:
    name = names.get(claim.claimant, claim.claimant) if claim.claimant else None
    name = name or voices.get(claim.source, claim.source)
    figure = escape(" ".join(claim.text.split()))
    return (f'{escape(name)} <a class="fig" href="#{escape(claim.id, quote=True)}">“{figure}”'
            "</a>")  # fmt: skip


def legend() -> str:
    def sample(body: str) -> str:
        return (f'<svg viewBox="0 0 60 16" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">'
                f"{body}</svg>")  # fmt: skip

    def dot(css: str) -> str:
        return sample(f'<circle class="{css}" cx="30" cy="8" r="4.5"/>')

    items = [
        (dot("single"), "an exact figure (a point)"),
        (sample('<rect class="single" x="12" y="4.5" width="36" height="7" rx="2"/>'),
         "a range or a vague figure (a bar)"),
        (sample('<rect class="single" x="12" y="5" width="36" height="6" rx="1"/>'
                '<path class="single" d="M48 1.5L56 8L48 14.5Z"/>'),
         "“at least”, “more than” (an arrow: no upper bound)"),
        (dot("main"), "the two sides of the main conflict"),
        (dot("contested"), "contested: in conflict with another figure"),
        (dot("corroborated"), "corroborated by independent claimants"),
        (dot("part"), "a part or one incident (not compared)"),
        (dot("single old"), "revised later by its claimant"),
    ]  # fmt: skip
    lis = "".join(f"<li>{s}<span>{escape(text)}</span></li>" for s, text in items)
    return (
        '<section class="legend"><b>Legend.</b> Each chart puts every figure of a quantity on '
        "one log scale (0 at the far left). ✗ conflict: figures that cannot both be true; "
        "×N: how far apart (higher low ÷ lower high); a → b: a claimant's earlier and later "
        f"figure.<ul>{lis}</ul></section>"
    )


def render_compare(report: Report) -> str:
    from claimcheck import __version__
    from claimcheck.render.summary import canonical_names, main_conflict, voice_names
    from claimcheck.render.summary import gist as summary_gist

    groups = report.groups
    names = canonical_names(groups)
    voices = voice_names(report.sources, FULL)
    sources = {s.id: s for s in report.sources}
    n, s = len(groups), len(report.sources)
    in_conflict = sum(g.status == "conflict" for g in groups)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Figures compared — claimcheck</title>",
        f"<style>{CSS}</style></head><body><main>",
        "<header><h1>Figures compared</h1>",
        f'<p class="count">{n} quantit{"ies" if n != 1 else "y"} in {s} '
        f'source{"s" * (s != 1)} · {in_conflict} in conflict</p></header>',
    ]
    if groups:
        rows = []
        for k, g in enumerate(groups, 1):
            pair = main_conflict(g)
            if pair is not None:
                a, b = sorted((g.claims[pair[0]], g.claims[pair[1]]), key=lambda c: c.low)
                gist = f"{_side(a, names, voices)} vs {_side(b, names, voices)}"
            elif g.consensus is not None and g.status == "consistent":
                gist = f"every figure allows {escape(format_interval(*g.consensus))}"
            else:
                gist = escape(summary_gist(g))
            status = STATUS_CLASS.get(g.status, "other")
            sev = f" ×{format_severity(g.severity)}" if g.severity is not None else ""
            rows.append(
                f'<tr><td class="n">{k}</td><td><a href="#q{k}">{escape(quantity_label(g))}'
                f'</a></td><td><span class="badge {status}">{escape(g.status)}{sev}</span></td>'
                f'<td class="gist">{gist}</td>'
                f'<td class="span">{escape(format_interval(g.low, g.high))}</td>'
                f'<td class="n sources">{source_count(g)}</td></tr>'
            )
        out.append(
            '<table class="summary"><thead><tr><th>#</th><th>quantity</th><th>status</th>'
            '<th>main disagreement</th><th class="span">span</th><th class="sources">sources'
            f'</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        )
        out.append(legend())
    for k, g in enumerate(groups, 1):
        out += group_section(k, g, report, names, voices, sources)
    listed = "".join(
        f"<li>{escape(src.id)}"
        + (f" — {escape(src.outlet)}" if src.outlet else "")
        + (f", {escape(src.date)}" if src.date else "")
        + "</li>"
        for src in report.sources
    )
    out.append(f"<section><h2>Sources</h2><ul>{listed}</ul></section>")
    out.append(f"<footer>Made by claimcheck {escape(__version__)}. Every figure is quoted as "
               "written in its source.</footer></main></body></html>")  # fmt: skip
    return "\n".join(out) + "\n"
