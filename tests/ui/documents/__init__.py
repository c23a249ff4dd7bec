"""tests.ui.documents."""
