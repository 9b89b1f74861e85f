"""The session's record as a table: every entry with its time, kind, details and author; amendments beneath."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ivig_desktop.domain.events import AMENDABLE_TYPES, Event
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.session_entries import TimelineEntry
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, words
from ivig_desktop.ui.session.describe import describe

TIMELINE_COLUMNS = (
    QT_TRANSLATE_NOOP("TimelineView", "Time"),
    QT_TRANSLATE_NOOP("TimelineView", "Entry"),
    QT_TRANSLATE_NOOP("TimelineView", "Details"),
    QT_TRANSLATE_NOOP("TimelineView", "By"),
)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width (a plain QTreeView elides instead)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        width = self._view.header().sectionSize(index.column()) - 8
        if width <= 0 or not styled.text:
            return hint
        bounds = styled.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, styled.text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


class TimelineView(QTreeWidget):
    """The record. Its context menu (right click, or the Menu key) offers 'Correct…' and 'Mark entered in error…'
    for an amendable entry; the page opens the dialogs."""

    correct_requested = Signal(int)
    strike_requested = Signal(int)
    selection_changed_to = Signal(object)  # the selected amendable entry's event id, or None

    def __init__(self, nurse_name: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nurse_name = nurse_name
        self._session: Session | None = None
        self._annotations: dict[int, str] = {}
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemSelectionChanged.connect(lambda: self.selection_changed_to.emit(self.selected_amendable()))
        self.setAccessibleName(self.tr("Session timeline"))
        self.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
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
        self.setItemDelegate(WrappingDelegate(self))
        head.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def show_session(self, session: Session, annotations: Mapping[int, str] | None = None) -> None:
        """Show the record; `annotations` adds words to an entry's details (e.g. a vitals set's flags)."""
        selected = self.selected_amendable()
        self._session = session
        self._annotations = dict(annotations or {})
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
            if entry.event.id == selected:
                self.setCurrentItem(item)
        if selected is None:
            self.scrollToBottom()

    def selected_amendable(self) -> int | None:
        """The selected entry's event id when it can be corrected (not an amendment, not entered in error)."""
        item = self.currentItem()
        if item is None or not item.isSelected() or self._session is None:
            return None
        event_id = item.data(0, Qt.ItemDataRole.UserRole)
        if not isinstance(event_id, int):
            return None
        entry = self._session.entry(event_id)
        if entry.event.type not in AMENDABLE_TYPES or entry.entered_in_error:
            return None
        return event_id

    def select_event(self, event_id: int) -> None:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == event_id:
                self.setCurrentItem(item)
                item.setSelected(True)
                return
        raise KeyError(event_id)

    def _context_menu(self, position: QPoint) -> None:
        item = self.itemAt(position)
        if item is not None and item.parent() is None:
            self.setCurrentItem(item)
        event_id = self.selected_amendable()
        if event_id is not None:
            self.menu = self.entry_menu(event_id)
            self.menu.popup(self.viewport().mapToGlobal(position))

    def entry_menu(self, event_id: int) -> QMenu:
        """'Correct…' and 'Mark entered in error…' for an entry (the context menu's actions)."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Entry actions"))
        correct = menu.addAction(self.tr("&Correct…"))
        correct.triggered.connect(lambda: self.correct_requested.emit(event_id))
        strike = menu.addAction(self.tr("Mark &entered in error…"))
        strike.triggered.connect(lambda: self.strike_requested.emit(event_id))
        return menu

    def _entry_item(self, entry: TimelineEntry) -> QTreeWidgetItem:
        event = entry.event
        kind = words(event.type.label)
        if entry.entered_in_error:
            kind = self.tr("{0} (entered in error)").format(kind)
        elif entry.is_amended:
            kind = self.tr("{0} (amended)").format(kind)
        item = QTreeWidgetItem(
            [self._time_text(event), kind, self._details(event, entry), self._nurse_name(event.nurse_id)]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, event.id)
        for column in range(len(TIMELINE_COLUMNS)):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
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
                    text = describe(event.type, replacement, self._session) if isinstance(replacement, dict) else ""
                    what = self.tr("Corrected to: {0}. Reason: {1}").format(text.rstrip(". "), reason)
                    if amendment is entry.amendments[-1] and event.id in self._annotations:
                        what += f" · {self._annotations[event.id]}"  # the flags of the values as corrected
                child = QTreeWidgetItem(
                    [
                        self._time_text(amendment),
                        words(amendment.type.label),
                        what,
                        self._nurse_name(amendment.nurse_id),
                    ]
                )
                for column in range(len(TIMELINE_COLUMNS)):
                    child.setTextAlignment(column, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                item.addChild(child)
        return item

    def _details(self, event: Event, entry: TimelineEntry) -> str:
        """The entry as first written: when it is amended, this is what is struck through (and its annotation
        goes on the correction instead)."""
        text = describe(event.type, event.payload, self._session)
        note = self._annotations.get(event.id)
        return f"{text} · {note}" if note and not entry.is_amended else text

    def _time_text(self, event: Event) -> str:
        text = fmt.time_hm(event.occurred_at)
        if event.is_late_entry:
            text += self.tr(" (late entry, written {0})").format(fmt.time_hm(event.recorded_at))
        return text
