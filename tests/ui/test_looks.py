"""Looks that work for every nurse (issue 12 item 15): the app's colours come from the palette and contrast at
least 4.5:1 with their background in light, dark and high-contrast palettes, and follow the system palette when
it changes; and every page and dialog fits a 1280x800 or 1366x768 laptop screen without sideways scrolling, at
the default font size and at a 1.25x one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.style import URGENCY_PROPERTY, contrast, urgency_colour
from ivig_desktop.ui.widgets.form import show_error
from ivig_desktop.ui.widgets.live_text import LiveText

from .conftest import MakeWindow
from .helpers import PASSWORD, minutes
from .screens_walk import dialogs, pages
from .screens_walk import infusing as infusing_page

Role = QPalette.ColorRole


def palette_of(window: str, text: str, base: str, button: str = "") -> QPalette:
    palette = QPalette()
    for role, colour in (
        (Role.Window, window),
        (Role.WindowText, text),
        (Role.Base, base),
        (Role.AlternateBase, base),
        (Role.Text, text),
        (Role.Button, button or window),
        (Role.ButtonText, text),
        (Role.ToolTipBase, base),
        (Role.ToolTipText, text),
        (Role.PlaceholderText, text),
    ):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {
    "dark": palette_of("#2d2d2d", "#e8e8e8", "#1f1f1f", "#3a3a3a"),
    "high contrast dark": palette_of("#000000", "#ffffff", "#000000"),
    "high contrast light": palette_of("#ffffff", "#000000", "#ffffff"),
    "grey": palette_of("#7f7f7f", "#000000", "#9a9a9a"),  # a mid-grey theme: neither warning colour fits
}


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    """Put back the application's palette and font after the test."""
    palette, font = QApplication.palette(), QApplication.font()
    yield
    QApplication.setPalette(palette)
    QApplication.setFont(font)


def background_of(widget: QWidget) -> QColor:
    """The colour behind `widget`'s text: its own filled background, else the nearest filled ancestor's, else its
    window's."""
    current: QWidget | None = widget
    while current is not None:
        if current.autoFillBackground() or current.isWindow():
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(Role.Window)


def low_contrast(root: QWidget) -> tuple[list[str], int]:
    """Shown texts whose colour contrasts less than 4.5:1 with what is behind them; and how many coloured texts
    (an alert, an error, a banner) were checked."""
    problems, coloured = [], 0
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, (QLabel, LiveText)) or not widget.text():
            continue
        if "color" in widget.styleSheet() or "background" in widget.styleSheet():
            problems.append(f"{widget.text()[:40]!r} is coloured by a style sheet, not the palette")
        foreground = widget.palette().color(widget.foregroundRole())
        ratio = contrast(foreground, background_of(widget))
        level = widget.property(URGENCY_PROPERTY)
        coloured += bool(level) or widget.autoFillBackground()
        if ratio < 4.5:
            problems.append(
                f"{widget.text()[:40]!r}: {foreground.name()} on {background_of(widget).name()} {ratio:.1f}"
            )
    return problems, coloured


@pytest.mark.parametrize("name", ["system", *PALETTES])
def test_every_text_contrasts_enough_in_every_palette(
    qtbot: QtBot, app_palette: None, make_window: MakeWindow, clock: FakeClock, name: str
) -> None:
    if name != "system":
        QApplication.setPalette(PALETTES[name])
    window = make_window()
    window.simulation_banner.show()
    problems: list[str] = []
    coloured = 0
    for page, root in pages(window, clock):
        if page == "tab Infusion":
            clock.advance(minutes(12))  # the vitals after the first step fall due, then overdue: coloured
            window.tick()
        if page == "tab Check-in" and window.session_page is not None:
            window.session_page.checkin_tab.calculate()  # no weight typed: the form's error colour shows
        found, count = low_contrast(root)
        problems += [f"{page}: {p}" for p in found]
        coloured += count
    assert coloured >= 3, "no coloured text was checked"
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_warning_colours_contrast_in_every_palette(app_palette: None, name: str) -> None:
    palette = PALETTES[name]
    for level in (1, 2, 3):
        colour = urgency_colour(level, palette)
        assert colour is not None
        for role in (Role.Window, Role.Base):
            assert contrast(colour, palette.color(role)) >= 4.5, (level, role)


