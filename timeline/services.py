"""Workflows on the chronology that touch several models."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from django.db import models, transaction
from django.utils.translation import gettext as _

from . import history
from .lib.names import is_role_phrase, normalize_alias
from .lib.organizations import Organization, organization_named
from .lib.places import state_names
from .lib.quotes import quote_is_direct
from .lib.transliteration import name_keys
from .models import (
    Actor,
    ActorAlias,
    ChangeSet,
    ChronologyVersion,
    Event,
    Evidence,
    Participant,
)


def event_mark_edited(*, event: Event, user=None) -> Event:
    """An editor changed `event` (its fields, participants or evidence, directly or by a
    merge): re-extraction leaves it as it is from now on.

    An extracted event becomes "edited". A verified event stays verified (an editor
    checked it, and a correction does not undo that check) and a rejected one stays
    rejected (correcting it does not publish it)."""
    if event.review_status != Event.Review.EXTRACTED:
        return event
    event.review_status = Event.Review.EDITED
    if user is not None and user.is_authenticated:
        event._history_user = user
    event.save(update_fields=["review_status", "updated_at"])
    ChronologyVersion.bump()
    return event


def _stored_fingerprint(event: Event) -> str:
    return event_fingerprint(
        kind=event.kind,
        actor_ids=event.participants.values_list("actor_id", flat=True),
        date_value=event.date_value,
        place=event.place,
        quote=event.quote,
    )


@transaction.atomic
def actors_merge(*, keep: Actor, merge: list[Actor], user=None) -> Actor:
    """Fold `merge` into `keep`: participations and aliases move to `keep`, the merged
    names become aliases of `keep` (so the next extraction finds them), and the merged
    actors are deleted. The events concerned are marked edited and get the fingerprint of
    their new participants; the whole merge is one operation in the history (undoable)."""
    others = [other for other in merge if other.pk != keep.pk]
    summary = _("Merged %(names)s into %(keep)s") % {
        "names": ", ".join(other.name for other in others),
        "keep": keep.name,
    }
    with history.changeset(kind=ChangeSet.Kind.ACTORS_MERGE, summary=str(summary), user=user):
        known = set(keep.aliases.values_list("normalized", flat=True))
        known.add(normalize_alias(keep.name))
        # The name shown per language: the kept actor's, else a merged one's.
        shown = set(keep.aliases.filter(preferred=True).values_list("language", flat=True))

        def add_alias(text: str, language: str = "", preferred: bool = False) -> None:
            if is_role_phrase(text):
                return
            preferred = preferred and language not in shown
            if preferred:
                shown.add(language)
                for alias in keep.aliases.filter(normalized=normalize_alias(text)):
                    alias.language, alias.preferred = language, True
                    alias.save(update_fields=["language", "preferred", "updated_at"])
            if normalize_alias(text) not in known:
                known.add(normalize_alias(text))
                ActorAlias.objects.create(
                    actor=keep, text=text, language=language, preferred=preferred, edited=True
                )

        touched: set[int] = set()
        for other in others:
            add_alias(other.name)
            for alias in other.aliases.all():
                add_alias(alias.text, alias.language, alias.preferred)
            kept_events = set(
                Participant.objects.filter(actor=keep).values_list("event_id", flat=True)
            )
            # Row by row (not update()), so each move is in the history and can be undone.
            for participant in Participant.objects.filter(actor=other):
                touched.add(participant.event_id)
                if participant.event_id in kept_events:
                    # An event both took part in keeps only the kept actor's participation.
                    participant.delete()
                else:
                    participant.actor = keep
                    participant.save()
            other.delete()
        keep.edited = True
        keep.save(update_fields=["edited", "updated_at"])
        for event in Event.objects.filter(pk__in=touched):
            # The same event found again in another article must meet this one.
            event.fingerprint = _stored_fingerprint(event)
            event.save(update_fields=["fingerprint", "updated_at"])
            event_mark_edited(event=event, user=user)
        ChronologyVersion.bump()  # cached counts are stale now
    return keep


# --- Storing an extraction ---------------------------------------------------------------

MEETING_TITLES = {"de": "{a} trifft {b}", "en": "{a} meets {b}"}
MEETING_TITLES_MANY = {"de": "Treffen: {names}", "en": "Meeting: {names}"}
STATEMENT_TITLES = {"de": "{speaker}: „{quote}“", "en": "{speaker}: “{quote}”"}


@dataclass
class StoreReport:
    actors_created: int = 0
    events_created: int = 0
    events_updated: int = 0
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
    ("Russland" and "Russia" are RU); an international organisation by any of its names
    ("Vereinten Nationen" finds "United Nations", lib/organizations); by an alias or name
    as written; by a transliteration of one ("Sergei Lavrov" finds "Sergej Lawrow",
    lib/transliteration)."""
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
    organization = _organization(data)
    if organization is not None:
        names = {normalize_alias(name) for _language, name in organization.names}
        alias = aliases.filter(actor__kind=Actor.Kind.ORGANIZATION, normalized__in=names).first()
        if alias is not None:
            return alias.actor
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


