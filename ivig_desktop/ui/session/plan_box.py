"""Check-in's plan panel: the plan computed for today, its warnings, its steps in pump mL/h and the working behind
every number."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.infusion import PlanSnapshot
from ivig_desktop.domain.plan import Plan
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font


class PlanBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Plan"))
        self.plan_summary = QLabel(self)
        self.plan_summary.setWordWrap(True)
        set_font(self.plan_summary, 1.1, bold=True)
        self.plan_summary.setAccessibleName(self.tr("Plan summary"))
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Plan warnings"))
        self.steps = QTableWidget(0, 5, self)
        self.steps.setAccessibleName(self.tr("Plan steps"))
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Start"), self.tr("For"), self.tr("mg/kg/min"), self.tr("Pump mL/h"), self.tr("Origin")]
        )
        self.steps.verticalHeader().setVisible(False)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.working = QPlainTextEdit(self)
        self.working.setReadOnly(True)
        self.working.setAccessibleName(self.tr("Working behind every number"))
        self.working.setMinimumHeight(140)
        plan_layout = QVBoxLayout(self)
        plan_layout.addWidget(self.plan_summary)
        plan_layout.addWidget(self.warnings_label)
        plan_layout.addWidget(self.steps)
        plan_layout.addWidget(QLabel(self.tr("Working (every number, its inputs, formula and source):"), self))
        plan_layout.addWidget(self.working)

    def show_plan(self, plan: Plan | None, snap: PlanSnapshot | None, flag: str | None) -> None:
        """Show the plan (None: clear the panel); `flag` is the weight-change flag shown first among the warnings."""
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
        warnings = ([flag] if flag else []) + list(plan.warnings)
        self.warnings_label.setText("\n".join(f"{WARNING_SYMBOL} {w}" for w in warnings))
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
