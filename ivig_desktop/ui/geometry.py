"""The window's size and place, kept per workstation (in its settings file, never in the record) and restored at
the next start: on a screen that is there now (a laptop unplugged from its monitor brings the window back onto
its primary screen), and never larger than that screen's available area."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

GROUP = "window"
KEYS = ("x", "y", "width", "height")


def target_screen(rect: QRect, available: Sequence[QRect], primary: QRect) -> QRect:
    """The screen (its available area) under the centre of `rect`, else the primary one."""
    return next((area for area in available if area.contains(rect.center())), primary)


def fit_on_screens(rect: QRect, available: Sequence[QRect], primary: QRect) -> QRect:
    """`rect` moved and shrunk as little as needed to lie whole on one screen: the one under its centre, else
    the primary screen. `available`: each screen's available area (without panels and docks)."""
    screen = target_screen(rect, available, primary)
    width = min(rect.width(), screen.width())
    height = min(rect.height(), screen.height())
    x = min(max(rect.x(), screen.left()), screen.left() + screen.width() - width)
    y = min(max(rect.y(), screen.top()), screen.top() + screen.height() - height)
    return QRect(x, y, width, height)


def saved_rect(settings: QSettings) -> QRect | None:
    """The geometry saved last, or None (none saved, or unreadable)."""
    values = []
    for key in KEYS:
        value = settings.value(f"{GROUP}/{key}")
        try:
            values.append(int(str(value)))
        except ValueError:
            return None
    x, y, width, height = values
    return QRect(x, y, width, height) if width > 0 and height > 0 else None


def restore_geometry(window: QMainWindow, settings: QSettings) -> bool:
    """Put the window where it was (fitted on today's screens), maximised if it was. False when nothing was saved."""
    rect = saved_rect(settings)
    app = QGuiApplication.instance()
    if rect is None or not isinstance(app, QGuiApplication) or app.primaryScreen() is None:
        return False
    available = [screen.availableGeometry() for screen in app.screens()]
    primary = app.primaryScreen().availableGeometry()
    # A screen smaller than the window's usual minimum (960 x 600) still gets a window that fits on it.
    window.setMinimumSize(window.minimumSize().boundedTo(target_screen(rect, available, primary).size()))
    window.setGeometry(fit_on_screens(rect, available, primary))
    if str(settings.value(f"{GROUP}/maximized", "false")).lower() == "true":
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


def save_geometry(window: QMainWindow, settings: QSettings) -> None:
    """Keep the window's normal geometry (the one it returns to from maximised or full screen) and whether it is
    maximised."""
    rect = window.normalGeometry() if window.isMaximized() or window.isFullScreen() else window.geometry()
    for key, value in zip(KEYS, (rect.x(), rect.y(), rect.width(), rect.height()), strict=True):
        settings.setValue(f"{GROUP}/{key}", value)
    settings.setValue(f"{GROUP}/maximized", window.isMaximized())
    settings.sync()
