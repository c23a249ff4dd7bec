"""Render the main screens offscreen with demo data into ``docs/screenshots/*.png`` (1366×768).

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # A clerk's 1366×768 screen (the offscreen platform's own is 800×800): the main window is
    # maximised on it and every dialog is clamped to it, as on the laptop.
    _SCREEN = Path(tempfile.gettempdir()) / "vanthu-screen-1366x768.json"
    _SCREEN.write_text('{"screens": [{"name": "clerk", "x": 0, "y": 0, "width": 1366, '
                       '"height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
                       encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.accounts.organisation import OrgProfile, initialise  # noqa: E402
from desktop.core.records import DocumentView  # noqa: E402
from desktop.kernel.office import Office  # noqa: E402
from desktop.registers.registry import (  # noqa: E402
    IncomingInput,
    OutgoingInput,
    register_incoming,
    register_outgoing,
)

SIZE = (1366, 768)
FONTS = ROOT / "resources" / "fonts"

INCOMING = (
    (
        "UBND huyện Bình Sơn",
        "KH-UBND",
        "Kế hoạch",
        "Kế hoạch triển khai công tác cải cách hành chính năm 2026",
    ),
    (
        "Sở Tài chính tỉnh Quảng Ngãi",
        "STC-NS",
        "Công văn",
        "V/v hướng dẫn quyết toán ngân sách xã năm 2025",
    ),
    (
        "Sở Nội vụ tỉnh Quảng Ngãi",
        "SNV-CCHC",
        "Công văn",
        "V/v báo cáo kết quả chuyển đổi số cấp xã quý III",
    ),
    (
        "Công an huyện Bình Sơn",
        "CAH-PV01",
        "Công văn",
        "V/v tăng cường bảo đảm an ninh trật tự dịp lễ",
    ),
    (
        "Ban Chỉ huy Quân sự huyện",
        "BCH-TM",
        "Thông báo",
        "Thông báo lịch khám sức khỏe nghĩa vụ quân sự năm 2027",
    ),
    (
        "Phòng Giáo dục và Đào tạo huyện",
        "PGDĐT",
        "Công văn",
        "V/v phổ cập giáo dục, xóa mù chữ năm 2026",
    ),
    (
        "Bảo hiểm xã hội huyện Bình Sơn",
        "BHXH-TST",
        "Công văn",
        "V/v vận động người dân tham gia bảo hiểm y tế hộ gia đình",
    ),
    (
        "Chi cục Thuế khu vực Bình Sơn",
        "CCT-TTHT",
        "Thông báo",
        "Thông báo lịch hỗ trợ quyết toán thuế thu nhập cá nhân",
    ),
    (
        "UBND huyện Bình Sơn",
        "QĐ-UBND",
        "Quyết định",
        "Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2026",
    ),
    (
        "Phòng Tài nguyên và Môi trường",
        "TNMT",
        "Công văn",
        "V/v rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất",
    ),
    ("Huyện ủy Bình Sơn", "HU", "Công văn", "V/v tổ chức hội nghị học tập, quán triệt Nghị quyết"),
    (
        "UBND huyện Bình Sơn",
        "GM-UBND",
        "Giấy mời",
        "Mời dự họp giao ban công tác phòng, chống thiên tai",
    ),
    (
        "Sở Y tế tỉnh Quảng Ngãi",
        "SYT-NVY",
        "Công văn",
        "V/v triển khai chiến dịch tiêm chủng mở rộng",
    ),
    (
        "Trung tâm Y tế huyện Bình Sơn",
        "TTYT",
        "Báo cáo",
        "Báo cáo tình hình dịch bệnh sốt xuất huyết tuần 44",
    ),
    (
        "UBND huyện Bình Sơn",
        "TB-UBND",
        "Thông báo",
        "Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã",
    ),
    (
        "Phòng Nông nghiệp và Phát triển nông thôn",
        "NN",
        "Công văn",
        "V/v chuẩn bị giống cây trồng vụ Đông Xuân 2026-2027",
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        "SVHTTDL",
        "Kế hoạch",
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
    ),
    (
        "Phòng Lao động - Thương binh và Xã hội",
        "LĐTBXH",
        "Công văn",
        "V/v chi trả trợ cấp ưu đãi người có công tháng 12",
    ),
    (
        "UBND huyện Bình Sơn",
        "CT-UBND",
        "Chỉ thị",
        "Về việc tăng cường công tác phòng cháy, chữa cháy mùa khô",
    ),
    ("Viện kiểm sát nhân dân huyện", "VKS", "Công văn", "V/v phối hợp cung cấp hồ sơ hộ tịch"),
    ("Tòa án nhân dân huyện Bình Sơn", "TA", "Công văn", "V/v tống đạt văn bản tố tụng"),
    ("Ủy ban Mặt trận Tổ quốc huyện", "MTTQ", "Công văn", "V/v vận động ủng hộ Quỹ Vì người nghèo"),
    ("UBND tỉnh Quảng Ngãi", "CĐ-UBND", "Công điện", "Về việc chủ động ứng phó với bão số 13"),
)
OUTGOING = (
    ("Quyết định", "", "Về việc thành lập Tổ công tác chuyển đổi số xã Bình Phú"),
    ("Kế hoạch", "", "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026"),
    ("Công văn", "VP", "V/v đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa thôn An Lạc"),
    ("Báo cáo", "", "Báo cáo kết quả thực hiện cải cách hành chính quý III năm 2026"),
    ("Thông báo", "", "Thông báo lịch tiếp công dân của Chủ tịch UBND xã tháng 12"),
    ("Công văn", "ĐC", "V/v rà soát, cập nhật biến động đất đai năm 2026"),
    ("Giấy mời", "", "Mời dự họp triển khai kế hoạch tuyển quân năm 2027"),
    ("Quyết định", "", "Về việc kiện toàn Ban Chỉ huy phòng, chống thiên tai xã"),
    ("Công văn", "VX", "V/v đề nghị xác nhận hồ sơ hưởng trợ cấp xã hội"),
    ("Tờ trình", "", "Tờ trình đề nghị phê duyệt dự toán sửa chữa trường mầm non"),
    ("Báo cáo", "", "Báo cáo tình hình kinh tế - xã hội tháng 10 năm 2026"),
    ("Kế hoạch", "", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư"),
)


def make_pdf(path: Path) -> Path:
    """A first page in the Nghị định 30 layout, for the preview."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("Serif", fname=str(FONTS / "NotoSerif-Regular.ttf"))
    pdf.add_font("Serif", style="B", fname=str(FONTS / "NotoSerif-Bold.ttf"))
    pdf.add_font("Serif", style="I", fname=str(FONTS / "NotoSerif-Italic.ttf"))
    pdf.add_page()
    pdf.set_margins(25, 20, 15)
    pdf.set_font("Serif", "", 12)
    pdf.set_xy(15, 20)
    pdf.multi_cell(80, 6, "UBND TỈNH QUẢNG NGÃI\n", align="C")
    pdf.set_font("Serif", "B", 12)
    pdf.set_x(15)
    pdf.multi_cell(80, 6, "UBND HUYỆN BÌNH SƠN\n", align="C")
    pdf.set_xy(95, 20)
    pdf.multi_cell(105, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C")
    pdf.set_x(95)
    pdf.multi_cell(105, 6, "Độc lập - Tự do - Hạnh phúc", align="C")
    pdf.set_font("Serif", "", 12)
    pdf.set_xy(15, 40)
    pdf.cell(80, 6, "Số: 45/KH-UBND", align="C")
    pdf.set_font("Serif", "I", 12)
    pdf.set_xy(95, 40)
    pdf.cell(105, 6, "Bình Sơn, ngày 02 tháng 01 năm 2026", align="C")
    pdf.set_font("Serif", "B", 14)
    pdf.set_xy(25, 58)
    pdf.cell(170, 8, "KẾ HOẠCH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 13)
    pdf.multi_cell(170, 7, "Triển khai công tác cải cách hành chính năm 2026", align="C")
    pdf.ln(6)
    pdf.set_font("Serif", "", 13)
    body = (
        "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình "
        "tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, Ủy ban nhân dân huyện "
        "ban hành Kế hoạch triển khai công tác cải cách hành chính năm 2026 như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Tiếp tục đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng giải quyết "
        "thủ tục hành chính cho người dân và doanh nghiệp.\n"
        "2. 100% văn bản đến, văn bản đi được số hóa, tiếp nhận và xử lý trên phần mềm."
    )
    pdf.multi_cell(170, 7.5, body, align="J")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def demo_office(data: Path) -> tuple[Office, DocumentView]:
    office = Office.open(data)
    initialise(
        office,
        OrgProfile(
            "Ủy ban nhân dân xã Bình Phú",
            "UBND",
            "Bình Phú",
            "000.00.01.H56",
            "UBND huyện Bình Sơn",
        ),
        None,
    )
    office.sign_in(None, None)
    rnd = random.Random(7)
    today = dt.date.today()
    start = dt.date(today.year, 9, 1)
    days = sorted(start + dt.timedelta(days=rnd.randint(0, (today - start).days)) for _ in INCOMING)
    pdf = make_pdf(data.parent / "ke-hoach-45-KH-UBND.pdf")
    with_pdf: DocumentView | None = None
    for i, ((organ, notation, kind, subject), received) in enumerate(
        zip(INCOMING, days, strict=True)
    ):
        issued = received - dt.timedelta(days=rnd.randint(0, 4))
        urgency = "hoa-toc" if kind == "Công điện" else ("khan" if i == 7 else None)
        due = (
            today - dt.timedelta(days=6)
            if i == 3
            else (today + dt.timedelta(days=10) if i % 5 == 0 else None)
        )
        view = register_incoming(
            office,
            IncomingInput(
                received=received,
                organ_name=organ,
                symbol=f"{rnd.randint(10, 990)}/{notation}",
                issued=issued,
                type_name=kind,
                subject=subject,
                recipients=rnd.choice(
                    (
                        "Chủ tịch UBND xã",
                        "Văn phòng - Thống kê",
                        "Địa chính - Xây dựng",
                        "Văn hóa - Xã hội",
                        "Tư pháp - Hộ tịch",
                    )
                ),
                urgency=urgency,
                due=due,
                handler="",
                files=[pdf] if i == 0 else [],
            ),
        )
        if i == 0:
            with_pdf = view
    out_days = sorted(
        start + dt.timedelta(days=rnd.randint(0, (today - start).days)) for _ in OUTGOING
    )
    for (kind, unit, subject), issued in zip(OUTGOING, out_days, strict=True):
        register_outgoing(
            office,
            OutgoingInput(
                issued=issued,
                type_name=kind,
                subject=subject,
                signer_name="Nguyễn Văn An",
                signer_title="Chủ tịch",
                drafting_unit=unit,
                recipients="UBND huyện Bình Sơn; Các ban, ngành xã",
                copies=rnd.choice((2, 3, 5)),
                archive_unit="Lưu: VT, VP",
            ),
        )
    assert with_pdf is not None
    return office, with_pdf


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QDate, QPoint
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.documents.view import DocumentDialog
    from ui.kit import messages
    from ui.registers.incoming_form import IncomingDialog
    from ui.registers.outgoing_form import OutgoingDialog
    from ui.shell.app import create_app
    from ui.shell.main_window import MainWindow
    from ui.shell.wizard import SetupWizard

    app = create_app([sys.argv[0]])
    from ui.kit.i18n import apply_language

    apply_language("vi")  # as the window starts: Vietnamese locale and Qt's texts
    messages.start_recording()
    tmp = Path(tempfile.mkdtemp(prefix="vanthu-shots-"))
    office, with_pdf = demo_office(tmp / "data")

    def settle(seconds: float = 0.6) -> None:
        # QPdfView renders its pages in a thread: give it time, not just one event loop turn.
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)

    def save(widget: QWidget, name: str, over: QWidget | None = None) -> None:
        settle()
        screen = QPixmap(*SIZE)
        screen.fill()
        painter = QPainter(screen)
        if over is not None:
            painter.drawPixmap(0, 0, over.grab())
            painter.fillRect(screen.rect(), "#50000000")
            shot = widget.grab()
            painter.drawPixmap(
                QPoint((SIZE[0] - shot.width()) // 2, max(0, (SIZE[1] - shot.height()) // 2)), shot
            )
        else:
            painter.drawPixmap(0, 0, widget.grab())
        painter.end()
        path = args.out / f"{name}.png"
        screen.save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    window = MainWindow(office)
    window.resize(*SIZE)
    window.show()
    panel = window.register_panel("den")
    panel.select_document(with_pdf.id)
    save(window, "main-incoming")

    window.show_panel("outgoing")
    window.register_panel("di").view.selectRow(3)
    save(window, "main-outgoing")

    window.show_panel("incoming")
    form = IncomingDialog(office, window)
    form.organ.setText("Sở Nội vụ tỉnh Quảng Ngãi")
    form.symbol.setText("1250/SNV-CCHC")
    form.issued.setDate(QDate.currentDate().addDays(-2))
    form.doc_type.setCurrentIndex(form.doc_type.findData("Công văn"))
    form.subject.setText("V/v triển khai Chỉ số cải cách hành chính năm 2026")
    form.recipients.setText("Chủ tịch UBND xã")
    form.urgency.setCurrentIndex(1)
    form.show()
    form.subject.setFocus()
    save(form, "incoming-form", over=window)
    form.close()

    # The outgoing form after Ctrl+Enter with four fields missing: every problem at once.
    window.show_panel("outgoing")
    out_form = OutgoingDialog(office, window)
    out_form.signer.clear()
    out_form.issued.edit.setText("32/13/2026")
    out_form.show()
    out_form.save()
    out_form.mark_clean()
    save(out_form, "outgoing-form-errors", over=window)
    out_form.close()
    out_form = OutgoingDialog(office, window)
    out_form.subject.setText("V/v tổ chức Hội nghị tổng kết công tác văn thư năm 2026")
    out_form.signer.setText("Nguyễn Văn An")
    out_form.signer_title.setText("Chủ tịch")
    out_form.recipients.setText("Các ban, ngành, đoàn thể xã")
    out_form.show()
    save(out_form, "outgoing-form", over=window)
    out_form.mark_clean()
    out_form.close()
    window.show_panel("incoming")

    from desktop.registers.edit import edit_document

    edit_document(office, with_pdf.id, {"recipients": "Chủ tịch UBND xã, Văn phòng"},
                  "Bổ sung nơi nhận theo bút phê của Chủ tịch")
    viewer = DocumentDialog(office, with_pdf.id, window)
    viewer.resize(1300, 720)
    viewer.show()
    save(viewer, "document-view", over=window)
    viewer.edit_document()
    correction = viewer.edit_dialog
    assert correction is not None
    correction.reason.setText("Sửa trích yếu cho đúng bản gốc")
    save(correction, "correction-form", over=window)
    correction.mark_clean()
    correction.close()
    viewer.close()

    # One-stop desk: a few dossiers around today, one late, one due today.
    import datetime as dt

    from desktop.dossiers.service import DossierInput, advance, receive

    now = dt.datetime.now().replace(second=0, microsecond=0)
    people = ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Mai", "Phạm Minh Tuấn", "Võ Thị Hoa"]
    procedures = [("Chứng thực bản sao từ bản chính", 1), ("Đăng ký khai sinh", 3),
                  ("Xác nhận tình trạng hôn nhân", 3), ("Đăng ký kết hôn", 5),
                  ("Đăng ký khai tử", 3)]
    for i, (person, (proc, days)) in enumerate(zip(people, procedures, strict=True)):
        received = now - dt.timedelta(days=(i * 3) % 11, hours=i)
        d = receive(office, DossierInput(received=received, procedure=proc, applicant=person,
                                         days=days, address="Ấp 3, xã Bình Phú",
                                         components=["Tờ khai", "Căn cước công dân"]))
        if i == 1:
            advance(office, d.code, "processing", at=received + dt.timedelta(hours=2))
    window.show_panel("dossiers")
    window.panel("dossiers").refresh()  # the panel was built before these dossiers existed
    save(window, "dossiers")

    from desktop.dossiers.forms import render_form
    from ui.dossiers.form import DossierReceiptDialog
    from ui.dossiers.form_printing import FormPreviewDialog, FormPrinter

    receipt = DossierReceiptDialog(office, window)
    receipt.procedure.setEditText("Đăng ký kết hôn")
    receipt.applicant.setText("Nguyễn Thị Lan")
    receipt.address.setText("Ấp 3, xã Bình Phú")
    receipt.phone.setText("0912345678")
    receipt.show()
    save(receipt, "dossier-receipt-form", over=window)
    receipt.mark_clean()
    receipt.close()
    data, _pages, _title = render_form(office, d.code, "receipt")
    preview = FormPreviewDialog(FormPrinter(window, office), d.code, "receipt", data,
                                parent=window)
    preview.show()
    save(preview, "receipt-preview", over=window)
    preview.close()
    window.show_panel("dashboard")
    settle(2.5)  # the figures are counted in the background worker
    save(window, "dashboard")
    window.show_panel("audit")
    settle(1.5)
    save(window, "audit-log")
    window.show_panel("incoming")

    fresh = Office.open(tmp / "new")
    wizard = SetupWizard(fresh)
    wizard.show()
    wizard.next()
    page = wizard.org_page
    page.name.setText("Ủy ban nhân dân xã Bình Phú")
    page.place.setText("Bình Phú")
    page.code.setText("000.00.01.H56")
    page.parent_name.setText("UBND huyện Bình Sơn")
    blank = QWidget()
    blank.resize(*SIZE)
    blank.setStyleSheet("background: #2d5f8a;")
    save(wizard, "setup-wizard", over=blank)
    wizard.close()
    fresh.close()
    window.close()
    office.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
