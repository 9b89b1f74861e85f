"""The first screen: the nurse picks her profile and types her password or PIN, or creates a profile. Every entry
made afterwards carries her name. Wrong passwords are counted; repeated failures lock the profile for a while."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop import APP_NAME
from ivig_desktop.domain.accounts import PASSWORD_MIN_CHARS, PIN_MIN_DIGITS
from ivig_desktop.domain.people import Nurse
from ivig_desktop.ui.i18n import translate
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import Form, attempt
from ivig_desktop.ui.workstation import Workstation


def secret_hint() -> str:
    return translate("sign_in", "A password of {0}+ characters, or a PIN of {1}+ digits").format(
        PASSWORD_MIN_CHARS, PIN_MIN_DIGITS
    )


def password_field(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SignInPage(QWidget):
    signed_in = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation

        title = QLabel(APP_NAME, self)
        set_font(title, 2.0, bold=True)
        question = QLabel(self.tr("Who is working at this workstation?"), self)
        set_font(question, 1.3)

        # Existing profiles
        self.choose_box = QGroupBox(self.tr("Choose your profile"), self)
        self.profiles = QListWidget(self.choose_box)
        self.profiles.setAccessibleName(self.tr("Nurse profiles"))
        self.profiles.currentItemChanged.connect(lambda *_: self._profile_changed())
        sign_in_layout = QFormLayout()
        self.sign_in_form = Form(sign_in_layout, self.choose_box)
        self.secret_edit = password_field(self.choose_box)
        self.sign_in_form.add("secret", self.tr("&Password or PIN"), self.secret_edit)
        self.first_confirm = password_field(self.choose_box)
        self.sign_in_form.add("confirm", self.tr("Type it &again"), self.first_confirm)
        self.first_secret_note = QLabel(
            self.tr("This profile has no password or PIN yet: choose one now. {0}.").format(secret_hint()),
            self.choose_box,
        )
        self.first_secret_note.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("Sign in"), self.choose_box)
        self.continue_button.setAccessibleDescription(self.tr("Sign in"))
        self.continue_button.clicked.connect(self._continue)
        self.secret_edit.returnPressed.connect(self._continue)
        self.profiles.itemActivated.connect(lambda _item: self.secret_edit.setFocus())
        self.first_confirm.returnPressed.connect(self._continue)
        choose_layout = QVBoxLayout(self.choose_box)
        choose_layout.addWidget(self.profiles)
        choose_layout.addWidget(self.first_secret_note)
        choose_layout.addLayout(sign_in_layout)
        choose_layout.addWidget(self.sign_in_form.general_error)
        choose_layout.addWidget(self.continue_button)

        # New profile
        self.create_box = QGroupBox(self.tr("New profile"), self)
        form_layout = QFormLayout(self.create_box)
        self.form = Form(form_layout, self.create_box)
        self.name_edit = QLineEdit(self.create_box)
        self.form.add("name", self.tr("Full &name"), self.name_edit)
        self.credentials_edit = QLineEdit(self.create_box)
        self.credentials_edit.setPlaceholderText(self.tr("e.g. RN, LPN or NP"))
        self.form.add("credentials", self.tr("&Credentials"), self.credentials_edit)
        self.staff_id_edit = QLineEdit(self.create_box)
        self.staff_id_edit.setPlaceholderText(self.tr("e.g. RN 204173 (optional, as on the badge)"))
        self.form.add("staff_id", self.tr("&Licence or staff number"), self.staff_id_edit)
        self.new_secret_edit = password_field(self.create_box)
        self.form.add("secret", self.tr("Pass&word or PIN"), self.new_secret_edit, secret_hint())
        self.new_confirm_edit = password_field(self.create_box)
        self.form.add("confirm", self.tr("Type it a&gain"), self.new_confirm_edit)
        # A new profile is authorised by a nurse who already has one (except the very first, the administrator).
        self.authoriser = QComboBox(self.create_box)
        self.form.add(
            "authoriser",
            self.tr("A&uthorised by"),
            self.authoriser,
            self.tr("A nurse who already has a profile here authorises a new one with her password or PIN"),
        )
        self.authoriser_secret_edit = password_field(self.create_box)
        self.form.add("authoriser_secret", self.tr("Her password or P&IN"), self.authoriser_secret_edit)
        self.first_profile_note = QLabel(
            self.tr(
                "The first profile of this database is its administrator: it can deactivate profiles and make "
                "other nurses administrators. Every later profile is authorised by a nurse who has one."
            ),
            self.create_box,
        )
        self.first_profile_note.setWordWrap(True)
        form_layout.addRow(self.first_profile_note)
        self.authoriser_secret_edit.returnPressed.connect(self._create)
        self.create_button = QPushButton(self.tr("Create profile and sign in"), self.create_box)
        self.create_button.clicked.connect(self._create)
        self.new_confirm_edit.returnPressed.connect(self._create)
        form_layout.addRow(self.form.general_error)
        form_layout.addRow(self.create_button)

        panels = QHBoxLayout()
        panels.addWidget(self.choose_box, 1)
        panels.addWidget(self.create_box, 1)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        for heading in (title, question):  # centred by stretches (the first screen loads none of Qt's enums)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(heading)
            row.addStretch(1)
            outer.addLayout(row)
        outer.addSpacing(16)
        outer.addLayout(panels)
        outer.addStretch(2)
        self.refresh()

    def refresh(self) -> None:
        self.profiles.clear()
        self.authoriser.clear()
        self._nurse_ids: list[int] = []  # by row of the list
        for nurse in self._workstation.nurses(active_only=True):  # a deactivated profile cannot sign in
            QListWidgetItem(nurse.display_name, self.profiles)
            self._nurse_ids.append(nurse.id)
            self.authoriser.addItem(nurse.display_name, nurse.id)
        has_profiles = self.profiles.count() > 0
        first = not self._workstation.nurses()
        self.choose_box.setVisible(has_profiles)
        self.create_box.setTitle(self.tr("Create the first account") if first else self.tr("New profile"))
        for name in ("authoriser", "authoriser_secret"):
            row = self.form.rows[name]
            row.label.setVisible(not first)
            cell = row.editor.parentWidget()
            if cell is not None:
                cell.setVisible(not first)
        self.first_profile_note.setVisible(first)
        for edit in (
            self.secret_edit,
            self.first_confirm,
            self.new_secret_edit,
            self.new_confirm_edit,
            self.authoriser_secret_edit,
        ):
            edit.clear()
        self.sign_in_form.clear_errors()
        if has_profiles:
            self.profiles.setCurrentRow(0)
            self.profiles.setFocus()
        else:
            self.name_edit.setFocus()
        self._profile_changed()

    def selected_nurse(self) -> Nurse | None:
        row = self.profiles.currentRow()
        return None if row < 0 else self._workstation.nurse_by_id(self._nurse_ids[row])

    def _profile_changed(self) -> None:
        nurse = self.selected_nurse()
        first = nurse is not None and self._workstation.needs_secret(nurse)
        self.first_secret_note.setVisible(first)
        row = self.sign_in_form.rows["confirm"]
        row.editor.setVisible(first)
        row.label.setVisible(first)
        self.continue_button.setText(self.tr("Set and sign in") if first else self.tr("Sign in"))
        self.sign_in_form.clear_errors()

    def _continue(self) -> None:
        nurse = self.selected_nurse()
        if nurse is None:
            return
        secret = self.secret_edit.text()

        def sign_in() -> None:
            if self._workstation.needs_secret(nurse):
                self._workstation.set_first_secret(nurse, secret, self.first_confirm.text())
            else:
                self._workstation.authenticate(nurse, secret)

        ok = attempt(self.sign_in_form, sign_in)
        self.secret_edit.clear()
        self.first_confirm.clear()
        if ok:
            self.signed_in.emit()

    def _create(self) -> None:
        def create() -> None:
            authoriser_id = self.authoriser.currentData()
            nurse = self._workstation.create_nurse(
                self.name_edit.text(),
                self.credentials_edit.text(),
                self.new_secret_edit.text(),
                self.new_confirm_edit.text(),
                staff_id=self.staff_id_edit.text(),
                authoriser=self._workstation.nurse_by_id(int(authoriser_id)) if authoriser_id is not None else None,
                authoriser_secret=self.authoriser_secret_edit.text(),
            )
            self._workstation.sign_in(nurse)

        ok = attempt(self.form, create)
        self.authoriser_secret_edit.clear()  # never left typed in, right or wrong
        if ok:
            for edit in (
                self.name_edit,
                self.credentials_edit,
                self.staff_id_edit,
                self.new_secret_edit,
                self.new_confirm_edit,
            ):
                edit.clear()
            self.signed_in.emit()
