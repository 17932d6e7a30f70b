"""Fetching a URL safely: http(s) only, public addresses only, bounded time, size and redirects."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore
import httpx

from tacitus.errors import (
    AddressRefusedError,
    FetchError,
    InputTooLargeError,
    UnsupportedInputError,
)
from tacitus.ingest.urls import SCHEMES, is_http_url
from tacitus.settings import Settings

_DEFAULT_PORTS = {"http": 80, "https": 443}
_CHUNK_BYTES = 65_536
# a whole fetch may take this many per-read time limits (60 s by default)
DEADLINE_READS = 3
SocketOption = (tuple[int, int, int] | tuple[int, int, bytes | bytearray]
                | tuple[int, int, None, int])


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """The body of a fetched URL, after redirects, with what the server said about it."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def fetch_url(url: str, *, settings: Settings) -> FetchedPage:
    """GET ``url``, following at most ``settings.max_redirects`` redirects, each hop checked.

    Raises ``UnsupportedInputError`` for other schemes, ``AddressRefusedError`` for private,
    loopback, link-local, multicast or reserved hosts (unless allowed), ``InputTooLargeError``
    past ``settings.max_bytes`` and ``FetchError`` for network errors and HTTP error statuses.
    """
    if not is_http_url(url):
        raise UnsupportedInputError(url, "only http:// and https:// URLs can be fetched")
    if settings.offline:
        raise FetchError(url, "not fetched: network access is off (--offline)")
    # The environment's proxy settings are ignored so that the address check sees the real peer.
    backend = CheckedBackend(origin=url, check=not settings.allow_private_addresses)
    with deadline(backend, origin=url, seconds=total_deadline(settings)), httpx.Client(
        timeout=settings.fetch_timeout,
        follow_redirects=False,
        headers={"User-Agent": settings.user_agent},
        trust_env=False,
        transport=checked_transport(origin=url, settings=settings, backend=backend),
    ) as client:
        current = url
        for _hop in range(settings.max_redirects + 1):
            check_address(current, origin=url, settings=settings)
            location = _get(client, current, origin=url, settings=settings)
            if isinstance(location, FetchedPage):
                return location
            current = location
    raise FetchError(url, f"more than {settings.max_redirects} redirects")


def check_address(url: str, *, origin: str, settings: Settings) -> None:
    """Refuse a URL whose scheme is not http(s) or whose host resolves to a non-public address."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES or not parts.hostname:
        raise FetchError(origin, f"refusing to follow a non-http(s) URL: {url}")
    if settings.allow_private_addresses:
        return
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError as error:
        raise FetchError(origin, f"bad port in {url}") from error
    for address in resolve_host(parts.hostname, port, origin=origin):
        if not address.is_global or address.is_multicast:
            raise AddressRefusedError(
                origin, f"{parts.hostname} resolves to a non-public address ({address})")


def resolve_host(
    host: str, port: int, *, origin: str
) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Every address ``host`` resolves to; raise ``FetchError`` when it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(origin, f"cannot resolve host {host!r}: {error}") from error
    addresses = []
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]
        address = ipaddress.ip_address(raw)
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        addresses.append(address)
    return addresses


class CheckedBackend(httpcore.SyncBackend):
    """Connects only to the public address it has just checked, and can cut every connection.

    Checking a host's addresses and then letting the HTTP library resolve the name again leaves a
    window in which a hostile DNS server can answer with a private address (DNS rebinding). Here
    the name is resolved once per connection, every address is checked (unless ``check`` is off),
    and the socket is opened to that very address; TLS still verifies the certificate against the
    host name. ``cut`` shuts every socket opened so far: a read blocked on it returns at once.
    """

    def __init__(self, *, origin: str, check: bool = True) -> None:
        self.origin = origin
        self.check = check
        self.streams: list[httpcore.NetworkStream] = []
        self.was_cut = False

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[SocketOption] | None = None
                    ) -> httpcore.NetworkStream:
        target = host
        if self.check:
            addresses = resolve_host(host, port, origin=self.origin)
            for address in addresses:
                if not address.is_global or address.is_multicast:
                    raise AddressRefusedError(
                        self.origin, f"{host} resolves to a non-public address ({address})")
            if not addresses:
                raise FetchError(self.origin, f"cannot resolve host {host!r}")
            target = str(addresses[0])
        stream = super().connect_tcp(target, port, timeout=timeout, local_address=local_address,
                                     socket_options=socket_options)
        self.streams.append(stream)
        return stream

    def cut(self) -> None:
        self.was_cut = True
        for stream in self.streams:
            raw = stream.get_extra_info("socket")
            if isinstance(raw, socket.socket):
                with contextlib.suppress(OSError):
                    raw.shutdown(socket.SHUT_RDWR)


def checked_transport(*, origin: str, settings: Settings,
                      backend: CheckedBackend | None = None) -> httpx.HTTPTransport:
    """httpx's transport, connecting through ``backend`` (a ``CheckedBackend`` that checks each
    address unless private addresses are allowed)."""
    transport = httpx.HTTPTransport(trust_env=False)
    # httpx takes no network backend, so its connection pool is rebuilt with one
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(trust_env=False),
        network_backend=backend or CheckedBackend(
            origin=origin, check=not settings.allow_private_addresses))
    return transport


def total_deadline(settings: Settings) -> float:
    """Seconds a whole fetch (every redirect, every byte) may take: the per-read time limit
    bounds one silence, this bounds a server that drips a byte at a time."""
    return settings.fetch_timeout * DEADLINE_READS


@contextmanager
def deadline(backend: CheckedBackend, *, origin: str, seconds: float) -> Iterator[None]:
    """Cut ``backend``'s connections after ``seconds``; a fetch cut so raises ``FetchError``."""
    timer = threading.Timer(seconds, backend.cut)
    timer.daemon = True
    timer.start()
    late = FetchError(origin, f"took over the total deadline of {seconds:g} s")
    try:
        yield
    except (FetchError, InputTooLargeError):
        if backend.was_cut:
            raise late from None
        raise
    finally:
        timer.cancel()
    # a body without a length ends where the connection was cut: it is not the whole page
    if backend.was_cut:
        raise late


def _get(client: httpx.Client, url: str, *, origin: str, settings: Settings) -> FetchedPage | str:
    """One hop: the page, or the absolute URL a redirect points to."""
    try:
        with client.stream("GET", url) as response:
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(origin, f"HTTP {response.status_code} without a Location")
                return str(response.url.join(location))
            if response.status_code >= 400:
                raise FetchError(origin, f"HTTP {response.status_code} from {url}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > settings.max_bytes:
                raise InputTooLargeError(
                    origin, f"the server announces {declared} bytes, over the cap of "
                            f"{settings.max_bytes}")
            data = _read_capped(response, origin=origin, limit=settings.max_bytes)
            return FetchedPage(
                url=str(response.url),
                data=data,
                content_type=response.headers.get("content-type", "").split(";", 1)[0]
                .strip().lower(),
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException as error:
        raise FetchError(origin, f"no answer for {settings.fetch_timeout} s") from error
    except httpx.HTTPError as error:
        raise FetchError(origin, f"{type(error).__name__}: {error}") from error
    except httpx.InvalidURL as error:
        raise FetchError(origin, f"invalid URL: {error}") from error


def _read_capped(response: httpx.Response, *, origin: str, limit: int) -> bytes:
    # iter_bytes yields decompressed content, so the cap also bounds gzip bombs.
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes(_CHUNK_BYTES):
        total += len(chunk)
        if total > limit:
            raise InputTooLargeError(origin, f"the response is over the cap of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
