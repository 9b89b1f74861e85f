"""Fonts and alert styling that follow the system theme and font size.

Sizes are multiples of the application's base font, so a nurse's larger system font scales everything.
Colour never carries meaning alone: every warning also has a symbol and words.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

WARNING_SYMBOL = "⚠"


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
