"""Background tasks (Django tasks API, run by `manage.py worker`)."""
import logging

from django_tasks import task

from .processing import article_process

logger = logging.getLogger(__name__)


@task()
def process_article(article_id: int) -> str | None:
    """Process one article; returns its final status (None if another worker had it)."""
    try:
        article = article_process(article_id=article_id)
    except BaseException:
        # A forced shutdown: `article_process` gave the article back (pending); queue it
        # again so that the next worker takes it instead of waiting for `requeue_stale`.
        try:
            process_article.enqueue(article_id=article_id)
        except Exception:
            logger.exception("Could not queue article %s again; requeue_stale will", article_id)
        raise
    return article.status if article is not None else None
