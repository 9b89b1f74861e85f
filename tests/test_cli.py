"""The headless CLI contract: `products` and `schedule`, their JSON, and one-line errors with exit code 2."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from ivig_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], command: str, *more: str) -> tuple[int, str, str]:
    """Run the CLI in-process: `command` is split on spaces, `more` are added as they are. argparse's own
    errors exit through SystemExit."""
    try:
        code = main([*command.split(), *more])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], command: str, *more: str) -> Any:
    code, out, err = run(capsys, command, *more, "--json")
    assert code == 0, err
    # numbers are parsed as Decimal: what the CLI writes is exactly the rounded figure
    return json.loads(out, parse_float=Decimal)


def test_products_json_lists_every_product(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "products")
    ids = [product["id"] for product in data["products"]]
    assert len(ids) == 17 and "gammaplex-10" in ids and "carimune-nf" in ids
    assert {"gammagard-sd", "yimmugo", "alyglo"} <= set(ids)
    assert {limit["indications"][0] for limit in data["dose_limits"]} == {"PI", "ITP", "CIDP", "KD", "GBS", "MMN", "DM"}
    gammaplex = next(p for p in data["products"] if p["id"] == "gammaplex-10")
    assert gammaplex["protocols"][0]["rule"]["rates"] == [
        Decimal("0.005"),
        Decimal("0.01"),
        Decimal("0.02"),
        Decimal("0.04"),
        Decimal("0.06"),
        Decimal("0.08"),
    ]
    assert gammaplex["protocols"][0]["max_mg_per_kg_min"] == 8
    assert all(product["verified_on"] and product["sources"] for product in data["products"])
    assert "verify" in data["warning"]


def test_products_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "products")
    assert code == 0
    assert out.splitlines()[0].split() == ["ID", "PRODUCT", "CONC", "INDICATIONS", "VERIFIED", "UNCONFIRMED"]
    assert "gammagard-liquid" in out and "3/6/9/12%" in out
    assert "verify them against the current prescribing information" in out


def test_schedule_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    """Gammagard Liquid PI, 72.5 kg, 0.4 g/kg (worked by hand in tests/domain/test_plan.py)."""
    data = run_json(capsys, "schedule --product gammagard-liquid --indication PI --weight-kg 72.5 --dose-g-per-kg 0.4")
    assert data["product"] == "gammagard-liquid"
    assert data["indication"] == "PI"
    assert data["concentration_percent"] == 10
    assert data["dosing_weight_kg"] == Decimal("72.5")
    assert data["dosing_weight_method"] == "actual"
    assert [(s["start_min"], s["mg_per_kg_min"], s["ml_per_h"], s["origin"]) for s in data["steps"]] == [
        (0, Decimal("0.8333"), Decimal("36.3"), "label"),
        (30, Decimal("1.6667"), Decimal("72.5"), "clinic"),
        (60, Decimal("3.3333"), Decimal("145.0"), "clinic"),
        (90, Decimal("6.6667"), Decimal("290.0"), "clinic"),
        (120, Decimal("8.3333"), Decimal("362.5"), "label"),
    ]
    assert data["max_ml_per_h"] == Decimal("362.5")
    assert data["dose_g"] == 29
    assert data["volume_ml"] == 290
    assert data["estimated_minutes"] == 123
    assert data["overrides"] == []
    assert data["steps"][0]["working"]["text"].startswith("step 1 pump rate: 36.3 mL/h")
    assert set(data["working"]) >= {
        "dosing_weight_kg",
        "dose_g",
        "volume_ml",
        "estimated_minutes",
        "max_ml_per_h",
    }


def test_schedule_json_without_dose_has_null_dose_fields(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "schedule --product privigen --indication ITP --weight-kg 70")
    assert data["dose_g"] is None and data["volume_ml"] is None and data["estimated_minutes"] is None
    assert data["steps"][-1]["ml_per_h"] == Decimal("168.0")


def test_schedule_options_reach_the_plan(capsys: pytest.CaptureFixture[str]) -> None:
    options = (
        "schedule --product privigen --indication pi --weight-kg 120 --height-cm 165 --sex f "
        "--dosing-weight auto --dose-g-per-kg 0.6 --infusion maintenance --weeks-since-last 4 "
        "--personal-start-mg-per-kg-min 2 --personal-max-mg-per-kg-min 4 --max-mg-per-kg-min 6"
    )
    data = run_json(capsys, options, "--override-reason", "prescriber order 2026-11-20")
    assert data["dosing_weight_method"] == "adjusted"
    assert data["dosing_weight_kg"] == Decimal("82.15")
    assert data["steps"][0]["origin"] == "personal"
    assert data["steps"][0]["ml_per_h"] == Decimal("144.0")  # 2 mg/kg/min x 0.6 x 120 kg (actual)
    assert data["overrides"][0]["reason"] == "prescriber order 2026-11-20"
    assert data["max_mg_per_kg_min"] == 6


def test_schedule_at_risk_and_ladder(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "schedule --product bivigam --indication PI --weight-kg 70", "--at-risk")
    assert data["max_ml_per_h"] == Decimal("21.0")  # the clinic's minimum practicable rule: the label start
    assert [limit["name"].split(" (")[0] for limit in data["limits"]] == [
        "label maximum",
        "at-risk cap",
        "pump maximum",
    ]
    ladder = run_json(capsys, "schedule --product privigen --indication PI --weight-kg 70 --ladder home-30-60-90")
    assert [s["origin"] for s in ladder["steps"]] == ["label", "ladder", "ladder", "ladder", "ladder"]


def test_schedule_lyophilised_product_with_its_concentration(capsys: pytest.CaptureFixture[str]) -> None:
    options = (
        "schedule --product carimune-nf --indication PI --weight-kg 50 --concentration-percent 6 "
        "--infusion maintenance --weeks-since-last 4"
    )
    data = run_json(capsys, options)
    assert data["concentration_percent"] == 6
    assert data["steps"][0]["ml_per_h"] == Decimal("25.0")


def test_schedule_table_shows_the_working(capsys: pytest.CaptureFixture[str]) -> None:
    options = "schedule --product octagam-5 --indication PI --weight-kg 60 --dose-g-per-kg 0.4"
    code, out, err = run(capsys, options)
    assert code == 0 and err == ""
    assert "Step  Start   For     mg/kg/min  mL/kg/h  Pump mL/h  Origin" in out
    assert "Estimated duration: 179 min (2 h 59 min)" in out
    assert "Working:" in out and "formula:" in out and "source:" in out
    assert "30 mg/kg/h = 0.5 mg/kg/min" in out
    assert "GDH-PQQ" in out
    assert out.rstrip().endswith("before clinical use.")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["--product", "nope", "--indication", "PI", "--weight-kg", "70"],
            "Valid products: gamunex-c, gammaked",
        ),
        (
            ["--product", "privigen", "--indication", "XX", "--weight-kg", "70"],
            "Valid indications: PI, ITP, CIDP",
        ),
        (
            ["--product", "privigen", "--indication", "PI", "--weight-kg", "70", "--ladder", "x"],
            "Valid ladders:",
        ),
        (["--product", "privigen", "--indication", "PI", "--weight-kg", "400"], "between 2 and 350 kg"),
        (["--product", "privigen", "--indication", "PI", "--weight-kg", "1.9"], "between 2 and 350 kg"),
        (["--product", "privigen", "--indication", "PI", "--weight-kg", "abc"], "must be a number"),
        (
            ["--product", "privigen", "--indication", "PI", "--weight-kg", "70", "--height-cm", "300"],
            "40 and 250 cm",
        ),
        (
            ["--product", "privigen", "--indication", "PI", "--weight-kg", "70", "--sex", "X"],
            "choose from 'F', 'M'",
        ),
        (["--product", "privigen", "--indication", "PI"], "required: --weight-kg"),
        (["--product", "carimune-nf", "--indication", "PI", "--weight-kg", "70"], "one of 3, 6, 9, 12"),
        (
            ["--product", "privigen", "--indication", "PI", "--weight-kg", "70", "--max-mg-per-kg-min", "9"],
            "Refused: the requested maximum 9 mg/kg/min",
        ),
        (
            ["--product", "privigen", "--indication", "PI", "--weight-kg", "70", "--dosing-weight", "ideal"],
            "Height (cm) is needed",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_code_2(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    code, out, err = run(capsys, "schedule", *args)
    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1
    assert expected in err
    assert err.startswith("ivig-desktop schedule: error: ")


def test_unknown_subcommand_is_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "scheduel")
    assert code == 2 and err.count("\n") == 1 and "invalid choice" in err


def test_help_is_normal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schedule --help")
    assert code == 0
    assert "--weight-kg W" in out and "--dosing-weight" in out and len(out.splitlines()) > 10


def test_schedule_off_label_is_refused_without_the_flag(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "schedule --product privigen --indication MMN --weight-kg 70")
    assert code == 2
    assert "Privigen 10% is not labelled for MMN" in err and "labelled indications are PI, ITP, CIDP" in err


def test_schedule_off_label_with_the_prescriber(capsys: pytest.CaptureFixture[str]) -> None:
    options = "schedule --product privigen --indication MMN --weight-kg 70 --dose-g-per-kg 1"
    data = run_json(capsys, options, "--off-label", "Dr A. Moreau")
    assert data["off_label"]["status"] == "OFF-LABEL"
    assert data["off_label"]["prescriber"] == "Dr A. Moreau"
    assert data["off_label"]["labelled_indications"] == ["PI", "ITP", "CIDP"]
    assert data["protocol_indications"] == ["PI", "CIDP"] and data["protocol_fallback"] is True
    assert data["warnings"][0].startswith("OFF-LABEL: MMN is not on the label")
    code, out, _ = run(capsys, options, "--off-label", "Dr A. Moreau")
    assert code == 0 and out.splitlines()[0].startswith("*** OFF-LABEL: MMN is not on the label")
    assert run_json(capsys, "schedule --product privigen --indication PI --weight-kg 70")["off_label"] is None


def test_schedule_course_dose_limit_and_split(capsys: pytest.CaptureFixture[str]) -> None:
    course = "schedule --product privigen --indication ITP --weight-kg 70 --dose-g-per-kg 1 --course-days 2"
    data = run_json(capsys, course, "--course-day", "2")
    assert data["course"]["day"] == 2 and data["course"]["days"] == 2
    assert data["course"]["course_g_per_kg"] == 2
    assert data["course"]["text"] == "Day 2 of 2: 1 g/kg today of a 2 g/kg course"
    assert data["dose_limit"]["max_course_g_per_kg"] == 2 and "ivig-domain.md" in data["dose_limit"]["source"]
    code, _, err = run(capsys, course.replace("--course-days 2", "--course-days 3"))
    assert code == 2 and "above 2 g/kg per course for ITP" in err
    # At risk the plan holds 0.5 mg/kg/min = 21 mL/h: 70 g = 700 mL takes 33 h 20 min, far beyond 8 h. Over 4 days
    # 17.5 g a day needs 20 g of whole vials, 200 mL = 9 h 32 min (too long); over 5 days 14 g -> 15 g (10 + 5),
    # 150 mL = 7 h 9 min: it fits.
    split = run_json(capsys, course.replace("--course-days 2", "--at-risk"))
    assert (split["split"]["days"], split["split"]["fits"], split["split"]["grams_per_day"]) == (5, True, 15)
    assert split["split"]["estimated_minutes_per_day"] == 429
    assert any("maximum chair time" in warning for warning in split["warnings"])
    assert "split" in split["working"]
