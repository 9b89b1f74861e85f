"""Sealed files: small texts (recovery drafts of an encrypted database) encrypted with a key from its passphrase.

A recovery draft holds what a nurse typed and could not save; for an encrypted database it must not lie on the
disk in clear. It is sealed with the same library and ciphers as the database: each sealed file is a one-row
SQLCipher 4 database (AES-256-CBC, HMAC-SHA512 per page, owner-only). The key is not the passphrase itself: it is
derived once per folder of drafts, with PBKDF2-HMAC-SHA512 (256,000 iterations, SQLCipher's own setting) from
the passphrase and a random 16-byte salt kept in the folder (`.salt`), and given to SQLCipher as a raw key, so
that saving a draft (at every edit) does not pay the key derivation again. A file that does not open with the
key (another passphrase, damage) reads as no draft at all, never as a wrong one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import tempfile
from pathlib import Path
from typing import Any

from ivig_desktop.store import cipher

SALT_FILE = ".salt"
SALT_BYTES = 16
KDF_ITERATIONS = cipher.KDF_ITERATIONS  # PBKDF2-HMAC-SHA512, as SQLCipher derives the database's key
KEY_BYTES = 32


def folder_key(folder: Path, passphrase: str) -> bytes:
    """The sealing key of `folder` for `passphrase` (its salt made, owner-only, on first use)."""
    salt_path = folder / SALT_FILE
    try:
        salt = salt_path.read_bytes()
    except FileNotFoundError:
        salt = b""
    if len(salt) != SALT_BYTES:
        salt = secrets.token_bytes(SALT_BYTES)
        fd = os.open(salt_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, salt)
            os.fsync(fd)
        finally:
            os.close(fd)
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def _connect(path: Path, key: bytes) -> Any:
    cipher.silence_log()
    conn = cipher.sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def write(path: Path, key: bytes, text: str) -> Path:
    """Write `text` sealed to `path` (replacing it) durably: a new owner-only file, flushed, then renamed.
    Raises OSError when it cannot (as writing a plain file would)."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)  # created 0600
    os.close(fd)
    try:
        Path(temporary).unlink()  # SQLCipher makes the file itself (with the 0600 of the folder's umask)
        old_umask = os.umask(0o077)
        try:
            conn = _connect(Path(temporary), key)
        finally:
            os.umask(old_umask)
        try:
            conn.execute("CREATE TABLE draft (text TEXT NOT NULL)")
            conn.execute("INSERT INTO draft (text) VALUES (?)", (text,))
            conn.commit()
        finally:
            conn.close()
        fd = os.open(temporary, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        Path(temporary).replace(path)
    except BaseException as error:
        for leftover in (Path(temporary), Path(f"{temporary}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, cipher.ERRORS):
            raise OSError(f"the sealed draft could not be written ({error})") from error
        raise
    return path


def read(path: Path, key: bytes) -> str | None:
    """The sealed text, or None when there is none or it does not open with `key`."""
    if not path.is_file():
        return None
    try:
        conn = cipher.sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except cipher.ERRORS:
        return None
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute("SELECT text FROM draft").fetchone()
    except cipher.ERRORS:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def looks_sealed(path: Path) -> bool:
    return cipher.file_is_encrypted(path)
