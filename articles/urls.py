from django.urls import path

from . import views

app_name = "articles"
urlpatterns = [
    path("new/", views.article_upload, name="upload"),
    path("<int:pk>/", views.article_detail, name="detail"),
    path("<int:pk>/retry/", views.article_retry_view, name="retry"),
]
