"""Events dated by part of a period ("Anfang Juni", "late 2019", a weekend) cover only that
part's days (`timeline.lib.dates.covered_days`); events stored before cover the whole
period until this recomputes them. The stored value, precision and modifier stay as they are."""

from django.db import migrations

from timeline.lib.dates import covered_days


def narrow_to_modifier(apps, schema_editor):
    Event = apps.get_model("timeline", "Event")
    events = Event.objects.using(schema_editor.connection.alias)
    for event in events.exclude(date_value="").exclude(date_modifier="").iterator():
        event.date_start, event.date_end = covered_days(event.date_value, event.date_modifier)
        event.sort_date = event.date_start
        event.save(update_fields=["date_start", "date_end", "sort_date"])


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0015_event_kind_index_covers_review"),
    ]

    operations = [migrations.RunPython(narrow_to_modifier, migrations.RunPython.noop)]
