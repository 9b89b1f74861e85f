"""Confirming the pump: the nurse sets the pump, then confirms the rate here. That moment is the rate's real start.

One dialog for every rate setting (start, step up, step down, resume, slow for a reaction), and one for actions
that only need a reason (hold, pause) or an outcome (end of infusion). Refusals from the domain are shown beside
the field; nothing is recorded until the nurse confirms and the store has committed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.infusion import Outcome, RateChange, parse_rate
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import Form, attempt, confirm_buttons


class RateAction(StrEnum):
    START = "start"
    STEP_UP = "step_up"
    STEP_DOWN = "step_down"
    RESUME = "resume"

    @property
    def heading(self) -> str:
        return {
            RateAction.START: QT_TRANSLATE_NOOP("RateDialog", "Start the infusion"),
            RateAction.STEP_UP: QT_TRANSLATE_NOOP("RateDialog", "Step up"),
            RateAction.STEP_DOWN: QT_TRANSLATE_NOOP("RateDialog", "Step down"),
            RateAction.RESUME: QT_TRANSLATE_NOOP("RateDialog", "Resume the infusion"),
        }[self]


class RateDialog(QDialog):
    """'Set the pump to X mL/h, then confirm.' The confirm button repeats the rate being recorded."""

    done_ok = Signal()

    def __init__(
        self,
        controller: SessionController,
        action: RateAction,
        rate_ml_per_h: Decimal | None,
        parent: QWidget | None = None,
        *,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._action = action
        self.setWindowTitle(self.tr(action.heading))
        self.setAccessibleName(self.tr(action.heading))
        self.setMinimumWidth(480)

        self.instruction = QLabel(self)
        set_font(self.instruction, 1.4, bold=True)
        self.instruction.setWordWrap(True)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))

        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.rate_edit = QLineEdit(self)
        if rate_ml_per_h is not None:
            self.rate_edit.setText(str(rate_ml_per_h.quantize(Decimal("0.1"))))
        self.rate_edit.textChanged.connect(self._update_texts)
        self.form.add("rate_ml_per_h", self.tr("Pump rate (mL/h)"), self.rate_edit)
        reason_label = {
            RateAction.START: self.tr("Reason to start before the premedication wait ends"),
            RateAction.STEP_DOWN: self.tr("Reason for slowing"),
        }.get(action, "")
        self.needs_reason = action is RateAction.STEP_DOWN or (action is RateAction.START and self._early_start())
        # The reason field exists only when a reason is asked for (a field made but not laid out would sit at the
        # dialog's top-left corner, over the instruction, and take keystrokes).
        self.reason_edit: QLineEdit | None = None
        if self.needs_reason:
            self.reason_edit = QLineEdit(self)
            self.form.add(
                "reason" if action is RateAction.STEP_DOWN else "early_reason", reason_label, self.reason_edit
            )
        self.override_edit = QLineEdit(self)
        self.form.add(
            "override_reason",
            self.tr("Reason to exceed the patient's tolerated maximum (only if above it)"),
            self.override_edit,
        )

        self.buttons, self.confirm_button = confirm_buttons(self, "")
        self.buttons.accepted.connect(self.confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(self.instruction)
        layout.addWidget(self.note)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self._update_texts()
        self.rate_edit.setFocus()

    def _early_start(self) -> bool:
        ready = self._controller.premed_ready_at()
        return ready is not None and self._controller.clock.now() < ready

    def _rate_text(self) -> str:
        text = self.rate_edit.text().strip()
        try:
            return fmt.rate(Decimal(text.replace(",", ".")))
        except ArithmeticError:
            return text + " mL/h"

    def _update_texts(self) -> None:
        rate = self._rate_text()
        self.instruction.setText(self.tr("Set the pump to {0}, then confirm.").format(rate))
        self.confirm_button.setText(self.tr("Pump set to {0}").format(rate))

    def confirm(self) -> None:
        if attempt(self.form, self._record):
            self.done_ok.emit()
            self.accept()

    def _record(self) -> None:
        rate = parse_rate(self.rate_edit.text())
        reason = self.reason_edit.text() if self.reason_edit is not None else ""
        override = self.override_edit.text()
        if self._action is RateAction.START:
            self._controller.start_infusion(rate, early_reason=reason, override_reason=override)
        elif self._action is RateAction.STEP_UP:
            self._controller.change_rate(rate, RateChange.STEP_UP, override_reason=override)
        elif self._action is RateAction.STEP_DOWN:
            self._controller.change_rate(rate, RateChange.STEP_DOWN, reason=reason, override_reason=override)
        else:
            self._controller.resume(rate, override_reason=override)


class ReasonDialog(QDialog):
    """An action that needs only a reason: hold the rate, pause the pump."""

    done_ok = Signal()

    def __init__(self, title: str, prompt: str, action: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._action = action
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(440)
        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.reason_edit = QLineEdit(self)
        self.form.add("reason", prompt, self.reason_edit)
        self.buttons, self.confirm_button = confirm_buttons(self, title)
        self.buttons.accepted.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()

    def confirm(self) -> None:
        if attempt(self.form, lambda: self._action(self.reason_edit.text())):
            self.done_ok.emit()
            self.accept()
        else:
            self.adjustSize()  # room for a long refusal (the clock behind the record names both times)


class EndDialog(QDialog):
    """End of the infusion: completed (the volume was infused) or stopped early (with a reason)."""

    done_ok = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("End the infusion"))
        self.setAccessibleName(self.tr("End the infusion"))
        self.setMinimumWidth(440)
        run = controller.session.infusion
        now = controller.clock.now()
        infused = fmt.volume(run.volume_infused_ml(now))
        summary = QLabel(self.tr("Infused so far (from the confirmed rates): {0}").format(infused), self)
        summary.setWordWrap(True)
        self.completed = QRadioButton(self.tr("Completed: the volume was infused"), self)
        self.stopped = QRadioButton(self.tr("Stopped early"), self)
        group = QButtonGroup(self)
        group.addButton(self.completed)
        group.addButton(self.stopped)
        reached = run.volume_reached_at(now)
        (self.completed if reached is not None else self.stopped).setChecked(True)
        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.reason_edit = QLineEdit(self)
        self.form.add("reason", self.tr("Reason for stopping early"), self.reason_edit)
        self.buttons, self.confirm_button = confirm_buttons(self, self.tr("Pump stopped: end the infusion"))
        self.buttons.accepted.connect(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.completed)
        layout.addWidget(self.stopped)
        layout.addLayout(form_layout)
        layout.addWidget(self.form.general_error)
        layout.addWidget(self.buttons)

    def confirm(self) -> None:
        outcome = Outcome.COMPLETED if self.completed.isChecked() else Outcome.STOPPED
        if attempt(self.form, lambda: self._controller.end_infusion(outcome, self.reason_edit.text())):
            self.done_ok.emit()
            self.accept()
