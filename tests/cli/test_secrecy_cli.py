"""``vanthu`` as an officer, a handler and the administrator meet a tuyệt mật document:
list, search, show, export, book (--json) and ``vanthu secrecy``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ORG, Cli, tiny_pdf

PASSWORD = "matkhau-chung"
MASK = "(văn bản mật — không có quyền xem)"


@pytest.fixture
def desk(cli: Cli, tmp_path: Path) -> tuple[Cli, int]:
    cli.env = {"VANTHU_PASSWORD": PASSWORD, "VANTHU_NEW_PASSWORD": PASSWORD}
    r = cli("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--org-code", ORG[3], "--admin", "quantri")
    assert r.code == 0, r.err
    for name, role in (("vanthu", "van-thu"), ("chutich", "lanh-dao"), ("canbo1", "can-bo"),
                       ("canbo2", "can-bo")):
        assert cli("--user", "quantri", "user", "add", name, "--role", role).code == 0
    pdf = tmp_path / "pa.pdf"
    pdf.write_bytes(tiny_pdf("pa"))
    r = cli("--user", "vanthu", "incoming", "add", "--received", "2026-04-27", "--from",
            "Công an huyện", "--symbol", "12/PA-CA", "--date", "2026-04-25", "--type",
            "Phương án", "--summary", "Bảo vệ kho vũ khí", "--secret", "tuyet-mat",
            "--notes", "chỉ chủ tịch", "--file", str(pdf), "--json")
    assert r.code == 0, r.err
    return cli, int(r.json["id"])


def test_the_officer_sees_the_row_not_the_content(desk: tuple[Cli, int], tmp_path: Path
                                                  ) -> None:
    cli, doc = desk
    r = cli("--user", "canbo1", "incoming", "list", "--json")
    assert r.code == 0, r.err
    [row] = r.json
    assert (row["id"], row["masked"], row["subject"], row["symbol"], row["organ_name"],
            row["notes"], row["files"]) == (doc, True, None, None, None, None, [])
    assert (row["arrival_number"], row["received_date"], row["secrecy"]) == (
        1, "2026-04-27", "tuyet-mat")
    text = cli("--user", "canbo1", "incoming", "list").out
    assert MASK in text and "kho" not in text
    assert cli("--user", "canbo1", "search", "vu khi", "--json").json == []
    assert cli("--user", "canbo1", "search", "cong an", "--json").json == []
    shown = cli("--user", "canbo1", "show", str(doc), "--json").json
    assert shown["masked"] is True and shown["subject"] is None
    assert shown["processing"] is None and shown["history"] == []
    r = cli("--user", "canbo1", "export", str(doc), "--out", str(tmp_path / "out"), "--json")
    assert r.code == 4 and not (tmp_path / "out").exists()
    assert "không có quyền xem nội dung văn bản mật" in r.err
    book = cli("--user", "canbo1", "book", "incoming", "--year", "2026", "--out",
               str(tmp_path / "so.pdf"), "--json")
    assert book.code == 0 and book.json["masked"] == 1 and book.json["rows"] == 1
    log = cli("--user", "quantri", "audit", "list", "--json").json["entries"]
    refusal = next(e for e in log if e["action"] == "tu-choi")
    assert (refusal["actor"], refusal["document_id"]) == ("canbo1", doc)
    assert "van-ban-mat" in refusal["after"]
    # the leader and the clerk read it, as before
    lead = cli("--user", "chutich", "search", "vu khi", "--json").json
    assert [h["id"] for h in lead] == [doc] and lead[0]["masked"] is False
    r = cli("--user", "chutich", "book", "incoming", "--year", "2026", "--out",
            str(tmp_path / "so2.pdf"), "--json")
    assert r.json["masked"] == 0


def test_a_named_handler_reads_and_exports_it(desk: tuple[Cli, int], tmp_path: Path) -> None:
    cli, doc = desk
    assert cli("--user", "vanthu", "process", "submit", str(doc)).code == 0
    r = cli("--user", "chutich", "process", "assign", str(doc), "--lead", "canbo1",
            "--support", "canbo2", "--days", "3", "--instruction", "Giữ bí mật")
    assert r.code == 0, r.err
    for who in ("canbo1", "canbo2"):
        shown = cli("--user", who, "show", str(doc), "--json").json
        assert shown["masked"] is False and shown["subject"] == "Bảo vệ kho vũ khí"
        assert shown["processing"]["instruction"] == "Giữ bí mật"
        assert [h["id"] for h in cli("--user", who, "search", "vu khi", "--json").json] == [doc]
        r = cli("--user", who, "export", str(doc), "--out", str(tmp_path / who), "--json")
        assert r.code == 0, r.err
    r = cli("--user", "chutich", "process", "reassign", str(doc), "--lead", "canbo2")
    assert r.code == 0, r.err
    assert cli("--user", "canbo1", "show", str(doc), "--json").json["masked"] is True


def test_secrecy_grant_list_revoke(desk: tuple[Cli, int], tmp_path: Path) -> None:
    cli, doc = desk
    listed = cli("--user", "quantri", "secrecy", "list", "--json").json
    assert [(g["level"], g["role"], g["username"]) for g in listed] == [
        ("tuyet-mat", "lanh-dao", None), ("tuyet-mat", "van-thu", None)]
    r = cli("--user", "vanthu", "secrecy", "grant", "tuyet-mat", "--user", "canbo2")
    assert r.code == 4  # only the administrator
    r = cli("--user", "quantri", "secrecy", "grant", "toi-mat", "--user", "canbo2", "--json")
    assert r.code == 0 and r.json["covers"] == ["mat", "toi-mat"]
    assert cli("--user", "canbo2", "show", str(doc), "--json").json["masked"] is True
    assert cli("--user", "quantri", "secrecy", "grant", "tuyet-mat", "--user",
               "canbo2").code == 0
    assert cli("--user", "canbo2", "show", str(doc), "--json").json["masked"] is False
    r = cli("--user", "quantri", "secrecy", "revoke", "mat", "--user", "canbo2", "--json")
    assert r.code == 0 and r.json["removed"] == ["toi-mat", "tuyet-mat"]
    assert cli("--user", "canbo2", "show", str(doc), "--json").json["masked"] is True
    assert cli("--user", "quantri", "secrecy", "revoke", "mat", "--user", "canbo2").code == 2
    assert cli("--user", "quantri", "secrecy", "grant", "mat", "--user", "khongco").code == 3
    assert cli("--user", "quantri", "secrecy", "grant", "thuong", "--role", "can-bo").code == 2
    assert cli("--user", "quantri", "secrecy", "grant", "mat").code == 2  # no --role/--user
    # the administrator role alone reads nothing secret (the first account is also văn thư)
    assert cli("--user", "quantri", "user", "add", "kythuat", "--role", "quan-tri").code == 0
    assert cli("--user", "kythuat", "show", str(doc), "--json").json["masked"] is True
    assert cli("--user", "quantri", "show", str(doc), "--json").json["masked"] is False
    log = cli("--user", "quantri", "audit", "list", "--json").json["entries"]
    assert [e["action"] for e in log if "quyen-mat" in e["action"]] == [
        "thu-quyen-mat", "cap-quyen-mat", "cap-quyen-mat"]
    en = cli("--lang", "en", "--user", "quantri", "secrecy", "list")
    assert en.code == 0 and "Strictly secret: the Leader role" in en.out and "tuyet-mat" not in en.out


def test_the_post_book_and_dispatch_of_a_secret_outgoing_document(desk: tuple[Cli, int],
                                                                  tmp_path: Path) -> None:
    cli, _doc = desk
    r = cli("--user", "vanthu", "outgoing", "add", "--date", "2026-04-27", "--type", "Kế hoạch",
            "--summary", "Bảo vệ kho vũ khí", "--signer", "Nguyễn Văn Chủ", "--signer-title",
            "Chủ tịch", "--secret", "tuyet-mat", "--json")
    assert r.code == 0, r.err
    out = str(r.json["id"])
    r = cli("--user", "vanthu", "dispatch", out, "--to", "Bộ Chỉ huy Quân sự tỉnh", "--via",
            "buu-dien", "--date", "2026-04-28")
    assert r.code == 0, r.err
    assert cli("--user", "quantri", "user", "add", "vanthu2", "--role", "van-thu").code == 0
    assert cli("--user", "quantri", "secrecy", "revoke", "tuyet-mat", "--role", "van-thu").code == 0
    book = cli("--user", "vanthu2", "book", "post", "--year", "2026", "--out",
               str(tmp_path / "buudien.pdf"), "--json")
    assert book.code == 0, book.err
    assert (book.json["rows"], book.json["masked"]) == (1, 1)
    r = cli("--user", "vanthu2", "dispatch", out, "--to", "Công an tỉnh", "--via", "truc-tiep",
            "--date", "2026-04-28")
    assert r.code == 4 and "không có quyền xem nội dung văn bản mật" in r.err
    book = cli("--user", "vanthu", "book", "post", "--year", "2026", "--out",
               str(tmp_path / "buudien2.pdf"), "--json")
    assert (book.json["rows"], book.json["masked"]) == (1, 0)  # who registered it reads it
