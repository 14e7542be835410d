"""Pipeline on a Dask cluster: sources read as a Dask bag, extraction as a map over its
partitions, events sorted from the profiles the workers make, alignment per event on the
workers. The same result as claimcheck.pipeline on one machine.

Needs the ``dask`` extra (``pip install 'claimcheck[dask]'``: dask's bags and its
distributed scheduler). ``address`` is ``local`` (a cluster of this machine's cores,
started for the run and closed after) or a scheduler's address (``tcp://HOST:8786``),
whose workers must have claimcheck installed and be able to read the paths.

Paths are those the CLI takes (files, directories, http(s) URLs) plus fsspec URLs and globs
(``s3://bucket/reports/*.txt``, ``gcs://...``, ``file:///data/*.md``): with the filesystem's
fsspec package installed on the workers, an object store is read like a folder.

What moves between the machines: input names go out; each partition sends back its
sources, their claims and their profiles (the events' words); the claims of each event go
out again to be aligned (with ``align_on_cluster``; by default they are aligned in the
driver, which costs less than the round trip on the machines measured), and its groups come
back. The driver sorts the profiles into events and finds copies across reports, both
near-linear.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import PurePosixPath
from typing import Any

from claimcheck.models import (
    Claim,
    ClaimGroup,
    EventsResult,
    ExtractResult,
    Problem,
    Report,
    Source,
)
from claimcheck.pipeline import InputError, load_lexicon, paused_gc, report_from
from claimcheck.sources import DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, Input, Reader, plan

PARTITION_SOURCES = 200  # reports a partition holds (about 1.5 MB of text): a task's size
LOCAL = "local"
NEEDS = "--dask needs the dask extra: pip install 'claimcheck[dask]'"


@dataclasses.dataclass(frozen=True)
class Read:
    """What a worker made of one input: its source (None when skipped), the problems met,
    and, when asked, its claims, notes on its text, a parser error and its event profile."""

    index: int
    source: Source | None
    problems: list[Problem]
    claims: list[Claim] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    error: str | None = None
    profile: Any = None


@contextmanager
def connect(address: str | Any, *, workers: int | None = None, processes: bool = True) -> Iterator[Any]:
    """A dask.distributed Client: on a local cluster (``address`` ``local``: ``workers``
    processes, one thread each; every core when None; ``processes=False`` runs them as
    threads, for tests), on the scheduler at ``address``, or ``address`` itself when it is a
    Client already. A cluster started here is closed on leaving."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError(NEEDS) from exc
    if not isinstance(address, str):
        yield address
        return
    if address == LOCAL:
        import os

        n = workers or os.cpu_count() or 1
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                          dashboard_address=":0") as cluster, Client(cluster) as client:  # fmt: skip
            yield client
        return
    try:  # how long to try: dask's distributed.comm.timeouts.connect (30 s unless set)
        client = Client(address)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        yield client


def expand(paths: Sequence[str], manifest: str | None = None) -> list[Input | Problem]:
    """The inputs of ``paths`` in order, as claimcheck.sources.plan lists them, with fsspec
    URLs and globs (``s3://bucket/*.txt``) expanded to the files they name (after the
    others)."""
    remote = [p for p in paths if _is_fsspec(p)]
    if not remote:
        return list(plan(paths, manifest=manifest))
    local = [p for p in paths if not _is_fsspec(p)]
    entries = list(plan(local, manifest=manifest)) if local or manifest else []
    for url in remote:  # after the other inputs
        entries.extend(_fsspec_inputs(url))
    return entries


def _is_fsspec(path: str) -> bool:
    """An fsspec URL (``s3://``, ``memory://``, ``file://``), not an http(s) one."""
    scheme, sep, _ = path.partition("://")
    return bool(sep) and scheme.isidentifier() and scheme.lower() not in ("http", "https")


def _fsspec_inputs(url: str) -> list[Input | Problem]:
    from fsspec.core import url_to_fs

    try:
        fs, root = url_to_fs(url)
        if any(ch in root for ch in "*?["):
            names = sorted(fs.glob(root))
        elif fs.isdir(root):
            names = sorted(n for n in fs.find(root) if PurePosixPath(n).suffix.lower()
                           in (".txt", ".md", ".html", ".htm"))  # fmt: skip
        else:
            names = [root]
    except (OSError, ValueError, ImportError) as exc:
        return [Problem(url, f"cannot list: {exc}", "error")]
    protocol = url.split("://", 1)[0]
    return [
        Input("file", n if n.startswith(f"{protocol}://") else f"{protocol}://{n}")
        for n in names
        if not PurePosixPath(n).name.startswith(".")
    ]


