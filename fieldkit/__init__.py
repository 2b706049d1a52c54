"""FieldKit core: headless, no Qt. Everything the app does is reachable from here and the CLI."""

__version__ = "0.2.0"
