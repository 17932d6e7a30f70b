"""Polling a feed: a conditional GET (ETag / Last-Modified) for URLs, a stat check for files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx

from tacitus.errors import FetchError, InputTooLargeError, UnsupportedInputError
from tacitus.ingest.fetch import (
    CheckedBackend,
    check_address,
    checked_transport,
    deadline,
    total_deadline,
)
from tacitus.ingest.sources import read_file_bytes
from tacitus.ingest.urls import is_http_url
from tacitus.settings import Settings

_CHUNK_BYTES = 65_536


@dataclass(frozen=True, slots=True)
class Validators:
    """What the last poll of a feed returned, sent back so that an unchanged feed is not re-read."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """A feed's bytes and validators, or ``changed=False`` when it did not change."""

    changed: bool
    data: bytes
    validators: Validators


def poll_feed(feed: str, *, validators: Validators, settings: Settings) -> FeedPoll:
    """Fetch ``feed`` (an http(s) URL or a file) unless it is unchanged since ``validators``.

    Raises ``FetchError`` (and the other ``IngestError``s of fetching and reading files) when the
    feed cannot be read.
    """
    if is_http_url(feed):
        return _poll_url(feed, validators=validators, settings=settings)
    if "://" in feed:
        raise UnsupportedInputError(feed, "only http:// and https:// feeds are polled")
    return _poll_file(Path(feed), validators=validators, settings=settings)


def _poll_file(path: Path, *, validators: Validators, settings: Settings) -> FeedPoll:
    try:
        info = path.stat()
    except OSError as error:
        raise FetchError(str(path), f"cannot read the feed file: {error.strerror}") from error
    # a file's "Last-Modified" is its modification time and size
    stamp = f"{info.st_mtime_ns}:{info.st_size}"
    if validators.last_modified == stamp:
        return FeedPoll(changed=False, data=b"", validators=validators)
    data = read_file_bytes(path, origin=str(path), settings=settings)
    return FeedPoll(changed=True, data=data, validators=Validators(last_modified=stamp))


def _poll_url(url: str, *, validators: Validators, settings: Settings) -> FeedPoll:
    if settings.offline:
        raise FetchError(url, "not fetched: network access is off (--offline)")
    headers = {"User-Agent": settings.user_agent}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    # as in fetch_url: no proxies from the environment, every redirect hop and connection
    # checked, a total deadline
    backend = CheckedBackend(origin=url, check=not settings.allow_private_addresses)
    with deadline(backend, origin=url, seconds=total_deadline(settings)), httpx.Client(
            timeout=settings.fetch_timeout, follow_redirects=False, headers=headers,
            trust_env=False,
            transport=checked_transport(origin=url, settings=settings, backend=backend)
    ) as client:
        current = url
        for _hop in range(settings.max_redirects + 1):
            check_address(current, origin=url, settings=settings)
            result = _get(client, current, origin=url, validators=validators, settings=settings)
            if isinstance(result, FeedPoll):
                return result
            current = result
    raise FetchError(url, f"more than {settings.max_redirects} redirects")


def _get(client: httpx.Client, url: str, *, origin: str, validators: Validators,
         settings: Settings) -> FeedPoll | str:
    try:
        with client.stream("GET", url) as response:
            if response.status_code == 304:
                return FeedPoll(changed=False, data=b"", validators=validators)
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(origin, f"HTTP {response.status_code} without a Location")
                return str(response.url.join(location))
            if response.status_code >= 400:
                raise FetchError(origin, f"HTTP {response.status_code} from {url}")
            data = _read_capped(response, origin=origin, limit=settings.max_bytes)
            return FeedPoll(changed=True, data=data, validators=Validators(
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified")))
    except httpx.TimeoutException as error:
        raise FetchError(origin, f"no answer for {settings.fetch_timeout} s") from error
    except httpx.HTTPError as error:
        raise FetchError(origin, f"{type(error).__name__}: {error}") from error
    except httpx.InvalidURL as error:
        raise FetchError(origin, f"invalid URL: {error}") from error


def _read_capped(response: httpx.Response, *, origin: str, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes(_CHUNK_BYTES):
        total += len(chunk)
        if total > limit:
            raise InputTooLargeError(origin, f"the feed is over the cap of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
