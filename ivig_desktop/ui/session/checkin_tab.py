"""Check-in: the regimen (versioned), the patient's recent history, today's weight, the plan computed with its
working, the double-check, and the confirmation that the infusion will follow."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain import checkin
from ivig_desktop.domain.checkin import DoubleCheckMethod
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.infusion import PlanSnapshot
from ivig_desktop.domain.plan import Plan
from ivig_desktop.domain.policy import DoubleCheckRule
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.regimen import RegimenDialog
from ivig_desktop.ui.session.checkin_history import history_texts, regimen_summary, versions_text
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font
from ivig_desktop.ui.widgets.form import Form
from ivig_desktop.ui.workstation import Workstation


class CheckInTab(QWidget):
    def __init__(self, workstation: Workstation, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.controller = controller
        self.plan: Plan | None = None
        self.snapshot: PlanSnapshot | None = None
        self.regimen_dialog: RegimenDialog | None = None

        # Regimen
        regimen_box = QGroupBox(self.tr("Regimen"), self)
        self.regimen_label = QLabel(regimen_box)
        self.regimen_label.setWordWrap(True)
        self.regimen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.regimen_label.setAccessibleName(self.tr("Regimen"))
        self.edit_regimen_button = QPushButton(regimen_box)
        self.edit_regimen_button.clicked.connect(self.open_regimen)
        self.versions_label = QLabel(regimen_box)
        self.versions_label.setWordWrap(True)
        self.versions_label.setAccessibleName(self.tr("Earlier regimen versions"))
        regimen_layout = QVBoxLayout(regimen_box)
        regimen_layout.addWidget(self.regimen_label)
        regimen_layout.addWidget(self.versions_label)
        regimen_layout.addWidget(self.edit_regimen_button, 0, Qt.AlignmentFlag.AlignLeft)

        # History
        history_box = QGroupBox(self.tr("Recent sessions"), self)
        self.history_label = QLabel(history_box)
        self.history_label.setWordWrap(True)
        self.history_label.setAccessibleName(self.tr("Recent sessions"))
        QVBoxLayout(history_box).addWidget(self.history_label)

        # Today
        today_box = QGroupBox(self.tr("Today"), self)
        today_form = QFormLayout(today_box)
        self.form = Form(today_form, today_box)
        self.weight = QLineEdit(today_box)
        self.form.add("weight_kg", self.tr("Today's &weight (kg)"), self.weight)
        self.risk_label = QLabel(today_box)
        self.risk_label.setWordWrap(True)
        self.risk_label.setAccessibleName(self.tr("Renal and thrombosis risk"))
        today_form.addRow(self.tr("At risk"), self.risk_label)
        self.calculate_button = QPushButton(self.tr("Calculate plan"), today_box)
        self.calculate_button.setAccessibleName(self.tr("Calculate plan"))
        self.calculate_button.clicked.connect(self.calculate)
        self.weight.returnPressed.connect(self.calculate)
        today_form.addRow(self.form.general_error)
        today_form.addRow(self.calculate_button)

        # Plan
        plan_box = QGroupBox(self.tr("Plan"), self)
        self.plan_summary = QLabel(plan_box)
        self.plan_summary.setWordWrap(True)
        set_font(self.plan_summary, 1.1, bold=True)
        self.plan_summary.setAccessibleName(self.tr("Plan summary"))
        self.warnings_label = QLabel(plan_box)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Plan warnings"))
        self.steps = QTableWidget(0, 5, plan_box)
        self.steps.setAccessibleName(self.tr("Plan steps"))
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Start"), self.tr("For"), self.tr("mg/kg/min"), self.tr("Pump mL/h"), self.tr("Origin")]
        )
        self.steps.verticalHeader().setVisible(False)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.working = QPlainTextEdit(plan_box)
        self.working.setReadOnly(True)
        self.working.setAccessibleName(self.tr("Working behind every number"))
        self.working.setMinimumHeight(140)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(self.plan_summary)
        plan_layout.addWidget(self.warnings_label)
        plan_layout.addWidget(self.steps)
        plan_layout.addWidget(QLabel(self.tr("Working (every number, its inputs, formula and source):"), plan_box))
        plan_layout.addWidget(self.working)

        # Double-check and confirmation
        confirm_box = QGroupBox(self.tr("Double-check and confirm"), self)
        confirm_layout = QFormLayout(confirm_box)
        self.confirm_form = Form(confirm_layout, confirm_box)
        self.by_second = QRadioButton(self.tr("A second nurse checked the calculation"), confirm_box)
        self.by_self = QRadioButton(self.tr("I re-checked it myself"), confirm_box)
        group = QButtonGroup(self)
        for button in (self.by_second, self.by_self):
            button.setAccessibleName(button.text())
            group.addButton(button)
            button.toggled.connect(self._method_changed)
        rule = controller.config.policy.double_check
        self.by_second.setVisible(rule is not DoubleCheckRule.SELF)
        self.by_self.setVisible(rule is not DoubleCheckRule.SECOND_NURSE)
        methods = QHBoxLayout()
        methods.addWidget(self.by_second)
        methods.addWidget(self.by_self)
        confirm_layout.addRow(methods)
        self.second_nurse = QLineEdit(confirm_box)
        self.confirm_form.add("second_nurse", self.tr("Second nurse's name"), self.second_nurse)
        self.retyped_dose = QLineEdit(confirm_box)
        self.confirm_form.add("retyped_dose_g", self.tr("Dose from your calculation (g)"), self.retyped_dose)
        self.retyped_rate = QLineEdit(confirm_box)
        self.confirm_form.add(
            "retyped_first_rate_ml_per_h", self.tr("First pump rate from your calculation (mL/h)"), self.retyped_rate
        )
        (self.by_self if rule is DoubleCheckRule.SELF else self.by_second).setChecked(True)
        self.weight_ack = QCheckBox(self.tr("I have seen the weight change; the dose is recalculated"), confirm_box)
        self.weight_ack.setAccessibleName(self.weight_ack.text())
        self.confirm_form.add("weight_ack", "", self.weight_ack)
        self.confirm_button = QPushButton(self.tr("Confirm plan"), confirm_box)
        self.confirm_button.setAccessibleName(self.tr("Confirm plan"))
        set_font(self.confirm_button, 1.15, bold=True)
        self.confirm_button.clicked.connect(self.confirm)
        self.confirmed_label = QLabel(confirm_box)
        self.confirmed_label.setWordWrap(True)
        self.confirmed_label.setAccessibleName(self.tr("Confirmed plan"))
        confirm_layout.addRow(self.confirm_form.general_error)
        confirm_layout.addRow(self.confirm_button)
        confirm_layout.addRow(self.confirmed_label)

        columns = QGridLayout()
        columns.addWidget(regimen_box, 0, 0)
        columns.addWidget(history_box, 1, 0)
        columns.addWidget(today_box, 2, 0)
        columns.addWidget(confirm_box, 3, 0)
        columns.addWidget(plan_box, 0, 1, 4, 1)
        columns.setColumnStretch(0, 2)
        columns.setColumnStretch(1, 3)
        content = QWidget(self)
        content.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        controller.changed.connect(self.refresh)
        self._method_changed()
        self.refresh()

    # Rendering
    def refresh(self) -> None:
        version = self.controller.regimen()
        if version is None:
            self.regimen_label.setText(self.tr("No regimen yet: create one to compute the plan."))
            self.edit_regimen_button.setText(self.tr("Create regimen…"))
        else:
            product = self.controller.config.catalog.get(version.regimen.product_id)
            self.regimen_label.setText(regimen_summary(version, product.display_name))
            self.edit_regimen_button.setText(self.tr("Change regimen…"))
        self.edit_regimen_button.setAccessibleName(self.edit_regimen_button.text().rstrip("…"))
        self._show_versions()
        self._show_history()
        state = self.controller.session.checklist(self.controller.config.checklist)
        screens = [i for i in self.controller.config.checklist.items if i.sets_at_risk]
        unanswered = [i for i in screens if state.answer(i.id) is None]
        if state.at_risk:
            names = ", ".join(i.id.replace("_", " ") for i in state.risks_present)
            self.risk_label.setText(self.tr("{0} Yes ({1}): the at-risk cap applies").format(WARNING_SYMBOL, names))
        elif unanswered:
            self.risk_label.setText(self.tr("Not screened yet: answer the risk screens in Checks"))
        else:
            self.risk_label.setText(self.tr("No (risk screens answered: no risk found)"))
        self._show_confirmed()

    def _show_versions(self) -> None:
        """Earlier versions stay visible: each with its date, author, reason and what it said."""
        text = versions_text(self._workstation, self.controller.patient.id)
        self.versions_label.setText(text)
        self.versions_label.setVisible(bool(text))

    def _show_history(self) -> None:
        text, working = history_texts(self.controller)
        self.history_label.setText(text)
        if working is not None:
            self.history_label.setToolTip(working)

    def _show_confirmed(self) -> None:
        plan = self.controller.session.infusion.plan
        confirmations = self.controller.session.effective_events(EventType.PLAN_CONFIRMED)
        if plan is None or not confirmations:
            self.confirmed_label.setText("")
            return
        last = confirmations[-1]
        check = last.payload.get("double_check", {})
        checker = check.get("checker", "") if isinstance(check, dict) else ""
        self.confirmed_label.setText(
            self.tr("✓ Plan confirmed at {0}: {1} g, {2}; first rate {3}; checked by {4}.").format(
                fmt.time_hm(last.occurred_at),
                plan.dose_g,
                fmt.volume(plan.volume_ml),
                fmt.rate(plan.steps[0].rate_ml_per_h),
                checker,
            )
        )
        self.confirm_button.setText(self.tr("Confirm again") if not self.controller.session.infusion.started else "")
        self.confirm_button.setVisible(not self.controller.session.infusion.started)

    def _method_changed(self) -> None:
        second = self.by_second.isChecked()
        for name, visible in (
            ("second_nurse", second),
            ("retyped_dose_g", not second),
            ("retyped_first_rate_ml_per_h", not second),
        ):
            row = self.confirm_form.rows[name]
            row.editor.setVisible(visible)
            row.label.setVisible(visible)

    # Actions
    def open_regimen(self) -> None:
        self.regimen_dialog = RegimenDialog(self._workstation, self.controller.patient, self.controller.regimen(), self)
        self.regimen_dialog.saved.connect(lambda _version: self.refresh())
        self.regimen_dialog.open()

    def calculate(self) -> None:
        self.form.clear_errors()
        version = self.controller.regimen()
        if version is None:
            self.form.show_general(self.tr("Create the regimen first."))
            return
        try:
            self.plan = self.controller.compute_plan(self.weight.text(), version.regimen)
            self.snapshot = checkin.snapshot(self.plan)
        except ValidationError as error:
            self.plan = self.snapshot = None
            self.form.show_errors(error)
            self._show_plan()
            return
        except DomainError as error:
            self.plan = self.snapshot = None
            self.form.show_general(str(error))
            self._show_plan()
            return
        self._show_plan()

    def _show_plan(self) -> None:
        plan, snap = self.plan, self.snapshot
        if plan is None or snap is None or plan.dose is None:
            self.plan_summary.setText("")
            self.warnings_label.setText("")
            self.steps.setRowCount(0)
            self.working.setPlainText("")
            return
        vials = " + ".join(f"{count} x {size.normalize():f} g" for size, count in plan.dose.vials.vials)
        eta = plan.estimated_minutes
        self.plan_summary.setText(
            self.tr("{0}: {1} g ({2}) = {3}; max {4}; about {5} min").format(
                snap.product_name, snap.dose_g, vials, fmt.volume(snap.volume_ml), fmt.rate(snap.max_rate_ml_per_h), eta
            )
        )
        flag = checkin.weight_change_flag(self._regimen_weight(), plan.weight_kg)
        warnings = ([flag] if flag else []) + list(plan.warnings)
        self.warnings_label.setText("\n".join(f"{WARNING_SYMBOL} {w}" for w in warnings))
        self.weight_ack.setVisible(bool(flag))
        self.confirm_form.rows["weight_ack"].label.setVisible(bool(flag))
        self.steps.setRowCount(len(plan.steps))
        for row, step in enumerate(plan.steps):
            duration = self.tr("to the end") if step.duration_min is None else f"{step.duration_min} min"
            cells = [
                f"{step.start_min} min",
                duration,
                f"{step.rate_mg_per_kg_min.normalize():f}",
                f"{step.rate_ml_per_h}",
                step.origin.value,
            ]
            for column, text in enumerate(cells):
                self.steps.setItem(row, column, QTableWidgetItem(text))
        self.working.setPlainText("\n".join(snap.working))

    def _regimen_weight(self) -> Decimal | None:
        version = self.controller.regimen()
        return version.regimen.weight_kg if version else None

    def confirm(self) -> None:
        self.confirm_form.clear_errors()
        if self.plan is None or self.snapshot is None:
            self.confirm_form.show_general(self.tr("Calculate the plan first."))
            return
        version = self.controller.regimen()
        nurse = self._workstation.require_nurse()
        method = DoubleCheckMethod.SECOND_NURSE if self.by_second.isChecked() else DoubleCheckMethod.SELF
        try:
            check = checkin.validate_double_check(
                method,
                signed_in=nurse.display_name,
                second_nurse=self.second_nurse.text(),
                retyped_dose_g=self.retyped_dose.text(),
                retyped_first_rate_ml_per_h=self.retyped_rate.text(),
                snapshot=self.snapshot,
            )
            self.controller.confirm_plan(
                self.snapshot,
                weight_kg=self.plan.weight_kg,
                regimen_weight_kg=version.regimen.weight_kg if version else None,
                inputs={
                    **checkin.request_inputs(self.plan.request),
                    "regimen_version": version.version if version else None,
                },
                double_check=check,
                weight_flag_acknowledged=self.weight_ack.isChecked(),
            )
        except ValidationError as error:
            if "weight_kg" in error.errors:
                error.errors["weight_ack"] = error.errors.pop("weight_kg")
            self.confirm_form.show_errors(error)
            return
        except (DomainError, StoreError) as error:
            self.confirm_form.show_general(str(error))
            return
        self.second_nurse.clear()
        self.retyped_dose.clear()
        self.retyped_rate.clear()
