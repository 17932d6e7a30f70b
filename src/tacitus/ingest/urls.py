"""What counts as a URL Tacitus fetches: http(s) with a host. Light on purpose: reading files and
records needs this test, not the HTTP client (``tacitus.ingest.fetch`` imports httpx)."""

from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = ("http", "https")


def is_http_url(value: str) -> bool:
    """True for an ``http://`` or ``https://`` URL with a host."""
    parts = urlsplit(value)
    return parts.scheme.lower() in SCHEMES and bool(parts.hostname)
