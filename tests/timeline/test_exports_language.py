"""Exports and the API read like the pages (issue 16): the summary line, names and places
in the reader's language, and events the text gives no date for in the calendar at the
day they were reported, labelled as such."""

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


@pytest.fixture
def undated_report():
    """A meeting whose text gives no date, reported on 31 May 2018, and a planned one."""
    kim, pompeo = make_actor("Kim Yong Chol", country="KP"), make_actor("Mike Pompeo", country="US")
    article = make_article("Pompeo trifft Kim Yong Chol.", published=dt.date(2018, 5, 31))
    met = make_event("Pompeo trifft Kim Yong Chol", actors=[pompeo, kim], article=article)
    later = make_article("Ein Treffen ist geplant.", published=dt.date(2018, 6, 4))
    planned = make_event(
        "Pompeo will Kim treffen", actors=[pompeo, kim], article=later, status="planned"
    )
    return met, planned


def calendar_events(body: str) -> dict[str, icalendar.Event]:
    found = icalendar.Calendar.from_ical(body).walk("VEVENT")
    return {str(e["UID"]).split("@")[0]: e for e in found}


def test_the_calendar_has_an_undated_event_on_the_day_it_was_reported(client, undated_report):
    met, planned = undated_report
    german = calendar_events(export(client, "ics", "de"))
    reported = german[f"event-{met.pk}"]
    assert (reported.decoded("DTSTART"), reported.decoded("DTEND")) == (
        dt.date(2018, 5, 31), dt.date(2018, 6, 1),
    )
    assert str(reported["SUMMARY"]) == "Mike Pompeo trifft Kim Yong Chol (berichtet am 31. Mai 2018)"
    description = str(reported["DESCRIPTION"])
    assert "berichtet am 31. Mai 2018" in description and "nennt kein Datum" in description
    announced = german[f"event-{planned.pk}"]
    assert "(angekündigt am 4. Juni 2018)" in str(announced["SUMMARY"])
    assert str(announced["STATUS"]) == "TENTATIVE"
    english = calendar_events(export(client, "ics", "en"))[f"event-{met.pk}"]
    assert str(english["SUMMARY"]) == "Mike Pompeo meets Kim Yong Chol (reported May 31, 2018)"


def test_the_calendar_and_timelinejs_place_an_undated_event_alike(client, undated_report):
    met, _planned = undated_report
    slides = {s["unique_id"]: s for s in json.loads(export(client, "json", "de"))["events"]}
    slide = slides[f"event-{met.pk}"]
    vevent = calendar_events(export(client, "ics", "de"))[f"event-{met.pk}"]
    assert slide["start_date"] == {"year": 2018, "month": 5, "day": 31}
    assert vevent.decoded("DTSTART") == dt.date(2018, 5, 31)
    assert slide["display_date"] in str(vevent["SUMMARY"])


def test_an_event_without_a_date_or_a_report_stays_out_of_the_calendar(client):
    make_event("Irgendwann, irgendwo", actors=[make_actor("Niemand")])
    assert "BEGIN:VEVENT" not in export(client, "ics", "de")
