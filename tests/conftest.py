"""Fixtures shared by the whole suite: a tiny explicit world of users and the example
article read from ../shared/examples (never copied into the repository)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = Path(os.environ.get("CHRONIK_EXAMPLES_DIR", REPO.parent / "shared" / "examples"))
EXAMPLE_ARTICLE = EXAMPLES_DIR / "pompeo-kim-2018-05-31.de.txt"


@pytest.fixture(autouse=True)
def _test_http_settings(settings):
    """Tests talk plain HTTP to the test client and the live server: the production
    HTTPS hardening (on whenever DEBUG is off) and hashed static files are for deployments."""
    settings.CHRONOLOGY_CACHE_SECONDS = 0  # each test sees the data it just made
    settings.SECURE_SSL_REDIRECT = False
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def example_text() -> str:
    """The example article; tests that need it skip in a clone with no ../shared beside it."""
    if not EXAMPLE_ARTICLE.exists():
        pytest.skip(f"the example article is not at {EXAMPLE_ARTICLE} (../shared is absent)")
    return EXAMPLE_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def editor(django_user_model):
    """Alice: staff, can upload and edit the chronology."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("alice", password="alice-pass-123", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["timeline", "articles"]
        )
    )
    return user


@pytest.fixture
def reader(django_user_model):
    """Bob: signed in, but neither staff nor editor."""
    return django_user_model.objects.create_user("bob", password="bob-pass-123")


@pytest.fixture
def all_events_public(settings):
    """The publishing policy of `make run`'s demo (`CHRONIK_PUBLIC_EVENTS=all`): readers
    see events no editor has checked yet too. For tests of what pages, filters and exports
    do with events, not of who may see them (tests/timeline/test_publishing_policy.py)."""
    settings.CHRONIK_PUBLIC_EVENTS = "all"
