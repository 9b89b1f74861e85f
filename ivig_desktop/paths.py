"""Where the database, settings and bundled resources live.

The database path is chosen in this order: the `--db PATH` option, the `IVIG_DESKTOP_DB` environment
variable, then `ivig-desktop.db` in the per-user data directory (platformdirs: on Linux
`~/.local/share/ivig-desktop/`, on Windows `%LOCALAPPDATA%\\ivig-desktop\\`, on macOS
`~/Library/Application Support/ivig-desktop/`).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "ivig-desktop"
DB_FILE_NAME = "ivig-desktop.db"
SIMULATION_DB_FILE_NAME = "ivig-desktop-simulation.db"
DB_ENV_VAR = "IVIG_DESKTOP_DB"
DATA_DIR_ENV_VAR = "IVIG_DESKTOP_DATA_DIR"


def user_data_dir() -> Path:
    """The per-user data directory (overridable with IVIG_DESKTOP_DATA_DIR, which tests use)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    import platformdirs  # (imported when needed: 30 ms of start-up otherwise)

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def default_db_path() -> Path:
    return user_data_dir() / DB_FILE_NAME


def simulation_db_path() -> Path:
    """The training database used by `--simulate`: never the clinical one."""
    return user_data_dir() / SIMULATION_DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The database file to use: `--db`, else IVIG_DESKTOP_DB, else the default in the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path()


def resources_dir() -> Path:
    """The bundled resources: `resources/` beside the package in a checkout, `_resources/` in a wheel."""
    package_dir = Path(__file__).resolve().parent
    installed = package_dir / "_resources"
    if installed.is_dir():
        return installed
    return package_dir.parent / "resources"
