"""One chronology in two languages: a German and an English report of one meeting are one
event with both sources, each actor is one actor under every spelling, and readers see
names, summaries, roles and places in their own language (issue 16, items 1 and 2)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from articles.extraction import extract
from timeline.models import Actor, ActorAlias, Event
from timeline.services import extraction_store

from .factories import make_actor, make_article, make_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]

# Two short reports of one meeting, written for this test.
GERMAN = (
    "Peking, 13. März 2024. Der russische Außenminister Sergej Lawrow hat am Dienstag in "
    "Peking seinen chinesischen Kollegen Wang Yi getroffen. Lawrow sagte, Russland und China "
    "würden ihre Zusammenarbeit ausbauen. Peking kritisierte am Mittwoch die neuen Sanktionen."
)
ENGLISH = (
    "Beijing, March 13, 2024. Russian Foreign Minister Sergei Lavrov met his Chinese "
    "counterpart Wang Yi in Beijing on Tuesday. Lavrov said that Russia and China would "
    "expand their cooperation. Beijing criticised the new sanctions on Wednesday."
)
PUBLISHED = dt.date(2024, 3, 13)


@pytest.fixture(scope="module")
def extractions() -> dict[str, dict]:
    """The real pipeline's output for both reports (the models load once per module)."""
    return {"de": extract(GERMAN, PUBLISHED, "de"), "en": extract(ENGLISH, PUBLISHED, "en")}


@pytest.fixture
def stored(extractions) -> dict:
    articles = {}
    for language, text in (("de", GERMAN), ("en", ENGLISH)):
        article = make_article(text, language=language, published=PUBLISHED, title=text[:30])
        extraction_store(article=article, result=extractions[language])
        articles[language] = article
    return articles


def page(client, url: str, lang: str) -> str:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    return response.content.decode()


def summaries(html: str) -> list[str]:
    found = re.findall(r'<p class="event__title"><a href="[^"]+">(.+?)</a></p>', html)
    return [re.sub(r"<[^>]+>", "", text) for text in found]


def test_a_german_and_an_english_report_of_one_meeting_are_one_event(stored):
    meeting = Event.objects.get(kind=Event.Kind.MEETING)
    assert set(meeting.articles.all()) == set(stored.values())
    lawrow = Actor.objects.get(kind=Actor.Kind.PERSON, participations__event=meeting, country="RU")
    names = set(lawrow.aliases.values_list("text", "language"))
    assert {("Sergej Lawrow", "de"), ("Lawrow", "de"), ("Sergei Lavrov", "en"), ("Lavrov", "en")} <= names
    # "Russland" and "Russia" are one state, with its names in both languages.
    russia = Actor.objects.get(kind=Actor.Kind.STATE, country="RU")
    assert {"Russland", "Russia"} <= set(russia.aliases.values_list("text", flat=True))
    assert Actor.objects.filter(kind=Actor.Kind.STATE).count() == 2  # Russia, China


def test_readers_see_names_places_and_summaries_in_their_language(client, stored):
    meeting = Event.objects.get(kind=Event.Kind.MEETING)
    german = page(client, meeting.get_absolute_url(), "de")
    english = page(client, meeting.get_absolute_url(), "en")
    assert "Sergej Lawrow trifft Wang Yi" in german
    assert "Sergei Lavrov meets Wang Yi" in english
    assert "<dd>Peking</dd>" in german and "<dd>Beijing</dd>" in english
    # The role the German report gave, in the reader's language.
    def participants(html: str) -> str:
        return html.split('<ul class="participants">')[1].split("</ul>")[0]

    assert "Außenminister" in participants(german) and "Foreign Minister" not in participants(german)
    assert "Foreign Minister" in participants(english) and "Außenminister" not in participants(english)


def test_reported_speech_is_shown_as_reported_in_its_own_language(client, stored):
    english = summaries(page(client, reverse("timeline:index") + "?kind=statement", "en"))
    german = summaries(page(client, reverse("timeline:index") + "?kind=statement", "de"))
    # Each report's words stay in their language, after "said" / "sagte", unquoted.
    assert "Sergei Lavrov said Russland und China würden ihre Zusammenarbeit ausbauen" in english
    assert "Sergei Lavrov said Russia and China would expand their cooperation" in english
    assert "Sergej Lawrow sagte, Russland und China würden ihre Zusammenarbeit ausbauen" in german
    html = page(client, reverse("timeline:index") + "?kind=statement", "en")
    assert '<span lang="de">Russland und China würden ihre Zusammenarbeit ausbauen</span>' in html
    assert "“" not in "".join(english)


