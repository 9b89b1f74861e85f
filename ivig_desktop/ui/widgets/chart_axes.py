"""What each vitals chart panel shows, and its axes: round value bounds and whole-quarter-hour time bounds."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from ivig_desktop.domain.vitals import VitalSign
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    signs: tuple[VitalSign, ...]
    unit: str
    low: float
    high: float


# The temperature panel's least span in °F (the °C panel's 35.5-39.5 °C, rounded outwards).
FAHRENHEIT_SPAN = (96.0, 103.0)

PANELS = (
    Panel(
        "bp",
        QT_TRANSLATE_NOOP("VitalsChart", "Blood pressure"),
        (VitalSign.SYSTOLIC, VitalSign.DIASTOLIC),
        "mmHg",
        40,
        180,
    ),
    Panel("hr", QT_TRANSLATE_NOOP("VitalsChart", "Heart rate"), (VitalSign.HEART_RATE,), "/min", 40, 140),
    Panel("temp", QT_TRANSLATE_NOOP("VitalsChart", "Temperature"), (VitalSign.TEMPERATURE,), "°C", 35.5, 39.5),
    Panel("spo2", QT_TRANSLATE_NOOP("VitalsChart", "SpO2"), (VitalSign.SPO2,), "%", 85, 100),
    Panel("rr", QT_TRANSLATE_NOOP("VitalsChart", "Respiratory rate"), (VitalSign.RESPIRATORY_RATE,), "/min", 0, 30),
    Panel("pain", QT_TRANSLATE_NOOP("VitalsChart", "Pain"), (VitalSign.PAIN,), "0-10", 0, 10),
)


def nice_range(low: float, high: float) -> tuple[float, float, int]:
    """Bounds on a round step (0.5, 1, 2, 5, 10, 20, 25 or 50) around [low, high], and the tick count (at most 9)."""
    for step in (0.5, 1, 2, 5, 10, 20, 25, 50, 100):
        bottom = math.floor(low / step) * step
        top = math.ceil(high / step) * step
        if top == bottom:
            top += step
        intervals = round((top - bottom) / step)
        if intervals <= 8:
            return bottom, top, intervals + 1
    return low, high, 5


def time_range(first: datetime, last: datetime) -> tuple[datetime, datetime, int]:
    """Axis bounds on whole 15, 30, 60 or 120 minutes around [first, last], and the tick count (at most 9)."""
    local_first = fmt.local(first)
    for minutes in (15, 30, 60, 120, 240):
        step = timedelta(minutes=minutes)
        day = local_first.replace(hour=0, minute=0, second=0, microsecond=0)
        start = day + ((local_first - day) // step) * step
        intervals = max(1, -(-(fmt.local(last) - start) // step))
        if (fmt.local(last) - start) % step == timedelta(0) and fmt.local(last) > start:
            intervals += 1  # a point on the last tick is not drawn on the frame
        if intervals <= 8:
            return start, start + intervals * step, intervals + 1
    return start, start + intervals * step, 9
