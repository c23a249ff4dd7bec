"""tests.ui.kit."""
