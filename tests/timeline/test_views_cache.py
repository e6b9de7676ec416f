"""Readers may get a rendered page for a short while; editors always see the present."""
import pytest
from django.core.cache import cache

from .factories import make_actor, make_event

# Events no editor checked yet are shown: these tests are about the pages, not the policy.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("all_events_public")]


@pytest.fixture
def reader_cache(settings):
    settings.CHRONOLOGY_CACHE_SECONDS = 30
    cache.clear()
    yield
    cache.clear()


def test_anonymous_readers_get_the_cached_timeline(client, reader_cache):
    make_event("Erstes Treffen", actors=[make_actor("Annalena Baerbock")], date="2023-04-14", precision="day")
    assert "Treffen mit Annalena Baerbock" in client.get("/").content.decode()
    make_event("Zweites Treffen", date="2023-04-15", precision="day")
    page = client.get("/").content.decode()
    assert "Zweites Treffen" not in page  # served from the cache, at most 30 s old


def test_editors_always_see_the_current_timeline(client, editor, reader_cache):
    client.force_login(editor)
    make_event("Erstes Treffen", date="2023-04-14", precision="day")
    client.get("/")
    make_event("Zweites Treffen", date="2023-04-15", precision="day")
    assert "Zweites Treffen" in client.get("/").content.decode()
