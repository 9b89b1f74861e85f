from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from ivig_desktop.domain import times
from ivig_desktop.domain.checkin import (
    DoubleCheckMethod,
    History,
    confirm_plan,
    plan_request,
    request_inputs,
    snapshot,
    validate_double_check,
    weight_change_flag,
)
from ivig_desktop.domain.config import load_clinic_config
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.people import PatientDetails, Sex
from ivig_desktop.domain.plan import InfusionKind, make_plan
from ivig_desktop.domain.regimen import new_regimen
from ivig_desktop.paths import resources_dir

NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
D = Decimal
CONFIG = load_clinic_config(resources_dir())
PATIENT = PatientDetails("Doe", "Jane", date(1956, 3, 12), None, Sex.FEMALE, D(165), D("72.5"), "NKDA")


def regimen(**overrides: object):  # type: ignore[no-untyped-def]
    fields: dict[str, object] = {
        "catalog": CONFIG.catalog,
        "ladders": CONFIG.ladders,
        "product_id": "privigen",
        "indication": "PI",
        "dose_g_per_kg": "0.4",
        "dosing_weight_method": "actual",
        "frequency": "every 4 weeks",
        "weight_kg": "72.5",
    }
    fields.update(overrides)
    return new_regimen(**fields)  # type: ignore[arg-type]


def test_first_infusion_plan_snapshot_matches_the_engine() -> None:
    request = plan_request(
        regimen=regimen(), patient=PATIENT, weight_kg=D("72.5"), at_risk=False, history=History.of([]), now=NOW
    )
    assert request.infusion is InfusionKind.FIRST
    plan = make_plan(request, catalog=CONFIG.catalog, ladders=CONFIG.ladders, policy=CONFIG.policy)
    snap = snapshot(plan)
    # 0.5 -> 1 -> 2 -> 4 -> 8 mg/kg/min x 72.5 kg x 60 / 100 mg/mL = 21.75, 43.5, 87, 174, 348 mL/h
    assert [s.rate_ml_per_h for s in snap.steps] == [D("21.8"), D("43.5"), D("87.0"), D("174.0"), D("348.0")]
    assert snap.limits.hard_max_ml_per_h == D("348.0")
    assert snap.limits.soft_max_ml_per_h is None
    # 0.4 g/kg x 72.5 kg = 29 g -> 30 g of whole vials -> 300 mL at 100 mg/mL
    assert (snap.dose_g, snap.vials_g, snap.volume_ml) == (D(30), D(30), D("300.0"))
    assert snap.first_infusion and not snap.at_risk
    assert any("21.75 mL/h -> 21.8 mL/h" in line for line in snap.working)


def test_personal_maximum_becomes_the_soft_limit_and_at_risk_the_hard_one() -> None:
    personal = regimen(personal_max_mg_per_kg_min="4")
    request = plan_request(
        regimen=personal, patient=PATIENT, weight_kg=D("72.5"), at_risk=True, history=History.of([]), now=NOW
    )
    snap = snapshot(make_plan(request, catalog=CONFIG.catalog, ladders=CONFIG.ladders, policy=CONFIG.policy))
    assert snap.at_risk
    # Privigen "minimum practicable" at risk: the clinic's default is the label start rate, 0.5 mg/kg/min.
    assert snap.limits.hard_max_ml_per_h == D("21.7")  # 21.75 rounded DOWN: never above the cap
    assert all(step.rate_ml_per_h <= snap.limits.hard_max_ml_per_h for step in snap.steps)


