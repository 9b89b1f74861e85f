"""The session summary: one model of a session's record, rendered on screen, printed, saved as PDF and exported.

`build_summary(db, session_id, config)` reads the session, its patient, the regimen in force and the nurses from
the store, folds the record with the domain, and returns a `SessionSummary` of plain values: text for words,
exact `Decimal`s for numbers, aware datetimes for times. Nothing here formats for a page; the renderings
(reports/document.py for the page, reports/tables.py for CSV and JSON, reports/fhir.py for FHIR) do.

The structured sections hold the record **as it now stands**: corrected values, entries marked entered in error
left out (every such row says `corrected` when it was amended). The `amendments` section holds every correction
with the original as first written, who corrected it, when and why, as the record keeps them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlite_utils import Database

from ivig_desktop.domain.catalog import INDICATION_NAMES, Indication
from ivig_desktop.domain.checkin import DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.closing import SIGNATURE_MEANING, DischargeStatus
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import Event, EventType, Payload
from ivig_desktop.domain.infusion import INFUSION_TYPES, Outcome, PlannedStep, PlanSnapshot, RateChange, VialCount, ml
from ivig_desktop.domain.people import Sex
from ivig_desktop.domain.reactions import ReactionRecord, reactions
from ivig_desktop.domain.regimen import RegimenVersion
from ivig_desktop.domain.session import EffectiveEvent, Session, Stage, TimelineEntry
from ivig_desktop.domain.tolerance import session_tolerance
from ivig_desktop.domain.vitals import Vitals, VitalsConfig, default_vitals_config, vitals_history
from ivig_desktop.reports import describe, text
from ivig_desktop.store import nurses, patients, regimens, sessions
from ivig_desktop.store.chain.verify import verify_session


class SummaryError(DomainError):
    """The summary cannot be built (no such session, or a record this version cannot read)."""


@dataclass(frozen=True)
class Person:
    """A nurse as the record names her."""

    id: int
    name: str
    credentials: str

    @property
    def display(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


@dataclass(frozen=True)
class Stamp:
    """When an entry happened, when it was written and by whom; whether it is a late entry or was corrected."""

    event_id: int
    occurred_at: datetime
    recorded_at: datetime
    by: Person
    late_entry: bool
    corrected: bool = False


StampFn = Callable[[Event], Stamp]


@dataclass(frozen=True)
class PatientInfo:
    id: int
    family_name: str
    given_name: str
    display_name: str  # 'DOE, Jane', as on a wristband
    date_of_birth: date
    age_years: int  # on the day the session was opened
    mrn: str | None
    sex: Sex
    height_cm: Decimal | None
    weight_kg: Decimal  # as on the patient's record
    allergies: str


@dataclass(frozen=True)
class RegimenInfo:
    """The regimen version in force for this session: the latest saved before the plan was confirmed."""

    version: int
    product_id: str
    product_name: str
    indication: str  # code, e.g. PI
    indication_name: str
    dose_g_per_kg: Decimal
    dosing_weight_method: str
    frequency: str
    weight_kg: Decimal
    premeds: tuple[str, ...]
    ladder_id: str | None
    personal_start_mg_per_kg_min: Decimal | None
    personal_max_mg_per_kg_min: Decimal | None
    notes: str
    reason: str
    saved_at: datetime
    saved_by: Person


@dataclass(frozen=True)
class PlanInfo:
    """The plan as the nurse confirmed it (the latest confirmation: the infusion follows it)."""

    stamp: Stamp
    product_id: str
    product_name: str
    concentration_percent: Decimal
    dose_g: Decimal
    vials_g: Decimal
    volume_ml: Decimal
    weight_kg: Decimal | None  # today's weight
    regimen_weight_kg: Decimal | None
    weight_flag: str
    steps: tuple[PlannedStep, ...]
    hard_max_ml_per_h: Decimal
    hard_max_source: str
    soft_max_ml_per_h: Decimal | None
    soft_max_source: str
    vials: tuple[VialCount, ...]
    at_risk: bool
    first_infusion: bool
    double_check: str  # e.g. 'Checked by a second nurse: Ben Okafor, RN'
    working: tuple[str, ...]
    warnings: tuple[str, ...]
    confirmations: int  # how many times a plan was confirmed in this session (the last one stands)


@dataclass(frozen=True)
class ChecklistRow:
    item_id: str
    text: str
    kind: ItemKind
    required: bool
    answer: Answer | None  # the standing answer; None: not answered
    reason: str
    stamp: Stamp | None
    earlier_answers: int  # answers given before the standing one (all stay in the record)


@dataclass(frozen=True)
class VialRow:
    stamp: Stamp
    product_id: str
    size_g: Decimal
    lot: str
    expiry: date
    gtin: str | None
    serial: str | None
    scanned: bool


@dataclass(frozen=True)
class PremedRow:
    stamp: Stamp  # occurred_at is the time given
    drug: str
    dose: Decimal
    unit: str
    route: str
    given_by: str


@dataclass(frozen=True)
class RateRow:
    """One entry of the rate timeline. `action` is a code: start, step_up, step_down, reaction, resume, pause,
    stop, hold, end. `rate_ml_per_h` is the pump rate from then on (0 while paused; the current rate for a hold;
    None at the end). `until`, `volume_ml` describe the stretch at that rate (None when it has not ended)."""

    stamp: Stamp
    action: str
    label: str
    rate_ml_per_h: Decimal | None
    step: int | None
    on_plan: bool | None
    until: datetime | None
    volume_ml: Decimal | None  # infused during the stretch, to 0.1 mL
    reason: str
    override_reason: str
    outcome: Outcome | None = None


@dataclass(frozen=True)
class InfusionInfo:
    started_at: datetime | None
    ended_at: datetime | None
    outcome: Outcome | None
    outcome_reason: str
    planned_volume_ml: Decimal | None
    volume_infused_ml: Decimal  # to 0.1 mL, up to the planned volume
    volume_reached_at: datetime | None
    infusing_time: timedelta
    paused_time: timedelta
    highest_rate_ml_per_h: Decimal | None
    tolerated_rate_ml_per_h: Decimal | None  # the highest rate during which no reaction began (domain.tolerance)
    running: bool


@dataclass(frozen=True)
class VitalsRow:
    stamp: Stamp  # occurred_at is the time taken
    vitals: Vitals
    baseline: bool
    flags: tuple[str, ...]  # sentences, e.g. 'Temperature 38.3 °C ≥ 38.0 °C'
    flag_kinds: tuple[str, ...]  # codes, e.g. 'fever'


@dataclass(frozen=True)
class ReactionRow:
    stamp: Stamp  # of the reaction entry (occurred_at is the onset)
    record: ReactionRecord  # as it now stands, with its outcome updates applied
    updates: tuple[Stamp, ...]  # the 'Reaction outcome' entries written after it


@dataclass(frozen=True)
class NoteRow:
    stamp: Stamp
    text: str


@dataclass(frozen=True)
class AmendmentLine:
    stamp: Stamp  # the amendment entry: when, by whom
    entered_in_error: bool
    reason: str
    corrected_text: str  # the values as corrected ('' when marked entered in error)


@dataclass(frozen=True)
class AmendedEntry:
    """An entry as first written (shown struck through) with its amendments beneath, oldest first."""

    stamp: Stamp
    entry_type: EventType
    entry_label: str
    original_text: str
    original_payload: Payload
    amendments: tuple[AmendmentLine, ...]
    amendment_payloads: tuple[Payload, ...]


@dataclass(frozen=True)
class ClosingInfo:
    flush_ml: Decimal | None
    flush_stamp: Stamp | None
    discharge: DischargeStatus | None
    discharge_label: str
    discharge_notes: str
    discharge_stamp: Stamp | None


@dataclass(frozen=True)
class Signature:
    stamp: Stamp
    name: str
    credentials: str
    meaning: str

    @property
    def signed_at(self) -> datetime:
        return self.stamp.occurred_at


@dataclass(frozen=True)
class RecordIntegrity:
    """Whether the session's record is as written (hash chain) and as signed (signature over its digest)."""

    state: str  # 'record verified', or 'RECORD ALTERED OUTSIDE THE APP: ...' (store/chain/verify.py)
    altered: bool
    digest: str | None  # the digest the signature binds (unsigned: the session's digest as it stands)
    signature: str | None  # the signature's verification state in words; None when unsigned
    key_fingerprint: str | None  # the signing key's fingerprint


