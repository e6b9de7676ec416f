"""``python manage.py extract FILE --published YYYY-MM-DD [--language de|en]`` and
``--batch INPUT.jsonl``: print extraction/1 JSON; never touches the database."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

SUPPORTED = ("de", "en")


class Command(BaseCommand):
    help = "Extract actors, meetings and statements from an article (extraction/1 JSON)."
    requires_system_checks: list = []  # no database, no checks needed
    requires_migrations_checks = False

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", nargs="?", help="article text file (UTF-8), '-' for stdin")
        parser.add_argument("--published", help="publication date YYYY-MM-DD")
        parser.add_argument("--language", help="de or en (detected when missing)")
        parser.add_argument("--format", default="json", choices=["json"], help="output format")
        parser.add_argument("--batch", help="JSONL input: one {id, text, published, language?} per line")

    def handle(self, *args, **opts) -> None:
        from django.conf import settings

        from articles.extraction import extract, extract_batch, pipelines

        # The models the app is configured with; no database, so no editors' aliases.
        pipelines.configure(settings.NLP_MODELS)

        if opts["batch"]:
            self._json_errors: dict[str, str] = {}
            for out in extract_batch(self._batch_items(opts["batch"])):
                if out.get("id") in self._json_errors:
                    out = {"id": out["id"], "error": self._json_errors[out["id"]]}
                self.stdout.write(json.dumps(out, ensure_ascii=False))
            return
        if not opts["file"]:
            raise CommandError("give an article FILE (or '-' for stdin), or --batch INPUT.jsonl")
        if not opts["published"]:
            raise CommandError("--published YYYY-MM-DD is required")
        published = _date(opts["published"])
        language = opts["language"]
        if language is not None and language not in SUPPORTED:
            raise CommandError(f"unsupported language {language!r}: use one of {', '.join(SUPPORTED)}")
        text = self._read(opts["file"])
        try:
            result = extract(text, published, language)
        except ValueError as exc:  # e.g. an article in a language we have no pipeline for
            raise CommandError(str(exc)) from exc
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))

    def _read(self, name: str) -> str:
        if name == "-":
            return sys.stdin.read()
        path = Path(name)
        if not path.is_file():
            raise CommandError(f"no such file: {name}")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise CommandError(f"{name} is not UTF-8 text: {exc}") from exc

    def _batch_items(self, name: str):
        stream = sys.stdin if name == "-" else None
        if stream is None:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"no such file: {name}")
            stream = path.open(encoding="utf-8")
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                # Keeps its place in the output as {"id": "line N", "error": ...}.
                self._json_errors[f"line {n}"] = f"invalid JSON on line {n}: {exc}"
                item = {"id": f"line {n}", "text": None, "published": None}
            yield item


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"bad --published date {value!r}: use YYYY-MM-DD") from exc
