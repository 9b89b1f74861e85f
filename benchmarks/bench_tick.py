"""The window's 1-second tick on a busy day, as a ratio against a bare label update in the same run (issue 14).

Twelve active sessions, each stepped up to its maximum rate with the hourly vitals at the maximum rate overdue and
the planned volume reached (two alerts each: 24 alerts), one session's page open on its Infusion tab, the window
shown offscreen at 1280x800. One tick is `MainWindow.tick()` and the events it causes (layout and paint), as the
event loop would run them. The baseline is the least a tick could do: set one label of the same window to a new
countdown and let the event loop paint it. Baseline and tick alternate (A B A B ...) so that both see the same
machine.

    uv run python -m benchmarks.bench_tick [--ticks N]

Prints p50 and p99 of each, in milliseconds and as ratios to the baseline's (p50 to p50, p99 to p99): wall time,
and this thread's CPU time, which other processes on a shared machine disturb much less. Seconds depend on the
machine; the ratios are the figures to compare. Then the work of one tick, counted (what is due computed, style
sheets set, table cells replaced, widgets created).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")  # the offscreen platform's notes about window hints

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QWidget

import ivig_desktop.domain.session as session_module
from benchmarks.ticking import SilentPlayer
from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig, load_clinic_config
from ivig_desktop.domain.infusion import PlannedStep, PlanSnapshot, RateChange, RateLimits, VialCount
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.domain.vitals import VitalsInput
from ivig_desktop.paths import resources_dir
from ivig_desktop.store.database import open_database
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.app import settle_start_up_objects
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.main_window import MainWindow
from ivig_desktop.ui.workstation import Workstation

SESSIONS = 12
T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
D = Decimal
VITALS = VitalsInput("128", "76", "72", "16", "36.8", "98", "0")
PASSWORD = "bench password 1"
DUE_FUNCTION = "due_items"  # what Session calls to compute a session's due items (counted per tick)


def plan() -> PlanSnapshot:
    """Privigen 10% for 72.5 kg: 21.8 -> 43.5 -> 87 -> 174 mL/h every 30 min, 35 g = 350 mL."""
    rates = [("21.8", "0.5"), ("43.5", "1"), ("87", "2"), ("174", "4")]
    steps = tuple(
        PlannedStep(i + 1, D(r), None if i == 3 else 30, "label" if i == 0 else "clinic", D(mg))
        for i, (r, mg) in enumerate(rates)
    )
    return PlanSnapshot(
        product_id="privigen",
        product_name="Privigen 10%",
        concentration_percent=D(10),
        dose_g=D(35),
        volume_ml=D(350),
        steps=steps,
        limits=RateLimits(D("348"), "Privigen label maximum 8 mg/kg/min"),
        vials=(VialCount(D(20), 1), VialCount(D(10), 1), VialCount(D(5), 1)),
        vial_sizes_g=(D(5), D(10), D(20), D(40)),
    )


def bench_config() -> ClinicConfig:
    """The bundled configuration with the auto-lock out of the way (the benchmark never touches a key)."""
    bundled = load_clinic_config(resources_dir())
    security = dataclasses.replace(bundled.policy.security, auto_lock_min=24 * 60)
    return dataclasses.replace(bundled, policy=dataclasses.replace(bundled.policy, security=security))


def ready(controller: SessionController, snapshot: PlanSnapshot) -> None:
    for item in controller.config.checklist.items:
        controller.answer_checklist(item.id, Answer.DONE if item.kind is ItemKind.CHECK else Answer.NO_RISK)
    controller.confirm_plan(
        snapshot,
        weight_kg=D("72.5"),
        regimen_weight_kg=D("72.5"),
        inputs={"product": snapshot.product_id},
        double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
    )
    for vial in snapshot.vials:
        for _ in range(vial.count):
            controller.record_vial(
                product_id=snapshot.product_id, size_g=vial.size_g, lot="P1", expiry=date(2030, 1, 1)
            )
    controller.record_vitals(VITALS)


def busy_window(folder: Path) -> tuple[MainWindow, FakeClock]:
    """Twelve sessions stepped to the maximum rate, 205 minutes after the first start: 24 alerts."""
    clock = FakeClock(T0)
    db_path = folder / "tick.db"
    workstation = Workstation(open_database(db_path), clock, db_path, bench_config())
    window = MainWindow(workstation, player=SilentPlayer())
    window.timer.stop()  # the benchmark calls tick() itself; the real timer would fire inside the measurements
    nurse = workstation.create_nurse("Ana Lima", "RN", PASSWORD, PASSWORD)
    workstation.sign_in(nurse)
    window.sign_in_page.signed_in.emit()
    snapshot = plan()
    controllers = []
    for number in range(1, SESSIONS + 1):
        details = new_patient_details(
            family_name=f"Patient{number:02d}", given_name="Test", date_of_birth="1956-03-12", mrn="",
            sex="F", height_cm="165", weight_kg="72.5", allergies="NKDA", today=T0.date(),
        )  # fmt: skip
        patient = workstation.create_patient(details)
        controller = workstation.open_session(patient.id, f"Chair {number}")
        ready(controller, snapshot)
        controllers.append(controller)
    # Session k starts k minutes after T0; vitals a minute before each step; steps every 30 minutes.
    actions: list[tuple[timedelta, Callable[[], object]]] = []
    for k, controller in enumerate(controllers):
        offset = timedelta(minutes=k)
        actions.append((offset, partial(controller.start_infusion, D("21.8"))))
        for step, rate in ((1, "43.5"), (2, "87"), (3, "174")):
            at = offset + timedelta(minutes=30 * step)
            actions.append((at - timedelta(minutes=1), partial(controller.record_vitals, VITALS)))
            actions.append((at, partial(controller.change_rate, D(rate), RateChange.STEP_UP)))
    actions.sort(key=lambda action: action[0])
    for at, action in actions:
        clock.set_wall_time(T0 + at)
        action()
    clock.set_wall_time(T0 + timedelta(minutes=205))
    window.resize(1280, 800)
    window.show()
    window.board.select_position(1)
    page = window.session_page
    assert page is not None
    page.tabs.setCurrentWidget(page.infusion_tab)
    window.tick()
    QApplication.processEvents()
    settle_start_up_objects()  # as run_gui does once the window is shown
    return window, clock


def quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The offscreen platform says it cannot pass size hints to a window manager: not the app's message."""
    del context
    if "propagateSizeHints" not in message:
        print(f"Qt {kind.name}: {message}")


