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
def _keep_true_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops one reference to `True` on every Signal.emit() (see
    tests/test_pyside_refcount.py). Building sessions through the controller emits a signal per entry; run alone,
    these tests would take True's count to zero and abort the interpreter at exit. Give True references that are
    never released (as Python 3.12 makes it immortal), so the tests test reports, not that bug."""
    if sys.version_info < (3, 12):
        increment = ctypes.pythonapi.Py_IncRef
        increment.argtypes = [ctypes.py_object]
        for _ in range(100_000):
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
