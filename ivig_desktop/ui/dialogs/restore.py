"""Restore from backup: pick a backup (when, why, size), confirm, and the database is replaced by it.

The current database is backed up first ("before-restore"), so whatever was recorded after the chosen backup
is kept in that file. The restore runs inside the open database (SQLite backup API, one transaction); then the
window asks the app to restart, so that everything on screen is read again from the restored file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.store.backup import BEFORE_RESTORE, DAILY, MANUAL, PRE_MIGRATION, BackupInfo
from ivig_desktop.store.database import StoreError, backup_dir_for
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text
from ivig_desktop.ui.widgets.form import error_label, show_error
from ivig_desktop.ui.workstation import Workstation

KIND_LABELS = {
    DAILY: QT_TRANSLATE_NOOP("RestoreDialog", "Daily (automatic)"),
    PRE_MIGRATION: QT_TRANSLATE_NOOP("RestoreDialog", "Before an upgrade"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
    MANUAL: QT_TRANSLATE_NOOP("RestoreDialog", "Made on request"),
}


def size_text(size_bytes: int) -> str:
    if size_bytes < 1024 * 1024:
        return f"{max(1, round(size_bytes / 1024))} KB"
    return f"{size_bytes / (1024 * 1024):.1f} MB"


class RestoreDialog(QDialog):
    restored = Signal(object, object)  # the BackupInfo chosen, the Path of the copy taken just before

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.resize(620, 420)

        folder = backup_dir_for(workstation.db_path)
        intro = QLabel(
            self.tr(
                "Choose a backup to put back. Entries made after it will leave the record, but they are not "
                "lost: the database as it is now is backed up first. Backups are in {0}."
            ).format(folder),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_list = QTreeWidget(self)
        self.backup_list.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.backup_list.setAccessibleName(self.tr("Backups"))
        self.backup_list.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("There are no backups yet."), self)
        self.error = error_label(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore…"))
        self.buttons.accepted.connect(self.ask_to_confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.backup_list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.backup_list.itemSelectionChanged.connect(self._selection_changed)
        self.backup_list.itemDoubleClicked.connect(lambda *_: self.ask_to_confirm())
        self.backups: list[BackupInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.backups = self._workstation.backups()
        self.backup_list.clear()
        for index, info in enumerate(self.backups):
            item = QTreeWidgetItem(
                [
                    fmt.day_time(info.taken_at),
                    self.tr(KIND_LABELS.get(info.reason, info.reason)),
                    size_text(info.size_bytes),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(0, str(info.path))
            self.backup_list.addTopLevelItem(item)
        self.empty_label.setVisible(not self.backups)
        first = self.backup_list.topLevelItem(0)
        if first is not None:
            self.backup_list.setCurrentItem(first)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        item = self.backup_list.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.backups[int(item.data(0, Qt.ItemDataRole.UserRole))]

    def select(self, path: Path) -> None:
        for index, info in enumerate(self.backups):
            item = self.backup_list.topLevelItem(index)
            if info.path == path and item is not None:
                self.backup_list.setCurrentItem(item)
                return
        raise KeyError(path)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def ask_to_confirm(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore this backup?"),
            self.tr(
                "Put back the backup taken {0}?\n\nEntries made after that time will no longer be in the record. "
                "The database as it is now is backed up first, so nothing is lost. IVIG Desktop then reopens."
            ).format(fmt.day_time(chosen.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Restore"))
        box.finished.connect(lambda _result: self._confirmed(box, chosen))
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox, chosen: BackupInfo) -> None:
        self.confirm_box = None
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        try:
            before = self._workstation.restore(chosen)
        except StoreError as error:
            show_error(self.error, error_text(error))
            return
        show_error(self.error, None)
        self.accept()  # closed first: the window closes (and the app restarts) on `restored`
        self.restored.emit(chosen, before)
