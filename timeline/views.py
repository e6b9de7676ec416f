"""Public pages of the chronology: the timeline, event and actor pages, exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps

from django.conf import settings

from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
    QueryDict,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils import formats
from django.utils.cache import patch_vary_headers
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe
from django_htmx.http import push_url

from . import exports, selectors
from .access import can_read_full_text, can_review, shown_review_statuses
from .forms import ActorSearchForm, TimelineFilterForm
from .highlight import excerpt_around, highlight
from .lib.overview import overview_periods
from .models import Actor, ChronologyVersion, Event
from .selectors import Cursor, TimelineFilters
from .templatetags.chronology import country_name

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


def cache_for_readers(view: Callable) -> Callable:
    """Serve anonymous readers a rendered page for CHRONOLOGY_CACHE_SECONDS: rendering
    50 events costs far more than the queries. The pages are kept under the chronology
    version (`ChronologyVersion`, one query by key): an editor's verify, reject or
    correction bumps it, so readers see it on their next request. Signed-in users always
    get the current state."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # The setting is read per request, not when the module is imported.
        seconds = settings.CHRONOLOGY_CACHE_SECONDS
        if request.user.is_authenticated or not seconds:
            return view(request, *args, **kwargs)
        version = ChronologyVersion.current()
        if version is None:  # a flushed database: nothing may be read from the cache
            return view(request, *args, **kwargs)
        cached = cache_page(seconds, key_prefix=f"chronology:{version}")(view)
        return cached(request, *args, **kwargs)

    return wrapper


@dataclass
class Group:
    """A run of events under the same headings: year (h2) and month (h3). A heading is
    None when the group continues the one before it (a page appended by "load more")."""

    key: str
    year: str | None
    month: str | None
    events: list[Event] = field(default_factory=list)


def group_key(event: Event) -> str:
    """ "2018-05" (day, week, month precision: the month it starts in; undated: the month
    it was reported in), "2018" (only the year is known) or "" (neither date nor report)."""
    if event.sort_date is None:
        return ""
    if event.date_precision == Event.Precision.YEAR:
        return f"{event.sort_date.year:04d}"
    return f"{event.sort_date.year:04d}-{event.sort_date.month:02d}"


def group_events(events: list[Event], *, continues: str | None = None) -> list[Group]:
    """Put events under year / month headings, leaving out the headings that the group
    `continues` (the key of the last group on the previous page) already shows."""
    groups: list[Group] = []
    previous = continues
    for event in events:
        key = group_key(event)
        if groups and groups[-1].key == key:
            # A run of events on one date shows the date once (a day "heading").
            before = groups[-1].events[-1]
            same_days = (before.date_value, before.date_range_end) == (
                event.date_value,
                event.date_range_end,
            )
            event.same_date = bool(event.date_value) and same_days
            groups[-1].events.append(event)
            continue
        year_key = key[:4]
        new_year = previous is None or previous[:4] != year_key
        new_group = previous != key
        if not key:
            year, month = (_("Undated") if new_group else None), None
        elif len(key) == 4:
            year = key if new_year else None
            month = (_("Sometime in %(year)s") % {"year": key}) if new_group else None
        else:
            year = year_key if new_year else None
            first = dt.date(int(key[:4]), int(key[5:7]), 1)
            month = formats.date_format(first, "YEAR_MONTH_FORMAT") if new_group else None
        groups.append(Group(key=key, year=year, month=month, events=[event]))
        previous = key
    return groups


def _page_size(request: HttpRequest) -> int:
    try:
        return max(1, min(MAX_PAGE_SIZE, int(request.GET.get("size", PAGE_SIZE))))
    except ValueError:
        return PAGE_SIZE


def _filter_form(request: HttpRequest) -> tuple[TimelineFilterForm, TimelineFilters | None]:
    """The bound filter form and its filters, or None when a filter is invalid (then the
    page shows the error and no events rather than silently ignoring the filter)."""
    form = TimelineFilterForm(request.GET)
    review = shown_review_statuses(request.user)
    return form, (form.filters(review=review) if form.is_valid() else None)


def timeline_context(
    request: HttpRequest, filters: TimelineFilters | None, *, more_params: QueryDict | None = None
) -> dict:
    """The events of one page and what the results partial needs to render them.
    `more_params`: the query of the "load more" link, besides the cursor (default: the
    current query, so the next page keeps every filter)."""
    base = (request.GET if more_params is None else more_params).copy()
    for key in ("after", "group", "size"):
        base.pop(key, None)
    if filters is None:
        return {
            "groups": [],
            "more_href": None,
            "last_group": None,
            "export_query": base.urlencode(),
            "export_size": _export_size(None), "export_max": settings.EXPORT_MAX_EVENTS,
            "export_formats": exports.FORMATS.values(),
        }
    page = selectors.events_page(
        filters,
        after=Cursor.parse(request.GET.get("after")),
        size=_page_size(request),
        reports=True,
    )
    continues = request.GET.get("group") if request.htmx else None
    groups = group_events(page.events, continues=continues)
    more_href = None
    if page.next_cursor is not None:
        params = base.copy()
        if "size" in request.GET:
            params["size"] = str(_page_size(request))
        params["after"] = str(page.next_cursor)
        more_href = f"{reverse('timeline:index')}?{params.urlencode()}"
    return {
        "groups": groups,
        "more_href": more_href,
        "last_group": groups[-1].key if groups else continues,
        "appending": bool(request.GET.get("after")) and bool(request.htmx),
        "export_query": base.urlencode(),
        "export_size": _export_size(None), "export_max": settings.EXPORT_MAX_EVENTS,
        "export_formats": exports.FORMATS.values(),
    }