@dataclass(frozen=True)
class SessionSummary:
    session_id: int
    location: str
    opened_at: datetime
    opened_by: Person
    stage: Stage
    patient: PatientInfo
    regimen: RegimenInfo | None
    plan: PlanInfo | None
    checklist: tuple[ChecklistRow, ...]
    vials: tuple[VialRow, ...]
    premeds: tuple[PremedRow, ...]
    rates: tuple[RateRow, ...]
    infusion: InfusionInfo
    vitals: tuple[VitalsRow, ...]
    reactions: tuple[ReactionRow, ...]
    notes: tuple[NoteRow, ...]
    amendments: tuple[AmendedEntry, ...]
    closing: ClosingInfo
    signature: Signature | None
    nurses: tuple[Person, ...]  # everyone who opened, wrote or signed, by id
    record_as_of: datetime  # the time the last entry was written (or the session opened)
    generated_at: datetime
    entries: int  # entries in the record, amendments included
    rate_history: tuple[tuple[datetime, Decimal], ...] = field(default=())  # (time, mL/h) steps, 0 while paused
    integrity: RecordIntegrity | None = None  # None: not checked (a summary built without its database)

    @property
    def signed(self) -> bool:
        return self.signature is not None

    @property
    def day(self) -> date:
        """The local date the session was opened on (times on other days are shown with their date)."""
        return text.local(self.opened_at).date()

    @property
    def lots(self) -> tuple[str, ...]:
        """The vial lots, in the order first recorded."""
        return tuple(dict.fromkeys(v.lot for v in self.vials))

    @property
    def highest_grade(self) -> int | None:
        return max((int(r.record.grade) for r in self.reactions), default=None)


