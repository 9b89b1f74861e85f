"""The request checked before anything is planned: every bad field reported at once, by name."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ivig_desktop.domain.body import validate_height_cm, validate_weight_kg
from ivig_desktop.domain.catalog import Catalog, Ladder, Ladders, Product
from ivig_desktop.domain.errors import FieldErrors
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import in_range
from ivig_desktop.domain.plan.context import capture
from ivig_desktop.domain.plan.model import (
    COURSE_DAYS_MAX,
    DOSE_G_PER_KG_MAX,
    DOSE_G_PER_KG_MIN,
    PRESCRIBER_MAX_CHARS,
    WEEKS_SINCE_LAST_MAX,
    PlanRequest,
)
from ivig_desktop.domain.units import show

msg = messages(__name__)


@dataclass(frozen=True)
class Inputs:
    """The request's references resolved and its numbers validated."""

    product: Product
    weight_kg: Decimal
    height_cm: Decimal | None
    ladder: Ladder | None
    concentration_percent: Decimal


def validate(request: PlanRequest, catalog: Catalog, ladders: Ladders) -> Inputs:
    """Resolve the product and ladder and check every number; raises ValidationError naming every bad field."""
    errors = FieldErrors()
    product = capture(errors, lambda: catalog.get(request.product_id))
    weight = capture(errors, lambda: validate_weight_kg(request.weight_kg))
    height_input, ladder_id = request.height_cm, request.ladder_id
    height = capture(errors, lambda: validate_height_cm(height_input)) if height_input is not None else None
    ladder = capture(errors, lambda: ladders.get(ladder_id)) if ladder_id else None
    concentration = (
        capture(errors, lambda: product.concentration_for(request.concentration_percent)) if product else None
    )
    if request.dose_g_per_kg is not None:
        dose_value = request.dose_g_per_kg
        capture(
            errors,
            lambda: in_range(dose_value, DOSE_G_PER_KG_MIN, DOSE_G_PER_KG_MAX, "dose_g_per_kg", msg("Dose"), "g/kg"),
        )
    if request.weeks_since_last is not None:
        weeks = request.weeks_since_last
        capture(
            errors,
            lambda: in_range(
                weeks,
                Decimal(0),
                WEEKS_SINCE_LAST_MAX,
                "weeks_since_last",
                msg("Weeks since the last infusion"),
                "weeks",
            ),
        )
    personal = request.personal
    if personal is not None:
        for field, value in (
            ("personal_start_mg_per_kg_min", personal.start_rate_mg_per_kg_min),
            ("personal_max_mg_per_kg_min", personal.max_rate_mg_per_kg_min),
        ):
            if value is not None and (not value.is_finite() or value <= 0):
                errors.add(field, msg("A personal rate must be a positive number of mg/kg/min."))
        start, top = personal.start_rate_mg_per_kg_min, personal.max_rate_mg_per_kg_min
        if start is not None and top is not None and start > top:
            errors.add(
                "personal_start_mg_per_kg_min",
                msg(
                    "The personal start step ({start} mg/kg/min) is above the personal maximum ({top} mg/kg/min).",
                    start=show(start),
                    top=show(top),
                ),
            )
    if not 1 <= request.course_days <= COURSE_DAYS_MAX:
        errors.add(
            "course_days", msg("A course is 1 to {course_days_max} consecutive days.", course_days_max=COURSE_DAYS_MAX)
        )
    elif not 1 <= request.course_day <= request.course_days:
        errors.add(
            "course_day", msg("The course day must be between 1 and {course_days}.", course_days=request.course_days)
        )
    prescriber = request.off_label_prescriber
    if prescriber is not None and len(" ".join(prescriber.split())) > PRESCRIBER_MAX_CHARS:
        errors.add(
            "off_label_prescriber",
            msg(
                "The prescriber's name must be at most {prescriber_max_chars} characters.",
                prescriber_max_chars=PRESCRIBER_MAX_CHARS,
            ),
        )
    requested_max = request.requested_max_rate_mg_per_kg_min
    if requested_max is not None and (not requested_max.is_finite() or requested_max <= 0):
        errors.add("max_mg_per_kg_min", msg("The requested maximum must be a positive number of mg/kg/min."))
    errors.raise_if_any()
    assert product is not None and weight is not None and concentration is not None
    return Inputs(product, weight, height, ladder, concentration)
