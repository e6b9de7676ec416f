"""Editors' corrections survive everything: every way an editor changes an event marks it
edited, and re-running an article updates untouched events in place (same ids), never
overwrites or doubles a corrected one and never brings a rejected one back."""
import copy
import json

import pytest
from django.urls import reverse

from timeline.models import Actor, ActorAlias, Event, Evidence, Participant
from timeline.services import actors_merge, event_mark_edited, events_merge, extraction_store

from .admin_forms import admin_form_data
from .factories import make_actor, make_article

pytestmark = pytest.mark.django_db

TEXT = (
    "Sergei Lavrov met Antony Blinken in Geneva on Tuesday. "
    "Lavrov said that ultimatums solve nothing."
)
MEETING_SPAN = (0, 54)
STATEMENT_SPAN = (55, len(TEXT))

RESULT = {
    "format": "extraction/1",
    "language": "en",
    "published": "2023-01-12",
    "extractor_version": "1.0",
    "actors": [
        {"name": "Sergei Lavrov", "kind": "person", "role": "Foreign Minister", "country": "RU",
         "aliases": ["Lavrov", "the minister"]},
        {"name": "Antony Blinken", "kind": "person", "role": "Secretary of State", "country": "US",
         "aliases": ["Blinken"]},
    ],
    "events": [
        {"kind": "meeting", "participants": ["Sergei Lavrov", "Antony Blinken"], "place": "Geneva",
         "date": "2023-01-10", "date_precision": "day", "date_text": "on Tuesday",
         "status": "happened", "confidence": 0.8,
         "evidence": {"start": MEETING_SPAN[0], "end": MEETING_SPAN[1],
                      "text": TEXT[slice(*MEETING_SPAN)]}},
        {"kind": "statement", "speaker": "Sergei Lavrov", "quote": "ultimatums solve nothing",
         "date": "2023-01-12", "date_precision": "day", "date_text": None,
         "status": "happened", "confidence": 0.7,
         "evidence": {"start": STATEMENT_SPAN[0], "end": STATEMENT_SPAN[1],
                      "text": TEXT[slice(*STATEMENT_SPAN)]}},
    ],
    "timexes": [],
}


@pytest.fixture
def article():
    return make_article(TEXT, language="en", published="2023-01-12", title="Lavrov in Geneva")


@pytest.fixture
def stored(article):
    extraction_store(article=article, result=RESULT)
    return {
        "meeting": Event.objects.get(kind="meeting"),
        "statement": Event.objects.get(kind="statement"),
    }


def rerun(article, result=RESULT):
    return extraction_store(article=article, result=copy.deepcopy(result))


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def uids(client) -> set[str]:
    """The iCalendar UIDs (what calendar subscribers tell events apart by)."""
    text = body(client.get(reverse("timeline:export", args=["ics"]))).decode()
    return {line.strip() for line in text.splitlines() if line.startswith("UID:")}


def timelinejs_ids(client) -> set[str]:
    data = json.loads(body(client.get(reverse("timeline:export", args=["json"]))))
    return {event["unique_id"] for event in data["events"]}


# --- Re-running an article ------------------------------------------------------------


def test_a_rerun_keeps_the_ids_of_untouched_events(article, stored, admin_client):
    before = uids(admin_client), timelinejs_ids(admin_client)
    changed = copy.deepcopy(RESULT)
    changed["events"][1]["confidence"] = 0.75
    report = rerun(article, changed)
    assert report.events_created == 0 and report.events_updated == 2
    assert set(Event.objects.values_list("pk", flat=True)) == {e.pk for e in stored.values()}
    assert admin_client.get(f"/events/{stored['meeting'].pk}/").status_code == 200
    assert len(before[0]) == 2 and (uids(admin_client), timelinejs_ids(admin_client)) == before


def test_a_rerun_updates_an_untouched_event_in_place(article, stored):
    changed = copy.deepcopy(RESULT)
    changed["events"][0].update(date="2023-01-09", date_text="on Monday", place="Genf")
    changed["extractor_version"] = "1.1"
    rerun(article, changed)
    meeting = Event.objects.get(kind="meeting")
    assert meeting.pk == stored["meeting"].pk
    assert (meeting.date_value, meeting.place, str(meeting.date_start)) == (
        "2023-01-09", "Genf", "2023-01-09",
    )
    assert meeting.review_status == Event.Review.EXTRACTED
    assert list(meeting.evidence.values_list("extractor_version", flat=True)) == ["1.1"]


