"""Fill the database with a synthetic archive (for benchmarks and demos).

    python manage.py seed_synthetic --events 100000 --actors 5000 --articles 20000 --seed 1 --clear
"""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from timeline.models import Actor, ChronologyVersion, Event
from articles.synthetic import SeedConfig, clear_chronology, seed_archive


class Command(BaseCommand):
    help = "Generate a deterministic synthetic chronology (actors, articles, events)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--events", type=int, default=1000)
        parser.add_argument("--actors", type=int, default=300)
        parser.add_argument("--articles", type=int, default=None,
                            help="default: one article for every five events")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--busy-actors", type=int, default=5,
                            help="actors who take part in a large share of all events")
        parser.add_argument("--clear", action="store_true",
                            help="first delete ALL actors, events and articles in the database")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, **options) -> None:
        using = options["database"]
        if options["events"] < 0 or options["actors"] < 2:
            raise CommandError("--events must be >= 0 and --actors >= 2")
        if options["clear"]:
            clear_chronology(using)
        elif Actor.objects.using(using).exists() or Event.objects.using(using).exists():
            # Generated names would collide with an earlier run's; never mix silently.
            raise CommandError("the database already has actors or events: pass --clear "
                               "to replace them (this deletes every actor, event and article)")
        config = SeedConfig(events=options["events"], actors=options["actors"],
                            articles=options["articles"], seed=options["seed"],
                            busy_actors=options["busy_actors"])
        verbose = options["verbosity"] >= 2
        report = seed_archive(config, using=using,
                              progress=(lambda line: self.stdout.write(line)) if verbose else None)
        # bulk_create sends no signal and saves no object: counts cached by running
        # servers must not outlive the archive they were counted in.
        ChronologyVersion.bump(using)
        self.stdout.write(
            f"Seeded {report.events} events, {report.participants} participants, "
            f"{report.evidence} evidence rows, {report.articles} articles, {report.actors} "
            f"actors, {report.aliases} aliases in {report.seconds:.1f} s"
        )
        for pk, name in report.busy:
            self.stdout.write(f"  busy actor {pk}: {name}")
