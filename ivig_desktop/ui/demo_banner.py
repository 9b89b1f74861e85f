"""The marks of a window that is not on a clinic's record: SIMULATION (`--simulate`) or DEMO (a demo database).

A database marked demo (store/clinic.py) shows the DEMO banner however it is opened (`--demo`, `--db PATH`, the
first-run welcome's offer). The banner is the window's top row from the start, in a fixed place: it never moves
what is below it. The title says it too, so the task bar and the window switcher show it.
"""

from __future__ import annotations

from ivig_desktop.ui.i18n import translate

SIMULATION_TEXT = "SIMULATION - not for patient care"
# Every demo nurse's (ui/demo_data.py writes them): said in the banner so anyone can sign in. Here, not there: the
# window imports this module at start; the demo data's writer needs the whole domain (test_startup_imports.py).
DEMO_PASSWORD = "demo-password"


def demo_title() -> str:
    return translate("demo", "DEMO - fictional patients")


def demo_banner_text() -> str:
    return translate(
        "demo", "DEMO - fictional patients, not for patient care · every demo nurse's password: {0}"
    ).format(DEMO_PASSWORD)


def banner_and_title(*, simulation: bool, demo: bool) -> tuple[str, str]:
    """The banner's text and the title's mark ('' and '': a clinic's record, no banner). Demo data wins: a demo
    database in training mode is still fictional."""
    if demo:
        return demo_banner_text(), demo_title()
    if simulation:
        return SIMULATION_TEXT, SIMULATION_TEXT
    return "", ""
