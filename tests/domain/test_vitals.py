from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ivig_desktop.domain.entry_time import FUTURE_TOLERANCE
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.session import amend, amend_note
from ivig_desktop.domain.vitals import (
    ALERT_KEYS,
    AlertThresholds,
    FlagKind,
    TemperatureUnit,
    Vitals,
    VitalsConfig,
    VitalsConfigError,
    VitalSign,
    VitalsInput,
    amend_vitals,
    default_vitals_config,
    flags_for,
    load_vitals_config,
    record_vitals,
    validate_vitals,
    vitals_history,
)
from ivig_desktop.paths import resources_dir

from .recording import T0, Recorder

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


def refusal(values: VitalsInput) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_vitals(values, CONFIG)
    return caught.value.errors


# --- configuration ------------------------------------------------------------------------------------------


def test_bundled_file_holds_the_issue_defaults() -> None:
    bundled = load_vitals_config(resources_dir() / "vitals.toml")
    assert dict(bundled.ranges) == dict(CONFIG.ranges)
    assert bundled.alerts == AlertThresholds()
    assert default_vitals_config().alerts == AlertThresholds()
    assert bundled.source.endswith("vitals.toml")
    # Every threshold names where its number comes from.
    assert set(bundled.sources) == set(ALERT_KEYS)
    assert all(len(bundled.source_of(key)) > 20 for key in ALERT_KEYS)
    assert "NIAID/FAAN 2006" in bundled.source_of("systolic_below_mmhg")
    assert "Corrections (2026-12-01)" in bundled.source_of("respiratory_rate_above_per_min")


def _toml(**alerts: str) -> str:
    """A valid file (the defaults, each with a source), with `alerts` values changed."""
    values = {key: str(getattr(AlertThresholds(), key)) for key in ALERT_KEYS}
    values.update(alerts)
    lines = [
        "[ranges]",
        "systolic_mmhg = { min = 50, max = 260 }",
        "diastolic_mmhg = { min = 20, max = 160 }",
        "heart_rate_per_min = { min = 20, max = 250 }",
        "respiratory_rate_per_min = { min = 4, max = 60 }",
        "temperature_c = { min = 32.0, max = 43.0 }",
        "spo2_percent = { min = 50, max = 100 }",
    ]
    for key, value in values.items():
        lines += [f"[alerts.{key}]", f"value = {value}", f'source = "Source of {key}"']
    return "\n".join(lines)


def test_a_clinic_can_change_a_threshold() -> None:
    config = load_vitals_config(_toml(spo2_below_percent="94"))
    assert config.alerts.spo2_below_percent == Decimal(94)
    assert config.source_of("spo2_below_percent") == "Source of spo2_below_percent"
    vitals = validate_vitals(entry(spo2_percent="93"), config)
    assert [flag.kind for flag in flags_for(vitals, None, config)] == [FlagKind.LOW_SPO2]
    assert flags_for(vitals, None, CONFIG) == ()


