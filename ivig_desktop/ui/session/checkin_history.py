"""Check-in's account of the past: the regimen in words, its earlier versions, and the last infusions with the
suggested personal maximum (the texts the Regimen and Recent sessions boxes show)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ivig_desktop.domain.reactions import reactions as session_reactions
from ivig_desktop.domain.regimen import RegimenVersion
from ivig_desktop.domain.tolerance import session_tolerance, suggest_personal_maximum
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.workstation import Workstation


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckInTab", text)


def regimen_summary(version: RegimenVersion, product_name: str) -> str:
    r = version.regimen
    protocol = f"ladder {r.ladder_id}" if r.ladder_id else "label protocol"
    personal = []
    if r.personal_start_mg_per_kg_min is not None:
        personal.append(f"personal start {r.personal_start_mg_per_kg_min} mg/kg/min")
    if r.personal_max_mg_per_kg_min is not None:
        personal.append(f"tolerated maximum {r.personal_max_mg_per_kg_min} mg/kg/min")
    premeds = ", ".join(p.text for p in r.premeds) or "none"
    lines = [
        f"{product_name} for {r.indication.value}: {r.dose_g_per_kg} g/kg ({r.dosing_weight_method.value} weight), "
        f"{r.frequency}; {protocol}",
        f"Dosed on {r.weight_kg} kg" + (f"; {'; '.join(personal)}" if personal else ""),
        f"Premedication: {premeds}",
    ]
    if r.notes:
        lines.append(f"Notes: {r.notes}")
    lines.append(f"Version {version.version}, {fmt.day_time(version.created_at)}: {version.reason}")
    return "\n".join(lines)


def versions_text(workstation: Workstation, patient_id: int) -> str:
    """The regimen's earlier versions, newest first, with date, author, reason and what each said ('' if none)."""
    versions = workstation.regimen_versions(patient_id)[:-1]
    lines = []
    for version in reversed(versions):
        r = version.regimen
        author = workstation.nurse_by_id(version.created_by).display_name
        lines.append(
            tr("v{0} · {1} · {2} · {3}: {4} {5} g/kg, {6}").format(
                version.version,
                fmt.day_time(version.created_at),
                author,
                version.reason,
                r.product_id,
                r.dose_g_per_kg,
                r.frequency,
            )
        )
    return tr("Earlier versions:\n{0}").format("\n".join(lines)) if lines else ""


def history_texts(controller: SessionController) -> tuple[str, str | None]:
    """The last three infusions (date, product, highest rate, reactions, outcome) and the suggested personal
    maximum with its working; and the working alone (None for a first infusion)."""
    sessions = [s for s in controller.previous_sessions() if s.infusion.started]
    if not sessions:
        return tr("No earlier infusion on record: this is a first infusion."), None
    lines = []
    for past in sessions[-3:][::-1]:
        run = past.infusion
        assert run.plan is not None and run.started_at is not None
        highest = fmt.rate(run.highest_rate_ml_per_h) if run.highest_rate_ml_per_h else "—"
        outcome = run.outcome.label if run.outcome else tr("not ended")
        reactions = [
            tr("reaction grade {0}{1}").format(
                int(r.grade),
                f" at {fmt.rate(r.rate_at_onset_ml_per_h)}" if r.rate_at_onset_ml_per_h is not None else "",
            )
            for r in session_reactions(past)
        ]
        lines.append(
            f"{fmt.long_date(fmt.local(run.started_at).date())}: {run.plan.product_name}, "
            f"highest {highest}, {', '.join(reactions) or tr('no reaction')}, {outcome}"
        )
    facts = [
        session_tolerance(past, fmt.long_date(fmt.local(past.infusion.started_at).date()))
        for past in sessions[-3:]
        if past.infusion.started_at is not None
    ]
    suggestion = suggest_personal_maximum(facts)
    if suggestion.rate_ml_per_h is not None:
        lines.append(
            tr("Suggested personal maximum: {0}{1}").format(
                fmt.rate(suggestion.rate_ml_per_h),
                tr(" (prescriber to review)") if suggestion.prescriber_review else "",
            )
        )
    elif suggestion.prescriber_review:
        lines.append(tr("Personal maximum: ask the prescriber"))
    lines.extend(f"   {line}" for line in suggestion.working)
    return "\n".join(lines), "\n".join(suggestion.working)
