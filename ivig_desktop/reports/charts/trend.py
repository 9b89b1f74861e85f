"""A patient's tolerated rate and reactions across sessions."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from ivig_desktop.domain.times import Times
from ivig_desktop.reports.charts.paint import (
    GRID,
    HR_COLOUR,
    INK,
    RATE_FILL,
    REACTION_COLOUR,
    Scale,
    chart_font,
    marker,
    nice_step,
    polyline,
    rate_glyph,
    text_words,
)
from ivig_desktop.reports.history import HistoryRow


def paint_trend(painter: QPainter, rect: QRectF, rows: Sequence[HistoryRow], times: Times) -> None:
    """A patient's sessions left to right (oldest first): the highest rate reached as a grey bar, the tolerated
    rate as a joined dot, each reaction as a triangle at its onset rate labelled with its grade."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    plot = QRectF(rect.left() + 46, rect.top() + 22, rect.width() - 60, rect.height() - 22 - 46)
    painter.setFont(chart_font(9, bold=True))
    painter.setPen(QPen(INK))
    painter.drawText(QPointF(rect.left() + 4, rect.top() + 13), "Tolerated rate and reactions by session (mL/h)")
    if not rows:
        painter.setFont(chart_font(9))
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), "No session yet")
        painter.restore()
        return
    values = [float(r.highest_rate_ml_per_h or 0) for r in rows]
    values += [float(m.rate_at_onset_ml_per_h or 0) for r in rows for m in r.reactions]
    top = max([*values, 10.0])
    step = nice_step(top, 4)
    scale = Scale(0.0, math.ceil(top / step) * step, plot.top(), plot.bottom())
    painter.setFont(chart_font(8))
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
            marker(painter, "up", QPointF(at.x(), at.y() - 4), 8, REACTION_COLOUR)
            painter.setFont(chart_font(8, bold=True))
            text_words(painter, QPointF(at.x() + 6, at.y() + 3), f"G{mark.grade}", REACTION_COLOUR)
        painter.setFont(chart_font(8))
        words = times.local(row.opened_at).strftime("%d %b %y")
        width = QFontMetricsF(painter.font()).horizontalAdvance(words)
        painter.setPen(QPen(INK))
        painter.drawText(QPointF(x - width / 2, plot.bottom() + 13), words)
    polyline(painter, tolerated, QPen(HR_COLOUR, 1.4))
    for point in tolerated:
        marker(painter, "circle", point, 7, HR_COLOUR)
    painter.setPen(QPen(INK, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    legend = rect.bottom() - 8
    x = rect.left() + 4
    items: list[tuple[Callable[[QPointF], None], str]] = [
        (lambda p: rate_glyph(painter, p), "highest rate reached"),
        (lambda p: marker(painter, "circle", p, 7, HR_COLOUR), "tolerated rate (no reaction began)"),
        (
            lambda p: marker(painter, "up", QPointF(p.x(), p.y() - 3), 8, REACTION_COLOUR),
            "reaction at its onset rate, G = grade",
        ),
    ]
    for draw, words in items:
        draw(QPointF(x + 6, legend - 3))
        painter.setFont(chart_font(8))
        painter.setPen(QPen(INK))
        painter.drawText(QPointF(x + 16, legend), words)
        x += 24 + QFontMetricsF(painter.font()).horizontalAdvance(words)
    painter.restore()
