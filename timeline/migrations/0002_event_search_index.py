"""Full-text search index on PostgreSQL (SQLite searches with a simple fallback).

The expression is exactly the one `timeline.selectors` searches with
(`SearchVector("title", "quote", config="simple")`), so the planner can use it."""
from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS event_search_idx ON timeline_event USING gin "
            "(to_tsvector('simple', COALESCE(title, '') || ' ' || COALESCE(quote, '')))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS event_search_idx")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0001_initial")]
    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
