"""tests.ui.digitise."""
