"""Record (or correct) a reaction, and later its outcome and the resume of the infusion.

The reaction dialog: symptoms (checkboxes) and other symptoms, onset time, grade 1-4 with the CTCAE meaning
beside each, the infusion's rate at onset and previous step (pre-filled from the infusion when there is one), the
proposed response with its working (updated as the nurse types), the nurse's choice (pre-selected from the
proposal until changed), medications given, the prescriber notified, emergency services, outcome and notes.
Both dialogs are opened with `open()`; they save through the SessionController and close only once saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.clock import from_iso
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import Event
from ivig_desktop.domain.reactions import (
    DoseUnit,
    Grade,
    MedicationInput,
    Proposal,
    ReactionInput,
    ReactionOutcome,
    ReactionRecord,
    ReactionUpdateInput,
    ResponseAction,
    Route,
    Symptom,
    parse_rate,
    propose_response,
    reaction_record,
)
from ivig_desktop.domain.vitals import FlagKind, VitalsFlag
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font
from ivig_desktop.ui.widgets.form import FieldRow, Form, attempt, confirm_buttons, error_label, show_error
from ivig_desktop.ui.widgets.time_field import TimeField

CHOICES = (ResponseAction.CONTINUE, ResponseAction.SLOW, ResponseAction.PAUSE, ResponseAction.STOP)

# Symptoms ticked in advance when the reaction is recorded from flagged vitals (the nurse reviews them).
_FLAG_SYMPTOMS = {
    FlagKind.FEVER: Symptom.FEVER,
    FlagKind.TEMPERATURE_RISE: Symptom.FEVER,
    FlagKind.LOW_SYSTOLIC: Symptom.HYPOTENSION,
    FlagKind.SYSTOLIC_DROP: Symptom.HYPOTENSION,
}


def _register(form: Form, name: str, label: QLabel | None, editor: QWidget, error: QLabel) -> None:
    """A row the Form shows errors for, laid out by the caller."""
    form.rows[name] = FieldRow(name, label or QLabel(), editor, error)


def _text(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


class MedicationRow(QWidget):
    """Name, dose, unit, route, time given; and a button to remove the row."""

    remove_requested = Signal(object)

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Medication"))
        self.dose = QLineEdit(self)
        self.dose.setPlaceholderText(self.tr("Dose"))
        self.dose.setMaximumWidth(80)
        self.unit = QComboBox(self)
        for unit in DoseUnit:
            self.unit.addItem(unit.value, unit.value)
        self.route = QComboBox(self)
        for route in Route:
            self.route.addItem(route.label, route.value)
        self.route.setCurrentIndex(self.route.findData(Route.IV.value))
        self.given_at = TimeField(f"medications.{number}.given_at", self)
        self.given_at.setMaximumWidth(110)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = error_label(self)
        self.set_number(number)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in (
            (self.name, 3),
            (self.dose, 1),
            (self.unit, 0),
            (self.route, 0),
            (self.given_at, 1),
            (self.remove, 0),
        ):
            row.addWidget(widget, stretch)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)

    def set_number(self, number: int) -> None:
        self.number = number
        self.given_at.field = f"medications.{number}.given_at"
        for widget, what in (
            (self.name, "name"),
            (self.dose, "dose"),
            (self.unit, "dose unit"),
            (self.route, "route"),
            (self.given_at, "time given (empty for now)"),
            (self.remove, "remove"),
        ):
            widget.setAccessibleName(self.tr("Medication {0}: {1}").format(number + 1, self.tr(what)))

    def value(self, now: datetime) -> MedicationInput:
        try:
            given: datetime | None = self.given_at.moment_or_now(now)
        except ValidationError:
            given = None
        return MedicationInput(
            name=self.name.text(),
            dose=self.dose.text(),
            unit=str(self.unit.currentData()),
            route=str(self.route.currentData()),
            given_at=given,
        )


class ReactionDialog(QDialog):
    """Record a reaction (or, with `correcting`, correct one with a reason). Emits `saved` with the stored event."""

    saved = Signal(object)

    def __init__(
        self,
        controller: SessionController,
        *,
        correcting: int | None = None,
        flags: Sequence[VitalsFlag] = (),
        onset: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.correcting = correcting
        self._response_touched = False
        self._proposal: Proposal | None = None
        title = self.tr("Correct a reaction") if correcting else self.tr("Record a reaction")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(1160, 760)

        self.form = Form(QFormLayout(), self)
        content = QWidget(self)
        left = QVBoxLayout()
        right = QVBoxLayout()

        # Correction reason (correcting only)
        self.reason = QLineEdit(content)
        self.reason_box = QGroupBox(self.tr("Why is this reaction being corrected?"), content)
        reason_layout = QFormLayout(self.reason_box)
        reason_label = QLabel(self.tr("&Reason for correction"), self.reason_box)
        reason_label.setBuddy(self.reason)
        self.reason.setAccessibleName(self.tr("Reason for correction"))
        reason_error = error_label(self.reason_box)
        reason_cell = QVBoxLayout()
        reason_cell.addWidget(self.reason)
        reason_cell.addWidget(reason_error)
        reason_layout.addRow(reason_label, reason_cell)
        _register(self.form, "reason", reason_label, self.reason, reason_error)
        self.reason_box.setVisible(correcting is not None)
        left.addWidget(self.reason_box)

        # Symptoms
        symptoms_box = QGroupBox(self.tr("Symptoms"), content)
        grid = QGridLayout(symptoms_box)
        self.symptom_boxes: dict[Symptom, QCheckBox] = {}
        for index, symptom in enumerate(Symptom):
            box = QCheckBox(self.tr(symptom.label), symptoms_box)
            box.setAccessibleName(self.tr(symptom.label))
            if symptom is Symptom.ANAPHYLAXIS_SIGNS:
                name, _, signs = self.tr(symptom.label).partition(" (")
                box.setText(f"{WARNING_SYMBOL} {name}")
                box.setAccessibleDescription(signs.rstrip(")"))
                grid.addWidget(box, 6, 0)
                signs_label = QLabel(signs.rstrip(")"), symptoms_box)
                signs_label.setWordWrap(True)
                grid.addWidget(signs_label, 6, 1)
            else:
                grid.addWidget(box, index // 2, index % 2)
            box.toggled.connect(self._update_proposal)
            self.symptom_boxes[symptom] = box
        other_label = QLabel(self.tr("O&ther symptoms"), symptoms_box)
        self.other_symptoms = QLineEdit(symptoms_box)
        self.other_symptoms.setAccessibleName(self.tr("Other symptoms"))
        other_label.setBuddy(self.other_symptoms)
        grid.addWidget(other_label, 7, 0)
        grid.addWidget(self.other_symptoms, 7, 1)
        symptoms_error = error_label(symptoms_box)
        grid.addWidget(symptoms_error, 8, 0, 1, 2)
        _register(self.form, "symptoms", None, self.symptom_boxes[Symptom.HEADACHE], symptoms_error)
        other_error = error_label(symptoms_box)
        grid.addWidget(other_error, 9, 0, 1, 2)
        _register(self.form, "other_symptoms", other_label, self.other_symptoms, other_error)
        self.flags_note = QLabel(symptoms_box)
        self.flags_note.setWordWrap(True)
        self.flags_note.hide()
        grid.addWidget(self.flags_note, 10, 0, 1, 2)
        left.addWidget(symptoms_box)

        # Onset and grade
        grade_box = QGroupBox(self.tr("Onset and grade (CTCAE infusion-related reaction)"), content)
        grade_layout = QVBoxLayout(grade_box)
        onset_row = QHBoxLayout()
        onset_label = QLabel(self.tr("O&nset at"), grade_box)
        self.onset_time = TimeField("onset_at", grade_box)
        self.onset_time.setAccessibleName(self.tr("Onset time (empty for now)"))
        onset_label.setBuddy(self.onset_time)
        onset_row.addWidget(onset_label)
        onset_row.addWidget(self.onset_time)
        onset_row.addStretch(1)
        grade_layout.addLayout(onset_row)
        onset_error = error_label(grade_box)
        grade_layout.addWidget(onset_error)
        _register(self.form, "onset_at", onset_label, self.onset_time, onset_error)
        self.grade_group = QButtonGroup(self)
        self.grade_buttons: dict[Grade, QRadioButton] = {}
        for grade in Grade:
            button = QRadioButton(self.tr(grade.title), grade_box)
            set_font(button, 1.0, bold=True)
            button.setAccessibleName(self.tr(grade.title))
            button.setAccessibleDescription(self.tr(grade.meaning))
            meaning = QLabel(self.tr(grade.meaning), grade_box)
            meaning.setWordWrap(True)
            meaning.setIndent(24)
            self.grade_group.addButton(button, int(grade))
            self.grade_buttons[grade] = button
            grade_layout.addWidget(button)
            grade_layout.addWidget(meaning)
        self.grade_group.idToggled.connect(self._update_proposal)
        grade_error = error_label(grade_box)
        grade_layout.addWidget(grade_error)
        _register(self.form, "grade", None, self.grade_buttons[Grade.MILD], grade_error)
        left.addWidget(grade_box)
        left.addStretch(1)

        # Infusion, proposal and response
        response_box = QGroupBox(self.tr("Infusion: proposed response and what you did"), content)
        response_layout = QVBoxLayout(response_box)
        rates = QFormLayout()
        self.rate_at_onset = QLineEdit(response_box)
        self.previous_step = QLineEdit(response_box)
        for name, label_text, edit, hint in (
            (
                "rate_at_onset_ml_per_h",
                self.tr("Rate at &onset (mL/h)"),
                self.rate_at_onset,
                self.tr("Empty when no infusion was running"),
            ),
            (
                "previous_step_rate_ml_per_h",
                self.tr("Pre&vious step (mL/h)"),
                self.previous_step,
                self.tr("Optional: the rate before the last increase"),
            ),
        ):
            label = QLabel(label_text, response_box)
            label.setBuddy(edit)
            edit.setAccessibleName(label_text.replace("&", ""))
            edit.setPlaceholderText(hint)
            edit.textChanged.connect(self._update_proposal)
            error = error_label(response_box)
            cell = QVBoxLayout()
            cell.addWidget(edit)
            cell.addWidget(error)
            rates.addRow(label, cell)
            _register(self.form, name, label, edit, error)
        response_layout.addLayout(rates)

        self.proposal_frame = QFrame(response_box)
        self.proposal_frame.setFrameShape(QFrame.Shape.StyledPanel)
        proposal_layout = QVBoxLayout(self.proposal_frame)
        proposal_title = QLabel(self.tr("Proposed response"), self.proposal_frame)
        set_font(proposal_title, 1.0, bold=True)
        self.proposal_label = QLabel(self.proposal_frame)
        self.proposal_label.setWordWrap(True)
        set_font(self.proposal_label, 1.1, bold=True)
        self.proposal_label.setAccessibleName(self.tr("Proposed response"))
        self.proposal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.working_label = QLabel(self.proposal_frame)
        self.working_label.setWordWrap(True)
        self.working_label.setAccessibleName(self.tr("Working"))
        self.working_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        proposal_layout.addWidget(proposal_title)
        proposal_layout.addWidget(self.proposal_label)
        proposal_layout.addWidget(self.working_label)
        response_layout.addWidget(self.proposal_frame)

        chosen_label = QLabel(self.tr("What was done with the infusion:"), response_box)
        set_font(chosen_label, 1.0, bold=True)
        response_layout.addWidget(chosen_label)
        self.response_group = QButtonGroup(self)
        self.response_buttons: dict[ResponseAction, QRadioButton] = {}
        choices_row = QHBoxLayout()
        for index, action in enumerate(CHOICES):
            button = QRadioButton(self.tr(_CHOICE_TEXT[action]), response_box)
            button.setAccessibleName(self.tr(_CHOICE_TEXT[action]).replace("&", ""))
            self.response_group.addButton(button, index)
            self.response_buttons[action] = button
            choices_row.addWidget(button)
        choices_row.addStretch(1)
        response_layout.addLayout(choices_row)
        self.response_group.idClicked.connect(self._response_clicked)
        response_error = error_label(response_box)
        response_layout.addWidget(response_error)
        _register(self.form, "response", chosen_label, self.response_buttons[ResponseAction.PAUSE], response_error)
        more = QFormLayout()
        self.response_rate = QLineEdit(response_box)
        self.response_rate_label = QLabel(self.tr("New or resume &rate (mL/h)"), response_box)
        self.response_rate_label.setBuddy(self.response_rate)
        self.response_rate.setAccessibleName(self.tr("New or resume rate (mL/h)"))
        self.response_rate.textEdited.connect(self._response_edited)
        rate_error = error_label(response_box)
        rate_cell = QVBoxLayout()
        rate_cell.addWidget(self.response_rate)
        rate_cell.addWidget(rate_error)
        more.addRow(self.response_rate_label, rate_cell)
        _register(self.form, "response_rate_ml_per_h", self.response_rate_label, self.response_rate, rate_error)
        self.deviation_reason = QLineEdit(response_box)
        deviation_label = QLabel(self.tr("Reason if &different"), response_box)
        deviation_label.setBuddy(self.deviation_reason)
        self.deviation_reason.setAccessibleName(self.tr("Reason if different from the proposal"))
        self.deviation_reason.setPlaceholderText(self.tr("Needed when the choice is less cautious than the proposal"))
        deviation_error = error_label(response_box)
        deviation_cell = QVBoxLayout()
        deviation_cell.addWidget(self.deviation_reason)
        deviation_cell.addWidget(deviation_error)
        more.addRow(deviation_label, deviation_cell)
        _register(self.form, "deviation_reason", deviation_label, self.deviation_reason, deviation_error)
        response_layout.addLayout(more)
        right.addWidget(response_box)

        # Medications
        meds_box = QGroupBox(self.tr("Medications given for the reaction"), content)
        self.meds_layout = QVBoxLayout(meds_box)
        self.med_rows: list[MedicationRow] = []
        self.add_med_button = QPushButton(self.tr("Add &medication"), meds_box)
        self.add_med_button.setAccessibleName(self.tr("Add medication"))
        self.add_med_button.clicked.connect(lambda: self.add_medication(focus=True))
        self.meds_layout.addWidget(self.add_med_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(meds_box)

        # Escalation and outcome
        after_box = QGroupBox(self.tr("Prescriber, emergency services, outcome"), content)
        after = QFormLayout(after_box)
        self.provider_name = QLineEdit(after_box)
        self.provider_time = TimeField("provider_notified_at", after_box)
        self.emergency = QCheckBox(self.tr("&Emergency services called"), after_box)
        self.emergency.setAccessibleName(self.tr("Emergency services called"))
        self.emergency_time = TimeField("emergency_services_called_at", after_box)
        self.outcome = QComboBox(after_box)
        self.outcome.addItem(self.tr("Not known yet"), "")
        for outcome in ReactionOutcome:
            self.outcome.addItem(self.tr(outcome.label), outcome.value)
        self.resolved_time = TimeField("resolved_at", after_box)
        self.notes = QPlainTextEdit(after_box)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        provider_row = _pair(self.provider_name, self.tr("at"), self.provider_time)
        emergency_row = _pair(self.emergency, self.tr("at"), self.emergency_time)
        outcome_row = _pair(self.outcome, self.tr("resolved at"), self.resolved_time)
        for name, label_text, shown, editor in (
            ("provider_name", self.tr("&Prescriber notified"), provider_row, self.provider_name),
            ("emergency_services_called_at", self.tr("Emergency"), emergency_row, self.emergency),
            ("outcome", self.tr("O&utcome"), outcome_row, self.outcome),
            ("notes", self.tr("Notes"), self.notes, self.notes),
        ):
            label = QLabel(label_text, after_box)
            label.setBuddy(editor)
            if editor is not self.emergency:
                editor.setAccessibleName(label_text.replace("&", ""))
            error = error_label(after_box)
            column = QVBoxLayout()
            column.addWidget(shown)
            column.addWidget(error)
            after.addRow(label, column)
            _register(self.form, name, label, editor, error)
            if name == "provider_name":
                _register(self.form, "provider_notified_at", label, self.provider_time, error)
            if name == "outcome":
                _register(self.form, "resolved_at", label, self.resolved_time, error)
        self.provider_time.setAccessibleName(self.tr("Time the prescriber was notified (empty for now)"))
        self.emergency_time.setAccessibleName(self.tr("Time emergency services were called (empty for now)"))
        self.resolved_time.setAccessibleName(self.tr("Time resolved (empty for now)"))
        right.addWidget(after_box)
        right.addStretch(1)

        columns = QHBoxLayout(content)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        save_text = self.tr("Save correction") if correcting else self.tr("Save reaction")
        self.buttons, self.save_button = confirm_buttons(self, save_text)
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)

        if correcting is not None:
            self._load(reaction_record(controller.session, correcting))
        else:
            self._prefill(flags, onset)
        self._update_proposal()
        (self.reason if correcting is not None else self.symptom_boxes[Symptom.HEADACHE]).setFocus()

    # --- filling --------------------------------------------------------------------------------------------

    def _prefill(self, flags: Sequence[VitalsFlag], onset: datetime | None) -> None:
        rate = self.controller.current_rate_ml_per_h()
        previous = self.controller.previous_step_rate_ml_per_h()
        self.rate_at_onset.setText(_text(rate))
        self.previous_step.setText(_text(previous))
        if onset is not None:
            self.onset_time.set_moment(onset)
        ticked = {_FLAG_SYMPTOMS[f.kind] for f in flags if f.kind in _FLAG_SYMPTOMS}
        for symptom in ticked:
            self.symptom_boxes[symptom].setChecked(True)
        if flags:
            lines = "\n".join(f"{WARNING_SYMBOL} {flag.message}" for flag in flags)
            self.flags_note.setText(
                self.tr("From the flagged vitals:\n{0}\nSymptoms ticked from them: untick any that is wrong.").format(
                    lines
                )
            )
            self.flags_note.show()

    def _load(self, record: ReactionRecord) -> None:
        for symptom, box in self.symptom_boxes.items():
            box.setChecked(symptom in record.symptoms)
        self.other_symptoms.setText(record.other_symptoms)
        self.onset_time.set_moment(record.onset_at)
        self.grade_buttons[record.grade].setChecked(True)
        self.rate_at_onset.setText(_text(record.rate_at_onset_ml_per_h))
        self.previous_step.setText(_text(record.previous_step_rate_ml_per_h))
        self._update_proposal()
        if record.response_action is not None:
            self._response_touched = True
            self.response_buttons[record.response_action].setChecked(True)
            self.response_rate.setText(_text(record.response_rate_ml_per_h))
        self.deviation_reason.setText(record.deviation_reason)
        for medication in record.medications:
            row = self.add_medication()
            row.name.setText(medication.name)
            row.dose.setText(f"{medication.dose.normalize():f}")
            row.unit.setCurrentIndex(row.unit.findData(medication.unit.value))
            row.route.setCurrentIndex(row.route.findData(medication.route.value))
            row.given_at.set_moment(medication.given_at)
        if record.provider_notified is not None:
            self.provider_name.setText(record.provider_notified.name)
            self.provider_time.set_moment(record.provider_notified.at)
        if record.emergency_services_called_at is not None:
            self.emergency.setChecked(True)
            self.emergency_time.set_moment(record.emergency_services_called_at)
        if record.outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(record.outcome.value))
        self.resolved_time.set_moment(record.resolved_at)
        self.notes.setPlainText(record.notes)

    def add_medication(self, *, focus: bool = False) -> MedicationRow:
        row = MedicationRow(len(self.med_rows), self)
        row.remove_requested.connect(self._remove_medication)
        self.med_rows.append(row)
        self.meds_layout.insertWidget(self.meds_layout.count() - 1, row)
        row.show()  # a widget added to a layout already on screen is not shown by itself
        if focus:
            row.name.setFocus()
        return row

    def _remove_medication(self, row: MedicationRow) -> None:
        self.med_rows.remove(row)
        self.meds_layout.removeWidget(row)
        row.deleteLater()
        for number, remaining in enumerate(self.med_rows):
            remaining.set_number(number)
        self.add_med_button.setFocus()

    # --- the proposal ---------------------------------------------------------------------------------------

    def _rate(self, edit: QLineEdit) -> Decimal | None:
        try:
            return parse_rate(edit.text(), "rate", "Rate")
        except ValidationError:
            return None

    def _update_proposal(self) -> None:
        grade_id = self.grade_group.checkedId()
        infusing = bool(self.rate_at_onset.text().strip())
        for button in self.response_buttons.values():
            button.setEnabled(infusing)
        self.response_rate.setEnabled(infusing)
        if not infusing:
            self.response_group.setExclusive(False)
            for button in self.response_buttons.values():
                button.setChecked(False)
            self.response_group.setExclusive(True)
        rate = self._rate(self.rate_at_onset)
        previous = self._rate(self.previous_step) if self.previous_step.text().strip() else None
        self._proposal = None
        if grade_id < 1:
            self.proposal_label.setText(self.tr("Choose the grade to see the proposed response."))
            self.working_label.clear()
            return
        if infusing and rate is None:
            self.proposal_label.setText(self.tr("Type the rate at onset as a number of mL/h to see the proposal."))
            self.working_label.clear()
            return
        anaphylaxis = self.symptom_boxes[Symptom.ANAPHYLAXIS_SIGNS].isChecked()
        proposal = propose_response(grade_id, rate, previous, anaphylaxis_signs=anaphylaxis)
        self._proposal = proposal
        prefix = f"{WARNING_SYMBOL} " if proposal.grade >= Grade.SEVERE else ""
        self.proposal_label.setText(prefix + "\n".join(self.tr(step) for step in proposal.steps))
        self.working_label.setText(self.tr("Working: ") + " ".join(self.tr(w) for w in proposal.working))
        if not self._response_touched and proposal.action is not None:
            self.response_buttons[proposal.action].setChecked(True)
            resume = proposal.resume_rate_ml_per_h
            self.response_rate.setText("" if resume is None else str(resume))

    def _response_clicked(self) -> None:
        self._response_touched = True
        action = self.chosen_action()
        if action in (ResponseAction.CONTINUE, ResponseAction.STOP):
            self.response_rate.clear()

    def _response_edited(self) -> None:
        self._response_touched = True

    @property
    def proposal(self) -> Proposal | None:
        return self._proposal

    def chosen_action(self) -> ResponseAction | None:
        index = self.response_group.checkedId()
        return CHOICES[index] if 0 <= index < len(CHOICES) else None

    # --- saving ---------------------------------------------------------------------------------------------

    def entry(self) -> ReactionInput:
        """What is on screen, as a domain input. A time that does not parse raises a ValidationError."""
        now = self.controller.clock.now()
        errors = FieldErrors()
        times: dict[str, datetime | None] = {}
        for field, time_field, use_now in (
            ("onset_at", self.onset_time, True),
            ("provider_notified_at", self.provider_time, bool(self.provider_name.text().strip())),
            ("emergency_services_called_at", self.emergency_time, self.emergency.isChecked()),
            ("resolved_at", self.resolved_time, self.outcome.currentData() == ReactionOutcome.RESOLVED.value),
        ):
            try:
                moment = time_field.moment(now)
                times[field] = moment if moment is not None or not use_now else now
            except ValidationError as error:
                errors.capture(error)
        for row in self.med_rows:
            try:
                row.given_at.moment(now)
            except ValidationError as error:
                errors.capture(error)
        errors.raise_if_any()
        grade = self.grade_group.checkedId()
        outcome = str(self.outcome.currentData())
        onset = times["onset_at"]
        assert onset is not None
        return ReactionInput(
            onset_at=onset,
            symptoms=[s for s, box in self.symptom_boxes.items() if box.isChecked()],
            other_symptoms=self.other_symptoms.text(),
            grade=grade if grade > 0 else None,
            rate_at_onset_ml_per_h=self.rate_at_onset.text(),
            previous_step_rate_ml_per_h=self.previous_step.text(),
            response=self.chosen_action(),
            response_rate_ml_per_h=self.response_rate.text(),
            deviation_reason=self.deviation_reason.text(),
            medications=[row.value(now) for row in self.med_rows],
            provider_name=self.provider_name.text(),
            provider_notified_at=times["provider_notified_at"],
            emergency_services_called_at=times["emergency_services_called_at"] if self.emergency.isChecked() else None,
            outcome=ReactionOutcome(outcome) if outcome else None,
            resolved_at=times["resolved_at"],
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.form.clear_errors()
        for row in self.med_rows:
            show_error(row.error, None)
        try:
            entry = self.entry()
            if self.correcting is None:
                event = self.controller.record_reaction(entry)
            else:
                event = self.controller.amend_reaction(self.correcting, reason=self.reason.text(), entry=entry)
        except ValidationError as error:
            self._show_errors(error)
            return
        except (StoreError, DomainError) as error:
            self.form.show_general(str(error))
            return
        self.saved.emit(event)
        self.accept()

    def _show_errors(self, error: ValidationError) -> None:
        rest = {k: v for k, v in error.errors.items() if not k.startswith("medications.")}
        for row in self.med_rows:
            prefix = f"medications.{row.number}."
            messages = [v for k, v in error.errors.items() if k.startswith(prefix)]
            show_error(row.error, " ".join(messages) or None)
        if rest:
            self.form.show_errors(ValidationError(rest))  # a refusal naming no field goes under the form
        if not rest:
            for row in self.med_rows:
                bad = [key.rsplit(".", 1)[1] for key in error.errors if key.startswith(f"medications.{row.number}.")]
                if bad:
                    editors = {"name": row.name, "dose": row.dose, "unit": row.unit, "route": row.route}
                    editors.get(bad[0], row.given_at).setFocus()
                    break

    def error_for(self, name: str) -> str:
        if name.startswith("medications."):
            number = int(name.split(".")[1])
            row = self.med_rows[number]
            return row.error.accessibleName() if row.error.isVisibleTo(self) else ""
        return self.form.error_for(name)


_CHOICE_TEXT = {
    ResponseAction.CONTINUE: "&Continue",
    ResponseAction.SLOW: "S&low to a rate",
    ResponseAction.PAUSE: "&Pause (resume at a rate)",
    ResponseAction.STOP: "&Stop",
}


def _pair(first: QWidget, middle: str, second: QWidget) -> QWidget:
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first, 2)
    label = QLabel(middle, cell)
    row.addWidget(label)
    row.addWidget(second, 1)
    return cell


class ReactionOutcomeDialog(QDialog):
    """What happened after a reaction: outcome, time resolved, resume rate, prescriber notified, notes.
    With `correcting` (an outcome entry's id), corrects that entry with a reason."""

    saved = Signal(object)

    def __init__(
        self,
        controller: SessionController,
        reaction_id: int,
        *,
        correcting: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.reaction_id = reaction_id
        self.correcting = correcting
        record = reaction_record(controller.session, reaction_id)
        title = self.tr("Correct a reaction outcome") if correcting else self.tr("Reaction outcome and resume")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(620)

        summary = QLabel(
            self.tr("Reaction at {0}: grade {1}, {2}.").format(
                fmt.time_hm(record.onset_at), int(record.grade), record.symptom_text
            ),
            self,
        )
        summary.setWordWrap(True)
        set_font(summary, 1.0, bold=True)
        self.proposal_label = QLabel(self)
        self.proposal_label.setWordWrap(True)
        if record.proposal is not None:
            self.proposal_label.setText(self.tr("Proposed: ") + " ".join(self.tr(s) for s in record.proposal.steps))

        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.reason = QLineEdit(self)
        if correcting is not None:
            self.form.add("reason", self.tr("&Reason for correction"), self.reason)
        else:
            self.reason.hide()
        self.outcome = QComboBox(self)
        self.outcome.addItem(self.tr("Not known yet"), "")
        for outcome in ReactionOutcome:
            self.outcome.addItem(self.tr(outcome.label), outcome.value)
        self.form.add("outcome", self.tr("O&utcome"), self.outcome)
        self.resolved_time = TimeField("resolved_at", self)
        self.form.add("resolved_at", self.tr("Resolved &at"), self.resolved_time, self.tr("HH:MM; empty for now"))
        self.resume_rate = QLineEdit(self)
        can_resume = record.response_action in (ResponseAction.PAUSE, ResponseAction.STOP)
        hint = self.tr("Empty if the infusion does not resume now")
        if record.proposal is not None and record.proposal.resume_rate_ml_per_h is not None:
            hint = self.tr("Proposed: {0} mL/h. Empty if the infusion does not resume now").format(
                record.proposal.resume_rate_ml_per_h
            )
        self.form.add("resume_rate_ml_per_h", self.tr("Resume infusion at (&mL/h)"), self.resume_rate, hint)
        self.resume_rate.setEnabled(can_resume or correcting is not None)
        if can_resume and record.resumed_rate_ml_per_h is None and correcting is None:
            rate = record.response_rate_ml_per_h or (record.proposal and record.proposal.resume_rate_ml_per_h)
            if rate:
                self.resume_rate.setText(str(rate))
        self.deviation_reason = QLineEdit(self)
        self.form.add("deviation_reason", self.tr("Reason if &different"), self.deviation_reason)
        self.provider_name = QLineEdit(self)
        self.form.add("provider_name", self.tr("&Prescriber notified"), self.provider_name)
        self.provider_time = TimeField("provider_notified_at", self)
        self.form.add("provider_notified_at", self.tr("Notified a&t"), self.provider_time, self.tr("Empty for now"))
        self.notes = QLineEdit(self)
        self.form.add("notes", self.tr("&Notes"), self.notes)

        save_text = self.tr("Save correction") if correcting else self.tr("Save outcome")
        self.buttons, self.save_button = confirm_buttons(self, save_text)
        self.buttons.accepted.connect(self.save)
        for edit in (self.reason, self.resume_rate, self.deviation_reason, self.provider_name, self.notes):
            edit.returnPressed.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.proposal_label)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)

        if correcting is not None:
            self._load(correcting)
        (self.reason if correcting is not None else self.outcome).setFocus()

    def _load(self, event_id: int) -> None:
        payload = self.controller.session.entry(event_id).current_payload
        outcome = payload.get("outcome")
        self.outcome.setCurrentIndex(self.outcome.findData(outcome or ""))
        resolved = payload.get("resolved_at")
        if isinstance(resolved, str):
            self.resolved_time.set_moment(from_iso(resolved))
        self.resume_rate.setText(str(payload.get("resume_rate_ml_per_h") or ""))
        self.deviation_reason.setText(str(payload.get("deviation_reason") or ""))
        provider = payload.get("provider_notified")
        if isinstance(provider, dict):
            self.provider_name.setText(str(provider.get("name", "")))
            self.provider_time.set_moment(from_iso(str(provider.get("at"))))
        self.notes.setText(str(payload.get("notes") or ""))

    def update_input(self) -> ReactionUpdateInput:
        now = self.controller.clock.now()
        errors = FieldErrors()
        resolved = provider_at = None
        outcome = str(self.outcome.currentData())
        try:
            resolved = self.resolved_time.moment(now)
            if resolved is None and outcome == ReactionOutcome.RESOLVED.value:
                resolved = now
        except ValidationError as error:
            errors.capture(error)
        try:
            provider_at = self.provider_time.moment(now)
            if provider_at is None and self.provider_name.text().strip():
                provider_at = now
        except ValidationError as error:
            errors.capture(error)
        errors.raise_if_any()
        return ReactionUpdateInput(
            reaction_id=self.reaction_id,
            outcome=ReactionOutcome(outcome) if outcome else None,
            resolved_at=resolved,
            resume_rate_ml_per_h=self.resume_rate.text(),
            deviation_reason=self.deviation_reason.text(),
            provider_name=self.provider_name.text(),
            provider_notified_at=provider_at,
            notes=self.notes.text(),
        )

    def save(self) -> None:
        stored: list[Event] = []
        if attempt(self.form, lambda: stored.append(self._record())):
            self.saved.emit(stored[0])
            self.accept()

    def _record(self) -> Event:
        update = self.update_input()
        if self.correcting is None:
            return self.controller.update_reaction(update)
        return self.controller.amend_reaction_update(self.correcting, reason=self.reason.text(), update=update)
