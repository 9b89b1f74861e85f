"""Vital signs (the chart and the table) and reactions with what was done."""

from __future__ import annotations

from collections.abc import Sequence

from ivig_desktop.domain.reactions import ReactionRecord, ResponseAction
from ivig_desktop.reports import text
from ivig_desktop.reports.document.markup import CHART_ANCHOR, CHART_URL, CORRECTED_MARK, FLAG_MARK, e, kv, table
from ivig_desktop.reports.document.writer import Writer
from ivig_desktop.reports.summary import Stamp


def vitals(w: Writer, chart: tuple[int, int] | None) -> str:
    s = w.s
    parts: list[str] = []
    if not s.vitals:
        parts.append("<p>No vital signs recorded.</p>")
        return "".join(parts)
    if chart is not None:
        width, height = chart
        if w.chart_space:  # paper: room for the chart, which the page's painter draws there as vector graphics
            parts.append(
                f'<p style="line-height: {height}px; -qt-line-height-type: fixed;">'
                f'<a name="{CHART_ANCHOR}"></a>&nbsp;</p>'
            )
        else:
            parts.append(f'<p align="center"><img src="{CHART_URL}" width="{width}" height="{height}"/></p>')
    rows = []
    for row in s.vitals:
        v = row.vitals
        kinds = set(row.flag_kinds)

        def mark(value: str, *codes: str, kinds: set[str] = kinds) -> str:
            return f'<span class="flag">{FLAG_MARK} {value}</span>' if kinds & set(codes) else value

        temperature = f"{v.temperature_c}"
        if v.temperature_f_entered is not None:
            temperature += f' <span class="small">({v.temperature_f_entered} °F)</span>'
        when = w.when(row.stamp)
        if row.baseline:
            when += '<br/><span class="small">baseline</span>'
        rows.append(
            [
                when,
                mark(
                    f"{v.systolic_mmhg}/{v.diastolic_mmhg}",
                    *("systolic_drop", "low_systolic", "high_systolic", "systolic_rise", "high_diastolic"),
                ),
                mark(str(v.heart_rate_per_min), "fast_heart_rate", "slow_heart_rate", "heart_rate_rise"),
                mark(str(v.respiratory_rate_per_min), "slow_breathing", "fast_breathing"),
                mark(temperature, "fever", "temperature_rise"),
                mark(str(v.spo2_percent), "low_spo2", "spo2_drop"),
                mark(str(v.pain_score), "severe_pain", "pain_rise"),
                e(text.number(v.weight_kg)) if v.weight_kg is not None else "",
                "; ".join(e(f) for f in row.flags),
                w.by(row.stamp),
            ]
        )
    parts.append(
        table(
            ["Taken", "BP mmHg", "HR /min", "RR /min", "Temp °C", "SpO2 %", "Pain /10", "Wt kg", "Flags", "By"],
            rows,
            widths=[10, 9, 7, 7, 8, 7, 7, 6, 26, 13],
        )
    )
    return "".join(parts)


def reactions(w: Writer) -> str:
    s = w.s
    parts: list[str] = []
    if not s.reactions:
        parts.append("<p>No reaction recorded.</p>")
        return "".join(parts)
    for number, row in enumerate(s.reactions, start=1):
        r = row.record
        title = f"Reaction {number}: {r.grade.title}"
        if row.stamp.corrected:
            title += f" {CORRECTED_MARK}"
        parts.append(f"<h3>{e(title)}</h3>")
        parts.append(kv(_reaction_rows(w, row.stamp, r, row.updates)))
    return "".join(parts)


def _reaction_rows(w: Writer, stamp: Stamp, r: ReactionRecord, updates: Sequence[Stamp]) -> list[tuple[str, str]]:
    onset = e(w.clock(r.onset_at))
    if stamp.late_entry:
        onset += f" (late entry, written {e(w.clock(stamp.recorded_at))})"
    rows = [
        ("Onset", f"{onset}, recorded by {w.by(stamp)}"),
        ("Symptoms", f"<b>{e(r.symptom_text)}</b>"),
        ("Grade (CTCAE)", e(f"{r.grade.title}. {r.grade.meaning}")),
        *(
            [("Picture (symptoms and vitals)", f"<b>{e(r.assessment.summary)}</b>")]
            if r.assessment is not None and r.assessment.summary
            else []
        ),
        (
            "Rate at onset",
            e(text.rate(r.rate_at_onset_ml_per_h)) if r.rate_at_onset_ml_per_h else "no infusion running",
        ),
    ]
    if r.proposal is not None:
        proposed = r.proposal.summary
        rows.append(("Proposed", e(proposed)))
        if r.proposal.working:
            rows.append(("Working", f'<span class="small">{e(" ".join(r.proposal.working))}</span>'))
    if r.response_action is not None:
        done = r.response_action.label
        if r.response_rate_ml_per_h is not None:
            rate = text.rate(r.response_rate_ml_per_h)
            done += f": to resume at {rate}" if r.response_action is ResponseAction.PAUSE else f" to {rate}"
        rows.append(("Done", f"<b>{e(done)}</b>"))
    if r.deviation_reason:
        rows.append(("Reason for the choice", e(r.deviation_reason)))
    for med in r.medications:
        rows.append(
            (
                "Medication",
                e(f"{med.name} {text.number(med.dose)} {med.unit.value} {med.route.value} at {w.clock(med.given_at)}"),
            )
        )
    if r.provider_notified is not None:
        rows.append(
            (
                "Prescriber notified",
                e(f"{r.provider_notified.name} at {w.clock(r.provider_notified.at)}"),
            )
        )
    if r.emergency_services_called_at is not None:
        rows.append(("Emergency services", e(f"called at {w.clock(r.emergency_services_called_at)}")))
    outcome = r.outcome.label if r.outcome else "not recorded"
    if r.resolved_at is not None:
        outcome += f" at {w.clock(r.resolved_at)}"
    if r.resumed_rate_ml_per_h is not None:
        outcome += f"; infusion resumed at {text.rate(r.resumed_rate_ml_per_h)}"
    rows.append(("Outcome", f"<b>{e(outcome)}</b>"))
    for update in updates:
        rows.append(("Outcome entry", f"{e(w.clock(update.occurred_at))} by {w.by(update)}"))
    if r.notes:
        rows.append(("Notes", e(r.notes)))
    return rows
