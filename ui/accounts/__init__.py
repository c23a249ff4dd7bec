"""ui.accounts."""
