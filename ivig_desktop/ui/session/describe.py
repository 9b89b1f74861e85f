"""One line of words for an entry's payload, as the timeline shows it (original and corrections alike)."""

from __future__ import annotations

import functools
from decimal import Decimal

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.clock import from_iso
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.events import EventType, JsonValue, Payload
from ivig_desktop.domain.infusion import Outcome, PlanSnapshot, RateChange
from ivig_desktop.domain.reactions import ReactionOutcome, ResponseAction, Symptom, picture_words
from ivig_desktop.domain.session import Session
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import recorded, translate, words

SEPARATOR = " · "


def _time(value: JsonValue) -> str:
    return fmt.time_hm(from_iso(str(value))) if isinstance(value, str) else "?"


def _rate(value: JsonValue) -> str:
    return f"{value} mL/h"


def describe_vitals(payload: Payload) -> str:
    def get(key: str) -> str:
        return str(payload.get(key, "?"))

    parts = [
        translate("describe", "BP {0}/{1} mmHg").format(get("systolic_mmhg"), get("diastolic_mmhg")),
        translate("describe", "HR {0} /min").format(get("heart_rate_per_min")),
        translate("describe", "RR {0} /min").format(get("respiratory_rate_per_min")),
        translate("describe", "Temp {0} °C").format(get("temperature_c"))
        + (
            translate("describe", " (typed {0} °F)").format(get("temperature_f_entered"))
            if "temperature_f_entered" in payload
            else ""
        ),
        translate("describe", "SpO2 {0}%").format(get("spo2_percent")),
        translate("describe", "Pain {0}/10").format(get("pain_score")),
    ]
    if "weight_kg" in payload:
        parts.append(translate("describe", "Weight {0} kg").format(get("weight_kg")))
    return SEPARATOR.join(parts)


def _response(value: JsonValue) -> str:
    if not isinstance(value, dict):
        return ""
    action = ResponseAction(str(value.get("action")))
    rate = value.get("rate_ml_per_h")
    if action is ResponseAction.SLOW:
        return translate("describe", "slowed to {0}").format(_rate(rate))
    if action is ResponseAction.PAUSE:
        return (
            translate("describe", "paused, resume at {0}").format(_rate(rate))
            if rate
            else translate("describe", "paused")
        )
    if action is ResponseAction.STOP:
        return translate("describe", "stopped")
    return translate("describe", "continued at the same rate")


def _proposal(value: JsonValue) -> str:
    if not isinstance(value, dict) or value.get("action") is None:
        return ""
    action = ResponseAction(str(value["action"]))
    rate = value.get("resume_rate_ml_per_h")
    if action is ResponseAction.PAUSE:
        return (
            translate("describe", "pause, resume at {0}").format(_rate(rate))
            if rate
            else translate("describe", "pause, ask the prescriber")
        )
    return translate("describe", "stop and notify the prescriber")


def describe_reaction(payload: Payload) -> str:
    symptoms = payload.get("symptoms")
    names = [words(Symptom(str(s)).label) for s in (symptoms if isinstance(symptoms, list) else [])]
    if payload.get("other_symptoms"):
        names.append(str(payload["other_symptoms"]))
    parts = [translate("describe", "Grade {0}: {1}").format(payload.get("grade"), ", ".join(names))]
    picture = picture_words(payload)
    if picture:
        parts.append(translate("describe", "Picture: {0}").format(words(picture)))
    if payload.get("rate_at_onset_ml_per_h"):
        parts.append(translate("describe", "at {0}").format(_rate(payload["rate_at_onset_ml_per_h"])))
    else:
        parts.append(translate("describe", "no infusion running"))
    response = _response(payload.get("response"))
    if response:
        proposed = _proposal(payload.get("proposal"))
        parts.append(
            translate("describe", "Infusion {0}").format(response)
            + (translate("describe", " (proposed: {0})").format(proposed) if proposed else "")
        )
    if payload.get("deviation_reason"):
        parts.append(translate("describe", "Reason: {0}").format(payload["deviation_reason"]))
    meds = payload.get("medications")
    for med in meds if isinstance(meds, list) else []:
        if isinstance(med, dict):
            dose = Decimal(str(med.get("dose")))
            parts.append(
                translate("describe", "{0} {1} {2} {3} at {4}").format(
                    med.get("name"),
                    f"{dose.normalize():f}",
                    med.get("unit"),
                    med.get("route"),
                    _time(med.get("given_at")),
                )
            )
    provider = payload.get("provider_notified")
    if isinstance(provider, dict):
        parts.append(
            translate("describe", "Prescriber {0} notified at {1}").format(
                provider.get("name"), _time(provider.get("at"))
            )
        )
    if payload.get("emergency_services_called_at"):
        parts.append(
            translate("describe", "Emergency services called at {0}").format(
                _time(payload["emergency_services_called_at"])
            )
        )
    parts.extend(_outcome(payload))
    if payload.get("notes"):
        parts.append(str(payload["notes"]))
    return SEPARATOR.join(parts)


