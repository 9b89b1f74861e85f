"""The audit trail: every entry of a session (or of every session of a patient) in the order written, with who
wrote it, when it happened and when it was written, what it says, and which entry each amendment corrects."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.events import EventType
from ivig_desktop.domain.session import Session
from ivig_desktop.reports.corrections import CorrectionLine, people_corrections
from ivig_desktop.reports.corrections import describe as describe_correction
from ivig_desktop.store import sessions
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate, words
from ivig_desktop.ui.session.describe import describe
from ivig_desktop.ui.workstation import Workstation

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditDialog", "Session"),
    "#",
    QT_TRANSLATE_NOOP("AuditDialog", "Written"),
    QT_TRANSLATE_NOOP("AuditDialog", "Happened"),
    QT_TRANSLATE_NOOP("AuditDialog", "By"),
    QT_TRANSLATE_NOOP("AuditDialog", "Entry"),
    QT_TRANSLATE_NOOP("AuditDialog", "Details"),
    QT_TRANSLATE_NOOP("AuditDialog", "Corrects"),
    QT_TRANSLATE_NOOP("AuditDialog", "Status"),
)


def audit_rows(session: Session, nurse_name: dict[int, str]) -> list[list[str]]:
    """One row per stored event, in the order written; amendments name the entry (#seq) they correct."""
    seq_of = {}
    status: dict[int, str] = {}
    for entry in session.entries:
        seq_of[entry.event.id] = entry.event.seq
        if entry.entered_in_error:
            status[entry.event.id] = translate("audit", "entered in error")
        elif entry.is_amended:
            status[entry.event.id] = translate("audit", "corrected")
        for amendment in entry.amendments:
            seq_of[amendment.id] = amendment.seq
    events = sorted(
        [e.event for e in session.entries] + [a for e in session.entries for a in e.amendments], key=lambda e: e.seq
    )
    rows = [
        [
            str(session.id),
            "0",
            fmt.day_time(session.header.opened_at),
            fmt.day_time(session.header.opened_at),
            nurse_name.get(session.header.opened_by, "?"),
            translate("audit", "Session opened"),
            translate("audit", "at {0}").format(session.header.location),
            "",
            "",
        ]
    ]
    for event in events:
        if event.type is EventType.AMENDMENT:
            reason = str(event.payload.get("reason", ""))
            what = (
                translate("audit", "Marked entered in error. Reason: {0}").format(reason)
                if event.payload.get("entered_in_error")
                else translate("audit", "Corrected. Reason: {0}").format(reason)
            )
            target = f"#{seq_of.get(event.amends or -1, '?')}"
        else:
            what = describe(event.type, event.payload, session)
            target = ""
        late = translate("audit", "late entry") if event.is_late_entry else ""
        rows.append(
            [
                str(session.id),
                str(event.seq),
                fmt.day_time(event.recorded_at),
                fmt.day_time(event.occurred_at),
                nurse_name.get(event.nurse_id, "?"),
                words(event.type.label),
                what,
                target,
                ", ".join(s for s in (status.get(event.id, ""), late) if s),
            ]
        )
    return rows


def correction_rows(lines: Sequence[CorrectionLine]) -> list[list[str]]:
    """One row per correction of the patient's details or of a named nurse's profile, earlier values shown."""
    by_correction: dict[tuple[str, int], list[CorrectionLine]] = {}
    for line in lines:
        by_correction.setdefault((line.subject, line.correction_id), []).append(line)
    rows = []
    for (subject, _), changed in by_correction.items():
        first = changed[0]
        whose = (
            translate("audit", "Patient's details")
            if subject == "patient"
            else translate("audit", "Profile of nurse {0}").format(first.subject_id)
        )
        what = "; ".join(describe_correction(line) for line in changed)
        rows.append(
            [
                "—",
                "—",
                fmt.day_time(first.amended_at),
                fmt.day_time(first.amended_at),
                first.amended_by,
                translate("audit", "Details corrected"),
                translate("audit", "{0}. Reason: {1}").format(what, first.reason),
                whose,
                "",
            ]
        )
    return rows


class AuditDialog(QDialog):
    def __init__(
        self,
        workstation: Workstation,
        session_ids: Sequence[int],
        title: str,
        parent: QWidget | None = None,
        *,
        patient_id: int | None = None,
    ) -> None:
        """`patient_id`: the corrections of that patient's details (and of the profiles of the nurses named in
        the sessions) are listed too, after the entries."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(1200, 600)
        names = {n.id: n.display_name for n in workstation.nurses()}
        rows: list[list[str]] = []
        named: set[int] = set()
        for session_id in session_ids:
            session = sessions.load(workstation.db, session_id)
            rows.extend(audit_rows(session, names))
            named.add(session.header.opened_by)
            named.update(e.nurse_id for entry in session.entries for e in (entry.event, *entry.amendments))
        if patient_id is not None:
            rows.extend(correction_rows(people_corrections(workstation.db, patient_id, named)))
        heading = QLabel(
            self.tr(
                "{0} entries, in the order written. Nothing is ever changed or removed: corrections are entries."
            ).format(len(rows)),
            self,
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(rows), len(COLUMNS), self)
        self.table.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # once the details column has its width, rows fit their text
