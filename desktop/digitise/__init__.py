"""desktop.digitise.inbox."""
