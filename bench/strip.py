"""The timeline's overview strip (events per month or year of the filtered view), run by
bench/run.py in the benchmark's environment (DATABASE_URL of a seeded archive). Prints
JSON on its last line.

    .venv/bin/python bench/strip.py --requests 30

In process, through Django's test client (no HTTP, no gunicorn: the strip's own cost, not
the network's). For each view of the archive, the median and p95 milliseconds of:

- *count*: the one aggregate query behind the strip (`selectors._events_per_month`);
- *strip*: the whole strip (`views.timeline_overview`: count, bars, labels, links), with
  the counts cache emptied before each request (*uncached*) and kept (*cached*, the
  counts under the chronology version);
- *page*: the timeline page with the strip, the reader cache off, counts uncached and
  cached; and with the reader cache on (an anonymous reader's repeat within
  CHRONOLOGY_CACHE_SECONDS).

The views are read as an anonymous reader under `CHRONIK_PUBLIC_EVENTS=all` (the demo's
policy: nearly every event of the archive in the view), except the row that says
otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
os.environ["CHRONIK_PUBLIC_EVENTS"] = "all"

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import translation  # noqa: E402

from timeline import selectors, views  # noqa: E402
from timeline.models import Event, Participant  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def timed(fn, n: int, *, before=None, warmup: int = 2) -> dict:
    """Median and p95 ms of `n` calls of `fn` (after `warmup` unmeasured ones); `before`
    runs ahead of each call, outside the time."""
    for _ in range(warmup):
        if before:
            before()
        fn()
    times = []
    for _ in range(n):
        if before:
            before()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95), "n": n}


def views_to_measure() -> list[tuple[str, str, str]]:
    """(label, query string, policy) of the views measured: the whole archive, then one
    view per filter, each holding many events at 100,000."""
    busiest = (
        Participant.objects.values("actor").annotate(n=Count("id")).order_by("-n", "actor").first()
    )
    found = [
        ("whole archive", "", "all"),
        ("whole archive, verified only (a deployment's readers)", "", "verified"),
        ("kind: meetings", "kind=meeting", "all"),
        ("country: DE", "country=DE", "all"),
    ]
    if busiest:
        found.append(("busiest actor", f"actor={busiest['actor']}", "all"))
    found += [
        ("two years (2015–2016: bars per month)", "date_from=2015&date_to=2016", "all"),
        ("full-text search (Waffenruhe)", "q=Waffenruhe", "all"),
    ]
    return found


def measure_view(query: str, policy: str, n: int) -> dict:
    with override_settings(CHRONIK_PUBLIC_EVENTS=policy, CHRONOLOGY_CACHE_SECONDS=0):
        request = RequestFactory(SERVER_NAME="127.0.0.1").get("/", {k: v for k, v in
                                             (p.split("=", 1) for p in query.split("&") if p)})
        from django.contrib.auth.models import AnonymousUser

        request.user = AnonymousUser()
        form, filters = views._filter_form(request)
        assert filters is not None, form.errors
        per_month = selectors._events_per_month(filters)
        overview = views.timeline_overview(request, filters)
        row = {
            "query": query,
            "policy": policy,
            "events": sum(per_month.values()),
            "bars": len(overview.bars),
            "by_year": overview.by_year,
            "count": timed(lambda: selectors._events_per_month(filters), n),
            "strip_uncached": timed(lambda: views.timeline_overview(request, filters), n,
                                    before=cache.clear),
            "strip_cached": timed(lambda: views.timeline_overview(request, filters), n),
        }
        client = Client(HTTP_ACCEPT_LANGUAGE="de", SERVER_NAME="127.0.0.1")
        url = "/?" + query if query else "/"

        def get() -> None:
            response = client.get(url)
            assert response.status_code == 200, response.status_code

        row["page_uncached"] = timed(get, n, before=cache.clear)
        row["page_cached"] = timed(get, n)
    with override_settings(CHRONIK_PUBLIC_EVENTS=policy, CHRONOLOGY_CACHE_SECONDS=30):
        row["page_reader_cache"] = timed(get, n)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=30, help="measured calls per row")
    args = parser.parse_args()
    out = {"events": Event.objects.count(), "vendor": django.db.connection.vendor, "views": {}}
    with translation.override("de"):
        for label, query, policy in views_to_measure():
            row = measure_view(query, policy, args.requests)
            out["views"][label] = row
            print(f"{label}: {row['events']} events, count {row['count']['median_ms']:.1f} ms, "
                  f"strip {row['strip_uncached']['median_ms']:.1f} / "
                  f"{row['strip_cached']['median_ms']:.2f} ms, page "
                  f"{row['page_uncached']['median_ms']:.1f} / {row['page_cached']['median_ms']:.1f}"
                  f" / {row['page_reader_cache']['median_ms']:.1f} ms", file=sys.stderr)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
