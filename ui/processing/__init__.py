"""The window side of desktop.processing."""
