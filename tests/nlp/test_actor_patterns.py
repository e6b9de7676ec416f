"""Editors' actors and aliases in the database reach the entity ruler (``edited=True`` is
what the admin and the merge service set)."""
from __future__ import annotations

import pytest

from articles import nlp
from articles.extraction.pipelines import entity_info
from timeline.models import Actor, ActorAlias

pytestmark = pytest.mark.django_db

TEXT = "Am Abend traf der Gesandte Ri Son Gwon in Seoul ein. Son Gwon sprach kurz mit Reportern."


def _actor_ents(text: str):
    pipelines = nlp.get_pipelines()
    analysis = pipelines.analyse(text, "de")
    return [(e.text, e.ent_id_, entity_info(e)) for s in analysis.segments for e in s.doc.ents
            if e.ent_id_.startswith("actor:")]


def test_an_alias_added_by_an_editor_is_recognised_by_the_next_analysis():
    actor = Actor.objects.create(name="Ri Son Gwon", kind="person", country="KP",
                                 role="Unterhändler", edited=True)
    found = _actor_ents(TEXT)
    assert [(t, i) for t, i, _ in found] == [("Ri Son Gwon", f"actor:{actor.pk}")]
    assert (found[0][2].kind, found[0][2].country, found[0][2].role) == ("person", "KP", "Unterhändler")

    ActorAlias.objects.create(actor=actor, text="Son Gwon", language="de", edited=True)
    found = _actor_ents(TEXT)
    assert [(t, i) for t, i, _ in found] == [("Ri Son Gwon", f"actor:{actor.pk}"),
                                             ("Son Gwon", f"actor:{actor.pk}")]


def test_an_edited_alias_of_an_extracted_actor_counts():
    actor = Actor.objects.create(name="Ri Son Gwon", kind="person")  # made by the extraction
    assert not _actor_ents(TEXT)
    ActorAlias.objects.create(actor=actor, text="Son Gwon", edited=True)
    assert [t for t, _, _ in _actor_ents(TEXT)] == ["Son Gwon", "Son Gwon"]


def test_unchanged_tables_do_not_rebuild_patterns():
    Actor.objects.create(name="Vereinte Nationen", kind="organization", edited=True)
    nlp.refresh_actor_patterns()
    assert nlp.refresh_actor_patterns() is False
    # Actors the extraction adds during a bulk import cost nothing.
    Actor.objects.create(name="Arabische Liga", kind="organization")
    assert nlp.refresh_actor_patterns() is False
    Actor.objects.create(name="Afrikanische Union", kind="organization", edited=True)
    assert nlp.refresh_actor_patterns() is True


def test_deleted_actor_is_forgotten():
    actor = Actor.objects.create(name="Ri Son Gwon", kind="person", edited=True)
    assert _actor_ents(TEXT)
    actor.delete()
    assert not _actor_ents(TEXT)
