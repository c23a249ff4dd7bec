"""desktop.shell."""
