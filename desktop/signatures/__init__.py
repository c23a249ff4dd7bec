"""desktop.signatures.service."""
