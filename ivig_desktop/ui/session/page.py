"""The selected session: who, where, which stage, its timeline of events, and a note box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.events import Event, EventType
from ivig_desktop.domain.session import TimelineEntry
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.recovery import FormDraft
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import error_label, show_error
from ivig_desktop.ui.workstation import Workstation

TIMELINE_COLUMNS = ("Time", "Entry", "Details", "By")


class SubmitTextEdit(QPlainTextEdit):
    """A multi-line box where Ctrl+Enter submits (plain Enter starts a new line)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        submit_keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in submit_keys and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class SessionPage(QWidget):
    def __init__(self, workstation: Workstation, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.controller = controller
        self._nurse_names: dict[int, str] = {}

        # Who and where
        self.patient_label = QLabel(self)
        set_font(self.patient_label, 1.8, bold=True)
        self.patient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label = QLabel(self)
        set_font(self.location_label, 1.4, bold=True)
        self.stage_label = QLabel(self)
        set_font(self.stage_label, 1.4)
        self.stage_label.setAccessibleName(self.tr("Stage"))
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allergies_label = QLabel(self)
        self.allergies_label.setWordWrap(True)
        set_font(self.allergies_label, 1.1, bold=True)

        header = QGridLayout()
        header.addWidget(self.patient_label, 0, 0)
        header.addWidget(self.location_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.details_label, 1, 0)
        header.addWidget(self.stage_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.allergies_label, 2, 0, 1, 2)
        header.setColumnStretch(0, 1)

        # Timeline
        timeline_heading = QLabel(self.tr("Timeline"), self)
        set_font(timeline_heading, 1.15, bold=True)
        self.timeline = QTreeWidget(self)
        self.timeline.setAccessibleName(self.tr("Session timeline"))
        self.timeline.setHeaderLabels([self.tr(c) for c in TIMELINE_COLUMNS])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setIndentation(24)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        head = self.timeline.header()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(False)

        # Note
        note_label = QLabel(self.tr("&Note"), self)
        self.note_edit = SubmitTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setPlaceholderText(self.tr("Type a note for the record; Ctrl+Enter adds it."))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        note_label.setBuddy(self.note_edit)
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.add_note_button.setAccessibleName(self.tr("Add note"))
        self.add_note_button.setToolTip(self.tr("Add the note to the record (Ctrl+Enter)"))
        self.add_note_button.clicked.connect(self.add_note)
        self.note_edit.submitted.connect(self.add_note)
        self.note_error = error_label(self)
        self.note_saved = QLabel(self)
        self.note_saved.setAccessibleName(self.tr("Save status"))
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(8)
        layout.addWidget(timeline_heading)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(note_label)
        layout.addLayout(note_row)
        layout.addWidget(self.note_error)
        layout.addWidget(self.note_saved)

        controller.changed.connect(self.refresh)
        self.refresh()

        # A note that could not be saved is kept in a recovery file until it is (ui/recovery.py).
        # The key names the session by id and opening time: ids can be reused after a restore from backup.
        opened = controller.session.header.opened_at.strftime("%Y%m%d%H%M%S%f")
        self.note_draft = FormDraft(workstation.drafts, f"session-{controller.session_id}-{opened}-note")
        self._restore_note_draft()
        self.note_edit.textChanged.connect(lambda: self.note_draft.update({"text": self.note_edit.toPlainText()}))

    def refresh(self) -> None:
        session = self.controller.session
        patient = self.controller.patient
        today = fmt.local(self.controller.clock.now()).date()
        self.patient_label.setText(patient.display_name)
        self.location_label.setText(session.header.location)
        self.stage_label.setText(self.tr("Stage: {0}").format(session.stage.label))
        mrn = patient.mrn or self.tr("none recorded")
        self.details_label.setText(
            self.tr("Born {0} ({1} y) · MRN {2} · Sex {3} · Weight {4} · Height {5}").format(
                fmt.long_date(patient.date_of_birth),
                patient.age_years(today),
                mrn,
                patient.sex.value,
                fmt.quantity(patient.weight_kg, "kg"),
                fmt.quantity(patient.height_cm, "cm"),
            )
        )
        self.allergies_label.setText(self.tr("Allergies: {0}").format(patient.allergies))
        self._render_timeline()

    def _render_timeline(self) -> None:
        session = self.controller.session
        self.timeline.clear()
        header = session.header
        opened = QTreeWidgetItem(
            [
                fmt.time_hm(header.opened_at),
                self.tr("Session opened"),
                self.tr("at {0}").format(header.location),
                self._nurse_name(header.opened_by),
            ]
        )
        self.timeline.addTopLevelItem(opened)
        for entry in session.entries:
            item = self._entry_item(entry)
            self.timeline.addTopLevelItem(item)
            item.setExpanded(True)  # amendments are always in view under the entry they correct
        self.timeline.scrollToBottom()

    def _entry_item(self, entry: TimelineEntry) -> QTreeWidgetItem:
        event = entry.event
        kind = event.type.label
        if entry.entered_in_error:
            kind = self.tr("{0} (entered in error)").format(kind)
        elif entry.is_amended:
            kind = self.tr("{0} (amended)").format(kind)
        item = QTreeWidgetItem(
            [self._time_text(event), kind, self._details(event, entry), self._nurse_name(event.nurse_id)]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, event.id)
        if entry.is_amended:
            struck = QFont(self.timeline.font())
            struck.setStrikeOut(True)
            item.setFont(2, struck)
            for amendment in entry.amendments:
                reason = str(amendment.payload.get("reason", ""))
                if amendment.payload.get("entered_in_error"):
                    what = self.tr("Marked entered in error. Reason: {0}").format(reason)
                else:
                    replacement = amendment.payload.get("replacement")
                    text = replacement.get("text", "") if isinstance(replacement, dict) else ""
                    what = self.tr("Corrected to: {0} Reason: {1}").format(text, reason)
                child = QTreeWidgetItem(
                    [self._time_text(amendment), amendment.type.label, what, self._nurse_name(amendment.nurse_id)]
                )
                item.addChild(child)
        return item

    def _details(self, event: Event, entry: TimelineEntry) -> str:
        if event.type is EventType.NOTE:
            return str(event.payload.get("text", ""))
        return ", ".join(f"{k}: {v}" for k, v in entry.current_payload.items())

    def _time_text(self, event: Event) -> str:
        text = fmt.time_hm(event.occurred_at)
        if event.is_late_entry:
            text += self.tr(" (late entry, written {0})").format(fmt.time_hm(event.recorded_at))
        return text

    def _nurse_name(self, nurse_id: int) -> str:
        if nurse_id not in self._nurse_names:
            self._nurse_names[nurse_id] = self._workstation.nurse_by_id(nurse_id).display_name
        return self._nurse_names[nurse_id]

    def add_note(self) -> None:
        """Save the note; only once it is committed is the box cleared and the note shown as saved."""
        text = self.note_edit.toPlainText()
        try:
            event = self.controller.add_note(text)
        except ValidationError as error:
            show_error(self.note_error, " ".join(error.errors.values()))
            self.note_saved.clear()
            self.note_edit.setFocus()
            return
        except StoreError as error:
            problem = self.note_draft.keep({"text": text})
            if problem is None:
                kept = self.tr("Your note is kept here and in a recovery file until it is saved.")
            else:
                kept = self.tr(
                    "Your note is kept here, but the recovery file could not be written ({0}): "
                    "do not close the app until the note is saved."
                ).format(problem)
            show_error(self.note_error, f"{error} {kept}")
            self.note_saved.clear()
            return
        self.note_draft.saved()
        show_error(self.note_error, None)
        self.note_edit.clear()
        self.note_saved.setText(self.tr("✓ Note saved at {0}").format(fmt.time_hm(event.recorded_at)))

    def _restore_note_draft(self) -> None:
        draft = self.note_draft.restore()
        text = (draft or {}).get("text", "")
        if text.strip() and not self.note_edit.toPlainText():
            self.note_edit.setPlainText(text)
            self.note_saved.setText(
                self.tr("A note that could not be saved earlier is back in the box: press Add note to save it.")
            )
