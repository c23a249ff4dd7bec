"""desktop.digitise.scan: lossless PDF building, page operations, signed PDFs and hostile input."""

from __future__ import annotations

import hashlib
import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from desktop.core.errors import UserError
from desktop.digitise.scan import (
    ScanFailure,
    ScanResult,
    build_batch,
    build_pdf,
    inspect_file,
    is_signed_pdf,
)
from tests.digitise.conftest import page_image, png_header_only, save, sign_pdf, simple_pdf


def _image_streams(pdf: bytes) -> list[bytes]:
    """Raw (still encoded) bytes of each page's image XObjects, in page order."""
    reader = PdfReader(io.BytesIO(pdf))
    out = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        xobjects = resources["/XObject"]
        for name in sorted(xobjects):
            obj = xobjects[name].get_object()
            if obj["/Subtype"] == "/Image":
                out.append(obj._data)
    return out


def _page_widths(pdf: bytes) -> list[int]:
    """Pixel width of the image on each page (identifies which source a page came from)."""
    reader = PdfReader(io.BytesIO(pdf))
    widths = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        xobjects = resources["/XObject"]
        (name,) = list(xobjects)
        widths.append(int(xobjects[name].get_object()["/Width"]))
    return widths


def test_jpeg_is_embedded_byte_identical(tmp_path: Path) -> None:
    src = save(page_image(), tmp_path / "trang1.jpg", "JPEG", quality=85)
    result = build_pdf([src])
    assert result.pages == 1
    assert result.pdf.startswith(b"%PDF-1.7")
    assert _image_streams(result.pdf) == [src.read_bytes()]
    # An independent reader (poppler) extracts the very same JPEG bytes.
    out = tmp_path / "dump"
    subprocess.run(["pdfimages", "-j", "-", str(out)], input=result.pdf, check=True)
    (dumped,) = sorted(tmp_path.glob("dump-*.jpg"))
    assert dumped.read_bytes() == src.read_bytes()


def test_rotation_keeps_jpeg_bytes(tmp_path: Path) -> None:
    src = save(page_image(), tmp_path / "a.jpg", "JPEG")
    result = build_pdf([src], rotations={0: 90})
    reader = PdfReader(io.BytesIO(result.pdf))
    assert reader.pages[0].rotation == 90
    assert _image_streams(result.pdf) == [src.read_bytes()]


def test_multipage_tiff_gives_pages(tmp_path: Path) -> None:
    frames = [
        page_image(size=(850 + i * 10, 1100), mode="L", text=f"Trang {i + 1}") for i in range(3)
    ]
    path = tmp_path / "nhieu_trang.tif"
    frames[0].save(
        path,
        "TIFF",
        save_all=True,
        append_images=frames[1:],
        dpi=(200, 200),
        compression="tiff_deflate",
    )
    check = inspect_file(path)
    assert (check.kind, check.pages) == ("tiff", 3)
    result = build_pdf([path])
    assert result.pages == 3
    assert _page_widths(result.pdf) == [850, 860, 870]


def test_order_remove_and_rotate_on_combined_sequence(tmp_path: Path) -> None:
    a = save(page_image(size=(800, 1100)), tmp_path / "a.jpg", "JPEG", dpi=100)
    b = save(page_image(size=(810, 1100), mode="L"), tmp_path / "b.png", "PNG", dpi=100)
    frames = [page_image(size=(820 + i * 10, 1100), mode="1") for i in range(2)]
    c = tmp_path / "c.tiff"
    frames[0].save(
        c, "TIFF", save_all=True, append_images=frames[1:], dpi=(100, 100), compression="group4"
    )
    scanned = build_pdf([a, b, c])  # pages: 800, 810, 820, 830
    d = tmp_path / "d.pdf"
    d.write_bytes(scanned.pdf)
    result = build_pdf([d, a], rotations={3: 270, 4: 180}, remove={1}, order=[4, 3, 2, 0])
    assert result.pages == 4
    assert _page_widths(result.pdf) == [800, 830, 820, 800]
    reader = PdfReader(io.BytesIO(result.pdf))
    assert [p.rotation for p in reader.pages] == [180, 270, 0, 0]


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"remove": {0, 1}}, "Không còn trang"),
        ({"order": [0, 0, 1]}, "lặp lại"),
        ({"order": [1]}, "thiếu trang 1"),
        ({"rotations": {5: 90}}, "Trang số 6"),
        ({"rotations": {0: 45}}, "90 độ"),
    ],
)
def test_bad_page_operations(tmp_path: Path, kwargs: dict[str, object], fragment: str) -> None:
    a = save(page_image(size=(400, 500)), tmp_path / "a.jpg", "JPEG")
    b = save(page_image(size=(400, 500)), tmp_path / "b.jpg", "JPEG")
    with pytest.raises(UserError, match=fragment):
        build_pdf([a, b], **kwargs)  # type: ignore[arg-type]


def test_png_named_jpg_uses_real_type(tmp_path: Path) -> None:
    path = save(page_image(size=(600, 800)), tmp_path / "anh.jpg", "PNG")
    check = inspect_file(path)
    assert check.kind == "png"
    assert check.warnings and "PNG" in check.warnings[0]
    assert build_pdf([path]).pages == 1


