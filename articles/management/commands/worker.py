"""`manage.py worker`: django-tasks-db's `db_worker`, ready before its first task.

It takes the same options. Before it starts taking tasks it requeues articles a dead worker
left in `processing` and loads both language pipelines and event detectors, so the first uploaded article
does not wait for the models to load."""
from __future__ import annotations

import os

from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand


class Command(DBWorkerCommand):
    help = "Run a background worker with the language models loaded (options as db_worker)."

    def handle(self, *args, **options) -> None:
        from articles.nlp import get_pipelines
        from articles.services import articles_requeue_stale

        if options["reload"] and not options["batch"] and os.environ.get("RUN_MAIN") != "true":
            # The autoreloader's parent only watches files; the child it starts (RUN_MAIN)
            # runs the tasks and is the one that needs the models.
            return super().handle(*args, **options)
        requeued = articles_requeue_stale()
        if requeued and options["verbosity"]:
            self.stdout.write(f"Requeued {len(requeued)} stale article(s).")
        pipelines = get_pipelines()
        for language in ("de", "en"):
            pipelines.get_nlp(language)
            pipelines.detector(language)  # the event sentence detector, not at the first article
        return super().handle(*args, **options)
