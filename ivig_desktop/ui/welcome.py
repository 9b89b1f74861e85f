"""The first-run welcome: shown when the app starts on a database with no account (the first start on a computer).

It says where the record is kept (and that the backups go beside it), asks the clinic's time zone (recorded with
the database, store/clinic.py; clinic.toml's, when set, wins and is only shown), then hands over to the sign-in
page's "Create the first account" form, the one flow that creates accounts. Or it offers demo data instead: the
window closes and the app opens a demo database of its own (ui/app.py), leaving this database as it was.

All by keyboard: the zone field has the focus, Enter continues (the default button), Tab Tab Space takes the demo;
a zone that does not exist is said beside the field and nothing is recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop import APP_NAME
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.times import ZoneError, zone_info
from ivig_desktop.store.layout import backup_dir_for
from ivig_desktop.ui.style import set_font
from ivig_desktop.ui.widgets.form import Form, attempt
from ivig_desktop.ui.workstation import Workstation

if TYPE_CHECKING:
    from ivig_desktop.ui.main_window import MainWindow


class WelcomePage(QWidget):
    continued = Signal()  # the zone is recorded: on to the first account
    demo_chosen = Signal()

    def __init__(self, workstation: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        title = QLabel(self.tr("Welcome to {0}").format(APP_NAME), self)
        set_font(title, 2.0, bold=True)
        intro = QLabel(
            self.tr(
                "This is the first start of {0} with this database: it has no account yet. Check where the "
                "record is kept and set the clinic's time zone, then create the first account (its "
                "administrator). Or try the app with demo data first: this database stays as it is."
            ).format(APP_NAME),
            self,
        )
        intro.setWordWrap(True)
        path = workstation.db_path
        self.where = QLabel(
            self.tr(
                "Where the record is kept: {0}\nBackups are made every day beside it, in {1}. Keep this folder "
                "on this computer's own disk (not a network share); only your user account can read it."
            ).format(path, backup_dir_for(path)),
            self,
        )
        self.where.setWordWrap(True)
        # (no fixed text interaction flags: k-access sets how labels that carry information are read)

        form_layout = QFormLayout()
        self.form = Form(form_layout, self)
        self.zone = QLineEdit(self)
        self.zone.setText(workstation.clinic.time_zone)
        completer = QCompleter(sorted(_zone_names()), self.zone)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        # Completed in the field as it is typed (no pop-up list that would take Enter and the focus)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.zone.setCompleter(completer)
        fixed = bool(workstation.config.clinic.time_zone)
        hint = (
            self.tr("Set by the clinic's configuration (clinic.toml): every time is shown in it")
            if fixed
            else self.tr("An IANA name such as America/Toronto: every time on screen, on paper and in exports")
        )
        self.form.add("zone", self.tr("Clinic's &time zone"), self.zone, hint)
        self.zone.setReadOnly(fixed)
        self.zone.returnPressed.connect(self.carry_on)

        self.continue_button = QPushButton(self.tr("&Continue: create the first account"), self)
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.carry_on)
        self.demo_button = QPushButton(self.tr("Try it with &demo data instead"), self)
        self.demo_button.setToolTip(
            self.tr("Opens a separate database of fictional patients, marked DEMO; this one stays as it is")
        )
        self.demo_button.clicked.connect(self.demo_chosen.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(self.where)
        column.addSpacing(8)
        column.addLayout(form_layout)
        column.addWidget(self.form.general_error)
        column.addLayout(buttons)
        column.addStretch(1)
        box = QWidget(self)
        box.setLayout(column)
        box.setMaximumWidth(760)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)
        self.setTabOrder(self.zone, self.continue_button)
        self.setTabOrder(self.continue_button, self.demo_button)

    def carry_on(self) -> None:
        """Record the zone (checked first: a name that is not a zone is said beside the field), then go on."""

        def record() -> None:
            name = self.zone.text().strip()
            try:
                zone_info(name)
            except ZoneError as error:
                raise ValidationError.one("zone", str(error)) from None
            if not self.zone.isReadOnly():
                self._workstation.choose_time_zone(name)

        if attempt(self.form, record):
            self.continued.emit()


def _zone_names() -> set[str]:
    import zoneinfo

    return zoneinfo.available_timezones()


def show_welcome(window: MainWindow) -> WelcomePage:
    """Put the welcome in front of the sign-in page; it hands over to the first-account form, or to demo data."""
    page = WelcomePage(window.workstation, window.stack)
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    page.zone.setFocus()

    def to_first_account() -> None:
        window.sign_in_page.refresh()  # focus on the first account's name
        window.stack.setCurrentWidget(window.sign_in_page)
        window.sign_in_page.name_edit.setFocus()

    def to_demo() -> None:
        window.demo_requested = True
        window.close()

    page.continued.connect(to_first_account)
    page.demo_chosen.connect(to_demo)
    return page
