from django.contrib import admin
from django.urls import include, path, register_converter

from . import api, exports, review_views, views

register_converter(exports.FormatConverter, "export_format")

chronology = (
    [
        path("", views.index, name="index"),
        path("events/<int:pk>/", views.event_detail, name="event"),
        path("actors/<int:pk>/", views.actor_detail, name="actor"),
        path("actors/suggest/", views.actor_suggestions, name="actor_suggestions"),
        path("export/timeline.<export_format:fmt>", views.export, name="export"),
        path("api/events/", api.events, name="api_events"),
        path("api/events/<int:pk>/", api.event, name="api_event"),
        path("api/actors/", api.actors, name="api_actors"),
        path("api/actors/<int:pk>/", api.actor, name="api_actor"),
        path("events/<int:pk>/review/", review_views.event_review, name="event_review"),
        path("review/", review_views.review_queue, name="review"),
    ],
    "timeline",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("articles/", include("articles.urls")),
    path("", include(chronology)),
]
