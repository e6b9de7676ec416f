"""Processing in the background: the example article end to end with both task backends,
claims that only one worker wins, failures that are visible, requeued work discarded."""
import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles.models import Article
from articles.processing import ClaimLost, article_claim, article_finish, article_process
from articles.tasks import process_article
from articles.services import article_create, article_request_processing, articles_requeue_stale
from timeline.models import Event, Evidence

from .samples import MEETING_TEXT

pytestmark = pytest.mark.django_db
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PUBLISHED = datetime.date(2018, 5, 31)


def upload_example(client, example_text):
    """Upload the example article as an editor would: paste, get asked for the date, give it."""
    url = reverse("articles:upload")
    response = client.post(url, {"text": example_text, "title": "Abendessen in New York"})
    assert "does not say when it was published" in response.content.decode()
    return client.post(
        url, {"text": response.context["form"].data["text"], "title": "Abendessen in New York",
              "published": "2018-05-31", "outlet": "Beispiel"},
    )


def assert_example_events_shown(client, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'data-status="done"' in page and "hx-trigger" not in page
    events = page.split('id="article-events"', 1)[1].split('id="article-text"', 1)[0]
    assert "Kim Yong Chol" in events and "Pompeo" in events
    meeting = (
        Event.objects.filter(kind="meeting", actors__name="Mike Pompeo")
        .filter(actors__name="Kim Yong Chol")
        .order_by("pk")
        .first()
    )
    assert meeting is not None, "the dinner in New York should be found"
    assert meeting.get_absolute_url() in events
    assert reverse("admin:timeline_event_change", args=[meeting.pk]) in events  # staff
    assert '<mark class="evidence actor" title="Kim Yong Chol">Kim Yong Chol</mark>' in page


def test_the_example_article_is_processed_with_the_immediate_backend(
    editor_client, example_text, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE
    with django_capture_on_commit_callbacks(execute=True):
        response = upload_example(editor_client, example_text)
    article = Article.objects.get()
    assert response["Location"] == article.get_absolute_url()
    assert article.status == Article.Status.DONE, article.error
    assert article.extractor_version
    assert_example_events_shown(editor_client, article)


@pytest.mark.django_db(transaction=True)
def test_the_example_article_is_processed_by_db_worker(editor_client, example_text):
    response = upload_example(editor_client, example_text)
    article = Article.objects.get()
    assert article.status == Article.Status.PENDING
    assert DBTaskResult.objects.ready().count() == 1
    # Not processed yet: the page polls for the status.
    page = editor_client.get(response["Location"]).content.decode()
    assert 'hx-trigger="every 1s"' in page and 'data-status="pending"' in page

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    article.refresh_from_db()
    assert article.status == Article.Status.DONE, article.error
    assert DBTaskResult.objects.successful().count() == 1
    assert_example_events_shown(editor_client, article)


def make_pending(text=MEETING_TEXT, **fields) -> Article:
    fields = {"title": "Test", "language": "de", "published": PUBLISHED, **fields}
    article, _ = article_create(text=text, **fields)
    return article


def test_an_article_is_claimed_only_once():
    article = make_pending()
    first = article_claim(article_id=article.pk)
    assert first is not None and first.status == Article.Status.PROCESSING
    assert article_claim(article_id=article.pk) is None
    # A second task for the same article finds it taken and does nothing.
    assert article_process(article_id=article.pk) is None
    assert Article.objects.get().status == Article.Status.PROCESSING


def test_a_done_article_is_not_processed_again_by_a_duplicate_task():
    article = make_pending()
    assert article_process(article_id=article.pk).status == Article.Status.DONE
    processed_at = Article.objects.get().processed_at
    assert article_process(article_id=article.pk) is None
    assert Article.objects.get().processed_at == processed_at


def test_a_missing_publication_date_fails_with_a_readable_error():
    article = make_pending(published=None)
    article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error == "ValueError: The article has no publication date; add one and retry."


def test_an_extraction_error_fails_the_article():
    # The database takes any language code; the pipeline only knows two.
    article = make_pending(language="fr")
    article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "fr" in article.error
    assert not Evidence.objects.exists()


def test_a_result_of_a_requeued_claim_is_discarded():
    from articles.extraction import extract

    article = make_pending()
    claimed = article_claim(article_id=article.pk)
    result = extract(claimed.text, claimed.published, claimed.language)
    assert result["events"], "the text should give an event"
    later = timezone.now() + datetime.timedelta(hours=1)
    assert articles_requeue_stale(now=later) == [article.pk]
    with pytest.raises(ClaimLost):
        article_finish(article=claimed, result=result)
    assert Article.objects.get().status == Article.Status.PENDING
    assert not Evidence.objects.exists()


def test_queueing_that_fails_leaves_the_article_failed_not_pending(
    settings, django_capture_on_commit_callbacks
):
    article = make_pending()
    settings.TASKS = {"default": {"BACKEND": "articles.no_such_backend.Backend"}}
    with django_capture_on_commit_callbacks(execute=True):
        article_request_processing(article=article)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error.startswith("Could not queue the processing:")


def claim_retrying(article_id: int):
    """The in-memory SQLite test database shares one cache between threads and answers
    concurrent writers with "table is locked" at once instead of waiting like a file
    database (WAL, busy timeout) does: try again, as db_worker does for locked databases."""
    import time

    from django.db import OperationalError

    for _ in range(200):
        try:
            return article_claim(article_id=article_id)
        except OperationalError as exc:
            if "locked" not in str(exc):
                raise
            time.sleep(0.01)
    raise AssertionError("the database stayed locked")


@pytest.mark.django_db(transaction=True)
def test_of_several_workers_claiming_at_once_only_one_wins():
    import threading

    from django.db import connections

    articles = [make_pending(text=f"{MEETING_TEXT} ({n})") for n in range(5)]
    workers = 4
    barrier = threading.Barrier(workers)
    won: list[list[int]] = [[] for _ in range(workers)]
    errors: list[BaseException] = []

    def worker(index: int) -> None:
        try:
            barrier.wait()
            for article in articles:
                if claim_retrying(article.pk) is not None:
                    won[index].append(article.pk)
        except BaseException as exc:  # reported below, a thread cannot fail the test itself
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    claimed = sorted(pk for pks in won for pk in pks)
    assert claimed == sorted(article.pk for article in articles), "each article exactly once"
    assert set(Article.objects.values_list("status", flat=True)) == {Article.Status.PROCESSING}


def test_a_worker_stopped_mid_task_hands_the_article_back_and_requeues_it(example_text):
    """What `db_worker` does on a second Ctrl-C: KeyboardInterrupt/SystemExit inside the task.
    The interrupt comes exactly while the article is being extracted (a trace function
    raises it when the extraction starts), whatever the speed of the machine."""
    import sys

    from articles.extraction import assemble

    article = make_pending(text=example_text)

    def interrupt_extraction(frame, event, arg):
        if event == "call" and frame.f_code is assemble.extract_analysis.__code__:
            raise KeyboardInterrupt
        return None

    sys.settrace(interrupt_extraction)
    try:
        with pytest.raises(KeyboardInterrupt):
            process_article.call(article_id=article.pk)
    finally:
        sys.settrace(None)
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING
    assert not Evidence.objects.exists()
    assert DBTaskResult.objects.get().args_kwargs["kwargs"] == {"article_id": article.pk}


@pytest.mark.django_db(transaction=True)
def test_the_worker_command_requeues_stale_articles_and_processes_them():
    article = make_pending()
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.PROCESSING,
        processing_started_at=timezone.now() - datetime.timedelta(days=1),
    )

    call_command("worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    article.refresh_from_db()
    assert article.status == Article.Status.DONE, article.error
    assert Event.objects.filter(articles=article).exists()
