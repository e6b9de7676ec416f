"""Exports and the API read like the pages (issue 16): the summary line, names and places
in the reader's language."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import pytest
from django.core.management import call_command
from django.urls import reverse

from timeline.models import ActorAlias, Event

from .factories import make_actor, make_article, make_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def german_report():
    """A meeting reported in German only: its stored title is German; the actors have the
    names an English report gave them (as `extraction_store` keeps them)."""
    lawrow = make_actor("Sergej Lawrow", country="RU")
    ActorAlias.objects.create(actor=lawrow, text="Sergei Lavrov", language="en", preferred=True)
    wang = make_actor("Wang Yi", country="CN")
    article = make_article(
        "Lawrow trifft Wang Yi in Peking", language="de", published=dt.date(2024, 3, 13),
        outlet="Beispiel-Zeitung",
    )
    return make_event(
        "Lawrow trifft Wang Yi in Peking", actors=[lawrow, wang], date="2024-03-12",
        precision="day", place="Peking", article=article,
    )


def get(client, url: str, lang: str) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    return response.content.decode("utf-8-sig")


def export(client, fmt: str, lang: str, query: str = "") -> str:
    return get(client, f"{reverse('timeline:export', args=[fmt])}?{query}", lang)


def csv_rows(body: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body)))


def test_the_english_csv_of_a_german_report_has_the_english_summary(client, german_report):
    [english] = csv_rows(export(client, "csv", "en"))
    assert english["summary"] == "Sergei Lavrov meets Wang Yi"
    assert english["participants"] == "Sergei Lavrov; Wang Yi"
    assert english["place"] == "Beijing"
    assert english["title"] == "Lawrow trifft Wang Yi in Peking"  # as stored
    [german] = csv_rows(export(client, "csv", "de"))
    assert german["summary"] == "Sergej Lawrow trifft Wang Yi"
    assert german["participants"] == "Sergej Lawrow; Wang Yi" and german["place"] == "Peking"


def test_the_timelinejs_and_calendar_headlines_are_the_readers_summary(client, german_report):
    slide = json.loads(export(client, "json", "en"))["events"][0]
    assert slide["text"]["headline"] == "Sergei Lavrov meets Wang Yi"
    assert "<p>Sergei Lavrov, Wang Yi</p>" in slide["text"]["text"]
    vevent = icalendar.Calendar.from_ical(export(client, "ics", "en")).walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == "Sergei Lavrov meets Wang Yi"
    assert str(vevent["LOCATION"]) == "Beijing"
    german = icalendar.Calendar.from_ical(export(client, "ics", "de")).walk("VEVENT")[0]
    assert str(german["SUMMARY"]) == "Sergej Lawrow trifft Wang Yi"


def test_the_api_gives_the_summary_in_the_readers_language(client, german_report):
    listed = json.loads(get(client, reverse("timeline:api_events"), "en"))["results"][0]
    assert listed["summary"] == "Sergei Lavrov meets Wang Yi"
    assert [p["name"] for p in listed["participants"]] == ["Sergei Lavrov", "Wang Yi"]
    assert listed["place"] == "Beijing"
    one = json.loads(get(client, reverse("timeline:api_event", args=[german_report.pk]), "de"))
    assert one["summary"] == "Sergej Lawrow trifft Wang Yi"
    assert one["title"] == "Lawrow trifft Wang Yi in Peking"


def test_a_reported_statement_keeps_its_words_in_their_language(client):
    speaker = make_actor("Sergej Lawrow", country="RU")
    make_event(
        "Lawrow: Zusammenarbeit", kind=Event.Kind.STATEMENT, actors=[speaker],
        date="2024-03-12", precision="day", quote="Russland und China würden kooperieren.",
        quote_language="de", quote_direct=False,
    )
    [row] = csv_rows(export(client, "csv", "en"))
    assert row["summary"] == "Sergej Lawrow said Russland und China würden kooperieren"


def test_the_export_command_writes_the_summary_in_the_language_asked_for(german_report):
    out = io.StringIO()
    call_command("export_events", "--format", "csv", "--language", "en", stdout=out)
    [row] = csv_rows(out.getvalue().lstrip("\ufeff"))
    assert row["summary"] == "Sergei Lavrov meets Wang Yi"
