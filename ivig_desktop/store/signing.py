"""Nurses' signing keys (Ed25519) and the signatures that bind a session's content.

**Keys.** Each nurse has an Ed25519 key pair. The public key is in `nurse_keys`, a chained record table; the
private key is stored there too, sealed by the nurse's password or PIN: a 32-byte key is derived from it with
argon2id (its own random salt; the same cost as the password hash) and encrypts the private key with
ChaCha20-Poly1305, the nurse's gid and the public key as associated data (a sealed key moved to another nurse or
paired with another public key does not open). The password is never stored; without it the private key cannot be
used. A key is made with the profile, or for a profile older than keys at the nurse's next sign-in (when her
password is known); a new password seals the same key again when the old one is given, else a new key pair is
made (earlier signatures keep verifying with the key they name). The latest row of a nurse is her key.

**Signatures.** Signing a session (`sign_session`) records in the `signed_off` event's payload, beside the name,
credentials and meaning: `through_seq` (the last event signed), `digest` (store/chain/digest.py), `key` (the gid of
the nurse_keys row) and `signature`, the Ed25519 signature (base64) of the canonical JSON of
`{"v": 1, "kind": "ivig-session-signature", "session": SESSION_GID, "through_seq": N, "digest": D,
"signer": NURSE_GID, "key": KEY_GID, "name": ..., "credentials": ..., "meaning": ..., "signed_at": OCCURRED_AT}`.
`verify_signature` recomputes the digest from the rows as they are and checks the signature with the key it names.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.events import Event, EventType, NewEvent
from ivig_desktop.store.chain import encoding, ledger
from ivig_desktop.store.chain.digest import DigestError, session_digest
from ivig_desktop.store.sql import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


# argon2id at argon2-cffi's default cost, as the password hash. Tests swap in a cheap one (tests/conftest.py).
KDF = KdfParams()
ALGORITHM = "ed25519"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
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
    return encoding.canonical({"v": 1, "nurse": nurse_gid, "public_key": _b64(public_raw)})


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
        "salt": _b64(prepared.salt),
        "aead": "chacha20-poly1305",
        "nonce": _b64(nonce),
        "ciphertext": _b64(ciphertext),
    }
    return ledger.insert(
        db,
        "nurse_keys",
        {
            "nurse_id": nurse_id,
            "created_at": to_iso(at),
            "reason": reason,
            "algorithm": ALGORITHM,
            "public_key": _b64(prepared.public_raw),
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
        public_raw = _unb64(public_key)
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
        sealing = _derive(secret, _unb64(s["salt"]), params)
        return ChaCha20Poly1305(sealing).decrypt(
            _unb64(s["nonce"]), _unb64(s["ciphertext"]), _aad(nurse_gid or "", key.public_raw)
        )
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


def prepare_for_new_secret(db: Database, nurse_id: int, new_secret: str, old_secret: str | None) -> PreparedKey:
    """The key to store with a new password: the nurse's key sealed again when `old_secret` opens it, else a new
    key pair."""
    key = current_key(db, nurse_id)
    private = unseal(db, key, old_secret) if key is not None and old_secret is not None else None
    return prepare_key(new_secret, private)


# --- signatures --------------------------------------------------------------------------------------------------


def signature_message(
    *,
    session_gid: str,
    through_seq: int,
    digest: str,
    signer_gid: str,
    key_gid: str,
    payload: Mapping[str, Any],
    signed_at: str,
) -> bytes:
    return encoding.canonical(
        {
            "v": 1,
            "kind": "ivig-session-signature",
            "session": session_gid,
            "through_seq": through_seq,
            "digest": digest,
            "signer": signer_gid,
            "key": key_gid,
            "name": str(payload.get("name", "")),
            "credentials": str(payload.get("credentials", "")),
            "meaning": str(payload.get("meaning", "")),
            "signed_at": signed_at,
        }
    )


class SigningError(Exception):
    """The session cannot be signed (its rows are not all in the chain)."""


def signed_payload(
    db: Database, session_id: int, nurse_id: int, new: NewEvent, key: NurseKey, private_raw: bytes, through_seq: int
) -> dict[str, Any]:
    """The signed_off payload with digest and signature (inside the transaction that writes it)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    session_gid = ledger.gid_of(db, "sessions", session_id)
    signer_gid = ledger.gid_of(db, "nurses", nurse_id)
    if session_gid is None or signer_gid is None:
        raise SigningError("this session or nurse is not in the chain")
    try:
        digest = session_digest(db, session_id, through_seq)
    except DigestError as error:
        raise SigningError(str(error)) from error
    payload: dict[str, Any] = dict(new.payload)
    message = signature_message(
        session_gid=session_gid,
        through_seq=through_seq,
        digest=digest,
        signer_gid=signer_gid,
        key_gid=key.gid,
        payload=payload,
        signed_at=to_iso(new.occurred_at),
    )
    signature = Ed25519PrivateKey.from_private_bytes(private_raw).sign(message)
    payload.update({"through_seq": through_seq, "digest": digest, "key": key.gid, "signature": _b64(bytes(signature))})
    return payload


