"""The plan as plain data, for JSON (`schedule --json`, exports): every number, its working, the warnings, the
OFF-LABEL state, the course day, the dose limit and a proposed split over days."""

from __future__ import annotations

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog import INDICATION_NAMES
from ivig_desktop.domain.plan.model import PLAN_FORMAT
from ivig_desktop.domain.plan.result import Plan


def plan_to_dict(plan: Plan) -> dict[str, object]:
    """The plan as JSON-ready values (`schedule --json`). Numbers are Decimals rounded as shown (exact at that
    precision); every number's working is included."""
    rounding = plan.policy.rounding
    per_kg = rounding.per_kg_rate_places
    dose = plan.dose
    working: dict[str, object] = {
        "dosing_weight_kg": plan.dosing_weight.working.to_dict(),
        "max_ml_per_h": plan.max_working.to_dict(),
    }
    if plan.dose_check is not None:
        working["dose_limit"] = plan.dose_check.working.to_dict()
    if plan.split is not None:
        working["split"] = plan.split.working.to_dict()
    if dose is not None:
        working["dose_g"] = dose.ordered_working.to_dict()
        working["vials"] = dose.vials.working.to_dict()
        working["volume_ml"] = dose.volume_working.to_dict()
        working["estimated_minutes"] = dose.duration_working.to_dict()
    return {
        "format": PLAN_FORMAT,
        "product": plan.product.id,
        "product_name": plan.product.name,
        "indication": plan.indication.value,
        "indication_name": INDICATION_NAMES[plan.indication],
        "labelled_indications": [i.value for i in plan.product.indications],
        "off_label": _off_label(plan),
        "course": _course(plan),
        "protocol_indications": [i.value for i in plan.protocol.indications],
        "protocol_fallback": plan.protocol_fallback,
        "protocol_label_text": plan.protocol.label_text,
        "protocol_confirmed": plan.protocol.confirmed,
        "concentration_percent": plan.concentration_percent,
        "weight_kg": plan.weight_kg,
        "height_cm": plan.height_cm,
        "sex": plan.request.sex.value if plan.request.sex else None,
        "dosing_weight_kg": plan.dosing_weight.shown_kg,
        "dosing_weight_method": plan.dosing_weight.used.value,
        "dosing_weight_method_requested": plan.dosing_weight.requested.value,
        "per_kg_rate_weight_kg": units.trimmed(plan.per_kg_weight_kg, rounding.weight_places),
        "per_kg_rate_weight_basis": plan.per_kg_weight_basis,
        "infusion": plan.request.infusion.value,
        "start_rule": plan.start_rule,
        "at_risk": plan.request.at_risk,
        "ladder": plan.ladder.id if plan.ladder else None,
        "steps": [
            {
                "number": step.number,
                "start_min": step.start_min,
                "duration_min": step.duration_min,
                "mg_per_kg_min": step.rate_mg_per_kg_min,
                "ml_per_kg_h": step.rate_ml_per_kg_h,
                "ml_per_h": step.rate_ml_per_h,
                "origin": step.origin.value,
                "capped_by": step.capped_by,
                "volume_ml": None
                if step.volume_ml is None
                else units.round_half_up(step.volume_ml, rounding.volume_places),
                "working": step.working.to_dict(),
            }
            for step in plan.steps
        ],
        "max_ml_per_h": plan.max_ml_per_h,
        "max_mg_per_kg_min": plan.steps[-1].rate_mg_per_kg_min,
        "ceiling": plan.ceiling_name,
        "limits": [
            {
                "kind": limit.kind.value,
                "name": limit.name,
                "mg_per_kg_min": units.trimmed(limit.rate_mg_per_kg_min, per_kg),
                "ml_per_h": units.trimmed(limit.rate_ml_per_h, per_kg),
                "inclusive": limit.inclusive,
                "origin": limit.origin.value,
                "source": limit.source,
                "binding_hard_limit": limit is plan.hard_limit,
                "working": limit.working.to_dict(),
            }
            for limit in plan.limits
        ],
        "overrides": [
            {
                "field": override.field,
                "limit": override.limit.name,
                "limit_mg_per_kg_min": units.trimmed(override.limit.rate_mg_per_kg_min, per_kg),
                "requested_mg_per_kg_min": units.trimmed(override.requested_mg_per_kg_min, per_kg),
                "reason": override.reason,
            }
            for override in plan.overrides
        ],
        "dose_g_per_kg": dose.dose_g_per_kg if dose else None,
        "ordered_g": units.round_half_up(dose.ordered_g, rounding.dose_places) if dose else None,
        "vial_rounding": dose.vials.rule.value if dose else None,
        "vials": [{"size_g": size, "count": count} for size, count in dose.vials.vials] if dose else None,
        "dose_g": units.trimmed(dose.dose_g, rounding.dose_places) if dose else None,
        "volume_ml": units.round_half_up(dose.volume_ml, rounding.volume_places) if dose else None,
        "estimated_minutes": dose.estimated_minutes if dose else None,
        "dose_limit": _dose_limit(plan),
        "max_chair_minutes": plan.policy.max_chair_minutes,
        "split": _split(plan),
        "first_infusion_rule": plan.first_infusion_rule,
        "ladder_requested": plan.ladder_requested,
        "warnings": list(plan.warnings),
        "notes": [{"topic": note.topic, "text": note.text, "confirmed": note.confirmed} for note in plan.notes],
        "working": working,
        "policy": {
            "pump": {
                "name": plan.policy.pump.name,
                "max_ml_per_h": plan.policy.pump.max_ml_per_h,
                "resolution_ml_per_h": rounding.pump_resolution_ml_per_h,
            },
            "max_chair_minutes": plan.policy.max_chair_minutes,
            "at_risk_minimum_practicable_rule": plan.policy.minimum_practicable_rule,
            "pump_resolution_ml_per_h": rounding.pump_resolution_ml_per_h,
            "escalation_factor": plan.policy.escalation_factor,
            "escalation_interval_min": plan.policy.escalation_interval_min,
            "vial_rounding": plan.policy.vial_rounding.value,
            "per_kg_weight": plan.policy.per_kg_weight.value,
            "at_risk_minimum_practicable_mg_per_kg_min": (plan.policy.at_risk_minimum_practicable_mg_per_kg_min),
            "long_gap_weeks": plan.policy.long_gap_weeks,
            "source": plan.policy.source,
        },
        "catalog": {
            "sources": list(plan.product.sources),
            "verified_on": plan.product.verified_on.isoformat(),
            "unconfirmed": plan.product.unconfirmed_fields,
        },
    }


