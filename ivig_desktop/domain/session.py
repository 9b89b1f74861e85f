"""Session: the state of one infusion session, folded from its events; and the commands that make new events.
(Its fixed header and its entries as corrected are in session_entries.py.)

`Session.fold(header, events)` is deterministic: the same events always give the same state, whether they
arrive one by one while the nurse works or all at once when the app reopens.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cached_property

from ivig_desktop.domain.checklist import Checklist, ChecklistItem, ChecklistState, checklist_state
from ivig_desktop.domain.due import DueItem, DueSnapshot, MonitoringPolicy, due_items
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import AMENDABLE_TYPES, Event, EventType, JsonValue, NewEvent, Payload
from ivig_desktop.domain.infusion import INFUSION_TYPES, InfusionRun, derive_run
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.premed import PremedGiven, premed_ready_at, premeds_given
from ivig_desktop.domain.session_entries import EffectiveEvent, SessionHeader, TimelineEntry
from ivig_desktop.domain.vial_entry import Vial
from ivig_desktop.domain.vials import vials_blocker, vials_recorded

msg = messages(__name__)

LOCATION_MAX_CHARS = 40
NOTE_MAX_CHARS = 4000
REASON_MAX_CHARS = 1000


class Stage(StrEnum):
    """Where the session stands, derived from what has been recorded (never stored).

    Check-in until the plan is confirmed; pre-infusion (checklist, vials, premedication) until the pump starts;
    infusing until it is ended; then observation until the nurse signs, which closes the session."""

    CHECK_IN = "check_in"
    PRE_INFUSION = "pre_infusion"
    INFUSING = "infusing"
    OBSERVATION = "observation"
    SIGNED = "signed"

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]


_STAGE_LABELS = {
    Stage.CHECK_IN: msg("Check-in"),
    Stage.PRE_INFUSION: msg("Pre-infusion"),
    Stage.INFUSING: msg("Infusing"),
    Stage.OBSERVATION: msg("Observation"),
    Stage.SIGNED: msg("Signed and closed"),
}


class FoldError(DomainError):
    """Events that cannot belong to this session in this order (a damaged or foreign record)."""


@dataclass(frozen=True)
class Session:
    header: SessionHeader
    entries: tuple[TimelineEntry, ...] = ()
    last_seq: int = 0
    parallel_seqs: tuple[int, ...] = ()
    """Numbers that two entries share: written on two workstations while they were apart (kept, never merged)."""

    @property
    def id(self) -> int:
        return self.header.id

    @classmethod
    def fold(cls, header: SessionHeader, events: Iterable[Event]) -> Session:
        session = cls(header=header)
        for event in events:
            session = session.apply(event)
        return session

    def apply(self, event: Event) -> Session:
        if event.session_id != self.header.id:
            raise FoldError(
                msg(
                    "event {id} belongs to session {session_id}, not {id2}",
                    id=event.id,
                    session_id=event.session_id,
                    id2=self.header.id,
                )
            )
        parallel = self.parallel_seqs
        if event.seq != self.last_seq + 1:
            if not 1 <= event.seq <= self.last_seq:
                raise FoldError(
                    msg(
                        "session {id}: event {id2} has seq {seq}, expected {value}",
                        id=self.header.id,
                        id2=event.id,
                        seq=event.seq,
                        value=self.last_seq + 1,
                    )
                )
            # Another entry already has this number: both were written while two workstations were apart.
            parallel = parallel if event.seq in parallel else (*parallel, event.seq)
        if event.type is EventType.AMENDMENT:
            entries = self._with_amendment(event)
        else:
            entries = (*self.entries, TimelineEntry(event))
        return replace(self, entries=entries, last_seq=max(self.last_seq, event.seq), parallel_seqs=parallel)

    @property
    def needs_review(self) -> bool:
        """Two workstations wrote this session while apart: every entry is kept, ordered by number then time, and a
        nurse should review the record (domain/handover.py) until one records that she did."""
        return bool(self.unreviewed_parallel_seqs)

    @property
    def unreviewed_parallel_seqs(self) -> tuple[int, ...]:
        reviewed: set[int] = set()
        for e in self.effective_events(EventType.PARALLEL_REVIEWED):
            seqs = e.payload.get("seqs")
            if isinstance(seqs, list):
                reviewed.update(s for s in seqs if isinstance(s, int))
        return tuple(s for s in self.parallel_seqs if s not in reviewed)

    @property
    def handed_to(self) -> str | None:
        """The workstation id the session was last handed over to, or None (its opener holds it)."""
        handovers = self.effective_events(EventType.HANDED_OVER)
        if not handovers:
            return None
        to = handovers[-1].payload.get("to")
        return str(to.get("workstation")) if isinstance(to, dict) else None

    def _with_amendment(self, amendment: Event) -> tuple[TimelineEntry, ...]:
        for index, entry in enumerate(self.entries):
            if entry.event.id == amendment.amends:
                amended = replace(entry, amendments=(*entry.amendments, amendment))
                return (*self.entries[:index], amended, *self.entries[index + 1 :])
        raise FoldError(
            msg(
                "amendment {id} names event {amends}, which is not in this session",
                id=amendment.id,
                amends=amendment.amends,
            )
        )

    def entry(self, event_id: int) -> TimelineEntry:
        for entry in self.entries:
            if entry.event.id == event_id:
                return entry
        raise DomainError(msg("No entry {event_id} in this session.", event_id=event_id))

    @property
    def notes(self) -> tuple[TimelineEntry, ...]:
        return tuple(e for e in self.entries if e.event.type is EventType.NOTE)

    def effective_events(self, *types: EventType) -> tuple[EffectiveEvent, ...]:
        """The record as it now stands, in order: corrected payloads, without entries entered in error.

        Every derived view (stage, infusion, vitals, ...) is computed from this, so an amendment to any entry
        is reflected everywhere. With `types`, only events of those types.
        """
        return tuple(
            EffectiveEvent(entry.event, entry.current_payload)
            for entry in self.entries
            if not entry.entered_in_error and (not types or entry.event.type in types)
        )

    @cached_property
    def infusion(self) -> InfusionRun:
        """The infusion run derived from the record (plan, rates, pauses, end)."""
        return derive_run((e.type, e.occurred_at, e.payload) for e in self.effective_events(*INFUSION_TYPES))

    @cached_property
    def vitals_times(self) -> tuple[datetime, ...]:
        """When each effective vitals set was taken, in record order."""
        return tuple(e.occurred_at for e in self.effective_events(EventType.VITALS_RECORDED))

    @cached_property
    def vials(self) -> tuple[Vial, ...]:
        """The vials recorded (entries entered in error left out)."""
        return vials_recorded(e.payload for e in self.effective_events(EventType.VIAL_RECORDED))

    @cached_property
    def premeds(self) -> tuple[PremedGiven, ...]:
        return premeds_given((e.occurred_at, e.payload) for e in self.effective_events(EventType.PREMED_GIVEN))

    def checklist(self, checklist: Checklist) -> ChecklistState:
        answers = self.effective_events(EventType.CHECKLIST_ANSWERED)
        return checklist_state(checklist, ((e.occurred_at, e.event.nurse_id, e.payload) for e in answers))

    def premed_ready_at(self, policy: MonitoringPolicy) -> datetime | None:
        return premed_ready_at(self.premeds, timedelta(minutes=policy.premed_wait_min))

    def baseline_vitals_at(self) -> datetime | None:
        """The first vitals set taken before the infusion started (or so far, before the start)."""
        started = self.infusion.started_at
        times = [t for t in self.vitals_times if started is None or t <= started]
        return min(times) if times else None

    def start_blockers(self, checklist: Checklist) -> list[str]:
        """What must be done before the pump may start, in the order a nurse would do it (empty when ready)."""
        run = self.infusion
        if run.plan is None:
            return [msg("confirm the infusion plan at check-in")]
        blockers: list[str] = []
        state = self.checklist(checklist)
        if state.remaining:
            blockers.append(msg("answer the checklist ({count} item(s) left)", count=len(state.remaining)))
        change = self.plan_change_by_risk(checklist)
        if change:
            blockers.append(change)
        vials = vials_blocker(run.plan, self.vials)
        if vials:
            blockers.append(vials)
        if self.baseline_vitals_at() is None:
            blockers.append(msg("record baseline vitals"))
        return blockers

    def risk_screens_unanswered(self, checklist: Checklist) -> tuple[ChecklistItem, ...]:
        """The screens that decide the at-risk cap (renal, thrombosis) not answered yet: the plan waits for them."""
        state = self.checklist(checklist)
        return tuple(item for item in checklist.items if item.sets_at_risk and state.answer(item.id) is None)

    def plan_blockers(self, checklist: Checklist, *, plan_at_risk: bool) -> list[str]:
        """Why a plan calculated with `plan_at_risk` may not be confirmed now (empty when it may): the risk screens
        are asked before the plan, since a risk present changes it (the at-risk cap), and a plan calculated before
        an answer changed is calculated again."""
        unanswered = self.risk_screens_unanswered(checklist)
        if unanswered:
            names = " and ".join(item.id.replace("_", " ") for item in unanswered)
            return [
                msg(
                    "answer the {names} screen{value} first: a risk present changes the plan",
                    names=names,
                    value="s" if len(unanswered) > 1 else "",
                )
            ]
        if self.checklist(checklist).at_risk != plan_at_risk:
            return [msg("the risk screens changed since this plan was calculated: calculate it again")]
        return []

    def plan_change_by_risk(self, checklist: Checklist) -> str | None:
        """Why the confirmed plan no longer fits the risk screens (a risk answered, or changed, after it was
        confirmed), or None: the plan must be confirmed again, never changed silently."""
        plan = self.infusion.plan
        if plan is None:
            return None
        state = self.checklist(checklist)
        if state.at_risk and not plan.at_risk:
            risks = " and ".join(item.id.replace("_", " ") for item in state.risks_present if item.sets_at_risk)
            return msg("{risks} present: confirm the plan again with the at-risk cap", risks=risks)
        if plan.at_risk and not state.at_risk:
            return msg("the risk screens now find no risk: confirm the plan again without the at-risk cap")
        return None

    def due(self, now: datetime, policy: MonitoringPolicy) -> list[DueItem]:
        """What is due in this session at `now`, soonest first."""
        return list(self.due_snapshot(now, policy).items)

    def due_snapshot(self, now: datetime, policy: MonitoringPolicy) -> DueSnapshot:
        """What is due at `now`, computed once, for every view of this session to share."""
        premeds = [p.given_at for p in self.premeds]
        run = self.infusion
        plan = run.plan
        items = due_items(
            run,
            self.vitals_times,
            now,
            policy,
            premed_given_at=max(premeds) if premeds else None,
            first_infusion=plan.first_infusion if plan else False,
            discharged=self.discharged,
        )
        reached = run.volume_reached_at(now) if run.running else None
        return DueSnapshot(now, tuple(items), policy, reached)

    @cached_property
    def discharged(self) -> bool:
        """The patient's discharge is recorded (nothing is due after it)."""
        return bool(self.effective_events(EventType.DISCHARGED))

    @property
    def signed(self) -> bool:
        return bool(self.effective_events(EventType.SIGNED_OFF))

    @property
    def stage(self) -> Stage:
        run = self.infusion
        if self.signed:
            return Stage.SIGNED
        if run.ended:
            return Stage.OBSERVATION
        if run.started:
            return Stage.INFUSING
        if run.plan is not None:
            return Stage.PRE_INFUSION
        return Stage.CHECK_IN


