"""Where the plan starts: the label's lowest rate (first infusion, product switch, long gap) or not."""

from __future__ import annotations

from ivig_desktop.domain.catalog import Product
from ivig_desktop.domain.plan.model import InfusionKind, PlanRequest
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.units import show


def choose_start(request: PlanRequest, product: Product, policy: ClinicPolicy, warnings: list[str]) -> tuple[bool, str]:
    """Whether the plan must start at the label's lowest rate, and why."""
    lowest = "start at the label's lowest rate"
    if request.infusion is InfusionKind.FIRST:
        return True, f"first infusion: {lowest}"
    previous = request.previous_product_id
    if previous is not None and previous.strip() and previous.strip() != product.id:
        return True, f"product switch (from {previous.strip()}): {lowest}"
    weeks = request.weeks_since_last
    if weeks is not None and weeks > policy.long_gap_weeks:
        return True, (
            f"{show(weeks)} weeks since the last infusion (more than {policy.long_gap_weeks}, "
            f"{policy.source}): {lowest}"
        )
    if weeks is None:
        warnings.append(
            f"Maintenance infusion without the weeks since the last infusion: confirm it is "
            f"{policy.long_gap_weeks} weeks or less, else the plan must start at the label's lowest rate."
        )
    return False, "maintenance infusion"
