"""The clerk's digitisation day: watched folder → pending batch → registration from the page
→ OCR in the background → found by a phrase of its body typed without diacritics."""

from __future__ import annotations

import hashlib
import io
import socket
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from bench.extract_testset import build_cases
from desktop.digitise import ocr_queue
from desktop.kernel.office import Office
from tests.conftest import Cli
from tests.core.samples import scan_pdf, signed_pdfs


@pytest.mark.slow
def test_watched_folder_to_registration_to_search(init_cli: Cli, tmp_path: Path) -> None:
    inbox = tmp_path / "may-quet"
    inbox.mkdir()
    case = next(c for c in build_cases(1, seed=3) if c.variant == "clean")
    (inbox / "scan-0001.png").write_bytes(case.data)
    scan_pdf(inbox / "xam-150dpi.pdf", dpi=150, colour=False)
    (inbox / "hong.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")

    r = init_cli("scan-inbox", "--dir", str(inbox), "--json")
    assert r.code == 0, r.err
    pending = {p["name"]: p for p in r.json["pending"]}
    assert set(pending) == {"scan-0001.png", "xam-150dpi.pdf"}
    assert [f["file"] for f in r.json["picked_up"]["failures"]] == ["hong.jpg"]
    assert (inbox / "loi" / "hong.jpg").exists() and (inbox / "da-nhan" / "scan-0001.png").exists()
    grey = pending["xam-150dpi.pdf"]
    assert grey["quality"] == "khong-dat" and "150 dpi < 200 dpi" in grey["quality_reasons"]
    fields = pending["scan-0001.png"]["fields"]
    assert fields["symbol"]["value"] == case.expected["symbol"]

    r = init_cli("scan-inbox", "--register", str(pending["scan-0001.png"]["id"]),
                 "--received", "2026-11-20", "--json")
    assert r.code == 0, r.err
    doc = r.json
    assert doc["symbol"] == case.expected["symbol"] and doc["arrival_number"] == 1
    assert doc["type_name"] == case.expected["type_name"]

    r = init_cli("ocr", "status", "--json")
    assert r.json["waiting"] == 1  # registration did not wait for OCR
    r = init_cli("ocr", "run", "--json")
    assert r.code == 0 and r.json["done"] == 1

    r = init_cli("search", "can cu luat to chuc chinh quyen dia phuong", "--json")
    assert [h["id"] for h in r.json] == [doc["id"]]
    assert r.json[0]["snippet"]
    r = init_cli("show", str(doc["id"]), "--json")
    (current,) = r.json["files"]
    office = Office.open(init_cli.data_dir)
    try:
        text = PdfReader(io.BytesIO(office.files.read(current["sha256"]))).pages[0].extract_text()
        assert "Căn cứ" in text or "căn cứ" in text  # the invisible text layer is there
    finally:
        office.close()


def test_attach_images_become_one_pdf_and_signed_pdfs_stay_byte_for_byte(
        init_cli: Cli, tmp_path: Path) -> None:
    r = init_cli("incoming", "add", "--received", "2026-01-05", "--from", "Sở Nội vụ",
                 "--symbol", "15/HD-SNV", "--date", "2026-01-02", "--type", "Hướng dẫn",
                 "--summary", "Hướng dẫn", "--json")
    doc_id = r.json["id"]
    pages = []
    for i in range(3):
        p = scan_pdf(tmp_path / f"p{i}.pdf", dpi=200, seed=i)
        pages.append(p)
    (signed,) = signed_pdfs(tmp_path / "signed", 1)
    r = init_cli("attach", str(doc_id), *map(str, pages), str(signed), "--json")
    assert r.code == 0, r.err
    files = r.json["files"]
    assert len(files) == 2
    merged = next(f for f in files if f["name"] != signed.name)
    assert merged["pages"] == 3
    kept = next(f for f in files if f["name"] == signed.name)
    assert kept["sha256"] == hashlib.sha256(signed.read_bytes()).hexdigest()
    r = init_cli("attach", str(doc_id), str(tmp_path / "khong-co.pdf"))
    assert r.code != 0 and "Không tìm thấy tệp" in r.err


def test_ocr_queue_resumes_jobs_of_a_dead_process(init_cli: Cli, tmp_path: Path) -> None:
    scan = scan_pdf(tmp_path / "s.pdf", dpi=200)
    r = init_cli("incoming", "add", "--received", "2026-01-05", "--from", "Sở Nội vụ",
                 "--symbol", "15/HD-SNV", "--date", "2026-01-02", "--type", "Hướng dẫn",
                 "--summary", "Hướng dẫn", "--file", str(scan), "--json")
    assert r.code == 0
    con = sqlite3.connect(init_cli.data_dir / "vanthu.sqlite3")
    con.execute("UPDATE ocr_jobs SET status='dang', claimed_by=?", (f"{socket.gethostname()}:999999",))
    con.commit()
    con.close()
    office = Office.open(init_cli.data_dir)
    try:
        assert ocr_queue.status(office).running == 1
        assert ocr_queue.recover(office) == 1
        assert ocr_queue.status(office).waiting == 1
    finally:
        office.close()


def test_a_second_page_jpg_never_overwrites_the_first(init_cli: Cli, tmp_path: Path) -> None:
    """Scanners reuse names: the kept originals in da-nhan/ are never replaced (issue 13,
    finding 7); a byte-identical file is kept once."""
    from PIL import Image

    inbox = tmp_path / "may-quet"
    inbox.mkdir()

    def page(shade: int) -> bytes:
        buf = io.BytesIO()
        Image.new("L", (1654, 2339), shade).save(buf, "JPEG", dpi=(200, 200))
        return buf.getvalue()

    first, second = page(250), page(200)
    (inbox / "page.jpg").write_bytes(first)
    assert init_cli("scan-inbox", "--dir", str(inbox), "--no-extract").code == 0
    (inbox / "page.jpg").write_bytes(second)
    assert init_cli("scan-inbox", "--dir", str(inbox), "--no-extract").code == 0
    (inbox / "page.jpg").write_bytes(second)  # the same file again
    assert init_cli("scan-inbox", "--dir", str(inbox), "--no-extract").code == 0
    kept = sorted((inbox / "da-nhan").iterdir())
    assert len(kept) == 2
    assert {hashlib.sha256(p.read_bytes()).hexdigest() for p in kept} == {
        hashlib.sha256(first).hexdigest(), hashlib.sha256(second).hexdigest()}
    assert (inbox / "da-nhan" / "page.jpg").read_bytes() == first
    assert not (inbox / "page.jpg").exists()
