"""VănThư signing package."""
