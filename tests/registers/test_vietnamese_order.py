"""A register sorted by a text column in SQL reads in Vietnamese order (issue 14, 9): by Tác giả
the order was Sở… / UBND… / Đảng ủy… (Đ after U). On SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from desktop.core.clock import vn_today
from desktop.registers.registry import IncomingInput, ListQuery, list_documents, register_incoming
from desktop.shell.services import Direction

NAMES = ["Sở Nội vụ", "UBND huyện Bình Sơn", "Đảng ủy xã", "Cục Thuế", "Ủy ban MTTQ xã",
         "ban Chỉ huy quân sự", "Ắc quy Miền Nam"]
EXPECTED = ["Ắc quy Miền Nam", "ban Chỉ huy quân sự", "Cục Thuế", "Đảng ủy xã", "Sở Nội vụ",
            "UBND huyện Bình Sơn", "Ủy ban MTTQ xã"]


def test_sorting_by_author_is_vietnamese(office: Any) -> None:
    today = vn_today()
    for n, name in enumerate(NAMES, start=1):
        register_incoming(office, IncomingInput(
            received=today, organ_name=name, symbol=f"{n}/CV-X", issued=today,
            type_name="Công văn", subject=f"Trích yếu {n}"))
    rows = list_documents(office, ListQuery(Direction.INCOMING, sort="organ_name"))
    assert [r.organ_name for r in rows] == EXPECTED
    rows = list_documents(office, ListQuery(Direction.INCOMING, sort="organ_name",
                                            descending=True))
    assert [r.organ_name for r in rows] == EXPECTED[::-1]
