"""The chronology: actors, their aliases, and events (meetings, statements) with
participants and the evidence (article, sentence, span) each event was extracted from."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .lib.dates import covered_days, range_end
from .lib.names import normalize_alias
from .lib.places import state_display_name
from .lib.transliteration import name_keys


class ChangeSetHistory(models.Model):
    """What every historical record (django-simple-history) keeps besides the row as it
    was: the editor's operation it belongs to (a merge, a bulk action, a re-run), so an
    operation that changed many rows is listed, and undone, as one."""

    changeset = models.ForeignKey(
        "timeline.ChangeSet",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("operation"),
    )

    class Meta:
        abstract = True


def _history() -> HistoricalRecords:
    return HistoricalRecords(
        bases=[ChangeSetHistory], history_change_reason_field=models.TextField(null=True)
    )


class Actor(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("person")
        ORGANIZATION = "organization", _("organisation")
        STATE = "state", _("state")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = models.CharField(
        _("country"), max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2 code")
    )
    role = models.CharField(_("role or title"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    # Set when an editor changes the actor: re-extraction then leaves it alone.
    edited = models.BooleanField(_("edited by hand"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = _history()

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        constraints = [
            models.UniqueConstraint(fields=["name", "kind"], name="actor_unique_name_kind"),
        ]
        indexes = [models.Index(fields=["country"]), models.Index(fields=["kind", "name"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("timeline:actor", args=[self.pk])

    def name_in(self, language: str) -> str:
        """The name a reader of `language` sees: a state by its CLDR name ("Russland" /
        "Russia"), anyone else by their alias marked as the name in that language (read
        from `local_name` when a selector annotated it, else from prefetched aliases),
        else the stored name."""
        language = (language or "")[:2]
        if self.kind == self.Kind.STATE and self.country:
            return state_display_name(self.country, language) or self.name
        local = getattr(self, "local_name", None)
        if local is None and "aliases" in getattr(self, "_prefetched_objects_cache", {}):
            local = next(
                (a.text for a in self.aliases.all() if a.preferred and a.language == language), None
            )
        return local or self.name


class ActorAlias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(_("alias"), max_length=200)
    language = models.CharField(_("language"), max_length=8, blank=True)
    normalized = models.CharField(max_length=200, editable=False, db_index=True)
    # The name read by German and by English transliteration rules (lib/transliteration):
    # "Lawrow" and "Lavrov" share a key, so either finds the other's actor.
    key_de = models.CharField(max_length=200, editable=False, db_index=True, default="")
    key_en = models.CharField(max_length=200, editable=False, db_index=True, default="")
    preferred = models.BooleanField(
        _("name in this language"),
        default=False,
        help_text=_("Shown as the actor’s name to readers of this language."),
    )
    edited = models.BooleanField(_("edited by hand"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = _history()

    class Meta:
        ordering = ["text"]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        constraints = [
            models.UniqueConstraint(
                fields=["actor", "normalized"], name="alias_unique_per_actor"
            ),
        ]

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs) -> None:
        # The normalised form is derived data; keeping it in step here means every
        # path (admin, services, merge) gets the same uniqueness check.
        self.normalized = normalize_alias(self.text)
        keys = name_keys(self.text)
        self.key_de, self.key_en = keys["de"][:200], keys["en"][:200]
        super().save(*args, **kwargs)


# Kept by name: saves through the proxies (Meeting, Statement) are recorded with it too.
_EVENT_HISTORY = _history()


class Event(models.Model):
    class Kind(models.TextChoices):
        MEETING = "meeting", _("meeting")
        STATEMENT = "statement", _("statement")

    class Precision(models.TextChoices):
        DAY = "day", _("day")
        WEEK = "week", _("week")
        MONTH = "month", _("month")
        YEAR = "year", _("year")
        UNKNOWN = "", _("unknown")

    class Modifier(models.TextChoices):
        EARLY = "early", _("early")
        MID = "mid", _("mid")
        LATE = "late", _("late")

    class Status(models.TextChoices):
        HAPPENED = "happened", _("happened")
        PLANNED = "planned", _("planned")
        CANCELLED = "cancelled", _("cancelled")

    class Review(models.TextChoices):
        EXTRACTED = "extracted", _("extracted")
        VERIFIED = "verified", _("verified")
        EDITED = "edited", _("edited")
        REJECTED = "rejected", _("rejected")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("summary"), max_length=300)
    quote = models.TextField(_("quote"), blank=True)
    # The language the quote is in (its article's), and whether it is quoted word for word
    # (in quotation marks in the evidence sentence) or reported ("sagte, man werde …").
    quote_language = models.CharField(_("language of the quote"), max_length=8, blank=True)
    quote_direct = models.BooleanField(_("quoted word for word"), default=True)
    # The date as the text gives it: an ISO value at its precision ("2018-05-30",
    # "2018-W21", "2018-05", "2018"), the original words, and the first/last day it
    # covers, which the chronology sorts and filters by.
    date_value = models.CharField(_("date"), max_length=10, blank=True)
    date_precision = models.CharField(
        _("date precision"), max_length=5, choices=Precision.choices, blank=True
    )
    date_text = models.CharField(_("date as written"), max_length=200, blank=True)
    # "Anfang Juni" keeps the month as its value and "early" here.
    date_modifier = models.CharField(
        _("part of the period"), max_length=5, choices=Modifier.choices, blank=True
    )
    # "am 4. und 5. März": the value is the first day and this the last one of the range
    # (a day value only; empty for everything else).
    date_range_end = models.DateField(_("until (range of days)"), null=True, blank=True)
    date_start = models.DateField(_("from"), null=True, blank=True, editable=False)
    date_end = models.DateField(_("until"), null=True, blank=True, editable=False)
    # Where the chronology places the event: `date_start` when the text dates it, else
    # the publication date of the first article that reports it (None: neither is known).
    # Kept in step by `set_date` and `services.events_place`; pages sort, page and filter
    # by it, so undated events need no join to their articles.
    sort_date = models.DateField(_("placed on"), null=True, blank=True, editable=False)
    place = models.CharField(_("place"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.HAPPENED
    )
    confidence = models.FloatField(_("confidence"), default=0.0)
    review_status = models.CharField(
        _("review status"), max_length=20, choices=Review.choices, default=Review.EXTRACTED
    )
    # Identifies "the same event" across articles and re-extractions.
    fingerprint = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    actors = models.ManyToManyField(Actor, through="Participant", related_name="events")
    articles = models.ManyToManyField(
        "articles.Article", through="Evidence", related_name="events"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = _EVENT_HISTORY

    class Meta:
        ordering = [models.F("sort_date").desc(nulls_last=True), "-id"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["sort_date", "id"], name="event_sort_idx"),
            # The review state at the end: the strip's count per month of one kind reads
            # the index alone (no row of the table), and pages still get date order.
            models.Index(
                fields=["kind", "sort_date", "id", "review_status"], name="event_kind_sort_idx"
            ),
            models.Index(fields=["review_status", "sort_date"], name="event_review_sort_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("timeline:event", args=[self.pk])

    def set_date(
        self,
        value: str | None,
        precision: str | None,
        text: str | None = None,
        modifier: str | None = None,
        end: dt.date | str | None = None,
    ) -> None:
        """Store a resolved date and the range of days it covers (or no date at all).
        `end` is the last day of a range of days that `value` is the first day of; one
        that makes no range (no day value, not after it, longer than a year) is dropped."""

        self.date_value = value or ""
        self.date_precision = (precision or "") if value else ""
        self.date_text = text or ""
        self.date_modifier = (modifier or "") if value else ""
        try:
            self.date_range_end = range_end(value, end) if value and end else None
        except ValueError:
            self.date_range_end = None
        self.date_start, self.date_end = (
            covered_days(value, modifier, self.date_range_end) if value else (None, None)
        )
        # An undated event's place comes from its reports: `services.events_place`.
        self.sort_date = self.date_start

    @property
    def is_placed_by_report(self) -> bool:
        """Undated, but shown at the day an article reported it."""
        return self.date_start is None and self.sort_date is not None

    @property
    def is_reviewed(self) -> bool:
        return self.review_status != self.Review.EXTRACTED


class MeetingManager(models.Manager):
    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(kind=Event.Kind.MEETING)


class StatementManager(models.Manager):
    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(kind=Event.Kind.STATEMENT)


class Meeting(Event):
    objects = MeetingManager()

    class Meta:
        proxy = True
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def save(self, *args, **kwargs) -> None:
        self.kind = Event.Kind.MEETING
        super().save(*args, **kwargs)


class Statement(Event):
    objects = StatementManager()

    class Meta:
        proxy = True
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def save(self, *args, **kwargs) -> None:
        self.kind = Event.Kind.STATEMENT
        super().save(*args, **kwargs)


# Django sends a proxy's save and delete signals with the proxy as sender; the event's
# history listens to the proxies too, so the meeting and statement admins are recorded.
for _proxy in (Meeting, Statement):
    models.signals.post_save.connect(_EVENT_HISTORY.post_save, sender=_proxy, weak=False)
    models.signals.pre_delete.connect(_EVENT_HISTORY.pre_delete, sender=_proxy, weak=False)
    models.signals.post_delete.connect(_EVENT_HISTORY.post_delete, sender=_proxy, weak=False)


class Participant(models.Model):
    class Role(models.TextChoices):
        SPEAKER = "speaker", _("speaker")
        HOST = "host", _("host")
        GUEST = "guest", _("guest")
        PARTICIPANT = "participant", _("participant")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(
        _("role"), max_length=20, choices=Role.choices, default=Role.PARTICIPANT
    )
    history = _history()

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(fields=["event", "actor"], name="participant_unique"),
        ]
        indexes = [models.Index(fields=["actor", "event"], name="participant_actor_idx")]

    def __str__(self) -> str:
        return f"{self.actor} ({self.get_role_display()})"


class Evidence(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="evidence"
    )
    sentence = models.TextField(_("sentence"))
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    extractor_version = models.CharField(_("extractor version"), max_length=20)
    created_at = models.DateTimeField(auto_now_add=True)
    history = _history()

    class Meta:
        ordering = ["article_id", "start"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "article", "start", "end"], name="evidence_unique_span"
            ),
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")), name="evidence_span_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article} [{self.start}:{self.end}]"


class ChronologyVersion(models.Model):
    """One row whose number changes whenever events, participants, evidence or actors
    change, in every process (the services and the admin bump it; code that writes those
    tables by other means must call `bump()` too). Counts derived from the chronology are
    cached under it (`selectors.actor_counterparts`): a new number makes every cached
    count unreachable at once, in every web and task worker, however long it was cached."""

    ROW = 1
    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("chronology version")

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def current(cls) -> int | None:
        """The number (one query by key), or None when the row is missing (a flushed
        database): then nothing may be read from a cache."""
        return cls.objects.filter(pk=cls.ROW).values_list("value", flat=True).first()

    @classmethod
    def bump(cls, using: str = "default") -> None:
        """Change the number. Called at the end of a writing transaction: the row stays
        locked (PostgreSQL) only until that transaction commits, and other processes see
        the new number together with the data."""
        rows = cls.objects.using(using)
        if not rows.filter(pk=cls.ROW).update(value=models.F("value") + 1):
            # A random start: a recreated row must not meet numbers cached before.
            import secrets

            rows.get_or_create(pk=cls.ROW, defaults={"value": secrets.randbits(52)})


class ChangeSet(models.Model):
    """One operation an editor (or the extraction) carried out on many rows at once: an
    actor or event merge, a bulk review action, a re-run of an article, an undo. The
    historical records it wrote point to it (`ChangeSetHistory.changeset`)."""

    class Kind(models.TextChoices):
        ACTORS_MERGE = "actors_merge", _("actors merged")
        EVENTS_MERGE = "events_merge", _("events merged")
        BULK_REVIEW = "bulk_review", _("bulk review")
        EXTRACTION = "extraction", _("extraction stored")
        UNDO = "undo", _("undo")

    # Operations whose every row change can be reversed by `changeset_undo`.
    UNDOABLE = {Kind.ACTORS_MERGE, Kind.EVENTS_MERGE, Kind.BULK_REVIEW}

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    summary = models.CharField(_("summary"), max_length=300)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("user"),
    )
    created_at = models.DateTimeField(_("time"), auto_now_add=True)
    undone_at = models.DateTimeField(_("undone at"), null=True, blank=True)
    undone_by = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("undone by"),
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("operation")
        verbose_name_plural = _("operations")

    def __str__(self) -> str:
        return self.summary

    @property
    def can_undo(self) -> bool:
        return self.kind in self.UNDOABLE and self.undone_at is None
