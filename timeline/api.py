"""A read-only JSON API: events with the timeline's filters, and actors. Pages are cut
by the same cursors as the timeline; `next` is the URL of the next page or null."""

from __future__ import annotations

from django.db.models import prefetch_related_objects
from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from . import exports, selectors
from .access import shown_review_statuses
from .forms import ActorSearchForm, TimelineFilterForm
from .models import Actor, Event
from .selectors import Cursor

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


def _size(request: HttpRequest) -> int:
    try:
        return max(1, min(MAX_PAGE_SIZE, int(request.GET.get("size", PAGE_SIZE))))
    except ValueError:
        return PAGE_SIZE


def _base_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")[:-1]


def _next_url(request: HttpRequest, name: str, after: str) -> str:
    params = request.GET.copy()
    params["after"] = after
    return request.build_absolute_uri(f"{reverse(name)}?{params.urlencode()}")


def _not_found(what: str) -> JsonResponse:
    return JsonResponse({"error": f"{what} not found"}, status=404)


@require_safe
def events(request: HttpRequest) -> JsonResponse:
    form = TimelineFilterForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    page = selectors.events_page(
        form.filters(review=shown_review_statuses(request.user)),
        after=Cursor.parse(request.GET.get("after")), size=_size(request)
    )
    base = _base_url(request)
    return JsonResponse(
        {
            "results": [exports.event_dict(event, base_url=base) for event in page.events],
            "next": _next_url(request, "timeline:api_events", str(page.next_cursor))
            if page.next_cursor
            else None,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
def event(request: HttpRequest, pk: int) -> JsonResponse:
    try:
        found = selectors.event_detail(pk, review=shown_review_statuses(request.user))
    except Event.DoesNotExist:
        return _not_found("event")
    base = _base_url(request)
    found.source_count = len({evidence.article_id for evidence in found.evidence.all()})
    data = exports.event_dict(found, base_url=base)
    data["evidence"] = [
        {
            "article": evidence.article_id,
            "article_title": evidence.article.title,
            "article_url": base + evidence.article.get_absolute_url(),
            "published": evidence.article.published.isoformat()
            if evidence.article.published
            else None,
            "sentence": evidence.sentence,
            "start": evidence.start,
            "end": evidence.end,
            "extractor_version": evidence.extractor_version,
        }
        for evidence in found.evidence.all()
    ]
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@require_safe
def actors(request: HttpRequest) -> JsonResponse:
    """Actors by id (keyset), optionally those whose name or alias contains `q`, or
    from one `country`."""
    form = ActorSearchForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    size = _size(request)
    try:
        after = int(request.GET["after"]) if request.GET.get("after") else 0
    except ValueError:
        after = 0
    found = selectors.actors_search(
        form.cleaned_data["q"],
        country=form.cleaned_data["country"],
        limit=size + 1,
        after=after,
    )
    more = len(found) > size
    found = found[:size]
    prefetch_related_objects(found, "aliases")
    base = _base_url(request)
    return JsonResponse(
        {
            "results": [exports.actor_dict(actor, base_url=base) for actor in found],
            "next": _next_url(request, "timeline:api_actors", str(found[-1].pk)) if more else None,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
def actor(request: HttpRequest, pk: int) -> JsonResponse:
    try:
        found = selectors.actor_detail(pk)
    except Actor.DoesNotExist:
        return _not_found("actor")
    base = _base_url(request)
    data = exports.actor_dict(found, base_url=base)
    data["met_most"] = [
        {"id": other.pk, "name": other.name, "meetings": other.meetings}
        for other in selectors.actor_counterparts(
            found, review=shown_review_statuses(request.user)
        )
    ]
    data["events_url"] = request.build_absolute_uri(
        f"{reverse('timeline:api_events')}?actor={found.pk}"
    )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
