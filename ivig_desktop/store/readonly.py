"""Opening a database to read it only (reports and exports): never created, never written, never migrated.

SQLite's `mode=ro` URI refuses every write on this connection, so an export cannot change the record even by
mistake, and a path that does not exist is an error instead of a new, empty database. Reading works while the app
has the database open (WAL: readers do not block the writer).

Before anything is read from it, the file goes through the same file checks as `ivig-desktop check` (integrity,
foreign keys, IVIG Desktop's tables): a file that `check` calls damaged gives DamagedRecordError, never a
partial answer (a recall list or an export missing what sits on a damaged page). The hash chain is not verified
here (it reads every row): a record altered outside the app is read, and the renderings say so (the summary's
`integrity`, from the session's own verification).
"""

from __future__ import annotations

from pathlib import Path

from ivig_desktop.passphrase import PASSPHRASE_ENV_VAR
from ivig_desktop.store import cipher
from ivig_desktop.store.check import verify
from ivig_desktop.store.database import (
    BUSY_TIMEOUT_MS,
    DATABASE_ERRORS,
    StoreError,
    backup_dir_for,
    describe_failure,
    describe_os_error,
    empty_file_message,
    is_damage,
)
from ivig_desktop.store.sql import SqlDatabase


class DamagedRecordError(StoreError):
    """`ivig-desktop check` would call this database damaged: nothing is read from it."""


def open_read_only(path: Path, passphrase: str | None = None) -> SqlDatabase:
    """The database at `path`, read-only (keyed with `passphrase` when it is encrypted). StoreError (one sentence)
    when it is missing, encrypted without the right passphrase, or not an IVIG database."""
    path = Path(path).expanduser()
    try:
        if not path.exists():
            raise StoreError(f"no database at {path}")
        if not path.is_file():
            raise StoreError(f"{path} is not a database file")
        if path.stat().st_size == 0:
            raise StoreError(empty_file_message(path))
    except OSError as error:
        raise StoreError(describe_os_error(error, f"{path} could not be read")) from error
    encrypted = cipher.file_is_encrypted(path)
    if encrypted and passphrase is None:
        raise StoreError(f"{path} is encrypted: give its passphrase with --passphrase-file or ${PASSPHRASE_ENV_VAR}")
    try:
        conn = cipher.connect(
            path, passphrase=passphrase if encrypted else None, read_only=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except cipher.WrongKeyError:
        raise StoreError("The passphrase is wrong, or the file is not an IVIG Desktop database.") from None
    except DATABASE_ERRORS as error:
        raise StoreError(f"{path} cannot be read as a database ({error})") from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        report = verify(conn, path, encrypted, chain=False)  # the file's checks; the chain is the reader's to show
    except DATABASE_ERRORS as error:
        conn.close()
        if is_damage(error):
            raise DamagedRecordError(_damaged(path, str(error))) from error
        raise StoreError(f"{path} could not be read: {describe_failure(error, path)}") from error
    if report.no_record_yet:
        conn.close()
        raise StoreError(f"{path} holds no record yet (no tables): nothing to read")
    if report.problem is not None:
        conn.close()
        if report.problem.startswith("not an IVIG Desktop database"):
            raise StoreError(f"{path} is {report.problem}")
        raise DamagedRecordError(_damaged(path, report.problem))
    return SqlDatabase(conn)


def _damaged(path: Path, problem: str) -> str:
    return (
        f"{path} is damaged ({problem}); nothing was read from it. Run `ivig-desktop check`, and restore a backup "
        f"from {backup_dir_for(path)}."
    )
