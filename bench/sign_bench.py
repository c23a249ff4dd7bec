"""Sign and verify latency: VănThư's service vs pyHanko's own CLI, on the same files.

    .venv/bin/python bench/sign_bench.py --repeat 5

Files: a 1-page decision and a ~10 MB PDF (pages of incompressible scan-like images). Key: a
throw-away PKCS#12 from signing.testpki. Each run makes a fresh office (SQLite) in a temp dir.

- app sign: ``desktop.signatures.service.sign_document(..., "copy", KeySpec.pkcs12(...))`` — read from the
  store (hash-checked), sign (SAO Y text stamp in NotoSerif, subset and embedded), write the new
  file to the store (fsync), one write transaction (link, signature record, audit); and the same
  with ``"signer"`` (the signature image at ``--place 1:330,120``). One registered document per
  repetition.
- CLI sign: ``pyhanko sign addsig --field … pkcs12 --passfile … IN OUT P12`` (default text
  stamp); a new process each time, so Python start-up and imports are part of its time.
- app verify: ``desktop.signatures.service.verify_file`` with the test root imported in the trust store.
- CLI verify: ``pyhanko sign validate --trust ca.pem --trust-replace --no-revocation-check`` on
  the same app-signed file (no CRL is imported on the app side either).

The pyHanko CLI lives in the separate ``pyhanko-cli`` package (``pip install pyhanko-cli``).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FONT = ROOT / "resources" / "fonts" / "NotoSerif-Regular.ttf"
PASSWORD = "bench-p12"


def one_page_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("NotoSerif", "", str(FONT))
    pdf.add_page()
    pdf.set_font("NotoSerif", size=13)
    pdf.set_xy(20, 20)
    pdf.cell(80, 6, "ỦY BAN NHÂN DÂN XÃ BÌNH PHÚ", align="C")
    pdf.set_xy(25, 60)
    pdf.multi_cell(160, 7, "QUYẾT ĐỊNH về việc phê duyệt kế hoạch cải cách hành chính năm 2026. "
                   * 6)
    pdf.set_xy(110, 215)
    pdf.multi_cell(80, 6, "CHỦ TỊCH\n\n\n\n\nNguyễn Văn An", align="C")
    return bytes(pdf.output())


def big_pdf(target_bytes: int = 10 * 1024 * 1024) -> bytes:
    """About ``target_bytes``: A4 pages each holding a distinct noisy JPEG (like a colour scan)."""
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("NotoSerif", "", str(FONT))
    total = 0
    n = 0
    while total < target_bytes * 0.97:
        noise = Image.frombytes("RGB", (900, 1270), os.urandom(900 * 1270 * 3))
        buf = io.BytesIO()
        noise.save(buf, format="JPEG", quality=70)
        total += buf.tell()
        n += 1
        pdf.add_page()
        pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=190)
        pdf.set_font("NotoSerif", size=11)
        pdf.set_xy(20, 285)
        pdf.cell(170, 5, f"Trang {n}", align="C")
    return bytes(pdf.output())


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def measure(repeat: int) -> tuple[list[tuple[str, str, float, float | None]], dict[str, int], bool]:
    """(label, operation, app seconds, CLI seconds or None), file sizes, whether the CLI ran."""
    from desktop.accounts.organisation import OrgProfile, initialise
    from desktop.kernel.office import Office
    from desktop.registers.registry import (
        IncomingInput,
        OutgoingInput,
        register_incoming,
        register_outgoing,
    )
    from desktop.signatures.service import KeySpec, parse_place, sign_document, verify_file
    from desktop.signatures.trust import add_trust_root
    from signing import testpki
    from signing.samples import signature_png

    image = signature_png()
    place = parse_place("1:330,120")

    pyhanko = Path(sys.executable).parent / "pyhanko"
    has_cli = pyhanko.exists() or shutil.which("pyhanko") is not None
    pyhanko_cmd = str(pyhanko) if pyhanko.exists() else "pyhanko"

    with tempfile.TemporaryDirectory(prefix="sign-bench-") as tmp_name:
        tmp = Path(tmp_name)
        ca = testpki.make_ca()
        org = testpki.issue_cert(ca, "UBND xã Bình Phú")
        p12 = testpki.write_pkcs12(tmp / "org.p12", org, PASSWORD.encode(), ca)
        # the competent person signs with a certificate issued to the registered signer
        chair_p12 = testpki.write_pkcs12(tmp / "chair.p12", testpki.issue_cert(ca, "Nguyễn Văn An"),
                                         PASSWORD.encode(), ca)
        (tmp / "ca.pem").write_bytes(ca.cert_pem)
        (tmp / "pass.txt").write_text(PASSWORD)

        files = {"1 trang": tmp / "one.pdf", "~10 MB": tmp / "big.pdf"}
        files["1 trang"].write_bytes(one_page_pdf())
        files["~10 MB"].write_bytes(big_pdf())

        office = Office.open(tmp / "data")
        initialise(office, OrgProfile("UBND xã Bình Phú", "UBND", "Bình Phú"), None)
        add_trust_root(office, tmp / "ca.pem")
        key = KeySpec.pkcs12(p12, PASSWORD)
        chair_key = KeySpec.pkcs12(chair_p12, PASSWORD)

        rows: list[tuple[str, str, float, float | None]] = []
        try:
            for label, path in files.items():
                doc_ids = [
                    register_incoming(office, IncomingInput(
                        received="2026-03-02", organ_name="UBND huyện Chợ Gạo",
                        symbol=f"{i + 1}/QĐ-UBND", issued="2026-02-27", type_name="Quyết định",
                        subject=f"Bản số hóa {label} {i}", files=[path],
                    )).id
                    for i in range(repeat + 1)
                ]
                sign_document(office, doc_ids.pop(), "copy", key)  # warm-up (imports, fonts)
                signed: list[bytes] = []
                queue = list(doc_ids)

                def app_sign(queue: list[int] = queue, signed: list[bytes] = signed) -> None:
                    result = sign_document(office, queue.pop(0), "copy", key)
                    signed.append(office.files.read(result.sha256_after))

                t_app_sign = median_time(app_sign, repeat)
                sample = signed[0]
                sample_path = tmp / f"app-signed-{len(rows)}.pdf"
                sample_path.write_bytes(sample)
                assert verify_file(office, sample).ok, "the app's own signature must verify"

                def app_verify(sample: bytes = sample) -> None:
                    verify_file(office, sample)

                t_app_verify = median_time(app_verify, repeat)

                t_cli_sign = t_cli_verify = None
                if has_cli:
                    out = tmp / "cli-signed.pdf"

                    def cli_sign(src: Path = path, out: Path = out) -> None:
                        subprocess.run(
                            [pyhanko_cmd, "sign", "addsig", "--field",
                             "1/330,740,560,800/Sig1", "pkcs12", "--passfile",
                             str(tmp / "pass.txt"), str(src), str(out), str(p12)],
                            check=True, capture_output=True,
                        )

                    def cli_verify(target: Path = sample_path) -> None:
                        res = subprocess.run(
                            [pyhanko_cmd, "sign", "validate", "--trust", str(tmp / "ca.pem"),
                             "--trust-replace", "--no-revocation-check",
                             "--executive-summary", str(target)],
                            capture_output=True, text=True,
                        )
                        if res.returncode != 0:
                            raise RuntimeError(f"pyhanko validate: {res.stdout}{res.stderr}")

                    t_cli_sign = median_time(cli_sign, repeat)
                    t_cli_verify = median_time(cli_verify, repeat)
                # the competent person's signature: the blue signature image at a given place
                out_ids = [
                    register_outgoing(office, OutgoingInput(
                        issued="2026-03-02", type_name="Quyết định", subject=f"{label} {i}",
                        signer_name="Nguyễn Văn An", signer_title="Chủ tịch", files=[path],
                    )).id
                    for i in range(repeat)
                ]

                def app_signer(ids: list[int] = out_ids) -> None:
                    sign_document(office, ids.pop(0), "signer", chair_key, image_png=image,
                                  place=place)

                t_app_signer = median_time(app_signer, repeat)
                rows.append((label, "ký sao y (copy, text stamp)", t_app_sign, t_cli_sign))
                rows.append((label, "ký người có thẩm quyền (signer, image)", t_app_signer,
                             t_cli_sign))
                rows.append((label, "kiểm tra (verify)", t_app_verify, t_cli_verify))
        finally:
            office.close()

        size = {k: v.stat().st_size for k, v in files.items()}
    return rows, size, has_cli


def rows(repeat: int = 5) -> list[tuple[str, str, str, str, str]]:
    """The rows of docs/benchmarks.md (``python -m bench``)."""
    measured, size, _has_cli = measure(max(1, repeat))
    out = []
    for label, op, app, cli in measured:
        target = "verify ≤ 50 ms (1 page)" if "verify" in op else "≤ 1.2× pyHanko CLI"
        out.append((f"{op}, {label} ({size[label] / 1024 / 1024:.1f} MiB)",
                    f"{app * 1000:.0f} ms", f"{cli * 1000:.0f} ms (pyHanko CLI)" if cli else "n/a",
                    f"{app / cli:.2f}×" if cli else "n/a", target))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    repeat = max(1, args.repeat)
    rows, size, has_cli = measure(repeat)
    print(f"Sign/verify latency, median of {repeat} runs "
          f"(1 trang = {size['1 trang'] / 1024:.0f} KiB, ~10 MB = "
          f"{size['~10 MB'] / 1024 / 1024:.1f} MiB)\n")
    print("| file | operation | app service (ms) | pyHanko CLI (ms) | app / CLI |")
    print("|---|---|---:|---:|---:|")
    for label, op, app, cli in rows:
        cli_text = f"{cli * 1000:.0f}" if cli is not None else "n/a"
        ratio = f"{app / cli:.2f}" if cli else "n/a"
        print(f"| {label} | {op} | {app * 1000:.0f} | {cli_text} | {ratio} |")
    if not has_cli:
        print("\npyHanko CLI not found: pip install pyhanko-cli")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
