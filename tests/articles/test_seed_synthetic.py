"""The synthetic archive used by the benchmarks: realistic shape, deterministic, usable."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils.html import escape

from articles.models import Article
from timeline.models import Actor, Event, Evidence, Participant
from articles.synthetic import SeedConfig, clear_chronology, seed_archive

pytestmark = pytest.mark.django_db

SMALL = SeedConfig(events=300, actors=50, seed=7)


def _fingerprint_of_archive() -> list[tuple]:
    """What a reader sees, independent of database ids."""
    return [
        (e.title, e.date_value, e.date_precision, e.place,
         tuple(sorted(p.actor.name for p in e.participants.all())))
        for e in Event.objects.prefetch_related("participants__actor").order_by("id")
    ]


def test_counts_and_links():
    report = seed_archive(SMALL)
    assert Event.objects.count() == report.events == 300
    assert Actor.objects.count() == report.actors == 50
    assert Article.objects.count() == report.articles == 60
    assert set(Actor.objects.values_list("kind", flat=True)) == {"person", "organization", "state"}
    # Every person can be found by more than their full name.
    assert all(a.aliases.count() >= 2 for a in Actor.objects.filter(kind="person")[:20])

    sizes = Counter(Participant.objects.values("event").annotate(n=Count("id")).values_list("n", flat=True))
    assert sum(sizes.values()) == 300 and set(sizes) <= {1, 2, 3, 4} and len(sizes) >= 3
    # Every event has evidence, and its sentence is exactly where the offsets say.
    assert not Event.objects.filter(evidence__isnull=True).exists()
    for evidence in Evidence.objects.select_related("article")[:200]:
        assert evidence.article.text[evidence.start:evidence.end] == evidence.sentence
    statements = Event.objects.filter(kind=Event.Kind.STATEMENT)
    assert statements.exists() and not statements.filter(quote="").exists()


def test_dates_mix_precisions_over_twenty_years():
    seed_archive(SMALL)
    precisions = Counter(Event.objects.values_list("date_precision", flat=True))
    assert set(precisions) == {"day", "week", "month", "year", ""}
    assert precisions["day"] == max(precisions.values())
    for e in Event.objects.all():
        if not e.date_value:
            assert e.date_start is None and e.date_end is None
            continue
        span = (e.date_end - e.date_start).days
        expected = {"day": {0}, "week": {6}, "month": {27, 28, 29, 30}, "year": {364, 365}}
        assert span in expected[e.date_precision], (e.date_value, e.date_start, e.date_end)
        assert e.date_start.isoformat().startswith(e.date_value[:4])
    dated = Event.objects.exclude(date_start=None)
    first = dated.order_by("date_start").first().date_start
    last = dated.order_by("-date_start").first().date_start
    assert last - first > timedelta(days=15 * 365)


def test_busy_actors_dominate():
    report = seed_archive(SeedConfig(events=1000, actors=100, seed=3, busy_actors=3))
    counts = list(
        Actor.objects.annotate(n=Count("participations")).order_by("-n").values_list("pk", "n")
    )
    busy_ids = {pk for pk, _ in report.busy}
    assert {pk for pk, _ in counts[:3]} == busy_ids
    # Each takes part in about a tenth of all events, well above everyone else.
    assert all(n >= 60 for _, n in counts[:3])
    assert counts[3][1] * 1.5 < counts[2][1]


def test_same_seed_same_archive_other_seed_other_archive():
    seed_archive(SMALL)
    first = _fingerprint_of_archive()
    clear_chronology()
    seed_archive(SMALL)
    assert _fingerprint_of_archive() == first
    clear_chronology()
    seed_archive(SeedConfig(events=300, actors=50, seed=8))
    assert _fingerprint_of_archive() != first


def test_command_refuses_to_mix_with_existing_data_unless_cleared():
    call_command("seed_synthetic", events=40, actors=10, seed=1, verbosity=0)
    with pytest.raises(CommandError, match="--clear"):
        call_command("seed_synthetic", events=40, actors=10, seed=1, verbosity=0)
    call_command("seed_synthetic", events=50, actors=10, seed=2, clear=True, verbosity=0)
    assert Event.objects.count() == 50 and Actor.objects.count() == 10


def test_timeline_page_shows_seeded_events(client):
    seed_archive(SMALL)
    response = client.get("/", secure=True)
    assert response.status_code == 200
    newest = Event.objects.exclude(review_status=Event.Review.REJECTED)[:10]
    page = response.content.decode()
    assert any(escape(e.title) in page or escape(e.participants.first().actor.name) in page
               for e in newest)
