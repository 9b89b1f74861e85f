"""Help: the keyboard shortcuts (made from the table the menus use, ui/shortcuts.py), the user guide (shown in the
app from the copy bundled with it) and About (version, licence, where this workstation keeps its data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop import APP_NAME, __version__
from ivig_desktop.paths import user_data_dir
from ivig_desktop.ui.shortcuts import SHORTCUTS, Shortcut, key_string

LICENCE = "Proprietary"  # as pyproject.toml says


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setAccessibleName(close.text().replace("&", ""))
    return buttons


def all_keys(item: Shortcut) -> str:
    """The key the menus show (a run of keys as its first and last: Ctrl+1 … Ctrl+9)."""
    texts = [key_string(s) for s in item.sequences()]
    if len(item.keys) > 2:
        return f"{texts[0]} … {texts[-1]}"
    return texts[0] if texts else ""


class ShortcutsDialog(QDialog):
    """Every shortcut of the window, in the order of the menus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [item for item in SHORTCUTS if item.sequences()]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, item in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(item.label().replace("&&", "&")))
            self.table.setItem(row, 1, QTableWidgetItem(all_keys(item)))
        note = QLabel(
            self.tr("The keys work wherever the focus is in the window; a dialog has its own (Enter, Escape)."),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(_close_buttons(self))
        self.resize(560, 640)


def user_guide_path() -> Path | None:
    """The user guide bundled with the app (docs/ in a checkout, _docs/ in a wheel), or None."""
    package_dir = Path(__file__).resolve().parents[2]
    for candidate in (package_dir / "_docs" / "user-guide.md", package_dir.parent / "docs" / "user-guide.md"):
        if candidate.is_file():
            return candidate
    return None


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        path = path or user_guide_path()
        if path is None:
            self.browser.setPlainText(self.tr("The user guide is not installed with this copy of IVIG Desktop."))
        else:
            self.browser.setSource(QUrl.fromLocalFile(str(path)))  # its links to the other guides work too
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(_close_buttons(self))
        self.resize(800, 700)


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        title = QLabel(f"<b>{APP_NAME}</b> {__version__}", self)
        purpose = QLabel(self.tr("Walks an infusion nurse through an IVIG session and keeps a durable record of it."))
        purpose.setWordWrap(True)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, label, value in (
            ("version", self.tr("Version"), __version__),
            ("licence", self.tr("Licence"), LICENCE),
            ("data", self.tr("Data folder"), str(user_data_dir())),
            ("database", self.tr("Database"), str(db_path)),
            ("log", self.tr("Log file"), str(log_path) if log_path else self.tr("not written")),
        ):
            field = QLabel(value, self)
            field.setWordWrap(True)
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            form.addRow(label, field)
            self.fields[key] = field
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addWidget(_close_buttons(self))
        self.resize(560, 260)
