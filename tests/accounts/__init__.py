"""tests.accounts."""
