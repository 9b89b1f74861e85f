"""The day's backup and the full check of the database, in the background, never in front of the nurse.

Once the window is shown (ui/main_window.py, `finish_loading`), and then every minute (the app may run past
midnight), Housekeeping takes the day's backup if it is not made yet (store/daily_backup.py: SQLite's online backup
API in steps, on a connection of its own, in a worker thread through ui/background.py), then runs the full check
(`ivig-desktop check`: integrity, foreign keys, the hash chain and signatures, lost entries, the board's
projection) once that day. Their progress is in the
status bar. Saving goes on meanwhile: the backup and the check only read, in WAL mode, and never block the writer.

A backup that fails is said in the status bar and tried again ten minutes later. A check that finds a problem calls
`on_problem(report)`: for a damaged file the window stops saving into it and says how to restore a backup; a record
altered outside the app, or entries lost, is said in a banner. Closing the
window stops whatever runs (between two backup steps, or by interrupting the check) and leaves no partial file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from ivig_desktop.store import daily_backup
from ivig_desktop.store.cancel import Cancel, CancelledError
from ivig_desktop.store.check import CheckReport, check_database
from ivig_desktop.store.database import IvigDatabase, backup_dir_for
from ivig_desktop.ui.background import BackgroundOperation, Progress
from ivig_desktop.ui.style import WARNING_SYMBOL
from ivig_desktop.ui.timer import repaint_timer
from ivig_desktop.ui.workstation import Workstation

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000  # is a day's backup due? (past midnight, or ten minutes after a failure)
RETRY_AFTER_S = 600


def damaged_reason(db_path: Path, problem: str) -> str:
    """Why nothing more is saved once the daily check has found the database damaged, and what to do."""
    return QCoreApplication.translate(
        "Housekeeping",
        "The daily check found the database file {0} damaged ({1}). Restore a backup: close IVIG Desktop, move {2} "
        "(with any -wal and -shm file beside it) to another folder to keep it, then copy the newest backup from {3} "
        "to {0}.",
    ).format(db_path, problem, db_path.name, backup_dir_for(db_path))


def altered_text(report: CheckReport) -> str:
    """What the banner says when the daily check finds the record altered outside the app, or entries lost."""
    what = (
        QCoreApplication.translate("Housekeeping", "entries the app had saved are missing")
        if report.kind == "lost"
        else QCoreApplication.translate("Housekeeping", "the record was altered outside IVIG Desktop")
    )
    return QCoreApplication.translate(
        "Housekeeping", "{0} The daily check found that {1}: {2}. Run `ivig-desktop check` for the details."
    ).format(WARNING_SYMBOL, what, report.problem or "")


class Housekeeping(QObject):
    idle = Signal()
    """Emitted when a backup or check ends and nothing else is running (tests wait for it)."""

    def __init__(
        self,
        workstation: Workstation,
        status: QStatusBar,
        on_problem: Callable[[CheckReport], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._status = status
        self._on_problem = on_problem
        self._operation: BackgroundOperation[Any] | None = None
        self._cancel: Cancel | None = None
        self._retry_at = 0.0
        self._checked_on: date | None = None
        self._stopped = False
        self.progress_label = QLabel(status)  # what runs, in words (a busy bar shows no text)
        self.progress_label.setVisible(False)
        self.progress_bar = QProgressBar(status)
        self.progress_bar.setMaximumWidth(200)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setVisible(False)
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.progress_bar)
        self._timer = repaint_timer(self, INTERVAL_MS)
        self._timer.timeout.connect(self.check_now)

    @property
    def running(self) -> bool:
        return self._operation is not None and self._operation.running

    def start(self) -> None:
        self._timer.start()
        self.check_now()

    def stop(self) -> None:
        """Stop what runs (the window closes): no backup is left half made; results arriving later are dropped."""
        self._stopped = True
        self._timer.stop()
        if self._cancel is not None:
            self._cancel.cancel()
        if self._operation is not None:
            self._operation.finish(60_000)

    def check_now(self) -> None:
        """Start the day's backup if it is due (nothing else running, not read-only, not waiting to retry)."""
        db = self._workstation.db
        if self._stopped or self.running or not isinstance(db, IvigDatabase) or db.read_only:
            return
        clock = self._workstation.backup_clock
        if clock.monotonic() < self._retry_at:
            return
        now = clock.now()
        path = self._workstation.db_path
        if not daily_backup.due(path, now):
            return
        passphrase = db.passphrase
        backing_up = self.tr("Backing up the database")

        def work(progress: Progress, cancel: Cancel) -> Path:
            return daily_backup.take(
                path,
                passphrase=passphrase,
                now=now,
                progress=lambda done, total: progress(done, total, backing_up),
                cancel=cancel,
            )

        self._run(work, self._backup_done, self._backup_failed, backing_up)

    def can_back_up(self) -> bool:
        return not self._stopped and not self.running and isinstance(self._workstation.db, IvigDatabase)

    def back_up_now(self) -> bool:
        """File > Back up now: a backup into the backups folder beside the database, in the background (the
        same copy as `ivig-desktop backup`: checked before it is kept). False when one cannot start now."""
        db = self._workstation.db
        if not self.can_back_up() or not isinstance(db, IvigDatabase):
            return False
        from ivig_desktop.store.backup import backup_file

        path, passphrase = self._workstation.db_path, db.passphrase
        backing_up = self.tr("Backing up the database")

        def work(progress: Progress, cancel: Cancel) -> Path:
            return backup_file(
                path, passphrase=passphrase, progress=lambda done, total: progress(done, total, backing_up)
            )

        self._run(work, self._manual_done, self._manual_failed, backing_up)
        return True

    def _manual_done(self, path: Path) -> None:
        if not self._stopped:
            self._status.showMessage(self.tr("Backup made: {0}").format(path), 30_000)

    def _manual_failed(self, error: Exception) -> None:
        if self._stopped:
            return
        log.warning("a backup asked for from the menu failed: %s", error)
        self._status.showMessage(self.tr("{0} The backup could not be made: {1}").format(WARNING_SYMBOL, error))

    def _run(
        self,
        work: Callable[[Progress, Cancel], object],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        what: str,
    ) -> None:
        cancel = Cancel()
        operation: BackgroundOperation[Any] = BackgroundOperation(
            lambda progress: work(progress, cancel), on_done, on_error, self, yielding=True
        )
        operation.progressed.connect(self._progressed)
        operation.ended.connect(self._ended)
        self._operation, self._cancel = operation, cancel
        self._show_progress(0, 0, what)
        operation.start()

    def _progressed(self, done: int, total: int, what: str) -> None:
        self._show_progress(done, total, what)

    def _show_progress(self, done: int, total: int, what: str) -> None:
        bar = self.progress_bar
        bar.setRange(0, max(total, 0))  # 0, 0: busy, amount unknown
        bar.setValue(min(done, total) if total else 0)
        bar.setFormat("%p%")
        bar.setAccessibleName(what)
        self.progress_label.setText(what + "…")
        self.progress_label.setVisible(True)
        bar.setVisible(True)

    def _ended(self) -> None:
        if self.running:
            return  # the next step (the check after the backup) has started
        self.progress_bar.setVisible(False)
        self.progress_label.setVisible(False)
        self.idle.emit()

    def _backup_done(self, path: Path) -> None:
        if self._stopped:
            return
        self._status.showMessage(self.tr("Today's backup was made: {0}").format(path.name), 10_000)
        self._start_check()

    def _backup_failed(self, error: Exception) -> None:
        if self._stopped or isinstance(error, CancelledError):
            return
        self._retry_at = self._workstation.backup_clock.monotonic() + RETRY_AFTER_S
        log.warning("the daily backup failed: %s", error)
        self._status.showMessage(self.tr("Today's automatic backup could not be made: {0}").format(error))
        self._start_check()  # a backup that fails its check may mean a damaged database: the full check says

    def _start_check(self) -> None:
        db = self._workstation.db
        today = self._workstation.backup_clock.now().date()
        if self._checked_on == today or not isinstance(db, IvigDatabase) or db.read_only:
            return
        self._checked_on = today
        path, passphrase = self._workstation.db_path, db.passphrase
        checking = self.tr("Checking the database")

        def work(progress: Progress, cancel: Cancel) -> CheckReport:
            progress(0, 0, checking)
            return check_database(path, passphrase, cancel)

        self._run(work, self._check_done, self._check_failed, checking)

    def _check_done(self, report: CheckReport) -> None:
        if self._stopped:
            return
        log.info("daily check: %s", "sound" if report.sound else report.kind)
        if report.sound:
            self._status.showMessage(self.tr("The daily check of the database found it sound."), 10_000)
        else:
            self._on_problem(report)

    def _check_failed(self, error: Exception) -> None:
        if self._stopped or isinstance(error, CancelledError):
            return
        self._checked_on = None  # tried again with the next backup
        log.warning("the daily check could not run: %s", error)
        self._status.showMessage(self.tr("The daily check of the database could not run: {0}").format(error))
