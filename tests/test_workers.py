"""Parser on several cores: the same claims in the same order, one bad source isolated."""

from __future__ import annotations

import os

import pytest

from claimcheck import match, pipeline, workers
from claimcheck.models import Claim, Source
from claimcheck.situate import parse as extract_claims  # the parser, situated, as the pool runs it
from claimcheck.sources import load_sources


@pytest.fixture(scope="module")
def many() -> list[Source]:
    sources, problems = load_sources(["sources"])
    assert not problems
    return sources * 6  # 30 reports


def run(parser: workers.Parser, sources: list[Source]) -> list[workers.Parsed]:
    for i, s in enumerate(sources):
        parser.add(i, s)
    return list(parser.results())


def test_a_pool_gives_the_serial_claims_in_order(
    many: list[Source], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "BATCH_BYTES", 20_000)  # several batches per worker
    parser = workers.Parser(extract_claims, jobs=2)
    parsed = run(parser, many)
    assert parser.pool is not None  # it really ran in processes
    assert [p.index for p in parsed] == list(range(len(many)))
    assert [c for p in parsed for c in p.claims] == [c for s in many for c in extract_claims(s)]


def test_auto_starts_a_pool_only_past_the_threshold(
    many: list[Source], monkeypatch: pytest.MonkeyPatch
) -> None:
    small = workers.Parser(extract_claims)
    run(small, many[:5])
    assert small.pool is None  # the bundled five are parsed here
    monkeypatch.setattr(workers, "PARALLEL_FROM_BYTES", 30_000)
    large = workers.Parser(extract_claims)
    parsed = run(large, many)
    assert (large.pool is not None) == (large.jobs > 1)
    assert [p.index for p in parsed] == list(range(len(many)))


def test_a_source_that_breaks_the_parser_loses_only_itself(many: list[Source]) -> None:
    def flaky(source: Source) -> list[Claim]:
        if source.id == "boom":
            raise RuntimeError("bad\nthing")
        return extract_claims(source)

    bad = Source(id="boom", text="Police arrested 12 protesters.")
    parsed = run(workers.Parser(flaky, jobs=1), [many[0], bad, many[1]])
    assert [p.error for p in parsed] == [None, "RuntimeError: bad thing", None]  # one line
    assert parsed[0].claims and parsed[2].claims and parsed[1].claims == []


def test_pipeline_jobs_do_not_change_the_result(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "BATCH_BYTES", 5_000)
    one = pipeline.extract(["sources"], jobs=1)
    two = pipeline.extract(["sources"], jobs=2)
    assert two.claims == one.claims
    assert two.problems == one.problems


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


FORK = workers._can_fork()


@pytest.mark.skipif(not FORK, reason="processes cannot be forked here")
def test_map_inherited_runs_in_forked_processes_in_order() -> None:
    out = workers.map_inherited(_pid_and_square, list(range(7)), jobs=2)
    assert [square for _, square in out] == [x * x for x in range(7)]
    assert os.getpid() not in {pid for pid, _ in out}
    assert workers._INHERITED is None  # nothing left behind for a later fork


def test_map_inherited_with_one_job_runs_here() -> None:
    assert workers.map_inherited(_pid_and_square, [3, 4], jobs=1) == [
        (os.getpid(), 9),
        (os.getpid(), 16),
    ]


def test_align_on_forked_processes_gives_the_same_groups(
    many: list[Source], monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = [c for s in many for c in extract_claims(s)]
    serial = match.align(claims)
    monkeypatch.setattr(match, "PARALLEL_FROM_CLAIMS", 0)
    calls: list[int] = []
    real = match.map_inherited
    monkeypatch.setattr(
        match, "map_inherited", lambda f, items, jobs: calls.append(jobs) or real(f, items, jobs)
    )
    parallel = match.align(claims, jobs=2)
    assert calls == [2]  # the groups really went to the workers
    assert parallel == serial
    assert any(g.conflicts for g in parallel) and any(g.corroboration for g in parallel)


def test_map_inherited_runs_here_where_forking_is_unsafe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "_can_fork", lambda: False)
    assert workers.map_inherited(_pid_and_square, [3, 4], jobs=2) == [
        (os.getpid(), 9),
        (os.getpid(), 16),
    ]


def test_pool_parses_with_the_user_lexicon(tmp_path):
    """The pool receives a picklable parse function that loads the user's lexicon."""
    import json
    import pickle

    from claimcheck.extract import ParseWith

    words = tmp_path / "words.json"
    words.write_text(json.dumps({"speech_verbs": ["blogged"]}), encoding="utf-8")
    parse = ParseWith(str(words))
    assert pickle.loads(pickle.dumps(parse)) == parse
    text = "Two journalists were arrested, the union blogged."
    sources = [Source(id=f"s{i}", text=text) for i in range(3)]
    parsed = run(workers.Parser(parse, jobs=2), sources)
    assert [c.claimant for p in parsed for c in p.claims] == ["the union"] * 3
