"""Exports of the filtered timeline: TimelineJS 3 JSON, CSV and iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import pytest
from django.urls import reverse

from timeline.models import Event

from .factories import make_event, make_korea_2018

pytestmark = pytest.mark.django_db


@pytest.fixture
def korea():
    return make_korea_2018()


def download(client, name: str, query: str = "") -> tuple[object, str]:
    response = client.get(f"{reverse(name)}?{query}", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    return response, b"".join(response.streaming_content).decode("utf-8")


def test_timelinejs_json(client, korea):
    response, body = download(client, "timeline:export_json")
    assert response["Content-Type"] == "application/json"
    data = json.loads(body)
    assert data["title"]["text"]["headline"] == "Chronologie"
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    # Dated public events only: 14 public, one undated.
    assert len(slides) == 13
    ny = korea["by_title"][("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")]
    slide = slides[f"event-{ny.pk}"]
    assert slide["start_date"] == {"year": 2018, "month": 5, "day": 30}
    assert slide["text"]["headline"] == "Mike Pompeo trifft Kim Yong Chol"
    assert "Mike Pompeo, Kim Yong Chol" in slide["text"]["text"]
    assert f"http://testserver/events/{ny.pk}/" in slide["text"]["text"]
    assert slide["group"] == "Treffen" and slide["display_date"] == "30. Mai 2018"
    # Only what is known: a month has no day, a year no month; a week spans Monday-Sunday.
    september = korea["by_title"][("Moon Jae-in trifft Kim Jong Un", "2018-09")]
    assert slides[f"event-{september.pk}"]["start_date"] == {"year": 2018, "month": 9}
    seoul = korea["by_title"][("Kim Jong Un besucht Seoul", "2018")]
    assert slides[f"event-{seoul.pk}"]["start_date"] == {"year": 2018}
    easter = slides[f"event-{korea['by_title'][('Mike Pompeo trifft Kim Jong Un', '2018-W13')].pk}"]
    assert easter["start_date"] == {"year": 2018, "month": 3, "day": 26}
    assert easter["end_date"] == {"year": 2018, "month": 4, "day": 1}
    assert easter["display_date"] == "Woche 13, 2018"


def test_timelinejs_escapes_html(client):
    make_event("<img src=x onerror=alert(1)>", date="2019-01-01", precision="day")
    _, body = download(client, "timeline:export_json")
    assert json.loads(body)["events"][0]["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt;"


def test_csv_has_one_row_per_event_with_the_filters_applied(client, korea):
    response, body = download(client, "timeline:export_csv", "actor=Kim+Yong+Chol")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="chronology.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert [r["title"] for r in rows] == [
        "Mike Pompeo trifft Kim Yong Chol",
        "Mike Pompeo trifft Kim Yong Chol",
        "Kim Yong Chol: „Die Gespräche waren ernsthaft“",
    ]
    first = rows[1]
    assert first["date"] == "2018-05-30" and first["precision"] == "day"
    assert first["date_label"] == "30. Mai 2018" and first["kind"] == "meeting"
    assert first["participants"] == "Mike Pompeo; Kim Yong Chol"
    assert first["place"] == "New York" and first["status"] == "happened"
    assert first["review_status"] == "verified" and first["sources"] == "1"
    assert first["permalink"].startswith("http://testserver/events/")
    undated = rows[2]
    assert undated["date"] == "" and undated["date_label"] == "ohne Datum"
    assert undated["quote"] == "Die Gespräche waren ernsthaft"


def test_csv_cells_cannot_become_spreadsheet_formulas(client):
    make_event(
        '=HYPERLINK("http://x","klick")', date="2019-01-01", precision="day", place="@Berlin"
    )
    _, body = download(client, "timeline:export_csv")
    row = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))[0]
    assert row["title"] == '\'=HYPERLINK("http://x","klick")' and row["place"] == "'@Berlin"


def test_ical_all_day_events_at_the_right_precision(client, korea):
    response, body = download(client, "timeline:export_ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))  # RFC 5545 folding
    calendar = icalendar.Calendar.from_ical(body)
    events = {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    assert len(events) == 13  # the undated event is left out, the rejected one too

    def span(title, value):
        e = events[f"event-{korea['by_title'][(title, value)].pk}"]
        return e.decoded("DTSTART"), e.decoded("DTEND")

    assert span("Mike Pompeo trifft Kim Yong Chol", "2018-05-30") == (
        dt.date(2018, 5, 30),
        dt.date(2018, 5, 31),
    )
    assert span("Mike Pompeo trifft Kim Jong Un", "2018-W13") == (
        dt.date(2018, 3, 26),
        dt.date(2018, 4, 2),
    )
    assert span("Moon Jae-in trifft Kim Jong Un", "2018-09") == (
        dt.date(2018, 9, 1),
        dt.date(2018, 10, 1),
    )
    assert span("Kim Jong Un besucht Seoul", "2018") == (dt.date(2018, 1, 1), dt.date(2019, 1, 1))
    seoul = events[f"event-{korea['by_title'][('Kim Jong Un besucht Seoul', '2018')].pk}"]
    assert str(seoul["STATUS"]) == "TENTATIVE" and str(seoul["LOCATION"]) == "Seoul"


def test_ical_escapes_and_folds_long_text(client):
    title = "Treffen; mit Komma, Semikolon und einem sehr langen Titel, " * 3
    make_event(title.strip(), date="2019-02-03", precision="day", place="Brüssel, Belgien")
    _, body = download(client, "timeline:export_ics")
    assert "LOCATION:Brüssel\\, Belgien" in body
    assert "\r\n " in body  # folded continuation line
    parsed = icalendar.Calendar.from_ical(body).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == title.strip()


def test_an_invalid_filter_is_a_400(client, korea):
    response = client.get(reverse("timeline:export_csv") + "?date_from=bald")
    assert response.status_code == 400 and "date_from" in response.json()["errors"]


def test_exports_leave_out_rejected_events(client, korea):
    for name in ("timeline:export_json", "timeline:export_csv", "timeline:export_ics"):
        _, body = download(client, name)
        assert "Xi Jinping trifft Donald Trump" not in body
    assert Event.objects.filter(title="Xi Jinping trifft Donald Trump").exists()
