"""The session's 'Vitals & reactions' tab: the vitals form, baseline against latest, the trend (chart and table),
and the reactions with their outcomes. Everything re-renders from the controller's session on `changed`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.reactions import ReactionRecord, ResponseAction
from ivig_desktop.domain.units import fahrenheit_from_celsius
from ivig_desktop.domain.vitals import (
    TemperatureUnit,
    VitalsConfigError,
    VitalsFlag,
    VitalsHistory,
    VitalSign,
    VitalsReading,
)
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate, words
from ivig_desktop.ui.style import WARNING_SYMBOL, set_error_colour
from ivig_desktop.ui.widgets.reaction_dialog import ReactionDialog, ReactionOutcomeDialog
from ivig_desktop.ui.widgets.vitals_chart import VitalsChart, VitalsTable
from ivig_desktop.ui.widgets.vitals_form import VitalsForm, workstation_settings

# Summary rows: (title, signs shown in it)
SUMMARY_ROWS: tuple[tuple[str, tuple[VitalSign, ...]], ...] = (
    (QT_TRANSLATE_NOOP("VitalsTab", "BP (mmHg)"), (VitalSign.SYSTOLIC, VitalSign.DIASTOLIC)),
    (QT_TRANSLATE_NOOP("VitalsTab", "HR (/min)"), (VitalSign.HEART_RATE,)),
    (QT_TRANSLATE_NOOP("VitalsTab", "RR (/min)"), (VitalSign.RESPIRATORY_RATE,)),
    (QT_TRANSLATE_NOOP("VitalsTab", "Temp"), (VitalSign.TEMPERATURE,)),
    (QT_TRANSLATE_NOOP("VitalsTab", "SpO2 (%)"), (VitalSign.SPO2,)),
    (QT_TRANSLATE_NOOP("VitalsTab", "Pain (/10)"), (VitalSign.PAIN,)),
    ("Weight (kg)", (VitalSign.WEIGHT,)),
)


def _response_text(record: ReactionRecord) -> str:
    action = record.response_action
    if action is None:
        return "—"
    rate = record.response_rate_ml_per_h
    if action is ResponseAction.SLOW:
        return translate("VitalsTab", "Slowed to {0} mL/h").format(rate)
    if action is ResponseAction.PAUSE:
        return (
            translate("VitalsTab", "Paused, resume at {0} mL/h").format(rate)
            if rate
            else translate("VitalsTab", "Paused")
        )
    return words(action.label)


class VitalsTab(QWidget):
    def __init__(
        self, controller: SessionController, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings if settings is not None else workstation_settings()
        self.reaction_dialog: ReactionDialog | None = None
        self.outcome_dialog: ReactionOutcomeDialog | None = None
        self.setAccessibleName(self.tr("Vitals and reactions"))

        # Left: the form, then baseline against latest; in a scroll area so that a small screen reaches it all.
        self.form = VitalsForm(controller, self.settings, self)
        self.form.reaction_requested.connect(self._reaction_from_flags)
        self.form.unit_combo.currentIndexChanged.connect(self.refresh)

        self.summary_box = QGroupBox(self.tr("Baseline against latest"), self)
        self.summary = QTableWidget(len(SUMMARY_ROWS), 3, self.summary_box)
        self.summary.setTabKeyNavigation(False)  # one Tab stop: arrow keys move inside, Tab leaves
        self.summary.setAccessibleName(self.tr("Baseline against latest"))
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setHorizontalHeaderLabels([self.tr("Baseline"), self.tr("Latest"), self.tr("Change")])
        self.summary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wide enough for a flagged blood pressure in bold ('⚠ 184/110') and its change ('+56/+34'): an alert's
        # number is never elided to '⚠ …'.
        bold_metrics = QFontMetrics(QFont(self.font().family(), self.font().pointSize(), QFont.Weight.Bold))
        column = bold_metrics.horizontalAdvance(f"{WARNING_SYMBOL} 888/888") + 16
        label = bold_metrics.horizontalAdvance(self.tr("Temp (°F)")) + 16
        self.summary.setMinimumWidth(label + 3 * column + 4)
        self._fit_summary()
        self.baseline_note = QLabel(self.summary_box)
        self.baseline_note.setWordWrap(True)
        self.baseline_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_layout = QVBoxLayout(self.summary_box)
        summary_layout.addWidget(self.summary)
        summary_layout.addWidget(self.baseline_note)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 8, 0)
        left_layout.addWidget(self.form)
        left_layout.addWidget(self.summary_box)
        left_layout.addStretch(1)
        left_scroll = QScrollArea(self)
        left_scroll.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # no Tab stop of its own: its fields are (it scrolls to them)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)
        left_scroll.setMinimumWidth(left.sizeHint().width() + left_scroll.verticalScrollBar().sizeHint().width() + 4)

        # Right: the trend (chart and table), then the reactions.
        self.chart = VitalsChart(self)
        self.table = VitalsTable(self)
        self.trend = QTabWidget(self)
        self.trend.setAccessibleName(self.tr("Trend"))
        self.trend.addTab(self.chart, self.tr("Chart"))
        self.trend.addTab(self.table, self.tr("Table"))
        QWidget.setTabOrder(self.trend.tabBar(), self.chart.selector)  # Tab in reading order: the tabs, then the chart

        reactions_box = QGroupBox(self.tr("Reactions"), self)
        self.reactions = QListWidget(reactions_box)
        self.reactions.setAccessibleName(self.tr("Reactions"))
        self.reactions.setWordWrap(True)
        self.reactions.setResizeMode(QListView.ResizeMode.Adjust)
        self.reactions.setAlternatingRowColors(True)
        self.reactions.itemSelectionChanged.connect(self._reaction_selected)
        self.reactions_empty = QLabel(self.tr("No reaction recorded."), reactions_box)
        self.reactions_empty.setWordWrap(True)  # beside the buttons at any font size, never widening the page
        self.record_reaction_button = QPushButton(self.tr("Record r&eaction…"), reactions_box)
        self.record_reaction_button.setAccessibleDescription(self.tr("Record reaction"))
        self.record_reaction_button.clicked.connect(lambda: self.open_reaction_dialog())
        self.outcome_button = QPushButton(self.tr("Outcome / resume…"), reactions_box)
        self.outcome_button.setAccessibleDescription(self.tr("Record the outcome of the selected reaction, or resume"))
        self.outcome_button.setEnabled(False)
        self.outcome_button.clicked.connect(self.open_outcome_dialog)
        reaction_buttons = QHBoxLayout()
        reaction_buttons.addWidget(self.record_reaction_button)
        reaction_buttons.addWidget(self.outcome_button)
        reaction_buttons.addWidget(self.reactions_empty, 1)
        reactions_layout = QVBoxLayout(reactions_box)
        reactions_layout.setContentsMargins(6, 4, 6, 4)
        reactions_layout.addLayout(reaction_buttons)
        reactions_layout.addWidget(self.reactions)
        self.reactions.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)

        self.config_error = QLabel(self)
        self.config_error.setWordWrap(True)
        set_error_colour(self.config_error)
        self.config_error.hide()

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.config_error)
        right_layout.addWidget(self.trend, 1)
        right_layout.addWidget(reactions_box)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        controller.changed.connect(self.refresh)
        self.refresh()

    @property
    def unit(self) -> TemperatureUnit:
        return self.form.unit

    def refresh(self) -> None:
        try:
            history = self.controller.vitals_history()
        except VitalsConfigError as error:
            self.config_error.setText(f"{WARNING_SYMBOL} {error}")
            self.config_error.show()
            self.form.setEnabled(False)
            return
        self.config_error.hide()
        self.form.setEnabled(True)
        records = self.controller.reactions()
        self._show_summary(history)
        self.table.show_history(history, self.unit)
        self.chart.set_data(
            history,
            rates=self.controller.rate_history(),
            reactions=records,
            start=self.controller.session.header.opened_at,
            now=self.controller.clock.now(),
            unit=self.unit,
            alerts=self.controller.vitals_config.alerts,
        )
        self._show_reactions(records)

    # --- summary --------------------------------------------------------------------------------------------

    def _value_text(self, reading: VitalsReading | None, signs: tuple[VitalSign, ...]) -> tuple[str, bool]:
        if reading is None:
            return "—", False
        values = []
        for sign in signs:
            value = reading.vitals.value(sign)
            if value is None:
                return "—", False
            if sign is VitalSign.TEMPERATURE and self.unit is TemperatureUnit.FAHRENHEIT:
                value = fahrenheit_from_celsius(value)
            values.append(f"{value.normalize():f}" if sign is VitalSign.WEIGHT else str(value))
        flagged = any(sign in reading.flagged_signs for sign in signs)
        text = "/".join(values)
        return (f"{WARNING_SYMBOL} {text}" if flagged else text), flagged

    def _change_text(self, history: VitalsHistory, signs: tuple[VitalSign, ...]) -> str:
        baseline, latest = history.baseline, history.latest
        if baseline is None or latest is None or baseline is latest:
            return "—"
        parts = []
        for sign in signs:
            before, after = baseline.vitals.value(sign), latest.vitals.value(sign)
            if before is None or after is None:
                return "—"
            if sign is VitalSign.TEMPERATURE and self.unit is TemperatureUnit.FAHRENHEIT:
                before, after = fahrenheit_from_celsius(before), fahrenheit_from_celsius(after)
            change = after - before
            parts.append(("+" if change > 0 else "-" if change < 0 else "") + f"{abs(change).normalize():f}")
        return "/".join(parts)

    def _fit_summary(self) -> None:
        """Rows at one line each, and the table exactly as tall as its visible rows: no scroll bar, no gap."""
        row_height = self.fontMetrics().height() + 8
        shown = 0
        for row in range(len(SUMMARY_ROWS)):
            self.summary.setRowHeight(row, row_height)
            shown += 0 if self.summary.isRowHidden(row) else 1
        header_height = self.summary.horizontalHeader().sizeHint().height()
        self.summary.setFixedHeight(header_height + shown * row_height + 4)

    def _show_summary(self, history: VitalsHistory) -> None:
        baseline, latest = history.baseline, history.latest
        if baseline is None or latest is None:
            self.summary_box.setTitle(self.tr("Baseline against latest: no vital signs yet"))
        else:
            self.summary_box.setTitle(
                self.tr("Baseline {0} against latest {1} ({2} sets)").format(
                    fmt.time_hm(baseline.occurred_at), fmt.time_hm(latest.occurred_at), len(history.readings)
                )
            )
        self.summary.setVerticalHeaderLabels(
            [
                self.tr("Temp ({0})").format(self.unit.symbol) if signs[0] is VitalSign.TEMPERATURE else self.tr(title)
                for title, signs in SUMMARY_ROWS
            ]
        )
        bold = QFont(self.font())
        bold.setBold(True)
        weight = any(r is not None and r.vitals.weight_kg is not None for r in (baseline, latest))
        self.summary.setRowHidden(len(SUMMARY_ROWS) - 1, not weight)
        self._fit_summary()
        for row, (_title, signs) in enumerate(SUMMARY_ROWS):
            for column, reading in enumerate((baseline, latest)):
                text, flagged = self._value_text(reading, signs)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if flagged:
                    item.setFont(bold)
                self.summary.setItem(row, column, item)
            change = QTableWidgetItem(self._change_text(history, signs))
            change.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.summary.setItem(row, 2, change)
        notes: list[str] = []
        if latest is not None and latest.flags:
            notes.extend(f"{WARNING_SYMBOL} {words(flag.sentence(self.unit))}" for flag in latest.flags)
        if history.baseline_before_infusion is False:
            notes.append(self.tr("The baseline was taken after the infusion started."))
        self.baseline_note.setText("\n".join(notes))
        self.baseline_note.setAccessibleDescription(self.tr("Flags of the latest set"))
        self.baseline_note.setVisible(bool(notes))
        set_error_colour(self.baseline_note, bool(notes))
        if self.baseline_note.font().bold() != bool(notes):
            font = self.baseline_note.font()
            font.setBold(bool(notes))
            self.baseline_note.setFont(font)

    # --- reactions ------------------------------------------------------------------------------------------

    def _show_reactions(self, records: tuple[ReactionRecord, ...]) -> None:
        selected = self.selected_reaction()
        self.reactions.clear()
        for record in records:
            outcome = words(record.outcome.label) if record.outcome else self.tr("outcome not known yet")
            if record.resolved_at:
                outcome += self.tr(" at {0}").format(fmt.time_hm(record.resolved_at))
            infusion = words(_response_text(record))
            if record.resumed_rate_ml_per_h is not None:
                infusion += self.tr("; resumed at {0} mL/h").format(record.resumed_rate_ml_per_h)
            severe = f"{WARNING_SYMBOL} " if record.assessed_grade >= 3 else ""
            grade = self.tr("Grade {0}").format(int(record.grade))
            if record.assessed_grade > record.grade and record.assessment is not None:
                grade += self.tr(" (picture: {0})").format(words(record.assessment.summary))
            text = self.tr("{0}{1} · {2} · {3} · {4} · {5}").format(
                severe, fmt.time_hm(record.onset_at), grade, words(record.symptom_text), infusion, outcome
            )
            item = QListWidgetItem(text, self.reactions)
            item.setData(Qt.ItemDataRole.UserRole, record.event_id)
            if record.event_id == selected:
                self.reactions.setCurrentItem(item)
        self.reactions.setVisible(bool(records))
        self.reactions_empty.setVisible(not records)
        if self.reactions.currentItem() is None and records:
            self.reactions.setCurrentRow(len(records) - 1)
        self._reaction_selected()

    def selected_reaction(self) -> int | None:
        item = self.reactions.currentItem()
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, int) else None

    def _reaction_selected(self) -> None:
        self.outcome_button.setEnabled(self.selected_reaction() is not None)

    def _reaction_from_flags(self) -> None:
        """The offer after a flagged save: the reaction dialog with those flags, its onset at that set's time."""
        reading = self.form.last_reading
        self.form.offer.hide()
        if reading is None:
            self.open_reaction_dialog()
        else:
            self.open_reaction_dialog(flags=reading.flags, onset=reading.occurred_at)

    def open_reaction_dialog(self, flags: Sequence[VitalsFlag] = (), onset: datetime | None = None) -> ReactionDialog:
        """Open the reaction dialog; from flagged vitals, with the flags shown and the onset at their time."""
        self.reaction_dialog = ReactionDialog(self.controller, flags=flags, onset=onset, parent=self)
        self.reaction_dialog.open()
        return self.reaction_dialog

    def open_outcome_dialog(self) -> ReactionOutcomeDialog | None:
        reaction_id = self.selected_reaction()
        if reaction_id is None:
            return None
        self.outcome_dialog = ReactionOutcomeDialog(self.controller, reaction_id, parent=self)
        self.outcome_dialog.open()
        return self.outcome_dialog
