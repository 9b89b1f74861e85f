"""One line of words for an entry's payload, for the printed record (originals and corrections alike).

The screens have their own wording (ui/session/describe.py); a report cannot import the UI, and a printed record
spells out more (units, who gave what) because it has no tooltips to fall back on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ivig_desktop.domain.clock import from_iso
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.events import EventType, JsonValue, Payload
from ivig_desktop.domain.reactions import ReactionOutcome, ResponseAction, Symptom, picture_words
from ivig_desktop.domain.times import Times
from ivig_desktop.reports import text

SEPARATOR = "; "


def _get(payload: Payload, key: str) -> str:
    value = payload.get(key)
    return "?" if value is None else str(value)


def _decimal_text(value: JsonValue) -> str:
    try:
        return text.number(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)


@dataclass(frozen=True)
class Wording:
    """What describing an entry needs beyond its payload: the clinic's zone and the products' names."""

    times: Times
    product_names: Mapping[str, str] = field(default_factory=dict)

    def time(self, value: JsonValue) -> str:
        return self.times.day_time(from_iso(value)) if isinstance(value, str) else "?"

    def product(self, value: JsonValue) -> str:
        """The product's name for its catalog id ('privigen' -> 'Privigen 10%'), the id when not known."""
        return "?" if value is None else self.product_names.get(str(value), str(value))


def vitals(payload: Payload) -> str:
    parts = [
        f"BP {_get(payload, 'systolic_mmhg')}/{_get(payload, 'diastolic_mmhg')} mmHg",
        f"HR {_get(payload, 'heart_rate_per_min')} /min",
        f"RR {_get(payload, 'respiratory_rate_per_min')} /min",
        f"Temp {_get(payload, 'temperature_c')} °C"
        + (f" (typed {_get(payload, 'temperature_f_entered')} °F)" if "temperature_f_entered" in payload else ""),
        f"SpO2 {_get(payload, 'spo2_percent')}%",
        f"Pain {_get(payload, 'pain_score')}/10",
    ]
    if "weight_kg" in payload:
        parts.append(f"Weight {_get(payload, 'weight_kg')} kg")
    return SEPARATOR.join(parts)


def vial(payload: Payload, w: Wording) -> str:
    parts = [
        f"{w.product(payload.get('product_id'))} {_decimal_text(payload.get('size_g'))} g vial",
        f"lot {_get(payload, 'lot')}",
        f"expiry {_get(payload, 'expiry')}",
    ]
    if payload.get("gtin"):
        parts.append(f"GTIN {payload['gtin']}")
    if payload.get("serial"):
        parts.append(f"serial {payload['serial']}")
    parts.append("scanned" if payload.get("scanned") else "typed")
    return SEPARATOR.join(parts)


def premed(payload: Payload) -> str:
    return (
        f"{_get(payload, 'drug')} {_decimal_text(payload.get('dose'))} {_get(payload, 'unit')} "
        f"{_get(payload, 'route')}, given by {_get(payload, 'given_by')}"
    )


def _response(value: JsonValue) -> str:
    if not isinstance(value, dict):
        return ""
    action = ResponseAction(str(value.get("action")))
    rate = value.get("rate_ml_per_h")
    if action is ResponseAction.SLOW:
        return f"slowed to {rate} mL/h"
    if action is ResponseAction.PAUSE:
        return f"paused, to resume at {rate} mL/h" if rate else "paused"
    if action is ResponseAction.STOP:
        return "stopped"
    return "continued at the same rate"


def _proposal(value: JsonValue) -> str:
    if not isinstance(value, dict) or value.get("action") is None:
        return ""
    action = ResponseAction(str(value["action"]))
    rate = value.get("resume_rate_ml_per_h")
    if action is ResponseAction.PAUSE:
        return f"pause, resume at {rate} mL/h" if rate else "pause, ask the prescriber"
    return "stop and notify the prescriber"


