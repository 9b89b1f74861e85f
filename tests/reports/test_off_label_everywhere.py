"""OFF-LABEL on every place a plan is shown (issue 11 item 3): the session timeline's "plan confirmed" entry, the
FHIR order and administration, the patient's history (sessions and regimen versions) and check-in's recent
sessions, besides the board, the header, the printed record and the tables (tested where they are built)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ivig_desktop.domain import checkin
from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.reports.fhir import BundleKind, bundle_json
from ivig_desktop.reports.history import patient_history
from ivig_desktop.reports.summary import build_summary
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.session.describe import describe
from ivig_desktop.ui.workstation import Workstation
from tests.ui.helpers import NORMAL_VITALS

from .builder import T0, close_workstation, new_patient, sign_in, workstation

D = Decimal
SENTENCE = "OFF-LABEL: MMN is not on the label (labelled: PI, ITP, CIDP); ordered by Dr A. Moreau"


@dataclass
class Infusing:
    ws: Workstation
    controller: SessionController
    clock: FakeClock


@pytest.fixture
def infusing(tmp_path: Path) -> Iterator[Infusing]:
    """Privigen 10% ordered off-label for MMN by Dr A. Moreau: the plan confirmed, the infusion started."""
    clock = FakeClock(T0)
    ws = workstation(tmp_path / "ivig.db", clock)
    try:
        sign_in(ws)
        patient_id = new_patient(ws, clock)
        config = ws.config
        regimen = new_regimen(
            catalog=config.catalog,
            ladders=config.ladders,
            product_id="privigen",
            indication="MMN",
            dose_g_per_kg="1",
            dosing_weight_method="actual",
            frequency="every 4 weeks",
            weight_kg="72.5",
            off_label=True,
            prescriber="Dr A. Moreau",
        )
        ws.save_regimen(patient_id, regimen, "Off-label order")
        controller = ws.open_session(patient_id, "Chair 2")
        for item in config.checklist.items:
            controller.answer_checklist(item.id, Answer.DONE if item.kind is ItemKind.CHECK else Answer.NO_RISK)
        plan = controller.compute_plan("72.5", regimen)
        snapshot = checkin.snapshot(plan)
        controller.confirm_plan(
            snapshot,
            weight_kg=D("72.5"),
            regimen_weight_kg=regimen.weight_kg,
            inputs=checkin.request_inputs(plan.request),
            double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
        )
        for vial in snapshot.vials:
            for _ in range(vial.count):
                controller.record_vial(product_id="privigen", size_g=vial.size_g, lot="P1", expiry=date(2028, 1, 31))
        controller.record_vitals(NORMAL_VITALS)
        controller.start_infusion(snapshot.steps[0].rate_ml_per_h)
        yield Infusing(ws, controller, clock)
    finally:
        close_workstation(ws)


def test_the_timeline_entry_of_the_plan_says_off_label(infusing: Infusing) -> None:
    (confirmed,) = infusing.controller.session.effective_events(EventType.PLAN_CONFIRMED)
    assert describe(confirmed.type, confirmed.payload).startswith(SENTENCE + " · Privigen 10% 75 g")


def test_the_fhir_order_and_administration_say_off_label(infusing: Infusing) -> None:
    summary = build_summary(infusing.ws.db, infusing.controller.session_id, infusing.ws.config)
    for kind in BundleKind:
        resources = [entry["resource"] for entry in json.loads(bundle_json(summary, kind))["entry"]]
        order = next(r for r in resources if r["resourceType"] == "MedicationRequest")
        assert order["note"][0]["text"] == "OFF-LABEL: MMN ordered off-label by Dr A. Moreau", kind
        assert order["dosageInstruction"][0]["text"].startswith("OFF-LABEL: 1 g/kg on actual weight")
        given = next(r for r in resources if r["resourceType"] == "MedicationAdministration" and "extension" in r)
        assert given["note"][0]["text"] == SENTENCE, kind
        assert given["dosage"]["text"].startswith("OFF-LABEL: ")


def test_the_history_and_recent_sessions_say_off_label(infusing: Infusing) -> None:
    history = patient_history(infusing.ws.db, infusing.controller.patient.id, infusing.ws.config)
    assert [row.product_name for row in history.rows] == ["Privigen 10% · OFF-LABEL"]
    assert history.regimens[-1].text.endswith("every 4 weeks; OFF-LABEL, ordered by Dr A. Moreau")
    assert "OFF-LABEL" not in history.regimens[0].text  # the earlier, on-label version
    plan = infusing.controller.session.infusion.plan
    assert plan is not None and plan.listed_name == "Privigen 10% · OFF-LABEL"
