"""Broken and hostile PDFs made from one valid file, for the corpus test (issue 13).

:func:`generated` returns ``{name: bytes}``; every file is built here, byte by byte, from
:func:`valid_pdf` (a one-page A4 with a text content stream, written with a correct xref so
that each variant breaks exactly one thing). Nothing is random: the same bytes every run.

``python -m tests.hostile.pdfcorpus DIR`` writes them into DIR, to open them by hand.
"""

from __future__ import annotations

import functools
import io
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

_FONTS = b"/Resources<</Font<</F1 5 0 R>>>>"
CONTENT = b"BT /F1 24 Tf 72 720 Td (UBND xa Binh Phu) Tj ET"
FONT = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"


def _stream(dictionary: bytes, data: bytes) -> bytes:
    if b"/Length" not in dictionary:
        dictionary = dictionary[:-2] + b"/Length " + str(len(data)).encode() + b">>"
    return dictionary + b"\nstream\n" + data + b"\nendstream"


def build(objects: dict[int, bytes], trailer: bytes = b"<</Root 1 0 R>>",
          header: bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", xref: bool = True,
          shift: int = 0) -> bytes:
    """A PDF of ``objects`` (number → body) with a classic xref table whose offsets are moved by
    ``shift`` bytes (0: correct); ``trailer`` is the trailer dictionary (``/Size`` added)."""
    out = io.BytesIO()
    out.write(header)
    offsets: dict[int, int] = {}
    for num in sorted(objects):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n")
    start = out.tell()
    if xref:
        size = max(objects) + 1 if objects else 1
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for num in range(1, size):
            if num in offsets:
                out.write(b"%010d 00000 n \n" % (offsets[num] + shift))
            else:
                out.write(b"0000000000 65535 f \n")
    if trailer:
        size_entry = b"/Size %d" % ((max(objects) + 1) if objects else 1)
        out.write(b"trailer\n" + trailer[:-2] + size_entry + b">>\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % start)
    return out.getvalue()


def _objects(content: bytes = CONTENT, *, filters: bytes = b"",
             page_extra: bytes = b"", catalog_extra: bytes = b"",
             pages: bytes = b"<</Type/Pages/Kids[3 0 R]/Count 1>>") -> dict[int, bytes]:
    return {
        1: b"<</Type/Catalog/Pages 2 0 R" + catalog_extra + b">>",
        2: pages,
        3: b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>"
           b"/Contents 4 0 R" + page_extra + b">>",
        4: _stream(b"<<" + filters + b">>", content),
        5: FONT,
    }


def _edited(old: bytes, new: bytes, objects: dict[int, bytes] | None = None) -> bytes:
    """The objects (by default the valid file's) with ``old`` replaced by ``new`` in each, then
    built with a correct xref: the edit is the only thing wrong."""
    objects = _objects() if objects is None else objects
    return build({num: body.replace(old, new) for num, body in objects.items()})


def valid_pdf() -> bytes:
    return build(_objects())


def _flate(data: bytes) -> bytes:
    return zlib.compress(data, 9)


def _encrypted(user: str, owner: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(valid_pdf())))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _jpeg() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (200, 280), 255).save(buf, "JPEG", dpi=(200, 200))
    return buf.getvalue()


def _zip_polyglot() -> bytes:
    """A PDF whose tail is a ZIP archive: ``unzip`` and a PDF reader both accept it."""
    import zipfile

    pdf = valid_pdf()
    buf = io.BytesIO()
    buf.write(pdf)
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("payload.exe", b"MZ" + b"\x00" * 64)
    return buf.getvalue()