def _outcome(payload: Payload, w: Wording) -> list[str]:
    outcome = payload.get("outcome")
    if outcome is None:
        return []
    words = f"outcome: {ReactionOutcome(str(outcome)).label.lower()}"
    if payload.get("resolved_at"):
        words += f" at {w.time(payload['resolved_at'])}"
    return [words]


def _provider(value: JsonValue, w: Wording) -> list[str]:
    if not isinstance(value, dict):
        return []
    return [f"prescriber {value.get('name')} notified at {w.time(value.get('at'))}"]


def reaction(payload: Payload, w: Wording) -> str:
    symptoms = payload.get("symptoms")
    names = [Symptom(str(s)).label for s in (symptoms if isinstance(symptoms, list) else [])]
    if payload.get("other_symptoms"):
        names.append(str(payload["other_symptoms"]))
    parts = [f"Grade {payload.get('grade')}: {', '.join(names)}", f"onset {w.time(payload.get('onset_at'))}"]
    picture = picture_words(payload)
    if picture:
        parts.insert(1, f"picture: {picture}")
    rate = payload.get("rate_at_onset_ml_per_h")
    parts.append(f"at {rate} mL/h" if rate else "no infusion running")
    response = _response(payload.get("response"))
    if response:
        proposed = _proposal(payload.get("proposal"))
        parts.append(f"infusion {response}" + (f" (proposed: {proposed})" if proposed else ""))
    if payload.get("deviation_reason"):
        parts.append(f"reason: {payload['deviation_reason']}")
    meds = payload.get("medications")
    for med in meds if isinstance(meds, list) else []:
        if isinstance(med, dict):
            parts.append(
                f"{med.get('name')} {_decimal_text(med.get('dose'))} {med.get('unit')} {med.get('route')} "
                f"at {w.time(med.get('given_at'))}"
            )
    parts.extend(_provider(payload.get("provider_notified"), w))
    if payload.get("emergency_services_called_at"):
        parts.append(f"emergency services called at {w.time(payload['emergency_services_called_at'])}")
    parts.extend(_outcome(payload, w))
    if payload.get("notes"):
        parts.append(str(payload["notes"]))
    return SEPARATOR.join(parts)


def reaction_update(payload: Payload, w: Wording) -> str:
    parts = _outcome(payload, w)
    if payload.get("resume_rate_ml_per_h"):
        parts.append(f"infusion resumed at {payload['resume_rate_ml_per_h']} mL/h")
    if payload.get("deviation_reason"):
        parts.append(f"reason: {payload['deviation_reason']}")
    parts.extend(_provider(payload.get("provider_notified"), w))
    if payload.get("notes"):
        parts.append(str(payload["notes"]))
    return SEPARATOR.join(parts) or "(no details)"


def discharge(payload: Payload) -> str:
    try:
        words = DischargeStatus(str(payload.get("status"))).label
    except ValueError:
        words = _get(payload, "status")
    notes = payload.get("notes")
    return f"{words}: {notes}" if notes else words


def describe(event_type: EventType, payload: Payload, w: Wording) -> str:
    """The payload in words (times in the clinic's zone, products by name)."""
    if event_type is EventType.NOTE:
        return str(payload.get("text", ""))
    if event_type is EventType.VITALS_RECORDED:
        return vitals(payload)
    if event_type is EventType.VIAL_RECORDED:
        return vial(payload, w)
    if event_type is EventType.PREMED_GIVEN:
        return premed(payload)
    if event_type is EventType.FLUSH_GIVEN:
        return f"Line flushed with {_decimal_text(payload.get('volume_ml'))} mL"
    if event_type is EventType.DISCHARGED:
        return discharge(payload)
    if event_type is EventType.REACTION_RECORDED:
        return reaction(payload, w)
    if event_type is EventType.REACTION_UPDATED:
        return reaction_update(payload, w)
    return SEPARATOR.join(f"{key}: {value}" for key, value in payload.items())
