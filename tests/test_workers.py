"""Parser on several cores: same claims, same order, one bad source isolated."""

from __future__ import annotations

import pytest

from claimcheck import workers
from claimcheck.extract import extract_claims
from claimcheck.models import Source
from claimcheck.sources import load_sources


@pytest.fixture(scope="module")
def many() -> list[Source]:
    sources, problems = load_sources(["sources"])
    assert not problems
    return sources * 6  # 30 reports


def test_parallel_gives_the_serial_claims_in_order(
    many: list[Source], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "CHUNK_BYTES", 20_000)  # several chunks per worker
    serial = [c for s in many for c in extract_claims(s)]
    claims, failures = workers.extract_many(many, None, jobs=2)
    assert failures == []
    assert claims == serial


def test_progress_counts_every_source(many: list[Source]) -> None:
    seen: list[int] = []
    workers.extract_many(many, None, jobs=1, progress=seen.append)
    assert sum(seen) == len(many)


def test_a_source_that_breaks_the_parser_loses_only_itself(
    many: list[Source], monkeypatch: pytest.MonkeyPatch
) -> None:
    import claimcheck.extract as extract

    real = extract.extract_claims

    def flaky(source: Source, lexicon: object = None) -> list:
        if source.id == "boom":
            raise RuntimeError("bad\nthing")
        return real(source, lexicon)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "extract_claims", flaky)
    bad = Source(id="boom", text="Police arrested 12 protesters.")
    claims, failures = workers.extract_many([many[0], bad, many[1]], None, jobs=1)
    assert failures == [(1, "RuntimeError: bad thing")]  # one line
    assert {c.source for c in claims} == {many[0].id, many[1].id}


def test_default_jobs_uses_every_core_only_for_large_inputs() -> None:
    small = [Source(id="a", text="x" * 1000)]
    large = [Source(id=str(i), text="x" * 1_000_000) for i in range(5)]
    assert workers.default_jobs(small) == 1
    assert workers.default_jobs(large) >= 1
