"""Trigram indexes over actor names and alias texts, for the actor autocomplete
(`selectors.actors_search`): it matches any part of a name or alias, which a B-tree
index cannot serve.

PostgreSQL: the `pg_trgm` extension and GIN indexes on `UPPER(name)` and `UPPER(text)`,
the very expressions Django's `icontains` compares (`UPPER(col::text) LIKE UPPER(%s)`),
so the planner can use them for patterns of three characters or more. Creating the
extension needs a role allowed to (see docs/operations.md).

SQLite: FTS5 tables with the trigram tokenizer, external-content like the events' table
(migration 0005): they store only the index, and triggers keep them in step with every
insert, update and delete. A later migration that makes SQLite rebuild `timeline_actor`
or `timeline_actoralias` drops these triggers with the old table: it must create them
again and rebuild the index (`INSERT INTO timeline_actor_fts (timeline_actor_fts) VALUES
('rebuild')`, the same for `timeline_actoralias_fts`)."""
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


def _fts(table: str, column: str) -> list[str]:
    """An FTS5 trigram table over `table.column`, its triggers and its first build."""
    fts = f"{table}_fts"
    return [
        f"""CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(
            {column}, content='{table}', content_rowid='id', tokenize='trigram')""",
        f"""CREATE TRIGGER IF NOT EXISTS {fts}_insert AFTER INSERT ON {table}
        BEGIN
            INSERT INTO {fts} (rowid, {column}) VALUES (new.id, new.{column});
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS {fts}_delete AFTER DELETE ON {table}
        BEGIN
            INSERT INTO {fts} ({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column});
        END""",
        f"""CREATE TRIGGER IF NOT EXISTS {fts}_update AFTER UPDATE OF {column} ON {table}
        BEGIN
            INSERT INTO {fts} ({fts}, rowid, {column}) VALUES ('delete', old.id, old.{column});
            INSERT INTO {fts} (rowid, {column}) VALUES (new.id, new.{column});
        END""",
        f"INSERT INTO {fts} ({fts}) VALUES ('rebuild')",
    ]


def _drop_fts(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"DROP TRIGGER IF EXISTS {fts}_insert",
        f"DROP TRIGGER IF EXISTS {fts}_delete",
        f"DROP TRIGGER IF EXISTS {fts}_update",
        f"DROP TABLE IF EXISTS {fts}",
    ]


POSTGRESQL_CREATE = [
    "CREATE INDEX IF NOT EXISTS actor_name_trgm_idx ON timeline_actor "
    "USING gin (UPPER(name::text) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS actoralias_text_trgm_idx ON timeline_actoralias "
    "USING gin (UPPER(text::text) gin_trgm_ops)",
]
POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS actor_name_trgm_idx",
    "DROP INDEX IF EXISTS actoralias_text_trgm_idx",
]
SQLITE_CREATE = _fts("timeline_actor", "name") + _fts("timeline_actoralias", "text")
SQLITE_DROP = _drop_fts("timeline_actor") + _drop_fts("timeline_actoralias")


class KeptTrigramExtension(TrigramExtension):
    """`CREATE EXTENSION pg_trgm` (Django skips it on other databases). Unapplying
    leaves the extension in place: it may serve other databases' objects, and dropping
    it on SQLite would fail."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass


def create_indexes(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": POSTGRESQL_CREATE, "sqlite": SQLITE_CREATE}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


def drop_indexes(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    statements = {"postgresql": POSTGRESQL_DROP, "sqlite": SQLITE_DROP}.get(vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0006_chronologyversion")]
    operations = [
        KeptTrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
