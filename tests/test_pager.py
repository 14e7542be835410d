"""The pager: which one runs, and when a table goes to it."""

from __future__ import annotations

import io

import pytest

from claimcheck import pager


@pytest.mark.parametrize(
    "environ, less, expected",
    [
        pytest.param({"PAGER": "most -s"}, True, ["most", "-s"], id="pager-set"),
        pytest.param({"PAGER": ""}, True, None, id="pager-empty"),
        pytest.param({"PAGER": "cat"}, True, None, id="pager-cat"),
        pytest.param({}, True, ["less"], id="less"),
        pytest.param({}, False, None, id="no-pager-installed"),
    ],
)
def test_pager_command(monkeypatch, environ, less, expected):
    monkeypatch.setattr(pager.shutil, "which", lambda name: "/usr/bin/less" if less else None)
    assert pager.pager_command(environ) == expected


@pytest.mark.parametrize(
    "lines, height, command, expected",
    [
        pytest.param(30, 24, ["less"], True, id="longer-than-the-screen"),
        pytest.param(23, 24, ["less"], False, id="fits"),
        pytest.param(30, None, ["less"], False, id="not-a-terminal"),
        pytest.param(30, 24, None, False, id="no-pager"),
    ],
)
def test_wants_pager(lines, height, command, expected):
    assert pager.wants_pager("x\n" * lines, height, command) is expected


def test_a_stream_that_is_not_a_terminal_has_no_height():
    assert pager.terminal_height(io.StringIO()) is None


def test_a_pager_that_cannot_start_is_reported(tmp_path):
    assert pager.page("text\n", [str(tmp_path / "no-such-pager")]) is False
