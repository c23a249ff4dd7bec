"""desktop.registers."""
