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
            "--session ID, to a PDF or FHIR file, or a folder of CSV or JSON tables. Every session opened on or "
            "after a local date: --since YYYY-MM-DD, to a folder (CSV or JSON tables, or one FHIR bundle per "
            "session). Files are written readable by their owner only."
        ),
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", metavar="ID", type=session_id, help="the session's number")
    which.add_argument("--since", metavar="DATE", help="sessions opened on or after this local date, YYYY-MM-DD")
    export.add_argument(
        "--format", required=True, choices=["pdf", "csv", "json", "fhir"], help="pdf (one session), csv, json, fhir"
    )
    export.add_argument(
        "--out", required=True, metavar="PATH", help="the file (pdf, fhir with --session) or folder to write"
    )
    export.add_argument(
        "--page-size", choices=["a4", "letter"], help="PDF page size (default: from the locale: Letter in the US)"
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
    from ivig_desktop.domain.config import load_clinic_config
    from ivig_desktop.passphrase import PassphraseSourceError, given_passphrase
    from ivig_desktop.paths import resources_dir
    from ivig_desktop.reports.exporting import ExportError, Format, export_session, export_since, parse_day
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.readonly import DamagedRecordError, open_read_only

    fmt = Format(args.format)
    out = Path(args.out).expanduser()
    try:
        day = parse_day(args.since) if args.since is not None else None
        if day is not None and fmt is Format.PDF:
            return bad_input("export", "--since exports csv, json or fhir; export a PDF with --session ID")
        config = load_clinic_config(resources_dir())
        db = open_read_only(resolve_db_path(args.db), given_passphrase(args.passphrase_file))
    except PassphraseSourceError as error:
        return bad_input("export", str(error))
    except CatalogError as error:
        print(f"ivig-desktop export: a bundled resource is invalid: {error}", file=sys.stderr)
        return 1
    except DamagedRecordError as error:
        print(f"ivig-desktop export: {error}", file=sys.stderr)
        return 1
    except (ExportError, StoreError) as error:
        return bad_input("export", str(error))
    now = datetime.now(UTC)
    try:
        if day is None:
            written = export_session(db, args.session, fmt, out, config, now=now, page_size=args.page_size)
        else:
            written = export_since(db, day, fmt, out, config, now=now)
    except ExportError as error:
        return bad_input("export", str(error))
    finally:
        db.close()
    if not written:
        print(f"No session was opened on or after {day}: nothing written.")
    for item in written:
        print(f"Wrote {item.path} ({item.what})")
    return 0
