"""ui.registers."""
