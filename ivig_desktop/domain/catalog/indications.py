"""Indication codes, their names, and parsing a code typed by a person."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.message import messages

msg = messages(__name__)


class Indication(StrEnum):
    """Indication codes. Which are on a product's label is in the catalog (`Product.indications`); GBS and OTHER
    are on no US IVIG label in the catalog, so their use is always off-label."""

    PI = "PI"
    ITP = "ITP"
    CIDP = "CIDP"
    MMN = "MMN"
    DM = "DM"
    KD = "KD"
    GBS = "GBS"
    CLL = "CLL"
    OTHER = "OTHER"


INDICATION_NAMES: Mapping[Indication, str] = {
    Indication.PI: msg("primary humoral immunodeficiency"),
    Indication.ITP: msg("chronic immune thrombocytopenia"),
    Indication.CIDP: msg("chronic inflammatory demyelinating polyneuropathy"),
    Indication.MMN: msg("multifocal motor neuropathy"),
    Indication.DM: "dermatomyositis",
    Indication.KD: msg("Kawasaki disease"),
    Indication.GBS: msg("Guillain-Barre syndrome"),
    Indication.CLL: msg(
        "B-cell chronic lymphocytic leukaemia with hypogammaglobulinaemia or recurrent bacterial infections"
    ),
    Indication.OTHER: msg("other indication"),
}


def parse_indication(code: str) -> Indication:
    """An indication code (case-insensitive), or a ValidationError naming the valid codes."""
    try:
        return Indication(code.strip().upper())
    except ValueError:
        valid = ", ".join(i.value for i in Indication)
        raise ValidationError.one(
            "indication", msg("Unknown indication '{code}'. Valid indications: {valid}.", code=code, valid=valid)
        ) from None
