"""claimcheck: find, attribute and compare numeric claims across reports of one event.

>>> import claimcheck
>>> [(c.measure, c.value) for c in claimcheck.extract_text("Six people were killed.")]
[('killed', 6)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimcheck._version import __version__ as __version__

__all__ = [
    "Claim",
    "ClaimGroup",
    "ExtractResult",
    "InputError",
    "Problem",
    "Quantity",
    "Report",
    "Source",
    "compare",
    "extract",
    "extract_text",
    "source_from_text",
]

# Loaded on first use: the command line imports this package for its version alone, and
# its start-up time stays that of the command it runs.
_HOMES = {
    "Claim": "claimcheck.models",
    "ClaimGroup": "claimcheck.models",
    "ExtractResult": "claimcheck.models",
    "Problem": "claimcheck.models",
    "Quantity": "claimcheck.models",
    "Report": "claimcheck.models",
    "Source": "claimcheck.models",
    "InputError": "claimcheck.pipeline",
    "compare": "claimcheck.api",
    "extract": "claimcheck.api",
    "extract_text": "claimcheck.api",
    "source_from_text": "claimcheck.api",
}

if TYPE_CHECKING:
    from claimcheck.api import compare, extract, extract_text, source_from_text
    from claimcheck.models import (
        Claim,
        ClaimGroup,
        ExtractResult,
        Problem,
        Quantity,
        Report,
        Source,
    )
    from claimcheck.pipeline import InputError


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
