"""The editors' workplace: review, correct and merge what the extraction produced."""
from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _, ngettext
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Actor,
    ActorAlias,
    ChangeSet,
    ChronologyVersion,
    Event,
    Evidence,
    Meeting,
    Participant,
    Statement,
)
from .forms import EventAdminForm
from .selectors import event_history
from .services import (
    UndoError,
    actors_merge,
    changeset_undo,
    event_mark_edited,
    events_merge,
    events_place,
    events_review_bulk,
)


class ChronologyAdmin(SimpleHistoryAdmin):
    """Every change an editor saves or deletes here bumps the chronology's version, in the
    admin's own transaction: counts cached under the old version (the actor page's "met
    most") are not read again, in any process. Every change is in the history
    (django-simple-history: the "History" button shows who changed what, old → new)."""

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
            actors_merge(keep=keep, merge=[a for a in actors if a.pk != keep.pk], user=request.user)
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
    actions = ["mark_verified", "mark_rejected", "merge_events"]
    readonly_fields = ["date_start", "date_end", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "quote", "place", "status"]}),
        (
            _("Date"),
            {
                "fields": [
                    ("date_value", "date_range_end", "date_precision"),
                    "date_modifier",
                    "date_text",
                    "date_start",
                    "date_end",
                ]
            },
        ),
        (_("Review"), {"fields": ["review_status", "confidence", "created_at", "updated_at"]}),
    ]

    object_history_template = "admin/timeline/event/object_history.html"
    form = EventAdminForm

    def save_model(self, request, obj, form, change) -> None:
        obj.set_date(
            obj.date_value,
            obj.date_precision,
            obj.date_text,
            obj.date_modifier,
            end=obj.date_range_end,
        )
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        # The date or the evidence (its articles' dates) may have changed.
        events_place(event_ids=[form.instance.pk])
        # A hand-corrected event (its fields or an inline's participants or evidence) is
        # the editor's from now on, unless the editor chose its review status right here.
        touched = form.has_changed() or any(formset.has_changed() for formset in formsets)
        if touched and "review_status" not in form.changed_data:
            event_mark_edited(event=form.instance, user=request.user)

    def history_view(self, request, object_id, extra_context=None):
        event = Event.objects.filter(pk=object_id).first()
        extra = {"event_history": event_history(event=event) if event else []}
        return super().history_view(request, object_id, {**extra, **(extra_context or {})})

    def _mark(self, request: HttpRequest, queryset: QuerySet, status: str) -> None:
        count = events_review_bulk(events=queryset, status=status, user=request.user)
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

    @admin.action(description=_("Merge selected events"))
    def merge_events(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        events = list(queryset.prefetch_related("participants__actor", "evidence__article"))
        if len(events) < 2:
            self.message_user(request, _("Select at least two events to merge."), messages.WARNING)
            return None
        keep_id = request.POST.get("keep")
        if keep_id:
            keep = next((e for e in events if str(e.pk) == keep_id), None)
            if keep is None:
                self.message_user(request, _("Choose one of the selected events."), messages.ERROR)
                return None
            events_merge(keep=keep, merge=[e for e in events if e.pk != keep.pk], user=request.user)
            self.message_user(
                request,
                _("Merged %(count)d events into “%(title)s”.")
                % {"count": len(events) - 1, "title": keep.title},
                messages.SUCCESS,
            )
            return None
        # First step: show the events side by side and ask which one to keep.
        return render(
            request,
            "admin/timeline/event/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Merge events"),
                "events": sorted(events, key=lambda e: (e.review_status == Event.Review.EXTRACTED, e.pk)),
                "opts": self.model._meta,
                "action_name": "merge_events",
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(Meeting)
class MeetingAdmin(EventAdmin):
    list_display = ["title", "date_value", "date_precision", "place", "status", "review_status"]
    list_filter = ["review_status", "status", "date_precision"]


@admin.register(Statement)
class StatementAdmin(EventAdmin):
    list_display = ["title", "quote", "date_value", "date_precision", "review_status"]
    list_filter = ["review_status", "date_precision"]


class EventPartAdmin(ChronologyAdmin):
    """Participants and evidence edited on their own pages: the event they belong to (and
    the one they were moved away from) becomes the editor's, as from the event's inlines."""

    def _touch(self, request: HttpRequest, *event_ids) -> None:
        for event in Event.objects.filter(pk__in=[pk for pk in event_ids if pk]):
            event_mark_edited(event=event, user=request.user)

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        before = form.initial.get("event") if change and "event" in form.changed_data else None
        self._touch(request, obj.event_id, before)

    def delete_model(self, request, obj) -> None:
        event_id = obj.event_id
        super().delete_model(request, obj)
        self._touch(request, event_id)

    def delete_queryset(self, request, queryset) -> None:
        event_ids = set(queryset.values_list("event_id", flat=True))
        super().delete_queryset(request, queryset)
        self._touch(request, *event_ids)


@admin.register(Participant)
class ParticipantAdmin(EventPartAdmin):
    list_display = ["actor", "role", "event"]
    list_filter = ["role", "event__kind"]
    search_fields = ["actor__name", "event__title"]
    list_select_related = ["actor", "event"]
    autocomplete_fields = ["actor"]
    raw_id_fields = ["event"]


@admin.register(Evidence)
class EvidenceAdmin(EventPartAdmin):
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


@admin.register(ChangeSet)
class ChangeSetAdmin(admin.ModelAdmin):
    """Operations that changed many rows at once (merges, bulk actions, re-runs, undos),
    newest first; merges and bulk actions can be undone from here or from the history of
    an event they touched."""

    list_display = ["created_at", "kind", "summary", "user", "undone_at"]
    list_filter = ["kind", ("undone_at", admin.EmptyFieldListFilter)]
    search_fields = ["summary"]
    list_select_related = ["user"]
    actions = ["undo"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def get_urls(self):
        return [
            path(
                "<int:pk>/undo/",
                self.admin_site.admin_view(require_POST(self.undo_view)),
                name="timeline_changeset_undo",
            ),
            *super().get_urls(),
        ]

    def _undo(self, request: HttpRequest, changeset: ChangeSet) -> None:
        try:
            changeset_undo(changeset=changeset, user=request.user)
        except UndoError as error:
            self.message_user(request, f"{changeset}: {error}", messages.ERROR)
        else:
            self.message_user(
                request, _("Undone: %(summary)s") % {"summary": changeset.summary}, messages.SUCCESS
            )

    def undo_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        # Undo changes events and actors: the editor needs the right to change events.
        if not request.user.has_perm("timeline.change_event"):
            raise PermissionDenied
        self._undo(request, get_object_or_404(ChangeSet, pk=pk))
        back = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = reverse("admin:timeline_changeset_changelist")
        return HttpResponseRedirect(back)

    @admin.action(description=_("Undo selected operations"), permissions=["undo"])
    def undo(self, request: HttpRequest, queryset: QuerySet) -> None:
        # Newest first: a later operation on the same rows must be undone before an earlier one.
        for changeset in queryset.order_by("-created_at", "-pk"):
            self._undo(request, changeset)

    def has_undo_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("timeline.change_event")
