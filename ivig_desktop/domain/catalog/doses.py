"""What labels say about doses: the highest dose per day and per course for an indication (`DoseLimit`), and a
concentration the first infusion in a previously untreated patient must not exceed (`FirstInfusionRule`).

In products.toml a product's `[[products.dose_limits]]` rows are the label's own; the top-level `[[dose_limits]]`
rows are the defaults for an indication where a product's label gives none. Every row cites its source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from ivig_desktop.domain.catalog.checker import Checker
from ivig_desktop.domain.catalog.indications import Indication
from ivig_desktop.domain.message import messages

msg = messages(__name__)

DOSE_LIMIT_FIELDS = {
    "indications",
    "max_day_g_per_kg",
    "max_course_g_per_kg",
    "min_course_g_per_kg",
    "period",
    "text",
    "source",
    "confirmed",
}
FIRST_INFUSION_FIELDS = {"max_concentration_percent", "indications", "text", "source"}
DOSE_MAX_G_PER_KG = Decimal(5)


@dataclass(frozen=True)
class DoseLimit:
    """A label's dose for some indications. A day's dose above `max_day_g_per_kg`, or a course (the days of one
    cycle together) above `max_course_g_per_kg`, is refused; a course below `min_course_g_per_kg` is flagged."""

    indications: tuple[Indication, ...]
    max_day_g_per_kg: Decimal
    max_course_g_per_kg: Decimal
    min_course_g_per_kg: Decimal | None
    period: str  # how often a course is given, as the label says: "every 3-4 weeks", "per month"
    text: str  # the label's words
    source: str
    confirmed: bool = True


@dataclass(frozen=True)
class FirstInfusionRule:
    """The first infusion in a previously untreated patient must be at most `max_concentration_percent`."""

    max_concentration_percent: Decimal
    indications: tuple[Indication, ...]
    text: str
    source: str


def read_indications(check: Checker, table: Mapping[str, object], field: str = "indications") -> list[Indication]:
    raw = table.get(field)
    found: list[Indication] = []
    if not isinstance(raw, list) or not raw:
        check.problem(field, msg("must be a non-empty list of indication codes"))
        return found
    for index, code in enumerate(raw):
        parsed = check.choice({f"{field}[{index}]": code}, f"{field}[{index}]", Indication)
        if parsed is not None:
            if parsed in found:
                check.problem(field, msg("{parsed} is listed twice", parsed=parsed))
            found.append(parsed)
    return found


def read_dose_limits(check: Checker, raw: object, field: str) -> tuple[DoseLimit, ...]:
    """A list of dose-limit tables; every problem is reported with its index and field."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        check.problem(field, msg("must be a list of [[{field}]] tables", field=field))
        return ()
    limits: list[DoseLimit] = []
    covered: set[Indication] = set()
    for index, item in enumerate(raw):
        sub = check.at(f"{check.where}, {field}[{index}]")
        table = sub.table(item, field)
        if table is None:
            continue
        start = len(sub.problems)
        sub.known_fields(table, DOSE_LIMIT_FIELDS)
        indications = read_indications(sub, table)
        for indication in indications:
            if indication in covered:
                sub.problem("indications", msg("{indication} already has a dose limit", indication=indication))
            covered.add(indication)
        day = sub.number(table, "max_day_g_per_kg", maximum=DOSE_MAX_G_PER_KG)
        course = sub.number(table, "max_course_g_per_kg", maximum=DOSE_MAX_G_PER_KG)
        low = sub.number(table, "min_course_g_per_kg", required=False, maximum=DOSE_MAX_G_PER_KG)
        if day is not None and course is not None and day > course:
            sub.problem("max_day_g_per_kg", msg("must not be above max_course_g_per_kg"))
        if low is not None and course is not None and low > course:
            sub.problem("min_course_g_per_kg", msg("must not be above max_course_g_per_kg"))
        period = sub.text(table, "period")
        text = sub.text(table, "text")
        source = sub.text(table, "source")
        confirmed = sub.flag(table, "confirmed", True)
        if len(sub.problems) == start and day is not None and course is not None:
            limits.append(DoseLimit(tuple(indications), day, course, low, period, text, source, confirmed))
    return tuple(limits)


def read_first_infusion(check: Checker, raw: object, choices: tuple[Decimal, ...]) -> FirstInfusionRule | None:
    if raw is None:
        return None
    sub = check.at(msg("{where}, first_infusion", where=check.where))
    table = sub.table(raw, "first_infusion")
    if table is None:
        return None
    start = len(sub.problems)
    sub.known_fields(table, FIRST_INFUSION_FIELDS)
    percent = sub.number(table, "max_concentration_percent")
    if percent is not None and choices and percent not in choices:
        sub.problem("max_concentration_percent", msg("must be one of the product's concentration choices"))
    indications = read_indications(sub, table)
    text = sub.text(table, "text")
    source = sub.text(table, "source")
    if len(sub.problems) > start or percent is None:
        return None
    return FirstInfusionRule(percent, tuple(indications), text, source)
