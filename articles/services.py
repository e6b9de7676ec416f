"""Workflows on articles: store an upload, queue it, process it into the chronology,
recover from dead workers, import many at once.

Processing state lives on the article row and every change of it is a conditional UPDATE
(status and claim time in the WHERE clause), so several workers on PostgreSQL, or a worker
and the `requeue_stale` command, can never both own one article.
"""
from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from timeline.services import extraction_store

from .models import Article, content_hash

logger = logging.getLogger(__name__)

MAX_ERROR_CHARS = 2000


class ClaimLost(Exception):
    """The article was requeued or reclaimed while this worker was extracting it."""


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
    from .tasks import process_article

    try:
        process_article.enqueue(article_id=article_id)
    except Exception as exc:
        # Without a task the article would wait forever; failed, it gets a retry button.
        logger.exception("Could not queue article %s", article_id)
        Article.objects.filter(pk=article_id, status=Article.Status.PENDING).update(
            status=Article.Status.FAILED,
            error=_error_text(f"Could not queue the processing: {exc}"),
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


# --- Processing ----------------------------------------------------------------------------


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
    from articles.extraction import EXTRACTOR_VERSION

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
        status=Article.Status.FAILED, error=_error_text(error), updated_at=timezone.now()
    )
    article.refresh_from_db()


def article_release(*, article: Article) -> None:
    """Give a claimed article back (pending) when processing is interrupted on purpose."""
    _owned(article).update(status=Article.Status.PENDING, updated_at=timezone.now())


def article_process(*, article_id: int) -> Article | None:
    """Extract events from a pending article and store them; None if it was not ours to
    process. Failures are recorded on the article, never raised."""
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
        # A forced worker shutdown: hand the article back and queue it again, instead of
        # leaving it `processing` until it counts as stale.
        article_release(article=article)
        _enqueue(article.pk)
        raise
    return article


def _check_processable(article: Article) -> None:
    if article.published is None:
        raise ValueError("The article has no publication date; add one and retry.")


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _error_text(text: str) -> str:
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
class ImportRecord:
    """One article read from an import file, before validation."""

    source: str
    text: str
    title: str = ""
    published: datetime.date | None = None
    language: str = ""
    url: str = ""
    outlet: str = ""


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
    from .sources import SourceError, validate_record

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
