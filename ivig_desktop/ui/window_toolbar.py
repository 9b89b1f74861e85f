"""The main window's toolbar: its actions (which the File menu shows too, ui/menus.py), their keys in their
tooltips, the signed-in nurse, and when it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

from ivig_desktop.ui.shortcuts import shortcut, with_key
from ivig_desktop.ui.window_dialogs import WindowDialogs

if TYPE_CHECKING:
    from collections.abc import Callable

    from ivig_desktop.ui.menus import WindowMenus
    from ivig_desktop.ui.workstation import Workstation


class WindowToolbar(WindowDialogs):
    """Mixed into MainWindow (ui/main_window.py), which sets these attributes and calls `_build_actions()`; the
    actions open the dialogs of ui/window_dialogs.py."""

    workstation: Workstation
    menus: WindowMenus | None
    _sync_menus: Callable[[], None]

    def _build_actions(self) -> None:
        self.toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.new_session_action = QAction(shortcut("new_session").label(), self)
        self.new_session_action.setToolTip(self.tr("Start a session for a patient"))
        self.new_session_action.triggered.connect(self.open_new_session)
        self.new_patient_action = QAction(shortcut("new_patient").label(), self)
        self.new_patient_action.setToolTip(self.tr("Create a patient record"))
        self.new_patient_action.triggered.connect(self.open_new_patient)
        self.lots_action = QAction(shortcut("lots").label(), self)
        self.lots_action.setToolTip(self.tr("Every patient and session that received a vial lot"))
        self.lots_action.triggered.connect(self.open_lots)
        self.history_action = QAction(shortcut("history").label(), self)
        self.history_action.setToolTip(self.tr("Find a patient; see every session, the trend and the records"))
        self.history_action.triggered.connect(self.open_history)
        self.export_action = QAction(shortcut("export").label(), self)
        self.export_action.setToolTip(self.tr("Export a patient's or a date range's records: PDF, CSV, JSON, FHIR"))
        self.export_action.triggered.connect(self.open_export)
        self.profiles_action = QAction(shortcut("profiles").label(), self)
        self.profiles_action.setToolTip(
            self.tr("Nurse profiles: correct your details; administrators deactivate or promote profiles")
        )
        self.profiles_action.triggered.connect(self.open_profiles)
        self.switch_nurse_action = QAction(shortcut("switch_nurse").label(), self)
        self.switch_nurse_action.setToolTip(self.tr("Hand the workstation to another nurse"))
        self.switch_nurse_action.triggered.connect(self.workstation.sign_out)
        self.toolbar.addAction(self.new_session_action)
        self.toolbar.addAction(self.new_patient_action)
        self.toolbar.addAction(self.lots_action)
        self.toolbar.addAction(self.history_action)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.profiles_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.nurse_label = QLabel(self.toolbar)
        self.nurse_label.setAccessibleDescription(self.tr("Signed-in nurse"))
        self.toolbar.addWidget(self.nurse_label)
        self.toolbar.addAction(self.switch_nurse_action)

    def _set_keys(self) -> None:
        """The menus' keys, and each toolbar action's key in its tooltip. Set once the work area is built, not with
        the actions: the first call of setShortcut loads Qt's enums (tens of ms), which the sign-in page can do
        without (the menus' keys work once the window is shown: ui/shortcuts.py)."""
        self.toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
        if self.menus is not None:
            self.menus.set_keys()
        for name, action in (
            ("new_session", self.new_session_action),
            ("new_patient", self.new_patient_action),
            ("lots", self.lots_action),
            ("history", self.history_action),
            ("export", self.export_action),
        ):
            action.setToolTip(with_key(action.toolTip(), name))

    def _enable_actions(self, signed_in: bool) -> None:
        for action in (
            self.new_session_action,
            self.new_patient_action,
            self.lots_action,
            self.history_action,
            self.profiles_action,
            self.switch_nurse_action,
        ):
            action.setEnabled(signed_in)

    def show_toolbar(self) -> None:
        """The toolbar shows while someone is signed in and the screen unlocked, unless hidden (View > Toolbar)."""
        wanted = self.menus is None or self.menus.toolbar_action.isChecked()
        working = self.workstation.nurse is not None and not self.workstation.locked
        self.toolbar.setVisible(wanted and working)
        self._sync_menus()
