"""History and undo: who changed what, when, old → new, for form edits, inlines, bulk
actions, merges and re-runs; undo of a merge and of a bulk action."""
import copy

import pytest
from django.urls import reverse

from timeline.models import Actor, ActorAlias, ChangeSet, Event, Participant
from timeline.selectors import event_history
from timeline.services import (
    UndoError,
    actors_merge,
    changeset_undo,
    events_merge,
    extraction_store,
)

from .admin_forms import admin_form_data
from .factories import make_actor, make_article
from .test_corrections import RESULT, TEXT

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def article():
    return make_article(TEXT, language="en", published="2023-01-12", title="Lavrov in Geneva")


@pytest.fixture
def meeting(article):
    extraction_store(article=article, result=copy.deepcopy(RESULT))
    return Event.objects.get(kind="meeting")


def changes(entry) -> list[tuple[str, str, str]]:
    return [(c.field, c.old, c.new) for c in entry.changes]


def test_a_form_edit_records_who_changed_what_old_and_new(admin_client, admin_user, meeting):
    url = reverse("admin:timeline_event_change", args=[meeting.pk])
    data = admin_form_data(admin_client.get(url))
    data.update(date_value="2023-01-11", place="Genf")
    assert admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="en").status_code == 302
    edit = next(e for e in event_history(event=meeting) if ("place", "Geneva", "Genf") in changes(e))
    assert ("date", "2023-01-10", "2023-01-11") in changes(edit)
    assert edit.user == admin_user and edit.subject == "event"
    status = next(e for e in event_history(event=meeting) if e.changes and e.changes[0].field == "review status")
    assert changes(status) == [("review status", "extracted", "edited")]


def test_an_inline_participant_change_is_in_the_events_history(admin_client, admin_user, meeting):
    url = reverse("admin:timeline_event_change", args=[meeting.pk])
    data = admin_form_data(admin_client.get(url))
    guterres = make_actor("António Guterres")
    row = next(k for k, v in data.items() if k.endswith("-actor") and v == str(
        Actor.objects.get(name="Antony Blinken").pk))
    data[row] = str(guterres.pk)
    assert admin_client.post(url, data).status_code == 302
    entry = next(e for e in event_history(event=meeting) if e.subject == "participant" and e.changes)
    assert changes(entry) == [("actor", "Antony Blinken", "António Guterres")]
    assert entry.user == admin_user


def test_a_rerun_is_recorded_without_a_user(article, meeting):
    changed = copy.deepcopy(RESULT)
    changed["events"][0]["place"] = "Genf"
    extraction_store(article=article, result=changed)
    entry = next(e for e in event_history(event=meeting) if e.changes)
    assert changes(entry) == [("place", "Geneva", "Genf")]
    assert entry.user is None and "Lavrov in Geneva" in entry.reason
    assert entry.changeset.kind == ChangeSet.Kind.EXTRACTION


def test_a_bulk_action_is_one_operation_and_can_be_undone(admin_client, admin_user, meeting):
    statement = Event.objects.get(kind="statement")
    admin_client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "mark_verified", "_selected_action": [meeting.pk, statement.pk]},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    operation = ChangeSet.objects.get(kind=ChangeSet.Kind.BULK_REVIEW)
    assert operation.user == admin_user
    for event in (meeting, statement):
        entry = event_history(event=event)[0]
        assert changes(entry) == [("review status", "extracted", "verified")]
        assert entry.changeset == operation

    response = admin_client.post(reverse("admin:timeline_changeset_undo", args=[operation.pk]))
    assert response.status_code == 302
    assert set(Event.objects.values_list("review_status", flat=True)) == {Event.Review.EXTRACTED}
    operation.refresh_from_db()
    assert operation.undone_at is not None and operation.undone_by.kind == ChangeSet.Kind.UNDO
    with pytest.raises(UndoError):
        changeset_undo(changeset=operation)


