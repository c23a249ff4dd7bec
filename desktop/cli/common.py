"""What every ``vanthu`` command shares: the parser class, printing results (text or
``--json``), reading a password, and opening the office with the user signed in."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.errors import PermissionDenied
from desktop.core.i18n import _

Handler = Callable[[argparse.Namespace], int]
Add = Callable[..., argparse.ArgumentParser]


# -- parsing ------------------------------------------------------------------------------
class Parser(argparse.ArgumentParser):
    """Syntax errors are explained in the user's language and exit 2."""

    def error(self, message: str) -> Any:  # pragma: no cover - exercised through main()
        self.print_usage(sys.stderr)
        print(_("Lỗi cú pháp lệnh: {detail}", detail=message), file=sys.stderr)
        raise SystemExit(2)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{value}” không phải số nguyên.", value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("“{value}” phải lớn hơn hoặc bằng 0.", value=text))
    if value > MAX_INT:
        raise argparse.ArgumentTypeError(
            _("“{value}” phải từ {low} đến {high}.", value=text, low=0, high=MAX_INT))
    return value


#: The largest id or count a database column can hold (SQLite and PostgreSQL BIGINT).
MAX_INT = 2**63 - 1


def record_id(text: str) -> int:
    """A document, item or account id: a whole number from 1 to 2⁶³−1, checked before SQL."""
    return bounded_int(1, MAX_INT)(text)


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number in ``low … high``, refused with a message otherwise."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                _("“{value}” không phải số nguyên.", value=text)) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _("“{value}” phải từ {low} đến {high}.", value=text, low=low, high=high))
        return value

    parse.__name__ = "int"  # argparse names the type in its messages
    return parse


def year_arg(text: str) -> int:
    """A register year: 1945 … 9999 (what a date can hold)."""
    return bounded_int(1945, 9999)(text)


# -- output -------------------------------------------------------------------------------
def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(type(value).__name__)


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))
    else:
        print(text() if callable(text) else text)


# -- opening the office and signing in ------------------------------------------------------
def read_password(prompt: str, env: str) -> str | None:
    value = os.environ.get(env)
    if value is not None:
        return value
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    return line.rstrip("\n") if line else None


def open_office(args: argparse.Namespace, *, login: bool = True):  # type: ignore[no-untyped-def]
    from desktop.kernel.office import Office

    office = Office.open(args.data, args.db)
    _setup_log_file(office.location.data_dir)
    from desktop.core.tools import configure_from_settings

    configure_from_settings(office.location.data_dir)
    if login:
        user = args.user or os.environ.get("VANTHU_USER")
        from desktop.kernel.auth import has_accounts

        with office.db.read() as s:
            needs = has_accounts(s)
        if needs:
            if not user:
                raise PermissionDenied(
                    _("Cần đăng nhập: dùng --user TÊN (hoặc biến VANTHU_USER) và mật khẩu.")
                )
            office.sign_in(user, read_password(_("Mật khẩu: "), "VANTHU_PASSWORD"))
    return office


def _setup_log_file(data_dir: Path) -> None:
    root = logging.getLogger()
    target = str((data_dir / "vanthu.log").resolve())
    for h in list(root.handlers):
        if isinstance(h, logging.FileHandler):
            if h.baseFilename == target:
                return
            root.removeHandler(h)  # another data folder: its log is not this one
            h.close()
    try:
        handler = logging.FileHandler(data_dir / "vanthu.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
