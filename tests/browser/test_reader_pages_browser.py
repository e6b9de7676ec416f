"""The pages this round changed, in a real browser and both languages: the timeline's
count, chips and overview strip, date fields that keep what was typed while another
filter changes, the article page for readers and editors, and the upload form with an
error at its field. Each is checked with axe-core (no serious or critical violation)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from articles.models import Article
from tests.timeline.factories import make_korea_2018

from .axe import axe_violations

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def korea(live_server):
    return make_korea_2018()


@pytest.fixture(params=["de-DE", "en-US"])
def any_language_page(request, browser):
    context = browser.new_context(locale=request.param, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_a_typed_period_stays_while_another_filter_changes(live_server, page, korea):
    page.goto(live_server.url + "/?date_from=2018-05&date_to=2018-W26")
    assert page.input_value("#id_date_from") == "2018-05"
    page.select_option("#id_kind", "meeting")  # htmx sends the whole form
    page.wait_for_url(re.compile(r"kind=meeting"))
    assert "date_from=2018-05" in page.url and "date_to=2018-W26" in page.url
    assert page.input_value("#id_date_from") == "2018-05"
    assert page.input_value("#id_date_to") == "2018-W26"
    page.wait_for_function("() => document.querySelectorAll('#results .chip').length === 3")
    assert page.locator("#results .overview__count").inner_text() == "4 Ereignisse"
    # A chip removes its filter and keeps the others.
    page.locator("#results .chip", has_text="Art: Treffen").click()
    page.wait_for_url(re.compile(r"^(?!.*kind=)"))
    assert page.input_value("#id_date_from") == "2018-05"
    assert page.locator("#results .chip").count() == 2


def test_a_bar_of_the_strip_narrows_the_view_to_its_month(live_server, page, korea):
    page.goto(live_server.url + "/")
    page.locator('.strip a[aria-label^="Juni 2018"]').click()
    page.wait_for_url(re.compile(r"date_from=2018-06&date_to=2018-06"))
    assert page.input_value("#id_date_from") == "2018-06"
    assert "Singapur" in page.inner_text("#results")


def test_changed_pages_have_no_serious_accessibility_violations(
    live_server, any_language_page, korea, editor
):
    page = any_language_page
    article = korea["articles"]["new_york"]
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DONE)
    found = {}
    for name, path in {
        "timeline, filtered": "/?kind=meeting&date_from=2018&date_to=2018-W40&country=kp",
        "timeline, invalid date": "/?date_from=Mai",
        "article, reader": article.get_absolute_url(),
    }.items():
        page.goto(live_server.url + path)
        if name == "timeline, filtered":
            page.click(".strip__table summary")  # the numbers as a table
            assert page.locator(".strip__table table").is_visible()
        found[name] = axe_violations(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "alice")
    page.fill("#id_password", "alice-pass-123")
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(live_server.url + article.get_absolute_url())
    assert page.locator("#article-status").count() == 1  # editors see the status
    found["article, editor"] = axe_violations(page)
    page.goto(live_server.url + reverse("articles:upload"))
    page.fill("#id_text", "Ein kurzer Text ohne Datum, der lang genug für eine Prüfung ist.")
    page.fill("#id_url", "ftp://example.org/x")
    page.click(".upload-form button[type=submit]")
    page.wait_for_selector("#id_url[aria-invalid=true]")
    found["upload with an error"] = axe_violations(page)
    assert found == {name: [] for name in found}
