"""Recovery files (ui/recovery.py): owner-only, durable, per database, holding the form's fields and no more."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from ivig_desktop.ui.recovery import Drafts, FormDraft


@pytest.fixture
def drafts(tmp_path: Path) -> Drafts:
    return Drafts.for_database(tmp_path / "clinic" / "ivig.db")


def test_drafts_live_in_the_user_data_dir_per_database(_isolated_paths: Path, tmp_path: Path) -> None:
    one = Drafts.for_database(tmp_path / "a" / "ivig.db")
    two = Drafts.for_database(tmp_path / "b" / "ivig.db")
    assert one.folder.parent == _isolated_paths / "recovery"
    assert one.folder.name.startswith("ivig-")
    assert one.folder != two.folder
    assert Drafts.for_database(tmp_path / "a" / "ivig.db").folder == one.folder


def test_save_load_clear(drafts: Drafts) -> None:
    assert drafts.load("session-1-note") is None
    path = drafts.save("session-1-note", {"text": "Flushes well"})
    assert drafts.load("session-1-note") == {"text": "Flushes well"}
    assert drafts.keys() == ["session-1-note"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"key", "kept_at", "fields"}  # nothing but the form's own fields
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    drafts.clear("session-1-note")
    drafts.clear("session-1-note")
    assert drafts.load("session-1-note") is None


def test_an_unreadable_draft_is_no_draft(drafts: Drafts) -> None:
    path = drafts.save("k", {"text": "x"})
    path.write_text("{not json", encoding="utf-8")
    assert drafts.load("k") is None


@pytest.mark.parametrize("key", ["", "../escape", "Session-1", "a/b", "x" * 101])
def test_keys_are_plain_names(drafts: Drafts, key: str) -> None:
    with pytest.raises(ValueError, match="bad draft key"):
        drafts.save(key, {"text": "x"})


def test_form_draft_is_kept_updated_and_cleared(drafts: Drafts) -> None:
    draft = FormDraft(drafts, "session-2-note")
    draft.update({"text": "typing, never failed"})
    assert drafts.load("session-2-note") is None  # only a failed save starts a recovery file
    assert draft.keep({"text": "first try"}) is None
    draft.update({"text": "first try, edited"})
    assert FormDraft(drafts, "session-2-note").restore() == {"text": "first try, edited"}
    draft.saved()
    assert drafts.load("session-2-note") is None


def test_form_draft_says_when_the_recovery_file_cannot_be_written(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    draft = FormDraft(Drafts(blocked / "sub"), "k")
    problem = draft.keep({"text": "x"})
    assert problem is not None
    assert not draft.active
