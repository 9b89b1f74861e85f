"""Check-in's action bar: the double-check and Confirm plan, kept at the foot of the tab, outside its scrolling
part, so that confirming never needs a scroll (1280x800 included). Enter in any of its fields confirms."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.checkin import DoubleCheckMethod
from ivig_desktop.domain.policy import DoubleCheckRule
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import Form


class ConfirmBar(QGroupBox):
    """The double-check (a second nurse's name, or the nurse's own dose and first rate) and Confirm plan."""

    confirm_requested = Signal()

    def __init__(self, rule: DoubleCheckRule, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Double-check and confirm"), parent)
        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.by_second = QRadioButton(self.tr("A second nurse checked the calculation"), self)
        self.by_self = QRadioButton(self.tr("I re-checked it myself"), self)
        group = QButtonGroup(self)
        for button in (self.by_second, self.by_self):
            group.addButton(button)
            button.toggled.connect(self._method_changed)
        self.by_second.setVisible(rule is not DoubleCheckRule.SELF)
        self.by_self.setVisible(rule is not DoubleCheckRule.SECOND_NURSE)
        methods = QHBoxLayout()
        methods.addWidget(self.by_second)
        methods.addWidget(self.by_self)
        methods.addStretch(1)
        form_layout.addRow(methods)
        self.second_nurse = QLineEdit(self)
        self.form.add("second_nurse", self.tr("Second nurse's name"), self.second_nurse)
        self.retyped_dose = QLineEdit(self)
        self.form.add("retyped_dose_g", self.tr("Dose from your calculation (g)"), self.retyped_dose)
        self.retyped_rate = QLineEdit(self)
        self.form.add(
            "retyped_first_rate_ml_per_h", self.tr("First pump rate from your calculation (mL/h)"), self.retyped_rate
        )
        for edit in (self.second_nurse, self.retyped_dose, self.retyped_rate):
            edit.returnPressed.connect(self.confirm_requested)
        (self.by_self if rule is DoubleCheckRule.SELF else self.by_second).setChecked(True)
        self.weight_ack = QCheckBox(self.tr("I have seen the weight change; the dose is recalculated"), self)
        self.form.add("weight_ack", "", self.weight_ack)
        self.show_weight_ack(False)
        form_layout.addRow(self.form.general_error)

        self.confirm_button = QPushButton(self.tr("Confirm plan"), self)
        self.confirm_button.setAccessibleName(self.tr("Confirm plan"))
        self.confirm_button.setToolTip(self.tr("Record the plan exactly as shown, with the double-check (Enter)"))
        set_font(self.confirm_button, 1.15, bold=True)
        self.confirm_button.clicked.connect(self.confirm_requested)
        self.confirmed_label = QLabel(self)
        self.confirmed_label.setWordWrap(True)
        self.confirmed_label.setAccessibleDescription(self.tr("Confirmed plan"))
        action = QVBoxLayout()
        action.addWidget(self.confirm_button)
        action.addWidget(self.confirmed_label, 1)
        row = QHBoxLayout()
        row.addLayout(form_layout, 3)
        row.addLayout(action, 2)
        QVBoxLayout(self).addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.confirmed_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._method_changed()

    @property
    def method(self) -> DoubleCheckMethod:
        return DoubleCheckMethod.SECOND_NURSE if self.by_second.isChecked() else DoubleCheckMethod.SELF

    def show_weight_ack(self, needed: bool) -> None:
        self.weight_ack.setVisible(needed)
        self.form.rows["weight_ack"].label.setVisible(needed)

    def clear_entries(self) -> None:
        for edit in (self.second_nurse, self.retyped_dose, self.retyped_rate):
            edit.clear()

    def _method_changed(self) -> None:
        second = self.by_second.isChecked()
        for name, visible in (
            ("second_nurse", second),
            ("retyped_dose_g", not second),
            ("retyped_first_rate_ml_per_h", not second),
        ):
            row = self.form.rows[name]
            row.editor.setVisible(visible)
            row.label.setVisible(visible)
