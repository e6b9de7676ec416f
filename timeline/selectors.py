"""Read queries the public pages, exports and API share.

Paging is by keyset, not OFFSET: a cursor holds the (sort_date, id) of the last event
shown, so page 2,000 costs what page 1 costs. Placed events come first (newest or oldest
first: dated ones by their first day, undated ones by the day they were reported), the
few with no date and no report date after them; each part is read with its own
index-friendly query.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    prefetch_related_objects,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.utils.translation import get_language

from .access import CHECKED_REVIEW
from .models import Actor, ActorAlias, ChronologyVersion, Event, Evidence, Participant

RARE_ACTOR_EVENTS = 1000
UNSHOWN_EVENT_FIELDS = ("fingerprint", "created_at", "updated_at")
UNSHOWN_ACTOR_FIELDS = ("actor__description", "actor__created_at", "actor__updated_at")


@dataclass(frozen=True)
class TimelineFilters:
    q: str = ""
    actor_ids: tuple[int, ...] = ()
    # The one actor of `actor_ids` takes part in few events (see `with_busy_flag`).
    rare_actor: bool = False
    country: str = ""
    kind: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    # "Only verified events": what an editor confirmed, not merely corrected.
    verified_only: bool = False
    oldest_first: bool = False
    # The review states the viewer may see (`access.shown_review_statuses`); the default
    # is what an anonymous reader sees under the strict policy.
    review: tuple[str, ...] = CHECKED_REVIEW


@dataclass(frozen=True)
class Cursor:
    """Where a page ends: the last event's sort_date (None: not placed) and id."""

    date: dt.date | None
    pk: int

    def __str__(self) -> str:
        return f"{self.date.isoformat() if self.date else 'undated'}.{self.pk}"

    @classmethod
    def parse(cls, token: str | None) -> Cursor | None:
        """Read a cursor from the URL; anything malformed means "from the start"."""
        if not token or "." not in token:
            return None
        day, _, pk = token.rpartition(".")
        try:
            return cls(None if day == "undated" else dt.date.fromisoformat(day), int(pk))
        except ValueError:
            return None

    @classmethod
    def after(cls, event: Event) -> Cursor:
        return cls(event.sort_date, event.pk)


@dataclass
class EventPage:
    events: list[Event] = field(default_factory=list)
    next_cursor: Cursor | None = None


def events_for_timeline(filters: TimelineFilters) -> QuerySet[Event]:
    """Public events matching the filters, unordered and without related rows.
    Rejected events never leave this function."""
    parts = timeline_parts(filters)
    if len(parts) == 1:
        return parts[0]
    ids = [part.order_by().values("pk") for part in parts]
    return Event.objects.filter(pk__in=ids[0].union(*ids[1:]))


