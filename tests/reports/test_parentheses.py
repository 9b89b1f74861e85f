"""The printed record and every export quote a plan's limits, sources and indication without a note in parentheses
inside another: no "hard 348.0 mL/h (label maximum 8 mg/kg/min (label))". Gammagard S/D at 5% for CLL (its label's
indication, chosen at check-in), renal risk present (the at-risk cap) and a personal maximum (the soft limit); and a
plan recorded before the fix, whose limit reads 'label maximum 8 mg/kg/min (label)'."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from ivig_desktop.domain import checkin
from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.reports.document import summary_html
from ivig_desktop.reports.fhir import BundleKind, bundle_json
from ivig_desktop.reports.summary import SessionSummary, build_summary
from ivig_desktop.reports.tables import TABLES

from .builder import T0, close_workstation, new_patient, sign_in, workstation

NESTED = re.compile(r"\([^()]*\(")  # an opening parenthesis inside another one
D = Decimal


@pytest.fixture
def summary(tmp_path: Path) -> Iterator[SessionSummary]:
    clock = FakeClock(T0)
    ws = workstation(tmp_path / "ivig.db", clock)
    try:
        sign_in(ws)
        patient_id = new_patient(ws, clock)
        config = ws.config
        regimen = new_regimen(
            catalog=config.catalog,
            ladders=config.ladders,
            product_id="gammagard-sd",
            indication="CLL",
            dose_g_per_kg="0.4",
            dosing_weight_method="actual",
            frequency="every 4 weeks",
            weight_kg="72.5",
            personal_max_mg_per_kg_min="0.4",
        )
        ws.save_regimen(patient_id, regimen, "Order changed")
        controller = ws.open_session(patient_id, "Chair 2")
        for item in config.checklist.items:
            if item.sets_at_risk:
                controller.answer_checklist(item.id, Answer.RISK_PRESENT if item.id == "renal_risk" else Answer.NO_RISK)
        plan = controller.compute_plan("72.5", regimen, concentration=D(5))
        snapshot = checkin.snapshot(plan)
        assert snapshot.at_risk and snapshot.limits.soft_max_ml_per_h is not None
        controller.confirm_plan(
            snapshot,
            weight_kg=D("72.5"),
            regimen_weight_kg=regimen.weight_kg,
            inputs=checkin.request_inputs(plan.request),
            double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
        )
        yield build_summary(ws.db, controller.session_id, config, generated_at=clock.now())
    finally:
        close_workstation(ws)


def nested(text: str) -> list[str]:
    return [text[max(0, m.start() - 60) : m.end() + 60] for m in NESTED.finditer(text)]


def test_no_note_in_parentheses_inside_another_in_the_record_and_the_exports(summary: SessionSummary) -> None:
    assert summary.plan is not None and summary.plan.product_name == "Gammagard S/D 5%"
    html = summary_html(summary)
    assert nested(html) == []
    assert "for CLL (B-cell chronic lymphocytic leukaemia with hypogammaglobulinaemia" in html
    assert "(at-risk cap ~0.4167 mg/kg/min, from the clinic)" in html
    for kind in BundleKind:
        assert nested(bundle_json(summary, kind)) == [], kind
    for table in TABLES:
        assert nested(json.dumps(table.rows([summary]), default=str)) == [], table.name


def test_a_plan_recorded_before_quotes_its_limit_without_nesting(summary: SessionSummary) -> None:
    assert summary.plan is not None
    old = dataclasses.replace(summary.plan, hard_max_source="label maximum 8 mg/kg/min (label)")
    html = summary_html(dataclasses.replace(summary, plan=old))
    assert "(label maximum 8 mg/kg/min [label])" in html and nested(html) == []
