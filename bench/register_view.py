"""Time the register view over a large register: open it, jump to the last row, sort.

    QT_QPA_PLATFORM=offscreen python bench/register_view.py --rows 10000 [--data DIR]

Rows are generated as a CSV in the Phụ lục IV layout and loaded with the importer (the fast
path); an existing ``--data`` folder with enough rows is reused as it is.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.importer import import_register  # noqa: E402
from desktop.office import Office  # noqa: E402
from desktop.organisation import OrgProfile, initialise, is_initialised  # noqa: E402
from desktop.registry import ListQuery, count_documents  # noqa: E402
from desktop.ui_services import Direction  # noqa: E402

ORGANS = (
    "UBND huyện Bình Sơn",
    "Sở Tài chính",
    "Sở Nội vụ",
    "Công an huyện",
    "Phòng Giáo dục và Đào tạo",
    "Bảo hiểm xã hội huyện",
    "Chi cục Thuế khu vực",
    "Ban Chỉ huy Quân sự huyện",
    "Phòng Tài nguyên và Môi trường",
    "Huyện ủy Bình Sơn",
)
KINDS = (
    ("Công văn", "UBND-VP", "V/v"),
    ("Quyết định", "QĐ-UBND", "Về việc"),
    ("Kế hoạch", "KH-UBND", "Kế hoạch"),
    ("Thông báo", "TB-UBND", "Thông báo"),
    ("Giấy mời", "GM-UBND", "Mời dự họp"),
    ("Báo cáo", "BC-STC", "Báo cáo"),
)
TOPICS = (
    "triển khai công tác cải cách hành chính",
    "phòng chống thiên tai, tìm kiếm cứu nạn",
    "quyết toán ngân sách xã",
    "tuyển quân năm 2027",
    "chuyển đổi số cấp xã",
    "kiểm tra an toàn thực phẩm",
    "cấp giấy chứng nhận quyền sử dụng đất",
    "tổ chức Tết Nguyên đán",
    "bầu cử đại biểu Hội đồng nhân dân",
    "tiêm chủng mở rộng",
)


def write_csv(path: Path, rows: int, year: int, seed: int = 1) -> None:
    rnd = random.Random(seed)
    last = min(dt.date.today(), dt.date(year, 12, 31))
    span = (last - dt.date(year, 1, 1)).days
    days = sorted(
        dt.date(year, 1, 1) + dt.timedelta(days=rnd.randint(0, span)) for _ in range(rows)
    )
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(
            [
                "Ngày đến",
                "Tác giả",
                "Số, ký hiệu văn bản",
                "Ngày tháng văn bản",
                "Tên loại và trích yếu nội dung",
                "Đơn vị hoặc người nhận",
                "Ghi chú",
            ]
        )
        for i, received in enumerate(days):
            kind, notation, lead = rnd.choice(KINDS)
            issued = received - dt.timedelta(days=rnd.randint(0, 5))
            issued = max(issued, dt.date(year, 1, 1))
            out.writerow(
                [
                    received.strftime("%d/%m/%Y"),
                    rnd.choice(ORGANS),
                    f"{i + 1}/{notation}",
                    issued.strftime("%d/%m/%Y"),
                    f"{kind} {lead} {rnd.choice(TOPICS)}",
                    "Văn phòng",
                    "",
                ]
            )


def prepare(data: Path, rows: int, year: int) -> Office:
    office = Office.open(data)
    if not is_initialised(office):
        initialise(office, OrgProfile("UBND xã Bình Phú", "UBND", "Bình Phú"), None)
    office.sign_in(None, None)
    have = count_documents(office, ListQuery(Direction.INCOMING, year=year))
    if have < rows:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "so-den.csv"
            write_csv(source, rows - have, year)
            started = time.perf_counter()
            import_register(office, "incoming", source)
            print(f"generated {rows - have} rows in {time.perf_counter() - started:.1f} s")
    return office


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--data", type=Path, default=None)
    args = parser.parse_args()
    year = dt.date.today().year
    data = args.data or Path(tempfile.mkdtemp(prefix="vanthu-bench-")) / "data"
    office = prepare(data, args.rows, year)

    from desktop.app import create_app
    from ui.register_panel import RegisterPanel

    app = create_app([sys.argv[0]])
    started = time.perf_counter()
    panel = RegisterPanel(office, Direction.INCOMING)
    panel.resize(1366, 700)
    panel.show()
    app.processEvents()
    opened = time.perf_counter() - started

    started = time.perf_counter()
    last = panel.model.rowCount() - 1
    index = panel.model.index(last, 0)
    panel.view.setCurrentIndex(index)
    panel.view.scrollTo(index)
    app.processEvents()
    jumped = time.perf_counter() - started

    started = time.perf_counter()
    panel.model.sort(2)  # Tác giả, in the database
    panel.view.scrollToBottom()
    app.processEvents()
    sorted_in = time.perf_counter() - started

    started = time.perf_counter()
    panel.search.setText("chuyen doi so")
    panel.apply_filters()
    app.processEvents()
    searched = time.perf_counter() - started

    print(f"rows: {panel.model.rowCount() if not panel.search.text() else last + 1}")
    print(f"open view:         {opened * 1000:8.1f} ms")
    print(f"jump to last row:  {jumped * 1000:8.1f} ms")
    print(f"sort by Tác giả:   {sorted_in * 1000:8.1f} ms")
    print(f"search (no marks): {searched * 1000:8.1f} ms  -> {panel.model.rowCount()} rows")
    print(f"windows fetched:   {panel.model.fetches} (of {panel.model.BLOCK} rows each)")
    panel.close()
    office.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