def _outcome(payload: Payload) -> list[str]:
    outcome = payload.get("outcome")
    if outcome is None:
        return []
    line = translate("describe", "Outcome: {0}").format(words(ReactionOutcome(str(outcome)).label))
    if payload.get("resolved_at"):
        line += translate("describe", " at {0}").format(_time(payload["resolved_at"]))
    return [line]


def describe_reaction_update(payload: Payload, session: Session | None = None) -> str:
    parts = []
    reaction_id = payload.get("reaction_id")
    if session is not None and isinstance(reaction_id, int):
        try:
            onset = session.entry(reaction_id).current_payload.get("onset_at")
            parts.append(translate("describe", "Reaction of {0}").format(_time(onset)))
        except DomainError:  # a damaged reference is shown, not raised
            parts.append(translate("describe", "Reaction {0}").format(reaction_id))
    parts.extend(_outcome(payload))
    if payload.get("resume_rate_ml_per_h"):
        parts.append(translate("describe", "Infusion resumed at {0}").format(_rate(payload["resume_rate_ml_per_h"])))
    if payload.get("deviation_reason"):
        parts.append(translate("describe", "Reason: {0}").format(payload["deviation_reason"]))
    provider = payload.get("provider_notified")
    if isinstance(provider, dict):
        parts.append(
            translate("describe", "Prescriber {0} notified at {1}").format(
                provider.get("name"), _time(provider.get("at"))
            )
        )
    if payload.get("notes"):
        parts.append(str(payload["notes"]))
    return SEPARATOR.join(parts)


def describe_plan(payload: Payload) -> str:
    plan = PlanSnapshot.from_payload(payload["plan"])
    rates = " → ".join(fmt.rate(step.rate_ml_per_h).removesuffix(" mL/h") for step in plan.steps)
    check = payload.get("double_check")
    checker = check.get("checker", "") if isinstance(check, dict) else ""
    parts = [plan.off_label] if plan.off_label else []  # first: the whole OFF-LABEL sentence, with its prescriber
    parts += [
        f"{plan.product_name} {fmt.number(plan.dose_g)} g = {fmt.volume(plan.volume_ml)}",
        translate("describe", "weight {0} kg").format(payload.get("weight_kg", "?")),
        translate("describe", "steps {0} mL/h").format(rates),
        translate("describe", "hard limit {0}").format(fmt.rate(plan.limits.hard_max_ml_per_h)),
    ]
    if plan.at_risk:
        parts.append(translate("describe", "at-risk cap"))
    if checker:
        parts.append(translate("describe", "checked by {0}").format(checker))
    if payload.get("weight_flag"):
        parts.append(str(payload["weight_flag"]))
    return SEPARATOR.join(parts)


def _rate_change(payload: Payload) -> str:
    kind = RateChange(str(payload.get("kind", "start")))
    step = payload.get("step")
    where = (
        translate("describe", "step {0}").format(step)
        if step is not None and payload.get("on_plan")
        else translate("describe", "off the plan's steps")
    )
    parts = [
        translate("describe", "Pump set to {0}").format(_rate(payload.get("rate_ml_per_h"))),
        where,
        words(kind.label).lower(),
    ]
    for key, label in (
        ("reason", translate("describe", "reason")),
        ("override_reason", translate("describe", "above the tolerated maximum because")),
        ("early_reason", translate("describe", "before the premedication wait ended because")),
    ):
        if payload.get(key):
            parts.append(f"{label}: {payload[key]}")
    return SEPARATOR.join(parts)


