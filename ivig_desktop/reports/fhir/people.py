"""Who and where: the clinic (Organization), the chair or home (Location), the patient, her allergies, the nurses
(Practitioner) and the session itself (Encounter), which every clinical resource references."""

from __future__ import annotations

from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.people import Sex
from ivig_desktop.domain.session import Stage
from ivig_desktop.reports.fhir.builder import Builder, BundleKind, require_setting
from ivig_desktop.reports.fhir.codes import (
    ACT_CODE,
    ALLERGY_CLINICAL,
    ALLERGY_VERIFICATION,
    DISCHARGE_DISPOSITION,
    IDENTIFIER_TYPE,
    PARTICIPATION_TYPE,
    ROLE_CODE,
    JsonObject,
    coding,
    iso,
    narrative,
)

HOME_WORDS = ("home", "domicile", "house")

# Discharge status -> discharge-disposition (R4 code system): home, or another health care facility.
DISPOSITIONS = {
    DischargeStatus.HOME_WELL: ("home", "Home"),
    DischargeStatus.HOME_INSTRUCTIONS: ("home", "Home"),
    DischargeStatus.TRANSFERRED: ("other-hcf", "Other healthcare facility"),
    DischargeStatus.NOT_INFUSED: ("home", "Home"),
}


def at_home(location: str) -> bool:
    return any(word in location.lower() for word in HOME_WORDS)


def organization(b: Builder) -> None:
    clinic = b.summary.clinic
    resource: JsonObject = {"resourceType": "Organization", "id": b.organization_id(), "active": True}
    if clinic.name:
        resource["name"] = clinic.name
    if clinic.address_lines:
        resource["address"] = [{"text": ", ".join(clinic.address_lines), "line": list(clinic.address_lines)}]
    b.add(resource)


def location(b: Builder) -> None:
    s = b.summary
    resource: JsonObject = {"resourceType": "Location", "id": b.location_id(), "status": "active", "name": s.location}
    resource["mode"] = "instance"
    if at_home(s.location):
        resource["type"] = [{"coding": [coding(ROLE_CODE, "PTRES", "Patient's Residence")], "text": "Home"}]
    else:
        resource["description"] = "Infusion chair"
    resource["managingOrganization"] = b.organization()
    b.add(resource)


def patient(b: Builder) -> None:
    p = b.summary.patient
    resource: JsonObject = {"resourceType": "Patient", "id": b.patient_id()}
    own = b.own_identifier(b.patient_id())
    key = own
    if p.mrn:
        system = b.summary.clinic.mrn_system
        if b.kind is not BundleKind.COLLECTION:
            require_setting(system, "The clinic's MRN identifier system", "mrn_system")
        mrn: JsonObject = {
            "use": "usual",
            "type": {"coding": [coding(IDENTIFIER_TYPE, "MR", "Medical record number")], "text": "MRN"},
        }
        if system:
            mrn["system"] = system
        mrn["value"] = p.mrn
        if system:
            key = {"system": system, "value": p.mrn}
        resource["identifier"] = [mrn, own]
    else:
        resource["identifier"] = [own]
    resource["name"] = [
        {"use": "official", "text": f"{p.given_name} {p.family_name}", "family": p.family_name, "given": [p.given_name]}
    ]
    resource["gender"] = {Sex.FEMALE: "female", Sex.MALE: "male", Sex.UNKNOWN: "unknown"}[p.sex]
    resource["birthDate"] = p.date_of_birth.isoformat()
    resource["managingOrganization"] = b.organization()
    b.add(resource, key)


def practitioners(b: Builder) -> None:
    system = b.summary.clinic.staff_id_system
    for person in b.summary.nurses:
        pid = b.practitioner_id(person)
        own = b.own_identifier(pid)
        identifiers = [own]
        key = own
        if person.staff_id:
            if b.kind is not BundleKind.COLLECTION:
                require_setting(system, "The system of nurses' licence or staff numbers", "staff_id_system")
            staff: JsonObject = {"use": "official", "type": {"text": "Licence or staff number"}}
            if system:
                staff["system"] = system
                key = {"system": system, "value": person.staff_id}
            staff["value"] = person.staff_id
            identifiers = [staff, own]
        resource: JsonObject = {
            "resourceType": "Practitioner",
            "id": pid,
            "identifier": identifiers,
            "active": True,
            "name": [{"text": person.name}],
        }
        if person.credentials:
            resource["qualification"] = [{"code": {"text": person.credentials}}]
        b.add(resource, key)


def allergies(b: Builder) -> list[str]:
    """The patient's allergies as recorded (free text): one AllergyIntolerance, the text as its code."""
    p = b.summary.patient
    words = p.allergies.strip()
    if not words:
        return []
    resource: JsonObject = {
        "resourceType": "AllergyIntolerance",
        "id": b.session_id("allergies"),
        "clinicalStatus": {"coding": [coding(ALLERGY_CLINICAL, "active", "Active")]},
        "verificationStatus": {"coding": [coding(ALLERGY_VERIFICATION, "unconfirmed", "Unconfirmed")]},
        "code": {"text": words},
        "patient": b.subject(),
        "encounter": b.encounter(),
        "recordedDate": iso(b.summary.opened_at),
        "note": [{"text": "As recorded on the patient's profile (free text) and reviewed at this session's check-in."}],
    }
    return [b.add(resource)]


def encounter(b: Builder) -> None:
    s = b.summary
    home = at_home(s.location)
    c = s.closing
    finished = s.signed or c.discharge is not None
    end = s.signature.signed_at if s.signature else (c.discharge_stamp.occurred_at if c.discharge_stamp else None)
    period: JsonObject = {"start": iso(s.opened_at)}
    if finished and end is not None:
        period["end"] = iso(end)
    resource: JsonObject = {
        "resourceType": "Encounter",
        "id": b.encounter_id(),
        "text": narrative(*_encounter_lines(b)),
        "status": "finished" if finished else ("in-progress" if s.stage is not Stage.CHECK_IN else "arrived"),
        "class": coding(ACT_CODE, "HH", "home health") if home else coding(ACT_CODE, "AMB", "ambulatory"),
        "type": [{"text": "IVIG infusion session"}],
        "subject": b.subject(),
        "participant": [
            {
                "type": [{"coding": [coding(PARTICIPATION_TYPE, "PPRF", "primary performer")]}],
                "individual": b.nurse(s.opened_by),
            }
        ],
        "period": period,
    }
    if s.regimen is not None:
        resource["reasonCode"] = [{"text": f"{s.regimen.indication_name} ({s.regimen.indication})"}]
    if c.discharge is not None:
        code, display = DISPOSITIONS[c.discharge]
        resource["hospitalization"] = {
            "dischargeDisposition": {
                "coding": [coding(DISCHARGE_DISPOSITION, code, display)],
                "text": c.discharge_label + (f": {c.discharge_notes}" if c.discharge_notes else ""),
            }
        }
    resource["location"] = [{"location": b.ref(b.location_id(), s.location), "status": "completed"}]
    resource["serviceProvider"] = b.organization()
    b.add(resource)


def _encounter_lines(b: Builder) -> list[str]:
    s = b.summary
    lines = [f"IVIG session {s.session_id} at {s.location}, opened {iso(s.opened_at)} by {s.opened_by.display}."]
    if s.closing.discharge is not None:
        lines.append(f"Discharge: {s.closing.discharge_label}. {s.closing.discharge_notes}".strip())
    lines.append("Signed and closed." if s.signed else "NOT SIGNED: the record is in progress.")
    if s.mark:
        lines.append(f"{s.mark_sentence}.")
    return lines
