"""Start fast (docs/architecture.md, rule 9): a start of the app imports what the sign-in needs and nothing else.

The app runs in its own process, on an existing database, up to the moment its window is shown and the event
loop idle (`--exit-when-ready`); the modules it imported by then must not include the heavy or later ones:
sqlite-utils (and click, pluggy, dateutil with it), argon2 (the first sign-in loads it), charts, PDF and printing,
FHIR, barcodes, sound, the hub's PostgreSQL driver, and the app's own screens and rules that come after sign-in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Third-party packages (top-level names) that a start must not import.
HEAVY_PACKAGES = {
    "sqlite_utils": "imports click, pluggy and dateutil: loaded only to apply migrations",
    "click": "sqlite-utils' command line",
    "pluggy": "sqlite-utils' plugins",
    "dateutil": "sqlite-utils' date parsing",
    "argon2": "loaded at the first sign-in (store/accounts.py)",
    "fhir": "FHIR export",
    "fhir_core": "FHIR export",
    "pydantic": "FHIR export",
    "biip": "barcode scans",
    "psycopg": "the hub",
    "pypdf": "tests only",
}
# Qt modules beyond the widgets.
HEAVY_QT = ("PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtMultimedia", "PySide6.QtSvg")
# The app's own modules that come after the sign-in.
LATER = (
    "ivig_desktop.reports",
    "ivig_desktop.ui.session",
    "ivig_desktop.ui.dialogs",
    "ivig_desktop.ui.board",
    "ivig_desktop.ui.controller",
    "ivig_desktop.domain.plan",
    "ivig_desktop.domain.catalog",
    "ivig_desktop.domain.session",
    "ivig_desktop.domain.config",
    "ivig_desktop.ui.accessibility",
)

PROBE = """
import json, sys
from ivig_desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def started_modules(db: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(db), "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, done.stderr
    return list(report["modules"])


def test_a_start_imports_only_what_the_sign_in_needs(tmp_path: Path) -> None:
    db = tmp_path / "ivig.db"
    started_modules(db)  # the first start creates the database (and applies the migrations, with sqlite-utils)
    modules = started_modules(db)
    loaded = set(modules)
    heavy = {name: why for name, why in HEAVY_PACKAGES.items() if name in loaded}
    assert not heavy, f"a start imported {heavy}"
    assert not [name for name in modules if name.startswith(HEAVY_QT)]
    later = [name for name in modules if name.startswith(LATER)]
    assert not later, f"a start imported what comes after the sign-in: {later}"
    # and it did start the app: the window and the sign-in were imported
    assert {"ivig_desktop.ui.main_window", "ivig_desktop.ui.sign_in", "ivig_desktop.store.database"} <= loaded
