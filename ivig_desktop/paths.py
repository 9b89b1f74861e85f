"""Where the database, settings and bundled resources live.

The database path is chosen in this order: the `--db PATH` option, the `IVIG_DESKTOP_DB` environment
variable, then `ivig-desktop.db` in the per-user data directory (platformdirs: on Linux
`~/.local/share/ivig-desktop/`, on Windows `%LOCALAPPDATA%\\ivig-desktop\\`, on macOS
`~/Library/Application Support/ivig-desktop/`).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

APP_DIR_NAME = "ivig-desktop"
DB_FILE_NAME = "ivig-desktop.db"
SIMULATION_DB_FILE_NAME = "ivig-desktop-simulation.db"
SETTINGS_FILE_NAME = "settings.ini"
DB_ENV_VAR = "IVIG_DESKTOP_DB"
DATA_DIR_ENV_VAR = "IVIG_DESKTOP_DATA_DIR"
LOG_DIR_ENV_VAR = "IVIG_DESKTOP_LOG_DIR"
LOG_FILE_NAME = "ivig-desktop.log"


def user_data_dir() -> Path:
    """The per-user data directory (overridable with IVIG_DESKTOP_DATA_DIR, which tests use)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    import platformdirs  # (imported when needed: 30 ms of start-up otherwise)

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def user_log_dir() -> Path:
    """The per-user log folder: IVIG_DESKTOP_LOG_DIR if set; else `logs` in IVIG_DESKTOP_DATA_DIR when that is
    set (tests); else the platform's (platformdirs: on Linux `~/.local/state/ivig-desktop/log/`, on Windows
    `%LOCALAPPDATA%\\ivig-desktop\\Logs\\`, on macOS `~/Library/Logs/ivig-desktop/`)."""
    override = os.environ.get(LOG_DIR_ENV_VAR)
    if override:
        return Path(override)
    data_override = os.environ.get(DATA_DIR_ENV_VAR)
    if data_override:
        return Path(data_override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / DB_FILE_NAME


def settings_path() -> Path:
    """This workstation's settings file, `settings.ini` in the data directory, owner-only (0600) like the database:
    made so before anything is written to it (Qt keeps the mode of the file it rewrites), and an older one
    created world-readable is made so too."""
    path = user_data_dir() / SETTINGS_FILE_NAME
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        path.chmod(0o600)
    else:
        os.close(fd)
    return path


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


def make_private_dir(path: Path) -> list[Path]:
    """Create the folder `path` and any missing parents, each readable by its owner only (0700; a plain
    `mkdir(parents=True)` gives the parents the default mode). Returns the folders it created, outermost first.
    Raises OSError when one cannot be created."""
    path = Path(path)
    missing = []
    place = path
    while not place.exists() and place.parent != place:
        missing.append(place)
        place = place.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
        with contextlib.suppress(OSError):
            folder.chmod(0o700)  # whatever the umask
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")
    return list(reversed(missing))
