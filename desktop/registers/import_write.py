"""Writing an import's checked rows, inside its one transaction: numbers for the rows that have
none (after the highest written in the file, which is reserved), one executemany insert of the
documents, and their files linked with the scans queued for OCR. Fast because it is one
statement per table, not one per row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import insert

from desktop.core.numbering import reserve_at_least, take_numbers
from desktop.registers.registry import ensure_file_row, search_text_of
from desktop.storage import fileflags
from desktop.storage.filestore import PutResult
from desktop.storage.ocr_jobs import needs_ocr
from models.entities import Document, DocumentFile, OcrJob

Row = tuple[int, dict[str, Any], list[Path]]  # (row number, document values, its files)


def insert_documents(s: Any, good: list[Row], actor: str) -> list[int]:
    """Numbers for the rows without one, then one executemany insert; the new ids in order."""
    assign_numbers(s, [v for _i, v, _f in good])
    for _idx, values, _fs in good:
        values["search_text"] = search_text_of(values)
        values["created_by"] = actor
    if not good:
        return []
    return list(
        s.scalars(
            insert(Document).returning(Document.id, sort_by_parameter_order=True),
            [v for _i, v, _f in good],
        )
    )


def link_files(s: Any, ids: list[int], good: list[Row], put_by_path: dict[Path, PutResult],
                actor: str) -> int:
    """The rows' files linked to their documents, scans queued for OCR; the number of links."""
    scans = set()
    for path_, put in put_by_path.items():
        if needs_ocr(ensure_file_row(s, path_, put)):
            scans.add(put.sha256)
    s.flush()
    links = []
    for doc_id, (_idx, _values, fs) in zip(ids, good, strict=True):
        for p in fs:
            links.append({"document_id": doc_id, "sha256": put_by_path[p].sha256,
                          "name": p.name, "role": "chinh", "added_by": actor})
    if not links:
        return 0
    s.execute(insert(DocumentFile), links)
    jobs = [{"document_id": lk["document_id"], "sha256": lk["sha256"]}
            for lk in links if lk["sha256"] in scans]
    if jobs:
        s.execute(insert(OcrJob), jobs)
    fileflags.refresh(s, {int(str(lk["document_id"])) for lk in links})
    return len(links)


def assign_numbers(s: Any, values: list[dict[str, Any]]) -> None:
    highest: dict[tuple[str, int], int] = {}
    missing: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for v in values:
        key = (v["series"], v["year"])
        if v["number"] is None:
            missing.setdefault(key, []).append(v)
        else:
            highest[key] = max(highest.get(key, 0), v["number"])
    for (series, year), top in highest.items():
        reserve_at_least(s, series, year, top)
    for (series, year), group in missing.items():
        numbers = take_numbers(s, series, year, len(group))
        for v, n in zip(group, numbers, strict=True):
            v["number"] = n
