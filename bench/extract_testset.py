"""Accuracy of OCR + field extraction on rendered first pages (Nghị định 30/2020 layout).

Renders realistic first pages at 300 dpi with Pillow (two-column header, number, place and
date, type title, trích yếu, body, signer block), in NotoSerif and NotoSans, with random
Vietnamese data; a noisy copy of each page is skewed (±1.5°), blurred, speckled, stamped in red,
signed in blue over text and saved as JPEG quality 60. Each page is read with Tesseract
(``desktop.digitise.ocr.ocr_text_only``) and :func:`desktop.digitise.extract.extract_fields`, and each field is
compared (exact, after NFC and whitespace normalisation) with what was rendered.

    python bench/extract_testset.py --n 20 [--seed 1] [--jobs 2] [--save DIR] [--show-errors]
"""

from __future__ import annotations

import argparse
import io
import math
import random
import sys
import time
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.digitise.extract import TYPES, extract_fields  # noqa: E402
from desktop.digitise.ocr import ocr_text_only  # noqa: E402

FONTS = ROOT / "resources" / "fonts"
DPI = 300
PAGE = (2480, 3508)  # A4 at 300 dpi
FIELDS = ("organ_name", "symbol", "issued_date", "type_name", "subject")


def px(points: float) -> int:
    return round(points * DPI / 72)


def mm(value: float) -> int:
    return round(value * DPI / 25.4)


# --------------------------------------------------------------------------------------------
# Random data

PROVINCES = ["TIỀN GIANG", "LONG AN", "VĨNH LONG", "AN GIANG", "BẾN TRE", "ĐỒNG THÁP", "HẬU GIANG"]
DISTRICTS = [
    "Chợ Gạo",
    "Cái Bè",
    "Tân Phước",
    "Gò Công Tây",
    "Châu Thành",
    "Bến Lức",
    "Cần Giuộc",
    "Long Hồ",
    "Phú Tân",
    "Thoại Sơn",
    "Tam Bình",
    "Đức Hòa",
    "Cai Lậy",
    "Mỏ Cày Nam",
]
COMMUNES = [
    "Bình Phục Nhứt",
    "Tân Thới",
    "Long Bình Điền",
    "Hòa Định",
    "Mỹ Tịnh An",
    "Song Bình",
    "Thanh Bình",
    "An Thạnh Thủy",
    "Xuân Đông",
    "Lương Hòa Lạc",
    "Phú Kiết",
    "Đăng Hưng Phước",
    "Quơn Long",
    "Tân Bình Thạnh",
    "Hòa Tịnh",
]
OFFICES = [
    ("PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG", "TNMT"),
    ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "GDĐT"),
    ("PHÒNG NỘI VỤ", "NV"),
    ("PHÒNG TƯ PHÁP", "TP"),
    ("PHÒNG VĂN HÓA VÀ THÔNG TIN", "VHTT"),
    ("PHÒNG NÔNG NGHIỆP VÀ PTNT", "NN"),
]
DEPARTMENTS = [
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "STNMT"),
    ("SỞ NỘI VỤ", "SNV"),
    ("SỞ Y TẾ", "SYT"),
    ("SỞ GIAO THÔNG VẬN TẢI", "SGTVT"),
]
# The register's spelling of each issuing body (Tác giả: the body alone, on one line).
REGISTER_NAMES = {
    "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG": "Phòng Tài nguyên và Môi trường",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO": "Phòng Giáo dục và Đào tạo",
    "PHÒNG NỘI VỤ": "Phòng Nội vụ",
    "PHÒNG TƯ PHÁP": "Phòng Tư pháp",
    "PHÒNG VĂN HÓA VÀ THÔNG TIN": "Phòng Văn hóa và Thông tin",
    "PHÒNG NÔNG NGHIỆP VÀ PTNT": "Phòng Nông nghiệp và PTNT",
    "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG": "Sở Tài nguyên và Môi trường",
    "SỞ NỘI VỤ": "Sở Nội vụ",
    "SỞ Y TẾ": "Sở Y tế",
    "SỞ GIAO THÔNG VẬN TẢI": "Sở Giao thông vận tải",
}
FIELDS_CV = ["VP", "VX", "KT", "NC", "TNMT", "ĐC"]
NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bích Ngọc",
    "Lê Hoàng Phúc",
    "Phạm Minh Tuấn",
    "Võ Thị Thu Hà",
    "Huỳnh Văn Lợi",
    "Đặng Quốc Việt",
    "Bùi Thị Mỹ Dung",
    "Đỗ Thành Nhân",
    "Ngô Văn Hải",
]
TYPE_CHOICES = [
    "Quyết định",
    "Kế hoạch",
    "Thông báo",
    "Báo cáo",
    "Tờ trình",
    "Giấy mời",
    "Công văn",
    "Công văn",
    "Hướng dẫn",
    "Chương trình",
]
TOPICS = [
    "phòng, chống thiên tai và tìm kiếm cứu nạn",
    "cải cách hành chính",
    "chuyển đổi số và xây dựng chính quyền số",
    "phòng chống dịch bệnh trên cây trồng, vật nuôi",
    "quản lý đất đai và xây dựng",
    "bảo đảm trật tự an toàn giao thông",
    "xây dựng nông thôn mới nâng cao",
    "phổ biến, giáo dục pháp luật",
    "chi trả trợ cấp xã hội cho đối tượng bảo trợ",
    "phòng cháy, chữa cháy mùa khô",
    "thu ngân sách nhà nước",
    "tiếp công dân và giải quyết khiếu nại, tố cáo",
]


