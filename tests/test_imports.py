"""The package's import graph has no cycle: data flows one way (sources -> parser -> matcher
-> reporter). Every import counts, function-local and type-checking ones included, since a
cycle hidden in a function still ties the modules together."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "claimcheck"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> set[str]:
    """The package's modules that module ``name`` imports, anywhere in its code."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # 'from claimcheck import pipeline' imports a module; 'from claimcheck import
            # __version__' imports the package itself
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:  # 'claimcheck.render.json_.x' -> module
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


GRAPH = {name: imports_of(name) for name in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def reachable(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        for nxt in GRAPH[todo.pop()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def test_the_package_has_no_import_cycle():
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize(
    ("graph", "cycle"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
        ({"a": {"b", "c"}, "b": set(), "c": {"c2"}, "c2": {"c"}}, ["c", "c2", "c"]),
    ],
    ids=["chain", "triangle", "cycle-off-the-start"],
)
def test_find_cycle(graph, cycle):
    assert find_cycle(graph) == cycle


def test_function_local_imports_are_seen():
    """sources reads URLs through fetch, imported inside a function."""
    assert "claimcheck.fetch" in GRAPH["claimcheck.sources"]
    assert "claimcheck.textio" in GRAPH["claimcheck.fetch"]


def test_the_matcher_does_not_depend_on_the_parser():
    """workers is handed a picklable parse function instead of importing the parser."""
    parser = {m for m in GRAPH if m.startswith("claimcheck.parse")} | {"claimcheck.extract"}
    assert reachable("claimcheck.match") & parser == set()
    assert reachable("claimcheck.workers") & parser == set()


def test_textio_is_a_leaf():
    assert GRAPH["claimcheck.textio"] == set()


def names_bound_twice(source: str) -> list[str]:
    """Top-level names a module binds more than once by assignment, ``def`` or ``class`` (the
    later silently replaces the earlier for every use; merges of two branches that each added a
    constant of the same name did this). Names bound under ``if``/``try`` are not counted."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            continue
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_finding_names_bound_twice():
    source = "A = 1\ndef f(): pass\nB: int = 2\nA = re.compile('x')\nclass f: pass\n"
    assert names_bound_twice(source) == ["A", "f"]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_binds_a_top_level_name_twice(name):
    assert names_bound_twice(MODULES[name].read_text(encoding="utf-8")) == []
