"""VănThư ui package."""
