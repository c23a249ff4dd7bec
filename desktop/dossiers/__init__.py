"""desktop.dossiers.service."""
