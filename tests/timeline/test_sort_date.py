"""Where the chronology places an event (`Event.sort_date`): the migration's backfill, the
admin keeping it in step, and date filters for undated events."""
import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import connection
from django.urls import reverse

from timeline.models import Event

from .factories import make_article, make_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


def test_the_migration_places_events_already_stored():
    article = make_article("Ein Bericht.", published="2017-08-01")
    undated = make_event("Undatiert", article=article)
    dated = make_event("Datiert", date="2017-07", precision="month", article=article)
    lonely = make_event("Ohne Bericht")
    Event.objects.update(sort_date=None)  # as before the column existed
    migration = importlib.import_module("timeline.migrations.0010_event_sort_date")
    # The function reads only the connection's alias from its schema editor.
    migration.place_events(apps, SimpleNamespace(connection=connection))
    placed = dict(Event.objects.values_list("pk", "sort_date"))
    assert str(placed[undated.pk]) == "2017-08-01"
    assert str(placed[dated.pk]) == "2017-07-01"
    assert placed[lonely.pk] is None


def test_an_editor_removing_a_date_in_the_admin_places_the_event_at_its_report(client, editor):
    article = make_article("Ein Bericht.", published="2017-08-01")
    event = make_event("Treffen", date="2017-07-03", precision="day", article=article)
    client.force_login(editor)
    url = reverse("admin:timeline_event_change", args=[event.pk])
    form = {
        "kind": "meeting", "title": "Treffen", "quote": "", "place": "", "status": "happened",
        "date_value": "", "date_precision": "", "date_modifier": "", "date_text": "",
        "review_status": "verified", "confidence": "0.5",
        "participants-TOTAL_FORMS": "0", "participants-INITIAL_FORMS": "0",
        "evidence-TOTAL_FORMS": "0", "evidence-INITIAL_FORMS": "0",
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert event.date_start is None and str(event.sort_date) == "2017-08-01"


def test_a_changed_publication_date_moves_the_undated_events_of_the_article(client, editor):
    article = make_article("Ein Bericht.", published="2017-08-01", title="Bericht")
    event = make_event("Treffen", article=article)
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    response = client.post(url, {
        "title": "Bericht", "text": article.text, "language": "de", "published": "2017-09-02",
        "url": "", "outlet": "",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    event.refresh_from_db()
    assert str(event.sort_date) == "2017-09-02"


def test_a_date_range_keeps_undated_events_reported_in_it(client):
    article = make_article("Ein Bericht.", published="2019-05-06")
    make_event("Undatiertes Treffen", article=article)
    make_event("Treffen ohne Datum und Bericht")
    make_event("Treffen im April", date="2019-04", precision="month", article=article)

    def titles(query: str) -> list[str]:
        html = client.get(f"/?{query}", HTTP_ACCEPT_LANGUAGE="de").content.decode()
        return [t for t in ("Undatiertes Treffen", "Treffen ohne Datum und Bericht",
                            "Treffen im April") if f">{t}</a>" in html]

    assert titles("date_from=2019-05&date_to=2019-05") == ["Undatiertes Treffen"]
    assert titles("date_from=2019-04-30") == ["Undatiertes Treffen", "Treffen im April"]
    assert titles("date_to=2019-04") == ["Treffen im April"]
    assert titles("date_from=2019-05-07") == []
    assert titles("") == ["Undatiertes Treffen", "Treffen ohne Datum und Bericht", "Treffen im April"]


def test_the_migration_narrows_events_dated_by_part_of_a_period():
    early = make_event("Anfang Juni", date="2018-06", precision="month")
    Event.objects.filter(pk=early.pk).update(date_modifier="early", date_end="2018-06-30")  # as stored before
    migration = importlib.import_module("timeline.migrations.0016_event_days_of_a_modifier")
    migration.narrow_to_modifier(apps, SimpleNamespace(connection=connection))
    early.refresh_from_db()
    assert (str(early.date_start), str(early.date_end), str(early.sort_date)) == ("2018-06-01", "2018-06-10", "2018-06-01")
