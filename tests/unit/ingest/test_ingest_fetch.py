"""URL fetching against a local server on 127.0.0.1; the loopback refusal is tested too."""

from __future__ import annotations

import socket
from datetime import date

import pytest
from ingest_server import LocalServer, Route

from tacitus.errors import (
    AddressRefusedError,
    FetchError,
    InputTooLargeError,
    UnsupportedInputError,
)
from tacitus.ingest import fetch_url, read_sources
from tacitus.ingest.fetch import check_address
from tacitus.model import Article
from tacitus.settings import Settings

BODY = ("The interior minister resigned on Friday after weeks of protests over the handling of "
        "the floods, the prime minister's office said.")
PAGE = (f"<html><head><title>Minister resigns</title></head><body><article><h1>Minister resigns"
        f"</h1><p>{BODY}</p><p>A successor will be named next week, officials said.</p>"
        f"</article></body></html>").encode()
HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_fetches_a_page_with_user_agent(local_server: LocalServer,
                                        local_settings: Settings) -> None:
    local_server.routes["/page"] = Route(PAGE, headers=HTML)
    page = fetch_url(local_server.url("/page"), settings=local_settings)
    assert page.data == PAGE
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert local_server.requests == [("/page", local_settings.user_agent)]


def test_gzip_is_decoded(local_server: LocalServer, local_settings: Settings) -> None:
    local_server.routes["/gz"] = Route(PAGE, headers=HTML, gzip=True)
    assert fetch_url(local_server.url("/gz"), settings=local_settings).data == PAGE


def test_redirects_are_followed_up_to_the_limit(local_server: LocalServer) -> None:
    settings = Settings(allow_private_addresses=True, max_redirects=2, fetch_timeout=5.0)
    local_server.routes["/a"] = Route(status=302, headers={"Location": "/b"})
    local_server.routes["/b"] = Route(status=301, headers={"Location": local_server.url("/page")})
    local_server.routes["/page"] = Route(PAGE, headers=HTML)
    page = fetch_url(local_server.url("/a"), settings=settings)
    assert page.url == local_server.url("/page")
    local_server.routes["/c"] = Route(status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch_url(local_server.url("/c"), settings=settings)


def test_redirect_to_another_scheme_is_refused(local_server: LocalServer,
                                               local_settings: Settings) -> None:
    local_server.routes["/ftp"] = Route(status=302, headers={"Location": "ftp://example.org/x"})
    with pytest.raises(FetchError, match="non-http"):
        fetch_url(local_server.url("/ftp"), settings=local_settings)


@pytest.mark.parametrize("status", [404, 500])
def test_error_status(local_server: LocalServer, local_settings: Settings, status: int) -> None:
    local_server.routes["/err"] = Route(b"nope", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}") as caught:
        fetch_url(local_server.url("/err"), settings=local_settings)
    assert caught.value.reason == "fetch-failed"


def test_size_cap_from_header_and_from_stream(local_server: LocalServer) -> None:
    settings = Settings(allow_private_addresses=True, max_bytes=100, fetch_timeout=5.0)
    local_server.routes["/big"] = Route(b"x" * 500, headers=HTML)
    with pytest.raises(InputTooLargeError, match="announces"):
        fetch_url(local_server.url("/big"), settings=settings)
    # no Content-Length: the cap must be enforced while streaming (gzip makes it small on the wire)
    local_server.routes["/bomb"] = Route(b"x" * 500_000, headers=HTML, gzip=True,
                                         send_length=False)
    with pytest.raises(InputTooLargeError, match="over the cap"):
        fetch_url(local_server.url("/bomb"), settings=settings)


def test_loopback_is_refused_by_default(local_server: LocalServer, settings: Settings) -> None:
    local_server.routes["/page"] = Route(PAGE, headers=HTML)
    with pytest.raises(AddressRefusedError) as caught:
        fetch_url(local_server.url("/page"), settings=settings)
    assert caught.value.reason == "address-refused"
    assert local_server.requests == []


@pytest.mark.parametrize(
    "url",
    ["http://10.0.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
     "http://[::1]/", "http://224.0.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/",
     "http://localhost:8080/"],
)
def test_non_public_addresses_are_refused(settings: Settings, url: str) -> None:
    with pytest.raises(AddressRefusedError):
        check_address(url, origin=url, settings=settings)


def test_a_name_rebound_to_loopback_after_the_check_is_refused(
        local_server: LocalServer, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the first answer is public, the next one points at the local server."""
    local_server.routes["/page"] = Route(PAGE, headers=HTML)
    port = int(local_server.url("/").rsplit(":", 1)[1].split("/", 1)[0])
    answers = iter(["93.184.216.34"] + ["127.0.0.1"] * 10)

    def rebinding_resolver(host: str, *args: object, **kwargs: object) -> list[tuple[object, ...]]:
        assert host == "rebind.example"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_resolver)
    with pytest.raises(AddressRefusedError, match=r"127\.0\.0\.1"):
        fetch_url(f"http://rebind.example:{port}/page", settings=settings)
    assert local_server.requests == []


def test_unresolvable_host(settings: Settings) -> None:
    with pytest.raises(FetchError, match="cannot resolve"):
        check_address("http://no-such-host.invalid/", origin="x", settings=settings)


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "http://"])
def test_only_http_urls(settings: Settings, url: str) -> None:
    with pytest.raises(UnsupportedInputError):
        fetch_url(url, settings=settings)


def test_read_sources_reads_a_page_url(local_server: LocalServer,
                                       local_settings: Settings) -> None:
    local_server.routes["/page"] = Route(PAGE, headers=HTML)
    items = list(read_sources([local_server.url("/page")], settings=local_settings))
    assert len(items) == 1
    article = items[0]
    assert isinstance(article, Article)
    assert article.title == "Minister resigns"
    assert article.text.startswith(BODY)
    assert article.origin == article.url == local_server.url("/page")


def test_read_sources_reads_a_feed_url_and_fetches_teasers(local_server: LocalServer,
                                                          local_settings: Settings) -> None:
    local_server.routes["/page"] = Route(PAGE, headers=HTML)
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Minister resigns</title><link>{local_server.url('/page')}</link>
<pubDate>Fri, 02 Sep 2022 08:00:00 GMT</pubDate><description>A teaser.</description></item>
<item><title>Gone</title><link>{local_server.url('/missing')}</link></item>
</channel></rss>""".encode()
    local_server.routes["/feed"] = Route(feed, headers={"Content-Type": "application/rss+xml"})
    items = list(read_sources([local_server.url("/feed")], settings=local_settings))
    assert len(items) == 2
    article, missing = items
    assert isinstance(article, Article)
    assert article.text.startswith(BODY)
    assert article.date == date(2022, 9, 2)
    assert isinstance(missing, FetchError) and "HTTP 404" in missing.message


def test_read_sources_yields_fetch_errors(local_server: LocalServer, settings: Settings) -> None:
    items = list(read_sources([local_server.url("/x"), "gopher://example.org/"],
                              settings=settings))
    assert [type(item) for item in items] == [AddressRefusedError, UnsupportedInputError]


def test_offline_settings_refuse_every_fetch() -> None:
    with pytest.raises(FetchError, match="network access is off"):
        fetch_url("https://example.org/news", settings=Settings(offline=True))