class SignatureState(StrEnum):
    VERIFIED = "verified"
    CONTENT_CHANGED = "content_changed"  # the rows no longer give the signed digest
    INVALID = "invalid"  # the signature does not verify with the key it names (forged or altered)
    NO_KEY = "no_key"  # the key it names is missing, or not the signer's
    UNBOUND = "unbound"  # signed before signatures bound content (no digest): cannot be verified

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    SignatureState.VERIFIED: "signature verified: the record is as signed",
    SignatureState.CONTENT_CHANGED: "ALTERED: the record differs from what was signed",
    SignatureState.INVALID: "ALTERED: the signature does not verify (forged or changed)",
    SignatureState.NO_KEY: "ALTERED: the signing key is missing or not the signer's",
    SignatureState.UNBOUND: "signed before signatures bound the content: cannot be verified",
}


@dataclass(frozen=True)
class SignatureCheck:
    state: SignatureState
    digest: str | None  # as signed (from the payload)
    through_seq: int | None
    key_fingerprint: str | None
    added_after: tuple[int, ...] = ()  # seqs of events written after the signature
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.state in (SignatureState.VERIFIED, SignatureState.UNBOUND)


def verify_signature(db: Database, event: Event) -> SignatureCheck:
    """Check a signed_off event against the session's rows as they are now."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if event.type is not EventType.SIGNED_OFF:
        raise ValueError("not a signature")
    payload = event.payload
    later = tuple(
        int(seq)
        for (seq,) in db.execute(
            "SELECT seq FROM events WHERE session_id = ? AND seq > ? ORDER BY seq", [event.session_id, event.seq]
        ).fetchall()
    )
    digest = payload.get("digest")
    through = payload.get("through_seq")
    if "signature" not in payload and digest is None:
        return SignatureCheck(SignatureState.UNBOUND, None, None, None, later)
    if not isinstance(digest, str) or not isinstance(through, int) or not isinstance(payload.get("key"), str):
        return SignatureCheck(SignatureState.INVALID, None, None, None, later, "its digest or key is missing")
    key = key_by_gid(db, str(payload["key"]))
    fingerprint = None if key is None else key.fingerprint
    if key is None or key.nurse_id != event.nurse_id:
        return SignatureCheck(SignatureState.NO_KEY, digest, through, fingerprint, later)
    if through != event.seq - 1:
        return SignatureCheck(
            SignatureState.CONTENT_CHANGED, digest, through, fingerprint, later, "the signature is not where it was"
        )
    try:
        actual = session_digest(db, event.session_id, through)
    except DigestError as error:
        return SignatureCheck(SignatureState.CONTENT_CHANGED, digest, through, fingerprint, later, str(error))
    if actual != digest:
        return SignatureCheck(SignatureState.CONTENT_CHANGED, digest, through, fingerprint, later)
    session_gid = ledger.gid_of(db, "sessions", event.session_id)
    signer_gid = ledger.gid_of(db, "nurses", event.nurse_id)
    signed_at = db.execute("SELECT occurred_at FROM events WHERE id = ?", [event.id]).fetchone()
    message = signature_message(
        session_gid=session_gid or "",
        through_seq=through,
        digest=digest,
        signer_gid=signer_gid or "",
        key_gid=key.gid,
        payload=payload,
        signed_at=str(signed_at[0]) if signed_at else "",
    )
    try:
        Ed25519PublicKey.from_public_bytes(key.public_raw).verify(_unb64(payload.get("signature")), message)
    except (InvalidSignature, ValueError):
        return SignatureCheck(SignatureState.INVALID, digest, through, fingerprint, later)
    return SignatureCheck(SignatureState.VERIFIED, digest, through, fingerprint, later)


def sign_session(
    db: Database, session_id: int, nurse_id: int, new: NewEvent, secret: str, recorded_at: datetime
) -> Event:
    """Write the signed_off event `new` with the session's digest and the nurse's signature (one transaction).

    `secret` is the nurse's password or PIN, already verified (accounts.check_secret): it unseals her key, or, when
    she has none or it does not open with it, seals a new key pair made now."""
    from dataclasses import replace

    from ivig_desktop.store import sessions
    from ivig_desktop.store.connection import write_transaction

    if new.type is not EventType.SIGNED_OFF:
        raise ValueError("not a signature")
    key = current_key(db, nurse_id)
    private = unseal(db, key, secret) if key is not None else None
    prepared = None
    if private is None:
        prepared = prepare_key(secret)
    with write_transaction(db):
        if prepared is not None:
            reason = (
                "new key at signing: the profile had none"
                if key is None
                else "new key at signing: the key did not open with the current password"
            )
            store_key(db, nurse_id, prepared, recorded_at, reason)
            key, private = current_key(db, nurse_id), prepared.private_raw
        assert key is not None and private is not None
        through = sessions.last_seq(db, session_id)
        payload = signed_payload(db, session_id, nurse_id, new, key, private, through)
        [event_id] = sessions.insert_events(db, session_id, nurse_id, [replace(new, payload=payload)], recorded_at)
    log.info("session %d signed off by nurse %d (event %d)", session_id, nurse_id, event_id)
    return sessions.get_event(db, event_id)
