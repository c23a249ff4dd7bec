"""Real packages are untidy, some are hostile: the tolerated kinds are read, the rest refused
with a Vietnamese message naming the element, and nothing is written."""

from __future__ import annotations

import base64
import dataclasses
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from desktop.interchange import envelope
from desktop.interchange.envelope import NS, Attachment
from desktop.interchange.parser import PackageRefused, parse_package
from tests.conftest import Cli, snapshot
from tests.interchange.edxml_helpers import (
    DISTRICT,
    ISSUED,
    cong_van,
    package_bytes,
    status_bytes,
    write,
)

E = f"{{{NS}}}"


def _good() -> bytes:
    return package_bytes(cong_van(pdf=b"%PDF-1.4\n%test\n"))


def _without(path: str) -> bytes:
    root = etree.fromstring(_good())
    for node in root.iterfind(path, {"e": NS}):
        node.getparent().remove(node)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _set(path: str, text: str) -> bytes:
    root = etree.fromstring(_good())
    node = root.find(path, {"e": NS})
    assert node is not None, path
    node.text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
<edXML:edXMLHeader><edXML:MessageHeader><edXML:Subject>&lol4;</edXML:Subject>
</edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE e [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
<edXML:edXMLHeader><edXML:MessageHeader><edXML:Subject>&xxe;</edXML:Subject>
</edXML:MessageHeader></edXML:edXMLHeader></edXML:edXMLEnvelope>"""

def _utf16(data: bytes) -> bytes:
    """The same XML in UTF-16: a DOCTYPE no byte search sees, caught after parsing."""
    text = data.decode().replace('<?xml version="1.0"?>',
                                 '<?xml version="1.0" encoding="UTF-16"?>')
    return text.encode("utf-16")


OTHER_NAMESPACE = _good().replace(NS.encode(), b"urn:example:not-edxml")
MP = "e:edXMLHeader/e:MessageHeader"

#: (name, package, the element the refusal names, exit code)
MALFORMED: list[tuple[str, bytes, str, int]] = [
    ("not XML", b"Day khong phai XML, chi la van ban thuong.", "edXMLEnvelope", 2),
    ("empty", b"", "edXMLEnvelope", 2),
    ("truncated", _good()[:400], "edXMLEnvelope", 2),
    ("other namespace", OTHER_NAMESPACE, "edXMLEnvelope", 2),
    ("no Code", _without(f"{MP}/e:Code"), "MessageHeader/Code", 2),
    ("no CodeNumber", _without(f"{MP}/e:Code/e:CodeNumber"), "MessageHeader/Code/CodeNumber", 2),
    ("no From", _without(f"{MP}/e:From"), "MessageHeader/From", 2),
    ("no OrganName", _without(f"{MP}/e:From/e:OrganName"), "MessageHeader/From/OrganName", 2),
    ("no Subject", _without(f"{MP}/e:Subject"), "MessageHeader/Subject", 2),
    ("no header", _without("e:edXMLHeader"), "edXMLHeader", 2),
    ("bad base64", _set("e:AttachmentEncoded/e:Attachment/e:Value", "@@@ không phải base64 @@@"),
     "AttachmentEncoded/Attachment[1]/Value", 2),
    ("bad date", _set(f"{MP}/e:PromulgationInfo/e:PromulgationDate", "30 tháng 11"),
     "MessageHeader/PromulgationInfo/PromulgationDate", 2),
    ("impossible date", _set(f"{MP}/e:PromulgationInfo/e:PromulgationDate", "2026/02/30"),
     "MessageHeader/PromulgationInfo/PromulgationDate", 2),
    ("bad business type", _set("e:edXMLHeader/e:TraceHeaderList/e:Bussiness/e:BussinessDocType",
                               "7"), "TraceHeaderList/Bussiness/BussinessDocType", 2),
    ("bad page amount", _set(f"{MP}/e:OtherInfo/e:PageAmount", "hai"),
     "MessageHeader/OtherInfo/PageAmount", 2),
    ("unknown type", _set(f"{MP}/e:DocumentType/e:TypeName", "Loại lạ"),
     "DocumentType/TypeName", 2),
    ("bad symbol", _set(f"{MP}/e:Code/e:CodeNotation", "UBND VP có dấu cách"), "Code", 2),
    ("billion laughs", BILLION_LAUGHS, "DOCTYPE", 2),
    ("external entity", EXTERNAL_ENTITY, "DOCTYPE", 2),
    ("billion laughs in UTF-16", _utf16(BILLION_LAUGHS), "DOCTYPE", 2),
    ("external entity in UTF-16", _utf16(EXTERNAL_ENTITY), "DOCTYPE", 2),
    ("a status package", status_bytes("03", "k"), "edXMLHeader/MessageHeader", 2),
]


@pytest.fixture
def office_cli(init_cli: Cli) -> Cli:
    return init_cli


def test_malformed_packages_are_refused_naming_the_element_and_nothing_is_written(
        office_cli: Cli, tmp_path: Path) -> None:
    assert len(MALFORMED) >= 10
    before = snapshot(office_cli.data_dir)
    for name, data, element, code in MALFORMED:
        path = write(tmp_path / "bad.edxml", data)
        r = office_cli("edxml", "import", str(path), "--yes", "--json")
        assert r.code == code, (name, r.err)
        err = r.error_json["error"]
        assert err["field"] == element, (name, err)
        assert element.split("/")[-1].split("[")[0] in err["message"] or name in (
            "not XML", "empty", "truncated", "billion laughs", "external entity",
            "a status package", "billion laughs in UTF-16", "external entity in UTF-16"), (name, err)
        assert not err["message"].isascii(), (name, err)  # a Vietnamese sentence
        r = office_cli("edxml", "import", str(path))  # the preview refuses the same way
        assert r.code == code and r.err.startswith("Lỗi:"), name
    assert snapshot(office_cli.data_dir) == before


def test_an_attachment_over_the_limit_is_refused(office_cli: Cli, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(envelope, "MAX_ATTACHMENT_BYTES", 4096)
    big = dataclasses.replace(cong_van(), attachments=(
        Attachment("1", "lon.pdf", "application/pdf", b"%PDF-1.4\n" + b"0" * 10_000),))
    before = snapshot(office_cli.data_dir)
    r = office_cli("edxml", "import", str(write(tmp_path / "big.edxml", package_bytes(big))),
                   "--yes", "--json")
    assert r.code == 2
    assert r.error_json["error"]["field"] == "AttachmentEncoded/Attachment[1]/Value"
    assert "lớn quá" in r.error_json["error"]["message"]
    assert snapshot(office_cli.data_dir) == before


def test_an_attachment_longer_than_lxml_reads_without_huge_tree_is_refused_by_name() -> None:
    big = dataclasses.replace(cong_van(pdf=b"x"), attachments=(
        Attachment("1", "lon.pdf", "application/pdf", b"%PDF" + b"1" * (8 * 1024 * 1024)),))
    with pytest.raises(PackageRefused) as exc:
        parse_package(package_bytes(big))
    assert exc.value.field == "AttachmentEncoded/Attachment/Value"
    assert "lớn quá 7 MB" in exc.value.message


def test_a_package_over_the_size_cap_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(envelope, "MAX_PACKAGE_BYTES", 1000)
    with pytest.raises(PackageRefused) as exc:
        parse_package(_good())
    assert exc.value.field == "edXMLEnvelope"


def test_untidy_but_usable_packages_are_read() -> None:
    good = _good()
    # bytes before the XML declaration (a BOM and a mail preamble)
    assert parse_package(b"\xef\xbb\xbfContent-Type: text/xml\r\n\r\n" + good).code_number \
        == "1234"
    # another encoding, declared (UTF-16 with a preamble before it)
    u16 = good.decode().replace("encoding='UTF-8'", "encoding='UTF-16'").encode("utf-16")
    assert parse_package(b"junk\r\n" + u16).subject.startswith("Về việc tổng kết")
    # Vietnamese in NFD comes out NFC
    nfd = unicodedata.normalize("NFD", "Về việc tổng kết công tác văn thư")
    pkg = parse_package(_set(f"{MP}/e:Subject", nfd))
    assert pkg.subject == unicodedata.normalize("NFC", nfd) and pkg.subject != nfd
    # dates either way
    assert parse_package(_set(f"{MP}/e:PromulgationInfo/e:PromulgationDate",
                              ISSUED.isoformat())).promulgation_date == ISSUED
    assert parse_package(_set(f"{MP}/e:PromulgationInfo/e:PromulgationDate",
                              f"{ISSUED:%Y/%m/%d}")).promulgation_date == ISSUED
    # optional elements missing
    bare = _without(f"{MP}/e:OtherInfo")
    for path in (f"{MP}/e:SignerInfo", f"{MP}/e:DueDate", f"{MP}/e:ToPlaces", f"{MP}/e:DocumentId",
                 "e:edXMLHeader/e:TraceHeaderList", "e:AttachmentEncoded", "e:edXMLManifest"):
        root = etree.fromstring(bare)
        for node in root.iterfind(path, {"e": NS}):
            node.getparent().remove(node)
        bare = etree.tostring(root)
    pkg = parse_package(bare)
    assert pkg.page_amount is None and pkg.due_date is None and pkg.attachments == ()
    assert pkg.document_id == f"000.00.00.G22,{ISSUED:%Y/%m/%d},1234/UBND-VP"  # built
    # attachment names never leave their folder
    evil = dataclasses.replace(cong_van(), attachments=(
        Attachment("1", "../../etc/cron.d/x.pdf", "application/pdf", b"%PDF-1.4\n"),))
    [att] = parse_package(package_bytes(evil)).attachments
    assert "/" not in att.name and "\\" not in att.name


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_are_read_or_refused_never_crash(data: bytes) -> None:
    try:
        parse_package(data)
    except PackageRefused as exc:
        assert exc.message and exc.field


_GOOD = _good()


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(_GOOD) - 1), st.binary(min_size=1, max_size=8))
def test_damaged_packages_are_read_or_refused_never_crash(at: int, junk: bytes) -> None:
    try:
        parse_package(_GOOD[:at] + junk + _GOOD[at + len(junk):])
    except PackageRefused as exc:
        assert exc.message and exc.field


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)


@settings(max_examples=100, deadline=None)
@given(_TEXT, _TEXT, st.binary(min_size=1, max_size=300))
def test_any_text_round_trips_through_writer_and_parser(subject: str, organ: str,
                                                        blob: bytes) -> None:
    if not subject.strip() or not organ.strip():
        return
    pkg = cong_van(pdf=b"%PDF", subject=subject,
                   sender=dataclasses.replace(DISTRICT, organ_name=organ),
                   attachments=(Attachment("1", "a.bin", "application/octet-stream", blob),))
    try:
        data = package_bytes(pkg)
    except ValueError:  # text XML 1.0 cannot hold (e.g. U+FFFE): the writer refuses it
        return
    got = parse_package(data)
    assert got.subject == unicodedata.normalize("NFC", subject).strip()
    assert got.sender.organ_name == unicodedata.normalize("NFC", organ).strip()
    assert got.attachments[0].data == blob
    assert base64.b64encode(blob).decode() in data.decode()
