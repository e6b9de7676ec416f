"""Processing one claimed article (or a batch): extract its events and store them.

Processing state lives on the article row and every change of it is a conditional UPDATE
(status and claim time in the WHERE clause), so several workers on PostgreSQL, or a worker
and the `requeue_stale` command, can never both own one article. Queueing is not done here
(`services` queues, `tasks` runs this), so the three modules import in one direction:
services → tasks → processing.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from articles.extraction import EXTRACTOR_VERSION
from timeline.services import extraction_store

from .models import Article

logger = logging.getLogger(__name__)

MAX_ERROR_CHARS = 2000


class ClaimLost(Exception):
    """The article was requeued or reclaimed while this worker was extracting it."""


# --- Claims ----------------------------------------------------------------------------


def article_claim(*, article_id: int) -> Article | None:
    """Take a pending article for processing; None if another worker has it already (or it
    is not pending). The claim time doubles as the claim's token."""
    token = timezone.now()
    claimed = Article.objects.filter(pk=article_id, status=Article.Status.PENDING).update(
        status=Article.Status.PROCESSING, processing_started_at=token, error="", updated_at=token
    )
    if not claimed:
        return None
    return Article.objects.get(pk=article_id)


def _owned(article: Article):
    return Article.objects.filter(
        pk=article.pk,
        status=Article.Status.PROCESSING,
        processing_started_at=article.processing_started_at,
    )


def article_finish(*, article: Article, result: dict) -> None:
    """Store an extraction for a claimed article and mark it done, atomically; raises
    ClaimLost (storing nothing) if the claim was taken away meanwhile."""
    now = timezone.now()
    with transaction.atomic():
        # The UPDATE first: on PostgreSQL it locks the row, so a concurrent requeue waits.
        if not _owned(article).update(
            status=Article.Status.DONE,
            error="",
            extractor_version=result.get("extractor_version") or EXTRACTOR_VERSION,
            processed_at=now,
            updated_at=now,
        ):
            raise ClaimLost(f"article {article.pk} was requeued while being processed")
        extraction_store(article=article, result=result)
    article.refresh_from_db()


def article_fail(*, article: Article, error: str) -> None:
    _owned(article).update(
        status=Article.Status.FAILED, error=error_text(error), updated_at=timezone.now()
    )
    article.refresh_from_db()


def article_release(*, article: Article) -> None:
    """Give a claimed article back (pending) when processing is interrupted on purpose."""
    _owned(article).update(status=Article.Status.PENDING, updated_at=timezone.now())


def article_process(*, article_id: int) -> Article | None:
    """Extract events from a pending article and store them; None if it was not ours to
    process. Failures are recorded on the article, never raised."""
    # The NLP stack is imported by the worker that processes, not by every web process.
    from articles.extraction import extract
    from articles.nlp import get_pipelines

    article = article_claim(article_id=article_id)
    if article is None:
        return None
    try:
        _check_processable(article)
        get_pipelines()  # editors' latest actors and aliases reach the entity ruler
        result = extract(article.text, article.published, article.language)
        article_finish(article=article, result=result)
    except ClaimLost:
        logger.warning("Article %s was requeued while this worker processed it", article_id)
        return None
    except Exception as exc:  # any failure must be visible on the article, not lost in a log
        logger.exception("Processing article %s failed", article_id)
        article_fail(article=article, error=_describe(exc))
    except BaseException:
        # A forced worker shutdown: hand the article back (the task queues it again),
        # instead of leaving it `processing` until it counts as stale.
        article_release(article=article)
        raise
    return article


def _check_processable(article: Article) -> None:
    if article.published is None:
        raise ValueError("The article has no publication date; add one and retry.")


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def error_text(text: str) -> str:
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


@dataclass
class BatchReport:
    done: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
    skipped: list[int] = field(default_factory=list)


def articles_process_batch(*, article_ids: Sequence[int]) -> BatchReport:
    """Process several pending articles with the models loaded once and texts batched
    through spaCy's `nlp.pipe` (`extract_batch`). Articles another worker owns are skipped.
    Interrupted (Ctrl-C), the claimed articles go back to pending."""
    from articles.extraction import extract_batch
    from articles.nlp import get_pipelines

    report = BatchReport()
    claimed: dict[int, Article] = {}
    try:
        for article_id in article_ids:
            article = article_claim(article_id=article_id)
            if article is None:
                report.skipped.append(article_id)
                continue
            try:
                _check_processable(article)
            except ValueError as exc:
                article_fail(article=article, error=str(exc))
                report.failed[article.pk] = article.error
                continue
            claimed[article.pk] = article
        get_pipelines()
        items = [
            {
                "id": str(article.pk),
                "text": article.text,
                "published": article.published.isoformat(),
                "language": article.language,
            }
            for article in claimed.values()
        ]
        for article, result in zip(list(claimed.values()), extract_batch(items), strict=True):
            try:
                if result.get("error"):
                    raise RuntimeError(result["error"])
                article_finish(article=article, result=result)
                report.done.append(article.pk)
            except ClaimLost:
                report.skipped.append(article.pk)
            except Exception as exc:
                logger.exception("Processing article %s failed", article.pk)
                article_fail(article=article, error=_describe(exc))
                report.failed[article.pk] = article.error
            claimed.pop(article.pk)
    except BaseException:
        for article in claimed.values():
            article_release(article=article)
        raise
    return report