def test_an_actor_merge_can_be_undone_completely(meeting):
    lavrov = Actor.objects.get(name="Sergei Lavrov")
    lavrov_pk = lavrov.pk
    lavrov_aliases = set(lavrov.aliases.values_list("text", flat=True))
    lawrow = make_actor("Sergej Lawrow", country="RU")
    ActorAlias.objects.create(actor=lawrow, text="Lawrow")
    shared = Event.objects.create(kind="meeting", title="Lawrow und Lavrov")
    Participant.objects.create(event=shared, actor=lawrow)
    Participant.objects.create(event=shared, actor=lavrov)
    before = {
        event.pk: (event.review_status, event.fingerprint,
                   set(event.participants.values_list("actor__name", flat=True)))
        for event in Event.objects.all()
    }

    actors_merge(keep=lawrow, merge=[lavrov])
    operation = ChangeSet.objects.get(kind=ChangeSet.Kind.ACTORS_MERGE)
    assert "Sergei Lavrov" in operation.summary
    changeset_undo(changeset=operation)

    restored = Actor.objects.get(pk=lavrov_pk)
    assert (restored.name, restored.country) == ("Sergei Lavrov", "RU")
    assert set(restored.aliases.values_list("text", flat=True)) == lavrov_aliases
    assert set(lawrow.aliases.values_list("text", flat=True)) == {"Lawrow"}
    after = {
        event.pk: (event.review_status, event.fingerprint,
                   set(event.participants.values_list("actor__name", flat=True)))
        for event in Event.objects.all()
    }
    assert after == before


def test_an_event_merge_can_be_undone(meeting):
    statement = Event.objects.get(kind="statement")
    statement_pk = statement.pk
    events_merge(keep=meeting, merge=[statement])
    assert meeting.evidence.count() == 2
    changeset_undo(changeset=ChangeSet.objects.get(kind=ChangeSet.Kind.EVENTS_MERGE))
    statement = Event.objects.get(pk=statement_pk)
    assert statement.participants.get().actor.name == "Sergei Lavrov"
    assert statement.evidence.count() == 1 and meeting.evidence.count() == 1
    meeting.refresh_from_db()
    assert meeting.review_status == Event.Review.EXTRACTED


def test_undo_is_refused_when_a_row_changed_since(meeting):
    lawrow = make_actor("Sergej Lawrow")
    actors_merge(keep=lawrow, merge=[Actor.objects.get(name="Sergei Lavrov")])
    meeting.refresh_from_db()
    meeting.place = "Genf"
    meeting.save()
    with pytest.raises(UndoError):
        changeset_undo(changeset=ChangeSet.objects.get(kind=ChangeSet.Kind.ACTORS_MERGE))
    assert not Actor.objects.filter(name="Sergei Lavrov").exists()
    meeting.refresh_from_db()
    assert meeting.place == "Genf"


def test_the_admin_history_page_shows_changes_and_an_undo_button(admin_client, meeting):
    actors_merge(keep=make_actor("Sergej Lawrow"), merge=[Actor.objects.get(name="Sergei Lavrov")])
    page = admin_client.get(
        reverse("admin:timeline_event_history", args=[meeting.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Sergei Lavrov → Sergej Lawrow" in page
    operation = ChangeSet.objects.get(kind=ChangeSet.Kind.ACTORS_MERGE)
    assert reverse("admin:timeline_changeset_undo", args=[operation.pk]) in page


def test_the_operations_list_undoes_selected_operations(admin_client, meeting):
    actors_merge(keep=make_actor("Sergej Lawrow"), merge=[Actor.objects.get(name="Sergei Lavrov")])
    operation = ChangeSet.objects.get(kind=ChangeSet.Kind.ACTORS_MERGE)
    assert admin_client.get(reverse("admin:timeline_changeset_changelist")).status_code == 200
    admin_client.post(
        reverse("admin:timeline_changeset_changelist"),
        {"action": "undo", "_selected_action": [operation.pk]},
    )
    assert Actor.objects.filter(name="Sergei Lavrov").exists()


def test_the_event_page_shows_the_history_to_staff_only(client, admin_client, meeting):
    meeting.place = "Genf"
    meeting.save()
    url = meeting.get_absolute_url()
    staff_page = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'id="history-heading"' in staff_page and "Geneva → Genf" in staff_page
    public = client.get(url)
    assert public.status_code in (200, 404)
    assert b'id="history-heading"' not in public.content


def test_undo_needs_the_right_to_change_events(client, reader, meeting, django_user_model):
    actors_merge(keep=make_actor("Sergej Lawrow"), merge=[Actor.objects.get(name="Sergei Lavrov")])
    operation = ChangeSet.objects.get(kind=ChangeSet.Kind.ACTORS_MERGE)
    viewer = django_user_model.objects.create_user("carol", password="carol-pass-123", is_staff=True)
    client.force_login(viewer)
    response = client.post(reverse("admin:timeline_changeset_undo", args=[operation.pk]))
    assert response.status_code == 403
    assert not Actor.objects.filter(name="Sergei Lavrov").exists()
