"""The vitals form: keyboard-first entry of one vitals set.

Fields in tab order: systolic, diastolic (typing '/' in systolic jumps there), heart rate, respiratory rate,
temperature, SpO2, pain, weight (optional), time (empty = now; an earlier time marks a late entry), then Save.
Enter in any field saves. The temperature unit (°C or °F) is a setting of this workstation, after Save in the tab
order so that it never slows entry. A refused value is shown beside its field and nothing is stored; after a save
the flags are listed in words with a ⚠ (each with its rule and numbers), and a flag during or after the infusion
offers the reaction workflow.
"""

from __future__ import annotations

import itertools
from datetime import timedelta

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import Event
from ivig_desktop.domain.vitals import TemperatureUnit, VitalsInput, VitalsReading, validate_vitals
from ivig_desktop.paths import settings_path
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, translate, words
from ivig_desktop.ui.recovery import FormDraft
from ivig_desktop.ui.style import WARNING_SYMBOL, set_error_colour, set_font
from ivig_desktop.ui.widgets.form import FieldRow, Form, error_label
from ivig_desktop.ui.widgets.time_field import TimeField

TEMPERATURE_UNIT_KEY = "vitals/temperature_unit"


def workstation_settings() -> QSettings:
    """This workstation's settings file, in the per-user data directory (tests point that at a temporary folder)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)  # owner-only, as the database


def temperature_unit(settings: QSettings) -> TemperatureUnit:
    value = settings.value(TEMPERATURE_UNIT_KEY, TemperatureUnit.CELSIUS.value)
    try:
        return TemperatureUnit(str(value))
    except ValueError:
        return TemperatureUnit.CELSIUS


class SystolicEdit(QLineEdit):
    """Typing '/' (as in 120/80) moves to the diastolic field."""

    slash = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() == "/":
            self.slash.emit()
            event.accept()
            return
        super().keyPressEvent(event)


# (field name, label); the temperature label names the unit in use.
_FIELDS = (
    ("systolic_mmhg", QT_TRANSLATE_NOOP("VitalsForm", "S&ystolic (mmHg)")),
    ("diastolic_mmhg", QT_TRANSLATE_NOOP("VitalsForm", "Diasto&lic (mmHg)")),
    ("heart_rate_per_min", QT_TRANSLATE_NOOP("VitalsForm", "&Heart rate (/min)")),
    ("respiratory_rate_per_min", QT_TRANSLATE_NOOP("VitalsForm", "Respiratory rate (/&min)")),
    ("temperature", QT_TRANSLATE_NOOP("VitalsForm", "&Temperature")),
    ("spo2_percent", QT_TRANSLATE_NOOP("VitalsForm", "Sp&O2 (%)")),
    ("pain_score", QT_TRANSLATE_NOOP("VitalsForm", "Pain (&0-10)")),
    ("weight_kg", QT_TRANSLATE_NOOP("VitalsForm", "&Weight (kg, optional)")),
)


def add_grid_row(form: Form, grid: QGridLayout, name: str, label_text: str, editor: QWidget) -> None:
    """Label and editor side by side; the error message under both, across the whole width (a narrow field
    would squeeze it). Registered in `form` under the domain field `name`."""
    parent = form.parent()
    assert isinstance(parent, QWidget)
    row = grid.rowCount()
    label = QLabel(label_text, parent)
    label.setBuddy(editor)
    editor.setAccessibleName(label_text.replace("&", ""))
    error = error_label(parent)
    grid.addWidget(label, row, 0)
    grid.addWidget(editor, row, 1, Qt.AlignmentFlag.AlignLeft)
    grid.addWidget(error, row + 1, 0, 1, 2)
    form.rows[name] = FieldRow(name, label, editor, error)


def add_vitals_fields(form: Form, grid: QGridLayout) -> dict[str, QLineEdit]:
    """The vitals editors, added to `grid` (and `form`) in tab order. Keys are the domain field names."""
    parent = form.parent()
    assert isinstance(parent, QWidget)
    edits: dict[str, QLineEdit] = {}
    for name, label in _FIELDS:
        edit: QLineEdit = SystolicEdit(parent) if name == "systolic_mmhg" else QLineEdit(parent)
        edit.setMaxLength(8)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000000") + 16)
        add_grid_row(form, grid, name, translate("VitalsForm", label), edit)
        edits[name] = edit
    systolic = edits["systolic_mmhg"]
    assert isinstance(systolic, SystolicEdit)
    systolic.slash.connect(lambda: edits["diastolic_mmhg"].setFocus(Qt.FocusReason.TabFocusReason))
    return edits


def temperature_label(parent: QWidget, unit: TemperatureUnit) -> str:
    return translate("VitalsForm", "&Temperature ({0})").format(unit.symbol)


def vitals_input(edits: dict[str, QLineEdit], unit: TemperatureUnit) -> VitalsInput:
    return VitalsInput(
        systolic_mmhg=edits["systolic_mmhg"].text(),
        diastolic_mmhg=edits["diastolic_mmhg"].text(),
        heart_rate_per_min=edits["heart_rate_per_min"].text(),
        respiratory_rate_per_min=edits["respiratory_rate_per_min"].text(),
        temperature=edits["temperature"].text(),
        spo2_percent=edits["spo2_percent"].text(),
        pain_score=edits["pain_score"].text(),
        weight_kg=edits["weight_kg"].text(),
        temperature_unit=unit,
    )


class VitalsForm(QWidget):
    """Enter a vitals set. Emits `saved` with the stored event, and `reaction_requested` when the nurse takes up the
    offer to record a reaction after a flag during or after the infusion."""

    saved = Signal(object)
    reaction_requested = Signal()

    def __init__(
        self, controller: SessionController, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings if settings is not None else workstation_settings()
        self.setAccessibleName(self.tr("Record vital signs"))
        self.last_reading: VitalsReading | None = None
        self.draft: FormDraft | None = None

        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.form = Form(QFormLayout(), self)
        self.edits = add_vitals_fields(self.form, grid)
        self.time_edit = TimeField("occurred_at", self)
        self.time_edit.setPlaceholderText(self.tr("now (or HH:MM)"))
        self.time_edit.setFixedWidth(self.time_edit.fontMetrics().horizontalAdvance("now (or HH:MM)") + 20)
        add_grid_row(self.form, grid, "occurred_at", self.tr("Ta&ken at"), self.time_edit)
        self.late_label = QLabel(self)
        self.late_label.setWordWrap(True)
        self.late_label.setAccessibleDescription(self.tr("Time taken"))
        self.late_label.hide()
        self.time_edit.textChanged.connect(self._update_late)
        for edit in (*self.edits.values(), self.time_edit):
            edit.returnPressed.connect(self.save)

        self.save_button = QPushButton(self.tr("Save vitals"), self)
        self.save_button.setToolTip(self.tr("Save this vitals set (Enter in any field)"))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.unit_combo = QComboBox(self)
        for unit in TemperatureUnit:
            self.unit_combo.addItem(unit.symbol, unit.value)
        self.unit_combo.setAccessibleName(self.tr("Temperature unit on this workstation"))
        self.unit_combo.setToolTip(self.tr("Temperatures are typed in this unit on this workstation (stored in °C)"))
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(temperature_unit(self.settings).value))
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        unit_label = QLabel(self.tr("&Unit"), self)
        unit_label.setBuddy(self.unit_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(unit_label)
        buttons.addWidget(self.unit_combo)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleDescription(self.tr("Save status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.flags_label = QLabel(self)
        self.flags_label.setWordWrap(True)
        self.flags_label.setAccessibleDescription(self.tr("Flags"))
        set_error_colour(self.flags_label)
        set_font(self.flags_label, 1.0, bold=True)
        self.flags_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flags_label.hide()

        self.offer = QFrame(self)
        self.offer.setFrameShape(QFrame.Shape.Box)
        self.offer.setAccessibleName(self.tr("Reaction offer"))
        self.offer_text = QLabel(self.tr("A value is flagged during the infusion. Is this a reaction?"), self.offer)
        self.offer_text.setWordWrap(True)
        self.offer_button = QPushButton(self.tr("Record reaction…"), self.offer)
        self.offer_button.setAccessibleDescription(self.tr("Record a reaction for these flags"))
        self.offer_button.clicked.connect(self.reaction_requested)
        self.dismiss_button = QPushButton(self.tr("Not a reaction"), self.offer)
        self.dismiss_button.setAccessibleDescription(self.tr("Not a reaction: dismiss the offer"))
        self.dismiss_button.clicked.connect(self._dismiss_offer)
        offer_layout = QVBoxLayout(self.offer)
        offer_layout.addWidget(self.offer_text)
        offer_buttons = QHBoxLayout()
        offer_buttons.addWidget(self.offer_button)
        offer_buttons.addWidget(self.dismiss_button)
        offer_buttons.addStretch(1)
        offer_layout.addLayout(offer_buttons)
        self.offer.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.late_label)
        layout.addWidget(self.form.general_error)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.flags_label)
        layout.addWidget(self.offer)

        order: list[QWidget] = [*self.edits.values(), self.time_edit, self.save_button, self.unit_combo]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._unit_changed()

    @property
    def unit(self) -> TemperatureUnit:
        return TemperatureUnit(str(self.unit_combo.currentData()))

    def _unit_changed(self) -> None:
        self.settings.setValue(TEMPERATURE_UNIT_KEY, self.unit.value)
        row = self.form.rows["temperature"]
        text = temperature_label(self, self.unit)
        row.label.setText(text)
        row.editor.setAccessibleName(text.replace("&", ""))

    def _update_late(self) -> None:
        note = self.time_edit.late_note(self.controller.clock.now())
        self.late_label.setText(note)
        self.late_label.setVisible(bool(note))

    def _dismiss_offer(self) -> None:
        self.offer.hide()
        self.edits["systolic_mmhg"].setFocus()

    def focus_first(self) -> None:
        self.edits["systolic_mmhg"].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Validate and store; only once committed are the fields cleared and the set shown as saved."""
        self.form.clear_errors()
        now = self.controller.clock.now()
        values = vitals_input(self.edits, self.unit)
        try:
            try:
                occurred_at = self.time_edit.moment(now)
            except ValidationError as time_error:
                errors = FieldErrors()  # show every bad field at once: the values as well as the time
                errors.capture(time_error)
                try:
                    validate_vitals(values, self.controller.vitals_config)
                except ValidationError as error:
                    errors.capture(error)
                errors.raise_if_any()
                return
            event = self.controller.record_vitals(values, occurred_at)
        except ValidationError as error:
            self._clear_result()
            self.form.show_errors(error)
            return
        except StoreError as error:
            self._clear_result()
            problem = self.draft.keep(self._fields()) if self.draft is not None else None
            kept = self.tr(" What you typed is kept here and in a recovery file.") if problem is None else ""
            self.form.show_general(error_text(error) + kept)
            return
        except DomainError as error:
            self._clear_result()
            self.form.show_general(error_text(error))
            return
        if self.draft is not None:
            self.draft.saved()
        self._saved(event)

    def _fields(self) -> dict[str, str]:
        fields = {name: edit.text() for name, edit in self.edits.items()}
        fields["occurred_at"] = self.time_edit.text()
        return fields

    def use_draft(self, draft: FormDraft) -> None:
        """Keep what could not be saved in a recovery file, and put back a set kept by an earlier failed save."""
        self.draft = draft
        kept = draft.restore()
        if kept and not any(edit.text() for edit in self.edits.values()):
            for name, edit in self.edits.items():
                edit.setText(kept.get(name, ""))
            self.time_edit.setText(kept.get("occurred_at", ""))
            self.status_label.setText(
                self.tr("A vitals set that could not be saved earlier is back in the form: press Save vitals.")
            )
            self.status_label.show()
        for edit in (*self.edits.values(), self.time_edit):
            edit.textChanged.connect(lambda _text: draft.update(self._fields()))

    def _clear_result(self) -> None:
        """Forget the last save's status, flags and offer: they belong to the previous set, not to this one."""
        for widget in (self.status_label, self.flags_label):
            widget.clear()
            widget.hide()
        self.offer.hide()

    def _saved(self, event: Event) -> None:
        for edit in (*self.edits.values(), self.time_edit):
            edit.clear()
        reading = self.controller.vitals_history().reading(event.id)
        taken = ""
        if event.recorded_at - event.occurred_at >= timedelta(minutes=1):
            taken = self.tr(" (taken at {0})").format(fmt.time_hm(event.occurred_at))
        self.status_label.setText(self.tr("✓ Vitals saved at {0}{1}.").format(fmt.time_hm(event.recorded_at), taken))
        self.status_label.show()
        self.last_reading = reading
        if reading.flags:
            lines = [f"{WARNING_SYMBOL} {words(flag.sentence(self.unit))}" for flag in reading.flags]
            self.flags_label.setText("\n".join(lines))
            self.flags_label.setAccessibleDescription(
                ". ".join(words(flag.sentence(self.unit)) for flag in reading.flags)
            )
            self.flags_label.show()
        else:
            self.flags_label.setText(self.tr("No value past an alert threshold."))
            self.flags_label.hide()
        # Every flag offers the reaction form once the patient has had IVIG: while it runs or is paused, and in
        # the observation after it (delayed reactions). Before the start there is nothing to react to yet.
        running = self.controller.infusion_running()
        after = not running and self.controller.infusion_started_at() is not None
        offer = bool(reading.flags) and (running or after)
        self.offer_text.setText(
            self.tr("A value is flagged after the infusion. Is this a reaction?")
            if after
            else self.tr("A value is flagged during the infusion. Is this a reaction?")
        )
        self.offer.setVisible(offer)
        self.saved.emit(event)
        if offer:
            self.offer_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_first()
