"""VănThư models package."""
