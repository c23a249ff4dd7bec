"""Malformed and hostile PDFs through the four commands that read a PDF a person hands over
(issue 13): ``vanthu attach ID FILE``, ``vanthu incoming add --file FILE``, ``vanthu verify FILE``
and ``vanthu extract FILE``.

The corpus is the generated files of :mod:`tests.hostile.pdfcorpus` and the public files in
``tests/data/hostile-pdf/`` (see its SOURCES.md). For every file and command the exit code is
the one written in ``expected.json`` beside this test, and it must be one the command documents:

- ``attach``, ``incoming add``: 0 (the file is acceptable and was stored) or 2 (refused with a
  message naming the file; the data folder's tables and file store are exactly as before);
- ``verify``: 1 (no signature, readable) or 2 (not a PDF, or a PDF too damaged to look for
  signatures);
- ``extract``: 0 (read; text may be empty) or 2 (refused: not a PDF or image, damaged,
  encrypted, no pages, a decompression bomb).

Never 70 (an unexpected error), never a traceback, never more than :data:`MAX_SECONDS` for one
command. ``python -m tests.hostile.test_pdf_corpus --record [PREFIX]`` rewrites ``expected.json`` (the
entries of the names starting with PREFIX, e.g. ``gen/``) from what the commands do now: review
the diff, each change is a decision about a file.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ORG, Cli, tiny_pdf
from tests.hostile.pdfcorpus import cases

HERE = Path(__file__).resolve().parent
PUBLIC = HERE.parent / "data" / "hostile-pdf"
EXPECTED = HERE / "expected.json"
#: Longest one command may take on a hostile file (bombs, loops): the guards answer in far less.
MAX_SECONDS = 30.0

ALLOWED = {"attach": {0, 2}, "add": {0, 2}, "verify": {1, 2}, "extract": {0, 2}}
ADD = ("incoming", "add", "--received", "2026-03-02", "--from", "Sở Nội vụ", "--symbol",
       "1/SNV", "--date", "2026-03-01", "--type", "Công văn", "--summary", "V/v thử")

_GENERATED: dict[str, bytes] = {}


def corpus_names() -> list[str]:
    names = [f"gen/{name}" for name in cases()]
    names += [f"pub/{p.name}" for p in sorted(PUBLIC.glob("*.pdf"))]
    return names


def corpus_bytes(name: str) -> bytes:
    source, _sep, base = name.partition("/")
    if source == "pub":
        return (PUBLIC / base).read_bytes()
    if base not in _GENERATED:
        _GENERATED[base] = cases()[base]()
    return _GENERATED[base]


def _args(command: str, path: Path) -> tuple[str, ...]:
    return {
        "attach": ("attach", "1", str(path)),
        "add": (*ADD, "--file", str(path)),
        "verify": ("verify", str(path)),
        "extract": ("extract", str(path)),
    }[command]


def _office_folder(root: Path) -> Cli:
    cli = Cli(root / "data")
    r = cli("init", "--org-name", ORG[0], "--org-short", ORG[1], "--place", ORG[2],
            "--org-code", ORG[3])
    assert r.code == 0, r.err
    good = root / "tot.pdf"
    good.write_bytes(tiny_pdf("văn bản số 1"))
    r = cli(*ADD, "--file", str(good))
    assert r.code == 0, r.err
    return cli


def file_name(name: str) -> str:
    """The name a corpus file is handed over under: ``gen-truncated-10pc.pdf``."""
    return name.replace("/", "-") + ("" if name.endswith(".pdf") else ".pdf")


def state(data_dir: Path) -> dict[str, Any]:
    """What a refused command must leave as it was: the row count of every table (documents,
    their files, the audit log, the OCR queue…) and every file in the store. Read with sqlite3
    directly (``tests.conftest.snapshot`` compares every row, but costs an office per call, and
    this test makes some 700 calls)."""
    import sqlite3

    con = sqlite3.connect(f"file:{data_dir / 'vanthu.sqlite3'}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()
    files = sorted(str(p.relative_to(data_dir)) for p in (data_dir / "files").rglob("*")
                   if p.is_file())
    return {"tables": counts, "files": files}


def run_file(cli: Cli, name: str, folder: Path) -> dict[str, Any]:
    """Runs the four commands on one corpus file; returns what each did."""
    path = folder / file_name(name)
    path.write_bytes(corpus_bytes(name))
    done: dict[str, Any] = {}
    for command in ALLOWED:
        writes = command in ("attach", "add")
        before = state(cli.data_dir) if writes else None
        start = time.monotonic()
        r = cli(*_args(command, path))
        seconds = time.monotonic() - start
        done[command] = {"code": r.code, "out": r.out, "err": r.err, "seconds": seconds}
        if writes:
            after = state(cli.data_dir)
            assert before is not None
            done[command]["unchanged"] = after == before
            done[command]["documents"] = (before["tables"]["documents"],
                                          after["tables"]["documents"])
    return done


@pytest.fixture(scope="module")
def office_cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    return _office_folder(tmp_path_factory.mktemp("hostile-office"))


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, int]]:
    return dict(json.loads(EXPECTED.read_text(encoding="utf-8")))


def test_the_corpus_is_what_the_expectations_name(expected: dict[str, dict[str, int]]) -> None:
    assert sorted(expected) == sorted(corpus_names())
    assert len([n for n in expected if n.startswith("pub/")]) >= 50
    for name, codes in expected.items():
        assert set(codes) == set(ALLOWED), name
        for command, code in codes.items():
            assert code in ALLOWED[command], (name, command, code)


@pytest.mark.slow
@pytest.mark.parametrize("name", corpus_names())
def test_hostile_pdf_through_every_command(name: str, office_cli: Cli, tmp_path: Path,
                                           expected: dict[str, dict[str, int]]) -> None:
    done = run_file(office_cli, name, tmp_path)
    shown = {c: (d["code"], d["err"].strip()[-300:]) for c, d in done.items()}
    for command, result in done.items():
        code, err = result["code"], result["err"]
        assert code != 70 and "Traceback" not in err and "Lỗi không mong đợi" not in err, shown
        assert result["seconds"] < MAX_SECONDS, (command, result["seconds"])
        assert code == expected[name][command], (command, shown)
        if code == 2:
            assert err.startswith("Lỗi: "), (command, err)  # a sentence for the person
        if command == "verify" and code == 1:
            assert "không có chữ ký số nào" in result["out"], (command, result["out"])
        if command in ("attach", "add"):
            docs_before, docs_after = result["documents"]
            if code == 0:
                assert not result["unchanged"], (command, "accepted but nothing stored")
                assert docs_after == docs_before + (command == "add")
            else:
                assert result["unchanged"], (command, "refused, yet the data folder changed")
                assert file_name(name) in err, (command, err)
    # the two doors share one check: what one refuses the other refuses
    assert done["attach"]["code"] == done["add"]["code"], shown


def record(prefix: str = "") -> None:  # pragma: no cover - run by hand
    """Runs the corpus (the names starting with ``prefix``) and writes what the commands did
    into ``expected.json``, keeping the other names' entries."""
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="vanthu-hostile-"))
    cli = _office_folder(root)
    table: dict[str, dict[str, int]] = (
        json.loads(EXPECTED.read_text(encoding="utf-8")) if EXPECTED.exists() else {})
    table = {k: v for k, v in table.items() if k in corpus_names()}
    for name in [n for n in corpus_names() if n.startswith(prefix)]:
        done = run_file(cli, name, root)
        table[name] = {c: d["code"] for c, d in done.items()}
        print(name, table[name], {c: round(d["seconds"], 1) for c, d in done.items()},
              flush=True)
    EXPECTED.write_text(json.dumps(table, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                        encoding="utf-8")
    shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover
    if "--record" in sys.argv:
        record(sys.argv[sys.argv.index("--record") + 1] if len(sys.argv) > 2 else "")
