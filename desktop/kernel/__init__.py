"""desktop.kernel."""
