"""The chronology's version number (`ChronologyVersion`): one row, created here."""
from django.db import migrations, models


def create_row(apps, schema_editor) -> None:
    apps.get_model("timeline", "ChronologyVersion").objects.using(
        schema_editor.connection.alias
    ).get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0005_event_fts_sqlite")]

    operations = [
        migrations.CreateModel(
            name="ChronologyVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("value", models.BigIntegerField(default=0)),
            ],
            options={"verbose_name": "chronology version"},
        ),
        migrations.RunPython(create_row, migrations.RunPython.noop),
    ]
