"""Test-wide setup: no display, no real user data dir, no real database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: render offscreen, so tests need no display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id with the smallest cost: the app's default (64 MiB, t=3) takes ~0.1 s a hash, too slow for hundreds
    of test sign-ins. The hashing code path is the same; only the cost parameters differ."""
    from argon2 import PasswordHasher

    from ivig_desktop.store import accounts

    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


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


@pytest.fixture(autouse=True)
def _cheap_key_sealing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same for the argon2id that seals each nurse's signing key (store/signing_keys.py)."""
    from ivig_desktop.store import signing_keys

    monkeypatch.setattr(signing_keys, "KDF", signing_keys.KdfParams(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(autouse=True)
def _screens_show_the_machines_zone_until_a_workstation_says_otherwise() -> Iterator[None]:
    """A workstation sets the zone and clock screens show times with (domain/times.py); forget it after each test."""
    from ivig_desktop.domain import times

    yield
    times.reset()


@pytest.fixture(autouse=True)
def _log_file_closed() -> Iterator[None]:
    """The app's log (ivig_desktop/logs.py), started by any command a test runs, is closed after the test."""
    yield
    from ivig_desktop import logs

    logs.stop_logging()
