"""desktop.storage."""
