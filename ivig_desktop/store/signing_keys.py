"""Nurses' signing keys (Ed25519), sealed by their password or PIN (the signatures are in store/signing.py).

**Keys.** Each nurse has an Ed25519 key pair. The public key is in `nurse_keys`, a chained record table; the
private key is stored there too, sealed by the nurse's password or PIN: a 32-byte key is derived from it with
argon2id (its own random salt; the same cost as the password hash) and encrypts the private key with
ChaCha20-Poly1305, the nurse's gid and the public key as associated data (a sealed key moved to another nurse or
paired with another public key does not open). The password is never stored; without it the private key cannot be
used. A key is made with the profile, or for a profile older than keys at the nurse's next sign-in (when her
password is known); a new password seals the same key again when the old one is given, else a new key pair is
made (earlier signatures keep verifying with the key they name). The latest row of a nurse is her key.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.store.chain import encoding, ledger
from ivig_desktop.store.sql import Database


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


# argon2id at argon2-cffi's default cost, as the password hash. Tests swap in a cheap one (tests/conftest.py).
KDF = KdfParams()
ALGORITHM = "ed25519"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


@dataclass(frozen=True)
class PreparedKey:
    """A key pair and the sealing key derived from the password (the slow part, done outside any transaction)."""

    private_raw: bytes
    public_raw: bytes
    sealing_key: bytes
    salt: bytes
    params: KdfParams
    reused_public: bool = False  # the same key pair sealed again (a new password)


def prepare_key(secret: str, private_raw: bytes | None = None) -> PreparedKey:
    """A new key pair (or `private_raw` again) and its sealing key derived from `secret`."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(private_raw) if private_raw else Ed25519PrivateKey.generate()
    raw = _private_bytes(key)
    salt = os.urandom(16)
    return PreparedKey(raw, _public_bytes(key), _derive(secret, salt, KDF), salt, KDF, private_raw is not None)


def _private_bytes(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(
        key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    )


def _public_bytes(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return bytes(key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _aad(nurse_gid: str, public_raw: bytes) -> bytes:
    return encoding.canonical({"v": 1, "nurse": nurse_gid, "public_key": b64(public_raw)})


def store_key(db: Database, nurse_id: int, prepared: PreparedKey, at: datetime, reason: str) -> int:
    """Write the nurse's key row (inside write_transaction); returns its local id."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    nurse_gid = ledger.gid_of(db, "nurses", nurse_id)
    if nurse_gid is None:
        raise ledger.ChainError(f"nurse {nurse_id} is not in the chain")
    nonce = os.urandom(12)
    ciphertext = ChaCha20Poly1305(prepared.sealing_key).encrypt(
        nonce, prepared.private_raw, _aad(nurse_gid, prepared.public_raw)
    )
    sealed = {
        "v": 1,
        "kdf": "argon2id",
        "t": prepared.params.time_cost,
        "m": prepared.params.memory_cost,
        "p": prepared.params.parallelism,
        "salt": b64(prepared.salt),
        "aead": "chacha20-poly1305",
        "nonce": b64(nonce),
        "ciphertext": b64(ciphertext),
    }
    return ledger.insert(
        db,
        "nurse_keys",
        {
            "nurse_id": nurse_id,
            "created_at": to_iso(at),
            "reason": reason,
            "algorithm": ALGORITHM,
            "public_key": b64(prepared.public_raw),
            "sealed_private_key": encoding.canonical(sealed).decode("utf-8"),
        },
    )


@dataclass(frozen=True)
class NurseKey:
    id: int
    nurse_id: int
    gid: str
    public_raw: bytes
    sealed: Mapping[str, Any]

    @property
    def fingerprint(self) -> str:
        """The first 16 hex digits of the SHA-256 of the public key, in groups of four (shown on the record)."""
        digest = encoding.sha256_hex(self.public_raw)[:16]
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def _key_from_row(db: Database, row: Any) -> NurseKey | None:
    key_id, nurse_id, public_key, sealed = row
    gid = ledger.gid_of(db, "nurse_keys", key_id)
    try:
        public_raw = unb64(public_key)
        parsed = json.loads(sealed)
    except ValueError:
        return None
    if gid is None or not isinstance(parsed, dict):
        return None
    return NurseKey(key_id, nurse_id, gid, public_raw, parsed)


def current_key(db: Database, nurse_id: int) -> NurseKey | None:
    row = db.execute(
        "SELECT id, nurse_id, public_key, sealed_private_key FROM nurse_keys WHERE nurse_id = ? "
        "ORDER BY id DESC LIMIT 1",
        [nurse_id],
    ).fetchone()
    return None if row is None else _key_from_row(db, row)


def key_by_gid(db: Database, gid: str) -> NurseKey | None:
    row = db.execute(
        """SELECT k.id, k.nurse_id, k.public_key, k.sealed_private_key FROM nurse_keys k
           JOIN record_chain c ON c.table_name = 'nurse_keys' AND c.row_id = k.id WHERE c.gid = ?""",
        [gid],
    ).fetchone()
    return None if row is None else _key_from_row(db, row)


def has_key(db: Database, nurse_id: int) -> bool:
    return db.execute("SELECT 1 FROM nurse_keys WHERE nurse_id = ? LIMIT 1", [nurse_id]).fetchone() is not None


def unseal(db: Database, key: NurseKey, secret: str) -> bytes | None:
    """The private key, or None when `secret` does not open it (another password sealed it, or it was altered)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    nurse_gid = ledger.gid_of(db, "nurses", key.nurse_id)
    s = key.sealed
    try:
        params = KdfParams(int(s["t"]), int(s["m"]), int(s["p"]))
        sealing = _derive(secret, unb64(s["salt"]), params)
        return ChaCha20Poly1305(sealing).decrypt(
            unb64(s["nonce"]), unb64(s["ciphertext"]), _aad(nurse_gid or "", key.public_raw)
        )
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


def prepare_for_new_secret(db: Database, nurse_id: int, new_secret: str, old_secret: str | None) -> PreparedKey:
    """The key to store with a new password: the nurse's key sealed again when `old_secret` opens it, else a new
    key pair."""
    key = current_key(db, nurse_id)
    private = unseal(db, key, old_secret) if key is not None and old_secret is not None else None
    return prepare_key(new_secret, private)
