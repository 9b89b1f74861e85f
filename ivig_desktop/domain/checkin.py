"""Check-in: today's weight, the plan computed for it, and the double-check before the plan is confirmed.

Confirming records the plan exactly as the nurse saw it (steps in pump mL/h, limits, vials, volume, working),
with the weight used, the inputs, and who double-checked it. The infusion follows the latest confirmed plan; a
plan cannot change once the pump has started.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent
from ivig_desktop.domain.infusion import PlanSnapshot

WEIGHT_CHANGE_FLAG_PERCENT = Decimal(10)


class DoubleCheckMethod(StrEnum):
    """How the calculation is double-checked, as the clinic configures it."""

    SECOND_NURSE = "second_nurse"  # a second nurse checks the calculation; her name is recorded
    SELF = "self"  # the same nurse re-confirms by typing the dose and first pump rate again

    @property
    def label(self) -> str:
        return {
            DoubleCheckMethod.SECOND_NURSE: "Checked by a second nurse",
            DoubleCheckMethod.SELF: "Re-confirmed by the same nurse",
        }[self]


@dataclass(frozen=True)
class DoubleCheck:
    method: DoubleCheckMethod
    checker: str  # the second nurse's name, or the signed-in nurse's for a self re-confirmation

    def to_payload(self) -> dict[str, JsonValue]:
        return {"method": self.method.value, "checker": self.checker}


def weight_change_percent(previous_kg: Decimal, today_kg: Decimal) -> Decimal:
    """(today - previous) / previous x 100, to one decimal, half-up."""
    return ((today_kg - previous_kg) / previous_kg * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def weight_change_flag(previous_kg: Decimal | None, today_kg: Decimal) -> str | None:
    """A sentence when today's weight differs from the regimen's by 10% or more (then the dose is recalculated)."""
    if previous_kg is None or previous_kg <= 0:
        return None
    change = weight_change_percent(previous_kg, today_kg)
    if abs(change) < WEIGHT_CHANGE_FLAG_PERCENT:
        return None
    direction = "more" if change > 0 else "less"
    return (
        f"Weight {today_kg.normalize():f} kg is {abs(change)}% {direction} than the regimen's "
        f"{previous_kg.normalize():f} kg: the dose is recalculated from today's weight; notify the prescriber."
    )


def validate_double_check(
    method: DoubleCheckMethod,
    *,
    signed_in: str,
    second_nurse: str = "",
    retyped_dose_g: str = "",
    retyped_first_rate_ml_per_h: str = "",
    snapshot: PlanSnapshot,
) -> DoubleCheck:
    """The double-check the clinic requires: a second nurse's name (not the signed-in nurse), or the same nurse
    typing the dose and the first pump rate again, which must match the plan exactly."""
    errors = FieldErrors()
    if method is DoubleCheckMethod.SECOND_NURSE:
        name = " ".join(second_nurse.split())
        if not name:
            errors.add("second_nurse", "Name the second nurse who checked the calculation.")
        elif name.casefold() == signed_in.casefold():
            errors.add("second_nurse", "The second check must be by another nurse.")
        errors.raise_if_any()
        return DoubleCheck(method, name)
    for field, typed, expected, unit in (
        ("retyped_dose_g", retyped_dose_g, snapshot.vials_g, "g"),
        ("retyped_first_rate_ml_per_h", retyped_first_rate_ml_per_h, snapshot.steps[0].rate_ml_per_h, "mL/h"),
    ):
        try:
            value = Decimal(typed.strip().replace(",", "."))
        except ArithmeticError:
            errors.add(field, f"Type the value again from your own calculation ({unit}).")
            continue
        if value != expected:
            errors.add(field, f"{value.normalize():f} {unit} does not match the plan: recheck the calculation.")
    errors.raise_if_any()
    return DoubleCheck(method, signed_in)


def confirm_plan(
    *,
    started: bool,
    snapshot: PlanSnapshot,
    weight_kg: Decimal,
    regimen_weight_kg: Decimal | None,
    inputs: Mapping[str, JsonValue],
    double_check: DoubleCheck,
    weight_flag_acknowledged: bool,
    now: datetime,
) -> NewEvent:
    """Record the plan the nurse confirmed. A weight change of 10% or more must be acknowledged first."""
    if started:
        raise DomainError("The plan cannot change once the infusion has started.")
    flag = weight_change_flag(regimen_weight_kg, weight_kg)
    if flag and not weight_flag_acknowledged:
        raise ValidationError.one("weight_kg", flag + " Tick to confirm you have seen this.")
    payload: dict[str, JsonValue] = {
        "plan": snapshot.to_payload(),
        "weight_kg": str(weight_kg),
        "inputs": dict(inputs),
        "double_check": double_check.to_payload(),
    }
    if regimen_weight_kg is not None:
        payload["regimen_weight_kg"] = str(regimen_weight_kg)
    if flag:
        payload["weight_flag"] = flag
    return NewEvent(EventType.PLAN_CONFIRMED, occurred_at=now, payload=payload)
