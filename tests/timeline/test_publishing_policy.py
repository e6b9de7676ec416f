"""The publishing policy (`CHRONIK_PUBLIC_EVENTS`): under "verified", the default, readers
see only events an editor checked (verified, or corrected) on every surface; editors see
everything, with what no one has checked marked; "all" shows readers the unchecked too."""
from __future__ import annotations

import csv
import io
import json
import re

import icalendar
import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article
from timeline.models import Event

from .factories import make_korea_2018

pytestmark = pytest.mark.django_db

VERIFIED = {
    "Kim Jong Un trifft Xi Jinping",
    "Moon Jae-in trifft Kim Jong Un",
    "Mike Pompeo trifft Kim Yong Chol",
    "Donald Trump trifft Kim Jong Un",
}
CORRECTED = "Mike Pompeo: „Wir haben gute Fortschritte gemacht“"
UNCHECKED = "Chung Eui-yong trifft Kim Jong Un"
REJECTED = "Xi Jinping trifft Donald Trump"


@pytest.fixture
def korea():
    world = make_korea_2018()
    corrected = world["by_title"][(CORRECTED, "2018-05-31")]
    corrected.review_status = Event.Review.EDITED
    corrected.save()
    return world


def by_title(korea, title: str) -> Event:
    return next(event for event in korea["events"] if event.title == title)


def titles(html: str) -> set[str]:
    return set(re.findall(r'<p class="event__title"><a href="[^"]+">([^<]+)</a>', html))


def get(client, url: str) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200
    return response.content.decode()


def test_the_default_policy_is_verified(settings):
    assert settings.CHRONIK_PUBLIC_EVENTS == "verified"


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_readers_see_only_checked_events_on_the_timeline(client, korea, reader, who):
    if who == "reader":
        client.force_login(reader)  # signed in, but no editor
    shown = titles(get(client, "/"))
    assert shown == VERIFIED | {CORRECTED}


def test_search_and_the_verified_filter_keep_to_the_policy(client, korea):
    assert titles(get(client, "/?q=Kim")) == {t for t in VERIFIED if "Kim" in t}
    assert UNCHECKED not in get(client, "/?q=Chung")
    # "Only verified events" means verified: a correction is no check of the whole event.
    assert titles(get(client, "/?verified=on")) == VERIFIED


def test_an_unchecked_or_rejected_event_page_is_not_found_for_readers(client, korea):
    for title in (UNCHECKED, REJECTED):
        url = by_title(korea, title).get_absolute_url()
        assert client.get(url).status_code == 404
    assert client.get(by_title(korea, CORRECTED).get_absolute_url()).status_code == 200


def test_the_actor_page_lists_and_counts_checked_meetings_only(client, korea):
    kju = korea["actors"]["kju"]
    html = get(client, kju.get_absolute_url())
    assert titles(html) == {t for t in VERIFIED if "Kim Jong Un" in t}
    rows = re.findall(
        r'<tr><th scope="row"><a href="[^"]+">([^<]+)</a></th><td>[^<]+</td><td class="num">(\d+)</td></tr>',
        html,
    )
    # Under "all", Moon would count 3 (Panmunjom, September, Seoul) and Pompeo 2.
    assert sorted(rows) == [("Donald Trump", "1"), ("Moon Jae-in", "1"), ("Xi Jinping", "1")]


def test_the_article_page_shows_readers_its_checked_events_only(client, korea):
    review = korea["articles"]["review"]
    Article.objects.filter(pk=review.pk).update(status=Article.Status.DONE)
    html = get(client, review.get_absolute_url())
    assert "Kim Jong Un trifft Xi Jinping" in html
    assert UNCHECKED not in html


@pytest.mark.parametrize("fmt", ["csv", "json", "ics"])
def test_every_export_format_keeps_to_the_policy(client, korea, fmt):
    body = get(client, reverse("timeline:export", args=[fmt]))
    if fmt == "csv":
        found = {row["title"] for row in csv.DictReader(io.StringIO(body))}
    elif fmt == "json":
        found = {slide["text"]["headline"] for slide in json.loads(body)["events"]}
        found = {title.replace("&quot;", '"') for title in found}
    else:
        found = {
            str(component.get("summary"))
            for component in icalendar.Calendar.from_ical(body).walk("VEVENT")
        }
    assert found == VERIFIED | {CORRECTED}


def test_the_export_command_writes_what_readers_see(korea):
    out = io.StringIO()
    call_command("export_events", "--format", "csv", stdout=out)
    assert {row["title"] for row in csv.DictReader(io.StringIO(out.getvalue()))} == VERIFIED | {
        CORRECTED
    }


def test_the_api_keeps_to_the_policy(client, korea):
    data = client.get(reverse("timeline:api_events")).json()
    assert {event["title"] for event in data["results"]} == VERIFIED | {CORRECTED}
    unchecked = by_title(korea, UNCHECKED)
    assert client.get(reverse("timeline:api_event", args=[unchecked.pk])).status_code == 404
    kju = korea["actors"]["kju"]
    met = client.get(reverse("timeline:api_actor", args=[kju.pk])).json()["met_most"]
    assert {(other["name"], other["meetings"]) for other in met} == {
        ("Donald Trump", 1),
        ("Moon Jae-in", 1),
        ("Xi Jinping", 1),
    }


