"""Code systems, codes and units of the FHIR export, and the small JSON shapes built from them."""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from ivig_desktop.domain.reactions import Grade, ReactionOutcome
from ivig_desktop.reports import text

JsonObject = dict[str, Any]

# A fixed namespace for IVIG Desktop's resource ids (uuid5 of the DNS namespace and the app's name).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "ivig-desktop.fhir")

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness"
SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"
AE_OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"
PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013"
GTIN_SYSTEM = "https://www.gs1.org/gtin"
URI_SYSTEM = "urn:ietf:rfc:3986"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
DISCHARGE_DISPOSITION = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
ADMIN_CATEGORY = "http://terminology.hl7.org/CodeSystem/medication-admin-category"
CHECKLIST_ANSWER = "urn:ivig-desktop:fhir:CodeSystem:checklist-answer"
# Extensions of this export (documented in docs/fhir-mapping.md): the rate history of an infusion, the volume given.
RATE_CHANGE_EXTENSION = "urn:ivig-desktop:fhir:StructureDefinition:rate-change"
VOLUME_EXTENSION = "urn:ivig-desktop:fhir:StructureDefinition:volume-infused"
XHTML = "http://www.w3.org/1999/xhtml"

# SNOMED CT route codes (qualifier values) for the routes the app records; others go as text only.
ROUTES = {
    "IV": ("47625008", "Intravenous route"),
    "PO": ("26643006", "Oral route"),
    "IM": ("78421000", "Intramuscular route"),
    "SC": ("34206005", "Subcutaneous route"),
}
DOSE_UNITS = {"mg": "mg", "g": "g", "mcg": "ug", "mL": "mL"}  # app unit -> UCUM code ('units' has none)


@dataclass(frozen=True)
class VitalCode:
    code: str
    display: str
    unit: str  # UCUM code, also shown as the unit


NURSE_NOTE = VitalCode("34746-8", "Nurse Note", "")

BP_PANEL = VitalCode("85354-9", "Blood pressure panel with all children optional", "mm[Hg]")
SYSTOLIC = VitalCode("8480-6", "Systolic blood pressure", "mm[Hg]")
DIASTOLIC = VitalCode("8462-4", "Diastolic blood pressure", "mm[Hg]")
HEART_RATE = VitalCode("8867-4", "Heart rate", "/min")
RESPIRATORY_RATE = VitalCode("9279-1", "Respiratory rate", "/min")
TEMPERATURE = VitalCode("8310-5", "Body temperature", "Cel")
SPO2 = VitalCode("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%")
SPO2_GENERAL = VitalCode("2708-6", "Oxygen saturation in Arterial blood", "%")
PAIN = VitalCode("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "{score}")
WEIGHT = VitalCode("29463-7", "Body weight", "kg")

# CTCAE grade -> AdverseEvent severity and seriousness (grade 3: hospitalisation indicated; 4: life-threatening).
GRADE_SEVERITY = {
    # R4's own spellings: adverse-event-seriousness has `Non-serious` and `Serious` (R5 lower-cased them).
    Grade.MILD: ("mild", "Mild", "Non-serious", "Non-serious"),
    Grade.MODERATE: ("moderate", "Moderate", "Non-serious", "Non-serious"),
    Grade.SEVERE: ("severe", "Severe", "Serious", "Serious"),
    Grade.LIFE_THREATENING: ("severe", "Severe", "Serious", "Serious"),
}
OUTCOMES = {
    ReactionOutcome.RESOLVED: ("resolved", "Resolved"),
    ReactionOutcome.IMPROVING: ("recovering", "Recovering"),
    ReactionOutcome.NOT_RESOLVED: ("ongoing", "Ongoing"),
    ReactionOutcome.TRANSFERRED: ("ongoing", "Ongoing"),
}
FLAG_INTERPRETATION = {
    "fever": ("H", "High"),
    "temperature_rise": ("H", "High"),
    "systolic_drop": ("L", "Low"),
    "low_systolic": ("L", "Low"),
    "high_systolic": ("H", "High"),
    "systolic_rise": ("H", "High"),
    "high_diastolic": ("H", "High"),
    "fast_heart_rate": ("H", "High"),
    "slow_heart_rate": ("L", "Low"),
    "heart_rate_rise": ("H", "High"),
    "slow_breathing": ("L", "Low"),
    "fast_breathing": ("H", "High"),
    "low_spo2": ("L", "Low"),
    "spo2_drop": ("L", "Low"),
    "severe_pain": ("H", "High"),
    "pain_rise": ("H", "High"),
}


class FhirError(Exception):
    """The bundle cannot be made as asked (a setting missing: the message says where to set it), or did not
    validate (a bug: the message names the element)."""


def iso(when: datetime) -> str:
    return str(text.utc_iso(when))


def quantity(value: Decimal, unit: str, code: str | None = None) -> JsonObject:
    """A UCUM quantity; the unit shown is the UCUM code itself unless told otherwise."""
    result: JsonObject = {"value": value, "unit": unit}
    if code is not None or unit in ("mm[Hg]", "/min", "Cel", "%", "kg", "{score}", "g", "mL/h", "mg", "ug", "mL"):
        result["system"] = UCUM
        result["code"] = code or unit
    return result


def coding(system: str, code: str, display: str) -> JsonObject:
    return {"system": system, "code": code, "display": display}


def loinc(*codes: VitalCode) -> JsonObject:
    return {"coding": [coding(LOINC, c.code, c.display) for c in codes], "text": codes[0].display}


def narrative(*lines: str) -> JsonObject:
    body = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
    return {"status": "generated", "div": f'<div xmlns="{XHTML}">{body}</div>'}


def route_json(route: str) -> JsonObject:
    if route in ROUTES:
        code, display = ROUTES[route]
        return {"coding": [coding(SNOMED, code, display)], "text": route}
    return {"text": route}


def dose_json(value: Decimal, unit: str) -> JsonObject:
    if unit in DOSE_UNITS:
        return quantity(value, unit, DOSE_UNITS[unit])
    return {"value": value, "unit": unit}
