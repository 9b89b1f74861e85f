"""A protocol row of a product (its rates as the label states them), its step rule and an at-risk statement,
read and validated; every problem names its product, protocol and field."""

from __future__ import annotations

import itertools
from decimal import Decimal

from ivig_desktop.domain import units
from ivig_desktop.domain.catalog.checker import Checker
from ivig_desktop.domain.catalog.indications import Indication
from ivig_desktop.domain.catalog.model import (
    AsTolerated,
    AtRisk,
    Doubling,
    Increment,
    Protocol,
    RateBound,
    RateList,
    StepRule,
)
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.units import RateUnit

msg = messages(__name__)

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


def read_at_risk(check: Checker, raw: object, field: str) -> AtRisk | None:
    table = check.table(raw, field)
    if table is None:
        return None
    sub = check.at(f"{check.where}, {field}")
    sub.known_fields(table, _AT_RISK_FIELDS)
    rate = sub.number(table, "rate", required=False)
    unit = sub.choice(table, "unit", RateUnit) if "unit" in table else RateUnit.MG_PER_KG_MIN
    bound = sub.choice(table, "bound", RateBound) if "bound" in table else RateBound.AT_MOST
    if rate is None and "bound" in table:
        sub.problem("bound", msg("only applies with a rate"))
    return AtRisk(
        text=sub.text(table, "text"),
        rate=rate,
        unit=unit or RateUnit.MG_PER_KG_MIN,
        bound=bound or RateBound.AT_MOST,
        minimum_practicable=sub.flag(table, "minimum_practicable", False),
        condition=sub.text(table, "condition", required=False) or msg("renal or thrombosis risk"),
        confirmed=sub.flag(table, "confirmed", True),
        source=sub.text(table, "source", required=False),
    )


def read_protocol(
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
        check.problem("indications", msg("must be a non-empty list of indication codes"))
    else:
        for index, code in enumerate(raw_indications):
            parsed = check.choice({f"indications[{index}]": code}, msg("indications[{index}]", index=index), Indication)
            if parsed is not None:
                indications.append(parsed)
    label_text = check.text(table, "label_text")
    unit = check.choice(table, "unit", RateUnit)
    start = check.number(table, "start")
    start_duration = check.minutes(table, "start_duration_min", required=False)
    maximum = check.number(table, "max")
    if start is not None and maximum is not None and start > maximum:
        check.problem("max", msg("must not be below the start rate {start}", start=start))
    maintenance_start = check.number(table, "maintenance_start", required=False)
    if maintenance_start is not None and (
        (start is not None and maintenance_start < start) or (maximum is not None and maintenance_start > maximum)
    ):
        check.problem("maintenance_start", msg("must lie between the start rate and the maximum"))
    maintenance_note = check.text(table, "maintenance_start_note", required=maintenance_start is not None)
    confirmed = check.flag(table, "confirmed", True)
    unconfirmed_reason = check.text(table, "unconfirmed_reason", required=not confirmed)
    at_risk = read_at_risk(check, table["at_risk"], "at_risk") if "at_risk" in table else None
    rule = read_rule(check, table.get("rule"), start, maximum)
    if len(check.problems) > start_count:
        return None
    assert unit is not None and start is not None and maximum is not None and rule is not None
    for percent in (concentration,) if concentration is not None else choices:
        if units.to_mg_per_kg_min(maximum, unit, percent) > 20:
            check.problem("max", msg("is implausibly high (above 20 mg/kg/min)"))
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


def read_rule(check: Checker, raw: object, start: Decimal | None, maximum: Decimal | None) -> StepRule | None:
    table = check.table(raw, "rule")
    if table is None:
        return None
    kind = table.get("kind")
    if kind not in _RULE_FIELDS:
        check.problem(
            "rule.kind", msg("must be one of {items} (got {kind})", items=", ".join(_RULE_FIELDS), kind=repr(kind))
        )
        return None
    sub = check.at(msg("{where}, rule", where=check.where))
    sub.known_fields(table, _RULE_FIELDS[kind])
    if kind == "list":
        rates = sub.numbers(table, "rates")
        interval = sub.minutes(table, "interval_min", required=True)
        if rates and start is not None and rates[0] != start:
            sub.problem("rates", msg("must begin with the start rate {start}", start=start))
        if any(later <= earlier for earlier, later in itertools.pairwise(rates)):
            sub.problem("rates", msg("must increase"))
        if rates and maximum is not None and rates[-1] > maximum:
            sub.problem("rates", msg("must not exceed the maximum {maximum}", maximum=maximum))
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
            sub.problem("interval_range_min", msg("must be [shortest, longest] whole minutes > 0"))
        else:
            interval_range = (raw_range[0], raw_range[1])
        if interval is not None:
            sub.problem("interval_range_min", msg("give either interval_min or interval_range_min"))
    return AsTolerated(interval, interval_range)