def timeline_parts(filters: TimelineFilters) -> list[QuerySet[Event]]:
    """Public events matching the filters, as one queryset, or as several whose union they
    are (the PostgreSQL search: events whose text matches, and events of actors whose
    name matches). Each part is a plain filtered queryset that callers may filter, order
    and cut further, and combine with `union()` as the last step: the index behind each
    part then drives its own query (an `id IN (union)` let PostgreSQL hash-join the
    matches with a scan of every event)."""
    # Bookkeeping columns no page, export or API shows are left out.
    events = Event.objects.filter(review_status__in=filters.review).defer(*UNSHOWN_EVENT_FIELDS)
    if filters.verified_only:
        events = events.filter(review_status=Event.Review.VERIFIED)
    if filters.kind:
        events = events.filter(kind=filters.kind)
    # `id IN (participants' event ids)` rather than a correlated EXISTS: bounded cost for
    # a rare actor or country too (EXISTS walks the whole date index until it finds 50).
    # For one actor with few events, a join from their participant rows: SQLite otherwise
    # walks the date index testing each event (10 ms at 100,000 events for an actor with
    # 12), while the join reads 12 rows and sorts them (for 6,000 the walk wins: 1 ms
    # against 13).
    if len(filters.actor_ids) == 1 and filters.rare_actor:
        events = events.filter(participants__actor_id=filters.actor_ids[0])
    elif filters.actor_ids:
        events = events.filter(
            pk__in=Participant.objects.filter(actor_id__in=filters.actor_ids).values("event_id")
        )
    if filters.country:
        in_country = Q(
            pk__in=Participant.objects.filter(actor__country=filters.country).values("event_id")
        )
        if connection.vendor == "postgresql":
            # Every country has many events: PostgreSQL should read the events in date
            # order and test each against the hashed ids of the country's events (what
            # SQLite does anyway), not look up all 8,000 of them by key and sort (DE at
            # 100,000 events: 3 ms instead of 21 in a two-year range, 7 instead of 67
            # without one). The worst case, a code no actor has, walks the whole index.
            events = events.filter(HashedCheck(ExpressionWrapper(in_country, BooleanField())))
        else:
            events = events.filter(in_country)
    # A date range keeps the events whose span of days overlaps it, and the undated ones
    # reported in it (`sort_date` is the first day of a dated event, the report date of an
    # undated one; the events with neither drop out).
    if filters.date_from:
        events = events.filter(
            Q(date_end__gte=filters.date_from)
            | Q(date_end__isnull=True, sort_date__gte=filters.date_from)
        )
        # Redundant (no date covers more than a year), but it gives the database a range
        # of the date index to start from when reading oldest first.
        events = events.filter(sort_date__gte=filters.date_from - dt.timedelta(days=366))
    if filters.date_to:
        events = events.filter(sort_date__lte=filters.date_to)
    if not filters.q:
        return [events]
    if connection.vendor == "postgresql":
        return _search_postgresql(events, filters.q)
    return [_search_sqlite(events, filters.q)]


class HashedCheck(Func):
    """`(condition) IS TRUE`: the same truth, but PostgreSQL does not turn an `IN
    (subquery)` written so into a join; it hashes the subquery's rows once and tests each
    row against them, in the order an index gives."""

    template = "(%(expressions)s) IS TRUE"
    output_field = BooleanField()


def _search_postgresql(events: QuerySet[Event], q: str) -> list[QuerySet[Event]]:
    """Full-text search over summaries and quotes (GIN index `event_search_idx`), and
    events of the actors whose names (`actor_search_idx`) or aliases match: two parts."""
    from django.contrib.postgres.search import SearchQuery, SearchVector

    # "simple": articles are German and English, so no language's stemming is forced
    # on the other; websearch syntax gives users "quotes", OR and -minus.
    query = SearchQuery(q, config="simple", search_type="websearch")
    by_text = events.alias(document=SearchVector("title", "quote", config="simple")).filter(
        document=query
    )
    named = (
        Actor.objects.annotate(names=SearchVector("name", config="simple"))
        .filter(names=query)
        .order_by()
        .values("pk")
    )
    # Aliases too (names in the other language, other spellings): few rows per actor.
    aliased = (
        ActorAlias.objects.annotate(names=SearchVector("text", config="simple"))
        .filter(names=query)
        .order_by()
        .values("actor_id")
    )
    actors = named.union(aliased)
    by_actor = events.filter(
        pk__in=Participant.objects.filter(actor_id__in=actors).order_by().values("event_id")
    )
    return [by_text, by_actor]


# The trigram index finds strings of three characters or more.
FTS_MIN_LENGTH = 3


def _search_sqlite(events: QuerySet[Event], q: str) -> QuerySet[Event]:
    """Every word must occur somewhere (as part of a word, in any case): in the summary or
    quote (the FTS5 table `timeline_event_fts`, migration 0005), an actor's name or alias
    (the trigram tables of migration 0007).
    Each word is `id IN (text matches) OR id IN (events of matching actors)`: SQLite
    builds each list once and tests the events in date order (a UNION of the two lists
    took 2-3 times as long: 7 against 4.5 ms for a topic, 23 against 8 for a common word)."""
    for word in q.split()[:10]:
        if len(word) >= FTS_MIN_LENGTH:
            phrase = '"' + word.replace('"', '""') + '"'
            in_text = Q(
                pk__in=RawSQL(
                    "SELECT rowid FROM timeline_event_fts WHERE timeline_event_fts MATCH %s",
                    [phrase],
                )
            )
        else:  # too short for the index: a scan of the text columns
            in_text = Q(title__icontains=word) | Q(quote__icontains=word)
        if len(word) >= FTS_MIN_LENGTH:  # the actor trigram tables of migration 0007
            actors = Actor.objects.filter(_trigram_match(word)).order_by().values("pk")
        else:
            aliased = ActorAlias.objects.filter(text__icontains=word).values("actor_id")
            actors = Actor.objects.filter(Q(name__icontains=word) | Q(pk__in=aliased)).values("pk")
        named = Participant.objects.filter(actor_id__in=actors).order_by().values("event_id")
        events = events.filter(in_text | Q(pk__in=named))
    return events


