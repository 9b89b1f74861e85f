"""The product catalog (label protocols), the clinic's mL/h ladders and the clinic policy, loaded from TOML.

This is the one place in the domain that reads files: `load_catalog`, `load_ladders` and `load_clinic_policy`
each take either a `Path` (read as UTF-8) or a `str` of TOML text, validate every field, and raise
`CatalogError` listing every problem with the file, product and field it concerns. `default_catalog()`,
`default_ladders()` and `default_clinic_policy()` read the bundled files in `paths.resources_dir()`.

Numbers in the TOML files are read as exact Decimals (never float).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

from ivig_desktop.domain import units
from ivig_desktop.domain.accounts import SecurityPolicy
from ivig_desktop.domain.clinic import CLINIC_FIELDS
from ivig_desktop.domain.due import MONITORING_FIELDS, MonitoringPolicy
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.policy import ClinicPolicy, DoubleCheckRule, PerKgWeight, VialRounding
from ivig_desktop.domain.units import RateUnit, RoundingPolicy

SECURITY_FIELDS = ("auto_lock_min", "max_failed_sign_ins", "lockout_min")
PRODUCTS_FILE = "products.toml"
LADDERS_FILE = "ladders.toml"
CLINIC_FILE = "clinic.toml"
REFERENCE_NAME = "ivig-domain.md"

_E = TypeVar("_E", bound=StrEnum)


class Indication(StrEnum):
    """Indication codes. KD, GBS and OTHER have no label protocol of their own in the catalog."""

    PI = "PI"
    ITP = "ITP"
    CIDP = "CIDP"
    MMN = "MMN"
    DM = "DM"
    KD = "KD"
    GBS = "GBS"
    OTHER = "OTHER"


INDICATION_NAMES: Mapping[Indication, str] = {
    Indication.PI: "primary humoral immunodeficiency",
    Indication.ITP: "immune thrombocytopenia (chronic ITP)",
    Indication.CIDP: "chronic inflammatory demyelinating polyneuropathy",
    Indication.MMN: "multifocal motor neuropathy",
    Indication.DM: "dermatomyositis",
    Indication.KD: "Kawasaki disease",
    Indication.GBS: "Guillain-Barre syndrome",
    Indication.OTHER: "other indication",
}


class RateBound(StrEnum):
    """How a label states an at-risk rate: 'not to exceed X' (at_most) or 'less than X' (below)."""

    AT_MOST = "at_most"
    BELOW = "below"


class CatalogError(DomainError):
    """A resource file failed validation. `problems` lists every problem, each naming file, item and field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        count = len(problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''}: " + "; ".join(problems))


# --- values ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AtRisk:
    """What a label says about patients at renal or thrombosis risk.

    `rate` (in `unit`) with `bound` is a numeric cap when the label gives one; `minimum_practicable` is True
    when the label says "minimum rate practicable" (the clinic policy turns that into a number);
    `confirmed` is False where the reference marks the statement unconfirmed.
    """

    text: str
    rate: Decimal | None
    unit: RateUnit
    bound: RateBound
    minimum_practicable: bool
    condition: str
    confirmed: bool

    def rate_mg_per_kg_min(self, concentration_percent: Decimal) -> Fraction | None:
        if self.rate is None:
            return None
        return units.to_mg_per_kg_min(self.rate, self.unit, concentration_percent)


@dataclass(frozen=True)
class RateList:
    """Label rule: an explicit list of rates, one every `interval_min` (the first is the start rate).

    With `then_as_tolerated`, after the listed rates the clinic escalation continues up to the label maximum.
    """

    rates: tuple[Decimal, ...]
    interval_min: int
    then_as_tolerated: bool = False
    kind: str = "list"


@dataclass(frozen=True)
class Increment:
    """Label rule: start, then + `increment` (in the protocol's unit) every `interval_min`, up to the max."""

    increment: Decimal
    interval_min: int
    kind: str = "increment"


@dataclass(frozen=True)
class Doubling:
    """Label rule: start, then double the rate every `interval_min`, up to the max."""

    interval_min: int
    kind: str = "doubling"