def test_a_file_can_be_read_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "vitals.toml"
    path.write_text(_toml(), encoding="utf-8")
    assert load_vitals_config(path).source == str(path)
    with pytest.raises(VitalsConfigError, match="cannot be read"):
        load_vitals_config(tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[ranges", "not valid TOML"),
        ("extra = 1\n" + _toml(), "unknown section or key 'extra'"),
        (_toml().replace("max = 260", "max = 40"), "min (50) must be below max (40)"),
        (_toml().replace("min = 32.0", "min = 32.05"), "at most one decimal"),
        (_toml().replace("min = 50, max = 260", "min = 50.5, max = 260"), "must be whole numbers"),
        (_toml().replace("spo2_percent = { min = 50, max = 100 }", ""), "ranges.spo2_percent must be"),
        (_toml().replace("{ min = 20, max = 250 }", '{ min = "20", max = 250 }'), "min and max must be numbers"),
        (_toml(fever_at_or_above_c="44.0"), "alerts.fever_at_or_above_c (44.0) must lie inside"),
        (_toml(systolic_drop_at_or_above_percent="100"), "between 0 and 100"),
        (_toml(temperature_rise_at_or_above_c="0"), "must be above 0"),
        (_toml(spo2_below_percent='"92"'), "alerts.spo2_below_percent.value must be a number"),
        (_toml() + "\n[alerts.sbp_low]\nvalue = 90\nsource = 's'", "[alerts] has an unknown key 'sbp_low'"),
        (_toml().replace("[ranges]", "[ranges]\npulse = { min = 1, max = 2 }"), "[ranges] has an unknown key"),
        # Every threshold needs its source, as a table of value and source.
        (_toml().replace('source = "Source of pain_at_or_above"', ""), "alerts.pain_at_or_above must be a table"),
        (_toml().replace('"Source of pain_rise_at_or_above"', '"  "'), "pain_rise_at_or_above.source must name"),
        (_toml().replace('"Source of spo2_below_percent"', "92"), "spo2_below_percent.source must name"),
        (_toml().replace("[alerts.heart_rate_below_per_min]", "[alerts.x]"), "heart_rate_below_per_min is missing"),
        ("[ranges]\n[alerts]\nfever_at_or_above_c = 38.0", "alerts.fever_at_or_above_c must be a table"),
        # The new thresholds: inside their ranges, whole numbers, low below high, changes and pain in bounds.
        (_toml(systolic_at_or_above_mmhg="270"), "alerts.systolic_at_or_above_mmhg (270) must lie inside"),
        (_toml(diastolic_at_or_above_mmhg="110.5"), "alerts.diastolic_at_or_above_mmhg (110.5) must be a whole"),
        (_toml(heart_rate_below_per_min="130"), "alerts.heart_rate_below_per_min (130) must be below"),
        (_toml(respiratory_rate_below_per_min="30"), "alerts.respiratory_rate_below_per_min (30) must be below"),
        (_toml(systolic_below_mmhg="190"), "alerts.systolic_below_mmhg (190) must be below"),
        (_toml(spo2_drop_at_or_above_points="0"), "alerts.spo2_drop_at_or_above_points (0) must be above 0"),
        (_toml(heart_rate_rise_at_or_above_per_min="-5"), "must be above 0 and at most 100"),
        (_toml(pain_at_or_above="11"), "alerts.pain_at_or_above (11) must be from 1 to 10"),
        (_toml(pain_rise_at_or_above="0"), "alerts.pain_rise_at_or_above (0) must be from 1 to 10"),
        (_toml(fever_at_or_above_c="38.05"), "alerts.fever_at_or_above_c (38.05) must have at most one decimal"),
        ("[alerts]\n", "[ranges] is missing"),
    ],
)
def test_a_bad_file_is_refused_with_every_problem(text: str, problem: str) -> None:
    with pytest.raises(VitalsConfigError) as caught:
        load_vitals_config(text)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


# --- plausibility ranges: below, at and above every bound ---------------------------------------------------

RANGE_EDGES = [
    # (field, below the minimum, the minimum, the maximum, above the maximum, message)
    ("systolic_mmhg", "49", "50", "260", "261", "Systolic must be between 50 and 260 mmHg."),
    ("heart_rate_per_min", "19", "20", "250", "251", "Heart rate must be between 20 and 250 /min."),
    ("respiratory_rate_per_min", "3", "4", "60", "61", "Respiratory rate must be between 4 and 60 /min."),
    ("spo2_percent", "49", "50", "100", "101", "SpO2 must be between 50 and 100 %."),
]


@pytest.mark.parametrize(("field", "below", "low", "high", "above", "message"), RANGE_EDGES)
def test_every_range_bound(field: str, below: str, low: str, high: str, above: str, message: str) -> None:
    base = entry(diastolic_mmhg="40") if field == "systolic_mmhg" else NORMAL

    def at(text: str) -> VitalsInput:
        changes: dict[str, Any] = {field: text}
        return replace(base, **changes)

    assert refusal(at(below)) == {field: message}
    assert validate_vitals(at(low), CONFIG).value(VitalSign(field)) == Decimal(low)
    assert validate_vitals(at(high), CONFIG).value(VitalSign(field)) == Decimal(high)
    assert refusal(at(above)) == {field: message}


