"""The window side of desktop.interchange."""
