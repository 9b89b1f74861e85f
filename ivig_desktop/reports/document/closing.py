"""Notes, corrections, discharge and signature, and the appendix with the plan's working."""

from __future__ import annotations

from ivig_desktop.reports.document.markup import CORRECTED_MARK, e, kv, table
from ivig_desktop.reports.document.writer import Writer
from ivig_desktop.reports.summary import SessionSummary


def notes(w: Writer) -> str:
    parts: list[str] = []
    if not w.s.notes:
        parts.append("<p>No notes.</p>")
        return "".join(parts)
    rows = [[w.when(n.stamp), e(n.text).replace("\n", "<br/>"), w.by(n.stamp)] for n in w.s.notes]
    parts.append(table(["Time", "Note", "By"], rows, widths=[12, 68, 20]))
    return "".join(parts)


def amendments(w: Writer) -> str:
    parts: list[str] = []
    if not w.s.amendments:
        parts.append("<p>No entry was corrected.</p>")
        return "".join(parts) + _detail_corrections(w)
    parts.append(
        f'<p class="small">Each entry as first written is struck through; its corrections follow, with who, '
        f"when and why. Entries marked {CORRECTED_MARK} above show the values as corrected.</p>"
    )
    rows = []
    for entry in w.s.amendments:
        original = (
            f"<b>{e(entry.entry_label)}</b> as first written [struck through]: "
            f'<span class="struck"><s>{e(entry.original_text)}</s></span>'
        )
        rows.append([w.when(entry.stamp), original, w.by(entry.stamp)])
        for line in entry.amendments:
            if line.entered_in_error:
                what = f"<b>Marked entered in error.</b> Reason: {e(line.reason)}"
            else:
                corrected = line.corrected_text.rstrip(". ")
                what = f"<b>Corrected to:</b> {e(corrected)}. Reason: {e(line.reason)}"
            rows.append([f"&nbsp;&nbsp;↳ {w.when(line.stamp)}", what, w.by(line.stamp)])
    parts.append(table(["Time", "Entry and its corrections", "By"], rows, widths=[14, 66, 20]))
    return "".join(parts) + _detail_corrections(w)


def _detail_corrections(w: Writer) -> str:
    """Corrections of the patient's details and of the named nurses' profiles (store/patients.py, nurses.py): the
    record shows them as corrected; here is what they were, who corrected them, when and why."""
    lines = w.s.corrections
    if not lines:
        return ""
    named = {person.id: person.display for person in w.s.nurses}
    rows = []
    for line in lines:
        whose = "Patient" if line.subject == "patient" else named.get(line.subject_id, f"Nurse {line.subject_id}")
        change = f"<b>{e(line.label)}</b>: {e(line.before or '—')} → {e(line.after or '—')}"
        rows.append([e(w.clock(line.amended_at)), f"{whose}: {change}. Reason: {e(line.reason)}", e(line.amended_by)])
    return (
        "<h3>Details corrected</h3>"
        '<p class="small">The patient and the nurses are shown above with their details as corrected; each '
        "correction, with what it replaced:</p>" + table(["Time", "Detail corrected", "By"], rows, widths=[14, 66, 20])
    )


def closing(w: Writer) -> str:
    s = w.s
    c = s.closing
    parts: list[str] = []
    rows = []
    if c.discharge_stamp is not None:
        discharge = f"<b>{e(c.discharge_label)}</b>"
        if c.discharge_notes:
            discharge += f": {e(c.discharge_notes)}"
        discharge += f" ({w.when(c.discharge_stamp)}, {w.by(c.discharge_stamp)})"
        rows.append(("Discharge", discharge))
    else:
        rows.append(("Discharge", "not recorded"))
    parts.append(kv(rows))
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
            f"<p><b>Electronically signed by {e(sig.name)}"
            + (f", {e(sig.credentials)}" if sig.credentials else "")
            + f"</b> on {e(w.s.times.day_time(sig.signed_at))} ({e(w.s.times.zone_label(sig.signed_at))}).</p>"
            f"<p>Meaning of the signature: <i>{e(sig.meaning)}</i></p>"
            '<p class="small">The signature is an entry of this session\'s append-only record; any later '
            "change is an amendment, shown with the original.</p>"
            "</td></tr></table>"
        )
    parts.append(integrity_line(s))
    nurses = ", ".join(p.display for p in s.nurses)
    parts.append(
        f'<p class="small muted">Nurses in this record: {e(nurses)}. {s.entries} entries, the last written '
        f"{e(w.s.times.day_time(s.record_as_of))}. Printed {e(w.s.times.day_time(s.generated_at))}.</p>"
    )
    return "".join(parts)


def integrity_line(s: SessionSummary) -> str:
    """The record's digest and what its verification found: on paper, a copy proves what was signed."""
    i = s.integrity
    if i is None:
        return ""
    words = f"{e(i.state)}" + (f"; {e(i.signature)}" if i.signature else "")
    digest = f"Digest (SHA-256) {'signed' if i.signature else 'as it stands'}: {e(i.digest or 'none')}"
    key = f"; signing key {e(i.key_fingerprint)}" if i.key_fingerprint else ""
    if i.altered:
        return f"<p><b>{words}.</b> {digest}{key}.</p>"
    return f'<p class="small">{words}. {digest}{key}.</p>'


def appendix(w: Writer) -> str:
    plan = w.s.plan
    if plan is None or not plan.working:
        return ""
    return "".join(f'<p class="small">{e(line)}</p>' for line in plan.working)
