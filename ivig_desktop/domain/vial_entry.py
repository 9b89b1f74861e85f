"""A vial as recorded in a session (its payload), and where a vial was recorded before (the checks in vials.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from ivig_desktop.domain.events import JsonValue, Payload


@dataclass(frozen=True)
class Vial:
    product_id: str
    size_g: Decimal
    lot: str
    expiry: date
    gtin: str | None = None
    serial: str | None = None
    scanned: bool = False

    def to_payload(self) -> dict[str, JsonValue]:
        payload: dict[str, JsonValue] = {
            "product_id": self.product_id,
            "size_g": str(self.size_g),
            "lot": self.lot,
            "expiry": self.expiry.isoformat(),
            "scanned": self.scanned,
        }
        if self.gtin:
            payload["gtin"] = self.gtin
        if self.serial:
            payload["serial"] = self.serial
        return payload

    @classmethod
    def from_payload(cls, data: Payload) -> Vial:
        return cls(
            product_id=str(data["product_id"]),
            size_g=Decimal(str(data["size_g"])),
            lot=str(data["lot"]),
            expiry=date.fromisoformat(str(data["expiry"])),
            gtin=None if data.get("gtin") is None else str(data["gtin"]),
            serial=None if data.get("serial") is None else str(data["serial"]),
            scanned=bool(data.get("scanned", False)),
        )


@dataclass(frozen=True)
class PriorUse:
    """Where a vial (GTIN + serial) was recorded before: its session, chair, time, and whether for this patient."""

    session_id: int
    location: str
    recorded_at: datetime
    same_patient: bool
