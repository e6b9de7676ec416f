"""The project as a whole: migrations in step with the models, production settings safe."""
import os
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command

REPO = Path(__file__).resolve().parent.parent


def test_migrations_are_up_to_date(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_check_deploy_is_clean_in_production_mode(tmp_path):
    # The browser tests' async-unsafe switch is for the test process only.
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "0",
        "SECRET_KEY": "a-production-secret-" + "x7Qp2" * 12,
        "ALLOWED_HOSTS": "chronik.example.org",
        "CHRONIK_VAR_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO, env=env, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
