"""Provenance: the signature that closed the session (an unsigned session has none), naming the content digest it
binds."""

from __future__ import annotations

from collections.abc import Sequence

from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import (
    PARTICIPANT_TYPE,
    SIGNATURE_TYPE,
    coding,
    iso,
    narrative,
)


def provenance(b: Builder, targets: Sequence[str]) -> str | None:
    sig = b.summary.signature
    if sig is None or not targets:
        return None
    who = b.nurse(sig.stamp.by)
    printed = f"{sig.name}, {sig.credentials}" if sig.credentials else sig.name
    return b.add(
        {
            "resourceType": "Provenance",
            "id": b.session_id("provenance", sig.stamp.event_id),
            "text": narrative(
                f"Electronically signed by {printed} at {iso(sig.signed_at)}.",
                f"Meaning: {sig.meaning}",
                *_bound_content(b),
            ),
            "target": [b.ref(target) for target in targets],
            "recorded": iso(sig.signed_at),
            "activity": {"text": f"Signed and closed the IVIG session record. Meaning: {sig.meaning}"},
            "agent": [
                {
                    "type": {"coding": [coding(PARTICIPANT_TYPE, "attester", "Attester")]},
                    "who": who,
                }
            ],
            "signature": [
                {
                    "type": [coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.5", "Verification Signature")],
                    "when": iso(sig.signed_at),
                    "who": who,
                }
            ],
        }
    )


def _bound_content(b: Builder) -> tuple[str, ...]:
    """What the signature binds (store/chain/digest.py): the session's content digest and the signing key, as the
    printed record gives them, so that a copy in the EHR can be checked against the clinic's record."""
    i = b.summary.integrity
    if i is None or i.signature is None or not i.digest:
        return ()
    key = f"; signing key {i.key_fingerprint}" if i.key_fingerprint else ""
    return (f"Content digest (SHA-256) the signature binds: {i.digest}{key}.",)
