"""`ensure_admin`: a first admin on a fresh install, never a second one."""
import re

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from django.test import RequestFactory

pytestmark = pytest.mark.django_db


def test_it_creates_admin_with_a_random_password_once(capsys):
    call_command("ensure_admin")
    output = capsys.readouterr().out
    password = re.search(r"password: (\S+)", output).group(1)
    assert len(password) >= 20
    # django-axes counts logins per request, so authentication needs one.
    user = authenticate(RequestFactory().post("/admin/login/"), username="admin", password=password)
    assert user is not None and user.is_superuser and user.is_staff

    call_command("ensure_admin")
    output = capsys.readouterr().out
    assert "nothing to do" in output and password not in output
    assert get_user_model().objects.count() == 1


def test_two_installs_get_different_passwords(capsys):
    call_command("ensure_admin")
    first = re.search(r"password: (\S+)", capsys.readouterr().out).group(1)
    get_user_model().objects.all().delete()
    call_command("ensure_admin")
    assert first not in capsys.readouterr().out


def test_it_leaves_an_existing_superuser_alone(capsys, admin_user):
    call_command("ensure_admin")
    assert "password" not in capsys.readouterr().out
    assert list(get_user_model().objects.values_list("username", flat=True)) == ["admin"]


def test_it_does_not_promote_an_ordinary_user_called_admin(django_user_model):
    django_user_model.objects.create_user("admin", password="x")
    with pytest.raises(CommandError, match="is no superuser"):
        call_command("ensure_admin")
    assert not django_user_model.objects.get(username="admin").is_superuser