class _Reader(Reader):
    """The single-machine reader, with fsspec URLs read through fsspec."""

    def _read_file(self, item: Input) -> Source | None:
        if not _is_fsspec(item.location):
            return super()._read_file(item)
        import fsspec

        from claimcheck.sources import HTML_SUFFIXES, too_large

        try:
            with fsspec.open(item.location, "rb") as f:
                data = f.read(self.max_size + 1)
        except (OSError, ValueError) as exc:
            self._problems.append(Problem(item.location, f"cannot read: {exc}", "error"))
            return None
        if len(data) > self.max_size:
            self._problems.append(too_large(item.location, None, self.max_size))
            return None
        name = PurePosixPath(item.location.split("://", 1)[1])
        return self._from_bytes(item, data, stem=name.stem, text_from="file",
                                html=name.suffix.lower() in HTML_SUFFIXES)  # fmt: skip


def read_bag(
    inputs: Sequence[Input | Problem],
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    lexicon_path: str | None = None,
    parse: bool = False,
    profile: bool = False,
    partition_size: int = PARTITION_SOURCES,
    explain: bool = False,
) -> Any:
    """A Dask bag of :class:`Read`, one per input (read on the workers), with its claims when
    ``parse`` and its event profile when ``profile``."""
    import dask.bag as db

    items = list(enumerate(i for i in inputs if isinstance(i, Input)))  # expand's problems out
    bag = db.from_sequence(items, partition_size=max(1, partition_size)) if items else db.from_sequence([])
    return bag.map_partitions(_read_partition, max_size, timeout, lexicon_path, parse, profile,
                              explain)  # fmt: skip


def _read_partition(
    items: Sequence[tuple[int, Input]], max_size: int, timeout: float,
    lexicon_path: str | None, parse: bool, profile: bool, explain: bool = False,
) -> list[Read]:  # fmt: skip
    """Read, and parse and profile, one partition's inputs on a worker."""
    from claimcheck.events import profile as make_profile
    from claimcheck.situate import SituatedParse
    from claimcheck.workers import parse_one

    parse_source = SituatedParse(lexicon_path, explain)  # the single-machine run's parse stage
    lexicon = load_lexicon(lexicon_path) if profile else None  # (a page's chrome, a count's words)
    out = []
    with _Reader(None, max_size=max_size, timeout=timeout, inputs=[i for _, i in items]) as reader:
        for index, item in items:
            reader._ids.clear()  # ids are made unique by the driver, over the whole input
            source, problems = reader.read(item)
            read = Read(index, source, problems)
            if source is not None and parse:
                parsed = parse_one(index, source, parse_source)
                read = dataclasses.replace(read, claims=parsed.claims, notes=parsed.notes,
                                           error=parsed.error)  # fmt: skip
            if source is not None and profile:
                read = dataclasses.replace(read, profile=make_profile(index, source, lexicon))
            out.append(read)
    return out


def _collect(entries: Sequence[Input | Problem], reads: Sequence[Read]) -> tuple[
    list[Source], list[Claim], list[Problem], list[Any]
]:  # fmt: skip
    """Sources, claims, problems and profiles in input order, as the single-machine run
    gives them: ids made unique in input order (``report``, ``report-2``, ...)."""
    from claimcheck.pipeline import INTERNAL_ERROR
    from claimcheck.sources import STDIN_NAME

    by_index = {r.index: r for r in reads}
    sources: list[Source] = []
    claims: list[Claim] = []
    problems: list[Problem] = []
    profiles: list[Any] = []
    ids: set[str] = set()
    kept: list[Read] = []
    n = 0
    for entry in entries:
        if isinstance(entry, Problem):
            problems.append(entry)
            continue
        read = by_index[n]
        n += 1
        problems.extend(read.problems)
        if read.source is None:
            continue
        unique = _unique(read.source.id, ids)
        source = read.source if unique == read.source.id else dataclasses.replace(read.source, id=unique)
        position = len(sources)
        sources.append(source)
        if read.profile is not None:
            profiles.append(dataclasses.replace(read.profile, index=position))
        kept.append(dataclasses.replace(read, source=source))
    for read in kept:
        source = read.source
        assert source is not None
        name = source.path or source.url or STDIN_NAME
        problems.extend(Problem(name, note) for note in read.notes)
        claims.extend(c if c.source == source.id else dataclasses.replace(c, source=source.id)
                      for c in read.claims)  # fmt: skip
        if read.error is not None:
            problems.append(Problem(name, f"{INTERNAL_ERROR}: {read.error}", "error"))
    return sources, claims, problems, profiles


def _unique(base: str, ids: set[str]) -> str:
    candidate, n = base, 1
    while candidate in ids:
        n += 1
        candidate = f"{base}-{n}"
    ids.add(candidate)
    return candidate


def _plan(
    paths: Sequence[str], manifest: str | None, lexicon_path: str | None = None
) -> list[Input | Problem]:
    """The inputs, checked before a cluster is started or reached."""
    if lexicon_path is not None:
        load_lexicon(lexicon_path)  # a bad lexicon stops the run before anything is read
    entries = expand(paths, manifest)
    if any(isinstance(e, Input) and e.kind == "stdin" for e in entries):
        raise InputError("--dask reads files, directories and URLs, not standard input (-)")
    return entries


