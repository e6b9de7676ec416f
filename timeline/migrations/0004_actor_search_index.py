"""Full-text index over actor names on PostgreSQL, for the timeline search (which also
matches events by their actors' names). Same expression as `SearchVector("name",
config="simple")`, so the planner can use it."""
from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS actor_search_idx ON timeline_actor USING gin "
            "(to_tsvector('simple', COALESCE(name, '')))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS actor_search_idx")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0003_event_date_modifier")]
    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
