"""A worker process killed in the middle of a task: its article is requeued and finished
by another worker. Needs a database a second process can see, so PostgreSQL only (the
SQLite test database lives in this process's memory)."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from articles.services import article_submit

from .samples import MEETING_TEXT

pytestmark = pytest.mark.django_db(transaction=True)
REPO = Path(__file__).resolve().parents[2]


def worker_process() -> subprocess.Popen:
    settings = connection.settings_dict
    url = f"postgres://{settings['USER']}:{settings['PASSWORD']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": ""}
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--no-reload", "--interval", "0.2"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def test_an_article_of_a_killed_worker_is_requeued_and_finished(settings):
    if connection.vendor != "postgresql":
        pytest.skip("a second process cannot see the in-memory SQLite test database")
    import datetime

    article, _ = article_submit(
        title="Pompeo trifft Kim", text=MEETING_TEXT, language="de",
        published=datetime.date(2018, 5, 31),
    )
    process = worker_process()
    try:
        deadline = time.monotonic() + 240
        while Article.objects.get(pk=article.pk).status == Article.Status.PENDING:
            assert time.monotonic() < deadline, "the worker never claimed the article"
            time.sleep(0.1)
        # Claimed; the worker is now loading the models or extracting: kill it hard.
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    article.refresh_from_db()
    assert article.status == Article.Status.PROCESSING, "killed before it could finish"

    call_command("requeue_stale")
    assert Article.objects.get(pk=article.pk).status == Article.Status.PROCESSING, "not stale yet"

    settings.ARTICLE_STALE_AFTER = 0
    call_command("requeue_stale")
    assert Article.objects.get(pk=article.pk).status == Article.Status.PENDING
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE, article.error
    assert article.events.filter(actors__name="Kim Yong Chol").exists()
