"""An editor's correction in a real browser survives an actor merge and a re-run: the
participant corrected in the event admin's inline is still there, under the same id."""
from __future__ import annotations

import datetime

import pytest

from articles.processing import article_process
from articles.services import article_create
from timeline.models import Actor, Event

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = (
    "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in "
    "Geneva on Friday. Lavrov said afterwards that the talks had been useful."
)


def choose_in_admin_action(page, action: str, names: list[str]) -> None:
    for name in names:
        page.locator("#result_list tr", has_text=name).locator("input.action-select").check()
    page.select_option("select[name=action]", action)
    page.click("button[name=index]")


def test_an_inline_correction_survives_an_actor_merge_and_a_rerun(live_server, page, login, editor):
    article, _ = article_create(
        title="Lavrov in Genf", text=TEXT, language="en", published=datetime.date(2022, 1, 22)
    )
    article_process(article_id=article.pk)
    meeting = Event.objects.get(kind="meeting", articles=article)
    Actor.objects.create(name="Wendy Sherman", kind="person", country="US")
    Actor.objects.create(name="Sergej Lawrow", kind="person", country="RU")
    login("alice", "alice-pass-123")

    # The editor replaces Blinken by Sherman in the participants inline (autocomplete).
    page.goto(f"{live_server.url}/admin/timeline/event/{meeting.pk}/change/")
    row = page.locator("#participants-group tr.form-row", has_text="Antony Blinken")
    row.locator(".select2-selection").click()
    page.fill(".select2-search__field", "Sherman")
    page.locator(".select2-results__option", has_text="Wendy Sherman").click()
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")

    # Merges "Sergei Lavrov" into "Sergej Lawrow".
    page.goto(f"{live_server.url}/admin/timeline/actor/")
    choose_in_admin_action(page, "merge_actors", ["Sergei Lavrov", "Sergej Lawrow"])
    page.locator("label", has_text="Sergej Lawrow").locator("input[name=keep]").check()
    page.click("input[type=submit][value]:not([name])")
    page.wait_for_selector(".messagelist .success")
    assert not Actor.objects.filter(name="Sergei Lavrov").exists()

    # Re-runs the article: the admin queues it, and it is processed here, as a worker would.
    page.goto(f"{live_server.url}/admin/articles/article/")
    choose_in_admin_action(page, "reprocess", ["Lavrov in Genf"])
    page.wait_for_selector(".messagelist .success")
    article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "done", article.error

    assert list(Event.objects.filter(kind="meeting").values_list("pk", flat=True)) == [meeting.pk]
    page.goto(f"{live_server.url}/events/{meeting.pk}/")
    participants = page.inner_text(".participants")
    assert "Wendy Sherman" in participants and "Sergej Lawrow" in participants
    assert "Antony Blinken" not in participants
    # The editor sees what happened in the event's history.
    history = page.inner_text("#history-heading + table")
    assert "Antony Blinken → Wendy Sherman" in history