def _union(parts: list[QuerySet[Event]]) -> QuerySet[Event]:
    if len(parts) == 1:
        return parts[0]
    return parts[0].order_by().union(*(part.order_by() for part in parts[1:]))


def participants_prefetch() -> Prefetch:
    """Participants with their actors as `event.participant_list`: one query for a whole
    page of events. A list attribute (`to_attr`) rather than the `participants` manager's
    cache, for which Django clones a queryset per event (a fifth of an export's time)."""
    return Prefetch(
        "participants",
        queryset=Participant.objects.select_related("actor")
        .defer(*UNSHOWN_ACTOR_FIELDS)
        .annotate(actor_local_name=local_name("actor_id"))
        .order_by("pk"),
        to_attr="participant_list",
    )


def local_name(actor_ref: str = "pk") -> Subquery:
    """The actor's name in the active language (their alias marked as the name in it), or
    NULL: a subquery read for the rows shown only, through the alias table's actor index.
    `Actor.name_in` and the templates fall back to the stored name."""
    return Subquery(
        ActorAlias.objects.filter(
            actor_id=OuterRef(actor_ref), preferred=True, language=(get_language() or "")[:2]
        )
        .order_by("pk")
        .values("text")[:1]
    )


def with_source_count(events: QuerySet[Event]) -> QuerySet[Event]:
    """The number of distinct source articles, as a subquery evaluated for the rows shown
    only (not a GROUP BY over the whole table)."""
    sources = (
        Evidence.objects.filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(n=Count("article_id", distinct=True))
        .values("n")
    )
    return events.annotate(
        source_count=Coalesce(Subquery(sources, output_field=IntegerField()), Value(0))
    )


def events_page(
    filters: TimelineFilters,
    *,
    after: Cursor | None = None,
    size: int = 50,
    reports: bool = False,
) -> EventPage:
    """One page of the timeline after `after`, and the cursor of the next page (if any).

    Queries: one for placed events, one more for the others when the placed ones run
    out on this page, one for the participants of all events shown, and with `reports`
    one for each event's first report (`first_report_prefetch`)."""
    parts = [with_source_count(part) for part in timeline_parts(filters)]
    want = size + 1  # one extra row tells whether there is a next page
    rows: list[Event] = []
    newest = not filters.oldest_first

    if after is None or after.date is not None:
        dated = [part.filter(sort_date__isnull=False) for part in parts]
        if after is not None:
            if newest:
                # The redundant `<=` gives the database an index range to start from.
                dated = [
                    part.filter(sort_date__lte=after.date).filter(
                        Q(sort_date__lt=after.date) | Q(sort_date=after.date, pk__lt=after.pk)
                    )
                    for part in dated
                ]
            else:
                dated = [
                    part.filter(sort_date__gte=after.date).filter(
                        Q(sort_date__gt=after.date) | Q(sort_date=after.date, pk__gt=after.pk)
                    )
                    for part in dated
                ]
        order = ("-sort_date", "-id") if newest else ("sort_date", "id")
        rows = list(_union(dated).order_by(*order)[:want])

    if len(rows) < want:
        undated = [part.filter(sort_date__isnull=True) for part in parts]
        if after is not None and after.date is None:
            undated = [
                part.filter(pk__lt=after.pk) if newest else part.filter(pk__gt=after.pk)
                for part in undated
            ]
        rows += list(_union(undated).order_by("-id" if newest else "id")[: want - len(rows)])

    page = EventPage(events=rows[:size])
    prefetch_related_objects(
        page.events, participants_prefetch(), *([first_report_prefetch()] if reports else [])
    )
    if len(rows) > size:
        page.next_cursor = Cursor.after(page.events[-1])
    return page


