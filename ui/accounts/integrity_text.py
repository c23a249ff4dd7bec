"""What the audit panel says about an integrity check (``desktop.backup.integrity``): one
sentence for each kind of problem, in the words a clerk can pass on to the technician. Texts
are in the ``AuditPanel`` context, as the panel that shows them; the counts of files in
``IntegrityCounts``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.backup.integrity import CheckReport


def _audit_text(reason: str) -> str:
    """The sentence for a broken audit log, by the reason the check gives; ``{seq}`` the entry."""
    if reason == "edited":
        return QCoreApplication.translate(
            "AuditPanel", "Mục nhật ký số {seq} đã bị sửa sau khi ghi.")
    if reason == "chain":
        return QCoreApplication.translate(
            "AuditPanel",
            "Mục nhật ký số {seq} không nối đúng với mục trước: có mục đã bị thay hoặc "
            "chèn thêm.")
    if reason == "rewritten":
        return QCoreApplication.translate(
            "AuditPanel",
            "Mục nhật ký số {seq} khác với mục máy này đã ghi nhận: lịch sử nhật ký đã bị "
            "viết lại.")
    if reason == "truncated":
        return QCoreApplication.translate(
            "AuditPanel",
            "Nhật ký ngắn hơn lần trước máy này thấy (đến mục số {seq}): các mục cuối đã "
            "bị xóa.")
    if reason in ("mac", "unkeyed"):
        return QCoreApplication.translate(
            "AuditPanel",
            "Mục nhật ký số {seq} không khớp mã xác thực của khóa nhật ký: nhật ký đã bị "
            "sửa ngoài chương trình.")
    if reason in ("unknown-key", "key"):
        return QCoreApplication.translate(
            "AuditPanel",
            "Không xác thực được nhật ký từ mục số {seq}: tệp khóa nhật ký (audit-key.json) "
            "bị hỏng hoặc là của máy khác.")
    return QCoreApplication.translate("AuditPanel", "Thiếu mục nhật ký số {seq}: có mục đã bị xóa.")


def integrity_problems(report: CheckReport) -> list[str]:
    """One sentence for each kind of problem the check found; none when all is well."""
    out: list[str] = []
    problem = report.audit_problem
    if problem is not None:
        out.append(_audit_text(problem["reason"]).format(seq=int(problem["seq"])))
    for t in report.tampered:
        out.append(QCoreApplication.translate(
            "AuditPanel", "Văn bản mã {id} đã bị sửa hoặc xóa trực tiếp trong cơ sở dữ liệu."
        ).format(id=t["id"]))
    counts = IntegrityCounts()
    if report.missing:
        out.append(counts.missing(len(report.missing)))
    if report.mismatch:
        out.append(counts.altered(len(report.mismatch)))
    if report.signatures_broken:
        out.append(counts.broken_signatures(len(report.signatures_broken)))
    return out


class IntegrityCounts(QObject):
    """The sentences with a count of files: ``tr(text, "", n)`` gives the English "1 file" or
    "2 files" (numerus forms in the .ts; lupdate reads them from ``tr()`` in a class only)."""

    def missing(self, n: int) -> str:
        return self.tr("Thiếu {count} tệp trong kho lưu trữ.", "", n).format(count=n)

    def altered(self, n: int) -> str:
        return self.tr("{count} tệp trong kho đã bị thay đổi (sai mã băm).", "", n).format(count=n)

    def broken_signatures(self, n: int) -> str:
        return self.tr("{count} tệp đã ký số không còn nguyên vẹn.", "", n).format(count=n)
