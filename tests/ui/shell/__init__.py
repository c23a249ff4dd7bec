"""tests.ui.shell."""
