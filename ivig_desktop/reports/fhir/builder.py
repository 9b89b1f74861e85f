"""The bundle under construction: resource ids (UUID 5 from the record), identifiers, references and entries.

Every resource carries an identifier an EHR can match on a second import: the patient's MRN in the clinic's system,
a nurse's licence or staff number in the clinic's staff system, and for everything else the resource's own
`urn:uuid` under `urn:ietf:rfc:3986` (derived from the record, so the same record always gives the same one). In a
`transaction` bundle each entry is a conditional create keyed on that identifier (`ifNoneExist`); Provenance,
which has no identifier in R4, is a PUT to its own id (an update that creates it once).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from ivig_desktop.reports.fhir.codes import NAMESPACE, URI_SYSTEM, FhirError, JsonObject, iso
from ivig_desktop.reports.summary import Person, SessionSummary


class BundleKind(StrEnum):
    """`transaction` to import (conditional creates), `document` to file as a signed record (a Composition first),
    `collection` to archive."""

    TRANSACTION = "transaction"
    DOCUMENT = "document"
    COLLECTION = "collection"


# Resources whose `identifier` is a single Identifier in R4 (0..1), not a list.
SINGLE_IDENTIFIER = {"AdverseEvent", "Composition", "QuestionnaireResponse"}


@dataclass
class Builder:
    summary: SessionSummary
    kind: BundleKind = BundleKind.COLLECTION
    entries: list[JsonObject] = field(default_factory=list)

    # --- ids --------------------------------------------------------------------------------------------------

    def session_id(self, *parts: object) -> str:
        seed = "/".join(["session", str(self.summary.session_id), iso(self.summary.opened_at), *map(str, parts)])
        return str(uuid.uuid5(NAMESPACE, seed))

    def patient_id(self) -> str:
        p = self.summary.patient
        seed = f"patient/{p.id}/{p.family_name}/{p.given_name}/{p.date_of_birth.isoformat()}"
        return str(uuid.uuid5(NAMESPACE, seed))

    @staticmethod
    def practitioner_id(person: Person) -> str:
        return str(uuid.uuid5(NAMESPACE, f"nurse/{person.id}/{person.name}/{person.credentials}"))

    def organization_id(self) -> str:
        clinic = self.summary.clinic
        return str(uuid.uuid5(NAMESPACE, f"organization/{clinic.name}/{clinic.mrn_system}"))

    def location_id(self) -> str:
        return str(uuid.uuid5(NAMESPACE, f"location/{self.organization_id()}/{self.summary.location}"))

    def encounter_id(self) -> str:
        return self.session_id("encounter")

    @staticmethod
    def own_identifier(resource_id: str) -> JsonObject:
        """The identifier every resource of this export carries: its urn:uuid."""
        return {"system": URI_SYSTEM, "value": f"urn:uuid:{resource_id}"}

    # --- references -------------------------------------------------------------------------------------------

    @staticmethod
    def ref(resource_id: str, display: str | None = None) -> JsonObject:
        reference: JsonObject = {"reference": f"urn:uuid:{resource_id}"}
        if display:
            reference["display"] = display
        return reference

    def subject(self) -> JsonObject:
        return self.ref(self.patient_id(), self.summary.patient.display_name)

    def nurse(self, person: Person) -> JsonObject:
        return self.ref(self.practitioner_id(person), person.display)

    def encounter(self) -> JsonObject:
        return self.ref(self.encounter_id(), f"IVIG session {self.summary.session_id}")

    def organization(self) -> JsonObject:
        return self.ref(self.organization_id(), self.summary.clinic.name or None)

    # --- entries ----------------------------------------------------------------------------------------------

    def add(self, resource: JsonObject, key: JsonObject | None = None) -> str:
        """Add a resource. `key` is the identifier a transaction matches on (default: the resource's own); the
        resource gets its own identifier too, unless the caller set identifiers."""
        kind = str(resource["resourceType"])
        resource_id = str(resource["id"])
        own = self.own_identifier(resource_id)
        if kind != "Provenance" and "identifier" not in resource:
            resource = _with_identifier(resource, own if kind in SINGLE_IDENTIFIER else [own])
        entry: JsonObject = {"fullUrl": f"urn:uuid:{resource_id}", "resource": resource}
        if self.kind is BundleKind.TRANSACTION:
            if kind == "Provenance":
                entry["request"] = {"method": "PUT", "url": f"Provenance/{resource_id}"}
            else:
                match = key or own
                entry["request"] = {
                    "method": "POST",
                    "url": kind,
                    "ifNoneExist": f"identifier={match['system']}|{match['value']}",
                }
        self.entries.append(entry)
        return resource_id

    def ids_of(self, *kinds: str) -> list[str]:
        return [str(e["resource"]["id"]) for e in self.entries if e["resource"]["resourceType"] in kinds]


def _with_identifier(resource: JsonObject, identifier: object) -> JsonObject:
    """The resource with `identifier` placed right after `id` (the order FHIR JSON shows elements in)."""
    result: JsonObject = {}
    for key, value in resource.items():
        result[key] = value
        if key == "id":
            result["identifier"] = identifier
    return result


def require_setting(value: str, what: str, key: str) -> str:
    """A clinic setting an importable bundle needs; refuse to guess when it is not set, saying where to set it."""
    if not value:
        raise FhirError(
            f'{what} is not set: add `{key} = "..."` under [clinic] in resources/clinic.toml (the system your EHR '
            "gives for it, e.g. urn:oid:2.16.840.1.113883.3.1234.1), or export with --bundle collection"
        )
    return value
