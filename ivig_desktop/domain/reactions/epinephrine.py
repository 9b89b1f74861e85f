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
from ivig_desktop.domain.message import messages

msg = messages(__name__)

DOSE_MG_PER_KG = Decimal("0.01")
CONCENTRATION_MG_PER_ML = Decimal(1)
ADULT_MAX_MG = Decimal("0.5")
CHILD_MAX_MG = Decimal("0.3")
CHILD_UNDER_YEARS = 12
SYRINGE_STEP_ML = Decimal("0.01")
SITE = msg("mid-outer thigh")
REPEAT = msg("every 5-15 minutes if the symptoms persist or return")


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
            return msg(
                "Give epinephrine (adrenaline) 1 mg/mL IM, 0.01 mg/kg (at most 0.5 mg for an adult, 0.3 mg for a "
                "child), into the {site}; repeat {repeat}.",
                site=SITE,
                repeat=REPEAT,
            )
        return msg(
            "Give epinephrine (adrenaline) {dose_mg} mg IM = {volume_ml} mL of 1 mg/mL, into the {site}; repeat "
            "{repeat}.",
            dose_mg=_show(self.dose_mg),
            volume_ml=_show(self.volume_ml),
            site=SITE,
            repeat=REPEAT,
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
        rule = (msg("No weight is known: give 0.01 mg/kg, at most 0.5 mg (adult) or 0.3 mg (child)."),)
        return EpinephrineDose(None, None, weight_source, age_years, rule)
    child = age_years is not None and age_years < CHILD_UNDER_YEARS
    cap = CHILD_MAX_MG if child else ADULT_MAX_MG
    exact = DOSE_MG_PER_KG * weight_kg
    where = f" ({weight_source})" if weight_source else ""
    working = [
        msg(
            "Epinephrine 1 mg/mL IM: {dose_mg_per_kg} mg/kg x {weight_kg} kg{where} = {exact} mg.",
            dose_mg_per_kg=_show(DOSE_MG_PER_KG),
            weight_kg=_show(weight_kg),
            where=where,
            exact=_show(exact),
        )
    ]
    if child:
        who = msg(
            "a child (age {age_years}, under {child_under_years})",
            age_years=age_years,
            child_under_years=CHILD_UNDER_YEARS,
        )
    else:
        who = (
            msg("an adult (age not known)")
            if age_years is None
            else msg("an adult (age {age_years})", age_years=age_years)
        )
    if exact > cap:
        capped = cap
        working.append(
            msg(
                "Maximum for {who}: {cap} mg; {exact} mg is above it, so {cap} mg.",
                who=who,
                cap=_show(cap),
                exact=_show(exact),
            )
        )
    else:
        capped = exact
        working.append(
            msg("Maximum for {who}: {cap} mg; {exact} mg is within it.", who=who, cap=_show(cap), exact=_show(exact))
        )
    volume = (capped / CONCENTRATION_MG_PER_ML).quantize(SYRINGE_STEP_ML, rounding=ROUND_HALF_UP)
    dose = volume * CONCENTRATION_MG_PER_ML
    if volume != capped / CONCENTRATION_MG_PER_ML:
        working.append(
            msg(
                "To the nearest 0.01 mL mark of a 1 mL syringe: {dose} mg = {volume} mL of 1 mg/mL.",
                dose=_show(dose),
                volume=_show(volume),
            )
        )
    else:
        working.append(msg("At 1 mg/mL: {dose} mg = {volume} mL.", dose=_show(dose), volume=_show(volume)))
    working.append(msg("Into the {site}; repeat {repeat}.", site=SITE, repeat=REPEAT))
    return EpinephrineDose(dose, weight_kg, weight_source, age_years, tuple(working))
