"""Recovery drafts of an encrypted database are sealed with a key from its passphrase; every folder the app makes
(recovery, exports, the database's, the sign-in ledger's) is its owner's only; the app warns about a passphrase
file others can read."""

from __future__ import annotations

import argparse
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ivig_desktop.cli import gui
from ivig_desktop.paths import make_private_dir
from ivig_desktop.reports.files import ensure_dir
from ivig_desktop.store import sealed
from ivig_desktop.ui import app
from ivig_desktop.ui.accessibility import name_of
from ivig_desktop.ui.recovery import Drafts

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_drafts_of_an_encrypted_database_are_sealed(tmp_path: Path, permissive_umask: None) -> None:
    drafts = Drafts.for_database(tmp_path / "ivig.db", PASSPHRASE)
    text = "Pt reports headache 4/10 after the rate increase"
    written = drafts.save("session-3-note", {"text": text})
    assert written.suffix == ".sealed" and mode(written) == 0o600
    assert text.encode() not in written.read_bytes() and b"headache" not in written.read_bytes()
    assert sealed.looks_sealed(written)
    assert drafts.load("session-3-note") == {"text": text}
    assert Drafts.for_database(tmp_path / "ivig.db", "another passphrase!").load("session-3-note") is None
    assert Drafts.for_database(tmp_path / "ivig.db").load("session-3-note") is None  # not readable without it
    assert drafts.keys() == ["session-3-note"]
    drafts.clear("session-3-note")
    assert drafts.keys() == []


def test_a_plain_draft_from_before_encrypting_is_read_then_sealed(tmp_path: Path) -> None:
    Drafts.for_database(tmp_path / "ivig.db").save("session-1-note", {"text": "kept before"})
    drafts = Drafts.for_database(tmp_path / "ivig.db", PASSPHRASE)
    assert drafts.load("session-1-note") == {"text": "kept before"}
    assert drafts.convert(PASSPHRASE) == 1
    assert [p.suffix for p in drafts.folder.iterdir() if not p.name.startswith(".")] == [".sealed"]


def test_folders_the_app_makes_are_owner_only_at_every_level(
    tmp_path: Path, permissive_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_private_dir(tmp_path / "a" / "b" / "c")
    assert [mode(p) for p in made] == [0o700, 0o700, 0o700]
    ensure_dir(tmp_path / "exports" / "2026" / "11")
    assert {mode(tmp_path / "exports"), mode(tmp_path / "exports" / "2026"), mode(tmp_path / "exports/2026/11")} == {
        0o700
    }
    data = tmp_path / "fresh-user-data"
    monkeypatch.setenv("IVIG_DESKTOP_DATA_DIR", str(data))
    Drafts.for_database(tmp_path / "ivig.db").save("k", {"text": "x"})
    assert mode(data) == 0o700 and mode(data / "recovery") == 0o700


def test_the_app_warns_about_a_passphrase_file_others_can_read(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "key.txt"
    key.write_text(PASSPHRASE + "\n", encoding="utf-8")
    key.chmod(0o644)
    seen: dict[str, object] = {}

    def fake_run_gui(path: Path, *args: object, **kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr(app, "run_gui", fake_run_gui)
    args = argparse.Namespace(
        passphrase_file=str(key), simulate=None, db=str(tmp_path / "ivig.db"), exit_when_ready=False
    )
    assert gui.cmd_gui(args) == 0
    warnings = seen["warnings"]
    assert isinstance(warnings, list) and len(warnings) == 1
    warning = str(warnings[0])
    assert "can be read by other users" in warning and "chmod 600" in warning
    key.chmod(0o600)
    assert gui.cmd_gui(args) == 0
    assert seen["warnings"] == []

    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 300)
    label = app.show_warning(window, warning)
    window.show()
    window.grab().save(str(tmp_path / "warning.png"))  # looked at while writing this test
    assert label.isVisible() and warning in name_of(label)
