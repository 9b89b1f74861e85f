"""The `schedule` command's table: the plan's steps, then its limits, warnings and the working of every number."""

from __future__ import annotations

from ivig_desktop.domain.plan import Plan


def render_plan(plan: Plan, catalog_warning: str) -> str:
    """The plan as a readable table followed by its limits, warnings and the working of every number."""
    from ivig_desktop.domain.catalog import INDICATION_NAMES
    from ivig_desktop.domain.units import plain, show

    product, rounding = plan.product, plan.policy.rounding
    dosing_kg = plan.dosing_weight.weight_kg
    request = plan.request
    lines = [f"*** {plan.off_label_text} ***"] if plan.off_label_text else []
    lines += [
        f"{product.display_name} for {plan.indication.value} ({INDICATION_NAMES[plan.indication]})"
        + (" -- OFF-LABEL" if plan.off_label else ""),
        f"Label protocol: {plan.protocol.label_text}"
        + (" [general protocol: no label row for this indication]" if plan.protocol_fallback else ""),
        f"Patient: weight {show(plan.weight_kg)} kg"
        + (f", height {show(plan.height_cm)} cm" if plan.height_cm is not None else "")
        + (f", sex {request.sex.value}" if request.sex else "")
        + f"; dosing weight {show(dosing_kg, rounding.weight_places)} kg ({plan.dosing_weight.used.value}); "
        f"per-kg rates use {show(plan.per_kg_weight_kg, rounding.weight_places)} kg "
        f"({plan.per_kg_weight_basis})",
        f"Start: {plan.start_rule}",
        *([f"Course: {plan.course_text}"] if plan.course_text else []),
        f"At risk (renal/thrombosis): {'yes' if request.at_risk else 'no'}; "
        f"ladder: {plan.ladder.id if plan.ladder else 'none (label protocol)'}",
        f"Pump: {plan.policy.pump.name}, up to {plain(plan.policy.pump.max_ml_per_h)} mL/h in steps of "
        f"{plain(rounding.pump_resolution_ml_per_h)} mL/h",
        "",
    ]
    header = ("Step", "Start", "For", "mg/kg/min", "mL/kg/h", "Pump mL/h", "Origin", "Note")
    rows = [header]
    for step in plan.steps:
        rows.append(
            (
                str(step.number),
                f"{step.start_min} min",
                f"{step.duration_min} min" if step.duration_min is not None else "to end",
                plain(step.rate_mg_per_kg_min),
                plain(step.rate_ml_per_kg_h),
                plain(step.rate_ml_per_h),
                step.origin.value,
                f"capped by the {step.capped_by}" if step.capped_by else "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    right = {0, 3, 4, 5}
    for row in rows:
        cells = [
            cell.rjust(width) if index in right else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    lines.append(f"Maximum pump rate: {plain(plan.max_ml_per_h)} mL/h")
    dose = plan.dose
    if dose is not None:
        vials = " + ".join(f"{count} x {plain(size)} g" for size, count in dose.vials.vials)
        lines.append(
            f"Dose: {show(dose.dose_g_per_kg)} g/kg x {show(dosing_kg, rounding.weight_places)} kg = "
            f"{show(dose.ordered_g, rounding.dose_places)} g ordered -> {show(dose.dose_g)} g in whole vials "
            f"({vials}; rule {dose.vials.rule.value}) -> {show(dose.volume_ml, rounding.volume_places)} mL"
        )
        lines.append(f"Estimated duration: {dose.duration_working.result}")
        if plan.dose_check is not None:
            lines.append(f"Dose limit: {plan.dose_check.working.result} -- {plan.dose_check.working.source}")
    if plan.split is not None:
        lines.append(f"Split over days: {plan.split.working.result}" + ("" if plan.split.fits else " (does not fit)"))
    lines.append("")
    lines.append("Limits:")
    for limit in plan.limits:
        binding = " (binding)" if limit is plan.hard_limit else ""
        lines.append(f"  {limit.kind.value}{binding}: {limit.working.result} -- {limit.name} [{limit.origin.value}]")
        lines.append(f"      source: {limit.source}")
    if plan.overrides:
        lines.append("Overrides (recorded):")
        for override in plan.overrides:
            lines.append(
                f"  {show(override.requested_mg_per_kg_min, 4)} mg/kg/min above the "
                f"{override.limit.describe}: {override.reason}"
            )
    if plan.warnings:
        lines.append("Warnings:")
        lines.extend(f"  ! {warning}" for warning in plan.warnings)
    if plan.notes:
        lines.append("Product notes:")
        lines.extend(
            f"  - {note.text}" + ("" if note.confirmed else " [not confirmed by the reference]") for note in plan.notes
        )
    lines.append("")
    lines.append("Working:")
    workings = plan.workings()
    for working in workings:
        lines.extend(f"  {line}" for line in working.lines)
    lines.append("")
    lines.append(f"Catalog entry verified {product.verified_on.isoformat()}. {catalog_warning}")
    return "\n".join(lines)
