"""The JSON API under concurrent load: N clients for S seconds on loopback, no errors allowed.

    .venv/bin/python benchmarks/bench_api_load.py [--db PATH] [--clients 50] [--seconds 30]
                                                  [--max-requests 200000] [--cache-size N]

Starts the real server (`tacitus serve`) on a free 127.0.0.1 port over --db (default: a fresh
database ingested from examples/), then runs --clients concurrent clients (one httpx async
connection each) that cycle through a fixed mix of API calls — filtered and searched event
pages, event details, actor profiles, dyad series, actors, quotes, claims, articles — until
--seconds have passed or --max-requests were sent. Prints requests, errors, requests per second
and latency percentiles; exits 1 if any request failed or answered other than 200.
--cache-size is passed to `tacitus serve` (0 switches the per-snapshot answer cache off, so every
request runs its queries).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
TACITUS = str(Path(sys.executable).with_name("tacitus"))
TIMEOUT = 30.0


def build_examples_db(folder: Path) -> Path:
    db = folder / "examples.duckdb"
    subprocess.run([TACITUS, "ingest", str(REPO / "examples"), "--db", str(db), "--offline",
                    "--quiet"], check=True, capture_output=True)
    return db


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("the server exited before answering")
        try:
            if httpx.get(f"{base}/api/status", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not answer within 60 s")


def request_mix(base: str) -> list[str]:
    """The API calls each client cycles through, with ids and codes taken from the database."""
    events = httpx.get(f"{base}/api/events", params={"limit": 5}).json()["items"]
    dyads = httpx.get(f"{base}/api/dyads", params={"limit": 3}).json()["items"]
    articles = httpx.get(f"{base}/api/articles", params={"limit": 3}).json()["items"]
    mix = ["/api/events?limit=20", "/api/events?q=said&limit=20", "/api/events?root=04&limit=20",
           "/api/actors?limit=20", "/api/quotes?limit=20", "/api/claims?limit=20",
           "/api/articles?limit=20", "/api/status"]
    mix += [f"/api/events/{event['id']}" for event in events]
    mix += [f"/api/dyads/{dyad['a']}/{dyad['b']}/series" for dyad in dyads]
    mix += [f"/api/actors/{dyad['a']}/profile" for dyad in dyads]
    mix += [f"/api/articles/{article['id']}" for article in articles]
    return mix


async def client_loop(client: httpx.AsyncClient, mix: list[str], offset: int, deadline: float,
                      budget: list[int], latencies: list[float], errors: list[str]) -> None:
    index = offset
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        url = mix[index % len(mix)]
        index += 1
        started = time.perf_counter()
        try:
            response = await client.get(url)
            if response.status_code != 200:
                errors.append(f"{url}: HTTP {response.status_code}")
        except httpx.HTTPError as error:
            errors.append(f"{url}: {error!r}")
        latencies.append(time.perf_counter() - started)


async def run_load(base: str, *, clients: int, seconds: float,
                   max_requests: int) -> tuple[list[float], list[str], float]:
    mix = request_mix(base)
    latencies: list[float] = []
    errors: list[str] = []
    budget = [max_requests]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT, limits=limits) as client:
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(*(client_loop(client, mix, number, deadline, budget, latencies,
                                           errors) for number in range(clients)))
        elapsed = time.monotonic() - started
    return latencies, errors, elapsed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--cache-size", type=int, default=1024)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tacitus-load-") as folder:
        db = options.db or build_examples_db(Path(folder))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        command = [TACITUS, "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
                   "--cache-size", str(options.cache_size)]
        with subprocess.Popen(command, stdout=subprocess.DEVNULL) as server:
            try:
                wait_until_up(base, server)
                latencies, errors, elapsed = asyncio.run(run_load(
                    base, clients=options.clients, seconds=options.seconds,
                    max_requests=options.max_requests))
            finally:
                server.terminate()
                server.wait(timeout=30)
    count = len(latencies)
    print(f"{options.clients} clients, cache {options.cache_size}, {elapsed:.1f} s, "
          f"{count} requests, {len(errors)} errors, {count / elapsed:.0f} requests/s")
    print(f"latency ms: p50 {percentile(latencies, 0.50) * 1000:.1f}, "
          f"p90 {percentile(latencies, 0.90) * 1000:.1f}, "
          f"p99 {percentile(latencies, 0.99) * 1000:.1f}, max {max(latencies) * 1000:.1f}, "
          f"mean {statistics.fmean(latencies) * 1000:.1f}")
    for error in errors[:10]:
        print(f"  {error}")
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
