"""The catalogue of administrative procedures (thủ tục hành chính) and their time limits."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.textfold import fold
from desktop.kernel.office import Office
from models.dossiers import Procedure

# A few common commune procedures with their limits in working days (0: within the day). The
# province publishes the binding list (quyết định công bố TTHC); the administrator corrects these.
DEFAULT_PROCEDURES: tuple[tuple[str, str, int, str], ...] = (
    ("Chứng thực bản sao từ bản chính", "Chứng thực", 0,
     "Nghị định 23/2015/NĐ-CP, Điều 21: trong ngày; sau 15 giờ thì ngày làm việc tiếp theo"),
    ("Chứng thực chữ ký", "Chứng thực", 0,
     "Nghị định 23/2015/NĐ-CP, Điều 21: trong ngày; sau 15 giờ thì ngày làm việc tiếp theo"),
    ("Chứng thực hợp đồng, giao dịch", "Chứng thực", 2,
     "Nghị định 23/2015/NĐ-CP, Điều 21: không quá 02 ngày làm việc"),
    ("Đăng ký khai sinh", "Hộ tịch", 0,
     "Luật Hộ tịch 2014, Điều 16: ngay sau khi nhận đủ giấy tờ"),
    ("Đăng ký kết hôn", "Hộ tịch", 5,
     "Luật Hộ tịch 2014, Điều 18: ngay; cần xác minh thì không quá 05 ngày làm việc"),
    ("Đăng ký khai tử", "Hộ tịch", 0,
     "Luật Hộ tịch 2014, Điều 34: ngay sau khi nhận đủ giấy tờ"),
    ("Xác nhận tình trạng hôn nhân", "Hộ tịch", 3,
     "Nghị định 123/2015/NĐ-CP, Điều 22: 03 ngày làm việc"),
    ("Đăng ký nhận cha, mẹ, con", "Hộ tịch", 3,
     "Luật Hộ tịch 2014, Điều 25: 03 ngày làm việc"),
    ("Thay đổi, cải chính, bổ sung thông tin hộ tịch", "Hộ tịch", 3,
     "Luật Hộ tịch 2014, Điều 28: 03 ngày làm việc"),
    ("Cấp bản sao trích lục hộ tịch", "Hộ tịch", 0,
     "Trong ngày (căn cứ chưa xác minh)"),
)


# -- the catalogue ------------------------------------------------------------------------------
def seed_procedures(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(Procedure)):
        return
    session.add_all(Procedure(name=n, folded=fold(n), field=f, days=d, basis=b)
                    for n, f, d, b in DEFAULT_PROCEDURES)
    session.flush()


def find_procedure(session: Session, text: str) -> Procedure | None:
    key = fold(text)
    return session.scalar(select(Procedure).where(
        or_(Procedure.folded == key, and_(Procedure.code != "", Procedure.code == text.strip()))
    ))


def similar_procedures(session: Session, text: str, limit: int = 3) -> list[str]:
    """Names of the catalogue holding every word typed, accents and case aside ("ket hon" →
    "Đăng ký kết hôn"), shortest first: what the desk probably meant."""
    words = fold(text).split()
    if not words:
        return []
    stmt = select(Procedure.name).where(*[Procedure.folded.contains(w, autoescape=True)
                                          for w in words])
    return sorted(session.scalars(stmt), key=lambda n: (len(n), n))[:limit]


@dataclass(frozen=True)
class ProcedureView:
    name: str
    field: str
    days: int
    basis: str
    code: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_procedures(office: Office) -> list[ProcedureView]:
    with office.db.read() as s:
        rows = [ProcedureView(p.name, p.field, p.days, p.basis, p.code)
                for p in s.scalars(select(Procedure).where(Procedure.active.is_(True))
                                   .order_by(Procedure.field, Procedure.name))]
    if rows:
        return rows
    return [ProcedureView(n, f, d, b, "") for n, f, d, b in DEFAULT_PROCEDURES]
