"""Reporter: the characters and styles the terminal tables draw with (shared by the summary
and the per-claim view)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console

STATUS_STYLE = {"conflict": "bold red", "rising": "cyan", "consistent": "green", "single": "yellow"}


@dataclass(frozen=True)
class Glyphs:
    """The characters drawn; plain ASCII when the output cannot encode the others."""

    track: str = "─"
    fill: str = "█"
    more: str = "…"
    arrow: str = "▶"
    conflict: str = "✗"
    revision: str = "↻"
    corroborated: str = "✓"
    single: str = "·"
    ellipsis: str = "…"
    infinity: str = "∞"
    mark: tuple[str, str] = ("»", "«")  # around the figure when there is no colour
    sep: str = "·"
    dash: str = "—"
    times: str = "×"
    later: str = "→"
    agree: str = "="
    quote: tuple[str, str] = ("“", "”")


ASCII = Glyphs("-", "#", ".", ">", "x", "r", "+", "-", "...", "inf", (">>", "<<"), "-", "-", "x",
               "->", "=", ('"', '"'))  # fmt: skip


def glyphs_for(console: Console) -> Glyphs:
    return Glyphs() if (console.encoding or "").lower().startswith("utf") else ASCII
