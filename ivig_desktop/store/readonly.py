"""Opening a database to read it only (reports and exports): never created, never written, never migrated.

SQLite's `mode=ro` URI refuses every write on this connection, so an export cannot change the record even by
mistake, and a path that does not exist is an error instead of a new, empty database. Reading works while the app
has the database open (WAL: readers do not block the writer).
"""

from __future__ import annotations

from pathlib import Path

from ivig_desktop.passphrase import PASSPHRASE_ENV_VAR
from ivig_desktop.store import cipher
from ivig_desktop.store.database import BUSY_TIMEOUT_MS, DATABASE_ERRORS, StoreError
from ivig_desktop.store.sql import SqlDatabase

REQUIRED_TABLES = ("nurses", "patients", "sessions", "events")


def open_read_only(path: Path, passphrase: str | None = None) -> SqlDatabase:
    """The database at `path`, read-only (keyed with `passphrase` when it is encrypted). StoreError (one sentence)
    when it is missing, encrypted without the right passphrase, or not an IVIG database."""
    path = Path(path).expanduser()
    if not path.exists():
        raise StoreError(f"no database at {path}")
    if not path.is_file():
        raise StoreError(f"{path} is not a database file")
    encrypted = cipher.file_is_encrypted(path)
    if encrypted and passphrase is None:
        raise StoreError(f"{path} is encrypted: give its passphrase with --passphrase-file or ${PASSPHRASE_ENV_VAR}")
    try:
        conn = cipher.connect(
            path, passphrase=passphrase if encrypted else None, read_only=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except cipher.WrongKeyError:
        raise StoreError("The passphrase is wrong, or the file is not an IVIG Desktop database.") from None
    except DATABASE_ERRORS as error:
        raise StoreError(f"{path} cannot be read as a database ({error})") from error
    missing = [name for name in REQUIRED_TABLES if name not in tables]
    if missing:
        conn.close()
        raise StoreError(f"{path} is not an IVIG Desktop database (no {', '.join(missing)} table)")
    return SqlDatabase(conn)
