"""`load_demo`: the demo articles go through the real pipeline, once."""
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from articles.models import Article
from timeline.models import Actor, Event

pytestmark = pytest.mark.django_db
DEMO = Path(__file__).resolve().parents[2] / "articles" / "demo"


def test_the_demo_files_are_complete():
    files = sorted(DEMO.glob("*.json"))
    assert 4 <= len(files) <= 6
    items = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    assert {item["language"] for item in items} == {"de", "en"}
    for item in items:
        assert item["title"] and item["text"] and "2018" <= item["published"][:4] <= "2024"


def test_it_loads_and_processes_the_demo_articles(capsys):
    call_command("load_demo")
    output = capsys.readouterr().out
    count = len(list(DEMO.glob("*.json")))
    assert f"Imported {count}, resumed 0, duplicates 0, processed {count}" in output
    assert set(Article.objects.values_list("status", flat=True)) == {"done"}
    assert Event.objects.filter(kind="meeting").count() >= count - 1
    assert Event.objects.filter(kind="statement").exists()
    assert Actor.objects.filter(name__in=["Wladimir Putin", "Xi Jinping"]).count() == 2


def test_running_it_again_changes_nothing(capsys):
    call_command("load_demo")
    snapshot = (
        list(Article.objects.values_list("pk", "updated_at")),
        list(Event.objects.values_list("pk", "updated_at")),
        Actor.objects.count(),
    )
    capsys.readouterr()
    call_command("load_demo")
    assert "Imported 0, resumed 0, duplicates 6" in capsys.readouterr().out
    assert snapshot == (
        list(Article.objects.values_list("pk", "updated_at")),
        list(Event.objects.values_list("pk", "updated_at")),
        Actor.objects.count(),
    )
