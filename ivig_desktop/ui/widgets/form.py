"""Form rows with the error message next to the field.

A form maps domain field names (the keys of `ValidationError.errors`) to rows, so a refusal from the domain is
shown beside the field it concerns, the first bad field takes the focus, and nothing the nurse typed is cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import QtCore  # (QtCore.Qt is read where used: loading its enums takes tens of ms)
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.ui.i18n import error_text, translate, words
from ivig_desktop.ui.style import WARNING_SYMBOL, set_error_colour, set_secondary

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialogButtonBox


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden label for an error message: symbol + words in the theme's error colour, wrapped."""
    label = QLabel(parent)
    label.setWordWrap(True)
    set_error_colour(label)
    label.hide()
    return label


def altered_banner(parent: QWidget) -> QLabel:
    """A hidden banner for a record that does not verify against its hash chain or signature (`show_altered`)."""
    label = error_label(parent)
    label.setMargin(6)
    return label


def show_altered(label: QLabel, state: str | None) -> None:
    """Say in the banner (in words and with a symbol, not by colour alone) that the record was altered outside the
    app; `state` is the verification's line ('RECORD ALTERED OUTSIDE THE APP: ...'), None hides the banner."""
    if not state:
        show_error(label, None)
        return
    what = state.replace("RECORD ALTERED OUTSIDE THE APP: ", "")
    show_error(
        label,
        translate(
            "form",
            "Record altered outside the app: {0}. What is shown may not be what was written or signed; keep the "
            "database file as it is and tell the person in charge of the records.",
        ).format(what),
    )


MESSAGE_PROPERTY = "message"  # the words of the message an error label shows (without its symbol)


def error_message(label: QLabel) -> str:
    """The message `label` shows ('' when none)."""
    return str(label.property(MESSAGE_PROPERTY) or "")


def show_error(label: QLabel, message: str | None) -> None:
    if message:
        # Selectable once it has words (set here rather than at creation: Qt's enums take tens of milliseconds to
        # load, which the first screen can do without).
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        message = words(message)
        label.setText(f"{WARNING_SYMBOL} {message}")  # read as shown, symbol and all
        label.setProperty(MESSAGE_PROPERTY, message)
        label.show()
    else:
        label.clear()
        label.setProperty(MESSAGE_PROPERTY, "")
        label.hide()


@dataclass
class FieldRow:
    name: str
    label: QLabel
    editor: QWidget
    error: QLabel


class Form(QObject):
    """Rows of a QFormLayout, each with an error label under its editor, plus one form-level error label."""

    def __init__(self, layout: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self._layout = layout
        self._parent = parent
        self.rows: dict[str, FieldRow] = {}
        self.general_error = error_label(parent)

    def add(self, name: str, label_text: str, editor: QWidget, hint: str = "") -> QWidget:
        """Add a row for the domain field `name`; `label_text` should name the unit, e.g. 'Weight (kg)'."""
        label = QLabel(label_text, self._parent)
        label.setBuddy(editor)
        if isinstance(editor, QAbstractButton) and editor.text():
            # A check box is read as the words it shows (what the nurse attests); the row's label is context.
            editor.setAccessibleDescription(label_text.replace("&", ""))
        else:
            editor.setAccessibleName(label_text.replace("&", ""))
        if hint:
            editor.setToolTip(hint)
        cell = QWidget(self._parent)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        if hint:
            hint_label = QLabel(hint, cell)
            hint_label.setWordWrap(True)
            set_secondary(hint_label)  # quieter than the label, still readable
            column.addWidget(hint_label)
        error = error_label(cell)
        column.addWidget(error)
        self._layout.addRow(label, cell)
        self.rows[name] = FieldRow(name, label, editor, error)
        return editor

    def clear_errors(self) -> None:
        for row in self.rows.values():
            show_error(row.error, None)
            row.editor.setAccessibleDescription("")
        show_error(self.general_error, None)

    def show_errors(self, error: ValidationError) -> None:
        """Show each message beside its field; focus the first bad field in form order."""
        self.clear_errors()
        first: QWidget | None = None
        general = []
        for field, message in error.errors.items():
            row = self.rows.get(field)
            if row is None:
                general.append(message)
                continue
            show_error(row.error, message)
            row.editor.setAccessibleDescription(message)
        for row in self.rows.values():
            if row.name in error.errors:
                first = row.editor
                break
        if general:
            show_error(self.general_error, " ".join(general))
        if first is not None:
            first.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def show_general(self, message: str) -> None:
        show_error(self.general_error, message)

    def error_for(self, name: str) -> str:
        """The message currently shown beside field `name` ('' when none)."""
        row = self.rows[name]
        return error_message(row.error) if row.error.isVisibleTo(self._parent) else ""


def attempt(form: Form, action: Callable[[], object]) -> bool:
    """Run a nurse's command for a form: on a refusal show why (beside the field, or under the form for a rule or
    a failed write) and keep everything typed; return True only once the command succeeded (and was saved)."""
    from ivig_desktop.domain.errors import DomainError
    from ivig_desktop.store.database import StoreError

    form.clear_errors()
    try:
        action()
    except ValidationError as error:
        form.show_errors(error)
        return False
    except (DomainError, StoreError) as error:
        form.show_general(error_text(error))
        return False
    return True


def confirm_buttons(dialog: QDialog, confirm_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK/Cancel for a dialog, the OK button named for what it does and the default (Enter); Cancel rejects."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    confirm = buttons.button(QDialogButtonBox.StandardButton.Ok)
    confirm.setText(confirm_text)
    confirm.setDefault(True)  # Enter confirms from any field, a radio button or a check box (never Cancel)
    buttons.rejected.connect(dialog.reject)
    return buttons, confirm
