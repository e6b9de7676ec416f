"""The actor page: who they are, whom they met most, and their own chronology."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from timeline.models import Event

from .factories import make_actor, make_event, make_korea_2018

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def korea():
    return make_korea_2018()


def page(client, actor, query="", lang="de", **headers) -> str:
    url = reverse("timeline:actor", args=[actor.pk]) + query
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=lang, **headers)
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_role_country_and_aliases(client, korea):
    html = page(client, korea["actors"]["pompeo"])
    assert "<h1>Mike Pompeo</h1>" in html
    assert "Außenminister der USA" in html
    assert "Vereinigte Staaten (US)" in html
    # Every other name, each marked with its language where it has one.
    assert 'Pompeo, <span lang="en">Secretary Pompeo</span>' in html
    assert "United States (US)" in page(client, korea["actors"]["pompeo"], lang="en")


def test_it_counts_the_actors_met_most_over_shared_meetings(client, korea):
    html = page(client, korea["actors"]["kju"])
    rows = re.findall(
        r'<tr><th scope="row"><a href="[^"]+">([^<]+)</a></th><td>([^<]+)</td><td class="num">(\d+)</td></tr>',
        html,
    )
    # Moon: Panmunjom, September and the planned Seoul visit; Pompeo: Easter and 9 May.
    assert rows[:2] == [
        ("Moon Jae-in", "Südkorea", "3"),
        ("Mike Pompeo", "Vereinigte Staaten", "2"),
    ]
    assert ("Donald Trump", "Vereinigte Staaten", "1") in rows
    # Statements are not meetings, and rejected meetings do not count.
    trump = page(client, korea["actors"]["trump"])
    assert "Xi Jinping" not in trump.split("Trifft am häufigsten")[1].split("</table>")[0]


def test_its_chronology_is_the_timeline_filtered_by_the_actor(client, korea):
    html = page(client, korea["actors"]["kyc"])
    titles = re.findall(r'<p class="event__title"><a href="[^"]+">([^<]+)</a>', html)
    assert len(titles) == 3 and all("Kim Yong Chol" in t for t in titles)
    pk = korea["actors"]["kyc"].pk
    assert f"/export/timeline.ics?actor={pk}" in html


def test_load_more_on_the_actor_page_continues_on_the_filtered_timeline(client, korea):
    pompeo = korea["actors"]["pompeo"]
    html = page(client, pompeo, "?size=2")
    more = re.search(r'<a class="button button--quiet" href="([^"]+)"', html)[1].replace(
        "&amp;", "&"
    )
    assert more.startswith(f"/?actor={pompeo.pk}&size=2&after=")
    rest = client.get(more, HTTP_HX_REQUEST="true").content.decode()
    assert len(re.findall(r'class="event__title"', rest)) == 2


def test_an_actor_without_meetings(client):
    loner = make_actor("Jens Stoltenberg", kind="person")
    make_event(
        "Stoltenberg: „Wir sind bereit“",
        kind=Event.Kind.STATEMENT,
        actors=[loner],
        date="2019-04-04",
        precision="day",
    )
    html = page(client, loner, lang="en")
    assert "No meetings with other actors recorded." in html and "Wir sind bereit" in html
    assert "Country</dt><dd>not known" in html.replace("\n", "").replace("  ", "")


def test_unknown_actors_are_404(client, db):
    assert client.get(reverse("timeline:actor", args=[424242])).status_code == 404


def test_the_actor_page_costs_a_fixed_number_of_queries(client, korea, django_assert_num_queries):
    # actor, aliases, chronology version, counterparts, dated events, undated events,
    # participants, first reports; counterparts come from the cache on the next visit
    # (tests/timeline/test_counts_cache.py)
    with django_assert_num_queries(8):
        page(client, korea["actors"]["kju"])


def test_the_met_most_list_shows_ten_actors_and_orders_ties_by_name(client):
    host = make_actor("Gastgeberin", country="DE")
    guests = [make_actor(f"Gast {letter}", country="FR") for letter in "LKJIHGFEDCBA"]
    for day, guest in enumerate(guests, start=1):
        make_event(f"Treffen {day}", actors=[host, guest], date=f"2020-01-{day:02d}", precision="day")
    make_event("Zweites Treffen", actors=[host, guests[0]], date="2020-02-01", precision="day")
    html = page(client, host)
    names = re.findall(r'<tr><th scope="row"><a href="[^"]+">([^<]+)</a>', html)
    assert names == ["Gast L", *(f"Gast {letter}" for letter in "ABCDEFGHI")]
