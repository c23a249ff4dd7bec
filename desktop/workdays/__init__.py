"""desktop.workdays.calendar."""
