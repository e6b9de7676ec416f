"""Filters on the timeline: each on its own and combined, from the URL."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.urls import reverse

from timeline.models import Event

from .factories import make_actor, make_event, make_korea_2018

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]

INDEX = reverse("timeline:index")


def titles(client, query: str, lang: str = "de") -> list[str]:
    html = client.get(f"{INDEX}?{query}", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    return re.findall(r'<p class="event__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def korea():
    return make_korea_2018()


@pytest.fixture(params=["rare", "busy"])
def actor_query(request, monkeypatch):
    """Run a test with both of the actor filter's queries: the join used for actors with
    few events and the `id IN (…)` used for busy ones."""
    from timeline import selectors

    monkeypatch.setattr(selectors, "RARE_ACTOR_EVENTS", 1000 if request.param == "rare" else 0)
    return request.param


def test_actor_by_name_alias_or_id(client, korea, actor_query):
    by_name = titles(client, "actor=Kim+Yong+Chol")
    assert len(by_name) == 3 and all("Kim Yong Chol" in t for t in by_name)
    assert titles(client, "actor=kim+yong+chol") == by_name  # case does not matter
    assert titles(client, f"actor={korea['actors']['kyc'].pk}") == by_name
    by_alias = titles(client, "actor=Secretary+Pompeo")
    assert by_alias == titles(client, "actor=Mike+Pompeo") and len(by_alias) == 5


def test_an_unknown_actor_is_an_error_not_an_unfiltered_list(client, korea):
    html = client.get(f"{INDEX}?actor=Nobody", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "No actor called “Nobody” is known." in html
    assert 'class="event__title"' not in html


def test_country_keeps_events_with_a_participant_from_it(client, korea):
    chinese = titles(client, "country=CN")
    assert chinese == ["Kim Jong Un trifft Xi Jinping"]  # the rejected Xi-Trump event is not shown
    assert titles(client, "country=cn") == chinese
    assert titles(client, "country=FR") == []


def test_kind(client, korea):
    statements = titles(client, "kind=statement")
    assert len(statements) == 3 and all(":" in t for t in statements)
    assert (
        "Äußerung"
        in client.get(f"{INDEX}?kind=statement", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    )


def test_a_date_range_keeps_events_whose_days_overlap_it(client, korea):
    may = titles(client, "date_from=2018-05-01&date_to=2018-05-31")
    assert len(may) == 5  # 9, 24, 30, 31 May and the year-only event
    assert "Kim Jong Un trifft Moon Jae-in" in may  # the summary made from its participants
    # Easter week 2018 (26 March - 1 April) overlaps 1 April; a month and a year work too.
    assert "Mike Pompeo trifft Kim Jong Un" in titles(
        client, "date_from=2018-04-01&date_to=2018-04-01"
    )
    assert titles(client, "date_from=2018-06&date_to=2018-06") == titles(
        client, "date_from=2018-06-01&date_to=2018-06-30"
    )
    # All dated events, and the undated one reported in that year.
    assert len(titles(client, "date_from=2018&date_to=2018")) == 14
    assert titles(client, "date_from=2019-01-01") == []


def test_an_inverted_or_unreadable_date_range_is_reported(client, korea):
    html = client.get(
        f"{INDEX}?date_from=2018-06-01&date_to=2018-05-01", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "“To” lies before “From”." in html and 'class="event__title"' not in html
    html = client.get(f"{INDEX}?date_from=soon", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Enter a date like 2018-05-30" in html


def test_only_verified(client, korea):
    verified = titles(client, "verified=on")
    assert sorted(verified) == sorted(
        [
            "Donald Trump trifft Kim Jong Un",
            "Mike Pompeo trifft Kim Yong Chol",
            "Moon Jae-in trifft Kim Jong Un",
            "Kim Jong Un trifft Xi Jinping",
        ]
    )
    # Corrected by an editor is not "verified": changing a date is no check of the rest.
    edited = make_event(
        "Bearbeitet", date="2018-01-02", precision="day", review_status=Event.Review.EDITED
    )
    assert edited.title in titles(client, "")
    assert edited.title not in titles(client, "verified=on")


def test_search_covers_summaries_quotes_and_actor_names(client, korea):
    assert titles(client, "q=Fortschritte") == [
        "Mike Pompeo: „Wir haben gute Fortschritte gemacht“"
    ]
    # In the quote only (the summary does not repeat it).
    quiet = make_event(
        "Lawrow äußert sich",
        kind=Event.Kind.STATEMENT,
        date="2018-03-01",
        precision="day",
        quote="Ultimaten lösen nichts",
    )
    assert titles(client, "q=Ultimaten") == [quiet.title]
    # An actor's name that is not in the summary.
    lawrow = make_actor("Sergei Lawrow", country="RU")
    talk = make_event("Gespräch in Moskau", actors=[lawrow], date="2018-03-02", precision="day")
    assert talk.title not in titles(client, "q=Sergei")  # summaries are made from participants
    assert "Treffen mit Sergei Lawrow" in titles(client, "q=Sergei")
    # Several words must all match.
    assert titles(client, "q=Pompeo+Kim+Yong+Chol") == [
        "Mike Pompeo trifft Kim Yong Chol",
        "Mike Pompeo trifft Kim Yong Chol",
    ]
    assert titles(client, "q=Pompeo+Singapur") == []


def test_filters_combine(client, korea, actor_query):
    assert titles(client, "actor=Mike+Pompeo&kind=meeting&date_from=2018-05-01&verified=on") == [
        "Mike Pompeo trifft Kim Yong Chol"
    ]
    assert titles(client, "actor=Mike+Pompeo&country=CN") == []
    assert titles(client, "q=Kim&country=KR&order=oldest")[0] == "Kim Jong Un trifft Moon Jae-in"


def test_the_filter_form_shows_the_active_values(client, korea):
    html = client.get(
        f"{INDEX}?actor=Mike+Pompeo&kind=statement&verified=on&country=US"
    ).content.decode()
    assert 'name="actor" id="id_actor" value="Mike Pompeo"' in html
    assert '<option value="statement" selected>' in html
    assert '<option value="US" selected>Vereinigte Staaten (US)</option>' in html
    assert 'name="verified" id="id_verified" checked' in html
    # The exports and the API link carry the same filters.
    assert "/export/timeline.csv?actor=Mike+Pompeo&amp;kind=statement" in html


def test_actor_suggestions_feed_the_datalist(client, korea):
    url = reverse("timeline:actor_suggestions")
    html = client.get(f"{url}?actor=kim", HTTP_HX_REQUEST="true").content.decode()
    assert re.findall(r'<option value="([^"]+)"', html) == [
        "Kim Jong Un",
        "Kim Yo Jong",
        "Kim Yong Chol",
    ]
    # An alias finds its actor; one letter is too little to search.
    data = client.get(f"{url}?q=Secretary").json()
    assert [a["name"] for a in data["actors"]] == ["Mike Pompeo"]
    assert client.get(f"{url}?q=K").json() == {"actors": []}


def test_search_follows_edits_and_deletions(client, korea):
    event = make_event("Gipfel in Hanoi", date="2019-02-27", precision="day")
    assert titles(client, "q=Hanoi") == ["Gipfel in Hanoi"]
    event.title = "Gipfel in Da Nang"
    event.save()
    assert titles(client, "q=Hanoi") == []
    assert titles(client, "q=Nang") == ["Gipfel in Da Nang"]
    event.delete()
    assert titles(client, "q=Nang") == []


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's search matches parts of words")
def test_on_sqlite_search_finds_parts_of_words_in_any_case(client, korea):
    assert titles(client, "q=fortschritt") == ["Mike Pompeo: „Wir haben gute Fortschritte gemacht“"]
    assert titles(client, "q=POMPEO+singap") == []
    # Words too short for the index are still searched.
    assert "Mike Pompeo trifft Kim Yong Chol" in titles(client, "q=Kim+Yo")


@pytest.mark.parametrize("param", ["date_from", "date_to"])
def test_a_week_past_the_calendar_is_a_filter_error_not_a_server_error(client, korea, param):
    for url in (reverse("timeline:index"), reverse("timeline:api_events"), "/export/timeline.ics"):
        response = client.get(url, {param: "9999-W52"})
        assert response.status_code in (200, 400), (url, response.status_code)
    page = client.get(reverse("timeline:index"), {param: "9999-W52"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "Enter a date like 2018-05-30" in page.content.decode()


@pytest.mark.parametrize("value", ["²", "١٢"])  # digits to str.isdigit(), no id to int()
def test_an_actor_of_other_digits_is_an_unknown_actor_not_a_server_error(client, korea, value):
    page = client.get(INDEX, {"actor": value}, HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    assert f"No actor called “{value}” is known." in page.content.decode()
    api = client.get(reverse("timeline:api_events"), {"actor": value})
    assert api.status_code == 400 and "actor" in api.json()["errors"]
