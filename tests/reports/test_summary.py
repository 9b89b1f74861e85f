"""The session summary model, built from a whole session recorded through the controller."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.closing import SIGNATURE_MEANING, DischargeStatus
from ivig_desktop.domain.infusion import Outcome
from ivig_desktop.domain.reactions import Grade, ReactionOutcome, ResponseAction, Symptom
from ivig_desktop.domain.session import Stage
from ivig_desktop.reports.summary import SessionSummary, SummaryError, build_summary

from .builder import LOT_A, LOT_B, MRN, T0, Built, full_session, sign_in, workstation

D = Decimal


@pytest.fixture
def summary(built: Built) -> SessionSummary:
    return build_summary(built.db, built.session_id, built.workstation.config, generated_at=built.clock.now())


def test_identifiers_regimen_and_plan(summary: SessionSummary) -> None:
    p = summary.patient
    assert (p.display_name, p.mrn, p.date_of_birth.isoformat(), p.age_years) == ("DOE, Jane", MRN, "1956-03-12", 70)
    assert p.allergies == "Penicillin (rash)"
    assert summary.location == "Chair 3" and summary.opened_by.display == "Ana Lima, RN"
    assert summary.stage is Stage.SIGNED and summary.signed
    assert summary.regimen is not None and summary.regimen.version == 1
    assert summary.regimen.premeds == ("Acetaminophen 650 mg PO", "Diphenhydramine 25 mg PO")
    plan = summary.plan
    assert plan is not None
    assert (plan.product_name, plan.vials_g, plan.volume_ml) == ("Privigen 10%", D(35), D(350))
    assert [s.rate_ml_per_h for s in plan.steps] == [D("21.8"), D("43.5"), D("87"), D("174")]
    assert plan.double_check == "Checked by a second nurse: Ben Okafor, RN"
    assert plan.working and plan.confirmations == 1


def test_checklist_vials_and_premedication(summary: SessionSummary) -> None:
    assert len(summary.checklist) == 9
    assert {row.answer for row in summary.checklist} == {Answer.DONE, Answer.NO_RISK}
    assert summary.lots == (LOT_A, LOT_B)
    assert [(v.lot, v.size_g, v.scanned) for v in summary.vials] == [
        (LOT_A, D(20), True),
        (LOT_B, D(10), False),
        (LOT_B, D(5), False),
    ]
    assert [(p.drug, p.dose, p.unit, p.route) for p in summary.premeds] == [
        ("Acetaminophen", D(650), "mg", "PO"),
        ("Diphenhydramine", D(25), "mg", "PO"),
    ]


def test_the_rate_timeline_follows_every_confirmed_setting(summary: SessionSummary) -> None:
    rows = [(r.action, r.rate_ml_per_h, r.step) for r in summary.rates]
    assert rows == [
        ("start", D("21.8"), 1),
        ("step_up", D("43.5"), 2),
        ("step_up", D("87.0"), 3),
        ("pause", D(0), None),
        ("resume", D("43.5"), 2),
        ("step_up", D("87.0"), 3),
        ("step_up", D("174.0"), 4),
        ("end", None, None),
    ]
    start = summary.rates[0]
    assert start.until is not None and start.until - start.stamp.occurred_at == timedelta(minutes=30)
    assert start.volume_ml == D("10.9")  # 21.8 mL/h for 30 min
    assert summary.rates[3].reason == "Paused for a reaction (grade 2)"
    i = summary.infusion
    assert i.outcome is Outcome.COMPLETED and i.volume_infused_ml == D("350.0")
    assert i.paused_time == timedelta(minutes=25)
    assert i.highest_rate_ml_per_h == D("174.0")
    assert i.tolerated_rate_ml_per_h == D("174.0")  # the reaction began at 87.0 mL/h, not at 174


def test_vitals_with_flags_baseline_late_entry_and_correction(summary: SessionSummary) -> None:
    vitals = summary.vitals
    assert vitals[0].baseline and vitals[0].vitals.weight_kg == D("72.5")
    corrected = [v for v in vitals if v.stamp.corrected]
    assert [v.vitals.systolic_mmhg for v in corrected] == [D(130)]  # the corrected value stands
    fever = next(v for v in vitals if "fever" in v.flag_kinds)
    assert fever.vitals.temperature_c == D("38.3")
    assert "Temperature 38.3 °C ≥ 38.0 °C" in fever.flags
    late = [v for v in vitals if v.stamp.late_entry]
    assert len(late) == 1
    assert late[0].stamp.recorded_at - late[0].stamp.occurred_at == timedelta(minutes=15)
    taken = [v.stamp.occurred_at for v in vitals]
    assert taken == sorted(taken)  # in the order taken, the late entry in its place


def test_reaction_with_its_response_and_outcome(summary: SessionSummary) -> None:
    (row,) = summary.reactions
    r = row.record
    assert r.grade is Grade.MODERATE and r.symptoms == (Symptom.HEADACHE, Symptom.CHILLS)
    assert r.rate_at_onset_ml_per_h == D("87.0")
    assert r.response_action is ResponseAction.PAUSE and r.response_rate_ml_per_h == D("43.5")
    assert [m.name for m in r.medications] == ["Diphenhydramine"]
    assert r.provider_notified is not None and r.provider_notified.name == "Dr Rao"
    assert r.outcome is ReactionOutcome.RESOLVED and r.resumed_rate_ml_per_h == D("43.5")
    assert len(row.updates) == 1
    assert summary.highest_grade == 2


def test_amendments_keep_the_original_with_who_when_why(summary: SessionSummary) -> None:
    by_type = {a.entry_label: a for a in summary.amendments}
    note = by_type["Note"]
    assert note.original_text == "Patient comfortable, reading."
    (line,) = note.amendments
    assert line.corrected_text == "Patient comfortable, sleeping."
    assert line.reason == "Wrong patient activity" and line.stamp.by.display == "Ana Lima, RN"
    vitals = by_type["Vital signs"]
    assert vitals.original_text.startswith("BP 160/82 mmHg")
    assert vitals.amendments[0].corrected_text.startswith("BP 130/82 mmHg")
    assert [n.text for n in summary.notes] == ["Patient comfortable, sleeping."]


def test_discharge_and_signature(summary: SessionSummary) -> None:
    c = summary.closing
    assert c.flush_ml == D(20) and c.discharge is DischargeStatus.HOME_INSTRUCTIONS
    sig = summary.signature
    assert sig is not None
    assert (sig.name, sig.credentials, sig.meaning) == ("Ana Lima", "RN", SIGNATURE_MEANING)
    assert sig.signed_at == summary.record_as_of


def test_an_unsigned_session_in_progress(qapp: QApplication, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    built = full_session(tmp_path / "ivig.db", clock, sign=False)
    summary = build_summary(built.db, built.session_id, built.workstation.config, generated_at=clock.now())
    assert not summary.signed and summary.signature is None
    assert summary.stage is Stage.OBSERVATION
    built.db.close()


def test_a_session_just_opened_has_empty_sections(qapp: QApplication, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    ws = workstation(tmp_path / "ivig.db", clock)
    sign_in(ws)
    from .builder import new_patient

    controller = ws.open_session(new_patient(ws, clock), "Home")
    summary = build_summary(ws.db, controller.session_id, ws.config, generated_at=clock.now())
    assert summary.plan is None and summary.rates == () and summary.vitals == ()
    assert summary.infusion.started_at is None and summary.infusion.volume_infused_ml == 0
    assert summary.stage is Stage.CHECK_IN
    ws.db.close()


def test_an_unknown_session_is_refused(built: Built) -> None:
    with pytest.raises(SummaryError, match="no session 99"):
        build_summary(built.db, 99, built.workstation.config)


def test_a_reactions_picture_reaches_the_printed_record_and_the_export(
    qapp: QApplication, tmp_path: Path, clock: FakeClock
) -> None:
    """A rash graded 1 with the SpO2 falling: the record shows the grade as picked and the picture beside it; the
    FHIR AdverseEvent is serious (the picture's grade), its text keeps the grade picked."""
    from ivig_desktop.domain.reactions import ReactionInput
    from ivig_desktop.domain.vitals import VitalsInput
    from ivig_desktop.reports.document import summary_html
    from ivig_desktop.reports.fhir import bundle_dict

    built = full_session(tmp_path / "picture.db", clock, sign=False)
    try:
        controller = built.controller
        controller.record_vitals(VitalsInput("124", "76", "90", "18", "36.9", "93", "0"))
        controller.record_reaction(ReactionInput(onset_at=clock.now(), symptoms=[Symptom.RASH_URTICARIA], grade=1))
        summary = build_summary(built.db, built.session_id, built.workstation.config, generated_at=clock.now())
        html = summary_html(summary)
        assert "Picture (symptoms and vitals)" in html
        assert "anaphylaxis (criterion 1): grade 4 picture" in html
        events = [
            e["resource"] for e in bundle_dict(summary)["entry"] if e["resource"]["resourceType"] == "AdverseEvent"
        ]
        last = events[-1]
        assert last["seriousness"]["coding"][0]["code"] == "Serious"  # R4 spells it so (reports/fhir/codes.py)
        assert last["severity"]["text"] == "CTCAE grade 1 (mild)"
    finally:
        built.close()
