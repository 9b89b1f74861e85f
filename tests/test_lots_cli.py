"""`ivig-desktop lots LOT [--db PATH]`: recall look-up from the command line, read-only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ivig_desktop.cli import main

FIXTURE = Path(__file__).parent / "store" / "fixtures" / "schema-v3.db"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    copy = tmp_path / "ivig.db"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_lots_lists_every_vial_of_the_lot(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = db.read_bytes()
    assert main(["lots", " p100 234", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Lot P100234: 1 vial(s) in 1 session(s), 1 patient(s)."
    assert "DOE, Jane (born 1956-03-12, MRN MRN-001)  session 4 at Chair 2  privigen 20 g, expires 2028-01-31" in out[1]
    assert db.read_bytes() == before  # read-only: nothing written


def test_struck_vials_are_flagged_and_json_is_available(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lots", "P100299", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lot"] == "P100299"
    [vial] = data["vials"]
    assert vial["entered_in_error"] is True and vial["patient"] == "DOE, Jane" and vial["size_g"] == "10"


def test_unknown_lot_and_missing_database(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lots", "NOPE", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "No session received lot NOPE."
    missing = tmp_path / "none.db"
    assert main(["lots", "P1", "--db", str(missing)]) == 2
    assert "There is no database at" in capsys.readouterr().err
    assert not missing.exists()


def test_lots_on_an_encrypted_database_needs_its_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ivig_desktop.store import cipher

    plain = tmp_path / "plain.db"
    shutil.copyfile(FIXTURE, plain)
    encrypted = tmp_path / "enc.db"
    secret = "a long passphrase 1"
    cipher.export(plain, None, encrypted, secret)
    assert main(["lots", "P100234", "--db", str(encrypted)]) == 1
    assert "is encrypted: give its passphrase" in capsys.readouterr().err
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", "wrong passphrase 12")
    assert main(["lots", "P100234", "--db", str(encrypted)]) == 1
    assert "The passphrase is wrong" in capsys.readouterr().err
    monkeypatch.setenv("IVIG_DESKTOP_PASSPHRASE", secret)
    assert main(["lots", "P100234", "--db", str(encrypted)]) == 0
    assert capsys.readouterr().out.startswith("Lot P100234: 1 vial(s)")


def test_a_scanned_barcode_searches_its_lot_and_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The vial's code as a scanner types it: the lot is read from it (not 'No session received lot (01)...')."""
    code = "0109512345678901" + "17280131" + "10P100234" + "\x1d" + "21SN0001"
    assert main(["lots", code, "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "Lot P100234 from the scanned code (01)09512345678901(17)280131(10)P100234(21)SN0001: "
        "1 vial(s) in 1 session(s), 1 patient(s)."
    )
    assert main(["lots", "(01)09512345678901(10)NOPE", "--db", str(db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"lot": "NOPE", "scanned_code": "(01)09512345678901(10)NOPE", "vials": []}
    assert main(["lots", "(01)09512345678901(17)280131", "--db", str(db)]) == 2
    assert "has no lot number (10)" in capsys.readouterr().err
