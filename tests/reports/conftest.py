"""Reports fixtures: a FakeClock, a database in tmp_path, and a whole signed session built through the controller."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ivig_desktop.domain.clock import FakeClock

from .builder import T0, Built, full_session


@pytest.fixture(scope="session", autouse=True)
def _keep_none_and_true_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops one reference to `None` on every call of a method returning nothing and
    one to `True` on every Signal.emit() (see tests/test_pyside_refcount.py). A PDF paints thousands of such calls;
    run alone, these tests would take None's count to zero and abort the interpreter. Give None and True references
    that are never released (Python 3.12 makes them immortal), so that these tests test reports, not that defect."""
    if sys.version_info < (3, 12):
        increment = ctypes.pythonapi.Py_IncRef
        increment.argtypes = [ctypes.py_object]
        for _ in range(200_000):
            increment(None)
            increment(True)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ivig.db"


@pytest.fixture
def built(qapp: QApplication, db_path: Path, clock: FakeClock) -> Iterator[Built]:
    result = full_session(db_path, clock)
    yield result
    result.close()
