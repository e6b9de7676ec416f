from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _, ngettext

from timeline.services import events_place

from .models import Article
from .services import article_request_processing


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "language", "published", "outlet", "status", "created_at"]
    list_filter = ["status", "language", "outlet"]
    search_fields = ["title", "text", "outlet", "url"]
    list_select_related = ["uploaded_by"]
    date_hierarchy = "created_at"
    # A source typed without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = [
        "content_hash",
        "status",
        "error",
        "extractor_version",
        "processing_started_at",
        "processed_at",
        "uploaded_by",
        "created_at",
        "updated_at",
    ]
    actions = ["reprocess"]

    def save_model(self, request, obj, form, change) -> None:
        super().save_model(request, obj, form, change)
        if "published" in form.changed_data:
            # Undated events it reports are placed at its publication date.
            events_place(event_ids=obj.evidence.values_list("event_id", flat=True))

    @admin.action(description=_("Re-run extraction for selected articles"))
    def reprocess(self, request: HttpRequest, queryset: QuerySet) -> None:
        articles = list(queryset)
        for article in articles:
            article_request_processing(article=article)
        self.message_user(
            request,
            ngettext(
                "%(count)d article queued for extraction.",
                "%(count)d articles queued for extraction.",
                len(articles),
            )
            % {"count": len(articles)},
            messages.SUCCESS,
        )
