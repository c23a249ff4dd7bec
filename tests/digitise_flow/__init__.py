"""tests.digitise_flow."""
