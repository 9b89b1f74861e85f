"""The background-operation helper: work runs off the main thread, its result, error and progress arrive on it."""

from __future__ import annotations

import gc
import os
import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from ivig_desktop.ui.background import YIELDING_NICE, BackgroundOperation, Progress, running_operations


def test_work_runs_in_a_worker_thread_and_the_result_arrives_on_the_main_thread(qtbot: QtBot) -> None:
    main = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["work_thread"] = threading.get_ident()
        for done in range(1, 4):
            progress(done, 3, "Counting")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["done_on_main"] = QThread.currentThread() is QCoreApplication.instance().thread()  # type: ignore[union-attr]

    op: BackgroundOperation[int] = BackgroundOperation(work, done, lambda e: seen.update(error=e))
    reports: list[tuple[int, int, str]] = []
    op.progressed.connect(lambda d, t, w: reports.append((d, t, w)))
    with qtbot.waitSignal(op.ended, timeout=5000):
        op.start()
    assert seen["work_thread"] != main
    assert seen["result"] == 42 and seen["done_on_main"] is True
    assert "error" not in seen
    assert reports == [(1, 3, "Counting"), (2, 3, "Counting"), (3, 3, "Counting")]
    assert not op.running and op not in running_operations()


def test_an_exception_in_the_work_is_delivered_to_on_error(qtbot: QtBot) -> None:
    errors: list[Exception] = []

    def work(progress: Progress) -> None:
        raise OSError(28, "No space left on device")

    op: BackgroundOperation[None] = BackgroundOperation(work, lambda _: None, errors.append)
    with qtbot.waitSignal(op.ended, timeout=5000):
        op.start()
    assert len(errors) == 1 and isinstance(errors[0], OSError) and errors[0].errno == 28


def test_an_operation_runs_once_and_is_tracked_while_running(qtbot: QtBot) -> None:
    gate = threading.Event()
    op: BackgroundOperation[bool] = BackgroundOperation(lambda progress: gate.wait(5), lambda _: None, print)
    op.start()
    assert op.running and op in running_operations()
    with pytest.raises(RuntimeError, match="runs once"):
        op.start()
    with qtbot.waitSignal(op.ended, timeout=5000):
        gate.set()
    assert op.wait(5000)


def test_an_operation_dropped_as_soon_as_it_ended_leaves_no_thread_running(qtbot: QtBot) -> None:
    """Its thread has finished once `ended` is emitted: dropping the last reference then (and collecting it at
    once) never destroys a running thread, which would abort the app."""
    import gc

    for _ in range(20):
        op: BackgroundOperation[None] = BackgroundOperation(lambda progress: None, lambda _: None, print)
        with qtbot.waitSignal(op.ended, timeout=5000):
            op.start()
        assert op._worker.isFinished()
        del op
        gc.collect()


def test_an_operation_nobody_holds_runs_to_its_end(qtbot: QtBot) -> None:
    """Started and then dropped by its maker: it is kept alive until delivered (a collected operation would
    destroy its thread while it runs, which aborts the process)."""
    gate = threading.Event()
    results: list[int] = []

    def start() -> None:
        op: BackgroundOperation[int] = BackgroundOperation(lambda progress: int(gate.wait(5)), results.append, print)
        op.start()

    start()
    gc.collect()
    assert len(running_operations()) == 1
    gate.set()
    qtbot.waitUntil(lambda: results == [1], timeout=5000)
    gc.collect()
    assert running_operations() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a nice value per thread is Linux's")
def test_a_yielding_operation_runs_at_a_lower_priority_than_the_window(qtbot: QtBot) -> None:
    def nice(progress: Progress) -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    seen: list[int] = []
    for yielding in (False, True):
        op: BackgroundOperation[int] = BackgroundOperation(nice, seen.append, print, yielding=yielding)
        with qtbot.waitSignal(op.ended, timeout=5000):
            op.start()
    window_nice = os.getpriority(os.PRIO_PROCESS, 0)
    assert seen == [window_nice, min(19, window_nice + YIELDING_NICE)]
