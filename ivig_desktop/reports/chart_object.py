"""The vitals chart inside the printed record as vector graphics: painted with the page's own painter in the room
the document leaves for it, so that the PDF holds lines and text (sharp at any zoom, no JPEG), not a picture.

On paper the HTML has a fixed-height paragraph anchored `CHART_ANCHOR` where screens have the chart's image;
`chart_rects` finds it in the laid-out document and `paint_vector_chart` draws the chart there, page by page. (A
QTextObjectInterface handler would be the textbook way; PySide6 does not call a Python one.)
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QTextDocument

from ivig_desktop.reports.charts import paint_vitals_chart
from ivig_desktop.reports.document import CHART_ANCHOR
from ivig_desktop.reports.summary import SessionSummary


def chart_rects(document: QTextDocument, size: tuple[int, int]) -> list[QRectF]:
    """Where the laid-out document leaves room for the chart (centred, `size` layout pixels), in its coordinates."""
    width, height = size
    found = []
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if CHART_ANCHOR in it.fragment().charFormat().anchorNames():
                top = layout.blockBoundingRect(block)
                x = top.left() + max((top.width() - width) / 2, 0)
                found.append(QRectF(x, top.top(), width, height))
                break
            it += 1
        block = block.next()
    return found


def paint_vector_chart(painter: QPainter, rects: list[QRectF], page: QRectF, summary: SessionSummary) -> None:
    """Paint the chart at each of `rects` that falls on `page` (document coordinates; the painter is translated
    as for drawContents)."""
    for rect in rects:
        if rect.intersects(page):
            painter.save()
            try:
                painter.setClipRect(page)
                paint_vitals_chart(painter, rect, summary)
            finally:
                painter.restore()
