"""The command line: ``tacitus`` and its commands (``app``), started by ``main``."""

from tacitus.cli.app import app, main

__all__ = ["app", "main"]
