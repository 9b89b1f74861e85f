"""An HL7 FHIR R4 Bundle per session, built from the session summary and validated with `fhir.resources`.

**Version.** `fhir.resources` 8 ships the R4B (4.3.0) models, not plain R4 (4.0.1); the bundle is validated with
them. Every resource used here (Patient, Practitioner, Medication, MedicationAdministration, Observation,
AdverseEvent, Provenance, Bundle) has the same elements in R4 and R4B, so the bundle is valid R4 as well.

**Bundle.** Type `collection`: the export is a record of what happened, handed to the receiving system to match
and file (a `transaction` would tell a server to create every resource, making a second Patient and Practitioner on
every import unless the receiver rewrites it). Every resource's id, and its `fullUrl` `urn:uuid:<id>`, is a UUID 5
derived from the record (the session's number and opening time, the entry's number, the patient's and nurses'
numbers and names), and `timestamp` is when the record's last entry was written: exporting the same record twice
gives the same bytes. Numbers are written exactly as recorded (`36.8`, `87.0`), never through float.

See the README ("FHIR R4 mapping") for what each resource holds, its codes and units.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from ivig_desktop.domain.infusion import Outcome
from ivig_desktop.domain.people import Sex
from ivig_desktop.domain.reactions import Grade, ReactionOutcome
from ivig_desktop.exact_json import dumps
from ivig_desktop.reports import text
from ivig_desktop.reports.summary import Person, RateRow, ReactionRow, SessionSummary, VialRow, VitalsRow

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
    Grade.MILD: ("mild", "Mild", "non-serious", "Non-serious"),
    Grade.MODERATE: ("moderate", "Moderate", "non-serious", "Non-serious"),
    Grade.SEVERE: ("severe", "Severe", "serious", "Serious"),
    Grade.LIFE_THREATENING: ("severe", "Severe", "serious", "Serious"),
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
    """The bundle did not validate (a bug: the message names the element)."""


def _iso(when: datetime) -> str:
    return str(text.utc_iso(when))


def quantity(value: Decimal, unit: str, code: str | None = None) -> JsonObject:
    """A UCUM quantity; the unit shown is the UCUM code itself unless told otherwise."""
    result: JsonObject = {"value": value, "unit": unit}
    if code is not None or unit in ("mm[Hg]", "/min", "Cel", "%", "kg", "{score}", "g", "mL/h", "mg", "ug", "mL"):
        result["system"] = UCUM
        result["code"] = code or unit
    return result


def _coding(system: str, code: str, display: str) -> JsonObject:
    return {"system": system, "code": code, "display": display}


def _loinc(*codes: VitalCode) -> JsonObject:
    return {"coding": [_coding(LOINC, c.code, c.display) for c in codes], "text": codes[0].display}


def _narrative(*lines: str) -> JsonObject:
    body = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)
    return {"status": "generated", "div": f'<div xmlns="{XHTML}">{body}</div>'}


def _route(route: str) -> JsonObject:
    if route in ROUTES:
        code, display = ROUTES[route]
        return {"coding": [_coding(SNOMED, code, display)], "text": route}
    return {"text": route}


def _dose(value: Decimal, unit: str) -> JsonObject:
    if unit in DOSE_UNITS:
        return quantity(value, unit, DOSE_UNITS[unit])
    return {"value": value, "unit": unit}


@dataclass
class _Builder:
    summary: SessionSummary
    entries: list[JsonObject] = field(default_factory=list)

    # --- ids --------------------------------------------------------------------------------------------------

    def session_id(self, *parts: object) -> str:
        seed = "/".join(["session", str(self.summary.session_id), _iso(self.summary.opened_at), *map(str, parts)])
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

    def patient(self) -> None:
        p = self.summary.patient
        resource: JsonObject = {"resourceType": "Patient", "id": self.patient_id()}
        if p.mrn:
            resource["identifier"] = [
                {
                    "use": "usual",
                    "type": {
                        "coding": [_coding(IDENTIFIER_TYPE, "MR", "Medical record number")],
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
        self.add(resource)

    def practitioners(self) -> None:
        for person in self.summary.nurses:
            resource: JsonObject = {
                "resourceType": "Practitioner",
                "id": self.practitioner_id(person),
                "name": [{"text": person.name}],
            }
            if person.credentials:
                resource["qualification"] = [{"code": {"text": person.credentials}}]
            self.add(resource)

    def medications(self) -> dict[str, str]:
        """One Medication per lot (product, lot, expiry); returns lot -> resource id."""
        s = self.summary
        product_names = {s.plan.product_id: s.plan.product_name} if s.plan else {}
        by_lot: dict[tuple[str, str, str], list[VialRow]] = {}
        for vial in s.vials:
            by_lot.setdefault((vial.product_id, vial.lot, vial.expiry.isoformat()), []).append(vial)
        ids: dict[str, str] = {}
        for (product_id, lot, expiry), vials in by_lot.items():
            resource: JsonObject = {
                "resourceType": "Medication",
                "id": self.session_id("medication", product_id, lot, expiry),
            }
            gtins = sorted({v.gtin for v in vials if v.gtin})
            if gtins:
                resource["identifier"] = [{"system": GTIN_SYSTEM, "value": gtin} for gtin in gtins]
            resource["code"] = {"text": product_names.get(product_id, product_id)}
            resource["batch"] = {"lotNumber": lot, "expirationDate": expiry}
            ids[lot] = self.add(resource)
        return ids

    def administrations(self, lots: dict[str, str]) -> tuple[list[str], dict[int, str]]:
        """The infusion: one MedicationAdministration per lot (what was given: its grams, the infusion's period,
        route IV) and one per pump-rate segment (how fast: dosage.rateQuantity in mL/h, `partOf` the lot
        administrations). Returns the lot administrations' ids and the segment administrations' ids by the
        entry that set the rate."""
        s = self.summary
        i = s.infusion
        if i.started_at is None or s.plan is None:
            return [], {}
        plan = s.plan
        if i.running:
            status = "on-hold" if s.rates and s.rates[-1].action in ("pause", "stop") else "in-progress"
        else:
            status = "stopped" if i.outcome is Outcome.STOPPED else "completed"
        period: JsonObject = {"start": _iso(i.started_at)}
        if i.ended_at is not None:
            period["end"] = _iso(i.ended_at)
        starter = s.rates[0].stamp.by if s.rates else s.opened_by
        reason = [{"text": f"{s.regimen.indication_name} ({s.regimen.indication})"}] if s.regimen is not None else None
        notes = [
            {
                "text": f"Volume infused {text.volume(i.volume_infused_ml)} of {text.volume(plan.volume_ml)} planned"
                f" ({plan.product_name} {text.number(plan.vials_g)} g); highest rate "
                f"{text.rate(i.highest_rate_ml_per_h)}."
            }
        ]
        if i.outcome_reason:
            notes.append({"text": f"Stopped early: {i.outcome_reason}"})
        for row in s.rates:
            if row.action in ("pause", "stop", "hold"):
                until = f" until {_iso(row.until)}" if row.until else ""
                notes.append({"text": f"{row.label} at {_iso(row.stamp.occurred_at)}{until}: {row.reason}".strip()})
        grams: dict[str, Decimal] = {}
        for vial in s.vials:
            grams[vial.lot] = grams.get(vial.lot, Decimal(0)) + vial.size_g
        whole_ids: list[str] = []
        for lot, medication_id in lots.items():
            resource: JsonObject = {
                "resourceType": "MedicationAdministration",
                "id": self.session_id("administration", lot),
                "status": status,
                "medicationReference": self.ref(medication_id, f"{plan.product_name} lot {lot}"),
                "subject": self.subject(),
                "effectivePeriod": period,
                "performer": [{"actor": self.nurse(starter)}],
            }
            if reason:
                resource["reasonCode"] = reason
            resource["note"] = notes
            resource["dosage"] = {
                "text": f"{text.number(grams[lot])} g from lot {lot} of {text.number(plan.vials_g)} g "
                f"{plan.product_name} in {text.volume(plan.volume_ml)}, pooled and infused IV by pump",
                "route": _route("IV"),
                "dose": quantity(grams[lot], "g"),
            }
            whole_ids.append(self.add(resource))
        segments: dict[int, str] = {}
        for row in s.rates:
            if row.rate_ml_per_h is None or row.rate_ml_per_h == 0 or row.action in ("hold", "end"):
                continue
            segments[row.stamp.event_id] = self.add(self._segment(row, whole_ids, status))
        return whole_ids, segments

    def _segment(self, row: RateRow, whole_ids: Sequence[str], status: str) -> JsonObject:
        s = self.summary
        assert s.plan is not None and row.rate_ml_per_h is not None
        period: JsonObject = {"start": _iso(row.stamp.occurred_at)}
        if row.until is not None:
            period["end"] = _iso(row.until)
        words = f"{row.label}: {text.rate(row.rate_ml_per_h)}"
        if row.step is not None:
            words += f" (plan step {row.step} of {len(s.plan.steps)})"
        note = [{"text": words}]
        if row.reason:
            note.append({"text": f"Reason: {row.reason}"})
        if row.override_reason:
            note.append({"text": f"Above the tolerated maximum: {row.override_reason}"})
        resource: JsonObject = {
            "resourceType": "MedicationAdministration",
            "id": self.session_id("rate", row.stamp.event_id),
        }
        if whole_ids:  # FHIR allows no empty lists
            resource["partOf"] = [self.ref(whole) for whole in whole_ids]
        return resource | {
            "status": "completed" if row.until is not None else status,
            "medicationCodeableConcept": {"text": s.plan.product_name},
            "subject": self.subject(),
            "effectivePeriod": period,
            "performer": [{"actor": self.nurse(row.stamp.by)}],
            "note": note,
            "dosage": {
                "text": words,
                "route": _route("IV"),
                "rateQuantity": quantity(row.rate_ml_per_h, "mL/h"),
            },
        }

    def other_medications(self) -> None:
        """Premedication and medications given for reactions: MedicationAdministrations by name (no codes)."""
        s = self.summary
        for premed in s.premeds:
            self.add(
                {
                    "resourceType": "MedicationAdministration",
                    "id": self.session_id("premedication", premed.stamp.event_id),
                    "status": "completed",
                    "category": {"text": "Premedication"},
                    "medicationCodeableConcept": {"text": premed.drug},
                    "subject": self.subject(),
                    "effectiveDateTime": _iso(premed.stamp.occurred_at),
                    "performer": [{"actor": self.nurse(premed.stamp.by)}],
                    "note": [{"text": f"Given by {premed.given_by}"}],
                    "dosage": {
                        "text": f"{premed.drug} {text.number(premed.dose)} {premed.unit} {premed.route}",
                        "route": _route(premed.route),
                        "dose": _dose(premed.dose, premed.unit),
                    },
                }
            )
        for number, row in enumerate(s.reactions, start=1):
            for index, med in enumerate(row.record.medications):
                self.add(
                    {
                        "resourceType": "MedicationAdministration",
                        "id": self.session_id("reaction-medication", row.record.event_id, index),
                        "status": "completed",
                        "category": {"text": "Treatment of an infusion reaction"},
                        "medicationCodeableConcept": {"text": med.name},
                        "subject": self.subject(),
                        "effectiveDateTime": _iso(med.given_at),
                        "performer": [{"actor": self.nurse(row.stamp.by)}],
                        "note": [{"text": f"For reaction {number} (onset {_iso(row.record.onset_at)})"}],
                        "dosage": {
                            "text": f"{med.name} {text.number(med.dose)} {med.unit.value} {med.route.value}",
                            "route": _route(med.route.value),
                            "dose": _dose(med.dose, med.unit.value),
                        },
                    }
                )

    def _observation(
        self,
        key: object,
        code: JsonObject,
        row_when: datetime,
        issued: datetime,
        by: Person,
        *,
        corrected: bool,
        value: JsonObject | None = None,
        components: list[JsonObject] | None = None,
        interpretation: tuple[str, str] | None = None,
        notes: Iterable[str] = (),
    ) -> str:
        resource: JsonObject = {
            "resourceType": "Observation",
            "id": self.session_id("observation", key),
            "status": "amended" if corrected else "final",
            "category": [
                {"coding": [_coding(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")], "text": "Vital Signs"}
            ],
            "code": code,
            "subject": self.subject(),
            "effectiveDateTime": _iso(row_when),
            "issued": _iso(issued),
            "performer": [self.nurse(by)],
        }
        if value is not None:
            resource["valueQuantity"] = value
        if interpretation is not None:
            resource["interpretation"] = [{"coding": [_coding(INTERPRETATION, *interpretation)]}]
        note = [{"text": words} for words in notes]
        if note:
            resource["note"] = note
        if components:
            resource["component"] = components
        return self.add(resource)

    def vitals(self) -> list[str]:
        ids: list[str] = []
        for row in self.summary.vitals:
            ids.extend(self._vitals_set(row))
        plan = self.summary.plan
        if plan is not None and plan.weight_kg is not None:
            ids.append(
                self._observation(
                    "check-in-weight",
                    _loinc(WEIGHT),
                    plan.stamp.occurred_at,
                    plan.stamp.recorded_at,
                    plan.stamp.by,
                    corrected=False,
                    value=quantity(plan.weight_kg, "kg"),
                    notes=["Weight measured at check-in, used for the plan"],
                )
            )
        return ids

    def _vitals_set(self, row: VitalsRow) -> list[str]:
        v, stamp = row.vitals, row.stamp
        kinds = set(row.flag_kinds)

        def flag(*codes: str) -> tuple[str, str] | None:
            for code in codes:
                if code in kinds:
                    return FLAG_INTERPRETATION[code]
            return None

        def sentences(*codes: str) -> list[str]:
            words = [f for f, k in zip(row.flags, row.flag_kinds, strict=True) if k in codes]
            if row.baseline:
                words.append("Baseline set")
            if stamp.late_entry:
                words.append(f"Late entry: written {_iso(stamp.recorded_at)}")
            return words

        def obs(key: str, code: JsonObject, **extra: Any) -> str:
            return self._observation(
                (stamp.event_id, key), code, stamp.occurred_at, stamp.recorded_at, stamp.by,
                corrected=stamp.corrected, **extra,
            )  # fmt: skip

        systolic_codes = ("systolic_drop", "low_systolic", "high_systolic", "systolic_rise")
        bp_codes = (*systolic_codes, "high_diastolic")
        hr_codes = ("fast_heart_rate", "slow_heart_rate", "heart_rate_rise")
        rr_codes = ("slow_breathing", "fast_breathing")
        spo2_codes = ("low_spo2", "spo2_drop")
        pain_codes = ("severe_pain", "pain_rise")
        ids = [
            obs(
                "bp",
                _loinc(BP_PANEL),
                components=[
                    {
                        "code": _loinc(SYSTOLIC),
                        "valueQuantity": quantity(v.systolic_mmhg, "mm[Hg]"),
                        **(
                            {"interpretation": [{"coding": [_coding(INTERPRETATION, *f)]}]}
                            if (f := flag(*systolic_codes))
                            else {}
                        ),
                    },
                    {
                        "code": _loinc(DIASTOLIC),
                        "valueQuantity": quantity(v.diastolic_mmhg, "mm[Hg]"),
                        **(
                            {"interpretation": [{"coding": [_coding(INTERPRETATION, *f)]}]}
                            if (f := flag("high_diastolic"))
                            else {}
                        ),
                    },
                ],
                notes=sentences(*bp_codes),
            ),
            obs(
                "hr",
                _loinc(HEART_RATE),
                value=quantity(v.heart_rate_per_min, "/min"),
                interpretation=flag(*hr_codes),
                notes=sentences(*hr_codes),
            ),
            obs(
                "rr",
                _loinc(RESPIRATORY_RATE),
                value=quantity(v.respiratory_rate_per_min, "/min"),
                interpretation=flag(*rr_codes),
                notes=sentences(*rr_codes),
            ),
            obs(
                "temp",
                _loinc(TEMPERATURE),
                value=quantity(v.temperature_c, "Cel"),
                interpretation=flag("fever", "temperature_rise"),
                notes=sentences("fever", "temperature_rise")
                + ([f"Typed as {v.temperature_f_entered} °F"] if v.temperature_f_entered is not None else []),
            ),
            obs(
                "spo2",
                _loinc(SPO2, SPO2_GENERAL),
                value=quantity(v.spo2_percent, "%"),
                interpretation=flag(*spo2_codes),
                notes=sentences(*spo2_codes),
            ),
            obs(
                "pain",
                _loinc(PAIN),
                value=quantity(v.pain_score, "{score}"),
                interpretation=flag(*pain_codes),
                notes=sentences(*pain_codes),
            ),
        ]
        if v.weight_kg is not None:
            ids.append(obs("weight", _loinc(WEIGHT), value=quantity(v.weight_kg, "kg"), notes=sentences()))
        return ids

    def adverse_events(self, lots: dict[str, str], whole: Sequence[str], segments: dict[int, str]) -> list[str]:
        s = self.summary
        ids = []
        for number, row in enumerate(s.reactions, start=1):
            r = row.record
            # Severity and seriousness from the higher of the grade picked and the picture's (an anaphylaxis picture
            # ticked grade 1 is not exported as mild); the text keeps the grade as picked.
            severity, severity_display, seriousness, seriousness_display = GRADE_SEVERITY[r.assessed_grade]
            suspects = []
            running = [
                rate
                for rate in s.rates
                if rate.stamp.event_id in segments
                and rate.stamp.occurred_at <= r.onset_at
                and (rate.until is None or r.onset_at <= rate.until)
            ]
            if running and r.rate_at_onset_ml_per_h is not None:
                suspects.append(segments[running[-1].stamp.event_id])
            suspects.extend(whole)
            suspects.extend(lots.values())
            resource: JsonObject = {
                "resourceType": "AdverseEvent",
                "id": self.session_id("adverse-event", r.event_id),
                "text": _narrative(*self._reaction_lines(number, row)),
                "actuality": "actual",
                "event": {"text": f"Infusion-related reaction: {r.symptom_text}"},
                "subject": self.subject(),
                "date": _iso(r.onset_at),
                "recordedDate": _iso(row.stamp.recorded_at),
                "recorder": self.nurse(row.stamp.by),
                "seriousness": {
                    "coding": [_coding(SERIOUSNESS, seriousness, seriousness_display)],
                    "text": seriousness_display,
                },
                "severity": {
                    "coding": [_coding(SEVERITY, severity, severity_display)],
                    "text": f"CTCAE grade {int(r.grade)} ({r.grade.title.split(': ')[1]})",
                },
            }
            if r.outcome is not None:
                code, display = OUTCOMES[r.outcome]
                resource["outcome"] = {"coding": [_coding(AE_OUTCOME, code, display)], "text": r.outcome.label}
            if suspects:
                resource["suspectEntity"] = [{"instance": self.ref(item)} for item in suspects]
            ids.append(self.add(resource))
        return ids

    def _reaction_lines(self, number: int, row: ReactionRow) -> list[str]:
        r = row.record
        lines = [
            f"Reaction {number}: {r.grade.title}. {r.grade.meaning}",
            *([f"Picture: {r.assessment.summary}."] if r.assessment is not None and r.assessment.summary else []),
            f"Onset {_iso(r.onset_at)}: {r.symptom_text}.",
            f"Rate at onset: {text.rate(r.rate_at_onset_ml_per_h)}"
            if r.rate_at_onset_ml_per_h is not None
            else "No infusion running at onset.",
        ]
        if r.proposal is not None:
            lines.append(f"Proposed: {r.proposal.summary}")
        if r.response_action is not None:
            done = r.response_action.label
            if r.response_rate_ml_per_h is not None:
                done += f" ({text.rate(r.response_rate_ml_per_h)})"
            lines.append(f"Done: {done}")
        if r.deviation_reason:
            lines.append(f"Reason for the choice: {r.deviation_reason}")
        for med in r.medications:
            lines.append(
                f"Given: {med.name} {text.number(med.dose)} {med.unit.value} {med.route.value} at {_iso(med.given_at)}"
            )
        if r.provider_notified is not None:
            lines.append(f"Prescriber {r.provider_notified.name} notified at {_iso(r.provider_notified.at)}")
        if r.emergency_services_called_at is not None:
            lines.append(f"Emergency services called at {_iso(r.emergency_services_called_at)}")
        if r.outcome is not None:
            outcome = r.outcome.label
            if r.resolved_at is not None:
                outcome += f" at {_iso(r.resolved_at)}"
            lines.append(f"Outcome: {outcome}")
        if r.resumed_rate_ml_per_h is not None:
            lines.append(f"Infusion resumed at {text.rate(r.resumed_rate_ml_per_h)}")
        if r.notes:
            lines.append(f"Notes: {r.notes}")
        return lines

    def provenance(self, targets: Sequence[str]) -> None:
        sig = self.summary.signature
        if sig is None or not targets:
            return
        who = self.nurse(sig.stamp.by)
        printed = f"{sig.name}, {sig.credentials}" if sig.credentials else sig.name
        self.add(
            {
                "resourceType": "Provenance",
                "id": self.session_id("provenance", sig.stamp.event_id),
                "text": _narrative(
                    f"Electronically signed by {printed} at {_iso(sig.signed_at)}.",
                    f"Meaning: {sig.meaning}",
                ),
                "target": [self.ref(target) for target in targets],
                "recorded": _iso(sig.signed_at),
                "activity": {"text": f"Signed and closed the IVIG session record. Meaning: {sig.meaning}"},
                "agent": [
                    {
                        "type": {"coding": [_coding(PARTICIPANT_TYPE, "attester", "Attester")]},
                        "who": who,
                    }
                ],
                "signature": [
                    {
                        "type": [_coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.5", "Verification Signature")],
                        "when": _iso(sig.signed_at),
                        "who": who,
                    }
                ],
            }
        )


def bundle_dict(summary: SessionSummary) -> JsonObject:
    """The session's FHIR Bundle as plain JSON values (exact Decimals), not yet validated."""
    builder = _Builder(summary)
    builder.patient()
    builder.practitioners()
    lots = builder.medications()
    whole, segments = builder.administrations(lots)
    builder.other_medications()
    builder.vitals()
    builder.adverse_events(lots, whole, segments)
    clinical = [
        e["resource"]["id"] for e in builder.entries if e["resource"]["resourceType"] not in ("Patient", "Practitioner")
    ]
    builder.provenance(clinical)
    bundle_id = builder.session_id("bundle")
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "meta": {"lastUpdated": _iso(summary.record_as_of)},
        "identifier": {"system": URI_SYSTEM, "value": f"urn:uuid:{bundle_id}"},
        "type": "collection",
        "timestamp": _iso(summary.record_as_of),
        "entry": builder.entries,
    }


def validate(bundle: JsonObject) -> object:
    """Construct the fhir.resources models (R4B) from the bundle: every element is checked. Returns the model."""
    from fhir.resources.R4B.bundle import Bundle  # imported when a bundle is made (DESIGN rule 9)
    from pydantic import ValidationError

    try:
        return Bundle.model_validate(bundle)
    except ValidationError as error:
        raise FhirError(f"the FHIR bundle does not validate: {error}") from error


def bundle_json(summary: SessionSummary) -> str:
    """The session's Bundle as FHIR JSON, validated, numbers exact; the same record always gives the same text."""
    bundle = bundle_dict(summary)
    validate(bundle)
    return dumps(bundle) + "\n"
