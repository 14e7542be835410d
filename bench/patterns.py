"""Which regular expressions the parser spends its time in: every pattern's calls, hits and
time over a corpus, by rule id (the rule files' patterns) or by the module-level name it is
bound to, else by where it was compiled.

    python bench/patterns.py                           # the first 200 reports of bench/out/corpus-1000
    python bench/patterns.py sources/ --top 30         # any reports (files or folders)
    python bench/patterns.py --reports 1000 --sort per-call

Every pattern compiled by claimcheck is wrapped (``re.compile`` is replaced before claimcheck
is imported) so that each ``search``, ``match``, ``fullmatch``, ``finditer`` (consumed at
once), ``findall``, ``sub`` and ``split`` call is timed. The parse runs over every report once
to warm up (patterns compiled when first needed), then once measured. ``hits``: calls that
found something (a match, a non-empty list). The time of a call includes the wrapper's (about
the cost of an empty call, printed first): compare patterns with each other, and take the
parse's own time from ``bench/run.py``. A pattern that costs much and rarely hits is one to
guard with a cheaper test (a word looked up with ``in``, a line tried only where it can
match: ``claimcheck.lines.line_matches``).
"""

from __future__ import annotations

import argparse
import collections
import glob
import re
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_compile = re.compile
_clock = time.perf_counter
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
STATS: dict[tuple[int, str], list[float]] = collections.defaultdict(lambda: [0, 0, 0.0])
WHERE: dict[int, str] = {}  # pattern id -> where it was compiled


class Timed:
    """A compiled pattern whose calls are timed (its other attributes are the pattern's)."""

    __slots__ = ("_p",)

    def __init__(self, p: re.Pattern[str]) -> None:
        self._p = p

    def __getattr__(self, name: str) -> Any:
        return getattr(self._p, name)

    def __hash__(self) -> int:
        return hash(self._p)

    def __eq__(self, other: object) -> bool:
        return self._p == getattr(other, "_p", other)

    def __repr__(self) -> str:
        return repr(self._p)


def _timed(method: str) -> Any:
    def call(self: Timed, *args: Any, **kwargs: Any) -> Any:
        start = _clock()
        result = getattr(self._p, method)(*args, **kwargs)
        if method == "finditer":
            result = iter(list(result))
            hit = result.__length_hint__() > 0
        else:
            hit = bool(result) if method != "split" else len(result) > 1
        s = STATS[(id(self._p), method)]
        s[0] += 1
        s[1] += hit
        s[2] += _clock() - start
        return result

    return call


for _m in METHODS:
    setattr(Timed, _m, _timed(_m))


def _compiled(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, Timed):
        return pattern
    p = _compile(pattern, flags)
    if id(p) not in WHERE:
        frame = sys._getframe(1)
        while frame is not None and "claimcheck" not in frame.f_code.co_filename:
            frame = frame.f_back
        if frame is not None:
            WHERE[id(p)] = f"{frame.f_code.co_filename.split('claimcheck/')[-1]}:{frame.f_lineno}"
    return Timed(p)


def _module_call(method: str) -> Any:
    def call(pattern: Any, string: str, *args: Any, **kwargs: Any) -> Any:
        flags = kwargs.pop("flags", 0)
        return getattr(_compiled(pattern, flags), method)(string, *args, **kwargs)

    return call


def install() -> None:
    """Wrap re.compile and the module-level re functions (before claimcheck is imported)."""
    re.compile = _compiled  # type: ignore[assignment]
    for m in ("search", "match", "fullmatch", "finditer", "findall"):
        setattr(re, m, _module_call(m))


def names(patterns: dict[int, re.Pattern[str]]) -> dict[int, str]:
    """Each timed pattern's name: its rule id, else the module-level name it is bound to."""
    from claimcheck.parse.rules import load_rules
    from claimcheck.pipeline import load_lexicon

    lex = load_lexicon()
    rule_of = {}
    for rules in load_rules().values():
        for r in rules:
            if r.pattern is not None:
                rule_of[(r.filled(lex), r.re_flags())] = r.id
    out: dict[int, str] = {}
    for mod_name, mod in list(sys.modules.items()):
        if mod_name.startswith("claimcheck"):
            for key, value in vars(mod).items():
                if isinstance(value, Timed):
                    out.setdefault(id(value._p), f"{mod_name.removeprefix('claimcheck.')}.{key}")
    for pid, p in patterns.items():
        rid = rule_of.get((p.pattern, p.flags & (re.IGNORECASE | re.VERBOSE)))
        if rid:
            out[pid] = rid
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="reports (default: the first --reports of bench/out/corpus-1000)")
    ap.add_argument("--reports", type=int, default=200, help="how many bench reports (default 200)")
    ap.add_argument("--top", type=int, default=40, help="rows to print (default 40)")
    ap.add_argument("--sort", choices=("total", "per-call", "calls"), default="total")
    ap.add_argument("--passes", type=int, default=1, help="measured passes over the reports (default 1; more on a busy machine)")
    args = ap.parse_args()

    install()
    from claimcheck.extract import extract_claims
    from claimcheck.pipeline import load_lexicon
    from claimcheck.sources import load_sources

    paths = args.paths
    if not paths:
        corpus = HERE / "out" / "corpus-1000"
        if not corpus.is_dir():
            sys.exit("no bench/out/corpus-1000: run `python bench/corpus.py 1000` first, or name reports")
        paths = sorted(glob.glob(str(corpus / "*.txt")))[: args.reports]
    sources, _ = load_sources(paths)
    lex = load_lexicon()
    for s in sources:  # warm up: every pattern the parse needs compiled
        extract_claims(s, lex)
    STATS.clear()
    probe = Timed(_compile("x"))
    for _ in range(1000):
        probe.match("y")
    overhead = STATS[(id(probe._p), "match")][2] / 1000
    STATS.clear()
    start = _clock()
    for _ in range(args.passes):
        for s in sources:
            extract_claims(s, lex)
    wall = _clock() - start

    import gc

    patterns = {id(o._p): o._p for o in gc.get_objects() if isinstance(o, Timed)}
    named = names(patterns)
    for s in STATS.values():  # the wrapper's own time taken off each pattern's
        s[2] = max(0.0, s[2] - s[0] * overhead)
    calls_all = sum(int(s[0]) for s in STATS.values())
    wall -= calls_all * overhead
    spent = sum(s[2] for s in STATS.values())
    print(
        f"{len(sources)} reports, {args.passes} pass(es): parse {wall:.2f} s, of which in patterns {spent:.2f} s "
        f"({100 * spent / wall:.0f}%), {calls_all} calls (the wrapper's ~{overhead * 1e6:.1f} us a call "
        "taken off every time below)"
    )
    print(f"{'ms':>8} {'%':>5} {'calls':>7} {'hits':>7} {'us/call':>8}  method    pattern")
    key = {"total": lambda kv: -kv[1][2], "per-call": lambda kv: -kv[1][2] / kv[1][0], "calls": lambda kv: -kv[1][0]}
    for (pid, method), (calls, hits, t) in sorted(STATS.items(), key=key[args.sort])[: args.top]:
        name = named.get(pid) or WHERE.get(pid, "?")
        print(
            f"{t * 1000:8.1f} {100 * t / wall:5.1f} {int(calls):7d} {int(hits):7d} {t / calls * 1e6:8.1f}  {method:9} {name}"
        )


if __name__ == "__main__":
    main()
