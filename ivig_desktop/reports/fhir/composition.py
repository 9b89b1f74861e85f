"""The document bundle's Composition: the IVIG session record as one document, `preliminary` until the nurse signs
and `final` once signed (her signature is the attester, and a Provenance in the bundle)."""

from __future__ import annotations

from collections.abc import Sequence

from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import NURSE_NOTE, JsonObject, iso, loinc, narrative


def composition(b: Builder, sections: Sequence[tuple[str, Sequence[str]]]) -> JsonObject:
    """The Composition (not added: it is the document's first entry). `sections`: title and the ids it lists."""
    s = b.summary
    sig = s.signature
    status = "final" if sig is not None else "preliminary"
    title = "IVIG infusion record" + ("" if sig is not None else " (NOT SIGNED: in progress)")
    if s.mark:
        title = f"{s.mark} - " + title
    resource: JsonObject = {
        "resourceType": "Composition",
        "id": b.session_id("composition"),
        "identifier": b.own_identifier(b.session_id("composition")),
        "status": status,
        "type": loinc(NURSE_NOTE),
        "subject": b.subject(),
        "encounter": b.encounter(),
        "date": iso(sig.signed_at if sig is not None else s.record_as_of),
        "author": [b.nurse(sig.stamp.by if sig is not None else s.opened_by)],
        "title": title,
    }
    if sig is not None:
        resource["attester"] = [{"mode": "legal", "time": iso(sig.signed_at), "party": b.nurse(sig.stamp.by)}]
    resource["custodian"] = b.organization()
    resource["section"] = [
        {
            "title": heading,
            "text": narrative(f"{heading}: {len(ids)} entr{'y' if len(ids) == 1 else 'ies'}."),
            "entry": [b.ref(resource_id) for resource_id in ids],
        }
        for heading, ids in sections
        if ids
    ]
    return resource
