"""Fault injection for tests: real conditions wherever the operating system lets a test make them.

- damaged file: bytes in the middle of the file overwritten (`damage`).
- disk full: SQLite's `PRAGMA max_page_count` caps the file at its current size, so the next write that needs a
  page fails inside SQLite with SQLITE_FULL, exactly as a full disk does.
- database locked: a real second process holds the write lock (`BEGIN IMMEDIATE`).
- another IVIG Desktop: a real second process opens the database with `open_database` and keeps it open.
- read-only file: permissions 0444; when the tests run as root (who ignores permissions), the file is also made
  immutable with `chattr +i`, which binds root too.
- vanished drive: the database's folder is renamed away while the app has it open (the path no longer leads to
  the file), then put back.
- write I/O error: the descriptors of the database's -wal file are swapped (dup2) for read-only ones, so SQLite's
  next write gets a genuine failed write() from the kernel and reports SQLITE_IOERR, as with a failing drive.
  Linux only (it finds the descriptors in /proc/self/fd).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def damage(db_path: Path, page_size: int | None = None) -> bytes:
    """Overwrite the b-tree header of the file's third page with garbage, as a bad sector or a stray write might;
    return the damaged bytes (tests check they are never changed afterwards). An encrypted file hides its page
    size: pass it (SQLCipher's default is 4096)."""
    data = bytearray(db_path.read_bytes())
    page_size = page_size or int.from_bytes(data[16:18], "big")
    assert len(data) >= 3 * page_size, "the database is too small to damage its third page"
    data[2 * page_size : 2 * page_size + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))
    return bytes(data)


