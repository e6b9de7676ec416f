"""Failed logins to the admin are rate-limited (django-axes): after AXES_FAILURE_LIMIT
wrong passwords in a row a user name is locked out from that address for the cool-off,
even with the right password; other addresses and other users are not."""
import datetime

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LIMIT = 3


@pytest.fixture(autouse=True)
def _low_limit(settings):
    settings.AXES_FAILURE_LIMIT = LIMIT
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)


def log_in(client, password: str, username: str = "alice", address: str = "127.0.0.1",
           language: str = "de"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address, headers={"Accept-Language": language},
    )


def signed_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def test_a_right_password_signs_in(client, editor):
    response = log_in(client, "alice-pass-123")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert signed_in(client)


def test_wrong_passwords_are_answered_by_the_login_form_until_the_limit(client, editor):
    for _ in range(LIMIT - 1):
        response = log_in(client, "wrong")
        assert response.status_code == 200
        assert 'class="errornote"' in response.content.decode()  # "wrong user name or password"


def test_repeated_failed_logins_are_locked_out_even_with_the_right_password(client, editor):
    for _ in range(LIMIT):
        log_in(client, "wrong")
    response = log_in(client, "alice-pass-123")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldungen" in page
    assert "3-mal hintereinander" in page and "15\xa0Minuten" in page
    assert "Content-Security-Policy" in response  # the lockout page is a page like any other
    assert not signed_in(client)


def test_the_lockout_page_in_english(client, editor):
    for _ in range(LIMIT):
        log_in(client, "wrong")
    response = log_in(client, "wrong", language="en")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed logins" in page
    assert "3 times in a row" in page and "15\xa0minutes" in page


def test_the_lock_ends_after_the_cool_off(client, editor):
    for _ in range(LIMIT):
        log_in(client, "wrong")
    assert log_in(client, "alice-pass-123").status_code == 429
    # Let the cool-off pass: the attempts happened 16 minutes ago.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    response = log_in(client, "alice-pass-123")
    assert response.status_code == 302
    assert signed_in(client)


def test_a_success_before_the_limit_starts_the_count_again(client, editor):
    for _ in range(LIMIT - 1):
        log_in(client, "wrong")
    assert log_in(client, "alice-pass-123").status_code == 302
    client.logout()
    for _ in range(LIMIT - 1):
        assert log_in(client, "wrong").status_code == 200
    assert log_in(client, "alice-pass-123").status_code == 302


def test_the_lock_is_per_user_name_and_address(client, editor, django_user_model):
    django_user_model.objects.create_user("dora", password="dora-pass-123", is_staff=True)
    for _ in range(LIMIT):
        log_in(client, "wrong")
    # The same editor from another address, and a colleague behind the same address.
    assert log_in(client, "alice-pass-123", address="10.0.0.7").status_code == 302
    client.logout()
    assert log_in(client, "dora-pass-123", username="dora").status_code == 302
