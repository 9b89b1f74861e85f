"""The infusion plan: one worked example per product, computed by hand from its label row.

Conventions of the hand computations (ivig-domain.md): a 10% product has 100 mg/mL, so 1 mg/kg/min =
0.6 mL/kg/h; a 5% product has 50 mg/mL, so 1 mg/kg/min = 1.2 mL/kg/h; pump mL/h = mL/kg/h x kg, rounded to
0.1 mL/h. "As tolerated" labels follow the clinic escalation (x2 every 30 min unless the label gives an
interval). Volume = grams x 1000 / (mg/mL). Duration: each step for its time, the last until the volume is in.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from ivig_desktop.domain.plan import InfusionKind
from tests.domain.plan_helpers import origins, plan_for, schedule

D = Decimal


def test_gamunex_c_pi_70_kg_with_dose() -> None:
    """Gamunex-C 10% PI: 1 mg/kg/min x 30 min, gradual (no interval), max 8 mg/kg/min.
    1 mg/kg/min x 0.6 x 70 kg = 42 mL/h; clinic doubling every 30 min: 2 -> 84, 4 -> 168, 8 -> 336 mL/h.
    Dose 0.4 g/kg x 70 kg = 28 g = 20 + 5 + 3 x 1 g (5 vials, the fewest for exactly 28 g) = 280 mL.
    Volume by 90 min: 42/2 + 84/2 + 168/2 = 21 + 42 + 84 = 147 mL; 133 mL left at 336 mL/h = 23.75 min.
    Total 113.75 min -> 114 min."""
    plan = plan_for("gamunex-c", "PI", "70", dose_g_per_kg=D("0.4"))
    assert schedule(plan) == [(0, "42.0"), (30, "84.0"), (60, "168.0"), (90, "336.0")]
    assert origins(plan) == ["label", "clinic", "clinic", "clinic"]
    assert plan.max_ml_per_h == D("336.0")
    assert plan.dose is not None
    assert plan.dose.dose_g == 28
    assert plan.dose.vials.vials == ((D(20), 1), (D(5), 1), (D(1), 3))
    assert plan.dose.volume_ml == 280
    assert plan.dose.estimated_minutes_exact == Fraction("113.75")
    assert plan.estimated_minutes == 114


def test_gammaked_uses_gamunex_c_protocol_flagged_unconfirmed() -> None:
    """Gammaked: rates unconfirmed in the reference; same product as Gamunex-C, so the same working as above:
    42, 84, 168, 336 mL/h for 70 kg, with a visible UNCONFIRMED warning."""
    plan = plan_for("gammaked", "PI", "70")
    assert schedule(plan) == [(0, "42.0"), (30, "84.0"), (60, "168.0"), (90, "336.0")]
    assert not plan.protocol.confirmed
    assert any(warning.startswith("UNCONFIRMED protocol") for warning in plan.warnings)


def test_gammagard_liquid_pi_72_5_kg_with_dose() -> None:
    """Gammagard Liquid 10% PI: 0.5 mL/kg/h x 30 min, every 30 min, max 5 mL/kg/h.
    0.5 mL/kg/h x 72.5 kg = 36.25 -> 36.3 mL/h (half-up); doubling every 30 min (the label's interval):
    1 -> 72.5, 2 -> 145, 4 -> 290, then 8 is above 5 mL/kg/h, so 5 x 72.5 = 362.5 mL/h.
    Dose 0.4 x 72.5 = 29 g = 20 + 5 + 4 x 1 g = 290 mL. By 120 min: 18.15 + 36.25 + 72.5 + 145 = 271.9 mL;
    18.1 mL left at 362.5 mL/h = 2.996 min; total 122.996 -> 123 min."""
    plan = plan_for("gammagard-liquid", "PI", "72.5", dose_g_per_kg=D("0.4"))
    assert schedule(plan) == [(0, "36.3"), (30, "72.5"), (60, "145.0"), (90, "290.0"), (120, "362.5")]
    assert [step.rate_ml_per_kg_h for step in plan.steps] == [D("0.5"), 1, 2, 4, 5]
    assert plan.steps[0].rate_mg_per_kg_min == D("0.8333")
    assert plan.dose is not None and plan.dose.volume_ml == 290
    assert plan.estimated_minutes == 123
    text = plan.steps[0].working.text
    assert "label start 0.5 mL/kg/h = ~0.8333 mg/kg/min" in text
    assert "0.5 mL/kg/h x 72.5 kg (actual weight) = 36.25 mL/h -> 36.3 mL/h" in text
    assert "pump resolution 0.1 mL/h" in text


def test_privigen_itp_70_kg() -> None:
    """Privigen chronic ITP: 0.5 mg/kg/min, as tolerated, max 4. 0.5 x 0.6 x 70 = 21 mL/h; doubling every
    30 min (clinic; the label gives no interval or start duration): 1 -> 42, 2 -> 84, 4 -> 168 mL/h."""
    plan = plan_for("privigen", "ITP", "70")
    assert schedule(plan) == [(0, "21.0"), (30, "42.0"), (60, "84.0"), (90, "168.0")]
    assert plan.hard_limit.rate_mg_per_kg_min == 4


def test_octagam_5_pi_60_kg_with_dose() -> None:
    """Octagam 5% PI: 30 -> 60 -> 120 mg/kg/h in 30-min steps, max 200 mg/kg/h (3.33 mg/kg/min).
    5%: 1 mg/kg/min = 1.2 mL/kg/h. 30 mg/kg/h = 0.5 mg/kg/min -> 0.6 mL/kg/h x 60 kg = 36 mL/h; 60 -> 72;
    120 -> 144; 200 mg/kg/h = 3.333 mg/kg/min -> 4 mL/kg/h x 60 = 240 mL/h.
    Dose 0.4 x 60 = 24 g = 2 x 10 + 4 x 1 g = 480 mL at 50 mg/mL. By 90 min 18 + 36 + 72 = 126 mL;
    354 mL at 240 mL/h = 88.5 min; total 178.5 -> 179 min."""
    plan = plan_for("octagam-5", "PI", "60", dose_g_per_kg=D("0.4"))
    assert schedule(plan) == [(0, "36.0"), (30, "72.0"), (60, "144.0"), (90, "240.0")]
    assert plan.dose is not None and plan.dose.volume_ml == 480
    assert plan.estimated_minutes == 179
    assert any("GDH-PQQ" in note.text and note.confirmed for note in plan.notes)


def test_octagam_10_itp_70_kg_with_dose() -> None:
    """Octagam 10% chronic ITP: 1 mg/kg/min x 30 min, doubling every 30 min 1 -> 2 -> 4 -> 8, max 12.
    42, 84, 168, 336 mL/h, then 16 is above 12: 12 x 0.6 x 70 = 504 mL/h.
    Dose 1 g/kg x 70 = 70 g = 2 x 30 + 10 g (3 vials) = 700 mL. By 120 min 21 + 42 + 84 + 168 = 315 mL;
    385 mL at 504 mL/h = 45.83 min; total 165.83 -> 166 min."""
    plan = plan_for("octagam-10", "ITP", "70", dose_g_per_kg=D("1"))
    assert schedule(plan) == [(0, "42.0"), (30, "84.0"), (60, "168.0"), (90, "336.0"), (120, "504.0")]
    assert origins(plan) == ["label"] * 5
    assert plan.dose is not None
    assert plan.dose.vials.vials == ((D(30), 2), (D(10), 1))
    assert plan.estimated_minutes == 166


def test_flebogamma_5_dif_pi_50_kg() -> None:
    """Flebogamma 5% DIF PI: 0.5 mg/kg/min, as tolerated, max 5. 5%: 0.5 x 1.2 x 50 = 30 mL/h; doubling every
    30 min: 1 -> 60, 2 -> 120, 4 -> 240; 8 is above 5: 5 x 1.2 x 50 = 300 mL/h."""
    plan = plan_for("flebogamma-5-dif", "PI", "50")
    assert schedule(plan) == [(0, "30.0"), (30, "60.0"), (60, "120.0"), (90, "240.0"), (120, "300.0")]
    assert any("sorbitol" in note.text for note in plan.notes)


def test_flebogamma_10_dif_itp_80_kg() -> None:
    """Flebogamma 10% DIF ITP: 1 mg/kg/min, as tolerated, max 8. 1 x 0.6 x 80 = 48; 96; 192; 384 mL/h."""
    plan = plan_for("flebogamma-10-dif", "ITP", "80")
    assert schedule(plan) == [(0, "48.0"), (30, "96.0"), (60, "192.0"), (90, "384.0")]


def test_gammaplex_5_pi_70_kg() -> None:
    """Gammaplex 5% PI: 0.5 mg/kg/min x 15 min, every 15 min, max 4. 5%: 0.5 x 1.2 x 70 = 42 mL/h; doubling
    at the label's 15 min: 1 -> 84, 2 -> 168, 4 -> 336 mL/h."""
    plan = plan_for("gammaplex-5", "PI", "70")
    assert schedule(plan) == [(0, "42.0"), (15, "84.0"), (30, "168.0"), (45, "336.0")]


def test_gammaplex_10_pi_70_kg() -> None:
    """Gammaplex 10% PI: 0.005 -> 0.01 -> 0.02 -> 0.04 -> 0.06 -> 0.08 mL/kg/min every 15 min; 8 mg/kg/min
    reached at 75 min. mL/h = mL/kg/min x 60 x 70: 21, 42, 84, 168, 252, 336."""
    plan = plan_for("gammaplex-10", "PI", "70")
    assert schedule(plan) == [
        (0, "21.0"),
        (15, "42.0"),
        (30, "84.0"),
        (45, "168.0"),
        (60, "252.0"),
        (75, "336.0"),
    ]
    assert origins(plan) == ["label"] * 6


def test_panzyga_pi_70_kg() -> None:
    """Panzyga PI: 1 mg/kg/min x 30 min, every 15-30 min, max 14. The clinic's 30 min lies in 15-30.
    42, 84, 168, 336 mL/h; 16 is above 14: 14 x 0.6 x 70 = 588 mL/h."""
    plan = plan_for("panzyga", "PI", "70")
    assert schedule(plan) == [(0, "42.0"), (30, "84.0"), (60, "168.0"), (90, "336.0"), (120, "588.0")]


def test_bivigam_pi_70_kg() -> None:
    """Bivigam PI: 0.5 mg/kg/min x 10 min, then +0.8 mg/kg/min every 20 min, max 6.
    0.5 x 0.6 x 70 = 21; 1.3 -> 54.6; 2.1 -> 88.2; 2.9 -> 121.8; 3.7 -> 155.4; 4.5 -> 189; 5.3 -> 222.6;
    6.1 is above 6: 6 x 0.6 x 70 = 252 mL/h. Starts: 0, 10, 30, ... 130 min."""
    plan = plan_for("bivigam", "PI", "70")
    assert schedule(plan) == [
        (0, "21.0"),
        (10, "54.6"),
        (30, "88.2"),
        (50, "121.8"),
        (70, "155.4"),
        (90, "189.0"),
        (110, "222.6"),
        (130, "252.0"),
    ]
    assert origins(plan) == ["label"] * 8


def test_asceniv_pi_70_kg() -> None:
    """Asceniv PI: 0.5 mg/kg/min x 15 min, every 15 min, max 8: 21, 42, 84, 168, 336 mL/h every 15 min."""
    plan = plan_for("asceniv", "PI", "70")
    assert schedule(plan) == [(0, "21.0"), (15, "42.0"), (30, "84.0"), (45, "168.0"), (60, "336.0")]


def test_carimune_nf_pi_50_kg_at_6_percent_with_dose() -> None:
    """Carimune NF PI, reconstituted at 6% (60 mg/mL: 1 mg/kg/min = 1 mL/kg/h): 0.5 then 1 after 30 min,
    stepwise to max 3. 0.5 x 50 = 25 mL/h; 1 -> 50; clinic doubling: 2 -> 100; 4 is above 3: 150 mL/h.
    Dose 0.4 x 50 = 20 g; vials of 3, 6, 12 g cannot make 20, so 21 g = 12 + 6 + 3 = 350 mL.
    By 90 min 12.5 + 25 + 50 = 87.5 mL; 262.5 mL at 150 mL/h = 105 min; total 195 min."""
    plan = plan_for(
        "carimune-nf",
        "PI",
        "50",
        concentration_percent=D(6),
        dose_g_per_kg=D("0.4"),
        infusion=InfusionKind.MAINTENANCE,  # the first infusion of an untreated patient must be at 3%
        weeks_since_last=D(4),
    )
    assert schedule(plan) == [(0, "25.0"), (30, "50.0"), (60, "100.0"), (90, "150.0")]
    assert origins(plan) == ["label", "label", "clinic", "label"]
    assert plan.dose is not None
    assert plan.dose.dose_g == 21
    assert plan.dose.volume_ml == 350
    assert plan.estimated_minutes == 195