def test_weight_change_of_ten_percent_is_flagged_and_must_be_acknowledged() -> None:
    assert weight_change_flag(D(80), D("72.1")) is None  # 9.9% less
    flag = weight_change_flag(D(80), D(72))
    assert flag is not None and "10.0% less than the regimen's 80 kg" in flag
    assert "9.9" not in (weight_change_flag(D(80), D(88)) or "")
    request = plan_request(
        regimen=regimen(), patient=PATIENT, weight_kg=D(72), at_risk=False, history=History.of([]), now=NOW
    )
    snap = snapshot(make_plan(request, catalog=CONFIG.catalog, ladders=CONFIG.ladders, policy=CONFIG.policy))
    check = validate_double_check(DoubleCheckMethod.SECOND_NURSE, signed_in="Ana", second_nurse="Ben", snapshot=snap)
    common = {"started": False, "snapshot": snap, "weight_kg": D(72), "regimen_weight_kg": D(80), "inputs": {}}
    with pytest.raises(ValidationError) as caught:
        confirm_plan(**common, double_check=check, weight_flag_acknowledged=False, now=NOW)  # type: ignore[arg-type]
    assert "Tick to confirm" in caught.value.errors["weight_kg"]
    event = confirm_plan(**common, double_check=check, weight_flag_acknowledged=True, now=NOW)  # type: ignore[arg-type]
    assert "weight_flag" in event.payload
    with pytest.raises(DomainError, match="cannot change once the infusion has started"):
        confirm_plan(**{**common, "started": True}, double_check=check, weight_flag_acknowledged=True, now=NOW)  # type: ignore[arg-type]


def test_double_check_by_a_second_nurse_or_by_retyping() -> None:
    request = plan_request(
        regimen=regimen(), patient=PATIENT, weight_kg=D("72.5"), at_risk=False, history=History.of([]), now=NOW
    )
    snap = snapshot(make_plan(request, catalog=CONFIG.catalog, ladders=CONFIG.ladders, policy=CONFIG.policy))
    with pytest.raises(ValidationError, match="another nurse"):
        validate_double_check(
            DoubleCheckMethod.SECOND_NURSE, signed_in="Ana Lima, RN", second_nurse="ana lima, rn", snapshot=snap
        )
    with pytest.raises(ValidationError, match="Name the second nurse"):
        validate_double_check(DoubleCheckMethod.SECOND_NURSE, signed_in="Ana", snapshot=snap)
    with pytest.raises(ValidationError) as caught:
        validate_double_check(
            DoubleCheckMethod.SELF,
            signed_in="Ana",
            retyped_dose_g="29",
            retyped_first_rate_ml_per_h="21.8",
            snapshot=snap,
        )
    assert set(caught.value.errors) == {"retyped_dose_g"}
    ok = validate_double_check(
        DoubleCheckMethod.SELF, signed_in="Ana", retyped_dose_g="30", retyped_first_rate_ml_per_h="21,8", snapshot=snap
    )
    assert ok.checker == "Ana"


