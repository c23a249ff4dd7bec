"""Receiving a Công văn from the district: every mapped field right, the checks on arrival
stored and shown, the business types applied, duplicates refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop.interchange.envelope import REPLACEMENT, REVOCATION, UPDATE
from tests.conftest import Cli, snapshot
from tests.interchange.edxml_helpers import (
    DISTRICT,
    ISSUED,
    KEY,
    TODAY,
    EdxmlPki,
    business,
    cong_van,
    package_bytes,
    write,
)


@pytest.fixture
def office_cli(init_cli: Cli, pki: EdxmlPki) -> Cli:
    r = init_cli("trust", "add", str(pki.ca_pem))
    assert r.code == 0, r.err
    return init_cli


def test_a_signed_cong_van_with_a_signed_pdf_is_registered_with_every_field(
        office_cli: Cli, pki: EdxmlPki, tmp_path: Path) -> None:
    cli = office_cli
    pdf = pki.signed_pdf()
    path = write(tmp_path / "cv-1234.edxml", package_bytes(cong_van(pdf), pki.signer()))
    r = cli("edxml", "import", str(path), "--yes", "--json")
    assert r.code == 0, r.err
    out = r.json
    assert out["arrival_number"] == 1 and out["symbol"] == "1234/UBND-VP"
    inter = out["interchange"]
    assert inter["document_id"] == KEY
    assert inter["organ_id"] == DISTRICT.organ_id
    assert inter["business_type"] == 0
    assert inter["xml_signature"]["status"] == "valid"
    assert "UBND huyện Bình Sơn" in inter["xml_signature"]["subject"]
    assert inter["xml_signature"]["trusted"] is True
    [att] = inter["attachments"]
    assert att["name"] == "1234-UBND-VP.pdf"
    import hashlib
    assert att["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert [s["status"] for s in att["pdf_signatures"]] == ["Hợp lệ"]

    r = cli("show", str(out["id"]), "--json")
    assert r.code == 0, r.err
    doc = r.json
    assert doc["organ_name"] == "UBND huyện Bình Sơn"
    assert doc["symbol"] == "1234/UBND-VP"
    assert doc["issued_date"] == ISSUED.isoformat()
    assert doc["received_date"] == TODAY.isoformat()
    assert doc["type_name"] == "Công văn"
    assert doc["subject"] == "Về việc tổng kết công tác văn thư, lưu trữ năm 2026"
    assert doc["signer_name"] == "Trần Thị Hoa" and doc["signer_title"] == "Phó Chủ tịch"
    assert doc["due_date"] == (TODAY + dt.timedelta(days=10)).isoformat()
    assert doc["urgency"] == "khan"
    assert [f["name"] for f in doc["files"]] == ["1234-UBND-VP.pdf"]
    assert doc["files"][0]["sha256"] == att["sha256"]
    shown = doc["interchange"]
    assert shown["page_amount"] == 2
    assert shown["document_id"] == KEY
    assert shown["xml_signature"]["status"] == "valid"
    assert shown["attachments"][0]["pdf_signatures"][0]["status"] == "Hợp lệ"
    envelope = shown["packages"][0]["envelope"]
    assert envelope["place"] == "Bình Sơn"
    assert envelope["to_places"] == ["UBND các xã, thị trấn", "Lưu: VT"]
    assert envelope["organ_id"] == DISTRICT.organ_id
    r = cli("show", str(out["id"]))
    assert f"Liên thông: {KEY}" in r.out
    assert "Chữ ký số XML của gói: hợp lệ CN=UBND huyện Bình Sơn" in r.out
    assert "Tệp 1234-UBND-VP.pdf: Hợp lệ (UBND huyện Bình Sơn)" in r.out
    # the directory learned the sender's code
    assert {"id": 1, "name": "UBND huyện Bình Sơn", "code": DISTRICT.organ_id} in \
        cli("agency", "list", "--json").json
    # the same package (or the same DocumentId) again: refused, naming the first registration
    before = snapshot(cli.data_dir)
    r = cli("edxml", "import", str(path), "--yes")
    assert r.code == 2
    assert f"mã {out['id']}" in r.err and "số đến 01" in r.err
    other = write(tmp_path / "again.edxml", package_bytes(cong_van(subject="Khác")))
    r = cli("edxml", "import", str(other), "--yes")
    assert r.code == 2 and "trùng" in r.err
    assert snapshot(cli.data_dir) == before


def test_without_yes_nothing_is_registered(office_cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "cv.edxml", package_bytes(cong_van()))
    before = snapshot(office_cli.data_dir)
    r = office_cli("edxml", "import", str(path), "--json")
    assert r.code == 0, r.err
    assert r.json["registered"] is False
    assert r.json["fields"]["symbol"] == "1234/UBND-VP"
    assert r.json["interchange"]["xml_signature"]["status"] == "absent"
    assert snapshot(office_cli.data_dir) == before
    r = office_cli("edxml", "import", str(path))
    assert r.code == 0 and "Xem trước" in r.out


def test_received_date_given(office_cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "cv.edxml", package_bytes(cong_van()))
    r = office_cli("edxml", "import", str(path), "--received", ISSUED.isoformat(), "--yes",
                   "--json")
    assert r.code == 0, r.err
    assert office_cli("show", str(r.json["id"]), "--json").json["received_date"] \
        == ISSUED.isoformat()


def test_weak_and_invalid_xml_signatures(office_cli: Cli, pki: EdxmlPki, tmp_path: Path) -> None:
    weak = write(tmp_path / "weak.edxml", package_bytes(cong_van(), pki.signer(), sha1=True))
    r = office_cli("edxml", "import", str(weak), "--yes", "--json")
    assert r.code == 0, r.err
    assert r.json["interchange"]["xml_signature"]["status"] == "weak"
    signed = package_bytes(cong_van(document_id="K-2", code_number="1235"), pki.signer())
    tampered = signed.replace("tổng kết".encode(), "tổng hợp".encode())
    assert tampered != signed
    bad = write(tmp_path / "bad.edxml", tampered)
    r = office_cli("edxml", "import", str(bad), "--yes", "--json")
    assert r.code == 0, r.err  # registrable, but flagged
    assert r.json["interchange"]["xml_signature"]["status"] == "invalid"
    assert r.json["interchange"]["flagged"] is True
    assert any("không hợp lệ" in w for w in r.json["warnings"])


def test_update_and_revocation_are_applied(office_cli: Cli, tmp_path: Path) -> None:
    cli = office_cli
    first = cli("edxml", "import", str(write(tmp_path / "a.edxml", package_bytes(cong_van()))),
                "--yes", "--json").json
    upd = business(cong_van(subject="Về việc tổng kết công tác văn thư năm 2026 (sửa)"), UPDATE,
                   "Sửa trích yếu")
    r = cli("edxml", "import", str(write(tmp_path / "b.edxml", package_bytes(upd))), "--yes",
            "--json")
    assert r.code == 0, r.err
    second = r.json
    assert second["id"] != first["id"] and second["interchange"]["business_type"] == UPDATE
    assert second["interchange"]["earlier_registration"] == first["id"]
    old = cli("show", str(first["id"]), "--json").json["interchange"]
    assert old["state"] == "cap-nhat" and old["superseded_by"] == second["id"]
    # the revocation names the document; the newest registration of it is revoked
    rev = business(cong_van(), REVOCATION, "Ban hành nhầm")
    r = cli("edxml", "import", str(write(tmp_path / "c.edxml", package_bytes(rev))), "--yes",
            "--json")
    assert r.code == 0, r.err
    assert r.json["registered"] is False and r.json["id"] == second["id"]
    doc = cli("show", str(second["id"]), "--json").json
    assert doc["cancelled"] is True and "Ban hành nhầm" in doc["cancel_reason"]
    assert doc["interchange"]["revoked"] is True
    # kept, with its number: the register still lists it
    listed = cli("incoming", "list", "--json").json
    assert [d["id"] for d in listed] == [first["id"], second["id"]]


def test_replacement_links_the_earlier_document(office_cli: Cli, tmp_path: Path) -> None:
    cli = office_cli
    first = cli("edxml", "import", str(write(tmp_path / "a.edxml", package_bytes(cong_van()))),
                "--yes", "--json").json
    new_key = f"{DISTRICT.organ_id},{ISSUED:%Y/%m/%d},1240/UBND-VP"
    rep = business(cong_van(code_number="1240"), REPLACEMENT, "Thay thế công văn 1234",
                   KEY, document_id=new_key)
    r = cli("edxml", "import", str(write(tmp_path / "b.edxml", package_bytes(rep))), "--yes",
            "--json")
    assert r.code == 0, r.err
    old = cli("show", str(first["id"]), "--json").json["interchange"]
    assert old["state"] == "thay-the" and old["superseded_by"] == r.json["id"]


def test_unknown_earlier_documents_are_named(office_cli: Cli, tmp_path: Path) -> None:
    cli = office_cli
    before = snapshot(cli.data_dir)
    rev = business(cong_van(), REVOCATION, "Nhầm")
    r = cli("edxml", "import", str(write(tmp_path / "r.edxml", package_bytes(rev))), "--yes")
    assert r.code == 3 and KEY in r.err
    assert snapshot(cli.data_dir) == before
    upd = business(cong_van(), UPDATE, "Sửa")
    r = cli("edxml", "import", str(write(tmp_path / "u.edxml", package_bytes(upd))), "--yes",
            "--json")
    assert r.code == 0, r.err
    assert any(KEY in w for w in r.json["warnings"])


def test_zip_attachment_is_kept_whole_and_listed(office_cli: Cli, tmp_path: Path) -> None:
    import io
    import zipfile

    from desktop.interchange.envelope import Attachment

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("cong-van.pdf", b"%PDF-1.4\n%x\n")
        zf.writestr("phu-luc.docx", b"PK-docx")
        zf.writestr("anh.txt", b"x")
    data = buf.getvalue()
    pkg = dataclasses.replace(cong_van(), attachments=(
        Attachment("1", "ho-so.zip", "application/zip", data),))
    r = office_cli("edxml", "import", str(write(tmp_path / "z.edxml", package_bytes(pkg))),
                   "--yes", "--json")
    assert r.code == 0, r.err
    [att] = r.json["interchange"]["attachments"]
    assert att["zip_members"] == ["cong-van.pdf", "phu-luc.docx"]
    doc = office_cli("show", str(r.json["id"]), "--json").json
    import hashlib
    assert doc["files"][0]["sha256"] == hashlib.sha256(data).hexdigest()