@dataclass
class Doc:
    organ_lines: list[str]
    symbol: str
    place: str
    date: tuple[int, int, int]
    type_name: str
    subject_lines: list[str]
    body: list[str]
    signer: list[str]
    signer_name: str
    organ: str = ""  # as the register writes it
    party: bool = False  # a party document: "ĐẢNG CỘNG SẢN VIỆT NAM" at the right, no motto

    def expected(self) -> dict[str, str]:
        y, m, d = self.date
        return {
            "organ_name": self.organ,
            "symbol": self.symbol,
            "issued_date": f"{y:04d}-{m:02d}-{d:02d}",
            "type_name": self.type_name,
            "subject": " ".join(self.subject_lines),
        }


def _date_words(place: str, y: int, m: int, d: int) -> str:
    # Nghị định 30: days below 10 and months 1 and 2 take a leading zero.
    day = f"{d:02d}" if d < 10 else str(d)
    month = f"{m:02d}" if m < 3 else str(m)
    return f"{place}, ngày {day} tháng {month} năm {y}"


def make_doc(rng: random.Random) -> Doc:
    kind = rng.choice(["commune", "commune", "district", "office", "department"])
    district = rng.choice(DISTRICTS)
    if kind == "commune":
        commune = rng.choice(COMMUNES)
        organ = rng.choice(
            [["ỦY BAN NHÂN DÂN", f"XÃ {commune.upper()}"], [f"UBND XÃ {commune.upper()}"]]
        )
        if len(organ) == 1 and rng.random() < 0.5:
            organ = [f"UBND HUYỆN {district.upper()}", f"UBND XÃ {commune.upper()}"]
        organ_abbr, place = "UBND", commune
        register = f"UBND xã {commune}"
    elif kind == "district":
        organ = rng.choice(
            [
                ["ỦY BAN NHÂN DÂN", f"HUYỆN {district.upper()}"],
                [f"UBND TỈNH {rng.choice(PROVINCES)}", f"UBND HUYỆN {district.upper()}"],
            ]
        )
        organ_abbr, place = "UBND", district
        register = f"UBND huyện {district}"
    elif kind == "office":
        office, organ_abbr = rng.choice(OFFICES)
        organ, place = [f"UBND HUYỆN {district.upper()}", office], district
        register = REGISTER_NAMES[office]
    else:
        dept, organ_abbr = rng.choice(DEPARTMENTS)
        province = rng.choice(PROVINCES)
        organ, place = [f"UBND TỈNH {province}", dept], province.title()
        register = REGISTER_NAMES[dept]
    type_name = rng.choice(TYPE_CHOICES)
    number = rng.randint(1, 350)
    number_text = f"{number:02d}"
    if type_name == "Công văn":
        symbol = (
            f"{number_text}/{organ_abbr}-{rng.choice(FIELDS_CV)}"
            if organ_abbr == "UBND"
            else f"{number_text}/{organ_abbr}"
        )
    else:
        symbol = f"{number_text}/{TYPES[type_name]}-{organ_abbr}"
    year = rng.randint(2019, 2025)
    date = (year, rng.randint(1, 12), rng.randint(1, 28))
    topic = rng.choice(TOPICS)
    subject = {
        "Quyết định": f"Về việc thành lập Tổ công tác {topic} năm {year}",
        "Kế hoạch": f"Triển khai công tác {topic} năm {year}",
        "Thông báo": f"Kết luận của Chủ tịch tại cuộc họp về {topic}",
        "Báo cáo": f"Kết quả thực hiện công tác {topic} 6 tháng đầu năm {year}",
        "Tờ trình": f"Về việc đề nghị phê duyệt kinh phí {topic}",
        "Giấy mời": f"Dự họp triển khai công tác {topic}",
        "Công văn": f"V/v tăng cường công tác {topic}",
        "Hướng dẫn": f"Thực hiện công tác {topic} năm {year}",
        "Chương trình": f"Công tác {topic} năm {year}",
    }[type_name]
    body = [
        f"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ tình hình "
        f"thực tế về {topic} trên địa bàn.",
        f"Thực hiện chỉ đạo của cấp trên về {topic}, đề nghị các đơn vị, cá nhân có liên quan "
        "khẩn trương triển khai thực hiện, báo cáo kết quả đúng thời gian quy định.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo để xem xét, "
        "giải quyết theo thẩm quyền./.",
    ]
    if type_name == "Công văn":
        body.insert(0, "Kính gửi: Trưởng các ấp và các ngành, đoàn thể có liên quan.")
    signer = rng.choice(
        [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["TRƯỞNG PHÒNG"]]
    )
    return Doc(
        organ_lines=organ,
        symbol=symbol,
        place=place,
        date=date,
        type_name=type_name,
        subject_lines=[subject],  # wrapped when drawn
        body=body,
        signer=signer,
        signer_name=rng.choice(NAMES),
        organ=register,
    )


