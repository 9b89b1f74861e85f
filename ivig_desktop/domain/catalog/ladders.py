"""Fixed mL/h ladders (home-infusion practice): the values and `load_ladders`."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ivig_desktop.domain.catalog.checker import ID_PATTERN, LADDERS_FILE, CatalogError, Checker, read_toml
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.message import messages

msg = messages(__name__)


@dataclass(frozen=True)
class Ladder:
    """A fixed mL/h ladder (home-infusion practice): one rung every `interval_min`, the last held.

    `weight_band_kg` (lowest, highest) is the range of patients the ladder is meant for: outside it the plan uses the
    per-kg label protocol instead (None: no band; every rung is still checked against the label for the patient).
    """

    id: str
    name: str
    rates_ml_per_h: tuple[Decimal, ...]
    interval_min: int
    source: str
    note: str
    weight_band_kg: tuple[Decimal, Decimal] | None = None
    weight_band_source: str = ""


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
        raise ValidationError.one(
            "ladder",
            msg(
                "Unknown ladder '{ladder_id}'. Valid ladders: {items}.", ladder_id=ladder_id, items=", ".join(self.ids)
            ),
        )

    def __iter__(self) -> Iterator[Ladder]:
        return iter(self.ladders)


def load_ladders(source: Path | str) -> Ladders:
    """Load and validate a ladders file: a Path to read, or the TOML text itself."""
    data, name = read_toml(source, LADDERS_FILE)
    problems: list[str] = []
    top = Checker(problems, name)
    top.known_fields(data, {"format", "ladders"})
    raw_ladders = data.get("ladders")
    if not isinstance(raw_ladders, list) or not raw_ladders:
        raise CatalogError([msg("{name}: needs at least one [[ladders]] table", name=name)])
    ladders: list[Ladder] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_ladders):
        label = raw.get("id") if isinstance(raw, dict) else None
        where = (
            msg("{name}: ladder '{label}'", name=name, label=label)
            if isinstance(label, str)
            else msg("{name}: ladders[{index}]", name=name, index=index)
        )
        check = top.at(where)
        table = check.table(raw, "ladders")
        if table is None:
            continue
        start_count = len(problems)
        check.known_fields(
            table,
            {"id", "name", "rates_ml_per_h", "interval_min", "source", "note", "weight_band_kg", "weight_band_source"},
        )
        ladder_id = check.text(table, "id")
        if ladder_id and not ID_PATTERN.match(ladder_id):
            check.problem("id", msg("must be lowercase letters, digits and hyphens"))
        if ladder_id in seen:
            check.problem("id", msg("duplicate ladder id '{ladder_id}'", ladder_id=ladder_id))
        seen.add(ladder_id)
        rates = check.numbers(table, "rates_ml_per_h")
        if any(later <= earlier for earlier, later in itertools.pairwise(rates)):
            check.problem("rates_ml_per_h", msg("must increase"))
        interval = check.minutes(table, "interval_min", required=True)
        ladder_name = check.text(table, "name")
        source_text = check.text(table, "source")
        note = check.text(table, "note", required=False)
        band: tuple[Decimal, Decimal] | None = None
        if "weight_band_kg" in table:
            bounds = check.numbers(table, "weight_band_kg")
            if len(bounds) != 2 or bounds[0] >= bounds[1]:
                check.problem("weight_band_kg", msg("must be [lowest, highest] kg, lowest below highest"))
            else:
                band = (bounds[0], bounds[1])
        band_source = check.text(table, "weight_band_source", required="weight_band_kg" in table)
        if len(problems) == start_count and interval is not None:
            ladders.append(Ladder(ladder_id, ladder_name, rates, interval, source_text, note, band, band_source))
    if problems:
        raise CatalogError(problems)
    return Ladders(tuple(ladders))