def test_diastolic_bounds_and_below_systolic() -> None:
    message = "Diastolic must be between 20 and 160 mmHg."
    assert refusal(entry(diastolic_mmhg="19")) == {"diastolic_mmhg": message}
    assert validate_vitals(entry(diastolic_mmhg="20"), CONFIG).diastolic_mmhg == 20
    assert validate_vitals(entry(systolic_mmhg="200", diastolic_mmhg="160"), CONFIG).diastolic_mmhg == 160
    assert refusal(entry(systolic_mmhg="200", diastolic_mmhg="161")) == {"diastolic_mmhg": message}
    assert validate_vitals(entry(systolic_mmhg="120", diastolic_mmhg="119"), CONFIG).diastolic_mmhg == 119
    assert refusal(entry(systolic_mmhg="120", diastolic_mmhg="120")) == {
        "diastolic_mmhg": "Diastolic (120 mmHg) must be below systolic (120 mmHg)."
    }
    assert refusal(entry(systolic_mmhg="80", diastolic_mmhg="120")) == {
        "diastolic_mmhg": "Diastolic (120 mmHg) must be below systolic (80 mmHg)."
    }


def test_temperature_bounds_in_celsius() -> None:
    message = "Temperature must be between 32.0 and 43.0 °C."
    assert refusal(entry(temperature="31.9")) == {"temperature": message}
    assert validate_vitals(entry(temperature="32.0"), CONFIG).temperature_c == Decimal("32.0")
    assert validate_vitals(entry(temperature="43"), CONFIG).temperature_c == Decimal("43.0")
    assert refusal(entry(temperature="43.1")) == {"temperature": message}
    assert refusal(entry(temperature="37.25")) == {
        "temperature": "Temperature must have at most one decimal, for example 37.2."
    }


def test_temperature_bounds_in_fahrenheit_and_exact_conversion() -> None:
    f = TemperatureUnit.FAHRENHEIT
    message = "Temperature must be between 89.6 and 109.4 °F (32.0 to 43.0 °C)."
    assert refusal(entry(temperature="89.5", temperature_unit=f)) == {"temperature": message}
    low = validate_vitals(entry(temperature="89.6", temperature_unit=f), CONFIG)
    assert (low.temperature_c, low.temperature_f_entered) == (Decimal("32.0"), Decimal("89.6"))
    assert validate_vitals(entry(temperature="109.4", temperature_unit=f), CONFIG).temperature_c == Decimal("43.0")
    assert refusal(entry(temperature="109.5", temperature_unit=f)) == {"temperature": message}
    fever = validate_vitals(entry(temperature="100.4", temperature_unit=f), CONFIG)
    assert fever.temperature_c == Decimal("38.0")
    assert fever.to_payload()["temperature_f_entered"] == "100.4"
    assert validate_vitals(entry(temperature="101", temperature_unit=f), CONFIG).temperature_c == Decimal("38.3")
    # A typed °C value is stored as typed, at 0.1 °C, with no °F beside it.
    assert "temperature_f_entered" not in validate_vitals(NORMAL, CONFIG).to_payload()


def test_pain_and_weight_bounds() -> None:
    pain = "Pain must be a whole number from 0 (no pain) to 10 (worst pain)."
    assert refusal(entry(pain_score="-1")) == {"pain_score": pain}
    assert validate_vitals(entry(pain_score="0"), CONFIG).pain_score == 0
    assert validate_vitals(entry(pain_score="10"), CONFIG).pain_score == 10
    assert refusal(entry(pain_score="11")) == {"pain_score": pain}
    assert refusal(entry(pain_score="2.5")) == {"pain_score": pain}
    weight = "Weight must be between 2 and 350 kg."
    assert validate_vitals(entry(weight_kg=""), CONFIG).weight_kg is None
    assert validate_vitals(entry(weight_kg="  "), CONFIG).weight_kg is None
    assert refusal(entry(weight_kg="1.9")) == {"weight_kg": weight}
    assert validate_vitals(entry(weight_kg="2"), CONFIG).weight_kg == 2
    assert validate_vitals(entry(weight_kg="350"), CONFIG).weight_kg == 350
    assert refusal(entry(weight_kg="350.1")) == {"weight_kg": weight}
    assert validate_vitals(entry(weight_kg="72,50"), CONFIG).to_payload()["weight_kg"] == "72.5"


