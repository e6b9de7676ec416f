"""The timeline page: grouping, dates at their precision, order, paging, htmx partials,
languages, and a constant number of queries per page."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse, set_script_prefix

from timeline.models import Event

from .factories import make_actor, make_article, make_event, make_korea_2018

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]

INDEX = reverse("timeline:index")


def get(client, url=INDEX, lang="de", **kwargs):
    return client.get(url, HTTP_ACCEPT_LANGUAGE=lang, **kwargs)


def event_ids(response) -> list[int]:
    return [
        int(pk)
        for pk in re.findall(r'<li class="event[^"]*" id="event-(\d+)"', response.content.decode())
    ]


def test_it_lists_events_newest_first_under_year_and_month_headings(client):
    world = make_korea_2018()
    make_event("Ein Treffen, von dem niemand weiß, wann", actors=[world["actors"]["xi"]])
    response = get(client)
    html = response.content.decode()
    assert response.status_code == 200
    # One year heading, month headings in order, the year-only group last; the undated
    # event with no report date last of all. The undated statement of the December
    # review sits in December.
    assert html.count('<h2 class="group-year">2018</h2>') == 1
    months = re.findall(r'<h3 class="group-month">([^<]+)</h3>', html)
    assert months == [
        "Dezember 2018",
        "September 2018",
        "Juli 2018",
        "Juni 2018",
        "Mai 2018",
        "April 2018",
        "März 2018",
        "Februar 2018",
        "Im Lauf des Jahres 2018",
    ]
    assert html.index("Im Lauf des Jahres 2018") < html.index(
        '<h2 class="group-year">Ohne Datum</h2>'
    )
    ids = event_ids(response)
    singapore = world["by_title"][("Donald Trump trifft Kim Jong Un", "2018-06-12")]
    new_york = world["by_title"][("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")]
    assert ids.index(singapore.pk) < ids.index(new_york.pk)


def test_dates_show_their_precision_in_german_and_english(client):
    make_korea_2018()
    make_event("Ein Treffen, von dem niemand weiß, wann")
    german = get(client).content.decode()
    for label in ["30. Mai 2018", "Woche 13, 2018", "September 2018", ">2018</time>", "ohne Datum"]:
        assert label in german
    assert '<time class="event__date" datetime="2018-W13">Woche 13, 2018</time>' in german
    english = get(client, lang="en").content.decode()
    for label in ["May 30, 2018", "Week 13, 2018", "September 2018", "undated"]:
        assert label in english
    assert '<html lang="en">' in english and "Load more" not in english  # 15 events: one page


def test_an_event_line_shows_kind_place_actors_quote_sources_and_review(client):
    world = make_korea_2018()
    html = get(client).content.decode()
    singapore = world["by_title"][("Donald Trump trifft Kim Jong Un", "2018-06-12")]
    line = html[html.index(f'id="event-{singapore.pk}"') :]
    line = line[: line.index("</li>")]
    assert "Treffen" in line and "Singapur" in line
    assert f'href="{world["actors"]["trump"].get_absolute_url()}">Donald Trump</a>' in line
    assert "2 Quellen" in line and "geprüft" in line
    statement = world["by_title"][
        ("Mike Pompeo: „Wir haben gute Fortschritte gemacht“", "2018-05-31")
    ]
    line = html[html.index(f'id="event-{statement.pk}"') :]
    line = line[: line.index("</li>")]
    assert "Äußerung" in line and "1 Quelle" in line and "automatisch erkannt" in line


def test_a_second_event_on_the_same_date_does_not_repeat_the_date_on_screen(client):
    first = make_event("Erstes Treffen", date="2019-03-01", precision="day")
    second = make_event("Zweites Treffen", date="2019-03-01", precision="day")
    make_event("Monat", date="2019-03", precision="month")
    html = get(client).content.decode()
    assert f'<li class="event event--meeting event--same-date" id="event-{first.pk}">' in html
    assert f'<li class="event event--meeting" id="event-{second.pk}">' in html
    assert (
        html.count('datetime="2019-03-01">1. März 2019</time>') == 2
    )  # still there for screen readers


def test_rejected_events_are_never_shown(client):
    make_korea_2018()
    html = get(client).content.decode()
    assert "Xi Jinping trifft Donald Trump" not in html
    html = get(client, INDEX + "?q=Washington").content.decode()
    assert "Xi Jinping trifft Donald Trump" not in html


def test_oldest_first_reverses_the_dated_events_and_keeps_undated_ones_last(client):
    world = make_korea_2018()
    ids = event_ids(get(client, INDEX + "?order=oldest"))
    first = world["by_title"][("Kim Jong Un besucht Seoul", "2018")]  # 2018-01-01 .. 2018-12-31
    undated = [e for e in world["events"] if not e.date_value][0]
    assert ids[0] == first.pk
    assert ids[-1] == undated.pk


def test_load_more_pages_through_every_event_once_with_a_real_link(client):
    world = make_korea_2018()
    public = {e.pk for e in world["events"] if e.review_status != Event.Review.REJECTED}
    seen: list[int] = []
    url = INDEX + "?size=4"
    while url:
        response = get(client, url)
        seen += event_ids(response)
        match = re.search(
            r'<a class="button button--quiet" href="([^"]+)" hx-get', response.content.decode()
        )
        url = match and match[1].replace("&amp;", "&")
    assert len(seen) == len(public) and set(seen) == public


def test_an_htmx_request_gets_only_the_results_and_a_clean_url_to_push(client):
    make_korea_2018()
    response = get(client, INDEX + "?q=&actor=Mike+Pompeo&kind=", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html and 'id="filters"' not in html
    assert "Mike Pompeo trifft Kim Yong Chol" in html and "Moon Jae-in" not in html
    assert response["HX-Push-Url"] == "/?actor=Mike+Pompeo"
    assert "HX-Request" in response["Vary"]


def test_an_htmx_history_restore_gets_the_whole_page(client):
    make_korea_2018()
    response = get(
        client,
        INDEX + "?kind=meeting",
        HTTP_HX_REQUEST="true",
        HTTP_HX_HISTORY_RESTORE_REQUEST="true",
    )
    html = response.content.decode()
    assert "<html" in html and 'id="filters"' in html and "HX-Push-Url" not in response


def test_an_appended_page_does_not_repeat_the_headings_it_continues(client):
    make_korea_2018()
    first = get(client, INDEX + "?size=3").content.decode()
    cursor = re.search(r"after=([^&\"]+)", first)[1]
    group = re.search(r'hx-vals=\'\{"group": "([^"]*)"\}\'', first)[1]
    assert group == "2018-07"  # December (reported), September, July
    more = get(
        client, f"{INDEX}?size=3&after={cursor}&group={group}", HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "group-year" not in more  # still 2018
    assert re.findall(r'<h3 class="group-month">([^<]+)</h3>', more) == ["Juni 2018", "Mai 2018"]
    # Without htmx (a new page) the headings are shown again.
    page = get(client, f"{INDEX}?size=3&after={cursor}").content.decode()
    assert '<h2 class="group-year">2018</h2>' in page


def make_many(n: int) -> None:
    actors = [make_actor(f"Akteur {i}", country="DE") for i in range(4)]
    article = make_article("Quelle für viele Ereignisse.")
    for i in range(n):
        make_event(
            f"Treffen {i}",
            actors=actors[i % 3 : i % 3 + 2],
            date=f"2019-{1 + i % 12:02d}-{1 + i % 28:02d}",
            precision="day",
            article=article,
            place="Berlin",
        )
    for i in range(3):
        make_event(f"Ohne Datum {i}", actors=actors[:1])


@pytest.mark.parametrize("size", [5, 50])
def test_the_number_of_queries_does_not_grow_with_the_page_size(
    client, django_assert_num_queries, size
):
    make_many(60)
    # countries for the filter, the chronology version and the count per month (cached
    # under it), placed events (with source counts), participants + actors, first reports
    with django_assert_num_queries(6):
        response = get(client, f"{INDEX}?size={size}")
    assert len(event_ids(response)) == size
    with django_assert_num_queries(5):  # the count per month comes from the cache
        get(client, f"{INDEX}?size={size}")


@pytest.mark.parametrize("size", [5, 50])
def test_filtered_pages_also_cost_a_bounded_number_of_queries(
    client, django_assert_max_num_queries, size
):
    make_many(60)
    # + the actor lookup, + undated events on a page where the dated ones run out
    with django_assert_max_num_queries(8):
        response = get(
            client, f"{INDEX}?size={size}&actor=Akteur+1&q=Treffen&country=DE&kind=meeting"
        )
    assert 0 < len(event_ids(response)) <= size
    with django_assert_max_num_queries(7):
        response = get(client, f"{INDEX}?size={size}&after=2019-06-15.30")
    assert len(event_ids(response)) > 0


def test_the_language_follows_the_browser_and_can_be_switched(client):
    make_korea_2018()
    assert "Chronologie" in get(client, lang="de").content.decode()
    assert "<h1>Chronology</h1>" in get(client, lang="en").content.decode()
    response = client.post(
        reverse("set_language"),
        {"language": "en", "next": "/?kind=meeting"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 302 and response["Location"] == "/?kind=meeting"
    html = get(client, lang="de").content.decode()  # the cookie now wins over the header
    assert "<h1>Chronology</h1>" in html and "Meeting" in html


def test_the_page_has_landmarks_a_skip_link_and_labelled_controls(client):
    make_korea_2018()
    html = get(client).content.decode()
    assert '<a class="skip-link" href="#main">Zum Inhalt springen</a>' in html
    assert '<main id="main"' in html and "<header" in html and "<nav" in html
    assert "https://" not in html.split("<body>")[0]  # nothing from a CDN in <head>
    for control in re.findall(r'<(?:input|select)[^>]*\bid="([^"]+)"', html):
        assert f'for="{control}"' in html, control


def test_links_keep_the_prefix_of_a_site_served_below_the_root(client):
    world = make_korea_2018()
    trump = world["actors"]["trump"]
    singapore = world["by_title"][("Donald Trump trifft Kim Jong Un", "2018-06-12")]
    # What the WSGI handler does for a site mounted at /chronik/ (the test client does not).
    set_script_prefix("/chronik/")
    try:
        below = get(client).content.decode()
    finally:
        set_script_prefix("/")
    assert f'href="/chronik/events/{singapore.pk}/"' in below
    assert f'href="/chronik/actors/{trump.pk}/">Donald Trump</a>' in below
    at_root = get(client).content.decode()
    assert f'href="/events/{singapore.pk}/"' in at_root and "/chronik/events/" not in at_root


def test_the_event_line_can_be_included_for_events_fetched_elsewhere(db):
    from django.template.loader import render_to_string

    kim = make_actor("Kim Jong Un", country="KP")
    event = make_event("Kim Jong Un trifft Xi Jinping", actors=[kim], date="2018-03-26", precision="day")
    for name in ("timeline/index.html#event_line", "timeline/_event_line.html"):
        html = render_to_string(name, {"event": Event.objects.get(pk=event.pk)})
        assert f'id="event-{event.pk}"' in html and f'href="/actors/{kim.pk}/">Kim Jong Un</a>' in html


def test_an_undated_event_is_placed_at_its_report_date_and_labelled_so(client):
    world = make_korea_2018()
    statement = world["by_title"][("Kim Yong Chol: „Die Gespräche waren ernsthaft“", None)]
    german = get(client).content.decode()
    line = german[german.index(f'id="event-{statement.pk}"') - 60 :]
    line = line[: line.index("</li>")]
    # Text and class say it is a report date, not the event's date.
    assert "event--reported" in line
    assert (
        '<time class="event__date event__date--reported" datetime="2018-12-28">'
        "berichtet am 28. Dezember 2018</time>"
    ) in line
    assert "Ohne Datum" not in german  # every event here has a report date
    english = get(client, lang="en").content.decode()
    assert "reported Dec. 28, 2018</time>" in english


def test_a_planned_undated_event_is_announced(client):
    article = make_article("Ein Besuch wurde angekündigt.", published="2019-03-04")
    make_event("Besuch in Seoul", article=article, status=Event.Status.PLANNED)
    assert "angekündigt am 4. März 2019" in get(client).content.decode()
    assert "announced March 4, 2019" in get(client, lang="en").content.decode()


def test_an_undated_event_takes_the_earliest_of_its_reports(client):
    early = make_article("Erster Bericht.", published="2019-03-04")
    late = make_article("Späterer Bericht.", published="2019-05-06")
    event = make_event("Gespräch", article=late)
    assert str(event.sort_date) == "2019-05-06"
    from .factories import add_evidence

    add_evidence(event, early, "Erster Bericht.")
    event.refresh_from_db()
    assert str(event.sort_date) == "2019-03-04"
    assert "berichtet am 4. März 2019" in get(client).content.decode()


def test_an_event_line_quotes_its_first_report_and_links_the_original(client):
    world = make_korea_2018()
    html = get(client).content.decode()
    singapore = world["by_title"][("Donald Trump trifft Kim Jong Un", "2018-06-12")]
    line = html[html.index(f'id="event-{singapore.pk}"') :]
    line = line[: line.index("</li>")]
    # Two reports: the earlier one (New York, 31 May) gives the sentence and the outlet.
    assert (
        '<span class="event__sentence" lang="de">Ein Treffen von Donald Trump mit Kim Jong Un '
        "in Singapur sei weiter möglich.</span>"
    ) in line
    assert (
        '<a href="https://example.org/new-york" rel="noopener noreferrer">Beispiel-Zeitung'
        '<span class="visually-hidden"> (Originalartikel)</span></a>'
    ) in line


def test_without_an_address_the_outlet_links_the_article_page(client):
    article = make_article("Kurz: Treffen in Bern.", published="2019-02-03", outlet="Der Bund")
    make_event("Treffen in Bern", date="2019-02-01", precision="day", article=article)
    html = get(client, lang="en").content.decode()
    assert f'<a href="{article.get_absolute_url()}">Der Bund</a>' in html
