"""ui.digitise."""
