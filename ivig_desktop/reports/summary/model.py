"""The session summary's model: plain values (text, exact `Decimal`s, aware datetimes) for every section.

The structured sections hold the record **as it now stands**: corrected values, entries marked entered in error
left out (every such row says `corrected` when it was amended). The `amendments` section holds every correction
with the original as first written, who corrected it, when and why, as the record keeps them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.clinic import ClinicIdentity
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import Event, EventType, Payload
from ivig_desktop.domain.infusion import Outcome, PlannedStep, VialCount
from ivig_desktop.domain.people import Sex
from ivig_desktop.domain.reactions import ReactionRecord
from ivig_desktop.domain.session import Stage
from ivig_desktop.domain.times import Times
from ivig_desktop.domain.vitals import Vitals
from ivig_desktop.reports.corrections import CorrectionLine


class SummaryError(DomainError):
    """The summary cannot be built (no such session, or a record this version cannot read)."""


@dataclass(frozen=True)
class Person:
    """A nurse as the record names her."""

    id: int
    name: str
    credentials: str
    staff_id: str = ""  # licence or staff number ('' when none was given)

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
    prescriber: str = ""  # the ordering prescriber as named on the order
    course_days: int = 1  # consecutive days at `dose_g_per_kg` a day (1: a single infusion)
    off_label: bool = False  # ordered for an indication not on the product's label, by `prescriber`


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
    off_label: str = ""  # "OFF-LABEL: ..." when the indication is not on the product's label
    course: str = ""  # "Day 2 of 5: 0.4 g/kg today of a 2 g/kg course" for a course


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

    state: str  # 'record verified', or 'RECORD ALTERED OUTSIDE THE APP: ...' (store/session_verification.py)
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
    regimen_versions: tuple[RegimenInfo, ...] = ()  # every version of the patient's regimen, oldest first
    clinic: ClinicIdentity = field(default_factory=ClinicIdentity)  # the settings in force (zone, name, systems)
    training: bool = False  # from a training (simulation) database: every rendering says SIMULATION
    demo: bool = False  # from a demo database (fictional patients, `ivig-desktop demo`): every rendering says DEMO
    product_names: Mapping[str, str] = field(default_factory=dict)  # catalog id -> 'Privigen 10%'
    integrity: RecordIntegrity | None = None  # None: not checked (a summary built without its database)
    # Corrections of the patient's details and of the named nurses' profiles (earlier values kept), oldest first.
    corrections: tuple[CorrectionLine, ...] = field(default=())

    @property
    def mark(self) -> str:
        """The word every rendering of a record that is not a patient's care carries ('' for a real record)."""
        if self.demo:
            return "DEMO"
        return "SIMULATION" if self.training else ""

    @property
    def mark_sentence(self) -> str:
        """What the mark means, in a sentence ('' for a real record)."""
        if self.demo:
            return "DEMO: fictional demo data, not a patient's care"
        return "SIMULATION: recorded in training mode, not a patient's care" if self.training else ""

    @property
    def times(self) -> Times:
        """The clinic's clock face: every local time of every rendering is in this zone."""
        return self.clinic.times

    def product_name(self, product_id: str) -> str:
        """The product's name for a catalog id ('privigen' -> 'Privigen 10%'); the id when it is not known."""
        return self.product_names.get(product_id, product_id)

    @property
    def signed(self) -> bool:
        return self.signature is not None

    @property
    def day(self) -> date:
        """The local date the session was opened on (times on other days are shown with their date)."""
        return self.times.day_of(self.opened_at)

    @property
    def lots(self) -> tuple[str, ...]:
        """The vial lots, in the order first recorded."""
        return tuple(dict.fromkeys(v.lot for v in self.vials))

    @property
    def highest_grade(self) -> int | None:
        return max((int(r.record.grade) for r in self.reactions), default=None)
