"""The examples in the package's docstrings and in the README's "Use from Python" section run."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import claimcheck

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(claimcheck.__path__, "claimcheck.")
    if m.name != "claimcheck.__main__"
)  # fmt: skip


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
