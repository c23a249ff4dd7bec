"""Every command group is registered by name in one place, and all of its commands reach
``vanthu --help``; ``python -m desktop.cli`` is the same program as the console script."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import desktop.cli as cli_package
from desktop.cli import (
    GROUPS,
    accounts,
    backup,
    build_parser,
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
from desktop.cli.common import Parser
from tests.conftest import Cli, run_entry_point

# The public command contract: each group module and the top-level commands it adds.
EXPECTED = {
    organisation: {"init"},
    registers: {"incoming", "outgoing", "show", "edit", "export", "cancel", "search",
                "import-register", "book"},
    accounts: {"user", "audit"},
    secrecy: {"secrecy"},
    digitise: {"attach", "scan-inbox", "extract", "ocr"},
    signatures: {"sign", "verify"},
    signing_setup: {"trust", "crl", "cert", "signature-image", "seal-image"},
    reports: {"report"},
    backup: {"backup", "restore", "check", "repair-series"},
    dossiers: {"dossier", "calendar"},
    drafting: {"draft", "issue", "dispatch"},
    interchange: {"edxml", "agency"},
    process: {"process"},
    tokens: {"token"},
    casefiles: {"fileplan", "casefile", "archive"},
}


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _group_commands(register: object) -> set[str]:
    """The top-level commands one group's ``register`` adds to an empty parser."""
    common = Parser(add_help=False)
    p = Parser(prog="vanthu")
    sub = p.add_subparsers(dest="command", parser_class=Parser)

    def add(name, handler, help_text, parent=sub):  # type: ignore[no-untyped-def]
        sp = parent.add_parser(name, help=help_text, parents=[common])
        sp.set_defaults(run_command=handler)
        return sp

    register(sub, add, common)  # type: ignore[operator]
    return set(_commands(p))


def test_every_group_module_is_listed_once_by_name() -> None:
    assert [f.__module__ for f in GROUPS] == [
        "desktop.cli.organisation", "desktop.cli.registers", "desktop.cli.accounts",
        "desktop.cli.secrecy", "desktop.cli.digitise", "desktop.cli.signatures",
        "desktop.cli.signing_setup", "desktop.cli.reports", "desktop.cli.backup",
        "desktop.cli.dossiers", "desktop.cli.drafting",
        "desktop.cli.interchange", "desktop.cli.process", "desktop.cli.tokens",
        "desktop.cli.casefiles",
    ]
    assert {f.__module__ for f in GROUPS} == {m.__name__ for m in EXPECTED}
    assert "importlib" not in vars(cli_package)  # no loading by module name, no silent skip


def test_each_group_adds_exactly_its_commands() -> None:
    for module, names in EXPECTED.items():
        assert _group_commands(module.register) == names, module.__name__


def test_every_group_reaches_the_parser_and_the_help(cli: Cli) -> None:
    everything = set().union(*EXPECTED.values())
    assert set(_commands(build_parser())) == everything
    r = cli("--help")
    assert r.code == 0
    for name in everything:
        assert name in r.out, name
    for name in ("dossier", "calendar", "trust", "crl", "ocr", "user", "audit", "incoming"):
        r = cli(name, "--help")
        assert r.code == 0 and r.out, name


def test_python_dash_m_desktop_cli_is_the_console_script(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if not k.startswith("VANTHU_")}
    env["VANTHU_DATA"] = str(tmp_path / "d")
    by_module = subprocess.run([sys.executable, "-m", "desktop.cli", "--help"],
                               capture_output=True, text=True, env=env, timeout=120)
    by_script = run_entry_point("--help", env={"VANTHU_DATA": str(tmp_path / "d")})
    assert by_module.returncode == 0 == by_script.code
    assert by_module.stdout == by_script.out
    bad = subprocess.run([sys.executable, "-m", "desktop.cli", "no-such-command"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and bad.stderr


def test_the_parser_loads_no_database_or_service_module() -> None:
    """``vanthu --version``, ``--help`` and a syntax error cost the interpreter and argparse
    only: a command's services (SQLAlchemy, the ORM classes, edXML) load when it runs."""
    code = ("import sys; import desktop.cli as c; c.build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'models', 'argon2', 'alembic', 'platformdirs') or "
            "m.startswith(('desktop.kernel', 'desktop.interchange', 'desktop.registers'))))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_the_parsers_status_codes_are_the_interchanges() -> None:
    from desktop.cli.interchange_text import WRITABLE_STATUS
    from desktop.interchange.envelope import WRITABLE_STATUS as ENVELOPE_STATUS

    assert WRITABLE_STATUS == ENVELOPE_STATUS
