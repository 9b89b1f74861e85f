"""RxNorm codes for products and common drugs, from resources/rxnorm.toml (its source and the meaning of
`confirmed` are written at its top). Only confirmed entries code a drug; others leave it as text."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ivig_desktop.paths import resources_dir
from ivig_desktop.reports.fhir.codes import RXNORM, JsonObject, coding

RXNORM_FILE = "rxnorm.toml"


@dataclass(frozen=True)
class RxConcept:
    code: str
    display: str
    names: tuple[str, ...]
    products: tuple[str, ...]
    confirmed: bool


@dataclass(frozen=True)
class RxTable:
    concepts: tuple[RxConcept, ...]

    def for_product(self, product_id: str) -> RxConcept | None:
        return next((c for c in self.concepts if product_id in c.products), None)

    def for_drug(self, name: str) -> RxConcept | None:
        """The concept for a drug as typed ('Acetaminophen 650 mg PO', 'normal saline'): the longest known name
        the text starts with, as whole words."""
        words = " ".join(name.lower().replace(",", " ").split())
        best: tuple[int, RxConcept] | None = None
        for concept in self.concepts:
            for known in concept.names:
                if (words == known or words.startswith(known + " ")) and (best is None or len(known) > best[0]):
                    best = (len(known), concept)
        return None if best is None else best[1]


def load_rxnorm(path: Path) -> RxTable:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    drugs = data.get("drug", {})
    concepts = []
    for key, entry in drugs.items():
        if not isinstance(entry, Mapping) or not str(entry.get("code", "")).isdigit():
            raise ValueError(f"{path.name}: [drug.{key}] needs a numeric `code`")
        concepts.append(
            RxConcept(
                code=str(entry["code"]),
                display=str(entry.get("display", key)),
                names=tuple(str(n).lower() for n in entry.get("names", [])),
                products=tuple(str(p) for p in entry.get("products", [])),
                confirmed=bool(entry.get("confirmed", False)),
            )
        )
    return RxTable(tuple(concepts))


@functools.cache
def bundled_rxnorm() -> RxTable:
    return load_rxnorm(resources_dir() / RXNORM_FILE)


def medication_code(text: str, concept: RxConcept | None) -> JsonObject:
    """A CodeableConcept: the RxNorm coding when the table's entry is confirmed, and always the text."""
    if concept is not None and concept.confirmed:
        return {"coding": [coding(RXNORM, concept.code, concept.display)], "text": text}
    return {"text": text}