@functools.cache
def _product_names() -> dict[str, str]:
    from ivig_desktop.domain.catalog import PRODUCTS_FILE, load_catalog
    from ivig_desktop.paths import resources_dir

    return {product.id: product.display_name for product in load_catalog(resources_dir() / PRODUCTS_FILE)}


def product_name(product_id: str) -> str:
    """A product as a nurse knows it ('Privigen 10%'), not its catalog id ('privigen'); the id when unknown."""
    return _product_names().get(product_id, product_id)


def _simple(event_type: EventType, payload: Payload) -> str | None:
    """The entries of check-in, pre-infusion, the infusion run and its end, in words."""
    if event_type is EventType.CHECKLIST_ANSWERED:
        answer = words(Answer(str(payload["answer"])).label)
        reason = f": {payload['reason']}" if payload.get("reason") else ""
        return f"{payload.get('text', payload['item'])} — {answer}{reason}"
    if event_type is EventType.VIAL_RECORDED:
        how = translate("describe", "scanned") if payload.get("scanned") else translate("describe", "typed")
        return SEPARATOR.join(
            [
                f"{product_name(str(payload['product_id']))} {payload['size_g']} g",
                translate("describe", "lot {0}").format(payload["lot"]),
                translate("describe", "expires {0}").format(payload["expiry"]),
                how,
            ]
        )
    if event_type is EventType.PREMED_GIVEN:
        return translate("describe", "{0} {1} {2} {3}, given by {4}").format(
            payload["drug"], payload["dose"], payload["unit"], payload["route"], payload.get("given_by", "?")
        )
    if event_type in (EventType.INFUSION_STARTED, EventType.RATE_CHANGED, EventType.INFUSION_RESUMED):
        return _rate_change(payload)
    if event_type in (EventType.STEP_HELD, EventType.INFUSION_PAUSED):
        stopped = translate("describe", "Pump stopped until the prescriber decides: ") if payload.get("stopped") else ""
        return f"{stopped}{recorded(str(payload.get('reason', '')), 'domain.infusion_commands')}"
    if event_type is EventType.INFUSION_ENDED:
        outcome = words(Outcome(str(payload["outcome"])).label)
        reason = f": {payload['reason']}" if payload.get("reason") else ""
        return translate("describe", "{0}{1} · {2} mL infused (from the confirmed rates)").format(
            outcome, reason, payload.get("volume_infused_ml", "?")
        )
    if event_type is EventType.FLUSH_GIVEN:
        return translate("describe", "Flushed with {0} mL").format(payload["volume_ml"])
    if event_type is EventType.DISCHARGED:
        notes = f": {payload['notes']}" if payload.get("notes") else ""
        return f"{words(DischargeStatus(str(payload['status'])).label)}{notes}"
    if event_type is EventType.SIGNED_OFF:
        return translate("describe", "Signed by {0}, {1} — “{2}”").format(
            payload["name"], payload["credentials"], payload["meaning"]
        )
    return None


def describe(event_type: EventType, payload: Payload, session: Session | None = None) -> str:
    """The payload in words (notes: their text)."""
    if event_type is EventType.NOTE:
        return str(payload.get("text", ""))
    if event_type is EventType.PLAN_CONFIRMED:
        return describe_plan(payload)
    simple = _simple(event_type, payload)
    if simple is not None:
        return simple
    if event_type is EventType.VITALS_RECORDED:
        return describe_vitals(payload)
    if event_type is EventType.REACTION_RECORDED:
        return describe_reaction(payload)
    if event_type is EventType.REACTION_UPDATED:
        return describe_reaction_update(payload, session)
    return ", ".join(f"{k}: {v}" for k, v in payload.items())
