"""Workflows on the chronology that touch several models."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from django.db import models, transaction

from .lib.names import normalize_alias
from .lib.places import state_names
from .lib.quotes import quote_is_direct
from .lib.transliteration import name_keys
from .models import Actor, ActorAlias, ChronologyVersion, Event, Evidence, Participant


@transaction.atomic
def actors_merge(*, keep: Actor, merge: list[Actor]) -> Actor:
    """Fold `merge` into `keep`: participations and aliases move to `keep`, the merged
    names become aliases of `keep` (so the next extraction finds them), and the merged
    actors are deleted."""
    known = set(keep.aliases.values_list("normalized", flat=True))
    known.add(normalize_alias(keep.name))
    # The name shown per language: the kept actor's, else a merged one's.
    shown = set(keep.aliases.filter(preferred=True).values_list("language", flat=True))

    def add_alias(text: str, language: str = "", preferred: bool = False) -> None:
        preferred = preferred and language not in shown
        if preferred:
            shown.add(language)
            keep.aliases.filter(normalized=normalize_alias(text)).update(
                language=language, preferred=True
            )
        if normalize_alias(text) not in known:
            known.add(normalize_alias(text))
            ActorAlias.objects.create(
                actor=keep, text=text, language=language, preferred=preferred, edited=True
            )

    for other in merge:
        if other.pk == keep.pk:
            continue
        add_alias(other.name)
        for alias in other.aliases.all():
            add_alias(alias.text, alias.language, alias.preferred)
        kept_events = set(
            Participant.objects.filter(actor=keep).values_list("event_id", flat=True)
        )
        moving = Participant.objects.filter(actor=other)
        # An event both actors took part in keeps only the kept actor's participation.
        moving.filter(event_id__in=kept_events).delete()
        moving.update(actor=keep)
        other.delete()
    keep.edited = True
    keep.save(update_fields=["edited", "updated_at"])
    ChronologyVersion.bump()  # cached counts are stale now (bulk updates send no signal)
    return keep


# --- Storing an extraction ---------------------------------------------------------------

MEETING_TITLES = {"de": "{a} trifft {b}", "en": "{a} meets {b}"}
MEETING_TITLES_MANY = {"de": "Treffen: {names}", "en": "Meeting: {names}"}
STATEMENT_TITLES = {"de": "{speaker}: „{quote}“", "en": "{speaker}: “{quote}”"}


@dataclass
class StoreReport:
    actors_created: int = 0
    events_created: int = 0
    events_kept: int = 0
    events_skipped_rejected: int = 0


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def event_fingerprint(*, kind: str, actor_ids: Iterable[int], date_value: str, place: str, quote: str) -> str:
    """What makes two extracted events the same event, across articles and languages:
    the kind, the actors, and the date (for undated meetings the place; for statements
    the start of the quote)."""
    parts = [kind, ",".join(str(pk) for pk in sorted(set(actor_ids))), date_value]
    if kind == Event.Kind.STATEMENT:
        parts.append(normalize_alias(quote)[:80])
    elif not date_value:
        parts.append(normalize_alias(place))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _actor_find(data: dict) -> Actor | None:
    """The stored actor an extracted one refers to: by id; a state by its country code
    ("Russland" and "Russia" are RU); by an alias or name as written; by a transliteration
    of one ("Sergei Lavrov" finds "Sergej Lawrow", lib/transliteration)."""
    if data.get("actor_id"):
        actor = Actor.objects.filter(pk=data["actor_id"]).first()
        if actor is not None:
            return actor
    if data["kind"] == Actor.Kind.STATE and data.get("country"):
        actor = (
            Actor.objects.filter(kind=Actor.Kind.STATE, country=data["country"].upper())
            .order_by("-edited", "pk")
            .first()
        )
        if actor is not None:
            return actor
    aliases = ActorAlias.objects.select_related("actor").order_by("-edited", "pk")
    alias = aliases.filter(normalized=normalize_alias(data["name"])).first()
    if alias is not None:
        return alias.actor
    actor = Actor.objects.filter(name__iexact=data["name"], kind=data["kind"]).first()
    if actor is not None or data["kind"] != Actor.Kind.PERSON:
        return actor
    keys = {key for key in name_keys(data["name"]).values() if key}
    # Only a name of two words or more: "Kim" alone is too many people.
    if not keys or len(data["name"].split()) < 2:
        return None
    alias = (
        aliases.filter(actor__kind=Actor.Kind.PERSON)
        .filter(models.Q(key_de__in=keys) | models.Q(key_en__in=keys))
        .first()
    )
    return alias.actor if alias else None


def _actor_names_add(actor: Actor, data: dict, language: str) -> None:
    """Every form the article uses becomes an alias in the article's language; the
    fullest (`name`) becomes the name shown in that language when it has none yet, or
    only a shorter one; a state gets its names in every language (lib/places)."""
    aliases = {alias.normalized: alias for alias in actor.aliases.all()}
    forms = [(language, form) for form in [data["name"], *data.get("aliases", [])]]
    if actor.kind == Actor.Kind.STATE and actor.country:
        forms += [
            (lang, name) for lang, names in state_names(actor.country).items() for name in names
        ]
    for lang, form in forms:
        if normalize_alias(form) not in aliases:
            alias = ActorAlias.objects.create(actor=actor, text=form, language=lang)
            aliases[alias.normalized] = alias
    if actor.kind != Actor.Kind.PERSON or len(data["name"].split()) < len(actor.name.split()):
        return
    shown = [a for a in aliases.values() if a.preferred and a.language == language]
    candidate = aliases[normalize_alias(data["name"])]
    if candidate.language != language or candidate.preferred:
        return
    if shown and (shown[0].edited or len(shown[0].text.split()) >= len(candidate.text.split())):
        return
    ActorAlias.objects.filter(pk__in=[a.pk for a in shown]).update(preferred=False)
    candidate.preferred = True
    candidate.save(update_fields=["preferred", "updated_at"])


def _actor_resolve(data: dict, language: str, report: StoreReport) -> Actor:
    """Find the stored actor an extracted one refers to (`_actor_find`) or create it.
    Editors' actors are never overwritten; blanks in untouched ones are filled in."""
    actor = _actor_find(data)
    if actor is None:
        actor = Actor.objects.create(
            name=data["name"],
            kind=data["kind"],
            country=data.get("country") or "",
            role=data.get("role") or "",
        )
        report.actors_created += 1
    elif not actor.edited:
        changed = []
        for field in ("country", "role"):
            if data.get(field) and not getattr(actor, field):
                setattr(actor, field, data[field])
                changed.append(field)
        if changed:
            actor.save(update_fields=[*changed, "updated_at"])
    _actor_names_add(actor, data, language)
    return actor


