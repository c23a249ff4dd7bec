"""Realistic registers at 10,000 / 100,000 / 1,000,000 documents, built once and cached.

A district archive: 20 communes over 10 years is about 1,000,000 documents. Rows are inserted
with the same executemany path as the bulk import (numbers per year and series, folded search
text, the FTS index kept by its triggers), a small share with files.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import time
from pathlib import Path

from sqlalchemy import insert

CACHE = Path(__file__).resolve().parent / ".cache"

ORGANS = [
    "UBND huyện Chợ Gạo", "Sở Tài chính tỉnh Tiền Giang", "Đảng ủy xã Bình Phú",
    "Phòng Nội vụ huyện Chợ Gạo", "Sở Tài nguyên và Môi trường", "Công an huyện Chợ Gạo",
    "Ban Chỉ huy Quân sự huyện", "Phòng Giáo dục và Đào tạo", "Bảo hiểm xã hội huyện",
    "Chi cục Thuế khu vực", "Huyện ủy Chợ Gạo", "Mặt trận Tổ quốc xã Bình Phú",
    "Phòng Tài chính - Kế hoạch", "Trung tâm Y tế huyện", "Hội Nông dân xã",
]
TYPES = [("Quyết định", "QĐ"), ("Công văn", ""), ("Kế hoạch", "KH"), ("Thông báo", "TB"),
         ("Báo cáo", "BC"), ("Giấy mời", "GM"), ("Tờ trình", "TTr"), ("Hướng dẫn", "HD")]
SUBJECTS = [
    "Về việc triển khai công tác cải cách hành chính năm {y}",
    "Về việc phân bổ kinh phí hỗ trợ hộ nghèo đợt {n}",
    "Về việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
    "Về việc phòng, chống thiên tai và tìm kiếm cứu nạn",
    "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số cấp xã",
    "Về việc thu ngân sách nhà nước trên địa bàn",
    "Về việc đăng ký nghĩa vụ quân sự cho công dân nam",
    "Về việc cấp giấy chứng nhận quyền sử dụng đất",
    "Về việc tiêm chủng mở rộng cho trẻ em dưới 5 tuổi",
    "Về việc bầu cử đại biểu Hội đồng nhân dân các cấp",
    "Về việc xây dựng nông thôn mới nâng cao",
    "Về việc quản lý trật tự xây dựng đô thị",
]
UNITS = ["Văn phòng", "Địa chính", "Tư pháp", "Văn hóa - Xã hội", "Công an xã", "Quân sự"]


def generate(size: int, *, seed: int = 1, force: bool = False) -> Path:
    """A data folder with ``size`` documents (about one in four outgoing), cached by size."""
    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.core.textfold import fold
    from desktop.kernel.office import Office
    from models.entities import Document, NumberSeries

    folder = CACHE / f"data-{size}"
    marker = folder / ".complete"
    if marker.exists() and not force:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    office = Office.open(folder)
    initialise(office, OrgProfile("UBND xã Bình Phú", "UBND", "Bình Phú", "000.17.22.H56"), None)
    rnd = random.Random(seed)
    years = list(range(2016, 2026))
    per_year = size // len(years)
    t0 = time.perf_counter()
    with office.db.write() as s:
        for y in years:
            batch = []
            counters = {"den": 0, "di": 0}
            start = dt.date(y, 1, 2)
            for i in range(per_year):
                direction = "di" if rnd.random() < 0.25 else "den"
                counters[direction] += 1
                n = counters[direction]
                tname, abbr = rnd.choice(TYPES)
                day = start + dt.timedelta(days=(i * 360) // per_year)
                subject = rnd.choice(SUBJECTS).format(y=y, n=rnd.randint(1, 9))
                organ = rnd.choice(ORGANS) if direction == "den" else ""
                if direction == "den":
                    symbol = f"{rnd.randint(1, 900)}/{abbr or 'UBND'}-{'UBND' if abbr else 'VP'}"
                else:
                    symbol = f"{n:02d}/{abbr}-UBND" if abbr else f"{n:02d}/UBND-VP"
                urgency = "khan" if rnd.random() < 0.03 else "thuong"
                due = day + dt.timedelta(days=10) if direction == "den" and rnd.random() < 0.3 else None
                recipients = rnd.choice(UNITS)
                batch.append({
                    "direction": direction, "series": direction, "year": y, "number": n,
                    "symbol": symbol, "code_number": symbol.split("/")[0],
                    "code_notation": symbol.split("/", 1)[1], "issued_date": day,
                    "received_date": day + dt.timedelta(days=1) if direction == "den" else None,
                    "organ_name": organ, "type_name": tname, "subject": subject,
                    "recipients": recipients, "urgency": urgency, "due_date": due,
                    "handler": rnd.choice(UNITS) if due else "",
                    "status": "da-xu-ly" if rnd.random() < 0.9 else "da-dang-ky",
                    "signer_name": "Nguyễn Văn An" if direction == "di" else "",
                    "signer_title": "Chủ tịch" if direction == "di" else "",
                    "search_text": fold(" ".join((symbol, organ, recipients, tname, subject))),
                })
                if len(batch) >= 20000:
                    s.execute(insert(Document), batch)
                    batch = []
            if batch:
                s.execute(insert(Document), batch)
            for direction, last in counters.items():
                s.add(NumberSeries(series=direction, year=y, last_number=last))
    office.close()
    marker.write_text(f"{size} documents in {time.perf_counter() - t0:.1f}s\n")
    return folder


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:] or ["10000"]:
        t = time.perf_counter()
        print(generate(int(arg), force=True), f"{time.perf_counter() - t:.1f}s")
