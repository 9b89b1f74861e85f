"""The patient's body: plausible weight and height; BMI, ideal (Devine) and adjusted weight; dosing weight."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from ivig_desktop.domain import units
from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import in_range, parse_decimal
from ivig_desktop.domain.working import Term, Working

msg = messages(__name__)

WEIGHT_KG_MIN = Decimal("2")
WEIGHT_KG_MAX = Decimal("350")
HEIGHT_CM_MIN = Decimal("40")
HEIGHT_CM_MAX = Decimal("250")


def validate_weight_kg(value: str | Decimal | int, field: str = "weight_kg") -> Decimal:
    """A plausible body weight in kg (2 to 350), exact."""
    weight = parse_decimal(value, field, msg("Weight"))
    return in_range(weight, WEIGHT_KG_MIN, WEIGHT_KG_MAX, field, msg("Weight"), "kg")


def validate_height_cm(value: str | Decimal | int, field: str = "height_cm") -> Decimal:
    """A plausible body height in cm (40 to 250), exact."""
    height = parse_decimal(value, field, msg("Height"))
    return in_range(height, HEIGHT_CM_MIN, HEIGHT_CM_MAX, field, msg("Height"), "cm")


# --- dosing weight -------------------------------------------------------------------------------------


class Sex(StrEnum):
    """Sex as used by the Devine ideal-body-weight formula."""

    F = "F"
    M = "M"


class DosingWeightMethod(StrEnum):
    """Which weight the dose (g/kg) is multiplied by. `AUTO` chooses: see `dosing_weight`."""

    ACTUAL = "actual"
    IDEAL = "ideal"
    ADJUSTED = "adjusted"
    AUTO = "auto"

    @property
    def label(self) -> str:
        """The method in words ('actual'), a message: the English is the value."""
        return {
            DosingWeightMethod.ACTUAL: msg("actual"),
            DosingWeightMethod.IDEAL: msg("ideal"),
            DosingWeightMethod.ADJUSTED: msg("adjusted"),
            DosingWeightMethod.AUTO: msg("auto"),
        }[self]


BMI_ADJUSTED_THRESHOLD_KG_PER_M2 = Decimal("30")
ADJUSTED_WEIGHT_FACTOR = Fraction(2, 5)  # adjusted = IBW + 0.4 x (actual - IBW)
DEVINE_BASE_INCHES = Fraction(60)
DEVINE_KG_PER_INCH = Fraction(23, 10)
DEVINE_BASE_KG: dict[Sex, Fraction] = {Sex.M: Fraction(50), Sex.F: Fraction(91, 2)}  # 50 kg; 45.5 kg
DEVINE_SOURCE = msg("Devine ideal body weight (IBW) (ivig-domain.md, Dosing)")
ADJUSTED_SOURCE = msg(
    "adjusted weight = IBW + 0.4 x (actual - IBW), Australian NBA BloodSTAR "
    "(nba.gov.au/bloodstar-calculator-adjusting-ig-dose-ideal-body-weight)"
)
AUTO_SOURCE = msg(
    "clinic rule 'auto': adjusted weight when BMI >= {bmi_adjusted_threshold_kg_per_m2} kg/m2 and height is known, "
    "else actual (Ontario IG dose calculator, ivig.transfusionontario.org/dose)",
    bmi_adjusted_threshold_kg_per_m2=BMI_ADJUSTED_THRESHOLD_KG_PER_M2,
)


def bmi_kg_per_m2(weight_kg: Decimal | Fraction, height_cm: Decimal | Fraction) -> Fraction:
    """Body-mass index: kg / m^2, exact."""
    height_m = units.cm_to_m(height_cm)
    return units.exact(weight_kg) / (height_m * height_m)


def ideal_body_weight_kg(height_cm: Decimal | Fraction, sex: Sex) -> Fraction:
    """Devine: male 50 kg, female 45.5 kg, + 2.3 kg per inch of height above 60 inches (exact)."""
    inches = units.cm_to_inches(height_cm)
    return DEVINE_BASE_KG[sex] + DEVINE_KG_PER_INCH * (inches - DEVINE_BASE_INCHES)


def adjusted_body_weight_kg(weight_kg: Decimal | Fraction, ideal_kg: Fraction) -> Fraction:
    """Adjusted weight: IBW + 0.4 x (actual - IBW) (exact)."""
    return ideal_kg + ADJUSTED_WEIGHT_FACTOR * (units.exact(weight_kg) - ideal_kg)


@dataclass(frozen=True)
class DosingWeight:
    """The weight a dose in g/kg is multiplied by, how it was chosen, and its working.

    `weight_kg` is exact; `shown_kg` is what the working and the CLI show. Never above the actual weight.
    """

    weight_kg: Fraction
    requested: DosingWeightMethod
    used: DosingWeightMethod
    actual_kg: Decimal
    ideal_kg: Fraction | None
    adjusted_kg: Fraction | None
    bmi_kg_per_m2: Fraction | None
    working: Working
    warnings: tuple[str, ...]
    shown_kg: Decimal


def dosing_weight(
    weight_kg: Decimal,
    height_cm: Decimal | None,
    sex: Sex | None,
    method: DosingWeightMethod,
    rounding: units.RoundingPolicy | None = None,
) -> DosingWeight:
    """Choose the dosing weight.

    - `actual`: the measured weight.
    - `ideal`: Devine IBW; needs height and sex.
    - `adjusted`: IBW + 0.4 x (actual - IBW); needs height and sex.
    - `auto`: adjusted when BMI >= 30 kg/m2 and height is known (and sex, which IBW needs: without it the
      actual weight is used and a warning says why), else actual.

    The dosing weight is never above the actual weight: when IBW or adjusted would be, the actual weight is
    used and the working says so. Raises ValidationError when ideal/adjusted is asked for without height or
    sex, or for a height so short that Devine's IBW is below the plausible minimum weight.
    """
    policy = rounding or units.RoundingPolicy()
    places = policy.weight_places
    actual = units.exact(weight_kg)
    notes: list[str] = []
    warnings: list[str] = []
    inputs: list[Term] = [Term(msg("actual weight"), units.show(weight_kg, places), "kg")]
    if height_cm is not None:
        inputs.append(Term("height", units.show(height_cm, 2), "cm"))
    if sex is not None:
        inputs.append(Term("sex", sex.value))

    bmi = bmi_kg_per_m2(weight_kg, height_cm) if height_cm is not None else None
    bmi_text = ""
    if bmi is not None and height_cm is not None:
        bmi_text = msg(
            "BMI = {weight_kg} kg / ({cm_to_m} m)^2 = {bmi} kg/m2",
            weight_kg=units.show(weight_kg, places),
            cm_to_m=units.show(units.cm_to_m(height_cm), 4),
            bmi=units.show(bmi, policy.bmi_places),
        )

    used = method
    reason = ""
    threshold = BMI_ADJUSTED_THRESHOLD_KG_PER_M2
    bmi_shown = units.show(bmi, policy.bmi_places) if bmi is not None else ""
    if method is DosingWeightMethod.AUTO:
        if height_cm is None or bmi is None:
            used, reason = DosingWeightMethod.ACTUAL, msg("auto: height unknown, so the actual weight is used")
        elif bmi < units.exact(BMI_ADJUSTED_THRESHOLD_KG_PER_M2):
            used = DosingWeightMethod.ACTUAL
            reason = msg("auto: BMI {bmi_shown} < {threshold}, so actual", bmi_shown=bmi_shown, threshold=threshold)
        elif sex is None:
            used = DosingWeightMethod.ACTUAL
            reason = msg(
                "auto: BMI {bmi_shown} >= {threshold} but sex is unknown, so the ideal body weight cannot be "
                "computed and the actual weight is used",
                bmi_shown=bmi_shown,
                threshold=threshold,
            )
            warnings.append(
                msg(
                    "Dosing weight: BMI is 30 or more but sex is not given, so the actual weight is used instead of "
                    "the adjusted weight. Give the sex to use the adjusted weight."
                )
            )
        elif _devine_too_short(height_cm, sex):
            used = DosingWeightMethod.ACTUAL
            reason = msg("auto: Devine's IBW is not defined for this height, so the actual weight is used")
            warnings.append(msg("Dosing weight: {reason}.", reason=reason))
        else:
            used = DosingWeightMethod.ADJUSTED
            reason = msg("auto: BMI {bmi_shown} >= {threshold}, so adjusted", bmi_shown=bmi_shown, threshold=threshold)
        notes.append(reason)

    ideal: Fraction | None = None
    adjusted: Fraction | None = None
    arithmetic: list[str] = []
    formula = msg("dosing weight = actual weight")
    source = msg("measured actual weight")
    if used in (DosingWeightMethod.IDEAL, DosingWeightMethod.ADJUSTED):
        errors = FieldErrors()
        if height_cm is None:
            errors.add("height_cm", msg("Height (cm) is needed for the {value} dosing weight.", value=used.label))
        if sex is None:
            errors.add(
                "sex", msg("Sex (F or M) is needed for the {value} dosing weight (Devine IBW).", value=used.label)
            )
        errors.raise_if_any()
        assert height_cm is not None and sex is not None
        if _devine_too_short(height_cm, sex):
            raise ValidationError.one(
                "height_cm",
                msg(
                    "The ideal body weight (Devine) is not defined for a height of {height_cm} cm; use the actual "
                    "dosing weight.",
                    height_cm=units.show(height_cm, 2),
                ),
            )
        inches = units.cm_to_inches(height_cm)
        ideal = ideal_body_weight_kg(height_cm, sex)
        base = DEVINE_BASE_KG[sex]
        formula = msg(
            "IBW (Devine, {value}) = {base} kg + 2.3 kg x (height in inches - 60); height in inches = cm / 2.54",
            value=sex.value,
            base=units.show(base),
        )
        source = DEVINE_SOURCE
        arithmetic.append(
            msg("{height_cm} cm / 2.54 = {inches} in", height_cm=units.show(height_cm, 2), inches=units.show(inches, 2))
        )
        arithmetic.append(
            msg(
                "IBW = {base} + 2.3 x ({inches} - 60) = {ideal} kg",
                base=units.show(base),
                inches=units.show(inches, 2),
                ideal=units.show(ideal, places),
            )
        )
        if inches < DEVINE_BASE_INCHES:
            note = msg("height is below 60 in (152.4 cm): Devine's formula is extrapolated below its base")
            notes.append(note)
            warnings.append(msg("Dosing weight: {note}.", note=note))
        if used is DosingWeightMethod.ADJUSTED:
            adjusted = adjusted_body_weight_kg(weight_kg, ideal)
            formula += msg("; adjusted = IBW + 0.4 x (actual - IBW)")
            source = f"{DEVINE_SOURCE}; {ADJUSTED_SOURCE}"
            arithmetic.append(
                msg(
                    "adjusted = {ideal} + 0.4 x ({weight_kg} - {ideal}) = {adjusted} kg",
                    ideal=units.show(ideal, places),
                    weight_kg=units.show(weight_kg, places),
                    adjusted=units.show(adjusted, places),
                )
            )
    if method is DosingWeightMethod.AUTO:
        source = f"{AUTO_SOURCE}; {source}"

    chosen = actual
    if used is DosingWeightMethod.IDEAL and ideal is not None:
        chosen = ideal
    elif used is DosingWeightMethod.ADJUSTED and adjusted is not None:
        chosen = adjusted
    if chosen > actual:
        notes.append(
            msg(
                "the {value} weight {chosen} kg is above the actual weight, so the actual weight {weight_kg} kg is "
                "used (never above the actual weight)",
                value=used.label,
                chosen=units.show(chosen, places),
                weight_kg=units.show(weight_kg, places),
            )
        )
        chosen = actual
        used = DosingWeightMethod.ACTUAL
    if not arithmetic:
        arithmetic.append(msg("dosing weight = {weight_kg} kg", weight_kg=units.show(weight_kg, places)))
    if bmi_text:
        arithmetic.insert(0, bmi_text)

    shown = units.trimmed(chosen, places)
    result = msg("{chosen} kg ({value})", chosen=units.show(chosen, places), value=used.label)
    return DosingWeight(
        weight_kg=chosen,
        requested=method,
        used=used,
        actual_kg=weight_kg,
        ideal_kg=ideal,
        adjusted_kg=adjusted,
        bmi_kg_per_m2=bmi,
        working=Working(
            quantity=msg("dosing weight"),
            result=result,
            formula=formula,
            arithmetic="; ".join(arithmetic),
            source=source,
            inputs=tuple(inputs),
            notes=tuple(notes),
        ),
        warnings=tuple(warnings),
        shown_kg=shown,
    )


def _devine_too_short(height_cm: Decimal, sex: Sex) -> bool:
    """True when Devine's IBW would be below the lowest plausible weight (very short stature)."""
    return ideal_body_weight_kg(height_cm, sex) < units.exact(WEIGHT_KG_MIN)
