"""Reports fixtures: a FakeClock, a database in tmp_path, and a whole signed session built through the controller."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ivig_desktop.domain.clock import FakeClock

from .builder import T0, Built, full_session


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