def validate_location(location: str) -> str:
    text = " ".join(location.split())
    if not text:
        raise ValidationError.one("location", msg("Chair or location is required, for example 'Chair 3' or 'Home'."))
    if len(text) > LOCATION_MAX_CHARS:
        raise ValidationError.one(
            "location",
            msg(
                "Chair or location must be at most {location_max_chars} characters.",
                location_max_chars=LOCATION_MAX_CHARS,
            ),
        )
    return text


def _note_text(text: str, field: str = "text") -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError.one(field, msg("The note is empty; type what you want to record."))
    if len(cleaned) > NOTE_MAX_CHARS:
        raise ValidationError.one(
            field, msg("A note must be at most {note_max_chars} characters.", note_max_chars=NOTE_MAX_CHARS)
        )
    return cleaned


def add_note(session: Session, text: str, now: datetime) -> NewEvent:
    """A free-text note, timed now."""
    del session  # any open session takes notes; kept for the command's uniform shape
    return NewEvent(EventType.NOTE, occurred_at=now, payload={"text": _note_text(text)})


def amend(
    session: Session,
    event_id: int,
    *,
    reason: str,
    now: datetime,
    replacement: Payload | None = None,
    entered_in_error: bool = False,
) -> NewEvent:
    """Correct an entry: give its corrected payload (already validated by its own module), or mark it entered in
    error. The original stays in the record; the amendment names it, says why, and carries who and when."""
    entry = session.entry(event_id)
    if entry.event.type not in AMENDABLE_TYPES:
        raise DomainError(msg("A {label} cannot be amended.", label=entry.event.type.label.lower()))
    if entry.entered_in_error:
        raise DomainError(msg("This entry is already marked entered in error."))
    clean_reason = reason.strip()
    if not clean_reason:
        raise ValidationError.one("reason", msg("Say why this entry is being corrected."))
    if len(clean_reason) > REASON_MAX_CHARS:
        raise ValidationError.one(
            "reason",
            msg("The reason must be at most {reason_max_chars} characters.", reason_max_chars=REASON_MAX_CHARS),
        )
    if entered_in_error == (replacement is not None):
        raise DomainError(msg("An amendment either gives corrected values or marks the entry entered in error."))
    payload: dict[str, JsonValue]
    if entered_in_error:
        payload = {"reason": clean_reason, "entered_in_error": True}
    else:
        assert replacement is not None
        if dict(replacement) == dict(entry.current_payload):
            raise ValidationError.one("replacement", msg("The correction is the same as what is recorded."))
        payload = {"reason": clean_reason, "replacement": dict(replacement)}
    return NewEvent(EventType.AMENDMENT, occurred_at=now, payload=payload, amends=event_id)


def amend_note(session: Session, event_id: int, *, reason: str, now: datetime, new_text: str) -> NewEvent:
    """Correct a note's text."""
    entry = session.entry(event_id)
    if entry.event.type is not EventType.NOTE:
        raise DomainError(msg("Only a note's text can be corrected here."))
    text = _note_text(new_text)
    if text == entry.current_payload.get("text"):
        raise ValidationError.one("text", msg("The corrected text is the same as the current text."))
    return amend(session, event_id, reason=reason, now=now, replacement={"text": text})