def _off_label(plan: Plan) -> dict[str, object] | None:
    off = plan.off_label
    if off is None:
        return None
    return {
        "status": "OFF-LABEL",
        "prescriber": off.prescriber,
        "indication": off.indication.value,
        "labelled_indications": [i.value for i in off.labelled],
        "text": off.text,
    }


def _course(plan: Plan) -> dict[str, object]:
    request = plan.request
    day = request.dose_g_per_kg
    return {
        "day": request.course_day,
        "days": request.course_days,
        "dose_g_per_kg_per_day": day,
        "course_g_per_kg": None if day is None else day * request.course_days,
        "text": plan.course_text,
    }


def _dose_limit(plan: Plan) -> dict[str, object] | None:
    check = plan.dose_check
    if check is None:
        return None
    limit = check.limit
    return {
        "course_g_per_kg": check.course_g_per_kg,
        "max_day_g_per_kg": limit.max_day_g_per_kg if limit else None,
        "max_course_g_per_kg": limit.max_course_g_per_kg if limit else None,
        "min_course_g_per_kg": limit.min_course_g_per_kg if limit else None,
        "period": limit.period if limit else None,
        "text": limit.text if limit else None,
        "source": check.working.source,
        "confirmed": limit.confirmed if limit else None,
    }


def _split(plan: Plan) -> dict[str, object] | None:
    split = plan.split
    if split is None:
        return None
    rounding = plan.policy.rounding
    return {
        "days": split.days,
        "fits": split.fits,
        "grams_per_day": units.trimmed(split.grams_per_day, rounding.dose_places),
        "ordered_g_per_day": units.round_half_up(split.ordered_g_per_day, rounding.dose_places),
        "dose_g_per_kg_per_day": units.trimmed(split.dose_g_per_kg_per_day, rounding.per_kg_rate_places),
        "vials_per_day": [{"size_g": size, "count": count} for size, count in split.vials.vials],
        "volume_ml_per_day": units.round_half_up(split.volume_ml_per_day, rounding.volume_places),
        "estimated_minutes_per_day": split.minutes_per_day,
    }
