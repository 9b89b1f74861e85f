"""Starting the GUI: the QApplication, the database (and its passphrase, when it is encrypted), the main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from ivig_desktop import APP_NAME, __version__
from ivig_desktop.domain.clock import Clock, SystemClock
from ivig_desktop.store.database import (
    EmptyDatabaseFileError,
    IvigDatabase,
    PassphraseRequiredError,
    StoreError,
    WrongPassphraseError,
    open_database,
)
from ivig_desktop.ui.demo_mode import DemoFolder, first_run
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from ivig_desktop.ui.icon import app_icon
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.qt_log import route_qt_messages
from ivig_desktop.ui.ready import ReadyWatcher
from ivig_desktop.ui.style import WARNING_SYMBOL, set_error_colour
from ivig_desktop.ui.workstation import Workstation

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

PASSPHRASE_TRIES = 3
ENCRYPTED = QT_TRANSLATE_NOOP("app", "Database encrypted (SQLCipher)")
NOT_ENCRYPTED = QT_TRANSLATE_NOOP("app", "Database not encrypted: run ivig-desktop encrypt (recommended on laptops)")


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IVIG Desktop")
    app.setDesktopFileName("ivig-desktop")  # the .desktop file (resources/), so the desktop shows its icon
    app.setWindowIcon(app_icon())
    return app


def window_settings() -> QSettings:
    """This workstation's settings file (paths.settings_path: owner-only), where the window keeps its place."""
    from ivig_desktop.paths import settings_path

    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def use_language(app: QApplication, option: str | None) -> str:
    """Install the translators of the chosen language (ui/i18n.py); returns the language."""
    from PySide6.QtCore import QSettings

    from ivig_desktop.paths import settings_path
    from ivig_desktop.ui.i18n import chosen_language, install_translators

    language = chosen_language(option, QSettings(str(settings_path()), QSettings.Format.IniFormat))
    install_translators(language, app)
    return language


def run_gui(
    db_path: Path,
    clock: Clock | None = None,
    *,
    simulation: bool = False,
    passphrase: str | None = None,
    warnings: Sequence[str] = (),
    exit_when_ready: bool = False,
    demo: bool = False,
    language: str | None = None,
) -> int:
    """Run the app on the database at `db_path`. `passphrase` (from --passphrase-file or IVIG_DESKTOP_PASSPHRASE)
    opens an encrypted file; without it, the app asks for it when the file is encrypted. `warnings` (a passphrase
    file others can read) are shown in the window, permanently.

    `exit_when_ready`: quit (exit 0) as soon as the main window has been shown and the event loop is idle
    (ui/ready.py), so that start-up can be timed from outside; a database that cannot be opened is then reported
    on stderr (exit 1) instead of in a dialog that would wait for a person.

    `demo` (`--demo`): `db_path` is not used; the app runs on a new demo database of its own, in a temporary folder
    removed at the end (ui/demo_mode.py). A database with no account yet (the first start) opens on the welcome,
    which can choose demo data instead: the app then does the same, leaving that database as it was.

    `language` ('fr', 'en'; from --language): the language shown, else the workstation's setting, else the
    system's (ui/i18n.py); the translators are installed here, before any window or dialog is built.
    """
    previous = route_qt_messages()  # into the app's log (ivig_desktop/logs.py, started by the command line)
    try:
        with DemoFolder() as demo_folder:
            if demo:
                db_path = demo_folder.new_database()
            return _run(db_path, clock, demo_folder, simulation, passphrase, warnings, exit_when_ready, language)
    finally:
        qInstallMessageHandler(previous)


def _run(
    db_path: Path,
    clock: Clock | None,
    demo_folder: DemoFolder,
    simulation: bool,
    passphrase: str | None,
    warnings: Sequence[str],
    exit_when_ready: bool,
    language: str | None,
) -> int:
    app = application()
    use_language(app, language)
    notice = ""
    while True:  # once, unless the window asks for a restart (after a restore from backup) or for demo data
        try:
            db = open_database(db_path, passphrase=passphrase) if exit_when_ready else open_or_ask(db_path, passphrase)
        except (StoreError, OSError) as error:
            # A damaged file (DatabaseDamagedError) is left as it was; the message says how to restore a backup.
            if exit_when_ready:
                print(f"ivig-desktop: the database {db_path} could not be opened: {error}", file=sys.stderr)
                return 1
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                None, APP_NAME, translate("app", "The database {0} could not be opened.\n\n{1}").format(db_path, error)
            )
            return 1
        if db is None:
            return 1
        passphrase = db.passphrase  # for the restart after a restore: asked once per run
        # The record's clock (faster in training mode) and real time for the rules about people (auto-lock).
        workstation = Workstation(db, clock or SystemClock(), db_path, human_clock=SystemClock())
        if simulation:
            workstation.mark_training()
        window = MainWindow(
            workstation,
            simulation=simulation,
            settings=window_settings(),
            welcome=first_run(workstation, exit_when_ready),
        )
        show_encryption_status(window, db)
        for warning in warnings:
            show_warning(window, warning)
        watcher = ReadyWatcher(window)
        # Shown and idle: quit (timing start-up), or build what the sign-in did not need (ui/main_window.py) and
        # then settle what lives as long as the window.
        watcher.ready.connect(window.close if exit_when_ready else lambda w=window: _finish_loading(w))
        window.show()
        if notice:
            window.show_notice(notice)
        code = app.exec()
        window.close()  # (already closed, unless the loop was quit): nothing of it may run on a closed database
        gc.unfreeze()  # the window is gone: what it held may be collected again (and a restart builds anew)
        db.close()
        if window.demo_requested:
            db_path, passphrase, notice = demo_folder.new_database(), None, ""
            continue
        if not window.restart_requested:
            return code
        notice = window.restart_notice


