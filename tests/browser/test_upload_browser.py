"""Uploading in a real browser: sign in, upload a file, and watch the status go from
pending to done on the article page without a reload, processed by a real db_worker
loop running against the live server's database."""
from __future__ import annotations

import re
import threading

import pytest
from django.db import connections

from articles.models import Article

pytestmark = pytest.mark.django_db(transaction=True)

# Invented for this test: a dateline, then one sentence the extraction turns into a meeting.
ARTICLE = (
    "New York, 31. Mai 2018 – US-Außenminister Mike Pompeo hat am Mittwoch in New York den "
    "nordkoreanischen Funktionär Kim Yong Chol getroffen.\n"
)


@pytest.fixture(scope="session", autouse=True)
def _plain_http_live_server(django_db_setup):
    # The live server builds its middleware once; no HTTPS redirect for it.
    from django.conf import settings

    settings.SECURE_SSL_REDIRECT = False


def _read_uncommitted() -> None:
    """The in-memory SQLite test database is one shared cache, where a reader's table lock
    makes a concurrent writer fail at once ("table is locked") instead of waiting as with
    the WAL file database the app uses. Readers that take no locks avoid that here."""
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")


@pytest.fixture
def worker():
    """Start a `db_worker` loop in a thread (an in-memory SQLite test database is not
    visible to another process); stopped after the test."""
    from django_tasks_db.management.commands.db_worker import Worker

    loop = Worker(
        queue_names=["default"], interval=0.2, batch=False, backend_name="default",
        startup_delay=False, max_tasks=None, worker_id="browser-test", excluded_queue_names=[],
    )

    def run() -> None:
        try:
            _read_uncommitted()
            loop.run()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, daemon=True)
    _read_uncommitted()  # the connection the live server thread shares with the test

    class Control:
        def start(self) -> None:
            thread.start()

    yield Control()
    loop.running = False
    if thread.is_alive():
        thread.join(timeout=30)


def test_an_upload_is_processed_while_the_editor_watches(live_server, page, login, editor, worker, tmp_path, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    login("alice", "alice-pass-123")
    upload = tmp_path / "pompeo.txt"
    upload.write_text(ARTICLE, encoding="utf-8")

    page.goto(f"{live_server.url}/articles/new/")
    page.set_input_files("#id_file", str(upload))
    page.click("form.upload-form button[type=submit]")

    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    article = Article.objects.get()
    assert page.url == f"{live_server.url}{article.get_absolute_url()}"
    # No worker yet: the page shows the article waiting, and polls.
    status = page.locator("#article-status")
    assert status.get_attribute("data-status") == "pending"
    assert "hx-trigger" in status.evaluate("el => el.outerHTML")
    page.evaluate("window.__noReload = 'still here'")

    worker.start()
    try:
        # Generous: the worker loads the spaCy pipelines inside its first task.
        page.wait_for_selector('#article-status[data-status="done"]', timeout=180_000)
    except Exception:
        from django_tasks_db.models import DBTaskResult

        article.refresh_from_db()
        pytest.fail(f"not done: {article.status} {article.error} "
                    f"{list(DBTaskResult.objects.values_list('status', 'traceback'))}")

    assert page.evaluate("window.__noReload") == "still here", "the page was reloaded"
    events = page.inner_text("#article-events")
    assert "Kim Yong Chol" in events and "Pompeo" in events
    assert page.locator('#article-text mark.actor[title="Kim Yong Chol"]').count() == 1
    article.refresh_from_db()
    assert article.status == Article.Status.DONE


def test_a_paste_over_the_form_limit_comes_back_as_the_form_with_the_limits(
    live_server, page, login, editor
):
    login("alice", "alice-pass-123")
    page.goto(f"{live_server.url}/articles/new/")
    # 5 MB of text, set as a user's paste would leave it (typing it would take minutes).
    page.evaluate("document.querySelector('#id_text').value = 'Wort '.repeat(1000000)")
    page.fill("#id_published", "2018-05-31")
    page.click("form.upload-form button[type=submit]")

    page.wait_for_load_state()
    assert page.url == f"{live_server.url}/articles/new/"
    message = page.inner_text(".messages")
    assert "Der eingefügte Text ist zu groß" in message and "2,5\xa0MB" in message
    assert "200.000 Zeichen" in message and "als Datei hoch" in message
    assert page.locator("#id_file").count() == 1  # the form, to upload a file instead
    assert Article.objects.count() == 0
