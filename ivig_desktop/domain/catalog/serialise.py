"""The catalog as plain data, for JSON."""

from __future__ import annotations

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog.doses import DoseLimit
from ivig_desktop.domain.catalog.model import AtRisk, Doubling, Increment, Product, RateList, StepRule


def _at_risk_dict(at_risk: AtRisk | None) -> dict[str, object] | None:
    if at_risk is None:
        return None
    return {
        "text": at_risk.text,
        "rate": at_risk.rate,
        "unit": at_risk.unit.value if at_risk.rate is not None else None,
        "bound": at_risk.bound.value if at_risk.rate is not None else None,
        "minimum_practicable": at_risk.minimum_practicable,
        "condition": at_risk.condition,
        "confirmed": at_risk.confirmed,
        "source": at_risk.source or None,
    }


def dose_limit_dict(limit: DoseLimit) -> dict[str, object]:
    return {
        "indications": [i.value for i in limit.indications],
        "max_day_g_per_kg": limit.max_day_g_per_kg,
        "max_course_g_per_kg": limit.max_course_g_per_kg,
        "min_course_g_per_kg": limit.min_course_g_per_kg,
        "period": limit.period,
        "text": limit.text,
        "source": limit.source,
        "confirmed": limit.confirmed,
    }


def _rule_dict(rule: StepRule) -> dict[str, object]:
    if isinstance(rule, RateList):
        return {
            "kind": rule.kind,
            "rates": list(rule.rates),
            "interval_min": rule.interval_min,
            "then_as_tolerated": rule.then_as_tolerated,
        }
    if isinstance(rule, Increment):
        return {"kind": rule.kind, "increment": rule.increment, "interval_min": rule.interval_min}
    if isinstance(rule, Doubling):
        return {"kind": rule.kind, "interval_min": rule.interval_min}
    return {
        "kind": rule.kind,
        "interval_min": rule.interval_min,
        "interval_range_min": list(rule.interval_range_min) if rule.interval_range_min else None,
    }


def product_to_dict(product: Product, per_kg_rate_places: int = 4) -> dict[str, object]:
    """A product as JSON-ready values (rates in the label's unit, plus mg/kg/min for the start and max)."""
    concentrations = (
        (product.concentration_percent,)
        if product.concentration_percent is not None
        else product.concentration_choices_percent
    )
    protocols: list[dict[str, object]] = []
    for protocol in product.protocols:
        protocols.append(
            {
                "indications": [i.value for i in protocol.indications],
                "label_text": protocol.label_text,
                "unit": protocol.unit.value,
                "start": protocol.start,
                "start_duration_min": protocol.start_duration_min,
                "max": protocol.max,
                "start_mg_per_kg_min": units.trimmed(
                    protocol.start_mg_per_kg_min(concentrations[0]), per_kg_rate_places
                ),
                "max_mg_per_kg_min": units.trimmed(protocol.max_mg_per_kg_min(concentrations[0]), per_kg_rate_places),
                "rule": _rule_dict(protocol.rule),
                "maintenance_start": protocol.maintenance_start,
                "maintenance_start_note": protocol.maintenance_start_note or None,
                "at_risk": _at_risk_dict(protocol.at_risk),
                "confirmed": protocol.confirmed,
                "unconfirmed_reason": protocol.unconfirmed_reason or None,
            }
        )
    return {
        "id": product.id,
        "name": product.name,
        "display_name": product.display_name,
        "concentration_percent": product.concentration_percent,
        "concentration_choices_percent": list(product.concentration_choices_percent) or None,
        "form": product.form,
        "vial_sizes_g": list(product.vial_sizes_g),
        "vial_sizes_source": product.vial_sizes_source or None,
        "general_indication": product.general_indication.value,
        "indications": [i.value for i in product.indications],
        "protocols": protocols,
        "at_risk": _at_risk_dict(product.at_risk),
        "dose_limits": [dose_limit_dict(limit) for limit in product.dose_limits],
        "first_infusion": None
        if product.first_infusion is None
        else {
            "max_concentration_percent": product.first_infusion.max_concentration_percent,
            "indications": [i.value for i in product.first_infusion.indications],
            "text": product.first_infusion.text,
            "source": product.first_infusion.source,
        },
        "notes": [{"topic": n.topic, "text": n.text, "confirmed": n.confirmed} for n in product.notes],
        "sources": list(product.sources),
        "verified_on": product.verified_on.isoformat(),
        "unconfirmed": product.unconfirmed_fields,
        "same_as": product.same_as,
    }
