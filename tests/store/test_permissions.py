"""Owner-only files: the database, its -wal and -shm, the lock file, the backups folder and every backup, on a
plain and on an encrypted database, whatever the umask (a permissive 022 here). POSIX only: Windows has no
permission bits (there the user profile folder's access rules apply)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ivig_desktop.domain.people import new_nurse_profile
from ivig_desktop.store import backup, nurses
from ivig_desktop.store.database import open_database
from ivig_desktop.store.lock import lock_path_for

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("passphrase", [None, "owner only, please"], ids=["plain", "encrypted"])
def test_every_file_of_the_database_is_owner_only(
    tmp_path: Path, permissive_umask: None, passphrase: str | None
) -> None:
    path = tmp_path / "new folder" / "ivig.db"
    db = open_database(path, passphrase=passphrase, now=T0)
    try:
        nurses.add_nurse(db, new_nurse_profile("Ana Lima", "RN"), T0)
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        taken = backup.backup_database(db, reason=backup.MANUAL, now=T0)
        files = {p.name: mode(p) for p in (path, wal, shm, lock_path_for(path.resolve()), taken)}
        assert files == dict.fromkeys(files, 0o600)
        assert mode(path.parent) == 0o700  # the folder open_database made
        assert mode(taken.parent) == 0o700
    finally:
        db.close()
