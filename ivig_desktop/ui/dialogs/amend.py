"""Corrections: a note's text or a vitals set's values, with a reason; or an entry marked entered in error.

The original stays in the record, struck through, with each amendment beneath it (who, when, why). Reactions
and their outcomes are corrected in their own dialogs (`widgets/reaction_dialog/`); `open_correction` picks
the right dialog for an entry. Every dialog here is opened with `open()`, never `exec()`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import Event, EventType
from ivig_desktop.domain.vitals import Vitals
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import words
from ivig_desktop.ui.session.describe import describe
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import Form, attempt
from ivig_desktop.ui.widgets.reaction_dialog import ReactionDialog, ReactionOutcomeDialog
from ivig_desktop.ui.widgets.vitals_form import (
    add_vitals_fields,
    temperature_label,
    temperature_unit,
    vitals_input,
    workstation_settings,
)


class _AmendDialog(QDialog):
    """Shows the entry as it now stands; subclasses add the corrected values. `saved` carries the amendment."""

    saved = Signal(object)

    def __init__(self, controller: SessionController, event_id: int, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.event_id = event_id
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)
        entry = controller.session.entry(event_id)
        heading = QLabel(
            self.tr("{0} at {1}, as recorded now:").format(
                words(entry.event.type.label), fmt.time_hm(entry.event.occurred_at)
            ),
            self,
        )
        set_font(heading, 1.0, bold=True)
        self.current = QLabel(describe(entry.event.type, entry.current_payload, controller.session), self)
        self.current.setWordWrap(True)
        self.current.setAccessibleDescription(self.tr("Entry as recorded now"))
        self.form_layout = QFormLayout()
        self.form = Form(self.form_layout, self)
        self.reason = QLineEdit(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason.returnPressed.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.current)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)

    def _button(self, text: str) -> None:
        self.save_button.setText(text)
        self.save_button.setAccessibleName(text)

    def amend(self) -> Event:
        raise NotImplementedError

    def save(self) -> None:
        # A refusal that names no field ("the correction is the same as what is recorded") goes under the form.
        stored: list[Event] = []
        if attempt(self.form, lambda: stored.append(self.amend())):
            self.saved.emit(stored[0])
            self.accept()


class CorrectNoteDialog(_AmendDialog):
    def __init__(self, controller: SessionController, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(controller, event_id, self.tr("Correct a note"), parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(str(controller.session.entry(event_id).current_payload.get("text", "")))
        self.form.add("text", self.tr("Corrected &text"), self.text)
        self.form.add("reason", self.tr("&Reason for correction"), self.reason)
        self._button(self.tr("Save correction"))
        self.text.setFocus()

    def amend(self) -> Event:
        return self.controller.amend_note(self.event_id, reason=self.reason.text(), new_text=self.text.toPlainText())


class CorrectVitalsDialog(_AmendDialog):
    """The vitals fields, filled with the values as recorded now, in the workstation's temperature unit."""

    def __init__(
        self,
        controller: SessionController,
        event_id: int,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, event_id, self.tr("Correct a vitals set"), parent)
        self.unit = temperature_unit(settings if settings is not None else workstation_settings())
        grid = QGridLayout()
        self.form_layout.addRow(grid)
        self.edits = add_vitals_fields(self.form, grid)
        row = self.form.rows["temperature"]
        row.label.setText(temperature_label(self, self.unit))
        row.editor.setAccessibleName(row.label.text().replace("&", ""))
        values = Vitals.from_payload(controller.session.entry(event_id).current_payload).as_input(self.unit)
        for name, edit in self.edits.items():
            edit.setText(str(getattr(values, name)))
            edit.returnPressed.connect(self.save)
        self.form.add("reason", self.tr("&Reason for correction"), self.reason)
        self._button(self.tr("Save correction"))
        self.edits["systolic_mmhg"].setFocus()

    def amend(self) -> Event:
        return self.controller.amend_vitals(
            self.event_id, reason=self.reason.text(), values=vitals_input(self.edits, self.unit)
        )


class StrikeDialog(_AmendDialog):
    """Mark an entry entered in error: it stays in the record, struck through, and leaves every derived view."""

    def __init__(self, controller: SessionController, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(controller, event_id, self.tr("Mark entered in error"), parent)
        note = QLabel(
            self.tr(
                "The entry stays in the record, struck through, with your name, the time and the reason. It no longer "
                "counts in the summary, the chart or the stage."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form_layout.addRow(note)
        self.form.add("reason", self.tr("&Reason"), self.reason, self.tr("For example: wrong patient, duplicate entry"))
        self._button(self.tr("Mark entered in error"))
        self.reason.setFocus()

    def amend(self) -> Event:
        return self.controller.strike(self.event_id, reason=self.reason.text())


def open_correction(
    controller: SessionController, event_id: int, parent: QWidget, settings: QSettings | None = None
) -> QDialog:
    """Open (with `open()`) the correction dialog for this entry's type, and return it."""
    entry = controller.session.entry(event_id)
    dialog: QDialog
    if entry.event.type is EventType.NOTE:
        dialog = CorrectNoteDialog(controller, event_id, parent)
    elif entry.event.type is EventType.VITALS_RECORDED:
        dialog = CorrectVitalsDialog(controller, event_id, settings, parent)
    elif entry.event.type is EventType.REACTION_RECORDED:
        dialog = ReactionDialog(controller, correcting=event_id, parent=parent)
    elif entry.event.type is EventType.REACTION_UPDATED:
        reaction_id = entry.current_payload.get("reaction_id")
        if not isinstance(reaction_id, int):
            raise DomainError("This outcome names no reaction.")
        dialog = ReactionOutcomeDialog(controller, reaction_id, correcting=event_id, parent=parent)
    else:
        raise DomainError(f"A {entry.event.type.label.lower()} cannot be corrected.")
    dialog.open()
    return dialog


def selected_event_id(table: QTableWidget) -> int | None:
    """The event id stored (UserRole) in the first cell of a table's current row."""
    row = table.currentRow()
    cell = table.item(row, 0) if row >= 0 else None
    return None if cell is None else int(cell.data(Qt.ItemDataRole.UserRole))


def open_strike(controller: SessionController, event_id: int, parent: QWidget) -> StrikeDialog:
    dialog = StrikeDialog(controller, event_id, parent)
    dialog.open()
    return dialog