def _organization(data: dict) -> Organization | None:
    """The international organisation an extracted organisation is, by its name or an
    alias (lib/organizations), else None."""
    if data["kind"] != Actor.Kind.ORGANIZATION:
        return None
    for name in [data["name"], *data.get("aliases", [])]:
        if (found := organization_named(name)) is not None:
            return found
    return None


def _actor_names_add(actor: Actor, data: dict, language: str) -> None:
    """Every form the article uses becomes an alias in the article's language; the
    fullest (`name`) becomes the name shown in that language when it has none yet, or
    only a shorter one; a state gets its names in every language (lib/places), an
    international organisation too (lib/organizations), each shown by its own name in
    a language unless an alias of that language is marked already."""
    aliases = {alias.normalized: alias for alias in actor.aliases.all()}
    organization = _organization(data) if actor.kind == Actor.Kind.ORGANIZATION else None
    # A name of the table says its language ("UN": both, ""), not the article's.
    known = {normalize_alias(name) for _lang, name in organization.names} if organization else set()
    forms = [(language, form) for form in [data["name"], *data.get("aliases", [])]
             if normalize_alias(form) not in known]
    if actor.kind == Actor.Kind.STATE and actor.country:
        forms += [
            (lang, name) for lang, names in state_names(actor.country).items() for name in names
        ]
    if organization is not None:
        forms += list(organization.names)
    for lang, form in forms:
        # "Minister", "the president": an office is nobody's alias (is_role_phrase).
        if normalize_alias(form) not in aliases and not is_role_phrase(form):
            alias = ActorAlias.objects.create(actor=actor, text=form, language=lang)
            aliases[alias.normalized] = alias
    if organization is not None:
        for lang in ("de", "en"):
            shown = aliases.get(normalize_alias(organization.shown(lang) or ""))
            marked = any(a.preferred and a.language == lang for a in aliases.values())
            if shown is not None and shown.language == lang and not marked:
                shown.preferred = True
                shown.save(update_fields=["preferred", "updated_at"])
    if actor.kind != Actor.Kind.PERSON or len(data["name"].split()) < len(actor.name.split()):
        return
    shown = [a for a in aliases.values() if a.preferred and a.language == language]
    candidate = aliases.get(normalize_alias(data["name"]))
    if candidate is None:
        return
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


@dataclass
class _Stored:
    """An event this article reported in an earlier run, as re-extraction compares it:
    its kind, the spans of its evidence in this article and its participants now (after
    any actor merge moved them)."""

    event: Event
    spans: list[tuple[int, int]]
    actor_ids: set[int]


def _stored_events(article: models.Model) -> list[_Stored]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for event_id, start, end in Evidence.objects.filter(article=article).values_list(
        "event_id", "start", "end"
    ):
        spans.setdefault(event_id, []).append((start, end))
    actor_ids: dict[int, set[int]] = {}
    for event_id, actor_id in Participant.objects.filter(event_id__in=spans).values_list(
        "event_id", "actor_id"
    ):
        actor_ids.setdefault(event_id, set()).add(actor_id)
    return [
        _Stored(event, spans[event.pk], actor_ids.get(event.pk, set()))
        for event in Event.objects.filter(pk__in=spans).order_by("pk")
    ]


def _span(data: dict) -> tuple[int, int]:
    evidence = data.get("evidence") or {}
    return evidence.get("start", 0), evidence.get("end", 0)


