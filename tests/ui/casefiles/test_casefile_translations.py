"""Every string the case-file screens translate has its English in ts_casefiles.json, with the same
placeholders (the file is merged into the .ts catalogue)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.translations import assert_catalogue_complete

MODULES = (
    "casefiles/panel", "casefiles/files_table", "casefiles/add_dialog", "casefiles/window_actions"
)
CATALOGUE = Path(__file__).with_name("ts_casefiles.json")


def test_every_string_has_its_english_with_the_same_placeholders() -> None:
    assert_catalogue_complete(CATALOGUE, MODULES)