@require_safe
@cache_for_readers
def index(request: HttpRequest) -> HttpResponse:
    form, filters = _filter_form(request)
    context = {"form": form, **timeline_context(request, filters)}
    if not context.get("appending"):
        context["chips"] = filter_chips(request, form)
        context["overview"] = timeline_overview(request, filters) if filters else None
    # htmx asks for the results only: on filter changes (the whole list) and "load more"
    # (the next page, appended in place). A history restore (the page fell out of htmx's
    # cache) needs the whole page.
    if request.htmx and not request.htmx.boosted and not request.htmx.history_restore_request:
        response = render(request, "timeline/index.html#results", context)
        if not request.GET.get("after"):
            # The address bar gets the filters that are set, not every empty field.
            query = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                if key not in ("group", "after") and any(values):
                    query.setlist(key, [v for v in values if v])
            push_url(response, f"{request.path}?{query.urlencode()}" if query else request.path)
    else:
        response = render(request, "timeline/index.html", context)
    # One URL, two bodies: caches must keep the partial and the page apart.
    patch_vary_headers(response, ["HX-Request"])
    return response


@require_safe
@cache_for_readers
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        review = shown_review_statuses(request.user)
        if can_review(request.user):  # a rejected event's page too, to take it back
            review = (*review, Event.Review.REJECTED.value)
        event = selectors.event_detail(pk, review=review)
    except Event.DoesNotExist:
        raise Http404(_("No such event.")) from None
    # Readers get the evidence sentence alone, editors the text around it as well.
    context = 240 if can_read_full_text(request.user) else 0
    sources = []
    for evidence in event.evidence.all():
        text = evidence.article.text
        if 0 <= evidence.start < evidence.end <= len(text):
            window, start, end, cut_before, cut_after = excerpt_around(
                text, evidence.start, evidence.end, context=context
            )
        else:  # offsets from an older text version: show the sentence as stored
            window, start, end, cut_before, cut_after = (
                evidence.sentence,
                0,
                len(evidence.sentence),
                False,
                False,
            )
        sources.append(
            {
                "evidence": evidence,
                "article": evidence.article,
                "excerpt": highlight(window, [(start, end, "evidence", "")]),
                "cut_before": cut_before,
                "cut_after": cut_after,
            }
        )
    return render(request, "timeline/event_detail.html", {"event": event, "sources": sources})


@require_safe
@cache_for_readers
def actor_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        actor = selectors.actor_detail(pk)
    except Actor.DoesNotExist:
        raise Http404(_("No such actor.")) from None
    review = shown_review_statuses(request.user)
    filters = TimelineFilters(actor_ids=(actor.pk,), rare_actor=not actor.busy, review=review)
    context = {
        "actor": actor,
        "counterparts": selectors.actor_counterparts(actor, review=review),
        **timeline_context(request, filters, more_params=QueryDict(f"actor={actor.pk}")),
    }
    return render(request, "timeline/actor_detail.html", context)


@require_safe
def actor_suggestions(request: HttpRequest) -> HttpResponse:
    """`<option>`s for the actor field's `<datalist>` (htmx), or JSON for other clients."""
    form = ActorSearchForm({"q": request.GET.get("actor", request.GET.get("q", ""))})
    q = form.cleaned_data["q"] if form.is_valid() else ""  # nothing to suggest for "a\x00b"
    actors = selectors.actors_search(q, limit=15) if len(q) >= 2 else []
    if request.htmx:
        return render(request, "timeline/_actor_options.html", {"actors": actors})
    return JsonResponse(
        {"actors": [{"id": a.pk, "name": a.name, "country": a.country} for a in actors]}
    )


# Events per export file unless `?size=` asks for another number (up to
# settings.EXPORT_MAX_EVENTS). An export is cut like the API: newest first, and a
# `Link: <…>; rel="next"` header points to the next part; the whole archive is a
# `manage.py export_events` away.
EXPORT_PAGE_SIZE = 100


def _export_size(request: HttpRequest | None) -> int:
    """Events in one export file: `?size=`, else EXPORT_PAGE_SIZE (without a request: the
    default), at most settings.EXPORT_MAX_EVENTS."""
    limit = max(1, settings.EXPORT_MAX_EVENTS)
    try:
        asked = int(request.GET.get("size", EXPORT_PAGE_SIZE)) if request else EXPORT_PAGE_SIZE
    except ValueError:
        asked = EXPORT_PAGE_SIZE
    return max(1, min(limit, asked))


