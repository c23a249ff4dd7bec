"""``vanthu export`` names each file from the document, never from its stored name (issue 13):
a stored name ``../../x.pdf`` or ``/etc/x.pdf`` writes nothing outside ``--out``, and nothing
already in the folder is replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core.filenames import name_part, safe_file_name, write_new_file
from tests.conftest import Cli, tiny_pdf

ADD = ("incoming", "add", "--received", "2026-03-02", "--from", "Sở Nội vụ", "--symbol",
       "15/HD-SNV", "--date", "2026-03-01", "--type", "Công văn", "--summary", "V/v thử",
       "--json")


def _tree(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


@pytest.mark.parametrize("stored", ["../../x.pdf", "/etc/x.pdf", "..\\..\\x.pdf", "CON",
                                    "a\x00b.pdf"])
def test_stored_names_never_choose_where_export_writes(init_cli: Cli, tmp_path: Path,
                                                       stored: str) -> None:
    from desktop.kernel.office import Office
    from models.entities import DocumentFile

    src = tmp_path / "in" / "vb.pdf"
    src.parent.mkdir()
    src.write_bytes(tiny_pdf("một"))
    second = tmp_path / "in" / "phu-luc.pdf"
    second.write_bytes(tiny_pdf("hai"))
    r = init_cli(*ADD, "--file", str(src))
    assert r.code == 0, r.err
    doc_id = r.json["id"]
    assert init_cli("attach", str(doc_id), str(second)).code == 0
    office = Office.open(init_cli.data_dir, upgrade=False)
    with office.db.write() as s:  # what a hand-edited database or a hostile import leaves
        s.execute(update(DocumentFile).where(DocumentFile.document_id == doc_id)
                  .values(name=stored))
    office.close()

    out = tmp_path / "a" / "b" / "out"
    out.mkdir(parents=True)
    (out / "01-15-HD-SNV-chinh-1.pdf").write_bytes(b"do not replace")
    before = _tree(tmp_path) - _tree(out)
    r = init_cli("export", str(doc_id), "--out", str(out), "--json")
    assert r.code == 0, r.err
    assert _tree(tmp_path) - _tree(out) == before  # nothing written outside --out
    assert not Path("/etc/x.pdf").exists()
    names = sorted(p.name for p in out.iterdir())
    assert names == ["01-15-HD-SNV-chinh-1 (2).pdf", "01-15-HD-SNV-chinh-1.pdf",
                     "01-15-HD-SNV-chinh-2.pdf"]
    assert (out / "01-15-HD-SNV-chinh-1.pdf").read_bytes() == b"do not replace"
    exported = {Path(p).read_bytes() for p in r.json["files"]}
    assert exported == {src.read_bytes(), second.read_bytes()}
    assert all(Path(p).resolve().parent == out.resolve() for p in r.json["files"])


def test_exporting_twice_keeps_both_copies(init_cli: Cli, tmp_path: Path) -> None:
    src = tmp_path / "vb.pdf"
    src.write_bytes(tiny_pdf("ba"))
    doc_id = init_cli(*ADD, "--file", str(src)).json["id"]
    out = tmp_path / "out"
    for _ in range(2):
        assert init_cli("export", str(doc_id), "--out", str(out)).code == 0
    assert sorted(p.name for p in out.iterdir()) == ["01-15-HD-SNV-chinh-1 (2).pdf",
                                                     "01-15-HD-SNV-chinh-1.pdf"]


@pytest.mark.parametrize(("text", "expected"), [
    ("15/QĐ-UBND", "15-QĐ-UBND"), ("../../etc/passwd", "etc-passwd"), ("..", ""),
    ("a\\b:c*d?e\"f<g>h|i", "a-b-c-d-e-f-g-h-i"), ("tab\tnew\nline", "tab-new-line"),
    ("  .ẩn.  ", "ẩn"), ("Quyết định về việc", "Quyết định về việc"),
    ("x\u202eevil", "xevil"),
])
def test_name_parts_keep_vietnamese_and_drop_what_moves_a_path(text: str, expected: str) -> None:
    assert name_part(text) == expected


@pytest.mark.parametrize("device", ["CON", "nul", "COM1", "lpt9", "Aux.tar"])
def test_windows_device_names_are_not_used_bare(device: str) -> None:
    name = safe_file_name(device, ".pdf")
    assert name.startswith("_") and name.endswith(".pdf")
    assert safe_file_name("CONG-VAN", ".pdf") == "CONG-VAN.pdf"
    assert safe_file_name("", ".pdf") == "tep.pdf"


def test_write_new_file_refuses_a_path_for_a_name(tmp_path: Path) -> None:
    for bad in ("../x.pdf", "/etc/x.pdf", "a/b.pdf", "..", ""):
        with pytest.raises(ValueError):
            write_new_file(tmp_path, bad, b"x")
    assert list(tmp_path.iterdir()) == []
