"""The first history record ("+") of every row stored before the history began, written
after the history tables have every field of the models (0011, 0013). A migration of its
own: on PostgreSQL, rows written in the migration that creates indexes on the same tables
leave "pending trigger events" that stop it."""
from django.db import migrations


def record_existing_rows(apps, schema_editor) -> None:
    """A first history record ("+") for every row that exists already, so the first
    change an editor makes (and its undo) has an earlier state to show and go back to."""
    from django.utils import timezone

    now = timezone.now()
    for name in ["Actor", "ActorAlias", "Event", "Participant", "Evidence"]:
        model = apps.get_model("timeline", name)
        historical = apps.get_model("timeline", f"Historical{name}")
        fields = [field.attname for field in model._meta.concrete_fields]
        batch = []
        for row in model.objects.all().iterator(chunk_size=2000):
            batch.append(
                historical(
                    history_date=now,
                    history_type="+",
                    history_change_reason="history started",
                    **{field: getattr(row, field) for field in fields},
                )
            )
            if len(batch) >= 2000:
                historical.objects.bulk_create(batch)
                batch = []
        historical.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0013_history_new_fields")]

    operations = [migrations.RunPython(record_existing_rows, migrations.RunPython.noop, elidable=True)]
