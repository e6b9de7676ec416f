"""The read-only JSON API: events with the timeline's filters, actors, cursor paging."""

from __future__ import annotations

import pytest
from django.urls import reverse

from .factories import make_korea_2018

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def korea():
    return make_korea_2018()


def test_events_are_paged_by_cursor_until_next_is_null(client, korea):
    url = reverse("timeline:api_events") + "?size=5"
    seen, pages = [], 0
    while url:
        data = client.get(url).json()
        seen += [event["id"] for event in data["results"]]
        url, pages = data["next"], pages + 1
    assert pages == 3 and len(seen) == len(set(seen)) == 14


def test_an_event_in_the_list(client, korea):
    ny = korea["by_title"][("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")]
    data = client.get(reverse("timeline:api_events") + "?actor=Kim+Yong+Chol&verified=1").json()
    assert [e["id"] for e in data["results"]] == [ny.pk]
    event = data["results"][0]
    assert event["date"] == "2018-05-30" and event["date_precision"] == "day"
    assert event["date_start"] == event["date_end"] == "2018-05-30"
    assert event["date_text"] == "am Mittwoch" and event["sources"] == 1
    assert event["url"] == f"http://testserver/events/{ny.pk}/"
    assert [p["name"] for p in event["participants"]] == ["Mike Pompeo", "Kim Yong Chol"]
    assert data["next"] is None


def test_filters_are_checked(client, korea):
    response = client.get(reverse("timeline:api_events") + "?actor=Niemand")
    assert response.status_code == 400 and "actor" in response.json()["errors"]


def test_an_event_with_its_evidence(client, korea):
    singapore = korea["by_title"][("Donald Trump trifft Kim Jong Un", "2018-06-12")]
    data = client.get(reverse("timeline:api_event", args=[singapore.pk])).json()
    assert data["sources"] == 2
    assert {e["article_title"] for e in data["evidence"]} == {
        "Trump and Kim meet in Singapore",
        "Pompeo empfängt Kim Yong Chol in New York",
    }
    evidence = data["evidence"][0]
    text = korea["articles"]["singapore"].text
    assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]


def test_unknown_or_rejected_is_404(client, korea):
    rejected = [e for e in korea["events"] if e.review_status == "rejected"][0]
    assert client.get(reverse("timeline:api_event", args=[rejected.pk])).status_code == 404
    assert client.get(reverse("timeline:api_event", args=[99999])).json() == {
        "error": "event not found"
    }
    assert client.get(reverse("timeline:api_actor", args=[99999])).status_code == 404


def test_actors_list_search_and_paging(client, korea):
    data = client.get(reverse("timeline:api_actors") + "?size=3").json()
    assert len(data["results"]) == 3 and data["next"]
    rest = client.get(data["next"]).json()
    assert len(rest["results"]) == 3
    data = client.get(reverse("timeline:api_actors") + "?q=Secretary").json()
    assert [a["name"] for a in data["results"]] == ["Mike Pompeo"]
    assert data["results"][0]["aliases"] == ["Pompeo", "Secretary Pompeo"]
    data = client.get(reverse("timeline:api_actors") + "?country=kp").json()
    assert sorted(a["name"] for a in data["results"]) == [
        "Kim Jong Un",
        "Kim Yo Jong",
        "Kim Yong Chol",
    ]


def test_an_actor_with_whom_they_met(client, korea):
    moon = korea["actors"]["moon"]
    data = client.get(reverse("timeline:api_actor", args=[moon.pk])).json()
    assert data["name"] == "Moon Jae-in" and data["country"] == "KR"
    assert data["met_most"][0] == {
        "id": korea["actors"]["kju"].pk,
        "name": "Kim Jong Un",
        "meetings": 3,
    }
    events = client.get(data["events_url"]).json()["results"]
    assert len(events) == 4 and all(
        "Moon Jae-in" in [p["name"] for p in e["participants"]] for e in events
    )


@pytest.mark.parametrize("size", [5, 50])
def test_the_event_list_costs_a_bounded_number_of_queries(
    client, korea, django_assert_max_num_queries, size
):
    with django_assert_max_num_queries(4):  # countries, dated, undated, participants
        client.get(reverse("timeline:api_events") + f"?size={size}")


@pytest.mark.parametrize(
    "query", [{"q": "Kim\x00Jong"}, {"q": "ab\x00"}, {"country": "\x00"}, {"q": "a" * 201}]
)
def test_an_actor_search_the_database_cannot_run_is_a_400(client, korea, query):
    # A NUL character is refused by PostgreSQL and by SQLite's full-text MATCH.
    response = client.get(reverse("timeline:api_actors"), query)
    assert response.status_code == 400
    assert set(response.json()["errors"]) == set(query)