def test_signed_pdf_returned_byte_for_byte(tmp_path: Path) -> None:
    signed = sign_pdf(simple_pdf("Quyết định", pages=2), tmp_path)
    assert is_signed_pdf(signed)
    assert not is_signed_pdf(simple_pdf())
    path = tmp_path / "da_ky.pdf"
    path.write_bytes(signed)
    assert inspect_file(path).signed
    result = build_pdf([path])
    assert result.signed
    assert hashlib.sha256(result.pdf).digest() == hashlib.sha256(signed).digest()
    other = save(page_image(size=(400, 500)), tmp_path / "them.jpg", "JPEG")
    with pytest.raises(UserError, match="da_ky.pdf.*ký số"):
        build_pdf([path, other])
    with pytest.raises(UserError, match="ký số"):
        build_pdf([path], rotations={0: 90})
    with pytest.raises(UserError, match="ký số"):
        build_pdf([path], remove={1})


def test_signature_detected_without_byterange(tmp_path: Path) -> None:
    """A /Perms entry or a filled /Sig field counts as signed even if the bytes look plain."""
    from pypdf.generic import DictionaryObject, NameObject

    writer = PdfWriter(clone_from=io.BytesIO(simple_pdf()))
    writer._root_object[NameObject("/Perms")] = DictionaryObject()
    buf = io.BytesIO()
    writer.write(buf)
    assert is_signed_pdf(buf.getvalue())


def _hostile_files(tmp_path: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    good = save(page_image(size=(800, 1000)), tmp_path / "tot.jpg", "JPEG")
    data = good.read_bytes()
    files["cut.jpg"] = tmp_path / "cut.jpg"
    files["cut.jpg"].write_bytes(data[: len(data) // 2])
    files["rong.pdf"] = tmp_path / "rong.pdf"
    files["rong.pdf"].write_bytes(b"")
    files["ghichu.pdf"] = tmp_path / "ghichu.pdf"
    files["ghichu.pdf"].write_text("Đây là văn bản thường, không phải PDF.\n", encoding="utf-8")
    writer = PdfWriter(clone_from=io.BytesIO(simple_pdf()))
    writer.encrypt(user_password="matkhau", owner_password="chu", algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    files["mahoa.pdf"] = tmp_path / "mahoa.pdf"
    files["mahoa.pdf"].write_bytes(buf.getvalue())
    files["bom.png"] = tmp_path / "bom.png"
    files["bom.png"].write_bytes(png_header_only(40_000, 40_000))  # 1600 MP: Pillow's error
    files["bom2.png"] = tmp_path / "bom2.png"
    files["bom2.png"].write_bytes(png_header_only(10_000, 10_000))  # 100 MP: Pillow's warning
    pdf = simple_pdf()
    files["cut.pdf"] = tmp_path / "cut.pdf"
    files["cut.pdf"].write_bytes(pdf[: len(pdf) * 2 // 3])
    files["hong.pdf"] = tmp_path / "hong.pdf"
    files["hong.pdf"].write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200 + b"\n%%EOF\n")
    files["hong.png"] = tmp_path / "hong.png"
    files["hong.png"].write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    return files


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("cut.jpg", "hỏng"),
        ("rong.pdf", "rỗng"),
        ("ghichu.pdf", "không phải ảnh"),
        ("mahoa.pdf", "mã hóa"),
        ("bom.png", "quá lớn"),
        ("bom2.png", "quá lớn"),
        ("cut.pdf", "hỏng"),
        ("hong.pdf", "hỏng"),
        ("hong.png", "hỏng"),
    ],
)
def test_hostile_input_names_the_file(tmp_path: Path, name: str, fragment: str) -> None:
    path = _hostile_files(tmp_path)[name]
    with pytest.raises(UserError) as info:
        build_pdf([path])
    assert name in info.value.message
    assert fragment in info.value.message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="khong_co.jpg"):
        inspect_file(tmp_path / "khong_co.jpg")


def test_batch_continues_past_bad_files(tmp_path: Path) -> None:
    files = _hostile_files(tmp_path)
    good1 = save(page_image(size=(600, 800)), tmp_path / "tot1.jpg", "JPEG")
    good2 = save(page_image(size=(600, 800)), tmp_path / "tot2.png", "PNG")
    bad = sorted(files.values())
    results = build_batch([good1, *bad, [good1, good2]])
    assert len(results) == len(bad) + 2
    assert isinstance(results[0], ScanResult) and results[0].pages == 1
    assert isinstance(results[-1], ScanResult) and results[-1].pages == 2
    failures = results[1:-1]
    assert all(isinstance(f, ScanFailure) for f in failures)
    for path, failure in zip(bad, failures, strict=True):
        assert isinstance(failure, ScanFailure)
        assert path.name in failure.message


def test_image_without_dpi_assumed_a4(tmp_path: Path) -> None:
    path = tmp_path / "dienthoai.jpg"
    page_image(size=(2480, 3508)).save(path, "JPEG")  # no resolution recorded
    result = build_pdf([path])
    box = PdfReader(io.BytesIO(result.pdf)).pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
    assert any("300 dpi" in w for w in result.warnings)


def test_alpha_png_and_16bit(tmp_path: Path) -> None:
    rgba = page_image(size=(500, 700)).convert("RGBA")
    a = save(rgba, tmp_path / "alpha.png", "PNG")
    i16 = Image.new("I;16", (500, 700), 30000)
    b = save(i16, tmp_path / "sau_muoi_sau.png", "PNG")
    assert build_pdf([a, b]).pages == 2
