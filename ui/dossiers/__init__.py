"""ui.dossiers."""
