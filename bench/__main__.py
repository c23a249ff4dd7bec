"""``make bench``: every figure beside its peer or limit, written to docs/benchmarks.md.

    python -m bench                       # 10,000 / 100,000 / 1,000,000 documents
    python -m bench --sizes 10000 --quick # the CI smoke run (also written, to --out)
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
import time
import traceback
from pathlib import Path

from bench.timing import machine

ROOT = Path(__file__).resolve().parent.parent
Row = tuple[str, str, str, str, str]


def _optional(module: str, fn: str, *args: object) -> list[Row]:
    """Sections that need a capability (UI, signing) report a clear row if it fails."""
    try:
        mod = importlib.import_module(module)
        result = getattr(mod, fn)(*args)
        return list(result)
    except Exception as exc:  # noqa: BLE001 - one failing section must not hide the others
        traceback.print_exc()
        return [(f"{module}.{fn}", "FAILED", "—", "—", f"{type(exc).__name__}: {exc}"[:120])]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench")
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--quick", action="store_true", help="fewer repeats (CI smoke run)")
    p.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    args = p.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    repeat = 3 if args.quick else 7
    started = time.perf_counter()

    from bench import core
    from bench.generate import generate
    from desktop.kernel.office import Office

    sections: list[tuple[str, list[Row]]] = []
    for size in sizes:
        t0 = time.perf_counter()
        folder = generate(size)
        gen = time.perf_counter() - t0
        office = Office.open(folder)
        try:
            rows: list[Row] = []
            rows += core.search_rows(office, repeat)
            rows += [core.report_row(office, 2025, repeat)]
            rows += _optional("bench.process_bench", "rows", folder, size, repeat)
            rows += _optional("bench.ui_bench", "register_rows", folder, size)
        finally:
            office.close()
        sections.append((f"{size:,} documents (data ready in {gen:.1f} s, cached in "
                         "bench/.cache)", rows))
    largest = max(sizes)
    sections.append((f"Case files ({largest:,} documents, {largest // 20:,} files)",
                     _optional("bench.casefile_bench", "rows", largest, largest // 20, repeat)))
    sections.append(("Bulk import", [core.import_row(2000 if args.quick else 20000)]))
    sections.append(("Digitisation", _optional("bench.scan_ocr", "rows", 3 if args.quick else 10,
                                               2 if args.quick else 3)))
    sections.append(("Registration from a scan (OCR + field extraction, seed 1)",
                     _optional("bench.extract_testset", "rows", 2 if args.quick else 20)))
    sections.append(("Real-world inputs: the page set (seed 1919, split once with seed 2026; "
                     "held-out never tuned on)",
                     _optional("bench.page_set", "rows", 60, 2,
                               ("held-out",) if args.quick else ("tuning", "held-out"),
                               2 if args.quick else None)))
    sections.append(("Real-world inputs: spreadsheet layouts (split once with seed 1913)",
                     _optional("bench.sheet_layouts", "rows")))
    sections.append(("Signatures", _optional("bench.sign_bench", "rows", 2 if args.quick else 5)))
    sections.append(("Issuing drafts (issue 16)",
                     _optional("bench.issue_bench", "rows", 2 if args.quick else 5)))
    sections.append(("Desktop", _optional("bench.ui_bench", "startup_rows", repeat)))
    sections.append(("Quitting the window (issue 14)",
                     _optional("bench.quit_bench", "rows", 1 if args.quick else 5)))

    lines = [
        "# Benchmarks",
        "",
        f"- Date: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"- Machine: {machine()}",
        f"- Command: `{' '.join(['python -m bench', *(argv if argv is not None else sys.argv[1:])])}`"
        " (`make bench`)",
        f"- Each figure: median of {repeat} runs after a warm-up, (min–max) in brackets; the peer "
        "runs on the same input in the same run.",
        "",
    ]
    for title, rows in sections:
        lines += [f"## {title}", "", "| measure | VănThư | peer | ratio | target |",
                  "|---|---|---|---|---|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        lines.append("")
    lines.append(f"Total time: {time.perf_counter() - started:.0f} s.")
    notes = ROOT / "docs" / "benchmark-notes.md"
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8")]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    failed = sum(1 for _t, rows in sections for r in rows if r[1] == "FAILED")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
