"""tests.ui.accounts."""
