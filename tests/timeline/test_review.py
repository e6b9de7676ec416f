"""Editors verify and reject events: the service, the controls on the timeline lines and
the event page (htmx and plain forms), and the review queue."""
from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from timeline import services
from timeline.models import ChronologyVersion, Event

from .factories import add_evidence, make_actor, make_article, make_event

pytestmark = pytest.mark.django_db

QUEUE = "/review/"


@pytest.fixture
def world():
    """Two articles, German and English, with unchecked events of each kind and
    confidence, one verified and one rejected."""
    baerbock, wang = make_actor("Annalena Baerbock"), make_actor("Wang Yi")
    blinken = make_actor("Antony Blinken")
    de = make_article(
        "Baerbock traf am Montag in Peking Wang Yi. Wang sagte, man sei sich nähergekommen.",
        title="Baerbock in Peking",
    )
    en = make_article("Blinken met Wang Yi in Munich on Friday.", title="Blinken in Munich", language="en")
    events = {
        "peking": make_event(
            "Baerbock trifft Wang Yi", actors=[baerbock, wang], date="2023-04-14", precision="day",
            place="Peking", confidence=0.9,
        ),
        "quote": make_event(
            "Wang Yi: „Man ist sich nähergekommen“", kind=Event.Kind.STATEMENT, actors=[wang],
            date="2023-04-14", precision="day", confidence=0.4,
        ),
        "munich": make_event(
            "Blinken meets Wang Yi", actors=[blinken, wang], date="2023-02-17", precision="day",
            place="Munich", confidence=0.6,
        ),
        "checked": make_event(
            "Wang Yi trifft Baerbock", actors=[wang, baerbock], date="2022-11-01", precision="day",
            review_status=Event.Review.VERIFIED,
        ),
        "wrong": make_event(
            "Baerbock trifft China", actors=[baerbock], date="2023-04-13", precision="day",
            review_status=Event.Review.REJECTED,
        ),
    }
    Event.objects.filter(pk=events["peking"].pk).update(date_text="am Montag")
    first, second = "Baerbock traf am Montag in Peking Wang Yi.", "Wang sagte, man sei sich nähergekommen."
    for key, sentence in [("peking", first), ("quote", second), ("checked", first), ("wrong", first)]:
        add_evidence(events[key], de, sentence)
    add_evidence(events["munich"], en, "Blinken met Wang Yi in Munich on Friday.")
    return {"events": events, "articles": {"de": de, "en": en}}


def queue_titles(html: str) -> list[str]:
    return re.findall(r'<h2 class="queue-item__title"[^>]*><a href="[^"]+">([^<]+)</a>', html)


def status_of(event: Event) -> str:
    event.refresh_from_db()
    return event.review_status


# --- The service -------------------------------------------------------------------------


def test_a_verdict_is_saved_and_changes_the_chronology_version(world, editor):
    before = ChronologyVersion.current()
    event = world["events"]["peking"]
    services.event_review(event=event, status=Event.Review.VERIFIED, user=editor)
    assert status_of(event) == "verified"
    assert ChronologyVersion.current() != before


def test_a_verdict_is_verified_or_rejected_only(world):
    event = world["events"]["peking"]
    for status in (Event.Review.EDITED, Event.Review.EXTRACTED, "maybe"):
        with pytest.raises(ValueError):
            services.event_review(event=event, status=status)
    assert status_of(event) == "extracted"


def test_a_verdict_goes_through_save(world, editor):
    """Each event is saved on its own, with its editor: a model history (which listens to
    saves, not to queryset updates) records who verified or rejected what."""
    from django.db.models.signals import post_save

    saved = []

    def record(sender, instance, **kwargs):
        saved.append((instance.pk, instance.review_status, instance._history_user))

    post_save.connect(record, sender=Event)
    try:
        events = [world["events"]["peking"], world["events"]["munich"]]
        count = services.events_review(events=events, status=Event.Review.REJECTED, user=editor)
    finally:
        post_save.disconnect(record, sender=Event)
    assert count == 2
    assert sorted(saved) == sorted((event.pk, "rejected", editor) for event in events)


# --- Timeline lines and the event page -----------------------------------------------


def test_editors_verify_from_the_timeline_line_with_htmx(client, world, editor):
    client.force_login(editor)
    event = world["events"]["munich"]
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    line = html.split(f'id="event-{event.pk}"')[1].split("</li>")[0]
    assert "Bestätigen" in line and "Verwerfen" in line and "automatisch erkannt" in line

    url = reverse("timeline:event_review", args=[event.pk])
    response = client.post(url, {"status": "verified", "next": "/"}, HTTP_HX_REQUEST="true",
                           HTTP_ACCEPT_LANGUAGE="de")
    body = response.content.decode()
    assert body.startswith(f'<li class="event event--meeting" id="event-{event.pk}"')
    assert "geprüft" in body and "Bestätigen" not in body and "Verwerfen" in body
    assert status_of(event) == "verified"