def _events_match(
    stored: list[_Stored], found: list[tuple[dict, list[Actor]]]
) -> dict[int, _Stored]:
    """Pair each newly found event (by index) with the event an earlier run stored for the
    same words of the article: same kind and an evidence span that is the same or
    overlaps; among several, the one with the same span, then the same participants,
    then the most shared participants. Actor ids are compared only after merges have
    moved participations, so an actor merge does not break the pairing, and an event
    whose participants an editor corrected still pairs by its sentence."""
    candidates = []
    for index, (data, participants) in enumerate(found):
        start, end = _span(data)
        ids = {actor.pk for actor in participants}
        for position, old in enumerate(stored):
            if old.event.kind != data["kind"]:
                continue
            exact = (start, end) in old.spans
            if not exact and not any(s < end and start < e for s, e in old.spans):
                continue
            score = (exact, ids == old.actor_ids, len(ids & old.actor_ids))
            candidates.append((score, -index, -position))
    pairs: dict[int, _Stored] = {}
    taken: set[int] = set()
    for _score, index, position in sorted(candidates, reverse=True):
        if -index in pairs or -position in taken:
            continue
        pairs[-index] = stored[-position]
        taken.add(-position)
    return pairs


def _event_fields(data: dict, participants: list[Actor], language: str) -> dict:
    fields = {
        "title": _event_title(data, [actor.name for actor in participants], language),
        "quote": data.get("quote") or "",
        "quote_language": language if data.get("quote") else "",
        "quote_direct": quote_is_direct(
            data.get("quote") or "", (data.get("evidence") or {}).get("text", "")
        ),
        "place": data.get("place") or "",
        "status": data.get("status") or Event.Status.HAPPENED,
        "confidence": data.get("confidence") or 0.0,
        "fingerprint": _fingerprint(data, participants),
    }
    dated = Event()
    dated.set_date(
        data.get("date"),
        data.get("date_precision"),
        data.get("date_text"),
        data.get("date_modifier"),
        end=data.get("date_range_end"),
    )
    for name in ("date_value", "date_precision", "date_text", "date_modifier", "date_range_end",
                 "date_start", "date_end", "sort_date"):
        fields[name] = getattr(dated, name)
    return fields


def _fingerprint(data: dict, participants: list[Actor]) -> str:
    return event_fingerprint(
        kind=data["kind"],
        actor_ids=[actor.pk for actor in participants],
        date_value=data.get("date") or "",
        place=data.get("place") or "",
        quote=data.get("quote") or "",
    )


def _participants_set(event: Event, participants: list[Actor]) -> None:
    role = Participant.Role.SPEAKER if event.kind == Event.Kind.STATEMENT else Participant.Role.PARTICIPANT
    wanted = {actor.pk: actor for actor in participants}
    for participant in event.participants.all():
        if participant.actor_id not in wanted:
            participant.delete()
        else:
            wanted.pop(participant.actor_id)
    for actor in wanted.values():
        Participant.objects.create(event=event, actor=actor, role=role)


def _event_update(event: Event, fields: dict, participants: list[Actor]) -> None:
    """Bring an untouched extracted event up to date in place: its id, and so its
    permalink, TimelineJS id and iCalendar UID, stay the same."""
    changed = [name for name, value in fields.items() if getattr(event, name) != value]
    if changed:
        for name in changed:
            setattr(event, name, fields[name])
        event.save(update_fields=[*changed, "updated_at"])
    _participants_set(event, participants)


def _evidence_store(
    event: Event, article: models.Model, data: dict, version: str, *, update: bool
) -> Evidence:
    """The evidence of `event` in `article` for the words `data` was found in. The
    evidence an earlier run stored for the same (or overlapping) words is reused; with
    `update` it is moved to the new span and version, otherwise left as it was."""
    start, end = _span(data)
    text = (data.get("evidence") or {}).get("text", "")
    rows = list(event.evidence.filter(article=article))
    same = next((row for row in rows if (row.start, row.end) == (start, end)), None)
    if same is None:
        same = next((row for row in rows if row.start < end and start < row.end), None)
    if same is None:
        return Evidence.objects.create(
            event=event, article=article, start=start, end=end, sentence=text,
            extractor_version=version,
        )
    if update and (same.start, same.end, same.sentence, same.extractor_version) != (
        start, end, text, version
    ):
        same.start, same.end, same.sentence, same.extractor_version = start, end, text, version
        same.save()
    return same


