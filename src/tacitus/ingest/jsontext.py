"""JSON from untrusted input, with its nesting bounded."""

from __future__ import annotations

import json
from typing import Any


def parse_json(text: str | bytes) -> Any:
    """The JSON value in ``text``; ``ValueError`` when it is not JSON or nests too deep.

    The JSON decoder recurses once per level: a line of 200,000 ``[`` would otherwise end the run
    with a ``RecursionError``.
    """
    try:
        return json.loads(text)
    except RecursionError as error:
        raise ValueError("JSON nested too deeply") from error