def _event_title(event: dict, names: list[str], language: str) -> str:
    if event["kind"] == Event.Kind.STATEMENT:
        speaker = names[0] if names else "?"
        return _shorten(
            STATEMENT_TITLES.get(language, STATEMENT_TITLES["en"]).format(
                speaker=speaker, quote=_shorten(event.get("quote") or "", 120)
            ),
            300,
        )
    if len(names) == 2:
        return MEETING_TITLES.get(language, MEETING_TITLES["en"]).format(a=names[0], b=names[1])
    return _shorten(
        MEETING_TITLES_MANY.get(language, MEETING_TITLES_MANY["en"]).format(names=", ".join(names)),
        300,
    )


@transaction.atomic
def extraction_store(*, article: models.Model, result: dict) -> StoreReport:
    """Store an `extraction/1` result for `article` (an `articles.Article`, typed loosely
    because the chronology never imports the upload side), idempotently.

    Untouched extracted events from an earlier run on this article are replaced; events an
    editor verified, edited or rejected stay as they are (a rejected event is not
    recreated); the same event found in another article gains this article's evidence."""
    report = StoreReport()
    language = result.get("language") or article.language
    actors = {
        data["name"]: _actor_resolve(data, language, report) for data in result.get("actors", [])
    }

    stale = Evidence.objects.filter(article=article, event__review_status=Event.Review.EXTRACTED)
    stale_events = set(stale.values_list("event_id", flat=True))
    touched = set(stale_events)  # events whose reports change: placed again at the end
    stale.delete()
    Event.objects.filter(pk__in=stale_events, evidence__isnull=True).delete()

    version = result.get("extractor_version", "")
    for data in result.get("events", []):
        kind = data["kind"]
        names = [data["speaker"]] if kind == Event.Kind.STATEMENT else list(data.get("participants", []))
        names = [name for name in names if name in actors]
        if not names:
            continue
        participants = [actors[name] for name in names]
        fingerprint = event_fingerprint(
            kind=kind,
            actor_ids=[actor.pk for actor in participants],
            date_value=data.get("date") or "",
            place=data.get("place") or "",
            quote=data.get("quote") or "",
        )
        event = Event.objects.filter(fingerprint=fingerprint).first()
        if event is not None and event.review_status == Event.Review.REJECTED:
            report.events_skipped_rejected += 1
            continue
        if event is None:
            event = Event(
                kind=kind,
                title=_event_title(data, [actor.name for actor in participants], language),
                quote=data.get("quote") or "",
                quote_language=language if data.get("quote") else "",
                quote_direct=quote_is_direct(
                    data.get("quote") or "", (data.get("evidence") or {}).get("text", "")
                ),
                place=data.get("place") or "",
                status=data.get("status") or Event.Status.HAPPENED,
                confidence=data.get("confidence") or 0.0,
                fingerprint=fingerprint,
            )
            event.set_date(
                data.get("date"),
                data.get("date_precision"),
                data.get("date_text"),
                data.get("date_modifier"),
            )
            event.save()
            role = Participant.Role.SPEAKER if kind == Event.Kind.STATEMENT else Participant.Role.PARTICIPANT
            Participant.objects.bulk_create(
                [Participant(event=event, actor=actor, role=role) for actor in participants]
            )
            report.events_created += 1
        else:
            report.events_kept += 1
        evidence = data.get("evidence") or {}
        Evidence.objects.get_or_create(
            event=event,
            article=article,
            start=evidence.get("start", 0),
            end=evidence.get("end", 0),
            defaults={"sentence": evidence.get("text", ""), "extractor_version": version},
        )
        touched.add(event.pk)
    events_place(event_ids=touched)
    # Last, so the version row is locked only until this transaction commits.
    ChronologyVersion.bump()
    return report


