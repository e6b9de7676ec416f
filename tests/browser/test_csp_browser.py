"""The Content-Security-Policy in a real browser: htmx and the site's own script keep
working under it, and Chromium reports no violation on the public pages, the article page
or the admin an editor uses."""

from __future__ import annotations

import re

import pytest

from articles.models import Article
from tests.timeline.factories import make_korea_2018

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("all_events_public")]

# Runs before any page script: records every violation the browser reports.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


@pytest.fixture
def korea(live_server):
    return make_korea_2018()


@pytest.fixture
def watched(page):
    """The page, with the CSP violations and console errors it has seen."""
    seen = {"console": []}
    page.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console",
        lambda message: seen["console"].append(message.text + " " + str(message.location))
        if message.type in ("error", "warning") else None,
    )

    def problems() -> list[str]:
        return page.evaluate("window.__cspViolations") + seen["console"]

    page.problems = problems
    return page


def test_htmx_filters_the_timeline_under_the_policy(live_server, watched, korea):
    page = watched
    response = page.goto(live_server.url + "/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert page.evaluate("typeof window.htmx") == "object"
    page.evaluate("window.__noReload = 'still here'")

    page.select_option("#id_kind", "statement")
    page.wait_for_url(re.compile(r"kind=statement"))
    page.wait_for_function(
        "() => [...document.querySelectorAll('#results .event')].every("
        "  e => e.classList.contains('event--statement'))"
    )
    assert page.locator("#results .event").count() > 0
    assert page.evaluate("window.__noReload") == "still here"
    # app.js (a static file) still announces the update to screen readers.
    page.wait_for_function("() => document.getElementById('results-status').textContent !== ''")
    # htmx was told not to add its indicator <style>, which the policy would block.
    assert page.locator("head style").count() == 0
    assert page.problems() == []


def test_the_article_page_polls_under_the_policy(live_server, watched, korea):
    page = watched
    article = Article.objects.create(title="Noch in Arbeit", text="Ein Text.", language="de",
                                     status=Article.Status.PROCESSING)
    page.goto(live_server.url + article.get_absolute_url())
    page.evaluate("window.__noReload = 1")
    # The worker finishes; the poll swaps in the result without a reload.
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DONE)
    # A reader has nothing more to wait for: the status line goes, the events come.
    page.wait_for_selector("#article-status", state="detached")
    page.wait_for_selector("#article-events h2")
    assert page.evaluate("window.__noReload") == 1
    assert page.problems() == []


def test_the_admin_works_under_the_policy(live_server, watched, login, editor, korea):
    page = watched
    login("alice", "alice-pass-123")
    page.wait_for_url(re.compile(r"/$"))
    event = korea["by_title"][("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")]
    for path in ["/admin/", "/admin/timeline/event/", f"/admin/timeline/event/{event.pk}/change/",
                 "/admin/timeline/actor/", "/admin/articles/article/"]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
    # The admin's own scripts run: the change form's related-object popups are wired up.
    page.goto(live_server.url + f"/admin/timeline/event/{event.pk}/change/")
    assert page.evaluate("typeof window.django") == "object"
    assert page.problems() == []
