"""A worker the crash-safety test kills with SIGKILL at random moments.

    python -m tests.core.killee DATA_DIR MODE SEED

Prints one line per action that reported success, flushed at once, so the test knows exactly
which registrations were promised to the person.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path


def main() -> int:
    data_dir, mode, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    from desktop.kernel.office import Office
    from desktop.registers.registry import IncomingInput, attach_files, register_incoming

    office = Office.open(data_dir)
    print("ready", flush=True)  # the kill is timed from here, not from the process start
    work = data_dir.parent / f"work-{seed}"
    work.mkdir(exist_ok=True)
    i = 0
    if mode == "import":
        path = work / "den.csv"
        files = work / "files"
        files.mkdir(exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["Ngày đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
                        "Tên loại và trích yếu nội dung", "Tệp"])
            for n in range(300):
                (files / f"{n}.pdf").write_bytes(b"%PDF-1.4\n%" + f"{seed}-{n}".encode() * 50)
                w.writerow(["2026-01-05", "Sở Nội vụ", f"{n + 1}/TB-SNV", "2026-01-02",
                            f"Thông báo {seed}-{n}", f"{n}.pdf"])
        from desktop.registers.importer import import_register

        result = import_register(office, "incoming", path, files_dir=files)
        print(f"import {result.first_id} {result.last_id}", flush=True)
        return 0
    while True:
        i += 1
        f = work / f"scan-{seed}-{i}.pdf"
        f.write_bytes(b"%PDF-1.4\n%" + f"{seed}-{i}".encode() * 200)
        if mode == "attach":
            view = attach_files(office, 1, [f])
            print(f"attach 1 {view.files[-1].sha256}", flush=True)
        else:
            view = register_incoming(office, IncomingInput(
                received="2026-01-05", organ_name="UBND huyện", symbol=f"{i}/QĐ-UBND",
                issued="2026-01-02", type_name="Quyết định", subject=f"Lần {seed}-{i}", files=[f]))
            print(f"register {view.id} {view.files[0].sha256}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
