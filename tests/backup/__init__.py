"""tests.backup."""
