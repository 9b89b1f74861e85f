"""One line of words for an entry's payload, as the timeline shows it (original and corrections alike)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ivig_desktop.domain.clock import from_iso
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import EventType, JsonValue, Payload
from ivig_desktop.domain.reactions import ReactionOutcome, ResponseAction, Symptom
from ivig_desktop.domain.session import Session
from ivig_desktop.ui import format as fmt

SEPARATOR = " · "


def tr(text: str) -> str:
    return QCoreApplication.translate("describe", text)


def _time(value: JsonValue) -> str:
    return fmt.time_hm(from_iso(str(value))) if isinstance(value, str) else "?"


def _rate(value: JsonValue) -> str:
    return f"{value} mL/h"


def describe_vitals(payload: Payload) -> str:
    def get(key: str) -> str:
        return str(payload.get(key, "?"))

    parts = [
        tr("BP {0}/{1} mmHg").format(get("systolic_mmhg"), get("diastolic_mmhg")),
        tr("HR {0} /min").format(get("heart_rate_per_min")),
        tr("RR {0} /min").format(get("respiratory_rate_per_min")),
        tr("Temp {0} °C").format(get("temperature_c"))
        + (tr(" (typed {0} °F)").format(get("temperature_f_entered")) if "temperature_f_entered" in payload else ""),
        tr("SpO2 {0}%").format(get("spo2_percent")),
        tr("Pain {0}/10").format(get("pain_score")),
    ]
    if "weight_kg" in payload:
        parts.append(tr("Weight {0} kg").format(get("weight_kg")))
    return SEPARATOR.join(parts)


def _response(value: JsonValue) -> str:
    if not isinstance(value, dict):
        return ""
    action = ResponseAction(str(value.get("action")))
    rate = value.get("rate_ml_per_h")
    if action is ResponseAction.SLOW:
        return tr("slowed to {0}").format(_rate(rate))
    if action is ResponseAction.PAUSE:
        return tr("paused, resume at {0}").format(_rate(rate)) if rate else tr("paused")
    if action is ResponseAction.STOP:
        return tr("stopped")
    return tr("continued at the same rate")


def _proposal(value: JsonValue) -> str:
    if not isinstance(value, dict) or value.get("action") is None:
        return ""
    action = ResponseAction(str(value["action"]))
    rate = value.get("resume_rate_ml_per_h")
    if action is ResponseAction.PAUSE:
        return tr("pause, resume at {0}").format(_rate(rate)) if rate else tr("pause, ask the prescriber")
    return tr("stop and notify the prescriber")


def describe_reaction(payload: Payload) -> str:
    symptoms = payload.get("symptoms")
    names = [tr(Symptom(str(s)).label) for s in (symptoms if isinstance(symptoms, list) else [])]
    if payload.get("other_symptoms"):
        names.append(str(payload["other_symptoms"]))
    parts = [tr("Grade {0}: {1}").format(payload.get("grade"), ", ".join(names))]
    if payload.get("rate_at_onset_ml_per_h"):
        parts.append(tr("at {0}").format(_rate(payload["rate_at_onset_ml_per_h"])))
    else:
        parts.append(tr("no infusion running"))
    response = _response(payload.get("response"))
    if response:
        proposed = _proposal(payload.get("proposal"))
        parts.append(
            tr("Infusion {0}").format(response) + (tr(" (proposed: {0})").format(proposed) if proposed else "")
        )
    if payload.get("deviation_reason"):
        parts.append(tr("Reason: {0}").format(payload["deviation_reason"]))
    meds = payload.get("medications")
    for med in meds if isinstance(meds, list) else []:
        if isinstance(med, dict):
            dose = Decimal(str(med.get("dose")))
            parts.append(
                tr("{0} {1} {2} {3} at {4}").format(
                    med.get("name"),
                    f"{dose.normalize():f}",
                    med.get("unit"),
                    med.get("route"),
                    _time(med.get("given_at")),
                )
            )
    provider = payload.get("provider_notified")
    if isinstance(provider, dict):
        parts.append(tr("Prescriber {0} notified at {1}").format(provider.get("name"), _time(provider.get("at"))))
    if payload.get("emergency_services_called_at"):
        parts.append(tr("Emergency services called at {0}").format(_time(payload["emergency_services_called_at"])))
    parts.extend(_outcome(payload))
    if payload.get("notes"):
        parts.append(str(payload["notes"]))
    return SEPARATOR.join(parts)


def _outcome(payload: Payload) -> list[str]:
    outcome = payload.get("outcome")
    if outcome is None:
        return []
    text = tr("Outcome: {0}").format(tr(ReactionOutcome(str(outcome)).label))
    if payload.get("resolved_at"):
        text += tr(" at {0}").format(_time(payload["resolved_at"]))
    return [text]


def describe_reaction_update(payload: Payload, session: Session | None = None) -> str:
    parts = []
    reaction_id = payload.get("reaction_id")
    if session is not None and isinstance(reaction_id, int):
        try:
            onset = session.entry(reaction_id).current_payload.get("onset_at")
            parts.append(tr("Reaction of {0}").format(_time(onset)))
        except DomainError:  # a damaged reference is shown, not raised
            parts.append(tr("Reaction {0}").format(reaction_id))
    parts.extend(_outcome(payload))
    if payload.get("resume_rate_ml_per_h"):
        parts.append(tr("Infusion resumed at {0}").format(_rate(payload["resume_rate_ml_per_h"])))
    if payload.get("deviation_reason"):
        parts.append(tr("Reason: {0}").format(payload["deviation_reason"]))
    provider = payload.get("provider_notified")
    if isinstance(provider, dict):
        parts.append(tr("Prescriber {0} notified at {1}").format(provider.get("name"), _time(provider.get("at"))))
    if payload.get("notes"):
        parts.append(str(payload["notes"]))
    return SEPARATOR.join(parts)


def describe(event_type: EventType, payload: Payload, session: Session | None = None) -> str:
    """The payload in words (notes: their text)."""
    if event_type is EventType.NOTE:
        return str(payload.get("text", ""))
    if event_type is EventType.VITALS_RECORDED:
        return describe_vitals(payload)
    if event_type is EventType.REACTION_RECORDED:
        return describe_reaction(payload)
    if event_type is EventType.REACTION_UPDATED:
        return describe_reaction_update(payload, session)
    return ", ".join(f"{k}: {v}" for k, v in payload.items())