def counts_per_tick(window: MainWindow, clock: FakeClock, app: QCoreApplication, ticks: int = 20) -> dict[str, float]:
    """Work done by one tick, counted (independent of the machine's load): what is due computed, style sheets
    set, table cells replaced, widgets created."""
    counted = {"due computed": 0, "setStyleSheet": 0, "table cells set": 0}
    original_due = getattr(session_module, DUE_FUNCTION)
    original_style = QWidget.setStyleSheet
    original_item = QTableWidget.setItem

    def due_items(*args: object, **kwargs: object) -> object:
        counted["due computed"] += 1
        return original_due(*args, **kwargs)

    def set_style_sheet(widget: QWidget, sheet: str) -> None:
        counted["setStyleSheet"] += 1
        original_style(widget, sheet)

    def set_item(table: QTableWidget, row: int, column: int, item: object) -> None:
        counted["table cells set"] += 1
        original_item(table, row, column, item)  # type: ignore[arg-type]

    widgets_before = len(QApplication.allWidgets())
    setattr(session_module, DUE_FUNCTION, due_items)
    QWidget.setStyleSheet = set_style_sheet  # type: ignore[method-assign]
    QTableWidget.setItem = set_item  # type: ignore[method-assign]
    try:
        for _ in range(ticks):
            clock.advance(timedelta(seconds=1))
            window.tick()
            settle(app)
    finally:
        setattr(session_module, DUE_FUNCTION, original_due)
        QWidget.setStyleSheet = original_style  # type: ignore[method-assign]
        QTableWidget.setItem = original_item  # type: ignore[method-assign]
    result = {name: value / ticks for name, value in counted.items()}
    result["widgets created"] = (len(QApplication.allWidgets()) - widgets_before) / ticks
    return result


def settle(app: QCoreApplication) -> None:
    """Run what the last change queued (layout requests, then the paint they lead to)."""
    app.processEvents()
    app.processEvents()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


Timing = tuple[list[float], list[float]]  # wall seconds, this thread's CPU seconds


def timed(action: Callable[[], object], into: Timing) -> None:
    wall, cpu = time.perf_counter(), time.thread_time()
    action()
    into[1].append(time.thread_time() - cpu)
    into[0].append(time.perf_counter() - wall)


def report(name: str, timing: Timing, baseline: Timing | None) -> str:
    parts = []
    for label, values, base in (
        ("wall", timing[0], baseline[0] if baseline else None),
        ("CPU", timing[1], baseline[1] if baseline else None),
    ):
        p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
        ratio = "" if base is None else f" ({p50 / percentile(base, 0.5):.1f}x, {p99 / percentile(base, 0.99):.1f}x)"
        parts.append(f"{label} p50 {p50 * 1e3:.3f} ms, p99 {p99 * 1e3:.3f} ms{ratio}")
    return f"{name}: " + "; ".join(parts) + ("" if baseline else " = 1.00")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=600, help="ticks to time (default 600: ten minutes)")
    args = parser.parse_args()
    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        window, clock = busy_window(Path(folder))
        alerts = len(window.alerts.alerts)
        counts = counts_per_tick(window, clock, app)
        # The baseline: one label of the same window, set to a new countdown and painted.
        label = QLabel("00:00", window)
        window.statusBar().addPermanentWidget(label)
        settle(app)
        deadline = clock.now() + timedelta(hours=1)
        base: Timing = ([], [])
        tick: Timing = ([], [])

        def bare_update() -> None:
            label.setText(fmt.countdown(deadline - clock.now()))
            settle(app)

        def window_tick() -> None:
            window.tick()
            settle(app)

        for _ in range(args.ticks):
            clock.advance(timedelta(seconds=1))
            settle(app)
            timed(bare_update, base)
            timed(window_tick, tick)
        window.close()
        window.workstation.db.close()
    print(f"{SESSIONS} active sessions, {alerts} alerts, one session page open, {args.ticks} ticks, 1280x800 offscreen")
    print(report("baseline (a label of the window set to a new countdown, then painted)", base, None))
    print(report("window tick (tick() and the layout and paint it causes)", tick, base))
    print("per tick: " + ", ".join(f"{name} {value:g}" for name, value in counts.items()))


if __name__ == "__main__":
    main()
