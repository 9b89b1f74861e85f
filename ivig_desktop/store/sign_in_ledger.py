"""A small ledger of sign-in attempts made where the database cannot record them (an instance open read-only).

A second IVIG Desktop on the same database opens it read-only, and a database on a read-only drive or in a locked
folder opens read-only too: there, `sign_in_attempts` cannot be written, so failed passwords would never count
towards the lockout and anyone could go on guessing. Such attempts go to this ledger instead, and every instance,
the writer included, counts the ledger's attempts with the database's when it decides whether a profile is
locked out (domain/accounts.py: five failures in a row lock a profile for fifteen minutes).

Where: `<db file>.sign-ins` beside the database when its folder can be written (so that every instance on this
database sees it), else `<user data dir>/sign-ins/<db name>-<hash of its path>.jsonl` (this computer's account
only). One JSON line per attempt: nurse id, time (UTC), succeeded, purpose; appended with one `write` (shorter
than PIPE_BUF, so never torn) and flushed; owner-only (0600). No name, password or patient data is in it. If
neither place can be written, the attempts are counted in this process's memory, so that at least this instance
locks the profile.

What it does not do: the ledger is a plain file, not part of the record; someone who can delete it resets the
count of attempts made in read-only instances (not those in the database). Its attempts are not in the database's
audit of sign-ins.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ivig_desktop.domain.accounts import Attempt
from ivig_desktop.domain.clock import from_iso, to_iso
from ivig_desktop.paths import make_private_dir, user_data_dir

SUFFIX = ".sign-ins"
MAX_BYTES = 256 * 1024  # beyond this the oldest half is dropped (only recent failures in a row matter)

_in_memory: dict[Path, list[tuple[int, Attempt]]] = {}


@dataclass(frozen=True)
class Ledger:
    """The ledger of the database at `db_path`."""

    db_path: Path

    @property
    def beside(self) -> Path:
        return self.db_path.with_name(self.db_path.name + SUFFIX)

    @property
    def elsewhere(self) -> Path:
        resolved = str(self.db_path.resolve())
        digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:12]
        return user_data_dir() / "sign-ins" / f"{self.db_path.name}-{digest}.jsonl"

    def record(self, nurse_id: int, at: datetime, succeeded: bool, purpose: str) -> Path | None:
        """Add an attempt; return the file it went to (None: this process's memory only)."""
        line = json.dumps({"nurse_id": nurse_id, "at": to_iso(at), "ok": succeeded, "purpose": purpose}) + "\n"
        for path in (self.beside, self.elsewhere):
            try:
                if path == self.elsewhere:
                    make_private_dir(path.parent)
                _append(path, line.encode("utf-8"))
            except OSError:
                continue
            return path
        _in_memory.setdefault(self.db_path.resolve(), []).append((nurse_id, Attempt(at, succeeded)))
        return None

    def attempts(self, nurse_id: int) -> list[Attempt]:
        """Every attempt of this profile in the ledger (both places and this process's memory), by time."""
        found = [a for n, a in _in_memory.get(self.db_path.resolve(), []) if n == nurse_id]
        for path in (self.beside, self.elsewhere):
            found += _read(path, nurse_id)
        return sorted(found, key=lambda attempt: attempt.at)


def _append(path: Path, data: bytes) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.stat().st_size > MAX_BYTES:
            _shrink(path)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _shrink(path: Path) -> None:
    """Keep the newer half of the lines (written to a new file, then renamed over the old one)."""
    with contextlib.suppress(OSError):
        lines = path.read_bytes().splitlines(keepends=True)
        temporary = path.with_name(path.name + ".tmp")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, b"".join(lines[len(lines) // 2 :]))
            os.fsync(fd)
        finally:
            os.close(fd)
        temporary.replace(path)


def _read(path: Path, nurse_id: int) -> list[Attempt]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = []
    for line in text.splitlines():
        try:
            data = json.loads(line)
            if int(data["nurse_id"]) == nurse_id:
                found.append(Attempt(from_iso(str(data["at"])), bool(data["ok"])))
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short or not ours: ignored
    return found


def forget_in_memory() -> None:
    """Tests: start again with no attempts kept in memory."""
    _in_memory.clear()
