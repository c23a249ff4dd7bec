"""Sample images for tests and demo data: a blue handwritten-looking signature and a red round
commune seal, both PNG with a transparent background.

Run ``python -m signing.samples`` to (re)write ``resources/signing/*.png``.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SIGNING_DIR = RESOURCES / "signing"
SIGNATURE_FILE = SIGNING_DIR / "sample-signature.png"
SEAL_FILE = SIGNING_DIR / "sample-seal.png"
FONT_BOLD = RESOURCES / "fonts" / "NotoSerif-Bold.ttf"

BLUE = (20, 40, 200, 255)
RED = (220, 20, 30, 255)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def signature_png(width: int = 600, height: int = 240) -> bytes:
    """A blue scribble that looks like a handwritten signature, transparent background."""
    scale = 3  # draw large, then downsample for smooth strokes
    w, h = width * scale, height * scale
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    stroke = 7 * scale

    def curve(points: list[tuple[float, float]]) -> None:
        draw.line([(x * w, y * h) for x, y in points], fill=BLUE, width=stroke, joint="curve")

    # a looping capital followed by a flowing tail and an underline flourish
    loop = [
        (0.12 + 0.07 * math.sin(t / 20 * 2 * math.pi), 0.45 - 0.3 * math.cos(t / 20 * 2 * math.pi))
        for t in range(21)
    ]
    curve(loop)
    tail = [
        (0.12 + i * 0.012, 0.55 + 0.18 * math.sin(i / 4.0) * (1 - i / 80)) for i in range(0, 62)
    ]
    curve(tail)
    curve([(0.08, 0.82), (0.3, 0.78), (0.55, 0.8), (0.8, 0.74), (0.93, 0.7)])
    curve([(0.62, 0.3), (0.68, 0.62), (0.74, 0.28), (0.8, 0.6)])
    img = img.resize((width, height), Image.Resampling.LANCZOS)
    return _png(img)


def seal_png(size: int = 600, text: str = "ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ") -> bytes:
    """A red round seal: two rings, the organisation's name around, a star in the middle."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c = size / 2
    r_out = size / 2 - 4
    ring = max(4, size // 60)
    draw.ellipse((c - r_out, c - r_out, c + r_out, c + r_out), outline=RED, width=ring)
    r_in = r_out * 0.66
    draw.ellipse((c - r_in, c - r_in, c + r_in, c + r_in), outline=RED, width=ring // 2 + 1)
    # five-pointed star
    r_star = r_in * 0.55
    pts = []
    for i in range(10):
        rr = r_star if i % 2 == 0 else r_star * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    draw.polygon(pts, fill=RED)
    # text around, upper arc, letters upright relative to the centre
    font_size = int(size * 0.075)
    font = ImageFont.truetype(str(FONT_BOLD), font_size)
    r_text = (r_out + r_in) / 2
    chars = list(text)
    span = math.radians(300)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(chars):
        if ch == " ":
            continue
        a = start + span * (i + 0.5) / len(chars)
        tile = Image.new("RGBA", (font_size * 2, font_size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text(
            (font_size, font_size), ch, font=font, fill=RED, anchor="mm"
        )
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        x = c + r_text * math.cos(a) - tile.width / 2
        y = c + r_text * math.sin(a) - tile.height / 2
        img.alpha_composite(tile, (int(round(x)), int(round(y))))
    return _png(img)


def write_samples(directory: Path = SIGNING_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    sig = directory / SIGNATURE_FILE.name
    seal = directory / SEAL_FILE.name
    sig.write_bytes(signature_png())
    seal.write_bytes(seal_png())
    return [sig, seal]


if __name__ == "__main__":
    for path in write_samples():
        print(path)
