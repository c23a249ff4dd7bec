from __future__ import annotations

from pathlib import Path

import pytest

from tests.interchange.edxml_helpers import EdxmlPki, make_pki


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> EdxmlPki:
    return make_pki(Path(tmp_path_factory.mktemp("edxml-pki")))
