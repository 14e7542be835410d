"""claimcheck benchmark: extraction and comparison speed, memory and scaling (issue 5).

    python bench/run.py                      # 100, 1,000 and 10,000 reports
    python bench/run.py --quick              # 100 and 1,000 reports, shorter quantulum3 sample
    python bench/run.py --sizes 100,1000 --out bench/results.json --jobs 2 --no-quantulum

See bench/README.md for what is measured and the targets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/corpus.py, next to this file)

MB = 1e6  # throughput and memory in MB of 10^6 bytes
CWD = ROOT  # the CLI runs here: the working tree, or a snapshot made by --rev

# Targets (issue 5), on the reference 2-core machine.
EXTRACT_MBPS = 2.0  # single-core extraction, MB/s
QUANTULUM_RATIO = 100.0  # claimcheck single core / quantulum3, same text
COMPARE_10K_S = 20.0  # compare over 10,000 reports, wall seconds
COMPARE_10K_RSS_MB = 1000.0  # ... and peak RSS, MB
GROWTH_1K_10K = 12.0  # compare time 10,000 reports / 1,000 reports
BUNDLED_S = 0.5  # `claimcheck compare sources/`, median wall including start-up


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def load1() -> float | None:
    """The 1-minute load average: above ~0.3 before a run, something else is busy."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def cpu_ticks() -> dict[str, float] | None:
    """Seconds of CPU time, all cores: busy (user+system), and stolen by the hypervisor."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    t = [int(x) for x in fields] + [0] * 8
    hz = os.sysconf("SC_CLK_TCK")
    return {"busy_s": (t[0] + t[1] + t[2] + t[5] + t[6]) / hz, "steal_s": t[7] / hz}


# --- machine -------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) * 1024 / MB)
    except OSError:
        pass
    if CWD != ROOT:
        commit, dirty = CWD.name.removeprefix("rev-"), False
    else:
        commit, dirty = git_state()
    import claimcheck
    from claimcheck import __version__

    return {
        "nproc": usable,
        "cpu_count": os.cpu_count(),
        "cpu_model": model or platform.processor() or None,
        "memory_mb": mem,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "claimcheck": __version__,
        "claimcheck_path": str(Path(claimcheck.__file__).parent),
        "git_commit": commit or None,
        "claimcheck_dirty": dirty,
        "env_PYTHONDONTWRITEBYTECODE": os.environ.get("PYTHONDONTWRITEBYTECODE"),
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def git_state() -> tuple[str | None, bool | None]:
    """The working tree's commit, and whether claimcheck/ has uncommitted changes."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        dirty = bool(
            subprocess.run(
                ["git", "status", "--porcelain", "--", "claimcheck"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip()
        )
    except OSError:
        return None, None
    return commit or None, dirty


def snapshot(rev: str, out: Path) -> Path:
    """claimcheck/ and sources/ as committed at ``rev``, in ``out/rev-<sha>/`` (git archive):
    benchmark a commit while the working tree is being edited."""
    sha = subprocess.run(
        ["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    folder = out / f"rev-{sha}"
    if not (folder / "claimcheck" / "__init__.py").is_file():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", "--format=tar", sha, "claimcheck", "sources"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


# --- running the CLI -----------------------------------------------------------------------
def child_env() -> dict[str, str]:
    """The CLI's environment: ours, but byte-code caches allowed (as in a normal install),
    so start-up is not measured with every module compiled afresh."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_cli(args: list[str], timeout: float) -> dict[str, Any]:
    """Run ``python -m claimcheck ARGS`` with stdout discarded: wall time, peak RSS of that
    child (``wait4``), exit code, the end of stderr; ``timed_out`` when killed at ``timeout``."""
    cmd = [sys.executable, "-m", "claimcheck", *args]
    load_before = load1()
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=CWD, env=child_env(), stdout=subprocess.DEVNULL, stderr=err
        )
        timed_out = False
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {
        "argv": ["python", "-m", "claimcheck", *args],
        "wall_s": wall,
        "peak_rss_mb": usage.ru_maxrss * 1024 / MB,  # ru_maxrss is in KiB on Linux
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "exit": proc.returncode,
        "timed_out": timed_out,
        "stderr_tail": stderr.strip().splitlines()[-3:],
        "load1_before": load_before,
    }


def cli_has_jobs() -> bool:
    out = subprocess.run(
        [sys.executable, "-m", "claimcheck", "compare", "--help"],
        cwd=CWD,
        capture_output=True,
        text=True,
        check=False,
        env={**child_env(), "COLUMNS": "200"},
    ).stdout
    return "--jobs" in out


def bench_bundled(runs: int, timeout: float) -> dict[str, Any]:
    """`claimcheck compare sources/` as a user types it (table on stdout), start-up included."""
    args = ["compare", "sources/"]
    run_cli(args, timeout)  # warm the byte-code cache
    results = [run_cli(args, timeout) for _ in range(runs)]
    walls = [r["wall_s"] for r in results]
    cpus = [r["user_s"] + r["sys_s"] for r in results]
    return {
        "argv": results[0]["argv"],
        "runs": runs,
        "walls_s": walls,
        "median_s": statistics.median(walls),
        "min_s": min(walls),
        "cpu_s": cpus,  # user + system time of each run: what a shared machine barely changes
        "median_cpu_s": statistics.median(cpus),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
        "exit": results[-1]["exit"],
    }


def bench_size(
    c: corpus.Corpus, command: str, jobs: list[str], timeout: float, repeat: int
) -> dict[str, Any]:
    """``repeat`` runs of one command on one corpus; the run with the median wall time."""
    args = [command, str(c.path), "-f", "json", "-o", os.devnull, *jobs]
    runs = []
    for _ in range(repeat):
        runs.append(run_cli(args, timeout))
        if runs[-1]["timed_out"] or runs[-1]["exit"]:
            break  # no point in repeating a failure
    r = dict(sorted(runs, key=lambda x: x["wall_s"])[len(runs) // 2])
    ok = r["exit"] == 0 and not r["timed_out"]
    r.update(
        size=c.reports,
        command=command,
        bytes=c.bytes,
        ok=ok,
        walls_s=[x["wall_s"] for x in runs],
        mb_per_s=c.bytes / MB / r["wall_s"] if ok else None,
        reports_per_s=c.reports / r["wall_s"] if ok else None,
    )
    return r


# --- in-process throughput -----------------------------------------------------------------
def load(paths: list[str]) -> list[Any]:
    from claimcheck.sources import load_sources

    sources, problems = load_sources(paths)
    for p in problems:
        log(f"load: {p}")
    return sources


def extract_throughput(sources: list[Any], repeat: int = 1) -> dict[str, Any]:
    """claimcheck.extract.extract_claims over ``sources`` in this process: one core; the
    median of ``repeat`` passes."""
    from claimcheck.extract import extract_claims
    from claimcheck.pipeline import load_lexicon

    lexicon = load_lexicon()
    for s in load([str(corpus.SOURCES)]):  # warm up: lexicon, compiled patterns
        extract_claims(s, lexicon)
    size = sum(len(s.text.encode("utf-8")) for s in sources)
    passes = []
    for _ in range(repeat):
        claims = 0
        cpu0, start = time.process_time(), time.perf_counter()
        for s in sources:
            claims += len(extract_claims(s, lexicon))
        passes.append((time.perf_counter() - start, time.process_time() - cpu0))
    wall, cpu = sorted(passes)[len(passes) // 2]
    return {
        "reports": len(sources),
        "bytes": size,
        "claims": claims,
        "wall_s": wall,
        "walls_s": [w for w, _ in passes],
        "cpu_s": cpu,
        "mb_per_s": size / MB / wall,
        "reports_per_s": len(sources) / wall,
    }


def quantulum_throughput(sources: list[Any], budget: float) -> dict[str, Any] | None:
    """quantulum3.parser.parse over the reports, one at a time, until ``budget`` seconds have
    passed; then claimcheck on exactly the reports quantulum3 got through."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError as exc:
        log(f"quantulum3 not installed ({exc}); skipped (pip install -e '.[bench]')")
        return None
    import logging

    logging.getLogger("quantulum3").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parser.parse("Police said 1,000 people were arrested.")  # warm up: load its data
        done, size, quantities, failures = [], 0, 0, 0
        start = time.perf_counter()
        for s in sources:
            try:
                quantities += len(parser.parse(s.text))
            except Exception:  # a third-party parser failing on one report
                failures += 1
            done.append(s)
            size += len(s.text.encode("utf-8"))
            if time.perf_counter() - start > budget:
                break
        wall = time.perf_counter() - start
    ours = extract_throughput(done)
    mbps = size / MB / wall
    return {
        "reports": len(done),
        "bytes": size,
        "quantities": quantities,
        "failures": failures,
        "wall_s": wall,
        "mb_per_s": mbps,
        "claimcheck_same_text_mb_per_s": ours["mb_per_s"],
        "ratio": ours["mb_per_s"] / mbps,
    }


def own_cpu() -> float:
    """CPU seconds used by this process and its finished children."""
    me, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def noise(started: float, ticks0: dict[str, float] | None, ours0: float) -> dict[str, Any]:
    """How busy the machine was with other work while the benchmark ran."""
    wall = time.perf_counter() - started
    ticks1 = cpu_ticks()
    out: dict[str, Any] = {"wall_s": wall, "load1_end": load1()}
    if ticks0 and ticks1:
        other = (ticks1["busy_s"] - ticks0["busy_s"]) - (own_cpu() - ours0)
        out.update(
            other_cpu_s=max(0.0, other),
            other_cores_avg=max(0.0, other) / wall,
            steal_s=ticks1["steal_s"] - ticks0["steal_s"],
        )
    return out


# --- report --------------------------------------------------------------------------------
def _fmt(x: float | None, digits: int = 2) -> str:
    return "—" if x is None else f"{x:,.{digits}f}"


def table(rows: list[dict[str, Any]]) -> str:
    head = "| size | command | wall s | MB/s | reports/s | peak RSS MB |"
    lines = [head, "| ---: | --- | ---: | ---: | ---: | ---: |"]
    for r in rows:
        wall = _fmt(r["wall_s"])
        if r.get("timed_out"):
            wall = f"> {wall} (killed)"
        elif r.get("exit") not in (0, None):
            wall = f"{wall} (exit {r['exit']})"
        lines.append(
            f"| {r['size']} | {r['command']} | {wall} | {_fmt(r.get('mb_per_s'))} "
            f"| {_fmt(r.get('reports_per_s'), 0)} | {_fmt(r.get('peak_rss_mb'), 0)} |"
        )
    return "\n".join(lines)


def _check(name: str, value: float | None, limit: float, at_least: bool, unit: str) -> dict:
    if value is None:
        status = "SKIP"
    else:
        status = "PASS" if (value >= limit if at_least else value <= limit) else "FAIL"
    return {
        "target": name,
        "value": value,
        "limit": limit,
        "op": ">=" if at_least else "<=",
        "unit": unit,
        "status": status,
    }


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    runs = {(r["size"], r["command"]): r for r in result["runs"]}
    c10k = runs.get((10000, "compare"))
    ok10k = c10k if c10k and c10k["ok"] else None
    q = result.get("quantulum3")
    growth = result["growth"].get("compare_1000_to_10000")
    return [
        _check(
            "extraction, one core",
            result["extract_one_core"]["mb_per_s"],
            EXTRACT_MBPS,
            True,
            "MB/s",
        ),
        _check("extraction vs quantulum3", q and q["ratio"], QUANTULUM_RATIO, True, "x"),
        _check(
            "compare 10,000 reports, wall",
            ok10k["wall_s"] if ok10k else (c10k["wall_s"] if c10k else None),
            COMPARE_10K_S,
            False,
            "s",
        ),
        _check(
            "compare 10,000 reports, peak RSS",
            ok10k["peak_rss_mb"] if ok10k else None,
            COMPARE_10K_RSS_MB,
            False,
            "MB",
        ),
        _check("compare growth 1,000 -> 10,000", growth, GROWTH_1K_10K, False, "x"),
        _check(
            "compare sources/ (bundled five)", result["bundled"]["median_s"], BUNDLED_S, False, "s"
        ),
    ]


def growth(runs: list[dict[str, Any]]) -> dict[str, float | None]:
    by = {(r["size"], r["command"]): r for r in runs if r["ok"]}
    out: dict[str, float | None] = {}
    sizes = sorted({r["size"] for r in runs})
    for command in ("extract", "compare"):
        for a, b in zip(sizes, sizes[1:], strict=False):
            ra, rb = by.get((a, command)), by.get((b, command))
            key = f"{command}_{a}_to_{b}"
            out[key] = rb["wall_s"] / ra["wall_s"] if ra and rb else None
    return out


def render(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = [
        f"claimcheck {m['claimcheck']} (git {m['git_commit']}"
        + (", claimcheck/ modified" if m["claimcheck_dirty"] else "")
        + f") on {m['nproc']} × {m['cpu_model']}, {m['memory_mb']} MB RAM, "
        f"Python {m['python']}, {m['date']}",
        f"CLI runs: python -m claimcheck <command> <corpus> -f json -o /dev/null {result['jobs_args']}".rstrip(),
        "",
        table(result["runs"]),
        "",
    ]
    e = result["extract_one_core"]
    lines.append(
        f"extraction in-process, one core: {e['reports']} reports, {e['bytes'] / MB:.1f} MB "
        f"in {e['wall_s']:.2f} s = {e['mb_per_s']:.2f} MB/s ({e['reports_per_s']:,.0f} reports/s, "
        f"{e['claims']:,} claims); CPU {e['cpu_s']:.2f} s = {e['bytes'] / MB / e['cpu_s']:.2f} MB/s"
    )
    q = result.get("quantulum3")
    if q:
        lines.append(
            f"quantulum3 {result['quantulum3_version']}: {q['reports']} reports, "
            f"{q['bytes'] / 1e3:.0f} KB in {q['wall_s']:.1f} s = {q['mb_per_s'] * 1e3:.1f} KB/s; "
            f"claimcheck on the same text {q['claimcheck_same_text_mb_per_s']:.2f} MB/s "
            f"= {q['ratio']:,.0f}x faster"
        )
    else:
        lines.append("quantulum3: skipped")
    b = result["bundled"]
    lines.append(
        f"compare sources/ (bundled five, start-up included): median {b['median_s']:.3f} s "
        f"of {b['runs']} (min {b['min_s']:.3f} s), CPU {b['median_cpu_s']:.3f} s, "
        f"peak RSS {b['peak_rss_mb']:.0f} MB"
    )
    g = ", ".join(
        f"{k.replace('_to_', '→').replace('_', ' ')}: {_fmt(v)}x"
        for k, v in result["growth"].items()
    )
    n = result["noise"]
    if "other_cores_avg" in n:
        busy = n["other_cores_avg"]
        lines.append(
            f"other work on the machine during the run: {busy:.2f} cores on average, "
            f"{n['steal_s']:.1f} s stolen by the hypervisor"
            + (" — figures are noisy, rerun on an idle machine" if busy > 0.2 else "")
        )
    lines += [
        f"time growth: {g or 'n/a (one size)'}",
        "",
        "| target | value | limit | status |",
        "| --- | ---: | ---: | --- |",
    ]
    for t in result["targets"]:
        value = "—" if t["value"] is None else f"{t['value']:,.2f} {t['unit']}"
        lines.append(
            f"| {t['target']} | {value} | {t['op']} {t['limit']:g} {t['unit']} | {t['status']} |"
        )
    return "\n".join(lines)


# --- main ----------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", help="corpus sizes, comma-separated (default 100,1000,10000; "
                    "--quick: 100,1000)")  # fmt: skip
    ap.add_argument("--out", default=str(HERE / "results.json"), help="JSON results file")
    ap.add_argument("--jobs", type=int, help="pass --jobs N to the CLI (when it has --jobs)")
    ap.add_argument("--no-quantulum", action="store_true", help="skip quantulum3")
    ap.add_argument("--quick", action="store_true",
                    help="small sizes, 3 bundled runs, a 15 s quantulum3 sample")  # fmt: skip
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    ap.add_argument("--workdir", default=str(corpus.OUT), help="where corpora are built")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs of each measurement; the median is reported (default 1)")  # fmt: skip
    ap.add_argument("--rev", help="benchmark claimcheck as committed at REV (e.g. HEAD) "
                    "instead of the working tree")  # fmt: skip
    ap.add_argument("--timeout", type=float, default=600, help="kill a CLI run after this many s")
    ap.add_argument("--quantulum-budget", type=float, help="seconds of quantulum3 (default 120)")
    ap.add_argument("--skip-cli", nargs="*", default=[], metavar="SIZE:COMMAND",
                    help="runs to leave out, e.g. 10000:extract")  # fmt: skip
    args = ap.parse_args(argv)

    default_sizes = "100,1000" if args.quick else "100,1000,10000"
    sizes = sorted({int(s.replace("_", "")) for s in (args.sizes or default_sizes).split(",")})
    budget = args.quantulum_budget or (15.0 if args.quick else 120.0)
    if args.rev:
        global CWD
        CWD = snapshot(args.rev, Path(args.workdir).resolve())
        sys.path.insert(0, str(CWD))  # ahead of the editable install
        log(f"claimcheck from {args.rev}: {CWD}")
    try:
        import claimcheck  # noqa: F401
    except ImportError:
        sys.exit(f"claimcheck is not importable from {sys.executable}: use .venv/bin/python")

    result: dict[str, Any] = {
        "machine": machine(),
        "sizes": sizes,
        "seed": args.seed,
        "repeat": args.repeat,
    }
    started, ticks0, ours0 = time.perf_counter(), cpu_ticks(), own_cpu()
    jobs: list[str] = []
    has_jobs = cli_has_jobs()
    if args.jobs is not None:
        if has_jobs:
            jobs = ["--jobs", str(args.jobs)]
        else:
            log("the CLI has no --jobs option: --jobs ignored")
    result.update(cli_has_jobs=has_jobs, jobs_args=" ".join(jobs))
    log(f"machine: {result['machine']['nproc']} × {result['machine']['cpu_model']}")

    corpora = {}
    for size in sizes:
        start = time.perf_counter()
        c = corpus.build(size, Path(args.workdir).resolve(), args.seed)
        how = "built" if c.built else "reused"
        log(f"corpus {size}: {how} {c.path} ({c.bytes / MB:.1f} MB) in "
            f"{time.perf_counter() - start:.1f} s")  # fmt: skip
        corpora[size] = c
    result["corpora"] = {str(k): v.to_dict() for k, v in corpora.items()}

    log("compare sources/ ...")
    result["bundled"] = bench_bundled(3 if args.quick else 5, args.timeout)

    runs = []
    for size in sizes:
        for command in ("extract", "compare"):
            if f"{size}:{command}" in args.skip_cli:
                continue
            log(f"{command} {size} reports ...")
            r = bench_size(corpora[size], command, jobs, args.timeout, args.repeat)
            state = "killed at timeout" if r["timed_out"] else f"exit {r['exit']}"
            log(f"  {r['wall_s']:.2f} s, {r['peak_rss_mb']:.0f} MB, {state}")
            if r["exit"] and not r["timed_out"]:
                log("  stderr: " + " | ".join(r["stderr_tail"]))
            runs.append(r)
    result["runs"] = runs
    result["growth"] = growth(runs)

    largest = corpora[sizes[-1]]
    log(f"in-process extraction over {largest.reports} reports ...")
    result["extract_one_core"] = extract_throughput(load([str(largest.path)]), args.repeat)

    if args.no_quantulum:
        result["quantulum3"] = None
    else:
        sample = corpus.SOURCES if args.quick else corpora[min(sizes)].path
        log(f"quantulum3 on {sample} (budget {budget:.0f} s) ...")
        result["quantulum3"] = quantulum_throughput(load([str(sample)]), budget)
        if result["quantulum3"]:
            from importlib.metadata import version

            result["quantulum3_version"] = version("quantulum3")

    result["noise"] = noise(started, ticks0, ours0)
    result["targets"] = targets(result)
    result["targets_failed"] = [t["target"] for t in result["targets"] if t["status"] == "FAIL"]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(render(result))
    log(f"results written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
