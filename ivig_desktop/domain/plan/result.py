"""`Plan`: the result of the engine, and its JSON-ready form (`Plan.to_dict`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.body import DosingWeight
from ivig_desktop.domain.catalog import INDICATION_NAMES, Indication, Ladder, Note, Product, Protocol
from ivig_desktop.domain.plan.model import PLAN_FORMAT, DosePlan, Limit, Override, PlanRequest, PlanStep
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.working import Working


@dataclass(frozen=True)
class Plan:
    """The infusion plan: steps, limits, dose, duration, warnings, and the working for every number."""

    request: PlanRequest
    product: Product
    protocol: Protocol
    protocol_fallback: bool
    concentration_percent: Decimal
    weight_kg: Decimal
    height_cm: Decimal | None
    dosing_weight: DosingWeight
    per_kg_weight_kg: Fraction
    per_kg_weight_basis: str
    start_rule: str
    ladder: Ladder | None
    steps: tuple[PlanStep, ...]
    limits: tuple[Limit, ...]
    hard_limit: Limit
    ceiling_name: str
    overrides: tuple[Override, ...]
    max_ml_per_h: Decimal
    max_working: Working
    dose: DosePlan | None
    warnings: tuple[str, ...]
    notes: tuple[Note, ...]
    policy: ClinicPolicy

    @property
    def indication(self) -> Indication:
        return self.request.indication

    @property
    def estimated_minutes(self) -> int | None:
        return self.dose.estimated_minutes if self.dose else None

    def workings(self) -> tuple[Working, ...]:
        """The working of every number, in reading order: dosing weight, limits, steps, maximum, dose."""
        workings = [self.dosing_weight.working, *(limit.working for limit in self.limits)]
        workings.extend(step.working for step in self.steps)
        workings.append(self.max_working)
        if self.dose is not None:
            dose = self.dose
            workings.extend([dose.ordered_working, dose.vials.working, dose.volume_working, dose.duration_working])
        return tuple(workings)

    def to_dict(self) -> dict[str, object]:
        """The plan as JSON-ready values. Numbers are Decimals rounded as shown (exact at that precision)."""
        rounding = self.policy.rounding
        per_kg = rounding.per_kg_rate_places
        dose = self.dose
        working: dict[str, object] = {
            "dosing_weight_kg": self.dosing_weight.working.to_dict(),
            "max_ml_per_h": self.max_working.to_dict(),
        }
        if dose is not None:
            working["dose_g"] = dose.ordered_working.to_dict()
            working["vials"] = dose.vials.working.to_dict()
            working["volume_ml"] = dose.volume_working.to_dict()
            working["estimated_minutes"] = dose.duration_working.to_dict()
        return {
            "format": PLAN_FORMAT,
            "product": self.product.id,
            "product_name": self.product.name,
            "indication": self.indication.value,
            "indication_name": INDICATION_NAMES[self.indication],
            "protocol_indications": [i.value for i in self.protocol.indications],
            "protocol_fallback": self.protocol_fallback,
            "protocol_label_text": self.protocol.label_text,
            "protocol_confirmed": self.protocol.confirmed,
            "concentration_percent": self.concentration_percent,
            "weight_kg": self.weight_kg,
            "height_cm": self.height_cm,
            "sex": self.request.sex.value if self.request.sex else None,
            "dosing_weight_kg": self.dosing_weight.shown_kg,
            "dosing_weight_method": self.dosing_weight.used.value,
            "dosing_weight_method_requested": self.dosing_weight.requested.value,
            "per_kg_rate_weight_kg": units.trimmed(self.per_kg_weight_kg, rounding.weight_places),
            "per_kg_rate_weight_basis": self.per_kg_weight_basis,
            "infusion": self.request.infusion.value,
            "start_rule": self.start_rule,
            "at_risk": self.request.at_risk,
            "ladder": self.ladder.id if self.ladder else None,
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
                for step in self.steps
            ],
            "max_ml_per_h": self.max_ml_per_h,
            "max_mg_per_kg_min": self.steps[-1].rate_mg_per_kg_min,
            "ceiling": self.ceiling_name,
            "limits": [
                {
                    "kind": limit.kind.value,
                    "name": limit.name,
                    "mg_per_kg_min": units.trimmed(limit.rate_mg_per_kg_min, per_kg),
                    "ml_per_h": units.trimmed(limit.rate_ml_per_h, per_kg),
                    "inclusive": limit.inclusive,
                    "origin": limit.origin.value,
                    "source": limit.source,
                    "binding_hard_limit": limit is self.hard_limit,
                    "working": limit.working.to_dict(),
                }
                for limit in self.limits
            ],
            "overrides": [
                {
                    "field": override.field,
                    "limit": override.limit.name,
                    "limit_mg_per_kg_min": units.trimmed(override.limit.rate_mg_per_kg_min, per_kg),
                    "requested_mg_per_kg_min": units.trimmed(override.requested_mg_per_kg_min, per_kg),
                    "reason": override.reason,
                }
                for override in self.overrides
            ],
            "dose_g_per_kg": dose.dose_g_per_kg if dose else None,
            "ordered_g": units.round_half_up(dose.ordered_g, rounding.dose_places) if dose else None,
            "vial_rounding": dose.vials.rule.value if dose else None,
            "vials": [{"size_g": size, "count": count} for size, count in dose.vials.vials] if dose else None,
            "dose_g": units.trimmed(dose.dose_g, rounding.dose_places) if dose else None,
            "volume_ml": units.round_half_up(dose.volume_ml, rounding.volume_places) if dose else None,
            "estimated_minutes": dose.estimated_minutes if dose else None,
            "warnings": list(self.warnings),
            "notes": [{"topic": note.topic, "text": note.text, "confirmed": note.confirmed} for note in self.notes],
            "working": working,
            "policy": {
                "pump": {
                    "name": self.policy.pump.name,
                    "max_ml_per_h": self.policy.pump.max_ml_per_h,
                    "resolution_ml_per_h": rounding.pump_resolution_ml_per_h,
                },
                "max_chair_minutes": self.policy.max_chair_minutes,
                "at_risk_minimum_practicable_rule": self.policy.minimum_practicable_rule,
                "pump_resolution_ml_per_h": rounding.pump_resolution_ml_per_h,
                "escalation_factor": self.policy.escalation_factor,
                "escalation_interval_min": self.policy.escalation_interval_min,
                "vial_rounding": self.policy.vial_rounding.value,
                "per_kg_weight": self.policy.per_kg_weight.value,
                "at_risk_minimum_practicable_mg_per_kg_min": (self.policy.at_risk_minimum_practicable_mg_per_kg_min),
                "long_gap_weeks": self.policy.long_gap_weeks,
                "source": self.policy.source,
            },
            "catalog": {
                "sources": list(self.product.sources),
                "verified_on": self.product.verified_on.isoformat(),
                "unconfirmed": self.product.unconfirmed_fields,
            },
        }
