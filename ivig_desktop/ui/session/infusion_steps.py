"""The infusion page's table of the plan's steps, each marked done / now / next (ui/session/infusion_tab.py).

Its texts keep the infusion page's translation context ("InfusionTab"), where the catalog has them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ivig_desktop.domain.infusion import InfusionRun
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP

DONE_MARK = QT_TRANSLATE_NOOP("InfusionTab", "✓ done")
CURRENT_MARK = QT_TRANSLATE_NOOP("InfusionTab", "▶ now")
NEXT_MARK = QT_TRANSLATE_NOOP("InfusionTab", "next")


class InfusionSteps(QTableWidget):
    """The steps: number, rate, mg/kg/min, duration, origin and its mark; the one running now in bold, in sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.setAccessibleName(QCoreApplication.translate("InfusionTab", "Plan steps"))
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("InfusionTab", "Step"),
                QCoreApplication.translate("InfusionTab", "Rate"),
                QCoreApplication.translate("InfusionTab", "mg/kg/min"),
                QCoreApplication.translate("InfusionTab", "Duration"),
                QCoreApplication.translate("InfusionTab", "Origin"),
                "",
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_run(self, run: InfusionRun) -> None:
        plan = run.plan
        steps = plan.steps if plan else ()
        self.setRowCount(len(steps))
        current = run.current_step() if run.running else None
        nxt = run.next_step() if run.running else None
        highest = run.highest_rate_ml_per_h
        for row, step in enumerate(steps):
            if current is not None and step.number == current.number and not run.paused:
                mark = CURRENT_MARK
            elif nxt is not None and step.number == nxt.number:
                mark = NEXT_MARK
            elif highest is not None and step.rate_ml_per_h <= highest:
                mark = DONE_MARK
            else:
                mark = ""
            duration = (
                QCoreApplication.translate("InfusionTab", "until the end")
                if step.duration_min is None
                else f"{step.duration_min} min"
            )
            per_kg = "" if step.rate_mg_per_kg_min is None else f"{step.rate_mg_per_kg_min.normalize():f}"
            shown_mark = QCoreApplication.translate("InfusionTab", mark) if mark else ""
            cells = [
                str(step.number),
                fmt.rate(step.rate_ml_per_h),
                per_kg,
                duration,
                fmt.origin(step.origin),
                shown_mark,
            ]
            for column, text in enumerate(cells):
                item = self.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(row, column, item)
                if item.text() != text:
                    item.setText(text)
                bold = mark == CURRENT_MARK
                if item.font().bold() != bold:
                    font = item.font()
                    font.setBold(bold)
                    item.setFont(font)
            if mark == CURRENT_MARK:
                self.scrollTo(self.model().index(row, 0))  # the step running now is always in sight
