"""Storing extraction results: idempotent, and never destroying editors' work."""
import copy
import re

import pytest
from django.urls import reverse

from timeline.models import Actor, ActorAlias, Event
from timeline.services import extraction_store

from .factories import make_actor, make_article

pytestmark = pytest.mark.django_db

RESULT = {
    "format": "extraction/1",
    "language": "de",
    "published": "2018-05-31",
    "extractor_version": "0.1.0",
    "actors": [
        {"name": "Mike Pompeo", "kind": "person", "role": "Außenminister", "country": "US",
         "aliases": ["Pompeo"]},
        {"name": "Kim Yong Chol", "kind": "person", "role": "Unterhändler", "country": "KP",
         "aliases": ["Kim"]},
        {"name": "Sergej Lawrow", "kind": "person", "role": "Außenminister", "country": "RU",
         "aliases": ["Lawrow"]},
    ],
    "events": [
        {"kind": "meeting", "participants": ["Mike Pompeo", "Kim Yong Chol"],
         "place": "New York", "date": "2018-05-30", "date_precision": "day",
         "date_text": "am Mittwoch", "status": "happened", "confidence": 0.8,
         "evidence": {"start": 0, "end": 40, "text": "Pompeo und Kim trafen sich in New York."}},
        {"kind": "statement", "speaker": "Sergej Lawrow", "quote": "Ultimaten lösen nichts",
         "date": "2018-05-30", "date_precision": "day", "date_text": "am Mittwoch",
         "status": "happened", "confidence": 0.9,
         "evidence": {"start": 41, "end": 90, "text": "Ultimaten lösen nichts, sagte Lawrow."}},
    ],
    "timexes": [],
}


@pytest.fixture
def article():
    return make_article("Pompeo und Kim trafen sich in New York. Lawrow sprach.", published="2018-05-31")


def test_it_stores_actors_events_participants_and_evidence(article):
    report = extraction_store(article=article, result=RESULT)
    assert report.events_created == 2
    meeting = Event.objects.get(kind="meeting")
    assert meeting.title == "Mike Pompeo trifft Kim Yong Chol"
    assert (meeting.date_value, meeting.date_precision, str(meeting.date_start)) == (
        "2018-05-30", "day", "2018-05-30",
    )
    assert sorted(meeting.actors.values_list("name", flat=True)) == ["Kim Yong Chol", "Mike Pompeo"]
    evidence = meeting.evidence.get()
    assert (evidence.article, evidence.start, evidence.end) == (article, 0, 40)
    statement = Event.objects.get(kind="statement")
    assert statement.participants.get().role == "speaker"
    assert Actor.objects.get(name="Mike Pompeo").aliases.filter(text="Pompeo").exists()


def test_running_it_twice_changes_nothing(article):
    extraction_store(article=article, result=RESULT)
    before = sorted(Event.objects.values_list("title", "date_value"))
    aliases = sorted(ActorAlias.objects.values_list("text", "language", "preferred"))
    extraction_store(article=article, result=RESULT)
    assert sorted(Event.objects.values_list("title", "date_value")) == before
    assert Actor.objects.count() == 3
    assert sorted(ActorAlias.objects.values_list("text", "language", "preferred")) == aliases


def test_verified_and_edited_events_survive_reprocessing(article):
    extraction_store(article=article, result=RESULT)
    meeting = Event.objects.get(kind="meeting")
    meeting.title = "Abendessen in New York"
    meeting.review_status = Event.Review.EDITED
    meeting.save()
    changed = copy.deepcopy(RESULT)
    changed["events"] = changed["events"][1:]  # a new extractor no longer finds the meeting
    extraction_store(article=article, result=changed)
    meeting.refresh_from_db()
    assert meeting.title == "Abendessen in New York"
    assert meeting.evidence.filter(article=article).exists()


def test_untouched_extracted_events_are_replaced(article):
    extraction_store(article=article, result=RESULT)
    changed = copy.deepcopy(RESULT)
    changed["events"] = changed["events"][1:]
    extraction_store(article=article, result=changed)
    assert list(Event.objects.values_list("kind", flat=True)) == ["statement"]


def test_a_rejected_event_is_not_recreated(article):
    extraction_store(article=article, result=RESULT)
    Event.objects.filter(kind="meeting").update(review_status=Event.Review.REJECTED)
    report = extraction_store(article=article, result=RESULT)
    assert report.events_skipped_rejected == 1
    assert Event.objects.filter(kind="meeting").count() == 1


