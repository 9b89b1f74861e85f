"""Check-in: the regimen (versioned), the patient's recent history, today's weight and the risk screens, the plan
computed with its working, the double-check, and the confirmation that the infusion will follow. The read-only
panels are in checkin_panels.py (regimen, history) and plan_box.py (the plan); the double-check and Confirm plan
are the action bar of checkin_confirm.py.

The risk screens (renal, thrombosis) are asked here, before the plan, since a risk present changes it (the at-risk
cap). A risk answered or changed after the plan was confirmed is said loudly, at the top of this tab and where it
was answered: the new plan is calculated and shown beside the old one, and must be confirmed again before the
infusion can start. The double-check and Confirm plan stay at the foot of the tab, outside its scrolling part.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain import checkin, units
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.infusion import PlanSnapshot
from ivig_desktop.domain.plan import Plan
from ivig_desktop.store.database import StoreError
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.regimen import RegimenDialog
from ivig_desktop.ui.i18n import error_text
from ivig_desktop.ui.session.checkin_confirm import ConfirmBar
from ivig_desktop.ui.session.checkin_panels import HistoryBox, RegimenBox
from ivig_desktop.ui.session.checks_tab import ChecklistRow
from ivig_desktop.ui.session.concentration import ConcentrationChoice
from ivig_desktop.ui.session.plan_box import PlanBox, plan_outline
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font, set_text, set_urgency
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

        # Regimen and history (read-only panels)
        self.regimen_box = regimen_box = RegimenBox(workstation, controller, self)
        self.regimen_label = regimen_box.regimen_label
        self.versions_label = regimen_box.versions_label
        self.edit_regimen_button = regimen_box.edit_regimen_button
        self.edit_regimen_button.clicked.connect(self.open_regimen)
        self.history_box = history_box = HistoryBox(controller, self)
        self.history_label = history_box.history_label

        # Today: the weight and the risk screens, asked before the plan (a risk present changes it)
        today_box = QGroupBox(self.tr("Today"), self)
        self._today_form = today_form = QFormLayout(today_box)
        self.form = Form(today_form, today_box)
        self.weight = QLineEdit(today_box)
        self.form.add("weight_kg", self.tr("Today's &weight (kg)"), self.weight)
        self.concentration = ConcentrationChoice(today_box)  # a product reconstituted at a chosen strength
        self.form.add("concentration_percent", self.tr("Concen&tration (%)"), self.concentration)
        self.concentration.currentIndexChanged.connect(self._concentration_changed)
        self.course_day = QSpinBox(today_box)
        self.form.add("course_day", self.tr("Course &day"), self.course_day)
        self._course_version: int | None = None
        self.risk_rows = {
            item.id: ChecklistRow(controller, item, today_box)
            for item in controller.config.checklist.items
            if item.sets_at_risk
        }
        for row in self.risk_rows.values():
            today_form.addRow(row)
        self.risk_label = QLabel(today_box)
        self.risk_label.setWordWrap(True)
        self.risk_label.setAccessibleDescription(self.tr("Renal and thrombosis risk"))
        today_form.addRow(self.tr("At risk"), self.risk_label)
        self.calculate_button = QPushButton(self.tr("Calculate plan"), today_box)
        self.calculate_button.clicked.connect(self.calculate)
        self.weight.returnPressed.connect(self.calculate)
        today_form.addRow(self.form.general_error)
        today_form.addRow(self.calculate_button)

        # Plan
        self.plan_box = plan_box = PlanBox(self)
        self.plan_summary = plan_box.plan_summary
        self.warnings_label = plan_box.warnings_label
        self.steps = plan_box.steps
        self.working = plan_box.working
        plan_box.split_button.clicked.connect(self.order_split)

        # A risk answered after the plan was confirmed: said loudly, above everything, with the plans compared
        self.change_banner = QLabel(self)
        self.change_banner.setWordWrap(True)
        self.change_banner.setMargin(6)
        set_font(self.change_banner, 1.15, bold=True)
        set_urgency(self.change_banner, 2)
        self.change_banner.setAccessibleDescription(self.tr("The plan changes"))
        self.change_banner.hide()

        # Double-check and confirmation: the action bar at the foot of the tab
        self.confirm_bar = bar = ConfirmBar(controller.config.policy.double_check, self)
        bar.confirm_requested.connect(self.confirm)
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
        self.scroll_area.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # no Tab stop of its own: its fields are (it scrolls to them)
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
        self.regimen_box.refresh()
        self.history_box.refresh()
        self._show_concentration()
        self._show_course_day()
        state = self.controller.session.checklist(self.controller.config.checklist)
        started = self.controller.session.infusion.started
        for row in self.risk_rows.values():
            row.show_state(state)
            row.set_answerable(not started)
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

    def _show_confirmed(self) -> None:
        plan = self.controller.session.infusion.plan
        confirmations = self.controller.session.effective_events(EventType.PLAN_CONFIRMED)
        if plan is None or not confirmations:
            self.confirmed_label.setText("")
            self.confirmed_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            return
        self.confirmed_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # what was recorded, read when focused
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
    def default_focus(self) -> QWidget | None:
        """Where a new session's keyboard starts: Create regimen when the patient has none, else today's weight
        until the plan is confirmed (None: the tab's first control, ui/session/page.py). It reads what is shown,
        never the database (it runs after a dialog closed, when the database may be closing)."""
        if not self.regimen_box.has_regimen:
            return self.regimen_box.edit_regimen_button
        if self.controller.session.infusion.plan is None:
            return self.weight
        return None

    def open_regimen(self) -> None:
        self.regimen_dialog = RegimenDialog(self._workstation, self.controller.patient, self.controller.regimen(), self)
        # every view of the session (this tab, the header, the board card) shows the regimen's OFF-LABEL and course
        self.regimen_dialog.saved.connect(lambda _version: self.controller.changed.emit())
        self.regimen_dialog.open()

    def calculate(self) -> None:
        self.form.clear_errors()
        version = self.controller.regimen()
        if version is None:
            self.form.show_general(self.tr("Create the regimen first."))
            return
        try:
            day = self.course_day.value() if version.regimen.course_days > 1 else None
            concentration = self.concentration.value()
            self.plan = self.controller.compute_plan(self.weight.text(), version.regimen, day, concentration)
            self.snapshot = checkin.snapshot(self.plan)
        except ValidationError as error:
            self.plan = self.snapshot = None
            self.form.show_errors(error)
            self._show_plan()
            return
        except DomainError as error:
            self.plan = self.snapshot = None
            self.form.show_general(error_text(error))
            self._show_plan()
            return
        self._show_plan()

    def _show_concentration(self) -> None:
        """The concentration row, for a product reconstituted at a chosen strength only (the confirmed plan's
        concentration chosen again when the check-in is shown anew)."""
        version = self.controller.regimen()
        catalog = self.controller.config.catalog
        product = (
            catalog.get(version.regimen.product_id) if version and version.regimen.product_id in catalog.ids else None
        )
        confirmed = self.controller.session.infusion.plan
        same = confirmed is not None and product is not None and confirmed.product_id == product.id
        self.concentration.show_product(product, confirmed.concentration_percent if confirmed and same else None)
        row = self.form.rows["concentration_percent"].label
        self._today_form.setRowVisible(row, ConcentrationChoice.has_choice(product))

    def _concentration_changed(self) -> None:
        if self.plan is not None:  # never leave on screen a plan for another concentration than the one chosen
            self.calculate()

    def _show_course_day(self) -> None:
        """For a course, which day today is: from the history, when the regimen version is first shown (the nurse
        may change it, e.g. for a course restarted)."""
        version = self.controller.regimen()
        days = version.regimen.course_days if version else 1
        # The whole row, not its widgets: a form row whose widgets are merely hidden keeps its spacing and throws
        # out the heights of the rows below it (the risk screens' words were cut at 1280x800).
        self._today_form.setRowVisible(self.form.rows["course_day"].label, days > 1)
        if version is None or days <= 1 or version.version == self._course_version:
            return
        self._course_version = version.version
        day, why = self.controller.course_day(version.regimen)
        self.course_day.setRange(1, days)
        self.course_day.setSuffix(self.tr(" of {0}").format(days))
        self.course_day.setValue(day)
        self.course_day.setToolTip(why)

    def order_split(self) -> None:
        """The plan's proposed split, as a change of the regimen to a course: the dialog opens pre-filled."""
        split = self.plan.split if self.plan is not None else None
        if split is None:
            return
        self.open_regimen()
        dialog = self.regimen_dialog
        assert dialog is not None
        dialog.course_days.setValue(split.days)
        # a day's share, rounded down to 0.01 g/kg (never above the prescription): the prescriber confirms it
        dialog.dose.setText(f"{units.round_down(split.dose_g_per_kg_per_day, 2).normalize():f}")

    def _show_plan(self) -> None:
        plan = self.plan
        flag = checkin.weight_change_flag(self._regimen_weight(), plan.weight_kg) if plan is not None else None
        self.plan_box.show_plan(plan, self.snapshot, flag)
        self.confirm_bar.show_weight_ack(bool(flag))

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
            self.confirm_form.show_general(error_text(error))
            return
        self.confirm_bar.clear_entries()
        if self.confirmed_label.isVisible():  # confirmed again: the page stays here (a first one moves on to Checks)
            # The focus goes to what was recorded (a screen reader reads it); Tab goes on from there.
            self.confirmed_label.setFocus(Qt.FocusReason.OtherFocusReason)
