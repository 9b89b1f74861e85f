"""Command line: the GUI by default, and headless subcommands.

`ivig-desktop [--db PATH] [--passphrase-file PATH]` starts the GUI (an encrypted database: the passphrase from
the file, else IVIG_DESKTOP_PASSPHRASE, else the app asks for it). Each subcommand is registered in
`build_parser()` with a handler `_cmd_<name>(args) -> int`; handlers import what they need lazily so that
start-up stays fast.
Exit codes: 0 success, 1 a bundled resource failed validation, 2 bad usage or bad input (one line on stderr
saying what is accepted).

Subcommands:
- `products [--json]`: the product catalog.
- `schedule --product ID --indication CODE --weight-kg W [...] [--json]`: the infusion plan, with its working.
- `export --session ID --format pdf|csv|json|fhir --out PATH [--db PATH]` and
  `export --since DATE --format fhir|csv|json --out DIR [--db PATH]`: session records to files; the database is
  opened read-only and never created.
- `check`, `backup`, `lots`, `encrypt`, `decrypt`: database maintenance (ivig_desktop/maintenance.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ivig_desktop import APP_NAME, __version__
from ivig_desktop.maintenance import add_commands as add_maintenance_commands
from ivig_desktop.maintenance import passphrase_option
from ivig_desktop.paths import DB_ENV_VAR, default_db_path, resolve_db_path

if TYPE_CHECKING:
    from decimal import Decimal

    from ivig_desktop.domain.catalog import Indication, Product
    from ivig_desktop.domain.plan import Plan

Handler = Callable[[argparse.Namespace], int]

CATALOG_WARNING = (
    "The catalog's figures are transcribed from stored third-party copies of product labels: verify them "
    "against the current prescribing information before clinical use."
)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr and exit code 2 (`--help` is unchanged)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ivig-desktop",
        description=f"{APP_NAME}: IVIG session companion. Without a subcommand, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"database file to use (default: ${DB_ENV_VAR}, else ivig-desktop.db in the user data dir)",
    )
    parser.add_argument(
        "--simulate",
        metavar="SPEED",
        type=_speed,
        help="training mode: a clock running SPEED times faster (e.g. 60: an hour a minute) on a separate "
        "simulation database, with a permanent 'SIMULATION - not for patient care' banner",
    )
    passphrase_option(parser, default=None)
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    products = commands.add_parser(
        "products", help="list the IVIG products of the catalog", description="List the IVIG products."
    )
    products.add_argument("--json", action="store_true", help="print JSON instead of a table")
    products.set_defaults(handler=_cmd_products)

    schedule = commands.add_parser(
        "schedule",
        help="print the infusion plan for a patient, product and indication",
        description=(
            "Print the infusion plan: pump rates in mL/h step by step, limits, dose, volume and duration, "
            "with the working behind every number. " + CATALOG_WARNING
        ),
    )
    schedule.add_argument("--product", required=True, metavar="ID", help="product id (see `products`)")
    schedule.add_argument(
        "--indication", required=True, metavar="CODE", help="PI, ITP, CIDP, MMN, DM, KD, GBS or OTHER"
    )
    schedule.add_argument("--weight-kg", required=True, metavar="W", help="actual body weight in kg (2-350)")
    schedule.add_argument("--height-cm", metavar="H", help="height in cm (40-250)")
    schedule.add_argument("--sex", type=str.upper, choices=["F", "M"], help="sex, for the ideal body weight")
    schedule.add_argument(
        "--dosing-weight",
        choices=["actual", "ideal", "adjusted", "auto"],
        default="auto",
        help="weight the dose is based on (default: auto = adjusted when BMI >= 30 and height known)",
    )
    schedule.add_argument("--dose-g-per-kg", metavar="D", help="dose in g/kg: adds dose, vials, volume, time")
    schedule.add_argument(
        "--infusion",
        choices=["first", "maintenance"],
        default="first",
        help="first infusion (default; starts at the label's lowest rate) or maintenance",
    )
    schedule.add_argument("--weeks-since-last", metavar="N", help="weeks since the last infusion")
    schedule.add_argument("--previous-product", metavar="ID", help="product of the last infusion")
    schedule.add_argument("--at-risk", action="store_true", help="renal or thrombosis risk: cap at the at-risk rate")
    schedule.add_argument("--ladder", metavar="ID", help="follow a fixed mL/h ladder (still label-capped)")
    schedule.add_argument(
        "--concentration-percent",
        metavar="P",
        help="concentration after reconstitution (lyophilised products)",
    )
    schedule.add_argument(
        "--personal-start-mg-per-kg-min", metavar="R", help="personal plan: start step for maintenance"
    )
    schedule.add_argument(
        "--personal-max-mg-per-kg-min", metavar="R", help="personal plan: highest tolerated rate (soft limit)"
    )
    schedule.add_argument("--max-mg-per-kg-min", metavar="R", help="maximum rate requested for this visit")
    schedule.add_argument("--override-reason", metavar="TEXT", help="reason to go above the personal maximum")
    schedule.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    schedule.set_defaults(handler=_cmd_schedule)

    add_maintenance_commands(commands)  # check, backup, lots, encrypt, decrypt
    _add_export(commands)
    return parser


def _add_export(commands: argparse._SubParsersAction[_Parser]) -> None:
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
    which.add_argument("--session", metavar="ID", type=_session_id, help="the session's number")
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


def _session_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ID must be a session number, for example 12 (got {text!r})") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"ID must be a session number, 1 or more (got {text})")
    return value


def _speed(text: str) -> float:
    try:
        speed = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"SPEED must be a number, for example 60 (got {text!r})") from None
    if not 1 <= speed <= 3600:
        raise argparse.ArgumentTypeError(f"SPEED must be between 1 and 3600 (got {text})")
    return speed


def _cmd_gui(args: argparse.Namespace) -> int:
    from ivig_desktop.passphrase import PassphraseSourceError, given_passphrase
    from ivig_desktop.ui.app import run_gui

    try:
        passphrase = given_passphrase(args.passphrase_file)
    except PassphraseSourceError as error:
        return _bad_input("--passphrase-file", str(error))
    if args.simulate is None:
        path = resolve_db_path(args.db)
        if path != default_db_path() and not path.parent.is_dir():
            # A chosen file's folder is never created: a missing folder is more often a drive not plugged in than
            # a wish for a new, empty database.
            return _bad_input(
                "--db",
                f"the folder {path.parent} does not exist (is the drive connected?); create it or choose another",
            )
        return run_gui(path, passphrase=passphrase)
    from ivig_desktop.domain.clock import ScaledClock
    from ivig_desktop.paths import simulation_db_path

    db_path = Path(args.db).expanduser() if args.db else simulation_db_path()
    if db_path.resolve() == resolve_db_path(None).resolve():
        return _bad_input("--simulate", f"{db_path} is the clinical database; simulation uses a separate file.")
    return run_gui(db_path, ScaledClock(args.simulate), simulation=True, passphrase=passphrase)


def _bad_input(command: str, message: str) -> int:
    print(f"ivig-desktop {command}: error: {' '.join(message.split())}", file=sys.stderr)
    return 2


def _cmd_products(args: argparse.Namespace) -> int:
    from ivig_desktop.domain.catalog import CatalogError, default_catalog, product_to_dict
    from ivig_desktop.exact_json import dumps

    try:
        catalog = default_catalog()
    except CatalogError as error:
        print(f"ivig-desktop products: the bundled catalog is invalid: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(
            dumps(
                {
                    "format": "ivig-desktop.products/1",
                    "warning": CATALOG_WARNING,
                    "products": [product_to_dict(product) for product in catalog],
                }
            )
        )
        return 0
    print(_products_table(catalog.products))
    return 0


def _products_table(products: Sequence[Product]) -> str:
    from ivig_desktop.domain.units import show

    rows = [("ID", "PRODUCT", "CONC", "INDICATIONS", "VERIFIED", "UNCONFIRMED")]
    for product in products:
        concentration = (
            f"{show(product.concentration_percent)}%"
            if product.concentration_percent is not None
            else "/".join(show(c) for c in product.concentration_choices_percent) + "%"
        )
        rows.append(
            (
                product.id,
                product.name,
                concentration,
                ", ".join(i.value for i in product.indications),
                product.verified_on.isoformat(),
                ", ".join(product.unconfirmed_fields) or "-",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append("")
    lines.append("Indications without their own label row use the product's general protocol.")
    lines.append(CATALOG_WARNING)
    return "\n".join(lines)


def _cmd_schedule(args: argparse.Namespace) -> int:
    from ivig_desktop.domain.body import DosingWeightMethod, Sex
    from ivig_desktop.domain.catalog import CatalogError, parse_indication
    from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
    from ivig_desktop.domain.numbers import parse_decimal
    from ivig_desktop.domain.plan import InfusionKind, PersonalPlan, PlanRequest, make_plan
    from ivig_desktop.exact_json import dumps

    errors = FieldErrors()

    def number(text: str | None, field: str, label: str) -> Decimal | None:
        if text is None:
            return None
        try:
            return parse_decimal(text, field, label)
        except ValidationError as error:
            errors.capture(error)
            return None

    weight = number(args.weight_kg, "weight_kg", "Weight (kg)")
    height = number(args.height_cm, "height_cm", "Height (cm)")
    dose = number(args.dose_g_per_kg, "dose_g_per_kg", "Dose (g/kg)")
    weeks = number(args.weeks_since_last, "weeks_since_last", "Weeks since the last infusion")
    concentration = number(args.concentration_percent, "concentration_percent", "Concentration (%)")
    personal_start = number(args.personal_start_mg_per_kg_min, "personal_start_mg_per_kg_min", "Personal start")
    personal_max = number(args.personal_max_mg_per_kg_min, "personal_max_mg_per_kg_min", "Personal maximum")
    requested_max = number(args.max_mg_per_kg_min, "max_mg_per_kg_min", "Maximum rate (mg/kg/min)")
    indication: Indication | None = None
    try:
        indication = parse_indication(args.indication)
    except ValidationError as error:
        errors.capture(error)
    try:
        errors.raise_if_any()
        assert indication is not None and weight is not None
        personal = None
        if personal_start is not None or personal_max is not None:
            personal = PersonalPlan(personal_start, personal_max)
        request = PlanRequest(
            product_id=args.product,
            indication=indication,
            weight_kg=weight,
            height_cm=height,
            sex=Sex(args.sex) if args.sex else None,
            dosing_weight_method=DosingWeightMethod(args.dosing_weight),
            dose_g_per_kg=dose,
            infusion=InfusionKind(args.infusion),
            weeks_since_last=weeks,
            previous_product_id=args.previous_product,
            at_risk=args.at_risk,
            ladder_id=args.ladder,
            concentration_percent=concentration,
            personal=personal,
            requested_max_rate_mg_per_kg_min=requested_max,
            override_reason=args.override_reason,
        )
        plan = make_plan(request)
    except CatalogError as error:
        print(f"ivig-desktop schedule: a bundled resource is invalid: {error}", file=sys.stderr)
        return 1
    except DomainError as error:  # ValidationError and LimitExceededError included
        return _bad_input("schedule", str(error))
    print(dumps(plan.to_dict()) if args.json else render_plan(plan))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from ivig_desktop.domain.catalog import CatalogError
    from ivig_desktop.domain.config import load_clinic_config
    from ivig_desktop.passphrase import PassphraseSourceError, given_passphrase
    from ivig_desktop.paths import resources_dir
    from ivig_desktop.reports.exporting import ExportError, Format, export_session, export_since, parse_day
    from ivig_desktop.store.database import StoreError
    from ivig_desktop.store.readonly import open_read_only

    fmt = Format(args.format)
    out = Path(args.out).expanduser()
    try:
        day = parse_day(args.since) if args.since is not None else None
        if day is not None and fmt is Format.PDF:
            return _bad_input("export", "--since exports csv, json or fhir; export a PDF with --session ID")
        config = load_clinic_config(resources_dir())
        db = open_read_only(resolve_db_path(args.db), given_passphrase(args.passphrase_file))
    except PassphraseSourceError as error:
        return _bad_input("export", str(error))
    except CatalogError as error:
        print(f"ivig-desktop export: a bundled resource is invalid: {error}", file=sys.stderr)
        return 1
    except (ExportError, StoreError) as error:
        return _bad_input("export", str(error))
    now = datetime.now(UTC)
    try:
        if day is None:
            written = export_session(db, args.session, fmt, out, config, now=now, page_size=args.page_size)
        else:
            written = export_since(db, day, fmt, out, config, now=now)
    except ExportError as error:
        return _bad_input("export", str(error))
    finally:
        db.close()
    if not written:
        print(f"No session was opened on or after {day}: nothing written.")
    for item in written:
        print(f"Wrote {item.path} ({item.what})")
    return 0


def render_plan(plan: Plan) -> str:
    """The plan as a readable table followed by its limits, warnings and the working of every number."""
    from ivig_desktop.domain.catalog import INDICATION_NAMES
    from ivig_desktop.domain.units import plain, show

    product, rounding = plan.product, plan.policy.rounding
    dosing_kg = plan.dosing_weight.weight_kg
    request = plan.request
    lines = [
        f"{product.display_name} for {plan.indication.value} ({INDICATION_NAMES[plan.indication]})",
        f"Label protocol: {plan.protocol.label_text}"
        + (" [general protocol: no label row for this indication]" if plan.protocol_fallback else ""),
        f"Patient: weight {show(plan.weight_kg)} kg"
        + (f", height {show(plan.height_cm)} cm" if plan.height_cm is not None else "")
        + (f", sex {request.sex.value}" if request.sex else "")
        + f"; dosing weight {show(dosing_kg, rounding.weight_places)} kg ({plan.dosing_weight.used.value}); "
        f"per-kg rates use {show(plan.per_kg_weight_kg, rounding.weight_places)} kg "
        f"({plan.per_kg_weight_basis})",
        f"Start: {plan.start_rule}",
        f"At risk (renal/thrombosis): {'yes' if request.at_risk else 'no'}; "
        f"ladder: {plan.ladder.id if plan.ladder else 'none (label protocol)'}",
        "",
    ]
    header = ("Step", "Start", "For", "mg/kg/min", "mL/kg/h", "Pump mL/h", "Origin", "Note")
    rows = [header]
    for step in plan.steps:
        rows.append(
            (
                str(step.number),
                f"{step.start_min} min",
                f"{step.duration_min} min" if step.duration_min is not None else "to end",
                plain(step.rate_mg_per_kg_min),
                plain(step.rate_ml_per_kg_h),
                plain(step.rate_ml_per_h),
                step.origin.value,
                f"capped by the {step.capped_by}" if step.capped_by else "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    right = {0, 3, 4, 5}
    for row in rows:
        cells = [
            cell.rjust(width) if index in right else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    lines.append(f"Maximum pump rate: {plain(plan.max_ml_per_h)} mL/h")
    dose = plan.dose
    if dose is not None:
        vials = " + ".join(f"{count} x {plain(size)} g" for size, count in dose.vials.vials)
        lines.append(
            f"Dose: {show(dose.dose_g_per_kg)} g/kg x {show(dosing_kg, rounding.weight_places)} kg = "
            f"{show(dose.ordered_g, rounding.dose_places)} g ordered -> {show(dose.dose_g)} g in whole vials "
            f"({vials}; rule {dose.vials.rule.value}) -> {show(dose.volume_ml, rounding.volume_places)} mL"
        )
        lines.append(f"Estimated duration: {dose.duration_working.result}")
    lines.append("")
    lines.append("Limits:")
    for limit in plan.limits:
        binding = " (binding)" if limit is plan.hard_limit else ""
        lines.append(f"  {limit.kind.value}{binding}: {limit.working.result} -- {limit.name} [{limit.origin.value}]")
        lines.append(f"      source: {limit.source}")
    if plan.overrides:
        lines.append("Overrides (recorded):")
        for override in plan.overrides:
            lines.append(
                f"  {show(override.requested_mg_per_kg_min, 4)} mg/kg/min above the "
                f"{override.limit.describe}: {override.reason}"
            )
    if plan.warnings:
        lines.append("Warnings:")
        lines.extend(f"  ! {warning}" for warning in plan.warnings)
    if plan.notes:
        lines.append("Product notes:")
        lines.extend(
            f"  - {note.text}" + ("" if note.confirmed else " [not confirmed by the reference]") for note in plan.notes
        )
    lines.append("")
    lines.append("Working:")
    workings = plan.workings()
    for working in workings:
        lines.extend(f"  {line}" for line in working.lines)
    lines.append("")
    lines.append(f"Catalog entry verified {product.verified_on.isoformat()}. {CATALOG_WARNING}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