@require_safe
def export(request: HttpRequest, fmt: exports.ExportFormat) -> HttpResponse:
    """One part of the filtered timeline as a file: at most `_export_size` events after the
    `after` cursor. The same keyset paging as the timeline, so the first part and the
    thousandth cost the same, and no response holds a worker for long."""
    form, filters = _filter_form(request)
    if filters is None:
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    size = _export_size(request)
    after = Cursor.parse(request.GET.get("after"))
    page = selectors.events_page(filters, after=after, size=size, reports=True)
    base_url = request.build_absolute_uri("/")[:-1]
    body = "".join(fmt.chunks(page.events, base_url=base_url))
    response = HttpResponse(body, content_type=fmt.content_type)
    part = f"-after-{after}" if after else ""
    response["Content-Disposition"] = f'attachment; filename="chronology{part}.{fmt.name}"'
    response["X-Export-Limit"] = str(size)
    if page.next_cursor is not None:
        params = request.GET.copy()
        params["after"] = str(page.next_cursor)
        next_url = request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
        response["Link"] = f'<{next_url}>; rel="next"'
    return response


# --- The count, the active filters and the overview strip (the timeline page) ------------


def events_count_label(count: int) -> str:
    """ "1 Ereignis", "1.234 Ereignisse" / "1,234 events": the number in the language's
    own format."""
    return ngettext("%(count)s event", "%(count)s events", count) % {
        "count": number_format(count, force_grouping=True)
    }


@dataclass
class Chip:
    label: str
    href: str


# Parameters shown as chips, in the order of the form.
CHIP_FIELDS = ("q", "actor", "country", "kind", "date_from", "date_to", "verified", "order")


def filter_chips(request: HttpRequest, form: TimelineFilterForm) -> list[Chip]:
    """The filters in the query, each with a link to the same view without it (and from
    the first page): what is typed stays as typed."""
    chips = []
    for name in CHIP_FIELDS:
        value = (request.GET.get(name) or "").strip()
        if not value:
            continue
        field = form.fields[name]
        if name == "verified":
            label = str(field.label)
        elif name == "country":
            label = f"{field.label}: {country_name(value)}"
        elif name in ("kind", "order"):
            label = f"{field.label}: {dict(field.choices).get(value, value)}"
        else:
            label = f"{field.label}: {value}"
        params = request.GET.copy()
        for key in (name, "after", "group"):
            params.pop(key, None)
        query = params.urlencode()
        chips.append(Chip(label=label, href=f"{request.path}?{query}" if query else request.path))
    return chips


@dataclass
class Bar:
    period: str  # "Mai 2018" or "2018"
    label: str  # "Mai 2018: 5 Ereignisse"
    count: int
    count_text: str
    href: str
    x: int
    y: int
    height: int


@dataclass
class Overview:
    count_label: str
    unplaced: int
    unplaced_label: str
    by_year: bool = False
    bars: list[Bar] = field(default_factory=list)
    caption: str = ""
    first_label: str = ""
    last_label: str = ""
    # Geometry of the SVG: one slot per period, bars scaled to the fullest.
    slot: int = 10
    bar_width: int = 8
    view_height: int = 48
    view_width: int = 0
    width: int = 0


def timeline_overview(request: HttpRequest, filters: TimelineFilters) -> Overview:
    """The count of the filtered view and its strip of events per month (or year), from
    one aggregate (`selectors.events_per_month`)."""
    per_month = selectors.events_per_month(filters)
    total = sum(per_month.values())
    unplaced = per_month.get("", 0)
    overview = Overview(
        count_label=events_count_label(total),
        unplaced=unplaced,
        unplaced_label=ngettext(
            "(%(count)s of them without a date)", "(%(count)s of them without a date)", unplaced
        ) % {"count": number_format(unplaced, force_grouping=True)},
    )
    by_year, periods = overview_periods(per_month)
    if not periods:
        return overview
    fullest = max(period.count for period in periods)
    base = request.GET.copy()
    for key in ("after", "group", "date_from", "date_to"):
        base.pop(key, None)
    inner = overview.view_height - 2
    for index, period in enumerate(periods):
        name = period.key if by_year else formats.date_format(
            dt.date(int(period.key[:4]), int(period.key[5:7]), 1), "YEAR_MONTH_FORMAT"
        )
        params = base.copy()
        params["date_from"] = params["date_to"] = period.key
        height = max(2, round(period.count / fullest * inner)) if period.count else 0
        overview.bars.append(
            Bar(
                period=name,
                label=f"{name}: {events_count_label(period.count)}",
                count=period.count,
                count_text=number_format(period.count, force_grouping=True),
                href=f"{request.path}?{params.urlencode()}",
                x=index * overview.slot + 1,
                y=overview.view_height - height,
                height=height,
            )
        )
    overview.by_year = by_year
    overview.first_label, overview.last_label = overview.bars[0].period, overview.bars[-1].period
    caption = _("Events per year, %(first)s to %(last)s") if by_year else _(
        "Events per month, %(first)s to %(last)s"
    )
    overview.caption = caption % {"first": overview.first_label, "last": overview.last_label}
    overview.view_width = len(periods) * overview.slot
    overview.width = min(960, max(160, len(periods) * 28))
    return overview
