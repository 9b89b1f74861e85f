"""Every keyboard shortcut of the window, in one table: the menus (ui/menus.py) set them on their actions, the
buttons show them in their tooltips ("Step up (Ctrl+Shift+R)"), and Help > Keyboard shortcuts lists them.

The keys are chosen not to collide with text editing: never a plain letter (a field may have the focus), and none
of the keys a text field uses on any platform (Ctrl+A, C, V, X, Z, Y, and on Linux desktops Ctrl+E end of line,
Ctrl+U delete the line, Ctrl+D delete, Ctrl+Shift+A deselect; Ctrl+Shift+U types a Unicode character with
IBus). Where the platform has a standard key (Print, Save, Quit, Help), that is used (`standard`). Each is a
window shortcut, so it works wherever the focus is in the window (not in a dialog, which has its own keys).

Ctrl+Tab and Ctrl+Shift+Tab move between the selected session's tabs (Qt's tab widgets use them, but only where
the focus is inside the tabs and the field passes the key on; as window shortcuts they work from the note box and
every field too). No text field of the app types a tab character (each moves the focus with Tab).

Ctrl+K (acknowledge) is kept from before: Qt's text fields use it (delete to the end of the line) only on Linux,
and the window's shortcut has precedence there, which is what a nurse silencing an alarm wants.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

CONTEXT = "shortcuts"


@dataclass(frozen=True)
class Shortcut:
    name: str  # the action's id (MainWindow.menu.actions[name])
    text: str  # what it does, as the menu and the shortcuts list say it (translated in CONTEXT)
    keys: tuple[str, ...] = ()  # portable key texts ("Ctrl+Shift+R")
    standard: str | None = None  # a QKeySequence.StandardKey name ("Print"): the platform's own key

    def sequences(self) -> list[QKeySequence]:
        """The key sequences, the platform's standard ones first."""
        found: list[QKeySequence] = []
        if self.standard is not None:
            found.extend(QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, self.standard)))
        found.extend(QKeySequence(k) for k in self.keys if QKeySequence(k) not in found)
        return found

    def key_text(self) -> str:
        """The first key as this platform writes it ("Ctrl+Shift+R"), or "" when there is none."""
        sequences = self.sequences()
        return key_string(sequences[0]) if sequences else ""

    def label(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)


def key_string(sequence: QKeySequence) -> str:
    """A key as this platform writes it (enums are read here, not on import: loading them takes tens of ms.)"""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _s(name: str, text: object, *keys: str, standard: str | None = None) -> Shortcut:
    return Shortcut(name, str(text), keys, standard)


# The table. QT_TRANSLATE_NOOP marks each text for the catalog (pyside6-lupdate); `label()` translates it.
SHORTCUTS: tuple[Shortcut, ...] = (
    # File
    _s("new_patient", QT_TRANSLATE_NOOP("shortcuts", "New patient…"), "Ctrl+Shift+P"),
    _s("new_session", QT_TRANSLATE_NOOP("shortcuts", "New session…"), standard="New"),
    _s("history", QT_TRANSLATE_NOOP("shortcuts", "Patients && history…"), "Ctrl+H"),
    _s("lots", QT_TRANSLATE_NOOP("shortcuts", "Lot look-up…"), "Ctrl+L"),
    _s("print", QT_TRANSLATE_NOOP("shortcuts", "Print the session record…"), standard="Print"),
    _s("save_pdf", QT_TRANSLATE_NOOP("shortcuts", "Save the session record as PDF…"), standard="Save"),
    _s("export", QT_TRANSLATE_NOOP("shortcuts", "Export…"), "Ctrl+Shift+E"),
    _s("backup", QT_TRANSLATE_NOOP("shortcuts", "Back up now")),
    _s("profiles", QT_TRANSLATE_NOOP("shortcuts", "Profiles…")),
    _s("restore", QT_TRANSLATE_NOOP("shortcuts", "Restore from backup…")),
    _s("switch_nurse", QT_TRANSLATE_NOOP("shortcuts", "Switch nurse")),
    _s("lock", QT_TRANSLATE_NOOP("shortcuts", "Lock the screen"), "Ctrl+Shift+L"),
    _s("quit", QT_TRANSLATE_NOOP("shortcuts", "Quit"), "Ctrl+Q", standard="Quit"),
    # Session
    _s("answer_first", QT_TRANSLATE_NOOP("shortcuts", "Checklist: Done / No risk"), "Ctrl+Shift+Y"),
    _s("answer_second", QT_TRANSLATE_NOOP("shortcuts", "Checklist: Not applicable / Risk present"), "Ctrl+Shift+N"),
    _s("start", QT_TRANSLATE_NOOP("shortcuts", "Start infusion…"), "Ctrl+Shift+I"),
    _s("step_up", QT_TRANSLATE_NOOP("shortcuts", "Step up…"), "Ctrl+Shift+R"),
    _s("hold", QT_TRANSLATE_NOOP("shortcuts", "Hold rate…"), "Ctrl+Shift+H"),
    _s("step_down", QT_TRANSLATE_NOOP("shortcuts", "Step down…"), "Ctrl+Shift+D"),
    _s("pause_resume", QT_TRANSLATE_NOOP("shortcuts", "Pause / Resume…"), "Ctrl+Shift+B"),
    _s("end", QT_TRANSLATE_NOOP("shortcuts", "End infusion…"), "Ctrl+Shift+F"),
    _s("record_vitals", QT_TRANSLATE_NOOP("shortcuts", "Record vitals"), "Ctrl+R"),
    _s("acknowledge", QT_TRANSLATE_NOOP("shortcuts", "Acknowledge all alerts"), "Ctrl+K"),
    _s("next_session", QT_TRANSLATE_NOOP("shortcuts", "Next session"), "Ctrl+PgDown"),
    _s("previous_session", QT_TRANSLATE_NOOP("shortcuts", "Previous session"), "Ctrl+PgUp"),
    _s("next_stage", QT_TRANSLATE_NOOP("shortcuts", "Next tab of the session"), "Ctrl+Tab"),
    _s("previous_stage", QT_TRANSLATE_NOOP("shortcuts", "Previous tab of the session"), "Ctrl+Shift+Tab"),
    _s(
        "select_chair",
        QT_TRANSLATE_NOOP("shortcuts", "Session 1 to 9 on the board"),
        *(f"Ctrl+{n}" for n in range(1, 10)),
    ),
    # View
    _s("full_screen", QT_TRANSLATE_NOOP("shortcuts", "Full screen"), "F11"),
    _s("menu_bar", QT_TRANSLATE_NOOP("shortcuts", "Open the menus"), "F10"),
    # Help
    _s("shortcuts", QT_TRANSLATE_NOOP("shortcuts", "Keyboard shortcuts"), "Ctrl+F1"),
    _s("user_guide", QT_TRANSLATE_NOOP("shortcuts", "User guide"), standard="HelpContents"),
    _s("about", QT_TRANSLATE_NOOP("shortcuts", "About IVIG Desktop")),
)

BY_NAME = {s.name: s for s in SHORTCUTS}


def shortcut(name: str) -> Shortcut:
    return BY_NAME[name]


def with_key(text: str, name: str) -> str:
    """`text` followed by the action's key: "Step up (Ctrl+Shift+R)"."""
    key = shortcut(name).key_text()
    return f"{text} ({key})" if key else text


def show_key_in_tooltip(widget: QWidget, name: str) -> None:
    """Put the action's key in the widget's tooltip (its tooltip, else its text without '&' and '…')."""
    text = widget.toolTip() or widget.property("text") or ""
    text = str(text).replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    widget.setToolTip(with_key(text, name))
