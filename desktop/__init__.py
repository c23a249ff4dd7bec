"""VănThư application core: services shared by the CLI and the Qt window."""

__version__ = "0.1.0"
