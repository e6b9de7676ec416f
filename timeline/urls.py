from django.contrib import admin
from django.urls import include, path

from . import api, views

chronology = (
    [
        path("", views.index, name="index"),
        path("events/<int:pk>/", views.event_detail, name="event"),
        path("actors/<int:pk>/", views.actor_detail, name="actor"),
        path("actors/suggest/", views.actor_suggestions, name="actor_suggestions"),
        path("export/timeline.json", views.export_json, name="export_json"),
        path("export/timeline.csv", views.export_csv, name="export_csv"),
        path("export/timeline.ics", views.export_ics, name="export_ics"),
        path("api/events/", api.events, name="api_events"),
        path("api/events/<int:pk>/", api.event, name="api_event"),
        path("api/actors/", api.actors, name="api_actors"),
        path("api/actors/<int:pk>/", api.actor, name="api_actor"),
    ],
    "timeline",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("articles/", include("articles.urls")),
    path("", include(chronology)),
]
