"""The printed forms: every kind renders, in Vietnamese, with the fields the rules ask for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.core.errors import NotFound, UserError
from desktop.dossiers.book import write_book
from desktop.dossiers.forms import write_form
from desktop.dossiers.service import DossierInput, advance, receive

HEADER = ("UBND XÃ BÌNH PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc")


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def dossier(office: Any) -> Any:
    v = receive(office, DossierInput(
        received="2026-04-29 09:00", procedure="Xác nhận tình trạng hôn nhân",
        applicant="Phạm Thị Hoa", address="Ấp Bình Tây, xã Bình Phú", phone="0909123456",
        email="hoa@example.vn", components=["Tờ khai:ban-chinh:1", "Căn cước:ban-sao:2"]))
    advance(office, v.code, "processing", at="2026-04-29 10:00", handler="Ngô Tư Pháp")
    return advance(office, v.code, "supplement", at="2026-05-04 09:00",
                   note="Bổ sung bản sao trích lục ly hôn")


@pytest.mark.parametrize(
    ("kind", "needles"),
    [
        ("receipt", ["GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Phạm Thị Hoa",
                     "Ấp Bình Tây, xã Bình Phú", "0909123456", "Xác nhận tình trạng hôn nhân",
                     "Tờ khai", "Bản chính", "Căn cước", "Bản sao", "03 ngày làm việc",
                     "09 giờ 00 phút, ngày 29/04/2026", "09 giờ 00 phút, ngày 06/05/2026",
                     "Đăng ký nhận kết quả tại", "Bình Phú, ngày 29 tháng 4 năm 2026"]),
        ("supplement", ["PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Phạm Thị Hoa",
                        "Bổ sung bản sao trích lục ly hôn", "Bình Phú, ngày 04 tháng 5 năm 2026"]),
        ("refusal", ["PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Phạm Thị Hoa",
                     "Giấy tờ giả mạo"]),
        ("apology", ["VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT HỒ SƠ",
                     "Kính gửi: Ông/Bà Phạm Thị Hoa", "Giấy tờ giả mạo",
                     "09 giờ 00 phút, ngày 12/05/2026", "THỦ TRƯỞNG CƠ QUAN"]),
        ("stop", ["THÔNG BÁO VỀ VIỆC DỪNG GIẢI QUYẾT HỒ SƠ", "Giấy tờ giả mạo"]),
        ("control", ["PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Giao: Phạm Thị Hoa",
                     "Nhận: Ngô Tư Pháp", "Trước hạn", "Chờ bổ sung, hoàn thiện",
                     "10 giờ 00 phút, ngày 29/04/2026"]),
    ],
)
def test_every_form(office: Any, dossier: Any, tmp_path: Path, kind: str,
                    needles: list[str]) -> None:
    out = tmp_path / f"{kind}.pdf"
    note = "Giấy tờ giả mạo" if kind in ("refusal", "apology", "stop") else ""
    result = write_form(office, dossier.code, kind, out, note=note,
                        new_appointment=dt.datetime(2026, 5, 12, 9, 0))
    assert result.pages >= 1 and out.read_bytes().startswith(b"%PDF")
    text = _flat(_text(out))
    for needle in (*HEADER, dossier.code, *needles):
        assert _flat(needle) in text, needle


def test_a_form_for_an_unknown_dossier_or_kind(office: Any, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        write_form(office, "KHONG-CO", "receipt", tmp_path / "x.pdf")
    with pytest.raises(UserError) as err:
        write_form(office, "KHONG-CO", "thu-tinh", tmp_path / "x.pdf")
    assert err.value.field == "kind"
    assert not (tmp_path / "x.pdf").exists()


def test_the_register_of_a_period(office: Any, dossier: Any, tmp_path: Path) -> None:
    for i in range(60):  # enough rows for a second page, headings repeated
        receive(office, DossierInput(received=f"2026-04-{1 + i % 28:02d} 08:{i % 60:02d}",
                                     procedure="Chứng thực chữ ký", applicant=f"Người {i}"))
    out = tmp_path / "so.pdf"
    result = write_book(office, dt.date(2026, 4, 1), dt.date(2026, 4, 30), out)
    assert result.rows == 61 and result.pages >= 2
    reader = PdfReader(str(out))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    text = _flat(_text_any(out))
    assert "SỔ THEO DÕI HỒ SƠ" in text and "Từ ngày 01/04/2026 đến ngày 30/04/2026" in text
    assert "Phạm Thị Hoa" in text and "Người 59" in text and "Hẹn trả kết quả" in text
    empty = write_book(office, dt.date(2020, 1, 1), dt.date(2020, 12, 31), tmp_path / "0.pdf")
    assert empty.rows == 0 and "Không có hồ sơ nào" in _text_any(tmp_path / "0.pdf")


def _text_any(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
