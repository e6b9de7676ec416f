"""The editors' side of the chronology: verify or reject an event from its line on the
timeline or its page, and the review queue of events no editor has checked yet.

Every page and form works without JavaScript (POST, then a redirect back); htmx swaps
only the line or queue item that changed."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlsplit

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from . import selectors, services
from .access import can_read_full_text, can_review
from .forms import ReviewForm, ReviewQueueFilterForm
from .highlight import excerpt_around, highlight
from .models import Event
from .selectors import ReviewFilters

QUEUE_SIZE = 50
# Characters of the article shown around an evidence sentence to editors who may read
# whole texts (others get the sentence alone, as on the event page).
QUEUE_CONTEXT = 160


def editor_required(view: Callable) -> Callable:
    """Signed in (else the login page) and an editor (else 403)."""

    @wraps(view)
    @login_required
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not can_review(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _next_url(request: HttpRequest, value: str, default: str) -> str:
    """Where a form returns to: a URL of this site, else `default`."""
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return default


@require_POST
@editor_required
def event_review(request: HttpRequest, pk: int) -> HttpResponse:
    """Verify or reject one event from its timeline line (htmx: the new line) or its page."""
    event = get_object_or_404(Event, pk=pk)
    data = request.POST.copy()
    data.setlist("event", [str(pk)])
    form = ReviewForm(data)
    if not form.is_valid():
        return HttpResponseBadRequest(form.errors.as_text())
    services.event_review(event=event, status=form.cleaned_data["status"], user=request.user)
    next_url = _next_url(request, form.cleaned_data["next"], event.get_absolute_url())
    if request.htmx:
        context = {"event": selectors.event_line(pk), "review_next": next_url}
        return render(request, "timeline/index.html#event_line", context)
    if urlsplit(next_url).path != event.get_absolute_url():
        next_url += f"#event-{pk}"  # back to the line on the timeline
    return redirect(next_url)


def _queue_filters(query: QueryDict) -> tuple[ReviewQueueFilterForm, ReviewFilters | None]:
    form = ReviewQueueFilterForm(query)
    return form, (form.filters() if form.is_valid() else None)


def _counts(filters: ReviewFilters | None) -> dict:
    """What is left to review: in all, and of it what the filters match."""
    left = selectors.review_pending().count()
    matching = left if filters in (None, ReviewFilters()) else selectors.review_pending(filters).count()
    return {"left": left, "matching": matching, "filtered": filters not in (None, ReviewFilters())}


def _with_excerpts(events: list[Event], *, context: int) -> list[Event]:
    """Give each event `.excerpts`: its evidence sentences marked in their article."""
    for event in events:
        event.excerpts = []
        for evidence in event.evidence_list:
            text = evidence.article.text
            if 0 <= evidence.start < evidence.end <= len(text):
                window, start, end, before, after = excerpt_around(
                    text, evidence.start, evidence.end, context=context
                )
            else:  # offsets from an older text version: the sentence as stored
                window, start, end, before, after = (
                    evidence.sentence, 0, len(evidence.sentence), False, False
                )
            event.excerpts.append(
                {
                    "article": evidence.article,
                    "html": highlight(window, [(start, end, "evidence", "")]),
                    "cut_before": before,
                    "cut_after": after,
                }
            )
    return events


@editor_required
def review_queue(request: HttpRequest) -> HttpResponse:
    """GET: the events no editor has checked yet, filtered; POST: a verdict on the
    checked (or one) of them."""
    if request.method == "POST":
        return _review_queue_post(request)
    form, filters = _queue_filters(request.GET)
    events = selectors.review_queue(filters, size=QUEUE_SIZE) if filters is not None else []
    context = QUEUE_CONTEXT if can_read_full_text(request.user) else 0
    return render(
        request,
        "timeline/review_queue.html",
        {
            "form": form,
            "events": _with_excerpts(events, context=context),
            "counts": _counts(filters),
            "queue_size": QUEUE_SIZE,
        },
    )


VERDICT_MESSAGES = {
    Event.Review.VERIFIED: lambda n: ngettext(
        "%(count)d event verified.", "%(count)d events verified.", n
    ),
    Event.Review.REJECTED: lambda n: ngettext(
        "%(count)d event rejected.", "%(count)d events rejected.", n
    ),
}


def _review_queue_post(request: HttpRequest) -> HttpResponse:
    queue_url = reverse("timeline:review")
    form = ReviewForm(request.POST)
    if not form.is_valid():
        if "event" in form.errors and not request.htmx:
            # The bulk buttons pressed with nothing checked: say so on the queue.
            messages.warning(request, _("Select at least one event first."))
            return redirect(_next_url(request, request.POST.get("next", ""), queue_url))
        return HttpResponseBadRequest(form.errors.as_text())
    events, status = list(form.cleaned_data["event"]), form.cleaned_data["status"]
    if status == ReviewForm.MERGE:
        return _merge(request, events, _next_url(request, form.cleaned_data["next"], queue_url))
    count = services.events_review(events=events, status=status, user=request.user)
    next_url = _next_url(request, form.cleaned_data["next"], queue_url)
    if request.htmx:
        # One item's keys or buttons: the item becomes a note of what was done, and the
        # counts (out of band) go down.
        _form, filters = _queue_filters(QueryDict(urlsplit(next_url).query))
        context = {"done": events, "status": status, "counts": _counts(filters)}
        return render(request, "timeline/review_queue.html#verdict", context)
    messages.success(request, VERDICT_MESSAGES[status](count) % {"count": count})
    return redirect(next_url)


def _merge(request: HttpRequest, events: list[Event], next_url: str) -> HttpResponse:
    """The bulk form's "merge": duplicates folded into the oldest of them, every evidence
    kept (`services.events_merge`); the result counts as corrected and leaves the queue."""
    if len(events) < 2:
        messages.warning(request, _("Select at least two events to merge."))
        return redirect(next_url)
    keep, *others = sorted(events, key=lambda event: event.pk)
    services.events_merge(keep=keep, merge=others, user=request.user)
    messages.success(
        request,
        ngettext(
            "%(count)d event merged into event %(keep)d.",
            "%(count)d events merged into event %(keep)d.",
            len(others),
        )
        % {"count": len(others), "keep": keep.pk},
    )
    return redirect(next_url)
