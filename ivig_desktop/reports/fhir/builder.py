"""The bundle under construction: resource ids (UUID 5 from the record), references and entries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from ivig_desktop.reports.fhir.codes import (
    NAMESPACE,
    JsonObject,
    iso,
)
from ivig_desktop.reports.summary import Person, SessionSummary


@dataclass
class Builder:
    summary: SessionSummary
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

    @staticmethod
    def ref(resource_id: str, display: str | None = None) -> JsonObject:
        reference: JsonObject = {"reference": f"urn:uuid:{resource_id}"}
        if display:
            reference["display"] = display
        return reference

    def add(self, resource: JsonObject) -> str:
        self.entries.append({"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource})
        return str(resource["id"])

    def subject(self) -> JsonObject:
        return self.ref(self.patient_id(), self.summary.patient.display_name)

    def nurse(self, person: Person) -> JsonObject:
        return self.ref(self.practitioner_id(person), person.display)

    # --- resources --------------------------------------------------------------------------------------------
