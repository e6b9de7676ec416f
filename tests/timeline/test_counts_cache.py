"""'Met most' on the actor page is cached per chronology version: an editor's change, in
the admin or through a service, shows at once; nothing else makes it recount."""
from __future__ import annotations

import re

import pytest
from django.urls import reverse

from timeline.models import ActorAlias, ChronologyVersion
from timeline.services import actors_merge, extraction_store

from .factories import make_actor, make_article, make_event

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def world():
    pompeo = make_actor("Mike Pompeo", country="US")
    kim = make_actor("Kim Yong Chol", country="KP")
    lawrow = make_actor("Sergej Lawrow", country="RU")
    first = make_event("Pompeo trifft Kim", actors=[pompeo, kim], date="2018-05-30", precision="day")
    second = make_event("Pompeo und Kim, Tag zwei", actors=[pompeo, kim], date="2018-05-31",
                        precision="day")
    return {"pompeo": pompeo, "kim": kim, "lawrow": lawrow, "first": first, "second": second}


def met_most(client, actor) -> list[tuple[str, int]]:
    """(name, shared meetings) as the actor page's table shows them."""
    response = client.get(reverse("timeline:actor", args=[actor.pk]), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    html = response.content.decode()
    rows = re.findall(
        r'<tr><th scope="row"><a href="[^"]+">([^<]+)</a></th><td>[^<]*</td><td class="num">(\d+)</td>',
        html,
    )
    return [(name, int(count)) for name, count in rows]


def admin_form_data(response) -> dict:
    """What the admin's change form would post unchanged, inlines included."""
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = form[name].value()
        data[name] = "" if value is None else value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
        for sub in formset.forms:
            for name in sub.fields:
                value = sub[name].value()
                if value is not None and value is not False:
                    data[sub.add_prefix(name)] = value
    return data


def test_the_migration_creates_the_version_row():
    before = ChronologyVersion.current()
    assert before is not None
    ChronologyVersion.bump()
    assert ChronologyVersion.current() == before + 1


def test_a_missing_version_row_is_created_again_and_nothing_is_cached_without_it(client, world):
    ChronologyVersion.objects.all().delete()
    assert ChronologyVersion.current() is None
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 2)]
    make_event("Pompeo trifft Lawrow", actors=[world["pompeo"], world["lawrow"]])
    # No version, no cache: the page counts again.
    assert ("Sergej Lawrow", 1) in met_most(client, world["pompeo"])
    ChronologyVersion.bump()
    assert ChronologyVersion.current() is not None


def test_counts_are_cached_until_the_chronology_changes(client, world):
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 2)]
    # Written behind the back of the services and the admin (no bump): still cached.
    make_event("Pompeo trifft Lawrow", actors=[world["pompeo"], world["lawrow"]])
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 2)]
    ChronologyVersion.bump()  # what every writer does, in whichever process it runs
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 2), ("Sergej Lawrow", 1)]


def test_a_cached_count_costs_one_query_less(client, world, django_assert_num_queries):
    met_most(client, world["pompeo"])
    # actor, aliases, version, dated events, undated events, participants, first reports
    with django_assert_num_queries(7):
        met_most(client, world["pompeo"])


def test_an_editor_changing_a_participant_in_the_admin_shows_at_once(client, admin_client, world):
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 2)]
    url = reverse("admin:timeline_event_change", args=[world["second"].pk])
    data = admin_form_data(admin_client.get(url))
    kim_field = next(k for k, v in data.items()
                     if k.endswith("-actor") and str(v) == str(world["kim"].pk))
    data[kim_field] = world["lawrow"].pk
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 1), ("Sergej Lawrow", 1)]
    assert met_most(client, world["lawrow"]) == [("Mike Pompeo", 1)]


def test_an_editor_rejecting_a_meeting_in_the_admin_shows_at_once(client, admin_client, world):
    assert met_most(client, world["kim"]) == [("Mike Pompeo", 2)]
    response = admin_client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "mark_rejected", "_selected_action": [world["first"].pk]},
    )
    assert response.status_code == 302
    assert met_most(client, world["kim"]) == [("Mike Pompeo", 1)]


def test_renaming_and_deleting_actors_in_the_admin_shows_at_once(client, admin_client, world):
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 2)]
    kim = world["kim"]
    url = reverse("admin:timeline_actor_change", args=[kim.pk])
    data = admin_form_data(admin_client.get(url))
    data["name"] = "Kim Yong-chol"
    assert admin_client.post(url, data).status_code == 302
    assert met_most(client, world["pompeo"]) == [("Kim Yong-chol", 2)]
    delete = reverse("admin:timeline_actor_delete", args=[kim.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 302
    assert met_most(client, world["pompeo"]) == []


def test_a_stored_extraction_shows_at_once(client, world):
    assert met_most(client, world["lawrow"]) == []
    article = make_article("Lawrow traf Pompeo in Moskau.", published="2018-06-02")
    extraction_store(article=article, result={
        "language": "de",
        "extractor_version": "test",
        "actors": [
            {"name": "Mike Pompeo", "kind": "person"},
            {"name": "Sergej Lawrow", "kind": "person"},
        ],
        "events": [
            {"kind": "meeting", "participants": ["Sergej Lawrow", "Mike Pompeo"],
             "date": "2018-06-01", "date_precision": "day",
             "evidence": {"start": 0, "end": 29, "text": "Lawrow traf Pompeo in Moskau."}},
        ],
    })
    assert met_most(client, world["lawrow"]) == [("Mike Pompeo", 1)]
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 2), ("Sergej Lawrow", 1)]


def test_merging_actors_shows_at_once(client, world):
    duplicate = make_actor("Kim Yong-chol", country="KP")
    make_event("Pompeo trifft Kim Yong-chol", actors=[world["pompeo"], duplicate])
    ChronologyVersion.bump()
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 2), ("Kim Yong-chol", 1)]
    actors_merge(keep=world["kim"], merge=[duplicate])
    assert met_most(client, world["pompeo"]) == [("Kim Yong Chol", 3)]
    assert ActorAlias.objects.filter(actor=world["kim"], text="Kim Yong-chol").exists()

