"""Registration through the services, on a real SQLite file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.clock import vn_today
from desktop.core.errors import NotFound, UserError
from desktop.registers.registry import (
    IncomingInput,
    ListQuery,
    OutgoingInput,
    cancel,
    get_document,
    list_documents,
    register_incoming,
    register_outgoing,
)
from models.entities import Direction
from tests.conftest import snapshot


def incoming(**kw: object) -> IncomingInput:
    base: dict[str, object] = dict(
        received="2026-03-02", organ_name="UBND huyện Chợ Gạo", symbol="101/QĐ-UBND",
        issued="2026-02-27", type_name="Quyết định", subject="Về việc giao chỉ tiêu",
    )
    base.update(kw)
    return IncomingInput(**base)  # type: ignore[arg-type]


def outgoing(**kw: object) -> OutgoingInput:
    base: dict[str, object] = dict(
        issued="2026-03-02", type_name="Quyết định", subject="Về việc khen thưởng",
        signer_name="Nguyễn Văn An", signer_title="Chủ tịch",
    )
    base.update(kw)
    return OutgoingInput(**base)  # type: ignore[arg-type]


def test_incoming_numbers_are_consecutive_per_year(office) -> None:  # type: ignore[no-untyped-def]
    a = register_incoming(office, incoming())
    b = register_incoming(office, incoming(symbol="102/QĐ-UBND"))
    c = register_incoming(office, incoming(received="2025-12-31", issued="2025-12-30"))
    d = register_incoming(office, incoming(symbol="7/TB-UBND", type_name="Thông báo"))
    assert [(a.year, a.number), (b.year, b.number), (d.year, d.number)] == [
        (2026, 1), (2026, 2), (2026, 3)]
    assert (c.year, c.number, c.number_text) == (2025, 1, "01")


def test_outgoing_symbols_follow_decree_30(office) -> None:  # type: ignore[no-untyped-def]
    qd = register_outgoing(office, outgoing())
    kh = register_outgoing(office, outgoing(type_name="Kế hoạch"))
    cv = register_outgoing(office, outgoing(type_name="Công văn", drafting_unit="VP"))
    cv2 = register_outgoing(office, outgoing(type_name="Công văn"))
    assert [qd.symbol, kh.symbol, cv.symbol, cv2.symbol] == [
        "01/QĐ-UBND", "02/KH-UBND", "03/UBND-VP", "04/UBND"]


def test_secret_documents_and_copies_have_their_own_series(office) -> None:  # type: ignore[no-untyped-def]
    normal = register_outgoing(office, outgoing())
    secret = register_outgoing(office, outgoing(secrecy="mat"))
    copy1 = register_outgoing(office, outgoing(type_name="Bản sao y"))
    copy2 = register_outgoing(office, outgoing(type_name="Bản trích sao"))
    normal2 = register_outgoing(office, outgoing())
    assert (normal.number, normal2.number) == (1, 2)
    assert secret.number == 1 and secret.series == "di-mat"
    assert (copy1.symbol, copy2.symbol) == ("01/SY-UBND", "02/TrS-UBND")
    sin = register_incoming(office, incoming(secrecy="toi-mat"))
    nin = register_incoming(office, incoming())
    assert (sin.number, sin.series, nin.number) == (1, "den-mat", 1)


def test_cancel_keeps_the_number_and_it_is_never_reused(office) -> None:  # type: ignore[no-untyped-def]
    first = register_outgoing(office, outgoing())
    cancelled = cancel(office, first.id, "Sai trích yếu")
    assert cancelled.cancelled and cancelled.number == 1
    assert cancelled.cancel_reason == "Sai trích yếu"
    nxt = register_outgoing(office, outgoing())
    assert nxt.symbol == "02/QĐ-UBND"
    with pytest.raises(UserError):
        cancel(office, first.id, "lần nữa")
    with pytest.raises(UserError):
        cancel(office, nxt.id, "   ")
    with pytest.raises(NotFound):
        cancel(office, 999, "không có")
    rows = list_documents(office, ListQuery(Direction.OUTGOING))
    assert [(r.number, r.cancelled) for r in rows] == [(1, True), (2, False)]


def test_duplicate_incoming_is_registered_with_a_warning(office) -> None:  # type: ignore[no-untyped-def]
    register_incoming(office, incoming())
    again = register_incoming(office, incoming())
    assert again.number == 2
    assert again.warnings and "đã được đăng ký" in again.warnings[0]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"received": (vn_today() + dt.timedelta(days=1)).isoformat()}, "received"),
        ({"issued": "2026-03-05"}, "date"),
        ({"symbol": "QĐ-UBND"}, "symbol"),
        ({"type_name": "Thư tình"}, "type"),
        ({"subject": "  "}, "summary"),
        ({"organ_name": ""}, "from"),
        ({"urgency": "rat-gap"}, "urgency"),
        ({"files": [Path("/nonexistent/scan.pdf")]}, "file"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(office, data_dir, tmp_path, change,
                                                       field) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "ok.pdf"
    good.write_bytes(b"%PDF-1.4 ok")
    register_incoming(office, incoming(files=[good]))
    before = snapshot(office)
    new = tmp_path / "new.pdf"
    new.write_bytes(b"%PDF-1.4 another file that must not stay in the store")
    kw = dict(change)
    if field != "file":
        kw["files"] = [new]
    else:
        kw["files"] = [new, *change["files"]]
    with pytest.raises(UserError) as err:
        register_incoming(office, incoming(**kw))
    assert err.value.field == field
    assert snapshot(office) == before


def test_files_are_stored_once_and_verified(office, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "scan.pdf"
    f.write_bytes(b"%PDF-1.4\n% same content\n")
    a = register_incoming(office, incoming(files=[f]))
    b = register_incoming(office, incoming(symbol="9/TB-UBND", files=[f]))
    assert a.files[0].sha256 == b.files[0].sha256
    assert list(office.files.all_hashes()).count(a.files[0].sha256) == 1
    assert office.files.read(a.files[0].sha256) == f.read_bytes()
    assert get_document(office, a.id).files[0].media_type == "application/pdf"


def test_windows_read_from_either_end_are_the_same(office) -> None:  # type: ignore[no-untyped-def]
    for i in range(25):
        register_outgoing(office, outgoing(subject=f"Văn bản {i}"))
    q = ListQuery(Direction.OUTGOING)
    whole = [d.id for d in list_documents(office, q)]
    import dataclasses

    for offset in (0, 7, 13, 20, 24):
        w = dataclasses.replace(q, offset=offset, limit=6)
        assert [d.id for d in list_documents(office, w, total=25)] == whole[offset:offset + 6]
        d = dataclasses.replace(w, descending=True)
        assert [x.id for x in list_documents(office, d, total=25)] == whole[::-1][offset:offset + 6]
