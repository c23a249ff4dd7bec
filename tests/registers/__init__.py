"""tests.registers."""
