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

import contextlib
import os
import sys
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

T = TypeVar("T")

YIELDING_NICE = 10  # how much nicer than the window a yielding operation's thread is

Progress = Callable[[int, int, str], None]
"""progress(done, total, what): `total` 0 means the amount of work is not known."""

_operations: weakref.WeakSet[BackgroundOperation[Any]] = weakref.WeakSet()
# Started and not yet delivered: held here so that an operation nobody else references is not collected (and its
# thread destroyed while it runs, which aborts the process) before it has finished.
_running: set[BackgroundOperation[Any]] = set()


class _Worker(QThread):
    """Runs the work; its signals are emitted in the worker thread and delivered queued to the main thread."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], object], parent: QObject | None, *, yielding: bool = False) -> None:
        super().__init__(parent)
        self._work = work
        self._yielding = yielding

    def run(self) -> None:
        if self._yielding and sys.platform.startswith("linux"):
            # This thread only (Linux keeps a nice value per thread): the window's thread comes first on a busy CPU.
            with contextlib.suppress(OSError):
                thread = threading.get_native_id()
                os.setpriority(
                    os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + YIELDING_NICE)
                )
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
        *,
        yielding: bool = False,
    ) -> None:
        """`yielding`: the work gives way to the window on a busy processor (a lower priority; Linux)."""
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._worker = _Worker(work, self, yielding=yielding)
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
        _running.add(self)
        self._worker.start()

    @property
    def running(self) -> bool:
        """Started and its result not yet delivered."""
        return self._started and not self._ended

    def wait(self, timeout_ms: int) -> bool:
        """Block until the worker thread has finished (its result is delivered by the event loop afterwards)."""
        return self._worker.wait(timeout_ms)

    def finish(self, timeout_ms: int) -> bool:
        """Block until the worker thread has finished, then deliver its progress and result now, without waiting
        for the event loop (a window closing uses it, so that nothing of it is left to run after it). False when
        the work did not end in time (and nothing is delivered)."""
        if not self._worker.wait(timeout_ms):
            return False
        QCoreApplication.sendPostedEvents(self._worker)
        QCoreApplication.sendPostedEvents(self)
        return True

    def _succeeded(self, result: T) -> None:
        self._end(lambda: self._on_done(result))

    def _failed(self, error: Exception) -> None:
        self._end(lambda: self._on_error(error))

    def _end(self, deliver: Callable[[], None]) -> None:
        # The worker emitted its result as the last thing it does; wait for its run() to return (microseconds), so
        # that nothing deleting this operation after `ended` destroys a QThread still running (Qt aborts then).
        self._worker.wait()
        self._ended = True
        _running.discard(self)
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
