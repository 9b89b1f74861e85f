"""Fonts and alert styling that follow the system theme and font size, and the quiet setters the 1-second tick uses.

Sizes are multiples of the application's base font, so a nurse's larger system font scales everything.
Colour never carries meaning alone: every warning also has a symbol and words. Colours are set through widgets'
palettes (never style sheets), chosen for the current palette's background with a contrast of at least 4.5:1
(WCAG AA), else the palette's own text colour (a high-contrast theme keeps its own); when the system palette
changes (light, dark, high contrast), `PaletteFollower` colours them again.

The tick repaints only what changed: `set_text` leaves a label alone when its text is the same, and `set_urgency`
colours text through the widget's palette, only when the level changes. Nothing on a tick sets a style sheet (a
style sheet re-polishes the widget and everything under it, and invalidates its layout).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
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


MIN_CONTRAST = 4.5  # WCAG AA for normal text
ERROR = 2  # error messages are coloured as an overdue alert
# (on a light background, on a dark one) for urgency 1 (due), 2 (overdue), 3 (escalated)
URGENCY_COLOURS = {1: ("#7a4f00", "#ffd54f"), 2: ("#b00020", "#ff8a80"), 3: ("#b00020", "#ff8a80")}
BANNER_COLOURS = ("#b00020", "#ffffff")  # the SIMULATION banner: background, text (7.0:1 in every theme)


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def urgency_colour(level: int, palette: QPalette | None = None) -> QColor | None:
    """Text colour for urgency 1 (due) to 3 (escalated) on `palette` (None: the application's): the warning colour
    for a light or a dark background when it contrasts 4.5:1 with both the window and the base (fields, lists),
    else the palette's own text colour (a high-contrast theme); None for normal text."""
    if level <= 0:
        return None
    palette = palette or QApplication.palette()
    light_colour, dark_colour = URGENCY_COLOURS[min(level, 3)]
    colour = QColor(dark_colour if is_dark(palette) else light_colour)
    backgrounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    if all(contrast(colour, background) >= MIN_CONTRAST for background in backgrounds):
        return colour
    return palette.color(QPalette.ColorRole.WindowText)


def set_error_colour(widget: QWidget, shown: bool = True) -> None:
    """Colour an error message (or, `shown` False, stop colouring it), through the palette like an alert."""
    set_urgency(widget, ERROR if shown else 0)


SECONDARY_PROPERTY = "secondary"


def secondary_colour(palette: QPalette | None = None) -> QColor:
    """A quieter text colour for hints (the text colour moved towards the background), still 4.5:1."""
    palette = palette or QApplication.palette()
    text, background = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    for weight in (0.6, 0.7, 0.8, 0.9):
        mixed = QColor.fromRgbF(
            text.redF() * weight + background.redF() * (1 - weight),
            text.greenF() * weight + background.greenF() * (1 - weight),
            text.blueF() * weight + background.blueF() * (1 - weight),
        )
        if contrast(mixed, background) >= MIN_CONTRAST:
            return mixed
    return text


def set_secondary(widget: QWidget) -> None:
    """Draw `widget`'s text in the quieter hint colour (not disabled: a disabled text is unreadable, 1.6:1)."""
    widget.setProperty(SECONDARY_PROPERTY, True)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, secondary_colour())
    widget.setPalette(palette)


def set_banner_colours(widget: QWidget) -> None:
    """White on deep red, the same in every theme (the SIMULATION banner): a fixed pair of 7:1."""
    background, text = (QColor(c) for c in BANNER_COLOURS)
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, background)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


def set_urgency(widget: QWidget, level: int, *, again: bool = False) -> None:
    """Colour `widget`'s text for urgency 0 (normal) to 3 (escalated) through its palette; nothing is done when the
    level is the one already shown (kept in the widget's `urgency` property) unless `again` (a new theme)."""
    level = max(0, min(int(level), 3))
    if widget.property(URGENCY_PROPERTY) == level and not again:
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


def restyle(root: QWidget) -> None:
    """Colour again, for the palette now in force, every coloured text under `root` (and `root`)."""
    for widget in [root, *root.findChildren(QWidget)]:
        level = widget.property(URGENCY_PROPERTY)
        if isinstance(level, int) and level > 0:
            set_urgency(widget, level, again=True)
        elif widget.property(SECONDARY_PROPERTY):
            set_secondary(widget)


class PaletteFollower(QObject):
    """Installed on the application: when the system palette changes (light to dark, a high-contrast theme), the
    app's own colours are chosen again for it, in every window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.ApplicationPaletteChange and watched is QApplication.instance():
            for window in QApplication.topLevelWidgets():
                restyle(window)
        return False
