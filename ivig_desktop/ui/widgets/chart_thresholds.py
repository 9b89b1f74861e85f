"""The alert thresholds a vitals chart panel draws: which levels (from the clinic's thresholds and the baseline),
and the lines themselves. Two thresholds on one panel never look alike: each has its own dash pattern and its
words written on the chart along the line (and in the legend), not a colour of its own."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from ivig_desktop.domain.units import fahrenheit_from_celsius
from ivig_desktop.domain.vitals import AlertThresholds, TemperatureUnit, VitalsReading
from ivig_desktop.ui.i18n import translate
from ivig_desktop.ui.widgets.chart_axes import Panel

if TYPE_CHECKING:
    from PySide6.QtCharts import QAbstractAxis, QChart, QLineSeries, QScatterSeries

# Each threshold's dash pattern and its legend glyph: the first dotted, the next dash-dot-dot (the vital signs are
# solid and dashed, reaction onsets dash-dot).
THRESHOLD_STYLES = ((Qt.PenStyle.DotLine, "┈┈"), (Qt.PenStyle.DashDotDotLine, "─··─"))
CAPTION_LIFT = 22  # size of the invisible marker a line's words sit on


def _temperature(value: Decimal, unit: TemperatureUnit) -> float:
    return float(fahrenheit_from_celsius(value)) if unit is TemperatureUnit.FAHRENHEIT else float(value)


def threshold_levels(
    panel: Panel, alerts: AlertThresholds, baseline: VitalsReading | None, unit: TemperatureUnit
) -> list[tuple[float, str]]:
    """(level, words) of each threshold line the panel shows."""
    lines: list[tuple[float, str]] = []
    if panel.key == "bp":
        lines.append(
            (
                float(alerts.systolic_below_mmhg),
                translate("VitalsChart", "Alert: systolic < {0}").format(alerts.systolic_below_mmhg),
            )
        )
        if baseline is not None:
            drop = alerts.systolic_drop_at_or_above_percent
            level = baseline.vitals.systolic_mmhg * (100 - drop) / 100
            lines.append(
                (
                    float(level),
                    translate("VitalsChart", "Alert: systolic {0}% below baseline ({1:.0f})").format(
                        drop, float(level)
                    ),
                )
            )
    elif panel.key == "hr":
        limit = alerts.heart_rate_above_per_min
        lines.append((float(limit), translate("VitalsChart", "Alert: > {0} /min").format(limit)))
    elif panel.key == "spo2":
        limit = alerts.spo2_below_percent
        lines.append((float(limit), translate("VitalsChart", "Alert: < {0}%").format(limit)))
    elif panel.key == "temp":
        fever = _temperature(alerts.fever_at_or_above_c, unit)
        lines.append((fever, translate("VitalsChart", "Alert: ≥ {0} {1}").format(f"{fever:.1f}", unit.symbol)))
        if baseline is not None:
            rise_level = _temperature(baseline.vitals.temperature_c + alerts.temperature_rise_at_or_above_c, unit)
            if abs(rise_level - fever) > 0.05:
                words = translate("VitalsChart", "Alert: baseline + {0} °C ({1} {2})").format(
                    alerts.temperature_rise_at_or_above_c, f"{rise_level:.1f}", unit.symbol
                )
                lines.append((rise_level, words))
    return lines


def add_threshold_lines(
    chart: QChart,
    axes: tuple[QAbstractAxis, QAbstractAxis],
    levels: Sequence[tuple[float, str]],
    span_ms: tuple[float, float],
    colour: QColor,
) -> list[tuple[QLineSeries, QScatterSeries]]:
    """Draw each level across `span_ms` (start, end) in its own dash pattern, with its words on it."""
    from PySide6.QtCharts import QLineSeries, QScatterSeries

    drawn = []
    for index, (value, name) in enumerate(levels):
        style, _glyph = THRESHOLD_STYLES[index % len(THRESHOLD_STYLES)]
        line = QLineSeries()
        line.setName(name)
        line.append(span_ms[0], value)
        line.append(span_ms[1], value)
        pen = QPen(colour)
        pen.setStyle(style)
        pen.setWidth(2)
        caption = QScatterSeries()
        caption.setName(name)
        caption.setMarkerSize(CAPTION_LIFT)
        caption.setColor(Qt.GlobalColor.transparent)
        caption.setBorderColor(Qt.GlobalColor.transparent)
        # Its words sit on the line, a third of the way along for the first and two thirds for the next, clear
        # of the axis and of each other when two levels are close.
        caption.append(span_ms[0] + (span_ms[1] - span_ms[0]) * (1 + index % 2) / 3, value)
        for series in (line, caption):
            chart.addSeries(series)
            series.attachAxis(axes[0])
            series.attachAxis(axes[1])
        line.setPen(pen)
        caption.setPointLabelsVisible(True)
        caption.setPointLabelsFormat(name.replace("@", ""))  # words, not a value ('@' would stand for one)
        caption.setPointLabelsClipping(False)
        caption.setPointLabelsColor(colour)
        drawn.append((line, caption))
    return drawn
