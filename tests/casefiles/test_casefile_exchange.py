"""Export of a case file (PDFs in time order + Phụ lục VI XML) and its import elsewhere; the
import folder treated as hostile: entities, DTDs, paths, links, hashes, sizes, counts."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from desktop.accounts.organisation import OrgProfile, initialise
from desktop.casefiles import exchange, export_check, filling, plan, service
from desktop.casefiles.plan import EntryInput
from desktop.core.errors import UserError
from desktop.kernel.office import Office
from desktop.registers.registry import (
    IncomingInput,
    OutgoingInput,
    register_incoming,
    register_outgoing,
)
from tests.cli.test_casefiles_scenario import make_pdf
from tests.conftest import ORG, snapshot


@pytest.fixture
def exported(office: Any, tmp_path: Path) -> tuple[Any, Path]:
    plan.add_entry(office, EntryInput(2026, "01.TCCB", "Hồ sơ tuyển dụng", "Vĩnh viễn"))
    plan.approve(office, 2026)
    late = register_incoming(office, IncomingInput(
        received=dt.date(2025, 5, 2), organ_name="Sở Nội vụ", symbol="15-NQ/ĐU",
        issued="2025-05-01", type_name="Nghị quyết", subject="Về công tác cán bộ",
        files=[make_pdf(tmp_path / "a.pdf", "A", pages=3)])).id
    early = register_outgoing(office, OutgoingInput(
        issued="2025-02-01", type_name="Kế hoạch", subject="Kế hoạch tuyển dụng",
        signer_name="Lê Văn A", signer_title="Chủ tịch",
        files=[make_pdf(tmp_path / "b.pdf", "B", pages=2)])).id
    bare = register_incoming(office, IncomingInput(
        received=dt.date(2025, 3, 2), organ_name="UBND huyện", symbol="7/TB-UBND",
        issued="2025-03-01", type_name="Thông báo", subject="Không có tệp")).id
    service.open_file(office, "01.TCCB", 2026)
    filling.add_documents(office, "01.TCCB", [str(late), str(early), str(bare)])
    view = service.close_file(office, "01.TCCB", "2025-06-30")
    out = tmp_path / "xuat"
    result = exchange.export_file(office, "01.TCCB", out)
    assert (result.documents, result.pdfs) == (3, 2)
    return view, out


def _other(tmp_path: Path) -> Office:
    o = Office.open(tmp_path / "khac")
    initialise(o, OrgProfile("UBND xã Khác", "UBND", "Khác"), None)
    return o


def test_export_is_in_time_order_with_phu_luc_vi_names(exported: tuple[Any, Path]) -> None:
    _view, out = exported
    assert sorted(p.name for p in out.iterdir()) == ["0001.pdf", "0003.pdf", "hoso.xml"]
    root = etree.parse(str(out / "hoso.xml")).getroot()
    f = root.find("File")
    assert f.findtext("FileCode") == f"{ORG[3]}.2026.01.TCCB"
    assert [c.tag for c in f] == ["FileCode", "OrganId", "FileNotation", "Title", "Maintenance",
                                  "Rights", "Creator", "StartDate", "EndDate", "DocTotal",
                                  "PageTotal", "Description"]
    assert (f.findtext("Maintenance"), f.findtext("StartDate"), f.findtext("EndDate"),
            f.findtext("DocTotal"), f.findtext("PageTotal")) == (
        "Vĩnh viễn", "2025-02-01", "2025-06-30", "3", "5")
    docs = root.findall("Documents/Document")
    # time order: the outgoing plan of February first, then March, then May
    assert [d.findtext("IssuedDate") for d in docs] == ["2025-02-01", "2025-03-01",
                                                        "2025-05-01"]
    assert [d.findtext("DocOrdinal") for d in docs] == ["2", "3", "1"]
    assert [d.get("file") for d in docs] == ["0001.pdf", None, "0003.pdf"]
    assert docs[2].findtext("CodeNumber") == "15" and docs[2].findtext("CodeNotation") == "NQ/ĐU"
    assert docs[0].find("SignerInfo").findtext("FullName") == "Lê Văn A"
    for d in docs:
        assert {c.tag for c in d} >= {"CodeNumber", "CodeNotation", "IssuedDate", "OrganName",
                                      "Subject", "TypeName", "PageAmount", "SignerInfo",
                                      "Priority", "DueDate", "ArrivalDate", "ArrivalNumber",
                                      "ToPlaces", "Description"}
    assert hashlib.sha256((out / "0003.pdf").read_bytes()).hexdigest() == docs[2].get("sha256")


def test_round_trip(exported: tuple[Any, Path], tmp_path: Path) -> None:
    view, out = exported
    other = _other(tmp_path)
    try:
        got = exchange.import_file(other, out)
        keys = ("order", "symbol", "date", "subject", "pages", "organ_name", "type_name")
        assert [{k: getattr(d, k) for k in keys} for d in got.documents] == [
            {k: getattr(d, k) for k in keys} for d in view.documents]
        assert (got.code, got.year, got.state, got.start_date, got.end_date, got.page_total) == (
            view.code, view.year, view.state, view.start_date, view.end_date, view.page_total)
        assert got.imported_from == f"{ORG[3]}.2026.01.TCCB"
        assert other.files.read(got.documents[0].sha256 or "")[:5] == b"%PDF-"
        with pytest.raises(UserError):  # a second time: already there
            exchange.import_file(other, out)
        # and it exports again the same way
        again = exchange.export_file(other, "01.TCCB", tmp_path / "lan2")
        assert again.pdfs == 2
    finally:
        other.close()


def _tamper(out: Path, tmp_path: Path, edit: Any) -> Path:
    bad = tmp_path / f"bad{len(list(tmp_path.iterdir()))}"
    shutil.copytree(out, bad)
    xml = (bad / "hoso.xml").read_text(encoding="utf-8")
    result = edit(bad, xml)
    if isinstance(result, str):
        (bad / "hoso.xml").write_text(result, encoding="utf-8")
    return bad


ATTACKS = {
    "entity": lambda d, x: x.replace("<?xml version='1.0' encoding='UTF-8'?>",
                                     "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE r [<!ENTITY "
                                     "e SYSTEM \"file:///etc/passwd\">]>").replace(
        "<Title>", "<Title>&e;"),
    "path": lambda d, x: x.replace('file="0001.pdf"', 'file="../a.pdf"'),
    "absolute": lambda d, x: x.replace('file="0001.pdf"', 'file="/etc/passwd"'),
    "missing": lambda d, x: x.replace('file="0001.pdf"', 'file="0009.pdf"'),
    "hash": lambda d, x: x.replace('file="0001.pdf" sha256="', 'file="0001.pdf" sha256="0'),
    "not xml": lambda d, x: "<HoSoDienTu><File>",
    "wrong root": lambda d, x: x.replace("HoSoDienTu", "Other"),
    "file code": lambda d, x: x.replace(".2026.01.TCCB", ".20x6.01.TCCB"),
    "retention": lambda d, x: x.replace("<Maintenance>Vĩnh viễn", "<Maintenance>mãi"),
    "total": lambda d, x: x.replace("<DocTotal>3", "<DocTotal>4"),
    "ordinal": lambda d, x: x.replace("<DocOrdinal>3<", "<DocOrdinal>2<"),
    "date": lambda d, x: x.replace("<EndDate>2025-06-30", "<EndDate>30/06/2025x"),
    "long": lambda d, x: x.replace("<Title>", "<Title>" + "x" * 600),
    "not a pdf": lambda d, x: (d / "0001.pdf").write_bytes(b"MZ not a pdf"),
    "link": lambda d, x: ((d / "0001.pdf").unlink(), (d / "0001.pdf").symlink_to(
        d.parent / "a.pdf")),
    "twice": lambda d, x: x.replace('file="0003.pdf"', 'file="0001.pdf"'),
}


def test_hostile_folders_are_refused_and_nothing_is_written(
        exported: tuple[Any, Path], tmp_path: Path) -> None:
    _view, out = exported
    other = _other(tmp_path)
    try:
        before = snapshot(other)
        for attack in sorted(ATTACKS):
            bad = _tamper(out, tmp_path, ATTACKS[attack])
            with pytest.raises(UserError) as err, other.unit():
                exchange.import_file(other, bad)
            assert err.value.message and "root:" not in err.value.message, attack
            assert snapshot(other) == before, attack
    finally:
        other.close()


def test_export_refuses_a_folder_in_use(exported: tuple[Any, Path], office: Any) -> None:
    _view, out = exported
    with pytest.raises(UserError):
        exchange.export_file(office, "01.TCCB", out)


def test_zip_round_trip_and_hostile_zips(office: Any, exported: tuple[Any, Path],
                                         tmp_path: Path) -> None:
    import zipfile

    view, _out = exported
    archive = tmp_path / "ho-so.zip"
    assert exchange.export_file(office, "01.TCCB", archive).pdfs == 2
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == ["0001.pdf", "0003.pdf", "hoso.xml"]
    with pytest.raises(UserError):  # never overwritten
        exchange.export_file(office, "01.TCCB", archive)
    other = _other(tmp_path)
    try:
        before = snapshot(other)
        bad_zips = {}
        with zipfile.ZipFile(archive) as src:
            for kind, rename in (("slip", "../0001.pdf"), ("folder", "sub/0001.pdf")):
                bad = tmp_path / f"{kind}.zip"
                with zipfile.ZipFile(bad, "w") as zf:
                    for name in src.namelist():
                        zf.writestr(rename if name == "0001.pdf" else name, src.read(name))
                bad_zips[kind] = bad
        bomb = tmp_path / "bomb.zip"
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("hoso.xml", b" " * (export_check.MAX_XML + 1))
        bad_zips["bomb"] = bomb
        broken = tmp_path / "broken.zip"
        broken.write_bytes(b"PK\x03\x04 not really")
        bad_zips["broken"] = broken
        for kind, bad in bad_zips.items():
            with pytest.raises(UserError), other.unit():
                exchange.import_file(other, bad)
            assert snapshot(other) == before, kind
        got = exchange.import_file(other, archive)
        assert [(d.order, d.symbol, d.pages) for d in got.documents] == [
            (d.order, d.symbol, d.pages) for d in view.documents]
    finally:
        other.close()
