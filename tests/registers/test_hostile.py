"""Hostile input: random and malformed spreadsheets, scans and PDFs. No crash, no partial
write, a clear message."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.accounts.organisation import OrgProfile, initialise
from desktop.core.errors import VanThuError
from desktop.kernel.office import Office
from desktop.registers.importer import import_register
from tests.conftest import ORG, snapshot

HEADER = ("Ngày đến,Số đến,Tác giả,Số, ký hiệu văn bản,Ngày tháng văn bản,"
          "Tên loại và trích yếu nội dung\n")
_office_cache: dict[str, Office] = {}


def _office() -> Office:
    if "o" not in _office_cache:
        folder = Path(tempfile.mkdtemp(prefix="vanthu-fuzz-"))
        office = Office.open(folder / "data")
        initialise(office, OrgProfile(*ORG), None)
        _office_cache["o"] = office
    return _office_cache["o"]


cells = st.one_of(st.text(max_size=30), st.dates().map(str), st.integers().map(str),
                  st.sampled_from(["01/02/2023", "2023-02-30", "15/QĐ-UBND", "", "Quyết định"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(cells, min_size=0, max_size=8), max_size=6),
       header=st.booleans(), raw=st.binary(max_size=200))
def test_importer_never_crashes_and_never_half_writes(rows, header, raw) -> None:  # type: ignore[no-untyped-def]
    office = _office()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.csv"
        body = "\n".join(",".join('"' + c.replace('"', "'") + '"' for c in r) for r in rows)
        data = (HEADER if header else "").encode() + body.encode("utf-8", "surrogatepass") \
            if not raw else raw
        try:
            path.write_bytes(data)
        except UnicodeEncodeError:
            return
        before = snapshot(office)
        try:
            result = import_register(office, "incoming", path)
        except VanThuError as exc:
            assert exc.message  # a sentence for the person
            assert snapshot(office) == before
        else:
            assert result.imported >= 0


@settings(max_examples=80, deadline=None)
@given(data=st.binary(max_size=400), prefix=st.sampled_from(
    [b"", b"%PDF-1.4\n", b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"PK\x03\x04"]))
def test_scan_import_refuses_garbage_with_a_message(data: bytes, prefix: bytes) -> None:
    from desktop.digitise.scan import build_batch

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scan.jpg"
        path.write_bytes(prefix + data)
        (result,) = build_batch([path])
        if hasattr(result, "message"):
            assert result.message and "scan.jpg" in result.message


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=600))
def test_verification_of_broken_pdfs_never_crashes(data: bytes) -> None:
    from signing.errors import SigningError
    from signing.verify import verify_pdf

    blob = b"%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n/ByteRange [0 10 20 30]" + data
    try:
        report = verify_pdf(blob, [], [])
    except SigningError as exc:
        assert exc.code
    else:
        assert not report.ok
