"""The course of the session: checks, vials and lots, premedication, the infusion and its rate timeline."""

from __future__ import annotations

from decimal import Decimal

from ivig_desktop.domain.checklist import Answer
from ivig_desktop.reports import text
from ivig_desktop.reports.document.markup import FLAG_MARK, e, kv, table
from ivig_desktop.reports.document.writer import Writer


def checklist(w: Writer) -> str:
    rows = []
    for row in w.s.checklist:
        answer = e(row.answer.label) if row.answer else "<b>not answered</b>"
        if row.answer is Answer.RISK_PRESENT:
            answer = f'<span class="flag">{FLAG_MARK} {answer}</span>'
        if row.reason:
            answer += f": {e(row.reason)}"
        if row.earlier_answers:
            answer += f' <span class="small">(answered {row.earlier_answers + 1} times; the last stands)</span>'
        rows.append(
            [
                e(row.text),
                answer,
                w.when(row.stamp) if row.stamp else text.NONE,
                w.by(row.stamp) if row.stamp else "",
            ]
        )
    return table(["Check", "Answer", "Time", "By"], rows, widths=[52, 22, 10, 16])


def vials(w: Writer) -> str:
    parts: list[str] = []
    if not w.s.vials:
        parts.append("<p>No vials recorded.</p>")
        return "".join(parts)
    rows = [
        [
            e(w.s.product_name(v.product_id)),
            f"{e(text.number(v.size_g))} g",
            f"<b>{e(v.lot)}</b>",
            e(text.long_date(v.expiry)),
            e(v.gtin or text.NONE),
            e(v.serial or text.NONE),
            "scanned" if v.scanned else "typed",
            w.when(v.stamp),
            w.by(v.stamp),
        ]
        for v in w.s.vials
    ]
    total = sum((v.size_g for v in w.s.vials), Decimal(0))
    parts.append(
        table(
            ["Product", "Size", "Lot", "Expiry", "GTIN", "Serial", "Entry", "Time", "By"],
            rows,
            widths=[13, 6, 11, 12, 17, 8, 8, 7, 18],
        )
    )
    parts.append(f"<p>Total {e(text.number(total))} g in {len(w.s.vials)} vial(s).</p>")
    return "".join(parts)


def premeds(w: Writer) -> str:
    parts: list[str] = []
    if not w.s.premeds:
        parts.append("<p>None given.</p>")
        return "".join(parts)
    rows = [
        [
            w.when(p.stamp),
            f"<b>{e(p.drug)}</b>",
            f"{e(text.number(p.dose))} {e(p.unit)}",
            e(p.route),
            e(p.given_by),
            w.by(p.stamp),
        ]
        for p in w.s.premeds
    ]
    parts.append(
        table(["Given", "Drug", "Dose", "Route", "Given by", "Recorded by"], rows, widths=[12, 24, 12, 8, 22, 22])
    )
    return "".join(parts)


def infusion(w: Writer) -> str:
    s = w.s
    i = s.infusion
    parts: list[str] = []
    if i.started_at is None:
        parts.append("<p>The infusion was not started.</p>")
        return "".join(parts)
    ended = text.NONE
    if i.ended_at is not None:
        ended = e(w.clock(i.ended_at))
        if i.outcome is not None:
            ended += f": <b>{e(i.outcome.label.lower())}</b>"
        if i.outcome_reason:
            ended += f" ({e(i.outcome_reason)})"
    elif i.running:
        ended = "<b>still running</b>"
    volume = f"<b>{e(text.volume(i.volume_infused_ml))}</b> of {e(text.volume(i.planned_volume_ml))} planned"
    if i.volume_reached_at is not None:
        volume += f"; the planned volume was reached at {e(w.clock(i.volume_reached_at))}"
    rows = [
        ("Started", e(w.clock(i.started_at))),
        ("Ended", ended),
        ("Volume infused", volume),
        (
            "Time",
            e(f"{text.duration(i.infusing_time)} infusing, {text.duration(i.paused_time)} paused"),
        ),
        ("Highest rate", f"<b>{e(text.rate(i.highest_rate_ml_per_h))}</b>"),
        (
            "Tolerated rate",
            e(text.rate(i.tolerated_rate_ml_per_h)) + " (highest rate during which no reaction began)"
            if i.ended_at is not None
            else "known once the infusion has ended",
        ),
    ]
    parts.append(kv(rows))
    table_rows = []
    for r in s.rates:
        rate = text.NONE
        if r.rate_ml_per_h is not None:
            rate = "0 mL/h" if r.rate_ml_per_h == 0 else f"<b>{e(text.rate(r.rate_ml_per_h))}</b>"
        step = str(r.step) if r.step is not None else ""
        if r.on_plan is False:
            step += " (off plan)"
        until = e(w.clock(r.until)) if r.until is not None else ""
        if r.until is not None:
            until += f" ({e(text.duration(r.until - r.stamp.occurred_at))})"
        reason = e(r.reason)
        if r.override_reason:
            reason += f"<br/><b>Above the tolerated maximum:</b> {e(r.override_reason)}"
        table_rows.append(
            [
                w.when(r.stamp),
                e(r.label),
                rate,
                step,
                until,
                e(text.volume(r.volume_ml))
                if r.volume_ml is not None and r.action not in ("hold", "pause", "stop")
                else "",
                reason,
                w.by(r.stamp),
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
            f"<p>Line flushed with {e(text.quantity(s.closing.flush_ml, 'mL'))} at "
            f"{w.when(s.closing.flush_stamp)} by {w.by(s.closing.flush_stamp)}.</p>"
        )
    return "".join(parts)