def test_an_event_found_no_more_goes_when_untouched(article, stored):
    changed = copy.deepcopy(RESULT)
    changed["events"] = changed["events"][1:]
    rerun(article, changed)
    assert list(Event.objects.values_list("pk", flat=True)) == [stored["statement"].pk]


def test_a_new_event_in_the_same_sentence_is_added_beside_the_old_one(article, stored):
    changed = copy.deepcopy(RESULT)
    other = copy.deepcopy(changed["events"][0])
    other["participants"] = ["Sergei Lavrov", "Swiss hosts"]
    changed["actors"].append({"name": "Swiss hosts", "kind": "organization", "aliases": []})
    changed["events"].append(other)
    rerun(article, changed)
    meetings = Event.objects.filter(kind="meeting")
    assert meetings.count() == 2
    assert stored["meeting"] in meetings
    assert set(stored["meeting"].actors.values_list("name", flat=True)) == {
        "Sergei Lavrov", "Antony Blinken",
    }


def test_the_issue_scenario_date_corrected_quote_rejected_actors_merged_rerun(
    article, stored, admin_client
):
    """Change the meeting's date, reject the quote, merge "Sergei Lavrov" into an
    existing "Sergej Lawrow", re-run: no duplicate, the quote stays away, the same ids."""
    meeting, statement = stored["meeting"], stored["statement"]
    lawrow = make_actor("Sergej Lawrow", country="RU")
    lavrov = Actor.objects.get(name="Sergei Lavrov")

    url = reverse("admin:timeline_event_change", args=[meeting.pk])
    data = admin_form_data(admin_client.get(url))
    data["date_value"] = "2023-01-11"
    assert admin_client.post(url, data).status_code == 302
    admin_client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "mark_rejected", "_selected_action": [statement.pk]},
    )
    admin_client.post(
        reverse("admin:timeline_actor_changelist"),
        {"action": "merge_actors", "_selected_action": [lawrow.pk, lavrov.pk], "keep": lawrow.pk},
    )
    assert not Actor.objects.filter(pk=lavrov.pk).exists()

    result = copy.deepcopy(RESULT)
    result["actors"][0]["actor_id"] = lavrov.pk  # a pipeline still knowing the merged actor
    report = rerun(article, result)

    assert report.events_created == 0
    assert sorted(Event.objects.values_list("pk", "kind")) == sorted(
        [(meeting.pk, "meeting"), (statement.pk, "statement")]
    )
    meeting.refresh_from_db()
    assert (meeting.date_value, meeting.review_status) == ("2023-01-11", Event.Review.EDITED)
    assert set(meeting.actors.values_list("name", flat=True)) == {"Sergej Lawrow", "Antony Blinken"}
    statement.refresh_from_db()
    assert statement.review_status == Event.Review.REJECTED
    assert not Actor.objects.filter(name="Sergei Lavrov").exists()


def test_a_rejected_quote_stays_away_when_another_article_reports_it_after_a_merge(article, stored):
    statement = stored["statement"]
    statement.review_status = Event.Review.REJECTED
    statement.save()
    lawrow = make_actor("Sergej Lawrow", country="RU")
    actors_merge(keep=lawrow, merge=[Actor.objects.get(name="Sergei Lavrov")])

    german = make_article("Lawrow sagte, Ultimaten lösten nichts.", published="2023-01-12")
    result = copy.deepcopy(RESULT)
    result["language"] = "de"
    result["actors"] = [{"name": "Sergej Lawrow", "kind": "person", "aliases": []}]
    result["events"] = [copy.deepcopy(RESULT["events"][1])]
    result["events"][0]["speaker"] = "Sergej Lawrow"
    result["events"][0]["evidence"] = {"start": 0, "end": len(german.text), "text": german.text}
    report = extraction_store(article=german, result=result)
    assert report.events_skipped_rejected == 1
    assert Event.objects.filter(kind="statement").count() == 1


def test_role_words_never_become_aliases(article, stored):
    lavrov = Actor.objects.get(name="Sergei Lavrov")
    # The name itself is stored as the alias of its language (issue 16), the role words not.
    assert set(lavrov.aliases.values_list("text", flat=True)) == {"Sergei Lavrov", "Lavrov"}