# --- Editors' review ---------------------------------------------------------------------

REVIEW_VERDICTS = (Event.Review.VERIFIED, Event.Review.REJECTED)


@transaction.atomic
def event_review(*, event: Event, status: str, user=None) -> Event:
    """An editor's verdict on `event`: verified (checked; readers see it under the strict
    publishing policy) or rejected (wrong: shown nowhere, and a re-extraction does not bring
    it back). Saved with `save()`, so that a history of the model records it, with `user`
    as who did it; the chronology version changes, so readers' cached pages go stale."""
    if status not in REVIEW_VERDICTS:
        raise ValueError(f"an editor's verdict is verified or rejected, not {status!r}")
    event.review_status = status
    # django-simple-history takes the author of a save from this attribute.
    event._history_user = user
    event.save()
    ChronologyVersion.bump()
    return event


@transaction.atomic
def events_review(*, events: Iterable[Event], status: str, user=None) -> int:
    """`event_review` for each of `events`, all or none; returns how many there were."""
    count = 0
    for event in events:
        event_review(event=event, status=status, user=user)
        count += 1
    return count

# --- Placing events in the chronology ----------------------------------------------------


def events_place(*, event_ids: Iterable[int] | None = None) -> int:
    """Set `sort_date` of the events (all when `event_ids` is None) from their dates, or
    for undated ones from the earliest publication date of the articles reporting them:
    one UPDATE. Called wherever dates or evidence change (`extraction_store`, the admin,
    migration 0010's backfill); returns the number of events updated."""
    from django.db.models import Min, OuterRef, Subquery
    from django.db.models.functions import Coalesce

    first_report = (
        Evidence.objects.filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(day=Min("article__published"))
        .values("day")
    )
    events = Event.objects.all()
    if event_ids is not None:
        events = events.filter(pk__in=list(event_ids))
    return events.update(
        sort_date=Coalesce("date_start", Subquery(first_report, output_field=models.DateField()))
    )