def test_the_same_meeting_in_two_articles_is_one_event_with_two_sources(article):
    extraction_store(article=article, result=RESULT)
    english = make_article("Pompeo met Kim Yong Chol in New York.", language="en", published="2018-05-31")
    result = copy.deepcopy(RESULT)
    result["language"] = "en"
    result["actors"][0]["aliases"] = ["Secretary Pompeo"]
    result["events"][0]["evidence"] = {"start": 0, "end": 37, "text": english.text}
    extraction_store(article=english, result=result)
    meeting = Event.objects.get(kind="meeting")
    assert set(meeting.articles.all()) == {article, english}
    assert set(Actor.objects.get(name="Mike Pompeo").aliases.values_list("text", flat=True)) == {
        "Mike Pompeo", "Pompeo", "Secretary Pompeo",
    }


def test_editors_actors_and_aliases_win(article):
    # An editor said "Kim" in this sense is Kim Yong Chol's alias, and fixed his role.
    kim = make_actor("Kim Yong Chol", country="KP", role="Vizevorsitzender", edited=True)
    result = copy.deepcopy(RESULT)
    result["actors"][1] = {"name": "Kim", "kind": "person", "role": "General", "country": None, "aliases": []}
    result["events"][0]["participants"] = ["Mike Pompeo", "Kim"]
    ActorAlias.objects.create(actor=kim, text="Kim", edited=True)
    extraction_store(article=article, result=result)
    kim.refresh_from_db()
    assert kim.role == "Vizevorsitzender"
    assert not Actor.objects.filter(name="Kim").exists()
    assert Event.objects.get(kind="meeting").actors.filter(pk=kim.pk).exists()


def test_an_undated_event_stays_undated(article):
    result = copy.deepcopy(RESULT)
    result["events"][0].update(date=None, date_precision=None, date_text=None)
    extraction_store(article=article, result=result)
    meeting = Event.objects.get(kind="meeting")
    assert meeting.date_value == "" and meeting.date_start is None


def test_a_part_of_a_month_keeps_the_month_and_its_modifier(article, client, all_events_public):
    result = copy.deepcopy(RESULT)
    result["events"][0].update(
        date="2018-06", date_precision="month", date_text="Anfang Juni", date_modifier="early"
    )
    extraction_store(article=article, result=result)
    meeting = Event.objects.get(kind="meeting")
    assert (meeting.date_value, meeting.date_modifier) == ("2018-06", "early")
    page = client.get(meeting.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de")
    assert "Anfang Juni 2018" in page.content.decode()


def test_an_undated_event_is_placed_at_the_first_report_of_it(article):
    result = copy.deepcopy(RESULT)
    result["events"][0].update(date=None, date_precision=None, date_text=None)
    extraction_store(article=article, result=result)
    meeting = Event.objects.get(kind="meeting")
    assert meeting.date_start is None and str(meeting.sort_date) == "2018-05-31"
    # An earlier article reporting the same meeting moves it to that day; the dated
    # statement stays at its own date.
    earlier = make_article("Pompeo und Kim trafen sich in New York. Ein früherer Bericht.",
                           published="2018-05-20")
    extraction_store(article=earlier, result=result)
    meeting.refresh_from_db()
    assert str(meeting.sort_date) == "2018-05-20"
    assert str(Event.objects.get(kind="statement").sort_date) == "2018-05-30"
    # Re-extracting the earlier article without the meeting gives the day of the other back.
    result["events"] = result["events"][1:]
    extraction_store(article=earlier, result=result)
    meeting.refresh_from_db()
    assert str(meeting.sort_date) == "2018-05-31"


def test_a_part_of_a_period_sorts_and_filters_by_its_days(article, client, all_events_public):
    # "Ende Juni": the last third of June; a reader asking for 1–20 June does not get it,
    # one asking for 25–30 June does, and it sorts after an event of 20 June (as the whole
    # month it would have come first).
    result = copy.deepcopy(RESULT)
    result["events"][0].update(
        date="2018-06", date_precision="month", date_text="Ende Juni", date_modifier="late"
    )
    result["events"][1].update(date="2018-06-20", date_precision="day", date_text="am 20. Juni")
    extraction_store(article=article, result=result)
    meeting = Event.objects.get(kind="meeting")
    assert (str(meeting.date_start), str(meeting.date_end)) == ("2018-06-21", "2018-06-30")
    index = reverse("timeline:index")

    statement = Event.objects.get(kind="statement")

    def shown(query):
        page = client.get(f"{index}?{query}", HTTP_ACCEPT_LANGUAGE="de").content.decode()
        linked = re.findall(r'<p class="event__title"><a href="([^"]+)">', page)
        return [e.kind for e in (meeting, statement) if any(h.endswith(e.get_absolute_url()) for h in linked)]

    assert shown("date_from=2018-06-01&date_to=2018-06-20") == ["statement"]
    assert shown("date_from=2018-06-25&date_to=2018-06-30") == ["meeting"]
    ordered = list(Event.objects.order_by("sort_date").values_list("kind", flat=True))
    assert ordered == ["statement", "meeting"]
