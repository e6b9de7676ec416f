"""Merge actors that are one actor under several names: a state as "Russland" and as
"Russia", an organisation as "Vereinte Nationen" and as "United Nations", a person as
"Sergej Lawrow" and as "Sergei Lavrov".

    python manage.py merge_duplicate_actors --dry-run   # list the groups, change nothing
    python manage.py merge_duplicate_actors

Each group is merged into its first actor (edited by hand, else the one with most events)
with `timeline.services.actors_merge`, as the admin's merge action does: events move over
and the other names become aliases.
"""
from __future__ import annotations

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from timeline.selectors import actor_duplicate_groups
from timeline.services import actors_merge


class Command(BaseCommand):
    help = "Merge actors that are one state, organisation or person under several names."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="list the groups that would be merged"
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        groups = actor_duplicate_groups()
        for keep, *others in groups:
            names = ", ".join(f"{other.name} (#{other.pk})" for other in others)
            self.stdout.write(f"{keep.name} (#{keep.pk}) ← {names}")
            if not dry_run:
                actors_merge(keep=keep, merge=others)
        merged = sum(len(group) - 1 for group in groups)
        if dry_run:
            message = ngettext(
                "%(count)d actor would be merged.", "%(count)d actors would be merged.", merged
            )
        else:
            message = ngettext("%(count)d actor merged.", "%(count)d actors merged.", merged)
        self.stdout.write(self.style.SUCCESS(message % {"count": merged}))
