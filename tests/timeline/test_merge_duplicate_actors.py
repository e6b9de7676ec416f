"""`manage.py merge_duplicate_actors`: states under two names and persons under two
spellings become one actor, after a preview that changes nothing."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation

from timeline.models import Actor, ActorAlias, Participant

from .factories import make_actor, make_event

pytestmark = pytest.mark.django_db


def person(name: str, language: str) -> Actor:
    actor = make_actor(name, country="RU")
    ActorAlias.objects.create(actor=actor, text=name, language=language, preferred=True)
    return actor


@pytest.fixture
def duplicates() -> dict[str, Actor]:
    actors = {
        "lawrow": person("Sergej Lawrow", "de"),
        "lavrov": person("Sergei Lavrov", "en"),
        "russland": make_actor("Russland", kind="state", country="RU"),
        "russia": make_actor("Russia", kind="state", country="RU"),
        "wang": make_actor("Wang Yi", country="CN"),
        "lavrentiev": person("Alexander Lawrentjew", "de"),
    }
    make_event("a", actors=[actors["lawrow"], actors["wang"]], date="2024-03-12", precision="day")
    make_event("b", actors=[actors["lavrov"], actors["russia"]], date="2024-03-13", precision="day")
    make_event("c", actors=[actors["lavrov"], actors["russland"]], date="2024-03-14", precision="day")
    return actors


def run(*args: str, language: str = "en") -> str:
    out = StringIO()
    with translation.override(language):
        call_command("merge_duplicate_actors", *args, stdout=out)
    return out.getvalue()


def test_the_preview_lists_the_groups_and_changes_nothing(duplicates):
    output = run("--dry-run")
    # The actor with most events is kept.
    assert f"Sergei Lavrov (#{duplicates['lavrov'].pk}) ← Sergej Lawrow (#{duplicates['lawrow'].pk})" in output
    assert "Russland" in output and "Russia" in output
    assert "Wang Yi" not in output and "Lawrentjew" not in output
    assert "2 actors would be merged." in output
    assert Actor.objects.count() == 6


def test_it_merges_each_group_with_its_events_and_names(duplicates):
    run()
    assert Actor.objects.count() == 4
    lavrov = Actor.objects.get(kind="person", country="RU", name__in=["Sergej Lawrow", "Sergei Lavrov"])
    assert Participant.objects.filter(actor=lavrov).count() == 3
    # Each language keeps its name.
    shown = set(lavrov.aliases.filter(preferred=True).values_list("language", "text"))
    assert shown == {("de", "Sergej Lawrow"), ("en", "Sergei Lavrov")}
    lavrov = Actor.objects.prefetch_related("aliases").get(pk=lavrov.pk)
    assert (lavrov.name_in("de"), lavrov.name_in("en")) == ("Sergej Lawrow", "Sergei Lavrov")
    assert Actor.objects.filter(kind="state", country="RU").count() == 1
    assert run().endswith("0 actors merged.\n")


def test_the_count_is_a_proper_plural_in_german(duplicates):
    duplicates["russia"].delete()
    assert "1 Akteur würde zusammengeführt." in run("--dry-run", language="de")
    assert "1 Akteur zusammengeführt." in run(language="de")
