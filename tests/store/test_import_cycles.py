"""The store has no import cycles: no module of ivig_desktop.store imports, directly or through others, itself.

(store/backup.py and store/database.py once imported each other, one of them inside a function to dodge the
cycle at import time.) Imports inside functions and under TYPE_CHECKING count: grimp reads every import
statement. import-linter's `acyclic_siblings` contract in pyproject.toml checks the same in CI (lint-imports).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import grimp


def cycles(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The import cycles of a graph: its strongly connected components of more than one module (or a module
    importing itself), each sorted (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop(0)
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(edges.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges.get(node, ()):
                    found.append(sorted(component))
    return found


def import_edges(package: str, within: str) -> dict[str, set[str]]:
    """Who imports whom among the modules of `within` (a subpackage of `package`)."""
    graph = grimp.build_graph(package, cache_dir=None)
    modules = {m for m in graph.modules if m == within or m.startswith(within + ".")}
    return {m: graph.find_modules_directly_imported_by(m) & modules for m in modules}


def test_the_store_has_no_import_cycle() -> None:
    assert cycles(import_edges("ivig_desktop", "ivig_desktop.store")) == []


def test_the_check_finds_a_cycle_through_an_import_inside_a_function(tmp_path: Path) -> None:
    package = tmp_path / "cyclic_sample"
    (package / "store").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "store" / "__init__.py").write_text("")
    (package / "store" / "database.py").write_text(
        "def open_database():\n    from cyclic_sample.store import backup\n    return backup\n"
    )
    (package / "store" / "backup.py").write_text("from cyclic_sample.store.database import open_database\n")
    (package / "store" / "errors.py").write_text("X = 1\n")
    sys.path.insert(0, str(tmp_path))
    try:
        found = cycles(import_edges("cyclic_sample", "cyclic_sample.store"))
    finally:
        sys.path.remove(str(tmp_path))
    assert found == [["cyclic_sample.store.backup", "cyclic_sample.store.database"]]


def test_cycles_of_a_small_graph() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"a"}}) == [["a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
