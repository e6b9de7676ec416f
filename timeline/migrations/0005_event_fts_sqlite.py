"""Full-text index of event summaries and quotes on SQLite (PostgreSQL has its GIN index,
migration 0002): an FTS5 table with the trigram tokenizer, so that the search keeps its
meaning (any part of a word, case-insensitive) but reads an index instead of every row.

It is an external-content table: it stores only the index and reads the text from
`timeline_event`; triggers keep it in step with every insert, update and delete, whatever
path the change takes (admin, services, bulk_create). A later migration that makes SQLite
rebuild `timeline_event` (some column changes do) drops these triggers with the old table:
it must create them again and rebuild the index (`INSERT INTO timeline_event_fts
(timeline_event_fts) VALUES ('rebuild')`)."""
from django.db import migrations

CREATE = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS timeline_event_fts USING fts5(
        title, quote, content='timeline_event', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER IF NOT EXISTS timeline_event_fts_insert AFTER INSERT ON timeline_event
    BEGIN
        INSERT INTO timeline_event_fts (rowid, title, quote) VALUES (new.id, new.title, new.quote);
    END""",
    """CREATE TRIGGER IF NOT EXISTS timeline_event_fts_delete AFTER DELETE ON timeline_event
    BEGIN
        INSERT INTO timeline_event_fts (timeline_event_fts, rowid, title, quote)
        VALUES ('delete', old.id, old.title, old.quote);
    END""",
    """CREATE TRIGGER IF NOT EXISTS timeline_event_fts_update
    AFTER UPDATE OF title, quote ON timeline_event
    BEGIN
        INSERT INTO timeline_event_fts (timeline_event_fts, rowid, title, quote)
        VALUES ('delete', old.id, old.title, old.quote);
        INSERT INTO timeline_event_fts (rowid, title, quote) VALUES (new.id, new.title, new.quote);
    END""",
    "INSERT INTO timeline_event_fts (timeline_event_fts) VALUES ('rebuild')",
]
DROP = [
    "DROP TRIGGER IF EXISTS timeline_event_fts_insert",
    "DROP TRIGGER IF EXISTS timeline_event_fts_delete",
    "DROP TRIGGER IF EXISTS timeline_event_fts_update",
    "DROP TABLE IF EXISTS timeline_event_fts",
]


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_actor_search_index")]
    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
