"""a-plan's orders in e-records' renderings: a CLL order (an indication added with the catalog's labels) and an
off-label course, confirmed through the controller as check-in does, in the printed record, the CSV/JSON tables
and every kind of FHIR bundle (valid by the official R4 schema)."""

from __future__ import annotations

import json
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
from ivig_desktop.reports.tables import table

from .builder import T0, close_workstation, new_patient, sign_in, workstation
from .r4_schema import r4_schema_errors


def ordered(tmp_path: Path, **order: object) -> Iterator[SessionSummary]:
    clock = FakeClock(T0)
    ws = workstation(tmp_path / "ivig.db", clock)
    try:
        sign_in(ws)
        patient_id = new_patient(ws, clock)
        config = ws.config
        regimen = new_regimen(
            catalog=config.catalog,
            ladders=config.ladders,
            dosing_weight_method="actual",
            frequency="every 4 weeks",
            weight_kg="72.5",
            **order,  # type: ignore[arg-type]
        )
        ws.save_regimen(patient_id, regimen, "Order changed")
        controller = ws.open_session(patient_id, "Chair 2")
        for item in config.checklist.items:  # the risk screens come before the plan
            if item.sets_at_risk:
                controller.answer_checklist(item.id, Answer.NO_RISK)
        plan = controller.compute_plan("72.5", regimen)
        controller.confirm_plan(
            checkin.snapshot(plan),
            weight_kg=Decimal("72.5"),
            regimen_weight_kg=regimen.weight_kg,
            inputs=checkin.request_inputs(plan.request),
            double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
        )
        yield build_summary(ws.db, controller.session_id, config, generated_at=clock.now())
    finally:
        close_workstation(ws)


@pytest.fixture
def cll(tmp_path: Path) -> Iterator[SessionSummary]:
    # Privigen 10% ordered off-label for CLL carries the code through every rendering; Gammagard S/D, the one product
    # labelled for CLL, at the concentration chosen at check-in: tests/reports/test_parentheses.py.
    yield from ordered(
        tmp_path, product_id="privigen", indication="CLL", dose_g_per_kg="0.4", off_label=True, prescriber="Dr A. Shah"
    )


@pytest.fixture
def off_label_course(tmp_path: Path) -> Iterator[SessionSummary]:
    yield from ordered(
        tmp_path,
        product_id="privigen",
        indication="MMN",
        dose_g_per_kg="1",
        course_days="2",
        off_label=True,
        prescriber="Dr A. Moreau",
    )


def test_a_cll_order_in_the_record_the_tables_and_fhir(cll: SessionSummary) -> None:
    assert cll.regimen is not None and cll.regimen.indication == "CLL"
    (session,) = table("sessions").rows([cll])
    assert session["indication"] == "CLL" and session["course"] is None
    regimens = table("regimens").rows([cll])
    assert [(r["indication"], r["off_label"], r["course_days"]) for r in regimens] == [
        ("PI", False, 1),
        ("CLL", True, 1),
    ]
    assert "Privigen 10% for CLL (B-cell chronic lymphocytic leukaemia" in summary_html(cll)
    for kind in BundleKind:
        bundle = json.loads(bundle_json(cll, kind))
        assert r4_schema_errors(bundle) == [], kind
        reasons = [r["reasonCode"][0]["text"] for r in (e["resource"] for e in bundle["entry"]) if "reasonCode" in r]
        assert reasons and all(text.endswith("(CLL)") for text in reasons)


def test_an_off_label_course_in_the_record_the_tables_and_fhir(off_label_course: SessionSummary) -> None:
    s = off_label_course
    assert s.plan is not None and s.plan.off_label.startswith("OFF-LABEL: MMN is not on the label")
    assert s.plan.course == "Day 1 of 2: 1 g/kg today of a 2 g/kg course"
    html = summary_html(s)
    assert "ordered by Dr A. Moreau" in html and "Day 1 of 2" in html
    assert "1 g/kg a day x 2 days = 2 g/kg" in html  # the regimen in force, with its course
    (session,) = table("sessions").rows([s])
    assert (session["off_label"], session["course"]) == (
        s.plan.off_label,
        "Day 1 of 2: 1 g/kg today of a 2 g/kg course",
    )
    regimen = table("regimens").rows([s])[-1]
    assert (regimen["prescriber"], regimen["off_label"], regimen["course_days"]) == ("Dr A. Moreau", True, 2)
    for kind in BundleKind:
        assert r4_schema_errors(json.loads(bundle_json(s, kind))) == [], kind
