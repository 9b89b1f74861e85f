"""The reaction dialog's left-hand boxes and its escalation box: each builds its fields and registers them with the
dialog's Form (so that a refusal shows beside its field), laid out by itself."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.reactions import SYMPTOM_GROUPS, Grade, ReactionOutcome, Symptom
from ivig_desktop.ui.i18n import words
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font
from ivig_desktop.ui.widgets.form import FieldRow, Form, error_label
from ivig_desktop.ui.widgets.time_field import TimeField


def register(form: Form, name: str, label: QLabel | None, editor: QWidget, error: QLabel) -> None:
    """A row the Form shows errors for, laid out by the caller."""
    form.rows[name] = FieldRow(name, label or QLabel(), editor, error)


def pair(first: QWidget, middle: str, second: QWidget) -> QWidget:
    """Two editors on one line with a word between them ('<name> at <time>')."""
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first, 2)
    label = QLabel(middle, cell)
    row.addWidget(label)
    row.addWidget(second, 1)
    return cell


class ReasonBox(QGroupBox):
    """Why a reaction is being corrected (shown only when correcting)."""

    def __init__(self, form: Form, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Why is this reaction being corrected?"))
        self.reason = QLineEdit(self)
        layout = QFormLayout(self)
        label = QLabel(self.tr("&Reason for correction"), self)
        label.setBuddy(self.reason)
        self.reason.setAccessibleName(self.tr("Reason for correction"))
        error = error_label(self)
        cell = QVBoxLayout()
        cell.addWidget(self.reason)
        cell.addWidget(error)
        layout.addRow(label, cell)
        register(form, "reason", label, self.reason, error)


class SymptomsBox(QGroupBox):
    """A checkbox per symptom, grouped by the body system it shows (as the anaphylaxis criteria group them), the
    signs of anaphylaxis marked and explained, other symptoms, and a note of the flagged vitals the dialog was
    opened from."""

    def __init__(self, form: Form, changed: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Symptoms"))
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        self.boxes: dict[Symptom, QCheckBox] = {}
        row = 0
        for title, symptoms in SYMPTOM_GROUPS:
            heading = QLabel(words(title), self)
            set_font(heading, 0.9, bold=True)
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for index, symptom in enumerate(symptoms):
                box = QCheckBox(words(symptom.label), self)
                grid.addWidget(box, row + index // 2, index % 2)
                box.toggled.connect(changed)
                self.boxes[symptom] = box
            row += (len(symptoms) + 1) // 2
        signs = Symptom.ANAPHYLAXIS_SIGNS
        name, _, examples = words(signs.label).partition(" (")
        box = QCheckBox(f"{WARNING_SYMBOL} {name}", self)
        box.setAccessibleDescription(examples.rstrip(")"))
        box.toggled.connect(changed)
        self.boxes[signs] = box
        grid.addWidget(box, row, 0)
        signs_label = QLabel(examples.rstrip(")"), self)
        signs_label.setWordWrap(True)
        grid.addWidget(signs_label, row, 1)
        row += 1
        other_label = QLabel(self.tr("O&ther symptoms"), self)
        self.other = QLineEdit(self)
        self.other.setAccessibleName(self.tr("Other symptoms"))
        other_label.setBuddy(self.other)
        grid.addWidget(other_label, row, 0)
        grid.addWidget(self.other, row, 1)
        symptoms_error = error_label(self)
        grid.addWidget(symptoms_error, row + 1, 0, 1, 2)
        register(form, "symptoms", None, self.first, symptoms_error)
        other_error = error_label(self)
        grid.addWidget(other_error, row + 2, 0, 1, 2)
        register(form, "other_symptoms", other_label, self.other, other_error)
        self.flags_note = QLabel(self)
        self.flags_note.setWordWrap(True)
        self.flags_note.hide()
        grid.addWidget(self.flags_note, row + 3, 0, 1, 2)

    @property
    def first(self) -> QCheckBox:
        """The first checkbox on screen (where the keyboard starts)."""
        return self.boxes[SYMPTOM_GROUPS[0][1][0]]

    def ticked(self) -> list[Symptom]:
        return [symptom for symptom, box in self.boxes.items() if box.isChecked()]


class GradeBox(QGroupBox):
    """The onset time and the CTCAE grade, with each grade's meaning under it."""

    def __init__(self, form: Form, changed: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Onset and grade (CTCAE infusion-related reaction)"))
        layout = QVBoxLayout(self)
        onset_row = QHBoxLayout()
        onset_label = QLabel(self.tr("O&nset at"), self)
        self.onset_time = TimeField("onset_at", self)
        self.onset_time.setAccessibleName(self.tr("Onset time (empty for now)"))
        onset_label.setBuddy(self.onset_time)
        onset_row.addWidget(onset_label)
        onset_row.addWidget(self.onset_time)
        onset_row.addStretch(1)
        layout.addLayout(onset_row)
        onset_error = error_label(self)
        layout.addWidget(onset_error)
        register(form, "onset_at", onset_label, self.onset_time, onset_error)
        self.group = QButtonGroup(self)
        self.buttons: dict[Grade, QRadioButton] = {}
        for grade in Grade:
            button = QRadioButton(words(grade.title), self)
            set_font(button, 1.0, bold=True)
            button.setAccessibleName(words(grade.title))
            button.setAccessibleDescription(words(grade.meaning))
            meaning = QLabel(words(grade.meaning), self)
            meaning.setWordWrap(True)
            meaning.setIndent(24)
            self.group.addButton(button, int(grade))
            self.buttons[grade] = button
            layout.addWidget(button)
            layout.addWidget(meaning)
        self.group.idToggled.connect(changed)
        grade_error = error_label(self)
        layout.addWidget(grade_error)
        register(form, "grade", None, self.buttons[Grade.MILD], grade_error)


class EscalationBox(QGroupBox):
    """The prescriber notified (and when), emergency services called (and when), the outcome, notes."""

    def __init__(self, form: Form, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Prescriber, emergency services, outcome"))
        after = QFormLayout(self)
        self.provider_name = QLineEdit(self)
        self.provider_time = TimeField("provider_notified_at", self)
        self.emergency = QCheckBox(self.tr("&Emergency services called"), self)
        self.emergency_time = TimeField("emergency_services_called_at", self)
        self.outcome = QComboBox(self)
        self.outcome.addItem(self.tr("Not known yet"), "")
        for outcome in ReactionOutcome:
            self.outcome.addItem(words(outcome.label), outcome.value)
        self.resolved_time = TimeField("resolved_at", self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        provider_row = pair(self.provider_name, self.tr("at"), self.provider_time)
        emergency_row = pair(self.emergency, self.tr("at"), self.emergency_time)
        outcome_row = pair(self.outcome, self.tr("resolved at"), self.resolved_time)
        for name, label_text, shown, editor in (
            ("provider_name", self.tr("&Prescriber notified"), provider_row, self.provider_name),
            ("emergency_services_called_at", self.tr("Emergency"), emergency_row, self.emergency),
            ("outcome", self.tr("O&utcome"), outcome_row, self.outcome),
            ("notes", self.tr("Notes"), self.notes, self.notes),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(editor)
            if editor is not self.emergency:
                editor.setAccessibleName(label_text.replace("&", ""))
            error = error_label(self)
            column = QVBoxLayout()
            column.addWidget(shown)
            column.addWidget(error)
            after.addRow(label, column)
            register(form, name, label, editor, error)
            if name == "provider_name":
                register(form, "provider_notified_at", label, self.provider_time, error)
            if name == "outcome":
                register(form, "resolved_at", label, self.resolved_time, error)
        self.provider_time.setAccessibleName(self.tr("Time the prescriber was notified (empty for now)"))
        self.emergency_time.setAccessibleName(self.tr("Time emergency services were called (empty for now)"))
        self.resolved_time.setAccessibleName(self.tr("Time resolved (empty for now)"))
        # Tab in reading order (putting the fields in their rows moved them to the end of the focus chain).
        order = (
            self.provider_name,
            self.provider_time,
            self.emergency,
            self.emergency_time,
            self.outcome,
            self.resolved_time,
            self.notes,
        )
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
