"""Migrations 0008 and 0009 give actors stored before it their names as aliases (with the
transliteration keys), so other spellings and the other language find them."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)


def test_older_actors_get_their_names_and_a_states_names_in_both_languages():
    executor = MigrationExecutor(connection)
    executor.migrate([("timeline", "0007_actor_name_trigram_index")])
    old = executor.loader.project_state([("timeline", "0007_actor_name_trigram_index")]).apps
    Actor = old.get_model("timeline", "Actor")
    Actor.objects.create(name="Sergej Lawrow", kind="person", country="RU")
    Actor.objects.create(name="Russland", kind="state", country="RU")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    from timeline.models import ActorAlias

    lawrow = ActorAlias.objects.get(text="Sergej Lawrow")
    assert lawrow.key_de == "sergei lavrov"
    assert {"Russland", "Russia", "Russische Föderation", "Russian Federation"} <= set(
        ActorAlias.objects.filter(actor__name="Russland").values_list("text", flat=True)
    )
    # The search tables of SQLite still follow every change after the rebuilt tables.
    from timeline.selectors import actors_search

    assert [a.name for a in actors_search("Russian Fed")] == ["Russland"]
