"""The reaction dialog: record a reaction, or correct one with a reason. It lays out the boxes of `sections`,
`response` and `medications`, keeps the proposal up to date as the nurse types, and saves through the controller."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.reactions import (
    Assessment,
    Proposal,
    ReactionInput,
    ReactionOutcome,
    ReactionRecord,
    ResponseAction,
    Symptom,
    propose_response,
    reaction_record,
)
from ivig_desktop.domain.vitals import FlagKind, VitalsFlag
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import error_text, words
from ivig_desktop.ui.style import WARNING_SYMBOL
from ivig_desktop.ui.widgets.form import Form, confirm_buttons, error_message, show_error
from ivig_desktop.ui.widgets.reaction_dialog.medications import MedicationRow, MedicationsBox
from ivig_desktop.ui.widgets.reaction_dialog.response import ResponseBox
from ivig_desktop.ui.widgets.reaction_dialog.sections import EscalationBox, GradeBox, ReasonBox, SymptomsBox

# Symptoms ticked in advance when the reaction is recorded from flagged vitals (the nurse reviews them).
_FLAG_SYMPTOMS = {
    FlagKind.FEVER: Symptom.FEVER,
    FlagKind.TEMPERATURE_RISE: Symptom.FEVER,
    FlagKind.LOW_SYSTOLIC: Symptom.HYPOTENSION,
    FlagKind.SYSTOLIC_DROP: Symptom.HYPOTENSION,
}


def _text(value: Decimal | None) -> str:
    return "" if value is None else f"{value.normalize():f}"


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
        self._proposal: Proposal | None = None
        self._assessment: Assessment | None = None
        title = self.tr("Correct a reaction") if correcting else self.tr("Record a reaction")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(1160, 760)

        self.form = Form(QFormLayout(), self)
        content = QWidget(self)
        self.reason_box = ReasonBox(self.form, content)
        self.reason = self.reason_box.reason
        self.reason_box.setVisible(correcting is not None)
        self.symptoms_box = SymptomsBox(self.form, self._update_proposal, content)
        self.symptom_boxes = self.symptoms_box.boxes
        self.other_symptoms = self.symptoms_box.other
        self.flags_note = self.symptoms_box.flags_note
        self.grade_box = GradeBox(self.form, self._update_proposal, content)
        self.onset_time = self.grade_box.onset_time
        self.onset_time.textChanged.connect(self._update_proposal)
        self.grade_group = self.grade_box.group
        self.grade_buttons = self.grade_box.buttons
        self.response_box = ResponseBox(self.form, content)
        for edit in (self.response_box.rate_at_onset, self.response_box.previous_step):
            edit.textChanged.connect(self._update_proposal)
        self.rate_at_onset = self.response_box.rate_at_onset
        self.previous_step = self.response_box.previous_step
        self.proposal_label = self.response_box.proposal_label
        self.working_label = self.response_box.working_label
        self.response_group = self.response_box.group
        self.response_buttons = self.response_box.buttons
        self.response_rate = self.response_box.response_rate
        self.deviation_reason = self.response_box.deviation_reason
        self.meds_box = MedicationsBox(content)
        self.med_rows = self.meds_box.rows
        self.add_med_button = self.meds_box.add_button
        self.escalation_box = EscalationBox(self.form, content)
        self.provider_name = self.escalation_box.provider_name
        self.provider_time = self.escalation_box.provider_time
        self.emergency = self.escalation_box.emergency
        self.emergency_time = self.escalation_box.emergency_time
        self.outcome = self.escalation_box.outcome
        self.resolved_time = self.escalation_box.resolved_time
        self.notes = self.escalation_box.notes

        left = QVBoxLayout()
        for box in (self.reason_box, self.symptoms_box, self.grade_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        for widget in (self.response_box, self.meds_box, self.escalation_box):
            right.addWidget(widget)
        right.addStretch(1)
        columns = QHBoxLayout(content)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        self._content, self._columns = content, (left, right)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its fields are (it scrolls to them)
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
        (self.reason if correcting is not None else self.symptoms_box.first).setFocus()

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
            lines = "\n".join(f"{WARNING_SYMBOL} {words(flag.message)}" for flag in flags)
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
            self.response_box.touched = True
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
        return self.meds_box.add_medication(focus=focus)

    # --- the proposal ---------------------------------------------------------------------------------------

    def _onset(self) -> datetime:
        """The onset typed (now when empty or not yet a valid time): where the vital signs are read from."""
        now = self.controller.clock.now()
        try:
            return self.onset_time.moment(now) or now
        except ValidationError:
            return now

    def _update_proposal(self) -> None:
        self._read_proposal()
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """The form as tall as its columns need at their widths, so that the scroll area scrolls rather than clip
        the word-wrapped picture, proposal and working (a QHBoxLayout with stretch factors under-reports the
        height of word-wrapped text: the boxes were squeezed into the dialog's height)."""
        needed = 0
        for column in self._columns:
            total = 0
            for index in range(column.count()):
                item = column.itemAt(index)
                widget = item.widget() if item is not None else None
                if widget is None or widget.isHidden():
                    continue
                for inner in widget.findChildren(QLayout):  # what just changed is not measured until invalidated
                    inner.invalidate()
                hint = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else -1
                total += max(hint, widget.minimumSizeHint().height()) + column.spacing()
            needed = max(needed, total)
        outer = self._content.layout()
        margins = outer.contentsMargins().top() + outer.contentsMargins().bottom() if outer is not None else 0
        self._content.setMinimumHeight(needed + margins)

    def _read_proposal(self) -> None:
        """The picture (symptoms and the session's vital signs), the disagreement with the grade, and the proposal:
        the same reading that saving records."""
        grade_id = self.grade_group.checkedId()
        self.response_box.enable_choices()
        limits = self.controller.rate_limits()
        rate = self.response_box.rate(self.rate_at_onset, limits)
        previous = self.response_box.rate(self.previous_step, limits) if self.previous_step.text().strip() else None
        self._proposal = None
        assessment = self.controller.assess_reaction(self.symptoms_box.ticked(), self._onset())
        self._assessment = assessment
        self.response_box.show_picture(assessment, assessment.disagreement(grade_id if grade_id > 0 else None))
        if grade_id < 1:
            self.response_box.show_waiting(self.tr("Choose the grade to see the proposed response."))
            return
        if self.response_box.infusing and rate is None:
            self.response_box.show_waiting(self.tr("Type the rate at onset as a number of mL/h to see the proposal."))
            return
        proposal = propose_response(grade_id, rate, previous, assessment=assessment, limits=limits)
        self._proposal = proposal
        self.response_box.show_proposal(proposal, shown=assessment.why)

    @property
    def assessment(self) -> Assessment | None:
        return self._assessment

    @property
    def proposal(self) -> Proposal | None:
        return self._proposal

    def chosen_action(self) -> ResponseAction | None:
        return self.response_box.chosen_action()

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
            symptoms=self.symptoms_box.ticked(),
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
            self.form.show_general(error_text(error))
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
        self._fit_height()  # the messages beside the fields take room too

    def error_for(self, name: str) -> str:
        if name.startswith("medications."):
            number = int(name.split(".")[1])
            row = self.med_rows[number]
            return error_message(row.error) if row.error.isVisibleTo(self) else ""
        return self.form.error_for(name)