@pytest.mark.parametrize("typed", ["Lavrov", "Lawrow", "Sergei Lavrov", "Sergej Lawrow", "Sergey Lavrov"])
def test_every_spelling_finds_the_actor_in_the_filter(client, stored, typed):
    html = page(client, reverse("timeline:index") + f"?actor={typed}", "de")
    assert "Sergej Lawrow trifft Wang Yi" in summaries(html)


@pytest.mark.parametrize("typed", ["China", "Volksrepublik China", "People's Republic of China"])
def test_every_name_of_a_state_finds_it_in_the_filter(client, stored, typed):
    # The meeting's sides are the two ministers (a named person rather than the state, and
    # the dateline "Peking," names no side); the capital that criticised speaks for China.
    found = summaries(page(client, reverse("timeline:index") + f"?actor={typed}", "en"))
    assert found and all(s.startswith("China") for s in found)


def test_the_autocomplete_offers_the_name_in_the_readers_language(client, stored):
    url = reverse("timeline:actor_suggestions") + "?actor=Lawrow"
    english = client.get(url, HTTP_HX_REQUEST="true", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    german = client.get(url, HTTP_HX_REQUEST="true", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert 'value="Sergei Lavrov"' in english and "Foreign Minister" in english
    assert 'value="Sergej Lawrow"' in german and "Außenminister" in german


def test_search_finds_the_event_by_either_spelling(client, stored):
    for word in ("Lavrov", "Lawrow"):
        html = page(client, reverse("timeline:index") + f"?q={word}&kind=meeting", "en")
        assert summaries(html) == ["Sergei Lavrov meets Wang Yi"]


def test_a_state_is_named_in_the_readers_language(client, stored):
    russia = Actor.objects.get(kind=Actor.Kind.STATE, country="RU")
    assert "<h1>Russland</h1>" in page(client, russia.get_absolute_url(), "de")
    assert "<h1>Russia</h1>" in page(client, russia.get_absolute_url(), "en")


def test_a_direct_quote_keeps_its_language_and_its_quotation_marks(client):
    article = make_article("Pompeo sagte: „Wir haben gute Fortschritte gemacht.“", language="de")
    result = {
        "language": "de",
        "extractor_version": "test",
        "actors": [{"name": "Mike Pompeo", "kind": "person", "role": "Außenminister", "country": "US", "aliases": []}],
        "events": [{
            "kind": "statement", "speaker": "Mike Pompeo", "quote": "Wir haben gute Fortschritte gemacht",
            "date": "2018-05-31", "date_precision": "day", "status": "happened", "confidence": 0.9,
            "evidence": {"start": 0, "end": len(article.text), "text": article.text},
        }],
    }
    extraction_store(article=article, result=result)
    event = Event.objects.get()
    assert event.quote_direct and event.quote_language == "de"
    quoted = '<span lang="de">Wir haben gute Fortschritte gemacht</span>'
    assert f"Mike Pompeo: „{quoted}“" in page(client, event.get_absolute_url(), "de")
    assert f"Mike Pompeo: “{quoted}”" in page(client, event.get_absolute_url(), "en")


def test_a_meeting_of_two_reads_as_a_sentence_in_either_language(client):
    kim, moon = make_actor("Kim Jong Un", country="KP"), make_actor("Moon Jae-in", country="KR")
    make_event("Gipfel", actors=[kim, moon], date="2018-04-27", precision="day", place="Peking")
    assert summaries(page(client, reverse("timeline:index"), "de")) == ["Kim Jong Un trifft Moon Jae-in"]
    english = page(client, reverse("timeline:index"), "en")
    assert summaries(english) == ["Kim Jong Un meets Moon Jae-in"]
    assert '<span class="event__place">Beijing</span>' in english


def test_an_editor_can_choose_the_name_shown_in_a_language(client):
    actor = make_actor("Wolodymyr Selenskyj", country="UA")
    ActorAlias.objects.create(actor=actor, text="Volodymyr Zelensky", language="en", preferred=True)
    assert "<h1>Volodymyr Zelensky</h1>" in page(client, actor.get_absolute_url(), "en")
    assert "<h1>Wolodymyr Selenskyj</h1>" in page(client, actor.get_absolute_url(), "de")


def test_the_actors_met_most_are_named_in_the_readers_language(client, stored, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    wang = Actor.objects.get(name="Wang Yi")
    # Both languages in turn: the cached count must not keep the first one's names.
    assert ">Sergej Lawrow</a></th>" in page(client, wang.get_absolute_url(), "de")
    assert ">Sergei Lavrov</a></th>" in page(client, wang.get_absolute_url(), "en")
