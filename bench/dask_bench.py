"""claimcheck on Dask vs one process (issue 15): compare over generated reports of many events.

    python bench/dask_bench.py                         # 10,000 reports of 200 events
    python bench/dask_bench.py --reports 100000 --events 200 --workers 2

Builds ``bench/out/events-<N>x<E>/`` (bench/corpus.py), then times, in this order:

- ``one process``: ``claimcheck compare <corpus> -f json -o FILE -j 1`` as a subprocess
  (start-up included; peak RSS of that process);
- ``dask``: a LocalCluster of ``--workers`` worker processes (one thread each) started here
  (its start-up timed apart), then ``claimcheck.dask_.compare`` on it with the JSON written
  to a file; the driver's peak RSS and each worker's (``ru_maxrss`` read on the worker).

Both reports are checked to be the same JSON. Needs the dask extra.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/corpus.py)
from run import log, machine, run_cli  # noqa: E402  (bench/run.py)

MB = 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--events", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition", type=int, default=200, help="reports a partition holds")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--out", help="write the results as JSON to this file")
    args = ap.parse_args(argv)

    from claimcheck import dask_
    from claimcheck.render.json_ import write_compare

    built = corpus.build_events(args.reports, args.events)
    log(f"corpus: {built.reports:,} reports, {built.bytes / MB:.1f} MB in {built.path}")
    with tempfile.TemporaryDirectory() as tmp:
        single_out = Path(tmp) / "single.json"
        log("one process ...")
        single = run_cli(["compare", str(built.path), "-f", "json", "-o", str(single_out), "-j", "1"],
                         args.timeout)  # fmt: skip
        if single["exit"] != 0:
            raise SystemExit(f"claimcheck failed: {single['stderr_tail']}")
        log(f"dask, {args.workers} workers ...")
        start = time.perf_counter()
        with dask_.connect("local", workers=args.workers) as client:
            up = time.perf_counter() - start
            start = time.perf_counter()
            report = dask_.compare([str(built.path)], dask=client, partition_size=args.partition)
            dask_out = Path(tmp) / "dask.json"
            with open(dask_out, "w", encoding="utf-8") as stream:
                write_compare(report, stream)
            wall = time.perf_counter() - start
            workers = client.run(
                lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB
            )
        same = json.loads(single_out.read_text()) == json.loads(dask_out.read_text())
    result = {
        "reports": built.reports,
        "events": args.events,
        "bytes": built.bytes,
        "events_found": len(report.events),
        "groups": len(report.groups),
        "single": {"wall_s": single["wall_s"], "peak_rss_mb": single["peak_rss_mb"]},
        "dask": {
            "workers": args.workers,
            "partition": args.partition,
            "cluster_start_s": up,
            "wall_s": wall,
            "driver_peak_rss_mb": peak_rss_mb(),
            "worker_peak_rss_mb": sorted(workers.values()),
        },
        "same_report": same,
    }
    d = result["dask"]
    print(f"{built.reports:,} reports of {args.events} events, {built.bytes / MB:.1f} MB; "
          f"{len(report.events)} events found, {len(report.groups)} groups")  # fmt: skip
    print(f"one process (-j 1):   {single['wall_s']:7.2f} s   peak RSS {single['peak_rss_mb']:.0f} MB")
    print(f"dask, {args.workers} workers:     {wall:7.2f} s   (+{up:.1f} s cluster start)  "
          f"driver peak RSS {d['driver_peak_rss_mb']:.0f} MB, workers "
          f"{', '.join(f'{x:.0f}' for x in d['worker_peak_rss_mb'])} MB")  # fmt: skip
    print(f"same report: {same}")
    if args.out:
        Path(args.out).write_text(json.dumps({"machine": machine(), **result}, indent=2) + "\n")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