@dataclass(frozen=True)
class AsTolerated:
    """Label rule: 'increase as tolerated up to a maximum'. The steps come from the clinic's escalation.

    The label may state an interval (`interval_min`) or a range of intervals (`interval_range_min`).
    """

    interval_min: int | None = None
    interval_range_min: tuple[int, int] | None = None
    kind: str = "as_tolerated"


StepRule = RateList | Increment | Doubling | AsTolerated


@dataclass(frozen=True)
class Protocol:
    """A label's rate protocol for one or more indications. Rates are in `unit`, as the label states them."""

    indications: tuple[Indication, ...]
    label_text: str
    unit: RateUnit
    start: Decimal
    start_duration_min: int | None
    max: Decimal
    rule: StepRule
    maintenance_start: Decimal | None
    maintenance_start_note: str
    at_risk: AtRisk | None
    confirmed: bool
    unconfirmed_reason: str

    def start_mg_per_kg_min(self, concentration_percent: Decimal) -> Fraction:
        return units.to_mg_per_kg_min(self.start, self.unit, concentration_percent)

    def max_mg_per_kg_min(self, concentration_percent: Decimal) -> Fraction:
        return units.to_mg_per_kg_min(self.max, self.unit, concentration_percent)

    @property
    def indication_codes(self) -> str:
        return ", ".join(indication.value for indication in self.indications)


@dataclass(frozen=True)
class Note:
    """A handling or safety note. `topic`: sugar, sodium, diluent, glucose_meter, iga, handling or other."""

    topic: str
    text: str
    confirmed: bool


@dataclass(frozen=True)
class ProtocolMatch:
    """The protocol the plan uses for an indication, and whether it is the product's general fallback."""

    protocol: Protocol
    fallback: bool


@dataclass(frozen=True)
class Product:
    """An IVIG product as its label describes it, with where the figures came from."""

    id: str
    name: str
    concentration_percent: Decimal | None
    concentration_choices_percent: tuple[Decimal, ...]
    form: str
    vial_sizes_g: tuple[Decimal, ...]
    general_indication: Indication
    protocols: tuple[Protocol, ...]
    at_risk: AtRisk | None
    notes: tuple[Note, ...]
    sources: tuple[str, ...]
    verified_on: dt.date
    unconfirmed: tuple[tuple[str, str], ...]
    same_as: str | None

    @property
    def display_name(self) -> str:
        if self.concentration_percent is None:
            return self.name
        return f"{self.name} {units.show(self.concentration_percent)}%"

    @property
    def citation(self) -> str:
        return (
            f"{self.name} label ({'; '.join(self.sources)}), as recorded in {REFERENCE_NAME}, "
            f"catalog verified {self.verified_on.isoformat()}"
        )

    @property
    def unconfirmed_fields(self) -> Mapping[str, str]:
        return dict(self.unconfirmed)

    @property
    def indications(self) -> tuple[Indication, ...]:
        return tuple(i for protocol in self.protocols for i in protocol.indications)

    def protocol_for(self, indication: Indication) -> ProtocolMatch:
        """The label protocol for `indication`, else the product's general protocol (`fallback=True`)."""
        for protocol in self.protocols:
            if indication in protocol.indications:
                return ProtocolMatch(protocol, fallback=False)
        for protocol in self.protocols:
            if self.general_indication in protocol.indications:
                return ProtocolMatch(protocol, fallback=True)
        raise AssertionError("validated catalogs always have a general protocol")  # pragma: no cover

    def concentration_for(self, requested_percent: Decimal | None) -> Decimal:
        """The concentration to plan with: the product's own, or (for products prepared at a chosen
        concentration, such as lyophilised ones) the requested one, which must be one of the choices."""
        choices = ", ".join(units.show(c) for c in self.concentration_choices_percent)
        if self.concentration_percent is not None:
            if requested_percent is not None and requested_percent != self.concentration_percent:
                raise ValidationError.one(
                    "concentration_percent",
                    f"{self.name} comes at {units.show(self.concentration_percent)}% only.",
                )
            return self.concentration_percent
        if requested_percent is None:
            raise ValidationError.one(
                "concentration_percent",
                f"{self.name} is reconstituted: choose its concentration, one of {choices} (%).",
            )
        if requested_percent not in self.concentration_choices_percent:
            raise ValidationError.one(
                "concentration_percent",
                f"{self.name} concentration must be one of {choices} (%).",
            )
        return requested_percent


