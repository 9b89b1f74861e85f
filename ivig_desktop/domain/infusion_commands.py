"""The infusion's commands. Each validates against the run and returns the event to append; none changes anything
itself. Every pump rate is checked by the confirmed plan's `RateLimits` (the pump, the hard and soft limits)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from ivig_desktop.domain import times
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent
from ivig_desktop.domain.infusion_run import InfusionRun, Outcome, RateChange, ml
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import parse_decimal
from ivig_desktop.domain.snapshot import REASON_MAX_CHARS, ml_h

msg = messages(__name__)


def _reason(text: str, field: str, what: str) -> str:
    reason = " ".join(text.split())
    if not reason:
        raise ValidationError.one(field, msg("Give a reason {what}.", what=what))
    if len(reason) > REASON_MAX_CHARS:
        raise ValidationError.one(
            field, msg("The reason must be at most {reason_max_chars} characters.", reason_max_chars=REASON_MAX_CHARS)
        )
    return reason


def parse_rate(text: str | Decimal) -> Decimal:
    """A pump rate typed by the nurse, mL/h: a number above 0. Whether the pump can run it, and whether a limit
    allows it, is `RateLimits.check` (the confirmed plan's pump and limits), the one rule for every pump rate."""
    rate = parse_decimal(text, "rate_ml_per_h", msg("Rate (mL/h)"))
    if rate <= 0:
        raise ValidationError.one("rate_ml_per_h", msg("Rate (mL/h) must be above 0; to stop the pump, pause instead."))
    return rate


def _rate_payload(
    rate: Decimal, kind: RateChange, run: InfusionRun, reason: str, override: str
) -> dict[str, JsonValue]:
    assert run.plan is not None
    steps_at_or_below = [s for s in run.plan.steps if s.rate_ml_per_h <= rate]
    payload: dict[str, JsonValue] = {
        "rate_ml_per_h": str(rate),
        "kind": kind.value,
        "step": steps_at_or_below[-1].number if steps_at_or_below else None,
        "on_plan": any(s.rate_ml_per_h == rate for s in run.plan.steps),
    }
    if reason:
        payload["reason"] = reason
    if override:
        payload["override_reason"] = override
    return payload


def start_infusion(
    run: InfusionRun,
    rate_ml_per_h: Decimal,
    now: datetime,
    *,
    blockers: Sequence[str] = (),
    premed_ready_at: datetime | None = None,
    early_reason: str = "",
    override_reason: str = "",
) -> NewEvent:
    """The nurse confirms "pump set to X mL/h" for the first step: the infusion starts now.

    `blockers` are unmet requirements (checklist, vials, baseline vitals...) from the session; any one refuses the
    start. Before `premed_ready_at` (end of the premedication wait) the start needs a reason."""
    if run.plan is None:
        raise DomainError(msg("Confirm the infusion plan at check-in before starting."))
    if run.started:
        raise DomainError(msg("The infusion has already started."))
    if blockers:
        raise DomainError(msg("Before starting: ") + "; ".join(blockers) + ".")
    override = run.plan.limits.check(rate_ml_per_h, override_reason)
    payload = _rate_payload(rate_ml_per_h, RateChange.START, run, "", override)
    if premed_ready_at is not None and now < premed_ready_at:
        payload["early_reason"] = _reason(
            early_reason, "early_reason", msg("to start before the premedication wait ends")
        )
    return NewEvent(EventType.INFUSION_STARTED, occurred_at=now, payload=payload)


def confirm_rate(
    run: InfusionRun,
    rate_ml_per_h: Decimal,
    now: datetime,
    *,
    kind: RateChange,
    reason: str = "",
    override_reason: str = "",
    vitals_ok: bool = True,
) -> NewEvent:
    """The nurse confirms "pump set to X mL/h" while running: a step up, a step down, or a reaction slow-down.

    A step up needs recent vitals (`vitals_ok`, from the clinic rule: vitals before every increase), and is refused
    once the planned volume is infused (the pump has stopped; the end is what remains to confirm)."""
    if run.plan is None or not run.running:
        raise DomainError(msg("The infusion is not running."))
    if run.paused:
        raise DomainError(msg("The infusion is paused: resume it at a rate instead."))
    current = run.current_rate_ml_per_h
    assert current is not None
    if rate_ml_per_h == current:
        raise ValidationError.one("rate_ml_per_h", msg("The pump is already at {current}.", current=ml_h(current)))
    if kind is RateChange.STEP_UP:
        if rate_ml_per_h < current:
            raise ValidationError.one("rate_ml_per_h", msg("A step up must be above the current rate."))
        if not vitals_ok:
            raise DomainError(msg("Record vitals first: the clinic rule is vitals before every rate increase."))
        reached = run.volume_reached_at(now)
        if reached is not None:
            raise DomainError(
                msg(
                    "The planned volume was infused at {at} and the pump has stopped: confirm the end of the "
                    "infusion instead of stepping up.",
                    at=times.display().at(reached, now),
                )
            )
    elif kind in (RateChange.STEP_DOWN, RateChange.REACTION):
        if rate_ml_per_h > current:
            raise ValidationError.one("rate_ml_per_h", msg("A step down must be below the current rate."))
        reason = _reason(reason, "reason", msg("for slowing the infusion"))
    else:
        raise DomainError(msg("Use the {value} command for this change.", value=kind.value))
    override = run.plan.limits.check(rate_ml_per_h, override_reason)
    return NewEvent(
        EventType.RATE_CHANGED, occurred_at=now, payload=_rate_payload(rate_ml_per_h, kind, run, reason, override)
    )


def hold(run: InfusionRun, now: datetime, reason: str) -> NewEvent:
    """Stay at the current rate for another interval instead of stepping up."""
    if not run.running or run.paused:
        raise DomainError(msg("Only a running infusion can be held at its rate."))
    if run.next_step() is None:
        raise DomainError(msg("The infusion is at its maximum rate; there is no step to hold."))
    return NewEvent(
        EventType.STEP_HELD, occurred_at=now, payload={"reason": _reason(reason, "reason", msg("for holding the rate"))}
    )


def pause(run: InfusionRun, now: datetime, reason: str, *, stopped: bool = False) -> NewEvent:
    """Stop the pump for a while. `stopped` (after a serious reaction) says it restarts only on the prescriber's
    order: it is resumed like any pause, or the infusion is ended."""
    if not run.running:
        raise DomainError(msg("The infusion is not running."))
    if run.paused:
        raise DomainError(msg("The infusion is already paused."))
    payload: dict[str, JsonValue] = {"reason": _reason(reason, "reason", msg("for pausing"))}
    if stopped:
        payload["stopped"] = True
    return NewEvent(EventType.INFUSION_PAUSED, occurred_at=now, payload=payload)


def resume(run: InfusionRun, rate_ml_per_h: Decimal, now: datetime, *, override_reason: str = "") -> NewEvent:
    """Restart the pump after a pause at a confirmed rate (often lower than before)."""
    if not run.paused:
        raise DomainError(msg("The infusion is not paused."))
    assert run.plan is not None
    override = run.plan.limits.check(rate_ml_per_h, override_reason)
    return NewEvent(
        EventType.INFUSION_RESUMED,
        occurred_at=now,
        payload=_rate_payload(rate_ml_per_h, RateChange.RESUME, run, "", override),
    )


def end_infusion(run: InfusionRun, now: datetime, outcome: Outcome, reason: str = "") -> NewEvent:
    """The pump is stopped: the volume was infused (completed) or the infusion was stopped early."""
    if not run.running:
        raise DomainError(msg("The infusion is not running."))
    payload: dict[str, JsonValue] = {"outcome": outcome.value, "volume_infused_ml": str(ml(run.volume_infused_ml(now)))}
    if outcome is Outcome.STOPPED:
        payload["reason"] = _reason(reason, "reason", msg("for stopping early"))
    return NewEvent(EventType.INFUSION_ENDED, occurred_at=now, payload=payload)
