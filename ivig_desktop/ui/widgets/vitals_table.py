"""The vitals table beside the chart: every set, oldest first, with its flags in words (the chart's numbers, all of
them, so that nothing relies on reading a line)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ivig_desktop.domain.units import fahrenheit_from_celsius
from ivig_desktop.domain.vitals import TemperatureUnit, VitalsHistory, VitalSign
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, words
from ivig_desktop.ui.style import WARNING_SYMBOL

TABLE_SIGNS = (
    VitalSign.HEART_RATE,
    VitalSign.RESPIRATORY_RATE,
    VitalSign.TEMPERATURE,
    VitalSign.SPO2,
    VitalSign.PAIN,
    VitalSign.WEIGHT,
)


class VitalsTable(QTableWidget):
    """Every vitals set, oldest first: time (baseline, late entry, corrected), each value, and the flags in words.
    A flagged value is bold with a ⚠."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Vital signs table"))
        self.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self._unit = TemperatureUnit.CELSIUS
        self._set_headers()

    def _set_headers(self) -> None:
        headers = [self.tr("Time"), self.tr("BP mmHg")]
        for sign in TABLE_SIGNS:
            unit = self._unit.symbol if sign is VitalSign.TEMPERATURE else sign.unit
            headers.append(self.tr("{0} {1}").format(self.tr(_SHORT[sign]), unit))
        headers.append(self.tr("Flags"))
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        head = self.horizontalHeader()
        for column in range(len(headers)):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(False)  # the flags in full; the table scrolls sideways if need be

    def show_history(self, history: VitalsHistory, unit: TemperatureUnit = TemperatureUnit.CELSIUS) -> None:
        self._unit = unit
        self._set_headers()
        self.setRowCount(len(history.readings))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, reading in enumerate(history.readings):
            notes = []
            if reading.is_baseline:
                notes.append(self.tr("baseline"))
            if reading.is_late_entry:
                notes.append(self.tr("late entry"))
            if reading.is_corrected:
                notes.append(self.tr("corrected"))
            time_text = fmt.time_hm(reading.occurred_at) + (f" ({', '.join(notes)})" if notes else "")
            cells = [(time_text, False)]
            vitals = reading.vitals
            flagged = reading.flagged_signs
            bp_flag = VitalSign.SYSTOLIC in flagged
            cells.append((f"{vitals.systolic_mmhg}/{vitals.diastolic_mmhg}", bp_flag))
            for sign in TABLE_SIGNS:
                value = vitals.value(sign)
                if value is None:
                    cells.append(("—", False))
                    continue
                if sign is VitalSign.TEMPERATURE and unit is TemperatureUnit.FAHRENHEIT:
                    text = str(fahrenheit_from_celsius(value))
                elif sign is VitalSign.WEIGHT:
                    text = f"{value.normalize():f}"
                else:
                    text = str(value)
                cells.append((text, sign in flagged))
            kinds = ", ".join(dict.fromkeys(words(flag.kind.label) for flag in reading.flags))
            cells.append(((f"{WARNING_SYMBOL} " + kinds) if kinds else self.tr("none"), bool(kinds)))
            sentences = "\n".join(words(flag.sentence(unit)) for flag in reading.flags)
            for column, (text, is_flagged) in enumerate(cells):
                if is_flagged and column < len(cells) - 1:
                    text = f"{WARNING_SYMBOL} {text}"
                item = QTableWidgetItem(text)
                if is_flagged:
                    item.setFont(bold)
                item.setToolTip(sentences or text)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
        self.scrollToBottom()

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return "" if item is None else item.text()


_SHORT = {
    VitalSign.HEART_RATE: QT_TRANSLATE_NOOP("VitalsTable", "HR"),
    VitalSign.RESPIRATORY_RATE: QT_TRANSLATE_NOOP("VitalsTable", "RR"),
    VitalSign.TEMPERATURE: "T",
    VitalSign.SPO2: QT_TRANSLATE_NOOP("VitalsTable", "SpO2"),
    VitalSign.PAIN: QT_TRANSLATE_NOOP("VitalsTable", "Pain"),
    VitalSign.WEIGHT: QT_TRANSLATE_NOOP("VitalsTable", "Wt"),
}
