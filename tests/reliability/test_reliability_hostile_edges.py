"""Issue #21, the cases outside one ingest run: `code -` and `code --jsonl`, the summary's lines,
a foreign database, the web API's limits and cache, the coding budget and the parse bounds."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient
from hostile import story
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.errors import CodingBudgetError, StoreError
from tacitus.model import Article
from tacitus.nlp import chunks
from tacitus.nlp.chunks import break_long_tokens, parse_bounded, split_text
from tacitus.runners import budget
from tacitus.runners.local import code_batch
from tacitus.settings import Settings
from tacitus.store import open_store
from tacitus.web import SnapshotKeeper, create_app
from tacitus.web.cache import AnswerCache


# 12. stdin is read with the cap files have
def test_code_stdin_stops_at_the_cap() -> None:
    over = b"a" * (Settings().max_bytes + 1)
    result = CliRunner().invoke(app, ["code", "-"], input=over)
    assert result.exit_code == 1
    assert "too-large" in result.output or "over the cap" in result.output


# 14. a year-1 date, invalid UTF-8 and deep nesting in `code --jsonl`: every line answered
def test_code_jsonl_answers_every_line(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_bytes(
        b'{"id": "a", "text": "' + story(1).encode() + b'", "date": "0001-01-01"}\n'
        + b'{"id": "b", "text": "' + story(2).encode() + b' caf\xe9"}\n'
        + b"[" * 200_000 + b"\n"
        + b'{"id": "d", "text": "' + story(3).encode() + b'"}\n')
    result = CliRunner().invoke(app, ["code", "--jsonl", str(records)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["id"] for line in lines] == ["a", "b", 3, "d"]
    assert "error" not in lines[0] and "error" not in lines[1] and "error" not in lines[3]
    assert "nested" in lines[2]["error"]


# 16. a newline in a file name cannot forge a line of the summary
def test_a_name_with_a_newline_stays_on_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x\n  failed: forged.txt").write_text("", encoding="utf-8")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "t.duckdb"),
                                      "--quiet", "--offline"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert not any(line.startswith("  failed: forged") for line in lines)
    assert any("x\\x0a  failed: forged.txt" in line for line in lines)
    assert any("caf\\xe9.txt" in line for line in lines)


# 17. another program's DuckDB file is refused; an empty one is fine
def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "other.duckdb"
    with duckdb.connect(str(foreign)) as connection:
        connection.execute("CREATE TABLE accounts (id INTEGER)")
    with pytest.raises(StoreError, match="not a Tacitus database"):
        open_store(foreign)
    with duckdb.connect(str(foreign), read_only=True) as connection:
        tables = connection.execute("SELECT table_name FROM information_schema.tables").fetchall()
    assert tables == [("accounts",)]
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with open_store(empty) as store:
        assert store.counts().get("articles", 0) == 0


def test_ingest_refuses_a_foreign_database(tmp_path: Path) -> None:
    foreign = tmp_path / "other.duckdb"
    with duckdb.connect(str(foreign)) as connection:
        connection.execute("CREATE TABLE accounts (id INTEGER)")
    text = tmp_path / "story.txt"
    text.write_text("Arrests\n\n" + story(4), encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(text), "--db", str(foreign), "--quiet",
                                      "--offline"])
    assert result.exit_code != 0
    assert "not a Tacitus database" in result.output


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "web.duckdb"
    open_store(db).close()
    keeper = SnapshotKeeper(db, workdir=tmp_path)
    with TestClient(create_app(keeper, refresh_seconds=None)) as test_client:
        yield test_client
    keeper.close()


# 15. out-of-range numbers are 422, and no error body names a path or SQL
@pytest.mark.parametrize("query", ["offset=9223372036854775808", "offset=-1",
                                   "limit=9223372036854775808", "offset=1e400"])
def test_out_of_range_numbers_are_refused(client: TestClient, query: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422
    assert "/" not in response.json()["detail"].replace("/api", "")


def test_a_database_error_names_no_path_or_sql(client: TestClient,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from tacitus.web import views

    def broken(*_args: object, **_kwargs: object) -> object:
        raise StoreError("the query failed: /srv/secret/tacitus.duckdb: SELECT * FROM events")

    monkeypatch.setattr(views, "read", broken)
    response = client.get("/api/actors")
    assert response.status_code == 503
    assert "secret" not in response.text and "SELECT" not in response.text


# 13. the answer cache keys on known parameters and is bounded in bytes
def test_unknown_parameters_share_one_cached_answer(client: TestClient) -> None:
    first = client.get("/api/events?limit=5&junk=1")
    assert first.headers["X-Cache"] == "miss"
    for number in range(2, 40):
        assert client.get(f"/api/events?limit=5&junk={number}").headers["X-Cache"] == "hit"
    assert client.get("/api/events?limit=6").headers["X-Cache"] == "miss"


def test_the_cache_is_bounded_in_bytes() -> None:
    cache = AnswerCache(1_000, max_bytes=10_000)
    for number in range(100):
        cache.put((0, f"/api/x?{number}"), b"x" * 900)
    assert cache.stored_bytes <= 10_000
    assert cache.get((0, "/api/x?99")) is not None
    assert cache.get((0, "/api/x?0")) is None


# 7. a too-costly article fails with a reason instead of holding the run
class EndlessCoder:
    def code_many(self, articles: list[Article]) -> Iterator[object]:
        while True:
            time.sleep(0.01)
        yield  # pragma: no cover

    def code(self, article: Article) -> object:
        while True:
            time.sleep(0.01)


def test_coding_past_the_budget_fails_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "BASE_SECONDS", 0.3)
    monkeypatch.setattr(budget, "SECONDS_PER_CHAR", 0.0)
    article = Article(id="art_1", title="t", text=story(5), content_hash="h", origin="slow.txt")
    started = time.perf_counter()
    coded, failures = code_batch(EndlessCoder(), [article],  # type: ignore[arg-type]
                                 on_failure=lambda *_: None)
    assert time.perf_counter() - started < 5
    assert not coded and failures[0].reason.startswith(CodingBudgetError.reason)


# 8 and 11. the parser sees short tokens, pieces and bounded batches; the text stays the same
def test_long_tokens_are_broken_without_moving_a_character() -> None:
    text = "Talks " + "=" * 20_000 + " ended " + "x" * 500 + "."
    broken = break_long_tokens(text)
    assert len(broken) == len(text)
    assert max(len(word) for word in broken.split()) <= 64
    assert broken.startswith("Talks ========") and broken.endswith("x.")


def test_a_long_text_is_parsed_in_pieces_into_one_doc(
        nlp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    # the bounds scaled down a hundredfold, so that the test parses little
    monkeypatch.setattr(chunks, "PIECE_CHARS", 1_000)
    monkeypatch.setattr(chunks, "BATCH_CHARS", 2_000)
    paragraph = story(6) + "\n\n"
    texts = [paragraph * 20, "Short. " + story(7), paragraph * 3]
    pieces = split_text(texts[0])
    assert "".join(pieces) == texts[0] and len(pieces) > 3
    assert all(len(piece) <= 1_000 for piece in pieces)
    docs = list(parse_bounded(nlp, texts))  # type: ignore[arg-type]
    assert [doc.text for doc in docs] == texts
    assert sum(1 for _ in docs[0].sents) >= 40