def events_for_export(filters: TimelineFilters, *, chunk_size: int = 500) -> Iterator[Event]:
    """Every event matching the filters in timeline order, streamed in chunks (each chunk
    fetches its participants in one query), for exports of any size."""
    newest = not filters.oldest_first
    order = ("-sort_date", "-pk") if newest else ("sort_date", "pk")
    events = with_source_count(events_for_timeline(filters)).prefetch_related(
        participants_prefetch(), first_report_prefetch()
    )
    yield from events.filter(sort_date__isnull=False).order_by(*order).iterator(chunk_size)
    yield from events.filter(sort_date__isnull=True).order_by(order[1]).iterator(chunk_size)


def event_detail(pk: int, *, review: tuple[str, ...]) -> Event:
    """One event in one of the `review` states with participants and evidence (articles
    included); raises Event.DoesNotExist for unknown ids and events in other states."""
    return (
        Event.objects.filter(review_status__in=review)
        .prefetch_related(
            Prefetch(
                "participants",
                queryset=Participant.objects.select_related("actor")
                .annotate(actor_local_name=local_name("actor_id"))
                .order_by("role", "pk"),
            ),
            Prefetch(
                "evidence",
                queryset=Evidence.objects.select_related("article").order_by(
                    "-article__published", "article_id", "start"
                ),
            ),
        )
        .get(pk=pk)
    )


def with_busy_flag(actors: QuerySet[Actor]) -> QuerySet[Actor]:
    """Actors with `.busy`: whether they take part in more than RARE_ACTOR_EVENTS events
    (an EXISTS with an offset: at most that many index entries are read, where a count
    would read all 6,000 of the busiest actor's)."""
    beyond = Participant.objects.filter(actor=OuterRef("pk")).order_by()[
        RARE_ACTOR_EVENTS : RARE_ACTOR_EVENTS + 1
    ]
    return actors.annotate(busy=Exists(beyond))


def actor_detail(pk: int) -> Actor:
    """One actor with their aliases and `.busy` (see `with_busy_flag`); raises
    Actor.DoesNotExist."""
    return with_busy_flag(Actor.objects.prefetch_related("aliases")).get(pk=pk)


# How long counts stay in the cache: exactness comes from the version in the key, so this
# only bounds the memory that counts of versions no longer current hold.
COUNTS_CACHE_SECONDS = 24 * 3600


def actor_counterparts(
    actor: Actor, *, review: tuple[str, ...], limit: int = 10
) -> list[Actor]:
    """The actors `actor` met most: others taking part in the same meetings (those in
    one of the `review` states the viewer may see), each
    with `.meetings` = the number of meetings shared, most first (then by name).

    Cached per actor and chronology version (`ChronologyVersion`): reading the version is
    one query by key, and any change to events, participants or actors, in any process,
    gives a new version and so a fresh count. The count grows with the actor's meetings
    (6,000 for the busiest at 100,000 events: 17-24 ms of SQL on PostgreSQL)."""
    version = ChronologyVersion.current()
    if version is None:
        return _actor_counterparts(actor, review=review, limit=limit)
    key = (f"chronology:{version}:counterparts:{actor.pk}:{limit}:{get_language()}:"
           f"{','.join(sorted(review))}")
    found = cache.get(key)
    if found is None:
        found = _actor_counterparts(actor, review=review, limit=limit)
        cache.set(key, found, COUNTS_CACHE_SECONDS)
    return found