def _zip_first() -> bytes:
    """A ZIP archive (with its local header first) whose member is a PDF, stored."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("a.pdf", valid_pdf())
    return buf.getvalue()


def _incremental(base: bytes, objects: dict[int, bytes], prev: int | None,
                 root: bytes = b"1 0 R") -> bytes:
    """``base`` with one incremental update adding ``objects``; ``prev`` is the /Prev written."""
    out = io.BytesIO()
    out.write(base)
    offsets = {}
    for num, body in sorted(objects.items()):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n")
    for num, off in sorted(offsets.items()):
        out.write(b"%d 1\n%010d 00000 n \n" % (num, off))
    size = max([*objects, 5]) + 1
    prev_entry = b"" if prev is None else b"/Prev %d" % prev
    out.write(b"trailer\n<</Size %d/Root " % size + root + prev_entry + b">>\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % start)
    return out.getvalue()


def _startxref(pdf: bytes) -> int:
    return int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])


def _nested(depth: int, open_: bytes, close: bytes) -> bytes:
    return open_ * depth + close * depth


@functools.cache
def _bomb() -> bytes:
    """256 MB of zeros compressed to about 250 kB (made once, when a bomb is first built)."""
    return _flate(b"0" * (256 * 1024 * 1024))


def cases() -> dict[str, Callable[[], bytes]]:
    """Each corpus name and how to make its bytes (nothing is built until called)."""
    v = valid_pdf
    return {
        "valid": v,
        "truncated-10pc": lambda: v()[: len(v()) // 10],
        "truncated-50pc": lambda: v()[: len(v()) // 2],
        "truncated-90pc": lambda: v()[: len(v()) * 9 // 10],
        "truncated-no-eof": lambda: v()[:-7],
        "truncated-mid-xref": lambda: v()[: v().index(b"xref") + 40],
        "garbage-xref": lambda: re.sub(rb"xref\n.*?trailer", b"xref\n0 6\n" + b"\xde\xad\xbe\xef" * 40
                                       + b"\ntrailer", v(), flags=re.S),
        "xref-offsets-shifted": lambda: build(_objects(), shift=7),
        "xref-offsets-past-end": lambda: build(_objects(), shift=10_000_000),
        "startxref-wrong": lambda: v().replace(b"startxref\n%d" % _startxref(v()),
                                               b"startxref\n123"),
        "startxref-huge": lambda: v().replace(b"startxref\n%d" % _startxref(v()),
                                              b"startxref\n99999999999999999999"),
        "no-xref": lambda: build(_objects(), xref=False),
        "missing-trailer": lambda: build(_objects(), trailer=b""),
        "root-missing": lambda: build(_objects(), trailer=b"<</Info 5 0 R>>"),
        "root-not-a-dictionary": lambda: build(_objects(), trailer=b"<</Root 4 0 R>>"),
        "root-dangling": lambda: build(_objects(), trailer=b"<</Root 99 0 R>>"),
        "pages-circular": lambda: build(_objects(pages=b"<</Type/Pages/Kids[2 0 R 3 0 R]/Count 2>>")),
        "parent-circular": lambda: build({
            **_objects(pages=b"<</Type/Pages/Kids[6 0 R]/Count 1>>"),
            6: b"<</Type/Pages/Parent 2 0 R/Kids[2 0 R 6 0 R]/Count 1>>"}),
        "pages-is-a-page": lambda: build(_objects(pages=b"<</Type/Pages/Kids[1 0 R]/Count 1>>")),
        "deep-arrays": lambda: build({**_objects(), 6: _nested(100_000, b"[", b"]")}),
        "deep-dictionaries": lambda: build({**_objects(), 6: _nested(50_000, b"<</A ", b">>")}),
        "deep-pages-tree": lambda: build({
            **_objects(pages=b"<</Type/Pages/Kids[10 0 R]/Count 1>>"),
            **{10 + i: b"<</Type/Pages/Kids[%d 0 R]/Count 1>>" % (11 + i) for i in range(3000)},
            3010: b"<</Type/Page/MediaBox[0 0 595 842]>>"}),
        "huge-count": lambda: build(_objects(pages=b"<</Type/Pages/Kids[3 0 R]/Count 4611686018427387904>>")),
        "negative-count": lambda: build(_objects(pages=b"<</Type/Pages/Kids[3 0 R]/Count -5>>")),
        "negative-object-number": lambda: _edited(b"/Contents 4 0 R",
                                                                    b"/Contents -4 0 R"),
        "huge-object-number": lambda: _edited(b"/Contents 4 0 R",
                                                                b"/Contents 99999999999999 0 R"),
        "huge-generation": lambda: _edited(b"/Contents 4 0 R",
                                                             b"/Contents 4 99999999999 R"),
        "stream-length-too-long": lambda: _edited(b"/Length %d" % len(CONTENT), b"/Length 99999"),
        "stream-length-too-short": lambda: _edited(b"/Length %d" % len(CONTENT), b"/Length 3"),
        "stream-length-negative": lambda: _edited(b"/Length %d" % len(CONTENT), b"/Length -100"),
        "stream-length-dangling": lambda: _edited(b"/Length %d" % len(CONTENT), b"/Length 77 0 R"),
        "stream-length-huge": lambda: _edited(b"/Length %d" % len(CONTENT), b"/Length 99999999999999999999"),
        "no-endstream": lambda: _edited(b"endstream", b""),
        "flate-corrupt": lambda: build(_objects(_flate(CONTENT)[:10] + b"\x00garbage" * 8,
                                                filters=b"/Filter/FlateDecode")),
        "flate-truncated": lambda: build(_objects(_flate(CONTENT * 50)[:-30],
                                                  filters=b"/Filter/FlateDecode")),
        "unknown-filter": lambda: build(_objects(CONTENT, filters=b"/Filter/NoSuchDecode")),
        "filter-chain-long": lambda: build(_objects(
            CONTENT, filters=b"/Filter[" + b"/ASCIIHexDecode" * 2000 + b"]")),
        "bomb-content": lambda: build(_objects(_bomb(), filters=b"/Filter/FlateDecode")),
        "bomb-image": lambda: _bomb_image(_bomb(), hidden=False),
        "bomb-image-behind-duplicate-key": lambda: _bomb_image(_bomb(), hidden=True),
        "bomb-image-indirect-size": lambda: _edited(_FONTS, b"", {
            **_objects(b"q 595 0 0 842 0 0 cm /Im1 Do Q",
                       page_extra=b"/Resources<</XObject<</Im1 6 0 R>>>>"),
            6: _stream(_BOMB_IMAGE.replace(b"/Width 60000/Height 60000",
                                           b"/Width 7 0 R/Height 8 0 R"), _bomb()),
            7: b"60000", 8: b"60000"}),
        "bomb-image-in-form": lambda: _edited(_FONTS, b"", {
            **_objects(b"/Fm1 Do", page_extra=b"/Resources<</XObject<</Fm1 7 0 R>>>>"),
            6: _stream(_BOMB_IMAGE, _bomb()),
            7: _stream(b"<</Type/XObject/Subtype/Form/BBox[0 0 595 842]"
                       b"/Resources<</XObject<</Im1 6 0 R>>>>>>",
                       b"q 595 0 0 842 0 0 cm /Im1 Do Q")}),
        "bomb-metadata": lambda: build(_objects(catalog_extra=b"/Metadata 6 0 R") | {
            6: _stream(b"<</Type/Metadata/Subtype/XML/Filter/FlateDecode>>", _bomb())}),
        "encrypted-user-password": lambda: _encrypted("mat-khau", "chu-so-huu"),
        "encrypted-owner-only": lambda: _encrypted("", "chu-so-huu"),
        "encrypted-bad-dictionary": lambda: build(_objects() | {6: b"<</Filter/Standard/V 99"
                                                                b"/R 99/O(x)/U(y)/P -1>>"},
                                                  trailer=b"<</Root 1 0 R/Encrypt 6 0 R"
                                                          b"/ID[<00><00>]>>"),
        "jpeg-named-pdf": _jpeg,
        "empty": lambda: b"",
        "one-byte": lambda: b"%",
        "header-only": lambda: b"%PDF-1.7\n",
        "header-and-eof": lambda: b"%PDF-1.7\n%%EOF\n",
        "nul-bytes": lambda: b"\x00" * 8192,
        "text-named-pdf": lambda: "Công văn số 15/UBND — không phải PDF.\n".encode() * 20,
        "html-named-pdf": lambda: b"<html><body>%PDF-1.7</body></html>",
        "zero-pages": lambda: build(_objects(pages=b"<</Type/Pages/Kids[]/Count 0>>")),
        "kids-not-an-array": lambda: build(_objects(pages=b"<</Type/Pages/Kids 3 0 R/Count 1>>")),
        "page-without-mediabox": lambda: _edited(b"/MediaBox[0 0 595 842]", b""),
        "mediabox-huge": lambda: _edited(b"/MediaBox[0 0 595 842]",
                                                           b"/MediaBox[0 0 14400000 14400000]"),
        "mediabox-zero": lambda: _edited(b"/MediaBox[0 0 595 842]",
                                                           b"/MediaBox[0 0 0 0]"),
        "mediabox-garbage": lambda: _edited(b"/MediaBox[0 0 595 842]",
                                                              b"/MediaBox[(a) /b null true]"),
        "javascript-names": lambda: build(_objects(catalog_extra=b"/Names<</JavaScript 6 0 R>>") | {
            6: b"<</Names[(x) 7 0 R]>>", 7: b"<</S/JavaScript/JS(app.alert\\('x'\\))>>"}),
        "openaction-launch": lambda: build(_objects(
            catalog_extra=b"/OpenAction<</S/Launch/F(cmd.exe)/Win<</F(cmd.exe)/P(/c calc)>>>>")),
        "openaction-loop": lambda: build(_objects(catalog_extra=b"/OpenAction 6 0 R") | {
            6: b"<</S/JavaScript/JS(1)/Next 6 0 R>>"}),
        "incremental-prev-loop": lambda: _incremental(
            v(), {3: _objects()[3]}, prev=len(v())),  # /Prev points at the update itself
        "incremental-prev-garbage": lambda: _incremental(v(), {3: _objects()[3]}, prev=7),
        "incremental-root-replaced-by-null": lambda: _incremental(v(), {1: b"null"},
                                                                  prev=_startxref(v())),
        "incremental-truncated": lambda: _incremental(v(), {3: _objects()[3]},
                                                      prev=_startxref(v()))[:-60],
        "incremental-updates-many": lambda: _many_updates(300),
        "polyglot-pdf-then-zip": _zip_polyglot,
        "polyglot-zip-then-pdf": _zip_first,
        "object-stream-self-reference": lambda: build({
            **_objects(), 6: _stream(b"<</Type/ObjStm/N 1/First 4/Extends 6 0 R>>", b"7 0 7")}),
        "xref-stream-broken": lambda: _xref_stream_broken(),
    }


_BOMB_IMAGE = (b"<</Type/XObject/Subtype/Image/Width 60000/Height 60000/ColorSpace/DeviceGray"
               b"/BitsPerComponent 8/Filter/FlateDecode>>")


def _bomb_image(bomb: bytes, *, hidden: bool) -> bytes:
    """A page drawing a 60 000 × 60 000 grey image (3.6 gigapixels) from about 250 kB. With
    ``hidden`` the page has /Resources twice: pypdf reads the first (a font), poppler the
    second (the image)."""
    objects = {**_objects(b"q 595 0 0 842 0 0 cm /Im1 Do Q",
                          page_extra=b"/Resources<</XObject<</Im1 6 0 R>>>>"),
               6: _stream(_BOMB_IMAGE, _bomb())}
    return build(objects) if hidden else _edited(_FONTS, b"", objects)


def _many_updates(n: int) -> bytes:
    pdf = valid_pdf()
    for _ in range(n):
        pdf = _incremental(pdf, {5: FONT}, prev=_startxref(pdf))
    return pdf


def _xref_stream_broken() -> bytes:
    body = build(_objects(), xref=False, trailer=b"")
    start = body.rindex(b"startxref")
    head = body[:start]
    xref = _stream(b"<</Type/XRef/Size 7/W[1 4 2]/Root 1 0 R/Filter/FlateDecode>>",
                   _flate(b"\x01\xff\xff\xff\xff\x00\x00" * 7))
    obj = b"6 0 obj\n" + xref + b"\nendobj\n"
    return head + obj + b"startxref\n%d\n%%%%EOF\n" % len(head)


def generated() -> dict[str, bytes]:
    return {name: make() for name, make in cases().items()}


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "hostile-pdfs")
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in generated().items():
        (folder / f"{name}.pdf").write_bytes(data)
    print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
