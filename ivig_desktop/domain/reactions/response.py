"""The proposed response to a reaction (see the package docstring for the rule), and how cautious a choice is."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ivig_desktop.domain.events import JsonValue
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.reactions.assessment import Assessment, assess
from ivig_desktop.domain.reactions.epinephrine import epinephrine_dose
from ivig_desktop.domain.reactions.grading import Grade
from ivig_desktop.domain.reactions.symptoms import Symptom
from ivig_desktop.domain.snapshot import RateLimits

msg = messages(__name__)


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
    ResponseAction.CONTINUE: msg("Continue at the same rate"),
    ResponseAction.SLOW: msg("Slow to a lower rate"),
    ResponseAction.PAUSE: msg("Pause"),
    ResponseAction.STOP: msg("Stop"),
    ResponseAction.RESUME: msg("Resume"),
}

# How cautious a response is: a choice below the proposal's level needs a reason. Slowing and pausing rank
# together; between them, the rate decides (a rate above the proposed resume rate also needs a reason).
CAUTION = {ResponseAction.CONTINUE: 0, ResponseAction.SLOW: 1, ResponseAction.PAUSE: 1, ResponseAction.STOP: 2}


def show_rate(rate: Decimal) -> str:
    return msg("{rate} mL/h", rate=format(rate.normalize(), "f"))


@dataclass(frozen=True)
class Proposal:
    """What the app proposes for a reaction, with the rule and its working. `resume_needs_prescriber`: the infusion
    resumes (or continues) only on the prescriber's order."""

    grade: Grade
    action: ResponseAction | None
    resume_rate_ml_per_h: Decimal | None
    notify_provider: bool
    call_emergency_services: bool
    give_epinephrine: bool
    steps: tuple[str, ...]
    working: tuple[str, ...]
    resume_needs_prescriber: bool = False

    @property
    def summary(self) -> str:
        return " ".join(self.steps)

    def to_payload(self) -> dict[str, JsonValue]:
        """What the nurse was shown: the decision, its steps and its working."""
        return {
            "grade": int(self.grade),
            "action": None if self.action is None else self.action.value,
            "resume_rate_ml_per_h": None if self.resume_rate_ml_per_h is None else str(self.resume_rate_ml_per_h),
            "notify_provider": self.notify_provider,
            "call_emergency_services": self.call_emergency_services,
            "give_epinephrine": self.give_epinephrine,
            "resume_needs_prescriber": self.resume_needs_prescriber,
            "steps": list(self.steps),
            "working": list(self.working),
        }


NO_RATE = msg("No infusion is running, so there is no rate to change.")


def _anaphylaxis(assessment: Assessment, infusing: bool, working: list[str]) -> Proposal:
    """Stop, IM epinephrine with the dose worked from the weight, emergency services: whatever grade is chosen."""
    dose = assessment.epinephrine or epinephrine_dose(None, "", None)
    steps = []
    working.append(
        msg(
            "Rule for anaphylaxis: stop the infusion, give IM epinephrine and call emergency services, whatever "
            "grade is chosen; the infusion restarts only on the prescriber's order."
        )
    )
    working.extend(dose.working)
    if infusing:
        steps.append(msg("Stop the infusion; restart only on the prescriber's order."))
    else:
        working.append(NO_RATE)
    steps.append(dose.step)
    steps.append(msg("Call emergency services."))
    steps.append(
        msg(
            "Lay the patient flat with the legs raised (sitting up if breathing is hard); give oxygen and IV fluids "
            "per protocol."
        )
    )
    steps.append(msg("Notify the prescriber now."))
    action = ResponseAction.STOP if infusing else None
    return Proposal(
        Grade.LIFE_THREATENING,
        action,
        None,
        True,
        True,
        True,
        tuple(steps),
        tuple(working),
        resume_needs_prescriber=True,
    )


