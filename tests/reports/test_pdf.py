"""The printed record: the PDF's text (extracted with pypdf) holds the whole session with identifiers on every page;
page 1 is rendered to PNG to be looked at (IVIG_SHOTS_DIR=folder keeps it)."""

from __future__ import annotations

import dataclasses
import os
import re
import stat
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.closing import SIGNATURE_MEANING
from ivig_desktop.reports.pdf import (
    KEEP_WITH_HEADING,
    build_document,
    document_html,
    keep_headings_with_next,
    write_pdf,
)
from ivig_desktop.reports.summary import SessionSummary, build_summary

from .builder import LOT_A, LOT_B, MRN, T0, Built, full_session
from .render_png import render_page


@pytest.fixture
def summary(built: Built) -> SessionSummary:
    return build_summary(built.db, built.session_id, built.workstation.config, generated_at=built.clock.now())


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("IVIG_SHOTS_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def pages_text(path: Path) -> list[str]:
    """Each page's words, spaces normalised and ligatures (ﬁ) undone."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(str(path)).pages
    ]


@pytest.fixture
def pdf(summary: SessionSummary, tmp_path: Path) -> Path:
    path = tmp_path / "record.pdf"
    write_pdf(summary, path, page_size="a4")
    return path


def test_every_page_carries_the_identifiers_and_its_number(pdf: Path) -> None:
    pages = pages_text(pdf)
    assert len(pages) >= 3
    for number, words in enumerate(pages, start=1):
        assert "DOE, Jane" in words
        assert f"MRN {MRN}" in words
        assert "born 12 Mar 1956" in words
        assert "IVIG session 1" in words
        assert f"Page {number} of {len(pages)}" in words


def test_the_pdf_holds_the_whole_record(pdf: Path, summary: SessionSummary) -> None:
    words = " ".join(pages_text(pdf))
    # Identification and plan
    assert "IVIG infusion record" in words and "Signed and closed" in words
    assert "ALLERGIES: Penicillin (rash)" in words
    assert "Checked by a second nurse: Ben Okafor, RN" in words
    assert "35 g Privigen 10%" in words and "350.0 mL" in words
    # Vials and lots, premedication
    assert LOT_A in words and LOT_B in words and "07612345000015" in words
    assert "Acetaminophen" in words and "650 mg" in words
    # The rate timeline
    for rate in ("21.8 mL/h", "43.5 mL/h", "87.0 mL/h", "174.0 mL/h"):
        assert rate in words
    assert "Paused for a reaction (grade 2)" in words
    assert "Infusion ended: completed" in words
    # Vitals, the late entry with both times
    assert "131/82" in words and "38.3" in words
    late = next(v for v in summary.vitals if v.stamp.late_entry)
    hm = summary.times.hm
    assert f"{hm(late.stamp.occurred_at)} late entry, written {hm(late.stamp.recorded_at)}" in words
    assert "Temperature 38.3 °C ≥ 38.0 °C" in words
    # The reaction and what was done
    assert "Reaction 1: Grade 2: moderate" in words
    assert "Headache, Chills" in words and "Pause: to resume at 43.5 mL/h" in words
    assert "Diphenhydramine 25 mg IV" in words and "Dr Rao" in words
    # Corrections: the original, struck through, then the correction with why
    assert "as first written [struck through]: Patient comfortable, reading." in words
    assert "Corrected to: Patient comfortable, sleeping. Reason: Wrong patient activity" in words
    assert "BP 160/82 mmHg" in words and "Reason: Typed 160 for 130" in words
    # Signature with its meaning
    assert "Electronically signed by Ana Lima, RN" in words
    assert SIGNATURE_MEANING in words


def test_the_file_is_owner_only_and_sized_as_asked(summary: SessionSummary, tmp_path: Path) -> None:
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    write_pdf(summary, a4, page_size="a4")
    write_pdf(summary, letter, page_size="letter")
    assert stat.S_IMODE(a4.stat().st_mode) == 0o600
    box = PdfReader(str(a4)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    box = PdfReader(str(letter)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_an_unsigned_record_says_so_on_every_page(qapp: QApplication, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    built = full_session(tmp_path / "ivig.db", clock, sign=False)
    summary = build_summary(built.db, built.session_id, built.workstation.config, generated_at=clock.now())
    path = tmp_path / "draft.pdf"
    write_pdf(summary, path, page_size="a4")
    pages = pages_text(path)
    assert all("NOT SIGNED" in page for page in pages)
    assert "This record is in progress" in " ".join(pages)
    built.close()


def test_no_heading_is_left_at_the_foot_of_a_page(summary: SessionSummary) -> None:
    document = build_document(summary)
    needed = 0
    for body in (640.0, 760.0, 900.0, 1040.0):
        document.setPageSize(QSizeF(680, body))
        needed += len(keep_headings_with_next(document, document_html(summary), body))
        for title in ("Reactions and actions", "Notes", "Corrections", "Discharge and signature"):
            assert title in document.toPlainText()
        layout = document.documentLayout()
        block = document.begin()
        headings = 0
        while block.isValid():
            if block.blockFormat().headingLevel() in (2, 3):
                headings += 1
                rect = layout.blockBoundingRect(block)
                room = body - rect.top() % body - rect.height()
                assert room >= KEEP_WITH_HEADING or rect.top() % body < 1, (body, block.text())
            block = block.next()
        assert headings >= 10
    assert needed  # some page height called for a break


def test_page_one_renders_to_a_png_a_nurse_would_file(pdf: Path, tmp_path: Path) -> None:
    png = shots_dir(tmp_path) / "30-session-record-page-1.png"
    image = render_page(pdf, 0, png)
    assert png.exists() and not image.isNull()
    assert abs(image.height() / image.width() - 842 / 595) < 0.01  # A4 portrait
    dark = sum(
        1
        for y in range(0, image.height(), 8)
        for x in range(0, image.width(), 8)
        if QColor(image.pixel(x, y)).lightness() < 100
    )
    assert dark > 200  # text on the page, not a blank sheet
    for page in range(1, len(PdfReader(str(pdf)).pages)):
        render_page(pdf, page, shots_dir(tmp_path) / f"3{page}-session-record-page-{page + 1}.png")


def test_the_title_names_patient_and_session(pdf: Path) -> None:
    metadata = PdfReader(str(pdf)).metadata
    assert metadata is not None and metadata.title is not None
    assert re.fullmatch(r"IVIG infusion record, session 1, DOE, Jane", metadata.title)


def test_the_record_names_the_clinic_the_prescriber_and_products(pdf: Path) -> None:
    words = " ".join(pages_text(pdf))
    assert "Riverside Infusion Clinic" in words and "12 River Road" in words
    assert "Ordered by Dr A. Shah" in words
    start = words.index("Vials and lots")
    vials = words[start : words.index("Premedication", start)]
    assert "Privigen 10%" in vials and "privigen" not in vials  # the product's name, not its catalog id


def test_the_vitals_chart_is_vector_graphics_not_a_picture(pdf: Path) -> None:
    for page in PdfReader(str(pdf)).pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, dict)
        assert not resources.get("/XObject"), "an image is embedded"
    text = " ".join(pages_text(pdf))
    assert "Blood pressure mmHg" in text and "Pump rate mL/h" in text  # the chart's words are text, not pixels


def test_times_on_another_day_name_it_and_never_wrap(summary: SessionSummary) -> None:
    late = summary.opened_at.replace(hour=5, minute=41)  # 00:41 the next day in Toronto
    words = summary.times.clock(late + timedelta(days=1), summary.day)
    assert words == "Wed\u00a025\u00a0Nov\u00a000:41"  # non-breaking: a narrow column cannot split it
    html = document_html(summary)
    assert re.search(r"\d{2} [A-Z][a-z]{2} \d{2}:\d{2}", html) is None  # no breakable date-and-time


def test_a_pdf_a_for_archiving(summary: SessionSummary, tmp_path: Path) -> None:
    out = tmp_path / "archive.pdf"
    write_pdf(summary, out, pdfa=True)
    data = out.read_bytes()
    assert b"pdfaid:part" in data and b"pdfaid:conformance" in data  # PDF/A-1b identification (XMP metadata)
    assert b"/OutputIntents" in data  # the colour profile PDF/A needs


def test_a_training_record_says_simulation_on_every_page(summary: SessionSummary, tmp_path: Path) -> None:
    out = tmp_path / "training.pdf"
    pages = write_pdf(dataclasses.replace(summary, training=True), out)
    texts = pages_text(out)
    assert len(texts) == pages and all("SIMULATION" in text for text in texts)
    assert "recorded in training mode, not a patient's care" in texts[0]
    render_page(out, 0, shots_dir(tmp_path) / "training-page-1.png")
