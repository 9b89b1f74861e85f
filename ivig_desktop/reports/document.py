"""The session summary as a document: HTML for Qt's rich text (QTextDocument), the same on screen, on paper and in
the PDF. It reads like a well-kept paper flowsheet: identification first, then the regimen and the plan, the checks,
vials and lots, premedication, the rate timeline, vital signs (chart and table), reactions and what was done, notes,
corrections (the original struck through, each correction beneath it with who, when and why), and the signature.

Plain string building, no Qt: the chart is referenced by URL (`CHART_URL`) and supplied by the caller as an image
resource. Times are local, with the date where it differs from the session's day; a late entry shows both times.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from decimal import Decimal

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.domain.reactions import ReactionRecord, ResponseAction
from ivig_desktop.domain.session import Stage
from ivig_desktop.reports import text
from ivig_desktop.reports.summary import SessionSummary, Stamp

CHART_URL = "ivig-report://vitals-chart.png"
CORRECTED_MARK = "†"
FLAG_MARK = "⚠"

STYLE = """
body { font-size: 9pt; }
h1 { font-size: 15pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 11pt; font-weight: bold; background-color: #e4e4e4; margin-top: 12px; margin-bottom: 4px; }
h3 { font-size: 9.5pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 2px; }
table.grid { border-collapse: collapse; border-color: #9a9a9a; border-style: solid; }
table.grid th { background-color: #ececec; font-weight: bold; text-align: left; padding: 2px 3px; }
table.grid td { padding: 2px 3px; vertical-align: top; }
table.ident td { padding: 1px 6px 1px 0px; vertical-align: top; }
.small { font-size: 7.5pt; }
.muted { color: #444444; }
.status { font-size: 11pt; font-weight: bold; }
.allergy { font-size: 10.5pt; font-weight: bold; }
.flag { font-weight: bold; }
.struck { text-decoration: line-through; }
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _cells(cells: Sequence[str], tag: str = "td") -> str:
    return "".join(f"<{tag}>{cell}</{tag}>" for cell in cells)


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, widths: Sequence[int] = ()) -> str:
    """A ruled table with a header row that repeats on every page. Cells are HTML (escape before)."""
    head = "".join(
        f'<th width="{widths[i]}%">{_e(h)}</th>' if i < len(widths) else f"<th>{_e(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(f"<tr>{_cells(row)}</tr>" for row in rows)
    return (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="2">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def section(title: str, body: str, *, new_page: bool = False) -> str:
    """A section: a level-2 heading (kept with what follows it when paginated: reports/pdf.py) and its body."""
    brk = ' style="page-break-before: always;"' if new_page else ""
    return f"<h2{brk}>{title}</h2>{body}"


def _kv(pairs: Iterable[tuple[str, str]]) -> str:
    rows = "".join(f'<tr><td width="24%"><b>{_e(k)}</b></td><td>{v}</td></tr>' for k, v in pairs)
    return f'<table class="ident" width="100%" cellspacing="0">{rows}</table>'


class _Writer:
    def __init__(self, summary: SessionSummary) -> None:
        self.s = summary
        self.day = summary.day

    def when(self, stamp: Stamp) -> str:
        """The entry's time; a late entry also says when it was written; a corrected one carries the mark."""
        words = _e(text.clock(stamp.occurred_at, self.day))
        if stamp.late_entry:
            words += (
                f'<br/><span class="small">late entry, written {_e(text.clock(stamp.recorded_at, self.day))}</span>'
            )
        if stamp.corrected:
            words += f" {CORRECTED_MARK}"
        return words

    def by(self, stamp: Stamp) -> str:
        return _e(stamp.by.display)

    # --- sections ----------------------------------------------------------------------------------------------

    def title(self) -> str:
        s = self.s
        if s.signed:
            status = "Signed and closed"
        elif s.stage is Stage.SIGNED:  # pragma: no cover - a signed stage always has a signature
            status = "Signed"
        else:
            status = f"IN PROGRESS, NOT SIGNED (stage: {s.stage.label})"
        return (
            '<table width="100%" cellspacing="0"><tr>'
            f"<td><h1>IVIG infusion record</h1></td>"
            f'<td align="right"><span class="status">{_e(status)}</span></td>'
            "</tr></table>"
        )

    def identification(self) -> str:
        s = self.s
        p = s.patient
        plan = s.plan
        product = plan.product_name if plan else (s.regimen.product_name if s.regimen else text.NONE)
        lots = ", ".join(s.lots) or "none recorded"
        today_weight = plan.weight_kg if plan and plan.weight_kg is not None else None
        left = _kv(
            [
                ("Patient", f"<b>{_e(p.display_name)}</b>"),
                ("Born", f"{_e(text.long_date(p.date_of_birth))} ({p.age_years} y)"),
                ("MRN", _e(p.mrn or "none recorded")),
                ("Sex", _e(p.sex.label)),
                ("Height", _e(text.quantity(p.height_cm, "cm"))),
                (
                    "Weight",
                    _e(text.quantity(today_weight, "kg") + " today")
                    if today_weight is not None
                    else _e(text.quantity(p.weight_kg, "kg") + " on record"),
                ),
            ]
        )
        right = _kv(
            [
                ("Session", f"<b>{s.session_id}</b> at {_e(s.location)}"),
                ("Opened", f"{_e(text.day_time(s.opened_at))} by {_e(s.opened_by.display)}"),
                ("Product", _e(product)),
                ("Lots", _e(lots)),
                ("Stage", _e(s.stage.label)),
                ("Times", f"local ({_e(text.zone_name(s.opened_at))})"),
            ]
        )
        allergies = f'<p class="allergy">ALLERGIES: {_e(p.allergies or "none recorded")}</p>'
        return (
            '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4"><tr>'
            f'<td width="50%">{left}</td><td width="50%">{right}</td></tr>'
            f'<tr><td colspan="2">{allergies}</td></tr></table>'
        )

    def regimen_and_plan(self) -> str:
        s = self.s
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
            parts.append(
                _kv(
                    [
                        (
                            "Regimen",
                            f"version {r.version}, saved {_e(text.day_time(r.saved_at))} by {_e(r.saved_by.display)}"
                            f" ({_e(r.reason)})",
                        ),
                        ("Product", f"{_e(r.product_name)} for {_e(r.indication)} ({_e(r.indication_name)})"),
                        (
                            "Dose",
                            f"{_e(text.number(r.dose_g_per_kg))} g/kg on {_e(r.dosing_weight_method)} weight, "
                            f"{_e(r.frequency)}; dosed on {_e(text.quantity(r.weight_kg, 'kg'))}",
                        ),
                        ("Rate protocol", _e(f"ladder {r.ladder_id}" if r.ladder_id else "label protocol")),
                        ("Personal plan", _e("; ".join(personal) or "none")),
                        ("Premedication", _e(", ".join(r.premeds) or "none")),
                    ]
                    + ([("Notes", _e(r.notes))] if r.notes else [])
                )
            )
        plan = s.plan
        if plan is None:
            parts.append("<p><b>No plan was confirmed.</b></p>")
            return "".join(parts)
        vials = " + ".join(f"{v.count} x {text.number(v.size_g)} g" for v in plan.vials) or text.NONE
        limits = f"hard {text.rate(plan.hard_max_ml_per_h)} ({_e(plan.hard_max_source)})"
        if plan.soft_max_ml_per_h is not None:
            limits += f"; soft {text.rate(plan.soft_max_ml_per_h)} ({_e(plan.soft_max_source)})"
        confirmed = f"{_e(text.day_time(plan.stamp.occurred_at))} by {_e(plan.stamp.by.display)}"
        if plan.confirmations > 1:
            confirmed += f" (confirmation {plan.confirmations}; earlier ones superseded)"
        parts.append("<h3>Plan confirmed for this session</h3>")
        rows = [
            ("Confirmed", confirmed),
            ("Double-check", _e(plan.double_check or "not recorded")),
            (
                "Dose today",
                f"<b>{_e(text.number(plan.vials_g))} g</b> {_e(plan.product_name)} in whole vials ({_e(vials)}) = "
                f"<b>{_e(text.volume(plan.volume_ml))}</b>",
            ),
            (
                "Weight",
                _e(
                    f"{text.quantity(plan.weight_kg, 'kg')} today; regimen "
                    f"{text.quantity(plan.regimen_weight_kg, 'kg')}"
                ),
            ),
            ("Limits", limits),
            (
                "Infusion",
                _e(
                    ("first infusion" if plan.first_infusion else "maintenance infusion")
                    + ("; AT RISK (renal/thrombosis): at-risk cap" if plan.at_risk else "; not at risk")
                ),
            ),
        ]
        if plan.weight_flag:
            rows.append(("Weight flag", f'<span class="flag">{FLAG_MARK} {_e(plan.weight_flag)}</span>'))
        parts.append(_kv(rows))
        parts.append("<h3>Rate steps as planned (pump mL/h)</h3>")
        start = 0
        step_rows = []
        for step in plan.steps:
            step_rows.append(
                [
                    str(step.number),
                    f"{start} min",
                    f"{step.duration_min} min" if step.duration_min is not None else "to the end",
                    _e(text.number(step.rate_mg_per_kg_min)) if step.rate_mg_per_kg_min is not None else text.NONE,
                    _e(text.number(step.rate_ml_per_kg_h)) if step.rate_ml_per_kg_h is not None else text.NONE,
                    f"<b>{_e(text.rate(step.rate_ml_per_h))}</b>",
                    _e(step.origin),
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
            parts.extend(f'<p class="small">{FLAG_MARK} {_e(w)}</p>' for w in plan.warnings)
        if plan.working:
            parts.append('<p class="small muted">The working behind every number is in the appendix.</p>')
        return "".join(parts)

    def checklist(self) -> str:
        rows = []
        for row in self.s.checklist:
            answer = _e(row.answer.label) if row.answer else "<b>not answered</b>"
            if row.answer is Answer.RISK_PRESENT:
                answer = f'<span class="flag">{FLAG_MARK} {answer}</span>'
            if row.reason:
                answer += f": {_e(row.reason)}"
            if row.earlier_answers:
                answer += f' <span class="small">(answered {row.earlier_answers + 1} times; the last stands)</span>'
            rows.append(
                [
                    _e(row.text),
                    answer,
                    self.when(row.stamp) if row.stamp else text.NONE,
                    self.by(row.stamp) if row.stamp else "",
                ]
            )
        return table(["Check", "Answer", "Time", "By"], rows, widths=[52, 22, 10, 16])

    def vials(self) -> str:
        parts: list[str] = []
        if not self.s.vials:
            parts.append("<p>No vials recorded.</p>")
            return "".join(parts)
        rows = [
            [
                _e(v.product_id),
                f"{_e(text.number(v.size_g))} g",
                f"<b>{_e(v.lot)}</b>",
                _e(text.long_date(v.expiry)),
                _e(v.gtin or text.NONE),
                _e(v.serial or text.NONE),
                "scanned" if v.scanned else "typed",
                self.when(v.stamp),
                self.by(v.stamp),
            ]
            for v in self.s.vials
        ]
        total = sum((v.size_g for v in self.s.vials), Decimal(0))
        parts.append(
            table(
                ["Product", "Size", "Lot", "Expiry", "GTIN", "Serial", "Entry", "Time", "By"],
                rows,
                widths=[10, 6, 11, 13, 17, 8, 9, 7, 19],
            )
        )
        parts.append(f"<p>Total {_e(text.number(total))} g in {len(self.s.vials)} vial(s).</p>")
        return "".join(parts)

    def premeds(self) -> str:
        parts: list[str] = []
        if not self.s.premeds:
            parts.append("<p>None given.</p>")
            return "".join(parts)
        rows = [
            [
                self.when(p.stamp),
                f"<b>{_e(p.drug)}</b>",
                f"{_e(text.number(p.dose))} {_e(p.unit)}",
                _e(p.route),
                _e(p.given_by),
                self.by(p.stamp),
            ]
            for p in self.s.premeds
        ]
        parts.append(
            table(["Given", "Drug", "Dose", "Route", "Given by", "Recorded by"], rows, widths=[12, 24, 12, 8, 22, 22])
        )
        return "".join(parts)

    def infusion(self) -> str:
        s = self.s
        i = s.infusion
        parts: list[str] = []
        if i.started_at is None:
            parts.append("<p>The infusion was not started.</p>")
            return "".join(parts)
        ended = text.NONE
        if i.ended_at is not None:
            ended = _e(text.clock(i.ended_at, self.day))
            if i.outcome is not None:
                ended += f": <b>{_e(i.outcome.label.lower())}</b>"
            if i.outcome_reason:
                ended += f" ({_e(i.outcome_reason)})"
        elif i.running:
            ended = "<b>still running</b>"
        volume = f"<b>{_e(text.volume(i.volume_infused_ml))}</b> of {_e(text.volume(i.planned_volume_ml))} planned"
        if i.volume_reached_at is not None:
            volume += f"; the planned volume was reached at {_e(text.clock(i.volume_reached_at, self.day))}"
        rows = [
            ("Started", _e(text.clock(i.started_at, self.day))),
            ("Ended", ended),
            ("Volume infused", volume),
            (
                "Time",
                _e(f"{text.duration(i.infusing_time)} infusing, {text.duration(i.paused_time)} paused"),
            ),
            ("Highest rate", f"<b>{_e(text.rate(i.highest_rate_ml_per_h))}</b>"),
            (
                "Tolerated rate",
                _e(text.rate(i.tolerated_rate_ml_per_h)) + " (highest rate during which no reaction began)"
                if i.ended_at is not None
                else "known once the infusion has ended",
            ),
        ]
        parts.append(_kv(rows))
        table_rows = []
        for r in s.rates:
            rate = text.NONE
            if r.rate_ml_per_h is not None:
                rate = "0 mL/h" if r.rate_ml_per_h == 0 else f"<b>{_e(text.rate(r.rate_ml_per_h))}</b>"
            step = str(r.step) if r.step is not None else ""
            if r.on_plan is False:
                step += " (off plan)"
            until = _e(text.clock(r.until, self.day)) if r.until is not None else ""
            if r.until is not None:
                until += f" ({_e(text.duration(r.until - r.stamp.occurred_at))})"
            reason = _e(r.reason)
            if r.override_reason:
                reason += f"<br/><b>Above the tolerated maximum:</b> {_e(r.override_reason)}"
            table_rows.append(
                [
                    self.when(r.stamp),
                    _e(r.label),
                    rate,
                    step,
                    until,
                    _e(text.volume(r.volume_ml))
                    if r.volume_ml is not None and r.action not in ("hold", "pause", "stop")
                    else "",
                    reason,
                    self.by(r.stamp),
                ]
            )
        parts.append("<h3>Rate timeline (every pump setting as confirmed by the nurse)</h3>")
        parts.append(
            table(
                ["Time", "Action", "Pump rate", "Step", "Until", "Volume", "Reason", "By"],
                table_rows,
                widths=[7, 17, 13, 6, 17, 9, 17, 14],
            )
        )
        if s.closing.flush_ml is not None and s.closing.flush_stamp is not None:
            parts.append(
                f"<p>Line flushed with {_e(text.quantity(s.closing.flush_ml, 'mL'))} at "
                f"{self.when(s.closing.flush_stamp)} by {self.by(s.closing.flush_stamp)}.</p>"
            )
        return "".join(parts)

    def vitals(self, chart: tuple[int, int] | None) -> str:
        s = self.s
        parts: list[str] = []
        if not s.vitals:
            parts.append("<p>No vital signs recorded.</p>")
            return "".join(parts)
        if chart is not None:
            width, height = chart
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
            when = self.when(row.stamp)
            if row.baseline:
                when += '<br/><span class="small">baseline</span>'
            rows.append(
                [
                    when,
                    mark(f"{v.systolic_mmhg}/{v.diastolic_mmhg}", "systolic_drop", "low_systolic"),
                    mark(str(v.heart_rate_per_min), "fast_heart_rate"),
                    str(v.respiratory_rate_per_min),
                    mark(temperature, "fever", "temperature_rise"),
                    mark(str(v.spo2_percent), "low_spo2"),
                    str(v.pain_score),
                    _e(text.number(v.weight_kg)) if v.weight_kg is not None else "",
                    "; ".join(_e(f) for f in row.flags),
                    self.by(row.stamp),
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

    def reactions(self) -> str:
        s = self.s
        parts: list[str] = []
        if not s.reactions:
            parts.append("<p>No reaction recorded.</p>")
            return "".join(parts)
        for number, row in enumerate(s.reactions, start=1):
            r = row.record
            title = f"Reaction {number}: {r.grade.title}"
            if row.stamp.corrected:
                title += f" {CORRECTED_MARK}"
            parts.append(f"<h3>{_e(title)}</h3>")
            parts.append(_kv(self._reaction_rows(row.stamp, r, row.updates)))
        return "".join(parts)

    def _reaction_rows(self, stamp: Stamp, r: ReactionRecord, updates: Sequence[Stamp]) -> list[tuple[str, str]]:
        day = self.day
        onset = _e(text.clock(r.onset_at, day))
        if stamp.late_entry:
            onset += f" (late entry, written {_e(text.clock(stamp.recorded_at, day))})"
        rows = [
            ("Onset", f"{onset}, recorded by {self.by(stamp)}"),
            ("Symptoms", f"<b>{_e(r.symptom_text)}</b>"),
            ("Grade (CTCAE)", _e(f"{r.grade.title}. {r.grade.meaning}")),
            (
                "Rate at onset",
                _e(text.rate(r.rate_at_onset_ml_per_h)) if r.rate_at_onset_ml_per_h else "no infusion running",
            ),
        ]
        if r.proposal is not None:
            proposed = r.proposal.summary
            rows.append(("Proposed", _e(proposed)))
            if r.proposal.working:
                rows.append(("Working", f'<span class="small">{_e(" ".join(r.proposal.working))}</span>'))
        if r.response_action is not None:
            done = r.response_action.label
            if r.response_rate_ml_per_h is not None:
                rate = text.rate(r.response_rate_ml_per_h)
                done += f": to resume at {rate}" if r.response_action is ResponseAction.PAUSE else f" to {rate}"
            rows.append(("Done", f"<b>{_e(done)}</b>"))
        if r.deviation_reason:
            rows.append(("Reason for the choice", _e(r.deviation_reason)))
        for med in r.medications:
            rows.append(
                (
                    "Medication",
                    _e(
                        f"{med.name} {text.number(med.dose)} {med.unit.value} {med.route.value} at "
                        f"{text.clock(med.given_at, day)}"
                    ),
                )
            )
        if r.provider_notified is not None:
            rows.append(
                (
                    "Prescriber notified",
                    _e(f"{r.provider_notified.name} at {text.clock(r.provider_notified.at, day)}"),
                )
            )
        if r.emergency_services_called_at is not None:
            rows.append(("Emergency services", _e(f"called at {text.clock(r.emergency_services_called_at, day)}")))
        outcome = r.outcome.label if r.outcome else "not recorded"
        if r.resolved_at is not None:
            outcome += f" at {text.clock(r.resolved_at, day)}"
        if r.resumed_rate_ml_per_h is not None:
            outcome += f"; infusion resumed at {text.rate(r.resumed_rate_ml_per_h)}"
        rows.append(("Outcome", f"<b>{_e(outcome)}</b>"))
        for update in updates:
            rows.append(("Outcome entry", f"{_e(text.clock(update.occurred_at, day))} by {self.by(update)}"))
        if r.notes:
            rows.append(("Notes", _e(r.notes)))
        return rows

    def notes(self) -> str:
        parts: list[str] = []
        if not self.s.notes:
            parts.append("<p>No notes.</p>")
            return "".join(parts)
        rows = [[self.when(n.stamp), _e(n.text).replace("\n", "<br/>"), self.by(n.stamp)] for n in self.s.notes]
        parts.append(table(["Time", "Note", "By"], rows, widths=[12, 68, 20]))
        return "".join(parts)

    def amendments(self) -> str:
        parts: list[str] = []
        if not self.s.amendments:
            parts.append("<p>No entry was corrected.</p>")
            return "".join(parts)
        parts.append(
            f'<p class="small">Each entry as first written is struck through; its corrections follow, with who, '
            f"when and why. Entries marked {CORRECTED_MARK} above show the values as corrected.</p>"
        )
        rows = []
        for entry in self.s.amendments:
            original = (
                f"<b>{_e(entry.entry_label)}</b> as first written [struck through]: "
                f'<span class="struck"><s>{_e(entry.original_text)}</s></span>'
            )
            rows.append([self.when(entry.stamp), original, self.by(entry.stamp)])
            for line in entry.amendments:
                if line.entered_in_error:
                    what = f"<b>Marked entered in error.</b> Reason: {_e(line.reason)}"
                else:
                    corrected = line.corrected_text.rstrip(". ")
                    what = f"<b>Corrected to:</b> {_e(corrected)}. Reason: {_e(line.reason)}"
                rows.append([f"&nbsp;&nbsp;↳ {self.when(line.stamp)}", what, self.by(line.stamp)])
        parts.append(table(["Time", "Entry and its corrections", "By"], rows, widths=[14, 66, 20]))
        return "".join(parts)

    def closing(self) -> str:
        s = self.s
        c = s.closing
        parts: list[str] = []
        rows = []
        if c.discharge_stamp is not None:
            discharge = f"<b>{_e(c.discharge_label)}</b>"
            if c.discharge_notes:
                discharge += f": {_e(c.discharge_notes)}"
            discharge += f" ({self.when(c.discharge_stamp)}, {self.by(c.discharge_stamp)})"
            rows.append(("Discharge", discharge))
        else:
            rows.append(("Discharge", "not recorded"))
        parts.append(_kv(rows))
        sig = s.signature
        if sig is None:
            parts.append(
                '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="6"><tr><td>'
                "<b>NOT SIGNED.</b> This record is in progress; it is complete only once the nurse signs it."
                "</td></tr></table>"
            )
        else:
            parts.append(
                '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="6"><tr><td>'
                f"<p><b>Electronically signed by {_e(sig.name)}"
                + (f", {_e(sig.credentials)}" if sig.credentials else "")
                + f"</b> on {_e(text.day_time(sig.signed_at))} ({_e(text.zone_name(sig.signed_at))}).</p>"
                f"<p>Meaning of the signature: <i>{_e(sig.meaning)}</i></p>"
                '<p class="small">The signature is an entry of this session\'s append-only record; any later '
                "change is an amendment, shown with the original.</p>"
                "</td></tr></table>"
            )
        parts.append(integrity_line(s))
        nurses = ", ".join(p.display for p in s.nurses)
        parts.append(
            f'<p class="small muted">Nurses in this record: {_e(nurses)}. {s.entries} entries, the last written '
            f"{_e(text.day_time(s.record_as_of))}. Printed {_e(text.day_time(s.generated_at))}.</p>"
        )
        return "".join(parts)

    def appendix(self) -> str:
        plan = self.s.plan
        if plan is None or not plan.working:
            return ""
        return "".join(f'<p class="small">{_e(line)}</p>' for line in plan.working)


def integrity_line(s: SessionSummary) -> str:
    """The record's digest and what its verification found: on paper, a copy proves what was signed."""
    i = s.integrity
    if i is None:
        return ""
    words = f"{_e(i.state)}" + (f"; {_e(i.signature)}" if i.signature else "")
    digest = f"Digest (SHA-256) {'signed' if i.signature else 'as it stands'}: {_e(i.digest or 'none')}"
    key = f"; signing key {_e(i.key_fingerprint)}" if i.key_fingerprint else ""
    if i.altered:
        return f"<p><b>{words}.</b> {digest}{key}.</p>"
    return f'<p class="small">{words}. {digest}{key}.</p>'


def summary_html(summary: SessionSummary, *, chart: tuple[int, int] | None = None) -> str:
    """The document. `chart` is the vitals chart's (width, height) in layout pixels, when the caller provides the
    image at `CHART_URL`; None leaves it out (the table holds every number)."""
    w = _Writer(summary)
    sections = [
        ("1 &nbsp;Regimen and plan", w.regimen_and_plan()),
        ("2 &nbsp;Pre-infusion checks", w.checklist()),
        ("3 &nbsp;Vials and lots", w.vials()),
        ("4 &nbsp;Premedication", w.premeds()),
        ("5 &nbsp;Infusion and rate timeline", w.infusion()),
        ("6 &nbsp;Vital signs", w.vitals(chart)),
        ("7 &nbsp;Reactions and actions", w.reactions()),
        ("8 &nbsp;Notes", w.notes()),
        ("9 &nbsp;Corrections (amendments)", w.amendments()),
        ("10 &nbsp;Discharge and signature", w.closing()),
    ]
    appendix = w.appendix()
    if appendix:
        sections.append(("Appendix &nbsp;The plan's working, as shown to the nurse when confirmed", appendix))
    legend = (
        f'<p class="small muted">{CORRECTED_MARK} corrected: see Corrections. {FLAG_MARK} past an alert threshold. '
        "Times are local; a late entry shows when it was written.</p>"
    )
    body = w.title() + w.identification() + legend
    for title, content in sections:
        # The vitals (chart and table) start a page, as the vitals sheet of a paper flowsheet does.
        body += section(title, content, new_page=title.startswith("6 "))
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def header_text(summary: SessionSummary) -> tuple[str, str]:
    """The page header's left and right text: who, and which session."""
    p = summary.patient
    left = f"{p.display_name} · born {text.long_date(p.date_of_birth)} · MRN {p.mrn or 'none recorded'}"
    right = f"IVIG session {summary.session_id} · {text.long_date(summary.day)} · {summary.location}"
    if not summary.signed:
        right += " · NOT SIGNED"
    return left, right


def footer_text(summary: SessionSummary) -> str:
    status = "signed" if summary.signed else "NOT SIGNED, in progress"
    return f"IVIG infusion record, {status} · printed {text.day_time(summary.generated_at)}"