def _actor_counterparts(actor: Actor, *, review: tuple[str, ...], limit: int) -> list[Actor]:
    """The count behind `actor_counterparts`, from the database.

    One query, written out because its shape matters: the actor's own participant rows
    drive it, each shared event is checked (public meeting?) by a lookup on its key, and
    the other participants are counted per actor id before any actor row is read. The
    ORM's `IN (…)` forms let PostgreSQL hash every meeting in the archive (58,000 of
    100,000) or scan every participant row: 35-80 ms for the busiest actor instead of
    15-20. (A boolean subquery, not `… IS NOT NULL`: PostgreSQL guesses that half the
    rows pass it, and then probes the other participants by index.)"""
    public = ", ".join(["%s"] * len(review))
    sql = f"""
        SELECT a.*, c.meetings, (
            SELECT al.text FROM {ActorAlias._meta.db_table} al
            WHERE al.actor_id = a.id AND al.preferred AND al.language = %s
            ORDER BY al.id LIMIT 1
        ) AS local_name FROM (
            SELECT other.actor_id, COUNT(*) AS meetings
            FROM {Participant._meta.db_table} own
            JOIN {Participant._meta.db_table} other ON other.event_id = own.event_id
            WHERE own.actor_id = %s AND other.actor_id <> %s
              AND (SELECT e.kind = %s AND e.review_status IN ({public})
                   FROM {Event._meta.db_table} e WHERE e.id = own.event_id)
            GROUP BY other.actor_id
        ) c JOIN {Actor._meta.db_table} a ON a.id = c.actor_id
        ORDER BY c.meetings DESC, a.name, a.id
        LIMIT %s"""
    language = (get_language() or "")[:2]
    params = [language, actor.pk, actor.pk, Event.Kind.MEETING.value, *review, limit]
    return list(Actor.objects.raw(sql, params))


def actors_search(
    q: str = "", *, country: str = "", limit: int = 20, after: int | None = None
) -> list[Actor]:
    """Actors whose name or alias contains `q` (case-insensitive), by name (for the
    autocomplete and API). `after`: the id of the last actor of the previous page (keyset
    by id). Exactly the plain `name icontains q OR alias icontains q` answer, read through
    indexes (tests/timeline/test_actor_search.py compares the two)."""
    actors = Actor.objects.annotate(local_name=local_name())
    if country:
        actors = actors.filter(country=country.upper())
    order = ("name", "pk")
    if after is not None:
        actors = actors.filter(pk__gt=after)
        order = ("pk",)
    actors = actors.order_by(*order)
    if not q:
        return list(actors[:limit])
    if len(q) < FTS_MIN_LENGTH:
        return _short_search(q, actors, limit)
    return list(actors.filter(_trigram_match(q))[:limit])


def _trigram_match(q: str) -> Q:
    """`q` (three characters or more) in a name or alias, found through the trigram
    indexes of migration 0007."""
    if connection.vendor == "postgresql":
        # GIN trigram indexes on UPPER(name) and UPPER(text), the expressions
        # `icontains` compares; as one list of ids, so that each part reads its index
        # (with an OR, PostgreSQL tests every actor's name instead).
        named = Actor.objects.filter(name__icontains=q).order_by().values("pk")
        aliased = ActorAlias.objects.filter(text__icontains=q).order_by().values("actor_id")
        return Q(pk__in=named.union(aliased, _spelled_like(q)))
    # SQLite: the FTS5 trigram tables give the candidates; `icontains` (LIKE) is still
    # applied to them because FTS5 folds the case of every letter and LIKE only of
    # ASCII ones ('Ö' is not 'ö' to LIKE), so the index finds a few more than before.
    phrase = '"' + q.replace('"', '""') + '"'
    named_ids = RawSQL(
        "SELECT rowid FROM timeline_actor_fts WHERE timeline_actor_fts MATCH %s", [phrase]
    )
    aliased_ids = RawSQL(
        "SELECT rowid FROM timeline_actoralias_fts WHERE timeline_actoralias_fts MATCH %s",
        [phrase],
    )
    aliased = ActorAlias.objects.filter(pk__in=aliased_ids, text__icontains=q)
    return (
        (Q(pk__in=named_ids) & Q(name__icontains=q))
        | Q(pk__in=aliased.values("actor_id"))
        | Q(pk__in=_spelled_like(q))
    )


def _spelled_like(q: str) -> QuerySet:
    """Ids of actors with a name or alias that `q` spells another way ("Lavrov" for
    "Lawrow", "Zelensky" for "Selenskyj"): equal transliteration keys, by their indexes."""
    from .lib.transliteration import name_keys

    keys = [key for key in set(name_keys(q).values()) if key]
    return (
        ActorAlias.objects.filter(Q(key_de__in=keys) | Q(key_en__in=keys))
        .order_by()
        .values("actor_id")
    )


