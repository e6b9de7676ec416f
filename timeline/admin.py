"""The editors' workplace: review, correct and merge what the extraction produced."""
from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _, ngettext

from .models import (
    Actor,
    ActorAlias,
    ChronologyVersion,
    Event,
    Evidence,
    Meeting,
    Participant,
    Statement,
)
from .services import actors_merge, events_place


class ChronologyAdmin(admin.ModelAdmin):
    """Every change an editor saves or deletes here bumps the chronology's version, in the
    admin's own transaction: counts cached under the old version (the actor page's "met
    most") are not read again, in any process."""

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        ChronologyVersion.bump()

    def save_related(self, request, form, formsets, change) -> None:
        # Inlines (participants, aliases, evidence) are saved after the object.
        super().save_related(request, form, formsets, change)
        ChronologyVersion.bump()

    def delete_model(self, request, obj) -> None:
        super().delete_model(request, obj)
        ChronologyVersion.bump()

    def delete_queryset(self, request, queryset) -> None:
        super().delete_queryset(request, queryset)
        ChronologyVersion.bump()


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1
    fields = ["text", "language", "preferred"]


@admin.register(Actor)
class ActorAdmin(ChronologyAdmin):
    list_display = ["name", "kind", "country", "role", "event_count", "edited", "updated_at"]
    list_filter = ["kind", "country", "edited"]
    search_fields = ["name", "aliases__text", "role"]
    inlines = [ActorAliasInline]
    actions = ["merge_actors"]
    readonly_fields = ["edited", "created_at", "updated_at"]
    # Meta.ordering is not applied to the grouped query the event count needs.
    ordering = ["name"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(event_count=Count("participations"))

    @admin.display(description=_("events"), ordering="event_count")
    def event_count(self, actor: Actor) -> int:
        return actor.event_count

    def save_model(self, request, obj, form, change) -> None:
        # An actor an editor touched is theirs: re-extraction must not overwrite it.
        obj.edited = True
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change) -> None:
        for alias in formset.save(commit=False):
            alias.edited = True
            alias.save()
        for alias in formset.deleted_objects:
            alias.delete()
        formset.save_m2m()

    @admin.action(description=_("Merge selected actors"))
    def merge_actors(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        actors = list(queryset.annotate(event_count=Count("participations")))
        if len(actors) < 2:
            self.message_user(request, _("Select at least two actors to merge."), messages.WARNING)
            return None
        keep_id = request.POST.get("keep")
        if keep_id:
            keep = next((a for a in actors if str(a.pk) == keep_id), None)
            if keep is None:
                self.message_user(request, _("Choose one of the selected actors."), messages.ERROR)
                return None
            actors_merge(keep=keep, merge=[a for a in actors if a.pk != keep.pk])
            self.message_user(
                request,
                ngettext(
                    "Merged %(count)d actor into %(name)s.",
                    "Merged %(count)d actors into %(name)s.",
                    len(actors) - 1,
                )
                % {"count": len(actors) - 1, "name": keep.name},
                messages.SUCCESS,
            )
            return None
        # First step: ask which actor to keep.
        return render(
            request,
            "admin/timeline/actor/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Merge actors"),
                "actors": sorted(actors, key=lambda a: -a.event_count),
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(ActorAlias)
class ActorAliasAdmin(ChronologyAdmin):
    list_display = ["text", "actor", "language", "edited"]
    list_filter = ["language", "edited", "actor__kind"]
    search_fields = ["text", "actor__name"]
    list_select_related = ["actor"]
    autocomplete_fields = ["actor"]

    def save_model(self, request, obj, form, change) -> None:
        obj.edited = True
        super().save_model(request, obj, form, change)


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 1
    autocomplete_fields = ["actor"]


class EvidenceInline(admin.StackedInline):
    model = Evidence
    extra = 0
    raw_id_fields = ["article"]
    fields = ["article", "sentence", "start", "end", "extractor_version"]
    readonly_fields = ["extractor_version"]


@admin.register(Event)
class EventAdmin(ChronologyAdmin):
    list_display = [
        "title",
        "kind",
        "date_value",
        "date_precision",
        "place",
        "status",
        "review_status",
        "confidence",
    ]
    list_filter = ["kind", "review_status", "status", "date_precision"]
    search_fields = ["title", "quote", "place", "participants__actor__name"]
    list_select_related = True
    inlines = [ParticipantInline, EvidenceInline]
    actions = ["mark_verified", "mark_rejected"]
    readonly_fields = ["date_start", "date_end", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "quote", "place", "status"]}),
        (
            _("Date"),
            {
                "fields": [
                    "date_value",
                    "date_precision",
                    "date_modifier",
                    "date_text",
                    "date_start",
                    "date_end",
                ]
            },
        ),
        (_("Review"), {"fields": ["review_status", "confidence", "created_at", "updated_at"]}),
    ]

    def save_model(self, request, obj, form, change) -> None:
        obj.set_date(obj.date_value, obj.date_precision, obj.date_text, obj.date_modifier)
        # A hand-corrected event is the editor's from now on.
        if change and obj.review_status == Event.Review.EXTRACTED and form.has_changed():
            obj.review_status = Event.Review.EDITED
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        # The date or the evidence (its articles' dates) may have changed.
        events_place(event_ids=[form.instance.pk])

    def _mark(self, request: HttpRequest, queryset: QuerySet, status: str) -> None:
        count = queryset.update(review_status=status)
        ChronologyVersion.bump()  # an update() saves no object
        self.message_user(
            request,
            ngettext("%(count)d event marked %(status)s.", "%(count)d events marked %(status)s.", count)
            % {"count": count, "status": Event.Review(status).label},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark selected events as verified"))
    def mark_verified(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._mark(request, queryset, Event.Review.VERIFIED)

    @admin.action(description=_("Mark selected events as rejected"))
    def mark_rejected(self, request: HttpRequest, queryset: QuerySet) -> None:
        self._mark(request, queryset, Event.Review.REJECTED)


@admin.register(Meeting)
class MeetingAdmin(EventAdmin):
    list_display = ["title", "date_value", "date_precision", "place", "status", "review_status"]
    list_filter = ["review_status", "status", "date_precision"]


@admin.register(Statement)
class StatementAdmin(EventAdmin):
    list_display = ["title", "quote", "date_value", "date_precision", "review_status"]
    list_filter = ["review_status", "date_precision"]


@admin.register(Participant)
class ParticipantAdmin(ChronologyAdmin):
    list_display = ["actor", "role", "event"]
    list_filter = ["role", "event__kind"]
    search_fields = ["actor__name", "event__title"]
    list_select_related = ["actor", "event"]
    autocomplete_fields = ["actor"]
    raw_id_fields = ["event"]


@admin.register(Evidence)
class EvidenceAdmin(ChronologyAdmin):
    list_display = ["event", "article", "start", "end", "extractor_version"]
    list_filter = ["extractor_version", "article__language"]
    search_fields = ["sentence", "event__title", "article__title"]
    list_select_related = ["event", "article"]
    raw_id_fields = ["event", "article"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        # The evidence's event, and the one it was moved away from.
        events_place(event_ids={obj.event_id, form.initial.get("event")} - {None})

    def delete_model(self, request, obj) -> None:
        super().delete_model(request, obj)
        events_place(event_ids=[obj.event_id])

    def delete_queryset(self, request, queryset) -> None:
        event_ids = set(queryset.values_list("event_id", flat=True))
        super().delete_queryset(request, queryset)
        events_place(event_ids=event_ids)