# --------------------------------------------------------------------------------------------
# Drawing


@dataclass
class Fonts:
    regular: str
    bold: str
    italic: str


FONT_SETS = {
    "serif": Fonts("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"),
    "sans": Fonts("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Regular.ttf"),
}


def font(name: str, points: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), px(points))


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and f.getlength(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def fit(text: str, name: str, points: float, width: int) -> ImageFont.FreeTypeFont:
    f = font(name, points)
    while f.getlength(text) > width and points > 9:
        points -= 0.5
        f = font(name, points)
    return f


def centred(
    draw: ImageDraw.ImageDraw, cx: int, y: int, text: str, f: ImageFont.FreeTypeFont
) -> int:
    w = f.getlength(text)
    draw.text((cx - w / 2, y), text, font=f, fill="black")
    return y + round(f.size * 1.35)


def render(doc: Doc, fonts: Fonts, rng: random.Random) -> tuple[Image.Image, Doc]:
    """Draw page 1; returns the image and the doc with subject lines as wrapped."""
    im = Image.new("RGB", PAGE, "white")
    draw = ImageDraw.Draw(im)
    left_cx, left_w = mm(20 + 37), mm(76)
    right_cx, right_w = mm(100 + 50), mm(100)
    top = mm(rng.uniform(15, 22))
    size = rng.choice([12.5, 13, 13.5])

    # Left column: organisation (parent regular, body bold), short rule, number, V/v.
    y = top
    for i, line in enumerate(doc.organ_lines):
        last = i == len(doc.organ_lines) - 1
        f = fit(
            line,
            fonts.bold if last or len(doc.organ_lines) == 1 else fonts.regular,
            size - 0.5,
            left_w,
        )
        y = centred(draw, left_cx, y, line, f)
    rule_y = y + px(size * 0.3)
    draw.line((left_cx - mm(12), rule_y, left_cx + mm(12), rule_y), fill="black", width=3)
    y_number = y + px(size * 1.1)
    f_num = font(fonts.regular, size)
    y = centred(draw, left_cx, y_number, f"Số: {doc.symbol}", f_num)
    if doc.type_name == "Công văn":
        f_vv = font(fonts.regular, size - 1)
        lines = wrap(doc.subject_lines[0], f_vv, left_w - mm(6))
        doc.subject_lines = lines
        y += 4
        for line in lines:
            y = centred(draw, left_cx, y, line, f_vv)
    left_bottom = y

    # Right column: motto, rule, place and date.
    y = top
    nation = "ĐẢNG CỘNG SẢN VIỆT NAM" if doc.party else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    y = centred(draw, right_cx, y, nation, fit(nation, fonts.bold, size - 0.5, right_w))
    motto = "Độc lập - Tự do - Hạnh phúc"
    f_motto = font(fonts.bold, size + 0.5)
    if not doc.party:
        y = centred(draw, right_cx, y, motto, f_motto)
    half = f_motto.getlength(motto) / 2
    rule_y = y + px(size * 0.3)
    draw.line((right_cx - half, rule_y, right_cx + half, rule_y), fill="black", width=3)
    date_line = _date_words(doc.place, *doc.date)
    f_date = fit(date_line, fonts.italic, size, right_w)
    centred(draw, right_cx, y_number, date_line, f_date)

    # Title and subject (not for công văn), then body.
    y = max(left_bottom, y_number + px(size * 1.4)) + px(size * 1.6)
    page_cx = (mm(30) + PAGE[0] - mm(15)) // 2
    body_left, body_w = mm(30), PAGE[0] - mm(30) - mm(15)
    if doc.type_name != "Công văn":
        f_title = font(fonts.bold, size + 1)
        y = centred(draw, page_cx, y, doc.type_name.upper(), f_title)
        f_subj = font(fonts.bold, size)
        lines = wrap(doc.subject_lines[0], f_subj, mm(120))
        doc.subject_lines = lines
        for line in lines:
            y = centred(draw, page_cx, y, line, f_subj)
        rule_y = y + px(size * 0.3)
        draw.line((page_cx - mm(15), rule_y, page_cx + mm(15), rule_y), fill="black", width=3)
        y += px(size * 1.6)
        if doc.type_name == "Quyết định":
            y = centred(
                draw,
                page_cx,
                y,
                doc.signer[0].replace("TM. ", "").replace("KT. ", "")
                if "ỦY" in doc.signer[0]
                else "CHỦ TỊCH ỦY BAN NHÂN DÂN",
                font(fonts.bold, size),
            )
            y += px(size * 0.6)
    f_body = font(fonts.regular, size + 0.5)
    for paragraph in doc.body:
        lines = wrap(paragraph, f_body, body_w - mm(10))
        for k, line in enumerate(lines):
            draw.text((body_left + (mm(10) if k == 0 else 0), y), line, font=f_body, fill="black")
            y += round(f_body.size * 1.4)
        y += px(6)

    # Signer block at the right; "Nơi nhận" at the left.
    y += px(10)
    sig_top = y
    f_sig = font(fonts.bold, size)
    for line in doc.signer:
        y = centred(draw, right_cx, y, line, f_sig)
    y += mm(28)
    centred(draw, right_cx, y, doc.signer_name, f_sig)
    f_small = font(fonts.regular, 11)
    draw.text(
        (mm(30), sig_top),
        "Nơi nhận:",
        font=font(fonts.bold if fonts.italic.endswith("Italic.ttf") else fonts.bold, 12),
        fill="black",
    )
    for k, item in enumerate(["- Như trên;", "- Lưu: VT."]):
        draw.text((mm(30), sig_top + px(16) * (k + 1)), item, font=f_small, fill="black")
    im.info["signature_box"] = (right_cx, sig_top, y)  # for the noisy variant
    return im, doc


def stamp(size: int, rng: random.Random, fonts: Fonts) -> Image.Image:
    """A red round seal on a transparent layer."""
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    red = (200 + rng.randint(0, 40), 20, 30, 200)
    draw.ellipse((4, 4, size - 4, size - 4), outline=red, width=10)
    draw.ellipse((40, 40, size - 40, size - 40), outline=red, width=4)
    f = font(fonts.bold, 9)
    text = "ỦY BAN NHÂN DÂN * TỈNH TIỀN GIANG * "
    r = size / 2 - 28
    for k, ch in enumerate(text):
        angle = 2 * math.pi * k / len(text) - math.pi / 2
        cx, cy = size / 2 + r * math.cos(angle), size / 2 + r * math.sin(angle)
        draw.text((cx, cy), ch, font=f, fill=red, anchor="mm")
    star = [
        (
            size / 2
            + (size * (0.12 if k % 2 == 0 else 0.05)) * math.cos(math.pi * k / 5 - math.pi / 2),
            size / 2
            + (size * (0.12 if k % 2 == 0 else 0.05)) * math.sin(math.pi * k / 5 - math.pi / 2),
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=red)
    return layer


def scribble(width: int, height: int, rng: random.Random) -> Image.Image:
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    points = []
    for k in range(40):
        t = k / 39
        x = t * width * 0.9 + width * 0.05
        y = height / 2 + math.sin(t * rng.uniform(8, 14)) * height * 0.35 + rng.uniform(-10, 10)
        points.append((x, y))
    draw.line(points, fill=(20, 40, 190, 230), width=6, joint="curve")
    return layer


def noisy(im: Image.Image, rng: random.Random, fonts: Fonts) -> Image.Image:
    cx, top, bottom = im.info["signature_box"]
    im = im.convert("RGBA")
    seal = stamp(mm(36), rng, fonts)
    im.alpha_composite(seal, (int(cx - mm(36) * 0.9), int(top + mm(2))))
    sig = scribble(mm(60), mm(22), rng)
    im.alpha_composite(sig, (int(cx - mm(25)), int(top + mm(8))))
    if rng.random() < 0.25:
        # A hanging seal ("dấu treo") over the left part of the header.
        im.alpha_composite(stamp(mm(30), rng, fonts), (mm(2), mm(8)))
    im = im.convert("RGB")
    im = im.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor="white")
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
    noise = Image.effect_noise(im.size, rng.uniform(30, 50)).convert("RGB")
    im = Image.blend(im, noise, 0.12)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=60, dpi=(DPI, DPI))
    return Image.open(io.BytesIO(buf.getvalue()))


