"""Dask: the pipeline on a local cluster gives the single-machine result."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed", reason="the dask extra is not installed: pip install '.[dask]'")

from claimcheck import cli, dask_, pipeline  # noqa: E402
from claimcheck.render.json_ import extract_to_dict, report_to_dict  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = str(ROOT / "sources")
SETS = [
    str(p)
    for p in sorted(
        (ROOT / "tests" / "data").glob("other-events*/sources"),
        key=lambda p: int(p.parent.name.rpartition("-")[2]) if p.parent.name[-1].isdigit() else 1,
    )
]  # in the order they were written: other-events, -2, …, -11, -12, -13, -14, -15, -16, -17, -18, -19, -20, -21, -22
ENV = {"COLUMNS": "100", "LINES": "50", "NO_COLOR": "1", "TERM": "dumb"}


@pytest.fixture(scope="module")
def client():
    """Two workers as threads of this process: quick to start, and what runs on them is the
    code a process worker runs (tasks are pickled all the same)."""
    with dask_.connect("local", workers=2, processes=False) as c:
        yield c


def test_compare_bundled_same_as_one_machine(client):
    on_dask = dask_.compare([BUNDLED], dask=client, partition_size=2)
    here = pipeline.compare([BUNDLED])
    assert report_to_dict(on_dask) == report_to_dict(here)
    assert [g.id for g in on_dask.groups] == [g.id for g in here.groups]


def test_compare_mixed_same_as_one_machine(client):
    """Several events: split the same way; each event aligned here or on a worker."""
    paths = SETS[:3]
    here = pipeline.compare(paths)
    for on_cluster in (False, True):
        on_dask = dask_.compare(paths, dask=client, partition_size=3, align_on_cluster=on_cluster)
        assert len(on_dask.events) == 11
        assert report_to_dict(on_dask) == report_to_dict(here)
    chosen = here.events[2].id
    assert report_to_dict(dask_.compare(paths, dask=client, event=chosen)) == report_to_dict(
        pipeline.compare(paths, event=chosen)
    )


def test_events_and_extract_same_as_one_machine(client):
    assert dask_.events(SETS, dask=client, partition_size=4) == pipeline.events(SETS)
    on_dask = dask_.extract(SETS, dask=client, partition_size=5)
    assert extract_to_dict(on_dask) == extract_to_dict(pipeline.extract(SETS))


def test_ids_and_problems_across_partitions(client, tmp_path):
    """Reports of one name in two folders read in different partitions get the ids the
    single-machine run gives (a, a-2), and bad files the same problems in the same order."""
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"Police in {folder} said 12 people were arrested.\n")
    (tmp_path / "one" / "empty.txt").write_text("")
    (tmp_path / "one" / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    paths = [str(tmp_path / "one"), str(tmp_path / "two"), str(tmp_path / "missing.txt")]
    on_dask = dask_.extract(paths, dask=client, partition_size=1)
    here = pipeline.extract(paths)
    assert [s.id for s in on_dask.sources] == ["a", "a-2"]
    assert extract_to_dict(on_dask) == extract_to_dict(here)
    assert [p.level for p in on_dask.problems] == [p.level for p in here.problems] != []


def test_reads_an_fsspec_filesystem(client):
    """An fsspec URL with a glob (here the in-memory filesystem; s3:// or gcs:// alike)."""
    import fsspec

    fs = fsspec.filesystem("memory")
    for f in sorted(Path(BUNDLED).glob("*.txt"))[:3]:
        fs.pipe(f"/claimcheck-test/{f.name}", f.read_bytes())
    result = dask_.extract(["memory://claimcheck-test/*.txt"], dask=client)
    here = pipeline.extract(sorted(str(f) for f in Path(BUNDLED).glob("*.txt"))[:3])
    assert [s.id for s in result.sources] == [s.id for s in here.sources]
    assert all(s.path.startswith("memory://") and "/claimcheck-test/" in s.path
               for s in result.sources)
    assert [(c.source, c.text, c.start) for c in result.claims] == [
        (c.source, c.text, c.start) for c in here.claims
    ]


def test_cli_compare_sources_dask_local_same_groups(monkeypatch):
    """`claimcheck compare sources --dask local -f json` gives the groups it gives without."""
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    plain = runner.invoke(cli.app, ["compare", "sources", "-f", "json"], env=ENV)
    on_dask = runner.invoke(cli.app, ["compare", "sources", "--dask", "local", "-j", "2", "-f", "json"],
                            env=ENV)  # fmt: skip
    assert on_dask.exit_code == 0, on_dask.stderr
    assert json.loads(on_dask.stdout)["groups"] == json.loads(plain.stdout)["groups"]
    assert on_dask.stdout == plain.stdout


def test_cli_dask_errors(monkeypatch):
    import dask

    runner = CliRunner()
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        far = runner.invoke(cli.app, ["events", BUNDLED, "--dask", "tcp://127.0.0.1:9"], env=ENV)
    assert far.exit_code == cli.EXIT_INPUT
    assert far.stderr.startswith("claimcheck: error: cannot reach the Dask scheduler")
    stdin = runner.invoke(cli.app, ["extract", "-", "--dask", "local", "-j", "1"], input="12 held", env=ENV)
    assert stdin.exit_code == cli.EXIT_INPUT and "not standard input" in stdin.stderr
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were missing
    missing = runner.invoke(cli.app, ["compare", BUNDLED, "--dask", "local"], env=ENV)
    assert missing.exit_code == cli.EXIT_INPUT
    assert "pip install 'claimcheck[dask]'" in missing.stderr


def test_explain_on_dask_same_as_one_machine(client):
    on_dask = dask_.extract([BUNDLED], dask=client, explain=True)
    here = pipeline.extract([BUNDLED], explain=True)
    assert any(c.rules for c in here.claims)
    assert extract_to_dict(on_dask) == extract_to_dict(here)


def test_read_bag_of_expanded_paths(client, tmp_path):
    """The bag the library offers: expand's inputs (its problems left out), read on the
    workers."""
    (tmp_path / "a.txt").write_text("Police said 12 people were arrested in the capital.\n")
    entries = dask_.expand([str(tmp_path), str(tmp_path / "missing.txt")])
    reads = client.compute(dask_.read_bag(entries, parse=True)).result()
    assert [(r.source.id, [c.text for c in r.claims]) for r in reads] == [("a", ["12"])]
