"""Exports of the filtered timeline: TimelineJS 3 JSON, CSV and iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import icalendar
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from timeline.models import Event

from .factories import make_event, make_korea_2018

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def korea():
    return make_korea_2018()


def export_url(fmt: str) -> str:
    return reverse("timeline:export", args=[fmt])


def download(client, fmt: str, query: str = "") -> tuple[object, str]:
    response = client.get(f"{export_url(fmt)}?{query}", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    return response, response.content.decode("utf-8")


def test_timelinejs_json(client, korea):
    response, body = download(client, "json")
    assert response["Content-Type"] == "application/json"
    data = json.loads(body)
    assert data["title"]["text"]["headline"] == "Chronologie"
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    # Every public event: the undated one at the day it was reported, and flagged.
    assert len(slides) == 14
    undated = korea["by_title"][("Kim Yong Chol: „Die Gespräche waren ernsthaft“", None)]
    reported = slides[f"event-{undated.pk}"]
    assert reported["start_date"] == {"year": 2018, "month": 12, "day": 28}
    assert reported["display_date"] == "berichtet am 28. Dezember 2018"
    assert "Der Text nennt kein Datum" in reported["text"]["text"]
    assert "nennt kein Datum" not in slides[f"event-{korea['by_title'][('Kim Jong Un besucht Seoul', '2018')].pk}"]["text"]["text"]
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
    _, body = download(client, "json")
    assert json.loads(body)["events"][0]["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt;"


def test_csv_has_one_row_per_event_with_the_filters_applied(client, korea):
    response, body = download(client, "csv", "actor=Kim+Yong+Chol")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="chronology.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    # The undated statement is placed at the day the year's review reported it.
    assert [r["title"] for r in rows] == [
        "Kim Yong Chol: „Die Gespräche waren ernsthaft“",
        "Mike Pompeo trifft Kim Yong Chol",
        "Mike Pompeo trifft Kim Yong Chol",
    ]
    first = rows[2]
    assert first["date"] == "2018-05-30" and first["precision"] == "day"
    assert first["date_label"] == "30. Mai 2018" and first["kind"] == "meeting"
    assert first["participants"] == "Mike Pompeo; Kim Yong Chol"
    assert first["place"] == "New York" and first["status"] == "happened"
    assert first["review_status"] == "verified" and first["sources"] == "1"
    assert first["permalink"].startswith("http://testserver/events/")
    # The first report's outlet and the address of the original article.
    assert first["outlet"] == "Beispiel-Zeitung"
    assert first["source_url"] == "https://example.org/new-york"
    undated = rows[0]
    assert undated["date"] == "" and undated["date_label"] == "berichtet am 28. Dezember 2018"
    assert undated["quote"] == "Die Gespräche waren ernsthaft"


def test_csv_cells_cannot_become_spreadsheet_formulas(client):
    make_event(
        '=HYPERLINK("http://x","klick")', date="2019-01-01", precision="day", place="@Berlin"
    )
    _, body = download(client, "csv")
    row = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))[0]
    assert row["title"] == '\'=HYPERLINK("http://x","klick")' and row["place"] == "'@Berlin"


def test_ical_all_day_events_at_the_right_precision(client, korea):
    response, body = download(client, "ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))  # RFC 5545 folding
    calendar = icalendar.Calendar.from_ical(body)
    events = {str(e["UID"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    # The undated event at the day it was reported (tests/timeline/test_exports_language.py);
    # the rejected one is left out.
    assert len(events) == 14

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
    _, body = download(client, "ics")
    assert "LOCATION:Brüssel\\, Belgien" in body
    assert "\r\n " in body  # folded continuation line
    parsed = icalendar.Calendar.from_ical(body).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == title.strip()


def test_an_invalid_filter_is_a_400(client, korea):
    response = client.get(export_url("csv") + "?date_from=bald")
    assert response.status_code == 400 and "date_from" in response.json()["errors"]


def test_exports_leave_out_rejected_events(client, korea):
    for fmt in ("json", "csv", "ics"):
        _, body = download(client, fmt)
        assert "Xi Jinping trifft Donald Trump" not in body
    assert Event.objects.filter(title="Xi Jinping trifft Donald Trump").exists()


def follow_parts(client, fmt: str, query: str) -> tuple[list[str], list[object]]:
    """Every part of an export, following the `Link: <…>; rel="next"` headers as a script
    would: (bodies, responses)."""
    url, bodies, responses = f"{export_url(fmt)}?{query}", [], []
    while url:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="de")
        assert response.status_code == 200
        bodies.append(response.content.decode("utf-8"))
        responses.append(response)
        link = response.headers.get("Link")
        url = re.fullmatch(r'<http://testserver([^>]+)>; rel="next"', link)[1] if link else None
        assert len(responses) < 20
    return bodies, responses


def test_a_csv_export_comes_in_parts_and_following_next_gives_every_event_once(client, korea):
    bodies, responses = follow_parts(client, "csv", "size=4")
    rows = [
        row for body in bodies for row in csv.DictReader(io.StringIO(body.lstrip("\ufeff")))
    ]
    public = Event.objects.exclude(review_status=Event.Review.REJECTED)
    assert len(responses) == 4  # 14 public events, 4 a part
    assert all(len(list(csv.DictReader(io.StringIO(b.lstrip("\ufeff"))))) <= 4 for b in bodies)
    links = [row["permalink"] for row in rows]
    assert sorted(links) == sorted(f"http://testserver/events/{e.pk}/" for e in public)
    assert rows[0]["date"] == ""  # the undated event, reported last, is in the first part
    assert rows[-1]["date"] == "2018"  # the year-only event sorts at the year's first day
    assert "Link" not in responses[-1] and responses[0]["X-Export-Limit"] == "4"
    assert 'filename="chronology.csv"' in responses[0]["Content-Disposition"]


def test_calendar_and_timelinejs_parts_keep_the_filters(client, korea):
    kim = korea["actors"]["kju"]
    expected = {
        f"event-{e.pk}"
        for e in Event.objects.filter(participants__actor=kim, date_start__isnull=False)
        .exclude(review_status=Event.Review.REJECTED)
    }
    bodies, _ = follow_parts(client, "ics", f"actor={kim.pk}&size=2")
    uids = [
        str(e["UID"]).split("@")[0]
        for body in bodies
        for e in icalendar.Calendar.from_ical(body).walk("VEVENT")
    ]
    assert len(uids) == len(set(uids)) and set(uids) == expected
    bodies, _ = follow_parts(client, "json", f"actor={kim.pk}&size=2&order=oldest")
    slides = [slide for body in bodies for slide in json.loads(body)["events"]]
    assert {slide["unique_id"] for slide in slides} == expected and len(slides) == len(expected)
    years = [slide["start_date"]["year"] for slide in slides]
    assert years == sorted(years)


def test_one_part_holds_at_most_the_configured_maximum(client, korea, settings):
    settings.EXPORT_MAX_EVENTS = 3
    response = client.get(export_url("csv") + "?size=500")
    rows = response.content.decode().strip().splitlines()
    assert len(rows) == 1 + 3 and response["X-Export-Limit"] == "3" and "Link" in response


def test_the_export_command_writes_the_whole_filtered_chronology_in_one_file(client, korea):
    out = io.StringIO()
    call_command("export_events", "--format", "csv", "--base-url", "http://testserver/", stdout=out)
    whole = list(csv.DictReader(io.StringIO(out.getvalue().lstrip("\ufeff"))))
    bodies, _ = follow_parts(client, "csv", "size=5")
    parts = [row for body in bodies for row in csv.DictReader(io.StringIO(body.lstrip("\ufeff")))]
    assert whole == parts and len(whole) == 14  # same rows, same order as the web's parts
    out = io.StringIO()
    call_command("export_events", "--format", "ics", "--actor", "Kim Yong Chol", stdout=out)
    calendar = icalendar.Calendar.from_ical(out.getvalue())
    assert len(calendar.walk("VEVENT")) == 3  # his undated one too, at its report date
    with pytest.raises(CommandError, match="date_from"):
        call_command("export_events", "--date-from", "bald", stdout=io.StringIO())


def test_the_timeline_says_how_many_events_a_file_holds(client, korea, settings):
    html = client.get(reverse("timeline:index"), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Jede Datei enthält die ersten 100 Ereignisse dieser Ansicht" in html
    assert "Header" not in html  # plain words: no "Link" header
    assert "Alles auf einmal (bis zu 10000 Ereignisse" in html
    settings.EXPORT_MAX_EVENTS = 40
    html = client.get(reverse("timeline:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Each file holds the first 40 events of this view" in html
    assert "the links below give all of them in one file" in html and "Link” header" not in html


def test_the_all_at_once_links_export_the_whole_filtered_view(client, korea, monkeypatch):
    from timeline import views

    monkeypatch.setattr(views, "EXPORT_PAGE_SIZE", 5)  # the plain links give parts of 5
    html = client.get(reverse("timeline:index"), {"kind": "meeting"}).content.decode()
    plain = re.search(r'href="([^"]*/export/timeline\.csv\?[^"]*)"', html).group(1).replace("&amp;", "&")
    assert len(client.get(plain).content.decode().strip().splitlines()) == 5 + 1
    link = re.search(r'href="([^"]*/export/timeline\.csv[^"]*size=10000)"', html)
    assert link, html
    rows = client.get(link.group(1).replace("&amp;", "&")).content.decode().strip().splitlines()
    meetings = Event.objects.filter(kind="meeting").exclude(review_status=Event.Review.REJECTED).count()
    assert len(rows) == meetings + 1  # header + every meeting, none cut off


def test_an_unknown_format_is_a_404(client, korea):
    assert client.get("/export/timeline.xml").status_code == 404


def test_every_format_is_offered_on_the_timeline(client, korea):
    from timeline.exports import FORMATS

    html = client.get(reverse("timeline:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for fmt in FORMATS:
        assert f'href="/export/timeline.{fmt}?' in html
