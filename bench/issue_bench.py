"""Issuing a signed draft (issue 16) beside pyHanko signing the same file in-process.

    .venv/bin/python bench/issue_bench.py --repeat 5

Files: a 1-page draft and a ~10 MB draft (page 1 with the "Số:" and place-and-date lines, then
pages of incompressible scan-like images, the signer block on the last page). Keys: throw-away
PKCS#12 files from signing.testpki. A fresh office (SQLite) in a temp dir.

- app issue: ``desktop.drafting.issue.issue_draft`` — read the signed draft from the store
  (hash-checked), check the chairperson's signature is intact (pyHanko validation), take the next
  number under the series lock, fill số and ngày (form filling, NotoSerif subset embedded), the
  organisation signature with the seal image, store the file (fsync), register the document,
  two signature records, audit; one unit of work. One signed draft per repetition.
- peer: pyHanko in-process on the same signed draft: ``signers.sign_pdf`` with a new invisible
  PAdES signature field, the same PKCS#12 key, output to memory (no fields, no store, no
  database) — the bare cost of one more signature on that file.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FONT = ROOT / "resources" / "fonts" / "NotoSerif-Regular.ttf"
FONT_BOLD = ROOT / "resources" / "fonts" / "NotoSerif-Bold.ttf"
PASSWORD = "bench-p12"
Row = tuple[str, str, str, str, str]


def draft(target_bytes: int = 0) -> bytes:
    """A draft: page 1 with the blank "Số:" and date lines; image pages until ``target_bytes``;
    the signer block on the last page."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("S", "", str(FONT))
    pdf.add_font("S", "B", str(FONT_BOLD))
    pdf.add_page()
    pdf.set_font("S", size=12)
    pdf.set_xy(30, 20)
    pdf.cell(70, 6, "ỦY BAN NHÂN DÂN", align="C")
    pdf.set_xy(100, 20)
    pdf.cell(95, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C")
    pdf.set_font("S", size=13)
    pdf.set_xy(30, 36)
    pdf.cell(70, 6, "Số:        /QĐ-UBND", align="C")
    pdf.set_xy(100, 36)
    pdf.cell(95, 6, "Bình Phú, ngày       tháng       năm 2026", align="C")
    pdf.set_xy(30, 60)
    pdf.multi_cell(165, 7, "Điều 1. Giao Văn phòng - Thống kê triển khai thực hiện kế hoạch. " * 6)
    total = 0
    while total < target_bytes * 0.97:
        noise = Image.frombytes("RGB", (900, 1270), os.urandom(900 * 1270 * 3))
        buf = io.BytesIO()
        noise.save(buf, format="JPEG", quality=70)
        total += buf.tell()
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=30, y=20, w=165)
    pdf.set_font("S", "B", 13)
    pdf.set_xy(110, 230)
    pdf.multi_cell(80, 6, "CHỦ TỊCH\n\n\n\n\nNguyễn Văn An", align="C")
    return bytes(pdf.output())


def _median(times: list[float]) -> tuple[float, float, float]:
    return statistics.median(times), min(times), max(times)


def measure(repeat: int) -> list[tuple[str, float, float, float, float, float, float, float, float]]:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.accounts.users import add_user
    from desktop.drafting import issue, service
    from desktop.kernel.auth import Role
    from desktop.kernel.office import Office
    from desktop.signatures.keys import KeySpec
    from desktop.signatures.service import set_seal_image, set_signature_image
    from signing import testpki
    from signing.keys import pkcs12_signer
    from signing.samples import seal_png, signature_png

    out: list[tuple[str, float, float, float, float, float, float, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="issue-bench-") as tmp_name:
        tmp = Path(tmp_name)
        ca = testpki.make_ca()
        chair = testpki.issue_cert(ca, "Nguyễn Văn An", organisation="UBND xã Bình Phú")
        org = testpki.issue_cert(ca, "UBND xã Bình Phú", organisation="UBND xã Bình Phú")
        chair_p12 = testpki.write_pkcs12(tmp / "chair.p12", chair, PASSWORD.encode(), ca)
        org_p12 = testpki.write_pkcs12(tmp / "org.p12", org, PASSWORD.encode(), ca)
        (tmp / "sig.png").write_bytes(signature_png())
        (tmp / "seal.png").write_bytes(seal_png())
        office = Office.open(tmp / "data")
        initialise(office, OrgProfile("UBND xã Bình Phú", "UBND", "Bình Phú"), None)
        for user, role in (("chu-tich", Role.LEADER), ("van-thu", Role.CLERK),
                           ("can-bo", Role.OFFICER)):
            add_user(office, user, "mat-khau-dang-nhap", [role], user, "Chủ tịch")
        set_signature_image(office, "chu-tich", tmp / "sig.png")
        set_seal_image(office, tmp / "seal.png")
        org_signer = pkcs12_signer(org_p12.read_bytes(), PASSWORD.encode())
        try:
            for label, size in (("1 trang", 0), ("~10 MB", 10 * 1024 * 1024)):
                path = tmp / f"draft-{size}.pdf"
                path.write_bytes(draft(size))
                ids = []
                for _ in range(repeat + 1):  # one warm-up
                    office.sign_in("can-bo", "mat-khau-dang-nhap")
                    v = service.create_draft(office, service.DraftInput(
                        "Quyết định", f"Dự thảo {label}", "chu-tich", path))
                    service.submit(office, v.id)
                    office.sign_in("chu-tich", "mat-khau-dang-nhap")
                    service.approve(office, v.id)
                    issue.sign_draft(office, v.id, KeySpec.pkcs12(chair_p12, PASSWORD))
                    ids.append(v.id)
                office.sign_in("van-thu", "mat-khau-dang-nhap")
                signed = service.current_pdf(office, ids[0])
                app: list[float] = []
                for n, draft_id in enumerate(ids):
                    t0 = time.perf_counter()
                    with office.unit():
                        issue.issue_draft(office, draft_id, KeySpec.pkcs12(org_p12, PASSWORD))
                    if n:
                        app.append(time.perf_counter() - t0)
                peer: list[float] = []
                for n in range(repeat + 1):
                    t0 = time.perf_counter()
                    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
                    meta = signers.PdfSignatureMetadata(
                        field_name=f"Peer{n}", md_algorithm="sha256",
                        subfilter=fields.SigSeedSubFilter.PADES)
                    signers.sign_pdf(writer, meta, signer=org_signer, output=io.BytesIO())
                    if n:
                        peer.append(time.perf_counter() - t0)
                a, b = _median(app), _median(peer)
                out.append((label, len(signed) / 2**20, *a, *b, a[0] / b[0]))
        finally:
            office.close()
    return out


def rows(repeat: int = 5) -> list[Row]:
    result = []
    for label, mib, a, a_lo, a_hi, p, p_lo, p_hi, ratio in measure(repeat):
        result.append((
            f"phát hành dự thảo đã ký (cấp số, ghi số/ngày, ký số cơ quan, vào sổ), {label} "
            f"({mib:.1f} MiB)",
            f"{a * 1000:.0f} ms ({a_lo * 1000:.0f}–{a_hi * 1000:.0f})",
            f"{p * 1000:.0f} ms ({p_lo * 1000:.0f}–{p_hi * 1000:.0f}) (pyHanko sign_pdf "
            "in-process)",
            f"{ratio:.2f}×",
            "≤ 3× pyHanko in-process",
        ))
    return result


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    for r in rows(args.repeat):
        print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
