"""Every CLI message has an English translation with the same placeholders."""

from __future__ import annotations

import json
import re
import string
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from catalogue import CATALOGUE, msgids  # noqa: E402


def _fields(text: str) -> set[str]:
    return {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}


def test_every_message_is_translated() -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    missing = sorted(set(msgids()) - set(catalogue))
    assert missing == []


def test_translations_keep_the_placeholders() -> None:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    bad = [(vi, en) for vi, en in catalogue.items() if _fields(vi) != _fields(en)]
    assert bad == []


def test_source_language_is_vietnamese() -> None:
    vietnamese = re.compile(r"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]",
                            re.IGNORECASE)
    ids = msgids()
    assert sum(1 for m in ids if vietnamese.search(m)) > 0.9 * len(ids)


def _plural_entries() -> dict[str, str]:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {vi: en for vi, en in catalogue.items()
            if any(spec and "|" in spec for _l, _f, spec, _c in string.Formatter().parse(en))}


def test_plural_forms_name_a_placeholder_of_the_sentence() -> None:
    from catalogue import bad_plurals

    assert len(_plural_entries()) > 40
    assert bad_plurals(json.loads(CATALOGUE.read_text(encoding="utf-8"))) == []
    assert bad_plurals({"Có {n} tệp.": "{n} {m:file|files}."}) == ["Có {n} tệp. → {n} {m:file|files}."]


@pytest.mark.parametrize("count", [1, 2, "01", "1.234"])
def test_english_counts_take_their_form_and_vietnamese_stays(count: object) -> None:
    from desktop.core.i18n import _, set_language

    one = str(count) in ("1", "01")
    try:
        for vi, en in _plural_entries().items():
            values = {f: count for f in _fields(vi)}
            set_language("vi")
            assert _(vi, **values) == vi.format(**values)
            set_language("en")
            forms = re.sub(r"\{(\w+):([^|}]*)\|([^}]*)\}", lambda m: m[2] if one else m[3], en)
            assert _(vi, **values) == forms.format(**values)
    finally:
        set_language(None)


def test_a_count_reads_one_file_two_files() -> None:
    from desktop.core.i18n import _, set_language

    try:
        set_language("en")
        assert _("Đã kiểm tra {n} tệp.", n=1) == "Checked 1 file."
        assert _("Đã kiểm tra {n} tệp.", n=2) == "Checked 2 files."
        assert _("Đã in sổ ra {path} ({rows} văn bản, {pages} trang).", path="so.pdf", rows=1,
                 pages=2) == "Printed the register to so.pdf (1 document, 2 pages)."
        assert _("{n} tệp trong kho không thuộc văn bản nào (còn lại sau một lần đăng ký bị ngắt;"
                 " vô hại, xóa bằng --clean).", n=1).startswith(
            "1 file in the store belongs to no document (")
        set_language("vi")
        assert _("Đã kiểm tra {n} tệp.", n=1) == "Đã kiểm tra 1 tệp."
    finally:
        set_language(None)