def test_whole_numbers_empty_fields_and_text() -> None:
    assert validate_vitals(entry(systolic_mmhg="131.0"), CONFIG).to_payload()["systolic_mmhg"] == "131"
    assert refusal(entry(heart_rate_per_min="76.5")) == {"heart_rate_per_min": "Heart rate must be a whole number."}
    errors = refusal(entry(systolic_mmhg="", heart_rate_per_min="fast", spo2_percent="NaN"))
    assert errors == {
        "systolic_mmhg": "Systolic is required.",
        "heart_rate_per_min": "Heart rate must be a number, for example 72.5.",
        "spo2_percent": "SpO2 must be a number, for example 72.5.",
    }


def test_payload_is_decimal_strings_and_round_trips() -> None:
    vitals = validate_vitals(entry(weight_kg="80"), CONFIG)
    payload = vitals.to_payload()
    assert payload == {
        "systolic_mmhg": "131",
        "diastolic_mmhg": "82",
        "heart_rate_per_min": "76",
        "respiratory_rate_per_min": "16",
        "temperature_c": "36.8",
        "spo2_percent": "98",
        "pain_score": "0",
        "weight_kg": "80",
    }
    assert Vitals.from_payload(payload) == vitals
    with pytest.raises(DomainError, match="damaged"):
        Vitals.from_payload({"systolic_mmhg": "131"})


def test_as_input_gives_back_the_form_text() -> None:
    vitals = validate_vitals(entry(temperature="100.4", temperature_unit=TemperatureUnit.FAHRENHEIT), CONFIG)
    assert vitals.as_input(TemperatureUnit.FAHRENHEIT).temperature == "100.4"
    assert vitals.as_input().temperature == "38.0"
    assert validate_vitals(vitals.as_input(), CONFIG).temperature_c == vitals.temperature_c
    celsius = validate_vitals(entry(temperature="37.0"), CONFIG)
    assert celsius.as_input(TemperatureUnit.FAHRENHEIT).temperature == "98.6"


# --- the command, the time, the history ---------------------------------------------------------------------


def record(recorder: Recorder, values: VitalsInput, minutes: int, *, written_after: int = 0) -> int:
    taken = T0 + timedelta(minutes=minutes)
    now = taken + timedelta(minutes=written_after)
    new = record_vitals(recorder.session, values, occurred_at=taken, now=now, config=CONFIG)
    return recorder.record(new, recorded_at=now).id


def test_record_vitals_makes_a_vitals_event() -> None:
    recorder = Recorder()
    new = record_vitals(recorder.session, NORMAL, occurred_at=T0, now=T0, config=CONFIG)
    assert new.type is EventType.VITALS_RECORDED
    assert new.occurred_at == T0
    assert new.payload["temperature_c"] == "36.8"


def test_time_taken_limits() -> None:
    session = Recorder().session
    later = T0 + timedelta(hours=2)
    ok = record_vitals(session, NORMAL, occurred_at=later + FUTURE_TOLERANCE, now=later, config=CONFIG)
    assert ok.occurred_at == later + FUTURE_TOLERANCE
    with pytest.raises(ValidationError) as caught:
        record_vitals(
            session, NORMAL, occurred_at=later + FUTURE_TOLERANCE + timedelta(seconds=1), now=later, config=CONFIG
        )
    assert caught.value.errors == {
        "occurred_at": "The time the vitals were taken is in the future (more than 2 minutes from now); "
        "enter when it happened."
    }
    opened = session.header.opened_at
    assert record_vitals(session, NORMAL, occurred_at=opened, now=later, config=CONFIG).occurred_at == opened
    with pytest.raises(ValidationError, match="before this session was opened"):
        record_vitals(session, NORMAL, occurred_at=opened - timedelta(seconds=1), now=later, config=CONFIG)
    with pytest.raises(ValidationError) as both:
        record_vitals(
            session, entry(spo2_percent="101"), occurred_at=opened - timedelta(hours=1), now=later, config=CONFIG
        )
    assert set(both.value.errors) == {"spo2_percent", "occurred_at"}


