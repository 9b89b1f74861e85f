"""The session summary on paper: a QTextDocument laid out in pages, each with the patient's identifiers in a header
and 'page x of y' in a footer, painted on any paged device (QPdfWriter for a PDF file, a QPrinter for the UI's
print dialog). QtGui only: no widgets.

The document is laid out in 96-dpi layout pixels and the painter scaled to the device's resolution, so the same
HTML reads the same on screen and on paper; the vitals chart is drawn at three times that resolution.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from ivig_desktop import APP_NAME, __version__
from ivig_desktop.reports.chart_object import chart_rects, paint_vector_chart
from ivig_desktop.reports.charts import vitals_chart_image
from ivig_desktop.reports.document import CHART_URL, STYLE, footer_text, header_text, summary_html
from ivig_desktop.reports.files import write_private
from ivig_desktop.reports.summary import SessionSummary

LAYOUT_DPI = 96.0
HEADER_HEIGHT = 30.0  # layout pixels above the body on every page
FOOTER_HEIGHT = 26.0
CHART_SIZE = (680, 430)  # layout pixels (about 180 x 114 mm)
MARGINS_MM = QMarginsF(14, 12, 14, 12)
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}

_app: QGuiApplication | None = None


class ReportError(Exception):
    """A report could not be made (no Qt GUI, a file that cannot be written); the message says why."""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one on the offscreen platform (the command line has no window).
    Tests and the CLI share this; the GUI app already has its QApplication."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise ReportError("a QCoreApplication without a GUI is running: a report needs QGuiApplication")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([APP_NAME])
    return _app


def default_page_size() -> str:
    """'letter' where the locale measures in US units, else 'a4'."""
    return "letter" if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def page_size_id(name: str | None) -> QPageSize.PageSizeId:
    key = (name or default_page_size()).lower()
    if key not in PAGE_SIZES:
        raise ReportError(f"page size must be one of {', '.join(sorted(PAGE_SIZES))}, not {name!r}")
    return PAGE_SIZES[key]


def report_font() -> QFont:
    """The system's general font at 9 pt (what Qt finds: a clinic's fonts are its own)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSizeF(9)
    return font


