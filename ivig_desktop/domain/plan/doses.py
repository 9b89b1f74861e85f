"""Dose limits by indication, from the label (issue 11, item 6): a day's dose and a course's total, each against the
label's own figure (the product's row, else the catalog's default for the indication), with its source.

A course is `course_days` consecutive days at `dose_g_per_kg` a day (ITP 1 g/kg x 2 days, GBS 0.4 g/kg x 5); a
single infusion is a course of one day. Above the label's per-day or per-course dose is refused; below its usual
minimum is flagged. An indication with no label dose anywhere (OTHER) keeps only the app's plausibility range.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ivig_desktop.domain.catalog import INDICATION_NAMES, Catalog, DoseLimit, Indication, Product
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.plan.model import DOSE_G_PER_KG_MAX, DOSE_G_PER_KG_MIN
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import Term, Working, parenthesised


@dataclass(frozen=True)
class DoseCheck:
    """The dose limit that applies, the course total, and the working that shows the comparison."""

    limit: DoseLimit | None
    course_g_per_kg: Decimal
    working: Working
    warnings: tuple[str, ...]


def check_dose(
    catalog: Catalog,
    product: Product,
    indication: Indication,
    dose_g_per_kg: Decimal,
    course_days: int,
    *,
    field: str = "dose_g_per_kg",
) -> DoseCheck:
    """Check one day's dose and the course total against the label's limit for the indication.

    Raises ValidationError on `field` for a dose above the label's per-day or per-course figure, naming it and its
    source."""
    course = dose_g_per_kg * course_days
    limit = catalog.dose_limit(product, indication)
    days = f"{course_days} day{'s' if course_days != 1 else ''}"
    course_text = f"{show(dose_g_per_kg)} g/kg a day x {days} = {show(course)} g/kg"
    warnings: list[str] = []
    if limit is None:
        return DoseCheck(
            None,
            course,
            Working(
                quantity="dose limit",
                result=f"{show(course)} g/kg course: no label dose for {indication.value}",
                formula="course (g/kg) = dose per day x days",
                arithmetic=f"{course_text}; plausibility range {show(DOSE_G_PER_KG_MIN)}-{show(DOSE_G_PER_KG_MAX)} "
                "g/kg per day",
                source=f"no label gives a dose for {indication.value} ({INDICATION_NAMES[indication]}); "
                "the app's plausibility range applies",
                inputs=_inputs(dose_g_per_kg, course_days),
            ),
            (),
        )
    where = "the product's label" if limit in product.dose_limits else "the catalog's default for the indication"
    label = f"{limit.text} {parenthesised(limit.source)}"
    if dose_g_per_kg > limit.max_day_g_per_kg:
        raise ValidationError.one(
            field,
            f"Refused: {show(dose_g_per_kg)} g/kg in one day is above {show(limit.max_day_g_per_kg)} g/kg a day "
            f"for {indication.value}: {label}. Divide the course over more days.",
        )
    if course > limit.max_course_g_per_kg:
        raise ValidationError.one(
            field,
            f"Refused: a course of {course_text} is above {show(limit.max_course_g_per_kg)} g/kg "
            f"{limit.period} for {indication.value}: {label}.",
        )
    if limit.min_course_g_per_kg is not None and course < limit.min_course_g_per_kg:
        warnings.append(
            f"A course of {course_text} is below the label's usual {show(limit.min_course_g_per_kg)} g/kg "
            f"{limit.period} for {indication.value} {parenthesised(label)}: confirm the order with the prescriber."
        )
    if not limit.confirmed:
        warnings.append(f"UNCONFIRMED dose limit for {indication.value}: {label}.")
    return DoseCheck(
        limit,
        course,
        Working(
            quantity="dose limit",
            result=(
                f"{show(dose_g_per_kg)} g/kg a day (at most {show(limit.max_day_g_per_kg)}), course "
                f"{show(course)} g/kg (at most {show(limit.max_course_g_per_kg)} g/kg {limit.period})"
            ),
            formula="course (g/kg) = dose per day x days; each at most the label's figure for the indication",
            arithmetic=course_text,
            source=f"{where}: {label}",
            inputs=_inputs(dose_g_per_kg, course_days),
            notes=("above either figure is refused; below the usual course is flagged",),
        ),
        tuple(warnings),
    )


def _inputs(dose_g_per_kg: Decimal, course_days: int) -> tuple[Term, ...]:
    return (Term("dose per day", show(dose_g_per_kg), "g/kg"), Term("course", str(course_days), "days"))
