"""Helper run by bench/run.py inside the benchmark's environment (DATABASE_URL etc.):
answers questions about the database as JSON on stdout.

    python bench/probe.py targets        ids and URLs worth measuring (of events readers see)
    python bench/probe.py publish        the archive as editors leave it: unchecked events verified
    python bench/probe.py queue-reset    empty the chronology, articles and task results
    python bench/probe.py queue-stats    how the queued articles ended
    python bench/probe.py versions       database server version
"""
from __future__ import annotations

import itertools
import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count, Max, Min  # noqa: E402
from django.urls import URLPattern, URLResolver, get_resolver  # noqa: E402


# A parameter that takes one of a few words (the export format: json|csv|ics).
WORDS = re.compile(r"\w+(?:\|\w+)*")
PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


def filled(route: str, converters: dict) -> list[str]:
    """`route` once for every choice of its parameters when each takes one of a few
    words ("export/timeline.<export_format:fmt>" -> "export/timeline.json", ...), else
    as it is (with "<...>" in it)."""
    names = PARAMETER.findall(route)
    choices = [converters[n].regex.split("|") if n in converters
               and WORDS.fullmatch(converters[n].regex) else None for n in names]
    if not names or None in choices:
        return [route]
    routes = []
    for values in itertools.product(*choices):
        words = iter(values)
        routes.append(PARAMETER.sub(lambda _match: next(words), route))
    return routes


def url_patterns() -> list[dict]:
    """Every named route as {"name": "ns:name", "route": "events/<int:pk>/"}; a route
    whose parameters take a few words each, once per choice (see `filled`)."""
    found: list[dict] = []

    def walk(patterns, prefix: str, namespace: str, converters: dict) -> None:
        for p in patterns:
            here = {**converters, **getattr(p.pattern, "converters", {})}
            if isinstance(p, URLResolver):
                ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                walk(p.url_patterns, prefix + str(p.pattern), ns, here)
            elif isinstance(p, URLPattern):
                for route in filled(prefix + str(p.pattern), here):
                    found.append({"name": f"{namespace}{p.name or ''}", "route": route})

    walk(get_resolver().url_patterns, "", "", {})
    return found


def targets() -> dict:
    from timeline.access import shown_review_statuses
    from timeline.models import Actor, Event, Participant

    # What an anonymous reader sees under the deployment's policy: a page of an event
    # readers do not see is a 404, and an actor's count should be of the events listed.
    shown = shown_review_statuses(None)
    participants = Participant.objects.filter(event__review_status__in=shown)
    busiest = (
        participants.values("actor").annotate(n=Count("id")).order_by("-n", "actor").first()
    )
    counts = sorted(
        participants.values("actor").annotate(n=Count("id")).values_list("n", flat=True)
    )
    typical_n = counts[len(counts) // 2] if counts else 0
    typical = (
        participants.values("actor").annotate(n=Count("id")).filter(n=typical_n)
        .order_by("actor").first()
    )
    events = Event.objects.filter(review_status__in=shown)
    middle = events.annotate(n=Count("participants")).filter(n__gte=2).order_by("id")
    total = events.count()
    event = middle[total // 2: total // 2 + 1].first() if total else None
    busy_actor = Actor.objects.get(pk=busiest["actor"]) if busiest else None
    return {
        "events": Event.objects.count(),
        "events_shown": total,
        "busy_actor": busy_actor.pk if busy_actor else None,
        "busy_actor_name": busy_actor.name if busy_actor else None,
        "busy_actor_events": busiest["n"] if busiest else 0,
        "busy_actor_country": busy_actor.country if busy_actor else None,
        "typical_actor": typical["actor"] if typical else None,
        "typical_actor_events": typical_n,
        "event": event.pk if event else None,
        "urls": url_patterns(),
    }


def publish() -> dict:
    """The archive as editors leave it, so that readers see what the bench measures: the
    generator marks most events as extracted (no editor has checked them), which readers
    do not see under the default policy (CHRONIK_PUBLIC_EVENTS=verified); they become
    verified, rejected ones stay rejected. One UPDATE, like the generator's own checked
    events without history rows (`services.events_review`, one save and history row per
    event, takes about 5 minutes for 80,000 events on PostgreSQL)."""
    from timeline.models import ChronologyVersion, Event

    verified = Event.objects.filter(review_status=Event.Review.EXTRACTED).update(
        review_status=Event.Review.VERIFIED
    )
    ChronologyVersion.bump()  # no running server may keep counts from before
    statuses = dict(Event.objects.values_list("review_status").annotate(n=Count("id")))
    return {"verified": verified, "review_statuses": statuses}


def queue_reset() -> dict:
    from django_tasks_db.models import DBTaskResult

    from articles.synthetic import clear_chronology

    clear_chronology()
    deleted, _ = DBTaskResult.objects.all().delete()
    return {"task_results_deleted": deleted}


def queue_stats() -> dict:
    from django_tasks_db.models import DBTaskResult

    from articles.models import Article
    from timeline.models import Event, Evidence

    statuses = dict(Article.objects.values_list("status").annotate(n=Count("id")))
    span = Article.objects.aggregate(first=Min("processing_started_at"), last=Max("processed_at"))
    results = DBTaskResult.objects.filter(task_path__contains="process_article")
    per_article: dict[int, list] = {}
    for args_kwargs, status, workers, value in results.values_list(
        "args_kwargs", "status", "worker_ids", "return_value"
    ):
        kwargs = args_kwargs.get("kwargs") or {}
        article_id = kwargs.get("article_id") or (args_kwargs.get("args") or [None])[0]
        per_article.setdefault(article_id, []).append(
            {"status": status, "workers": workers, "value": value}
        )
    claimed_twice = [a for a, rs in per_article.items() if sum(len(r["workers"]) for r in rs) > 1]
    done_twice = [a for a, rs in per_article.items() if sum(r["value"] == "done" for r in rs) > 1]
    worker_share: dict[str, int] = {}
    for rs in per_article.values():
        for r in rs:
            for w in r["workers"]:
                worker_share[w] = worker_share.get(w, 0) + 1
    seconds = None
    if span["first"] and span["last"]:
        seconds = (span["last"] - span["first"]).total_seconds()
    finished = sorted(
        (t - span["first"]).total_seconds()
        for t in Article.objects.exclude(processed_at=None).values_list("processed_at", flat=True)
    ) if span["first"] else []
    return {
        "articles": sum(statuses.values()),
        "statuses": statuses,
        "task_results": results.count(),
        "task_statuses": dict(results.values_list("status").annotate(n=Count("id"))),
        "articles_with_tasks": len(per_article),
        "claimed_twice": claimed_twice[:50],
        "done_twice": done_twice[:50],
        "tasks_per_worker": worker_share,
        "events": Event.objects.count(),
        "evidence": Evidence.objects.count(),
        "processing_seconds": seconds,
        "finished_offsets": finished,  # seconds after the first claim, sorted
    }


def versions() -> dict:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("show server_version")
        else:
            cursor.execute("select sqlite_version()")
        return {"vendor": connection.vendor, "version": cursor.fetchone()[0]}


if __name__ == "__main__":
    actions = {"targets": targets, "publish": publish, "queue-reset": queue_reset,
               "queue-stats": queue_stats, "versions": versions}
    print(json.dumps(actions[sys.argv[1]](), default=str))
