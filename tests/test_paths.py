from __future__ import annotations

from pathlib import Path

import pytest

from ivig_desktop import paths


def test_default_database_is_in_the_user_data_dir(_isolated_paths: Path) -> None:
    assert paths.resolve_db_path() == _isolated_paths / "ivig-desktop.db"


def test_environment_variable_overrides_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IVIG_DESKTOP_DB", str(tmp_path / "env.db"))
    assert paths.resolve_db_path() == tmp_path / "env.db"


def test_db_option_overrides_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IVIG_DESKTOP_DB", str(tmp_path / "env.db"))
    assert paths.resolve_db_path(tmp_path / "cli.db") == tmp_path / "cli.db"


def test_real_user_data_dir_comes_from_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IVIG_DESKTOP_DATA_DIR")
    assert paths.user_data_dir().name == "ivig-desktop"


def test_resources_are_found() -> None:
    assert paths.resources_dir().is_dir()
