"""Conditional polling of feeds: ETag and Last-Modified over loopback HTTP, stat for files."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tacitus.errors import AddressRefusedError, FetchError
from tacitus.ingest.polling import Validators, poll_feed
from tacitus.settings import Settings

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
LOOPBACK = Settings(allow_private_addresses=True)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/moved.xml":
            self.send_response(301)
            self.send_header("Location", "/etag.xml")
            self.end_headers()
        elif (self.headers.get("If-None-Match") == '"abc"'
              or self.headers.get("If-Modified-Since") == "Wed, 01 May"):
            self.send_response(304)
            self.end_headers()
        elif self.path in ("/etag.xml", "/dated.xml"):
            self.send_response(200)
            self.send_header("ETag" if self.path == "/etag.xml" else "Last-Modified",
                             '"abc"' if self.path == "/etag.xml" else "Wed, 01 May")
            self.send_header("Content-Length", str(len(FEED)))
            self.end_headers()
            self.wfile.write(FEED)
        else:
            self.send_error(503)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["/etag.xml", "/moved.xml"])
def test_runners_poll_etag(base: str, path: str) -> None:
    first = poll_feed(base + path, validators=Validators(), settings=LOOPBACK)
    assert first.changed and first.data == FEED
    assert first.validators == Validators(etag='"abc"')
    again = poll_feed(base + path, validators=first.validators, settings=LOOPBACK)
    assert not again.changed and again.validators == first.validators


def test_runners_poll_last_modified(base: str) -> None:
    first = poll_feed(base + "/dated.xml", validators=Validators(), settings=LOOPBACK)
    assert first.validators == Validators(last_modified="Wed, 01 May")
    assert not poll_feed(base + "/dated.xml", validators=first.validators,
                         settings=LOOPBACK).changed


def test_runners_poll_errors(base: str) -> None:
    with pytest.raises(FetchError, match="HTTP 503"):
        poll_feed(base + "/gone.xml", validators=Validators(), settings=LOOPBACK)
    with pytest.raises(AddressRefusedError):
        poll_feed(base + "/etag.xml", validators=Validators(), settings=Settings())
    with pytest.raises(FetchError, match="offline"):
        poll_feed(base + "/etag.xml", validators=Validators(),
                  settings=Settings(offline=True, allow_private_addresses=True))


def test_runners_poll_file_by_stat(tmp_path: Path) -> None:
    feed = tmp_path / "news.rss"
    feed.write_bytes(FEED)
    first = poll_feed(str(feed), validators=Validators(), settings=Settings())
    assert first.changed and first.data == FEED
    assert not poll_feed(str(feed), validators=first.validators, settings=Settings()).changed
    feed.write_bytes(FEED + b"\n")
    assert poll_feed(str(feed), validators=first.validators, settings=Settings()).changed
    with pytest.raises(FetchError, match="cannot read"):
        poll_feed(str(tmp_path / "missing.rss"), validators=Validators(), settings=Settings())
