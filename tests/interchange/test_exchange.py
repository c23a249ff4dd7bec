"""Status packages written and read back, an issued outgoing document exported for each
recipient, valid against the schema, and imported into a second office with every mapped
field equal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from desktop.interchange.parser import parse_status
from signing.samples import seal_png, signature_png
from tests.conftest import ORG, Cli, snapshot
from tests.interchange.edxml_helpers import (
    DISTRICT,
    KEY,
    P12_PASSWORD,
    EdxmlPki,
    cong_van,
    package_bytes,
    pdf_bytes,
    status_bytes,
    write,
)

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT / "resources" / "interchange" / "edxml.xsd"
PIN = {"P12_PIN": P12_PASSWORD.decode()}


@pytest.fixture
def office_cli(init_cli: Cli, pki: EdxmlPki) -> Cli:
    assert init_cli("trust", "add", str(pki.ca_pem)).code == 0
    return init_cli


def test_status_03_is_written_and_read_back(office_cli: Cli, tmp_path: Path) -> None:
    cli = office_cli
    doc = cli("edxml", "import", str(write(tmp_path / "a.edxml", package_bytes(cong_van()))),
              "--yes", "--json").json
    out = tmp_path / "outbox"
    r = cli("edxml", "status", str(doc["id"]), "--code", "03", "--out", str(out), "--json")
    assert r.code == 0, r.err
    path = Path(r.json["path"])
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    st = parse_status(path.read_bytes())
    assert st.status_code == "03"
    assert st.response_for.document_id == KEY
    assert st.response_for.organ_id == DISTRICT.organ_id
    assert (st.response_for.code_number, st.response_for.code_notation) == ("1234", "UBND-VP")
    assert st.sender.organ_id == ORG[3] and st.sender.organ_name == ORG[0]
    assert st.description == "Đã tiếp nhận, đăng ký"
    shown = cli("show", str(doc["id"]), "--json").json["interchange"]["statuses"]
    assert [(s["direction"], s["code"]) for s in shown] == [("di", "03")]
    # a code this office does not send, and a document not received electronically
    assert cli("edxml", "status", str(doc["id"]), "--code", "13", "--out", str(out)).code == 2
    plain = cli("incoming", "add", "--received", "2026-01-05", "--from", "UBND tỉnh",
                "--symbol", "5/UBND", "--date", "2026-01-02", "--type", "Công văn",
                "--summary", "Họp", "--json").json
    before = snapshot(cli.data_dir)
    r = cli("edxml", "status", str(plain["id"]), "--code", "03", "--out", str(out))
    assert r.code == 2 and "liên thông" in r.err
    assert snapshot(cli.data_dir) == before


def test_a_refused_package_gets_status_02_and_is_not_registered(
        office_cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "a.edxml", package_bytes(cong_van()))
    r = office_cli("edxml", "refuse", str(path), "--description", "Gửi nhầm cơ quan",
                   "--out", str(tmp_path / "out"), "--json")
    assert r.code == 0, r.err
    st = parse_status(Path(r.json["path"]).read_bytes())
    assert st.status_code == "02" and st.description == "Gửi nhầm cơ quan"
    assert st.response_for.document_id == KEY
    assert office_cli("incoming", "list", "--json").json == []


def _issued_outgoing(cli: Cli, pki: EdxmlPki, tmp_path: Path) -> int:
    """An outgoing Công văn signed by the chairperson and the organisation: issued."""
    pdf = write(tmp_path / "cong-van.pdf", pdf_bytes("Công văn gửi huyện và xã bạn"))
    r = cli("outgoing", "add", "--date", "2026-11-02", "--type", "Công văn", "--summary",
            "Về việc báo cáo công tác văn thư năm 2026", "--signer", "Nguyễn Văn An",
            "--signer-title", "Chủ tịch", "--unit", "VP", "--urgency", "khan",
            "--file", str(pdf), "--json")
    assert r.code == 0, r.err
    doc_id = int(r.json["id"])
    sig = write(tmp_path / "chu-ky.png", signature_png())
    seal = write(tmp_path / "con-dau.png", seal_png())
    chair, commune = str(pki.p12_for("Nguyễn Văn An")), str(pki.p12_for(ORG[0]))
    r = cli("sign", str(doc_id), "--as", "signer", "--p12", chair, "--image", str(sig),
            "--place", "1:350,120", "--pin-env", "P12_PIN", env=PIN)
    assert r.code == 0, r.err
    assert cli("seal-image", "set", str(seal)).code == 0
    r = cli("sign", str(doc_id), "--as", "organisation", "--p12", commune, "--pin-env",
            "P12_PIN", env=PIN)
    assert r.code == 0, r.err
    assert cli("show", str(doc_id), "--json").json["status"] == "da-phat-hanh"
    return doc_id


def test_export_validates_and_round_trips_into_a_second_office(
        office_cli: Cli, pki: EdxmlPki, tmp_path: Path) -> None:
    cli = office_cli
    assert cli("agency", "add", "UBND huyện Bình Sơn", "--code", "000.00.00.G22").code == 0
    assert cli("agency", "add", "UBND xã Bình Châu", "--code", "000.00.02.H56").code == 0
    listed = cli("agency", "list", "--json").json
    assert {(a["name"], a["code"]) for a in listed} >= {
        ("UBND huyện Bình Sơn", "000.00.00.G22"), ("UBND xã Bình Châu", "000.00.02.H56")}
    doc_id = _issued_outgoing(cli, pki, tmp_path)
    out = tmp_path / "outbox"
    # unknown recipient: refused, nothing written
    before = snapshot(cli.data_dir)
    r = cli("edxml", "export", str(doc_id), "--to", "000.00.09.H99", "--out", str(out))
    assert r.code == 3 and "agency add" in r.err
    assert snapshot(cli.data_dir) == before and not out.exists()
    r = cli("edxml", "export", str(doc_id), "--to", "000.00.00.G22", "000.00.02.H56",
            "--out", str(out), "--p12", str(pki.district_p12), "--pin-env", "P12_PIN",
            "--json", env=PIN)
    assert r.code == 0, r.err
    packages = r.json["packages"]
    assert [p["organ_id"] for p in packages] == ["000.00.00.G22", "000.00.02.H56"]
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    for p in packages:
        tree = etree.parse(p["path"])
        assert schema.validate(tree), schema.error_log
    sent = cli("show", str(doc_id), "--json").json

    second = Cli(tmp_path / "xa-ban")
    assert second("init", "--org-name", "UBND xã Bình Châu", "--org-short", "UBND", "--place",
                  "Bình Châu", "--org-code", "000.00.02.H56").code == 0
    assert second("trust", "add", str(pki.ca_pem)).code == 0
    r = second("edxml", "import", packages[1]["path"], "--yes", "--json")
    assert r.code == 0, r.err
    got = second("show", str(r.json["id"]), "--json").json
    assert got["organ_name"] == ORG[0]
    assert got["symbol"] == sent["symbol"]
    assert got["issued_date"] == sent["issued_date"]
    assert got["type_name"] == sent["type_name"]
    assert got["subject"] == sent["subject"]
    assert got["urgency"] == sent["urgency"]
    assert got["signer_name"] == sent["signer_name"]
    assert got["signer_title"] == sent["signer_title"]
    assert [f["sha256"] for f in got["files"]] == [f["sha256"] for f in sent["files"]]
    inter = got["interchange"]
    assert inter["page_amount"] == sent["files"][0]["pages"] == 1
    assert inter["organ_id"] == ORG[3]
    assert inter["document_id"] == packages[1]["document_id"]
    assert inter["xml_signature"]["status"] == "valid"
    assert [s["status"] for s in inter["attachments"][0]["pdf_signatures"]] == ["Hợp lệ"] * 2
    assert inter["packages"][0]["envelope"]["to_places"] == ["UBND huyện Bình Sơn",
                                                             "UBND xã Bình Châu"]
    # the commune answers 03; our office reads it and attaches it to the outgoing document
    r = second("edxml", "status", str(got["id"]), "--code", "03", "--out", str(tmp_path / "b"),
               "--p12", str(pki.district_p12), "--pin-env", "P12_PIN", "--json", env=PIN)
    assert r.code == 0, r.err
    r = cli("edxml", "read-status", r.json["path"], "--json")
    assert r.code == 0, r.err
    assert r.json["document"] == doc_id and r.json["code"] == "03"
    assert r.json["xml_signature"] == "valid"
    statuses = cli("show", str(doc_id), "--json").json["interchange"]["statuses"]
    assert [(s["direction"], s["code"], s["organ_id"], s["xml_signature"]) for s in statuses] \
        == [("den", "03", "000.00.02.H56", "valid")]
    # read twice: refused
    assert cli("edxml", "read-status", _last_status(tmp_path)).code == 2


def _last_status(tmp_path: Path) -> str:
    return str(next((tmp_path / "b").glob("*.edxml")))


def test_a_status_for_an_unknown_document_is_refused(office_cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "s.edxml", status_bytes("05", "000.00.09.X99,2026/01/01,1/ABC"))
    before = snapshot(office_cli.data_dir)
    r = office_cli("edxml", "read-status", str(path))
    assert r.code == 3
    assert snapshot(office_cli.data_dir) == before


def test_export_refuses_what_is_not_issued(office_cli: Cli, tmp_path: Path) -> None:
    cli = office_cli
    assert cli("agency", "add", "UBND huyện Bình Sơn", "--code", "000.00.00.G22").code == 0
    r = cli("outgoing", "add", "--date", "2026-11-02", "--type", "Công văn", "--summary", "Họp",
            "--signer", "An", "--signer-title", "Chủ tịch", "--json")
    r = cli("edxml", "export", str(r.json["id"]), "--to", "000.00.00.G22", "--out",
            str(tmp_path / "o"))
    assert r.code == 2 and "phát hành" in r.err
    assert json.loads(cli("agency", "list", "--json").out)[0]["code"] == "000.00.00.G22"
    assert cli("agency", "add", "X", "--code", "abc").code == 2


TOKEN_SCRIPT = """
import sys
from pathlib import Path
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from signing import testpki
d = Path(sys.argv[1])
cert = x509.load_pem_x509_certificate((d / "cert.pem").read_bytes())
key = serialization.load_pem_private_key((d / "key.pem").read_bytes(), None)
token = testpki.init_softhsm_token(d / "softhsm", label="CoQuan", pin="123456",
    so_pin="12345678", entries=[testpki.TokenEntry(testpki.Issued(cert, key), "co-quan",
    b"\\x01")])
