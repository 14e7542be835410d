"""Parser stage, the entry point: the numeric claims of one source, with measure, subject,
claimant and evidence span. The stages live in ``claimcheck.parse`` (see its docstring)."""

from __future__ import annotations

from claimcheck.parse.document import ParseWith, extract_claims

__all__ = ["ParseWith", "extract_claims"]
