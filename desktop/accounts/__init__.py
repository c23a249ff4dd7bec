"""desktop.accounts."""
