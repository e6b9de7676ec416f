import pytest
from django.urls import reverse

from timeline.models import Actor, ActorAlias, Event, Participant

from .factories import make_actor, make_article, make_event

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "admin:timeline_actor_changelist",
    "admin:timeline_actoralias_changelist",
    "admin:timeline_event_changelist",
    "admin:timeline_meeting_changelist",
    "admin:timeline_statement_changelist",
    "admin:timeline_participant_changelist",
    "admin:timeline_evidence_changelist",
    "admin:articles_article_changelist",
    "admin:timeline_actor_add",
    "admin:timeline_event_add",
    "admin:articles_article_add",
]


@pytest.fixture
def world():
    pompeo = make_actor("Mike Pompeo", country="US", role="Außenminister")
    kim = make_actor("Kim Yong Chol", country="KP")
    article = make_article("Pompeo traf Kim in New York.", title="Treffen in New York")
    event = make_event(
        "Mike Pompeo trifft Kim Yong Chol", actors=[pompeo, kim], date="2018-05-30",
        precision="day", article=article,
    )
    return {"pompeo": pompeo, "kim": kim, "article": article, "event": event}


@pytest.mark.parametrize("name", ADMIN_PAGES)
def test_admin_pages_load_for_staff(admin_client, world, name):
    assert admin_client.get(reverse(name)).status_code == 200


def test_change_pages_load_for_staff(admin_client, world):
    for url in [
        reverse("admin:timeline_event_change", args=[world["event"].pk]),
        reverse("admin:timeline_actor_change", args=[world["pompeo"].pk]),
        reverse("admin:articles_article_change", args=[world["article"].pk]),
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200
        assert b"Pompeo" in response.content or b"Treffen" in response.content


@pytest.mark.parametrize("name", ADMIN_PAGES[:3])
def test_anonymous_users_are_sent_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_non_staff_users_are_sent_to_login(client, reader):
    client.force_login(reader)
    response = client.get(reverse("admin:timeline_event_changelist"))
    assert response.status_code == 302


def test_actor_autocomplete_finds_actors_by_name(admin_client, world):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"term": "Pomp", "app_label": "timeline", "model_name": "participant", "field_name": "actor"},
    )
    assert [r["text"] for r in response.json()["results"]] == ["Mike Pompeo"]


def test_search_finds_events_by_actor_name(admin_client, world):
    response = admin_client.get(reverse("admin:timeline_event_changelist"), {"q": "Kim Yong"})
    assert b"Mike Pompeo trifft Kim Yong Chol" in response.content


def test_mark_verified_and_rejected_actions(admin_client, world):
    url = reverse("admin:timeline_event_changelist")
    pk = world["event"].pk
    admin_client.post(url, {"action": "mark_verified", "_selected_action": [pk]})
    assert Event.objects.get(pk=pk).review_status == Event.Review.VERIFIED
    admin_client.post(url, {"action": "mark_rejected", "_selected_action": [pk]})
    assert Event.objects.get(pk=pk).review_status == Event.Review.REJECTED


def test_editing_an_extracted_event_marks_it_edited(admin_client, world):
    event = world["event"]
    url = reverse("admin:timeline_event_change", args=[event.pk])
    response = admin_client.get(url)
    form = response.context["adminform"].form
    data = {k: ("" if v is None else v) for k, v in form.initial.items() if k in form.fields}
    data.update(
        {
            "title": "Pompeo und Kim beim Abendessen",
            "date_value": "2018-05-30",
            "participants-TOTAL_FORMS": "0", "participants-INITIAL_FORMS": "0",
            "evidence-TOTAL_FORMS": "0", "evidence-INITIAL_FORMS": "0",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.title == "Pompeo und Kim beim Abendessen"
    assert event.review_status == Event.Review.EDITED
    assert str(event.date_start) == "2018-05-30"


def test_merge_actors_asks_which_one_to_keep(admin_client, world):
    short = make_actor("Pompeo")
    response = admin_client.post(
        reverse("admin:timeline_actor_changelist"),
        {"action": "merge_actors", "_selected_action": [world["pompeo"].pk, short.pk]},
    )
    assert response.status_code == 200
    assert b'name="keep"' in response.content
    assert Actor.objects.filter(pk=short.pk).exists()


def test_merge_actors_moves_participations_and_keeps_the_name_as_alias(admin_client, world):
    pompeo, kim = world["pompeo"], world["kim"]
    duplicate = make_actor("Secretary Pompeo")
    ActorAlias.objects.create(actor=duplicate, text="SecPompeo")
    statement = make_event("Secretary Pompeo: great", kind=Event.Kind.STATEMENT, actors=[duplicate])
    shared = make_event("Treffen zu dritt", actors=[pompeo, duplicate, kim])

    response = admin_client.post(
        reverse("admin:timeline_actor_changelist"),
        {"action": "merge_actors", "_selected_action": [pompeo.pk, duplicate.pk], "keep": pompeo.pk},
    )

    assert response.status_code == 302
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    assert set(pompeo.aliases.values_list("text", flat=True)) == {"Secretary Pompeo", "SecPompeo"}
    assert list(statement.participants.values_list("actor__name", "role")) == [
        ("Mike Pompeo", Participant.Role.SPEAKER)
    ]
    assert sorted(shared.participants.values_list("actor__name", flat=True)) == [
        "Kim Yong Chol", "Mike Pompeo",
    ]
    pompeo.refresh_from_db()
    assert pompeo.edited


def test_the_merge_message_counts_in_german(admin_client, world):
    duplicate = make_actor("Secretary Pompeo")
    response = admin_client.post(
        reverse("admin:timeline_actor_changelist"),
        {"action": "merge_actors", "_selected_action": [world["pompeo"].pk, duplicate.pk],
         "keep": world["pompeo"].pk},
        HTTP_ACCEPT_LANGUAGE="de", follow=True,
    )
    assert "1 Akteur in Mike Pompeo zusammengeführt." in response.content.decode()


@pytest.mark.parametrize("lang, names", [("de", ["Chronologie", "Artikel"]), ("en", ["Chronology", "Articles"])])
def test_the_app_names_are_in_the_editors_language(admin_client, lang, names):
    html = admin_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    for name in names:
        assert f">{name}</a>" in html


def test_an_editor_marks_the_name_shown_in_a_language(admin_client, world):
    html = admin_client.get(reverse("admin:timeline_actor_change", args=[world["pompeo"].pk]),
                            HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "name in this language" in html.lower()
