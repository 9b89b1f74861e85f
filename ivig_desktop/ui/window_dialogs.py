"""The main window's dialog openers (the toolbar's and the menus' actions): each dialog is imported when first
opened, opened with open() (never exec()), and gives the focus back to the window when it closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QDialog, QMainWindow

    from ivig_desktop.ui.controller import SessionController
    from ivig_desktop.ui.dialog_focus import DialogFocus
    from ivig_desktop.ui.dialogs.export import ExportDialog
    from ivig_desktop.ui.dialogs.history import HistoryDialog
    from ivig_desktop.ui.dialogs.lots import LotDialog
    from ivig_desktop.ui.dialogs.new_session import NewSessionDialog
    from ivig_desktop.ui.dialogs.patient import PatientDialog
    from ivig_desktop.ui.housekeeping import Housekeeping
    from ivig_desktop.ui.session.page import SessionPage
    from ivig_desktop.ui.workstation import Workstation

    _Base = QMainWindow
else:
    _Base = object


class WindowDialogs(_Base):
    """Mixed into MainWindow (ui/main_window.py), which sets these attributes."""

    workstation: Workstation
    new_session_dialog: NewSessionDialog | None
    patient_dialog: PatientDialog | None
    lot_dialog: LotDialog | None
    export_dialog: ExportDialog | None
    history_dialog: HistoryDialog | None
    profiles_dialog: QDialog | None
    housekeeping: Housekeeping | None
    help_dialog: QDialog | None = None
    show_session: Callable[[int], None]
    session_page: SessionPage | None
    dialog_focus: DialogFocus

    def open_new_session(self) -> None:
        from ivig_desktop.ui.dialogs.new_session import NewSessionDialog

        dialog = self.new_session_dialog = NewSessionDialog(self.workstation, self)

        def started(controller: SessionController) -> None:
            self.show_session(controller.session_id)
            # The keyboard goes to the new session's page, its next thing to do (not back to the board).
            self.dialog_focus.focus_after(dialog, lambda: self.session_page and self.session_page.default_focus())

        self.new_session_dialog.started.connect(started)
        self.new_session_dialog.finished.connect(self.activateWindow)
        self.new_session_dialog.open()

    def open_new_patient(self) -> None:
        from ivig_desktop.ui.dialogs.patient import PatientDialog

        self.patient_dialog = PatientDialog(self.workstation, self)
        self.patient_dialog.saved.connect(
            lambda patient: self.statusBar().showMessage(
                self.tr("Patient {0} saved.").format(patient.display_name), 10_000
            )
        )
        self.patient_dialog.finished.connect(self.activateWindow)
        self.patient_dialog.open()

    def open_lots(self) -> None:
        from ivig_desktop.ui.dialogs.lots import LotDialog

        self.lot_dialog = LotDialog(self.workstation, self)
        self.lot_dialog.finished.connect(self.activateWindow)
        self.lot_dialog.open()

    def open_profiles(self) -> None:
        from ivig_desktop.ui.dialogs.profiles import ProfilesDialog

        self.profiles_dialog = ProfilesDialog(self.workstation, self)
        self.profiles_dialog.finished.connect(self.activateWindow)
        self.profiles_dialog.open()

    def open_history(self) -> None:
        from ivig_desktop.ui.dialogs.history import HistoryDialog

        self.history_dialog = HistoryDialog(self.workstation, self)
        self.history_dialog.finished.connect(self.activateWindow)
        self.history_dialog.open()

    def open_export(self) -> None:
        from ivig_desktop.ui.dialogs.export import ExportDialog

        self.export_dialog = ExportDialog(self.workstation, self)
        self.export_dialog.finished.connect(self.activateWindow)
        self.export_dialog.open()

    # Help
    def open_shortcuts(self) -> None:
        from ivig_desktop.ui.dialogs.help import ShortcutsDialog

        self._open_help(ShortcutsDialog(self))

    def open_user_guide(self) -> None:
        from ivig_desktop.ui.dialogs.help import UserGuideDialog

        self._open_help(UserGuideDialog(self))

    def open_about(self) -> None:
        from ivig_desktop import logs
        from ivig_desktop.ui.dialogs.help import AboutDialog

        self._open_help(AboutDialog(self.workstation.db_path, logs.log_path(), self))

    def _open_help(self, dialog: QDialog) -> None:
        self.help_dialog = dialog
        dialog.finished.connect(self.activateWindow)
        dialog.open()

    # File > Back up now (ui/housekeeping.py)
    def can_back_up(self) -> bool:
        return self.housekeeping is not None and self.housekeeping.can_back_up()

    def back_up_now(self) -> None:
        if self.housekeeping is not None:
            self.housekeeping.back_up_now()
