"""tests.reports."""
