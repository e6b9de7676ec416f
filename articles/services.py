"""Workflows on articles: store an upload, queue its processing, recover from dead
workers, import many at once. The processing itself is in `processing.py`."""
from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .models import Article, content_hash
from .processing import articles_process_batch, error_text
from .sources import ImportRecord, SourceError, validate_record
from .tasks import process_article

logger = logging.getLogger(__name__)

# --- Storing and queueing ------------------------------------------------------------------


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
    try:
        # A savepoint, so that losing the race against a simultaneous upload of the same
        # text does not break the caller's transaction.
        with transaction.atomic():
            article = Article.objects.create(
                title=title[:300],
                text=text,
                language=language,
                published=published,
                url=url,
                outlet=outlet[:200],
                uploaded_by=uploaded_by,
            )
    except IntegrityError:
        return Article.objects.get(content_hash=content_hash(text)), False
    return article, True


def article_submit(
    *,
    title: str,
    text: str,
    language: str,
    published: datetime.date | None,
    url: str = "",
    outlet: str = "",
    uploaded_by=None,
) -> tuple[Article, bool]:
    """Store an upload and queue its processing (a known text is returned, not requeued)."""
    with transaction.atomic():
        article, created = article_create(
            title=title, text=text, language=language, published=published, url=url,
            outlet=outlet, uploaded_by=uploaded_by,
        )
        if created:
            article_request_processing(article=article)
    return article, created


def article_request_processing(*, article: Article) -> None:
    """Mark the article pending and queue its processing once the transaction commits.
    A worker still busy with it loses its claim and its result is discarded."""
    now = timezone.now()
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.PENDING, error="", processing_started_at=None, updated_at=now
    )
    article.status, article.error, article.processing_started_at = Article.Status.PENDING, "", None
    transaction.on_commit(partial(_enqueue, article.pk))


def _enqueue(article_id: int) -> None:
    try:
        process_article.enqueue(article_id=article_id)
    except Exception as exc:
        # Without a task the article would wait forever; failed, it gets a retry button.
        logger.exception("Could not queue article %s", article_id)
        Article.objects.filter(pk=article_id, status=Article.Status.PENDING).update(
            status=Article.Status.FAILED,
            error=error_text(f"Could not queue the processing: {exc}"),
            updated_at=timezone.now(),
        )


def article_retry(*, article: Article) -> bool:
    """Queue a failed article again; anything else is left alone (returns False)."""
    with transaction.atomic():
        changed = Article.objects.filter(pk=article.pk, status=Article.Status.FAILED).update(
            status=Article.Status.PENDING, error="", processing_started_at=None,
            updated_at=timezone.now(),
        )
        if changed:
            transaction.on_commit(partial(_enqueue, article.pk))
    article.refresh_from_db()
    return bool(changed)


# --- Recovering from dead workers ----------------------------------------------------------


def articles_requeue_stale(*, now: datetime.datetime | None = None) -> list[int]:
    """Articles `processing` for longer than ARTICLE_STALE_AFTER belong to a worker that
    died (killed, out of memory, machine restarted): put them back to pending and queue
    them again. Returns their ids. A slow worker that is still alive loses its claim and
    its result is discarded (see `article_finish`)."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=settings.ARTICLE_STALE_AFTER)
    stale = Article.objects.filter(
        Q(processing_started_at__lt=cutoff) | Q(processing_started_at__isnull=True),
        status=Article.Status.PROCESSING,
    ).values_list("pk", "processing_started_at")
    requeued = []
    for pk, started in list(stale):
        with transaction.atomic():
            if Article.objects.filter(
                pk=pk, status=Article.Status.PROCESSING, processing_started_at=started
            ).update(status=Article.Status.PENDING, processing_started_at=None, updated_at=now):
                transaction.on_commit(partial(_enqueue, pk))
                requeued.append(pk)
    if requeued:
        logger.warning("Requeued %d stale articles: %s", len(requeued), requeued)
    return requeued


# --- Bulk import ---------------------------------------------------------------------------


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    resumed: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)
    processed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def articles_import(
    *,
    records: Iterable[ImportRecord | tuple[str, str]],
    queue: bool = False,
    batch_size: int = 16,
    progress: Callable[[int], None] = lambda n: None,
) -> ImportReport:
    """Store each record (one commit each, so an interruption keeps what was stored) and
    process new or interrupted articles in batches, or queue them for the workers.

    `records` may contain (source, reason) pairs for inputs that could not be read; they
    are reported as failed. Known texts are duplicates, except pending ones, which an
    earlier interrupted import left behind and which are processed now."""
    report = ImportReport()
    batch: list[tuple[str, int]] = []

    def flush() -> None:
        if not batch:
            return
        result = articles_process_batch(article_ids=[pk for _, pk in batch])
        for source, pk in batch:
            if pk in result.done:
                report.processed.append(source)
            elif pk in result.failed:
                report.failed[source] = result.failed[pk]
        progress(len(batch))
        batch.clear()

    for record in records:
        if isinstance(record, tuple):
            source, reason = record
            report.failed[source] = reason
            progress(1)
            continue
        try:
            clean = validate_record(record)
        except SourceError as exc:
            report.failed[record.source] = str(exc)
            progress(1)
            continue
        article, created = article_create(
            title=clean.title, text=clean.text, language=clean.language,
            published=clean.published, url=clean.url, outlet=clean.outlet,
        )
        if created:
            report.imported.append(record.source)
        elif article.status == Article.Status.PENDING:
            report.resumed.append(record.source)
        else:
            report.duplicates.append(record.source)
            progress(1)
            continue
        if queue:
            article_request_processing(article=article)
            report.queued.append(record.source)
            progress(1)
        else:
            batch.append((record.source, article.pk))
            if len(batch) >= batch_size:
                flush()
    flush()
    return report