def _short_search(q: str, actors: QuerySet[Actor], limit: int) -> list[Actor]:
    """Too few characters for a trigram index. The actors are read in order (the name
    index) and each is tested, its aliases through their actor_id index, until the page
    is full: a pair someone types fills it early ('Ro' reads about 600 of 5,000 actors,
    'an' 15). A pair few actors hold ('Xi', 'xq') reads all of them: at 5,000 actors
    about twice the one scan of every alias that the search made before (SQL 8 ms
    against 4 on SQLite, 15 against 9 on PostgreSQL)."""
    # A scalar subquery rather than EXISTS: PostgreSQL would turn EXISTS into one scan
    # of every alias before the first actor is read.
    first_alias = (
        ActorAlias.objects.filter(actor_id=OuterRef("pk"), text__icontains=q)
        .order_by()
        .values("pk")[:1]
    )
    return list(
        actors.filter(Q(name__icontains=q) | Q(IsNotNull(Subquery(first_alias))))[:limit]
    )


class IsNotNull(Func):
    """`(expression) IS NOT NULL` as a condition."""

    template = "(%(expressions)s) IS NOT NULL"
    output_field = BooleanField()


def countries_in_use() -> list[str]:
    """Country codes that at least one actor has (for the country filter)."""
    return list(
        Actor.objects.exclude(country="")
        .order_by("country")
        .values_list("country", flat=True)
        .distinct()
    )


def events_for_article(article_id: int, *, review: tuple[str, ...]) -> list[Event]:
    """The events in one of the `review` states an article is evidence for, in timeline order, ready for
    `timeline/index.html#event_line` (participants and source counts in 3 queries)."""
    events = with_source_count(
        Event.objects.filter(
            review_status__in=review, evidence__article_id=article_id
        ).distinct()
    ).order_by(F("sort_date").desc(nulls_last=True), "-pk")
    return list(events.prefetch_related(participants_prefetch()))


def actor_duplicate_groups() -> list[list[Actor]]:
    """Actors that are one actor under several names, each group with the one to keep
    first (edited by hand, then most events, then oldest): states with the same country
    code ("Russland", "Russia"), international organisations under names of one
    (`lib/organizations`: "Vereinte Nationen", "United Nations"), and persons whose full
    names (two words or more) are spellings of one name (`lib/transliteration`: "Sergej
    Lawrow", "Sergei Lavrov")."""
    from .lib.organizations import organization_named
    from .lib.transliteration import name_keys

    actors = {
        actor.pk: actor
        for actor in Actor.objects
        .annotate(event_count=Count("participations"))
        .prefetch_related("aliases")
    }
    parent = {pk: pk for pk in actors}

    def root(pk: int) -> int:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    owner: dict[tuple, int] = {}
    for actor in actors.values():
        names = [actor.name, *(alias.text for alias in actor.aliases.all())]
        if actor.kind == Actor.Kind.STATE:
            marks = {("state", actor.country)} if actor.country else set()
        elif actor.kind == Actor.Kind.ORGANIZATION:
            found = (organization_named(name) for name in names)
            marks = {("organization", org.ident) for org in found if org is not None}
        else:
            marks = {
                ("person", key)
                for name in names
                if len(name.split()) >= 2
                for key in name_keys(name).values()
                if key
            }
        for mark in marks:
            if mark in owner:
                parent[root(actor.pk)] = root(owner[mark])
            else:
                owner[mark] = actor.pk
    groups: dict[int, list[Actor]] = {}
    for pk, actor in actors.items():
        groups.setdefault(root(pk), []).append(actor)
    found = [
        sorted(group, key=lambda a: (not a.edited, -a.event_count, a.pk))
        for group in groups.values()
        if len(group) > 1
    ]
    return sorted(found, key=lambda group: group[0].name)


def event_line(pk: int) -> Event:
    """One event of any review state, ready for `timeline/index.html#event_line` (after
    an editor's verdict swaps the line); raises Event.DoesNotExist."""
    events = with_source_count(Event.objects.filter(pk=pk)).prefetch_related(
        participants_prefetch()
    )
    return events.get()


# --- The review queue ------------------------------------------------------------------

