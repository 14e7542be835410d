"""CLI helper: show a table longer than the screen in a pager, keeping its colour, as git
does (``$PAGER``, else ``less`` with ``LESS=FRX`` unless LESS is set)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from typing import TextIO

DEFAULT_PAGER = "less"
DEFAULT_LESS = "FRX"  # quit if one screen, raw colour codes, leave the text on the screen


def terminal_height(stream: TextIO) -> int | None:
    """Lines of the terminal ``stream`` writes to; None when it is not a terminal."""
    try:
        if not stream.isatty():
            return None
        return os.get_terminal_size(stream.fileno()).lines
    except (AttributeError, ValueError, OSError):
        return None


def pager_command(environ: dict[str, str] | os._Environ[str] = os.environ) -> list[str] | None:
    """The pager to run: $PAGER (none when it is empty or ``cat``), else ``less`` when it
    is installed."""
    configured = environ.get("PAGER")
    if configured is not None:
        words = shlex.split(configured)
        return None if not words or words[0] == "cat" else words
    return [DEFAULT_PAGER] if shutil.which(DEFAULT_PAGER) else None


def wants_pager(text: str, height: int | None, command: list[str] | None) -> bool:
    """A pager is used on a terminal, when there is one, for text longer than the screen."""
    return height is not None and command is not None and text.count("\n") > height - 1


def page(text: str, command: list[str]) -> bool:
    """Send ``text`` to the pager; False when it could not be started (write it yourself)."""
    env = dict(os.environ)
    env.setdefault("LESS", DEFAULT_LESS)
    env.setdefault("LV", "-c")  # lv, another pager, keeps colour with -c
    try:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode(sys.stdout.encoding or "utf-8", "replace"))
        process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before the end: nothing is lost
        pass
    while True:
        try:
            process.wait()
            return True
        except KeyboardInterrupt:  # Ctrl-C is the pager's to handle, as in git
            continue
