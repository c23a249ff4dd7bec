"""English counts on the command line: "1 file", "2 files" (the catalogue's {n:one|other}
forms); Vietnamese, which has no plural, reads as before."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli, tiny_pdf


def test_check_attach_and_the_register_book_count_in_english(init_cli: Cli, tmp_path: Path
                                                             ) -> None:
    cli = init_cli
    first = tmp_path / "vb.pdf"
    first.write_bytes(tiny_pdf("một"))
    r = cli("incoming", "add", "--received", "2026-01-05", "--from", "Sở Nội vụ", "--symbol",
            "15/HD-SNV", "--date", "2026-01-02", "--type", "Hướng dẫn", "--summary",
            "Hướng dẫn bình xét thi đua", "--file", str(first), "--json")
    assert r.code == 0, r.err
    doc = str(r.json["id"])
    assert cli("--lang", "en", "check").out.splitlines()[0] == "Checked 1 file."
    assert cli("check").out.splitlines()[0] == "Đã kiểm tra 1 tệp."
    book = cli("--lang", "en", "book", "incoming", "--year", "2026", "--out",
               str(tmp_path / "so.pdf"))
    assert book.code == 0 and book.out.strip().endswith("(1 document, 2 pages)."), book.out

    second = tmp_path / "vb2.pdf"
    second.write_bytes(tiny_pdf("hai"))
    r = cli("--lang", "en", "attach", doc, str(second))
    assert r.code == 0 and r.out.strip().endswith("the document has 2 files."), r.out
    assert cli("--lang", "en", "check").out.splitlines()[0] == "Checked 2 files."
    assert cli("check").out.splitlines()[0] == "Đã kiểm tra 2 tệp."