@dataclass(frozen=True)
class Catalog:
    products: tuple[Product, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(product.id for product in self.products)

    def get(self, product_id: str) -> Product:
        for product in self.products:
            if product.id == product_id:
                return product
        raise ValidationError.one("product", f"Unknown product '{product_id}'. Valid products: {', '.join(self.ids)}.")

    def __iter__(self) -> Iterator[Product]:
        return iter(self.products)


@dataclass(frozen=True)
class Ladder:
    """A fixed mL/h ladder (home-infusion practice): one rung every `interval_min`, the last held."""

    id: str
    name: str
    rates_ml_per_h: tuple[Decimal, ...]
    interval_min: int
    source: str
    note: str


@dataclass(frozen=True)
class Ladders:
    ladders: tuple[Ladder, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(ladder.id for ladder in self.ladders)

    def get(self, ladder_id: str) -> Ladder:
        for ladder in self.ladders:
            if ladder.id == ladder_id:
                return ladder
        raise ValidationError.one("ladder", f"Unknown ladder '{ladder_id}'. Valid ladders: {', '.join(self.ids)}.")

    def __iter__(self) -> Iterator[Ladder]:
        return iter(self.ladders)


def parse_indication(code: str) -> Indication:
    """An indication code (case-insensitive), or a ValidationError naming the valid codes."""
    try:
        return Indication(code.strip().upper())
    except ValueError:
        valid = ", ".join(i.value for i in Indication)
        raise ValidationError.one("indication", f"Unknown indication '{code}'. Valid indications: {valid}.") from None


# --- loading --------------------------------------------------------------------------------------------


def _read_toml(source: Path | str, file_name: str) -> tuple[dict[str, Any], str]:
    """Parse TOML from a Path (read as UTF-8) or from TOML text; numbers with a fraction become Decimal."""
    name = str(source) if isinstance(source, Path) else file_name
    try:
        text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
        return tomllib.loads(text, parse_float=Decimal), name
    except OSError as error:
        raise CatalogError([f"{name}: cannot be read ({error.strerror or error})"]) from error
    except tomllib.TOMLDecodeError as error:
        raise CatalogError([f"{name}: not valid TOML ({error})"]) from error


_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
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
_AT_RISK_FIELDS = {"text", "rate", "unit", "bound", "minimum_practicable", "condition", "confirmed"}
_RULE_FIELDS = {
    "list": {"kind", "rates", "interval_min", "then_as_tolerated"},
    "increment": {"kind", "increment", "interval_min"},
    "doubling": {"kind", "interval_min"},
    "as_tolerated": {"kind", "interval_min", "interval_range_min"},
}


class _Checker:
    """Collects problems while reading a table; every message names where it is and which field."""

    def __init__(self, problems: list[str], where: str) -> None:
        self.problems = problems
        self.where = where

    def at(self, where: str) -> _Checker:
        return _Checker(self.problems, where)

    def problem(self, field: str, message: str) -> None:
        self.problems.append(f"{self.where}, field '{field}': {message}")

    def table(self, value: object, field: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.problem(field, "must be a table")
            return None
        return value

    def known_fields(self, table: Mapping[str, object], allowed: set[str]) -> None:
        for key in sorted(set(table) - allowed):
            self.problem(key, f"unknown field (expected one of: {', '.join(sorted(allowed))})")

    def text(self, table: Mapping[str, object], field: str, *, required: bool = True) -> str:
        value = table.get(field)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(field, "must be a non-empty text")
            return ""
        return value.strip()

    def flag(self, table: Mapping[str, object], field: str, default: bool) -> bool:
        value = table.get(field, default)
        if not isinstance(value, bool):
            self.problem(field, "must be true or false")
            return default
        return value

    def number(
        self,
        table: Mapping[str, object],
        field: str,
        *,
        required: bool = True,
        maximum: Decimal | None = None,
    ) -> Decimal | None:
        value = table.get(field)
        if value is None:
            if required:
                self.problem(field, "is required (a positive number)")
            return None
        return self.positive(value, field, maximum)

    def positive(self, value: object, field: str, maximum: Decimal | None = None) -> Decimal | None:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            self.problem(field, f"must be a positive number (got {value!r})")
            return None
        number = Decimal(value)
        if not number.is_finite() or number <= 0:
            self.problem(field, f"must be a positive number (got {value})")
            return None
        if maximum is not None and number > maximum:
            self.problem(field, f"must be at most {maximum} (got {value})")
            return None
        return number

    def minutes(self, table: Mapping[str, object], field: str, *, required: bool) -> int | None:
        value = table.get(field)
        if value is None:
            if required:
                self.problem(field, "is required (a whole number of minutes > 0)")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            self.problem(field, f"must be a whole number of minutes > 0 (got {value!r})")
            return None
        return value

    def numbers(self, table: Mapping[str, object], field: str, *, required: bool = True) -> tuple[Decimal, ...]:
        value = table.get(field)
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not value:
            self.problem(field, "must be a non-empty list of positive numbers")
            return ()
        out = [self.positive(item, f"{field}[{index}]") for index, item in enumerate(value)]
        checked = tuple(number for number in out if number is not None)
        if len(set(checked)) != len(checked):
            self.problem(field, "must not repeat a value")
        return checked

    def texts(self, table: Mapping[str, object], field: str) -> tuple[str, ...]:
        value = table.get(field)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            self.problem(field, "must be a non-empty list of non-empty texts")
            return ()
        return tuple(v.strip() for v in value)

    def choice(self, table: Mapping[str, object], field: str, enum: type[_E]) -> _E | None:
        value = table.get(field)
        for member in enum:
            if value == member.value:
                return member
        valid = ", ".join(member.value for member in enum)
        self.problem(field, f"must be one of {valid} (got {value!r})")
        return None


def load_catalog(source: Path | str) -> Catalog:
    """Load and validate a products file: a Path to read, or the TOML text itself."""
    data, name = _read_toml(source, PRODUCTS_FILE)
    problems: list[str] = []
    top = _Checker(problems, name)
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


def _product(check: _Checker, raw: object) -> Product | None:
    table = check.table(raw, "products")
    if table is None:
        return None
    start_count = len(check.problems)
    check.known_fields(table, _PRODUCT_FIELDS)
    product_id = check.text(table, "id")
    if product_id and not _ID_PATTERN.match(product_id):
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


def _at_risk(check: _Checker, raw: object, field: str) -> AtRisk | None:
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
    )


def _protocol(
    check: _Checker, raw: object, concentration: Decimal | None, choices: tuple[Decimal, ...]
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


def _rule(check: _Checker, raw: object, start: Decimal | None, maximum: Decimal | None) -> StepRule | None:
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


def load_ladders(source: Path | str) -> Ladders:
    """Load and validate a ladders file: a Path to read, or the TOML text itself."""
    data, name = _read_toml(source, LADDERS_FILE)
    problems: list[str] = []
    top = _Checker(problems, name)
    top.known_fields(data, {"format", "ladders"})
    raw_ladders = data.get("ladders")
    if not isinstance(raw_ladders, list) or not raw_ladders:
        raise CatalogError([f"{name}: needs at least one [[ladders]] table"])
    ladders: list[Ladder] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_ladders):
        label = raw.get("id") if isinstance(raw, dict) else None
        where = f"{name}: ladder '{label}'" if isinstance(label, str) else f"{name}: ladders[{index}]"
        check = top.at(where)
        table = check.table(raw, "ladders")
        if table is None:
            continue
        start_count = len(problems)
        check.known_fields(table, {"id", "name", "rates_ml_per_h", "interval_min", "source", "note"})
        ladder_id = check.text(table, "id")
        if ladder_id and not _ID_PATTERN.match(ladder_id):
            check.problem("id", "must be lowercase letters, digits and hyphens")
        if ladder_id in seen:
            check.problem("id", f"duplicate ladder id '{ladder_id}'")
        seen.add(ladder_id)
        rates = check.numbers(table, "rates_ml_per_h")
        if any(later <= earlier for earlier, later in itertools.pairwise(rates)):
            check.problem("rates_ml_per_h", "must increase")
        interval = check.minutes(table, "interval_min", required=True)
        ladder_name = check.text(table, "name")
        source_text = check.text(table, "source")
        note = check.text(table, "note", required=False)
        if len(problems) == start_count and interval is not None:
            ladders.append(Ladder(ladder_id, ladder_name, rates, interval, source_text, note))
    if problems:
        raise CatalogError(problems)
    return Ladders(tuple(ladders))


def load_clinic_policy(source: Path | str) -> ClinicPolicy:
    """Load and validate a clinic policy file: a Path to read, or the TOML text itself.

    Every section and key is optional; a missing one keeps the `ClinicPolicy` default.
    """
    data, name = _read_toml(source, CLINIC_FILE)
    problems: list[str] = []
    top = _Checker(problems, name)
    sections = {
        "escalation": {"factor", "interval_min"},
        "pump": {"resolution_ml_per_h"},
        "vials": {"rounding"},
        "rates": {"per_kg_weight"},
        "at_risk": {"minimum_practicable_mg_per_kg_min"},
        "infusion": {"long_gap_weeks"},
        "monitoring": set(MONITORING_FIELDS),
        "checkin": {"double_check"},
        "security": set(SECURITY_FIELDS),
        "clinic": set(CLINIC_FIELDS),  # read by domain/clinic.py
    }
    top.known_fields(data, set(sections))
    tables: dict[str, dict[str, Any]] = {}
    for section, allowed in sections.items():
        check = top.at(f"{name}: [{section}]")
        table = check.table(data.get(section, {}), section) or {}
        check.known_fields(table, allowed)
        tables[section] = table
    defaults = ClinicPolicy()

    def checker(section: str) -> _Checker:
        return top.at(f"{name}: [{section}]")

    factor = checker("escalation").number(tables["escalation"], "factor", required=False)
    if factor is not None and factor <= 1:
        checker("escalation").problem("factor", "must be greater than 1 (2 doubles the rate)")
    interval = checker("escalation").minutes(tables["escalation"], "interval_min", required=False)
    resolution = checker("pump").number(tables["pump"], "resolution_ml_per_h", required=False, maximum=Decimal(10))
    vial_rounding = (
        checker("vials").choice(tables["vials"], "rounding", VialRounding)
        if "rounding" in tables["vials"]
        else defaults.vial_rounding
    )
    per_kg = (
        checker("rates").choice(tables["rates"], "per_kg_weight", PerKgWeight)
        if "per_kg_weight" in tables["rates"]
        else defaults.per_kg_weight
    )
    minimum: Decimal | None = None
    raw_minimum = tables["at_risk"].get("minimum_practicable_mg_per_kg_min", "label_start")
    if raw_minimum != "label_start":
        minimum = checker("at_risk").positive(
            raw_minimum, 'minimum_practicable_mg_per_kg_min (a number, or "label_start")'
        )
    gap = checker("infusion").minutes(tables["infusion"], "long_gap_weeks", required=False)
    monitoring_values = {
        key: checker("monitoring").minutes(tables["monitoring"], key, required=False) for key in MONITORING_FIELDS
    }
    security_values = {
        key: checker("security").minutes(tables["security"], key, required=False) for key in SECURITY_FIELDS
    }
    double_check = (
        checker("checkin").choice(tables["checkin"], "double_check", DoubleCheckRule)
        if "double_check" in tables["checkin"]
        else defaults.double_check
    )
    if problems:
        raise CatalogError(problems)
    return ClinicPolicy(
        escalation_factor=factor if factor is not None else defaults.escalation_factor,
        escalation_interval_min=interval if interval is not None else defaults.escalation_interval_min,
        rounding=RoundingPolicy(pump_resolution_ml_per_h=resolution) if resolution is not None else defaults.rounding,
        vial_rounding=vial_rounding or defaults.vial_rounding,
        per_kg_weight=per_kg or defaults.per_kg_weight,
        at_risk_minimum_practicable_mg_per_kg_min=minimum,
        long_gap_weeks=gap if gap is not None else defaults.long_gap_weeks,
        monitoring=MonitoringPolicy(**{k: v for k, v in monitoring_values.items() if v is not None}),
        double_check=double_check or defaults.double_check,
        security=SecurityPolicy(**{k: v for k, v in security_values.items() if v is not None}),
        source=f"clinic policy ({source.name if isinstance(source, Path) else name})",
    )


def _resource(file_name: str) -> Path:
    # Imported here so that the rest of the domain never touches the file system.
    from ivig_desktop.paths import resources_dir

    return resources_dir() / file_name


@functools.cache
def default_catalog() -> Catalog:
    """The bundled `resources/products.toml`."""
    return load_catalog(_resource(PRODUCTS_FILE))


@functools.cache
def default_ladders() -> Ladders:
    """The bundled `resources/ladders.toml`."""
    return load_ladders(_resource(LADDERS_FILE))


@functools.cache
def default_clinic_policy() -> ClinicPolicy:
    """The bundled `resources/clinic.toml`."""
    return load_clinic_policy(_resource(CLINIC_FILE))


# --- plain data (for JSON) --------------------------------------------------------------------------------


def _at_risk_dict(at_risk: AtRisk | None) -> dict[str, object] | None:
    if at_risk is None:
        return None
    return {
        "text": at_risk.text,
        "rate": at_risk.rate,
        "unit": at_risk.unit.value if at_risk.rate is not None else None,
        "bound": at_risk.bound.value if at_risk.rate is not None else None,
        "minimum_practicable": at_risk.minimum_practicable,
        "condition": at_risk.condition,
        "confirmed": at_risk.confirmed,
    }


def _rule_dict(rule: StepRule) -> dict[str, object]:
    if isinstance(rule, RateList):
        return {
            "kind": rule.kind,
            "rates": list(rule.rates),
            "interval_min": rule.interval_min,
            "then_as_tolerated": rule.then_as_tolerated,
        }
    if isinstance(rule, Increment):
        return {"kind": rule.kind, "increment": rule.increment, "interval_min": rule.interval_min}
    if isinstance(rule, Doubling):
        return {"kind": rule.kind, "interval_min": rule.interval_min}
    return {
        "kind": rule.kind,
        "interval_min": rule.interval_min,
        "interval_range_min": list(rule.interval_range_min) if rule.interval_range_min else None,
    }


def product_to_dict(product: Product, per_kg_rate_places: int = 4) -> dict[str, object]:
    """A product as JSON-ready values (rates in the label's unit, plus mg/kg/min for the start and max)."""
    concentrations = (
        (product.concentration_percent,)
        if product.concentration_percent is not None
        else product.concentration_choices_percent
    )
    protocols: list[dict[str, object]] = []
    for protocol in product.protocols:
        protocols.append(
            {
                "indications": [i.value for i in protocol.indications],
                "label_text": protocol.label_text,
                "unit": protocol.unit.value,
                "start": protocol.start,
                "start_duration_min": protocol.start_duration_min,
                "max": protocol.max,
                "start_mg_per_kg_min": units.trimmed(
                    protocol.start_mg_per_kg_min(concentrations[0]), per_kg_rate_places
                ),
                "max_mg_per_kg_min": units.trimmed(protocol.max_mg_per_kg_min(concentrations[0]), per_kg_rate_places),
                "rule": _rule_dict(protocol.rule),
                "maintenance_start": protocol.maintenance_start,
                "maintenance_start_note": protocol.maintenance_start_note or None,
                "at_risk": _at_risk_dict(protocol.at_risk),
                "confirmed": protocol.confirmed,
                "unconfirmed_reason": protocol.unconfirmed_reason or None,
            }
        )
    return {
        "id": product.id,
        "name": product.name,
        "display_name": product.display_name,
        "concentration_percent": product.concentration_percent,
        "concentration_choices_percent": list(product.concentration_choices_percent) or None,
        "form": product.form,
        "vial_sizes_g": list(product.vial_sizes_g),
        "general_indication": product.general_indication.value,
        "indications": [i.value for i in product.indications],
        "protocols": protocols,
        "at_risk": _at_risk_dict(product.at_risk),
        "notes": [{"topic": n.topic, "text": n.text, "confirmed": n.confirmed} for n in product.notes],
        "sources": list(product.sources),
        "verified_on": product.verified_on.isoformat(),
        "unconfirmed": product.unconfirmed_fields,
        "same_as": product.same_as,
    }
