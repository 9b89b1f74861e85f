"""Alert thresholds: every vital the app records has its flags; each flag fires exactly at its edge and says its
rule and its numbers. (Plausibility, the file and the history are in test_vitals.py.)"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ivig_desktop.domain.vitals import (
    ALERT_KEYS,
    AlertThresholds,
    FlagKind,
    TemperatureUnit,
    VitalsConfig,
    VitalSign,
    VitalsInput,
    default_vitals_config,
    flags_for,
    validate_vitals,
)

CONFIG = VitalsConfig()
NORMAL = VitalsInput(
    systolic_mmhg="131",
    diastolic_mmhg="82",
    heart_rate_per_min="76",
    respiratory_rate_per_min="16",
    temperature="36.8",
    spo2_percent="98",
    pain_score="0",
)


def entry(**changes: Any) -> VitalsInput:
    return replace(NORMAL, **changes)


def kinds(values: VitalsInput, baseline: VitalsInput | None = None) -> list[FlagKind]:
    vitals = validate_vitals(values, CONFIG)
    base = validate_vitals(baseline, CONFIG) if baseline else None
    return [flag.kind for flag in flags_for(vitals, base, CONFIG)]


def messages(values: VitalsInput, baseline: VitalsInput | None = None) -> list[str]:
    vitals = validate_vitals(values, CONFIG)
    base = validate_vitals(baseline, CONFIG) if baseline else None
    return [flag.message for flag in flags_for(vitals, base, CONFIG)]


def test_normal_values_raise_no_flag() -> None:
    assert kinds(NORMAL, NORMAL) == []


def test_every_threshold_has_a_flag_and_every_recorded_vital_is_watched() -> None:
    assert {kind.threshold_key for kind in FlagKind} == set(ALERT_KEYS)
    assert set(_RULE) == set(FlagKind)  # _RULE's signs are checked against the flags in the property test below
    assert {sign for sign, _ in _RULE.values()} == set(VitalSign) - {VitalSign.WEIGHT}


# --- temperature (existing) ---------------------------------------------------------------------------------


def test_fever_edge() -> None:
    assert kinds(entry(temperature="37.9"), entry(temperature="37.5")) == []
    assert kinds(entry(temperature="38.0"), entry(temperature="37.5")) == [FlagKind.FEVER]
    vitals = validate_vitals(entry(temperature="38.2"), CONFIG)
    (flag,) = flags_for(vitals, None, CONFIG)
    assert flag.message == "Temperature 38.2 °C ≥ 38.0 °C"
    assert flag.sentence(TemperatureUnit.FAHRENHEIT) == "Temperature 38.2 °C (100.8 °F) ≥ 38.0 °C (100.4 °F)"


def test_temperature_rise_edge() -> None:
    baseline = entry(temperature="36.8")
    assert kinds(entry(temperature="37.7"), baseline) == []
    assert kinds(entry(temperature="37.8"), baseline) == [FlagKind.TEMPERATURE_RISE]
    assert kinds(entry(temperature="38.1"), baseline) == [FlagKind.FEVER, FlagKind.TEMPERATURE_RISE]
    assert messages(entry(temperature="37.9"), baseline) == [
        "Temperature 37.9 °C is 1.1 °C above baseline 36.8 °C (rise ≥ 1.0 °C)"
    ]


# --- blood pressure -----------------------------------------------------------------------------------------


def test_systolic_drop_edge() -> None:
    baseline = entry(systolic_mmhg="130")
    assert kinds(entry(systolic_mmhg="105"), baseline) == []  # 19.2%
    assert kinds(entry(systolic_mmhg="104"), baseline) == [FlagKind.SYSTOLIC_DROP]  # exactly 20%
    assert messages(entry(systolic_mmhg="102"), entry(systolic_mmhg="131")) == [
        "Systolic 102 mmHg is 22% below baseline 131 mmHg (drop ≥ 20%)"  # 22.1%, shown rounded down
    ]
    # The drop is exact: 20% of 131 is 26.2, so 105 (a 19.8% drop) does not flag and 104 (20.6%) does.
    assert kinds(entry(systolic_mmhg="105"), entry(systolic_mmhg="131")) == []
    assert kinds(entry(systolic_mmhg="104"), entry(systolic_mmhg="131")) == [FlagKind.SYSTOLIC_DROP]


def test_low_systolic_edge() -> None:
    assert kinds(entry(systolic_mmhg="90", diastolic_mmhg="60")) == []
    assert kinds(entry(systolic_mmhg="89", diastolic_mmhg="60")) == [FlagKind.LOW_SYSTOLIC]
    assert messages(entry(systolic_mmhg="88", diastolic_mmhg="60")) == ["Systolic 88 mmHg < 90 mmHg"]


def test_high_systolic_edge() -> None:
    assert kinds(entry(systolic_mmhg="179")) == []
    assert kinds(entry(systolic_mmhg="180")) == [FlagKind.HIGH_SYSTOLIC]
    assert messages(entry(systolic_mmhg="186")) == ["Systolic 186 mmHg ≥ 180 mmHg"]


def test_systolic_rise_edge() -> None:
    baseline = entry(systolic_mmhg="131")
    assert kinds(entry(systolic_mmhg="160"), baseline) == []  # +29
    assert kinds(entry(systolic_mmhg="161"), baseline) == [FlagKind.SYSTOLIC_RISE]  # +30
    assert messages(entry(systolic_mmhg="165"), baseline) == [
        "Systolic 165 mmHg is 34 mmHg above baseline 131 mmHg (rise ≥ 30 mmHg)"
    ]
    # High and risen at once: both rules, each with its numbers.
    assert kinds(entry(systolic_mmhg="182"), baseline) == [FlagKind.HIGH_SYSTOLIC, FlagKind.SYSTOLIC_RISE]


def test_high_diastolic_edge() -> None:
    assert kinds(entry(systolic_mmhg="150", diastolic_mmhg="109")) == []
    assert kinds(entry(systolic_mmhg="150", diastolic_mmhg="110")) == [FlagKind.HIGH_DIASTOLIC]
    assert messages(entry(systolic_mmhg="150", diastolic_mmhg="114")) == ["Diastolic 114 mmHg ≥ 110 mmHg"]


# --- heart rate ---------------------------------------------------------------------------------------------


def test_fast_heart_rate_edge() -> None:
    assert kinds(entry(heart_rate_per_min="120")) == []
    assert kinds(entry(heart_rate_per_min="121")) == [FlagKind.FAST_HEART_RATE]
    assert messages(entry(heart_rate_per_min="124")) == ["Heart rate 124 /min > 120 /min"]


def test_slow_heart_rate_edge() -> None:
    assert kinds(entry(heart_rate_per_min="50")) == []
    assert kinds(entry(heart_rate_per_min="49")) == [FlagKind.SLOW_HEART_RATE]
    assert messages(entry(heart_rate_per_min="44")) == ["Heart rate 44 /min < 50 /min"]


def test_heart_rate_rise_edge() -> None:
    baseline = entry(heart_rate_per_min="76")
    assert kinds(entry(heart_rate_per_min="95"), baseline) == []  # +19
    assert kinds(entry(heart_rate_per_min="96"), baseline) == [FlagKind.HEART_RATE_RISE]  # +20
    assert messages(entry(heart_rate_per_min="98"), baseline) == [
        "Heart rate 98 /min is 22 /min above baseline 76 /min (rise ≥ 20 /min)"
    ]
    # A fall is not a rise.
    assert kinds(entry(heart_rate_per_min="56"), baseline) == []


# --- respiratory rate ---------------------------------------------------------------------------------------


def test_slow_breathing_edge() -> None:
    assert kinds(entry(respiratory_rate_per_min="10")) == []
    assert kinds(entry(respiratory_rate_per_min="9")) == [FlagKind.SLOW_BREATHING]
    assert messages(entry(respiratory_rate_per_min="8")) == ["Respiratory rate 8 /min < 10 /min"]


def test_fast_breathing_edge() -> None:
    assert kinds(entry(respiratory_rate_per_min="24")) == []
    assert kinds(entry(respiratory_rate_per_min="25")) == [FlagKind.FAST_BREATHING]
    assert messages(entry(respiratory_rate_per_min="28")) == ["Respiratory rate 28 /min > 24 /min"]


# --- SpO2 ---------------------------------------------------------------------------------------------------


def test_low_spo2_edge() -> None:
    assert kinds(entry(spo2_percent="92")) == []
    assert kinds(entry(spo2_percent="91")) == [FlagKind.LOW_SPO2]
    assert messages(entry(spo2_percent="90")) == ["SpO2 90% < 92%"]


def test_spo2_drop_edge() -> None:
    baseline = entry(spo2_percent="99")
    assert kinds(entry(spo2_percent="97"), baseline) == []  # 2 points
    assert kinds(entry(spo2_percent="96"), baseline) == [FlagKind.SPO2_DROP]  # 3 points
    assert messages(entry(spo2_percent="95"), baseline) == ["SpO2 95% is 4 points below baseline 99% (drop ≥ 3 points)"]
    # Still above the floor, yet falling: the drop flags before the floor does; both when both.
    assert kinds(entry(spo2_percent="90"), baseline) == [FlagKind.LOW_SPO2, FlagKind.SPO2_DROP]


# --- pain ---------------------------------------------------------------------------------------------------


def test_severe_pain_edge() -> None:
    assert kinds(entry(pain_score="6")) == []
    assert kinds(entry(pain_score="7")) == [FlagKind.SEVERE_PAIN]
    assert messages(entry(pain_score="9")) == ["Pain 9/10 ≥ 7/10"]


def test_pain_rise_edge() -> None:
    baseline = entry(pain_score="1")
    assert kinds(entry(pain_score="3"), baseline) == []
    assert kinds(entry(pain_score="4"), baseline) == [FlagKind.PAIN_RISE]
    assert messages(entry(pain_score="5"), baseline) == ["Pain 5/10 is 4 points above baseline 1/10 (rise ≥ 3 points)"]


# --- the clinic's numbers, and every rule at random ----------------------------------------------------------


def test_the_clinics_numbers_decide_and_each_names_its_source() -> None:
    stricter = replace(CONFIG, alerts=replace(AlertThresholds(), heart_rate_below_per_min=Decimal(55)))
    vitals = validate_vitals(entry(heart_rate_per_min="52"), CONFIG)
    assert [f.kind for f in flags_for(vitals, None, stricter)] == [FlagKind.SLOW_HEART_RATE]
    assert flags_for(vitals, None, CONFIG) == ()
    bundled = default_vitals_config()
    for kind in FlagKind:
        assert bundled.source_of(kind.threshold_key) != CONFIG.source_of(kind.threshold_key)


_RULE = {
    # kind: (sign, passes(value, baseline, limit) with baseline None for absolute rules)
    FlagKind.FEVER: (VitalSign.TEMPERATURE, lambda v, b, x: v >= x),
    FlagKind.TEMPERATURE_RISE: (VitalSign.TEMPERATURE, lambda v, b, x: v - b >= x),
    FlagKind.SYSTOLIC_DROP: (VitalSign.SYSTOLIC, lambda v, b, x: (Fraction(b) - Fraction(v)) / Fraction(b) * 100 >= x),
    FlagKind.LOW_SYSTOLIC: (VitalSign.SYSTOLIC, lambda v, b, x: v < x),
    FlagKind.HIGH_SYSTOLIC: (VitalSign.SYSTOLIC, lambda v, b, x: v >= x),
    FlagKind.SYSTOLIC_RISE: (VitalSign.SYSTOLIC, lambda v, b, x: v - b >= x),
    FlagKind.HIGH_DIASTOLIC: (VitalSign.DIASTOLIC, lambda v, b, x: v >= x),
    FlagKind.FAST_HEART_RATE: (VitalSign.HEART_RATE, lambda v, b, x: v > x),
    FlagKind.SLOW_HEART_RATE: (VitalSign.HEART_RATE, lambda v, b, x: v < x),
    FlagKind.HEART_RATE_RISE: (VitalSign.HEART_RATE, lambda v, b, x: v - b >= x),
    FlagKind.SLOW_BREATHING: (VitalSign.RESPIRATORY_RATE, lambda v, b, x: v < x),
    FlagKind.FAST_BREATHING: (VitalSign.RESPIRATORY_RATE, lambda v, b, x: v > x),
    FlagKind.LOW_SPO2: (VitalSign.SPO2, lambda v, b, x: v < x),
    FlagKind.SPO2_DROP: (VitalSign.SPO2, lambda v, b, x: b - v >= x),
    FlagKind.SEVERE_PAIN: (VitalSign.PAIN, lambda v, b, x: v >= x),
    FlagKind.PAIN_RISE: (VitalSign.PAIN, lambda v, b, x: v - b >= x),
}


def _set(draw: st.DrawFn) -> VitalsInput:
    systolic = draw(st.integers(60, 250))
    return VitalsInput(
        systolic_mmhg=str(systolic),
        diastolic_mmhg=str(draw(st.integers(30, min(systolic - 1, 160)))),
        heart_rate_per_min=str(draw(st.integers(25, 200))),
        respiratory_rate_per_min=str(draw(st.integers(5, 50))),
        temperature=str(draw(st.decimals(min_value=33, max_value=42, places=1))),
        spo2_percent=str(draw(st.integers(60, 100))),
        pain_score=str(draw(st.integers(0, 10))),
    )


vitals_sets = st.composite(_set)


@settings(max_examples=400)
@given(vitals_sets(), st.one_of(st.none(), vitals_sets()))
def test_each_flag_fires_exactly_when_its_rule_passes(values: VitalsInput, baseline_values: VitalsInput | None) -> None:
    vitals = validate_vitals(values, CONFIG)
    baseline = None if baseline_values is None else validate_vitals(baseline_values, CONFIG)
    flags = {flag.kind: flag for flag in flags_for(vitals, baseline, CONFIG)}
    for kind, (sign, passes) in _RULE.items():
        value = vitals.value(sign)
        limit = getattr(CONFIG.alerts, kind.threshold_key)
        assert value is not None
        if kind.relative:
            before = None if baseline is None else baseline.value(sign)
            expected = before is not None and passes(value, before, limit)
        else:
            expected = passes(value, None, limit)
        assert (kind in flags) == expected, (kind, value, limit)
        if expected:
            flag = flags[kind]
            assert flag.sign is sign and flag.value == value and flag.limit == limit
            # The sentence says the value and the threshold (relative: the baseline and the change too).
            sentence = flag.sentence()
            assert sign.label in sentence and str(limit) in sentence
            if kind.relative:
                assert "baseline" in sentence and str(flag.change) in sentence
