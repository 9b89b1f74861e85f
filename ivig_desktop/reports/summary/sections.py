"""The summary's sections, each folded from the session's record (and the store, for the regimen and the nurses)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal

from ivig_desktop.domain.catalog import INDICATION_NAMES, Indication
from ivig_desktop.domain.checkin import DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import Event, EventType, Payload
from ivig_desktop.domain.infusion import INFUSION_TYPES, Outcome, PlanSnapshot, RateChange, ml
from ivig_desktop.domain.reactions import reactions
from ivig_desktop.domain.regimen import RegimenVersion
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.session_entries import EffectiveEvent, TimelineEntry
from ivig_desktop.domain.tolerance import session_tolerance
from ivig_desktop.domain.vitals import VitalsConfig, vitals_history
from ivig_desktop.reports import describe
from ivig_desktop.reports.summary.model import (
    AmendedEntry,
    AmendmentLine,
    ChecklistRow,
    ClosingInfo,
    InfusionInfo,
    Person,
    PlanInfo,
    RateRow,
    ReactionRow,
    RegimenInfo,
    StampFn,
    VitalsRow,
)
from ivig_desktop.store import nurses, regimens
from ivig_desktop.store.sql import Database


class People:
    """Nurse names by id, read once each."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: dict[int, Person] = {}

    def __call__(self, nurse_id: int) -> Person:
        if nurse_id not in self._known:
            try:
                nurse = nurses.get_nurse(self._db, nurse_id)
                self._known[nurse_id] = Person(nurse.id, nurse.name, nurse.credentials, nurse.staff_id)
            except KeyError:
                self._known[nurse_id] = Person(nurse_id, f"unknown nurse {nurse_id}", "")
        return self._known[nurse_id]

    @property
    def involved(self) -> tuple[Person, ...]:
        return tuple(self._known[key] for key in sorted(self._known))


def regimen_versions(db: Database, patient_id: int, config: ClinicConfig, people: People) -> tuple[RegimenInfo, ...]:
    """Every version of the patient's regimen, oldest first."""
    return tuple(regimen_info(version, config, people) for version in regimens.versions(db, patient_id))


def in_force(versions: tuple[RegimenInfo, ...], before: datetime) -> RegimenInfo | None:
    """The version in force at `before`: the latest saved at or before it."""
    found = None
    for version in versions:
        if version.saved_at <= before:
            found = version
    return found


def regimen_info(version: RegimenVersion, config: ClinicConfig, people: People) -> RegimenInfo:
    regimen = version.regimen
    try:
        product_name = config.catalog.get(regimen.product_id).display_name
    except DomainError:
        product_name = regimen.product_id
    indication = Indication(regimen.indication)
    return RegimenInfo(
        version=version.version,
        product_id=regimen.product_id,
        product_name=product_name,
        indication=indication.value,
        indication_name=INDICATION_NAMES.get(indication, indication.value),
        dose_g_per_kg=regimen.dose_g_per_kg,
        dosing_weight_method=regimen.dosing_weight_method.value,
        frequency=regimen.frequency,
        weight_kg=regimen.weight_kg,
        premeds=tuple(drug.text for drug in regimen.premeds),
        ladder_id=regimen.ladder_id,
        personal_start_mg_per_kg_min=regimen.personal_start_mg_per_kg_min,
        personal_max_mg_per_kg_min=regimen.personal_max_mg_per_kg_min,
        notes=regimen.notes,
        reason=version.reason,
        saved_at=version.created_at,
        saved_by=people(version.created_by),
        prescriber=regimen.prescriber,
        course_days=regimen.course_days,
        off_label=regimen.off_label,
    )


def optional_decimal(payload: Payload, key: str) -> Decimal | None:
    value = payload.get(key)
    return None if value is None else Decimal(str(value))


