"""The command line of the study scripts: gold files to read, any but the real-news test split.

The test split (`test.jsonl`) is never studied: a script that lists errors refuses it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

UNSTUDIED = "test.jsonl"


def studied_gold(description: str, *, list_help: str | None = None) -> argparse.Namespace | None:
    """The parsed arguments (``gold`` paths, and ``list`` when ``list_help`` is given), or
    ``None`` after saying why when one of the paths is the test split."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold", nargs="+", type=Path)
    if list_help is not None:
        parser.add_argument("--list", action="store_true", help=list_help)
    arguments = parser.parse_args()
    if any(path.name == UNSTUDIED for path in arguments.gold):
        print(f"refused: {UNSTUDIED} is never studied", file=sys.stderr)
        return None
    return arguments
