"""The drafting tests reuse the signing tests' PKI, SoftHSM2 token, images and staffed office."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sign_app"))

from tests.sign_app.conftest import (  # noqa: E402,F401
    _vietnamese,
    app_pki,
    app_token,
    images,
    nss_dir,
    staffed,
    vcli,
)