# --- Every way an editor corrects an event marks it edited ---------------------------------


def test_the_service_marks_extracted_events_edited_and_leaves_reviewed_ones(stored):
    meeting, statement = stored["meeting"], stored["statement"]
    assert event_mark_edited(event=meeting).review_status == Event.Review.EDITED
    for status in (Event.Review.VERIFIED, Event.Review.REJECTED):
        statement.review_status = status
        statement.save()
        assert event_mark_edited(event=statement).review_status == status


def test_a_participant_corrected_in_the_inline_marks_the_event_edited_and_survives(
    article, stored, admin_client
):
    meeting = stored["meeting"]
    guterres = make_actor("António Guterres")
    url = reverse("admin:timeline_event_change", args=[meeting.pk])
    data = admin_form_data(admin_client.get(url))
    blinken_row = next(
        key[: -len("-actor")] for key, value in data.items()
        if key.startswith("participants-") and key.endswith("-actor")
        and value == str(Actor.objects.get(name="Antony Blinken").pk)
    )
    data[f"{blinken_row}-actor"] = str(guterres.pk)
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    meeting.refresh_from_db()
    assert meeting.review_status == Event.Review.EDITED

    rerun(article)
    assert Event.objects.filter(kind="meeting").count() == 1
    assert set(Event.objects.get(kind="meeting").actors.values_list("name", flat=True)) == {
        "Sergei Lavrov", "António Guterres",
    }


def test_an_evidence_corrected_in_the_inline_marks_the_event_edited(stored, admin_client):
    meeting = stored["meeting"]
    url = reverse("admin:timeline_event_change", args=[meeting.pk])
    data = admin_form_data(admin_client.get(url))
    data["evidence-0-sentence"] = "Sergei Lavrov met Antony Blinken in Geneva."
    assert admin_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.review_status == Event.Review.EDITED


def test_saving_the_form_unchanged_leaves_the_event_extracted(stored, admin_client):
    meeting = stored["meeting"]
    url = reverse("admin:timeline_event_change", args=[meeting.pk])
    assert admin_client.post(url, admin_form_data(admin_client.get(url))).status_code == 302
    meeting.refresh_from_db()
    assert meeting.review_status == Event.Review.EXTRACTED


def test_the_participant_admin_marks_the_event_edited(article, stored, admin_client):
    statement = stored["statement"]
    participant = statement.participants.get()
    other = make_actor("Maria Sacharowa")
    url = reverse("admin:timeline_participant_change", args=[participant.pk])
    data = admin_form_data(admin_client.get(url))
    data["actor"] = str(other.pk)
    assert admin_client.post(url, data).status_code == 302
    statement.refresh_from_db()
    assert statement.review_status == Event.Review.EDITED
    rerun(article)
    assert list(Event.objects.filter(kind="statement").values_list("pk", flat=True)) == [statement.pk]
    assert statement.actors.get().name == "Maria Sacharowa"


def test_deleting_a_participant_in_its_admin_marks_the_event_edited(stored, admin_client):
    meeting = stored["meeting"]
    participant = meeting.participants.first()
    admin_client.post(
        reverse("admin:timeline_participant_delete", args=[participant.pk]), {"post": "yes"}
    )
    meeting.refresh_from_db()
    assert meeting.review_status == Event.Review.EDITED


def test_the_evidence_admin_marks_the_event_edited(article, stored, admin_client):
    meeting = stored["meeting"]
    evidence = meeting.evidence.get()
    url = reverse("admin:timeline_evidence_change", args=[evidence.pk])
    data = admin_form_data(admin_client.get(url))
    data["sentence"] = "Lavrov and Blinken met in Geneva."
    assert admin_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.review_status == Event.Review.EDITED
    rerun(article)
    assert meeting.evidence.get().sentence == "Lavrov and Blinken met in Geneva."


def test_an_actor_merge_marks_the_events_edited(stored):
    lawrow = make_actor("Sergej Lawrow")
    actors_merge(keep=lawrow, merge=[Actor.objects.get(name="Sergei Lavrov")])
    for event in stored.values():
        event.refresh_from_db()
        assert event.review_status == Event.Review.EDITED
        assert event.actors.filter(pk=lawrow.pk).exists()


