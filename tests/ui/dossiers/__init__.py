"""tests.ui.dossiers."""
