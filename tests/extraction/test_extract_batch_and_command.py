"""Batch mode and the ``extract`` management command (no database involved)."""
from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.extraction import extract_batch

TEXT_EN = "Foreign Minister Lea Park met President Omar Said in Cairo on Tuesday."
TEXT_DE = "Außenministerin Lea Park traf am Dienstag in Kairo Präsident Omar Said."


def test_batch_keeps_input_order_and_reports_failures_per_item():
    items = [
        {"id": "a", "text": TEXT_EN, "published": "2024-03-06", "language": "en"},
        {"id": "bad-date", "text": TEXT_EN, "published": "06.03.2024"},
        {"id": "fr", "text": TEXT_EN, "published": "2024-03-06", "language": "fr"},
        {"id": "b", "text": TEXT_DE, "published": "2024-03-06"},
    ]
    out = list(extract_batch(items))
    assert [o["id"] for o in out] == ["a", "bad-date", "fr", "b"]
    assert "error" in out[1] and "error" in out[2]
    for ok in (out[0], out[3]):
        assert ok["format"] == "extraction/1"
        meeting = [e for e in ok["events"] if e["kind"] == "meeting"]
        assert meeting and "Omar Said" in meeting[0]["participants"] and len(meeting[0]["participants"]) == 2
        assert meeting[0]["date"] == "2024-03-05"
    assert out[0]["language"] == "en" and out[3]["language"] == "de"


def test_command_prints_the_extraction(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(TEXT_EN, encoding="utf-8")
    stdout = StringIO()
    call_command("extract", str(path), published="2024-03-06", language="en", stdout=stdout)
    out = json.loads(stdout.getvalue())
    assert out["format"] == "extraction/1" and out["published"] == "2024-03-06"
    assert {a["name"] for a in out["actors"]} >= {"Lea Park", "Omar Said"}


def test_command_batch_prints_one_line_per_item(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [{"id": "1", "text": TEXT_EN, "published": "2024-03-06"}, {"id": "2", "text": TEXT_DE, "published": "2024-03-06"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    stdout = StringIO()
    call_command("extract", batch=str(path), stdout=stdout)
    out = [json.loads(x) for x in stdout.getvalue().splitlines()]
    assert [o["id"] for o in out] == ["1", "2", "line 3"]
    assert "invalid JSON" in out[2]["error"] and out[0]["language"] == "en" and out[1]["language"] == "de"


@pytest.mark.parametrize("args, opts, message", [
    (["/no/such/file.txt"], {"published": "2024-03-06"}, "no such file"),
    (["-"], {"published": "6.3.2024"}, "bad --published"),
    (["-"], {"published": "2024-03-06", "language": "fr"}, "unsupported language"),
])
def test_command_errors_are_clear(args, opts, message):
    with pytest.raises(CommandError, match=message):
        call_command("extract", *args, **opts, stdout=StringIO())