def test_an_event_merge_keeps_every_evidence_and_participant_and_survives_reruns(stored):
    first = stored["meeting"]
    second_article = make_article(
        "Blinken and Lavrov met in Geneva, with the Swiss foreign minister.",
        language="en", published="2023-01-12",
    )
    result = copy.deepcopy(RESULT)
    swiss = {"name": "Ignazio Cassis", "kind": "person", "aliases": []}
    result["actors"].append(swiss)
    result["events"] = [copy.deepcopy(RESULT["events"][0])]
    result["events"][0].update(
        participants=["Antony Blinken", "Sergei Lavrov", "Ignazio Cassis"], date="2023-01",
        date_precision="month",
        evidence={"start": 0, "end": len(second_article.text), "text": second_article.text},
    )
    extraction_store(article=second_article, result=result)
    second = Event.objects.exclude(pk__in=[e.pk for e in stored.values()]).get()

    events_merge(keep=first, merge=[second])

    assert not Event.objects.filter(pk=second.pk).exists()
    first.refresh_from_db()
    assert first.review_status == Event.Review.EDITED
    assert set(first.evidence.values_list("article_id", flat=True)) == {
        stored["meeting"].evidence.get(article__title="Lavrov in Geneva").article_id,
        second_article.pk,
    }
    assert set(first.actors.values_list("name", flat=True)) == {
        "Sergei Lavrov", "Antony Blinken", "Ignazio Cassis",
    }
    extraction_store(article=second_article, result=copy.deepcopy(result))
    assert Event.objects.filter(kind="meeting").count() == 1


def test_the_event_merge_action_asks_which_event_to_keep_and_merges(stored, admin_client):
    first = stored["meeting"]
    article = make_article("Lavrov and Blinken met.", language="en")
    duplicate = Event.objects.create(kind="meeting", title="Lavrov meets Blinken")
    Evidence.objects.create(event=duplicate, article=article, sentence=article.text, start=0,
                            end=len(article.text), extractor_version="1.0")
    url = reverse("admin:timeline_event_changelist")
    ask = admin_client.post(url, {"action": "merge_events", "_selected_action": [first.pk, duplicate.pk]})
    assert ask.status_code == 200 and b'name="keep"' in ask.content
    assert b"Lavrov and Blinken met." in ask.content
    done = admin_client.post(
        url, {"action": "merge_events", "_selected_action": [first.pk, duplicate.pk], "keep": first.pk}
    )
    assert done.status_code == 302
    assert not Event.objects.filter(pk=duplicate.pk).exists()
    assert first.evidence.count() == 2


def test_the_migration_removes_role_aliases_and_keeps_names():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("timeline.migrations.0012_remove_role_aliases")
    lawrow = make_actor("Sergej Lawrow")
    for text in ("Minister", "Außenminister", "Lawrow", "the foreign minister"):
        ActorAlias.objects.create(actor=lawrow, text=text, edited=True)
    migration.remove_role_aliases(apps, None)
    assert list(lawrow.aliases.values_list("text", flat=True)) == ["Lawrow"]


def test_an_actor_merge_does_not_turn_a_role_name_into_an_alias():
    lawrow = make_actor("Sergej Lawrow")
    office = make_actor("Außenminister")
    ActorAlias.objects.create(actor=office, text="der Minister")
    actors_merge(keep=lawrow, merge=[office])
    assert list(lawrow.aliases.values_list("text", flat=True)) == []


def test_an_untouched_event_that_turns_out_to_be_another_articles_event_joins_it(article, stored):
    other_article = make_article("Lavrov and Blinken met in Geneva on Monday.", language="en")
    result = copy.deepcopy(RESULT)
    result["events"] = [copy.deepcopy(RESULT["events"][0])]
    result["events"][0].update(
        date="2023-01-09", evidence={"start": 0, "end": 10, "text": other_article.text[:10]}
    )
    extraction_store(article=other_article, result=result)
    reported = Event.objects.get(kind="meeting", articles=other_article)
    assert reported.pk != stored["meeting"].pk

    better = copy.deepcopy(RESULT)
    better["events"][0]["date"] = "2023-01-09"  # this run reads the date as the other article
    rerun(article, better)
    assert list(Event.objects.filter(kind="meeting").values_list("pk", flat=True)) == [reported.pk]
    assert set(reported.articles.all()) == {article, other_article}
