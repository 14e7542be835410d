"""Parser stage on several cores: parse sources in batches in a process pool, in order;
and a map over forked processes for the matcher's groups."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from claimcheck.models import Claim, Source

if TYPE_CHECKING:  # the pool is imported only when a run needs one (start-up time)
    from concurrent.futures import Future, ProcessPoolExecutor

PARALLEL_FROM_BYTES = 4_000_000  # below this, starting processes costs more than it saves
PARALLEL_FROM_SOURCES = 300  # ... or a run of this many files
BATCH_BYTES = 500_000  # text sent to a worker at a time (the last one sets how unevenly they end)

T = TypeVar("T")
R = TypeVar("R")


def job_count(jobs: int | None) -> int:
    """The processes to use: ``jobs``, or every core when it is None."""
    return jobs if jobs is not None else (os.cpu_count() or 1)


@dataclass(frozen=True)
class Parsed:
    """What parsing one source gave: its claims, warnings about its text, or the error;
    and what ``describe`` made of it, when given (e.g. what later stages need of it)."""

    index: int
    claims: list[Claim]
    notes: list[str]
    error: str | None = None
    extra: Any = None


Describe = Callable[[int, Source, list[Claim]], Any]  # (index, source, its claims) -> extra


def parse_one(
    index: int,
    source: Source,
    parse: Callable[[Source], list[Claim]],
    describe: Describe | None = None,
) -> Parsed:
    """Parse one source with ``parse``; a source that breaks the parser loses only itself.
    ``describe``, when given, makes ``extra`` from the source and its claims."""
    from claimcheck.textcheck import text_notes

    notes = text_notes(source.text, source.body_start)
    try:
        claims, error = parse(source), None
    except Exception as exc:  # one bad source must not lose the others
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        claims, error = [], " ".join(detail.split())
    extra = describe(index, source, claims) if describe is not None else None
    return Parsed(index, claims, notes, error, extra)


def parse_batch(
    items: list[tuple[int, Source]],
    parse: Callable[[Source], list[Claim]],
    describe: Describe | None = None,
) -> list[Parsed]:
    """Parse each ``(index, source)`` with ``parse`` (and ``describe``) in a worker process
    (both are pickled by reference: this module never imports the parser)."""
    return [parse_one(i, s, parse, describe) for i, s in items]


class Parser:
    """Parses sources as they are read: in this process for small inputs, in a pool of
    ``jobs`` processes once the text read passes PARALLEL_FROM_BYTES (``jobs=None``: every
    core) or from the start (``jobs`` > 1). ``results()`` gives them back in input order.

    ``parse`` must be picklable (a module-level function, or an object such as
    ``claimcheck.extract.ParseWith``) when a pool may start; ``local``, when given, parses in
    this process instead of it. ``describe`` (picklable too) gives each result its ``extra``,
    made where the source is parsed: work on each source that later stages would otherwise
    do one source after another in this process."""

    def __init__(
        self,
        parse: Callable[[Source], list[Claim]],
        jobs: int | None = None,
        *,
        local: Callable[[Source], list[Claim]] | None = None,
        describe: Describe | None = None,
    ) -> None:
        self.parse = parse  # sent to the pool's processes
        self.local = local or parse  # parses in this process
        self.describe = describe
        self.jobs = job_count(jobs)
        self.auto = jobs is None
        self.read = 0
        self.pool: ProcessPoolExecutor | None = None
        self.done: list[list[Parsed] | Future[list[Parsed]]] = []
        self.batch: list[tuple[int, Source]] = []
        self.batch_bytes = 0

    def add(self, index: int, source: Source, expected: int = 0) -> None:
        """Parse ``source`` (the ``index``-th); ``expected`` is how many sources the run
        reads in all, when known: a run of many files starts the pool at once."""
        self.read += len(source.text)
        large = self.read >= PARALLEL_FROM_BYTES or expected >= PARALLEL_FROM_SOURCES
        if self.pool is None and self.jobs > 1 and (not self.auto or large):
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(max_workers=self.jobs)
        if self.pool is None:
            self.done.append([parse_one(index, source, self.local, self.describe)])
            return
        self.batch.append((index, source))
        self.batch_bytes += len(source.text)
        if self.batch_bytes >= BATCH_BYTES:
            self._submit()

    def _submit(self) -> None:
        if self.batch and self.pool is not None:
            self.done.append(self.pool.submit(parse_batch, self.batch, self.parse, self.describe))
            self.batch, self.batch_bytes = [], 0

    def results(self) -> Iterator[Parsed]:
        """Every source's result, in the order the sources were added."""
        self._submit()
        try:
            for item in self.done:
                yield from item if isinstance(item, list) else item.result()
        finally:
            if self.pool is not None:
                self.pool.shutdown(cancel_futures=True)


_INHERITED: tuple[Callable[[Any], Any], Sequence[Any]] | None = None  # what forked workers read


def map_inherited(func: Callable[[T], R], items: Sequence[T], jobs: int) -> list[R]:
    """``[func(x) for x in items]`` on up to ``jobs`` forked processes, which inherit
    ``items`` instead of receiving them pickled: only indices go out and only the results
    come back, so keep the results small. Runs here when ``jobs`` < 2, for a single item, or
    where processes cannot be forked safely (anywhere but Linux). Submit the largest items
    first: they are handed out in order."""
    import multiprocessing

    global _INHERITED
    if jobs < 2 or len(items) < 2 or not _can_fork():
        return [func(x) for x in items]
    from concurrent.futures import ProcessPoolExecutor

    _INHERITED = (func, items)
    gc.freeze()  # the workers' collections then leave the inherited objects alone (no copies)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(min(jobs, len(items)), mp_context=context) as pool:
            return list(pool.map(_call_inherited, range(len(items))))
    finally:
        gc.unfreeze()
        _INHERITED = None


_FORKED: Callable[[], Any] | None = None  # what a process of fork_call runs


def fork_call(func: Callable[[], R], jobs: int) -> Callable[[], R]:
    """Start ``func()`` on a forked process, which inherits what it reads instead of receiving
    it pickled, while this process goes on; call what is returned for its result (pickled
    back). Runs ``func`` here, when asked for its result, when ``jobs`` < 2 or where processes
    cannot be forked safely. Call it with no other threads running (not while a pool works)."""
    global _FORKED
    if jobs < 2 or not _can_fork():
        return func
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _FORKED = func
    gc.freeze()  # the child's collections then leave the inherited objects alone
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        future = pool.submit(_call_forked)  # the process is forked here, with _FORKED set
    finally:
        gc.unfreeze()
        _FORKED = None

    def result() -> R:
        try:
            return future.result()
        finally:
            pool.shutdown()

    return result


def _call_forked() -> Any:
    assert _FORKED is not None, "fork_call runs only in forked workers"
    return _FORKED()


def _can_fork() -> bool:
    """Forking is offered and safe: on Linux (macOS offers it, but system frameworks may crash
    in a forked child, which is why Python spawns there by default)."""
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _call_inherited(index: int) -> Any:
    assert _INHERITED is not None, "map_inherited runs only in forked workers"
    func, items = _INHERITED
    return func(items[index])
