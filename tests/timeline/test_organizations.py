"""International organisations under their names in two languages are one actor
("Vereinte Nationen" / "United Nations"), shown in the reader's language (issue 16)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.extraction import extract
from timeline.models import Actor
from timeline.services import extraction_store

from .factories import make_actor, make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]

# Two short reports of one meeting, written for this test.
GERMAN = (
    "Berlin, 3. Mai 2024. Der Generalsekretär der Vereinten Nationen, António Guterres, "
    "traf am Donnerstag in Berlin Bundeskanzler Olaf Scholz. Die Vereinten Nationen "
    "forderten eine Waffenruhe."
)
ENGLISH = (
    "Berlin, May 3, 2024. United Nations Secretary-General António Guterres met German "
    "Chancellor Olaf Scholz in Berlin on Thursday. The United Nations called for a ceasefire."
)
PUBLISHED = dt.date(2024, 5, 3)


@pytest.fixture(scope="module")
def extractions() -> dict[str, dict]:
    """The real pipeline's output for both reports (the models load once per module)."""
    return {"de": extract(GERMAN, PUBLISHED, "de"), "en": extract(ENGLISH, PUBLISHED, "en")}


def store(extractions, *languages: str) -> None:
    for language in languages:
        text = GERMAN if language == "de" else ENGLISH
        article = make_article(text, language=language, published=PUBLISHED, title=text[:30])
        extraction_store(article=article, result=extractions[language])


@pytest.mark.parametrize("order", [("de", "en"), ("en", "de")])
def test_the_united_nations_in_german_and_english_reports_are_one_actor(extractions, order):
    named = {a["name"] for lang in order for a in extractions[lang]["actors"]
             if a["kind"] == "organization"}
    assert {"Vereinte Nationen", "United Nations"} <= named  # each by its name in the language
    store(extractions, *order)
    [un] = Actor.objects.filter(kind=Actor.Kind.ORGANIZATION)
    aliases = set(un.aliases.values_list("text", "language"))
    assert {("Vereinte Nationen", "de"), ("United Nations", "en"), ("UN", "")} <= aliases


def test_a_national_institution_in_german_and_english_reports_is_one_actor():
    # two reports written for this test
    for text, language in (("Das Weiße Haus erklärte am Montag, man sei mit dem Treffen zufrieden.", "de"),
                           ("The White House said on Monday it was pleased with the meeting.", "en")):
        article = make_article(text, language=language, published=PUBLISHED, title=text[:30])
        extraction_store(article=article, result=extract(text, PUBLISHED, language))
    [house] = Actor.objects.filter(kind=Actor.Kind.ORGANIZATION)
    aliases = set(house.aliases.values_list("text", "language"))
    assert {("Weißes Haus", "de"), ("White House", "en")} <= aliases
    assert house.country == "US"


def test_readers_see_the_organisation_named_in_their_language(client, extractions):
    store(extractions, "de", "en")
    un = Actor.objects.get(kind=Actor.Kind.ORGANIZATION)
    german = client.get(un.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(un.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<h1>Vereinte Nationen</h1>" in german
    assert "<h1>United Nations</h1>" in english
    for typed in ("Vereinte Nationen", "United Nations", "UNO"):
        url = reverse("timeline:actor_suggestions") + f"?actor={typed}"
        found = client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()["actors"]
        assert [(a["id"], a["name"]) for a in found] == [(un.pk, un.name)], typed


def test_organisations_stored_twice_before_are_merged_by_the_command():
    make_actor("Vereinte Nationen", kind=Actor.Kind.ORGANIZATION)
    make_actor("United Nations", kind=Actor.Kind.ORGANIZATION)
    make_actor("Ärzte ohne Grenzen", kind=Actor.Kind.ORGANIZATION)
    call_command("merge_duplicate_actors", stdout=io.StringIO())
    names = sorted(Actor.objects.values_list("name", flat=True))
    assert names in (["United Nations", "Ärzte ohne Grenzen"],
                     ["Vereinte Nationen", "Ärzte ohne Grenzen"])
