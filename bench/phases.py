"""Where a large ``compare`` spends its time: the stages of one run, timed in this process.

    python bench/phases.py bench/out/corpus-10000 [--jobs 2] [--out FILE]

Runs ``claimcheck.pipeline.compare`` and the JSON rendering as the CLI does, and prints, at
each stage's start and end, the wall time since the start and the CPU time (user + system)
of this process and of its finished child processes (the parsing pool's workers, the forked
event sort and the matcher's forked group evaluations count once they have ended). The
stages: reading and handing out the files, the parse (until its last result), the copies,
the event's places, the alignment (its speaker and quantity keys here, its groups on forked
processes) and the JSON. The output (``--out``, default /dev/null) is what
``claimcheck compare -f json`` writes for the same paths.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import claimcheck.match as match
import claimcheck.pipeline as pipeline
import claimcheck.situate as situate
import claimcheck.workers as workers
from claimcheck import render

T0 = time.perf_counter()


def mark(name: str) -> None:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"{time.perf_counter() - T0:8.2f} s wall  self {own.ru_utime + own.ru_stime:7.2f} s CPU"
        f"  children {kids.ru_utime + kids.ru_stime:7.2f} s CPU  {name}",
        file=sys.stderr,
        flush=True,
    )


def timed(module: Any, name: str, label: str) -> None:
    """Mark the start and end of each call of ``module.name``."""
    func: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        mark(f"{label} starts")
        try:
            return func(*args, **kwargs)
        finally:
            mark(f"{label} ends")

    setattr(module, name, wrapper)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument(
        "--jobs", type=int, default=None, help="parsing processes (default: every core)"
    )
    ap.add_argument("--out", default="/dev/null", help="where the JSON goes")
    args = ap.parse_args()

    timed(pipeline, "_mark_copies", "copies")
    timed(situate, "event_home", "event's places")
    timed(match, "align", "alignment")
    results = workers.Parser.results

    def parse_results(self: workers.Parser) -> Iterator[workers.Parsed]:
        mark("all files read and handed out")
        yield from results(self)
        mark("parse done (last result back)")

    workers.Parser.results = parse_results  # type: ignore[method-assign]
    report = pipeline.compare(args.paths, jobs=args.jobs)
    mark("compare done")
    with open(args.out, "w", encoding="utf-8") as out, pipeline.paused_gc():  # as the CLI renders
        render.write_compare(report, "json", out)
    mark("JSON written")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB",
          file=sys.stderr)  # fmt: skip


if __name__ == "__main__":
    main()
