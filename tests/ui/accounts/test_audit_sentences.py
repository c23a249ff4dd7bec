"""The audit log in words (issue 14, 10): field labels, not ``so_ky_hieu``; states as words,
not ``da-dang-ky``; actions named, not ``ho-so-tiep-nhan``; hashes shortened."""

from __future__ import annotations

from desktop.kernel import audit
from desktop.kernel.audit import ACTION_LABELS
from desktop.registers.edit import edit_document
from tests.ui.conftest import add_incoming
from ui.accounts.audit_model import AuditModel


def _model(office) -> AuditModel:
    with office.db.read() as s:
        entries, total = audit.entries(s)
    model = AuditModel()
    model.set_page(entries, total, 0)
    return model


def _row(model: AuditModel, action: str) -> int:
    return next(i for i, e in enumerate(model.entries) if e.action == action)


def test_registration_and_correction_read_as_sentences(qtmodeltester, ui_office) -> None:
    doc = add_incoming(ui_office, subject="Về việc giao chỉ tiu")
    edit_document(ui_office, doc.id, {"subject": "Về việc giao chỉ tiêu"}, "Gõ thiếu dấu")
    model = _model(ui_office)
    qtmodeltester.check(model)
    registered = model.data(model.index(_row(model, "dang-ky-den"), 5))
    for code in ("so_ky_hieu", "trang_thai", "da-dang-ky", "trich_yeu"):
        assert code not in registered, registered
    assert "Số, ký hiệu: 101/QĐ-UBND" in registered
    assert "Tình trạng: đã đăng ký" in registered
    row = _row(model, "sua-van-ban")
    assert model.data(model.index(row, 3)) == "Sửa văn bản đã đăng ký"
    assert model.data(model.index(row, 5)) == (
        "Trích yếu nội dung: “Về việc giao chỉ tiu” → “Về việc giao chỉ tiêu”; "
        "Lý do: Gõ thiếu dấu")


def test_every_action_the_services_write_has_a_name(ui_office) -> None:
    model = AuditModel()
    for code in ("ho-so-tiep-nhan", "ho-so-chuyen", "lich-khoi-tao", "thu-tuc-them",
                 "sua-van-ban", "anh-chu-ky"):
        assert code in ACTION_LABELS
        assert model.action_text(code) != code


def test_hashes_are_shortened(ui_office) -> None:
    from ui.registers.field_labels import entry_sentence

    text = entry_sentence(None, {"tep": ["a.pdf"], "sha256": ["ab" * 32]})
    assert text == "Tệp: a.pdf; Mã băm SHA-256: " + "ab" * 6 + "…"


def test_a_bad_date_in_the_filter_is_explained(qtbot, ui_office, recorded) -> None:
    from ui.accounts.audit_panel import AuditPanel

    panel = AuditPanel(ui_office)
    qtbot.addWidget(panel)
    panel.use_start.setChecked(True)
    panel.start.edit.clear()
    qtbot.keyClicks(panel.start.edit, "32/13/2026")
    assert panel.apply_filters() is None
    assert recorded and "Không có tháng 13" in recorded[-1].text
