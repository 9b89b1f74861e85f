"""Slow work off the main thread: the one helper for full checks, backups, long exports and hub syncs.

In the manner of Anki's QueryOp: `BackgroundOperation(work, on_done, on_error)` runs `work(progress)` in a worker
thread and delivers its result (or its exception) on the main thread, with progress reports on the way. The work
function must not touch widgets, and opens its own database connection (the record keeps one writer: a
background operation reads, or writes through its own connection under the store's rules).

    def work(progress: Progress) -> Path:
        return backup_file(path, progress=lambda done, total: progress(done, total, "Backing up"))

    op = BackgroundOperation(work, on_done=show_done, on_error=show_error, parent=window)
    op.progressed.connect(status_bar.show_progress)
    op.start()

Every operation made here is tracked so that tests (and the window on closing) can wait for the ones still running.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

T = TypeVar("T")

Progress = Callable[[int, int, str], None]
"""progress(done, total, what): `total` 0 means the amount of work is not known."""

_operations: weakref.WeakSet[BackgroundOperation[Any]] = weakref.WeakSet()


class _Worker(QThread):
    """Runs the work; its signals are emitted in the worker thread and delivered queued to the main thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], object], parent: QObject | None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except Exception as error:  # delivered to on_error on the main thread; nothing is swallowed
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class BackgroundOperation(QObject, Generic[T]):
    """One piece of slow work: start it once; `on_done(result)` or `on_error(exception)` runs on the main thread."""

    progressed = Signal(int, int, str)
    """Re-emitted on the main thread: done, total (0 = unknown), what is being done."""
    ended = Signal()
    """On the main thread, after on_done or on_error has run."""

    def __init__(
        self,
        work: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._worker = _Worker(work, self)
        self._worker.progressed.connect(self.progressed)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._started = False
        self._ended = False
        _operations.add(self)

    def start(self) -> None:
        if self._started:
            raise RuntimeError("a background operation runs once; make a new one")
        self._started = True
        self._worker.start()

    @property
    def running(self) -> bool:
        """Started and its result not yet delivered."""
        return self._started and not self._ended

    def wait(self, timeout_ms: int) -> bool:
        """Block until the worker thread has finished (its result is delivered by the event loop afterwards)."""
        return self._worker.wait(timeout_ms)

    def _succeeded(self, result: T) -> None:
        self._end(lambda: self._on_done(result))

    def _failed(self, error: Exception) -> None:
        self._end(lambda: self._on_error(error))

    def _end(self, deliver: Callable[[], None]) -> None:
        # The worker emitted its result as the last thing it does; wait for its run() to return (microseconds), so
        # that nothing deleting this operation after `ended` destroys a QThread still running (Qt aborts then).
        self._worker.wait()
        self._ended = True
        try:
            deliver()
        finally:
            self.ended.emit()


def running_operations() -> list[BackgroundOperation[Any]]:
    """Operations started and not yet delivered (tests assert there are none after windows close)."""
    alive = []
    for operation in list(_operations):
        try:
            if operation.running:
                alive.append(operation)
        except RuntimeError:  # the C++ object is already deleted
            continue
    return alive