def test_without_javascript_the_form_returns_to_the_line(client, world, editor):
    client.force_login(editor)
    event = world["events"]["munich"]
    url = reverse("timeline:event_review", args=[event.pk])
    response = client.post(url, {"status": "rejected", "next": "/?kind=meeting"})
    assert response.status_code == 302
    assert response["Location"] == f"/?kind=meeting#event-{event.pk}"
    assert status_of(event) == "rejected"


def test_a_next_address_off_the_site_is_not_followed(client, world, editor):
    client.force_login(editor)
    event = world["events"]["munich"]
    url = reverse("timeline:event_review", args=[event.pk])
    response = client.post(url, {"status": "verified", "next": "https://evil.example/"})
    assert response["Location"] == event.get_absolute_url()


def test_editors_can_take_a_rejection_back_on_the_event_page(client, world, editor):
    client.force_login(editor)
    wrong = world["events"]["wrong"]
    html = client.get(wrong.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "verworfen" in html and 'value="verified"' in html and 'value="rejected"' not in html
    assert "hx-post" not in html.split('class="detail__review"')[1].split("</div>")[0]
    url = reverse("timeline:event_review", args=[wrong.pk])
    response = client.post(url, {"status": "verified", "next": wrong.get_absolute_url()})
    assert response["Location"] == wrong.get_absolute_url()
    assert status_of(wrong) == "verified"


def test_readers_get_no_controls_and_may_not_post(client, world, reader, settings):
    settings.CHRONIK_PUBLIC_EVENTS = "all"
    event = world["events"]["munich"]
    url = reverse("timeline:event_review", args=[event.pk])
    assert 'name="status"' not in client.get("/").content.decode()
    response = client.post(url, {"status": "verified"})
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    client.force_login(reader)
    assert 'name="status"' not in client.get("/").content.decode()
    assert client.post(url, {"status": "verified"}).status_code == 403
    assert client.get(QUEUE).status_code == 403
    assert status_of(event) == "extracted"


def test_a_verdict_needs_the_csrf_token(world, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    event = world["events"]["munich"]
    url = reverse("timeline:event_review", args=[event.pk])
    assert client.post(url, {"status": "verified"}).status_code == 403
    assert status_of(event) == "extracted"
    html = client.get("/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert client.post(url, {"status": "verified", "csrfmiddlewaretoken": token}).status_code == 302
    assert status_of(event) == "verified"


def test_a_verdict_must_be_one_of_the_two(client, world, editor):
    client.force_login(editor)
    event = world["events"]["munich"]
    url = reverse("timeline:event_review", args=[event.pk])
    assert client.post(url, {"status": "edited"}).status_code == 400
    assert client.get(url).status_code == 405
    assert status_of(event) == "extracted"


# --- The review queue --------------------------------------------------------------------


def test_the_queue_shows_each_unchecked_event_with_what_an_editor_needs(client, world, editor):
    client.force_login(editor)
    html = client.get(QUEUE, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    # In timeline order, newest first (the later of two on one day first).
    assert queue_titles(html) == [
        "Wang Yi: „Man ist sich nähergekommen“", "Baerbock trifft Wang Yi", "Blinken meets Wang Yi"
    ]
    item = html.split(f'id="queue-{world["events"]["peking"].pk}"')[1].split("</li>")[0]
    assert '<mark class="evidence">Baerbock traf am Montag in Peking Wang Yi.</mark>' in item
    assert "Annalena Baerbock" in item and "Wang Yi" in item and "Peking" in item
    assert "14. April 2023" in item and "„am Montag“" in item and "(2023-04-14)" in item
    assert "automatisch erkannt" in item and "Konfidenz 0,90" in item
    assert 'data-key="v"' in item and 'data-key="r"' in item and 'data-key="e"' in item
    assert "Noch 3 Ereignisse zu prüfen." in html


def test_the_queue_speaks_english_too(client, world, editor):
    client.force_login(editor)
    html = client.get(QUEUE, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Review queue" in html and "3 events left to review." in html
    assert "Verify selected" in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ("kind=statement", ["Wang Yi: „Man ist sich nähergekommen“"]),
        ("language=en", ["Blinken meets Wang Yi"]),
        ("confidence=low", ["Wang Yi: „Man ist sich nähergekommen“"]),
        ("confidence=medium", ["Blinken meets Wang Yi"]),
        ("confidence=high", ["Baerbock trifft Wang Yi"]),
        ("article={de}&kind=meeting", ["Baerbock trifft Wang Yi"]),
    ],
)
def test_the_queue_filters_by_article_kind_language_and_confidence(client, world, editor, query, expected):
    client.force_login(editor)
    html = client.get(f"{QUEUE}?{query.format(de=world['articles']['de'].pk)}", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert queue_titles(html) == expected
    assert "3 events left to review." in html
    assert f"{len(expected)} of them matches these filters." in html


def test_the_article_filter_offers_articles_with_events_left(client, world, editor):
    client.force_login(editor)
    html = client.get(QUEUE).content.decode()
    options = re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', html)
    assert ("%d" % world["articles"]["de"].pk, "Baerbock in Peking") in options
    assert ("%d" % world["articles"]["en"].pk, "Blinken in Munich") in options
    response = client.get(f"{QUEUE}?article=999999")
    assert queue_titles(response.content.decode()) == []  # an unknown article is an error


def test_bulk_verdicts_without_javascript(client, world, editor):
    client.force_login(editor)
    peking, munich = world["events"]["peking"], world["events"]["munich"]
    response = client.post(
        QUEUE,
        {"event": [peking.pk, munich.pk], "status": "rejected", "next": f"{QUEUE}?kind=meeting"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 302 and response["Location"] == f"{QUEUE}?kind=meeting"
    assert (status_of(peking), status_of(munich)) == ("rejected", "rejected")
    html = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "2 Ereignisse verworfen." in html
    assert queue_titles(html) == [] and "Noch 1 Ereignis zu prüfen." in html


def test_bulk_buttons_with_nothing_selected_say_so(client, world, editor):
    client.force_login(editor)
    response = client.post(QUEUE, {"status": "verified", "next": QUEUE}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    html = client.get(QUEUE, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Select at least one event first." in html and len(queue_titles(html)) == 3


def test_one_verdict_with_htmx_answers_a_note_and_the_counts_going_down(client, world, editor):
    client.force_login(editor)
    quote = world["events"]["quote"]
    response = client.post(
        QUEUE,
        {"event": quote.pk, "status": "verified", "next": f"{QUEUE}?language=de"},
        HTTP_HX_REQUEST="true",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    body = response.content.decode()
    assert f'<li class="queue-item queue-item--done" id="queue-{quote.pk}"' in body
    assert "Verified:" in body
    counts = body.split('id="review-counts"')[1]
    assert 'hx-swap-oob="true"' in counts
    assert "2 events left to review." in counts and "1 of them matches these filters." in counts
    assert status_of(quote) == "verified"


def test_the_queue_needs_a_signed_in_editor(client, world):
    response = client.get(QUEUE)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_editors_find_the_queue_in_the_navigation(client, world, editor, reader):
    client.force_login(editor)
    assert f'href="{QUEUE}"' in client.get("/").content.decode()
    client.force_login(reader)
    assert f'href="{QUEUE}"' not in client.get("/").content.decode()


def test_the_article_filter_lists_the_newest_articles_and_keeps_one_asked_for(world):
    from timeline.forms import ReviewQueueFilterForm
    from timeline.selectors import review_articles

    de, en = world["articles"]["de"], world["articles"]["en"]
    assert review_articles(limit=1) == [(en.pk, "Blinken in Munich")]
    assert review_articles(limit=1, include=de.pk) == [
        (en.pk, "Blinken in Munich"), (de.pk, "Baerbock in Peking")
    ]
    form = ReviewQueueFilterForm({"article": str(de.pk)})
    assert form.is_valid() and form.filters().article_id == de.pk


def test_duplicates_merged_from_the_queue_keep_every_evidence(client, world, editor):
    client.force_login(editor)
    peking, munich = world["events"]["peking"], world["events"]["munich"]
    response = client.post(
        QUEUE, {"event": [munich.pk, peking.pk], "status": "merge", "next": QUEUE},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302
    keep = min(peking.pk, munich.pk)
    assert not Event.objects.filter(pk=max(peking.pk, munich.pk)).exists()
    kept = Event.objects.get(pk=keep)
    assert kept.review_status == Event.Review.EDITED
    assert {e.article_id for e in kept.evidence.all()} == {a.pk for a in world["articles"].values()}
    html = client.get(QUEUE, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"1 event merged into event {keep}." in html
    assert len(queue_titles(html)) == 1  # the merged event was corrected: out of the queue


def test_merging_needs_two_events(client, world, editor):
    client.force_login(editor)
    response = client.post(
        QUEUE, {"event": [world["events"]["peking"].pk], "status": "merge", "next": QUEUE},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302
    assert "Select at least two events to merge." in client.get(QUEUE).content.decode()
    assert Event.objects.filter(pk=world["events"]["peking"].pk).exists()
