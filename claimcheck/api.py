"""The library's interface: texts or paths in, claims or a compared report out (no printing)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck import pipeline
from claimcheck.models import Claim, ExtractResult, Report, Source
from claimcheck.sources import parse_metadata

Inputs = Iterable["str | os.PathLike[str] | Source"] | Mapping[str, str]


def source_from_text(
    text: str,
    *,
    source_id: str = "text",
    date: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
) -> Source:
    """A report made from ``text``. Front matter and a leading ``date YYYY-MM-DD`` marker are
    read as in a file; the keyword arguments win over them.

    >>> source = source_from_text("date 2024-11-27\\nPolice arrested 450 protesters.")
    >>> source.date, source.body
    ('2024-11-27', 'Police arrested 450 protesters.')
    """
    meta, body_start, _notes = parse_metadata(text)
    return Source(
        id=source_id,
        text=text,
        date=date or meta.get("date"),
        title=title or meta.get("title"),
        outlet=outlet or meta.get("outlet"),
        url=meta.get("url"),
        body_start=body_start,
    )


def extract_text(
    text: str,
    *,
    source_id: str | None = None,
    date: str | None = None,
    lexicon: str | os.PathLike[str] | None = None,
    explain: bool = False,
) -> list[Claim]:
    """The numeric claims in one report's ``text``, in the order they are written.

    ``lexicon`` is a JSON file of word lists merged over the bundled lexicon; a file that
    cannot be used raises :class:`claimcheck.InputError`. ``explain`` fills each claim's
    ``rules`` with the ids of the rules behind it (``claimcheck/data/rules``).

    >>> [(c.measure, c.value, c.claimant) for c in extract_text("Police said 450 were held.")]
    [('arrested', 450, 'Police')]
    >>> extract_text("Police said 450 were held.", explain=True)[0].rules
    ('subject/default-people', 'measure/verb-after', 'qualifier/exact', 'attribution/speech-verb')
    """
    from claimcheck.extract import extract_claims

    lex = pipeline.load_lexicon(None if lexicon is None else str(lexicon))
    source = source_from_text(text, source_id=source_id or "text", date=date)
    return extract_claims(source, lex, explain=explain)  # type: ignore[arg-type]


def extract(
    inputs: Inputs, *, lexicon: str | os.PathLike[str] | None = None, **options: Any
) -> ExtractResult:
    """Read ``inputs`` and extract their claims: see :func:`compare` for what they may be.
    ``options`` are those of :func:`claimcheck.pipeline.extract` (``max_size``, ``timeout``,
    ``jobs``, ``manifest``, ``progress``). Problems with single inputs are in ``problems``."""
    paths, given = _split(inputs)
    lexicon_path = None if lexicon is None else str(lexicon)
    return pipeline.extract(paths, lexicon_path=lexicon_path, given=given, **options)


def compare(
    inputs: Inputs, *, lexicon: str | os.PathLike[str] | None = None, **options: Any
) -> Report:
    """Read ``inputs``, extract their claims and align the claims about each quantity.

    ``inputs`` is a mapping of source ids to report texts, or an iterable of paths (files,
    directories, http(s) URLs, ``-`` for stdin: a ``str`` is always a path) and
    :class:`claimcheck.Source` objects (see :func:`source_from_text`).

    >>> report = compare({"wire": "Police said 450 protesters were arrested.",
    ...                   "party": "The party said 1,000 protesters were arrested."})
    >>> [(g.measure, g.subject, g.status) for g in report.groups]
    [('arrested', 'protesters', 'conflict')]
    """
    paths, given = _split(inputs)
    lexicon_path = None if lexicon is None else str(lexicon)
    return pipeline.compare(paths, lexicon_path=lexicon_path, given=given, **options)


def _split(inputs: Inputs) -> tuple[list[str], list[Source]]:
    if isinstance(inputs, Mapping):
        return [], [source_from_text(text, source_id=key) for key, text in inputs.items()]
    if isinstance(inputs, (str, os.PathLike)):
        raise TypeError("inputs must be a list of paths or a mapping of ids to texts, not one path")
    paths: list[str] = []
    given: list[Source] = []
    for item in inputs:
        if isinstance(item, Source):
            given.append(item)
        elif isinstance(item, (str, os.PathLike)):
            paths.append(os.fspath(item))
        else:
            raise TypeError(f"an input must be a path or a Source, not {type(item).__name__}")
    return paths, given
