"""Course dosing and per-indication dose limits (issue 11, item 6), and the chair time (item 5).

A course is `course_days` consecutive days at one day's dose; each day is a session that knows its day. The day's
dose and the course total are checked against the label's figure for the indication (the product's own row, else
the catalog's default), each with its source. A plan longer than the clinic's chair time proposes a split.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from ivig_desktop.domain.catalog import Indication
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.plan import PlanRequest, make_plan
from ivig_desktop.domain.policy import ClinicPolicy
from tests.domain.plan_helpers import plan_for

D = Decimal


def test_a_course_day_knows_its_place_and_its_dose() -> None:
    plan = plan_for("privigen", "ITP", "70", dose_g_per_kg=D("0.4"), course_days=5, course_day=2)
    assert plan.course_text == "Day 2 of 5: 0.4 g/kg today of a 2 g/kg course"
    assert plan.dose is not None and plan.dose.ordered_g == 28  # today's dose only: 0.4 x 70
    course = plan.to_dict()["course"]
    assert course == {
        "day": 2,
        "days": 5,
        "dose_g_per_kg_per_day": D("0.4"),
        "course_g_per_kg": D("2.0"),
        "text": "Day 2 of 5: 0.4 g/kg today of a 2 g/kg course",
    }
    assert plan_for("privigen", "PI", "70", dose_g_per_kg=D("0.4")).course_text is None


@pytest.mark.parametrize(("day", "days", "field"), [(0, 2, "course_day"), (3, 2, "course_day"), (1, 8, "course_days")])
def test_course_days_are_checked(day: int, days: int, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        plan_for("privigen", "ITP", "70", dose_g_per_kg=D("0.4"), course_days=days, course_day=day)
    assert set(caught.value.errors) == {field}


def test_mmn_up_to_2_4_g_per_kg_a_month_in_divided_doses() -> None:
    """Gammagard Liquid's MMN row: up to 2.4 g/kg per month; no day above 2 g/kg (the app's per-day bound)."""
    plan = plan_for("gammagard-liquid", "MMN", "70", dose_g_per_kg=D("1.2"), course_days=2)
    assert plan.dose_check is not None and plan.dose_check.course_g_per_kg == D("2.4")
    assert "gammagard.com" in plan.dose_check.working.source and "the product's label" in plan.dose_check.working.source
    with pytest.raises(ValidationError, match=r"above 2\.4 g/kg per month, in divided doses for MMN"):
        plan_for("gammagard-liquid", "MMN", "70", dose_g_per_kg=D("1.3"), course_days=2)
    with pytest.raises(ValidationError, match=r"Dose must be between 0\.1 and 2 g/kg"):
        plan_for("gammagard-liquid", "MMN", "70", dose_g_per_kg=D("2.4"))


@pytest.mark.parametrize(
    ("product_id", "indication", "day", "days", "message"),
    [
        ("privigen", "PI", "0.9", 1, "above 0.8 g/kg a day for PI"),  # catalog default, ivig-domain.md
        ("gamunex-c", "PI", "0.7", 1, "above 0.6 g/kg a day for PI"),  # Gamunex-C's own 300-600 mg/kg
        ("gamunex-c", "ITP", "1", 3, "above 2 g/kg per course for ITP"),
        ("gammaplex-10", "ITP", "1.5", 1, "above 1 g/kg a day for ITP"),
        ("octagam-10", "DM", "0.5", 5, "above 2 g/kg per course for DM"),
        ("carimune-nf", "ITP", "0.5", 2, "above 0.4 g/kg a day for ITP"),
    ],
)
def test_doses_above_the_labels_figure_are_refused_with_the_source(
    product_id: str, indication: str, day: str, days: int, message: str
) -> None:
    concentration = D(6) if product_id == "carimune-nf" else None
    with pytest.raises(ValidationError) as caught:
        plan_for(
            product_id, indication, "70", dose_g_per_kg=D(day), course_days=days, concentration_percent=concentration
        )
    text = caught.value.errors["dose_g_per_kg"]
    assert message in text and text.startswith("Refused:") and "(" in text  # the label's words and their source


def test_a_course_below_the_usual_dose_is_flagged_not_refused() -> None:
    plan = plan_for("gamunex-c", "PI", "70", dose_g_per_kg=D("0.2"))
    assert any("below the label's usual 0.3 g/kg every 3-4 weeks for PI" in w for w in plan.warnings)


def test_the_dose_limit_has_its_working() -> None:
    plan = plan_for("gamunex-c", "CIDP", "70", dose_g_per_kg=D("1"), course_days=2)
    assert plan.dose_check is not None
    working = plan.dose_check.working
    assert working.arithmetic == "1 g/kg a day x 2 days = 2 g/kg"
    assert "studyres.com" in working.source
    assert working in plan.workings()


def test_a_plan_within_the_chair_time_proposes_no_split() -> None:
    plan = plan_for("gamunex-c", "PI", "70", dose_g_per_kg=D("0.4"))
    assert plan.split is None and not any("chair time" in w for w in plan.warnings)


def test_a_plan_longer_than_the_chair_time_proposes_the_fewest_days_that_fit() -> None:
    """Privigen PI at risk holds 21 mL/h (70 kg): 0.8 g/kg = 56 g -> 60 g of whole vials (40 + 20) = 600 mL takes
    28 h 35 min (1714.3 min). Over 2 days 28 g ->
    30 g (20 + 10) = 300 mL = 14 h 17 min; 3 days: 18.67 g -> 20 g = 200 mL = 9 h 32 min; 4 days: 14 g -> 15 g =
    150 mL = 7 h 9 min: fits in 8 h."""
    plan = plan_for("privigen", "PI", "70", dose_g_per_kg=D("0.8"), at_risk=True)
    split = plan.split
    assert split is not None and split.fits
    assert (split.days, split.grams_per_day, split.minutes_per_day) == (4, Fraction(15), 429)
    assert split.vials.vials == ((D(10), 1), (D(5), 1))
    warning = next(w for w in plan.warnings if "maximum chair time" in w)
    assert warning.startswith("The estimated duration, 28 h 35 min, is longer than the clinic's maximum chair time")
    assert "split the dose over 4 consecutive days, 15 g a day (1 x 10 g + 1 x 5 g, 0.2 g/kg)" in warning
    assert "2 days: 28 g a day -> 30 g" in split.working.arithmetic
    assert plan.to_dict()["split"]["days"] == 4  # type: ignore[index]


def test_the_chair_time_is_a_setting_and_a_split_that_never_fits_says_so() -> None:
    policy = ClinicPolicy(max_chair_minutes=60, max_split_days=2)
    request = PlanRequest("privigen", Indication.PI, D(70), dose_g_per_kg=D("0.8"), at_risk=True)
    split = make_plan(request, policy=policy).split
    assert split is not None and (split.days, split.fits) == (2, False)
    plan = make_plan(request, policy=policy)
    assert any("even over 2 days each day takes longer" in w for w in plan.warnings)
    assert make_plan(request, policy=ClinicPolicy(max_split_days=1)).split is None