# Confidence bands of the queue's filter: [low, high).
CONFIDENCE_BANDS = {"low": (0.0, 0.5), "medium": (0.5, 0.8), "high": (0.8, None)}


@dataclass(frozen=True)
class ReviewFilters:
    article_id: int | None = None
    kind: str = ""
    language: str = ""  # of a source article
    confidence: str = ""  # a key of CONFIDENCE_BANDS


def review_pending(filters: ReviewFilters = ReviewFilters()) -> QuerySet[Event]:
    """Events no editor has looked at yet (extracted), matching the filters, unordered."""
    events = Event.objects.filter(review_status=Event.Review.EXTRACTED)
    if filters.article_id is not None:
        events = events.filter(
            pk__in=Evidence.objects.filter(article_id=filters.article_id).values("event_id")
        )
    if filters.language:
        events = events.filter(
            pk__in=Evidence.objects.filter(article__language=filters.language).values("event_id")
        )
    if filters.kind:
        events = events.filter(kind=filters.kind)
    if filters.confidence in CONFIDENCE_BANDS:
        low, high = CONFIDENCE_BANDS[filters.confidence]
        events = events.filter(confidence__gte=low)
        if high is not None:
            events = events.filter(confidence__lt=high)
    return events


def review_queue(filters: ReviewFilters, *, size: int = 50) -> list[Event]:
    """The first `size` unreviewed events matching the filters, in timeline order, each
    with `participant_list` and its evidence (articles included) in `evidence_list`."""
    events = review_pending(filters).order_by(F("date_start").desc(nulls_last=True), "-pk")
    evidence = Evidence.objects.select_related("article").order_by("article_id", "start")
    return list(
        events.prefetch_related(
            participants_prefetch(), Prefetch("evidence", queryset=evidence, to_attr="evidence_list")
        )[:size]
    )


def review_articles(*, limit: int = 200, include: int | None = None) -> list[tuple[int, str]]:
    """(id, title) of the newest `limit` articles that still have unreviewed events, and
    of the article `include` (one asked for by URL) if it has any."""
    rows = (
        Evidence.objects.filter(event__review_status=Event.Review.EXTRACTED)
        .order_by("-article_id")
        .values_list("article_id", "article__title")
        .distinct()
    )
    found = list(rows[:limit])
    if include is not None and include not in {pk for pk, _title in found}:
        found += list(rows.filter(article_id=include)[:1])
    return found

class YearMonth(Func):
    """ "2018-05" of a date column. Plain SQL on purpose: Django's Trunc and Extract call
    a Python function per row on SQLite, which a count over 100,000 events would feel.
    SQLite keeps dates as ISO text, so no CAST (a fifth of the count's time there)."""

    template = "substr(%(expressions)s, 1, 7)"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, template="to_char(%(expressions)s, 'YYYY-MM')", **extra)


def events_per_month(filters: TimelineFilters) -> dict[str, int]:
    """How many events of the filtered view each month holds, by where they are placed
    (`sort_date`): {"2018-05": 12, …}, "" for the events with no date and no report date.
    One aggregate query, cached under the chronology version (see `actor_counterparts`):
    the count grows with the archive, and the version changes with every write."""
    version = ChronologyVersion.current()
    if version is None:
        return _events_per_month(filters)
    digest = hashlib.sha256(repr(filters).encode()).hexdigest()[:32]
    key = f"chronology:{version}:per-month:{digest}"
    found = cache.get(key)
    if found is None:
        found = _events_per_month(filters)
        cache.set(key, found, COUNTS_CACHE_SECONDS)
    return found


def _events_per_month(filters: TimelineFilters) -> dict[str, int]:
    rows = (
        events_for_timeline(filters)
        .order_by()
        .values(month=YearMonth("sort_date"))
        # COUNT(*), not COUNT(id): no column read per row (a sixth of the time on SQLite).
        .annotate(n=Count("*"))
        .values_list("month", "n")
    )
    return {month or "": n for month, n in rows}


