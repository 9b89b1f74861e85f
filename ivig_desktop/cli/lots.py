"""`lots LOT`: every session and patient that received a vial lot (recalls); the database is only read."""

from __future__ import annotations

import argparse
import sys

from ivig_desktop.cli.common import Commands, db_option, passphrase_option
from ivig_desktop.passphrase import PassphraseSourceError, given_passphrase
from ivig_desktop.paths import resolve_db_path


def register(commands: Commands) -> None:
    lots = commands.add_parser(
        "lots",
        help="every session and patient that received a vial lot (recalls)",
        description="List every vial recorded with this lot number (case and spaces ignored), newest first: "
        "date, patient (name, date of birth, MRN), session, chair, product, size, expiry. Vials later marked "
        "entered in error are listed with that flag.",
    )
    lots.add_argument(
        "lot",
        metavar="LOT",
        help="the lot number, or a vial's scanned GS1 barcode (its lot (10) is searched, read as the vial scan "
        "reads it)",
    )
    lots.add_argument("--json", action="store_true", help="print JSON instead of a table")
    db_option(lots)
    passphrase_option(lots)
    lots.set_defaults(handler=cmd_lots)


def cmd_lots(args: argparse.Namespace) -> int:
    import json

    from ivig_desktop.domain.clock import to_iso
    from ivig_desktop.domain.config import load_clinic_config
    from ivig_desktop.domain.errors import ValidationError
    from ivig_desktop.domain.vials import lot_query
    from ivig_desktop.paths import resources_dir
    from ivig_desktop.store import clinic
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.lots import lot_uses
    from ivig_desktop.store.readonly import open_read_only

    path = resolve_db_path(args.db)
    try:
        query = lot_query(args.lot)
    except ValidationError as error:
        print(f"ivig-desktop lots: error: {' '.join(error.errors.values())}", file=sys.stderr)
        return 2
    lot = query.lot
    if not path.is_file():
        print(f"ivig-desktop lots: There is no database at {path} (nothing was created).", file=sys.stderr)
        return 2
    try:
        db = open_read_only(path, given_passphrase(args.passphrase_file))
    except PassphraseSourceError as error:
        print(f"ivig-desktop lots: {error}", file=sys.stderr)
        return 2
    except StoreError as error:
        print(f"ivig-desktop lots: {error}", file=sys.stderr)
        return 1
    try:
        uses = lot_uses(db, lot)
        zone = clinic.in_force(
            db, load_clinic_config(resources_dir()).clinic
        ).times  # the clinic's, not this computer's
    finally:
        db.close()
    if args.json:
        rows = [
            {
                "lot": u.lot,
                "recorded_at": to_iso(u.recorded_at),
                "patient_id": u.patient_id,
                "patient": u.patient_name,
                "date_of_birth": u.date_of_birth.isoformat(),
                "mrn": u.mrn,
                "session_id": u.session_id,
                "location": u.location,
                "product_id": u.product_id,
                "size_g": u.size_g,
                "expiry": u.expiry.isoformat(),
                "entered_in_error": u.entered_in_error,
            }
            for u in uses
        ]
        scanned = query.scan.hri if query.scan is not None else None
        print(json.dumps({"lot": lot, "scanned_code": scanned, "vials": rows}, ensure_ascii=False, indent=2))
        return 0
    searched = query.describe()
    if not uses:
        print(f"No session received {searched}.")
        return 0
    patients = {u.patient_id for u in uses if not u.entered_in_error}
    sessions = len({u.session_id for u in uses})
    heading = searched[:1].upper() + searched[1:]
    print(f"{heading}: {len(uses)} vial(s) in {sessions} session(s), {len(patients)} patient(s).")
    for u in uses:
        note = "  [entered in error]" if u.entered_in_error else ""
        when = zone.local(u.recorded_at).strftime("%Y-%m-%d %H:%M")
        mrn = f", MRN {u.mrn}" if u.mrn else ""
        print(
            f"{when}  {u.patient_name} (born {u.date_of_birth.isoformat()}{mrn})  session {u.session_id} "
            f"at {u.location}  {u.product_id} {u.size_g} g, expires {u.expiry.isoformat()}{note}"
        )
    return 0
