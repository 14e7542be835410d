"""claimcheck benchmark of sorting reports into events (issue 15).

    python bench/events.py                    # 10,000 reports of 200 events
    python bench/events.py --sizes 1000,10000 --events 200 --repeat 3

Builds ``bench/out/events-<N>x<E>/`` with bench/corpus.py (reports of many generated
events; a file name starts with its event's number), runs ``python -m claimcheck events
<corpus> -f json -o FILE`` as a subprocess (wall time with start-up, peak RSS) and scores the
events found against the truth with the adjusted Rand index. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/corpus.py)
from run import log, machine, run_cli  # noqa: E402  (bench/run.py)

from claimcheck.events import adjusted_rand_index  # noqa: E402

TARGET_10K_S = 10.0  # issue 15: 10,000 reports sorted in at most 10 s on the reference machine


def score(path: Path) -> tuple[float, int]:
    """ARI of the events in the JSON file ``path`` against the file names' event numbers,
    and how many events were found."""
    data = json.loads(path.read_text(encoding="utf-8"))
    found = {Path(s["path"]).name: e["id"] for e in data["events"] for s in e["sources"]}
    names = sorted(found)
    truth = [n.split("-")[0] for n in names]
    return adjusted_rand_index(truth, [found[n] for n in names]), len(data["events"])


def bench(size: int, events: int, repeat: int, timeout: float, extra: list[str]) -> dict[str, Any]:
    built = corpus.build_events(size, events)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "events.json"
        for _ in range(repeat):
            run = run_cli(["events", str(built.path), "-f", "json", "-o", str(out), *extra], timeout)
            if run["exit"] != 0:
                raise SystemExit(f"claimcheck failed: {run['stderr_tail']}")
            runs.append(run)
        ari, found = score(out)
    walls = [r["wall_s"] for r in runs]
    return {
        "reports": size,
        "events": events,
        "bytes": built.bytes,
        "wall_s": statistics.median(walls),
        "walls_s": walls,
        "cpu_s": statistics.median(r["user_s"] + r["sys_s"] for r in runs),
        "load1_before": [r["load1_before"] for r in runs],
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "events_found": found,
        "ari": ari,
        "args": extra,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000", help="numbers of reports (default 10000)")
    ap.add_argument("--events", type=int, default=200, help="events per corpus (default 200)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the median is kept")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--out", help="write the results as JSON to this file")
    ap.add_argument("--cli-args", default="", help="more arguments for `claimcheck events`")
    args = ap.parse_args(argv)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        log(f"events over {size:,} reports of {args.events} events ...")
        rows.append(bench(size, args.events, args.repeat, args.timeout, args.cli_args.split()))
    print(f"{'reports':>8} {'events':>6} {'MB':>6} {'wall s':>7} {'CPU s':>6} {'RSS MB':>7} "
          f"{'found':>6} {'ARI':>6}  load before")  # fmt: skip
    for r in rows:
        loads = ", ".join(f"{x:.1f}" for x in r["load1_before"] if x is not None)
        print(f"{r['reports']:>8,} {r['events']:>6} {r['bytes'] / 1e6:>6.1f} {r['wall_s']:>7.2f} "
              f"{r['cpu_s']:>6.2f} {r['peak_rss_mb']:>7.0f} {r['events_found']:>6} "
              f"{r['ari']:>6.3f}  {loads}")  # fmt: skip
    for r in rows:
        if r["reports"] == 10_000:
            ok = r["wall_s"] <= TARGET_10K_S
            print(f"target: 10,000 reports sorted in <= {TARGET_10K_S:g} s: "
                  f"{'met' if ok else 'MISSED'} ({r['wall_s']:.2f} s)")  # fmt: skip
    if args.out:
        Path(args.out).write_text(json.dumps({"machine": machine(), "runs": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
