"""ui.reports."""
