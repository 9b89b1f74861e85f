"""The record's first page: title and status, identification, the regimen and the plan."""

from __future__ import annotations

from ivig_desktop.domain.session import Stage
from ivig_desktop.domain.working import parenthesised
from ivig_desktop.reports import text
from ivig_desktop.reports.document.markup import FLAG_MARK, e, kv, table
from ivig_desktop.reports.document.writer import Writer


def title(w: Writer) -> str:
    s = w.s
    if s.signed:
        status = "Signed and closed"
    elif s.stage is Stage.SIGNED:  # pragma: no cover - a signed stage always has a signature
        status = "Signed"
    else:
        status = f"IN PROGRESS, NOT SIGNED (stage: {s.stage.label})"
    clinic = s.clinic
    issuer = ""
    if clinic.name or clinic.address_lines:
        lines = [f"<b>{e(clinic.name)}</b>"] if clinic.name else []
        lines += [e(line) for line in clinic.address_lines]
        issuer = f'<p class="muted">{"<br/>".join(lines)}</p>'
    simulation = ""
    if s.mark:
        simulation = (
            '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td align="center">'
            f'<span class="status">{e(s.mark_sentence)}</span></td></tr></table>'
        )
    return (
        simulation + '<table width="100%" cellspacing="0"><tr>'
        f"<td><h1>IVIG infusion record</h1>{issuer}</td>"
        f'<td align="right"><span class="status">{e(status)}</span></td>'
        "</tr></table>"
    )


def identification(w: Writer) -> str:
    s = w.s
    p = s.patient
    plan = s.plan
    product = plan.product_name if plan else (s.regimen.product_name if s.regimen else text.NONE)
    lots = ", ".join(s.lots) or "none recorded"
    today_weight = plan.weight_kg if plan and plan.weight_kg is not None else None
    left = kv(
        [
            ("Patient", f"<b>{e(p.display_name)}</b>"),
            ("Born", f"{e(text.long_date(p.date_of_birth))} ({p.age_years} y)"),
            ("MRN", e(p.mrn or "none recorded")),
            ("Sex", e(p.sex.label)),
            ("Height", e(text.quantity(p.height_cm, "cm"))),
            (
                "Weight",
                e(text.quantity(today_weight, "kg") + " today")
                if today_weight is not None
                else e(text.quantity(p.weight_kg, "kg") + " on record"),
            ),
        ]
    )
    right = kv(
        [
            ("Session", f"<b>{s.session_id}</b> at {e(s.location)}"),
            ("Opened", f"{e(w.s.times.day_time(s.opened_at))} by {e(s.opened_by.display)}"),
            ("Product", e(product)),
            ("Lots", e(lots)),
            ("Stage", e(s.stage.label)),
            ("Times", f"local ({e(w.s.times.zone_label(s.opened_at))})"),
        ]
    )
    allergies = f'<p class="allergy">ALLERGIES: {e(p.allergies or "none recorded")}</p>'
    return (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4"><tr>'
        f'<td width="50%">{left}</td><td width="50%">{right}</td></tr>'
        f'<tr><td colspan="2">{allergies}</td></tr></table>'
    )


