"""Aliases that name an office ("Minister", "the president", "Außenminister") were stored
by earlier versions; they made every later "Minister" that one person. They go."""
from django.db import migrations

from timeline.lib.names import is_role_phrase


def remove_role_aliases(apps, schema_editor) -> None:
    ActorAlias = apps.get_model("timeline", "ActorAlias")
    role_ids = [pk for pk, text in ActorAlias.objects.values_list("pk", "text") if is_role_phrase(text)]
    ActorAlias.objects.filter(pk__in=role_ids).delete()


class Migration(migrations.Migration):
    dependencies = [("timeline", "0011_history")]

    operations = [migrations.RunPython(remove_role_aliases, migrations.RunPython.noop)]
