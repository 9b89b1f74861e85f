"""What the French screens test reads: the catalog, the texts a window shows, and the English words among them."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ivig_desktop.ui.i18n import catalog_dir

# Words that are the same in both languages or are data, not English left untranslated: product and standard names,
# units and abbreviations a French-speaking nurse reads as they are (kept short on purpose).
ALLOWED = {
    "privigen",
    "gamunex",
    "gammagard",
    "octagam",
    "panzyga",
    "ivig",
    "desktop",
    "sqlcipher",
    "ctrl",
    "maj",
    "alt",
    "tab",  # the key as Qt names it in French too (Ctrl+Tab, Ctrl+Maj+Tab)
    "mmhg",
    "spo2",
    "gtin",
    "pdf",
    "csv",
    "json",
    "fhir",
    "ctcae",
    "nkda",
}
WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
TAG = re.compile(r"<[^>]+>")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Catalog:
    translations: dict[str, str]  # English source (accelerators removed) -> French
    english_words: frozenset[str]  # words of the sources that no translation uses


def plain(text: str) -> str:
    """A text as read: without accelerator marks and HTML tags."""
    return TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


@cache
def french_catalog() -> Catalog:
    root = ET.parse(catalog_dir() / "ivig_desktop_fr.ts").getroot()
    translations: dict[str, str] = {}
    for message in root.iter("message"):
        source = plain(message.findtext("source") or "")
        translation = message.find("translation")
        translations[source] = plain(translation.text or "") if translation is not None else ""
    french = {word.lower() for text in translations.values() for word in WORD.findall(PLACEHOLDER.sub(" ", text))}
    english = {word.lower() for text in translations for word in WORD.findall(PLACEHOLDER.sub(" ", text))}
    return Catalog(translations, frozenset(english - french - ALLOWED))


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `root` shows: titles, labels, buttons, tooltips, placeholders, tabs, group
    titles, menu items, table and list headers and cells, combo box items."""
    widgets = [root, *root.findChildren(QWidget)]
    yield "window title", root.windowTitle()
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{name} tab", widget.tabText(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name} item", widget.itemText(index)
        if isinstance(widget, QMenu):
            for action in widget.actions():
                yield f"{name} item", action.text()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _item_texts(name, widget)


def _item_texts(name: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

    model = view.model()
    listing = isinstance(model, QAbstractListModel)  # (its columnCount is private in PySide6)
    columns = 1 if listing else model.columnCount(QModelIndex())
    for column in range(0 if listing else columns):
        yield f"{name} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{name} cell", value


def untranslated(texts: Iterator[tuple[str, str]], data: set[str], shown_as_written: list[str]) -> list[str]:
    """The texts that show English: a source string shown as it is, or English words that are not data (`data`:
    words of the test's own names; `shown_as_written`: the clinic's configuration texts, taken out of a text
    before its words are read)."""
    catalog = french_catalog()
    found = []
    for where, raw in texts:
        text = plain(raw).strip()
        if not text:
            continue
        if text in catalog.translations and catalog.translations[text] != text:
            found.append(f"{where}: {text!r} (a source string shown untranslated)")
            continue
        rest = text
        for written in shown_as_written:
            rest = rest.replace(written, " ")
        words = {word.lower() for word in WORD.findall(rest)} & catalog.english_words
        words -= data
        if words:
            found.append(f"{where}: {text!r} (English: {', '.join(sorted(words))})")
    return sorted(set(found))
