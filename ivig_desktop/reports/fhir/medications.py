"""What was ordered and given: the regimen (MedicationRequest), the product's lots (Medication), the infusion as ONE
MedicationAdministration (total grams and volume, the lots, the rate history in an extension), and premedications,
reaction medications and the flush, each its own MedicationAdministration."""

from __future__ import annotations

from decimal import Decimal

from ivig_desktop.domain.infusion import Outcome
from ivig_desktop.reports import text
from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import (
    GTIN_SYSTEM,
    RATE_CHANGE_EXTENSION,
    VOLUME_EXTENSION,
    JsonObject,
    dose_json,
    iso,
    quantity,
    route_json,
)
from ivig_desktop.reports.fhir.rxnorm import bundled_rxnorm, medication_code
from ivig_desktop.reports.summary import RateRow, VialRow


def _product(b: Builder, product_id: str) -> JsonObject:
    name = b.summary.product_name(product_id)
    return medication_code(name, bundled_rxnorm().for_product(product_id))


def _drug(name: str) -> JsonObject:
    return medication_code(name, bundled_rxnorm().for_drug(name))


def regimen(b: Builder) -> str | None:
    """The regimen in force as the order (MedicationRequest): product, dose per kg, frequency, prescriber."""
    s = b.summary
    r = s.regimen
    if r is None:
        return None
    resource: JsonObject = {
        "resourceType": "MedicationRequest",
        "id": b.session_id("regimen", s.patient.id, r.version),
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": _product(b, r.product_id),
        "subject": b.subject(),
        "authoredOn": iso(r.saved_at),
        "recorder": b.nurse(r.saved_by),
    }
    if r.prescriber:
        resource["requester"] = {"display": r.prescriber}
    resource["reasonCode"] = [{"text": f"{r.indication_name} ({r.indication})"}]
    resource["groupIdentifier"] = {"value": f"regimen version {r.version}"}
    off_label = [f"OFF-LABEL: {r.indication} ordered off-label by {r.prescriber}"] if r.off_label else []
    notes = [*off_label, f"Regimen version {r.version}: {r.reason}"] + ([r.notes] if r.notes else [])
    resource["note"] = [{"text": words} for words in notes]
    resource["dosageInstruction"] = [
        {
            "text": ("OFF-LABEL: " if r.off_label else "")
            + f"{text.number(r.dose_g_per_kg)} g/kg on {r.dosing_weight_method} weight "
            f"({text.number(r.weight_kg)} kg), {r.frequency}, IV by pump",
            "timing": {"code": {"text": r.frequency}},
            "route": route_json("IV"),
            "doseAndRate": [{"doseQuantity": quantity(r.dose_g_per_kg, "g/kg")}],
        }
    ]
    return b.add(resource)


def medications(b: Builder) -> dict[str, str]:
    """One Medication per lot (product, lot, expiry, GTINs); returns lot -> resource id."""
    by_lot: dict[tuple[str, str, str], list[VialRow]] = {}
    for vial in b.summary.vials:
        by_lot.setdefault((vial.product_id, vial.lot, vial.expiry.isoformat()), []).append(vial)
    ids: dict[str, str] = {}
    for (product_id, lot, expiry), vials in by_lot.items():
        resource: JsonObject = {"resourceType": "Medication", "id": b.session_id("medication", product_id, lot, expiry)}
        own = b.own_identifier(resource["id"])
        gtins = sorted({v.gtin for v in vials if v.gtin})
        resource["identifier"] = [own, *({"system": GTIN_SYSTEM, "value": gtin} for gtin in gtins)]
        resource["code"] = _product(b, product_id)
        resource["batch"] = {"lotNumber": lot, "expirationDate": expiry}
        ids[lot] = b.add(resource, own)
    return ids


def _pooled(b: Builder, lots: dict[str, str]) -> str:
    """The infusion's Medication: the product, pooled from its lots (each an ingredient with its grams)."""
    s = b.summary
    assert s.plan is not None
    grams: dict[str, Decimal] = {}
    for vial in s.vials:
        grams[vial.lot] = grams.get(vial.lot, Decimal(0)) + vial.size_g
    resource: JsonObject = {
        "resourceType": "Medication",
        "id": b.session_id("pooled-medication"),
        "code": _product(b, s.plan.product_id),
        "form": {"text": "Solution for intravenous infusion"},
    }
    if lots:
        resource["ingredient"] = [
            {
                "itemReference": b.ref(medication_id, f"{s.plan.product_name} lot {lot}"),
                "isActive": True,
                "strength": {
                    "numerator": quantity(grams[lot], "g"),
                    "denominator": quantity(s.plan.volume_ml, "mL"),
                },
            }
            for lot, medication_id in lots.items()
        ]
    return b.add(resource)


