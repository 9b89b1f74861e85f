"""Every page and every dialog of the app, shown one after the other offscreen, for the checks that must hold on
all of them (accessible names, fitting a laptop screen, contrast)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.ui.demo_banner import banner_and_title
from ivig_desktop.ui.dialogs.amend import open_correction, open_strike
from ivig_desktop.ui.dialogs.duplicates import DuplicatesDialog
from ivig_desktop.ui.dialogs.rate import EndDialog, RateAction, RateDialog, ReasonDialog
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage
from ivig_desktop.ui.welcome import show_welcome

from .helpers import D, minutes, open_session, ready_to_start, record_vitals_event


def infusing(window: MainWindow, clock: FakeClock) -> SessionPage:
    """A session 29 minutes into its infusion, with a vitals set, a note and a regimen."""
    controller = open_session(window, clock)
    ready_to_start(controller)
    controller.start_infusion(D("21.8"))
    clock.advance(minutes(29))
    record_vitals_event(controller)
    controller.add_note("Cannula flushes well.")
    window.tick()
    page = window.session_page
    assert page is not None
    return page


def show_demo_banner(window: MainWindow) -> None:
    """The DEMO banner as a database marked demo shows it (ui/demo_banner.py), kept for the rest of the walk: every
    page must fit, and read, with it above."""
    text, _ = banner_and_title(simulation=False, demo=True)
    window.simulation_banner.setText(text)
    window.simulation_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.simulation_banner.setVisible(True)


def pages(window: MainWindow, clock: FakeClock) -> Iterator[tuple[str, QWidget]]:
    """The first-run welcome (on a database with no account), the sign-in page, then each tab of a session page in
    an infusion under the DEMO banner, then the lock page: (name, the window)."""
    QApplication.processEvents()
    if not window.workstation.nurses():
        show_welcome(window)  # the first run, before the first account (ui/welcome.py)
        QApplication.processEvents()
        yield "welcome", window
        window.stack.setCurrentWidget(window.sign_in_page)
    yield "sign-in", window
    show_demo_banner(window)
    page = infusing(window, clock)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        window.tick()
        QApplication.processEvents()
        yield f"tab {page.tabs.tabText(index).replace('&', '')}", window
    window.workstation.lock()
    QApplication.processEvents()
    yield "lock", window


def dialog_makers(window: MainWindow, page: SessionPage) -> list[tuple[str, Callable[[], QDialog | None]]]:
    """Every dialog, opened as the nurse opens it (the window's and the page's own `open_...`)."""
    controller = page.controller
    note = controller.session.notes[0].event.id
    vitals = controller.vitals_history().readings[0].event_id

    def opened(opener: Callable[[], None], attribute: str, owner: object) -> Callable[[], QDialog | None]:
        def make() -> QDialog | None:
            opener()
            dialog = getattr(owner, attribute)
            assert isinstance(dialog, QDialog)
            return dialog

        return make

    return [
        ("start", lambda: RateDialog(controller, RateAction.START, D("21.8"), page.infusion_tab)),
        ("step up", lambda: RateDialog(controller, RateAction.STEP_UP, D("43.5"), page.infusion_tab, note="x")),
        ("step down", lambda: RateDialog(controller, RateAction.STEP_DOWN, D("10"), page.infusion_tab)),
        ("resume", lambda: RateDialog(controller, RateAction.RESUME, D("21.8"), page.infusion_tab)),
        ("hold", lambda: ReasonDialog("Hold rate", "Reason to hold at this rate", controller.hold, page)),
        ("end", lambda: EndDialog(controller, page.infusion_tab)),
        ("new patient", opened(window.open_new_patient, "patient_dialog", window)),
        ("new session", opened(window.open_new_session, "new_session_dialog", window)),
        ("lots", opened(window.open_lots, "lot_dialog", window)),
        ("history", opened(window.open_history, "history_dialog", window)),
        ("profiles", opened(window.open_profiles, "profiles_dialog", window)),
        ("export", opened(window.open_export, "export_dialog", window)),
        ("restore", opened(window.open_restore, "restore_dialog", window)),
        ("keyboard shortcuts", opened(window.open_shortcuts, "help_dialog", window)),
        ("user guide", opened(window.open_user_guide, "help_dialog", window)),
        ("about", opened(window.open_about, "help_dialog", window)),
        ("possible duplicates", lambda: DuplicatesDialog(window.workstation, window)),
        ("regimen", opened(page.checkin_tab.open_regimen, "regimen_dialog", page.checkin_tab)),
        ("audit", opened(page.open_audit, "audit_dialog", page)),
        ("summary", opened(page.open_summary, "summary_dialog", page)),
        ("patient details", opened(page.open_correct_details, "details_dialog", page)),
        ("reaction", lambda: page.vitals_tab.open_reaction_dialog()),
        ("correct note", lambda: open_correction(controller, note, page)),
        ("correct vitals", lambda: open_correction(controller, vitals, page)),
        ("strike", lambda: open_strike(controller, note, page)),
    ]


def dialogs(window: MainWindow, clock: FakeClock) -> Iterator[tuple[str, QDialog]]:
    """Each dialog, shown (and closed once the caller has looked at it)."""
    page = infusing(window, clock)
    for name, make in dialog_makers(window, page):
        dialog = make()
        assert dialog is not None, name
        dialog.show()
        QApplication.processEvents()
        yield name, dialog
        dialog.reject()
        QApplication.processEvents()
