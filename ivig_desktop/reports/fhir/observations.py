"""Observation resources: each vitals set's vital signs and the weight at check-in."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import (
    BP_PANEL,
    DIASTOLIC,
    FLAG_INTERPRETATION,
    HEART_RATE,
    INTERPRETATION,
    NURSE_NOTE,
    OBSERVATION_CATEGORY,
    PAIN,
    RESPIRATORY_RATE,
    SPO2,
    SPO2_GENERAL,
    SYSTOLIC,
    TEMPERATURE,
    WEIGHT,
    JsonObject,
    coding,
    iso,
    loinc,
    quantity,
)
from ivig_desktop.reports.summary import Person, VitalsRow


def _observation(
    b: Builder,
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
        "id": b.session_id("observation", key),
        "status": "amended" if corrected else "final",
        "category": [{"coding": [coding(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")], "text": "Vital Signs"}],
        "code": code,
        "subject": b.subject(),
        "encounter": b.encounter(),
        "effectiveDateTime": iso(row_when),
        "issued": iso(issued),
        "performer": [b.nurse(by)],
    }
    if value is not None:
        resource["valueQuantity"] = value
    if interpretation is not None:
        resource["interpretation"] = [{"coding": [coding(INTERPRETATION, *interpretation)]}]
    note = [{"text": words} for words in notes]
    if note:
        resource["note"] = note
    if components:
        resource["component"] = components
    return b.add(resource)


def vitals(b: Builder) -> list[str]:
    ids: list[str] = []
    for row in b.summary.vitals:
        ids.extend(_vitals_set(b, row))
    plan = b.summary.plan
    if plan is not None and plan.weight_kg is not None:
        ids.append(
            _observation(
                b,
                "check-in-weight",
                loinc(WEIGHT),
                plan.stamp.occurred_at,
                plan.stamp.recorded_at,
                plan.stamp.by,
                corrected=False,
                value=quantity(plan.weight_kg, "kg"),
                notes=["Weight measured at check-in, used for the plan"],
            )
        )
    return ids


def _vitals_set(b: Builder, row: VitalsRow) -> list[str]:
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
            words.append(f"Late entry: written {iso(stamp.recorded_at)}")
        return words

    def obs(key: str, code: JsonObject, **extra: Any) -> str:
        return _observation(b,
            (stamp.event_id, key), code, stamp.occurred_at, stamp.recorded_at, stamp.by,
            corrected=stamp.corrected, **extra,
        )  # fmt: skip

    systolic_codes = ("systolic_drop", "low_systolic", "high_systolic", "systolic_rise")
    bp_codes = (*systolic_codes, "high_diastolic")
    hr_codes = ("fast_heart_rate", "slow_heart_rate", "heart_rate_rise")
    rr_codes = ("slow_breathing", "fast_breathing")
    spo2_codes = ("low_spo2", "spo2_drop")
    pain_codes = ("severe_pain", "pain_rise")

    def interpreted(*codes: str) -> JsonObject:
        f = flag(*codes)
        return {"interpretation": [{"coding": [coding(INTERPRETATION, *f)]}]} if f else {}

    ids = [
        obs(
            "bp",
            loinc(BP_PANEL),
            components=[
                {
                    "code": loinc(SYSTOLIC),
                    "valueQuantity": quantity(v.systolic_mmhg, "mm[Hg]"),
                    **interpreted(*systolic_codes),
                },
                {
                    "code": loinc(DIASTOLIC),
                    "valueQuantity": quantity(v.diastolic_mmhg, "mm[Hg]"),
                    **interpreted("high_diastolic"),
                },
            ],
            notes=sentences(*bp_codes),
        ),
        obs(
            "hr",
            loinc(HEART_RATE),
            value=quantity(v.heart_rate_per_min, "/min"),
            interpretation=flag(*hr_codes),
            notes=sentences(*hr_codes),
        ),
        obs(
            "rr",
            loinc(RESPIRATORY_RATE),
            value=quantity(v.respiratory_rate_per_min, "/min"),
            interpretation=flag(*rr_codes),
            notes=sentences(*rr_codes),
        ),
        obs(
            "temp",
            loinc(TEMPERATURE),
            value=quantity(v.temperature_c, "Cel"),
            interpretation=flag("fever", "temperature_rise"),
            notes=sentences("fever", "temperature_rise")
            + ([f"Typed as {v.temperature_f_entered} °F"] if v.temperature_f_entered is not None else []),
        ),
        obs(
            "spo2",
            loinc(SPO2, SPO2_GENERAL),
            value=quantity(v.spo2_percent, "%"),
            interpretation=flag(*spo2_codes),
            notes=sentences(*spo2_codes),
        ),
        obs(
            "pain",
            loinc(PAIN),
            value=quantity(v.pain_score, "{score}"),
            interpretation=flag(*pain_codes),
            notes=sentences(*pain_codes),
        ),
    ]
    if v.weight_kg is not None:
        ids.append(obs("weight", loinc(WEIGHT), value=quantity(v.weight_kg, "kg"), notes=sentences()))
    return ids


def notes(b: Builder) -> list[str]:
    """Each note, with its text as last corrected: an Observation coded LOINC 34746-8 Nurse note."""
    ids = []
    for note in b.summary.notes:
        stamp = note.stamp
        resource: JsonObject = {
            "resourceType": "Observation",
            "id": b.session_id("note", stamp.event_id),
            "status": "amended" if stamp.corrected else "final",
            "code": loinc(NURSE_NOTE),
            "subject": b.subject(),
            "encounter": b.encounter(),
            "effectiveDateTime": iso(stamp.occurred_at),
            "issued": iso(stamp.recorded_at),
            "performer": [b.nurse(stamp.by)],
            "valueString": note.text,
        }
        ids.append(b.add(resource))
    return ids
