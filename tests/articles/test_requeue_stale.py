"""Articles left in `processing` by a dead worker are queued again."""
import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.models import Article

from .samples import MEETING_TEXT

pytestmark = pytest.mark.django_db


def processing_since(minutes: float, title: str) -> Article:
    return Article.objects.create(
        title=title, text=title, language="de", status=Article.Status.PROCESSING,
        processing_started_at=timezone.now() - datetime.timedelta(minutes=minutes),
    )


def test_it_requeues_only_stale_articles(settings, capsys, django_capture_on_commit_callbacks):
    settings.ARTICLE_STALE_AFTER = 15 * 60
    stale = processing_since(16, "verwaist")
    busy = processing_since(2, "in Arbeit")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("requeue_stale")
    stale.refresh_from_db()
    busy.refresh_from_db()
    assert stale.status == Article.Status.PENDING and stale.processing_started_at is None
    assert busy.status == Article.Status.PROCESSING
    assert DBTaskResult.objects.get().args_kwargs["kwargs"] == {"article_id": stale.pk}
    assert f"Requeued 1 article(s) processing for more than 900 s: {stale.pk}" in capsys.readouterr().out


def test_a_requeued_article_is_processed_by_the_next_task(settings, django_capture_on_commit_callbacks):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    article = processing_since(60, "Pompeo trifft Kim")
    article.published = datetime.date(2018, 5, 31)
    article.text = MEETING_TEXT
    article.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("requeue_stale")
    article.refresh_from_db()
    assert article.status == Article.Status.DONE, article.error
    assert article.events.exists()


def test_it_says_nothing_when_nothing_is_stale(capsys):
    processing_since(1, "frisch")
    call_command("requeue_stale")
    assert capsys.readouterr().out == ""
    assert not DBTaskResult.objects.exists()