def _finish_loading(window: MainWindow) -> None:
    window.finish_loading()
    settle_start_up_objects()


def settle_start_up_objects() -> None:
    """Once the window is built (its work area too), move every object made so far out of the garbage collector's
    sight: they live as long as the window, and a full collection walking them all is a pause of several
    milliseconds that would land on a 1-second tick. Objects made later (each tick's, each dialog's) are collected
    as usual."""
    gc.collect()
    gc.freeze()


def open_or_ask(
    db_path: Path, passphrase: str | None, confirm_empty: Callable[[EmptyDatabaseFileError], bool] | None = None
) -> IvigDatabase | None:
    """Open the database; when it is encrypted and no passphrase was given, ask for it, up to three times; when
    the file exists but is empty (0 bytes), ask before making a new record in it (`confirm_empty`, by default
    a question box whose default answer is No).

    Returns None when the nurse cancels, or after three wrong passphrases (having said so). Other failures,
    and a wrong passphrase given by file or environment, raise StoreError.
    """
    try:
        return _open_or_ask_passphrase(db_path, passphrase, accept_empty=False)
    except EmptyDatabaseFileError as empty:
        if not (confirm_empty or confirm_new_record_in_empty_file)(empty):
            return None
    return _open_or_ask_passphrase(db_path, passphrase, accept_empty=True)


def empty_file_question(empty: EmptyDatabaseFileError) -> QMessageBox:
    """The question asked before an existing empty file becomes a new, empty record (No is the default)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        translate(
            "app",
            "The database file {0} exists but is empty (0 bytes): there is no record in it.\n\n"
            "It may be a copy that failed, or a drive that was not written. If the record should be there, choose "
            "No, then find the real database file or restore a backup.\n\nStart a new, empty record in this file?",
        ).format(empty.path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("app", "Start a new record"))
    box.button(QMessageBox.StandardButton.No).setText(translate("app", "No, close"))
    return box


def confirm_new_record_in_empty_file(empty: EmptyDatabaseFileError) -> bool:
    from PySide6.QtWidgets import QMessageBox

    return empty_file_question(empty).exec() == QMessageBox.StandardButton.Yes


def _open_or_ask_passphrase(db_path: Path, passphrase: str | None, *, accept_empty: bool) -> IvigDatabase | None:
    if passphrase is not None:
        return open_database(db_path, passphrase=passphrase, accept_empty=accept_empty)
    try:
        return open_database(db_path, accept_empty=accept_empty)
    except PassphraseRequiredError:
        pass  # encrypted: ask
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox  # (only then: their enums take a while)

    ask = translate("app", "The database {0} is encrypted. Type its passphrase to open it:").format(db_path)
    prompt = ask
    for attempt in range(1, PASSPHRASE_TRIES + 1):
        typed, ok = QInputDialog.getText(None, APP_NAME, prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        try:
            return open_database(db_path, passphrase=typed, accept_empty=accept_empty)
        except WrongPassphraseError:
            wrong = translate("app", "The passphrase is wrong, or the file is not an IVIG Desktop database.")
            left = PASSPHRASE_TRIES - attempt
            prompt = f"{wrong} " + translate("app", "{0} tries left.").format(left) + f"\n\n{ask}"
    QMessageBox.critical(
        None,
        APP_NAME,
        translate(
            "app",
            "The passphrase was wrong {0} times: IVIG Desktop closes. The database {1} has not been changed. "
            "Start IVIG Desktop again to try again. (If you are sure of the passphrase, the file may be damaged: "
            "restore a backup.)",
        ).format(PASSPHRASE_TRIES, db_path),
    )
    return None


def show_encryption_status(window: QMainWindow, db: IvigDatabase) -> QLabel:
    """Say in the status bar, permanently, whether the database is encrypted."""
    text = translate("app", ENCRYPTED) if db.encrypted else translate("app", NOT_ENCRYPTED)
    label = QLabel(text, window)
    label.setObjectName("encryption_status")
    window.statusBar().addPermanentWidget(label)
    return label


def show_warning(window: QMainWindow, text: str) -> QLabel:
    """A warning that stays in the status bar, in the theme's error colour with a symbol (not colour alone)."""
    label = QLabel(f"{WARNING_SYMBOL} {text}", window)
    label.setObjectName("startup_warning")
    label.setWordWrap(True)
    set_error_colour(label)
    window.statusBar().addPermanentWidget(label, 1)
    return label
