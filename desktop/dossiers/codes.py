"""Dossier codes (mã hồ sơ): the pattern from the settings and its formatting."""

from __future__ import annotations

import datetime as dt

from desktop.core.errors import UserError
from desktop.core.i18n import _
from desktop.kernel.office import Office

DEFAULT_CODE_PATTERN = "{org_code}-{yymmdd}-{seq:04d}"


# -- codes ----------------------------------------------------------------------------------------
def code_pattern(office: Office) -> str:
    """The pattern from the settings (``dossier_code_pattern``) when declared, else the default."""
    try:
        from desktop.core.settings import Settings

        value = Settings(office.location.data_dir).get("dossier_code_pattern")
    except (KeyError, OSError, ValueError):
        return DEFAULT_CODE_PATTERN
    return str(value or DEFAULT_CODE_PATTERN)


def format_code(pattern: str, org_code: str, received: dt.datetime, seq: int) -> str:
    """``{org_code}-{yymmdd}-{seq:04d}`` → ``000.17.22.H56-210531-0001``. Placeholders: org_code,
    yymmdd, yyyymmdd, year, seq."""
    try:
        code = pattern.format(org_code=org_code, yymmdd=received.strftime("%y%m%d"),
                              yyyymmdd=received.strftime("%Y%m%d"), year=received.year, seq=seq)
    except (KeyError, IndexError, ValueError) as exc:
        raise UserError(_("Mẫu mã hồ sơ không hợp lệ: “{pattern}”.", pattern=pattern),
                        str(exc), field="pattern") from None
    if not code or len(code) > 60:
        raise UserError(_("Mẫu mã hồ sơ không hợp lệ: “{pattern}”.", pattern=pattern),
                        field="pattern")
    return code
