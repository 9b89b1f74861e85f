"""The signatures that bind a session's content (the nurses' keys are in store/signing_keys.py).

**Signatures.** Signing a session (`sign_session`) records in the `signed_off` event's payload, beside the name,
credentials and meaning: `through_seq` (the last event signed), `digest` (store/chain/digest.py), `key` (the gid of
the nurse_keys row) and `signature`, the Ed25519 signature (base64) of the canonical JSON of
`{"v": 1, "kind": "ivig-session-signature", "session": SESSION_GID, "through_seq": N, "digest": D,
"signer": NURSE_GID, "key": KEY_GID, "name": ..., "credentials": ..., "meaning": ..., "signed_at": OCCURRED_AT}`.
`verify_signature` recomputes the digest from the rows as they are and checks the signature with the key it names.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from ivig_desktop.domain.clock import to_iso
from ivig_desktop.domain.events import Event, EventType, NewEvent
from ivig_desktop.store.chain import encoding, ledger
from ivig_desktop.store.chain.digest import DigestError, session_digest
from ivig_desktop.store.signing_keys import (
    NurseKey,
    b64,
    current_key,
    key_by_gid,
    prepare_key,
    store_key,
    unb64,
    unseal,
)
from ivig_desktop.store.sql import Database

log = logging.getLogger(__name__)


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
    payload.update({"through_seq": through_seq, "digest": digest, "key": key.gid, "signature": b64(bytes(signature))})
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
        Ed25519PublicKey.from_public_bytes(key.public_raw).verify(unb64(payload.get("signature")), message)
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
