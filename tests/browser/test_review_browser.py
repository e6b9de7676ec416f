"""The review queue in Chromium: an editor verifies with a key and rejects in bulk, the
counts go down, and a reader then sees only the verified event (the default publishing
policy, `verified`); the queue works without JavaScript and is axe-clean in both languages."""

from __future__ import annotations

import re

import pytest

from tests.timeline.factories import add_evidence, make_actor, make_article, make_event
from timeline.models import Event

from .axe import axe_violations

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def unchecked(live_server):
    """Three events no editor has checked, newest first: Paris, Rome, Oslo."""
    macron, scholz, meloni = make_actor("Emmanuel Macron"), make_actor("Olaf Scholz"), make_actor("Giorgia Meloni")
    article = make_article(
        "Scholz traf am Montag in Paris Macron. Am Dienstag war er in Rom bei Meloni. "
        "Zuvor hatte Meloni Macron in Oslo getroffen.",
        title="Eine Woche in Europa",
    )
    events = {}
    for key, title, people, day, sentence in [
        ("paris", "Olaf Scholz trifft Emmanuel Macron", [scholz, macron], "2024-03-04",
         "Scholz traf am Montag in Paris Macron."),
        ("rome", "Olaf Scholz trifft Giorgia Meloni", [scholz, meloni], "2024-03-03",
         "Am Dienstag war er in Rom bei Meloni."),
        ("oslo", "Giorgia Meloni trifft Emmanuel Macron", [meloni, macron], "2024-03-02",
         "Zuvor hatte Meloni Macron in Oslo getroffen."),
    ]:
        events[key] = make_event(title, actors=people, date=day, precision="day", confidence=0.7)
        add_evidence(events[key], article, sentence)
    return events


def sign_in(page, live_server, user: str = "alice", password: str = "alice-pass-123") -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def reader_titles(browser, live_server) -> list[str]:
    context = browser.new_context(locale="de-DE")
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        return page.locator(".event__title a").all_inner_texts()
    finally:
        context.close()


def test_verify_with_a_key_reject_in_bulk_and_readers_see_the_verified_one(
    live_server, browser, page, editor, unchecked
):
    paris, rome, oslo = unchecked["paris"], unchecked["rome"], unchecked["oslo"]
    assert reader_titles(browser, live_server) == []  # nothing checked yet

    sign_in(page, live_server)
    page.goto(live_server.url + "/review/")
    counts = page.locator("#review-counts")
    assert "Noch 3 Ereignisse zu prüfen." in counts.inner_text()

    page.focus(f"#queue-{paris.pk}")
    page.keyboard.press("v")
    page.wait_for_selector(f"#queue-{paris.pk}.queue-item--done")
    assert "Bestätigt:" in page.inner_text(f"#queue-{paris.pk}")
    assert "Noch 2 Ereignisse zu prüfen." in counts.inner_text()
    # Focus went on to the next open event, so the keys keep working without the mouse.
    page.wait_for_function(f"document.activeElement.id === 'queue-{rome.pk}'")

    page.keyboard.press("x")  # select Rome
    page.keyboard.press("j")  # on to Oslo
    page.keyboard.press("x")
    assert page.is_checked(f"#select-{rome.pk}") and page.is_checked(f"#select-{oslo.pk}")
    page.get_by_role("button", name="Ausgewählte verwerfen").click()
    page.wait_for_selector("text=2 Ereignisse verworfen.")
    assert "Noch 0 Ereignisse zu prüfen." in page.locator("#review-counts").inner_text()
    assert page.locator("#queue .queue-item").count() == 0

    statuses = dict(Event.objects.values_list("pk", "review_status"))
    assert [statuses[e.pk] for e in (paris, rome, oslo)] == ["verified", "rejected", "rejected"]
    assert reader_titles(browser, live_server) == ["Olaf Scholz trifft Emmanuel Macron"]


def test_the_queue_works_without_javascript(live_server, js_disabled_page, editor, unchecked):
    page = js_disabled_page
    sign_in(page, live_server)
    page.goto(live_server.url + "/review/?confidence=medium")
    item = page.locator(f"#queue-{unchecked['rome'].pk}")
    item.get_by_role("button", name=re.compile("^Bestätigen")).click()
    page.wait_for_selector("text=1 Ereignis bestätigt.")
    assert page.url.endswith("/review/?confidence=medium")
    assert page.locator(f"#queue-{unchecked['rome'].pk}").count() == 0
    assert "Noch 2 Ereignisse zu prüfen." in page.locator("#review-counts").inner_text()


@pytest.mark.parametrize("locale, heading", [("de-DE", "Prüfliste"), ("en-US", "Review queue")])
def test_the_queue_has_no_serious_accessibility_violations(
    live_server, browser, editor, unchecked, locale, heading
):
    context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        sign_in(page, live_server)
        page.goto(live_server.url + "/review/")
        assert page.locator("h1").inner_text() == heading
        assert axe_violations(page) == []
        # And after a verdict has swapped a note in.
        page.focus(f"#queue-{unchecked['oslo'].pk}")
        page.keyboard.press("r")
        page.wait_for_selector(f"#queue-{unchecked['oslo'].pk}.queue-item--done")
        assert axe_violations(page) == []
    finally:
        context.close()
