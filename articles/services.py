"""Workflows on articles: store an upload, queue it, process it into the chronology."""
from __future__ import annotations

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from timeline.services import extraction_store

from .models import Article, content_hash

logger = logging.getLogger(__name__)


def article_create(
    *,
    title: str,
    text: str,
    language: str,
    published: datetime.date | None,
    url: str = "",
    outlet: str = "",
    uploaded_by=None,
) -> tuple[Article, bool]:
    """Store an article before anything else can fail. The same text twice is one article:
    returns (article, created)."""
    existing = Article.objects.filter(content_hash=content_hash(text)).first()
    if existing is not None:
        return existing, False
    article = Article.objects.create(
        title=title,
        text=text,
        language=language,
        published=published,
        url=url,
        outlet=outlet,
        uploaded_by=uploaded_by,
    )
    return article, True


def article_request_processing(*, article: Article) -> None:
    """Mark the article pending and queue its processing once the transaction commits."""
    from .tasks import process_article

    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.PENDING, error="", updated_at=timezone.now()
    )
    transaction.on_commit(lambda: process_article.enqueue(article_id=article.pk))


def article_process(*, article_id: int) -> Article | None:
    """Extract events from a pending article and store them. Claiming the article with a
    conditional UPDATE makes sure that of several workers only one processes it."""
    from articles.extraction import EXTRACTOR_VERSION, extract

    claimed = Article.objects.filter(pk=article_id, status=Article.Status.PENDING).update(
        status=Article.Status.PROCESSING, processing_started_at=timezone.now(), error=""
    )
    if not claimed:
        return None
    article = Article.objects.get(pk=article_id)
    try:
        if article.published is None:
            raise ValueError("The article has no publication date; add one and retry.")
        result = extract(article.text, article.published, article.language)
        with transaction.atomic():
            extraction_store(article=article, result=result)
            article.status = Article.Status.DONE
            article.extractor_version = EXTRACTOR_VERSION
            article.processed_at = timezone.now()
            article.save(update_fields=["status", "extractor_version", "processed_at", "updated_at"])
    except Exception as exc:  # any failure must be visible on the article, not lost in a log
        logger.exception("Processing article %s failed", article_id)
        article.status = Article.Status.FAILED
        article.error = f"{type(exc).__name__}: {exc}"
        article.save(update_fields=["status", "error", "updated_at"])
    return article
