"""The article page: public, polls its status while unfinished, shows events once done.
Readers get the article's metadata and the evidence sentences of its events; editors (or
everyone, where the newsroom publishes its texts) the whole text with evidence, actors and
dates marked."""
import datetime

import pytest
from django.urls import reverse

from articles.models import Article
from tests.timeline.factories import make_actor, make_event
from timeline.models import ActorAlias, Event, Evidence

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]

TEXT = (
    "Ein Vorspann ohne Ereignis.\n\n"
    "US-Außenminister Mike Pompeo hat am Mittwoch in New York Kim Yong Chol getroffen. "
    "Danach sagte Pompeo, es sei gut gelaufen. Ein <Zeichen> & mehr."
)


def make_article(status=Article.Status.DONE, **fields) -> Article:
    return Article.objects.create(
        title="Treffen in New York", text=TEXT, language="de", status=status, **fields
    )


def add_meeting(article: Article) -> Event:
    pompeo = make_actor("Mike Pompeo", country="US")
    ActorAlias.objects.create(actor=pompeo, text="Pompeo")
    kim = make_actor("Kim Yong Chol", country="KP")
    event = make_event("Mike Pompeo trifft Kim Yong Chol", actors=[pompeo, kim], date="2018-05-30",
                       precision="day")
    event.date_text = "am Mittwoch"
    event.save()
    sentence = "US-Außenminister Mike Pompeo hat am Mittwoch in New York Kim Yong Chol getroffen."
    start = TEXT.index(sentence)
    Evidence.objects.create(event=event, article=article, sentence=sentence, start=start,
                            end=start + len(sentence), extractor_version="test")
    return event


def test_it_is_public(client):
    article = make_article()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Treffen in New York" in response.content.decode()


def test_it_escapes_the_text(client, editor):
    client.force_login(editor)
    page = client.get(make_article().get_absolute_url()).content.decode()
    assert "Ein &lt;Zeichen&gt; &amp; mehr." in page


@pytest.mark.parametrize("status", ["pending", "processing"])
def test_an_unfinished_article_polls_its_status(client, status):
    article = make_article(status=status)
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'hx-get="{article.get_absolute_url()}" hx-trigger="every 1s"' in page
    assert f'data-status="{status}"' in page
    assert "htmx" in page  # the script that does the polling
    assert f'<a href="{article.get_absolute_url()}" class="status-refresh">' in page  # without JS


def test_the_poll_gets_only_the_status_while_unfinished(client):
    article = make_article(status=Article.Status.PROCESSING)
    response = client.get(article.get_absolute_url(), headers={"HX-Request": "true"})
    content = response.content.decode()
    assert content.strip().startswith('<div id="article-status"')
    assert "<html" not in content and "article-events" not in content
    assert 'hx-trigger="every 1s"' in content


def test_the_poll_swaps_in_the_events_when_done(client, editor):
    client.force_login(editor)
    article = make_article()
    event = add_meeting(article)
    response = client.get(article.get_absolute_url(), headers={"HX-Request": "true"})
    content = response.content.decode()
    assert "hx-trigger" not in content  # polling stops
    assert '<section id="article-events" class="article-events" hx-swap-oob="true">' in content
    assert event.get_absolute_url() in content
    assert 'id="article-text"' in content and "<mark" in content


def test_a_done_article_shows_editors_its_events_and_marks_the_evidence(client, editor):
    article = make_article()
    event = add_meeting(article)
    client.force_login(editor)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "hx-trigger" not in page
    # The summary is made in the reader's language (English here) from the participants.
    assert f'<a href="{event.get_absolute_url()}">Mike Pompeo meets Kim Yong Chol</a>' in page
    assert '<mark class="evidence" title="Mike Pompeo trifft Kim Yong Chol">US-Außenminister </mark>' in page
    assert '<mark class="evidence actor" title="Mike Pompeo">Mike Pompeo</mark>' in page
    assert '<mark class="evidence date" title="2018-05-30">am Mittwoch</mark>' in page
    assert '<mark class="evidence actor" title="Kim Yong Chol">Kim Yong Chol</mark>' in page
    # Outside the evidence nothing is marked, not even a known name.
    assert "Danach sagte Pompeo, es sei gut gelaufen." in page
    assert "shown to editors only" not in page


