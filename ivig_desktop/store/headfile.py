"""The head file: which chain entries this workstation wrote, kept beside the database.

`<db file>.head` (for example `ivig-desktop.db.head`, owner-only) holds one line of JSON, padded to a fixed size:
`{"v": 1, "committed": ENTRY, "pending": ENTRY, "written_at": ..., "check": ...}`, where an ENTRY is
`{"origin": ..., "seq": N, "hash": ...}`: `committed` is the last entry of a transaction whose COMMIT returned
(acknowledged to the nurse), `pending` the last entry of the transaction being committed (or committed: then both
are the same). `check` is the SHA-256 of the rest, so a torn write reads as unreadable, never as a wrong head. It
holds no patient data: ids and hashes.

It is written just before each COMMIT that adds chain entries (pending) and just after (committed), with one
`write` each and no fsync: a crash of the app (kill -9) keeps it, since the kernel has it; a power cut may lose
its last updates, which leaves it *behind* the database (never ahead of a commit: the database's commit was
flushed before `committed` moved). So:
- the record lacks the `committed` entry, or holds another one there: acknowledged entries were lost or replaced;
- the record holds entries past `pending`: they were not written by this app (added behind its back).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RECORD_BYTES = 512
VERSION = 1


@dataclass(frozen=True)
class HeadEntry:
    origin: str
    seq: int
    hash: str


@dataclass(frozen=True)
class HeadRecord:
    committed: HeadEntry | None
    pending: HeadEntry
    written_at: datetime


class UnreadableHeadError(ValueError):
    """The head file exists but does not hold a whole record."""


def head_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".head")


def _check(fields: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _entry(entry: HeadEntry | None) -> dict[str, Any] | None:
    return None if entry is None else {"origin": entry.origin, "seq": entry.seq, "hash": entry.hash}


def write(db_path: Path, committed: HeadEntry | None, pending: HeadEntry, *, now: datetime | None = None) -> None:
    fields: dict[str, object] = {
        "v": VERSION,
        "committed": _entry(committed),
        "pending": _entry(pending),
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


def _parse_entry(value: Any) -> HeadEntry | None:
    if value is None:
        return None
    return HeadEntry(str(value["origin"]), int(value["seq"]), str(value["hash"]))


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
        pending = _parse_entry(fields["pending"])
        if pending is None:
            raise UnreadableHeadError("no pending entry")
        return HeadRecord(
            committed=_parse_entry(fields["committed"]),
            pending=pending,
            written_at=datetime.strptime(fields["written_at"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise UnreadableHeadError(str(error)) from error


def remove(db_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        head_path(db_path).unlink()
