"""Fonts and alert styling that follow the system theme and font size.

Sizes are multiples of the application's base font, so a nurse's larger system font scales everything.
Colour never carries meaning alone: every warning also has a symbol and words.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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


def urgency_style(level: int) -> str:
    """Text colour for urgency 0 (normal) to 3 (escalated), readable in light and dark themes."""
    if level <= 0:
        return ""
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    colours = {1: ("#8a5a00", "#ffd54f"), 2: ("#b00020", "#ff8a80"), 3: ("#b00020", "#ff8a80")}
    light_colour, dark_colour = colours[min(level, 3)]
    return f"color: {dark_colour if dark else light_colour};"
