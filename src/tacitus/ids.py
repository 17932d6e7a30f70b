"""Stable identifiers: the same input gives the same id on every run and every machine."""

from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: object) -> str:
    """Return ``prefix`` + 16 hex digits of a SHA-256 over the parts, joined unambiguously."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:16]}"


def content_hash(text: str) -> str:
    """Hash of an article's text with whitespace folded, so re-wrapped copies match."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()
