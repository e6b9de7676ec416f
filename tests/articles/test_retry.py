"""Retrying a failed article: a POST by an editor queues it again."""
import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from articles.models import Article

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed():
    return Article.objects.create(
        title="Gescheitert", text="Ein Text.", language="de", status=Article.Status.FAILED,
        error="RuntimeError: model missing",
    )


def retry_url(article):
    return reverse("articles:retry", args=[article.pk])


def test_editors_see_the_retry_button(editor_client, failed):
    page = editor_client.get(failed.get_absolute_url()).content.decode()
    assert f'<form method="post" action="{retry_url(failed)}">' in page


def test_it_queues_the_article_again(editor_client, failed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(retry_url(failed))
    assert response["Location"] == failed.get_absolute_url()
    failed.refresh_from_db()
    assert (failed.status, failed.error) == (Article.Status.PENDING, "")
    assert DBTaskResult.objects.get().args_kwargs["kwargs"] == {"article_id": failed.pk}
    page = editor_client.get(response["Location"]).content.decode()
    assert "queued for processing again" in page and 'hx-trigger="every 1s"' in page


def test_it_leaves_other_articles_alone(editor_client, failed):
    failed.status = Article.Status.DONE
    failed.save()
    response = editor_client.post(retry_url(failed), follow=True)
    assert "Only failed articles can be retried." in response.content.decode()
    assert Article.objects.get().status == Article.Status.DONE
    assert not DBTaskResult.objects.exists()


def test_it_needs_post(editor_client, failed):
    assert editor_client.get(retry_url(failed)).status_code == 405


def test_it_needs_the_permission(client, reader, failed):
    response = client.post(retry_url(failed))
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
    client.force_login(reader)
    assert client.post(retry_url(failed)).status_code == 403
    assert Article.objects.get().status == Article.Status.FAILED
