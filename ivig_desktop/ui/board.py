"""The chair board: one card per active session. Click a card (or press Ctrl+1..9) to open its session.

A card shows what the record says (redrawn when the session changes) and what is due now (on every tick, from the
snapshot the window computed once for the tick; only the texts that changed are set)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ivig_desktop.domain.due import DueSnapshot
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.alerts import AlertCenter
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import words
from ivig_desktop.ui.shortcuts import key_string, shortcut
from ivig_desktop.ui.style import SILENCED, WARNING_SYMBOL, set_font, set_text, set_urgency
from ivig_desktop.ui.widgets.live_text import LiveText
from ivig_desktop.ui.workstation import Workstation

SELECTED_MARK = "▶ "
ALERT_LINES = 3  # the alert line's room on a card, kept when there is no alert


class SessionCard(QFrame):
    """A session at a glance: chair, patient, stage, and how long since it opened."""

    clicked = Signal(int)

    def __init__(
        self, controller: SessionController, position: int, alerts: AlertCenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._alerts = alerts
        self.position = position
        self._selected = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self.location_label = QLabel(self)
        set_font(self.location_label, 1.5, bold=True)
        self.patient_label = QLabel(self)
        set_font(self.patient_label, 1.15)
        self.stage_label = QLabel(self)
        self.order_label = QLabel(self)  # OFF-LABEL and the day of a course: set when the session changes
        set_font(self.order_label, 1.1, bold=True)
        self.rate_label = QLabel(self)
        set_font(self.rate_label, 1.5, bold=True)
        self.next_label = LiveText(parent=self)  # changes once a minute: repaints itself only
        set_font(self.next_label, 1.1)
        self.alert_label = QLabel(self)
        set_font(self.alert_label, 1.1, bold=True)
        self.time_label = QLabel(self)
        self._today: date | None = None
        for label in (
            self.location_label,
            self.patient_label,
            self.stage_label,
            self.order_label,
            self.rate_label,
            self.alert_label,
            self.time_label,
        ):
            label.setWordWrap(True)  # a card is as wide as the board, at any font size: it never scrolls sideways
        # Room for an alert is kept whether or not there is one: an alert arriving never moves the cards below.
        self.alert_label.setText("\n".join("⚠" * ALERT_LINES))
        self.alert_label.setMinimumHeight(self.alert_label.heightForWidth(400))  # what QLabel needs for the lines
        self.alert_label.clear()
        self.alert_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.location_label)
        layout.addWidget(self.patient_label)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.order_label)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.time_label)
        self._order = ""
        controller.changed.connect(self._show_order)  # before refresh, which names the card with it
        controller.changed.connect(self.refresh)
        self._show_order()
        self.refresh()

    def _show_order(self) -> None:
        """OFF-LABEL and the course day; from the record, so only when the session changes (not every tick)."""
        self._order = marks = self.controller.order_marks().card_text
        self.order_label.setText(f"{WARNING_SYMBOL} {marks}" if "OFF-LABEL" in marks else marks)
        self.order_label.setVisible(bool(marks))

    @property
    def session_id(self) -> int:
        return self.controller.session_id

    def set_selected(self, selected: bool) -> None:
        self._selected = selected
        self.setFrameShape(QFrame.Shape.Box if selected else QFrame.Shape.StyledPanel)
        self.setLineWidth(3 if selected else 1)
        self.refresh()

    def refresh(self) -> None:
        """What the record says (on a change of the session or of the selection), then what is due now."""
        session = self.controller.session
        patient = self.controller.patient
        now = self.controller.clock.now()
        mark = SELECTED_MARK if self._selected else ""
        set_text(self.location_label, f"{mark}{session.header.location}")
        self._show_patient(now)
        set_text(self.stage_label, self.tr("Stage: {0}").format(words(session.stage.label)))
        self._show_rate()
        opened = session.header.opened_at
        keys = shortcut("select_chair").sequences()
        key = f" · {key_string(keys[self.position - 1])}" if self.position <= len(keys) else ""
        set_text(self.time_label, self.tr("Opened {0}").format(fmt.time_hm(opened)) + key)
        selected = self.tr(", selected") if self._selected else ""
        order = f", {self._order}" if self._order else ""
        self.setAccessibleName(
            f"{session.header.location}: {patient.display_name}, {words(session.stage.label)}{order}{selected}"
        )
        self.tick(now, session.due_snapshot(now, self.controller.config.monitoring))

    def people_changed(self) -> None:
        """The patient's details were corrected: the card names her as the record now does (the name line is
        otherwise set once a day)."""
        self._today = None
        self.refresh()

    def _show_patient(self, now: datetime) -> None:
        today = fmt.local(now).date()
        if today != self._today:
            self._today = today
            patient = self.controller.patient
            set_text(self.patient_label, self.tr("{0} · {1} y").format(patient.display_name, patient.age_years(today)))

    def _show_rate(self) -> None:
        run = self.controller.session.infusion
        rate = run.current_rate_ml_per_h
        if run.stopped_for_reaction:
            set_text(self.rate_label, self.tr("STOPPED (reaction)"))
        elif run.paused:
            set_text(self.rate_label, self.tr("PAUSED"))
        elif rate is not None:
            step = run.current_step()
            of = len(run.plan.steps) if run.plan else 0
            where = self.tr(" · step {0} of {1}").format(step.number, of) if step and step.rate_ml_per_h == rate else ""
            set_text(self.rate_label, fmt.rate(rate) + where)
        self.rate_label.setVisible(rate is not None)

    def tick(self, now: datetime, due: DueSnapshot) -> None:
        """What depends on the time: the next thing due with its countdown, and this session's alert. Only texts
        and colours that changed are set."""
        self._show_patient(now)
        item = due.headline
        if item is None:
            self.next_label.setText(self.tr("Next: nothing due"))
        else:
            when = fmt.minutes_until(item.remaining(now))  # whole minutes: a card repaints once a minute
            self.next_label.setText(self.tr("Next: {0} · {1}").format(words(item.kind.label), when))
        alerts = self._alerts.for_session(self.session_id)
        if alerts:
            worst = alerts[0]
            silenced = not self._alerts.unacknowledged(self.session_id)
            mark = SILENCED if silenced else WARNING_SYMBOL
            set_text(self.alert_label, f"{mark} {words(worst.urgency.label)}: {words(worst.item.text)}")
            set_urgency(self.alert_label, int(worst.urgency))
        else:
            set_text(self.alert_label, "")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.session_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.session_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setLineWidth(3)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setLineWidth(3 if self._selected else 1)
        super().focusOutEvent(event)


class Board(QWidget):
    """All active sessions as cards, oldest first; an empty board says what to do next."""

    session_selected = Signal(int)

    def __init__(self, workstation: Workstation, alerts: AlertCenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._alerts = alerts
        self._selected_id: int | None = None
        self.cards: list[SessionCard] = []

        heading = QLabel(self.tr("Active sessions"), self)
        set_font(heading, 1.2, bold=True)
        self.empty_label = QLabel(
            self.tr(
                "No active sessions.\n\n"
                "To start one, press New session ({0}), choose or create the patient, "
                "and type the chair or location."
            ).format(shortcut("new_session").key_text()),
            self,
        )
        self.empty_label.setWordWrap(True)

        self._cards_host = QWidget(self)
        self._cards_layout = QVBoxLayout(self._cards_host)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its fields are (it scrolls to them)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._cards_host)
        scroll.setAccessibleName(self.tr("Chair board"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        workstation.sessions_changed.connect(self.rebuild)
        self.rebuild()

    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    def rebuild(self) -> None:
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for position, controller in enumerate(self._workstation.controllers(), start=1):
            card = SessionCard(controller, position, self._alerts, self._cards_host)
            card.clicked.connect(self.select)
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)
            self.cards.append(card)
        self.empty_label.setVisible(not self.cards)
        self._mark_selected()

    def select(self, session_id: int) -> None:
        self._selected_id = session_id
        self._mark_selected()
        self.session_selected.emit(session_id)

    def select_position(self, position: int) -> None:
        """Select the card at 1-based `position` (Ctrl+1..9, ui/shortcuts.py); ignored when there is none."""
        if 1 <= position <= len(self.cards):
            self.select(self.cards[position - 1].session_id)

    def tick(self, now: datetime, due: Mapping[int, DueSnapshot]) -> None:
        """The repaint timer, with what is due in each session (computed once for this tick)."""
        for card in self.cards:
            snapshot = due.get(card.session_id)
            if snapshot is not None:
                card.tick(now, snapshot)

    def people_changed(self) -> None:
        """A patient's or a nurse's details were corrected: every card shows them as they now stand."""
        for card in self.cards:
            card.people_changed()

    def _mark_selected(self) -> None:
        for card in self.cards:
            card.set_selected(card.session_id == self._selected_id)
