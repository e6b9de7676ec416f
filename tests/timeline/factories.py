"""Small helpers to build events in tests without the extraction pipeline."""
from __future__ import annotations

from articles.models import Article
from timeline.models import Actor, Event, Evidence, Participant


def make_actor(name: str, kind: str = Actor.Kind.PERSON, **fields) -> Actor:
    return Actor.objects.create(name=name, kind=kind, **fields)


def make_article(text: str = "Ein Artikel.", **fields) -> Article:
    fields.setdefault("title", text[:40])
    fields.setdefault("language", "de")
    return Article.objects.create(text=text, **fields)


def make_event(
    title: str,
    *,
    kind: str = Event.Kind.MEETING,
    actors: list[Actor] = (),
    date: str | None = None,
    precision: str | None = None,
    article: Article | None = None,
    **fields,
) -> Event:
    event = Event(kind=kind, title=title, **fields)
    event.set_date(date, precision)
    event.save()
    role = Participant.Role.SPEAKER if kind == Event.Kind.STATEMENT else Participant.Role.PARTICIPANT
    for actor in actors:
        Participant.objects.create(event=event, actor=actor, role=role)
    if article is not None:
        Evidence.objects.create(
            event=event, article=article, sentence=title, start=0, end=len(title),
            extractor_version="test",
        )
    return event
