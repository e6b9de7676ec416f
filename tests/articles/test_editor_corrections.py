"""Corrections editors make to actors and aliases improve the next extraction."""
import datetime

import pytest

from articles.processing import article_process
from articles.services import article_create
from timeline.models import Actor, ActorAlias, Event

pytestmark = pytest.mark.django_db

TEXT = (
    "Am Dienstag empfing Staatsrat Vandermeulen in Brüssel die Außenministerin Lea Park. "
    "Vandermeulen sagte danach, die Gespräche seien offen gewesen."
)


def process(text: str) -> Event:
    article, _ = article_create(
        title="Brüssel", text=text, language="de", published=datetime.date(2024, 3, 7)
    )
    article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "done", article.error
    return article


def test_actors_an_editor_added_are_found_in_the_next_article():
    before = process(TEXT)
    names = set(Actor.objects.filter(events__articles=before).values_list("name", flat=True))
    # The statistical model alone misses the state councillor: the meeting is the minister's
    # visit to Belgium and the statement has no speaker.
    assert "Lea Park" in names and not any("Vandermeulen" in name for name in names)

    ActorAlias.objects.create(
        actor=Actor.objects.create(name="Jan Vandermeulen", kind="person", country="BE", edited=True),
        text="Vandermeulen",
        edited=True,
    )

    after = process(TEXT + " Ein Folgetreffen ist geplant.")
    meeting = Event.objects.filter(kind="meeting", articles=after).get()
    assert set(meeting.actors.values_list("name", flat=True)) >= {"Jan Vandermeulen", "Lea Park"}
    statement = Event.objects.filter(kind="statement", articles=after).get()
    assert statement.actors.get().name == "Jan Vandermeulen"


SUMMIT = (
    "Präsident Emil Varga sagte den für Juni geplanten Gipfel mit Moldau am Montag ab. "
    "Zuvor hatte Ion Rusu die Bedingungen kritisiert."
)


def test_a_leader_an_editor_recorded_takes_the_states_place_at_the_next_summit():
    before = process(SUMMIT)
    summit = Event.objects.filter(kind="meeting", articles=before).get()
    assert "Moldau" in set(summit.actors.values_list("name", flat=True))

    rusu = Actor.objects.get(name="Ion Rusu")
    rusu.role, rusu.country, rusu.edited = "Präsident", "MD", True
    rusu.save()

    after = process(SUMMIT + " Ein neuer Termin steht nicht fest.")
    summit = Event.objects.filter(kind="meeting", articles=after).get()
    assert set(summit.actors.values_list("name", flat=True)) == {"Emil Varga", "Ion Rusu"}
