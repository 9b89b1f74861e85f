"""`ivig-desktop demo --db PATH`: a demo database of fictional patients, written through the app's own commands
(issue 12 item 13): the record checks sound, is marked DEMO, prints DEMO, and is never mixed with a record."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ivig_desktop.cli import main
from ivig_desktop.domain.clock import from_iso
from ivig_desktop.domain.config import load_clinic_config
from ivig_desktop.paths import resources_dir
from ivig_desktop.reports.fhir import BundleKind, bundle_json
from ivig_desktop.reports.pdf import write_pdf
from ivig_desktop.reports.summary.build import build_summary
from ivig_desktop.store import clinic, patients, sessions
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.demo_data import DemoPathExistsError, write_demo_database
from tests.reports.test_pdf import pages_text

NOW = datetime(2026, 12, 2, 15, 30, tzinfo=UTC)


@pytest.fixture
def demo(qapp: QApplication, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    write_demo_database(path, NOW, time_zone="America/Toronto")
    return path


def test_the_command_writes_a_demo_database_that_checks_sound(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert "Demo database written" in capsys.readouterr().out
    assert main(["check", "--db", str(path)]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


def test_an_existing_file_is_refused_and_left_as_it_was(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ivig.db"
    path.write_bytes(b"a clinic's record")
    assert main(["demo", "--db", str(path)]) == 2
    assert "exists: demo data is written only into a new file" in capsys.readouterr().err
    assert path.read_bytes() == b"a clinic's record"
    with pytest.raises(DemoPathExistsError):
        write_demo_database(path, NOW)
    assert path.read_bytes() == b"a clinic's record"
    assert main(["demo"]) == 2
    assert "--db PATH is required" in capsys.readouterr().err


def test_the_record_itself_says_demo_and_its_people_are_plainly_fictional(demo: Path) -> None:
    db = open_database(demo)
    try:
        assert clinic.is_demo(db) and clinic.is_training(db)
        assert clinic.recorded(db)["time_zone"] == "America/Toronto"
        found = patients.find_patients(db, "")
        assert len(found) == 4
        assert all(p.family_name == "FICTIONAL" and (p.mrn or "").startswith("DEMO-") for p in found)
        names = [str(row[0]) for row in db.execute("SELECT name FROM nurses").fetchall()]
        assert names and all(name.startswith("Demo Nurse") for name in names)
    finally:
        db.close()


def test_past_sessions_are_signed_and_one_had_a_reaction_resumed_lower(demo: Path) -> None:
    db = open_database(demo)
    try:
        every = [sessions.load(db, int(row[0])) for row in db.execute("SELECT id FROM sessions").fetchall()]
        signed = [s for s in every if s.signed]
        assert len(signed) == 5
        with_reaction = [s for s in signed if any(e.event.type == "reaction" for e in s.effective_events())]
        assert len(with_reaction) == 1
        events = with_reaction[0].effective_events()
        onset = next(e.event for e in events if e.event.type == "reaction")
        resumed = next(e.event for e in events if e.event.type == "infusion_resumed")
        assert Decimal(str(resumed.payload["rate_ml_per_h"])) < Decimal(str(onset.payload["rate_at_onset_ml_per_h"]))
        vials = db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT json_extract(payload, '$.lot')) FROM events WHERE type = 'vial_recorded'"
        ).fetchone()
        assert vials[0] > 10 and vials[1] >= 8
        vitals = db.execute("SELECT COUNT(*) FROM events WHERE type = 'vitals'").fetchone()[0]
        assert vitals > 40
    finally:
        db.close()


def test_today_three_chairs_are_in_progress_and_one_is_infusing_now(demo: Path) -> None:
    db = open_database(demo)
    try:
        active = sessions.active_sessions(db)
        assert sorted(s.header.location for s in active) == ["Chair 1", "Chair 2", "Chair 3"]
        infusing = [s for s in active if s.infusion.running]
        assert len(infusing) == 1
        last = max(from_iso(str(row[0])) for row in db.execute("SELECT recorded_at FROM events").fetchall())
        assert NOW - timedelta(minutes=30) <= last <= NOW  # current, and never in the future
    finally:
        db.close()


def test_the_same_seed_writes_the_same_record(qapp: QApplication, demo: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    write_demo_database(again, NOW, time_zone="America/Toronto")
    # (signatures differ: each nurse's signing key is new; what they sign is the same)
    query = "SELECT session_id, type, occurred_at, payload FROM events WHERE type != 'signed_off' ORDER BY id"
    first, second = open_database(demo), open_database(again)
    try:
        assert first.execute(query).fetchall() == second.execute(query).fetchall()
    finally:
        first.close()
        second.close()


def test_printouts_and_fhir_exports_of_demo_data_say_demo(demo: Path, tmp_path: Path) -> None:
    db = open_database(demo)
    try:
        summary = build_summary(db, 3, load_clinic_config(resources_dir()), generated_at=NOW)
    finally:
        db.close()
    assert summary.mark == "DEMO"
    out = tmp_path / "record.pdf"
    pages = write_pdf(summary, out)
    texts = pages_text(out)
    assert len(texts) == pages and all("DEMO" in text for text in texts)
    assert "DEMO: fictional demo data, not a patient's care" in texts[0]
    assert "SIMULATION" not in " ".join(texts)
    bundle = json.loads(bundle_json(summary, BundleKind.COLLECTION))
    assert bundle["meta"]["tag"][0]["display"] == "DEMO"


def test_a_table_export_of_demo_data_says_it_is_demo(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tables"
    assert main(["export", "--db", str(demo), "--patient", "1", "--format", "csv", "--out", str(out)]) == 0
    assert "Note: DEMO: fictional demo data, not a patient's care" in capsys.readouterr().out
