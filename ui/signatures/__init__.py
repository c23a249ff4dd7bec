"""ui.signatures."""
