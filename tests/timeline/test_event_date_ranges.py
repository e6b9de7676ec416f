"""A meeting on two days ("am 4. und 5. März") as readers and editors meet it: the event page
and the timeline say both days, a date filter on either day finds it, the chronology places
it on its first day, the API and the exports carry both ends, and an editor can correct the
range in the admin. Extracted by the real pipeline from sentences of our own."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest
from django.urls import reverse

from articles.processing import article_process
from articles.services import article_create
from timeline.models import Event

from .admin_forms import admin_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]

TEXT = (
    "Die Außenministerin Eva Lind und der Außenminister Paul Brand treffen sich am 4. und "
    "5. März in Wien. Lind sagte am Freitag, sie erwarte schwierige Gespräche."
)


@pytest.fixture
def meeting() -> Event:
    article, _ = article_create(
        title="Lind und Brand in Wien", text=TEXT, language="de", published=dt.date(2019, 3, 1)
    )
    article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "done", article.error
    return Event.objects.get(kind="meeting", articles=article)


def get(client, url: str, lang: str = "de") -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    return response.content.decode()


def titles(client, query: str) -> list[str]:
    html = get(client, f"{reverse('timeline:index')}?{query}")
    return re.findall(r'<p class="event__title"><a href="[^"]+">([^<]+)</a>', html)


def test_it_is_stored_as_its_first_day_until_its_last(meeting):
    assert (meeting.date_value, meeting.date_precision) == ("2019-03-04", "day")
    assert meeting.date_range_end == dt.date(2019, 3, 5)
    assert (meeting.date_start, meeting.date_end) == (dt.date(2019, 3, 4), dt.date(2019, 3, 5))
    assert meeting.sort_date == dt.date(2019, 3, 4)
    assert meeting.date_text == "4. und 5. März"


def test_the_event_page_says_both_days_in_german_and_english(client, meeting):
    url = reverse("timeline:event", args=[meeting.pk])
    assert '<time datetime="2019-03-04">4.–5. März 2019</time>' in get(client, url, "de")
    assert '<time datetime="2019-03-04">March 4–5, 2019</time>' in get(client, url, "en")


def test_the_timeline_shows_it_on_its_first_day_with_both_days(client, meeting):
    html = get(client, reverse("timeline:index"))
    assert '<time class="event__date" datetime="2019-03-04">4.–5. März 2019</time>' in html


def test_a_date_filter_on_either_day_finds_it_and_one_after_does_not(client, meeting):
    assert meeting.title in titles(client, "date_from=2019-03-05&date_to=2019-03-05")
    assert meeting.title in titles(client, "date_from=2019-03-04&date_to=2019-03-04")
    assert meeting.title not in titles(client, "date_from=2019-03-06&date_to=2019-03-31")
    assert meeting.title not in titles(client, "date_from=2019-02-01&date_to=2019-03-03")


def test_the_api_carries_both_ends(client, meeting):
    data = json.loads(get(client, reverse("timeline:api_event", args=[meeting.pk]), "en"))
    assert (data["date"], data["date_range_end"]) == ("2019-03-04", "2019-03-05")
    assert (data["date_start"], data["date_end"]) == ("2019-03-04", "2019-03-05")
    assert data["date_label"] == "March 4–5, 2019"


def test_the_exports_carry_both_ends(client, meeting):
    export = reverse("timeline:export", args=["csv"])
    rows = list(csv.DictReader(io.StringIO(get(client, f"{export}?kind=meeting").lstrip("\ufeff"))))
    assert [(r["date"], r["date_range_end"], r["date_label"]) for r in rows] == [
        ("2019-03-04", "2019-03-05", "4.–5. März 2019")
    ]
    ics = get(client, reverse("timeline:export", args=["ics"]) + "?kind=meeting")
    assert "DTSTART;VALUE=DATE:20190304" in ics and "DTEND;VALUE=DATE:20190306" in ics
    slides = json.loads(get(client, reverse("timeline:export", args=["json"]) + "?kind=meeting"))["events"]
    assert slides[0]["start_date"] == {"year": 2019, "month": 3, "day": 4}
    assert slides[0]["end_date"] == {"year": 2019, "month": 3, "day": 5}
    assert slides[0]["display_date"] == "4.–5. März 2019"


def _admin_post(admin_client, event: Event, **changes):
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = admin_form_data(admin_client.get(url))
    data.update(changes)
    return admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="en")


def test_an_editor_corrects_the_last_day_in_the_admin(admin_client, client, meeting):
    response = _admin_post(admin_client, meeting, date_range_end="2019-03-06")
    assert response.status_code == 302, response.context["adminform"].form.errors
    meeting.refresh_from_db()
    assert (meeting.date_value, meeting.date_range_end) == ("2019-03-04", dt.date(2019, 3, 6))
    assert meeting.date_end == dt.date(2019, 3, 6) and meeting.review_status == Event.Review.EDITED
    assert meeting.title in titles(client, "date_from=2019-03-06&date_to=2019-03-06")


def test_an_editor_makes_it_one_day_by_emptying_the_last_day(admin_client, meeting):
    response = _admin_post(admin_client, meeting, date_value="05.03.2019", date_range_end="")
    assert response.status_code == 302, response.context["adminform"].form.errors
    meeting.refresh_from_db()
    assert (meeting.date_value, meeting.date_range_end, meeting.date_end) == (
        "2019-03-05", None, dt.date(2019, 3, 5)
    )


@pytest.mark.parametrize("changes", [
    {"date_value": "2019-03", "date_range_end": "2019-03-05"},  # a month has no range of days
    {"date_range_end": "2019-03-03"},  # before the first day
    {"date_range_end": "2020-03-05"},  # longer than a year
])
def test_a_last_day_that_makes_no_range_gets_a_message(admin_client, meeting, changes):
    response = _admin_post(admin_client, meeting, **changes)
    assert response.status_code == 200
    assert "A range of days starts on a day" in " ".join(response.context["adminform"].form.errors["date_range_end"])
    meeting.refresh_from_db()
    assert meeting.date_range_end == dt.date(2019, 3, 5)
