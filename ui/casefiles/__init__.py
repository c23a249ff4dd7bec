"""The window side of desktop.casefiles."""
