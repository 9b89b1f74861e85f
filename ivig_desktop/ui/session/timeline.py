"""The session's record as a table: every entry with its time, kind, details and author; amendments beneath."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from ivig_desktop.domain.events import Event, EventType
from ivig_desktop.domain.session import Session, TimelineEntry
from ivig_desktop.ui import format as fmt

TIMELINE_COLUMNS = ("Time", "Entry", "Details", "By")


class TimelineView(QTreeWidget):
    def __init__(self, nurse_name: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nurse_name = nurse_name
        self.setAccessibleName(self.tr("Session timeline"))
        self.setHeaderLabels([self.tr("Time"), self.tr("Entry"), self.tr("Details"), self.tr("By")])
        self.setRootIsDecorated(False)
        self.setIndentation(24)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        head = self.header()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(False)

    def show_session(self, session: Session) -> None:
        self.clear()
        header = session.header
        opened = QTreeWidgetItem(
            [
                fmt.time_hm(header.opened_at),
                self.tr("Session opened"),
                self.tr("at {0}").format(header.location),
                self._nurse_name(header.opened_by),
            ]
        )
        self.addTopLevelItem(opened)
        for entry in session.entries:
            item = self._entry_item(entry)
            self.addTopLevelItem(item)
            item.setExpanded(True)  # amendments are always in view under the entry they correct
        self.scrollToBottom()

    def _entry_item(self, entry: TimelineEntry) -> QTreeWidgetItem:
        event = entry.event
        kind = event.type.label
        if entry.entered_in_error:
            kind = self.tr("{0} (entered in error)").format(kind)
        elif entry.is_amended:
            kind = self.tr("{0} (amended)").format(kind)
        item = QTreeWidgetItem(
            [self._time_text(event), kind, self._details(event, entry), self._nurse_name(event.nurse_id)]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, event.id)
        if entry.is_amended:
            struck = QFont(self.font())
            struck.setStrikeOut(True)
            item.setFont(2, struck)
            for amendment in entry.amendments:
                reason = str(amendment.payload.get("reason", ""))
                if amendment.payload.get("entered_in_error"):
                    what = self.tr("Marked entered in error. Reason: {0}").format(reason)
                else:
                    replacement = amendment.payload.get("replacement")
                    text = replacement.get("text", "") if isinstance(replacement, dict) else ""
                    what = self.tr("Corrected to: {0} Reason: {1}").format(text, reason)
                child = QTreeWidgetItem(
                    [self._time_text(amendment), amendment.type.label, what, self._nurse_name(amendment.nurse_id)]
                )
                item.addChild(child)
        return item

    def _details(self, event: Event, entry: TimelineEntry) -> str:
        if event.type is EventType.NOTE:
            return str(event.payload.get("text", ""))
        return ", ".join(f"{k}: {v}" for k, v in entry.current_payload.items())

    def _time_text(self, event: Event) -> str:
        text = fmt.time_hm(event.occurred_at)
        if event.is_late_entry:
            text += self.tr(" (late entry, written {0})").format(fmt.time_hm(event.recorded_at))
        return text
