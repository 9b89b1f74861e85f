"""The charts' pen and paper: colours, margins, fonts, scales, time ticks, markers, labels, panels and glyphs."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from ivig_desktop.domain.times import Times

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


def chart_font(pixels: float, *, bold: bool = False) -> QFont:
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
class Axis:
    """Time across: maps a datetime to x."""

    start: datetime
    end: datetime
    left: float
    right: float
    times: Times  # the clinic's zone: ticks fall on its whole hours

    def x(self, when: datetime) -> float:
        span = (self.end - self.start).total_seconds() or 1.0
        return self.left + (when - self.start).total_seconds() / span * (self.right - self.left)


@dataclass(frozen=True)
class Scale:
    """Values up: maps a number to y within a panel."""

    low: float
    high: float
    top: float
    bottom: float

    def y(self, value: float) -> float:
        span = (self.high - self.low) or 1.0
        return self.bottom - (value - self.low) / span * (self.bottom - self.top)


def nice_step(span: float, ticks: int) -> float:
    raw = span / max(ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def bounds(values: Sequence[float], low: float, high: float, step: float) -> tuple[float, float]:
    """At least [low, high], widened to the data, on multiples of `step`."""
    lo = min([low, *values])
    hi = max([high, *values])
    return math.floor(lo / step) * step, math.ceil(hi / step) * step


def time_ticks(axis: Axis) -> list[datetime]:
    """Ticks on the axis at whole local steps (10 min to 4 h), as local times of the clinic's zone."""
    start, end = axis.start, axis.end
    span_min = (end - start).total_seconds() / 60
    for step in (10, 15, 30, 60, 120, 240):
        if span_min / step <= 10:
            break
    local = axis.times.local(start)
    first = local.replace(minute=0, second=0, microsecond=0)
    ticks = []
    when = first
    while when <= axis.times.local(end):
        if when >= local:
            ticks.append(when)
        when += timedelta(minutes=step)
    return ticks


def marker(painter: QPainter, kind: str, at: QPointF, size: float, colour: QColor, *, filled: bool = True) -> None:
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


def text_words(painter: QPainter, at: QPointF, words: str, colour: QColor = INK) -> None:
    """Words with their baseline at `at`, on a white halo so that lines beneath do not cross them out."""
    metrics = QFontMetricsF(painter.font())
    box = QRectF(at.x() - 1, at.y() - metrics.ascent(), metrics.horizontalAdvance(words) + 2, metrics.height())
    painter.fillRect(box, QColor(255, 255, 255, 210))
    painter.setPen(QPen(colour))
    painter.drawText(at, words)


def label(
    painter: QPainter, at: QPointF, words: str, *, above: bool = True, bold: bool = False, px: float = 8.5
) -> None:
    font = chart_font(px, bold=bold)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(words)
    y = at.y() - 4 if above else at.y() + metrics.ascent() + 4
    text_words(painter, QPointF(at.x() - width / 2, y), words)


def panel_frame(
    painter: QPainter, rect: QRectF, scale: Scale, axis: Axis, title: str, step: float, unit_format: str
) -> None:
    painter.setPen(QPen(GRID, 0.6))
    value = scale.low
    painter.setFont(chart_font(8))
    while value <= scale.high + 1e-9:
        y = scale.y(value)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(INK))
        label = unit_format.format(value)
        width = QFontMetricsF(painter.font()).horizontalAdvance(label)
        painter.drawText(QPointF(rect.left() - width - 4, y + 3), label)
        value += step
    for tick in time_ticks(axis):
        x = axis.x(tick)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    painter.setPen(QPen(INK, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.setFont(chart_font(8.5, bold=True))
    painter.drawText(QPointF(rect.left(), rect.top() - 4), title)


def threshold(painter: QPainter, rect: QRectF, y: float, words: str) -> None:
    pen = QPen(INK, 0.8, Qt.PenStyle.DotLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    painter.setFont(chart_font(7.5))
    width = QFontMetricsF(painter.font()).horizontalAdvance(words)
    painter.drawText(QPointF(rect.right() - width - 3, y - 2), words)


def polyline(painter: QPainter, points: Sequence[QPointF], pen: QPen) -> None:
    if len(points) < 2:
        return
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def threshold_glyph(painter: QPainter, at: QPointF) -> None:
    painter.setPen(QPen(INK, 0.8, Qt.PenStyle.DotLine))
    painter.drawLine(QPointF(at.x() - 7, at.y()), QPointF(at.x() + 7, at.y()))


def reaction_glyph(painter: QPainter, at: QPointF) -> None:
    painter.setPen(QPen(REACTION_COLOUR, 1.2, Qt.PenStyle.DashDotLine))
    painter.drawLine(QPointF(at.x(), at.y() - 6), QPointF(at.x(), at.y() + 5))


def rate_glyph(painter: QPainter, at: QPointF) -> None:
    painter.setPen(QPen(INK, 1.0))
    painter.setBrush(QBrush(RATE_FILL))
    painter.drawRect(QRectF(at.x() - 6, at.y() - 4, 12, 8))