def test_history_gives_weeks_since_the_last_infusion_rounded_down() -> None:
    history = History(NOW - timedelta(days=62), "gamunex-c", 3)
    assert history.weeks_since_last(NOW) == D("8.8")
    request = plan_request(
        regimen=regimen(), patient=PATIENT, weight_kg=D("72.5"), at_risk=False, history=history, now=NOW
    )
    assert request.infusion is InfusionKind.MAINTENANCE
    assert request.previous_product_id == "gamunex-c"
    plan = make_plan(request, catalog=CONFIG.catalog, ladders=CONFIG.ladders, policy=CONFIG.policy)
    assert "product switch" in plan.start_rule


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("product_id", "nope", "Choose the product"),
        ("indication", "XX", "Indication must be one of"),
        ("dose_g_per_kg", "3", "Dose must be between 0.1 and 2 g/kg"),
        ("dosing_weight_method", "lean", "Dosing weight must be"),
        ("frequency", " ", "Frequency is required"),
        ("weight_kg", "400", "Weight must be between 2 and 350 kg"),
        ("ladder_id", "nope", "Ladder must be one of"),
        ("personal_max_mg_per_kg_min", "0", "Personal maximum rate must be between"),
    ],
)
def test_regimen_refusals(field: str, value: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        regimen(**{field: value})
    assert message in caught.value.errors[field]


def test_personal_start_above_maximum_is_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be above the personal maximum"):
        regimen(personal_start_mg_per_kg_min="4", personal_max_mg_per_kg_min="2")


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"indication": "MMN"}, "indication", "Privigen 10% is not labelled for MMN; its labelled indications are PI"),
        ({"indication": "MMN", "off_label": True}, "prescriber", "Name the prescriber of this off-label order"),
        ({"off_label": True, "prescriber": "Dr A"}, "off_label", "PI is on the Privigen 10% label"),
        ({"prescriber": "x" * 101}, "prescriber", "Prescriber must be at most 100 characters"),
        ({"course_days": "0"}, "course_days", "A course is 1 to 7 consecutive days"),
        ({"course_days": "x"}, "course_days", "A course is 1 to 7"),
        ({"dose_g_per_kg": "0.9"}, "dose_g_per_kg", "above 0.8 g/kg a day for PI"),
        ({"indication": "ITP", "dose_g_per_kg": "1", "course_days": "3"}, "dose_g_per_kg", "above 2 g/kg per course"),
    ],
)
def test_regimen_label_course_and_dose_refusals(overrides: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        regimen(**overrides)
    assert message in caught.value.errors[field]


def test_a_course_and_an_off_label_order_are_saved_in_the_regimen_payload() -> None:
    course = regimen(indication="ITP", dose_g_per_kg="0.4", course_days="5")
    assert (course.course_days, course.course_g_per_kg, course.off_label) == (5, D("2.0"), False)
    off = regimen(indication="MMN", dose_g_per_kg="1", off_label=True, prescriber="  Dr  A. Moreau ")
    assert off.off_label_prescriber == off.prescriber == "Dr A. Moreau"
    payload = off.to_payload()
    assert payload["off_label_prescriber"] == "Dr A. Moreau" and payload["course_days"] == 1
    assert payload["prescriber"] == "Dr A. Moreau"
    assert type(off).from_payload(payload) == off
    on_label = regimen(prescriber="Dr B. Shah")  # the ordering prescriber of an on-label order
    assert (on_label.prescriber, on_label.off_label_prescriber, on_label.to_payload()["off_label_prescriber"]) == (
        "Dr B. Shah",
        None,
        None,
    )


def test_a_regimen_saved_before_courses_and_off_label_orders_still_loads() -> None:
    old = regimen().to_payload()
    del old["course_days"], old["off_label_prescriber"]
    loaded = type(regimen()).from_payload(old)
    assert loaded.course_days == 1 and loaded.off_label_prescriber is None


def test_regimens_saved_with_either_prescriber_key_still_load() -> None:
    """Before the two were one field, an off-label order kept its prescriber in `off_label_prescriber` only, and
    the ordering prescriber was `prescriber` only: both read back."""
    off_label_only = regimen(indication="MMN", dose_g_per_kg="1", off_label=True, prescriber="Dr A").to_payload()
    del off_label_only["prescriber"]
    loaded = type(regimen()).from_payload(off_label_only)
    assert (loaded.off_label, loaded.prescriber, loaded.off_label_prescriber) == (True, "Dr A", "Dr A")
    ordering_only = regimen(prescriber="Dr B").to_payload()
    del ordering_only["off_label_prescriber"]
    loaded = type(regimen()).from_payload(ordering_only)
    assert (loaded.off_label, loaded.prescriber, loaded.off_label_prescriber) == (False, "Dr B", None)


def test_the_course_day_follows_the_previous_day_of_the_same_course() -> None:
    yesterday = History(NOW - timedelta(hours=24), "privigen", 1, last_course_day=1, last_course_days=5)
    assert yesterday.course_day(5, NOW)[0] == 2
    times.use(times.Times.named("America/Toronto"))  # the clinic's zone, not UTC nor the machine's
    given = "Mon 23 Nov 03:00".replace(" ", times.NBSP)  # 08:00 UTC the day before; the day is named
    assert yesterday.course_day(5, NOW)[1] == f"day 1 of 5 was given at {given}"
    assert History(NOW - timedelta(hours=49), "privigen", 1, 1, 5).course_day(5, NOW)[0] == 1  # a gap: a new course
    assert History(NOW - timedelta(hours=24), "privigen", 5, 5, 5).course_day(5, NOW)[0] == 1  # the course is done
    assert History(NOW - timedelta(hours=24), "privigen", 1, 1, 2).course_day(5, NOW)[0] == 1  # another course
    assert yesterday.course_day(1, NOW) == (1, "a single infusion")


def test_an_off_label_course_day_is_recorded_with_the_confirmed_plan() -> None:
    off = regimen(indication="MMN", dose_g_per_kg="1", course_days="2", off_label=True, prescriber="Dr A")
    request = plan_request(
        regimen=off, patient=PATIENT, weight_kg=D("72.5"), at_risk=False, history=History.of([]), now=NOW, course_day=2
    )
    assert (request.off_label_prescriber, request.course_day, request.course_days) == ("Dr A", 2, 2)
    plan = make_plan(request, catalog=CONFIG.catalog, ladders=CONFIG.ladders, policy=CONFIG.policy)
    snap = snapshot(plan)
    assert snap.off_label.startswith("OFF-LABEL: MMN is not on the label (labelled: PI, ITP, CIDP); ordered by Dr A")
    assert snap.course_text == "Day 2 of 2: 1 g/kg today of a 2 g/kg course" and snap.course_short == "day 2 of 2"
    payload = snap.to_payload()
    assert payload["off_label"] == snap.off_label and payload["course_day"] == 2
    assert type(snap).from_payload(payload) == snap
    event = confirm_plan(
        started=False,
        snapshot=snap,
        weight_kg=D("72.5"),
        regimen_weight_kg=D("72.5"),
        inputs=request_inputs(request),
        double_check=validate_double_check(
            DoubleCheckMethod.SECOND_NURSE, signed_in="A", second_nurse="B", snapshot=snap
        ),
        weight_flag_acknowledged=False,
        now=NOW,
    )
    recorded, inputs = event.payload["plan"], event.payload["inputs"]
    assert isinstance(recorded, dict) and isinstance(inputs, dict)
    assert recorded["off_label"] == snap.off_label and inputs["off_label_prescriber"] == "Dr A"
    # a plan recorded before: on label, one day
    old = snap.to_payload()
    for key in ("off_label", "course_day", "course_days", "dose_g_per_kg"):
        del old[key]
    assert (type(snap).from_payload(old).off_label, type(snap).from_payload(old).course_days) == ("", 1)


@pytest.mark.parametrize(
    ("indication", "dose", "days"),
    [("PI", "0.4", 1), ("CLL", "0.4", 1), ("ITP", "1", 3), ("KD", "1", 1), ("KD", "0.4", 4)],
)
@pytest.mark.parametrize("percent", ["5", "10"])
def test_gammagard_sd_is_planned_at_check_in_for_every_labelled_indication(
    indication: str, dose: str, days: int, percent: str
) -> None:
    """A product reconstituted at a chosen strength is planned at the concentration chosen at check-in, which the
    request, the recorded inputs and the plan's name carry; without one, the refusal says what to choose."""
    order = regimen(product_id="gammagard-sd", indication=indication, dose_g_per_kg=dose, course_days=str(days))
    common = {"regimen": order, "patient": PATIENT, "weight_kg": D("72.5"), "at_risk": False, "now": NOW}
    with pytest.raises(ValidationError) as refused:
        make_plan(plan_request(**common, history=History.of([])), catalog=CONFIG.catalog)
    assert refused.value.errors == {
        "concentration_percent": "Gammagard S/D is reconstituted: choose its concentration, one of 5, 10 (%)."
    }
    request = plan_request(**common, history=History.of([]), concentration_percent=D(percent))
    plan = make_plan(request, catalog=CONFIG.catalog, ladders=CONFIG.ladders, policy=CONFIG.policy)
    snap = snapshot(plan)
    assert (snap.product_name, snap.concentration_percent) == (f"Gammagard S/D {percent}%", D(percent))
    assert request_inputs(request)["concentration_percent"] == percent
    assert snap.off_label == "" and snap.steps[0].rate_ml_per_h == D("36.3")  # 0.5 mL/kg/h x 72.5 kg = 36.25
    # the rate table is not confirmed from a stored copy of the label: the plan says so, in words
    assert any(w.startswith("UNCONFIRMED protocol: Gammagard S/D's rate table was not found") for w in snap.warnings)
