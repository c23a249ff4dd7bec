"""The window side of desktop.drafting."""
