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


LAVROV = (
    "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in "
    "Geneva on Friday. Lavrov said afterwards that the talks had been useful."
)


def test_a_correction_and_a_rejection_survive_an_actor_merge_and_a_rerun():
    """The issue's scenario with the real pipeline: correct the meeting's date, reject the
    quote, merge "Sergei Lavrov" into "Sergej Lawrow", re-run the article."""
    from articles.services import article_request_processing
    from timeline.services import actors_merge, event_mark_edited

    article, _ = article_create(
        title="Lavrov in Genf", text=LAVROV, language="en", published=datetime.date(2022, 1, 22)
    )
    article_process(article_id=article.pk)
    meeting = Event.objects.get(kind="meeting", articles=article)
    statement = Event.objects.get(kind="statement", articles=article)
    meeting.set_date("2022-01-20", "day", "on Friday")
    meeting.save()
    event_mark_edited(event=meeting)
    statement.review_status = Event.Review.REJECTED
    statement.save()
    lawrow = Actor.objects.create(name="Sergej Lawrow", kind="person", country="RU", edited=True)
    actors_merge(keep=lawrow, merge=[Actor.objects.get(name="Sergei Lavrov")])

    article_request_processing(article=article)
    article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "done", article.error

    events = Event.objects.filter(articles=article)
    assert sorted(events.values_list("pk", flat=True)) == sorted([meeting.pk, statement.pk])
    meeting.refresh_from_db()
    assert meeting.date_value == "2022-01-20"
    assert set(meeting.actors.values_list("name", flat=True)) == {"Sergej Lawrow", "Antony Blinken"}
    assert Event.objects.get(pk=statement.pk).review_status == Event.Review.REJECTED


VIENNA = (
    "Die Außenministerin Eva Lind und der Außenminister Paul Brand treffen sich am 4. und "
    "5. März in Wien. Beide wollen über die Donau sprechen."
)


def _vienna_meeting() -> tuple[object, Event]:
    article, _ = article_create(
        title="Lind und Brand in Wien", text=VIENNA, language="de", published=datetime.date(2019, 3, 1)
    )
    article_process(article_id=article.pk)
    return article, Event.objects.get(kind="meeting", articles=article)


def _process_again(article) -> None:
    from articles.services import article_request_processing

    article_request_processing(article=article)
    article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "done", article.error


def test_processing_again_gives_an_untouched_event_its_range_of_days():
    """An event an older extractor stored with one day of "am 4. und 5. März" gets both days
    when its article is processed again (same event, same id)."""
    article, meeting = _vienna_meeting()
    meeting.set_date("2019-03-05", "day", "5. März")  # what the extractor before kept
    meeting.save()

    _process_again(article)
    meeting.refresh_from_db()
    assert meeting.review_status == Event.Review.EXTRACTED
    assert (meeting.date_value, meeting.date_range_end) == ("2019-03-04", datetime.date(2019, 3, 5))
    assert (meeting.date_start, meeting.date_end) == (datetime.date(2019, 3, 4), datetime.date(2019, 3, 5))


@pytest.mark.parametrize("value, end", [("2019-03-05", None), ("2019-03-04", datetime.date(2019, 3, 6))])
def test_an_editors_date_of_a_range_survives_processing_again(value, end):
    """The editor said it was only the 5th, or the 4th until the 6th: processing the article
    again keeps that."""
    from timeline.services import event_mark_edited

    article, meeting = _vienna_meeting()
    meeting.set_date(value, "day", "am 4. und 5. März", end=end)
    meeting.save()
    event_mark_edited(event=meeting)

    _process_again(article)
    meeting.refresh_from_db()
    assert (meeting.date_value, meeting.date_range_end) == (value, end)
    assert meeting.date_end == (end or datetime.date.fromisoformat(value))
    assert list(Event.objects.filter(kind="meeting", articles=article)) == [meeting]
