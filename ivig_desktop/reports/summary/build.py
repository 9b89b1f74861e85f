"""Build a session's summary from the store: read the session, fold it, gather every section."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ivig_desktop.domain.closing import SIGNATURE_MEANING
from ivig_desktop.domain.config import ClinicConfig
from ivig_desktop.domain.events import Event, EventType
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.vitals import VitalsConfig, default_vitals_config
from ivig_desktop.reports import describe, text
from ivig_desktop.reports.corrections import people_corrections
from ivig_desktop.reports.summary.model import (
    NoteRow,
    PatientInfo,
    PremedRow,
    RecordIntegrity,
    SessionSummary,
    Signature,
    Stamp,
    SummaryError,
    VialRow,
)
from ivig_desktop.reports.summary.sections import (
    People,
    amended_entry,
    checklist_rows,
    closing_info,
    in_force,
    infusion_info,
    plan_info,
    rate_rows,
    reaction_rows,
    regimen_versions,
    vitals_rows,
)
from ivig_desktop.store import clinic, patients, sessions
from ivig_desktop.store.session_verification import verify_session
from ivig_desktop.store.sql import Database


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


def summarize(
    db: Database,
    session: Session,
    config: ClinicConfig,
    *,
    generated_at: datetime,
    vitals_config: VitalsConfig | None = None,
) -> SessionSummary:
    """The summary of a folded session (its patient, regimen and nurses read from `db`)."""
    people = People(db)
    header = session.header
    settings = clinic.in_force(db, config.clinic)
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

    versions = regimen_versions(db, header.patient_id, config, people)
    regimen = in_force(versions, plan_events[-1].occurred_at if plan_events else as_of)
    plan = plan_info(plan_events, stamp)
    rates = rate_rows(session, stamp, as_of)
    infusion = infusion_info(session, as_of)
    vitals = vitals_rows(session, vitals_config or default_vitals_config(), stamp)
    reacted = reaction_rows(session, stamp)
    notes = tuple(
        NoteRow(stamp(e.event), str(e.payload.get("text", ""))) for e in session.effective_events(EventType.NOTE)
    )
    amendments = tuple(
        amended_entry(entry, stamp, describe.Wording(settings.times, product_names(config)))
        for entry in session.entries
        if entry.is_amended
    )
    closing = closing_info(session, stamp)
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
    checklist = checklist_rows(session, config, stamp)
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
            age_years=patient.age_years(settings.times.day_of(header.opened_at)),
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
        reactions=reacted,
        notes=notes,
        amendments=amendments,
        closing=closing,
        signature=signature,
        nurses=people.involved,
        record_as_of=record_as_of,
        generated_at=generated_at,
        entries=session.last_seq,
        rate_history=tuple(history),
        clinic=settings,
        regimen_versions=versions,
        training=clinic.is_training(db),
        demo=clinic.is_demo(db),
        product_names=product_names(config),
        integrity=_integrity(db, session.id),
        corrections=people_corrections(db, patient.id, [p.id for p in people.involved]),
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


def product_names(config: ClinicConfig) -> dict[str, str]:
    """Every catalog product's name by id, for renderings that meet an id (vials, the regimen)."""
    return {product.id: product.display_name for product in config.catalog.products}
