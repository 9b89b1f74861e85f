"""Render a PDF page to PNG (pypdfium2 draws it; Qt writes the PNG), to look at what a nurse would file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def render_page(pdf_path: Path, page: int, png_path: Path, scale: float = 1.6) -> QImage:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf_path))
    try:
        bitmap = document[page].render(scale=scale, rev_byteorder=True)  # RGB byte order, 3 bytes a pixel
        data = bytes(bitmap.buffer)
        image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888).copy()
    finally:
        document.close()
    image.save(str(png_path))
    return image
