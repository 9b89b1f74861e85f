"""Test-wide setup: no display, no real user data dir, no real database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: render offscreen, so tests need no display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _isolated_paths(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the user data dir at a temporary folder; forget any IVIG_DESKTOP_DB or IVIG_DESKTOP_PASSPHRASE of
    the caller's."""
    data_dir = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("IVIG_DESKTOP_DATA_DIR", str(data_dir))
    monkeypatch.delenv("IVIG_DESKTOP_DB", raising=False)
    monkeypatch.delenv("IVIG_DESKTOP_PASSPHRASE", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    yield data_dir
