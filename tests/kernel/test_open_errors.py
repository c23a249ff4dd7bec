"""Opening an office from a bad --data or --db is a clear refusal, never exit 70 or a hang
(issue 13, findings 6 and 7)."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from desktop.core.errors import EnvironmentProblem
from desktop.kernel.office import Office
from tests.conftest import Cli


def test_data_naming_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    r = Cli(tmp_path / "a-file")("incoming", "list")
    assert r.code == 2 and "là một tệp" in r.err, (r.code, r.err)
    assert (tmp_path / "a-file").read_text() == "not a folder"


@pytest.mark.parametrize("url", ["garbage://", "khong phai url", "postgresql+nosuchdriver://x/y"])
def test_a_database_url_that_means_nothing_is_refused(tmp_path: Path, url: str) -> None:
    r = Cli(tmp_path / "data")("--db", url, "incoming", "list")
    assert r.code == 2 and "Địa chỉ cơ sở dữ liệu không hợp lệ" in r.err, (r.code, r.err)


def test_a_server_that_accepts_and_stays_silent_times_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _addr = listener.accept()
            except TimeoutError:
                continue
            held.append(conn)  # accepted, never answered

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    monkeypatch.setenv("VANTHU_DB_CONNECT_TIMEOUT", "2")
    port = listener.getsockname()[1]
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            Office.open(tmp_path / "data", f"postgresql+psycopg://u@127.0.0.1:{port}/vanthu")
        assert "timeout" in caught.value.details.lower()
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()
