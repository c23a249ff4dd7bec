"""desktop.reports.figures."""
