"""A JSONL record with a ``pair`` is coded like the same record without one: re-cased when it is
set in capitals, its evidence cut from its own text."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tacitus.cli import app

TEXT = ("RUSSIAN TROOPS ATTACKED UKRAINE ON FRIDAY, THE DEFENCE MINISTRY IN KYIV SAID.\n\n"
        "PRESIDENT ZELENSKY CONDEMNED THE ATTACK AND DEMANDED THAT RUSSIA WITHDRAW ITS FORCES.")


def test_a_record_with_a_pair_is_coded_like_one_without(tmp_path: Path) -> None:
    start, target = TEXT.index("RUSSIAN"), TEXT.index("UKRAINE")
    records = [
        {"id": "plain", "text": TEXT, "date": "2022-03-04"},
        {"id": "pair", "text": TEXT, "date": "2022-03-04",
         "pair": {"source": [start, start + 14], "target": [target, target + 7]}},
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    result = CliRunner().invoke(app, ["code", "--jsonl", str(path)])
    assert result.exit_code == 0, result.output
    plain, paired = (json.loads(line) for line in result.stdout.splitlines())
    event = paired.pop("pair_event")
    # the article differs only by where it was read (file:line)
    assert paired["article"]["origin"].endswith(":2")
    assert {**paired, "id": "plain", "article": plain["article"]} == plain
    assert plain["events"], "the capitals text is re-cased and coded"
    assert event is not None
    assert event["trigger"] == TEXT[event["trigger_start"]:event["trigger_end"]]