def propose_response(
    grade: Grade | int,
    current_rate_ml_per_h: Decimal | None,
    previous_step_rate_ml_per_h: Decimal | None = None,
    *,
    anaphylaxis_signs: bool = False,
    assessment: Assessment | None = None,
    limits: RateLimits | None = None,
) -> Proposal:
    """The response for a reaction of `grade` with the infusion at `current_rate_ml_per_h` (None: not running),
    reading the picture (`assessment`: the symptoms and the session's vital signs; without one, only whether signs
    of anaphylaxis are ticked). A resume rate is rounded down to the pump of `limits` (the confirmed plan's; without
    one, 0.1 mL/h steps). See the package docstring for the rule; `working` shows every number."""
    chosen = Grade(grade)
    for name, rate in (("current", current_rate_ml_per_h), (msg("previous step"), previous_step_rate_ml_per_h)):
        if rate is not None and not (rate.is_finite() and rate > 0):
            raise ValueError(f"the {name} rate must be a positive number of mL/h, not {rate}")
    if assessment is None:
        assessment = assess({Symptom.ANAPHYLAXIS_SIGNS} if anaphylaxis_signs else ())
    floor = assessment.picture_grade
    effective = chosen if floor is None else max(chosen, floor)
    working = list(assessment.why)
    if effective > chosen:
        working.append(
            msg(
                "Grade {chosen} was chosen; the picture calls for grade {effective}: it decides.",
                chosen=int(chosen),
                effective=int(effective),
            )
        )
    infusing = current_rate_ml_per_h is not None
    if assessment.anaphylaxis:
        return _anaphylaxis(assessment, infusing, working)
    serious = assessment.serious
    steps: list[str] = []

    if effective >= Grade.SEVERE:
        working.append(
            msg("Rule for grades 3-4: stop the infusion and notify the prescriber; grade 4 also calls emergency.")
        )
        if infusing:
            steps.append(msg("Stop the infusion; restart only on the prescriber's order."))
        else:
            working.append(NO_RATE)
        steps.append(msg("Notify the prescriber now."))
        if effective is Grade.LIFE_THREATENING:
            steps.append(msg("Call emergency services."))
        return Proposal(
            grade=effective,
            action=ResponseAction.STOP if infusing else None,
            resume_rate_ml_per_h=None,
            notify_provider=True,
            call_emergency_services=effective is Grade.LIFE_THREATENING,
            give_epinephrine=False,
            steps=tuple(steps),
            working=tuple(working),
            resume_needs_prescriber=True,
        )

    notify = effective >= Grade.MODERATE or serious
    if notify:
        working.append(msg("Rule for grade 2 and above, and for serious findings: notify the prescriber."))
    if current_rate_ml_per_h is None:
        working.append(NO_RATE)
        steps.append(msg("Treat the symptoms as ordered and keep observing."))
        if notify:
            steps.append(msg("Notify the prescriber."))
        return Proposal(effective, None, None, notify, False, False, tuple(steps), tuple(working), serious)

    if serious:
        working.append(
            msg(
                "Rule for hypotension, breathing difficulty, chest tightness or a falling SpO2: pause; the infusion "
                "resumes only on the prescriber's order, never at a lower rate on the proposal alone."
            )
        )
        steps.append(msg("Pause the infusion."))
        steps.append(msg("Treat the symptoms as ordered and recheck vital signs."))
        steps.append(msg("Notify the prescriber now; resume only on the prescriber's order."))
        return Proposal(effective, ResponseAction.PAUSE, None, True, False, False, tuple(steps), tuple(working), True)

    rate = current_rate_ml_per_h
    pump = limits or RateLimits.unrecorded()
    half = rate / 2
    working.append(
        msg(
            "Rule for grades 1-2: pause, then resume at the lower of half the current rate and the previous step's "
            "rate, rounded down to the pump's {rate}.",
            rate=show_rate(pump.resolution_ml_per_h),
        )
    )
    working.append(msg("Half the current rate: {rate} ÷ 2 = {rate2}.", rate=show_rate(rate), rate2=show_rate(half)))
    lower = half
    if previous_step_rate_ml_per_h is None:
        working.append(msg("No previous step: half the current rate it is."))
    else:
        lower = min(half, previous_step_rate_ml_per_h)
        working.append(
            msg(
                "Previous step: {rate}. Lower of the two: {rate2}.",
                rate=show_rate(previous_step_rate_ml_per_h),
                rate2=show_rate(lower),
            )
        )
    resume = pump.floor(lower)
    working.append(
        msg("Rounded down to {rate}: {resume} mL/h.", rate=show_rate(pump.resolution_ml_per_h), resume=resume)
    )
    steps.append(msg("Pause the infusion."))
    steps.append(msg("Treat the symptoms as ordered and recheck vital signs."))
    if resume > 0:
        steps.append(msg("When the symptoms settle, resume at {resume} mL/h.", resume=resume))
        resume_rate: Decimal | None = resume
    else:
        working.append(msg("That is below the pump's lowest rate: keep paused and ask the prescriber."))
        steps.append(msg("Keep the infusion paused and ask the prescriber how to continue."))
        resume_rate = None
    if notify:
        steps.append(msg("Notify the prescriber."))
    needs_order = resume_rate is None
    return Proposal(
        effective, ResponseAction.PAUSE, resume_rate, notify, False, False, tuple(steps), tuple(working), needs_order
    )


def less_cautious(
    proposal: Proposal, action: ResponseAction | None, rate: Decimal | None, *, resuming: bool = False
) -> str | None:
    """Why a choice is less cautious than the proposal (a reason is then required), or None."""
    if resuming:
        if proposal.resume_rate_ml_per_h is None:
            return msg("the proposal was not to resume without the prescriber")
        if rate is not None and rate > proposal.resume_rate_ml_per_h:
            return msg(
                "{rate} mL/h is above the proposed {resume_rate_ml_per_h} mL/h",
                rate=rate,
                resume_rate_ml_per_h=proposal.resume_rate_ml_per_h,
            )
        return None
    if proposal.action is None or action is None or action not in CAUTION:
        return None
    if CAUTION[action] < CAUTION[proposal.action]:
        return msg(
            "'{label}' is less cautious than the proposal to {label2}",
            label=action.label.lower(),
            label2=proposal.action.label.lower(),
        )
    if action in (ResponseAction.SLOW, ResponseAction.PAUSE) and rate is not None:
        if proposal.resume_rate_ml_per_h is None:
            return msg("the proposal was to stay paused until the prescriber decides")
        if rate > proposal.resume_rate_ml_per_h:
            return msg(
                "{rate} mL/h is above the proposed {resume_rate_ml_per_h} mL/h",
                rate=rate,
                resume_rate_ml_per_h=proposal.resume_rate_ml_per_h,
            )
    return None
