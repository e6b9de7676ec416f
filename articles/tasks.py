"""Background tasks (Django tasks API, run by `manage.py db_worker`)."""
from django_tasks import task

from .services import article_process


@task()
def process_article(article_id: int) -> None:
    article_process(article_id=article_id)
