"""Patient and Practitioner resources."""

from __future__ import annotations

from ivig_desktop.domain.people import Sex
from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import (
    IDENTIFIER_TYPE,
    JsonObject,
    coding,
)


def patient(b: Builder) -> None:
    p = b.summary.patient
    resource: JsonObject = {"resourceType": "Patient", "id": b.patient_id()}
    if p.mrn:
        resource["identifier"] = [
            {
                "use": "usual",
                "type": {
                    "coding": [coding(IDENTIFIER_TYPE, "MR", "Medical record number")],
                    "text": "MRN",
                },
                "value": p.mrn,
            }
        ]
    resource["name"] = [
        {
            "use": "official",
            "text": f"{p.given_name} {p.family_name}",
            "family": p.family_name,
            "given": [p.given_name],
        }
    ]
    resource["gender"] = {Sex.FEMALE: "female", Sex.MALE: "male", Sex.UNKNOWN: "unknown"}[p.sex]
    resource["birthDate"] = p.date_of_birth.isoformat()
    b.add(resource)


def practitioners(b: Builder) -> None:
    for person in b.summary.nurses:
        resource: JsonObject = {
            "resourceType": "Practitioner",
            "id": b.practitioner_id(person),
            "name": [{"text": person.name}],
        }
        if person.credentials:
            resource["qualification"] = [{"code": {"text": person.credentials}}]
        b.add(resource)