print(token.module_path)
print(token.conf_path)
"""


@pytest.mark.slow
def test_export_signed_with_a_key_on_a_token(office_cli: Cli, pki: EdxmlPki,
                                             tmp_path: Path) -> None:
    """The organisation's key stays on the (SoftHSM2) token: signxml's bytes are signed there."""
    import os
    import subprocess
    import sys

    from desktop.interchange import xmlsig
    from desktop.interchange.parser import load_root

    cli = office_cli
    assert cli("agency", "add", "UBND huyện Bình Sơn", "--code", "000.00.00.G22").code == 0
    doc_id = _issued_outgoing(cli, pki, tmp_path)
    d = tmp_path / "token"
    d.mkdir()
    (d / "cert.pem").write_bytes(pki.district.cert_pem)
    (d / "key.pem").write_bytes(pki.district.key_pkcs8_pem)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VANTHU_")
           and k != "SOFTHSM2_CONF"}
    proc = subprocess.run([sys.executable, "-c", TOKEN_SCRIPT, str(d)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    module, conf = proc.stdout.split()
    out = tmp_path / "outbox"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--data", str(cli.data_dir), "--json", "edxml",
         "export", str(doc_id), "--to", "000.00.00.G22", "--out", str(out), "--pkcs11", module,
         "--token", "CoQuan", "--key-id", "01", "--pin-env", "TOKEN_PIN"],
        capture_output=True, text=True, cwd=ROOT, timeout=180,
        env=env | {"SOFTHSM2_CONF": conf, "TOKEN_PIN": "123456", "VANTHU_LANG": "vi"})
    assert proc.returncode == 0, proc.stderr
    [package] = json.loads(proc.stdout)["packages"]
    check = xmlsig.verify(load_root(Path(package["path"]).read_bytes()), [pki.ca.cert_pem])
    assert check.status == "valid" and check.trusted
    assert "UBND huyện Bình Sơn" in check.subject