def plan_info(events: Sequence[EffectiveEvent], stamp: StampFn) -> PlanInfo | None:
    if not events:
        return None
    last = events[-1]
    payload = last.payload
    snapshot = PlanSnapshot.from_payload(payload["plan"])
    check = payload.get("double_check")
    double_check = ""
    if isinstance(check, dict):
        try:
            method = DoubleCheckMethod(str(check.get("method"))).label
        except ValueError:
            method = str(check.get("method"))
        double_check = f"{method}: {check.get('checker', '')}"
    return PlanInfo(
        stamp=stamp(last.event),
        product_id=snapshot.product_id,
        product_name=snapshot.product_name,
        concentration_percent=snapshot.concentration_percent,
        dose_g=snapshot.dose_g,
        vials_g=snapshot.vials_g,
        volume_ml=snapshot.volume_ml,
        weight_kg=optional_decimal(payload, "weight_kg"),
        regimen_weight_kg=optional_decimal(payload, "regimen_weight_kg"),
        weight_flag=str(payload.get("weight_flag") or ""),
        steps=snapshot.steps,
        hard_max_ml_per_h=snapshot.limits.hard_max_ml_per_h,
        hard_max_source=snapshot.limits.hard_max_source,
        soft_max_ml_per_h=snapshot.limits.soft_max_ml_per_h,
        soft_max_source=snapshot.limits.soft_max_source,
        vials=snapshot.vials,
        at_risk=snapshot.at_risk,
        first_infusion=snapshot.first_infusion,
        double_check=double_check,
        working=snapshot.working,
        warnings=snapshot.warnings,
        confirmations=len(events),
        off_label=snapshot.off_label,
        course=snapshot.course_text,
    )


_RATE_LABELS = {
    "start": "Infusion started",
    "step_up": "Stepped up",
    "step_down": "Stepped down",
    "reaction": "Slowed for a reaction",
    "resume": "Resumed",
    "pause": "Paused",
    "stop": "Stopped (awaiting the prescriber)",
    "hold": "Held at this rate",
    "end": "Infusion ended",
}


def rate_action_label(action: str) -> str:
    return _RATE_LABELS.get(action, action)


def rate_rows(session: Session, stamp: StampFn, as_of: datetime) -> tuple[RateRow, ...]:
    run = session.infusion
    segments = list(run.segments)
    rows: list[RateRow] = []
    current = Decimal(0)
    for item in session.effective_events(*INFUSION_TYPES):
        payload = item.payload
        kind = item.type
        if kind is EventType.PLAN_CONFIRMED:
            continue
        starts_segment = kind in (
            EventType.INFUSION_STARTED,
            EventType.RATE_CHANGED,
            EventType.INFUSION_RESUMED,
            EventType.INFUSION_PAUSED,
        )
        until: datetime | None = None
        volume: Decimal | None = None
        if starts_segment and segments:
            segment = segments.pop(0)
            until = segment.end
            volume = ml(segment.volume_ml(as_of)) if segment.end is not None or run.running else None
        step = payload.get("step")
        on_plan = payload.get("on_plan")
        reason = str(payload.get("reason") or payload.get("early_reason") or "")
        if kind is EventType.INFUSION_STARTED and payload.get("early_reason"):
            reason = f"Started before the premedication wait ended: {payload['early_reason']}"
        outcome: Outcome | None = None
        if kind is EventType.INFUSION_PAUSED:
            action = "stop" if payload.get("stopped") else "pause"
            rate: Decimal | None = Decimal(0)
        elif kind is EventType.STEP_HELD:
            action, rate = "hold", current
        elif kind is EventType.INFUSION_ENDED:
            action, rate = "end", None
            outcome = Outcome(str(payload["outcome"]))
        else:
            rate = Decimal(str(payload["rate_ml_per_h"]))
            if kind is EventType.INFUSION_STARTED:
                action = "start"
            elif kind is EventType.INFUSION_RESUMED:
                action = "resume"
            else:
                action = RateChange(str(payload.get("kind", RateChange.STEP_UP.value))).value
        if rate is not None and action != "hold":
            current = rate
        rows.append(
            RateRow(
                stamp=stamp(item.event),
                action=action,
                label=rate_action_label(action) if outcome is None else f"Infusion ended: {outcome.label.lower()}",
                rate_ml_per_h=rate,
                step=step if isinstance(step, int) else None,
                on_plan=on_plan if isinstance(on_plan, bool) else None,
                until=until,
                volume_ml=volume,
                reason=reason,
                override_reason=str(payload.get("override_reason") or ""),
                outcome=outcome,
            )
        )
    return tuple(rows)


def infusion_info(session: Session, as_of: datetime) -> InfusionInfo:
    run = session.infusion
    ended = session.effective_events(EventType.INFUSION_ENDED)
    tolerance = session_tolerance(session, f"session {session.id}") if run.ended else None
    return InfusionInfo(
        started_at=run.started_at,
        ended_at=run.ended_at,
        outcome=run.outcome,
        outcome_reason=str(ended[-1].payload.get("reason", "")) if ended else "",
        planned_volume_ml=run.plan.volume_ml if run.plan else None,
        volume_infused_ml=ml(run.volume_infused_ml(as_of)),
        volume_reached_at=run.volume_reached_at(as_of),
        infusing_time=timedelta(seconds=float(run.infusing_seconds(as_of))),
        paused_time=timedelta(seconds=float(run.paused_seconds(as_of))),
        highest_rate_ml_per_h=run.highest_rate_ml_per_h,
        tolerated_rate_ml_per_h=None if tolerance is None else tolerance.highest_tolerated_rate_ml_per_h,
        running=run.running,
    )


