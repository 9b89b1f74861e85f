"""Check-in's plan panel: the plan computed for today, its warnings, its steps in pump mL/h and the working behind
every number."""

from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.infusion import PlanSnapshot, seconds_to_infuse
from ivig_desktop.domain.plan import Plan
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import words
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font


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


class PlanBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Plan"))
        self.plan_summary = QLabel(self)
        self.plan_summary.setWordWrap(True)
        set_font(self.plan_summary, 1.1, bold=True)
        self.plan_summary.setAccessibleDescription(self.tr("Plan summary"))
        self.order_label = QLabel(self)
        self.order_label.setWordWrap(True)
        set_font(self.order_label, 1.1, bold=True)
        self.order_label.setAccessibleDescription(self.tr("Off-label order and course day"))
        self.split_label = QLabel(self)
        self.split_label.setWordWrap(True)
        self.split_label.setAccessibleDescription(self.tr("Proposed split over days"))
        self.split_button = QPushButton(self.tr("Order as a &course over days…"), self)
        self.split_button.setAccessibleDescription(self.tr("Order as a course over days"))
        self.split_button.setToolTip(
            self.tr("Opens the regimen with the proposed days and dose a day: the prescriber's order, with a reason")
        )
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleDescription(self.tr("Plan warnings"))
        self.steps = QTableWidget(0, 5, self)
        self.steps.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.steps.setAccessibleName(self.tr("Plan steps"))
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Start"), self.tr("For"), self.tr("mg/kg/min"), self.tr("Pump mL/h"), self.tr("Origin")]
        )
        self.steps.verticalHeader().setVisible(False)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.working = QPlainTextEdit(self)
        self.working.setReadOnly(True)
        self.working.setAccessibleName(self.tr("Working behind every number"))
        self.working.setMinimumHeight(140)
        plan_layout = QVBoxLayout(self)
        plan_layout.addWidget(self.order_label)
        plan_layout.addWidget(self.plan_summary)
        plan_layout.addWidget(self.split_label)
        plan_layout.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignLeft)
        plan_layout.addWidget(self.warnings_label)
        plan_layout.addWidget(self.steps)
        plan_layout.addWidget(QLabel(self.tr("Working (every number, its inputs, formula and source):"), self))
        plan_layout.addWidget(self.working)
        self.show_plan(None, None, None)  # empty until a plan is calculated: no order line, split or its button

    def show_plan(self, plan: Plan | None, snap: PlanSnapshot | None, flag: str | None) -> None:
        """Show the plan (None: clear the panel); `flag` is the weight-change flag shown first among the warnings."""
        self.order_label.setVisible(False)
        self.split_label.setVisible(False)
        self.split_button.setVisible(False)
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
        order = [f"{WARNING_SYMBOL} {words(plan.off_label_text)}"] if plan.off_label_text else []
        if plan.course_text:
            order.append(words(plan.course_text))
        self.order_label.setText("\n".join(order))
        self.order_label.setVisible(bool(order))
        split = plan.split
        if split is not None:
            self.split_label.setText(
                self.tr("Longer than the chair time: {0}").format(
                    words(split.working.result)
                    if split.fits
                    else self.tr("no split over {0} days fits").format(split.days)
                )
            )
            self.split_label.setVisible(True)
            # a single infusion can be re-ordered as a course; a course already is one: the prescriber re-orders it
            self.split_button.setVisible(split.fits and plan.course_days == 1)
        warnings = ([flag] if flag else []) + list(plan.warnings)
        self.warnings_label.setText("\n".join(f"{WARNING_SYMBOL} {words(w)}" for w in warnings))
        self.steps.setRowCount(len(plan.steps))
        for row, step in enumerate(plan.steps):
            duration = self.tr("to the end") if step.duration_min is None else f"{step.duration_min} min"
            cells = [
                f"{step.start_min} min",
                duration,
                f"{step.rate_mg_per_kg_min.normalize():f}",
                f"{step.rate_ml_per_h}",
                fmt.origin(step.origin.value),
            ]
            for column, text in enumerate(cells):
                self.steps.setItem(row, column, QTableWidgetItem(text))
        self.working.setPlainText("\n".join(words(line) for line in snap.working))
