"""Every string the work-list screens translate has its English in ts_processing.json, with the same
placeholders (the file is merged into the .ts catalogue)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.translations import assert_catalogue_complete

MODULES = (
    "processing/model",
    "processing/dialogs",
    "processing/panel",
    "processing/slip",
    "processing/widgets",
    "processing/window_hook",
)
CATALOGUE = Path(__file__).with_name("ts_processing.json")


def test_every_string_has_its_english_with_the_same_placeholders() -> None:
    assert_catalogue_complete(CATALOGUE, MODULES)