def build_summary(
    db: Database,
    session_id: int,
    config: ClinicConfig,
    *,
    generated_at: datetime | None = None,
    vitals_config: VitalsConfig | None = None,
) -> SessionSummary:
    """The summary of session `session_id` as its record now stands. Raises SummaryError for an unknown session."""
    try:
        session = sessions.load(db, session_id)
    except KeyError:
        raise SummaryError(f"There is no session {session_id} in this database.") from None
    return summarize(db, session, config, generated_at=generated_at or text.now_utc(), vitals_config=vitals_config)


class _People:
    """Nurse names by id, read once each."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: dict[int, Person] = {}

    def __call__(self, nurse_id: int) -> Person:
        if nurse_id not in self._known:
            try:
                nurse = nurses.get_nurse(self._db, nurse_id)
                self._known[nurse_id] = Person(nurse.id, nurse.name, nurse.credentials)
            except KeyError:
                self._known[nurse_id] = Person(nurse_id, f"unknown nurse {nurse_id}", "")
        return self._known[nurse_id]

    @property
    def involved(self) -> tuple[Person, ...]:
        return tuple(self._known[key] for key in sorted(self._known))


def summarize(
    db: Database,
    session: Session,
    config: ClinicConfig,
    *,
    generated_at: datetime,
    vitals_config: VitalsConfig | None = None,
) -> SessionSummary:
    """The summary of a folded session (its patient, regimen and nurses read from `db`)."""
    people = _People(db)
    header = session.header
    opened_by = people(header.opened_by)
    try:
        patient = patients.get_patient(db, header.patient_id)
    except KeyError:
        raise SummaryError(f"Session {session.id} names patient {header.patient_id}, who is not on record.") from None
    amended_ids = {e.event.id for e in session.entries if e.is_amended}

    def stamp(event: Event) -> Stamp:
        return Stamp(
            event.id,
            event.occurred_at,
            event.recorded_at,
            people(event.nurse_id),
            event.is_late_entry,
            event.id in amended_ids,
        )

    run = session.infusion
    record_as_of = max((e.event.recorded_at for e in session.entries), default=header.opened_at)
    for entry in session.entries:
        record_as_of = max([record_as_of, *(a.recorded_at for a in entry.amendments)])
    as_of = run.ended_at if run.ended_at is not None else max(record_as_of, generated_at)
    plan_events = session.effective_events(EventType.PLAN_CONFIRMED)

    regimen = _regimen(db, header.patient_id, plan_events[-1].occurred_at if plan_events else as_of, config, people)
    plan = _plan(plan_events, stamp)
    rates = _rates(session, stamp, as_of)
    infusion = _infusion(session, as_of)
    vitals = _vitals(session, vitals_config or default_vitals_config(), stamp)
    reaction_rows = _reactions(session, stamp)
    notes = tuple(
        NoteRow(stamp(e.event), str(e.payload.get("text", ""))) for e in session.effective_events(EventType.NOTE)
    )
    amendments = tuple(_amended(entry, stamp) for entry in session.entries if entry.is_amended)
    closing = _closing(session, stamp)
    signed = session.effective_events(EventType.SIGNED_OFF)
    signature = None
    if signed:
        payload = signed[-1].payload
        signature = Signature(
            stamp(signed[-1].event),
            str(payload.get("name", "")),
            str(payload.get("credentials", "")),
            str(payload.get("meaning", SIGNATURE_MEANING)),
        )
    history = [(segment.start, segment.rate_ml_per_h) for segment in run.segments]
    if run.ended_at is not None:
        history.append((run.ended_at, Decimal(0)))
    checklist = _checklist(session, config, stamp)
    vials = tuple(
        VialRow(
            stamp(e.event),
            str(e.payload["product_id"]),
            Decimal(str(e.payload["size_g"])),
            str(e.payload["lot"]),
            date.fromisoformat(str(e.payload["expiry"])),
            None if e.payload.get("gtin") is None else str(e.payload["gtin"]),
            None if e.payload.get("serial") is None else str(e.payload["serial"]),
            bool(e.payload.get("scanned", False)),
        )
        for e in session.effective_events(EventType.VIAL_RECORDED)
    )
    premeds = tuple(
        PremedRow(
            stamp(e.event),
            str(e.payload["drug"]),
            Decimal(str(e.payload["dose"])),
            str(e.payload["unit"]),
            str(e.payload["route"]),
            str(e.payload.get("given_by", "")),
        )
        for e in session.effective_events(EventType.PREMED_GIVEN)
    )
    # Everyone who wrote in the record, even entries later struck, is named.
    for entry in session.entries:
        people(entry.event.nurse_id)
        for amendment in entry.amendments:
            people(amendment.nurse_id)
    return SessionSummary(
        session_id=session.id,
        location=header.location,
        opened_at=header.opened_at,
        opened_by=opened_by,
        stage=session.stage,
        patient=PatientInfo(
            id=patient.id,
            family_name=patient.family_name,
            given_name=patient.given_name,
            display_name=patient.display_name,
            date_of_birth=patient.date_of_birth,
            age_years=patient.age_years(text.local(header.opened_at).date()),
            mrn=patient.mrn,
            sex=patient.sex,
            height_cm=patient.height_cm,
            weight_kg=patient.weight_kg,
            allergies=patient.allergies,
        ),
        regimen=regimen,
        plan=plan,
        checklist=checklist,
        vials=vials,
        premeds=premeds,
        rates=rates,
        infusion=infusion,
        vitals=vitals,
        reactions=reaction_rows,
        notes=notes,
        amendments=amendments,
        closing=closing,
        signature=signature,
        nurses=people.involved,
        record_as_of=record_as_of,
        generated_at=generated_at,
        entries=session.last_seq,
        rate_history=tuple(history),
        integrity=_integrity(db, session.id),
    )


def _integrity(db: Database, session_id: int) -> RecordIntegrity:
    checked = verify_session(db, session_id)
    signature = checked.signature
    return RecordIntegrity(
        state=checked.summary,
        altered=checked.altered,
        digest=signature.digest if signature is not None and signature.digest else checked.head,
        signature=None if signature is None else signature.state.label,
        key_fingerprint=None if signature is None else signature.key_fingerprint,
    )


def _regimen(
    db: Database, patient_id: int, before: datetime, config: ClinicConfig, people: _People
) -> RegimenInfo | None:
    versions = regimens.versions(db, patient_id)
    in_force: RegimenVersion | None = None
    for version in versions:
        if version.created_at <= before:
            in_force = version
    if in_force is None:
        return None
    regimen = in_force.regimen
    try:
        product_name = config.catalog.get(regimen.product_id).display_name
    except DomainError:
        product_name = regimen.product_id
    indication = Indication(regimen.indication)
    return RegimenInfo(
        version=in_force.version,
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
        reason=in_force.reason,
        saved_at=in_force.created_at,
        saved_by=people(in_force.created_by),
    )


def _optional_decimal(payload: Payload, key: str) -> Decimal | None:
    value = payload.get(key)
    return None if value is None else Decimal(str(value))


def _plan(events: Sequence[EffectiveEvent], stamp: StampFn) -> PlanInfo | None:
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
        weight_kg=_optional_decimal(payload, "weight_kg"),
        regimen_weight_kg=_optional_decimal(payload, "regimen_weight_kg"),
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


def _rates(session: Session, stamp: StampFn, as_of: datetime) -> tuple[RateRow, ...]:
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


def _infusion(session: Session, as_of: datetime) -> InfusionInfo:
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


def _vitals(session: Session, config: VitalsConfig, stamp: StampFn) -> tuple[VitalsRow, ...]:
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


def _reactions(session: Session, stamp: StampFn) -> tuple[ReactionRow, ...]:
    return tuple(
        ReactionRow(
            stamp(session.entry(record.event_id).event),
            record,
            tuple(stamp(session.entry(update).event) for update in record.update_ids),
        )
        for record in reactions(session)
    )


def _amended(entry: TimelineEntry, stamp: StampFn) -> AmendedEntry:
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
                corrected_text=describe.describe(event.type, replacement) if isinstance(replacement, dict) else "",
            )
        )
    return AmendedEntry(
        stamp=stamp(event),
        entry_type=event.type,
        entry_label=event.type.label,
        original_text=describe.describe(event.type, event.payload),
        original_payload=event.payload,
        amendments=tuple(lines),
        amendment_payloads=tuple(a.payload for a in entry.amendments),
    )


def _checklist(session: Session, config: ClinicConfig, stamp: StampFn) -> tuple[ChecklistRow, ...]:
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


def _closing(session: Session, stamp: StampFn) -> ClosingInfo:
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
