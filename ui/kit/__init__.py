"""ui.kit."""