def regimen_and_plan(w: Writer) -> str:
    s = w.s
    parts: list[str] = []
    r = s.regimen
    parts.append("<h3>Regimen in force</h3>")
    if r is None:
        parts.append("<p>No regimen on record when the plan was confirmed.</p>")
    else:
        personal = []
        if r.personal_start_mg_per_kg_min is not None:
            personal.append(f"start {text.number(r.personal_start_mg_per_kg_min)} mg/kg/min")
        if r.personal_max_mg_per_kg_min is not None:
            personal.append(f"tolerated maximum {text.number(r.personal_max_mg_per_kg_min)} mg/kg/min")
        off_label = f' <span class="flag">{FLAG_MARK} OFF-LABEL</span>' if r.off_label else ""
        course = ""
        if r.course_days > 1:
            total = text.number(r.dose_g_per_kg * r.course_days)
            course = f" a day x {r.course_days} days = {e(total)} g/kg"
        parts.append(
            kv(
                [
                    (
                        "Regimen",
                        f"version {r.version}, saved {e(w.s.times.day_time(r.saved_at))} by {e(r.saved_by.display)}"
                        f" ({e(r.reason)})",
                    ),
                    ("Ordered by", e(r.prescriber or "prescriber not recorded on the regimen")),
                    ("Product", f"{e(r.product_name)} for {e(r.indication)} ({e(r.indication_name)})" + off_label),
                    (
                        "Dose",
                        f"{e(text.number(r.dose_g_per_kg))} g/kg{course} on {e(r.dosing_weight_method)} weight, "
                        f"{e(r.frequency)}; dosed on {e(text.quantity(r.weight_kg, 'kg'))}",
                    ),
                    ("Rate protocol", e(f"ladder {r.ladder_id}" if r.ladder_id else "label protocol")),
                    ("Personal plan", e("; ".join(personal) or "none")),
                    ("Premedication", e(", ".join(r.premeds) or "none")),
                ]
                + ([("Notes", e(r.notes))] if r.notes else [])
            )
        )
    plan = s.plan
    if plan is None:
        parts.append("<p><b>No plan was confirmed.</b></p>")
        return "".join(parts)
    vials = " + ".join(f"{v.count} x {text.number(v.size_g)} g" for v in plan.vials) or text.NONE
    # a plan recorded earlier quotes its limit as 'label maximum 8 mg/kg/min (label)': never nested
    limits = f"hard {text.rate(plan.hard_max_ml_per_h)} {e(parenthesised(plan.hard_max_source))}"
    if plan.soft_max_ml_per_h is not None:
        limits += f"; soft {text.rate(plan.soft_max_ml_per_h)} {e(parenthesised(plan.soft_max_source))}"
    confirmed = f"{e(w.s.times.day_time(plan.stamp.occurred_at))} by {e(plan.stamp.by.display)}"
    if plan.confirmations > 1:
        confirmed += f" (confirmation {plan.confirmations}; earlier ones superseded)"
    parts.append("<h3>Plan confirmed for this session</h3>")
    rows = [("OFF-LABEL", f'<span class="flag">{FLAG_MARK} {e(plan.off_label)}</span>')] if plan.off_label else []
    rows += [("Course", f"<b>{e(plan.course)}</b>")] if plan.course else []
    rows += [
        ("Confirmed", confirmed),
        ("Double-check", e(plan.double_check or "not recorded")),
        (
            "Dose today",
            f"<b>{e(text.number(plan.vials_g))} g</b> {e(plan.product_name)} in whole vials ({e(vials)}) = "
            f"<b>{e(text.volume(plan.volume_ml))}</b>",
        ),
        (
            "Weight",
            e(f"{text.quantity(plan.weight_kg, 'kg')} today; regimen {text.quantity(plan.regimen_weight_kg, 'kg')}"),
        ),
        ("Limits", limits),
        (
            "Infusion",
            e(
                ("first infusion" if plan.first_infusion else "maintenance infusion")
                + ("; AT RISK (renal/thrombosis): at-risk cap" if plan.at_risk else "; not at risk")
            ),
        ),
    ]
    if plan.weight_flag:
        rows.append(("Weight flag", f'<span class="flag">{FLAG_MARK} {e(plan.weight_flag)}</span>'))
    parts.append(kv(rows))
    parts.append("<h3>Rate steps as planned (pump mL/h)</h3>")
    start = 0
    step_rows = []
    for step in plan.steps:
        step_rows.append(
            [
                str(step.number),
                f"{start} min",
                f"{step.duration_min} min" if step.duration_min is not None else "to the end",
                e(text.number(step.rate_mg_per_kg_min)) if step.rate_mg_per_kg_min is not None else text.NONE,
                e(text.number(step.rate_ml_per_kg_h)) if step.rate_ml_per_kg_h is not None else text.NONE,
                f"<b>{e(text.rate(step.rate_ml_per_h))}</b>",
                e(step.origin),
            ]
        )
        start += step.duration_min or 0
    parts.append(
        table(
            ["Step", "From", "For", "mg/kg/min", "mL/kg/h", "Pump rate", "Origin"],
            step_rows,
            widths=[8, 12, 14, 14, 14, 20, 18],
        )
    )
    if plan.warnings:
        parts.append("<p><b>Warnings shown with the plan:</b></p>")
        parts.extend(f'<p class="small">{FLAG_MARK} {e(w)}</p>' for w in plan.warnings)
    if plan.working:
        parts.append('<p class="small muted">The working behind every number is in the appendix.</p>')
    return "".join(parts)
