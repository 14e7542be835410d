"""Parser stage on several cores: extract the claims of many sources with a process pool."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from claimcheck.models import Claim, Source

PARALLEL_FROM_BYTES = 4_000_000  # below this, starting processes costs more than it saves
CHUNK_BYTES = 2_000_000  # sources sent to a worker at a time

Outcome = tuple[list[Claim], list[tuple[int, str]]]  # claims, (source index, error) pairs


def default_jobs(sources: Sequence[Source]) -> int:
    """All cores for large inputs, one for small ones."""
    total = sum(len(s.text) for s in sources)
    return (os.cpu_count() or 1) if total >= PARALLEL_FROM_BYTES else 1


def extract_many(
    sources: Sequence[Source],
    lexicon_path: str | None,
    jobs: int,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Claim], list[tuple[int, str]]]:
    """The claims of every source, in source order, using ``jobs`` processes.

    A source whose parsing raises is reported as ``(index, "Type: message")`` and the others
    are kept. ``progress`` is called with the number of sources just finished.
    """
    if jobs <= 1 or len(sources) < 2:
        return _run(list(enumerate(sources)), lexicon_path, progress)
    chunks = _chunks(sources)
    claims: list[Claim] = []
    failures: list[tuple[int, str]] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # map keeps the order of the chunks, so claims stay in source order
        for (chunk_claims, chunk_failures), size in zip(
            pool.map(_run_chunk, [(c, lexicon_path) for c in chunks]),
            (len(c) for c in chunks),
            strict=True,
        ):
            claims.extend(chunk_claims)
            failures.extend(chunk_failures)
            if progress is not None:
                progress(size)
    return claims, failures


def _chunks(sources: Sequence[Source]) -> list[list[tuple[int, Source]]]:
    chunks: list[list[tuple[int, Source]]] = [[]]
    size = 0
    for i, s in enumerate(sources):
        if size >= CHUNK_BYTES:
            chunks.append([])
            size = 0
        chunks[-1].append((i, s))
        size += len(s.text)
    return chunks


def _run_chunk(args: tuple[list[tuple[int, Source]], str | None]) -> Outcome:
    chunk, lexicon_path = args
    return _run(chunk, lexicon_path, None)


def _run(
    items: Sequence[tuple[int, Source]],
    lexicon_path: str | None,
    progress: Callable[[int], None] | None,
) -> Outcome:
    from claimcheck.extract import extract_claims
    from claimcheck.lexicon import load_lexicon

    lexicon = load_lexicon(lexicon_path)
    claims: list[Claim] = []
    failures: list[tuple[int, str]] = []
    for i, source in items:
        try:
            claims.extend(extract_claims(source, lexicon))
        except Exception as exc:  # one bad source must not lose the others
            detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            failures.append((i, " ".join(detail.split())))
        if progress is not None:
            progress(1)
    return claims, failures
