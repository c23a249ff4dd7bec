"""The processing flow answers the sender of an electronic document (QCVN 102 status 04, 05,
06) into the exchange folder's outbox; a paper document gets no package."""

from __future__ import annotations

from pathlib import Path

from desktop.core.clock import vn_today
from desktop.interchange.parser import load_root
from tests.conftest import Cli
from tests.interchange.edxml_helpers import cong_van, package_bytes, write
from tests.processing.conftest import people_cli, register_incoming  # noqa: F401


def _codes(outbox: Path) -> list[str]:
    codes = []
    for path in sorted(outbox.glob("*.edxml"), key=lambda p: p.stat().st_mtime_ns):
        root = load_root(path.read_bytes())
        codes += [e.text for e in root.iter() if e.tag.endswith("StatusCode")]
    return codes


def test_assign_accept_and_done_answer_the_sender(people_cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    cli = people_cli
    today = vn_today()
    r = cli("--user", "vanthu", "edxml", "import",
            str(write(tmp_path / "cv.edxml", package_bytes(cong_van()))), "--yes",
            "--received", today.isoformat(), "--json")
    assert r.code == 0, r.err
    doc = r.json["id"]
    paper = register_incoming(cli, today, "9/UBND", "Về việc kiểm tra")
    outbox = cli.data_dir / "lien-thong" / "di"
    for d in (doc, paper):
        r = cli("--user", "chutich", "process", "assign", str(d), "--lead", "canbo1", "--days",
                "3")
        assert r.code == 0, r.err
    assert _codes(outbox) == ["04"]
    for step in (("accept",), ("done", "--note", "Đã xử lý")):
        r = cli("--user", "canbo1", "process", step[0], str(doc), *step[1:])
        assert r.code == 0, r.err
    assert _codes(outbox) == ["04", "05", "06"]
