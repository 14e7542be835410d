"""The examples in the package's docstrings and in the README's "Use from Python" section run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import claimcheck

MODULES = ["claimcheck"] + sorted(
    m.name for m in pkgutil.walk_packages(claimcheck.__path__, "claimcheck.")
    if m.name != "claimcheck.__main__"
)  # fmt: skip


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def test_the_readme_python_example_runs(monkeypatch):
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use from Python", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```pycon\n(.*?)```", section, re.DOTALL)
    assert blocks, "the README's 'Use from Python' section has no example"
    monkeypatch.chdir(root)
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for i, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"README-{i}", "README.md", 0))
    result = runner.summarize(verbose=False)
    assert result.failed == 0 and result.attempted >= 6
