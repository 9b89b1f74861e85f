"""`load_catalog`: a products file read and validated, every problem named with its product and field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from ivig_desktop.domain.catalog.checker import ID_PATTERN, PRODUCTS_FILE, CatalogError, Checker, read_toml
from ivig_desktop.domain.catalog.doses import read_dose_limits, read_first_infusion, read_indications
from ivig_desktop.domain.catalog.indications import Indication
from ivig_desktop.domain.catalog.model import (
    Catalog,
    Note,
    Product,
    Protocol,
)
from ivig_desktop.domain.catalog.protocols import read_at_risk, read_protocol
from ivig_desktop.domain.message import messages

msg = messages(__name__)

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
    "indications",
    "vial_sizes_source",
    "dose_limits",
    "first_infusion",
}


def load_catalog(source: Path | str) -> Catalog:
    """Load and validate a products file: a Path to read, or the TOML text itself."""
    data, name = read_toml(source, PRODUCTS_FILE)
    problems: list[str] = []
    top = Checker(problems, name)
    top.known_fields(data, {"format", "products", "dose_limits"})
    defaults = read_dose_limits(top, data.get("dose_limits"), "dose_limits")
    raw_products = data.get("products")
    if not isinstance(raw_products, list) or not raw_products:
        raise CatalogError([msg("{name}: needs at least one [[products]] table", name=name)])
    products: list[Product] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_products):
        label = raw.get("id") if isinstance(raw, dict) else None
        where = (
            msg("{name}: product '{label}'", name=name, label=label)
            if isinstance(label, str)
            else msg("{name}: products[{index}]", name=name, index=index)
        )
        check = top.at(where)
        product = _product(check, raw)
        if product is None:
            continue
        if product.id in seen:
            check.problem("id", msg("duplicate product id '{id}'", id=product.id))
        seen.add(product.id)
        products.append(product)
    for product in products:
        if product.same_as is not None and product.same_as not in seen:
            top.at(msg("{name}: product '{id}'", name=name, id=product.id)).problem(
                "same_as", msg("names no product in this file ('{same_as}')", same_as=product.same_as)
            )
    if problems:
        raise CatalogError(problems)
    return Catalog(tuple(products), defaults)


def _product(check: Checker, raw: object) -> Product | None:
    table = check.table(raw, "products")
    if table is None:
        return None
    start_count = len(check.problems)
    check.known_fields(table, _PRODUCT_FIELDS)
    product_id = check.text(table, "id")
    if product_id and not ID_PATTERN.match(product_id):
        check.problem("id", msg("must be lowercase letters, digits and hyphens"))
    name = check.text(table, "name")
    concentration = check.number(table, "concentration_percent", required=False, maximum=Decimal(30))
    choices = check.numbers(table, "concentration_choices_percent", required=False)
    if "concentration_percent" not in table and not choices:
        check.problem("concentration_percent", msg("is required unless concentration_choices_percent is given"))
    if concentration is not None and choices:
        check.problem("concentration_choices_percent", msg("give either concentration_percent or the choices"))
    form = check.text(table, "form")
    if form and form not in ("liquid", "lyophilised"):
        check.problem("form", msg("must be liquid or lyophilised (got {form})", form=repr(form)))
    vial_sizes = check.numbers(table, "vial_sizes_g")
    vial_sizes_source = check.text(table, "vial_sizes_source", required=False)
    general = check.choice(table, "general_indication", Indication)
    sources = check.texts(table, "sources")
    verified_on = table.get("verified_on")
    if not isinstance(verified_on, dt.date) or isinstance(verified_on, dt.datetime):
        check.problem(
            "verified_on", msg("must be a date such as 2026-11-23 (got {verified_on})", verified_on=repr(verified_on))
        )
    same_as = table.get("same_as")
    if same_as is not None and not isinstance(same_as, str):
        check.problem("same_as", msg("must be a product id"))
    unconfirmed_raw = table.get("unconfirmed", {})
    unconfirmed: list[tuple[str, str]] = []
    if not isinstance(unconfirmed_raw, dict):
        check.problem("unconfirmed", msg("must be a table of field = reason"))
    else:
        for key, reason in unconfirmed_raw.items():
            if key not in _PRODUCT_FIELDS:
                check.problem(msg("unconfirmed.{key}", key=key), msg("names no product field"))
            if not isinstance(reason, str) or not reason.strip():
                check.problem(msg("unconfirmed.{key}", key=key), msg("must give the reason as text"))
            else:
                unconfirmed.append((key, reason.strip()))

    at_risk = None
    if "at_risk" in table:
        at_risk = read_at_risk(check, table["at_risk"], "at_risk")

    notes: list[Note] = []
    raw_notes = table.get("notes", [])
    if not isinstance(raw_notes, list):
        check.problem("notes", msg("must be a list of [[products.notes]] tables"))
        raw_notes = []
    for note_index, raw_note in enumerate(raw_notes):
        field = msg("notes[{note_index}]", note_index=note_index)
        note_table = check.table(raw_note, field)
        if note_table is None:
            continue
        sub = check.at(f"{check.where}, {field}")
        sub.known_fields(note_table, {"topic", "text", "confirmed"})
        topic = sub.text(note_table, "topic")
        if topic and topic not in _NOTE_TOPICS:
            sub.problem(
                "topic", msg("must be one of {items} (got {topic})", items=", ".join(_NOTE_TOPICS), topic=repr(topic))
            )
        notes.append(Note(topic, sub.text(note_table, "text"), sub.flag(note_table, "confirmed", True)))

    protocols: list[Protocol] = []
    raw_protocols = table.get("protocols")
    if not isinstance(raw_protocols, list) or not raw_protocols:
        check.problem("protocols", msg("needs at least one [[products.protocols]] table"))
        raw_protocols = []
    covered: set[Indication] = set()
    for protocol_index, raw_protocol in enumerate(raw_protocols):
        field = msg("protocols[{protocol_index}]", protocol_index=protocol_index)
        protocol = read_protocol(check.at(f"{check.where}, {field}"), raw_protocol, concentration, choices)
        if protocol is None:
            continue
        for indication in protocol.indications:
            if indication in covered:
                check.problem(
                    msg("{field}.indications", field=field),
                    msg("{indication} already has a protocol", indication=indication),
                )
            covered.add(indication)
        protocols.append(protocol)
    if general is not None and protocols and general not in covered:
        check.problem("general_indication", msg("{general} has no protocol in this product", general=general))
    labelled: list[Indication] = []
    if "indications" in table:
        labelled = read_indications(check, table)
        for indication in sorted(covered - set(labelled)):
            check.problem(
                "indications", msg("{indication} has a protocol but is not listed as labelled", indication=indication)
            )
    dose_limits = read_dose_limits(check, table.get("dose_limits"), "dose_limits")
    first_infusion = read_first_infusion(check, table.get("first_infusion"), choices)

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
        label_indications=tuple(labelled),
        vial_sizes_source=vial_sizes_source,
        dose_limits=dose_limits,
        first_infusion=first_infusion,
    )
