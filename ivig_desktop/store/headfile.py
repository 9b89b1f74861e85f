"""The head file: the last chain entry this workstation committed, kept beside the database.

`<db file>.head` (for example `ivig-desktop.db.head`, owner-only) holds one line of JSON, padded to a fixed size:
`{"v": 1, "origin": ..., "seq": N, "hash": ..., "written_at": ..., "check": ...}` where `check` is the SHA-256 of
the rest (a torn write reads as unreadable, never as a wrong head). It holds no patient data: ids and hashes.

It is rewritten after every commit that added chain entries, with one `write` and no fsync: a crash of the app
(kill -9) keeps it, since the kernel has it; a power cut may lose its last updates, which leaves it *behind* the
database (never ahead: the database's commit was flushed before it was written). So the head file may lag the
record, and that is fine; a record that lags the head file has lost acknowledged entries (its `-wal` deleted
after a crash, an older copy put in its place), and that is said at start-up and by `ivig-desktop check`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

RECORD_BYTES = 512
VERSION = 1


@dataclass(frozen=True)
class HeadRecord:
    origin: str
    seq: int
    hash: str
    written_at: datetime


class UnreadableHeadError(ValueError):
    """The head file exists but does not hold a whole record."""


def head_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".head")


def _check(fields: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def write(db_path: Path, origin: str, seq: int, digest: str, *, now: datetime | None = None) -> None:
    fields: dict[str, object] = {
        "v": VERSION,
        "origin": origin,
        "seq": seq,
        "hash": digest,
        "written_at": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }
    fields["check"] = _check(fields)
    data = json.dumps(fields, separators=(",", ":")).encode("ascii")
    if len(data) >= RECORD_BYTES:
        raise ValueError("head record too long")
    data = data.ljust(RECORD_BYTES - 1) + b"\n"
    fd = os.open(head_path(db_path), os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, data)  # at offset 0 of a fixed-size record: one write, no truncation
    finally:
        os.close(fd)


def read(db_path: Path) -> HeadRecord | None:
    """The head record beside the database, None when there is none; UnreadableHeadError when torn or foreign."""
    try:
        data = head_path(db_path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise UnreadableHeadError(str(error)) from error
    try:
        fields = json.loads(data.decode("ascii").strip())
        check = fields.pop("check")
        if fields.get("v") != VERSION or check != _check(fields):
            raise UnreadableHeadError("the head file's check does not match")
        return HeadRecord(
            origin=str(fields["origin"]),
            seq=int(fields["seq"]),
            hash=str(fields["hash"]),
            written_at=datetime.strptime(fields["written_at"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise UnreadableHeadError(str(error)) from error


def remove(db_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        head_path(db_path).unlink()