def build_document(summary: SessionSummary, *, chart: bool = True, vector: bool = False) -> QTextDocument:
    """The summary as a QTextDocument: the vitals chart as an image resource (screens), or with `vector` room left
    for it, where `render` paints the chart as vector graphics (paper, PDF)."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setDefaultStyleSheet(STYLE)
    document.setDocumentMargin(0)
    if chart and summary.vitals and not vector:
        width, height = CHART_SIZE
        image = vitals_chart_image(summary, width, height)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    document.setHtml(document_html(summary, chart=chart, vector=vector))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, _title(summary))
    return document


def document_html(summary: SessionSummary, *, chart: bool = True, vector: bool = False) -> str:
    return summary_html(summary, chart=CHART_SIZE if chart and summary.vitals else None, chart_space=vector)


def _title(summary: SessionSummary) -> str:
    return f"IVIG infusion record, session {summary.session_id}, {summary.patient.display_name}"


KEEP_WITH_HEADING = 70.0  # layout pixels of content a heading needs below it on its page (about four lines)
_HEADING = re.compile(r"<h([23])((?:\s[^>]*)?)>")


def with_page_breaks(html: str, before: set[int]) -> str:
    """The HTML with a page break before the level-2 and level-3 headings numbered in `before` (in order)."""
    count = -1

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count not in before or "page-break-before" in match.group(2):
            return match.group(0)
        return f'<h{match.group(1)} style="page-break-before: always;"{match.group(2)}>'

    return _HEADING.sub(replace, html)


def _lone_heading(document: QTextDocument, page_height: float) -> int | None:
    """The number of the first heading that would stand alone at the foot of a page, if any."""
    layout = document.documentLayout()
    index = -1
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in (2, 3):
            index += 1
            rect = layout.blockBoundingRect(block)
            offset = rect.top() % page_height
            if offset > 1 and page_height - offset - rect.height() < KEEP_WITH_HEADING:
                return index
        block = block.next()
    return None


def keep_headings_with_next(document: QTextDocument, html: str, page_height: float) -> set[int]:
    """Lay `html` out in `document` with a page break before any section or sub-heading that would otherwise stand
    alone at the foot of a page (Qt's rich text has no keep-with-next). Returns the headings given a break."""
    before: set[int] = set()
    for _ in range(100):  # each break moves what follows: add one at a time, first to last
        document.setHtml(with_page_breaks(html, before))
        lone = _lone_heading(document, page_height)
        if lone is None or lone in before:
            break
        before.add(lone)
    return before


@dataclass(frozen=True)
class Rendered:
    pages: int


def render(summary: SessionSummary, device: QPagedPaintDevice) -> Rendered:
    """Paint the summary on `device`, page by page, with identifiers in the header and 'Page x of y' beneath."""
    ensure_gui_application()
    document = build_document(summary, vector=True)
    scale = device.logicalDpiY() / LAYOUT_DPI
    width = device.width() / scale
    height = device.height() / scale
    body = height - HEADER_HEIGHT - FOOTER_HEIGHT
    if body <= 100 or width <= 200:
        raise ReportError("the page is too small for the record")
    document.setPageSize(QSizeF(width, body))
    keep_headings_with_next(document, document_html(summary, vector=True), body)
    charts = chart_rects(document, CHART_SIZE)  # painted as vector graphics in the room left for them
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError("could not start painting the document (is the file writable?)")
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            if summary.mark:
                _simulation_mark(painter, width, height, summary.mark)
            _header(painter, summary, width)
            painter.save()
            painter.translate(0, HEADER_HEIGHT - page * body)
            document.drawContents(painter, QRectF(0, page * body, width, body))
            paint_vector_chart(painter, charts, QRectF(0, page * body, width, body), summary)
            painter.restore()
            _footer(painter, summary, width, height, page + 1, pages)
            painter.restore()
    finally:
        painter.end()
    return Rendered(pages)


def _layout_font(device_dpi: float, points: float, *, bold: bool = False) -> QFont:
    """A font of `points` in layout pixels: the painter is already scaled to the device, so the point size is
    given as if the device had the layout's 96 dpi."""
    font = report_font()
    font.setPointSizeF(points * LAYOUT_DPI / device_dpi)
    font.setBold(bold)
    return font


def _simulation_mark(painter: QPainter, width: float, height: float, words: str) -> None:
    """'SIMULATION' (or 'DEMO') across the page, in a light grey behind the record (opaque: PDF/A-1b allows no
    transparency)."""
    painter.save()
    font = _layout_font(painter.device().logicalDpiY(), 72, bold=True)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#d8d8d8")))
    painter.translate(width / 2, height / 2)
    painter.rotate(-35)
    advance = QFontMetricsF(font, painter.device()).horizontalAdvance(words)
    painter.drawText(QPointF(-advance / 2, 0), words)
    painter.restore()


def _header(painter: QPainter, summary: SessionSummary, width: float) -> None:
    left, right = header_text(summary)
    font = _layout_font(painter.device().logicalDpiY(), 8, bold=True)
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black))
    metrics = QFontMetricsF(font, painter.device())
    baseline = metrics.ascent() + 2
    painter.drawText(QPointF(0, baseline), left)
    painter.drawText(QPointF(width - metrics.horizontalAdvance(right), baseline), right)
    painter.setPen(QPen(Qt.GlobalColor.black, 0.8))
    line = HEADER_HEIGHT - 6
    painter.drawLine(QPointF(0, line), QPointF(width, line))


def _footer(painter: QPainter, summary: SessionSummary, width: float, height: float, page: int, pages: int) -> None:
    font = _layout_font(painter.device().logicalDpiY(), 7)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    top = height - FOOTER_HEIGHT + 6
    painter.setPen(QPen(Qt.GlobalColor.black, 0.6))
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    baseline = top + metrics.ascent() + 3
    left, _ = header_text(summary)
    painter.drawText(QPointF(0, baseline), f"{left} · session {summary.session_id}")
    words = f"Page {page} of {pages}"
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QPointF(width - QFontMetricsF(bold, painter.device()).horizontalAdvance(words), baseline), words)
    painter.setFont(font)
    painter.drawText(QPointF(0, baseline + metrics.height()), f"{footer_text(summary)} · {APP_NAME} {__version__}")


def configure_pdf_writer(
    writer: QPdfWriter, summary: SessionSummary, page_size: str | None = None, *, pdfa: bool = False
) -> None:
    if pdfa:  # PDF/A-1b for archiving: fonts embedded, no transparency, colours described (Qt does the rest)
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setPageSize(QPageSize(page_size_id(page_size)))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_title(summary))
    writer.setCreator(f"{APP_NAME} {__version__}")


def pdf_document(summary: SessionSummary, *, page_size: str | None = None, pdfa: bool = False) -> tuple[bytes, int]:
    """The summary as the bytes of a PDF file (A4 or Letter; by default from the locale), and its page count;
    PDF/A-1b with `pdfa`."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    configure_pdf_writer(writer, summary, page_size, pdfa=pdfa)
    rendered = render(summary, writer)
    del writer  # the PDF is complete once painting has ended
    buffer.close()
    return bytes(data.data()), rendered.pages


def write_pdf(summary: SessionSummary, path: Path, *, page_size: str | None = None, pdfa: bool = False) -> int:
    """Write the summary as a PDF file at `path` (PDF/A-1b with `pdfa`), owner-only (0600); return the page count."""
    data, pages = pdf_document(summary, page_size=page_size, pdfa=pdfa)
    write_private(path, data)
    return pages
