from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TimelineConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "timeline"
    verbose_name = _("Chronology")

    def ready(self) -> None:
        # Connects the receiver that files history records under their operation.
        from . import history  # noqa: F401