def test_history_baseline_latest_and_flags() -> None:
    recorder = Recorder()
    assert vitals_history(recorder.session, CONFIG).baseline is None
    first = record(recorder, NORMAL, 5)
    second = record(recorder, entry(systolic_mmhg="102", temperature="38.2"), 50)
    history = vitals_history(recorder.session, CONFIG)
    assert history.baseline is not None and history.baseline.event_id == first
    assert history.latest is not None and history.latest.event_id == second
    assert history.baseline.flags == ()
    assert [flag.message for flag in history.latest.flags] == [
        "Temperature 38.2 °C ≥ 38.0 °C",
        "Temperature 38.2 °C is 1.4 °C above baseline 36.8 °C (rise ≥ 1.0 °C)",
        "Systolic 102 mmHg is 22% below baseline 131 mmHg (drop ≥ 20%)",
    ]
    assert history.latest.flagged_signs == {VitalSign.TEMPERATURE, VitalSign.SYSTOLIC}
    rows = {row.sign: row for row in history.comparison()}
    assert rows[VitalSign.SYSTOLIC].change == Decimal(-29)
    assert VitalSign.WEIGHT not in rows
    assert history.baseline_before_infusion is None
    started = T0 + timedelta(minutes=10)
    assert vitals_history(recorder.session, CONFIG, infusion_started_at=started).baseline_before_infusion is True


def test_a_late_entry_taken_earlier_becomes_the_baseline() -> None:
    recorder = Recorder()
    record(recorder, entry(systolic_mmhg="110"), 30)
    late = record(recorder, entry(systolic_mmhg="140"), 2, written_after=40)
    history = vitals_history(recorder.session, CONFIG)
    assert history.baseline is not None and history.baseline.event_id == late
    assert history.baseline.is_late_entry
    assert [r.vitals.systolic_mmhg for r in history.readings] == [140, 110]
    assert [flag.kind for flag in history.readings[1].flags] == [FlagKind.SYSTOLIC_DROP]  # 21.4%
    started = T0 + timedelta(minutes=1)
    assert vitals_history(recorder.session, CONFIG, infusion_started_at=started).baseline_before_infusion is False


def test_amendments_flow_into_the_history() -> None:
    recorder = Recorder()
    first = record(recorder, entry(systolic_mmhg="160"), 5)
    second = record(recorder, entry(systolic_mmhg="125"), 30)
    assert [f.kind for f in vitals_history(recorder.session, CONFIG).readings[1].flags] == [FlagKind.SYSTOLIC_DROP]

    now = T0 + timedelta(minutes=40)
    fix = amend_vitals(
        recorder.session, first, reason="Typed 160 for 130", now=now, values=entry(systolic_mmhg="130"), config=CONFIG
    )
    recorder.record(fix, recorded_at=now)
    history = vitals_history(recorder.session, CONFIG)
    assert history.readings[0].vitals.systolic_mmhg == 130
    assert history.readings[0].is_corrected
    assert history.readings[1].flags == ()
    entry_ = recorder.session.entry(first)
    assert entry_.event.payload["systolic_mmhg"] == "160"  # the original stays in the record
    assert entry_.amendments[0].payload["reason"] == "Typed 160 for 130"

    strike = amend(recorder.session, first, reason="Wrong patient", now=now, entered_in_error=True)
    recorder.record(strike, recorded_at=now)
    history = vitals_history(recorder.session, CONFIG)
    assert [r.event_id for r in history.readings] == [second]
    assert history.baseline is not None and history.baseline.event_id == second


def test_amend_vitals_rules() -> None:
    recorder = Recorder()
    taken = record(recorder, NORMAL, 5)
    now = T0 + timedelta(minutes=10)
    with pytest.raises(ValidationError, match="same as the values recorded"):
        amend_vitals(recorder.session, taken, reason="r", now=now, values=NORMAL, config=CONFIG)
    with pytest.raises(ValidationError) as caught:
        amend_vitals(recorder.session, taken, reason="r", now=now, values=entry(spo2_percent="30"), config=CONFIG)
    assert caught.value.errors == {"spo2_percent": "SpO2 must be between 50 and 100 %."}
    with pytest.raises(ValidationError, match="Say why"):
        amend_vitals(recorder.session, taken, reason=" ", now=now, values=entry(spo2_percent="97"), config=CONFIG)
    from ivig_desktop.domain.session import add_note

    note = recorder.record(add_note(recorder.session, "n", now)).id
    with pytest.raises(DomainError, match="Only a vitals set"):
        amend_vitals(recorder.session, note, reason="r", now=now, values=NORMAL, config=CONFIG)
    with pytest.raises(DomainError, match="Only a note"):
        amend_note(recorder.session, taken, reason="r", now=now, new_text="x")


