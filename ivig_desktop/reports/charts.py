"""Charts for the printed record, painted with QPainter (QtGui only, no widgets): the session's vital signs over
time, and a patient's tolerated rate and reactions across sessions.

Made for paper: black and greys with a little colour, every series told apart by its marker or line style as
well (a photocopy keeps them apart), every value written beside its point, thresholds as dotted lines, reaction
onsets as labelled dash-dot lines, and the infusion rate as a step area.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from ivig_desktop.domain.vitals import AlertThresholds, default_vitals_config
from ivig_desktop.reports import text
from ivig_desktop.reports.history import HistoryRow
from ivig_desktop.reports.summary import SessionSummary

INK = QColor("#000000")
GRID = QColor("#c8c8c8")
HR_COLOUR = QColor("#1f4e9c")
TEMP_COLOUR = QColor("#9c1f1f")
SPO2_COLOUR = QColor("#1f6e2e")
RATE_FILL = QColor("#d9d9d9")
REACTION_COLOUR = QColor("#8a3b00")

LEFT = 58.0
RIGHT = 14.0
TOP = 14.0
PANEL_GAP = 16.0
AXIS = 20.0
LEGEND = 18.0


def _font(pixels: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def new_image(width: int, height: int, scale: float = 3.0) -> QImage:
    """A white image of `width` x `height` layout pixels, drawn at `scale` times the resolution (sharp in print)."""
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    return image


@dataclass(frozen=True)
class _Axis:
    """Time across: maps a datetime to x."""

    start: datetime
    end: datetime
    left: float
    right: float

    def x(self, when: datetime) -> float:
        span = (self.end - self.start).total_seconds() or 1.0
        return self.left + (when - self.start).total_seconds() / span * (self.right - self.left)


@dataclass(frozen=True)
class _Scale:
    """Values up: maps a number to y within a panel."""

    low: float
    high: float
    top: float
    bottom: float

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return self.bottom - (value - self.low) / span * (self.bottom - self.top)


def _nice_step(span: float, ticks: int) -> float:
    raw = span / max(ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _bounds(values: Sequence[float], low: float, high: float, step: float) -> tuple[float, float]:
    """At least [low, high], widened to the data, on multiples of `step`."""
    lo = min([low, *values])
    hi = max([high, *values])
    return math.floor(lo / step) * step, math.ceil(hi / step) * step


def _time_ticks(start: datetime, end: datetime) -> list[datetime]:
    span_min = (end - start).total_seconds() / 60
    for step in (10, 15, 30, 60, 120, 240):
        if span_min / step <= 10:
            break
    local = text.local(start)
    first = local.replace(minute=0, second=0, microsecond=0)
    ticks = []
    when = first
    while when <= text.local(end):
        if when >= local:
            ticks.append(when)
        when += timedelta(minutes=step)
    return ticks


def _marker(painter: QPainter, kind: str, at: QPointF, size: float, colour: QColor, *, filled: bool = True) -> None:
    painter.setPen(QPen(colour, 1.2))
    painter.setBrush(QBrush(colour) if filled else Qt.BrushStyle.NoBrush)
    x, y, h = at.x(), at.y(), size / 2
    if kind == "down":  # the tip at the value (systolic, as on paper charts)
        painter.drawPolygon(QPolygonF([QPointF(x - h, y - size), QPointF(x + h, y - size), QPointF(x, y)]))
    elif kind == "up":  # diastolic
        painter.drawPolygon(QPolygonF([QPointF(x - h, y + size), QPointF(x + h, y + size), QPointF(x, y)]))
    elif kind == "circle":
        painter.drawEllipse(at, h, h)
    elif kind == "square":
        painter.drawRect(QRectF(x - h, y - h, size, size))
    elif kind == "cross":
        painter.drawLine(QPointF(x - h, y - h), QPointF(x + h, y + h))
        painter.drawLine(QPointF(x - h, y + h), QPointF(x + h, y - h))


def _text(painter: QPainter, at: QPointF, words: str, colour: QColor = INK) -> None:
    """Words with their baseline at `at`, on a white halo so that lines beneath do not cross them out."""
    metrics = QFontMetricsF(painter.font())
    box = QRectF(at.x() - 1, at.y() - metrics.ascent(), metrics.horizontalAdvance(words) + 2, metrics.height())
    painter.fillRect(box, QColor(255, 255, 255, 210))
    painter.setPen(QPen(colour))
    painter.drawText(at, words)


def _label(
    painter: QPainter, at: QPointF, words: str, *, above: bool = True, bold: bool = False, px: float = 8.5
) -> None:
    font = _font(px, bold=bold)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(words)
    y = at.y() - 4 if above else at.y() + metrics.ascent() + 4
    _text(painter, QPointF(at.x() - width / 2, y), words)


def _panel_frame(
    painter: QPainter, rect: QRectF, scale: _Scale, axis: _Axis, title: str, step: float, unit_format: str
) -> None:
    painter.setPen(QPen(GRID, 0.6))
    value = scale.low
    painter.setFont(_font(8))
    while value <= scale.high + 1e-9:
        y = scale.y(value)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(INK))
        label = unit_format.format(value)
        width = QFontMetricsF(painter.font()).horizontalAdvance(label)
        painter.drawText(QPointF(rect.left() - width - 4, y + 3), label)
        value += step
    for tick in _time_ticks(axis.start, axis.end):
        x = axis.x(tick)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    painter.setPen(QPen(INK, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.setFont(_font(8.5, bold=True))
    painter.drawText(QPointF(rect.left(), rect.top() - 4), title)


def _threshold(painter: QPainter, rect: QRectF, y: float, words: str) -> None:
    pen = QPen(INK, 0.8, Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    painter.setFont(_font(7.5))
    width = QFontMetricsF(painter.font()).horizontalAdvance(words)
    painter.drawText(QPointF(rect.right() - width - 3, y - 2), words)


def _polyline(painter: QPainter, points: Sequence[QPointF], pen: QPen) -> None:
    if len(points) < 2:
        return
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def paint_vitals_chart(
    painter: QPainter, rect: QRectF, summary: SessionSummary, alerts: AlertThresholds | None = None
) -> None:
    """The session's vital signs against time in four panels sharing the time axis: blood pressure and heart rate,
    temperature, SpO2, and the pump rate. Reaction onsets cross every panel."""
    alerts = alerts or default_vitals_config().alerts
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    readings = summary.vitals
    times = [r.stamp.occurred_at for r in readings] + [t for t, _ in summary.rate_history]
    if not times:
        painter.restore()
        return
    start, end = min(times), max(times)
    pad = max((end - start) * 0.04, timedelta(minutes=5))
    axis = _Axis(start - pad, end + pad, rect.left() + LEFT, rect.right() - RIGHT)

    plot_top = rect.top() + TOP
    plot_bottom = rect.bottom() - AXIS - LEGEND
    height = plot_bottom - plot_top - 3 * PANEL_GAP
    shares = (0.42, 0.2, 0.16, 0.22)
    panels: list[QRectF] = []
    y = plot_top
    for share in shares:
        panel_height = height * share
        panels.append(QRectF(axis.left, y, axis.right - axis.left, panel_height))
        y += panel_height + PANEL_GAP

    def flagged(index: int, *codes: str) -> bool:
        return bool(set(readings[index].flag_kinds) & set(codes))

    xs = [axis.x(r.stamp.occurred_at) for r in readings]

    # 1. Blood pressure (▼ systolic, ▲ diastolic, joined) and heart rate (● joined).
    bp = panels[0]
    values = [float(v) for r in readings for v in (r.vitals.systolic_mmhg, r.vitals.diastolic_mmhg)]
    values += [float(r.vitals.heart_rate_per_min) for r in readings]
    low, high = _bounds(values, 40, 160, 20)
    scale = _Scale(low, high, bp.top() + 14, bp.bottom())
    _panel_frame(
        painter, bp, scale, axis, "Blood pressure mmHg (▼ systolic, ▲ diastolic) · Heart rate /min (●)", 20, "{:.0f}"
    )
    _threshold(painter, bp, scale.y(float(alerts.systolic_below_mmhg)), f"systolic < {alerts.systolic_below_mmhg}")
    hr_points = []
    for index, (x, r) in enumerate(zip(xs, readings, strict=True)):
        top = QPointF(x, scale.y(float(r.vitals.systolic_mmhg)))
        bottom = QPointF(x, scale.y(float(r.vitals.diastolic_mmhg)))
        painter.setPen(QPen(INK, 1.0))
        painter.drawLine(top, bottom)
        _marker(painter, "down", top, 7, INK)
        _marker(painter, "up", bottom, 7, INK)
        bold = flagged(index, "systolic_drop", "low_systolic")
        _label(painter, QPointF(x, top.y() - 7), f"{r.vitals.systolic_mmhg}", bold=bold)
        _label(painter, QPointF(x, bottom.y() + 7), f"{r.vitals.diastolic_mmhg}", above=False)
        hr_points.append(QPointF(x, scale.y(float(r.vitals.heart_rate_per_min))))
    _polyline(painter, hr_points, QPen(HR_COLOUR, 1.2, Qt.PenStyle.DashLine))
    for index, (point, r) in enumerate(zip(hr_points, readings, strict=True)):
        _marker(painter, "circle", point, 6, HR_COLOUR)
        painter.setFont(_font(8, bold=flagged(index, "fast_heart_rate")))
        _text(painter, QPointF(point.x() + 6, point.y() + 3), f"{r.vitals.heart_rate_per_min}", HR_COLOUR)

    # 2. Temperature (x joined), the fever threshold dotted.
    panel = panels[1]
    temps = [float(r.vitals.temperature_c) for r in readings]
    low, high = _bounds(temps, 35.5, 39.0, 0.5)
    scale = _Scale(low, high, panel.top() + 14, panel.bottom() - 4)
    _panel_frame(painter, panel, scale, axis, "Temperature °C (x)", 1.0 if high - low > 3 else 0.5, "{:.1f}")
    _threshold(painter, panel, scale.y(float(alerts.fever_at_or_above_c)), f"fever ≥ {alerts.fever_at_or_above_c}")
    points = [QPointF(x, scale.y(t)) for x, t in zip(xs, temps, strict=True)]
    _polyline(painter, points, QPen(TEMP_COLOUR, 1.2))
    for index, (point, r) in enumerate(zip(points, readings, strict=True)):
        _marker(painter, "cross", point, 7, TEMP_COLOUR)
        _label(
            painter,
            QPointF(point.x(), point.y() - 4),
            f"{r.vitals.temperature_c}",
            bold=flagged(index, "fever", "temperature_rise"),
        )

    # 3. SpO2 (■ joined), the low threshold dotted.
    panel = panels[2]
    spo2 = [float(r.vitals.spo2_percent) for r in readings]
    low, high = _bounds(spo2, 88, 100, 4)
    scale = _Scale(low, high, panel.top() + 14, panel.bottom() - 2)
    _panel_frame(painter, panel, scale, axis, "SpO2 % (■)", 4, "{:.0f}")
    _threshold(painter, panel, scale.y(float(alerts.spo2_below_percent)), f"< {alerts.spo2_below_percent}")
    points = [QPointF(x, scale.y(v)) for x, v in zip(xs, spo2, strict=True)]
    _polyline(painter, points, QPen(SPO2_COLOUR, 1.2, Qt.PenStyle.DashDotDotLine))
    for index, (point, r) in enumerate(zip(points, readings, strict=True)):
        _marker(painter, "square", point, 5, SPO2_COLOUR)
        _label(painter, QPointF(point.x(), point.y() - 3), f"{r.vitals.spo2_percent}", bold=flagged(index, "low_spo2"))

    # 4. The pump rate as confirmed, a step area (0 while paused).
    panel = panels[3]
    history = list(summary.rate_history)
    top_rate = max([float(rate) for _, rate in history] or [0.0])
    step = _nice_step(max(top_rate, 10.0), 3)
    low, high = 0.0, math.ceil(max(top_rate, 10.0) / step) * step
    scale = _Scale(low, high, panel.top() + 14, panel.bottom())
    _panel_frame(painter, panel, scale, axis, "Pump rate mL/h (as confirmed)", step, "{:.0f}")
    if history:
        last_time = summary.infusion.ended_at or summary.record_as_of
        path = QPainterPath(QPointF(axis.x(history[0][0]), scale.y(0)))
        for index, (when, rate) in enumerate(history):
            until = history[index + 1][0] if index + 1 < len(history) else max(last_time, when)
            path.lineTo(QPointF(axis.x(when), scale.y(float(rate))))
            path.lineTo(QPointF(axis.x(until), scale.y(float(rate))))
        path.lineTo(QPointF(axis.x(max(last_time, history[-1][0])), scale.y(0)))
        path.closeSubpath()
        painter.setPen(QPen(INK, 1.0))
        painter.setBrush(QBrush(RATE_FILL))
        painter.drawPath(path)
        shown: Decimal | None = None
        for when, rate in history:
            if rate != shown and rate > 0:
                _label(painter, QPointF(axis.x(when) + 14, scale.y(float(rate)) - 1), f"{text.number(rate)}")
            shown = rate

    # Reaction onsets across every panel.
    for number, row in enumerate(summary.reactions, start=1):
        x = axis.x(row.record.onset_at)
        painter.setPen(QPen(REACTION_COLOUR, 1.2, Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(x, panels[0].top()), QPointF(x, panels[-1].bottom()))
        painter.setFont(_font(8.5, bold=True))
        _text(
            painter,
            QPointF(x + 3, panels[0].top() + 11),
            f"Reaction {number} (grade {int(row.record.grade)})",
            REACTION_COLOUR,
        )

    # The time axis, local time.
    painter.setFont(_font(8))
    painter.setPen(QPen(INK))
    base = panels[-1].bottom()
    shown_day = summary.day
    for tick in _time_ticks(axis.start, axis.end):
        x = axis.x(tick)
        painter.drawLine(QPointF(x, base), QPointF(x, base + 3))
        words = tick.strftime("%H:%M")
        if tick.date() != shown_day:  # the first tick of another day names the day
            shown_day = tick.date()
            words = tick.strftime("%d %b %H:%M")
        width = QFontMetricsF(painter.font()).horizontalAdvance(words)
        left = min(max(x - width / 2, axis.left - 10), rect.right() - width - 1)
        painter.drawText(QPointF(left, base + 13), words)
    painter.drawText(QPointF(rect.left() + 2, base + 13), f"time ({text.zone_name(summary.opened_at)})")

    # Legend.
    legend_y = rect.bottom() - 5
    painter.setFont(_font(8))
    items: list[tuple[Callable[[QPointF], None], str]] = [
        (lambda p: _marker(painter, "down", QPointF(p.x(), p.y() + 3), 7, INK), "systolic"),
        (lambda p: _marker(painter, "up", QPointF(p.x(), p.y() - 3), 7, INK), "diastolic"),
        (lambda p: _marker(painter, "circle", p, 6, HR_COLOUR), "heart rate"),
        (lambda p: _marker(painter, "cross", p, 7, TEMP_COLOUR), "temperature"),
        (lambda p: _marker(painter, "square", p, 5, SPO2_COLOUR), "SpO2"),
        (lambda p: _threshold_glyph(painter, p), "alert threshold"),
        (lambda p: _reaction_glyph(painter, p), "reaction onset"),
        (lambda p: _rate_glyph(painter, p), "pump rate"),
    ]
    x = rect.left() + 4
    for draw, words in items:
        draw(QPointF(x + 6, legend_y - 3))
        painter.setFont(_font(8))
        painter.setPen(QPen(INK))
        painter.drawText(QPointF(x + 16, legend_y), words)
        x += 22 + QFontMetricsF(painter.font()).horizontalAdvance(words)
    painter.restore()


def _threshold_glyph(painter: QPainter, at: QPointF) -> None:
    painter.setPen(QPen(INK, 0.8, Qt.PenStyle.DotLine))
    painter.drawLine(QPointF(at.x() - 7, at.y()), QPointF(at.x() + 7, at.y()))


def _reaction_glyph(painter: QPainter, at: QPointF) -> None:
    painter.setPen(QPen(REACTION_COLOUR, 1.2, Qt.PenStyle.DashDotLine))
    painter.drawLine(QPointF(at.x(), at.y() - 6), QPointF(at.x(), at.y() + 5))


def _rate_glyph(painter: QPainter, at: QPointF) -> None:
    painter.setPen(QPen(INK, 1.0))
    painter.setBrush(QBrush(RATE_FILL))
    painter.drawRect(QRectF(at.x() - 6, at.y() - 4, 12, 8))


def vitals_chart_image(summary: SessionSummary, width: int, height: int, scale: float = 3.0) -> QImage:
    """The vitals chart as an image of `width` x `height` layout pixels (a QGuiApplication must exist)."""
    image = new_image(width, height, scale)
    painter = QPainter(image)
    try:
        paint_vitals_chart(painter, QRectF(0, 0, width, height), summary)
    finally:
        painter.end()
    return image


def paint_trend(painter: QPainter, rect: QRectF, rows: Sequence[HistoryRow]) -> None:
    """A patient's sessions left to right (oldest first): the highest rate reached as a grey bar, the tolerated
    rate as a joined dot, each reaction as a triangle at its onset rate labelled with its grade."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    plot = QRectF(rect.left() + 46, rect.top() + 22, rect.width() - 60, rect.height() - 22 - 46)
    painter.setFont(_font(9, bold=True))
    painter.setPen(QPen(INK))
    painter.drawText(QPointF(rect.left() + 4, rect.top() + 13), "Tolerated rate and reactions by session (mL/h)")
    if not rows:
        painter.setFont(_font(9))
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), "No session yet")
        painter.restore()
        return
    values = [float(r.highest_rate_ml_per_h or 0) for r in rows]
    values += [float(m.rate_at_onset_ml_per_h or 0) for r in rows for m in r.reactions]
    top = max([*values, 10.0])
    step = _nice_step(top, 4)
    scale = _Scale(0.0, math.ceil(top / step) * step, plot.top(), plot.bottom())
    painter.setFont(_font(8))
    value = 0.0
    while value <= scale.high + 1e-9:
        y = scale.y(value)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(INK))
        label = f"{value:.0f}"
        painter.drawText(
            QPointF(plot.left() - QFontMetricsF(painter.font()).horizontalAdvance(label) - 4, y + 3), label
        )
        value += step
    slot = plot.width() / len(rows)
    tolerated: list[QPointF] = []
    for index, row in enumerate(rows):
        x = plot.left() + slot * (index + 0.5)
        if row.highest_rate_ml_per_h is not None:
            bar = QRectF(x - min(slot * 0.3, 14), scale.y(float(row.highest_rate_ml_per_h)), min(slot * 0.6, 28), 0)
            bar.setBottom(scale.y(0))
            painter.setPen(QPen(INK, 0.8))
            painter.setBrush(QBrush(RATE_FILL))
            painter.drawRect(bar)
        if row.tolerated_rate_ml_per_h is not None:
            tolerated.append(QPointF(x, scale.y(float(row.tolerated_rate_ml_per_h))))
        for mark in row.reactions:
            if mark.rate_at_onset_ml_per_h is None:
                continue
            at = QPointF(x + min(slot * 0.3, 14) + 6, scale.y(float(mark.rate_at_onset_ml_per_h)))
            _marker(painter, "up", QPointF(at.x(), at.y() - 4), 8, REACTION_COLOUR)
            painter.setFont(_font(8, bold=True))
            _text(painter, QPointF(at.x() + 6, at.y() + 3), f"G{mark.grade}", REACTION_COLOUR)
        painter.setFont(_font(8))
        words = text.local(row.opened_at).strftime("%d %b %y")
        width = QFontMetricsF(painter.font()).horizontalAdvance(words)
        painter.setPen(QPen(INK))
        painter.drawText(QPointF(x - width / 2, plot.bottom() + 13), words)
    _polyline(painter, tolerated, QPen(HR_COLOUR, 1.4))
    for point in tolerated:
        _marker(painter, "circle", point, 7, HR_COLOUR)
    painter.setPen(QPen(INK, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    legend = rect.bottom() - 8
    x = rect.left() + 4
    items: list[tuple[Callable[[QPointF], None], str]] = [
        (lambda p: _rate_glyph(painter, p), "highest rate reached"),
        (lambda p: _marker(painter, "circle", p, 7, HR_COLOUR), "tolerated rate (no reaction began)"),
        (
            lambda p: _marker(painter, "up", QPointF(p.x(), p.y() - 3), 8, REACTION_COLOUR),
            "reaction at its onset rate, G = grade",
        ),
    ]
    for draw, words in items:
        draw(QPointF(x + 6, legend - 3))
        painter.setFont(_font(8))
        painter.setPen(QPen(INK))
        painter.drawText(QPointF(x + 16, legend), words)
        x += 24 + QFontMetricsF(painter.font()).horizontalAdvance(words)
    painter.restore()
