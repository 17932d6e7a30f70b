"""Where the ``tacitus`` loggers write when the command line runs: stderr, never stdout (stdout
carries the JSON, CSV and tables)."""

from __future__ import annotations

import logging
import sys

from tacitus.errors import SettingsError

ROOT_LOGGER = "tacitus"
LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"


class StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is when a record comes (a test runner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # logging must never break the command: report as logging does
            self.handleError(record)


def log_level(*, verbose: bool, quiet: bool) -> int:
    """DEBUG with ``--verbose`` (failures with their tracebacks), ERROR with ``--quiet``, else
    WARNING."""
    if verbose and quiet:
        raise SettingsError("give --verbose or --quiet, not both")
    if verbose:
        return logging.DEBUG
    return logging.ERROR if quiet else logging.WARNING


def configure_logging(level: int) -> None:
    """Send the ``tacitus`` loggers' records at ``level`` and above to stderr, once."""
    logger = logging.getLogger(ROOT_LOGGER)
    logger.setLevel(level)
    if not any(isinstance(handler, StderrHandler) for handler in logger.handlers):
        handler = StderrHandler()
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
