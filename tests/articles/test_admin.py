"""The article admin's reprocess action queues the selected articles."""
import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from articles.models import Article

pytestmark = pytest.mark.django_db


def test_reprocess_queues_the_selected_articles(admin_client, django_capture_on_commit_callbacks):
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    done = Article.objects.create(title="a", text="a", language="de", status=Article.Status.DONE)
    failed = Article.objects.create(title="b", text="b", language="de", status=Article.Status.FAILED, error="x")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:articles_article_changelist"),
            {"action": "reprocess", "_selected_action": [done.pk, failed.pk]},
            follow=True,
        )
    assert "2 articles queued for extraction." in response.content.decode()
    assert set(Article.objects.values_list("status", flat=True)) == {"pending"}
    assert sorted(t.args_kwargs["kwargs"]["article_id"] for t in DBTaskResult.objects.all()) == [done.pk, failed.pk]
