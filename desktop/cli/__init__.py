"""``vanthu``: the command line. Calls the same services as the window.

Every command group lives in its own module and is listed once, by name, in :data:`GROUPS`;
a group that cannot be imported stops ``vanthu`` at start instead of dropping its commands.
:func:`run_command` is where each command runs and where errors become exit codes.

Exit codes: 0 success, 1 other domain error, 2 bad input, 3 not found, 4 refused, 5 environment,
6 integrity, 70 unexpected bug (logged with its traceback in the data folder), 141 the reader
of the output went away (``vanthu … | head``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from desktop.cli import (
    accounts,
    argtext,
    backup,
    casefiles,
    digitise,
    dossiers,
    drafting,
    interchange,
    organisation,
    process,
    registers,
    reports,
    secrecy,
    signatures,
    signing_setup,
    tokens,
)
from desktop.cli.common import Handler, Parser, emit, open_office
from desktop.core.errors import RowErrors, VanThuError
from desktop.core.i18n import _, set_language
from desktop.core.resources import program_version

__all__ = ["GROUPS", "build_parser", "emit", "main", "open_office", "run_command"]

log = logging.getLogger("vanthu")

#: The command groups, in the order their commands appear in ``vanthu --help``.
GROUPS: tuple[Callable[[Any, Any, argparse.ArgumentParser], None], ...] = (
    organisation.register,  # init
    registers.register,  # incoming, outgoing, show, export, cancel, search, import-register, book
    accounts.register,  # user, audit
    secrecy.register,  # secrecy (who reads mật, tối mật, tuyệt mật)
    digitise.register,  # attach, scan-inbox, extract, ocr
    signatures.register,  # sign, verify
    signing_setup.register,  # trust, crl, cert, signature-image, seal-image
    reports.register,  # report
    backup.register,  # backup, restore, check
    dossiers.register,  # dossier, calendar
    drafting.register,  # draft, issue, dispatch (outgoing link, book post: in registers)
    interchange.register,  # edxml, agency
    process.register,  # process
    tokens.register,  # token list
    casefiles.register,  # fileplan, casefile, archive
)


class _Version(argparse.Action):
    """``--version``, read from the package metadata only when asked (importlib.metadata costs
    every other command a tenth of a second)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kw: Any) -> None:
        print(f"VănThư {program_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    argtext.install()  # argparse's own texts (usage, options, errors) in the user's language
    common = Parser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help=_("in kết quả dạng JSON"))

    p = Parser(prog="vanthu", description=_("VănThư — sổ văn bản đến, văn bản đi của UBND xã."))
    p.add_argument("--data", metavar="DIR", help=_("thư mục dữ liệu (biến VANTHU_DATA)"))
    p.add_argument("--db", metavar="URL", help=_("địa chỉ cơ sở dữ liệu (biến VANTHU_DB)"))
    p.add_argument("--user", metavar="NAME", help=_("tài khoản thực hiện lệnh (biến VANTHU_USER)"))
    p.add_argument("--lang", choices=["vi", "en"], help=_("ngôn ngữ thông báo (biến VANTHU_LANG)"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.add_argument("--version", action=_Version, help=_("in phiên bản của chương trình"))
    sub = p.add_subparsers(dest="command", metavar=_("LỆNH"), parser_class=Parser)

    def add(name: str, handler: Handler, help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        sp.set_defaults(run_command=handler)
        return sp

    for register in GROUPS:
        register(sub, add, common)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang")
    known, _rest = pre.parse_known_args(argv)
    set_language(known.lang)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from desktop.core.config import url_has_password  # loads the database layer

    if args.db and url_has_password(args.db):
        print(_("Lỗi: không ghi mật khẩu trong --db (mọi người dùng máy đều thấy nó trong danh sách "
                "tiến trình). Đặt địa chỉ vào biến VANTHU_DB, hoặc ghi mật khẩu vào một tệp chỉ "
                "mình bạn đọc được và đặt biến VANTHU_DB_PASSWORD_FILE là đường dẫn tệp đó."),
              file=sys.stderr)
        return 2
    handler = getattr(args, "run_command", None)
    if handler is None:
        parser.print_help()
        return 0
    code = run_command(handler, args)
    try:
        sys.stdout.flush()  # what is still buffered meets a closed pipe here, not at exit
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    return code


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Runs one command; a domain error becomes its message and exit code, anything else 70."""
    try:
        return int(handler(args))
    except RowErrors as exc:
        _report_error(args, exc, rows=exc.rows)
        return exc.exit_code
    except VanThuError as exc:
        _report_error(args, exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print(_("Đã dừng theo yêu cầu."), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `vanthu … | head`: the reader left; what was done stays done
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:  # the last line of defence: log, explain, exit 70
        log.exception("unexpected error")
        print(_("Lỗi không mong đợi: {error}. Chi tiết kỹ thuật đã được ghi vào vanthu.log.",
                error=type(exc).__name__), file=sys.stderr)
        if os.environ.get("VANTHU_DEBUG"):
            traceback.print_exc()
        return 70


#: As a shell reports a program stopped by SIGPIPE (128 + 13).
EXIT_BROKEN_PIPE = 141


def _silence_stdout() -> None:
    """Points stdout at the null device so that the final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (tests capture stdout)
        pass


def _report_error(args: argparse.Namespace, exc: VanThuError,
                  rows: list[tuple[int, str, str]] | None = None) -> None:
    log.warning("%s: %s %s", type(exc).__name__, exc.message, exc.details)
    if getattr(args, "json", False):
        err: dict[str, Any] = {"message": exc.message, "kind": type(exc).__name__}
        if exc.field:
            err["field"] = exc.field
        if rows is not None:
            err["rows"] = [{"row": r, "column": c, "reason": m} for r, c, m in rows]
        print(json.dumps({"error": err}, ensure_ascii=False, indent=2), file=sys.stderr)
        return
    print(_("Lỗi: {message}", message=exc.message), file=sys.stderr)
    for r, c, m in rows or []:
        print(_("  Dòng {row}, cột “{column}”: {reason}", row=r, column=c, reason=m),
              file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
