"""`Event.sort_date`: where the chronology places an event. Dated events keep their first
day; undated ones are placed at the publication date of the first article that reports
them (filled here for the events already stored). The date indexes move to the new column,
which every page now sorts, pages and filters by."""

from django.db import migrations, models
from django.db.models import Min, OuterRef, Subquery
from django.db.models.functions import Coalesce


def place_events(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    Evidence = apps.get_model("timeline", "Evidence")
    first_report = (
        Evidence.objects.filter(event=OuterRef("pk"))
        .order_by()
        .values("event")
        .annotate(day=Min("article__published"))
        .values("day")
    )
    Event.objects.using(schema_editor.connection.alias).update(
        sort_date=Coalesce("date_start", Subquery(first_report, output_field=models.DateField()))
    )


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0001_initial"),
        ("timeline", "0009_bilingual_names_data"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="event",
            options={
                "ordering": [
                    models.OrderBy(models.F("sort_date"), descending=True, nulls_last=True),
                    "-id",
                ],
                "verbose_name": "event",
                "verbose_name_plural": "events",
            },
        ),
        migrations.RemoveIndex(model_name="event", name="event_date_idx"),
        migrations.RemoveIndex(model_name="event", name="event_kind_date_idx"),
        migrations.RemoveIndex(model_name="event", name="event_review_date_idx"),
        migrations.AddField(
            model_name="event",
            name="sort_date",
            field=models.DateField(blank=True, editable=False, null=True, verbose_name="placed on"),
        ),
        # Filled before the indexes exist: one pass over the table, no index upkeep.
        migrations.RunPython(place_events, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["sort_date", "id"], name="event_sort_idx"),
        ),
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["kind", "sort_date"], name="event_kind_sort_idx"),
        ),
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["review_status", "sort_date"], name="event_review_sort_idx"),
        ),
    ]
