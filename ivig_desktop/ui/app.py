"""Starting the GUI: the QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ivig_desktop import APP_NAME, __version__
from ivig_desktop.domain.clock import Clock, SystemClock
from ivig_desktop.store.database import StoreError, open_database
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IVIG Desktop")
    return app


def run_gui(db_path: Path, clock: Clock | None = None, *, simulation: bool = False) -> int:
    app = application()
    notice = ""
    while True:  # once, unless the window asks for a restart (after a restore from backup)
        try:
            db = open_database(db_path)
        except (StoreError, OSError) as error:
            # A damaged file (DatabaseDamagedError) is left as it was; the message says how to restore a backup.
            QMessageBox.critical(None, APP_NAME, f"The database {db_path} could not be opened.\n\n{error}")
            return 1
        workstation = Workstation(db, clock or SystemClock(), db_path)
        window = MainWindow(workstation, simulation=simulation)
        window.show()
        if notice:
            window.show_notice(notice)
        code = app.exec()
        db.close()
        if not window.restart_requested:
            return code
        notice = window.restart_notice
