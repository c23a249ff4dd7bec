"""Every string the dossier screens translate has its English in ts_dossiers.json, with the same
placeholders (the file is merged into the .ts catalogue)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.translations import assert_catalogue_complete

MODULES = (
    "dossiers/model",
    "dossiers/view",
    "dossiers/form",
    "dossiers/panel",
    "dossiers/form_printing",
    "dossiers/apology",
    "dossiers/steps",
    "dossiers/late_banner",
    "dossiers/window_actions",
)
CATALOGUE = Path(__file__).with_name("ts_dossiers.json")


def test_every_string_has_its_english_with_the_same_placeholders() -> None:
    assert_catalogue_complete(CATALOGUE, MODULES)
