"""Correcting a registered entry (issue 14, 5): any typed field with a reason, audited with
before and after, shown in the history, found by search; number, year, series and direction
fixed; files untouched; the clerk's role. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.clock import vn_today
from desktop.core.errors import PermissionDenied, UserError
from desktop.kernel.auth import Actor, Role
from desktop.registers.edit import edit_document, history
from desktop.registers.registry import (
    IncomingInput,
    OutgoingInput,
    attach_files,
    get_document,
    register_incoming,
    register_outgoing,
)
from desktop.registers.search import search_hits
from models.entities import AuditEntry, Document
from tests.conftest import Cli, snapshot

TODAY = vn_today()


def _incoming(office: Any, **more: Any) -> Any:
    values: dict[str, Any] = dict(
        received=TODAY, organ_name="Sở Nội vụ", symbol="15/HD-SNV", issued=TODAY,
        type_name="Hướng dẫn", subject="Hướng dẫn cải cách hành chính",
    )
    values.update(more)
    return register_incoming(office, IncomingInput(**values))


def test_a_correction_is_saved_audited_and_searchable(office: Any) -> None:
    v = _incoming(office)
    fixed = edit_document(office, v.id, {"organ_name": "Sở Tư pháp",
                                         "subject": "Hướng dẫn chứng thực bản sao"},
                          "Gõ nhầm tác giả và trích yếu")
    assert (fixed.organ_name, fixed.subject) == ("Sở Tư pháp", "Hướng dẫn chứng thực bản sao")
    assert (fixed.number, fixed.year, fixed.series) == (v.number, v.year, v.series)
    assert get_document(office, v.id).organ_name == "Sở Tư pháp"
    [change] = history(office, v.id)
    assert change.reason == "Gõ nhầm tác giả và trích yếu"
    assert change.before == {"organ_name": "Sở Nội vụ", "subject": "Hướng dẫn cải cách hành chính"}
    assert change.after == {"organ_name": "Sở Tư pháp", "subject": "Hướng dẫn chứng thực bản sao"}
    assert change.actor == office.actor.username
    assert [h.document.id for h in search_hits(office, "chung thuc")] == [v.id]
    assert search_hits(office, "cai cach") == []


def test_dates_and_symbol_are_checked_as_at_registration(office: Any) -> None:
    v = _incoming(office)
    fixed = edit_document(office, v.id, {"issued_date": "15112026" if TODAY.year == 2026
                                         else TODAY.strftime("%d%m%Y"),
                                         "symbol": "16/HD-SNV"}, "Sai số ký hiệu")
    assert fixed.symbol == "16/HD-SNV"
    with pytest.raises(UserError) as err:
        edit_document(office, v.id, {"issued_date": "32/13/2026", "symbol": "sai ky hieu",
                                     "subject": " "}, "Thử")
    text = err.value.message
    assert "Không có tháng 13" in text and "Ví dụ đúng" in text and "trích yếu" in text
    ahead = (TODAY + dt.timedelta(days=3)).isoformat()
    with pytest.raises(UserError, match="ở tương lai"):
        edit_document(office, v.id, {"issued_date": ahead}, "Thử")
    assert get_document(office, v.id).symbol == "16/HD-SNV"


@pytest.mark.parametrize("key", ["number", "year", "series", "direction"])
def test_what_the_register_is_cannot_be_changed(office: Any, key: str) -> None:
    v = _incoming(office)
    with pytest.raises(UserError, match="cố định"):
        edit_document(office, v.id, {key: "5"}, "Thử")
    assert history(office, v.id) == []


def test_a_date_in_another_year_or_a_change_of_series_is_refused(office: Any) -> None:
    v = _incoming(office)
    last_year = TODAY.replace(year=TODAY.year - 1, day=min(TODAY.day, 28)).isoformat()
    with pytest.raises(UserError, match="khác năm"):
        edit_document(office, v.id, {"received_date": last_year, "issued_date": last_year},
                      "Thử")
    with pytest.raises(UserError, match="sổ khác"):
        edit_document(office, v.id, {"secrecy": "mat"}, "Thử")


def test_a_reason_is_required_and_nothing_changes_without_one(office: Any) -> None:
    v = _incoming(office)
    with pytest.raises(UserError, match="lý do sửa"):
        edit_document(office, v.id, {"subject": "Khác"}, "  ")
    assert get_document(office, v.id).subject == v.subject


def test_outgoing_fields_and_its_symbol(office: Any) -> None:
    v = register_outgoing(office, OutgoingInput(
        issued=TODAY, type_name="Công văn", subject="V/v họp", signer_name="Nguyễn Văn An",
        signer_title="Chủ tịch", drafting_unit="VP"))
    fixed = edit_document(office, v.id, {"signer_title": "Phó Chủ tịch", "copies": "3"},
                          "Người ký là Phó Chủ tịch")
    assert (fixed.signer_title, fixed.copies, fixed.symbol) == ("Phó Chủ tịch", 3, v.symbol)
    with pytest.raises(UserError, match="Không sửa được “symbol”"):
        edit_document(office, v.id, {"symbol": "99/UBND-VP"}, "Thử")
    with pytest.raises(UserError, match="đổi ký hiệu"):
        edit_document(office, v.id, {"type_name": "Quyết định"}, "Thử")


def test_files_are_untouched(office: Any, tmp_path: Path) -> None:
    v = _incoming(office)
    path = tmp_path / "van-ban.pdf"
    path.write_bytes(b"%PDF-1.4\n% signed bytes\n%%EOF\n")
    attached = attach_files(office, v.id, [path])
    [info] = attached.files
    edit_document(office, v.id, {"notes": "Đã chuyển lãnh đạo"}, "Bổ sung ghi chú")
    after = get_document(office, v.id)
    assert after.files == attached.files
    assert hashlib.sha256(office.files.read(info.sha256)).hexdigest() == info.sha256


def test_roles_as_for_registration(office: Any) -> None:
    v = _incoming(office)
    office.actor = Actor("canbo", frozenset({Role.OFFICER}))
    with pytest.raises(PermissionDenied):
        edit_document(office, v.id, {"subject": "Khác"}, "Thử")
    office.actor = Actor("vanthu", frozenset({Role.CLERK}))
    assert edit_document(office, v.id, {"subject": "Khác"}, "Sửa").subject == "Khác"


def test_the_audit_entry_holds_before_after_and_reason(office: Any) -> None:
    v = _incoming(office)
    edit_document(office, v.id, {"handler": "Trần Thị Bình"}, "Giao người xử lý")
    with office.db.read() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.action == "sua-van-ban")).one()
        assert row.document_id == v.id
        assert json.loads(row.before) == {"handler": ""}
        assert json.loads(row.after) == {"handler": "Trần Thị Bình", "ly_do": "Giao người xử lý"}
        assert s.get(Document, v.id).handler == "Trần Thị Bình"


# -- the command -------------------------------------------------------------------------
def _cli_incoming(cli: Cli) -> int:
    r = cli("incoming", "add", "--received", TODAY.isoformat(), "--from", "Sở Nội vụ",
            "--symbol", "15/HD-SNV", "--date", TODAY.isoformat(), "--type", "Hướng dẫn",
            "--summary", "Hướng dẫn cải cách", "--json")
    assert r.code == 0, r.err
    return int(r.json["id"])


def test_vanthu_edit_and_show_history(init_cli: Cli) -> None:
    doc = _cli_incoming(init_cli)
    r = init_cli("edit", str(doc), "--set", "subject=Hướng dẫn chứng thực", "--set",
                 "notes=a=b", "--reason", "Gõ nhầm", "--json")
    assert r.code == 0, r.err
    assert r.json["subject"] == "Hướng dẫn chứng thực" and r.json["notes"] == "a=b"
    shown = init_cli("show", str(doc), "--json").json
    [change] = shown["history"]
    assert change["reason"] == "Gõ nhầm" and change["actor"]
    assert change["before"] == {"subject": "Hướng dẫn cải cách", "notes": ""}
    assert change["after"] == {"subject": "Hướng dẫn chứng thực", "notes": "a=b"}
    assert change["time"].endswith("Z")
    text = init_cli("show", str(doc)).out
    assert "Trích yếu nội dung: “Hướng dẫn cải cách” → “Hướng dẫn chứng thực”" in text
    found = init_cli("search", "chung thuc", "--json").json
    assert [h["id"] for h in found] == [doc]


@pytest.mark.parametrize(("args", "code", "says"), [
    (["--set", "number=7"], 2, "cố định"),
    (["--set", "year=2020"], 2, "cố định"),
    (["--set", "series=x"], 2, "cố định"),
    (["--set", "direction=di"], 2, "cố định"),
    (["--set", "subject"], 2, "KEY=VALUE"),
    (["--set", "colour=đỏ"], 2, "Các trường sửa được"),
    (["--set", "issued_date=32/13/2026"], 2, "Không có tháng 13"),
    ([], 2, "Chưa có gì để sửa"),
])
def test_vanthu_edit_refuses_and_writes_nothing(init_cli: Cli, args: list[str], code: int,
                                                says: str) -> None:
    doc = _cli_incoming(init_cli)
    before = snapshot(init_cli.data_dir)
    r = init_cli("edit", str(doc), *args, "--reason", "Thử")
    assert r.code == code and says in r.err, (r.code, r.err)
    assert snapshot(init_cli.data_dir) == before


def test_vanthu_edit_of_a_missing_document(init_cli: Cli) -> None:
    r = init_cli("edit", "999", "--set", "subject=x", "--reason", "Thử")
    assert r.code == 3
