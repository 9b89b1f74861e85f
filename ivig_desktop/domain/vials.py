"""Vials: barcode scans (GS1 element strings), lot and expiry, and the checks before a vial is used.

A scanner that types like a keyboard sends the GS1 element string of the vial's 2D or GS1-128 code: GTIN (01),
expiry (17, YYMMDD; day 00 = end of month), lot (10), and sometimes serial (21), separated by the GS character
where a field has variable length. Human-readable form "(01)...(17)...(10)..." is accepted too. Parsing is done
by the `biip` library.

Refused, with the reason: an expired vial, a vial of another product than the plan (brands are never mixed in one
visit), a size the product does not come in, vials that would take the total above the planned grams, and a vial
already used. The infusion cannot start until the vials add up to the planned grams exactly.

**A vial is used once.** A vial is identified by its GTIN and serial number together (GS1: a serial is unique
within its GTIN). Once recorded, in any session, the same GTIN + serial is refused in every other session and a
second time in the same one, unless the earlier entry was marked entered in error; the refusal names where it was
recorded (this session, or the session number, chair and date, and whether for this patient or another; the other
patient is not named). The GTIN and serial come from a scan or are typed from the vial's label; a serial needs its
GTIN. The look-up across sessions is the store's (`store/vials.py`, indexed), in the same transaction as the write.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ivig_desktop.domain import times
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.events import EventType, NewEvent, Payload
from ivig_desktop.domain.infusion import PlanSnapshot
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.vial_entry import PriorUse, Vial

msg = messages(__name__)

LOT_MAX_CHARS = 20  # GS1 AI (10): up to 20 characters
SERIAL_MAX_CHARS = 20  # GS1 AI (21): up to 20 characters
GTIN_DIGITS = 14  # GS1 AI (01): a GTIN-14 (shorter GTINs are padded with leading zeros in the element string)
GS = "\x1d"


@dataclass(frozen=True)
class Scan:
    """What a barcode said. Any field may be missing from a given code."""

    gtin: str | None
    lot: str | None
    expiry: date | None
    serial: str | None
    raw: str
    hri: str = ""  # the code in human-readable form, "(01)...(17)...(10)..."


def parse_scan(text: str) -> Scan:
    """Parse a scanned GS1 element string (or its human-readable form) into GTIN, lot, expiry and serial."""
    import biip  # imported on first scan, not at start-up
    from biip.gs1_messages import GS1Message

    raw = text.strip("\r\n")
    cleaned = raw.strip()
    if not cleaned:
        raise ValidationError.one("scan", msg("Nothing was scanned."))
    message = None
    error = ""
    if cleaned.startswith("("):
        try:
            message = GS1Message.parse_hri(cleaned)
        except Exception as exc:  # biip raises its own ParseError subclasses
            error = str(exc)
    else:
        result = biip.parse(cleaned)
        message = result.gs1_message
        error = result.gs1_message_error or ""
    if message is None:
        raise ValidationError.one(
            "scan",
            msg("This barcode is not a GS1 code with GTIN, expiry and lot ({split}).", split=error.split(".")[0]),
        )
    fields: dict[str, Any] = {}
    for element in message.element_strings:
        ai = element.ai.ai
        if ai == "01":
            if element.gtin_error:
                raise ValidationError.one(
                    "scan", msg("The GTIN in this barcode is invalid: {gtin_error}", gtin_error=element.gtin_error)
                )
            fields["gtin"] = element.value
        elif ai == "17":
            fields["expiry"] = element.date
        elif ai == "10":
            fields["lot"] = element.value
        elif ai == "21":
            fields["serial"] = element.value
    if not fields:
        raise ValidationError.one("scan", msg("This barcode has no GTIN, expiry or lot."))
    return Scan(
        fields.get("gtin"), fields.get("lot"), fields.get("expiry"), fields.get("serial"), raw, message.as_hri()
    )


@dataclass(frozen=True)
class LotQuery:
    """What a recall look-up searches for: a lot number, and the barcode it was read from (None when typed)."""

    lot: str
    scan: Scan | None = None

    def describe(self) -> str:
        """'lot A1', or 'lot A1 from the scanned code (01)...(10)A1(21)...': what was searched, said."""
        where = msg(" from the scanned code {hri}", hri=self.scan.hri) if self.scan is not None else ""
        return msg("lot {lot}{where}", lot=self.lot, where=where)


def lot_query(text: str) -> LotQuery:
    """The lot a recall look-up searches for, from what was typed or scanned into it.

    A vial's barcode is parsed exactly as the vial scan parses it (`parse_scan`), and its lot (10) is searched. It
    is taken for a barcode when it carries a GTIN (01), as every vial's code does, or is written in the bracketed
    form, with a symbology identifier (']d2') or with GS separators; anything else is a lot number as typed (case
    and spaces ignored), so that a lot such as '10ABC' is never read as the element string (10)ABC."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError.one("lot", msg("Type or scan a lot number."))
    coded = cleaned.startswith(("(", "]")) or GS in cleaned
    try:
        scan: Scan | None = parse_scan(cleaned)
    except ValidationError:
        if coded:
            raise
        scan = None
    if scan is not None and (scan.gtin is not None or coded):
        if not scan.lot:
            raise ValidationError.one(
                "lot",
                msg(
                    "The scanned code {hri} has no lot number (10): type the lot as printed on the vial.", hri=scan.hri
                ),
            )
        return LotQuery(clean_lot(scan.lot), scan)
    lot = clean_lot(cleaned)
    if len(lot) > LOT_MAX_CHARS:
        raise ValidationError.one(
            "lot",
            msg(
                "'{cleaned}' is neither a lot number (at most {lot_max_chars} characters) nor a vial's barcode.",
                cleaned=cleaned,
                lot_max_chars=LOT_MAX_CHARS,
            ),
        )
    return LotQuery(lot)


