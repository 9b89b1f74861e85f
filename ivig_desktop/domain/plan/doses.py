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
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.model import DOSE_G_PER_KG_MAX, DOSE_G_PER_KG_MIN
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import Term, Working, parenthesised

msg = messages(__name__)


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
    days = msg("{course_days} day{value}", course_days=course_days, value="s" if course_days != 1 else "")
    course_text = msg(
        "{dose_g_per_kg} g/kg a day x {days} = {course} g/kg",
        dose_g_per_kg=show(dose_g_per_kg),
        days=days,
        course=show(course),
    )
    warnings: list[str] = []
    if limit is None:
        return DoseCheck(
            None,
            course,
            Working(
                quantity=msg("dose limit"),
                result=msg(
                    "{course} g/kg course: no label dose for {value}", course=show(course), value=indication.value
                ),
                formula=msg("course (g/kg) = dose per day x days"),
                arithmetic=msg(
                    "{course_text}; plausibility range {dose_g_per_kg_min}-{dose_g_per_kg_max} g/kg per day",
                    course_text=course_text,
                    dose_g_per_kg_min=show(DOSE_G_PER_KG_MIN),
                    dose_g_per_kg_max=show(DOSE_G_PER_KG_MAX),
                ),
                source=msg(
                    "no label gives a dose for {value} ({indication_names}); the app's plausibility range applies",
                    value=indication.value,
                    indication_names=INDICATION_NAMES[indication],
                ),
                inputs=_inputs(dose_g_per_kg, course_days),
            ),
            (),
        )
    where = (
        msg("the product's label") if limit in product.dose_limits else msg("the catalog's default for the indication")
    )
    label = f"{limit.text} {parenthesised(limit.source)}"
    if dose_g_per_kg > limit.max_day_g_per_kg:
        raise ValidationError.one(
            field,
            msg(
                "Refused: {dose_g_per_kg} g/kg in one day is above {max_day_g_per_kg} g/kg a day for {value}: "
                "{label}. Divide the course over more days.",
                dose_g_per_kg=show(dose_g_per_kg),
                max_day_g_per_kg=show(limit.max_day_g_per_kg),
                value=indication.value,
                label=label,
            ),
        )
    if course > limit.max_course_g_per_kg:
        raise ValidationError.one(
            field,
            msg(
                "Refused: a course of {course_text} is above {max_course_g_per_kg} g/kg {period} for {value}: {label}.",
                course_text=course_text,
                max_course_g_per_kg=show(limit.max_course_g_per_kg),
                period=limit.period,
                value=indication.value,
                label=label,
            ),
        )
    if limit.min_course_g_per_kg is not None and course < limit.min_course_g_per_kg:
        warnings.append(
            msg(
                "A course of {course_text} is below the label's usual {min_course_g_per_kg} g/kg {period} for "
                "{value} {label}: confirm the order with the prescriber.",
                course_text=course_text,
                min_course_g_per_kg=show(limit.min_course_g_per_kg),
                period=limit.period,
                value=indication.value,
                label=parenthesised(label),
            )
        )
    if not limit.confirmed:
        warnings.append(msg("UNCONFIRMED dose limit for {value}: {label}.", value=indication.value, label=label))
    return DoseCheck(
        limit,
        course,
        Working(
            quantity=msg("dose limit"),
            result=(
                msg(
                    "{dose_g_per_kg} g/kg a day (at most {max_day_g_per_kg}), course {course} g/kg (at most "
                    "{max_course_g_per_kg} g/kg {period})",
                    dose_g_per_kg=show(dose_g_per_kg),
                    max_day_g_per_kg=show(limit.max_day_g_per_kg),
                    course=show(course),
                    max_course_g_per_kg=show(limit.max_course_g_per_kg),
                    period=limit.period,
                )
            ),
            formula=msg("course (g/kg) = dose per day x days; each at most the label's figure for the indication"),
            arithmetic=course_text,
            source=f"{where}: {label}",
            inputs=_inputs(dose_g_per_kg, course_days),
            notes=(msg("above either figure is refused; below the usual course is flagged"),),
        ),
        tuple(warnings),
    )


def _inputs(dose_g_per_kg: Decimal, course_days: int) -> tuple[Term, ...]:
    return (Term(msg("dose per day"), show(dose_g_per_kg), "g/kg"), Term("course", str(course_days), "days"))
