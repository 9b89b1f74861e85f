"""Which label protocol the plan follows (the indication's row, the general protocol, or off-label), the label's
first-infusion rule, and where the plan starts (the label's lowest rate, or not)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ivig_desktop.domain.catalog import INDICATION_NAMES, Product, Protocol
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.plan.model import InfusionKind, OffLabel, PlanRequest
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.units import show
from ivig_desktop.domain.working import parenthesised

msg = messages(__name__)

UNCONFIRMED_FIELDS = ("protocols", "indications", "sources", "concentration_choices_percent")


@dataclass(frozen=True)
class ProtocolChoice:
    protocol: Protocol
    fallback: bool  # the product's general protocol, not the indication's own row
    off_label: OffLabel | None


def choose_protocol(product: Product, request: PlanRequest, warnings: list[str]) -> ProtocolChoice:
    """The label's protocol for the indication. An indication not on the label is refused, naming the labelled
    ones, unless the order is marked off-label with its prescriber: then the general protocol is used."""
    indication = request.indication
    prescriber = " ".join((request.off_label_prescriber or "").split())
    off_label: OffLabel | None = None
    if not product.on_label(indication):
        if not prescriber:
            raise ValidationError.one(
                "indication",
                msg(
                    "{display_name} is not labelled for {value} ({indication_names}); its labelled indications are "
                    "{labelled_text}. Choose a labelled indication or another product, or mark the order off-label "
                    "with the prescriber's name.",
                    display_name=product.display_name,
                    value=indication.value,
                    indication_names=INDICATION_NAMES[indication],
                    labelled_text=product.labelled_text,
                ),
            )
        off_label = OffLabel(prescriber, indication, product.indications)
        warnings.append(
            msg(
                "{text}. The product's general ({value}) protocol is used.",
                text=off_label.text,
                value=product.general_indication.value,
            )
        )
    elif prescriber:
        warnings.append(
            msg(
                "The order is marked off-label (prescriber {prescriber}), but {value} is on the {display_name} "
                "label: the label protocol is used and the plan is not off-label.",
                prescriber=prescriber,
                value=indication.value,
                display_name=product.display_name,
            )
        )
    match = product.protocol_for(indication)
    if match.fallback and off_label is None:
        warnings.append(
            msg(
                "{display_name} has no label protocol for {value} ({indication_names}): the product's general "
                "({value2}) protocol is used.",
                display_name=product.display_name,
                value=indication.value,
                indication_names=INDICATION_NAMES[indication],
                value2=product.general_indication.value,
            )
        )
    protocol = match.protocol
    if not protocol.confirmed:
        warnings.append(
            msg("UNCONFIRMED protocol: {unconfirmed_reason}", unconfirmed_reason=protocol.unconfirmed_reason)
        )
    unconfirmed = product.unconfirmed_fields
    relevant = [*UNCONFIRMED_FIELDS]
    if request.at_risk:
        relevant.append("at_risk")
    if request.dose_g_per_kg is not None:
        relevant.append("vial_sizes_g")
    for field in relevant:
        if field in unconfirmed and not (field == "protocols" and not protocol.confirmed):
            warnings.append(msg("UNCONFIRMED {field}: {unconfirmed}", field=field, unconfirmed=unconfirmed[field]))
    return ProtocolChoice(protocol, match.fallback, off_label)


def check_first_infusion(product: Product, request: PlanRequest, concentration: Decimal) -> str | None:
    """A label's rule for the first infusion of a previously untreated patient (Carimune NF: 3% only). Refuses a
    higher concentration with the reason; returns the rule's text when it applies and is kept, else None."""
    rule = product.first_infusion
    if rule is None or request.infusion is not InfusionKind.FIRST or request.indication not in rule.indications:
        return None
    if concentration > rule.max_concentration_percent:
        raise ValidationError.one(
            "concentration_percent",
            msg(
                "Refused: {concentration}% for the first infusion of a previously untreated patient. {text} "
                "{source}. Use the {max_concentration_percent}% solution.",
                concentration=show(concentration),
                text=rule.text,
                source=parenthesised(rule.source),
                max_concentration_percent=show(rule.max_concentration_percent),
            ),
        )
    return msg(
        "first infusion of a previously untreated patient at {concentration}%: {text} {source}",
        concentration=show(concentration),
        text=rule.text,
        source=parenthesised(rule.source),
    )


def choose_start(request: PlanRequest, product: Product, policy: ClinicPolicy, warnings: list[str]) -> tuple[bool, str]:
    """Whether the plan must start at the label's lowest rate, and why."""
    lowest = msg("start at the label's lowest rate")
    if request.infusion is InfusionKind.FIRST:
        return True, msg("first infusion: {lowest}", lowest=lowest)
    previous = request.previous_product_id
    if previous is not None and previous.strip() and previous.strip() != product.id:
        return True, msg("product switch (from {previous}): {lowest}", previous=previous.strip(), lowest=lowest)
    weeks = request.weeks_since_last
    if weeks is not None and weeks > policy.long_gap_weeks:
        return True, (
            msg(
                "{weeks} weeks since the last infusion (more than {long_gap_weeks}, {source}): {lowest}",
                weeks=show(weeks),
                long_gap_weeks=policy.long_gap_weeks,
                source=policy.source,
                lowest=lowest,
            )
        )
    if weeks is None:
        warnings.append(
            msg(
                "Maintenance infusion without the weeks since the last infusion: confirm it is {long_gap_weeks} "
                "weeks or less, else the plan must start at the label's lowest rate.",
                long_gap_weeks=policy.long_gap_weeks,
            )
        )
    return False, msg("maintenance infusion")
