"""The documentation's screenshots, made from the demo data: `uv run python scripts/screenshots.py`.

Offscreen (no display needed), at a fixed time (a FakeClock) and a fixed window size of 1280x800, on a new demo
database in a temporary folder (ui/demo_data.py): the same pictures every time the screens are the same. Writes
docs/screenshots/<name>.png for each screen of SCREENS (the README shows them; tests/test_screenshots.py checks that
every picture the README shows is one this script makes).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.reactions import Grade, Symptom
from ivig_desktop.domain.session import Stage
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.app import application
from ivig_desktop.ui.demo_data import write_demo_database
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.session.page import SessionPage
from ivig_desktop.ui.workstation import Workstation

NOW = datetime(2026, 12, 2, 15, 30, tzinfo=UTC)  # 10:30 in the demo clinic's zone
ZONE = "America/Toronto"
SIZE = (1280, 800)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


class SilentPlayer:
    """The alert tone, not played: the pictures are made without an audio device."""

    def prepare(self, report: Callable[[str], None]) -> None:
        return None

    def play(self, escalated: bool) -> None:
        return None


@dataclass(frozen=True)
class Screen:
    name: str  # docs/screenshots/<name>.png
    what: str
    show: Callable[[MainWindow], QWidget]  # brings the screen up; returns what to photograph


def _chair(window: MainWindow, stage: Stage) -> SessionPage:
    controller = next(c for c in window.workstation.controllers() if c.session.stage is stage)
    window.show_session(controller.session_id)
    page = window.session_page
    assert page is not None
    return page


def board(window: MainWindow) -> QWidget:
    window.session_host.setCurrentWidget(window.no_selection)
    return window


def plan(window: MainWindow) -> QWidget:
    page = _chair(window, Stage.PRE_INFUSION)
    page.tabs.setCurrentWidget(page.checkin_tab)
    tab = page.checkin_tab
    tab.weight.setText(str(page.controller.patient.weight_kg))
    tab.calculate()  # the confirmed plan, calculated again to show its steps and working
    return window


def infusion(window: MainWindow) -> QWidget:
    page = _chair(window, Stage.INFUSING)
    page.tabs.setCurrentWidget(page.infusion_tab)
    return window


def vitals(window: MainWindow) -> QWidget:
    page = _chair(window, Stage.INFUSING)
    page.tabs.setCurrentWidget(page.vitals_tab)
    return window


def reaction(window: MainWindow) -> QWidget:
    page = _chair(window, Stage.INFUSING)
    page.tabs.setCurrentWidget(page.vitals_tab)
    dialog = page.vitals_tab.open_reaction_dialog()
    for symptom in (Symptom.CHILLS, Symptom.HEADACHE):
        dialog.symptom_boxes[symptom].setChecked(True)
    dialog.grade_buttons[Grade.MODERATE].setChecked(True)  # the proposed response shows, with its working
    return dialog


def sign_off(window: MainWindow) -> QWidget:
    page = _chair(window, Stage.OBSERVATION)
    page.tabs.setCurrentWidget(page.after_tab)
    return window


SCREENS = (
    Screen("board", "The chair board: three chairs at different stages, what is due", board),
    Screen("plan", "Check-in: the plan with its steps and working, the double check", plan),
    Screen("infusion", "The infusion: the pump rate, the countdown to what is next, the steps", infusion),
    Screen("vitals", "Vital signs: the form, the summary and the chart", vitals),
    Screen("reaction", "A reaction: symptoms, grade and the proposed response", reaction),
    Screen("sign-off", "After: flush, observation countdown, discharge and the signature", sign_off),
)


def make_screenshots(out: Path, names: Sequence[str] | None = None) -> list[Path]:
    """Write `out`/<name>.png for the screens named (all by default); return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # (read when the application is made)
    app = application()
    out.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in SCREENS if names is None or s.name in names]
    written = []
    with tempfile.TemporaryDirectory(prefix="ivig-desktop-screenshots-") as folder:
        path = Path(folder) / "demo.db"
        write_demo_database(path, NOW, time_zone=ZONE)
        clock = FakeClock(NOW + timedelta(seconds=20))
        db = open_database(path)
        try:
            workstation = Workstation(db, clock, path, human_clock=clock)
            window = MainWindow(workstation, player=SilentPlayer())
            window.resize(*SIZE)
            window.show()
            workstation.sign_in(workstation.nurses()[0])
            window.sign_in_page.signed_in.emit()
            window.statusBar().clearMessage()  # (the temporary folder's name changes every time)
            for screen in chosen:
                shown = screen.show(window)
                window.tick()
                shown.show()
                app.processEvents()
                target = out / f"{screen.name}.png"
                if not shown.grab().save(str(target)):
                    raise OSError(f"could not write {target}")
                written.append(target)
                if shown is not window:
                    shown.close()
            window.close()
            app.processEvents()
        finally:
            db.close()
    return written


def main(argv: Sequence[str]) -> int:
    for path in make_screenshots(OUT, argv or None):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