def test_editors_see_every_event_with_the_unchecked_marked(client, korea, editor):
    client.force_login(editor)
    html = get(client, "/")
    assert UNCHECKED in titles(html) and REJECTED not in titles(html)
    line = html.split(f'id="event-{by_title(korea, UNCHECKED).pk}"')[1].split("</li>")[0]
    assert "automatisch erkannt" in line
    assert client.get(by_title(korea, UNCHECKED).get_absolute_url()).status_code == 200
    data = client.get(reverse("timeline:api_events") + "?size=200").json()
    assert len(data["results"]) == 14


def test_staff_without_the_change_permission_are_readers(client, korea, django_user_model):
    staff = django_user_model.objects.create_user("carol", password="x", is_staff=True)
    client.force_login(staff)
    assert UNCHECKED not in titles(get(client, "/"))


def test_under_all_readers_see_unchecked_events_marked_as_automatic(client, korea, settings):
    settings.CHRONIK_PUBLIC_EVENTS = "all"
    html = get(client, "/")
    assert UNCHECKED in titles(html) and REJECTED not in titles(html)
    assert "automatisch erkannt" in html
    assert client.get(by_title(korea, UNCHECKED).get_absolute_url()).status_code == 200
    assert client.get(by_title(korea, REJECTED).get_absolute_url()).status_code == 404


def test_each_review_state_says_what_happened(client, korea, settings):
    settings.CHRONIK_PUBLIC_EVENTS = "all"
    html = get(client, "/")

    def badge(title: str) -> str:
        line = html.split(f'id="event-{by_title(korea, title).pk}"')[1].split("</li>")[0]
        return re.search(r'<span class="review review--(\w+)">(?:<svg.*?</svg>)?([^<]+)<', line).groups()

    assert badge("Kim Jong Un trifft Xi Jinping") == ("verified", "geprüft")
    assert badge(CORRECTED) == ("edited", "von der Redaktion korrigiert")
    assert badge(UNCHECKED) == ("extracted", "automatisch erkannt")
    english = client.get(by_title(korea, CORRECTED).get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    assert "corrected by an editor" in english.content.decode()
    assert ">verified<" not in english.content.decode()


def test_the_setting_takes_only_verified_or_all(monkeypatch):
    import importlib

    from django.core.exceptions import ImproperlyConfigured

    import timeline.settings

    monkeypatch.setenv("CHRONIK_PUBLIC_EVENTS", "everything")
    with pytest.raises(ImproperlyConfigured):
        importlib.reload(timeline.settings)
    monkeypatch.setenv("CHRONIK_PUBLIC_EVENTS", "all")
    assert importlib.reload(timeline.settings).CHRONIK_PUBLIC_EVENTS == "all"
    monkeypatch.delenv("CHRONIK_PUBLIC_EVENTS")
    assert importlib.reload(timeline.settings).CHRONIK_PUBLIC_EVENTS == "verified"


@pytest.fixture
def reader_cache(settings):
    from django.core.cache import cache

    settings.CHRONOLOGY_CACHE_SECONDS = 30
    cache.clear()
    yield
    cache.clear()


def test_readers_see_a_verdict_on_their_next_request_with_the_cache_on(
    client, korea, editor, reader_cache
):
    from django.test import Client

    newsroom = Client()
    newsroom.force_login(editor)
    unchecked, verified = by_title(korea, UNCHECKED), by_title(korea, "Kim Jong Un trifft Xi Jinping")
    assert UNCHECKED not in titles(get(client, "/"))
    assert client.get(verified.get_absolute_url()).status_code == 200  # both now cached

    review = reverse("timeline:event_review", args=[unchecked.pk])
    assert newsroom.post(review, {"status": "verified"}).status_code == 302
    assert UNCHECKED in titles(get(client, "/"))

    review = reverse("timeline:event_review", args=[verified.pk])
    assert newsroom.post(review, {"status": "rejected"}).status_code == 302
    assert verified.title not in titles(get(client, "/"))
    assert client.get(verified.get_absolute_url()).status_code == 404


def test_an_unchanged_chronology_is_served_from_the_cache(client, korea, reader_cache):
    get(client, "/")
    Event.objects.filter(title=UNCHECKED).update(review_status=Event.Review.VERIFIED)
    # No service ran, so no new chronology version: the page is the cached one.
    assert UNCHECKED not in titles(get(client, "/"))


def test_editors_see_an_articles_unchecked_events_marked_and_a_way_to_review_them(
    client, korea, editor
):
    review = korea["articles"]["review"]
    Article.objects.filter(pk=review.pk).update(status=Article.Status.DONE)
    client.force_login(editor)
    html = get(client, review.get_absolute_url())
    line = html.split(UNCHECKED)[1].split("</li>")[0]
    assert "automatisch erkannt" in line
    assert f'href="/review/?article={review.pk}"' in html
