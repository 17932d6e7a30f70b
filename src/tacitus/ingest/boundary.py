"""The failure boundary of one input: an exception no reader foresaw, as the error recording it."""

from __future__ import annotations

import logging

from tacitus.errors import UnexpectedInputError
from tacitus.ingest.names import printable_name

log = logging.getLogger(__name__)
MAX_DETAIL_CHARS = 300


def unexpected_error(origin: str, error: BaseException) -> UnexpectedInputError:
    """``error``, met while reading ``origin``, as an ingest error; its traceback goes to the log
    (call this in the ``except`` block that caught it)."""
    log.debug("reading %s failed with:", origin, exc_info=True)
    detail = printable_name(str(error))[:MAX_DETAIL_CHARS]
    return UnexpectedInputError(origin, f"{type(error).__name__}: {detail}")
