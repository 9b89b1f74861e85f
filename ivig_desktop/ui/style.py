"""Fonts and alert styling that follow the system theme and font size, and the quiet setters the 1-second tick uses.

Sizes are multiples of the application's base font, so a nurse's larger system font scales everything.
Colour never carries meaning alone: every warning also has a symbol and words.

The tick repaints only what changed: `set_text` leaves a label alone when its text is the same, and `set_urgency`
colours text through the widget's palette, only when the level changes. Nothing on a tick sets a style sheet (a
style sheet re-polishes the widget and everything under it, and invalidates its layout).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QWidget

URGENCY_PROPERTY = "urgency"

WARNING_SYMBOL = "⚠"
SILENCED = "Silenced:"  # an acknowledged alert: said in words (an emoji may be missing from the font)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
    font.setBold(bold)
    return font


def set_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    widget.setFont(scaled_font(widget, factor, bold=bold))


def error_style() -> str:
    """Text colour for error messages, readable on the current theme (light or dark)."""
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "color: #ff8a80;" if dark else "color: #b00020;"


def urgency_colour(level: int) -> QColor | None:
    """Text colour for urgency 1 (due) to 3 (escalated), readable in light and dark themes; None for normal text."""
    if level <= 0:
        return None
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    colours = {1: ("#8a5a00", "#ffd54f"), 2: ("#b00020", "#ff8a80"), 3: ("#b00020", "#ff8a80")}
    light_colour, dark_colour = colours[min(level, 3)]
    return QColor(dark_colour if dark else light_colour)


def set_urgency(widget: QWidget, level: int) -> None:
    """Colour `widget`'s text for urgency 0 (normal) to 3 (escalated) through its palette; nothing is done when the
    level is the one already shown (kept in the widget's `urgency` property)."""
    level = max(0, min(int(level), 3))
    if widget.property(URGENCY_PROPERTY) == level:
        return
    widget.setProperty(URGENCY_PROPERTY, level)
    colour = urgency_colour(level)
    if colour is None:
        widget.setPalette(QPalette())  # an empty palette: every role follows the parent (the theme) again
        return
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)


class HasText(Protocol):
    def text(self) -> str: ...

    def setText(self, text: str, /) -> None: ...


def set_text(widget: HasText, text: str) -> bool:
    """Show `text` unless it is already shown (no repaint, no layout request); True when it changed."""
    if widget.text() == text:
        return False
    widget.setText(text)
    return True


def wrapped_lines(metrics: QFontMetrics, text: str, width: int) -> int:
    """How many lines `text` takes when word-wrapped to `width` pixels (to decide what fits in a fixed area)."""
    rect = metrics.boundingRect(0, 0, max(width, 1), 10_000, int(Qt.TextFlag.TextWordWrap), text)
    return max(1, round(rect.height() / metrics.lineSpacing()))