def first_report_prefetch() -> Prefetch:
    """The first report of each event as `event.first_report` (a list of at most one
    Evidence, with its article's title, outlet, URL, language and date): the earliest
    article, the first span in it. One query for a page of events (a window function
    numbers the evidence per event)."""
    evidence = (
        Evidence.objects.select_related("article")
        .only(
            "event_id", "sentence", "start", "article__title", "article__outlet",
            "article__url", "article__language", "article__published",
        )
        .order_by(F("article__published").asc(nulls_last=True), "article_id", "start")
    )
    return Prefetch("evidence", queryset=evidence[:1], to_attr="first_report")


# --- History of an event (for editors) ----------------------------------------------------


@dataclass
class HistoryChange:
    field: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    """One recorded change of an event, of one of its participants or of one of its
    evidence rows: when, by whom, within which operation, what changed (old → new)."""

    when: dt.datetime
    user: object | None
    subject: str  # "event", "participant", "evidence"
    label: str  # the row as it reads now (or read when deleted)
    action: str  # "+" created, "~" changed, "-" deleted
    changes: list[HistoryChange]
    reason: str
    changeset: object | None


def _shown(field, value) -> str:
    """A stored value as an editor reads it: choices by label, nothing as a dash."""
    if value in (None, ""):
        return "—"
    choices = dict(field.flatchoices) if field.choices else {}
    if value in choices:
        return str(choices[value])
    return str(value)


def _history_entries(records: list, subject: str, related: dict) -> list[HistoryEntry]:
    entries = []
    previous: dict[int, object] = {}
    for record in records:  # oldest first
        before = previous.get(record.id)
        changes = []
        if before is not None and record.history_type == "~":
            for change in record.diff_against(before).changes:
                field = record.instance_type._meta.get_field(change.field)
                old, new = change.old, change.new
                if field.is_relation:
                    old, new = related.get((field.name, old), old), related.get((field.name, new), new)
                changes.append(HistoryChange(str(field.verbose_name), _shown(field, old), _shown(field, new)))
        previous[record.id] = record
        if record.history_type == "~" and before is not None and not changes:
            continue  # a save that changed nothing an editor sees (a version bump, a fingerprint)
        entries.append(
            HistoryEntry(
                when=record.history_date,
                user=record.history_user,
                subject=subject,
                label=str(related.get(("self", record.id), "")),
                action=record.history_type,
                changes=changes,
                reason=record.history_change_reason or "",
                changeset=record.changeset,
            )
        )
    return entries


def event_history(*, event: Event, limit: int = 100) -> list[HistoryEntry]:
    """Everything recorded about an event, newest first: edits of its fields, its
    participants and its evidence, by hand, by merges, bulk actions and re-runs."""
    def records(model, **lookup):
        return list(
            model.history.filter(**lookup)
            .select_related("history_user", "changeset")
            .order_by("history_id")
        )

    event_records = records(Event, id=event.pk)
    participant_ids = set(
        Participant.history.filter(event_id=event.pk).values_list("id", flat=True)
    )
    evidence_ids = set(Evidence.history.filter(event_id=event.pk).values_list("id", flat=True))
    participant_records = records(Participant, id__in=participant_ids)
    evidence_records = records(Evidence, id__in=evidence_ids)
    actor_ids = {r.actor_id for r in participant_records}
    names = {pk: name for pk, name in Actor.history.filter(id__in=actor_ids).values_list("id", "name")}
    names.update(Actor.objects.filter(pk__in=actor_ids).values_list("pk", "name"))
    article_ids = {r.article_id for r in evidence_records}
    article_model = Evidence._meta.get_field("article").related_model
    titles = dict(article_model.objects.filter(pk__in=article_ids).values_list("pk", "title"))
    related: dict = {("actor", pk): name for pk, name in names.items()}
    related.update({("article", pk): title for pk, title in titles.items()})
    participants = {("self", r.id): names.get(r.actor_id, r.actor_id) for r in participant_records}
    evidence = {
        ("self", r.id): f"{titles.get(r.article_id, r.article_id)} [{r.start}:{r.end}]"
        for r in evidence_records
    }
    entries = [
        *_history_entries(event_records, "event", {**related, ("self", event.pk): event.title}),
        *_history_entries(participant_records, "participant", {**related, **participants}),
        *_history_entries(evidence_records, "evidence", {**related, **evidence}),
    ]
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries[:limit]
