"""ui.documents."""
