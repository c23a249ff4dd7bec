"""Per-machine settings, declared once: key, type, default, label (translated by the UI).

Stored as JSON in the data folder. The file carries a version; an upgrade copies the old file
aside before rewriting it. Writes are atomic.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.i18n import N_

VERSION = 1
FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str  # Vietnamese source; shown through tr()/_() by the caller


SETTINGS: tuple[Setting, ...] = (
    Setting("language", str, "vi", N_("Ngôn ngữ giao diện")),
    Setting("backup_dir", str, "", N_("Thư mục sao lưu tự động")),
    Setting("backup_keep", int, 10, N_("Số bản sao lưu giữ lại")),
    Setting("watch_dir", str, "", N_("Thư mục nhận bản quét")),
    Setting("ocr_workers", int, 0, N_("Số luồng nhận dạng chữ (0 = theo số lõi)")),
    Setting("window_geometry", str, "", N_("Vị trí và cỡ cửa sổ chính (tự ghi khi đóng)")),
    Setting("dossier_code_pattern", str, "{org_code}-{yymmdd}-{seq:04d}",
            N_("Mẫu mã hồ sơ một cửa")),
    Setting("exchange_dir", str, "", N_("Thư mục liên thông văn bản điện tử (edXML)")),
    Setting("tesseract_path", str, "",
            N_("Chương trình Tesseract OCR (để trống: tự tìm trong PATH và thư mục cài đặt)")),
)
_BY_KEY = {s.key: s for s in SETTINGS}


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {"version": VERSION}
        except (OSError, ValueError):
            # A damaged file is kept aside, never silently lost.
            shutil.copyfile(self.path, self.path.with_suffix(".damaged.json"))
            raw = {"version": VERSION}
        if int(raw.get("version", 0)) < VERSION and self.path.exists():
            shutil.copyfile(self.path, self.path.with_suffix(f".v{raw.get('version', 0)}.json"))
        self._values = {k: v for k, v in raw.items() if k in _BY_KEY}

    def get(self, key: str) -> Any:
        spec = _BY_KEY[key]
        value = self._values.get(key, spec.default)
        try:
            return spec.type(value)
        except (TypeError, ValueError):
            return spec.default

    def set(self, key: str, value: Any) -> None:
        spec = _BY_KEY[key]
        self._values[key] = spec.type(value)
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": VERSION, **self._values}
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
