"""tests.ui.signatures."""
