"""Two leaders assign the same document at the same moment on PostgreSQL: the second waits for
the first's row lock, then is told the document is already assigned (exit 2), instead of a
database error; one handling, one assignment step."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

from desktop.core.errors import UserError
from desktop.kernel.office import Office
from desktop.processing import service
from models.processing import Handling, HandlingStep
from tests.processing.test_process_service import LEADER, NOW, incoming


@pytest.mark.postgres
def test_two_leaders_at_once(data_dir, pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.accounts.users import add_user
    from tests.conftest import ORG
    from tests.processing.test_process_service import CLERK, ONE, TWO

    first = Office.open(data_dir, pg_url)
    initialise(first, OrgProfile(*ORG), None)
    for a in (CLERK, LEADER, ONE, TWO):
        add_user(first, a.username, "matkhau-chung", sorted(a.roles), a.full_name)
    doc = incoming(first)
    second = Office.open(tmp_path / "seat2", pg_url)
    first.actor = second.actor = LEADER
    outcome: dict[str, object] = {}
    holding = threading.Event()

    def other_seat() -> None:
        holding.wait()
        try:
            with second.unit():
                service.assign(second, doc, lead="canbo2", days=3, now=NOW)
            outcome["second"] = "assigned"
        except UserError as exc:
            outcome["second"] = exc

    thread = threading.Thread(target=other_seat)
    thread.start()
    try:
        with first.unit():
            service.assign(first, doc, lead="canbo1", days=3, now=NOW)
            holding.set()
            # the other seat is waiting for this row's lock before this one commits
            for _i in range(600):
                with first.db.engine.connect() as c:
                    waiting = c.execute(text(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        "AND datname = current_database()")).scalar()
                if waiting:
                    break
                time.sleep(0.05)
            assert waiting
        thread.join(60)
        assert isinstance(outcome["second"], UserError)
        assert "trạng thái" in str(outcome["second"])
        with first.db.read() as s:
            assert s.get(Handling, doc).lead == "canbo1"  # type: ignore[union-attr]
            assert s.scalar(select(func.count()).select_from(HandlingStep)) == 1
    finally:
        holding.set()
        thread.join(60)
        second.close()
        first.close()
