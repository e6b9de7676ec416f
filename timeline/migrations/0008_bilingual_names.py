"""Names per language and quotes as written: the columns.

Aliases get their transliteration keys (`key_de`, `key_en`: "Lawrow" and "Lavrov" share
one) and `preferred`, the alias shown as the actor's name to readers of its language; an
event the language of its quote and whether it is quoted word for word. Migration 0009 fills
them in for what is stored already (a separate migration: PostgreSQL creates the new
indexes at the end of this one, which it refuses on a table with rows written in the same
transaction).

On SQLite, adding these columns rebuilds `timeline_actoralias` and `timeline_event`, which
drops the triggers of their full-text tables (migrations 0005 and 0007): they are created
again and the indexes rebuilt."""
import importlib

from django.db import migrations, models


def sqlite_search_tables(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    events = importlib.import_module("timeline.migrations.0005_event_fts_sqlite")
    actors = importlib.import_module("timeline.migrations.0007_actor_name_trigram_index")
    for statement in events.CREATE + actors.SQLITE_CREATE:
        schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0007_actor_name_trigram_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='actoralias',
            name='key_de',
            field=models.CharField(db_index=True, default='', editable=False, max_length=200),
        ),
        migrations.AddField(
            model_name='actoralias',
            name='key_en',
            field=models.CharField(db_index=True, default='', editable=False, max_length=200),
        ),
        migrations.AddField(
            model_name='actoralias',
            name='preferred',
            field=models.BooleanField(default=False, help_text='Shown as the actor’s name to readers of this language.', verbose_name='name in this language'),
        ),
        migrations.AddField(
            model_name='event',
            name='quote_direct',
            field=models.BooleanField(default=True, verbose_name='quoted word for word'),
        ),
        migrations.AddField(
            model_name='event',
            name='quote_language',
            field=models.CharField(blank=True, max_length=8, verbose_name='language of the quote'),
        ),
        migrations.RunPython(sqlite_search_tables, migrations.RunPython.noop, elidable=False),
    ]
