"""Dropping scanned pages on a document: the images become one PDF."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from desktop.registers.registry import get_document
from tests.ui.conftest import add_incoming
from tests.ui.digitise.test_scans_inbox import drop
from ui.documents.view import DocumentDialog


def test_dropped_page_images_become_one_pdf(qtbot, ui_office, tmp_path: Path) -> None:
    doc = add_incoming(ui_office)
    pages = []
    for n in (1, 2):
        path = tmp_path / f"trang-{n}.png"
        Image.new("RGB", (1654, 2339), (250, 250, 245)).save(path, dpi=(200, 200))
        pages.append(path)
    dialog = DocumentDialog(ui_office, doc.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.badge.text() == "Chưa ký số"
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        drop(dialog, pages)
    files = get_document(ui_office, doc.id).files
    assert [(f.name, f.media_type, f.pages) for f in files] == [
        ("trang-1.pdf", "application/pdf", 2)
    ]
    assert dialog.preview.document.pageCount() == 2
