"""`products` and `schedule`: the catalog and the infusion plan, with the working behind every number."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ivig_desktop.cli.common import Commands, bad_input

if TYPE_CHECKING:
    from decimal import Decimal

    from ivig_desktop.domain.catalog import Indication, Product

CATALOG_WARNING = (
    "The catalog's figures are transcribed from stored third-party copies of product labels: verify them "
    "against the current prescribing information before clinical use."
)


def register(commands: Commands) -> None:
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
        "--indication", required=True, metavar="CODE", help="PI, ITP, CIDP, MMN, DM, KD, GBS, CLL or OTHER"
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
    schedule.add_argument("--dose-g-per-kg", metavar="D", help="one day's dose in g/kg: adds dose, vials, volume, time")
    schedule.add_argument(
        "--course-days",
        metavar="N",
        type=int,
        default=1,
        help="a course of N consecutive days at that dose (default 1)",
    )
    schedule.add_argument("--course-day", metavar="K", type=int, default=1, help="which day of the course (default 1)")
    schedule.add_argument(
        "--off-label",
        metavar="PRESCRIBER",
        help="the order is off-label (an indication not on the product's label), by this prescriber",
    )
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


def _cmd_products(args: argparse.Namespace) -> int:
    from ivig_desktop.domain.catalog import CatalogError, default_catalog, dose_limit_dict, product_to_dict
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
                    "dose_limits": [dose_limit_dict(limit) for limit in catalog.dose_limits],
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
    from ivig_desktop.cli.plan_text import render_plan
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
            off_label_prescriber=args.off_label,
            course_day=args.course_day,
            course_days=args.course_days,
        )
        plan = make_plan(request)
    except CatalogError as error:
        print(f"ivig-desktop schedule: a bundled resource is invalid: {error}", file=sys.stderr)
        return 1
    except DomainError as error:  # ValidationError and LimitExceededError included
        return bad_input("schedule", str(error))
    print(dumps(plan.to_dict()) if args.json else render_plan(plan, CATALOG_WARNING))
    return 0
