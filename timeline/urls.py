from django.contrib import admin
from django.urls import include, path

from . import views

chronology = (
    [
        path("", views.index, name="index"),
        path("events/<int:pk>/", views.event_detail, name="event"),
        path("actors/<int:pk>/", views.actor_detail, name="actor"),
    ],
    "timeline",
)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("articles/", include("articles.urls")),
    path("", include(chronology)),
]
