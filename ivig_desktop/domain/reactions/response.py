"""The proposed response to a reaction (see the package docstring for the rule), and how cautious a choice is."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from ivig_desktop.domain.events import JsonValue
from ivig_desktop.domain.reactions.fields import PUMP_RESOLUTION_ML_PER_H
from ivig_desktop.domain.reactions.grading import Grade


class ResponseAction(StrEnum):
    CONTINUE = "continue"
    SLOW = "slow"
    PAUSE = "pause"
    STOP = "stop"
    RESUME = "resume"  # only after a reaction, in an update

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    ResponseAction.CONTINUE: "Continue at the same rate",
    ResponseAction.SLOW: "Slow to a lower rate",
    ResponseAction.PAUSE: "Pause",
    ResponseAction.STOP: "Stop",
    ResponseAction.RESUME: "Resume",
}

# How cautious a response is: a choice below the proposal's level needs a reason. Slowing and pausing rank
# together; between them, the rate decides (a rate above the proposed resume rate also needs a reason).
CAUTION = {ResponseAction.CONTINUE: 0, ResponseAction.SLOW: 1, ResponseAction.PAUSE: 1, ResponseAction.STOP: 2}


def show_rate(rate: Decimal) -> str:
    return f"{rate.normalize():f} mL/h"


def pump_floor(rate: Decimal) -> Decimal:
    """Rounded down (never upwards) to the pump resolution."""
    return rate.quantize(PUMP_RESOLUTION_ML_PER_H, rounding=ROUND_FLOOR)


@dataclass(frozen=True)
class Proposal:
    """What the app proposes for a reaction, with the rule and its working."""

    grade: Grade
    action: ResponseAction | None
    resume_rate_ml_per_h: Decimal | None
    notify_provider: bool
    call_emergency_services: bool
    give_epinephrine: bool
    steps: tuple[str, ...]
    working: tuple[str, ...]

    @property
    def summary(self) -> str:
        return " ".join(self.steps)

    def to_payload(self) -> dict[str, JsonValue]:
        return {
            "grade": int(self.grade),
            "action": None if self.action is None else self.action.value,
            "resume_rate_ml_per_h": None if self.resume_rate_ml_per_h is None else str(self.resume_rate_ml_per_h),
            "notify_provider": self.notify_provider,
            "call_emergency_services": self.call_emergency_services,
            "give_epinephrine": self.give_epinephrine,
        }


def propose_response(
    grade: Grade | int,
    current_rate_ml_per_h: Decimal | None,
    previous_step_rate_ml_per_h: Decimal | None = None,
    *,
    anaphylaxis_signs: bool = False,
) -> Proposal:
    """The response for a reaction of `grade` with the infusion at `current_rate_ml_per_h` (None: not running).
    See the module docstring for the rule; `working` shows every number."""
    chosen = Grade(grade)
    for name, rate in (("current", current_rate_ml_per_h), ("previous step", previous_step_rate_ml_per_h)):
        if rate is not None and not (rate.is_finite() and rate > 0):
            raise ValueError(f"the {name} rate must be a positive number of mL/h, not {rate}")
    effective = Grade.LIFE_THREATENING if anaphylaxis_signs else chosen
    working: list[str] = []
    steps: list[str] = []
    if anaphylaxis_signs and chosen is not Grade.LIFE_THREATENING:
        working.append(f"Signs of anaphylaxis: the grade 4 response applies (grade {int(chosen)} was chosen).")
    if anaphylaxis_signs:
        steps.append("Give epinephrine (adrenaline) IM per the anaphylaxis protocol.")

    if effective >= Grade.SEVERE:
        working.append(
            "Rule for grades 3-4: stop the infusion and notify the prescriber; grade 4 also calls emergency."
        )
        if current_rate_ml_per_h is not None:
            steps.append("Stop the infusion; restart only on the prescriber's order.")
        else:
            working.append("No infusion is running, so there is no rate to change.")
        steps.append("Notify the prescriber now.")
        if effective is Grade.LIFE_THREATENING:
            steps.append("Call emergency services.")
        return Proposal(
            grade=effective,
            action=ResponseAction.STOP if current_rate_ml_per_h is not None else None,
            resume_rate_ml_per_h=None,
            notify_provider=True,
            call_emergency_services=effective is Grade.LIFE_THREATENING,
            give_epinephrine=anaphylaxis_signs,
            steps=tuple(steps),
            working=tuple(working),
        )

    if current_rate_ml_per_h is None:
        working.append("No infusion is running, so there is no rate to change.")
        steps.append("Treat the symptoms as ordered and keep observing.")
        return Proposal(effective, None, None, False, False, False, tuple(steps), tuple(working))

    rate = current_rate_ml_per_h
    half = rate / 2
    working.append(
        "Rule for grades 1-2: pause, then resume at the lower of half the current rate and the previous step's rate, "
        "rounded down to the pump's 0.1 mL/h."
    )
    working.append(f"Half the current rate: {show_rate(rate)} ÷ 2 = {show_rate(half)}.")
    lower = half
    if previous_step_rate_ml_per_h is None:
        working.append("No previous step: half the current rate it is.")
    else:
        lower = min(half, previous_step_rate_ml_per_h)
        working.append(
            f"Previous step: {show_rate(previous_step_rate_ml_per_h)}. Lower of the two: {show_rate(lower)}."
        )
    resume = pump_floor(lower)
    working.append(f"Rounded down to 0.1 mL/h: {resume} mL/h.")
    steps.append("Pause the infusion.")
    steps.append("Treat the symptoms as ordered and recheck vital signs.")
    if resume > 0:
        steps.append(f"When the symptoms settle, resume at {resume} mL/h.")
        resume_rate: Decimal | None = resume
    else:
        working.append("That is below the pump's lowest rate: keep paused and ask the prescriber.")
        steps.append("Keep the infusion paused and ask the prescriber how to continue.")
        resume_rate = None
    return Proposal(effective, ResponseAction.PAUSE, resume_rate, False, False, False, tuple(steps), tuple(working))


def less_cautious(
    proposal: Proposal, action: ResponseAction | None, rate: Decimal | None, *, resuming: bool = False
) -> str | None:
    """Why a choice is less cautious than the proposal (a reason is then required), or None."""
    if resuming:
        if proposal.resume_rate_ml_per_h is None:
            return "the proposal was not to resume without the prescriber"
        if rate is not None and rate > proposal.resume_rate_ml_per_h:
            return f"{rate} mL/h is above the proposed {proposal.resume_rate_ml_per_h} mL/h"
        return None
    if proposal.action is None or action is None or action not in CAUTION:
        return None
    if CAUTION[action] < CAUTION[proposal.action]:
        return f"'{action.label.lower()}' is less cautious than the proposal to {proposal.action.label.lower()}"
    if action in (ResponseAction.SLOW, ResponseAction.PAUSE) and rate is not None:
        if proposal.resume_rate_ml_per_h is None:
            return "the proposal was to stay paused until the prescriber decides"
        if rate > proposal.resume_rate_ml_per_h:
            return f"{rate} mL/h is above the proposed {proposal.resume_rate_ml_per_h} mL/h"
    return None
