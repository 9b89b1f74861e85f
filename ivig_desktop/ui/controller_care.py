"""The vital signs and reactions commands of a SessionController, and the infusion as that work sees it."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from decimal import Decimal

from ivig_desktop.domain import infusion, times
from ivig_desktop.domain.events import Event, NewEvent
from ivig_desktop.domain.infusion import RateChange, RateLimits
from ivig_desktop.domain.reactions import (
    Assessment,
    ReactionContext,
    ReactionInput,
    ReactionRecord,
    ReactionResponse,
    ReactionUpdateInput,
    ResponseAction,
    Symptom,
    amend_reaction,
    amend_reaction_update,
    rate_limits,
    reactions,
    record_reaction,
    response_of,
    update_reaction,
)
from ivig_desktop.domain.vitals import (
    VitalsConfig,
    VitalsHistory,
    VitalsInput,
    amend_vitals,
    default_vitals_config,
    record_vitals,
    vitals_history,
)
from ivig_desktop.ui.controller_core import ControllerCore


class CareCommands(ControllerCore):
    # --- the infusion as the vitals and reactions work sees it ------------------------------------------------

    def infusion_running(self) -> bool:
        """Whether an infusion is running now (a vitals flag then offers the reaction workflow)."""
        return self._session.infusion.running

    def current_rate_ml_per_h(self) -> Decimal | None:
        """The pump rate now, or the rate it ran at before a pause (pre-fills a reaction's rate at onset)."""
        run = self._session.infusion
        return run.last_running_rate_ml_per_h if run.running else None

    def previous_step_rate_ml_per_h(self) -> Decimal | None:
        """The rate of the plan step below the current one (for the proposed resume rate)."""
        run = self._session.infusion
        step = run.current_step()
        if run.plan is None or step is None or step.number == 1:
            return None
        return run.plan.step(step.number - 1).rate_ml_per_h

    def infusion_started_at(self) -> datetime | None:
        return self._session.infusion.started_at

    def rate_history(self) -> list[tuple[datetime, Decimal]]:
        """Every rate change so far as (time, mL/h), oldest first; 0 while paused or stopped (the chart's step line)."""
        run = self._session.infusion
        history = [(segment.start, segment.rate_ml_per_h) for segment in run.segments]
        if run.ended_at is not None:
            history.append((run.ended_at, Decimal(0)))
        return history

    # --- vital signs and reactions ------------------------------------------------------------------------

    @property
    def vitals_config(self) -> VitalsConfig:
        return default_vitals_config()

    def vitals_history(self) -> VitalsHistory:
        return vitals_history(self._session, self.vitals_config, self.infusion_started_at())

    def record_vitals(self, values: VitalsInput, occurred_at: datetime | None = None) -> Event:
        """Save a vitals set taken at `occurred_at` (None: now)."""
        now = self._clock.now()
        return self._record(
            record_vitals(self._session, values, occurred_at=occurred_at or now, now=now, config=self.vitals_config)
        )

    def amend_vitals(self, event_id: int, *, reason: str, values: VitalsInput) -> Event:
        return self._record(
            amend_vitals(
                self._session, event_id, reason=reason, now=self._clock.now(), values=values, config=self.vitals_config
            )
        )

    def reactions(self) -> tuple[ReactionRecord, ...]:
        return reactions(self._session)

    def reaction_context(self) -> ReactionContext:
        """The patient's weight and age today and the vitals settings: what a reaction's picture is read with."""
        age = self.patient.age_years(times.display().day_of(self._clock.now()))  # today in the clinic's zone
        return ReactionContext.of(self._session, self.patient.weight_kg, age, self.vitals_config)

    def rate_limits(self) -> RateLimits:
        """The rule every rate typed in this session is checked by: the confirmed plan's pump and limits."""
        return rate_limits(self._session)

    def assess_reaction(self, symptoms: Collection[Symptom], onset: datetime) -> Assessment:
        return self.reaction_context().assess(self._session, symptoms, onset=onset, now=self._clock.now())

    def record_reaction(self, entry: ReactionInput) -> Event:
        """Save a reaction together with the infusion change the nurse chose (one transaction); then emit
        `reaction_response_chosen`."""
        new = record_reaction(self._session, entry, now=self._clock.now(), context=self.reaction_context())
        return self._record_with_response(new)

    def update_reaction(self, update: ReactionUpdateInput) -> Event:
        """Save what happened after a reaction; a resume rate restarts the pump (in the same transaction)."""
        new = update_reaction(self._session, update, now=self._clock.now())
        return self._record_with_response(new)

    def _record_with_response(self, new: NewEvent) -> Event:
        response = response_of(0, new.payload)
        follow = self._infusion_change_for(response, new) if response is not None else None
        events = self._record_all([new] if follow is None else [new, follow])
        stored = events[0]
        stored_response = response_of(stored.id, stored.payload)
        if stored_response is not None:
            self.reaction_response_chosen.emit(stored_response)
        return stored

    def _infusion_change_for(self, response: ReactionResponse, reaction: NewEvent) -> NewEvent | None:
        """The pump change a reaction's response asks for, validated like any other (None: nothing to change).

        Slow: a rate confirmation of kind 'reaction'. Pause: the pump paused. Stop: the pump stopped (a pause
        that restarts only with a resume recorded on the prescriber's order, or ends with End infusion). Resume:
        the pump restarted at the given rate."""
        run = self._session.infusion
        now = self._clock.now()
        if not run.running:
            return None
        grade = reaction.payload.get("grade")
        why = f"reaction (grade {grade})" if grade is not None else "reaction"
        action = response.action
        if action is ResponseAction.SLOW and response.rate_ml_per_h is not None:
            if run.paused:
                return infusion.resume(run, response.rate_ml_per_h, now)
            return infusion.confirm_rate(
                run, response.rate_ml_per_h, now, kind=RateChange.REACTION, reason=f"Slowed for a {why}"
            )
        if action in (ResponseAction.PAUSE, ResponseAction.STOP) and not run.paused:
            verb = "Stopped" if action is ResponseAction.STOP else "Paused"
            return infusion.pause(run, now, f"{verb} for a {why}", stopped=action is ResponseAction.STOP)
        if action is ResponseAction.RESUME and response.rate_ml_per_h is not None and run.paused:
            return infusion.resume(run, response.rate_ml_per_h, now)
        return None

    def amend_reaction(self, event_id: int, *, reason: str, entry: ReactionInput) -> Event:
        new = amend_reaction(
            self._session, event_id, reason=reason, now=self._clock.now(), entry=entry, context=self.reaction_context()
        )
        return self._record(new)

    def amend_reaction_update(self, event_id: int, *, reason: str, update: ReactionUpdateInput) -> Event:
        return self._record(
            amend_reaction_update(self._session, event_id, reason=reason, now=self._clock.now(), update=update)
        )

    def _emit_response(self, event: Event) -> None:
        response = response_of(event.id, event.payload)
        if response is not None:
            self.reaction_response_chosen.emit(response)
