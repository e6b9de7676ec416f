from django.apps import AppConfig


class TimelineConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "timeline"
    verbose_name = "Chronology"

    def ready(self) -> None:
        # Connects the receiver that files history records under their operation.
        from . import history  # noqa: F401
