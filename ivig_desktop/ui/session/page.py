"""The selected session: who, where, which stage, its timeline of events, and a note box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.due import DueSnapshot
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.session import Stage
from ivig_desktop.store import sessions
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.alerts import AlertCenter
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialog_focus import can_take_focus, first_focusable, sensible_focus
from ivig_desktop.ui.dialogs.amend import open_correction, open_strike
from ivig_desktop.ui.dialogs.audit import AuditDialog
from ivig_desktop.ui.i18n import error_text, words
from ivig_desktop.ui.recovery import FormDraft
from ivig_desktop.ui.session.after_tab import AfterTab
from ivig_desktop.ui.session.alert_area import SessionAlertArea
from ivig_desktop.ui.session.checkin_tab import CheckInTab
from ivig_desktop.ui.session.checks_tab import ChecksTab
from ivig_desktop.ui.session.holding_bar import HoldingBar
from ivig_desktop.ui.session.infusion_tab import InfusionTab
from ivig_desktop.ui.session.premed_tab import PremedTab
from ivig_desktop.ui.session.timeline import TimelineView
from ivig_desktop.ui.session.vitals_tab import VitalsTab
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font
from ivig_desktop.ui.widgets.form import altered_banner, error_label, show_altered, show_error
from ivig_desktop.ui.widgets.submit_text import SubmitTextEdit
from ivig_desktop.ui.workstation import Workstation


class SessionPage(QWidget):
    def __init__(
        self,
        workstation: Workstation,
        controller: SessionController,
        parent: QWidget | None = None,
        *,
        alerts: AlertCenter | None = None,
    ) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.controller = controller
        self._shown_stage: Stage | None = None
        self._last_tick: tuple[datetime, DueSnapshot] | None = None
        self._nurse_names: dict[int, str] = {}
        self.amend_dialog: QDialog | None = None
        self.audit_dialog: QDialog | None = None

        # Who and where
        self.patient_label = QLabel(self)
        set_font(self.patient_label, 1.8, bold=True)
        self.patient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label = QLabel(self)
        set_font(self.location_label, 1.4, bold=True)
        self.stage_label = QLabel(self)
        set_font(self.stage_label, 1.4)
        self.stage_label.setAccessibleDescription(self.tr("Stage"))
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allergies_label = QLabel(self)
        self.allergies_label.setWordWrap(True)
        set_font(self.allergies_label, 1.1, bold=True)
        self.order_label = QLabel(self)  # OFF-LABEL and the day of a course
        self.order_label.setWordWrap(True)
        set_font(self.order_label, 1.2, bold=True)
        self.order_label.setAccessibleDescription(self.tr("Off-label order and course day"))

        header = QGridLayout()
        header.addWidget(self.patient_label, 0, 0)
        header.addWidget(self.location_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.details_label, 1, 0)
        header.addWidget(self.stage_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.allergies_label, 2, 0)
        self.correct_details_button = QPushButton(self.tr("Correct &details…"), self)
        self.correct_details_button.setAccessibleDescription(self.tr("Correct the patient's details"))
        self.correct_details_button.setToolTip(
            self.tr("Correct a wrong name, date of birth, MRN, sex, height or allergies")
        )
        self.correct_details_button.clicked.connect(self.open_correct_details)
        self.details_dialog: QDialog | None = None
        header.addWidget(self.correct_details_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.order_label, 3, 0, 1, 2)
        header.setColumnStretch(0, 1)

        # This session's alerts, in an area kept the same size whatever it shows (ui/session/alert_area.py).
        self.alert_banner = SessionAlertArea(alerts, controller.session_id, self)
        self.alert_text = self.alert_banner.text
        self.acknowledge_button = self.alert_banner.acknowledge_button

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Session stages"))
        self.checkin_tab = CheckInTab(workstation, controller, self.tabs)
        self.tabs.addTab(self.checkin_tab, self.tr("Check-&in"))
        self.checks_tab = ChecksTab(controller, self.tabs)
        self.tabs.addTab(self.checks_tab, self.tr("&Checks && vials"))
        self.checks_tab.review_plan_requested.connect(lambda: self.tabs.setCurrentWidget(self.checkin_tab))
        self.premed_tab = PremedTab(controller, self.tabs)
        self.tabs.addTab(self.premed_tab, self.tr("&Premedication"))
        self.infusion_tab = InfusionTab(controller, self.tabs)
        self.tabs.addTab(self.infusion_tab, self.tr("In&fusion"))
        self.vitals_tab = VitalsTab(controller, parent=self.tabs)
        self.tabs.addTab(self.vitals_tab, self.tr("&Vitals && reactions"))
        self.after_tab = AfterTab(workstation, controller, self.tabs)
        self.tabs.addTab(self.after_tab, self.tr("&After && sign-off"))
        self.record_tab = record_tab = QWidget(self.tabs)
        self.timeline = TimelineView(self._nurse_name, record_tab)
        self.timeline.correct_requested.connect(self.open_correction)
        self.timeline.strike_requested.connect(self.open_strike)
        self.correct_button = QPushButton(self.tr("C&orrect…"), record_tab)
        self.correct_button.setAccessibleDescription(self.tr("Correct the selected entry"))
        self.correct_button.setToolTip(self.tr("Correct the selected note, vitals set or reaction, with a reason"))
        self.correct_button.clicked.connect(lambda: self._amend_selected(self.open_correction))
        self.strike_button = QPushButton(self.tr("Mark entered in &error…"), record_tab)
        self.strike_button.setAccessibleDescription(self.tr("Mark the selected entry entered in error"))
        self.strike_button.clicked.connect(lambda: self._amend_selected(self.open_strike))
        self.timeline.selection_changed_to.connect(self._timeline_selection)
        self.record_error = error_label(record_tab)
        self.summary_button = QPushButton(self.tr("Session &summary…"), record_tab)
        self.summary_button.setAccessibleDescription(self.tr("Session summary: the printable record"))
        self.summary_button.setToolTip(self.tr("The record as it prints: print it or save it as a PDF"))
        self.summary_button.clicked.connect(self.open_summary)
        self.summary_dialog: QDialog | None = None
        amend_row = QHBoxLayout()
        amend_row.addWidget(self.correct_button)
        amend_row.addWidget(self.strike_button)
        self.audit_button = QPushButton(self.tr("A&udit trail…"), record_tab)
        self.audit_button.setAccessibleDescription(self.tr("Audit trail of this session"))
        self.audit_button.setToolTip(self.tr("Every entry with who, when (happened and written) and its corrections"))
        self.audit_button.clicked.connect(self.open_audit)
        amend_row.addWidget(self.audit_button)
        self.patient_audit_button = QPushButton(self.tr("All of this pa&tient's sessions…"), record_tab)
        self.patient_audit_button.setAccessibleDescription(self.tr("Audit trail of every session of this patient"))
        self.patient_audit_button.clicked.connect(self.open_patient_audit)
        amend_row.addWidget(self.patient_audit_button)
        amend_row.addWidget(self.record_error, 1)
        amend_row.addWidget(self.summary_button)
        record_layout = QVBoxLayout(record_tab)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(self.timeline, 1)
        record_layout.addLayout(amend_row)
        self.tabs.addTab(record_tab, self.tr("&Record"))
        self._timeline_selection(None)
        self.tabs.currentChanged.connect(self._tab_changed)

        # Note
        note_label = QLabel(self.tr("&Note"), self)
        self.note_edit = SubmitTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setPlaceholderText(self.tr("Type a note for the record; Ctrl+Enter adds it."))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        note_label.setBuddy(self.note_edit)
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.add_note_button.setToolTip(self.tr("Add the note to the record (Ctrl+Enter)"))
        self.add_note_button.clicked.connect(self.add_note)
        self.note_edit.submitted.connect(self.add_note)
        self.note_error = error_label(self)
        self.note_saved = QLabel(self)
        self.note_saved.setAccessibleDescription(self.tr("Save status"))
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignTop)

        # A record changed behind the app's back says so (store/session_verification.py), above everything else.
        self.integrity_banner = altered_banner(self)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.integrity_banner)
        layout.addWidget(self.alert_banner)
        self.holding_bar = HoldingBar(controller, self)  # (hidden without a hub)
        layout.addWidget(self.holding_bar)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
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
        self.vitals_tab.form.use_draft(
            FormDraft(workstation.drafts, f"session-{controller.session_id}-{opened}-vitals")
        )

    def refresh(self) -> None:
        session = self.controller.session
        patient = self.controller.patient
        today = fmt.local(self.controller.clock.now()).date()
        self.patient_label.setText(patient.display_name)
        self.location_label.setText(session.header.location)
        self.stage_label.setText(self.tr("Stage: {0}").format(words(session.stage.label)))
        if session.stage is not self._shown_stage:
            self._shown_stage = session.stage
            focused = QApplication.focusWidget()
            tab = self._tab_for(session.stage)
            self.tabs.setCurrentWidget(tab)
            if focused is not None and self.isAncestorOf(focused) and not focused.isVisible():
                # The keyboard follows the page to the next stage: its next thing to do, never a hidden tab.
                target = sensible_focus(tab)
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
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
        marks = self.controller.order_marks().header_text
        self.order_label.setText(f"{WARNING_SYMBOL} {marks}" if "OFF-LABEL" in marks else marks)
        self.order_label.setVisible(bool(marks))
        self._render_timeline()
        self.check_integrity()

    def check_integrity(self) -> None:
        """Verify this session's rows and signature against the chain (a few reads per entry)."""
        integrity = self._workstation.session_integrity(self.controller.session_id)
        show_altered(self.integrity_banner, integrity.summary if integrity.altered else None)

    def _tab_for(self, stage: Stage) -> QWidget:
        """The page a nurse needs at each stage; the page changes only when the stage does."""
        return {
            Stage.CHECK_IN: self.checkin_tab,
            Stage.PRE_INFUSION: self.checks_tab,
            Stage.INFUSING: self.infusion_tab,
            Stage.OBSERVATION: self.after_tab,
            Stage.SIGNED: self.record_tab,
        }[stage]

    def default_focus(self) -> QWidget | None:
        """The next thing the nurse does on this page: the shown tab's own default_focus(), else its first control."""
        tab = self.tabs.currentWidget()
        chooser = getattr(tab, "default_focus", None)
        chosen = chooser() if callable(chooser) else None
        if isinstance(chosen, QWidget) and can_take_focus(chosen):
            return chosen
        return first_focusable(tab) if tab is not None else None

    def tick(self, now: datetime, due: DueSnapshot | None = None) -> None:
        """Repaint what depends on the time, on the tab the nurse sees (the others when they are shown); `due` is
        what is due in this session now, computed once for the tick by the window."""
        if due is None:
            due = self.controller.session.due_snapshot(now, self.controller.config.monitoring)
        self._last_tick = (now, due)
        tab = self.tabs.currentWidget()
        if tab is self.infusion_tab:
            self.infusion_tab.tick(now, due)
        elif tab is self.premed_tab:
            self.premed_tab.tick(now)
        elif tab is self.after_tab:
            self.after_tab.tick(now, due)

    def _tab_changed(self) -> None:
        if self._last_tick is not None:
            self.tick(*self._last_tick)

    def _render_timeline(self) -> None:
        self.timeline.show_session(self.controller.session, self._flag_notes())
        self._timeline_selection(self.timeline.selected_amendable())

    def _flag_notes(self) -> dict[int, str]:
        """'⚠ Fever, Systolic drop' beside each vitals set as it now stands (flags need the whole history)."""
        try:
            history = self.controller.vitals_history()
        except DomainError:  # a broken vitals settings file: the vitals tab says so
            return {}
        return {
            reading.event_id: "⚠ " + ", ".join(dict.fromkeys(words(flag.kind.label) for flag in reading.flags))
            for reading in history.readings
            if reading.flags
        }

    def _timeline_selection(self, event_id: object) -> None:
        self.correct_button.setEnabled(event_id is not None)
        self.strike_button.setEnabled(event_id is not None)

    def _amend_selected(self, action: Callable[[int], None]) -> None:
        event_id = self.timeline.selected_amendable()
        if event_id is not None:
            action(event_id)

    def open_correction(self, event_id: int) -> None:
        """Open the correction dialog for this entry (note, vitals set, reaction or outcome)."""
        show_error(self.record_error, None)
        try:
            self.amend_dialog = open_correction(self.controller, event_id, self, self.vitals_tab.settings)
        except DomainError as error:
            show_error(self.record_error, error_text(error))

    def open_audit(self) -> None:
        session = self.controller.session
        title = self.tr("Audit trail: {0}, {1}").format(self.controller.patient.display_name, session.header.location)
        self.audit_dialog = AuditDialog(
            self._workstation, [session.id], title, self, patient_id=self.controller.patient.id
        )
        self.audit_dialog.open()

    def open_patient_audit(self) -> None:
        patient = self.controller.patient
        ids = [s.id for s in sessions.patient_sessions(self._workstation.db, patient.id)]
        title = self.tr("Audit trail: every session of {0}").format(patient.display_name)
        self.audit_dialog = AuditDialog(self._workstation, ids, title, self, patient_id=patient.id)
        self.audit_dialog.open()

    def open_correct_details(self) -> None:
        """Correct details…: the patient's name, date of birth, MRN, sex, height or allergies, with a reason."""
        from ivig_desktop.ui.dialogs.corrections import PatientCorrectionDialog

        self.details_dialog = PatientCorrectionDialog(self._workstation, self.controller.patient, self)
        self.details_dialog.open()

    def open_strike(self, event_id: int) -> None:
        show_error(self.record_error, None)
        self.amend_dialog = open_strike(self.controller, event_id, self)

    def open_summary(self) -> None:
        """The session's printable record (print, save as PDF), as it stands now."""
        from ivig_desktop.ui.dialogs.summary import SummaryDialog

        ws = self._workstation
        self.summary_dialog = SummaryDialog(ws.db, self.controller.session_id, ws.config, ws.clock.now(), self)
        self.summary_dialog.open()

    def _nurse_name(self, nurse_id: int) -> str:
        if nurse_id not in self._nurse_names:
            self._nurse_names[nurse_id] = self._workstation.nurse_by_id(nurse_id).display_name
        return self._nurse_names[nurse_id]

    def add_note(self) -> None:
        """Save the note; only once it is committed is the box cleared and the note shown as saved."""
        text = self.note_edit.toPlainText()
        try:
            event = self.controller.add_note(text)
        except DomainError as error:  # a refusal (the clock behind the record, a closed session): the box keeps it
            show_error(self.note_error, error_text(error))
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
