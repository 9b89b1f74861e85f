"""The patient's regimen: what is given, how much, how often, how fast, with which premedication.

A regimen is saved on the patient and versioned: a change is a new version with a reason, and earlier versions
stay visible. A new session is pre-filled from the current version and the nurse confirms it at check-in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from ivig_desktop.domain.body import DosingWeightMethod, validate_weight_kg
from ivig_desktop.domain.catalog import Catalog, Indication, Ladders
from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.events import JsonValue
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.numbers import in_range, parse_decimal
from ivig_desktop.domain.plan import COURSE_DAYS_MAX, DOSE_G_PER_KG_MAX, DOSE_G_PER_KG_MIN
from ivig_desktop.domain.plan.doses import check_dose
from ivig_desktop.domain.plan.model import PRESCRIBER_MAX_CHARS
from ivig_desktop.domain.premed import PremedDrug

msg = messages(__name__)

FREQUENCY_MAX_CHARS = 60
NOTES_MAX_CHARS = 1000
REASON_MAX_CHARS = 500
RATE_MAX_MG_PER_KG_MIN = Decimal(20)


@dataclass(frozen=True)
class Regimen:
    product_id: str
    indication: Indication
    dose_g_per_kg: Decimal
    dosing_weight_method: DosingWeightMethod
    frequency: str
    weight_kg: Decimal  # the weight the regimen was dosed on; a change of 10% or more is flagged at check-in
    premeds: tuple[PremedDrug, ...] = ()
    ladder_id: str | None = None
    personal_start_mg_per_kg_min: Decimal | None = None
    personal_max_mg_per_kg_min: Decimal | None = None
    notes: str = ""
    prescriber: str = ""  # the ordering prescriber, as named on the order (e.g. "Dr A. Shah")
    course_days: int = 1  # a course of this many consecutive days at `dose_g_per_kg` a day (1: a single infusion)
    off_label: bool = False  # ordered for an indication not on the product's label (then `prescriber` is required)

    @property
    def course_g_per_kg(self) -> Decimal:
        return self.dose_g_per_kg * self.course_days

    @property
    def off_label_prescriber(self) -> str | None:
        """The prescriber who ordered the off-label use (the ordering prescriber); None for an on-label order."""
        return self.prescriber if self.off_label else None

    def to_payload(self) -> dict[str, JsonValue]:
        return {
            "product_id": self.product_id,
            "indication": self.indication.value,
            "dose_g_per_kg": str(self.dose_g_per_kg),
            "dosing_weight_method": self.dosing_weight_method.value,
            "frequency": self.frequency,
            "weight_kg": str(self.weight_kg),
            "premeds": [p.to_payload() for p in self.premeds],
            "ladder_id": self.ladder_id,
            "personal_start_mg_per_kg_min": _opt(self.personal_start_mg_per_kg_min),
            "personal_max_mg_per_kg_min": _opt(self.personal_max_mg_per_kg_min),
            "notes": self.notes,
            "prescriber": self.prescriber,
            "course_days": self.course_days,
            "off_label_prescriber": self.off_label_prescriber,
        }

    @classmethod
    def from_payload(cls, data: Any) -> Regimen:
        off_label_prescriber = _text_or_none(data.get("off_label_prescriber"))
        return cls(
            product_id=str(data["product_id"]),
            indication=Indication(data["indication"]),
            dose_g_per_kg=Decimal(data["dose_g_per_kg"]),
            dosing_weight_method=DosingWeightMethod(data["dosing_weight_method"]),
            frequency=str(data["frequency"]),
            weight_kg=Decimal(data["weight_kg"]),
            premeds=tuple(PremedDrug.from_payload(p) for p in data.get("premeds", ())),
            ladder_id=data.get("ladder_id"),
            personal_start_mg_per_kg_min=_dec(data.get("personal_start_mg_per_kg_min")),
            personal_max_mg_per_kg_min=_dec(data.get("personal_max_mg_per_kg_min")),
            notes=str(data.get("notes", "")),
            # regimens saved before courses and off-label orders were recorded: one day, on label; before the
            # ordering prescriber was a field of its own, an off-label order's prescriber was the only one named
            prescriber=str(data.get("prescriber") or off_label_prescriber or ""),
            course_days=int(data.get("course_days") or 1),
            off_label=off_label_prescriber is not None,
        )


def _opt(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _dec(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _text_or_none(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


@dataclass(frozen=True)
class RegimenVersion:
    patient_id: int
    version: int
    regimen: Regimen
    reason: str
    created_at: datetime
    created_by: int


def _optional_rate(errors: FieldErrors, field: str, label: str, text: str | Decimal | None) -> Decimal | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    try:
        rate = parse_decimal(text, field, label)
        return in_range(rate, Decimal("0.01"), RATE_MAX_MG_PER_KG_MIN, field, label, "mg/kg/min")
    except ValidationError as error:
        errors.capture(error)
        return None


def new_regimen(
    *,
    catalog: Catalog,
    ladders: Ladders,
    product_id: str,
    indication: str,
    dose_g_per_kg: str | Decimal,
    dosing_weight_method: str,
    frequency: str,
    weight_kg: str | Decimal,
    premeds: Sequence[PremedDrug] = (),
    ladder_id: str | None = None,
    personal_start_mg_per_kg_min: str | Decimal | None = None,
    personal_max_mg_per_kg_min: str | Decimal | None = None,
    notes: str = "",
    prescriber: str = "",
    course_days: str | int = 1,
    off_label: bool = False,
) -> Regimen:
    """Validate a regimen; every bad field is reported at once, by name.

    The indication must be on the product's label unless the order is marked off-label, and an off-label order names
    its prescriber (the ordering prescriber, `prescriber`, which is optional otherwise);
    the dose (a day) and the course (dose x days) must be within the label's figures for the indication."""
    errors = FieldErrors()
    if product_id not in catalog.ids:
        errors.add("product_id", msg("Choose the product."))
    code: Indication | None = None
    try:
        code = Indication(indication)
    except ValueError:
        errors.add(
            "indication", msg("Indication must be one of {items}.", items=", ".join(i.value for i in Indication))
        )
    dose: Decimal | None = None
    try:
        dose = in_range(
            parse_decimal(dose_g_per_kg, "dose_g_per_kg", msg("Dose (g/kg)")),
            DOSE_G_PER_KG_MIN,
            DOSE_G_PER_KG_MAX,
            "dose_g_per_kg",
            msg("Dose"),
            "g/kg",
        )
    except ValidationError as error:
        errors.capture(error)
    try:
        method = DosingWeightMethod(dosing_weight_method)
    except ValueError:
        method = DosingWeightMethod.AUTO
        errors.add("dosing_weight_method", msg("Dosing weight must be actual, ideal, adjusted or auto."))
    clean_frequency = " ".join(frequency.split())
    if not clean_frequency:
        errors.add("frequency", msg("Frequency is required, for example 'every 4 weeks'."))
    elif len(clean_frequency) > FREQUENCY_MAX_CHARS:
        errors.add(
            "frequency",
            msg("Frequency must be at most {frequency_max_chars} characters.", frequency_max_chars=FREQUENCY_MAX_CHARS),
        )
    weight = Decimal(0)
    try:
        weight = validate_weight_kg(weight_kg)
    except ValidationError as error:
        errors.capture(error)
    ladder = ladder_id or None
    if ladder is not None and ladder not in ladders.ids:
        errors.add(
            "ladder_id", msg("Ladder must be one of {items}, or none (label protocol).", items=", ".join(ladders.ids))
        )
    start = _optional_rate(
        errors, "personal_start_mg_per_kg_min", msg("Personal start rate"), personal_start_mg_per_kg_min
    )
    maximum = _optional_rate(
        errors, "personal_max_mg_per_kg_min", msg("Personal maximum rate"), personal_max_mg_per_kg_min
    )
    if start is not None and maximum is not None and start > maximum:
        errors.add("personal_start_mg_per_kg_min", msg("The personal start rate cannot be above the personal maximum."))
    days = _course_days(errors, course_days)
    clean_prescriber = " ".join(prescriber.split())
    if len(clean_prescriber) > PRESCRIBER_MAX_CHARS:
        errors.add(
            "prescriber",
            msg(
                "Prescriber must be at most {prescriber_max_chars} characters.",
                prescriber_max_chars=PRESCRIBER_MAX_CHARS,
            ),
        )
    elif off_label and not clean_prescriber:
        errors.add("prescriber", msg("Name the prescriber of this off-label order."))
    if product_id in catalog.ids and code is not None:
        product = catalog.get(product_id)
        if not product.on_label(code) and not off_label:
            errors.add(
                "indication",
                msg(
                    "{display_name} is not labelled for {value}; its labelled indications are {labelled_text}. "
                    "Choose a labelled indication, or tick off-label and name the prescriber.",
                    display_name=product.display_name,
                    value=code.value,
                    labelled_text=product.labelled_text,
                ),
            )
        elif product.on_label(code) and off_label:
            errors.add(
                "off_label",
                msg(
                    "{value} is on the {display_name} label: this order is not off-label.",
                    value=code.value,
                    display_name=product.display_name,
                ),
            )
        elif dose is not None and days is not None:
            try:
                check_dose(catalog, product, code, dose, days)
            except ValidationError as error:
                errors.capture(error)
    clean_notes = notes.strip()
    if len(clean_notes) > NOTES_MAX_CHARS:
        errors.add("notes", msg("Notes must be at most {notes_max_chars} characters.", notes_max_chars=NOTES_MAX_CHARS))
    errors.raise_if_any()
    assert code is not None and dose is not None
    return Regimen(
        product_id=product_id,
        indication=code,
        dose_g_per_kg=dose,
        dosing_weight_method=method,
        frequency=clean_frequency,
        weight_kg=weight,
        premeds=tuple(premeds),
        ladder_id=ladder,
        personal_start_mg_per_kg_min=start,
        personal_max_mg_per_kg_min=maximum,
        notes=clean_notes,
        prescriber=clean_prescriber,
        course_days=days or 1,
        off_label=off_label,
    )


def _course_days(errors: FieldErrors, value: str | int) -> int | None:
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= COURSE_DAYS_MAX:
        errors.add(
            "course_days",
            msg(
                "A course is 1 to {course_days_max} consecutive days (1: a single infusion).",
                course_days_max=COURSE_DAYS_MAX,
            ),
        )
        return None
    return int(text)


def version_reason(reason: str, is_first: bool) -> str:
    """A change to an existing regimen needs a reason; the first version's reason defaults to 'New regimen'."""
    clean = " ".join(reason.split())
    if not clean:
        if is_first:
            return msg("New regimen")
        raise ValidationError.one("reason", msg("Say why the regimen is changing (for example 'dose change ordered')."))
    if len(clean) > REASON_MAX_CHARS:
        raise ValidationError.one(
            "reason",
            msg("The reason must be at most {reason_max_chars} characters.", reason_max_chars=REASON_MAX_CHARS),
        )
    return clean
