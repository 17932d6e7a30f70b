"""End-to-end helpers: a hostile page, a free port, the real server in a subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

# the console script installed beside this interpreter (the venv's bin/)
TACITUS = [str(Path(sys.executable).with_name("tacitus"))]
START_TIMEOUT = 60.0
# The title and body carry script and event-handler payloads as text (escaped in the HTML, so
# they survive extraction as literal "<script>"), and real script tags that extraction drops.
HOSTILE_PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<title>&lt;script&gt;alert("title")&lt;/script&gt; Taliban threaten Pakistan</title>
<meta name="date" content="2021-10-02">
<script>alert("head")</script>
</head><body><article>
<h1>&lt;script&gt;alert("title")&lt;/script&gt; Taliban threaten Pakistan</h1>
<p>The Taliban threatened Pakistan on Saturday &lt;img src=x onerror=alert("body")&gt; after a
border clash near Chaman, officials in Islamabad said.</p>
<p>Pakistan's foreign minister condemned the Taliban &lt;script&gt;alert("body")&lt;/script&gt;
and said the government would close the crossing until the attacks stopped.</p>
<p>Residents of the border town said shops had been shut for two days and that traders feared
further violence in the coming week.</p>
<img src="x" onerror="alert('raw')">
<script>alert("raw")</script>
</article></body></html>
"""


def free_port() -> int:
    """A port nobody listens on at this moment."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def tacitus_command(*arguments: str) -> list[str]:
    """The ``tacitus`` command line as this interpreter runs it."""
    return [*TACITUS, *arguments]


@contextmanager
def running_server(db: Path, *, refresh: float = 0.5) -> Iterator[str]:
    """``tacitus serve`` over ``db`` on a free loopback port; yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = tacitus_command("serve", "--db", str(db), "--host", "127.0.0.1", "--port",
                              str(port), "--refresh", str(refresh))
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"}) as server:
        try:
            deadline = time.monotonic() + START_TIMEOUT
            while True:
                try:
                    if httpx.get(f"{base}/api/status", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if server.poll() is not None or time.monotonic() > deadline:
                    assert server.stderr is not None
                    raise RuntimeError(f"the server did not start: {server.stderr.read()}")
                time.sleep(0.2)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=30)
