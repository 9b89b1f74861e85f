"""The IM epinephrine (adrenaline) dose for anaphylaxis, worked from the patient's weight with every step shown.

Rule (World Allergy Organization anaphylaxis guidance 2020, as summarised in the IVIG domain reference, Corrections
2026-12-01): 0.01 mg/kg of epinephrine 1 mg/mL (1:1000) IM into the mid-outer thigh, at most 0.5 mg for an adult
and 0.3 mg for a child, repeated every 5-15 minutes as needed. A child, for the cap, is under 12 years (the age
from which the Resuscitation Council UK, 2021, gives the adult 0.5 mg). The dose is measured in a 1 mL syringe
marked in 0.01 mL, so it is rounded to the nearest 0.01 mL (half up); the caps are whole marks, so rounding never
takes a dose above its cap.

    0.01 mg/kg x 72.5 kg = 0.725 mg; adult maximum 0.5 mg -> 0.5 mg = 0.5 mL
    0.01 mg/kg x 23.4 kg = 0.234 mg; child maximum 0.3 mg -> 0.234 mg; to the nearest 0.01 mL -> 0.23 mL
    0.01 mg/kg x 3.6 kg = 0.036 mg; child maximum 0.3 mg -> 0.036 mg; to the nearest 0.01 mL -> 0.04 mL
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ivig_desktop.domain.events import JsonValue, Payload

DOSE_MG_PER_KG = Decimal("0.01")
CONCENTRATION_MG_PER_ML = Decimal(1)
ADULT_MAX_MG = Decimal("0.5")
CHILD_MAX_MG = Decimal("0.3")
CHILD_UNDER_YEARS = 12
SYRINGE_STEP_ML = Decimal("0.01")
SITE = "mid-outer thigh"
REPEAT = "every 5-15 minutes if the symptoms persist or return"


def _show(value: Decimal) -> str:
    return f"{value.normalize():f}"


@dataclass(frozen=True)
class EpinephrineDose:
    """The dose for one patient, or (weight unknown) only the rule. `working` shows every step."""

    dose_mg: Decimal | None
    weight_kg: Decimal | None
    weight_source: str
    age_years: int | None
    working: tuple[str, ...]

    @property
    def volume_ml(self) -> Decimal | None:
        return None if self.dose_mg is None else self.dose_mg / CONCENTRATION_MG_PER_ML

    @property
    def step(self) -> str:
        """The instruction for the nurse."""
        if self.dose_mg is None or self.volume_ml is None:
            return (
                "Give epinephrine (adrenaline) 1 mg/mL IM, 0.01 mg/kg (at most 0.5 mg for an adult, 0.3 mg for a "
                f"child), into the {SITE}; repeat {REPEAT}."
            )
        return (
            f"Give epinephrine (adrenaline) {_show(self.dose_mg)} mg IM = {_show(self.volume_ml)} mL of 1 mg/mL, "
            f"into the {SITE}; repeat {REPEAT}."
        )

    def to_payload(self) -> dict[str, JsonValue]:
        return {
            "dose_mg": None if self.dose_mg is None else _show(self.dose_mg),
            "weight_kg": None if self.weight_kg is None else str(self.weight_kg),
            "weight_source": self.weight_source,
            "age_years": self.age_years,
        }

    @classmethod
    def from_payload(cls, data: Payload) -> EpinephrineDose:
        """Worked again from the stored weight and age (the same numbers give the same working)."""
        weight = data.get("weight_kg")
        age = data.get("age_years")
        return epinephrine_dose(
            None if weight is None else Decimal(str(weight)),
            str(data.get("weight_source") or ""),
            age if isinstance(age, int) and not isinstance(age, bool) else None,
        )


def epinephrine_dose(weight_kg: Decimal | None, weight_source: str, age_years: int | None) -> EpinephrineDose:
    """The IM dose for this weight and age (see the module docstring). With no weight, the rule without a number;
    with no age, the adult maximum."""
    if weight_kg is None or not weight_kg.is_finite() or weight_kg < Decimal(1):
        rule = ("No weight is known: give 0.01 mg/kg, at most 0.5 mg (adult) or 0.3 mg (child).",)
        return EpinephrineDose(None, None, weight_source, age_years, rule)
    child = age_years is not None and age_years < CHILD_UNDER_YEARS
    cap = CHILD_MAX_MG if child else ADULT_MAX_MG
    exact = DOSE_MG_PER_KG * weight_kg
    where = f" ({weight_source})" if weight_source else ""
    working = [
        f"Epinephrine 1 mg/mL IM: {_show(DOSE_MG_PER_KG)} mg/kg x {_show(weight_kg)} kg{where} = {_show(exact)} mg."
    ]
    if child:
        who = f"a child (age {age_years}, under {CHILD_UNDER_YEARS})"
    else:
        who = "an adult (age not known)" if age_years is None else f"an adult (age {age_years})"
    if exact > cap:
        capped = cap
        working.append(f"Maximum for {who}: {_show(cap)} mg; {_show(exact)} mg is above it, so {_show(cap)} mg.")
    else:
        capped = exact
        working.append(f"Maximum for {who}: {_show(cap)} mg; {_show(exact)} mg is within it.")
    volume = (capped / CONCENTRATION_MG_PER_ML).quantize(SYRINGE_STEP_ML, rounding=ROUND_HALF_UP)
    dose = volume * CONCENTRATION_MG_PER_ML
    if volume != capped / CONCENTRATION_MG_PER_ML:
        working.append(
            f"To the nearest 0.01 mL mark of a 1 mL syringe: {_show(dose)} mg = {_show(volume)} mL of 1 mg/mL."
        )
    else:
        working.append(f"At 1 mg/mL: {_show(dose)} mg = {_show(volume)} mL.")
    working.append(f"Into the {SITE}; repeat {REPEAT}.")
    return EpinephrineDose(dose, weight_kg, weight_source, age_years, tuple(working))
