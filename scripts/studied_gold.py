"""The command line of the study scripts: gold files to read, any but the unstudied real-news sets.

The test split (`test.jsonl`), the fresh judge of speakers and claims (`fresh.jsonl`) and the
second coding (`double.jsonl`) are never studied: a script that lists errors refuses them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

UNSTUDIED = ("test.jsonl", "fresh.jsonl", "double.jsonl")


def draw_of(record_id: str) -> str:
    """The draw an article's id names (``rn``, ``rt``, ``ru`` on train; one prefix on dev)."""
    return record_id.split("-", 1)[0]


def studied_gold(description: str, *, list_help: str | None = None,
                 cache_help: str | None = None) -> argparse.Namespace | None:
    """The parsed arguments (``gold`` paths, ``list`` when ``list_help`` is given and ``cache``
    when ``cache_help`` is), or ``None`` after saying why when one of the paths is the test
    split."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("gold", nargs="+", type=Path)
    if list_help is not None:
        parser.add_argument("--list", action="store_true", help=list_help)
    if cache_help is not None:
        parser.add_argument("--cache", type=Path, help=cache_help)
    arguments = parser.parse_args()
    refused = [path.name for path in arguments.gold if path.name in UNSTUDIED]
    if refused:
        print(f"refused: {', '.join(refused)} is never studied", file=sys.stderr)
        return None
    return arguments
