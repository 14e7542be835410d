"""The CLI converts plain option values without pydantic (cli._plain_value) exactly as typer's
own conversion does, and leaves every other value, the ones typer rejects included, to it."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer

from claimcheck import cli

pytestmark = pytest.mark.skipif(
    cli._RuntimeParam is None, reason="this typer has no private coercion layer to shortcut"
)


def _params() -> list:
    group = typer.main.get_command(cli.app)
    return [p for c in group.commands.values() for p in c.params if hasattr(p, "type_descriptor")]


SAMPLES = [
    None, "", "table", "007", "12", "0", "-3", "+4", " 5", "1_000", "2.5", "0.05", "1e3",
    "10MB", "500kB", "nan", "٣", 3, 0, 20.0, 0.05, True, False, ("a", "b"), ["x"], (), ("a", 1),
]  # fmt: skip


@pytest.mark.parametrize("value", SAMPLES, ids=repr)
def test_plain_values_as_typer_converts_them(value: object) -> None:
    from typer._coercion import build_runtime_param

    for param in _params():
        d = param.type_descriptor
        ours = cli._plain_value(d.annotation, d.parameter_info, value)
        if ours is cli._NOT_PLAIN:
            continue  # typer's own conversion does it
        theirs = build_runtime_param(d)._coerce_value(value, param=param, ctx=None)
        assert (ours, type(ours)) == (theirs, type(theirs)), (param.name, value)


def test_plain_values_are_the_common_ones() -> None:
    """The defaults and everyday values take the short way (else it would save nothing)."""
    by_name = {p.name: p for p in _params()}

    def plain(name: str, value: object) -> bool:
        d = by_name[name].type_descriptor
        return cli._plain_value(d.annotation, d.parameter_info, value) is not cli._NOT_PLAIN

    assert plain("paths", ("sources/",)) and plain("color", "auto") and plain("jobs", "4")
    assert plain("max_size", 10_000_000) and plain("max_size", "10MB") and plain("timeout", 20.0)
    assert not plain("jobs", "0") and not plain("max_size", "lots") and not plain("timeout", "0")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jobs", "0"], "--jobs"),
        (["--jobs", "x"], "--jobs"),
        (["--timeout", "0.01"], "--timeout"),
        (["--max-size", "lots"], "lots"),
    ],
)
def test_rejected_values_get_typers_message(args: list[str], message: str) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "claimcheck", "extract", "sources/", *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert r.returncode == cli.EXIT_INPUT
    assert message in r.stderr and "Invalid value" in r.stderr, r.stderr


def test_compare_starts_without_pydantic() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from claimcheck.cli import app\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    app(['compare', 'sources/'], standalone_mode=False)\n"
        "print('pydantic' in sys.modules)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip().splitlines()[-1] == "False", r.stderr
