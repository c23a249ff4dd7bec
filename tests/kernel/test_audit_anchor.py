"""Edits of the audit log that keep the chain consistent are found through the anchor kept in
the data folder (issue 13, finding 4: removing the last entries and lowering the counter, or
rewriting an entry and recomputing every hash after it)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop.accounts.organisation import OrgProfile, initialise
from desktop.backup.integrity import check
from desktop.core.clock import vn_today
from desktop.kernel import audit
from desktop.kernel.anchor import ANCHOR_FILE
from desktop.kernel.office import Office
from desktop.registers.registry import IncomingInput, register_incoming
from tests.conftest import ORG

TODAY = vn_today()


def _office_with_history(data: Path, count: int = 3) -> None:
    office = Office.open(data)
    initialise(office, OrgProfile(*ORG), None)
    for i in range(count):
        register_incoming(office, IncomingInput(
            received=TODAY, organ_name="Sở Nội vụ", symbol=f"{i + 1}/HD-SNV", issued=TODAY,
            type_name="Hướng dẫn", subject=f"Hướng dẫn {i}"))
    office.close()


def _problem(data: Path) -> tuple[audit.ChainProblem | None, audit.ChainProblem | None, bool]:
    office = Office.open(data)
    try:
        with office.db.read() as s:
            chain_only = audit.verify(s)
        return chain_only, office.audit_problem(), check(office, verify_signatures=False).ok
    finally:
        office.close()


def _cut_last_entry(data: Path) -> int:
    """What an insider with the database file can do: drop the last entry, lower the counter."""
    con = sqlite3.connect(data / "vanthu.sqlite3")
    try:
        top = int(con.execute("SELECT max(seq) FROM audit_log").fetchone()[0])
        con.execute("DELETE FROM audit_log WHERE seq = ?", (top,))
        con.execute("UPDATE number_series SET last_number = ? WHERE series = 'audit'", (top - 1,))
        con.commit()
    finally:
        con.close()
    return top


def test_growth_is_fine_and_the_anchor_follows_the_head(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _office_with_history(data)
    assert (data / ANCHOR_FILE).stat().st_mode & 0o077 == 0
    first = (data / ANCHOR_FILE).read_text()
    _office_with_history_more = Office.open(data)
    register_incoming(_office_with_history_more, IncomingInput(
        received=TODAY, organ_name="Sở Tư pháp", symbol="9/CV-STP", issued=TODAY,
        type_name="Công văn", subject="Thêm"))
    _office_with_history_more.close()
    assert (data / ANCHOR_FILE).read_text() != first
    assert _problem(data) == (None, None, True)


def test_cutting_the_last_entries_and_lowering_the_counter_is_found(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _office_with_history(data)
    top = _cut_last_entry(data)
    chain_only, problem, ok = _problem(data)
    assert chain_only is None  # the chain alone cannot see it
    assert problem is not None and problem.reason == "truncated" and problem.seq == top
    assert not ok
    assert _problem(data)[1] == problem  # closing did not move the anchor over the evidence


def test_rewriting_an_entry_and_recomputing_the_chain_is_found(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _office_with_history(data)
    con = sqlite3.connect(data / "vanthu.sqlite3")
    rows = con.execute("SELECT seq, at, actor, action, document_id, before, after "
                       "FROM audit_log ORDER BY seq").fetchall()
    prev = audit.GENESIS
    for seq, at, actor, action, doc, before, after in rows:
        if seq == 2:
            actor = "nguoi-khac"
        digest = audit._digest(seq, dt.datetime.fromisoformat(str(at)), actor, action, doc,
                               before, after, prev)
        con.execute("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                    (actor, prev, digest, seq))
        prev = digest
    con.commit()
    con.close()
    chain_only, problem, ok = _problem(data)
    assert chain_only is None
    assert problem is not None and problem.reason == "mac" and not ok


def test_audit_verify_in_the_cli_names_the_cut(tmp_path: Path) -> None:
    from tests.conftest import Cli

    data = tmp_path / "data"
    _office_with_history(data)
    top = _cut_last_entry(data)
    r = Cli(data)("audit", "verify", "--json")
    assert r.code == 6 and r.json == {"ok": False, "seq": top, "reason": "truncated"}
    r = Cli(data)("audit", "verify")
    assert r.code == 6 and "đã bị xóa" in r.err + r.out
