"""The two SQLite libraries of the store: Python's `sqlite3` for plain files, SQLCipher (`sqlcipher3`) for encrypted.

An encrypted database is an SQLCipher 4 file: every page is encrypted with AES-256 (CBC) and authenticated with
HMAC-SHA512; the key is derived from the passphrase by SQLCipher itself with PBKDF2-HMAC-SHA512, 256,000
iterations and a random 16-byte salt kept in the file's first 16 bytes (SQLCipher 4's defaults, used as they are).
A plain SQLite file starts with the 16 bytes `SQLite format 3\\0`; an encrypted one starts with its salt. So a
non-empty file without that header is taken to be encrypted, and needs the passphrase.

`connect` opens either kind: with a passphrase, through sqlcipher3, with `PRAGMA key` as the first statement and a
read of the schema straight after, so that a wrong passphrase is found at once (SQLITE_NOTADB) and never after
a write. Every connection the store makes to one file uses the same library: two SQLite libraries in one process
keep separate lock tables, and one closing the file would drop the other's locks.

The error classes of the two libraries are unrelated (sqlcipher3.dbapi2.OperationalError is not a
sqlite3.OperationalError): catch the tuples below, never the sqlite3 classes alone. sqlite-utils' own except
clauses name only the sqlite3 classes; the store does not rely on them (tests/store/test_encrypted.py shows which).
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any, cast

import sqlcipher3.dbapi2 as _sqlcipher

sqlcipher: Any = _sqlcipher

PLAIN_HEADER = b"SQLite format 3\x00"
_SAMPLE_BYTES = 512
RANDOM_MIN_DISTINCT = 160  # distinct byte values in the first 512 bytes of an encrypted file (expected ~221)
# Files that may look random after a short header: zip (and docx, xlsx...), gzip, PDF, PNG, JPEG, GIF, 7z, xz, rar.
_OTHER_KINDS = (
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"7z\xbc\xaf",
    b"\xfd7zXZ",
    b"Rar!",
)
MIN_PASSPHRASE_CHARS = 12

# What SQLCipher 4 uses by default, and so what an encrypted IVIG Desktop database uses (README: Encryption).
CIPHER = "AES-256-CBC"
KDF = "PBKDF2-HMAC-SHA512"
KDF_ITERATIONS = 256_000
HMAC = "HMAC-SHA512"

ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlcipher.OperationalError)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, sqlcipher.IntegrityError)

SQLITE_NOTADB = 26

# SQLCipher reads a key written as x'<hex>' as a raw key, not a passphrase.
_RAW_KEY = re.compile(r"^\s*x'[0-9a-fA-F]*'\s*$")
_quiet = False


class WrongKeyError(Exception):
    """The passphrase does not open the file (or the file is not an SQLite database at all)."""


def file_is_encrypted(path: Path) -> bool:
    """Does the file at `path` hold an encrypted database? (Not there, empty, or a plain SQLite file: no.)

    Encrypted: not empty, without the plain header, a whole number of pages long (a multiple of 512 bytes, the
    smallest page), without the fixed bytes 21-23 (64, 32, 32) of a plain SQLite header (which a plain file
    whose first bytes were overwritten still has), and looking random from its first byte: an SQLCipher file
    starts with its random salt followed by encrypted bytes, so its first 512 bytes take almost every value
    (about 221 of 256 different ones; fewer than RANDOM_MIN_DISTINCT would happen less than once in 10^30),
    and it does not start like a well-known other kind of file. A text file, a file of zeros or a PDF is not
    encrypted, whatever its size: opened plain, it is reported as damaged or not a database.

    This opens the file with plain file I/O: call it only while this process has no SQLite connection to it
    (closing any descriptor of a file drops this process's SQLite locks on it). `database.is_encrypted` checks
    the databases the store has open first.
    """
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(_SAMPLE_BYTES)
            size = os.fstat(handle.fileno()).st_size
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    if not head or head.startswith(PLAIN_HEADER) or size % 512 or len(head) < _SAMPLE_BYTES:
        return False
    if head[21:24] == b"\x40\x20\x20" or head.startswith(_OTHER_KINDS):
        return False
    return len(set(head)) >= RANDOM_MIN_DISTINCT


def passphrase_problem(passphrase: str) -> str | None:
    """Why `passphrase` may not protect a new encrypted database, or None when it may."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        return f"The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters (it has {len(passphrase)})."
    if passphrase != passphrase.strip():
        return "The passphrase must not start or end with a space."
    return _unusable(passphrase)


def _unusable(passphrase: str) -> str | None:
    if "\x00" in passphrase:
        return "The passphrase must not contain a NUL character."
    if _RAW_KEY.match(passphrase):
        return "The passphrase must not have the form x'...' (SQLCipher would read it as a raw key)."
    if not passphrase:
        return "The passphrase is empty."
    return None


def key_statement(passphrase: str) -> str:
    """`PRAGMA key = '...'` for `passphrase` (PRAGMA takes no bound parameters: quotes are doubled)."""
    problem = _unusable(passphrase)
    if problem is not None:
        raise ValueError(problem)
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


def silence_log() -> None:
    """SQLCipher writes its own ERROR lines to stderr on a wrong key; the store reports every failure itself."""
    global _quiet
    if not _quiet:
        conn = sqlcipher.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _quiet = True


def connect(path: Path, *, passphrase: str | None, read_only: bool = False, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection to the database file at `path`: plain (sqlite3) without a passphrase, keyed SQLCipher with one.

    Raises WrongKeyError when the passphrase does not open the file; the library's own error when the file cannot
    be opened at all. A read-only connection never writes the file, whatever the passphrase.
    """
    if passphrase is not None and _unusable(passphrase) is not None:
        raise WrongKeyError("unusable passphrase")  # (no database was ever encrypted with it)
    module: Any = sqlite3 if passphrase is None else sqlcipher
    target = read_only_uri(path) if read_only else str(path)
    if passphrase is not None:
        silence_log()
    conn = module.connect(target, uri=read_only, timeout=timeout)
    if passphrase is None:
        return cast(sqlite3.Connection, conn)
    try:
        conn.execute(key_statement(passphrase))
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        conn.close()
        if _primary_code(error) == SQLITE_NOTADB:
            raise WrongKeyError(str(error)) from None
        raise
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def read_only_uri(path: Path) -> str:
    """The URI of a read-only connection to the file at `path`.

    In a folder this process cannot write (a read-only drive, a locked folder) a WAL database without its -wal
    and -shm files cannot be read with `mode=ro` alone: SQLite needs to make the -shm file. There the file
    alone holds the whole record (no -wal), and no IVIG Desktop can be writing it (it could not make its -wal
    either), so it is opened `immutable=1`: read as it is, without locks.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if _alone_in_an_unwritable_folder(Path(path)) else uri


def _alone_in_an_unwritable_folder(path: Path) -> bool:
    if any(Path(f"{path}{side}").exists() for side in ("-wal", "-shm")):
        return False
    return path.exists() and not os.access(path.resolve().parent, os.W_OK)


def is_cipher_connection(conn: object) -> bool:
    return isinstance(conn, sqlcipher.Connection)


def _primary_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def export(source: Path, source_passphrase: str | None, target: Path, target_passphrase: str | None) -> None:
    """Copy the database file `source` into the empty file `target` with SQLCipher's `sqlcipher_export`.

    Each side is encrypted with its passphrase, or plain when it is None: this is how a plain database becomes
    an encrypted one and back (the backup API cannot copy between a plain and an encrypted file). The source is
    only read (attached read-write all the same: a read-only attachment would leave a -wal and -shm behind,
    which must not sit beside the copy once it replaces the source); its user_version is carried over
    (sqlcipher_export does not).
    Raises WrongKeyError when `source_passphrase` does not open `source`, or the library's error.
    """
    silence_log()
    conn = sqlcipher.connect(":memory:")
    try:
        try:
            conn.execute("ATTACH DATABASE ? AS source KEY ?", (str(source), _attach_key(source_passphrase)))
            conn.execute("SELECT COUNT(*) FROM source.sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            if _primary_code(error) == SQLITE_NOTADB:
                raise WrongKeyError(str(error)) from None
            raise
        conn.execute("ATTACH DATABASE ? AS target KEY ?", (str(target), _attach_key(target_passphrase)))
        conn.execute("SELECT sqlcipher_export('target', 'source')").fetchone()
        version = int(conn.execute("PRAGMA source.user_version").fetchone()[0])
        conn.execute(f"PRAGMA target.user_version = {version}")
        conn.execute("DETACH DATABASE target")
        conn.execute("DETACH DATABASE source")
    finally:
        conn.close()


def _attach_key(passphrase: str | None) -> str:
    """The KEY of an ATTACH: '' attaches a plain file."""
    if passphrase is None:
        return ""
    problem = _unusable(passphrase)
    if problem is not None:
        raise ValueError(problem)
    return passphrase
