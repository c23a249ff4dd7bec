"""The folded sort key of a text column in SQL (issue 14, 9): lower case, no diacritics, đ as
d, so a register sorted by Tác giả reads Cục…, Đảng ủy…, Sở…, UBND…, and an export sorted in
SQL has the order the window shows. SQLite calls ``vn_fold`` (registered on each connection in
:mod:`models.db`); PostgreSQL maps the letters with ``translate``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func

LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
PLAIN = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd"
assert len(LOWER) == len(PLAIN)


def folded(column: Any, dialect: str) -> Any:
    """``column`` as its folded sort key, in the dialect's SQL."""
    if dialect == "sqlite":
        return func.vn_fold(column)
    return func.translate(func.lower(column), LOWER + LOWER.upper(), PLAIN + PLAIN)
