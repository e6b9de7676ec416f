"""Names per language and quotes as written: the data (the columns are migration 0008's).

Every alias gets its transliteration keys; every actor's name becomes an alias too
(language unknown), so the keys find it, and a state gets its names in German and English
("Russland", "Russia", lib/places). Statements get the language of their quote and
whether it is quoted word for word, from their first evidence sentence."""
from django.db import migrations

from timeline.lib.names import normalize_alias
from timeline.lib.places import state_names
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

    def add(actor_id: int, text: str, language: str = "") -> None:
        if (actor_id, normalize_alias(text)) not in known:
            known.add((actor_id, normalize_alias(text)))
            keys = name_keys(text)
            names.append(ActorAlias(
                actor_id=actor_id, text=text, language=language, normalized=normalize_alias(text),
                key_de=keys["de"][:200], key_en=keys["en"][:200],
            ))

    for actor in Actor.objects.only("pk", "name", "kind", "country").iterator():
        add(actor.pk, actor.name)
        if actor.kind == "state" and actor.country:  # "Russia", "Russische Föderation", …
            for language, texts in state_names(actor.country).items():
                for text in texts:
                    add(actor.pk, text, language)
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


class Migration(migrations.Migration):

    dependencies = [
        ("timeline", "0008_bilingual_names"),
    ]

    operations = [
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
