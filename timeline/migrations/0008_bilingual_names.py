"""Names per language and quotes as written.

Aliases get their transliteration keys (`key_de`, `key_en`: "Lawrow" and "Lavrov" share
one) and `preferred`, the alias shown as the actor's name to readers of its language;
every actor's name becomes an alias too (language unknown), so the keys find it. Events
get the language of their quote and whether it is quoted word for word, from their first
evidence sentence.

On SQLite, adding these columns rebuilds `timeline_actoralias` and `timeline_event`, which
drops the triggers of their full-text tables (migrations 0005 and 0007): they are created
again and the indexes rebuilt."""
import importlib

from django.db import migrations, models

from timeline.lib.names import normalize_alias
from timeline.lib.quotes import quote_is_direct
from timeline.lib.transliteration import name_keys


def fill(apps, schema_editor) -> None:
    ActorAlias = apps.get_model("timeline", "ActorAlias")
    Actor = apps.get_model("timeline", "Actor")
    Event = apps.get_model("timeline", "Event")
    Evidence = apps.get_model("timeline", "Evidence")
    changed = []
    for alias in ActorAlias.objects.all().iterator():
        keys = name_keys(alias.text)
        alias.key_de, alias.key_en = keys["de"][:200], keys["en"][:200]
        changed.append(alias)
    ActorAlias.objects.bulk_update(changed, ["key_de", "key_en"], batch_size=500)
    known = set(ActorAlias.objects.values_list("actor_id", "normalized"))
    names = []
    for actor in Actor.objects.only("pk", "name").iterator():
        if (actor.pk, normalize_alias(actor.name)) not in known:
            keys = name_keys(actor.name)
            names.append(ActorAlias(
                actor_id=actor.pk, text=actor.name, normalized=normalize_alias(actor.name),
                key_de=keys["de"][:200], key_en=keys["en"][:200],
            ))
    ActorAlias.objects.bulk_create(names, batch_size=500)
    statements = Event.objects.filter(kind="statement").exclude(quote="")
    for event in statements.iterator():
        evidence = (
            Evidence.objects.filter(event_id=event.pk)
            .select_related("article")
            .order_by("pk")
            .first()
        )
        if evidence is not None:
            event.quote_language = evidence.article.language or ""
            event.quote_direct = quote_is_direct(event.quote, evidence.sentence)
            event.save(update_fields=["quote_language", "quote_direct"])


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
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
