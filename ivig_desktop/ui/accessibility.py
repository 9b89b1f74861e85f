"""What a screen reader is told (AT-SPI on Linux reads Qt's QAccessible tree).

The rule (DESIGN rule 8, issue 12 item 15): a label that carries information is read as what it shows (its
accessible name is its text, which Qt gives it when no fixed name is set); context goes in the description.
A button's name is its text. An alert is announced: the alert text has the alert role and, when a new alert
arrives, sends an Alert event and an assertive announcement. Figures that change every second (the countdown)
are named at a pace a person can follow (`set_spoken_name`: only when the words change).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QToolBar, QWidget

_installed = False


class AlertLabel(QLabel):
    """A label whose role is Alert (AT-SPI 'alert'): what it shows is its accessible name, kept in step with it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install()
        self.setText(text)

    def setText(self, text: str, /) -> None:
        super().setText(text)
        if self.accessibleName() != text:
            self.setAccessibleName(text)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    del key
    if isinstance(obj, AlertLabel):
        return QAccessibleWidget(obj, QAccessible.Role.AlertMessage)
    return None


def install() -> None:
    """Give `AlertLabel`s the alert role (once per process, before the first one is read)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def send(event: QAccessibleEvent) -> None:
    """The one way the app's own accessibility events leave (Qt passes them to AT-SPI when a reader listens)."""
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget, text: str) -> None:
    """Say `text` now, interrupting (a new alert): an Alert event on `widget` and an assertive announcement."""
    send(QAccessibleEvent(widget, QAccessible.Event.Alert))
    announcement = QAccessibleAnnouncementEvent(widget, text)
    announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    send(announcement)


def set_spoken_name(widget: QWidget, name: str) -> bool:
    """Name `widget` `name` unless it already is (Qt sends NameChanged on every new name); True when it changed."""
    if widget.accessibleName() == name:
        return False
    widget.setAccessibleName(name)
    return True


def set_description(widget: QWidget, description: str) -> None:
    if widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


def name_of(widget: QWidget) -> str:
    """The name a screen reader reads for `widget` (its fixed name, else what Qt derives: a label's text...)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else widget.accessibleName()


def reachable_by_tab(toolbar: QToolBar) -> None:
    """Let Tab reach every button of `toolbar` (Qt gives toolbar buttons no focus: Switch nurse and Restore could
    only be clicked). Each is read as its action's words."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator() and action.text():
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