def _run(
    entries: Sequence[Input | Problem], client: Any, *, parse: bool, profile: bool,
    lexicon_path: str | None, max_size: int, timeout: float, partition_size: int,
    explain: bool = False,
) -> tuple[list[Source], list[Claim], list[Problem], list[Any]]:  # fmt: skip
    inputs = [e for e in entries if isinstance(e, Input)]
    bag = read_bag(inputs, max_size=max_size, timeout=timeout, lexicon_path=lexicon_path,
                   parse=parse, profile=profile, partition_size=partition_size, explain=explain)  # fmt: skip
    reads = client.compute(bag).result() if inputs else []
    with paused_gc():
        return _collect(entries, reads)


def extract(
    paths: Sequence[str],
    *,
    dask: str | Any = LOCAL,
    lexicon_path: str | None = None,
    manifest: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    partition_size: int = PARTITION_SOURCES,
    workers: int | None = None,
    processes: bool = True,
    explain: bool = False,
    **_: object,
) -> ExtractResult:
    """:func:`claimcheck.pipeline.extract` on the Dask cluster ``dask`` (see :func:`connect`);
    the same result (``explain`` too). Options of the single-machine run that do not apply
    here (``stdin``, ``progress``, ``jobs``) are accepted and ignored."""
    from claimcheck.copies import mark_copies

    entries = _plan(paths, manifest, lexicon_path)
    with connect(dask, workers=workers, processes=processes) as client:
        sources, claims, problems, _ = _run(
            entries, client, parse=True, profile=False, lexicon_path=lexicon_path,
            max_size=max_size, timeout=timeout, partition_size=partition_size, explain=explain,
        )  # fmt: skip
    with paused_gc():
        return ExtractResult(tuple(sources), tuple(mark_copies(sources, claims)), tuple(problems))


def events(
    paths: Sequence[str],
    *,
    dask: str | Any = LOCAL,
    manifest: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    partition_size: int = PARTITION_SOURCES,
    workers: int | None = None,
    processes: bool = True,
    **_: object,
) -> EventsResult:
    """:func:`claimcheck.pipeline.events` on the cluster: the workers read the reports and
    make their profiles, this process sorts the profiles into events."""
    from claimcheck.events import events_from_profiles

    entries = _plan(paths, manifest)
    with connect(dask, workers=workers, processes=processes) as client:
        sources, _, problems, profiles = _run(
            entries, client, parse=False, profile=True, lexicon_path=None,
            max_size=max_size, timeout=timeout, partition_size=partition_size,
        )  # fmt: skip
    with paused_gc():
        found = events_from_profiles(sources, profiles)
        return EventsResult(tuple(sources), tuple(found), tuple(problems))


def compare(
    paths: Sequence[str],
    *,
    dask: str | Any = LOCAL,
    lexicon_path: str | None = None,
    manifest: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    timeout: float = DEFAULT_TIMEOUT,
    event: str | None = None,
    split: bool = True,
    partition_size: int = PARTITION_SOURCES,
    workers: int | None = None,
    processes: bool = True,
    align_on_cluster: bool = False,
    explain: bool = False,
    **_: object,
) -> Report:
    """:func:`claimcheck.pipeline.compare` on the cluster: reading, parsing and profiling on
    the workers; events and copies here; the claims aligned here, event by event, or with
    ``align_on_cluster`` each event's claims on a worker (a group-by per event; sending the
    claims out and their groups back costs more than aligning them here on the machines
    measured, see bench/README.md)."""
    from claimcheck.copies import mark_copies
    from claimcheck.events import events_from_profiles

    entries = _plan(paths, manifest, lexicon_path)
    with connect(dask, workers=workers, processes=processes) as client:
        sources, claims, problems, profiles = _run(
            entries, client, parse=True, profile=split or event is not None,
            lexicon_path=lexicon_path, max_size=max_size, timeout=timeout,
            partition_size=partition_size, explain=explain,
        )  # fmt: skip
        with paused_gc():
            result = ExtractResult(tuple(sources), tuple(mark_copies(sources, claims)),
                                   tuple(problems))  # fmt: skip
            found = events_from_profiles(sources, profiles) if profiles else []
        align_each = _align_on(client) if align_on_cluster else None
        return report_from(result, found, event=event, align_each=align_each,
                           lexicon_path=lexicon_path)  # fmt: skip


def _align_on(client: Any) -> Any:
    def align_each(lists: list[list[Claim]], home: frozenset[str]) -> list[list[ClaimGroup]]:
        """Each event's claims aligned on a worker (the largest first), in order."""
        import dask.bag as db

        from claimcheck.match import align

        if len(lists) < 2:  # one event: sending it out costs more than aligning it here
            return [align(claims, home=home) for claims in lists]
        order = sorted(range(len(lists)), key=lambda i: -len(lists[i]))
        bag = db.from_sequence([(i, lists[i]) for i in order], npartitions=min(len(lists), 64))
        done = dict(client.compute(
            bag.map(lambda item: (item[0], align(item[1], home=home)))).result())  # fmt: skip
        return [done[i] for i in range(len(lists))]

    return align_each
