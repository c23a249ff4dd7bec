"""desktop.backup.service."""
