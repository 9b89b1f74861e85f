"""`export`: session records to PDF, CSV, JSON or FHIR R4 files; the database is opened read-only, never created."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ivig_desktop.cli.common import Commands, bad_input, passphrase_option, session_id
from ivig_desktop.paths import DB_ENV_VAR, resolve_db_path


def register(commands: Commands) -> None:
    export = commands.add_parser(
        "export",
        help="export session records: PDF, CSV, JSON or FHIR R4",
        description=(
            "Export session records from the database (opened read-only; never created). One session: "
            "--session ID, to a PDF or FHIR file, or a folder of CSV or JSON tables. A patient's sessions "
            "(--patient ID) and/or those opened from --since to --until (local dates in the clinic's time zone): "
            "to a folder (tables, or one PDF or FHIR bundle per session). Files are written readable by their "
            "owner only; every local time is in the clinic's time zone, whatever this computer's."
        ),
    )
    export.add_argument("--session", metavar="ID", type=session_id, help="the session's number")
    export.add_argument(
        "--patient", metavar="ID", type=session_id, help="every session of the patient with this number"
    )
    export.add_argument("--since", metavar="DATE", help="sessions opened on or after this local date, YYYY-MM-DD")
    export.add_argument("--until", metavar="DATE", help="sessions opened on or before this local date, YYYY-MM-DD")
    export.add_argument(
        "--format", required=True, choices=["pdf", "csv", "json", "fhir"], help="pdf (one session), csv, json, fhir"
    )
    export.add_argument(
        "--out", required=True, metavar="PATH", help="the file (pdf, fhir with --session) or folder to write"
    )
    export.add_argument(
        "--page-size", choices=["a4", "letter"], help="PDF page size (default: from the locale: Letter in the US)"
    )
    export.add_argument("--pdfa", action="store_true", help="PDF/A-1b, for archiving (pdf)")
    export.add_argument(
        "--bundle",
        choices=["transaction", "document", "collection"],
        default="collection",
        help="FHIR bundle type: transaction to import into an EHR (conditional creates: a second import creates "
        "nothing new), document to file the record (final once signed), collection to archive (default)",
    )
    export.add_argument(
        "--excel", action="store_true", help="CSV for spreadsheets: UTF-8 with a byte-order mark, so °C and ≥ show"
    )
    export.add_argument(
        "--exclude",
        metavar="WHAT",
        default="",
        help="leave patient details out of CSV/JSON: comma-separated names, date_of_birth, mrn, sex, allergies",
    )
    export.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"database file to read (default: ${DB_ENV_VAR}, else ivig-desktop.db in the user data dir)",
    )
    passphrase_option(export)
    export.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from ivig_desktop.domain.catalog import CatalogError
    from ivig_desktop.domain.clinic import ClinicSettingsError
    from ivig_desktop.domain.config import load_clinic_config
    from ivig_desktop.passphrase import PassphraseSourceError, given_passphrase
    from ivig_desktop.paths import resources_dir
    from ivig_desktop.reports.exporting import (
        ExportError,
        Format,
        Options,
        Selection,
        export,
        parse_day,
        parse_exclude,
    )
    from ivig_desktop.reports.fhir.builder import BundleKind
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.readonly import DamagedRecordError, open_read_only

    fmt = Format(args.format)
    out = Path(args.out).expanduser()
    try:
        if args.session is not None and (args.patient is not None or args.since or args.until):
            return bad_input("export", "--session exports one session; leave out --patient, --since and --until")
        if args.session is None and args.patient is None and not args.since and not args.until:
            return bad_input("export", "say which sessions: --session ID, --patient ID, --since DATE or --until DATE")
        selection = Selection(
            session_id=args.session,
            patient_id=args.patient,
            since=parse_day(args.since) if args.since else None,
            until=parse_day(args.until, "--until") if args.until else None,
        )
        options = Options(
            bundle=BundleKind(args.bundle),
            excel=args.excel,
            exclude=parse_exclude(args.exclude),
            page_size=args.page_size,
            pdfa=args.pdfa,
        )
        config = load_clinic_config(resources_dir())
        db = open_read_only(resolve_db_path(args.db), given_passphrase(args.passphrase_file))
    except PassphraseSourceError as error:
        return bad_input("export", str(error))
    except (CatalogError, ClinicSettingsError) as error:
        print(f"ivig-desktop export: a bundled resource is invalid: {error}", file=sys.stderr)
        return 1
    except DamagedRecordError as error:
        print(f"ivig-desktop export: {error}", file=sys.stderr)
        return 1
    except (ExportError, StoreError) as error:
        return bad_input("export", str(error))
    now = datetime.now(UTC)
    try:
        written = export(db, selection, fmt, out, config, now=now, options=options)
    except ExportError as error:
        return bad_input("export", str(error))
    finally:
        db.close()
    if not written:
        print(f"No session matched ({selection.describe()}): nothing written.")
    for item in written:
        print(f"Wrote {item.path} ({item.what})")
    for item in written:
        if item.note:
            print(f"Note: {item.note}.")
    return 0
