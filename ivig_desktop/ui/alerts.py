"""What is due across every session of the window: the alert list, the sound, and acknowledgement.

Each repaint gives it what is due in every session at `now` (computed once per tick from recorded times, never from
ticks). Items due or overdue that call for an action are alerts; an item stays one alert from due to overdue. An
alert sounds when it appears and again every `repeat` until a nurse acknowledges it; when it becomes escalated
(overdue beyond the clinic's limit) it is a new alert that sounds again, more often.
Acknowledging silences the sound; the alert stays in the list until the work is done (vitals recorded, rate
confirmed, ...), because only that resolves it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from PySide6.QtCore import QObject, Signal

from ivig_desktop.domain.due import DueItem, DueSnapshot, Urgency
from ivig_desktop.ui.sound import AlertPlayer

REPEAT = timedelta(seconds=60)
REPEAT_ESCALATED = timedelta(seconds=20)


@dataclass(frozen=True)
class Alert:
    session_id: int
    location: str
    item: DueItem
    urgency: Urgency

    @cached_property
    def key(self) -> str:
        """The same alert from due to overdue; an escalation is a new alert (it sounds again)."""
        level = "escalated" if self.escalated else "due"
        return f"{self.session_id}:{self.item.key}:{level}"

    @property
    def escalated(self) -> bool:
        return self.urgency is Urgency.ESCALATED

    def overdue_by(self, now: datetime) -> timedelta:
        return max(now - self.item.due_at, timedelta(0))


SessionDue = tuple[int, str, DueSnapshot]  # session id, chair, what is due in it now


class AlertCenter(QObject):
    """The window's alert list. The repaint timer calls `refresh(now, monotonic, sessions)` with what is due in
    each session, computed once for the tick; `monotonic` is real time (the sound repeats for people, even in
    training mode, where the record's clock runs faster)."""

    changed = Signal()  # the alerts, their urgency or their acknowledgement changed (not merely the time)
    attention = Signal()  # a new or repeated sound was played: ask the window manager for attention

    def __init__(self, player: AlertPlayer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._acknowledged: set[str] = set()
        self._last_sounded: dict[str, float] = {}
        self._by_session: dict[int, list[Alert]] = {}
        self._signature: tuple[tuple[str, int, str, bool], ...] = ()
        self.alerts: list[Alert] = []
        self.upcoming: list[Alert] = []

    @property
    def player(self) -> AlertPlayer:
        return self._player

    def refresh(self, now: datetime, monotonic: float, sessions: Iterable[SessionDue]) -> None:
        alerts: list[Alert] = []
        upcoming: list[Alert] = []
        for session_id, location, due in sessions:
            for item in due.ranked:
                urgency = due.urgency(item)
                alert = Alert(session_id, location, item, urgency)
                (alerts if urgency >= Urgency.DUE and item.alerts else upcoming).append(alert)
        alerts.sort(key=lambda a: (-a.urgency, a.item.kind.rank, a.item.due_at))
        upcoming.sort(key=lambda a: a.item.due_at)
        live = {a.key for a in alerts}
        self._acknowledged &= live
        self._last_sounded = {k: v for k, v in self._last_sounded.items() if k in live}
        self.alerts, self.upcoming = alerts, upcoming
        by_session: dict[int, list[Alert]] = {}
        for alert in alerts:
            by_session.setdefault(alert.session_id, []).append(alert)
        self._by_session = by_session
        self._sound(monotonic)
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        signature = tuple((a.key, int(a.urgency), a.item.text, a.key in self._acknowledged) for a in self.alerts)
        if signature != self._signature:
            self._signature = signature
            self.changed.emit()

    def _sound(self, monotonic: float) -> None:
        pending = [a for a in self.alerts if a.key not in self._acknowledged]
        due_to_sound = []
        for alert in pending:
            repeat = REPEAT_ESCALATED if alert.escalated else REPEAT
            last = self._last_sounded.get(alert.key)
            if last is None or monotonic - last >= repeat.total_seconds():
                due_to_sound.append(alert)
        if not due_to_sound:
            return
        self._player.play(any(a.escalated for a in due_to_sound))
        for alert in pending:
            self._last_sounded[alert.key] = monotonic
        self.attention.emit()

    def is_acknowledged(self, alert: Alert) -> bool:
        return alert.key in self._acknowledged

    def unacknowledged(self, session_id: int | None = None) -> list[Alert]:
        return [
            a
            for a in (self.alerts if session_id is None else self.for_session(session_id))
            if a.key not in self._acknowledged
        ]

    def for_session(self, session_id: int) -> list[Alert]:
        """This session's alerts, most urgent first."""
        return self._by_session.get(session_id, [])

    def acknowledge(self, session_id: int | None = None) -> None:
        """Silence the current alerts (of one session, or all); they stay listed until resolved."""
        for alert in self.alerts:
            if session_id is None or alert.session_id == session_id:
                self._acknowledged.add(alert.key)
        self._emit_if_changed()
