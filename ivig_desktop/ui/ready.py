"""When is the window ready? Once it has been painted and the event loop has run out of work.

`ReadyWatcher(window)` emits `ready` once: after the window's first paint, at the first turn of the event loop
with nothing left to do (a zero-timeout timer, which Qt runs after the pending events). That is the moment a nurse
can use the first screen; `ivig-desktop --exit-when-ready` quits then, and the app starts loading what the first
screen does not need (ui/app.py). The benchmarks' bare PySide6 baseline uses this same rule, so both sides of the
start-up ratio stop the clock at the same point.

This module imports nothing but QtCore, so that a bare Qt process can use it too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class ReadyWatcher(QObject):
    """Emits `ready` once, when `window` has been painted and the event loop is idle."""

    ready = Signal()
    # (class defaults: while Qt tears a window down, its filter may be asked about events after this object's
    # own attributes are gone)
    _window: QObject | None = None
    _painted = True
    is_ready = False

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self._window = window
        self._painted = False
        self.is_ready = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and watched is self._window and event.type() == QEvent.Type.Paint:
            self._painted = True
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._idle)
        return False  # the paint goes on as usual

    def _idle(self) -> None:
        self.is_ready = True
        self.ready.emit()
