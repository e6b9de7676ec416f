"""No server error in the event admin: every date an editor types is read (with its
precision) or answered with a message at the field, and the rest of the edit is kept."""
import pytest
from django.urls import reverse

from timeline.models import Event

from .admin_forms import admin_form_data
from .factories import make_actor, make_article, make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    article = make_article("Pompeo traf Kim in New York.")
    return make_event(
        "Mike Pompeo trifft Kim Yong Chol", actors=[make_actor("Mike Pompeo")],
        date="2018-05-30", precision="day", article=article,
    )


def post(admin_client, event, **changes):
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = admin_form_data(admin_client.get(url))
    data.update(changes)
    return admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="en")


@pytest.mark.parametrize("typed, message", [
    ("2025-02-30", "is not in the calendar"),
    ("2025-W60", "is not in the calendar"),
    ("31.04.2018", "is not in the calendar"),
    ("gestern", "is not a date"),
    ("30/05/2018", "is not a date"),
])
def test_a_bad_date_gets_a_message_and_keeps_the_edit(admin_client, event, typed, message):
    response = post(admin_client, event, date_value=typed, title="Abendessen in New York")
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert message in " ".join(form.errors["date_value"])
    assert form["title"].value() == "Abendessen in New York"
    assert form["date_value"].value() == typed
    event.refresh_from_db()
    assert (event.title, event.date_value) == ("Mike Pompeo trifft Kim Yong Chol", "2018-05-30")


@pytest.mark.parametrize("typed, value, precision, start, end", [
    ("10.03.2025", "2025-03-10", "day", "2025-03-10", "2025-03-10"),
    ("30.05.2018", "2018-05-30", "day", "2018-05-30", "2018-05-30"),
    ("2018-W22", "2018-W22", "week", "2018-05-28", "2018-06-03"),
    ("2018-05", "2018-05", "month", "2018-05-01", "2018-05-31"),
    ("2018", "2018", "year", "2018-01-01", "2018-12-31"),
])
def test_a_date_is_read_with_the_precision_its_form_gives(admin_client, event, typed, value, precision, start, end):
    response = post(admin_client, event, date_value=typed)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert (event.date_value, event.date_precision) == (value, precision)
    assert (str(event.date_start), str(event.date_end)) == (start, end)


def test_a_coarser_precision_keeps_the_month_of_the_day(admin_client, event):
    response = post(admin_client, event, date_value="30.05.2018", date_precision="month")
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.date_value, event.date_precision) == ("2018-05", "month")


def test_a_finer_precision_than_the_value_gets_a_message(admin_client, event):
    response = post(admin_client, event, date_value="2018", date_precision="week")
    assert response.status_code == 200
    assert "cannot be given as a week" in " ".join(
        response.context["adminform"].form.errors["date_precision"]
    )


def test_an_empty_date_means_no_date(admin_client, event):
    assert post(admin_client, event, date_value="").status_code == 302
    event.refresh_from_db()
    assert (event.date_value, event.date_precision, event.date_start) == ("", "", None)


def test_a_span_ending_before_it_starts_gets_a_message(admin_client, event):
    response = post(admin_client, event, **{"evidence-0-start": "20", "evidence-0-end": "5"})
    assert response.status_code == 200
    assert Event.objects.get(pk=event.pk).evidence.get().start == 0
