"""The vitals trend: one chart per vital sign (chosen in 'Show'), and a table of every set.

The chart plots the chosen sign over the session's time, each value labelled. Flagged values get a large triangle;
thresholds are lines, each with its own dash pattern and its words on the chart; each reaction onset is a
vertical dash-dot line; the infusion rate (given by the caller) is a grey shaded step area on the right axis,
behind the vitals. The legend under the chart wraps rather than truncating, and draws each entry's line style or
marker before its words: nothing relies on colour alone, and the table beside the chart holds every number.
QtCharts is imported when the first chart is drawn (DESIGN rule 9), so the app starts without it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from itertools import cycle
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QEvent, QMargins, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ivig_desktop.domain.reactions import ReactionRecord
from ivig_desktop.domain.units import fahrenheit_from_celsius
from ivig_desktop.domain.vitals import AlertThresholds, TemperatureUnit, VitalsHistory, VitalSign
from ivig_desktop.ui import format as fmt
from ivig_desktop.ui.i18n import words
from ivig_desktop.ui.style import WARNING_SYMBOL, is_dark
from ivig_desktop.ui.widgets.chart_axes import FAHRENHEIT_SPAN, PANELS, Panel, nice_range, time_range
from ivig_desktop.ui.widgets.chart_thresholds import THRESHOLD_STYLES, add_threshold_lines, threshold_levels
from ivig_desktop.ui.widgets.vitals_table import TABLE_SIGNS as TABLE_SIGNS
from ivig_desktop.ui.widgets.vitals_table import VitalsTable as VitalsTable

__all__ = ["TABLE_SIGNS", "ChartData", "LegendEntry", "VitalsChart", "VitalsTable", "nice_range", "time_range"]

if TYPE_CHECKING:
    from PySide6.QtCharts import QAbstractAxis, QChart, QChartView, QLineSeries, QScatterSeries


def _ms(when: datetime) -> float:
    """Where `when` goes on the time axis. QDateTimeAxis labels a value as the computer's local time, whereas every
    other time on the screen is the clinic's (domain/times.py): a point is placed at the computer-local instant whose
    clock reading is the clinic's, so that the axis reads 07:30 where the table says 07:30 on a laptop set to another
    zone. (Across a daylight-saving change of the computer's zone that differs from the clinic's, a point can move
    by the hour the change skips; the table and the spoken summary keep the exact times.)"""
    clinic = fmt.local(when)
    wall = QDateTime(
        QDate(clinic.year, clinic.month, clinic.day),
        QTime(clinic.hour, clinic.minute, clinic.second, clinic.microsecond // 1000),
    )
    return float(wall.toMSecsSinceEpoch())


def _dark() -> bool:
    return is_dark()


@dataclass(frozen=True)
class LegendEntry:
    """A legend line: a glyph drawn like the series (line style or marker shape), its colour, and words."""

    glyph: str
    colour: QColor
    text: str


FLAG_COLOUR = QColor("#d32f2f")

LABEL_LIFT = 22  # size of the invisible marker the value labels sit on
RATE_COLOUR = QColor("#8a8a8a")


@dataclass(frozen=True)
class ChartData:
    history: VitalsHistory
    rates: tuple[tuple[datetime, Decimal], ...]
    reactions: tuple[ReactionRecord, ...]
    start: datetime
    now: datetime
    unit: TemperatureUnit
    alerts: AlertThresholds


class VitalsChart(QWidget):
    """'Show' chooses the vital sign; the chart is drawn on first use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: QChartView | None = None
        self.chart: QChart | None = None
        self.threshold_lines: list[tuple[QLineSeries, QScatterSeries]] = []  # each line and its caption
        self._data: ChartData | None = None
        self._drawn_for: tuple[int, int] | None = None  # the palette the chart was drawn in
        self.selector = QComboBox(self)
        for panel in PANELS:
            self.selector.addItem(self.tr(panel.title), panel.key)
        self.selector.setAccessibleName(self.tr("Vital sign shown in the chart"))
        self.selector.currentIndexChanged.connect(self._render)
        show_label = QLabel(self.tr("&Show"), self)
        show_label.setBuddy(self.selector)
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.selector)
        top.addStretch(1)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleDescription(self.tr("Chart legend"))
        self.legend_entries: tuple[LegendEntry, ...] = ()

        self.empty_label = QLabel(self.tr("No vital signs yet: the chart starts with the first set."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)

    @property
    def panel(self) -> Panel:
        key = self.selector.currentData()
        return next(p for p in PANELS if p.key == key)

    def show_panel(self, key: str) -> None:
        self.selector.setCurrentIndex(self.selector.findData(key))

    def set_data(
        self,
        history: VitalsHistory,
        *,
        rates: Sequence[tuple[datetime, Decimal]] = (),
        reactions: Sequence[ReactionRecord] = (),
        start: datetime,
        now: datetime,
        unit: TemperatureUnit = TemperatureUnit.CELSIUS,
        alerts: AlertThresholds | None = None,
    ) -> None:
        """Draw `history` from `start` to `now`; `rates` are (time, mL/h) changes, oldest first."""
        self._data = ChartData(history, tuple(rates), tuple(reactions), start, now, unit, alerts or AlertThresholds())
        self._render()

    def _value(self, sign: VitalSign, value: Decimal, unit: TemperatureUnit) -> float:
        if sign is VitalSign.TEMPERATURE and unit is TemperatureUnit.FAHRENHEIT:
            return float(fahrenheit_from_celsius(value))
        return float(value)

    def changeEvent(self, event: QEvent) -> None:
        """A new system palette (light, dark, high contrast): draw the chart again in its colours."""
        super().changeEvent(event)
        if event.type() is QEvent.Type.PaletteChange and self._drawn_for != self._palette_key():
            self._render()

    def _palette_key(self) -> tuple[int, int]:
        palette = QApplication.palette()
        return (palette.color(QPalette.ColorRole.Window).rgb(), palette.color(QPalette.ColorRole.WindowText).rgb())

    def _render(self) -> None:
        self._drawn_for = self._palette_key()
        data = self._data
        if data is None or not data.history.readings:
            self.stack.setCurrentWidget(self.empty_label)
            self.legend.clear()
            self.legend_entries = ()
            return
        from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis

        if self.view is None:
            self.view = QChartView(self)
            self.view.setRenderHint(self.view.renderHints().Antialiasing)
            self.view.setMinimumHeight(200)
            self.stack.addWidget(self.view)
            QWidget.setTabOrder(self.selector, self.view)  # made late, but read right after its selector
        panel = self.panel
        unit_text = data.unit.symbol if panel.key == "temp" else panel.unit
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        legend: list[LegendEntry] = []

        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if _dark() else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().hide()  # the legend is the wrapped label under the chart: it never truncates a name

        start, end, ticks = time_range(
            min(data.start, data.history.readings[0].occurred_at), max(data.now, data.history.readings[-1].occurred_at)
        )
        x_axis = QDateTimeAxis()
        x_axis.setFormat("HH:mm")
        x_axis.setTickCount(ticks)
        x_axis.setRange(_qdatetime(start), _qdatetime(end))
        x_axis.setLabelsFont(self.font())
        y_axis = QValueAxis()
        y_axis.setLabelsFont(self.font())
        y_axis.setTitleText(self.tr("{0} ({1})").format(self.tr(panel.title), unit_text))
        y_axis.setLabelFormat("%.1f" if panel.key == "temp" else "%d")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        if data.rates:
            self._add_rates(chart, x_axis, data, end, legend)

        values: list[float] = []
        label_font = QFont(self.font())
        label_font.setBold(True)
        styles = ((Qt.PenStyle.SolidLine, "━━"), (Qt.PenStyle.DashLine, "╍╍"))
        flagged_points: list[tuple[float, float]] = []
        for index, sign in enumerate(panel.signs):
            series = QLineSeries()
            series.setName(words(sign.label))
            for reading in data.history.readings:
                raw = reading.vitals.value(sign)
                if raw is None:
                    continue
                y = self._value(sign, raw, data.unit)
                series.append(_ms(reading.occurred_at), y)
                values.append(y)
                if sign in reading.flagged_signs:
                    flagged_points.append((_ms(reading.occurred_at), y))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            style, glyph = styles[index % len(styles)]
            pen = QPen(series.pen())
            pen.setWidth(3)
            pen.setStyle(style)
            series.setPen(pen)
            series.setPointsVisible(True)
            series.setMarkerSize(7)
            legend.append(LegendEntry(glyph, pen.color(), words(sign.label)))
            # The values are written on an invisible, larger marker so that they sit clear of the point.
            labels = QScatterSeries()
            labels.setMarkerSize(LABEL_LIFT)
            labels.setColor(Qt.GlobalColor.transparent)
            labels.setBorderColor(Qt.GlobalColor.transparent)
            for point in series.points():
                labels.append(point)
            chart.addSeries(labels)
            labels.attachAxis(x_axis)
            labels.attachAxis(y_axis)
            labels.setPointLabelsVisible(True)
            labels.setPointLabelsFont(label_font)
            labels.setPointLabelsFormat("@yPoint")
            labels.setPointLabelsClipping(False)
            labels.setPointLabelsColor(text_colour)

        # Thresholds: each its own dash pattern and its words on the chart (ui/widgets/chart_thresholds.py)
        levels = threshold_levels(panel, data.alerts, data.history.baseline, data.unit)
        self.threshold_lines = add_threshold_lines(chart, (x_axis, y_axis), levels, (_ms(start), _ms(end)), text_colour)
        for (value, name), (_, glyph) in zip(levels, cycle(THRESHOLD_STYLES), strict=False):
            values.append(value)
            legend.append(LegendEntry(glyph, text_colour, name))

        if flagged_points:
            flagged = QScatterSeries()
            flagged.setName(self.tr("Flagged value"))
            flagged.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
            flagged.setMarkerSize(18)
            for x, y in flagged_points:
                flagged.append(x, y)
            chart.addSeries(flagged)
            flagged.attachAxis(x_axis)
            flagged.attachAxis(y_axis)
            flagged.setColor(FLAG_COLOUR)
            flagged.setBorderColor(text_colour)
            legend.append(LegendEntry("▲", FLAG_COLOUR, self.tr("{0} flagged value").format(WARNING_SYMBOL)))

        shown_low, shown_high = panel.low, panel.high
        if panel.key == "temp" and data.unit is TemperatureUnit.FAHRENHEIT:
            shown_low, shown_high = FAHRENHEIT_SPAN
        low = min([shown_low, *values])
        high = max([shown_high, *values])
        headroom = (high - low) * 0.1  # room for the value written above the highest point
        bottom, top, y_ticks = nice_range(low, high + headroom if panel.key not in ("spo2", "pain") else high)
        y_axis.setRange(bottom, top)
        y_axis.setTickCount(y_ticks)

        reaction_colour = QColor(Qt.GlobalColor.red if _dark() else Qt.GlobalColor.darkRed)
        for reaction in data.reactions:
            name = self.tr("Reaction, grade {0}, at {1}").format(int(reaction.grade), fmt.time_hm(reaction.onset_at))
            marker = QLineSeries()
            marker.setName(name)
            marker.append(_ms(reaction.onset_at), y_axis.min())
            marker.append(_ms(reaction.onset_at), y_axis.max())
            chart.addSeries(marker)
            marker.attachAxis(x_axis)
            marker.attachAxis(y_axis)
            pen = QPen(reaction_colour)
            pen.setStyle(Qt.PenStyle.DashDotLine)
            pen.setWidth(3)
            marker.setPen(pen)
            legend.append(LegendEntry("━·━", reaction_colour, name))

        previous = self.chart
        self.view.setChart(chart)  # the view owns the new chart and releases the old one, which we delete
        self.chart = chart
        if previous is not None:
            previous.deleteLater()
        self.stack.setCurrentWidget(self.view)
        self.legend_entries = tuple(legend)
        # Non-breaking spaces inside an entry, ordinary ones between: a line breaks between entries only.
        self.legend.setText(
            " &nbsp;&nbsp; ".join(
                f'<span style="color:{entry.colour.name()}; font-weight:bold">{entry.glyph}</span>&nbsp;'
                + html.escape(entry.text).replace(" ", "&nbsp;")
                for entry in legend
            )
        )
        self.view.setAccessibleName(self.tr("Chart: {0}").format(self.tr(panel.title)))
        self.view.setAccessibleDescription(self._summary(panel, data))

    def _add_rates(
        self, chart: QChart, x_axis: QAbstractAxis, data: ChartData, end: datetime, legend: list[LegendEntry]
    ) -> None:
        from PySide6.QtCharts import QAreaSeries, QLineSeries, QValueAxis

        rate_axis = QValueAxis()
        rate_axis.setTitleText(self.tr("Infusion rate (mL/h)"))
        rate_axis.setLabelFormat("%d")
        rate_axis.setLabelsFont(self.font())
        rate_axis.setGridLineVisible(False)  # one grid (the vital sign's) is enough to read by
        chart.addAxis(rate_axis, Qt.AlignmentFlag.AlignRight)
        steps = QLineSeries(chart)  # owned by the chart: the area series does not own its line
        previous: float | None = None
        for when, rate in data.rates:
            if previous is not None:
                steps.append(_ms(when), previous)
            steps.append(_ms(when), float(rate))
            previous = float(rate)
        if previous is not None:
            steps.append(_ms(min(data.now, end)), previous)
        # A grey shaded step area behind the vitals: the rate reads as background, never as another vital sign.
        series = QAreaSeries(steps)
        name = self.tr("Infusion rate (mL/h, right axis)")
        series.setName(name)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(rate_axis)
        grey = QColor(RATE_COLOUR)
        fill = QColor(grey)
        fill.setAlpha(60)
        series.setBrush(QBrush(fill))
        series.setPen(QPen(grey, 1))
        top = max(float(rate) for _, rate in data.rates)
        rate_axis.setRange(0, max(top * 1.15, 10))
        rate_axis.applyNiceNumbers()
        legend.append(LegendEntry("▇", grey, name))

    def _summary(self, panel: Panel, data: ChartData) -> str:
        """The chart in words, for screen readers."""
        parts = []
        for sign in panel.signs:
            points = []
            for reading in data.history.readings:
                value = reading.vitals.value(sign)
                if value is None:
                    continue
                flag = self.tr(" (flagged)") if sign in reading.flagged_signs else ""
                points.append(f"{self._value(sign, value, data.unit):g} {fmt.time_hm(reading.occurred_at)}{flag}")
            parts.append(f"{words(sign.label)}: " + ", ".join(points))
        return "; ".join(parts)


def _qdatetime(when: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(_ms(when)))
