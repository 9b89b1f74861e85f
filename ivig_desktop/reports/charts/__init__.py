"""Charts for the printed record, painted with QPainter (QtGui only, no widgets): the session's vital signs over
time, and a patient's tolerated rate and reactions across sessions.

Made for paper: black and greys with a little colour, every series told apart by its marker or line style as
well (a photocopy keeps them apart), every value written beside its point, thresholds as dotted lines, reaction
onsets as labelled dash-dot lines, and the infusion rate as a step area.

paint.py holds the shared drawing helpers; vitals.py the session's chart, trend.py the patient's trend.
"""

from ivig_desktop.reports.charts.paint import new_image
from ivig_desktop.reports.charts.trend import paint_trend
from ivig_desktop.reports.charts.vitals import paint_vitals_chart, vitals_chart_image

__all__ = ["new_image", "paint_trend", "paint_vitals_chart", "vitals_chart_image"]
