"""Scan import against the img2pdf CLI, OCR against the tesseract CLI, on the same files."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bench.timing import measure

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "NotoSerif-Regular.ttf"
TEXT = [
    "ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ",
    "Số: 15/QĐ-UBND          Bình Phú, ngày 15 tháng 3 năm 2023",
    "QUYẾT ĐỊNH",
    "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số cấp xã",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Xét đề nghị của công chức Văn phòng - Thống kê,",
]


def page_jpeg(seed: int, dpi: int = 300) -> bytes:
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    im = Image.new("RGB", (w, h), (252, 251, 247))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(str(FONT), dpi // 7)
    y = dpi
    for i in range(24):
        d.text((dpi, y), TEXT[(i + seed) % len(TEXT)], font=f, fill=(20, 20, 20))
        y += dpi // 4
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85, dpi=(dpi, dpi))
    return buf.getvalue()


def rows(pages: int = 10, repeat: int = 3) -> list[tuple[str, str, str, str, str]]:
    from desktop.digitise.ocr import ocr_pdf
    from desktop.digitise.scan import build_pdf

    tmp = Path(tempfile.mkdtemp(prefix="vanthu-bench-scan-"))
    try:
        files = []
        for i in range(pages):
            p = tmp / f"p{i:03d}.jpg"
            p.write_bytes(page_jpeg(i))
            files.append(p)
        img2pdf_cli = shutil.which("img2pdf", path=str(Path(sys.executable).parent)) or "img2pdf"
        app = measure(lambda: build_pdf(files), repeat)
        peer = measure(lambda: subprocess.run([img2pdf_cli, *map(str, files), "-o",
                                               str(tmp / "peer.pdf")], check=True), repeat)
        app_pps, peer_pps = pages / app.median, pages / peer.median
        out = [(f"scan import, {pages} JPEG pages (300 dpi)", f"{app_pps:.1f} pages/s",
                f"{peer_pps:.1f} pages/s (img2pdf CLI)", f"{app_pps / peer_pps:.2f}×",
                "≥ 0.8× img2pdf")]

        one = build_pdf(files[:1]).pdf
        ocr_app = measure(lambda: ocr_pdf(one), 2, warmup=0)
        jpg = files[0]

        def tess() -> None:
            subprocess.run(["tesseract", str(jpg), str(tmp / "t"), "-l", "vie", "pdf"],
                           check=True, capture_output=True,
                           env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})

        ocr_peer = measure(tess, 2, warmup=0)
        out.append(("OCR 1 page (vie, 300 dpi, text layer)", f"{ocr_app.median:.2f} s/page",
                    f"{ocr_peer.median:.2f} s/page (tesseract CLI)",
                    f"{ocr_app.median / ocr_peer.median:.2f}×", "≤ 1.1× tesseract"))
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    t = time.perf_counter()
    for r in rows():
        print(" | ".join(r))
    print(f"{time.perf_counter() - t:.1f}s")
