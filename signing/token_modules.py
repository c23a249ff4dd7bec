"""Finding the PKCS#11 modules that Vietnamese signing tokens install, and what is on them.

A USB token comes with a driver that puts a PKCS#11 module (a ``.dll`` in ``System32`` on
Windows, a ``.so`` on Linux) on the machine. Nobody at a commune knows its file name, so at
signing time the program looks for the names below in the usual folders, loads each one found,
and lists the tokens present (label, serial, the certificates with their holder and validity).
A path typed by hand still works (:func:`describe_module`).

Sources of the names (each entry below says which):

[BCY]  Ban Cơ yếu Chính phủ's tokens (the Government CA, ca.gov.vn) use Bit4id's middleware,
       whose PKCS#11 module is ``bit4xpki`` (Windows ``%SystemRoot%\\System32\\bit4xpki.dll``;
       Linux ``/usr/lib/libbit4xpki.so``, as Ubuntu's smart-card documentation names it for
       Bit4id cards; macOS ``libbit4xpki.dylib``, with ``libbit4ipki``/``libbit4opki`` for the
       older iPKI/oPKI cards, as signer4j's ``ForMacStrategy`` lists them); ``gclib`` is listed
       beside it by the VNPT-CA applet [VNPT1] and the web signers [WEB].
[VNPT1] VNPT-CA's "VNPT Token Applet" embed (``<param name="dll">``) in public e-service pages:
       ``vnpt-ca_csp11.dll, VNPT-CA_v34.dll, vnptca_p11_v6.dll, vnpt-ca_cl_v1.dll, gclib.dll,
       viettel-ca_v4.dll``.
[VNPT2] the pkcs11DriverList passed to VNPT's signing plug-in by public integrations:
       ``vnptca_p11_v5.dll, vnptca_p11_v7.dll, vnptca_p11_v8.dll, vnptca_p11_v81.dll,
       vnptca_p11_v10.dll, vnptcav2_p11_v8.dll, VNPTCACardv8csp11.dll``.
[WEB]  the ``pkcs11LibraryNameList`` of a public web signing page (TPBToken): ``viettel-ca.dll,
       viettel-ca_v1.dll, viettel-ca_v2.dll, viettel-ca_v3.dll, BkavCA.dll, st3csp11.dll,
       fpt-ca.dll, fpt-ca-stx.dll, CA2_csp11.dll, CA2_v34.dll, ShuttleCsp11_3003.dll,
       eTPKCS11.dll``.
[NEAC] a public signing tool's list of "Vietnamese public CAs (NEAC-licensed) — the token
       driver installs these in System32": ``viettel-ca_v5.dll, viettel-ca_v6.dll,
       fpt-ca_v4.dll, fpt-ca_v5.dll, BkavCAv2S.dll, Safe-ca_v1.dll, Safe-ca_v2.dll,
       eps2003csp11.dll`` (Feitian ePass2003, the token several CAs hand out) and
       ``Bkav Corporation\\BkavCA Token Manager\\st3csp11.dll`` under Program Files.
[OSC]  OpenSC's own installers and Debian's ``opensc-pkcs11`` package (``opensc-pkcs11.so``,
       ``Program Files\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll``): the free driver
       that also reads ePass2003 tokens.
[SNT]  SafeNet Authentication Client (Thales), which some CAs' eTokens need: ``eTPKCS11.dll``,
       ``libeTPkcs11.so``.

``VANTHU_PKCS11_PATH`` (folders separated by ``;`` on Windows, ``:`` elsewhere) is searched first: an
administrator can point it at a driver kept elsewhere (and the tests at a SoftHSM2 module
installed under one of these names).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath, PurePosixPath, PureWindowsPath

from signing.errors import SigningError

ENV_PATH = "VANTHU_PKCS11_PATH"


@dataclass(frozen=True)
class KnownModule:
    """One module file name and whose tokens it drives."""

    name: str
    vendor: str
    source: str  # the [key] of the module docstring


def _m(vendor: str, source: str, *names: str) -> list[KnownModule]:
    return [KnownModule(n, vendor, source) for n in names]


# Windows: file names in %SystemRoot%\System32 (where the token drivers put them).
WINDOWS_MODULES: tuple[KnownModule, ...] = tuple(
    _m("Ban Cơ yếu Chính phủ (Bit4id)", "BCY", "bit4xpki.dll", "bit4ipki.dll", "bit4opki.dll")
    + _m("Ban Cơ yếu Chính phủ", "VNPT1", "gclib.dll")
    + _m("VNPT-CA", "VNPT1", "vnpt-ca_csp11.dll", "VNPT-CA_v34.dll", "vnptca_p11_v6.dll",
         "vnpt-ca_cl_v1.dll")
    + _m("VNPT-CA", "VNPT2", "vnptca_p11_v10.dll", "vnptca_p11_v81.dll", "vnptca_p11_v8.dll",
         "vnptca_p11_v7.dll", "vnptca_p11_v5.dll", "vnptcav2_p11_v8.dll",
         "VNPTCACardv8csp11.dll")
    + _m("Viettel-CA", "NEAC", "viettel-ca_v6.dll", "viettel-ca_v5.dll")
    + _m("Viettel-CA", "VNPT1", "viettel-ca_v4.dll")
    + _m("Viettel-CA", "WEB", "viettel-ca_v3.dll", "viettel-ca_v2.dll", "viettel-ca_v1.dll",
         "viettel-ca.dll")
    + _m("BKAV-CA", "WEB", "BkavCA.dll", "st3csp11.dll")
    + _m("BKAV-CA", "NEAC", "BkavCAv2S.dll")
    + _m("FPT-CA", "NEAC", "fpt-ca_v5.dll", "fpt-ca_v4.dll")
    + _m("FPT-CA", "WEB", "fpt-ca.dll", "fpt-ca-stx.dll")
    + _m("Safe-CA", "NEAC", "Safe-ca_v2.dll", "Safe-ca_v1.dll")
    + _m("CA2 (Nacencomm)", "WEB", "CA2_csp11.dll", "CA2_v34.dll")
    + _m("Feitian ePass2003 (nhiều CA)", "NEAC", "eps2003csp11.dll")
    + _m("Feitian ePass3003", "WEB", "ShuttleCsp11_3003.dll")
    + _m("SafeNet eToken", "SNT", "eTPKCS11.dll")
)
#: Windows: paths under %ProgramFiles% (drivers that stay in their own folder).
WINDOWS_PROGRAM_FILES: tuple[KnownModule, ...] = tuple(
    _m("BKAV-CA", "NEAC", "Bkav Corporation\\BkavCA Token Manager\\st3csp11.dll")
    + _m("OpenSC", "OSC", "OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll")
)
LINUX_MODULES: tuple[KnownModule, ...] = tuple(
    _m("Ban Cơ yếu Chính phủ (Bit4id)", "BCY", "libbit4xpki.so", "libbit4ipki.so",
       "libbit4opki.so")
    + _m("Ban Cơ yếu Chính phủ", "BCY", "libgclib.so")
    + _m("SafeNet eToken", "SNT", "libeTPkcs11.so")
    + _m("OpenSC (ePass2003 và thẻ khác)", "OSC", "opensc-pkcs11.so")
)
LINUX_DIRS = ("/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/lib/x86_64-linux-gnu",
              "/usr/lib/x86_64-linux-gnu/pkcs11", "/usr/lib/pkcs11", "/usr/lib/bit4id",
              "/usr/lib/opensc")
MAC_MODULES: tuple[KnownModule, ...] = tuple(
    _m("Ban Cơ yếu Chính phủ (Bit4id)", "BCY", "libbit4xpki.dylib", "libbit4ipki.dylib",
       "libbit4opki.dylib", "libgclib.dylib")
    + _m("SafeNet eToken", "SNT", "libeTPkcs11.dylib")
    + _m("OpenSC", "OSC", "opensc-pkcs11.so")
)
MAC_DIRS = ("/usr/local/lib", "/Library/OpenSC/lib", "/opt/homebrew/lib")


def _is_windows(system: str) -> bool:
    return system.startswith("win")


def candidates(system: str | None = None, env: Mapping[str, str] | None = None
               ) -> list[tuple[PurePath, KnownModule]]:
    """Every path where a listed module may be, in the order they are tried."""
    system = system or sys.platform
    env = os.environ if env is None else env
    flavour: type[PurePath] = PureWindowsPath if _is_windows(system) else PurePosixPath
    dirs: list[PurePath]
    if _is_windows(system):
        known, dirs = WINDOWS_MODULES, [
            PureWindowsPath(env.get("SystemRoot", "C:\\Windows"), "System32")]
    elif system == "darwin":
        known, dirs = MAC_MODULES, [PurePosixPath(d) for d in MAC_DIRS]
    else:
        known, dirs = LINUX_MODULES, [PurePosixPath(d) for d in LINUX_DIRS]
    sep = ";" if _is_windows(system) else ":"  # os.pathsep of that platform
    extra = [flavour(d) for d in env.get(ENV_PATH, "").split(sep) if d]
    out: list[tuple[PurePath, KnownModule]] = []
    for folder in [*extra, *dirs]:
        out += [(folder / m.name, m) for m in known]
    if _is_windows(system):
        for var in ("ProgramFiles", "ProgramFiles(x86)"):
            base = PureWindowsPath(env.get(var, "C:\\Program Files"))
            out += [(base / m.name, m) for m in WINDOWS_PROGRAM_FILES]
    return out


@dataclass(frozen=True)
class FoundModule:
    path: str
    vendor: str
    source: str


def find_modules(system: str | None = None, env: Mapping[str, str] | None = None,
                 exists: Callable[[str], bool] = os.path.isfile) -> list[FoundModule]:
    """The listed modules present on this machine (each real file once)."""
    seen: set[str] = set()
    found: list[FoundModule] = []
    for path, known in candidates(system, env):
        text = str(path)
        if not exists(text):
            continue
        real = os.path.realpath(text) if os.path.exists(text) else text
        key = text.lower() if _is_windows(system or sys.platform) else text
        if key in seen:
            continue
        seen.add(key)
        seen.add(real)
        found.append(FoundModule(text, known.vendor, known.source))
    return found


# -- what is on the tokens ------------------------------------------------------------------


@dataclass(frozen=True)
class TokenCertificate:
    holder: str
    issuer: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    key_id: bytes | None
    label: str

    def valid_at(self, at: dt.datetime) -> bool:
        return self.not_before <= at <= self.not_after


@dataclass(frozen=True)
class TokenInfo:
    module: str
    vendor: str
    label: str
    serial: str
    manufacturer: str
    model: str
    certificates: list[TokenCertificate] = field(default_factory=list)


def _text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").strip().rstrip("\x00").strip()


def _certificate(der: bytes, key_id: bytes | None, label: str) -> TokenCertificate | None:
    from asn1crypto import x509 as asn1_x509

    try:
        cert = asn1_x509.Certificate.load(der)
        validity = cert["tbs_certificate"]["validity"]
        return TokenCertificate(
            holder=cert.subject.native.get("common_name", "") or cert.subject.human_friendly,
            issuer=cert.issuer.native.get("common_name", "") or cert.issuer.human_friendly,
            serial=f"{cert.serial_number:x}",
            not_before=validity["not_before"].native,
            not_after=validity["not_after"].native,
            key_id=key_id,
            label=label,
        )
    except (ValueError, TypeError, KeyError):
        return None  # a damaged or unusual certificate object: not offered


def list_tokens(module_path: str, vendor: str = "") -> list[TokenInfo]:
    """The tokens present in the slots of one module, with their certificates (read without a
    PIN: certificates are public objects). Raises :class:`SigningError` ``token_not_found``
    when the module cannot be loaded."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass

    try:
        lib = pkcs11.lib(str(module_path))
        slots = lib.get_slots(token_present=True)
    except (OSError, RuntimeError, pkcs11.PKCS11Error) as exc:
        raise SigningError("token_not_found",
                           f"cannot load PKCS#11 module {module_path}: {exc}") from None
    tokens: list[TokenInfo] = []
    for slot in slots:
        try:
            token = slot.get_token()
        except (RuntimeError, pkcs11.PKCS11Error):
            continue  # pulled out while we looked
        if not token.flags & pkcs11.TokenFlag.TOKEN_INITIALIZED:
            continue  # an empty slot of a soft token, or a blank card: nothing to sign with
        certs: list[TokenCertificate] = []
        try:
            with token.open() as session:
                for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                    try:
                        der = bytes(obj[Attribute.VALUE])
                    except (RuntimeError, pkcs11.PKCS11Error):
                        continue
                    key_id = _attribute(obj, Attribute.ID)
                    label = _text(_attribute(obj, Attribute.LABEL))
                    info = _certificate(der, bytes(key_id) if isinstance(key_id, bytes | bytearray)
                                        and key_id else None, label)
                    if info is not None:
                        certs.append(info)
        except (RuntimeError, pkcs11.PKCS11Error):
            pass  # a token that refuses a public session: still listed, without certificates
        tokens.append(TokenInfo(
            module=str(module_path), vendor=vendor, label=_text(token.label),
            serial=_text(token.serial), manufacturer=_text(token.manufacturer_id),
            model=_text(token.model), certificates=certs,
        ))
    return tokens


def _attribute(obj: object, attribute: object) -> object:
    import pkcs11

    try:
        return obj[attribute]  # type: ignore[index]
    except (KeyError, RuntimeError, pkcs11.PKCS11Error):
        return None


def describe_module(path: str) -> list[TokenInfo]:
    """A module typed by hand: its tokens, as for a found one."""
    return list_tokens(path, vendor="")


def find_tokens(modules: Iterable[FoundModule] | None = None) -> tuple[list[TokenInfo],
                                                                      list[str]]:
    """Every token of every found module, and the modules that could not be loaded (their
    reasons, for the log)."""
    tokens: list[TokenInfo] = []
    problems: list[str] = []
    for module in find_modules() if modules is None else modules:
        try:
            tokens += list_tokens(module.path, module.vendor)
        except SigningError as exc:
            problems.append(f"{module.path}: {exc}")
    return tokens, problems
