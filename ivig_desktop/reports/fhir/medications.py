"""Medication (one per lot) and MedicationAdministration resources: the infusion, its rate segments,
premedications and reaction medications."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ivig_desktop.domain.infusion import Outcome
from ivig_desktop.reports import text
from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import (
    GTIN_SYSTEM,
    JsonObject,
    dose_json,
    iso,
    quantity,
    route_json,
)
from ivig_desktop.reports.summary import RateRow, VialRow


def medications(b: Builder) -> dict[str, str]:
    """One Medication per lot (product, lot, expiry); returns lot -> resource id."""
    s = b.summary
    product_names = {s.plan.product_id: s.plan.product_name} if s.plan else {}
    by_lot: dict[tuple[str, str, str], list[VialRow]] = {}
    for vial in s.vials:
        by_lot.setdefault((vial.product_id, vial.lot, vial.expiry.isoformat()), []).append(vial)
    ids: dict[str, str] = {}
    for (product_id, lot, expiry), vials in by_lot.items():
        resource: JsonObject = {
            "resourceType": "Medication",
            "id": b.session_id("medication", product_id, lot, expiry),
        }
        gtins = sorted({v.gtin for v in vials if v.gtin})
        if gtins:
            resource["identifier"] = [{"system": GTIN_SYSTEM, "value": gtin} for gtin in gtins]
        resource["code"] = {"text": product_names.get(product_id, product_id)}
        resource["batch"] = {"lotNumber": lot, "expirationDate": expiry}
        ids[lot] = b.add(resource)
    return ids


def administrations(b: Builder, lots: dict[str, str]) -> tuple[list[str], dict[int, str]]:
    """The infusion: one MedicationAdministration per lot (what was given: its grams, the infusion's period,
    route IV) and one per pump-rate segment (how fast: dosage.rateQuantity in mL/h, `partOf` the lot
    administrations). Returns the lot administrations' ids and the segment administrations' ids by the
    entry that set the rate."""
    s = b.summary
    i = s.infusion
    if i.started_at is None or s.plan is None:
        return [], {}
    plan = s.plan
    if i.running:
        status = "on-hold" if s.rates and s.rates[-1].action in ("pause", "stop") else "in-progress"
    else:
        status = "stopped" if i.outcome is Outcome.STOPPED else "completed"
    period: JsonObject = {"start": iso(i.started_at)}
    if i.ended_at is not None:
        period["end"] = iso(i.ended_at)
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
            until = f" until {iso(row.until)}" if row.until else ""
            notes.append({"text": f"{row.label} at {iso(row.stamp.occurred_at)}{until}: {row.reason}".strip()})
    grams: dict[str, Decimal] = {}
    for vial in s.vials:
        grams[vial.lot] = grams.get(vial.lot, Decimal(0)) + vial.size_g
    whole_ids: list[str] = []
    for lot, medication_id in lots.items():
        resource: JsonObject = {
            "resourceType": "MedicationAdministration",
            "id": b.session_id("administration", lot),
            "status": status,
            "medicationReference": b.ref(medication_id, f"{plan.product_name} lot {lot}"),
            "subject": b.subject(),
            "effectivePeriod": period,
            "performer": [{"actor": b.nurse(starter)}],
        }
        if reason:
            resource["reasonCode"] = reason
        resource["note"] = notes
        resource["dosage"] = {
            "text": f"{text.number(grams[lot])} g from lot {lot} of {text.number(plan.vials_g)} g "
            f"{plan.product_name} in {text.volume(plan.volume_ml)}, pooled and infused IV by pump",
            "route": route_json("IV"),
            "dose": quantity(grams[lot], "g"),
        }
        whole_ids.append(b.add(resource))
    segments: dict[int, str] = {}
    for row in s.rates:
        if row.rate_ml_per_h is None or row.rate_ml_per_h == 0 or row.action in ("hold", "end"):
            continue
        segments[row.stamp.event_id] = b.add(_segment(b, row, whole_ids, status))
    return whole_ids, segments


def _segment(b: Builder, row: RateRow, whole_ids: Sequence[str], status: str) -> JsonObject:
    s = b.summary
    assert s.plan is not None and row.rate_ml_per_h is not None
    period: JsonObject = {"start": iso(row.stamp.occurred_at)}
    if row.until is not None:
        period["end"] = iso(row.until)
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
        "id": b.session_id("rate", row.stamp.event_id),
    }
    if whole_ids:  # FHIR allows no empty lists
        resource["partOf"] = [b.ref(whole) for whole in whole_ids]
    return resource | {
        "status": "completed" if row.until is not None else status,
        "medicationCodeableConcept": {"text": s.plan.product_name},
        "subject": b.subject(),
        "effectivePeriod": period,
        "performer": [{"actor": b.nurse(row.stamp.by)}],
        "note": note,
        "dosage": {
            "text": words,
            "route": route_json("IV"),
            "rateQuantity": quantity(row.rate_ml_per_h, "mL/h"),
        },
    }


def other_medications(b: Builder) -> None:
    """Premedication and medications given for reactions: MedicationAdministrations by name (no codes)."""
    s = b.summary
    for premed in s.premeds:
        b.add(
            {
                "resourceType": "MedicationAdministration",
                "id": b.session_id("premedication", premed.stamp.event_id),
                "status": "completed",
                "category": {"text": "Premedication"},
                "medicationCodeableConcept": {"text": premed.drug},
                "subject": b.subject(),
                "effectiveDateTime": iso(premed.stamp.occurred_at),
                "performer": [{"actor": b.nurse(premed.stamp.by)}],
                "note": [{"text": f"Given by {premed.given_by}"}],
                "dosage": {
                    "text": f"{premed.drug} {text.number(premed.dose)} {premed.unit} {premed.route}",
                    "route": route_json(premed.route),
                    "dose": dose_json(premed.dose, premed.unit),
                },
            }
        )
    for number, row in enumerate(s.reactions, start=1):
        for index, med in enumerate(row.record.medications):
            b.add(
                {
                    "resourceType": "MedicationAdministration",
                    "id": b.session_id("reaction-medication", row.record.event_id, index),
                    "status": "completed",
                    "category": {"text": "Treatment of an infusion reaction"},
                    "medicationCodeableConcept": {"text": med.name},
                    "subject": b.subject(),
                    "effectiveDateTime": iso(med.given_at),
                    "performer": [{"actor": b.nurse(row.stamp.by)}],
                    "note": [{"text": f"For reaction {number} (onset {iso(row.record.onset_at)})"}],
                    "dosage": {
                        "text": f"{med.name} {text.number(med.dose)} {med.unit.value} {med.route.value}",
                        "route": route_json(med.route.value),
                        "dose": dose_json(med.dose, med.unit.value),
                    },
                }
            )
