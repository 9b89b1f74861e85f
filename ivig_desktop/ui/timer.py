"""The one place QTimers are made, so tests can check that none is left running.

Timers only repaint: every deadline is computed from recorded timestamps and the Clock, never by counting ticks.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QTimer

REPAINT_INTERVAL_MS = 1000

_timers: weakref.WeakSet[QTimer] = weakref.WeakSet()


def repaint_timer(parent: QObject, interval_ms: int = REPAINT_INTERVAL_MS) -> QTimer:
    """A repeating timer owned by `parent` (stopped and deleted with it)."""
    timer = QTimer(parent)
    timer.setInterval(interval_ms)
    _timers.add(timer)
    return timer


def running_timers() -> list[QTimer]:
    """Timers made here that are still running (tests assert there are none after windows close)."""
    alive = []
    for timer in list(_timers):
        try:
            if timer.isActive():
                alive.append(timer)
        except RuntimeError:  # the C++ object is already deleted: not running
            continue
    return alive
