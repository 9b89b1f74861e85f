"""The start-up check, proportionate: the whole file is checked only when something could have damaged it.

After a clean close (the last IVIG Desktop to write closed the database: store/lock.py), nothing has written to
the file since its last check; the start reads the header and the schema only (a wrong passphrase, a file that is
not a database, a damaged first page are found at once). After an unclean end (a crash, kill -9, a power cut), or
when that is not known (the first start with this version, a file copied in), `PRAGMA quick_check` reads the
whole file before anything is written, as every start did before: seconds on a large database, but only then.
The full check (integrity and foreign keys, `ivig-desktop check`) runs in the background once a day, after the
daily backup (ui/housekeeping.py), and on request.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ivig_desktop.store.connection import check_file, raw_connect
from ivig_desktop.store.errors import DATABASE_ERRORS, DatabaseDamagedError, StoreError, describe_failure, is_damage

log = logging.getLogger(__name__)


def check_on_open(path: Path, passphrase: str | None, *, previous_closed: bool | None, new_file: bool = False) -> bool:
    """Check the file before it is opened for use; raise DatabaseDamagedError when it is damaged.

    `previous_closed`: did the last writer close it (True), end without closing it (False), or is it not known
    (None)? Returns True when the whole file was checked (quick_check), False for the header and schema only.
    """
    if previous_closed is True or new_file:
        light_check(path, passphrase)
        log.info("start-up check: header and schema read, ok")
        return False
    log.info("start-up check of the whole file: the last writer did not close it (or that is not known)")
    check_file(path, passphrase)
    log.info("start-up check: the whole file checked, ok")
    return True


def light_check(path: Path, passphrase: str | None = None) -> None:
    """Read the header and the schema (only reads; never writes the file)."""
    conn = raw_connect(path, read_only=True, passphrase=passphrase)
    try:
        conn.execute("SELECT COUNT(*), MAX(rootpage) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA schema_version").fetchone()
    except DATABASE_ERRORS as error:
        if is_damage(error):
            log.error("start-up check failed for %s", path)
            raise DatabaseDamagedError(path, str(error)) from error
        raise StoreError(f"{path} could not be checked: {describe_failure(error, path)}") from error
    finally:
        conn.close()