@transaction.atomic
def extraction_store(*, article: models.Model, result: dict) -> StoreReport:
    """Store an `extraction/1` result for `article` (an `articles.Article`, typed loosely
    because the chronology never imports the upload side), idempotently.

    Each event found is paired with the event an earlier run stored for the same words
    (`_events_match`: kind, evidence span, participants after merges). An untouched
    extracted event is updated in place (its id stays); an event an editor verified or
    edited is left as it is, and a rejected one stays rejected (and hidden). Extracted
    events of this article that were not found again lose this article's evidence (and
    go, if it was their only one). An event not paired is looked up by fingerprint (the
    same event in another article gains this article's evidence) or created.
    The whole run is one operation in the history."""
    report = StoreReport()
    language = result.get("language") or article.language
    title = getattr(article, "title", "") or str(article.pk)
    summary = _("Extraction stored for article “%(title)s”") % {"title": title}
    with history.changeset(kind=ChangeSet.Kind.EXTRACTION, summary=str(summary)[:300]):
        actors = {
            data["name"]: _actor_resolve(data, language, report)
            for data in result.get("actors", [])
        }
        found = []
        for data in result.get("events", []):
            kind = data["kind"]
            names = [data["speaker"]] if kind == Event.Kind.STATEMENT else list(data.get("participants", []))
            participants = [actors[name] for name in names if name in actors]
            if participants:
                found.append((data, participants))

        stored = _stored_events(article)
        pairs = _events_match(stored, found)
        version = result.get("extractor_version", "")
        kept_evidence: set[int] = set()
        touched: set[int] = set()  # events whose reports may change: placed again at the end
        for index, (data, participants) in enumerate(found):
            old = pairs.get(index)
            event = old.event if old else None
            fingerprint = _fingerprint(data, participants)
            if event is not None and event.review_status == Event.Review.EXTRACTED:
                # Found again, now as an event another article reported (a date read
                # better this time): the untouched one gives way instead of doubling it.
                same = Event.objects.filter(fingerprint=fingerprint).exclude(pk=event.pk).first()
                if same is not None:
                    old, event = None, same
            if event is None:
                event = Event.objects.filter(fingerprint=fingerprint).first()
            if event is not None and event.review_status == Event.Review.REJECTED:
                report.events_skipped_rejected += 1
                kept_evidence.update(event.evidence.filter(article=article).values_list("pk", flat=True))
                continue
            fields = _event_fields(data, participants, language)
            untouched = event is not None and event.review_status == Event.Review.EXTRACTED
            if event is None:
                event = Event(kind=data["kind"], **fields)
                event.save()
                _participants_set(event, participants)
                report.events_created += 1
            elif old is not None and untouched:
                _event_update(event, fields, participants)
                report.events_updated += 1
            else:
                report.events_kept += 1
            evidence = _evidence_store(event, article, data, version, update=untouched)
            kept_evidence.add(evidence.pk)
            touched.add(event.pk)

        # Extracted events of this article not found again lose this article's evidence.
        gone = Evidence.objects.filter(
            article=article, event__review_status=Event.Review.EXTRACTED
        ).exclude(pk__in=kept_evidence)
        orphans = set()
        for evidence in gone.select_related("event"):
            orphans.add(evidence.event_id)
            evidence.delete()
        for event in Event.objects.filter(pk__in=orphans, evidence__isnull=True):
            event.delete()
        events_place(event_ids=touched | orphans)
        # Last, so the version row is locked only until this transaction commits.
        ChronologyVersion.bump()
    return report


# --- Editors' operations on events --------------------------------------------------------