@dataclass(frozen=True)
class KnownGtin:
    gtin: str
    product_id: str
    size_g: Decimal


def load_gtins(source: Path | str) -> Mapping[str, KnownGtin]:
    """The clinic's GTIN list (resources/gtins.toml)."""
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    data = tomllib.loads(text)
    known: dict[str, KnownGtin] = {}
    for index, raw in enumerate(data.get("vial", []), start=1):
        try:
            gtin, product, size = str(raw["gtin"]), str(raw["product"]), Decimal(str(raw["size_g"]))
        except (KeyError, TypeError, ArithmeticError):
            raise DomainError(msg("gtins: vial {index} needs gtin, product and size_g", index=index)) from None
        if not (gtin.isdigit() and len(gtin) == 14):
            raise DomainError(msg("gtins: vial {index}: GTIN {gtin} must be 14 digits", index=index, gtin=repr(gtin)))
        if gtin in known:
            raise DomainError(msg("gtins: GTIN {gtin} is listed twice", gtin=gtin))
        known[gtin] = KnownGtin(gtin, product, size)
    return known


def gtin_check_digit_ok(digits: str) -> bool:
    """The GS1 mod-10 check digit: weights 3, 1, 3, ... from the right, the last digit included, sum to a ten."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(reversed(digits)))
    return total % 10 == 0


def clean_gtin(text: str | None, errors: FieldErrors) -> str | None:
    """A GTIN as typed or scanned: spaces dropped, 8 to 14 digits padded to 14, the check digit checked."""
    if text is None or not text.strip():
        return None
    digits = "".join(text.split())
    if not digits.isdigit() or not 8 <= len(digits) <= GTIN_DIGITS:
        errors.add(
            "gtin", msg("A GTIN is {gtin_digits} digits, after (01) on the vial's label.", gtin_digits=GTIN_DIGITS)
        )
        return None
    padded = digits.zfill(GTIN_DIGITS)
    if not gtin_check_digit_ok(padded):
        errors.add("gtin", msg("GTIN {padded} has a wrong check digit: check the number on the label.", padded=padded))
        return None
    return padded


def clean_serial(text: str | None, errors: FieldErrors) -> str | None:
    """A serial number as typed or scanned, exactly (GS1 serials are case-sensitive), outer spaces dropped."""
    if text is None or not text.strip():
        return None
    serial = text.strip()
    if len(serial) > SERIAL_MAX_CHARS:
        errors.add(
            "serial",
            msg("A serial number has at most {serial_max_chars} characters.", serial_max_chars=SERIAL_MAX_CHARS),
        )
        return None
    if any(ch.isspace() or not ch.isprintable() for ch in serial):
        errors.add("serial", msg("A serial number has no spaces: type it as printed after (21) on the label."))
        return None
    return serial


def reused_vial_message(gtin: str | None, serial: str, use: PriorUse | None, *, session_id: int | None) -> str:
    """Why a vial is refused as already used; `use` None: recorded earlier in this session."""
    vial = (
        msg("This vial (GTIN {gtin}, serial {serial})", gtin=gtin, serial=serial)
        if gtin
        else msg("This vial (serial {serial})", serial=serial)
    )
    if use is None or use.session_id == session_id:
        return msg("{vial} is already recorded in this session. A vial is used once: take another vial.", vial=vial)
    whom = msg("for this patient") if use.same_patient else msg("for another patient")
    day = times.display().day_of(use.recorded_at).isoformat()  # the clinic's day, not the machine's
    return msg(
        "{vial} was already recorded in session {session_id} ({location}, {day}), {whom}. A vial is used once: take "
        "another vial; if that entry was wrong, mark it entered in error there first.",
        vial=vial,
        session_id=use.session_id,
        location=use.location,
        day=day,
        whom=whom,
    )


def vial_used_elsewhere_message(gtin: str, serial: str, uses: Sequence[PriorUse]) -> str:
    """A vial of this session also recorded in another session: possible only when two workstations recorded it
    while apart (each refuses a vial it knows is used), and found once their records met through the hub."""
    where = "; ".join(
        f"session {use.session_id} ({use.location}, {times.display().day_of(use.recorded_at).isoformat()}, "
        + ("this patient)" if use.same_patient else "another patient)")
        for use in uses
    )
    return (
        f"The vial GTIN {gtin}, serial {serial} is also recorded in {where}. A vial is used once: find which entry "
        "is wrong and mark it entered in error."
    )


def refuse_reused_vial(gtin: str | None, serial: str | None, uses: Sequence[PriorUse], *, session_id: int) -> None:
    """Raise (on the serial field) when this GTIN + serial is already recorded: `uses` are its current entries (not
    entered in error), in any session. A use elsewhere is named before one in this session."""
    if not (gtin and serial) or not uses:
        return
    elsewhere = [use for use in uses if use.session_id != session_id]
    use = elsewhere[0] if elsewhere else None
    raise ValidationError.one("serial", reused_vial_message(gtin, serial, use, session_id=session_id))


def vials_recorded(events: Iterable[Payload]) -> tuple[Vial, ...]:
    return tuple(Vial.from_payload(p) for p in events)


def total_g(vials: Sequence[Vial]) -> Decimal:
    return sum((v.size_g for v in vials), Decimal(0))


def clean_lot(text: str) -> str:
    return "".join(text.split()).upper()


def check_vial(
    plan: PlanSnapshot,
    recorded: Sequence[Vial],
    *,
    product_id: str,
    size_g: str | Decimal,
    lot: str,
    expiry: str | date | None,
    today: date,
    gtin: str | None = None,
    serial: str | None = None,
    scanned: bool = False,
    known_gtins: Mapping[str, KnownGtin] | None = None,
) -> Vial:
    """Validate one vial against the plan and the vials already recorded in this session; return it, or raise with
    every reason. (Other sessions' vials are the store's to check: `store.vials.append_vial`.)"""
    errors = FieldErrors()
    gtin = clean_gtin(gtin, errors)
    serial = clean_serial(serial, errors)
    if serial and not gtin:  # (a GTIN refused above keeps its own message)
        errors.add("gtin", msg("Give the GTIN with the serial: a serial number identifies a vial only with its GTIN."))
    known = (known_gtins or {}).get(gtin or "")
    if known is not None:
        if product_id and product_id != known.product_id:
            errors.add(
                "product_id",
                msg(
                    "The barcode's GTIN {gtin} belongs to {product_id}, not {product_id2}.",
                    gtin=gtin,
                    product_id=known.product_id,
                    product_id2=product_id,
                ),
            )
        product_id = known.product_id
        size_g = known.size_g
    clean = clean_lot(lot)
    if not clean:
        errors.add("lot", msg("Lot number is required: type it from the vial, or scan the vial's barcode."))
    elif len(clean) > LOT_MAX_CHARS:
        errors.add("lot", msg("A lot number has at most {lot_max_chars} characters.", lot_max_chars=LOT_MAX_CHARS))
    when: date | None = None
    if expiry is None or (isinstance(expiry, str) and not expiry.strip()):
        errors.add("expiry", msg("Expiry date is required (YYYY-MM-DD)."))
    elif isinstance(expiry, date):
        when = expiry
    else:
        try:
            when = date.fromisoformat(expiry.strip())
        except ValueError:
            errors.add("expiry", msg("Expiry '{expiry}' is not a date; type it as YYYY-MM-DD.", expiry=expiry.strip()))
    if when is not None and when < today:
        errors.add(
            "expiry", msg("This vial expired on {when}: do not use it; take another vial.", when=when.isoformat())
        )
    if product_id != plan.product_id:
        errors.add(
            "product_id",
            msg(
                "This vial is {value}, but the plan is {product_name}: brands are never mixed in one visit.",
                value=product_id or "of no product",
                product_name=plan.product_name,
            ),
        )
    try:
        size = Decimal(str(size_g).strip())
    except ArithmeticError:
        size = Decimal(0)
    if plan.vial_sizes_g and size not in plan.vial_sizes_g:
        sizes = ", ".join(f"{s.normalize():f} g" for s in plan.vial_sizes_g)
        errors.add("size_g", msg("{product_name} comes in {sizes} vials.", product_name=plan.product_name, sizes=sizes))
    elif size <= 0:
        errors.add("size_g", msg("Choose the vial size."))
    if serial and gtin and any(v.serial == serial and v.gtin == gtin for v in recorded):
        errors.add("serial", reused_vial_message(gtin, serial, None, session_id=None))
    if size > 0 and total_g(recorded) + size > plan.vials_g:
        errors.add(
            "size_g",
            msg(
                "With this vial the total would be {value} g; the plan uses {vials_g} g.",
                value=format((total_g(recorded) + size).normalize(), "f"),
                vials_g=format(plan.vials_g.normalize(), "f"),
            ),
        )
    errors.raise_if_any()
    assert when is not None
    return Vial(product_id, size, clean, when, gtin, serial, scanned)


def record_vial(vial: Vial, now: datetime) -> NewEvent:
    return NewEvent(EventType.VIAL_RECORDED, occurred_at=now, payload=vial.to_payload())


def vials_blocker(plan: PlanSnapshot, recorded: Sequence[Vial]) -> str | None:
    """Why the vials do not allow the start yet (None when they add up to the plan)."""
    have, need = total_g(recorded), plan.vials_g
    if have == need:
        return None
    return msg(
        "vials recorded: {have} g of {need} g", have=format(have.normalize(), "f"), need=format(need.normalize(), "f")
    )
