"""tests.ui.reports."""
