"""The actor search behind the autocomplete and /api/actors/ (`selectors.actors_search`)
reads trigram indexes (migration 0007) and must give exactly what the plain
`name icontains q OR alias icontains q` gives, on names that are easy to get wrong."""

from __future__ import annotations

import pytest
from django.db.models import Q
from django.urls import reverse

from timeline import selectors
from timeline.lib.transliteration import name_keys
from timeline.models import Actor, ActorAlias

from .factories import make_actor

pytestmark = pytest.mark.django_db

ACTORS = {
    # name: (kind, country, aliases)
    "Kim Jong Un": ("person", "KP", ["Machthaber Kim", "Kim Jong-un"]),
    "Kim Yo Jong": ("person", "KP", []),
    "Moon Jae-in": ("person", "KR", ["문재인", "Präsident Moon"]),
    "Recep Tayyip Erdoğan": ("person", "TR", ["Erdogan", "Präsident Erdoğan"]),
    "Cem Özdemir": ("person", "DE", ["Landwirtschaftsminister Özdemir"]),
    "Jean-Yves Le Drian": ("person", "FR", ["Le Drian"]),
    "Wolfgang Schäuble": ("person", "DE", ["Bundestagspräsident"]),
    "Mike Pompeo": ("person", "US", ["US-Außenminister", "Secretary of State Pompeo"]),
    "Ursula von der Leyen": ("person", "DE", ["Präsidentin der EU-Kommission"]),
    "EU": ("organization", "", ["Europäische Union"]),
    "UN": ("organization", "", ["Vereinte Nationen", "UNO"]),
    "São Tomé und Príncipe": ("state", "ST", []),
    'Bewegung "Neue Zeit"': ("organization", "UA", ["Rate_100%"]),
    "Ahmad al-Scharaa": ("person", "SY", ["al-Dscholani"]),
    "Shinzō Abe": ("person", "JP", []),
}

QUERIES = [
    # names, in any case, any part
    "kim", "KIM", "Kim Jong", "kim jong un", "jong", "yo j", "im Jo", "abe", "Shinzō",
    # accents, and letters whose case only Unicode folds
    "Erdoğan", "erdoğan", "ERDOĞAN", "erdogan", "Özdemir", "özdemir", "ÖZDEMIR", "zdem",
    "São", "sao", "tomé", "TOMÉ", "príncipe",
    # hyphens and other punctuation
    "Jean-Yves", "n-yv", "-Yves", "al-", "al-Sch", "Jae-in", "jong-un", "EU-Kom",
    '"Neue', 'Zeit"', '"', "_1", "100%", "%", "e_1",
    # only an alias has it
    "Außenminister", "außen", "AUSSEN", "Secretary", "Machthaber", "문재", "Dscholani",
    "Vereinte", "bundestag",
    # two letters: too short for the trigram index
    "EU", "eu", "Eu", "UN", "un", "Ki", "ki", "ög", "Ö", "ğa", "Ja", "-Y", "xq", "zz",
    # nothing
    "Trump", "xyz", "Kim Jong Il",
]


@pytest.fixture
def actors() -> None:
    for name, (kind, country, aliases) in ACTORS.items():
        actor = make_actor(name, kind=kind, country=country)
        for text in aliases:
            ActorAlias.objects.create(actor=actor, text=text)
    # Many actors without a match, so the names are not all on one page.
    for i in range(40):
        make_actor(f"Staat {i:02d}", kind="state", country="DE")


def plain(q: str, *, country: str = "", limit: int = 100) -> list[str]:
    """The answer before the indexes: `icontains` on names and alias texts, by name; from
    three characters on also an alias spelled the same by transliteration rules (so
    "ERDOĞAN", whose "Ğ" SQLite's LIKE does not fold, finds "Erdogan")."""
    match = Q(name__icontains=q) | Q(aliases__text__icontains=q)
    if len(q) >= 3:
        keys = [key for key in set(name_keys(q).values()) if key]
        match |= Q(aliases__key_de__in=keys) | Q(aliases__key_en__in=keys)
    actors = Actor.objects.filter(match)
    if country:
        actors = actors.filter(country=country)
    return list(actors.distinct().order_by("name", "pk").values_list("name", flat=True)[:limit])


def names(actors: list[Actor]) -> list[str]:
    return [actor.name for actor in actors]