def test_readers_get_the_metadata_and_the_evidence_but_not_the_whole_text(client):
    article = make_article(outlet="Agentur", url="https://news.example.org/pompeo-kim",
                           published=datetime.date(2018, 5, 31))
    event = add_meeting(article)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<h1>Treffen in New York</h1>" in page
    assert "Agentur" in page and '<time datetime="2018-05-31">' in page
    assert '<a href="https://news.example.org/pompeo-kim" rel="noopener noreferrer">' in page
    assert f'<a href="{event.get_absolute_url()}">Mike Pompeo meets Kim Yong Chol</a>' in page
    assert ("<p>US-Außenminister Mike Pompeo hat am Mittwoch in New York Kim Yong Chol "
            "getroffen.</p>") in page
    # Sentences that are no event's evidence stay with the editors.
    assert "Ein Vorspann ohne Ereignis." not in page
    assert "Danach sagte Pompeo" not in page
    assert "The full text of this article is shown to editors only." in page
    # Readers get no admin links.
    assert reverse("admin:timeline_event_change", args=[event.pk]) not in page


def test_the_poll_gives_readers_no_text_either(client):
    article = make_article()
    add_meeting(article)
    response = client.get(article.get_absolute_url(), headers={"HX-Request": "true"})
    content = response.content.decode()
    assert "Mike Pompeo hat am Mittwoch" in content  # the evidence, under its event
    assert "Ein Vorspann ohne Ereignis." not in content and "<mark" not in content


def test_signed_in_users_who_are_no_editors_get_the_reader_page(client, reader):
    article = make_article()
    add_meeting(article)
    client.force_login(reader)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Ein Vorspann ohne Ereignis." not in page
    assert "shown to editors only" in page


def test_staff_without_the_article_permission_get_the_reader_page(client, django_user_model):
    article = make_article()
    add_meeting(article)
    client.force_login(django_user_model.objects.create_user("carol", is_staff=True))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Ein Vorspann ohne Ereignis." not in page


def test_a_newsroom_that_owns_its_texts_publishes_them(client, settings):
    settings.CHRONIK_PUBLIC_FULL_TEXT = True
    article = make_article()
    add_meeting(article)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Ein Vorspann ohne Ereignis." in page
    assert '<mark class="evidence actor" title="Mike Pompeo">Mike Pompeo</mark>' in page
    assert "shown to editors only" not in page


def test_staff_get_links_to_the_admin(client, editor):
    article = make_article()
    event = add_meeting(article)
    client.force_login(editor)
    page = client.get(article.get_absolute_url()).content.decode()
    assert reverse("admin:timeline_event_change", args=[event.pk]) in page
    assert reverse("admin:articles_article_change", args=[article.pk]) in page


@pytest.mark.parametrize("as_editor", [False, True])
def test_rejected_events_are_not_shown(client, editor, as_editor):
    article = make_article()
    event = add_meeting(article)
    event.review_status = Event.Review.REJECTED
    event.save()
    if as_editor:
        client.force_login(editor)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "No meetings or statements were found in this article." in page
    assert "<mark" not in page
    assert "Mike Pompeo hat am Mittwoch" in page if as_editor else "Mike Pompeo" not in page


def test_a_failed_article_shows_its_error(client):
    article = make_article(status=Article.Status.FAILED, error="ValueError: kaputt")
    page = client.get(article.get_absolute_url()).content.decode()
    assert "ValueError: kaputt" in page and "hx-trigger" not in page
    assert "Retry" not in page  # only for editors


def test_unknown_articles_are_404(client):
    assert client.get(reverse("articles:detail", args=[999])).status_code == 404


def test_readers_see_no_processing_status_once_it_is_done_but_editors_do(client, editor):
    article = make_article(outlet="Agentur", url="https://news.example.org/pompeo-kim",
                           published=datetime.date(2018, 5, 31))
    add_meeting(article)
    page = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Verarbeitungsstatus" not in page and 'id="article-status"' not in page
    # The facts in the reader's language, with a plain link to the original.
    assert '<dt>Medium</dt><dd>Agentur</dd>' in page
    assert '<time datetime="2018-05-31">31. Mai 2018</time>' in page
    assert ('<a href="https://news.example.org/pompeo-kim" rel="noopener noreferrer">'
            'Originalartikel lesen</a> <span class="muted">(news.example.org)</span>') in page
    # Its events as timeline lines, their dates in words.
    assert '<time class="event__date" datetime="2018-05-30">30. Mai 2018</time>' in page
    english = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Read the original article" in english and "May 30, 2018" in english
    client.force_login(editor)
    page = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'id="article-status"' in page and "Processing status" in page


def test_readers_still_see_that_an_article_is_being_processed(client):
    article = make_article(status=Article.Status.PENDING)
    page = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'id="article-status"' in page and 'hx-trigger="every 1s"' in page
