"""The exchange folder: pending packages listed and checked, one registered with one action,
a status package read, a document refused into the outbox, a bad file moved aside."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli
from tests.interchange.edxml_helpers import KEY, cong_van, package_bytes, status_bytes, write


def test_pending_packages_are_listed_registered_and_refused(init_cli: Cli, tmp_path: Path) -> None:
    cli = init_cli
    root = tmp_path / "lien-thong"
    inbox = root / "den"
    inbox.mkdir(parents=True)
    write(inbox / "a.edxml", package_bytes(cong_van()))
    write(inbox / "b.edxml", package_bytes(cong_van(document_id="K-B", code_number="77",
                                                    subject="Giấy mời họp")))
    write(inbox / "rac.edxml", b"khong phai goi")
    write(inbox / "ghi-chu.txt", b"bo qua")
    r = cli("edxml", "inbox", "--dir", str(root), "--json")
    assert r.code == 0, r.err
    assert [p["name"] for p in r.json["pending"]] == ["a.edxml", "b.edxml"]
    assert r.json["pending"][0]["fields"]["symbol"] == "1234/UBND-VP"
    assert r.json["pending"][0]["interchange"]["document_id"] == KEY
    assert [m["file"] for m in r.json["moved_aside"]] == ["rac.edxml"]
    assert (inbox / "loi" / "rac.edxml").is_file() and (inbox / "ghi-chu.txt").is_file()
    assert cli("incoming", "list", "--json").json == []  # listing registers nothing

    r = cli("edxml", "inbox", "--dir", str(root), "--register", "a.edxml", "--json")
    assert r.code == 0, r.err
    assert r.json["kind"] == "document" and r.json["number_text"] == "01"
    assert (inbox / "da-nhan" / "a.edxml").is_file() and not (inbox / "a.edxml").exists()

    r = cli("edxml", "inbox", "--dir", str(root), "--refuse", "b.edxml", "--description",
            "Không thuộc thẩm quyền", "--json")
    assert r.code == 0, r.err
    assert Path(r.json["path"]).parent == root / "di"
    assert (inbox / "tu-choi" / "b.edxml").is_file()
    assert len(cli("incoming", "list", "--json").json) == 1

    # a missing name is named; the folder is left alone
    r = cli("edxml", "inbox", "--dir", str(root), "--register", "khong-co.edxml")
    assert r.code == 3 and "khong-co.edxml" in r.err
    r = cli("edxml", "inbox", "--dir", str(root), "--json")
    assert r.json["pending"] == []
    # the same package dropped again: not pending, moved to da-nhan/ with the reason
    write(inbox / "a-lai.edxml", package_bytes(cong_van()))
    r = cli("--lang", "en", "edxml", "inbox", "--dir", str(root), "--json")
    assert r.json["pending"] == []
    [moved] = r.json["moved_aside"]
    assert moved["file"] == "a-lai.edxml" and "Duplicate" in moved["message"]
    assert (inbox / "da-nhan" / "a-lai.edxml").is_file()


def test_the_default_folder_is_in_the_data_folder(init_cli: Cli) -> None:
    r = init_cli("edxml", "inbox", "--json")
    assert r.code == 0, r.err
    assert Path(r.json["folder"]) == init_cli.data_dir / "lien-thong" / "den"
    assert Path(r.json["outbox"]).is_dir()


def test_a_status_package_in_the_folder_is_offered_and_read(init_cli: Cli, tmp_path: Path
                                                            ) -> None:
    root = tmp_path / "lt"
    write((root / "den").mkdir(parents=True) or root / "den" / "s.edxml",
          status_bytes("04", "000.00.09.X99,2026/01/01,1/ABC"))
    r = init_cli("edxml", "inbox", "--dir", str(root), "--json")
    assert r.json["pending"][0]["kind"] == "status"
    assert r.json["pending"][0]["fields"]["status_code"] == "04"
    r = init_cli("edxml", "inbox", "--dir", str(root), "--register", "s.edxml")
    assert r.code == 3  # answers nothing we sent: refused, left in the folder
    assert (root / "den" / "s.edxml").is_file()
