"""Print the language pipelines the app runs: model, version, saved path, components
and NER labels, as JSON."""
from __future__ import annotations

import json
from typing import ClassVar

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.extraction import pipelines


class Command(BaseCommand):
    help = "Show which spaCy pipeline each language uses (JSON)."
    requires_system_checks: ClassVar[list[str]] = []  # reports on the NLP core only

    def add_arguments(self, parser) -> None:
        parser.add_argument("--language", choices=pipelines.SUPPORTED, action="append",
                            help="only this language (repeatable); default: all")

    def handle(self, *args, **options) -> None:
        pipelines.configure(getattr(settings, "NLP_MODELS", None))
        info = {}
        for lang in options["language"] or pipelines.SUPPORTED:
            try:
                info[lang] = pipelines.pipeline_info(lang)
            except pipelines.ModelNotInstalled as exc:
                raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(info, indent=2, ensure_ascii=False))
