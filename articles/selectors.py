"""Read queries for the article page: the events found in an article and its text with
their evidence marked."""
from __future__ import annotations

import re

from django.db.models import Prefetch, QuerySet
from django.utils.safestring import SafeString

from timeline.highlight import highlight
from timeline.models import Event, Evidence

from .models import Article


def article_events(*, article: Article, review: tuple[str, ...]) -> list[Event]:
    """The article's events in one of the `review` states the viewer may see
    (`timeline.access.shown_review_statuses`; never rejected ones), in text order, each
    with `.spans` (its evidence in this article) and its participants."""
    evidence = Evidence.objects.filter(article=article).order_by("start")
    events: QuerySet[Event] = (
        Event.objects.filter(evidence__article=article, review_status__in=review)
        .distinct()
        .prefetch_related(
            "participants__actor__aliases",
            Prefetch("evidence", queryset=evidence, to_attr="spans"),
        )
    )
    return sorted(events, key=lambda event: (event.spans[0].start if event.spans else 0, event.pk))


def article_highlighted_text(*, article: Article, events: list[Event]) -> SafeString:
    """The article text as HTML with each event's evidence sentence marked, and inside it
    the names of the event's participants and the words that state its date.

    Actors and dates are marked only inside evidence: the extraction stores events with
    their evidence span, not every actor mention or date expression of the article."""
    text = article.text
    regions: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        for span in event.spans:
            regions.setdefault((span.start, span.end), []).append(event)

    spans = []
    for (start, end), region_events in sorted(regions.items()):
        title = " · ".join(event.title for event in region_events)
        inner = _mentions(text, start, end, region_events)
        position = start
        for inner_start, inner_end, kind, label in inner:
            spans.append((position, inner_start, "evidence", title))
            spans.append((inner_start, inner_end, f"evidence {kind}", label))
            position = inner_end
        spans.append((position, end, "evidence", title))
    return highlight(text, spans)


def _mentions(text: str, start: int, end: int, events: list[Event]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping mentions of the events' actors (any known name) and date words in
    text[start:end], longest first where they overlap."""
    forms: dict[str, tuple[str, str]] = {}
    for event in events:
        for participant in event.participants.all():
            actor = participant.actor
            for form in [actor.name, *(alias.text for alias in actor.aliases.all())]:
                if len(form) > 1:
                    forms.setdefault(form, ("actor", actor.name))
        if event.date_text:
            forms.setdefault(event.date_text, ("date", event.date_value or event.date_text))
    found = []
    for form, (kind, label) in forms.items():
        pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
        for match in pattern.finditer(text, start, end):
            found.append((match.start(), match.end(), kind, label))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    chosen, position = [], start
    for mention in found:
        if mention[0] >= position:
            chosen.append(mention)
            position = mention[1]
    return chosen