@pytest.mark.parametrize("q", QUERIES)
def test_it_gives_the_plain_icontains_answer(actors, q):
    assert names(selectors.actors_search(q, limit=100)) == plain(q)
    # A short page is the first part of the same list, in the same order.
    assert names(selectors.actors_search(q, limit=2)) == plain(q, limit=2)


@pytest.mark.parametrize("q", ["kim", "Ki", "Präsident", "e", "St", "Staat 1"])
def test_it_gives_the_plain_answer_within_a_country(actors, q):
    assert names(selectors.actors_search(q, country="de", limit=100)) == plain(q, country="DE")


def test_it_finds_what_users_type(actors):
    assert names(selectors.actors_search("kim", limit=15)) == ["Kim Jong Un", "Kim Yo Jong"]
    assert names(selectors.actors_search("Kim Jong", limit=15)) == ["Kim Jong Un"]
    # An alias finds its actor, shown under its name.
    assert names(selectors.actors_search("Außenminister", limit=15)) == ["Mike Pompeo"]
    assert names(selectors.actors_search("Erdogan", limit=15)) == ["Recep Tayyip Erdoğan"]
    assert names(selectors.actors_search("eu", limit=15)) == [
        'Bewegung "Neue Zeit"', "EU", "Ursula von der Leyen"
    ]
    assert names(selectors.actors_search("Jean-Yves", limit=15)) == ["Jean-Yves Le Drian"]


def test_another_spelling_finds_the_actor(actors):
    lawrow = make_actor("Sergej Lawrow", kind="person", country="RU")
    ActorAlias.objects.create(actor=lawrow, text="Lawrow", language="de")
    assert names(selectors.actors_search("Lavrov", limit=15)) == ["Sergej Lawrow"]
    assert names(selectors.actors_search("Sergei Lavrov", limit=15)) == []  # no full alias yet
    ActorAlias.objects.create(actor=lawrow, text="Sergej Lawrow", language="de")
    assert names(selectors.actors_search("Sergey Lavrov", limit=15)) == ["Sergej Lawrow"]


def test_pages_by_id_see_the_same_actors(actors):
    # The API's keyset pages (`after`, from 0) walk the same actors, by id.
    expected = sorted(
        Actor.objects.filter(name__in=plain("an")).values_list("pk", flat=True)
    )
    seen: list[int] = []
    after = 0
    while page := selectors.actors_search("an", limit=2, after=after):
        seen += [actor.pk for actor in page]
        after = page[-1].pk
    assert seen == expected


def test_it_follows_edits_and_deletions(actors):
    pompeo = Actor.objects.get(name="Mike Pompeo")
    pompeo.name = "Michael Richard Pompeo"
    pompeo.save()
    assert names(selectors.actors_search("Michael", limit=15)) == ["Michael Richard Pompeo"]
    assert names(selectors.actors_search("Mike", limit=15)) == []
    alias = ActorAlias.objects.create(actor=pompeo, text="CIA-Direktor")
    assert names(selectors.actors_search("Direktor", limit=15)) == ["Michael Richard Pompeo"]
    alias.text = "Ex-CIA-Chef"
    alias.save()
    assert names(selectors.actors_search("Direktor", limit=15)) == []
    assert names(selectors.actors_search("CIA-Chef", limit=15)) == ["Michael Richard Pompeo"]
    alias.delete()
    assert names(selectors.actors_search("CIA-Chef", limit=15)) == []
    pompeo.delete()
    assert names(selectors.actors_search("Secretary", limit=15)) == []
    assert names(selectors.actors_search("Pompeo", limit=15)) == []


def test_the_autocomplete_answers_from_the_same_search(client, actors):
    url = reverse("timeline:actor_suggestions")
    html = client.get(f"{url}?actor=Özdemir", HTTP_HX_REQUEST="true").content.decode()
    assert '<option value="Cem Özdemir">' in html
    data = client.get(f"{url}?q=Vereinte").json()
    assert [a["name"] for a in data["actors"]] == ["UN"]


@pytest.mark.parametrize("typed", ["Kim\x00Jong", "Öz\x00", "a" * 201])
def test_the_autocomplete_suggests_nothing_for_what_no_name_holds(client, actors, typed):
    url = reverse("timeline:actor_suggestions")
    assert client.get(url, {"actor": typed}).json() == {"actors": []}
    html = client.get(url, {"actor": typed}, HTTP_HX_REQUEST="true").content.decode()
    assert "<option" not in html
