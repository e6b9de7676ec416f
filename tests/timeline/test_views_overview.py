"""The timeline's head: date fields that keep what was typed, active filters as chips,
the count of the view, and the strip of events per month or year."""

from __future__ import annotations

import html as htmllib
import re

import pytest
from django.urls import reverse

from .factories import make_article, make_event, make_korea_2018

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]

INDEX = reverse("timeline:index")


def page(client, query: str = "", lang: str = "de") -> str:
    return client.get(f"{INDEX}?{query}", HTTP_ACCEPT_LANGUAGE=lang).content.decode()


@pytest.fixture
def korea():
    return make_korea_2018()


def input_tag(html: str, name: str) -> str:
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', html)[0]


def test_period_shorthands_are_shown_as_typed(client, korea):
    html = page(client, "date_from=2018-W13&date_to=2018-05")
    start, end = input_tag(html, "date_from"), input_tag(html, "date_to")
    assert 'type="text"' in start and 'value="2018-W13"' in start
    assert 'value="2018-05"' in end and 'pattern="' in end
    # The hint is tied to the field.
    assert 'aria-describedby="id_date_from_helptext"' in start
    assert 'id="id_date_from_helptext">z. B. 2019, 2019-05, 2019-W21<' in html
    year = page(client, "date_from=2018&date_to=2018", lang="en")
    assert 'value="2018"' in input_tag(year, "date_from")
    assert "e.g. 2019, 2019-05, 2019-W21" in year


def test_an_invalid_date_is_marked_at_its_field(client, korea):
    html = page(client, "date_from=Mai")
    field = input_tag(html, "date_from")
    assert 'aria-invalid="true"' in field and "id_date_from_error" in field
    assert '<small class="field-error" id="id_date_from_error">Ein Datum wie 2018-05-30' in html


def test_active_filters_are_chips_that_remove_one_filter_each(client, korea):
    html = page(client, "kind=meeting&date_from=2018&country=kp&after=2018-05-01.3")
    chips = re.findall(r'<a class="chip" href="([^"]*)">([^<]*)<', html)
    assert [label for _, label in chips] == ["Land: Nordkorea", "Art: Treffen", "Von: 2018"]
    hrefs = {label: htmllib.unescape(href) for href, label in chips}
    # Each link keeps the other filters as given, and starts again at the first page.
    assert hrefs["Art: Treffen"] == "/?date_from=2018&country=kp"
    assert hrefs["Von: 2018"] == "/?kind=meeting&country=kp"
    english = page(client, "date_to=2018-W21&verified=on", lang="en")
    assert re.findall(r'<a class="chip" href="[^"]*">([^<]*)<', english) == [
        "To: 2018-W21", "Only verified events"
    ]
    assert "(remove this filter)" in english
    assert 'class="chip"' not in page(client)


def test_the_count_of_the_view_in_words_and_numbers(client, korea):
    assert "<strong>14 Ereignisse</strong>" in page(client)
    assert "<strong>1 Ereignis</strong>" in page(
        client, "kind=statement&date_from=2018-05-24&date_to=2018-05-24"
    )
    assert "<strong>14 events</strong>" in page(client, lang="en")
    assert "<strong>0 Ereignisse</strong>" in page(client, "date_from=2030")


def test_a_large_count_is_grouped_the_way_the_language_writes_it(client):
    from timeline.views import events_count_label
    from django.utils import translation

    with translation.override("de"):
        assert events_count_label(1234) == "1.234 Ereignisse"
    with translation.override("en"):
        assert events_count_label(1234) == "1,234 events"


def test_the_strip_has_a_bar_per_month_linking_to_that_month(client, korea):
    html = page(client, "kind=meeting")
    strip = html[html.index('<figure class="strip">') : html.index("</figure>")]
    assert "Ereignisse pro Monat, Januar 2018 bis September 2018" in strip
    bars = re.findall(r'<a href="([^"]+)" aria-label="([^"]+)"><title>', strip)
    labels = [label for _, label in bars]
    # Months without events have no bar to follow; the year-only event sits in January.
    assert labels[0] == "Januar 2018: 1 Ereignis"
    assert "Juni 2018: 1 Ereignis" in labels and "Mai 2018: 2 Ereignisse" in labels
    href = htmllib.unescape(dict((label, href) for href, label in bars)["Mai 2018: 2 Ereignisse"])
    assert href == "/?kind=meeting&date_from=2018-05&date_to=2018-05"
    # Following it narrows the view to that month, keeping the kind (the year-only event,
    # which overlaps every month of 2018, stays too).
    narrowed = page(client, href.split("?", 1)[1])
    assert "<strong>3 Ereignisse</strong>" in narrowed
    assert 'value="2018-05"' in input_tag(narrowed, "date_from")
    # The same numbers as a table, for reading without the picture.
    assert re.search(r'<th scope="row"><a href="[^"]+">Mai 2018</a></th><td class="num">2</td>', strip)


def test_the_strip_counts_per_year_over_a_long_range(client):
    article = make_article("Bericht.", published="2015-01-05")
    make_event("Früh", date="2012-03-01", precision="day", article=article)
    make_event("Spät", date="2017-08", precision="month", article=article)
    make_event("Undatiert", article=article)
    make_event("Ganz ohne Datum")
    html = page(client, lang="en")
    assert "Events per year, 2012 to 2017" in html
    labels = re.findall(r'aria-label="(\d{4}: [^"]+)"', html)
    assert labels == ["2012: 1 event", "2015: 1 event", "2017: 1 event"]
    assert "<strong>4 events</strong>" in html and "(1 of them without a date)" in html


def test_the_strip_follows_the_other_filters(client, korea):
    html = page(client, "actor=Kim+Yong+Chol", lang="en")
    assert re.findall(r'aria-label="([^"]+)"><title>', html) == [
        "May 2018: 1 event", "July 2018: 1 event", "December 2018: 1 event"
    ]
