"""Background tasks (Django tasks API, run by `manage.py db_worker`)."""
from django_tasks import task

from .services import article_process


@task()
def process_article(article_id: int) -> str | None:
    """Process one article; returns its final status (None if another worker had it)."""
    article = article_process(article_id=article_id)
    return article.status if article is not None else None
