"""The session's vital signs over time, with thresholds, reaction onsets and the pump rate as a step area."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from ivig_desktop.domain.vitals import AlertThresholds, default_vitals_config
from ivig_desktop.reports import text
from ivig_desktop.reports.charts.paint import (
    AXIS,
    HR_COLOUR,
    INK,
    LEFT,
    LEGEND,
    PANEL_GAP,
    RATE_FILL,
    REACTION_COLOUR,
    RIGHT,
    SPO2_COLOUR,
    TEMP_COLOUR,
    TOP,
    Axis,
    Scale,
    bounds,
    chart_font,
    label,
    marker,
    new_image,
    nice_step,
    panel_frame,
    polyline,
    rate_glyph,
    reaction_glyph,
    text_words,
    threshold,
    threshold_glyph,
    time_ticks,
)
from ivig_desktop.reports.summary import SessionSummary


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
    axis = Axis(start - pad, end + pad, rect.left() + LEFT, rect.right() - RIGHT, summary.times)

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
    low, high = bounds(values, 40, 160, 20)
    scale = Scale(low, high, bp.top() + 14, bp.bottom())
    panel_frame(
        painter, bp, scale, axis, "Blood pressure mmHg (▼ systolic, ▲ diastolic) · Heart rate /min (●)", 20, "{:.0f}"
    )
    threshold(painter, bp, scale.y(float(alerts.systolic_below_mmhg)), f"systolic < {alerts.systolic_below_mmhg}")
    hr_points = []
    for index, (x, r) in enumerate(zip(xs, readings, strict=True)):
        top = QPointF(x, scale.y(float(r.vitals.systolic_mmhg)))
        bottom = QPointF(x, scale.y(float(r.vitals.diastolic_mmhg)))
        painter.setPen(QPen(INK, 1.0))
        painter.drawLine(top, bottom)
        marker(painter, "down", top, 7, INK)
        marker(painter, "up", bottom, 7, INK)
        bold = flagged(index, "systolic_drop", "low_systolic", "high_systolic", "systolic_rise")
        label(painter, QPointF(x, top.y() - 7), f"{r.vitals.systolic_mmhg}", bold=bold)
        low_bold = flagged(index, "high_diastolic")
        label(painter, QPointF(x, bottom.y() + 7), f"{r.vitals.diastolic_mmhg}", above=False, bold=low_bold)
        hr_points.append(QPointF(x, scale.y(float(r.vitals.heart_rate_per_min))))
    polyline(painter, hr_points, QPen(HR_COLOUR, 1.2, Qt.PenStyle.DashLine))
    for index, (point, r) in enumerate(zip(hr_points, readings, strict=True)):
        marker(painter, "circle", point, 6, HR_COLOUR)
        painter.setFont(chart_font(8, bold=flagged(index, "fast_heart_rate", "slow_heart_rate", "heart_rate_rise")))
        text_words(painter, QPointF(point.x() + 6, point.y() + 3), f"{r.vitals.heart_rate_per_min}", HR_COLOUR)

    # 2. Temperature (x joined), the fever threshold dotted.
    panel = panels[1]
    temps = [float(r.vitals.temperature_c) for r in readings]
    low, high = bounds(temps, 35.5, 39.0, 0.5)
    scale = Scale(low, high, panel.top() + 14, panel.bottom() - 4)
    panel_frame(painter, panel, scale, axis, "Temperature °C (x)", 1.0 if high - low > 3 else 0.5, "{:.1f}")
    threshold(painter, panel, scale.y(float(alerts.fever_at_or_above_c)), f"fever ≥ {alerts.fever_at_or_above_c}")
    points = [QPointF(x, scale.y(t)) for x, t in zip(xs, temps, strict=True)]
    polyline(painter, points, QPen(TEMP_COLOUR, 1.2))
    for index, (point, r) in enumerate(zip(points, readings, strict=True)):
        marker(painter, "cross", point, 7, TEMP_COLOUR)
        label(
            painter,
            QPointF(point.x(), point.y() - 4),
            f"{r.vitals.temperature_c}",
            bold=flagged(index, "fever", "temperature_rise"),
        )

    # 3. SpO2 (■ joined), the low threshold dotted.
    panel = panels[2]
    spo2 = [float(r.vitals.spo2_percent) for r in readings]
    low, high = bounds(spo2, 88, 100, 4)
    scale = Scale(low, high, panel.top() + 14, panel.bottom() - 2)
    panel_frame(painter, panel, scale, axis, "SpO2 % (■)", 4, "{:.0f}")
    threshold(painter, panel, scale.y(float(alerts.spo2_below_percent)), f"< {alerts.spo2_below_percent}")
    points = [QPointF(x, scale.y(v)) for x, v in zip(xs, spo2, strict=True)]
    polyline(painter, points, QPen(SPO2_COLOUR, 1.2, Qt.PenStyle.DashDotDotLine))
    for index, (point, r) in enumerate(zip(points, readings, strict=True)):
        marker(painter, "square", point, 5, SPO2_COLOUR)
        label(
            painter,
            QPointF(point.x(), point.y() - 3),
            f"{r.vitals.spo2_percent}",
            bold=flagged(index, "low_spo2", "spo2_drop"),
        )

    # 4. The pump rate as confirmed, a step area (0 while paused).
    panel = panels[3]
    history = list(summary.rate_history)
    top_rate = max([float(rate) for _, rate in history] or [0.0])
    step = nice_step(max(top_rate, 10.0), 3)
    low, high = 0.0, math.ceil(max(top_rate, 10.0) / step) * step
    scale = Scale(low, high, panel.top() + 14, panel.bottom())
    panel_frame(painter, panel, scale, axis, "Pump rate mL/h (as confirmed)", step, "{:.0f}")
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
                label(painter, QPointF(axis.x(when) + 14, scale.y(float(rate)) - 1), f"{text.number(rate)}")
            shown = rate

    # Reaction onsets across every panel.
    for number, row in enumerate(summary.reactions, start=1):
        x = axis.x(row.record.onset_at)
        painter.setPen(QPen(REACTION_COLOUR, 1.2, Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(x, panels[0].top()), QPointF(x, panels[-1].bottom()))
        painter.setFont(chart_font(8.5, bold=True))
        text_words(
            painter,
            QPointF(x + 3, panels[0].top() + 11),
            f"Reaction {number} (grade {int(row.record.grade)})",
            REACTION_COLOUR,
        )

    # The time axis, local time.
    painter.setFont(chart_font(8))
    painter.setPen(QPen(INK))
    base = panels[-1].bottom()
    shown_day = summary.day
    for tick in time_ticks(axis):
        x = axis.x(tick)
        painter.drawLine(QPointF(x, base), QPointF(x, base + 3))
        words = tick.strftime("%H:%M")
        if tick.date() != shown_day:  # the first tick of another day names the day
            shown_day = tick.date()
            words = tick.strftime("%d %b %H:%M")
        width = QFontMetricsF(painter.font()).horizontalAdvance(words)
        left = min(max(x - width / 2, axis.left - 10), rect.right() - width - 1)
        painter.drawText(QPointF(left, base + 13), words)
    painter.drawText(QPointF(rect.left() + 2, base + 13), f"time ({summary.times.abbreviation(summary.opened_at)})")

    # Legend.
    legend_y = rect.bottom() - 5
    painter.setFont(chart_font(8))
    items: list[tuple[Callable[[QPointF], None], str]] = [
        (lambda p: marker(painter, "down", QPointF(p.x(), p.y() + 3), 7, INK), "systolic"),
        (lambda p: marker(painter, "up", QPointF(p.x(), p.y() - 3), 7, INK), "diastolic"),
        (lambda p: marker(painter, "circle", p, 6, HR_COLOUR), "heart rate"),
        (lambda p: marker(painter, "cross", p, 7, TEMP_COLOUR), "temperature"),
        (lambda p: marker(painter, "square", p, 5, SPO2_COLOUR), "SpO2"),
        (lambda p: threshold_glyph(painter, p), "alert threshold"),
        (lambda p: reaction_glyph(painter, p), "reaction onset"),
        (lambda p: rate_glyph(painter, p), "pump rate"),
    ]
    x = rect.left() + 4
    for draw, words in items:
        draw(QPointF(x + 6, legend_y - 3))
        painter.setFont(chart_font(8))
        painter.setPen(QPen(INK))
        painter.drawText(QPointF(x + 16, legend_y), words)
        x += 22 + QFontMetricsF(painter.font()).horizontalAdvance(words)
    painter.restore()


def vitals_chart_image(summary: SessionSummary, width: int, height: int, scale: float = 3.0) -> QImage:
    """The vitals chart as an image of `width` x `height` layout pixels (a QGuiApplication must exist)."""
    image = new_image(width, height, scale)
    painter = QPainter(image)
    try:
        paint_vitals_chart(painter, QRectF(0, 0, width, height), summary)
    finally:
        painter.end()
    return image
