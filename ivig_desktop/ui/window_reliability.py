"""The main window's reliability part: the read-only banner (another writer, a read-only file, damage found by the
day's full check, a record altered outside the app) and the restore from a backup, which asks run_gui
(ui/app.py) to reopen the database in a new window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ivig_desktop.store.database import IvigDatabase
from ivig_desktop.ui.shortcuts import shortcut
from ivig_desktop.ui.style import WARNING_SYMBOL, set_font

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QToolBar, QVBoxLayout

    from ivig_desktop.store.backup import BackupInfo
    from ivig_desktop.store.check import CheckReport
    from ivig_desktop.ui.dialogs.restore import RestoreDialog
    from ivig_desktop.ui.workstation import Workstation

    _Base = QMainWindow
else:
    _Base = object


class WindowReliability(_Base):
    """Mixed into MainWindow (ui/main_window.py), which sets these attributes and calls `_build_reliability()`."""

    workstation: Workstation
    central_layout: QVBoxLayout
    toolbar: QToolBar

    def _build_reliability(self) -> None:
        self.restart_requested = False  # run_gui reopens the database and a new window when set
        self.restart_notice = ""
        self.restore_dialog: RestoreDialog | None = None
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setMargin(8)
        set_font(self.read_only_banner, 1.1, bold=True)
        self._show_read_only(self.workstation.read_only_reason)
        central = self.central_layout
        central.insertWidget(1, self.read_only_banner)  # under the simulation banner, above the pages

        self.restore_action = QAction(shortcut("restore").label(), self)
        self.restore_action.setToolTip(self.tr("Put back an earlier backup of the database"))
        self.restore_action.triggered.connect(self.open_restore)
        self.toolbar.addAction(self.restore_action)
        self.workstation.nurse_changed.connect(self._update_reliability)
        self._update_reliability()
        for notice in getattr(self.workstation.db, "notices", []):
            self.show_notice(notice)

    def _update_reliability(self) -> None:
        """After each change of nurse (run after _nurse_changed, which sets the title)."""
        read_only = self.workstation.read_only_reason is not None
        self.restore_action.setEnabled(self.workstation.nurse is not None and not read_only)
        if read_only:
            self.setWindowTitle(self.tr("{0} (read-only)").format(self.windowTitle()))

    def show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text)

    def _show_read_only(self, reason: str | None) -> None:
        if reason:
            self.read_only_banner.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            text = self.tr("{0} Read-only: you can read the record but not add to it. {1}").format(
                WARNING_SYMBOL, reason
            )
            self.read_only_banner.setText(text)
        self.read_only_banner.setVisible(bool(reason))

    def daily_check_failed(self, report: CheckReport) -> None:
        """The day's full check found a problem. A damaged file: save nothing more into it, and say how to restore
        a backup. A record altered outside the app, or entries lost: said for good in a banner, as `ivig-desktop
        check` says it (the screens show which session; nothing is trusted that the chain does not prove)."""
        from ivig_desktop.ui.housekeeping import altered_text, damaged_reason

        db = self.workstation.db
        if report.kind == "damaged":
            if isinstance(db, IvigDatabase):
                db.damage_found = True  # the next start checks the whole file (store/lock.py)
                db.read_only_reason = damaged_reason(db.path, report.problem or "")
                self._show_read_only(db.read_only_reason)
                self._update_reliability()
            return
        text = altered_text(report)
        self.read_only_banner.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only_banner.setText(text)
        self.read_only_banner.setVisible(True)

    def open_restore(self) -> None:
        from ivig_desktop.ui.dialogs.restore import RestoreDialog

        self.restore_dialog = RestoreDialog(self.workstation, self)
        self.restore_dialog.restored.connect(self._restored)
        self.restore_dialog.finished.connect(self.activateWindow)
        self.restore_dialog.open()

    def _restored(self, chosen: BackupInfo, before: Path) -> None:
        from ivig_desktop.ui import format as fmt

        self.restart_notice = self.tr(
            "Restored the backup taken {0}. The database as it was just before is kept in {1}."
        ).format(fmt.day_time(chosen.taken_at), before)
        self.restart_requested = True
        self.close()
