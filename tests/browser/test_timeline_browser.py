"""The chronology in a real browser: htmx filtering without reloads, "load more", the
permalink, the same filter without JavaScript, screenshots and an axe-core check."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.timeline.factories import make_korea_2018

from .axe import axe_violations

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("all_events_public")]

# `make screenshots` points this at docs/screenshots; an ordinary test run leaves the
# tracked pictures alone and writes into a temporary folder.
SCREENSHOTS_DIR = os.environ.get("CHRONIK_SCREENSHOTS_DIR")


@pytest.fixture
def korea(live_server):
    return make_korea_2018()


def titles(page) -> list[str]:
    return page.locator("#results .event__title").all_inner_texts()


def test_filtering_by_actor_updates_the_list_and_the_url_without_a_reload(live_server, page, korea):
    page.goto(live_server.url + "/")
    assert "Singapur" in page.inner_text("#results")
    # A marker on window survives only if no full navigation happens.
    page.evaluate("window.__noReload = 'still here'")

    page.fill("#id_actor", "Kim Yong")
    # The datalist is filled from the suggestions endpoint while typing.
    page.wait_for_function("() => document.querySelectorAll('#actor-options option').length > 0")
    assert page.locator("#actor-options option").first.get_attribute("value") == "Kim Yong Chol"
    page.fill("#id_actor", "Kim Yong Chol")
    page.press("#id_actor", "Enter")

    page.wait_for_url(re.compile(r"actor=Kim\+Yong\+Chol"))
    page.wait_for_function(
        "() => !document.querySelector('#results .event__title a[href$=\"/events/%d/\"]')"
        % korea["by_title"][("Donald Trump trifft Kim Jong Un", "2018-06-12")].pk
    )
    shown = titles(page)
    assert shown and all("Kim Yong Chol" in title for title in shown)
    assert page.evaluate("window.__noReload") == "still here"
    # Screen readers are told that the list changed.
    page.wait_for_function("() => document.getElementById('results-status').textContent !== ''")
    assert page.inner_text("#results-status") == "Die Liste der Ereignisse wurde aktualisiert."

    # The back button restores the unfiltered list.
    page.go_back()
    page.wait_for_function("() => document.querySelector('#results').innerText.includes('Singapur')")


def test_load_more_appends_the_next_page_in_place(live_server, page, korea):
    page.goto(live_server.url + "/?size=5")
    page.evaluate("window.__noReload = 1")
    assert len(titles(page)) == 5
    page.click("text=Mehr Ereignisse laden")
    page.wait_for_function("() => document.querySelectorAll('#results .event').length === 10")
    page.click("text=Mehr Ereignisse laden")
    page.wait_for_function("() => document.querySelectorAll('#results .event').length === 14")
    assert page.locator("text=Mehr Ereignisse laden").count() == 0
    assert page.evaluate("window.__noReload") == 1
    # Each year heading appears once although the list came in three pages.
    assert page.locator("#results h2", has_text="2018").count() == 1
    # The month the first page ended in goes on without a second heading.
    assert page.locator("#results h3", has_text="Mai 2018").count() == 1
    # Keyboard focus moves to the first appended event once htmx has settled the swap (a moment
    # after the new events are in the page: wait for it, the check does not race the settle).
    page.wait_for_function("() => document.activeElement && document.activeElement.closest('.event') !== null")
    assert page.evaluate("Array.from(document.querySelectorAll('#results .event'))"
                         ".indexOf(document.activeElement.closest('.event'))") == 10


def test_a_permalink_opens_the_event_page_with_its_sources(live_server, page, korea):
    event = korea["by_title"][("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")]
    page.goto(live_server.url + "/")
    line = page.locator(f"#event-{event.pk}")
    assert line.locator("time").inner_text() == "30. Mai 2018"
    line.locator(".event__title a").click()
    page.wait_for_url(live_server.url + event.get_absolute_url())
    assert page.inner_text("h1") == "Mike Pompeo trifft Kim Yong Chol"
    assert "„am Mittwoch“" in page.inner_text(".facts")
    assert page.inner_text("mark.evidence").startswith("US-Außenminister Mike Pompeo")


def test_the_filter_works_without_javascript(live_server, js_disabled_page, korea):
    page = js_disabled_page
    page.goto(live_server.url + "/")
    page.fill("#id_actor", "Kim Yong Chol")
    page.click("button[type=submit] >> text=Filter anwenden")
    page.wait_for_url(re.compile(r"actor=Kim\+Yong\+Chol"))
    shown = titles(page)
    assert len(shown) == 3 and all("Kim Yong Chol" in title for title in shown)
    # "Load more" is a real link.
    page.goto(live_server.url + "/?size=5")
    page.click("text=Mehr Ereignisse laden")
    page.wait_for_url(re.compile(r"after="))
    assert len(titles(page)) == 5


def test_pages_have_no_serious_accessibility_violations_and_are_screenshotted(
    live_server, page, korea, tmp_path
):
    folder = Path(SCREENSHOTS_DIR) if SCREENSHOTS_DIR else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    event = korea["by_title"][("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")]
    pages = {
        "timeline": "/",
        "event": event.get_absolute_url(),
        "actor": korea["actors"]["pompeo"].get_absolute_url(),
    }
    found = {}
    for name, path in pages.items():
        page.goto(live_server.url + path)
        page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
        found[name] = axe_violations(page)
    # The list as htmx leaves it after a filter change.
    page.goto(live_server.url + "/")
    page.select_option("#id_kind", "statement")
    page.wait_for_url(re.compile(r"kind=statement"))
    found["timeline-filtered"] = axe_violations(page)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    page.screenshot(path=str(folder / "timeline-phone.png"), full_page=False)
    found["timeline-phone"] = axe_violations(page)
    assert found == {name: [] for name in found}


def test_the_keyboard_reaches_the_skip_link_first_and_it_jumps_to_the_content(
    live_server, page, korea
):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Zum Inhalt springen"
    # The focused skip link is on screen (it is hidden only until focused).
    assert page.evaluate("document.activeElement.getBoundingClientRect().top") >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_switching_the_language_with_the_header_form(live_server, page, korea):
    page.goto(live_server.url + "/")
    # A filter set through htmx is kept when the language changes.
    page.select_option("#id_kind", "statement")
    page.wait_for_url(re.compile(r"kind=statement"))
    page.select_option("#language-select", "en")
    page.click("text=Wechseln")
    page.wait_for_selector("h1:text('Chronology')")
    assert page.url.endswith("/?kind=statement")
    assert "Statement" in page.inner_text("#results")