def infusion(b: Builder, lots: dict[str, str], request: str | None) -> str | None:
    """The whole infusion as one MedicationAdministration: total grams and volume given, the pooled lots, every
    pump rate in the `rate-change` extension (an EHR's MAR shows one dose, not one per rate)."""
    s = b.summary
    i = s.infusion
    if i.started_at is None or s.plan is None:
        return None
    plan = s.plan
    if i.running:
        status = "on-hold" if s.rates and s.rates[-1].action in ("pause", "stop") else "in-progress"
    else:
        status = "stopped" if i.outcome is Outcome.STOPPED else "completed"
    period: JsonObject = {"start": iso(i.started_at)}
    if i.ended_at is not None:
        period["end"] = iso(i.ended_at)
    given_g = (i.volume_infused_ml * plan.concentration_percent / 100).quantize(Decimal("0.01"))
    starter = s.rates[0].stamp.by if s.rates else s.opened_by
    pooled = _pooled(b, lots)
    resource: JsonObject = {
        "resourceType": "MedicationAdministration",
        "id": b.session_id("infusion"),
        "extension": [
            {"url": VOLUME_EXTENSION, "valueQuantity": quantity(i.volume_infused_ml, "mL")},
            *(_rate_change(row) for row in s.rates if row.rate_ml_per_h is not None),
        ],
        "status": status,
        "medicationReference": b.ref(pooled, plan.product_name),
        "subject": b.subject(),
        "context": b.encounter(),
        "effectivePeriod": period,
        "performer": [{"actor": b.nurse(starter)}],
    }
    if s.regimen is not None:
        resource["reasonCode"] = [{"text": f"{s.regimen.indication_name} ({s.regimen.indication})"}]
    if request is not None:
        resource["request"] = b.ref(request, "Regimen in force")
    notes = [plan.off_label] if plan.off_label else []  # first, the whole sentence with its prescriber
    notes += [
        f"Volume infused {text.volume(i.volume_infused_ml)} of {text.volume(plan.volume_ml)} planned "
        f"({plan.product_name}, {text.number(plan.vials_g)} g in whole vials; lots {', '.join(s.lots) or 'none'}); "
        f"highest rate {text.rate(i.highest_rate_ml_per_h)}."
    ]
    if i.outcome_reason:
        notes.append(f"Stopped early: {i.outcome_reason}")
    for row in s.rates:
        if row.action in ("pause", "stop", "hold"):
            until = f" until {iso(row.until)}" if row.until else ""
            notes.append(f"{row.label} at {iso(row.stamp.occurred_at)}{until}: {row.reason}".strip())
    resource["note"] = [{"text": words} for words in notes]
    resource["dosage"] = {
        "text": ("OFF-LABEL: " if plan.off_label else "")
        + f"{text.number(given_g)} g {plan.product_name} ({text.volume(i.volume_infused_ml)} at "
        f"{text.number(plan.concentration_percent)}%) IV by pump; rates in the rate-change extension",
        "route": route_json("IV"),
        "dose": quantity(given_g, "g"),
    }
    return b.add(resource)


def _rate_change(row: RateRow) -> JsonObject:
    """One pump setting: when, the rate from then on (0 while paused), until when, what and why."""
    assert row.rate_ml_per_h is not None
    parts: list[JsonObject] = [
        {"url": "action", "valueCode": row.action},
        {"url": "start", "valueDateTime": iso(row.stamp.occurred_at)},
    ]
    if row.until is not None:
        parts.append({"url": "end", "valueDateTime": iso(row.until)})
    parts.append({"url": "rate", "valueQuantity": quantity(row.rate_ml_per_h, "mL/h")})
    if row.step is not None:
        parts.append({"url": "step", "valuePositiveInt": row.step})
    if row.volume_ml is not None and row.action not in ("hold", "pause", "stop"):
        parts.append({"url": "volume", "valueQuantity": quantity(row.volume_ml, "mL")})
    if row.reason:
        parts.append({"url": "reason", "valueString": row.reason})
    if row.override_reason:
        parts.append({"url": "overrideReason", "valueString": row.override_reason})
    return {"url": RATE_CHANGE_EXTENSION, "extension": parts}


def other_medications(b: Builder, infusion_id: str | None) -> None:
    """Premedications, medications given for reactions and the flush: each its own MedicationAdministration."""
    s = b.summary
    for premed in s.premeds:
        b.add(
            {
                "resourceType": "MedicationAdministration",
                "id": b.session_id("premedication", premed.stamp.event_id),
                "status": "completed",
                "category": {"text": "Premedication"},
                "medicationCodeableConcept": _drug(premed.drug),
                "subject": b.subject(),
                "context": b.encounter(),
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
                    "medicationCodeableConcept": _drug(med.name),
                    "subject": b.subject(),
                    "context": b.encounter(),
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
    c = s.closing
    if c.flush_ml is not None and c.flush_stamp is not None:
        flush: JsonObject = {
            "resourceType": "MedicationAdministration",
            "id": b.session_id("flush", c.flush_stamp.event_id),
            "status": "completed",
            "category": {"text": "Line flush after the infusion"},
            "medicationCodeableConcept": {"text": "Line flush solution (the clinic's protocol)"},
            "subject": b.subject(),
            "context": b.encounter(),
            "effectiveDateTime": iso(c.flush_stamp.occurred_at),
            "performer": [{"actor": b.nurse(c.flush_stamp.by)}],
        }
        if infusion_id is not None:
            flush["partOf"] = [b.ref(infusion_id, "The infusion")]
        flush["dosage"] = {
            "text": f"Line flushed with {text.number(c.flush_ml)} mL",
            "route": route_json("IV"),
            "dose": quantity(c.flush_ml, "mL"),
        }
        b.add(flush)
