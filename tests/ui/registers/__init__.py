"""tests.ui.registers."""
