"""`load_catalog`: a products file read and validated, every problem named with its product and field."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from pathlib import Path

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog.checker import ID_PATTERN, PRODUCTS_FILE, Checker, read_toml
from ivig_desktop.domain.catalog.indications import Indication
from ivig_desktop.domain.catalog.model import (
    AsTolerated,
    AtRisk,
    Catalog,
    CatalogError,
    Doubling,
    Increment,
    Note,
    Product,
    Protocol,
    RateBound,
    RateList,
    StepRule,
)
from ivig_desktop.domain.units import RateUnit

_NOTE_TOPICS = ("sugar", "sodium", "diluent", "glucose_meter", "iga", "handling", "other")
_PRODUCT_FIELDS = {
    "id",
    "name",
    "concentration_percent",
    "concentration_choices_percent",
    "form",
    "vial_sizes_g",
    "general_indication",
    "protocols",
    "at_risk",
    "notes",
    "sources",
    "verified_on",
    "unconfirmed",
    "same_as",
}
_PROTOCOL_FIELDS = {
    "indications",
    "label_text",
    "unit",
    "start",
    "start_duration_min",
    "max",
    "rule",
    "maintenance_start",
    "maintenance_start_note",
    "at_risk",
    "confirmed",
    "unconfirmed_reason",
}
_AT_RISK_FIELDS = {"text", "rate", "unit", "bound", "minimum_practicable", "condition", "confirmed", "source"}
_RULE_FIELDS = {
    "list": {"kind", "rates", "interval_min", "then_as_tolerated"},
    "increment": {"kind", "increment", "interval_min"},
    "doubling": {"kind", "interval_min"},
    "as_tolerated": {"kind", "interval_min", "interval_range_min"},
}


def load_catalog(source: Path | str) -> Catalog:
    """Load and validate a products file: a Path to read, or the TOML text itself."""
    data, name = read_toml(source, PRODUCTS_FILE)
    problems: list[str] = []
    top = Checker(problems, name)
    top.known_fields(data, {"format", "products"})
    raw_products = data.get("products")
    if not isinstance(raw_products, list) or not raw_products:
        raise CatalogError([f"{name}: needs at least one [[products]] table"])
    products: list[Product] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_products):
        label = raw.get("id") if isinstance(raw, dict) else None
        where = f"{name}: product '{label}'" if isinstance(label, str) else f"{name}: products[{index}]"
        check = top.at(where)
        product = _product(check, raw)
        if product is None:
            continue
        if product.id in seen:
            check.problem("id", f"duplicate product id '{product.id}'")
        seen.add(product.id)
        products.append(product)
    for product in products:
        if product.same_as is not None and product.same_as not in seen:
            top.at(f"{name}: product '{product.id}'").problem(
                "same_as", f"names no product in this file ('{product.same_as}')"
            )
    if problems:
        raise CatalogError(problems)
    return Catalog(tuple(products))


def _product(check: Checker, raw: object) -> Product | None:
    table = check.table(raw, "products")
    if table is None:
        return None
    start_count = len(check.problems)
    check.known_fields(table, _PRODUCT_FIELDS)
    product_id = check.text(table, "id")
    if product_id and not ID_PATTERN.match(product_id):
        check.problem("id", "must be lowercase letters, digits and hyphens")
    name = check.text(table, "name")
    concentration = check.number(table, "concentration_percent", required=False, maximum=Decimal(30))
    choices = check.numbers(table, "concentration_choices_percent", required=False)
    if "concentration_percent" not in table and not choices:
        check.problem("concentration_percent", "is required unless concentration_choices_percent is given")
    if concentration is not None and choices:
        check.problem("concentration_choices_percent", "give either concentration_percent or the choices")
    form = check.text(table, "form")
    if form and form not in ("liquid", "lyophilised"):
        check.problem("form", f"must be liquid or lyophilised (got {form!r})")
    vial_sizes = check.numbers(table, "vial_sizes_g")
    general = check.choice(table, "general_indication", Indication)
    sources = check.texts(table, "sources")
    verified_on = table.get("verified_on")
    if not isinstance(verified_on, dt.date) or isinstance(verified_on, dt.datetime):
        check.problem("verified_on", f"must be a date such as 2026-11-23 (got {verified_on!r})")
    same_as = table.get("same_as")
    if same_as is not None and not isinstance(same_as, str):
        check.problem("same_as", "must be a product id")
    unconfirmed_raw = table.get("unconfirmed", {})
    unconfirmed: list[tuple[str, str]] = []
    if not isinstance(unconfirmed_raw, dict):
        check.problem("unconfirmed", "must be a table of field = reason")
    else:
        for key, reason in unconfirmed_raw.items():
            if key not in _PRODUCT_FIELDS:
                check.problem(f"unconfirmed.{key}", "names no product field")
            if not isinstance(reason, str) or not reason.strip():
                check.problem(f"unconfirmed.{key}", "must give the reason as text")
            else:
                unconfirmed.append((key, reason.strip()))

    at_risk = None
    if "at_risk" in table:
        at_risk = _at_risk(check, table["at_risk"], "at_risk")

    notes: list[Note] = []
    raw_notes = table.get("notes", [])
    if not isinstance(raw_notes, list):
        check.problem("notes", "must be a list of [[products.notes]] tables")
        raw_notes = []
    for note_index, raw_note in enumerate(raw_notes):
        field = f"notes[{note_index}]"
        note_table = check.table(raw_note, field)
        if note_table is None:
            continue
        sub = check.at(f"{check.where}, {field}")
        sub.known_fields(note_table, {"topic", "text", "confirmed"})
        topic = sub.text(note_table, "topic")
        if topic and topic not in _NOTE_TOPICS:
            sub.problem("topic", f"must be one of {', '.join(_NOTE_TOPICS)} (got {topic!r})")
        notes.append(Note(topic, sub.text(note_table, "text"), sub.flag(note_table, "confirmed", True)))

    protocols: list[Protocol] = []
    raw_protocols = table.get("protocols")
    if not isinstance(raw_protocols, list) or not raw_protocols:
        check.problem("protocols", "needs at least one [[products.protocols]] table")
        raw_protocols = []
    covered: set[Indication] = set()
    for protocol_index, raw_protocol in enumerate(raw_protocols):
        field = f"protocols[{protocol_index}]"
        protocol = _protocol(check.at(f"{check.where}, {field}"), raw_protocol, concentration, choices)
        if protocol is None:
            continue
        for indication in protocol.indications:
            if indication in covered:
                check.problem(f"{field}.indications", f"{indication} already has a protocol")
            covered.add(indication)
        protocols.append(protocol)
    if general is not None and protocols and general not in covered:
        check.problem("general_indication", f"{general} has no protocol in this product")

    if len(check.problems) > start_count:
        return None
    assert general is not None and isinstance(verified_on, dt.date)
    return Product(
        id=product_id,
        name=name,
        concentration_percent=concentration,
        concentration_choices_percent=choices,
        form=form,
        vial_sizes_g=tuple(sorted(vial_sizes)),
        general_indication=general,
        protocols=tuple(protocols),
        at_risk=at_risk,
        notes=tuple(notes),
        sources=sources,
        verified_on=verified_on,
        unconfirmed=tuple(unconfirmed),
        same_as=same_as if isinstance(same_as, str) else None,
    )


def _at_risk(check: Checker, raw: object, field: str) -> AtRisk | None:
    table = check.table(raw, field)
    if table is None:
        return None
    sub = check.at(f"{check.where}, {field}")
    sub.known_fields(table, _AT_RISK_FIELDS)
    rate = sub.number(table, "rate", required=False)
    unit = sub.choice(table, "unit", RateUnit) if "unit" in table else RateUnit.MG_PER_KG_MIN
    bound = sub.choice(table, "bound", RateBound) if "bound" in table else RateBound.AT_MOST
    if rate is None and "bound" in table:
        sub.problem("bound", "only applies with a rate")
    return AtRisk(
        text=sub.text(table, "text"),
        rate=rate,
        unit=unit or RateUnit.MG_PER_KG_MIN,
        bound=bound or RateBound.AT_MOST,
        minimum_practicable=sub.flag(table, "minimum_practicable", False),
        condition=sub.text(table, "condition", required=False) or "renal or thrombosis risk",
        confirmed=sub.flag(table, "confirmed", True),
        source=sub.text(table, "source", required=False),
    )


def _protocol(
    check: Checker, raw: object, concentration: Decimal | None, choices: tuple[Decimal, ...]
) -> Protocol | None:
    table = check.table(raw, "protocols")
    if table is None:
        return None
    start_count = len(check.problems)
    check.known_fields(table, _PROTOCOL_FIELDS)
    raw_indications = table.get("indications")
    indications: list[Indication] = []
    if not isinstance(raw_indications, list) or not raw_indications:
        check.problem("indications", "must be a non-empty list of indication codes")
    else:
        for index, code in enumerate(raw_indications):
            parsed = check.choice({f"indications[{index}]": code}, f"indications[{index}]", Indication)
            if parsed is not None:
                indications.append(parsed)
    label_text = check.text(table, "label_text")
    unit = check.choice(table, "unit", RateUnit)
    start = check.number(table, "start")
    start_duration = check.minutes(table, "start_duration_min", required=False)
    maximum = check.number(table, "max")
    if start is not None and maximum is not None and start > maximum:
        check.problem("max", f"must not be below the start rate {start}")
    maintenance_start = check.number(table, "maintenance_start", required=False)
    if maintenance_start is not None and (
        (start is not None and maintenance_start < start) or (maximum is not None and maintenance_start > maximum)
    ):
        check.problem("maintenance_start", "must lie between the start rate and the maximum")
    maintenance_note = check.text(table, "maintenance_start_note", required=maintenance_start is not None)
    confirmed = check.flag(table, "confirmed", True)
    unconfirmed_reason = check.text(table, "unconfirmed_reason", required=not confirmed)
    at_risk = _at_risk(check, table["at_risk"], "at_risk") if "at_risk" in table else None
    rule = _rule(check, table.get("rule"), start, maximum)
    if len(check.problems) > start_count:
        return None
    assert unit is not None and start is not None and maximum is not None and rule is not None
    for percent in (concentration,) if concentration is not None else choices:
        if units.to_mg_per_kg_min(maximum, unit, percent) > 20:
            check.problem("max", "is implausibly high (above 20 mg/kg/min)")
    return Protocol(
        indications=tuple(indications),
        label_text=label_text,
        unit=unit,
        start=start,
        start_duration_min=start_duration,
        max=maximum,
        rule=rule,
        maintenance_start=maintenance_start,
        maintenance_start_note=maintenance_note,
        at_risk=at_risk,
        confirmed=confirmed,
        unconfirmed_reason=unconfirmed_reason,
    )


def _rule(check: Checker, raw: object, start: Decimal | None, maximum: Decimal | None) -> StepRule | None:
    table = check.table(raw, "rule")
    if table is None:
        return None
    kind = table.get("kind")
    if kind not in _RULE_FIELDS:
        check.problem("rule.kind", f"must be one of {', '.join(_RULE_FIELDS)} (got {kind!r})")
        return None
    sub = check.at(f"{check.where}, rule")
    sub.known_fields(table, _RULE_FIELDS[kind])
    if kind == "list":
        rates = sub.numbers(table, "rates")
        interval = sub.minutes(table, "interval_min", required=True)
        if rates and start is not None and rates[0] != start:
            sub.problem("rates", f"must begin with the start rate {start}")
        if any(later <= earlier for earlier, later in itertools.pairwise(rates)):
            sub.problem("rates", "must increase")
        if rates and maximum is not None and rates[-1] > maximum:
            sub.problem("rates", f"must not exceed the maximum {maximum}")
        then = sub.flag(table, "then_as_tolerated", False)
        return RateList(rates, interval, then) if rates and interval else None
    if kind == "increment":
        increment = sub.number(table, "increment")
        interval = sub.minutes(table, "interval_min", required=True)
        return Increment(increment, interval) if increment and interval else None
    if kind == "doubling":
        interval = sub.minutes(table, "interval_min", required=True)
        return Doubling(interval) if interval else None
    interval = sub.minutes(table, "interval_min", required=False)
    raw_range = table.get("interval_range_min")
    interval_range: tuple[int, int] | None = None
    if raw_range is not None:
        if (
            not isinstance(raw_range, list)
            or len(raw_range) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in raw_range)
            or raw_range[0] > raw_range[1]
        ):
            sub.problem("interval_range_min", "must be [shortest, longest] whole minutes > 0")
        else:
            interval_range = (raw_range[0], raw_range[1])
        if interval is not None:
            sub.problem("interval_range_min", "give either interval_min or interval_range_min")
    return AsTolerated(interval, interval_range)
