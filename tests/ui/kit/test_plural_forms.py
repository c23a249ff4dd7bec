"""The window's English counts: Qt's numerus forms ("tr(text, "", n)", two forms in the .ts)
read "1 page", "2 pages" from the real catalogue; Vietnamese, without forms, reads as before."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fpdf import FPDF

from desktop.backup.integrity import CheckReport
from ui.accounts.integrity_text import integrity_problems
from ui.kit.i18n import apply_language
from ui.kit.pdf_preview import PdfPreview
from ui.registers.import_dialog import ImportDialog


@pytest.fixture
def english() -> Iterator[None]:
    assert apply_language("en"), "make install builds resources/translations/vanthu_en.qm"
    yield
    apply_language("vi")


def _pdf(pages: int) -> bytes:
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
    return bytes(pdf.output())


def test_the_integrity_check_counts_files(english: None) -> None:
    one = CheckReport(files_checked=3, missing=["a"], mismatch=["b"], signatures_broken=["c"])
    assert integrity_problems(one) == [
        "1 file is missing from the store.",
        "1 stored file was altered (hash mismatch).",
        "1 signed file is no longer intact.",
    ]
    two = CheckReport(missing=["a", "b"], mismatch=["c", "d"], signatures_broken=["e", "f"])
    assert integrity_problems(two) == [
        "2 files are missing from the store.",
        "2 stored files were altered (hash mismatch).",
        "2 signed files are no longer intact.",
    ]
    apply_language("vi")
    assert integrity_problems(one)[0] == "Thiếu 1 tệp trong kho lưu trữ."
    assert integrity_problems(two)[1] == "2 tệp trong kho đã bị thay đổi (sai mã băm)."


def test_the_register_import_counts_documents(english: None) -> None:
    assert ImportDialog().imported(1, "so.xlsx") == "1 document imported from so.xlsx."
    assert ImportDialog().imported(2, "so.xlsx") == "2 documents imported from so.xlsx."
    apply_language("vi")
    assert ImportDialog().imported(1, "so.xlsx") == "Đã nhập 1 văn bản từ tệp so.xlsx."


@pytest.mark.parametrize(("pages", "en", "vi"), [(1, "of 1 page", "/ 1 trang"),
                                                 (2, "of 2 pages", "/ 2 trang")])
def test_the_preview_counts_pages(qtbot, english: None, pages: int, en: str, vi: str) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.load_bytes(_pdf(pages))
    assert preview.page_count.text() == en
    apply_language("vi")  # the LanguageChange re-reads the label
    qtbot.waitUntil(lambda: preview.page_count.text() == vi, timeout=2000)