def vitals_rows(session: Session, config: VitalsConfig, stamp: StampFn) -> tuple[VitalsRow, ...]:
    history = vitals_history(session, config, session.infusion.started_at)
    rows = []
    for reading in history.readings:
        event = session.entry(reading.event_id).event
        rows.append(
            VitalsRow(
                stamp=stamp(event),
                vitals=reading.vitals,
                baseline=reading.is_baseline,
                flags=tuple(flag.sentence() for flag in reading.flags),
                flag_kinds=tuple(flag.kind.value for flag in reading.flags),
            )
        )
    return tuple(rows)


def reaction_rows(session: Session, stamp: StampFn) -> tuple[ReactionRow, ...]:
    return tuple(
        ReactionRow(
            stamp(session.entry(record.event_id).event),
            record,
            tuple(stamp(session.entry(update).event) for update in record.update_ids),
        )
        for record in reactions(session)
    )


def amended_entry(entry: TimelineEntry, stamp: StampFn, wording: describe.Wording) -> AmendedEntry:
    event = entry.event
    lines = []
    for amendment in entry.amendments:
        replacement = amendment.payload.get("replacement")
        struck = bool(amendment.payload.get("entered_in_error"))
        lines.append(
            AmendmentLine(
                stamp=stamp(amendment),
                entered_in_error=struck,
                reason=str(amendment.payload.get("reason", "")),
                corrected_text=describe.describe(event.type, replacement, wording)
                if isinstance(replacement, dict)
                else "",
            )
        )
    return AmendedEntry(
        stamp=stamp(event),
        entry_type=event.type,
        entry_label=event.type.label,
        original_text=describe.describe(event.type, event.payload, wording),
        original_payload=event.payload,
        amendments=tuple(lines),
        amendment_payloads=tuple(a.payload for a in entry.amendments),
    )


def checklist_rows(session: Session, config: ClinicConfig, stamp: StampFn) -> tuple[ChecklistRow, ...]:
    answers = session.effective_events(EventType.CHECKLIST_ANSWERED)
    by_item: dict[str, list[Event]] = {}
    texts: dict[str, str] = {}
    for answered in answers:
        item_id = str(answered.payload["item"])
        by_item.setdefault(item_id, []).append(answered.event)
        texts[item_id] = str(answered.payload.get("text", item_id))
    state = session.checklist(config.checklist)
    rows = []
    known = {item.id for item in config.checklist.items}
    for item in config.checklist.items:
        given = by_item.get(item.id, [])
        answer = state.answer(item.id)
        rows.append(
            ChecklistRow(
                item_id=item.id,
                text=item.text,
                kind=item.kind,
                required=item.required,
                answer=None if answer is None else answer.answer,
                reason="" if answer is None else answer.reason,
                stamp=stamp(given[-1]) if given else None,
                earlier_answers=max(len(given) - 1, 0),
            )
        )
    # Answers to items no longer in the clinic's checklist stay in the record: show them too.
    for item_id, given in by_item.items():
        if item_id in known:
            continue
        last = session.entry(given[-1].id).current_payload
        rows.append(
            ChecklistRow(
                item_id=item_id,
                text=texts[item_id],
                kind=ItemKind.CHECK,
                required=False,
                answer=Answer(str(last["answer"])),
                reason=str(last.get("reason", "")),
                stamp=stamp(given[-1]),
                earlier_answers=len(given) - 1,
            )
        )
    return tuple(rows)


def closing_info(session: Session, stamp: StampFn) -> ClosingInfo:
    flush = session.effective_events(EventType.FLUSH_GIVEN)
    discharge = session.effective_events(EventType.DISCHARGED)
    status = DischargeStatus(str(discharge[-1].payload["status"])) if discharge else None
    return ClosingInfo(
        flush_ml=Decimal(str(flush[-1].payload["volume_ml"])) if flush else None,
        flush_stamp=stamp(flush[-1].event) if flush else None,
        discharge=status,
        discharge_label=status.label if status else "",
        discharge_notes=str(discharge[-1].payload.get("notes", "")) if discharge else "",
        discharge_stamp=stamp(discharge[-1].event) if discharge else None,
    )
