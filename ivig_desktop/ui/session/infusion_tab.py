"""The infusion page: the current rate and the countdown to the soonest thing due, big enough to read across the
room; volumes, the estimated end, what is due, the plan's steps marked done / current / next, and the pump actions.

What the record says is redrawn when the session changes (`refresh()`: the steps table, the rate, the buttons);
what depends on the time is repainted by the window's tick (`tick(now, due)`, with what is due computed once for
the tick), setting only the texts that changed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.due import DueSnapshot, Urgency
from ivig_desktop.domain.infusion import InfusionRun, PlannedStep
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.accessibility import set_description
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.dialogs.rate import EndDialog, RateAction, RateDialog, ReasonDialog
from ivig_desktop.ui.i18n import words
from ivig_desktop.ui.session.infusion_steps import InfusionSteps
from ivig_desktop.ui.shortcuts import show_key_in_tooltip
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font, set_text, set_urgency
from ivig_desktop.ui.widgets.big_number import BigNumber
from ivig_desktop.ui.widgets.live_text import LiveText

DUE_LINES = 4


class InfusionTab(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: QWidget | None = None
        self._blockers: list[str] = []

        self.rate_card = BigNumber(self.tr("Pump rate"), self)
        self.next_card = BigNumber(self.tr("Next"), self)
        cards = QHBoxLayout()
        cards.addWidget(self.rate_card, 1)
        cards.addWidget(self.next_card, 1)

        self.volume_label = LiveText(parent=self, lines=2, alignment=Qt.AlignmentFlag.AlignLeft)  # every few seconds
        set_font(self.volume_label, 1.2)
        self.blockers_label = QLabel(self)
        self.blockers_label.setWordWrap(True)
        set_font(self.blockers_label, 1.1)
        self.blockers_label.setAccessibleDescription(self.tr("Before starting"))
        self.blockers_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        set_font(self.due_label, 1.1)
        self.due_label.setAccessibleDescription(self.tr("Due in this session"))
        # Room for what is due is kept however much there is: the steps and buttons never move with it.
        self.due_label.setFixedHeight(self.due_label.fontMetrics().lineSpacing() * DUE_LINES + 2)
        self.due_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.steps = InfusionSteps(self)

        self.start_button = self._button(self.tr("Start infusion…"), self.open_start)
        self.step_up_button = self._button(self.tr("Step up…"), self.open_step_up)
        self.hold_button = self._button(self.tr("Hold rate…"), self.open_hold)
        self.step_down_button = self._button(self.tr("Step down…"), self.open_step_down)
        self.pause_button = self._button(self.tr("Pause…"), self.open_pause)
        self.resume_button = self._button(self.tr("Resume…"), self.open_resume)
        self.end_button = self._button(self.tr("End infusion…"), self.open_end)
        for name, button in (
            ("start", self.start_button),
            ("step_up", self.step_up_button),
            ("hold", self.hold_button),
            ("step_down", self.step_down_button),
            ("pause_resume", self.pause_button),
            ("pause_resume", self.resume_button),
            ("end", self.end_button),
        ):
            show_key_in_tooltip(button, name)  # the Session menu's key for it (ui/shortcuts.py)
        actions = QHBoxLayout()
        for button in (
            self.start_button,
            self.step_up_button,
            self.hold_button,
            self.step_down_button,
            self.pause_button,
            self.resume_button,
            self.end_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        info = QGridLayout()
        info.addWidget(self.volume_label, 0, 0)
        info.addWidget(self.blockers_label, 1, 0)
        info.addWidget(self.due_label, 2, 0)

        layout = QVBoxLayout(self)
        layout.addLayout(cards)
        layout.addLayout(actions)
        layout.addLayout(info)
        layout.addWidget(self.steps, 1)
        # Tab in reading order: the pump actions, why Start waits, then the steps below them.
        QWidget.setTabOrder(self.end_button, self.blockers_label)
        QWidget.setTabOrder(self.blockers_label, self.steps)
        controller.changed.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        set_font(button, 1.15)
        button.clicked.connect(slot)
        return button

    # Rendering
    def refresh(self) -> None:
        """What the record says (on a change of the session), then what depends on the time."""
        session = self.controller.session
        run = session.infusion
        self._show_rate(run)
        self.steps.show_run(run)
        blockers = self.controller.start_blockers() if not run.started else []
        self.blockers_label.setVisible(bool(blockers))
        why = (
            self.tr("{0} Before starting: {1}.").format(WARNING_SYMBOL, "; ".join(words(b) for b in blockers))
            if blockers
            else ""
        )
        set_text(self.blockers_label, why)
        # Why Start is not available is read with the button, and the label saying it takes focus (DESIGN rule 8).
        set_description(self.start_button, why)
        self._blockers = blockers
        now = self.controller.clock.now()
        self.tick(now, session.due_snapshot(now, self.controller.config.monitoring))

    def tick(self, now: datetime, due: DueSnapshot) -> None:
        """What depends on the time: the countdown, the volumes, what is due, whether a step up is possible."""
        run = self.controller.session.infusion
        self._show_next(run, now, due)
        self._show_volume(run, now)
        self._show_due(now, due)
        self._enable(run, self._blockers, due)

    def _show_rate(self, run: InfusionRun) -> None:
        if run.plan is None:
            self.rate_card.show_value("—", self.tr("No plan confirmed yet (Check-in)."))
            return
        if not run.started:
            first = run.plan.steps[0]
            self.rate_card.show_value(
                self.tr("Not started"), self.tr("First step: {0}").format(self._step_text(first, len(run.plan.steps)))
            )
            return
        if run.ended:
            assert run.outcome is not None and run.ended_at is not None
            self.rate_card.show_value(
                self.tr("Stopped"), self.tr("{0} at {1}").format(words(run.outcome.label), fmt.time_hm(run.ended_at))
            )
            return
        rate = run.current_rate_ml_per_h
        assert rate is not None
        if run.stopped_for_reaction:
            self.rate_card.show_value(
                self.tr("STOPPED"),
                self.tr("Stopped for a reaction: resume only on the prescriber's order, or end the infusion."),
                3,
            )
            return
        if run.paused:
            self.rate_card.show_value(self.tr("PAUSED"), self.tr("Pump stopped; resume at a confirmed rate."), 2)
            return
        step = run.current_step()
        if step is not None and step.rate_ml_per_h == rate:
            detail = self._step_text(step, len(run.plan.steps))
        else:
            detail = self.tr("Off the plan's steps (after a step down or a reaction)")
        if run.at_max():
            detail += self.tr(" · maximum")
        self.rate_card.show_value(fmt.rate(rate), detail)

    def _step_text(self, step: PlannedStep, of: int) -> str:
        per_kg = f" · {step.rate_mg_per_kg_min.normalize():f} mg/kg/min" if step.rate_mg_per_kg_min else ""
        return self.tr("Step {0} of {1}{2} · {3}").format(step.number, of, per_kg, fmt.origin(step.origin))

    def _show_next(self, run: InfusionRun, now: datetime, due: DueSnapshot) -> None:
        """The big countdown is to the most pressing thing due (the soonest, unless something else is already
        late or the volume is infused), named in the caption and said in full under it, with what follows."""
        item = due.headline
        if item is None:
            if run.running and run.at_max() and not run.paused:
                self.next_card.show_value(
                    self.tr("At max"), self.tr("Running at the maximum rate until the volume is infused.")
                )
            else:
                self.next_card.show_value("—", self.tr("Nothing due."))
            return
        urgency = due.urgency(item)
        following = [i for i in due.ranked if i is not item]
        then = ""
        if following:
            after = following[0]
            then = self.tr("Then: {0}").format(self._due_line(words(after.text), after.due_at, due.urgency(after)))
        caption = self.tr("Next: {0}").format(words(item.kind.label))
        detail = self._due_line(words(item.text), item.due_at, urgency)
        remaining = item.remaining(now)
        self.next_card.show_value(
            fmt.countdown(remaining),
            detail,
            int(urgency),
            caption=caption,
            more=then,
            spoken=fmt.minutes_until(remaining),
        )

    def _due_line(self, text: str, due_at: datetime, urgency: Urgency) -> str:
        when = fmt.time_hm(due_at)
        if urgency >= Urgency.OVERDUE:
            return self.tr("{0} {1}: {2}, due {3}").format(WARNING_SYMBOL, words(urgency.label), text, when)
        if urgency is Urgency.DUE:
            return self.tr("{0} Due now: {1}").format(WARNING_SYMBOL, text)
        return self.tr("{0} at {1}").format(text, when)

    def _show_volume(self, run: InfusionRun, now: datetime) -> None:
        if run.plan is None:
            self.volume_label.setText("")
            return
        total = fmt.volume(run.plan.volume_ml)
        if not run.started:
            self.volume_label.setText(
                self.tr("To infuse: {0} of {1} ({2} g)").format(total, run.plan.product_name, run.plan.dose_g)
            )
            return
        infused_ml = run.volume_infused_ml(now)
        infused = fmt.volume(infused_ml)
        remaining = fmt.volume(run.volume_remaining_ml(now))
        end = run.estimated_end(now)
        if run.ended:
            eta = ""
        elif end is None:
            eta = self.tr(" · estimated end: unknown while paused")
        elif end <= now:
            eta = self.tr(" · volume reached at {0}").format(fmt.time_hm(end))
        else:
            eta = self.tr(" · estimated end {0} (if steps are on time)").format(fmt.time_hm(end))
        # A screen reader is told the volume in whole 10 mL (a new name at most every minute or two, not every
        # second at a high rate); the screen shows it to 0.1 mL.
        about = f"{int(infused_ml // 10) * 10} mL"
        self.volume_label.setText(
            self.tr("Infused {0} of {1} · remaining {2}{3}").format(infused, total, remaining, eta),
            self.tr("Infused about {0} of {1}{2}").format(about, total, eta),
        )

    def _show_due(self, now: datetime, due: DueSnapshot) -> None:
        lines = []
        for item in due.items:
            urgency = due.urgency(item)
            prefix = WARNING_SYMBOL + " " if urgency >= Urgency.DUE and item.alerts else "• "
            status = words(urgency.label) if urgency >= Urgency.DUE else fmt.minutes_until(item.remaining(now))
            lines.append(f"{prefix}{fmt.time_hm(item.due_at)}  {words(item.text)} ({status})")
        set_text(self.due_label, "\n".join(lines))
        set_urgency(self.due_label, int(max((due.urgency(i) for i in due.alerting), default=Urgency.UPCOMING)))

    def _enable(self, run: InfusionRun, blockers: list[str], due: DueSnapshot) -> None:
        running = run.running and not run.paused
        can_step = running and run.next_step() is not None and due.step_up_allowed
        self.start_button.setVisible(not run.started)
        self.start_button.setEnabled(run.plan is not None and not blockers)
        for button in (self.step_up_button, self.hold_button, self.step_down_button, self.pause_button):
            button.setVisible(run.started and not run.ended)
        self.step_up_button.setEnabled(can_step)
        self.hold_button.setEnabled(can_step)
        self.step_down_button.setEnabled(running)
        self.pause_button.setEnabled(running)
        self.resume_button.setVisible(run.paused)
        self.end_button.setVisible(run.running)

    def default_focus(self) -> QWidget:
        """After a pump dialog closes: the next pump action if there is one now, else the steps (the one
        running now is marked), never a hidden button (Start hides once the infusion runs)."""
        for button in (self.step_up_button, self.resume_button, self.start_button):
            if button.isVisible() and button.isEnabled():
                return button
        return self.steps

    # Actions: each opens a dialog with open() (never exec()), so the app and its tests keep running.
    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def open_start(self) -> None:
        plan = self.controller.session.infusion.plan
        if plan is None:
            return
        ready = self.controller.premed_ready_at()
        note = ""
        if ready is not None and ready > self.controller.clock.now():
            note = self.tr("{0} The premedication wait ends at {1}.").format(WARNING_SYMBOL, fmt.time_hm(ready))
        self._open(RateDialog(self.controller, RateAction.START, plan.steps[0].rate_ml_per_h, self, note=note))

    def open_step_up(self) -> None:
        nxt = self.controller.session.infusion.next_step()
        if nxt is None:
            return
        note = ""
        if not self.controller.vitals_ok_for_step():
            note = self.tr("{0} Record vitals first: the clinic rule is vitals before every rate increase.").format(
                WARNING_SYMBOL
            )
        self._open(RateDialog(self.controller, RateAction.STEP_UP, nxt.rate_ml_per_h, self, note=note))

    def open_step_down(self) -> None:
        run = self.controller.session.infusion
        current = run.current_step()
        lower = None
        if run.plan is not None and current is not None and current.number > 1:
            lower = run.plan.step(current.number - 1).rate_ml_per_h
        self._open(RateDialog(self.controller, RateAction.STEP_DOWN, lower, self))

    def open_resume(self) -> None:
        run = self.controller.session.infusion
        self._open(RateDialog(self.controller, RateAction.RESUME, run.last_running_rate_ml_per_h, self))

    def open_hold(self) -> None:
        self._open(
            ReasonDialog(self.tr("Hold rate"), self.tr("Reason to hold at this rate"), self.controller.hold, self)
        )

    def open_pause(self) -> None:
        self._open(ReasonDialog(self.tr("Pause"), self.tr("Reason for pausing"), self.controller.pause, self))

    def open_end(self) -> None:
        self._open(EndDialog(self.controller, self))