@transaction.atomic
def events_merge(*, keep: Event, merge: Iterable[Event], user=None) -> Event:
    """Fold duplicate events into `keep`: every evidence and every participant of the
    merged events moves to `keep` (a sentence or an actor `keep` has already is not
    doubled), the merged events are deleted and `keep` is marked edited, so re-running
    any of the articles finds `keep` by its evidence. One operation in the history."""
    others = [event for event in merge if event.pk != keep.pk]
    summary = _("Merged events %(ids)s into event %(keep)s") % {
        "ids": ", ".join(str(event.pk) for event in others),
        "keep": keep.pk,
    }
    with history.changeset(kind=ChangeSet.Kind.EVENTS_MERGE, summary=str(summary), user=user):
        spans = set(keep.evidence.values_list("article_id", "start", "end"))
        actors = set(keep.participants.values_list("actor_id", flat=True))
        for other in others:
            for evidence in other.evidence.all():
                if (evidence.article_id, evidence.start, evidence.end) in spans:
                    evidence.delete()  # the same words twice
                    continue
                spans.add((evidence.article_id, evidence.start, evidence.end))
                evidence.event = keep
                evidence.save()
            for participant in other.participants.all():
                if participant.actor_id in actors:
                    participant.delete()
                    continue
                actors.add(participant.actor_id)
                participant.event = keep
                participant.save()
            other.delete()
        event_mark_edited(event=keep, user=user)
        events_place(event_ids=[keep.pk])  # its earliest report may be a merged one's
        ChronologyVersion.bump()
    return keep


@transaction.atomic
def events_review_bulk(*, events: Iterable[Event], status: str, user=None) -> int:
    """Give many events one review status (the admin's bulk actions), each saved on its
    own so the history shows every change and the whole action can be undone."""
    label = Event.Review(status).label
    changed = [event for event in events if event.review_status != status]
    summary = _("%(count)d events marked %(status)s") % {"count": len(changed), "status": label}
    with history.changeset(kind=ChangeSet.Kind.BULK_REVIEW, summary=str(summary), user=user):
        for event in changed:
            event.review_status = status
            event.save(update_fields=["review_status", "updated_at"])
        ChronologyVersion.bump()
    return len(changed)


class UndoError(Exception):
    """An operation cannot be undone (already undone, changed since, no earlier state)."""


# Parents first: an undone merge recreates actors before the participations naming them.
_TRACKED = (Actor, ActorAlias, Event, Participant, Evidence)


@transaction.atomic
def changeset_undo(*, changeset: ChangeSet, user=None) -> ChangeSet:
    """Put every row an operation (a merge, a bulk review) changed back as it was before:
    rows it changed or deleted are restored from the history, rows it created are
    deleted. Refused, changing nothing, when a row has been changed again since (undo
    would silently throw that later change away) or the operation was undone already.
    The undo is itself an operation in the history."""
    from django.utils import timezone

    target = ChangeSet.objects.select_for_update().get(pk=changeset.pk)
    if not target.can_undo:
        raise UndoError(_("This operation cannot be undone (anymore)."))
    plan = []
    for model in _TRACKED:
        records = model.history.filter(changeset=target).order_by("history_id")
        first: dict[int, object] = {}
        last: dict[int, object] = {}
        for record in records:
            first.setdefault(record.id, record)
            last[record.id] = record
        for pk, record in first.items():
            if model.history.filter(id=pk, history_id__gt=last[pk].history_id).exists():
                raise UndoError(
                    _("%(object)s was changed after this operation; undo it by hand.")
                    % {"object": last[pk].history_object}
                )
            if record.history_type == "+":
                before = None  # created by the operation
            elif record.history_type == "-":
                before = record  # a deletion keeps the row as it was
            else:
                before = (
                    model.history.filter(id=pk, history_id__lt=record.history_id)
                    .order_by("-history_id")
                    .first()
                )
                if before is None:
                    raise UndoError(
                        _("No earlier state of %(object)s is recorded.")
                        % {"object": record.history_object}
                    )
            plan.append((model, pk, before))
    summary = _("Undone: %(summary)s") % {"summary": target.summary}
    with history.changeset(kind=ChangeSet.Kind.UNDO, summary=str(summary)[:300], user=user) as undo:
        for model, pk, before in plan:
            if before is not None:
                before.instance.save()
        for model, pk, before in reversed(plan):
            if before is None:
                for row in model.objects.filter(pk=pk):
                    row.delete()
        target.undone_at = timezone.now()
        target.undone_by = undo
        target.save(update_fields=["undone_at", "undone_by"])
        ChronologyVersion.bump()
    return target


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
    """`event_review` for each of `events`, all or none, as one operation in the history
    (undoable); returns how many there were."""
    events = list(events)
    summary = _("%(count)d events marked %(status)s") % {
        "count": len(events), "status": Event.Review(status).label}
    with history.changeset(kind=ChangeSet.Kind.BULK_REVIEW, summary=str(summary), user=user):
        for event in events:
            event_review(event=event, status=status, user=user)
    return len(events)


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