def test_a_new_system_palette_colours_the_app_again(
    qtbot: QtBot, app_palette: None, window: MainWindow, clock: FakeClock
) -> None:
    label = QLabel("⚠ A message", window.sign_in_page)
    show_error(label, "A message")
    label.show()
    light = QPalette(PALETTES["high contrast light"])
    QApplication.setPalette(light)
    QApplication.processEvents()
    on_light = label.palette().color(Role.WindowText)
    QApplication.setPalette(PALETTES["dark"])
    QApplication.processEvents()
    on_dark = label.palette().color(Role.WindowText)
    assert on_light != on_dark
    assert contrast(on_dark, PALETTES["dark"].color(Role.Window)) >= 4.5
    assert contrast(on_light, light.color(Role.Window)) >= 4.5


def sideways(root: QWidget) -> list[str]:
    """Scroll areas that scroll sideways (their content wider than they are), and buttons cut off."""
    found = []
    for area in root.findChildren(QScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            found.append(
                f"{type(area.widget()).__name__} in {type(area.parentWidget()).__name__} scrolls {bar.maximum()} px"
            )
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() + 1 < button.minimumSizeHint().width():
            found.append(f"button {button.text()!r} cut")
    return found


SCREENS = [(1280, 800), (1366, 768)]


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", SCREENS)
def test_every_page_and_dialog_fits_a_laptop_screen(
    qtbot: QtBot, app_palette: None, make_window: MakeWindow, clock: FakeClock, size: tuple[int, int], scale: float
) -> None:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    QApplication.setFont(font)
    width, height = size
    window = make_window()
    window.resize(width, height)
    problems: list[str] = []
    for name, root in pages(window, clock):
        QApplication.processEvents()
        if window.width() > width or window.minimumSizeHint().width() > width:
            problems.append(f"{name}: the window needs {window.minimumSizeHint().width()} px")
        problems += [f"{name}: {p}" for p in sideways(root)]
    window.workstation.unlock(PASSWORD)
    problems += fits_dialogs(window, clock, width, height)
    assert not problems, "\n".join(dict.fromkeys(problems))


def fits_dialogs(window: MainWindow, clock: FakeClock, width: int, height: int) -> list[str]:
    problems = []
    for name, dialog in dialogs(window, clock):
        hint = dialog.sizeHint()
        dialog.resize(min(hint.width(), width), min(hint.height(), height - 40))
        QApplication.processEvents()
        if dialog.minimumSizeHint().width() > width:
            problems.append(f"{name}: needs {dialog.minimumSizeHint().width()} px")
        problems += [f"{name}: {p}" for p in sideways(dialog)]
    return problems


def test_the_checks_would_find_a_sideways_scroll_and_a_low_contrast(window: MainWindow) -> None:
    area = QScrollArea(window.sign_in_page)
    wide = QWidget()
    wide.setMinimumWidth(3000)
    area.setWidget(wide)
    area.resize(300, 200)
    area.show()
    label = QLabel("pale words", window.sign_in_page)
    palette = label.palette()
    palette.setColor(Role.WindowText, palette.color(Role.Window).darker(110))
    label.setPalette(palette)
    label.show()
    QApplication.processEvents()
    assert any("scrolls" in p for p in sideways(window.sign_in_page))
    assert any("pale words" in p for p in low_contrast(window.sign_in_page)[0])


def test_big_text_follows_the_system_font_and_is_shown_whole(
    qtbot: QtBot, app_palette: None, make_window: MakeWindow, clock: FakeClock
) -> None:
    base = QApplication.font().pointSizeF()
    font = QFont(QApplication.font())
    font.setPointSizeF(base * 1.25)
    QApplication.setFont(font)
    window = make_window()
    page = infusing_page(window, clock)
    card = page.infusion_tab.next_card
    assert card.value.font().pointSizeF() == pytest.approx(base * 1.25 * 4)  # four times the system font
    card.value.setText("overdue by 11 min")
    card.value.resize(200, card.value.height())
    fitted = card.value.fitted_font()
    assert fitted.pointSizeF() < card.value.font().pointSizeF()
    assert QFontMetrics(fitted).horizontalAdvance("overdue by 11 min") <= 200
