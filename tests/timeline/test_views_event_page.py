"""The event page (permalink): everything known about one event and its sources."""

from __future__ import annotations

import pytest
from django.urls import reverse

from timeline.models import Event, Evidence

from .factories import add_evidence, make_article, make_event, make_korea_2018

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def korea():
    return make_korea_2018()


def page(client, event, lang="de") -> str:
    response = client.get(reverse("timeline:event", args=[event.pk]), HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_date_place_status_participants_and_review(client, korea):
    event = korea["by_title"][("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")]
    html = page(client, event)
    assert "<h1>Mike Pompeo trifft Kim Yong Chol</h1>" in html
    assert '<time datetime="2018-05-30">30. Mai 2018</time>' in html
    assert "(Genauigkeit: Tag)" in html and "im Text: „am Mittwoch“" in html
    assert "New York" in html and "Stattgefunden" in html and "geprüft" in html
    pompeo = korea["actors"]["pompeo"]
    assert f'<a href="{pompeo.get_absolute_url()}">Mike Pompeo</a>' in html
    assert "Teilnehmer · Außenminister der USA · Vereinigte Staaten" in html


def test_a_week_and_a_planned_event_say_so(client, korea):
    easter = korea["by_title"][("Mike Pompeo trifft Kim Jong Un", "2018-W13")]
    html = page(client, easter, lang="en")
    assert '<time datetime="2018-W13">Week 13, 2018</time>' in html and "(precision: week)" in html
    seoul = korea["by_title"][("Kim Jong Un besucht Seoul", "2018")]
    html = page(client, seoul)
    assert "Geplant" in html and "Im Text: „noch in diesem Jahr“".lower() in html.lower()


def test_every_source_is_linked_with_the_evidence_marked(client, korea):
    event = korea["by_title"][("Donald Trump trifft Kim Jong Un", "2018-06-12")]
    html = page(client, event)
    assert "2 Quellen" in html
    for article in (korea["articles"]["singapore"], korea["articles"]["new_york"]):
        assert f'<a href="{article.get_absolute_url()}">{article.title}</a>' in html
    assert (
        '<mark class="evidence">Donald Trump and Kim Jong Un met on Tuesday on Sentosa island in '
        "Singapore, the first meeting of a sitting US president with a North Korean leader.</mark>"
    ) in html
    # The newest article first; the English excerpt is marked as English.
    assert html.index("Trump and Kim meet in Singapore") < html.index(
        "Pompeo empfängt Kim Yong Chol"
    )
    assert '<blockquote class="source__excerpt" lang="en">' in html


def test_article_text_is_escaped_around_the_mark(client, editor):
    article = make_article(
        'Vorher <script>alert("x")</script>. Merkel traf Macron in Paris. Danach & mehr.'
    )
    event = make_event("Angela Merkel trifft Emmanuel Macron", date="2019-01-22", precision="day")
    add_evidence(event, article, "Merkel traf Macron in Paris.")
    client.force_login(editor)  # only editors see the text around the evidence
    html = page(client, event)
    assert "<script>alert" not in html
    assert (
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;. <mark class="evidence">Merkel traf Macron in Paris.</mark> Danach &amp; mehr.'
        in html
    )


@pytest.mark.parametrize("who", ["anonymous", "reader"])
def test_readers_get_the_evidence_sentence_without_the_text_around_it(client, reader, who):
    article = make_article("Ein Vorspann. Merkel traf Macron in Paris. Ein Nachsatz.", title="Paris")
    event = make_event("Angela Merkel trifft Emmanuel Macron", date="2019-01-22", precision="day")
    add_evidence(event, article, "Merkel traf Macron in Paris.")
    if who == "reader":
        client.force_login(reader)
    html = page(client, event)
    assert '<p>… <mark class="evidence">Merkel traf Macron in Paris.</mark> …</p>' in html
    assert "Vorspann" not in html and "Nachsatz" not in html


def test_a_newsroom_that_owns_its_texts_shows_the_text_around_the_evidence(client, settings):
    settings.CHRONIK_PUBLIC_FULL_TEXT = True
    article = make_article("Ein Vorspann. Merkel traf Macron in Paris. Ein Nachsatz.", title="Paris")
    event = make_event("Angela Merkel trifft Emmanuel Macron", date="2019-01-22", precision="day")
    add_evidence(event, article, "Merkel traf Macron in Paris.")
    html = page(client, event)
    assert "Ein Vorspann. <mark" in html and "</mark> Ein Nachsatz." in html


def test_offsets_outside_the_text_fall_back_to_the_stored_sentence(client):
    article = make_article("Kurz.")
    event = make_event("Ein Treffen", date="2019-01-22", precision="day")
    Evidence.objects.create(
        event=event,
        article=article,
        sentence="Ein längerer Satz von früher.",
        start=100,
        end=130,
        extractor_version="old",
    )
    assert '<mark class="evidence">Ein längerer Satz von früher.</mark>' in page(client, event)


def test_only_staff_see_the_admin_link(client, korea, editor, reader):
    event = korea["events"][0]
    link = reverse("admin:timeline_event_change", args=[event.pk])
    assert link not in page(client, event)
    client.force_login(reader)
    assert link not in page(client, event)
    client.force_login(editor)
    assert link in page(client, event)


def test_unknown_and_rejected_events_are_404(client, korea):
    assert client.get(reverse("timeline:event", args=[999_999])).status_code == 404
    rejected = Event.objects.get(review_status=Event.Review.REJECTED)
    assert client.get(reverse("timeline:event", args=[rejected.pk])).status_code == 404


def test_the_event_page_costs_a_fixed_number_of_queries(client, korea, django_assert_num_queries):
    event = korea["by_title"][("Donald Trump trifft Kim Jong Un", "2018-06-12")]
    with django_assert_num_queries(3):  # event, participants + actors, evidence + articles
        page(client, event)


def test_a_statement_shows_its_full_quote_unless_the_summary_carries_it(client):
    long_quote = "Wir werden weiter verhandeln, solange es nötig ist, " * 4
    shortened = make_event(
        "Lawrow: „Wir werden weiter verhandeln, …“",
        kind=Event.Kind.STATEMENT,
        quote=long_quote.strip(),
        date="2019-05-05",
        precision="day",
    )
    assert f'<blockquote class="detail__quote"><p>„{long_quote.strip()}“</p></blockquote>' in page(
        client, shortened
    )
    whole = make_event(
        "Lawrow: „Nein.“", kind=Event.Kind.STATEMENT, quote="Nein.", date="2019-05-06", precision="day"
    )
    assert "detail__quote" not in page(client, whole)