def freelist(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA freelist_count").fetchone()[0])


@contextlib.contextmanager
def disk_full(conn: sqlite3.Connection) -> Iterator[None]:
    """No page can be added to the database while inside (a write needing a new page gets SQLITE_FULL)."""
    if freelist(conn):
        conn.execute("VACUUM")  # (pages freed by a migration's table rebuild would take the writes)
    before = int(conn.execute("PRAGMA max_page_count").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    assert freelist(conn) == 0, "free pages would let writes succeed"
    conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA max_page_count = {before}")


class ChildProcess:
    """A Python child that runs `code`, prints 'ready' when its condition holds, and ends when told."""

    def __init__(self, code: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(code)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if line != "ready":
            _, err = self.process.communicate()
            raise AssertionError(f"child did not start: {line!r} {err}")

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        """Tell the child to finish (end of its stdin), wait for it, and close the pipes."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            with contextlib.suppress(BrokenPipeError):
                self.process.stdin.close()
        self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.stop()


@contextlib.contextmanager
def write_lock_held_elsewhere(db_path: Path, passphrase: str | None = None) -> Iterator[ChildProcess]:
    """Another process holds SQLite's write lock on the database (an open `BEGIN IMMEDIATE`); an encrypted one
    is opened with SQLCipher and its passphrase."""
    child = ChildProcess(
        f"""
        import sys
        from ivig_desktop.store import cipher
        conn = cipher.connect({str(db_path)!r}, passphrase={passphrase!r})
        conn.isolation_level = None
        conn.execute("BEGIN IMMEDIATE")
        print("ready", flush=True)
        sys.stdin.read()
        conn.execute("ROLLBACK")
        """
    )
    try:
        yield child
    finally:
        child.stop()


def other_instance(db_path: Path, passphrase: str | None = None) -> ChildProcess:
    """Another process that opened the database as IVIG Desktop does, and keeps it open until stopped."""
    return ChildProcess(
        f"""
        import sys
        from pathlib import Path
        from ivig_desktop.store.database import open_database
        db = open_database(Path({str(db_path)!r}), passphrase={passphrase!r})
        assert db.read_only_reason is None, db.read_only_reason
        print("ready", flush=True)
        sys.stdin.read()
        db.close()
        """
    )


def _chattr(flag: str, path: Path) -> bool:
    tool = shutil.which("chattr")
    if tool is None:
        return False
    return subprocess.run([tool, flag, str(path)], capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """The file cannot be written by this process (checked, not assumed)."""
    mode = path.stat().st_mode
    path.chmod(0o444)
    immutable = False
    if os.access(path, os.W_OK):  # root ignores permission bits
        immutable = _chattr("+i", path)
        if not immutable or os.access(path, os.W_OK):
            path.chmod(mode)
            pytest.skip("running as root where `chattr +i` is unavailable: cannot make a file read-only")
    try:
        yield
    finally:
        if immutable:
            _chattr("-i", path)
        path.chmod(mode)


@contextlib.contextmanager
def vanished(folder: Path) -> Iterator[Path]:
    """The folder (standing for a removable drive) disappears from its path, then comes back."""
    away = folder.with_name(folder.name + "-unplugged")
    folder.rename(away)
    try:
        yield away
    finally:
        away.rename(folder)


def _descriptors_of(path: Path) -> list[int]:
    proc = Path("/proc/self/fd")
    if not proc.is_dir():
        pytest.skip("needs /proc/self/fd (Linux) to find the database's descriptors")
    found = []
    for entry in proc.iterdir():
        with contextlib.suppress(OSError):
            if entry.readlink() == path:
                found.append(int(entry.name))
    return found


@contextlib.contextmanager
def failing_writes(db_path: Path) -> Iterator[None]:
    """Every write SQLite makes to the database's -wal file fails in the kernel (EBADF) while inside."""
    wal = Path(str(db_path.resolve()) + "-wal")
    targets = _descriptors_of(wal)
    assert targets, f"no open descriptor of {wal}"
    saved = {fd: os.dup(fd) for fd in targets}
    for fd in targets:
        read_only = os.open(wal, os.O_RDONLY)
        os.dup2(read_only, fd, inheritable=False)
        os.close(read_only)
    try:
        yield
    finally:
        for fd, original in saved.items():
            os.dup2(original, fd, inheritable=False)
            os.close(original)


@contextlib.contextmanager
def exclusive_lock_elsewhere(db_path: Path) -> Iterator[ChildProcess]:
    """Another program holds an exclusive lock on the database (`PRAGMA locking_mode = EXCLUSIVE` and a write
    transaction, as a database tool might): no one else can even read it until it lets go."""
    child = ChildProcess(
        f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(db_path)!r}, isolation_level=None)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("CREATE TABLE held_by_another_program (x)")
        print("ready", flush=True)
        sys.stdin.read()
        conn.execute("ROLLBACK")
        """
    )
    try:
        yield child
    finally:
        child.stop()


@contextlib.contextmanager
def backup_in_progress(target: Path) -> Iterator[ChildProcess]:
    """Another process is writing a backup to `target` right now: it holds the `.partial` file's writer lock."""
    child = ChildProcess(
        f"""
        import sys
        from pathlib import Path
        from ivig_desktop.store import leftovers
        with leftovers.writing(Path({str(target)!r})) as partial:
            partial.write_bytes(b"a backup in progress")
            Path(str(partial) + "-journal").write_bytes(b"its journal")
            print("ready", flush=True)
            sys.stdin.read()
        """
    )
    try:
        yield child
    finally:
        child.stop()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Nothing can be created in the folder by this process (checked, not assumed): mode 0555, plus
    `chattr +i` when the tests run as root."""
    mode = folder.stat().st_mode
    folder.chmod(0o555)
    immutable = False
    if os.access(folder, os.W_OK):  # root ignores permission bits
        immutable = _chattr("+i", folder)
        if not immutable or os.access(folder, os.W_OK):
            folder.chmod(mode)
            pytest.skip("running as root where `chattr +i` is unavailable: cannot make a folder read-only")
    try:
        yield
    finally:
        if immutable:
            _chattr("-i", folder)
        folder.chmod(mode)


def in_a_mount_namespace(script: str, mount: Path, *, size_kib: int) -> subprocess.CompletedProcess[str]:
    """Run a Python `script` in a private mount namespace where the folder `mount` (MOUNT in the script) is a fresh
    tmpfs of `size_kib` KiB (so a test can fill a disk or make it read-only for real, without touching the
    machine's). `remount_ro()` in the script makes that file system read-only. Needs root and `unshare`: skipped
    otherwise."""
    unshare = shutil.which("unshare")
    if unshare is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root and unshare(1) to mount a small file system of its own")
    prelude = textwrap.dedent(
        f"""
        import os, subprocess, sys
        from pathlib import Path
        MOUNT = Path(sys.argv[1])
        MOUNT.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size={size_kib}k,mode=0700", "tmpfs", str(MOUNT)], check=True)
        def remount_ro():
            subprocess.run(["mount", "-o", "remount,ro", str(MOUNT)], check=True)
        def fill(leave_bytes=0):
            fd = os.open(MOUNT / "filler", os.O_CREAT | os.O_WRONLY)
            try:
                while True:
                    os.write(fd, b"x" * 4096)
            except OSError:
                pass
            os.close(fd)
            if leave_bytes:
                os.truncate(MOUNT / "filler", os.path.getsize(MOUNT / "filler") - leave_bytes)
        """
    )
    probe = subprocess.run([unshare, "-m", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("unshare -m is not permitted here")
    return subprocess.run(
        [unshare, "-m", sys.executable, "-c", prelude + textwrap.dedent(script), str(mount)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=120,
    )


@contextlib.contextmanager
def refusing_inserts(db_path: Path, table: str = "events") -> Iterator[None]:
    """Every insert into `table` is refused by a constraint (an IntegrityError), as a rule of a newer version
    or a damaged trigger might: a trigger is added by another connection, and dropped again when leaving."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute(
            f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'refused by a rule this version does not know'); END"
        )
        yield
    finally:
        conn.execute(f"DROP TRIGGER IF EXISTS refuse_{table}")
        conn.close()