def encode(im: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=92, dpi=(DPI, DPI))
    else:
        im.save(buf, "PNG", dpi=(DPI, DPI))
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# Scoring


def normalise(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass
class Case:
    index: int
    variant: str
    font: str
    data: bytes
    expected: dict[str, str]


def build_cases(n: int, seed: int) -> list[Case]:
    rng = random.Random(seed)
    cases = []
    for i in range(n):
        doc = make_doc(rng)
        font_name = "serif" if i % 2 == 0 else "sans"
        fonts = FONT_SETS[font_name]
        clean, doc = render(doc, fonts, rng)
        expected = doc.expected()
        cases.append(Case(i, "clean", font_name, encode(clean, "PNG"), expected))
        dirty = noisy(clean, rng, fonts)
        buf = io.BytesIO()
        dirty.save(buf, "JPEG", quality=60, dpi=(DPI, DPI))
        cases.append(Case(i, "noisy", font_name, buf.getvalue(), expected))
    return cases


def known_organs() -> list[str]:
    """Every issuing body the generator can draw, as a register that has seen them writes it."""
    names = [f"UBND xã {c}" for c in COMMUNES] + [f"UBND huyện {d}" for d in DISTRICTS]
    return names + sorted(set(REGISTER_NAMES.values()))


KNOWN = known_organs()


def run_case(case: Case) -> dict[str, str]:
    text = ocr_text_only(case.data, max_pages=1).text
    found = extract_fields(text).to_dict()
    got = {name: normalise(found[name]["value"]) for name in FIELDS}
    with_known = extract_fields(text, known_organs=KNOWN).to_dict()
    got["organ_name+known"] = normalise(with_known["organ_name"]["value"])
    got["__text__"] = text
    return got


def score(cases: list[Case], results: list[dict[str, str]]
          ) -> tuple[dict[str, dict[str, list[int]]], list[tuple[Case, str, str, str]]]:
    """Per variant and field: [exact, total]; and the misses."""
    table: dict[str, dict[str, list[int]]] = {}
    errors: list[tuple[Case, str, str, str]] = []
    for case, got in zip(cases, results, strict=True):
        for variant, organ_key in (
            (case.variant, "organ_name"),
            (case.variant + "+known", "organ_name+known"),
        ):
            row = table.setdefault(variant, {name: [0, 0] for name in FIELDS})
            for name in FIELDS:
                value = got[organ_key] if name == "organ_name" else got[name]
                ok = value == normalise(case.expected[name])
                row[name][0] += ok
                row[name][1] += 1
                if ok:
                    continue
                if organ_key == "organ_name":
                    errors.append((case, name, case.expected[name], value))
                elif name == "organ_name":
                    errors.append((case, "organ_name+known", case.expected[name], value))
    return table, errors


def rows(n: int = 20, seed: int = 1, jobs: int = 2) -> list[tuple[str, str, str, str, str]]:
    """The accuracy rows of docs/benchmarks.md (``python -m bench``)."""
    cases = build_cases(n, seed)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(pool.map(run_case, cases))
    table, _errors = score(cases, results)
    out = []
    for variant, target in (("clean", "≥ 95% (clean 300 dpi)"), ("noisy", "≥ 85% (noisy)"),
                            ("noisy+known", "—")):
        row = table[variant]
        ok = sum(row[f][0] for f in FIELDS)
        total = sum(row[f][1] for f in FIELDS)
        fields = ", ".join(f"{f} {100 * row[f][0] / row[f][1]:.0f}%" for f in FIELDS)
        out.append((f"fields read from the first page, {variant}, {n} pages ({fields})",
                    f"{100 * ok / total:.1f}% exact", "—", "—", target))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20, help="documents per set (default 20)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2, help="pages read in parallel")
    parser.add_argument("--save", type=Path, help="write the page images and OCR text here")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)

    started = time.monotonic()
    cases = build_cases(args.n, args.seed)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(run_case, cases))
    elapsed = time.monotonic() - started

    table, errors = score(cases, results)
    for case, got in zip(cases, results, strict=True):
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            ext = "png" if case.variant == "clean" else "jpg"
            (args.save / f"{case.index:03d}-{case.variant}.{ext}").write_bytes(case.data)
            (args.save / f"{case.index:03d}-{case.variant}.txt").write_text(
                got["__text__"], encoding="utf-8"
            )

    print(
        f"Trang thử: {args.n} sạch + {args.n} nhiễu, 300 dpi, seed {args.seed}, {elapsed:.0f} s\n"
    )
    print("(+known: organ_name matched against the registry's known organisations)\n")
    print("| Bộ | " + " | ".join(FIELDS) + " | Tất cả trường |")
    print("|---|" + "---|" * (len(FIELDS) + 1))
    for variant in ("clean", "noisy", "clean+known", "noisy+known"):
        row = table.get(variant, {})
        cells = [f"{100 * ok / total:.0f}%" for ok, total in (row[name] for name in FIELDS)]
        ok_all = sum(row[name][0] for name in FIELDS)
        total_all = sum(row[name][1] for name in FIELDS)
        print(f"| {variant} | " + " | ".join(cells) + f" | **{100 * ok_all / total_all:.1f}%** |")
    if args.show_errors:
        print()
        for bad_case, name, want, value in errors:
            print(
                f"- {bad_case.index:03d} {bad_case.variant} {bad_case.font} {name}: "
                f"want {want!r} got {value!r}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
