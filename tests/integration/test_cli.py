"""The command line end to end: ingest into a database, query it back, bad usage exits non-zero."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app

REPO_ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = REPO_ROOT / "examples"

runner = CliRunner()


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "examples.duckdb"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert " new," in result.stdout
    return db


def events_json(db: Path) -> list[dict[str, object]]:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def test_ingesting_twice_adds_nothing(example_db: Path) -> None:
    before = events_json(example_db)
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(example_db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("articles: 0 new,")
    after = events_json(example_db)
    assert before == after


def test_examples_give_events_quotes_and_claims(example_db: Path) -> None:
    for command in ("events", "quotes", "claims"):
        result = runner.invoke(app, [command, "--db", str(example_db), "--format", "json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout), f"no {command} from the examples"


def test_events_filter_by_actor_and_date(example_db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(example_db), "--actor", "USA",
                                 "--since", "2021-09-01", "--until", "2021-09-30",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows
    for row in rows:
        assert "USA" in (row["source"]["code"][:3], (row["target"] or {}).get("code", "")[:3])
        assert "2021-09-01" <= row["date"] <= "2021-09-30"


@pytest.mark.parametrize("output_format", ["table", "csv"])
def test_events_render_as_table_and_csv(example_db: Path, output_format: str) -> None:
    result = runner.invoke(app, ["events", "--db", str(example_db), "--format", output_format])
    assert result.exit_code == 0, result.output
    assert "cameo" in result.stdout


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0
    assert "no database" in result.output


def test_bad_date_is_a_usage_error(example_db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(example_db), "--since", "yesterday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_ingest_logs_bad_inputs_and_keeps_the_good_ones(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "empty.html").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (inputs / "good.txt").write_text(
        "Leaders meet in Geneva\n\nUS President Joe Biden met Russian President Vladimir Putin in "
        "Geneva on Wednesday, the first summit between the two leaders, and they agreed to return "
        "their ambassadors to each other's capitals.\n", encoding="utf-8")
    db = tmp_path / "t.duckdb"
    result = runner.invoke(app, ["ingest", str(inputs), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("articles: 1 new, 0 duplicate, 0 skipped, 2 failed")
    assert "empty.html" in result.stdout and "binary.txt" in result.stdout


def test_code_jsonl_gives_one_line_per_record(tmp_path: Path) -> None:
    records = tmp_path / "in.jsonl"
    records.write_text(
        json.dumps({"id": "a", "text": "Russian troops attacked the Ukrainian city of Kharkiv on "
                    "Monday, officials in Kyiv said.", "date": "2022-02-28"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": "Pakistan Foreign Minister Shah Mahmood Qureshi met "
                      "US Secretary of State Antony Blinken in New York.", "date": "2021-09-23"})
        + "\n", encoding="utf-8")
    result = runner.invoke(app, ["code", "--jsonl", str(records), "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", 2, "c"]
    assert "error" in lines[1]
    assert lines[2]["events"], lines[2]


def test_code_jsonl_on_two_workers_prints_what_one_prints(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # 70 records: three batches of 32, so two forked workers code them; a bad line among them
    actions = ["Chinese warships fired on a Philippine supply boat near a disputed reef on {day}.",
               "The Kenyan president met the Ethiopian prime minister in Nairobi on {day}.",
               "Brazil recalled its ambassador from Israel on {day}, the foreign ministry said."]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    lines = [json.dumps({"id": f"r{number}", "date": "2024-03-04",
                         "text": actions[number % 3].format(day=days[number % 7])})
             for number in range(70)]
    lines[40] = "[not an object]"
    records = tmp_path / "many.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def printed(workers: str) -> list[dict[str, object]]:
        result = runner.invoke(app, ["--verbose", "code", "--jsonl", str(records),
                                     "--workers", workers])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    one = printed("1")
    assert "worker processes" not in caplog.text
    two = printed("2")
    assert "coding on 2 worker processes" in caplog.text
    assert one == two
    assert [line["id"] for line in two] == [f"r{n}" if n != 40 else 41 for n in range(70)]
    assert "error" in two[40] and all("events" in line for n, line in enumerate(two) if n != 40)
    assert sum(bool(line.get("events")) for line in two) >= 60


def test_code_rejects_no_workers(tmp_path: Path) -> None:
    records = tmp_path / "one.jsonl"
    records.write_text(json.dumps({"id": 1, "text": "Talks resumed."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["code", "--jsonl", str(records), "--workers", "0"])
    assert result.exit_code != 0
    assert "--workers must be at least 1" in result.output


def test_installed_command_reports_its_version() -> None:
    tacitus = Path(sys.executable).with_name("tacitus")
    output = subprocess.run([str(tacitus), "--version"], capture_output=True, text=True, check=True)
    assert output.stdout.startswith("tacitus ")