# --- random input: never a crash, never an invalid row ------------------------------------------------------

_numberish = st.one_of(
    st.text(max_size=12),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(min_value=-50, max_value=300, places=2).map(str),
    st.integers(min_value=-10, max_value=300).map(str),
    st.sampled_from(["1e9999999", "-0", "0x10", "1_20", "٣٥", " 98 ", "12,5", "NaN", "sNaN", "-Infinity", "."]),
)


@settings(max_examples=400)
@given(
    st.tuples(*([_numberish] * 8)),
    st.sampled_from(list(TemperatureUnit)),
)
def test_random_input_never_crashes_and_never_gives_an_invalid_payload(
    raw: tuple[str, str, str, str, str, str, str, str], unit: TemperatureUnit
) -> None:
    values = VitalsInput(*raw[:8], temperature_unit=unit)
    try:
        vitals = validate_vitals(values, CONFIG)
    except ValidationError as error:
        assert error.errors
        assert all(isinstance(m, str) and m for m in error.errors.values())
        return
    assert_valid(vitals)


@settings(max_examples=300)
@given(
    st.integers(40, 270),
    st.integers(10, 170),
    st.integers(10, 260),
    st.integers(0, 70),
    st.decimals(min_value=30, max_value=45, places=1),
    st.integers(40, 110),
    st.integers(-2, 12),
)
def test_random_numbers_are_accepted_exactly_when_in_range(
    systolic: int, diastolic: int, heart: int, resp: int, temperature: Decimal, spo2: int, pain: int
) -> None:
    values = VitalsInput(str(systolic), str(diastolic), str(heart), str(resp), str(temperature), str(spo2), str(pain))
    ranges = CONFIG.ranges
    expected_ok = (
        Decimal(systolic) in ranges[VitalSign.SYSTOLIC]
        and Decimal(diastolic) in ranges[VitalSign.DIASTOLIC]
        and diastolic < systolic
        and Decimal(heart) in ranges[VitalSign.HEART_RATE]
        and Decimal(resp) in ranges[VitalSign.RESPIRATORY_RATE]
        and temperature in ranges[VitalSign.TEMPERATURE]
        and Decimal(spo2) in ranges[VitalSign.SPO2]
        and 0 <= pain <= 10
    )
    try:
        vitals = validate_vitals(values, CONFIG)
    except ValidationError:
        assert not expected_ok
        return
    assert expected_ok
    assert_valid(vitals)
    # Flags never crash, and each threshold flag appears exactly when its value passes it.
    kinds_ = {flag.kind for flag in flags_for(vitals, vitals, CONFIG)}
    assert (FlagKind.FEVER in kinds_) == (vitals.temperature_c >= 38)
    assert (FlagKind.LOW_SPO2 in kinds_) == (vitals.spo2_percent < 92)
    assert FlagKind.SYSTOLIC_DROP not in kinds_ and FlagKind.TEMPERATURE_RISE not in kinds_


def assert_valid(vitals: Vitals) -> None:
    for sign, bounds in CONFIG.ranges.items():
        value = vitals.value(sign)
        assert value is not None and bounds.low <= value <= bounds.high
    assert vitals.diastolic_mmhg < vitals.systolic_mmhg
    assert 0 <= vitals.pain_score <= 10
    assert vitals.temperature_c == vitals.temperature_c.quantize(Decimal("0.1"))
    assert vitals.weight_kg is None or 2 <= vitals.weight_kg <= 350
    payload = vitals.to_payload()
    assert all(isinstance(v, str) for v in payload.values())
    assert Vitals.from_payload(payload) == vitals
