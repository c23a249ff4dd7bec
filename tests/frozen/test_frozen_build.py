"""The frozen program (PyInstaller, ``packaging/vanthu.spec``) driven as a clerk would: every
resource, migration, plug-in and library datum it needs must have travelled into the folder.

The build is the one ``make dist`` made earlier in the same run when ``VANTHU_FROZEN_DIR``
names it (CI: ``make dist`` then the tests), otherwise this test builds it (about a minute on
two cores, the analysis cache kept in ``build/pyinstaller``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.clock import vn_today
from signing import testpki
from signing.samples import signature_png

ROOT = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform.startswith("win") else ""
PASSWORD = "mat-khau-p12"


def build_frozen(dist: Path) -> Path:
    """Run PyInstaller on the spec into ``dist``; the folder of the two programs."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "vanthu.spec")],
        check=True, cwd=ROOT, capture_output=True, timeout=1500,
    )
    return dist / "vanthu"


@pytest.fixture(scope="session")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("VANTHU_FROZEN_DIR")
    folder = Path(given).resolve() if given else build_frozen(tmp_path_factory.mktemp("dist"))
    assert (folder / f"vanthu{EXE}").is_file() and (folder / f"vanthu-app{EXE}").is_file()
    return folder


class Frozen:
    def __init__(self, folder: Path, data: Path, tmp: Path) -> None:
        self.folder, self.data, self.tmp = folder, data, tmp
        # nothing of the source tree or the venv: a clean environment, as on a commune PC
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("VANTHU_", "PYTHON", "VIRTUAL_ENV"))}
        self.env.update(VANTHU_DATA=str(data), QT_QPA_PLATFORM="offscreen", HOME=str(tmp))

    def __call__(self, *args: str, code: int = 0, **env: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run([str(self.folder / f"vanthu{EXE}"), *args], capture_output=True,
                              text=True, env=self.env | env, cwd=self.tmp, timeout=300)
        assert proc.returncode == code, (args, proc.stdout, proc.stderr)
        return proc

    def json(self, *args: str, **env: str) -> object:
        return json.loads(self(*args, "--json", **env).stdout)


def _scan(path: Path) -> Path:
    """A page as a scanner makes it: black Vietnamese text on white, 300 dpi, an image-only
    PDF (no text layer: only OCR can read it)."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(ROOT / "resources/fonts/NotoSerif-Bold.ttf"), 64)
    draw.text((200, 300), "CÔNG VĂN", font=font, fill=0)
    draw.text((200, 450), "Về việc phòng chống thiên tai", font=font, fill=0)
    draw.text((200, 600), "Thực hiện nghiêm túc phương án ứng phó", font=font, fill=0)
    page.save(path, "PDF", resolution=300)
    return path


def _decision(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Serif", "", str(ROOT / "resources/fonts/NotoSerif-Regular.ttf"))
    pdf.set_font("Serif", size=13)
    pdf.multi_cell(0, 8, "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu kế hoạch năm 2026\n\nCHỦ TỊCH")
    pdf.output(str(path))
    return path


@pytest.mark.slow
def test_the_frozen_program_does_a_clerks_day(frozen: Path, tmp_path: Path) -> None:
    run = Frozen(frozen, tmp_path / "Dữ liệu VănThư", tmp_path)
    assert run("--version").stdout.startswith("VănThư ")
    run("init", "--org-name", "UBND xã Bình Phú", "--org-short", "UBND", "--place", "Bình Phú",
        "--org-code", "000.00.01.H56")  # creates the database: the Alembic scripts travelled

    # an incoming letter scanned to PDF; OCR by Tesseract through the frozen program
    today = vn_today()
    scan = _scan(tmp_path / "Bản quét công văn.pdf")
    added = run.json("incoming", "add", "--received", today.isoformat(), "--from",
                     "UBND huyện Chợ Gạo", "--symbol", "45/UBND-VP", "--date",
                     today.isoformat(), "--type", "Công văn", "--summary",
                     "Về việc phòng chống thiên tai", "--file", str(scan))
    assert isinstance(added, dict) and added["arrival_number"] == 1
    assert "1 đang chờ" in run("ocr", "status").stdout
    run("ocr", "run", "--workers", "1")
    assert "1 xong, 0 lỗi, 0 đang chờ" in run("ocr", "status").stdout
    hits = run.json("search", "phuong an ung pho")  # words only the OCR text holds
    assert isinstance(hits, list) and [h["symbol"] for h in hits] == ["45/UBND-VP"]

    # the month's report as a PDF (fonts travelled)
    report = tmp_path / "Báo cáo tháng.pdf"
    run("report", "--period", f"{today:%Y-%m}", "--format", "pdf", "--out", str(report))
    assert report.read_bytes().startswith(b"%PDF") and b"NotoSerif" in report.read_bytes()

    # an outgoing decision signed with a PKCS#12 file, then verified
    ca = testpki.make_ca("Test RootCA chuyên dùng Chính phủ", "Ban Cơ yếu (thử nghiệm)")
    chair = testpki.issue_cert(ca, "Nguyễn Văn An", organisation="UBND xã Bình Phú")
    (tmp_path / "ca.pem").write_bytes(ca.cert_pem)
    p12 = tmp_path / "Chủ tịch.p12"
    testpki.write_pkcs12(p12, chair, PASSWORD.encode(), ca)
    image = tmp_path / "chữ ký.png"
    image.write_bytes(signature_png())
    run("trust", "add", str(tmp_path / "ca.pem"))
    out = run.json("outgoing", "add", "--date", today.isoformat(), "--type", "Quyết định",
                   "--summary", "Về việc giao chỉ tiêu kế hoạch năm 2026", "--signer",
                   "Nguyễn Văn An", "--signer-title", "Chủ tịch", "--file",
                   str(_decision(tmp_path / "Quyết định.pdf")))
    assert isinstance(out, dict)
    signed = run.json("sign", str(out["id"]), "--as", "signer", "--p12", str(p12), "--pin-env",
                      "P12_PASS", "--image", str(image), "--place", "1:300,200",
                      P12_PASS=PASSWORD)
    assert isinstance(signed, dict) and signed["signer_name"] == "Nguyễn Văn An"
    exported = tmp_path / "Xuất"
    run("export", str(out["id"]), "--out", str(exported))
    [pdf] = [p for p in exported.iterdir() if p.suffix == ".pdf"]
    verified = run.json("verify", str(pdf))
    assert "Nguyễn Văn An" in json.dumps(verified, ensure_ascii=False)
    assert run("verify", str(pdf)).returncode == 0

    # backup, then restore into an empty folder: the same registers come back
    backup = tmp_path / "Sao lưu.zip"
    run("backup", "--out", str(backup))
    restored = tmp_path / "Khôi phục"
    run("--data", str(restored), "restore", str(backup))
    again = run.json("--data", str(restored), "search", "phong chong thien tai")
    assert isinstance(again, list) and [h["symbol"] for h in again] == ["45/UBND-VP"]

    # the window, offscreen, up to the main window: the register shown, focus in its search
    ready = tmp_path / "ready.json"
    proc = subprocess.run([str(frozen / f"vanthu-app{EXE}")], capture_output=True, text=True,
                          env=run.env | {"VANTHU_READY_FILE": str(ready)}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(ready.read_text(encoding="utf-8"))
    assert shown["panel"] == "panel_incoming" and shown["focus"] == "search"
    assert shown["rows"] == 1 and "UBND xã Bình Phú" in shown["title"]
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_the_frozen_folder_holds_its_resources_and_stays_in_budget(frozen: Path) -> None:
    internal = frozen / "_internal"
    for part in ("resources/fonts/NotoSerif-Regular.ttf", "resources/translations/cli_en.json",
                 "resources/translations/vanthu_en.qm", "resources/calendar/holidays.csv",
                 "resources/lang/vi_words.txt.gz", "resources/icons/vanthu.svg", "models/migrations/env.py",
                 "models/migrations/script.py.mako"):
        assert (internal / part).is_file(), part
    versions = sorted(p.name for p in (internal / "models/migrations/versions").glob("*.py"))
    source = sorted(p.name for p in (ROOT / "models/migrations/versions").glob("*.py"))
    assert versions == source
    assert list(internal.glob("PySide6/Qt/plugins/platforms/*qoffscreen*"))
    assert not list(internal.rglob("*VirtualKeyboard*")), "Qt Quick stays out"
    size = sum(p.lstat().st_size for p in frozen.rglob("*") if not p.is_dir() or p.is_symlink())
    assert size < 300 * 1024 * 1024, f"{size / 2**20:.0f} MiB"
    assert shutil.which("vanthu", path=str(frozen)) is not None


@pytest.mark.slow
def test_an_upgrade_migrates_the_data_after_copying_it_aside(frozen: Path, tmp_path: Path) -> None:
    """What a clerk sees after installing a newer VănThư: the data folder of the older one is
    opened, copied to backups/truoc-nang-cap-….sqlite3, and migrated to the newest revision."""
    import sqlite3

    from alembic import command

    from models.db import sqlite_url
    from models.migrate import HEAD, alembic_config

    run = Frozen(frozen, tmp_path / "Dữ liệu cũ", tmp_path)
    run("init", "--org-name", "UBND xã Bình Phú", "--org-short", "UBND", "--place", "Bình Phú")
    run("incoming", "add", "--received", "2026-03-02", "--from", "Sở Nội vụ", "--symbol",
        "15/SNV", "--date", "2026-02-27", "--type", "Công văn", "--summary",
        "Về việc tuyển dụng công chức cấp xã")
    db = run.data / "vanthu.sqlite3"
    older = "0007"  # the database as the previous release left it
    command.downgrade(alembic_config(sqlite_url(db)), older)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (older,)
    hits = run.json("search", "tuyen dung")  # the newer program opens the older data
    assert isinstance(hits, list) and [h["symbol"] for h in hits] == ["15/SNV"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    [kept] = list((run.data / "backups").glob("truoc-nang-cap-*.sqlite3"))
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (older,)
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)
