"""Check-in: the regimen (versioned), the patient's recent history, today's weight and the risk screens, the plan
computed with its working, the double-check, and the confirmation that the infusion will follow.

The risk screens (renal, thrombosis) are asked here, before the plan, since a risk present changes it (the at-risk
cap). A risk answered or changed after the plan was confirmed is said loudly, at the top of this tab and where it
was answered: the new plan is calculated and shown beside the old one, and must be confirmed again before the
infusion can start. The double-check and Confirm plan stay at the foot of the tab, outside its scrolling part.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain import checkin
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.infusion import PlanSnapshot, seconds_to_infuse
from ivig_desktop.domain.plan import Plan
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.regimen import RegimenDialog
from ivig_desktop.ui.session.checkin_confirm import ConfirmBar
from ivig_desktop.ui.session.checkin_history import history_texts, regimen_summary, versions_text
from ivig_desktop.ui.session.checks_tab import ChecklistRow
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font, set_text, set_urgency
from ivig_desktop.ui.widgets.form import Form
from ivig_desktop.ui.workstation import Workstation


def plan_outline(plan: PlanSnapshot) -> str:
    """A plan in one line, to compare two: '5 steps, 21.8 to 348.0 mL/h, about 2 h 24 min'."""
    first, last = plan.steps[0].rate_ml_per_h, plan.steps[-1].rate_ml_per_h
    rates = f"{first} mL/h" if first == last else f"{first} to {last} mL/h"
    seconds = seconds_to_infuse(
        Fraction(plan.volume_ml),
        [(s.rate_ml_per_h, None if s.duration_min is None else timedelta(minutes=s.duration_min)) for s in plan.steps],
    )
    about = "" if seconds is None else f", about {fmt.duration(timedelta(seconds=float(seconds)))}"
    steps = "1 step" if len(plan.steps) == 1 else f"{len(plan.steps)} steps"
    return f"{steps}, {rates}{about}" + (" (at-risk cap)" if plan.at_risk else "")


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

        # Today: the weight and the risk screens, asked before the plan (a risk present changes it)
        today_box = QGroupBox(self.tr("Today"), self)
        today_form = QFormLayout(today_box)
        self.form = Form(today_form, today_box)
        self.weight = QLineEdit(today_box)
        self.form.add("weight_kg", self.tr("Today's &weight (kg)"), self.weight)
        self.risk_rows = {
            item.id: ChecklistRow(controller, item, today_box)
            for item in controller.config.checklist.items
            if item.sets_at_risk
        }
        for row in self.risk_rows.values():
            today_form.addRow(row)
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
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.steps.horizontalHeader().setStretchLastSection(True)
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

        # A risk answered after the plan was confirmed: said loudly, above everything, with the plans compared
        self.change_banner = QLabel(self)
        self.change_banner.setWordWrap(True)
        self.change_banner.setMargin(6)
        set_font(self.change_banner, 1.15, bold=True)
        set_urgency(self.change_banner, 2)
        self.change_banner.setAccessibleName(self.tr("The plan changes"))
        self.change_banner.hide()

        # Double-check and confirmation: the action bar at the foot of the tab
        self.confirm_bar = ConfirmBar(controller.config.policy.double_check, self)
        self.confirm_bar.confirm_requested.connect(self.confirm)
        bar = self.confirm_bar
        self.confirm_form = bar.form
        self.by_second, self.by_self = bar.by_second, bar.by_self
        self.second_nurse, self.retyped_dose, self.retyped_rate = bar.second_nurse, bar.retyped_dose, bar.retyped_rate
        self.weight_ack, self.confirm_button, self.confirmed_label = (
            bar.weight_ack,
            bar.confirm_button,
            bar.confirmed_label,
        )

        columns = QGridLayout()
        columns.addWidget(regimen_box, 0, 0)
        columns.addWidget(history_box, 1, 0)
        columns.addWidget(today_box, 2, 0)
        columns.addWidget(plan_box, 0, 1, 3, 1)
        columns.setColumnStretch(0, 2)
        columns.setColumnStretch(1, 3)
        columns.setRowStretch(2, 1)
        content = QWidget(self)
        content.setLayout(columns)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.change_banner)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.confirm_bar)

        controller.changed.connect(self.refresh)
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
        for row in self.risk_rows.values():
            row.show_state(state)
        started = self.controller.session.infusion.started
        for row in self.risk_rows.values():
            row.setEnabled(not started)
        unanswered = self.controller.session.risk_screens_unanswered(self.controller.config.checklist)
        if state.at_risk:
            names = ", ".join(i.id.replace("_", " ") for i in state.risks_present)
            self.risk_label.setText(self.tr("{0} Yes ({1}): the at-risk cap applies").format(WARNING_SYMBOL, names))
        elif unanswered:
            self.risk_label.setText(self.tr("Not screened yet: answer the risk screens above, then calculate"))
        else:
            self.risk_label.setText(self.tr("No (risk screens answered: no risk found)"))
        self._show_confirmed()
        self._follow_risk_answers(state.at_risk)

    def _follow_risk_answers(self, at_risk: bool) -> None:
        """A plan calculated before a risk answer changed is calculated again; a confirmed one that no longer fits
        is said loudly, with the new plan calculated and shown beside the old, to be confirmed again."""
        session = self.controller.session
        confirmed = session.infusion.plan
        change = session.plan_change_by_risk(self.controller.config.checklist)
        if change is not None and confirmed is not None and not session.infusion.started:
            if not self.weight.text().strip():
                last = session.effective_events(EventType.PLAN_CONFIRMED)[-1]
                self.weight.setText(str(last.payload.get("weight_kg", "")))
            if self.snapshot is None or self.snapshot.at_risk != at_risk:
                self.calculate()
            now = plan_outline(self.snapshot) if self.snapshot is not None else self.tr("calculate it below")
            set_text(
                self.change_banner,
                self.tr("{0} The plan changes: {1}. Confirmed: {2}. Now: {3}. Check the new plan and confirm it "
                        "again; the infusion cannot start until then.").format(
                    WARNING_SYMBOL, change, plan_outline(confirmed), now
                ),
            )  # fmt: skip
            self.change_banner.show()
            return
        self.change_banner.hide()
        if self.snapshot is not None and self.snapshot.at_risk != at_risk and not session.infusion.started:
            self.calculate()  # never leave a plan on screen that the risk screens no longer allow

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
        self.confirm_bar.show_weight_ack(bool(flag))
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
        method = self.confirm_bar.method
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
        self.confirm_bar.clear_entries()
