"""Create a local admin account on a fresh install, and only then."""
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import get_random_string

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the superuser 'admin' with a random password if no superuser exists."

    def handle(self, **options) -> None:
        users = get_user_model()
        if users.objects.filter(is_superuser=True).exists():
            self.stdout.write("A superuser exists already; nothing to do.")
            return
        if users.objects.filter(username=USERNAME).exists():
            raise CommandError(f"A user '{USERNAME}' exists but is no superuser; not touching it.")
        password = get_random_string(20)
        users.objects.create_superuser(USERNAME, email="", password=password)
        # Shown once: it is stored only as a hash.
        self.stdout.write(
            self.style.SUCCESS(f"Created superuser '{USERNAME}' with password: {password}")
        )
        self.stdout.write("Note it now; it is not shown again. Change it in the admin.")
