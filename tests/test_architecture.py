"""Layering rules that import-linter cannot express (it forbids only top-level external packages)."""

from __future__ import annotations

import ast
from pathlib import Path

import ivig_desktop

PACKAGE_DIR = Path(ivig_desktop.__file__).resolve().parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_reports_never_import_widgets() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE_DIR)} imports {name}"
        for path in sorted((PACKAGE_DIR / "reports").rglob("*.py"))
        for name in sorted(_imported_modules(path))
        if name == "PySide6.QtWidgets" or name.startswith("PySide6.QtWidgets.")
    ]
    assert offenders == []
