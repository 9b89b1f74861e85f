"""A patient's history: every session with its date, product, lots, dose, highest rate, reactions, duration and
outcome; the tolerated rate and the reactions over time (for the trend chart); the regimen's versions.

Read from the store and folded by the domain, like the session summary; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.infusion import Outcome
from ivig_desktop.domain.people import Patient
from ivig_desktop.domain.reactions import reactions
from ivig_desktop.domain.session import Session, Stage
from ivig_desktop.domain.times import Times
from ivig_desktop.domain.tolerance import session_tolerance
from ivig_desktop.reports import text
from ivig_desktop.store import clinic, nurses, patients, regimens, sessions
from ivig_desktop.store.sql import Database


@dataclass(frozen=True)
class ReactionMark:
    grade: int
    onset_at: datetime
    rate_at_onset_ml_per_h: Decimal | None


@dataclass(frozen=True)
class HistoryRow:
    """One session of the patient, as the history table and the trend show it."""

    session_id: int
    opened_at: datetime
    location: str
    stage: Stage
    product_name: str | None  # 'Privigen 10% · OFF-LABEL' for an off-label plan
    lots: tuple[str, ...]
    dose_g: Decimal | None
    highest_rate_ml_per_h: Decimal | None
    tolerated_rate_ml_per_h: Decimal | None
    reactions: tuple[ReactionMark, ...]
    duration: timedelta | None  # from the start of the infusion to its end (pauses included)
    outcome: Outcome | None
    signed: bool

    @property
    def highest_grade(self) -> int | None:
        return max((r.grade for r in self.reactions), default=None)

    @property
    def reactions_text(self) -> str:
        """'none', or '1 (grade 2)', '2 (grades 1, 3)'."""
        if not self.reactions:
            return "none"
        grades = sorted({r.grade for r in self.reactions})
        word = "grade" if len(grades) == 1 else "grades"
        return f"{len(self.reactions)} ({word} {', '.join(str(g) for g in grades)})"

    @property
    def outcome_text(self) -> str:
        if self.outcome is not None:
            return self.outcome.label
        if self.stage in (Stage.CHECK_IN, Stage.PRE_INFUSION):
            return "not started"
        return self.stage.label.lower()


@dataclass(frozen=True)
class RegimenLine:
    version: int
    saved_at: datetime
    saved_by: str
    text: str  # e.g. 'Privigen 10% for PI: 0.5 g/kg (actual weight), every 4 weeks'
    reason: str


@dataclass(frozen=True)
class PatientHistory:
    patient: Patient
    rows: tuple[HistoryRow, ...]  # oldest first
    regimens: tuple[RegimenLine, ...]  # oldest first


def _row(session: Session, times: Times) -> HistoryRow:
    run = session.infusion
    plan = run.plan
    tolerance = session_tolerance(session, text.long_date(times.day_of(session.header.opened_at)))
    duration = None
    if run.started_at is not None and run.ended_at is not None:
        duration = run.ended_at - run.started_at
    return HistoryRow(
        session_id=session.id,
        opened_at=session.header.opened_at,
        location=session.header.location,
        stage=session.stage,
        product_name=plan.listed_name if plan else None,
        lots=tuple(dict.fromkeys(v.lot for v in session.vials)),
        dose_g=plan.vials_g if plan else None,
        highest_rate_ml_per_h=run.highest_rate_ml_per_h,
        tolerated_rate_ml_per_h=tolerance.highest_tolerated_rate_ml_per_h,
        reactions=tuple(ReactionMark(int(r.grade), r.onset_at, r.rate_at_onset_ml_per_h) for r in reactions(session)),
        duration=duration,
        outcome=run.outcome,
        signed=session.signed,
    )


def patient_history(db: Database, patient_id: int, config: ClinicConfig) -> PatientHistory:
    """The patient's sessions (oldest first) and regimen versions."""
    patient = patients.get_patient(db, patient_id)
    times = clinic.in_force(db, config.clinic).times
    rows = tuple(_row(session, times) for session in sessions.patient_sessions(db, patient_id))
    lines = []
    names: dict[int, str] = {}
    for version in regimens.versions(db, patient_id):
        regimen = version.regimen
        if version.created_by not in names:
            try:
                names[version.created_by] = nurses.get_nurse(db, version.created_by).display_name
            except KeyError:
                names[version.created_by] = f"nurse {version.created_by}"
        try:
            product = config.catalog.get(regimen.product_id).display_name
        except DomainError:
            product = regimen.product_id
        words = (
            f"{product} for {regimen.indication.value}: {text.number(regimen.dose_g_per_kg)} g/kg "
            f"({regimen.dosing_weight_method.value} weight, {text.number(regimen.weight_kg)} kg), {regimen.frequency}"
        )
        if regimen.off_label_prescriber is not None:
            words += f"; OFF-LABEL, ordered by {regimen.off_label_prescriber}"
        if regimen.personal_max_mg_per_kg_min is not None:
            words += f"; personal maximum {text.number(regimen.personal_max_mg_per_kg_min)} mg/kg/min"
        lines.append(RegimenLine(version.version, version.created_at, names[version.created_by], words, version.reason))
    return PatientHistory(patient, rows, tuple(lines))
