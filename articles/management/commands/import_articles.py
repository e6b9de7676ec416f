"""Import many articles from files or folders and process them (or queue them)."""
from __future__ import annotations

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.services import ImportReport, articles_import
from articles.sources import path_read_records

SUFFIXES = {".txt", ".md", ".html", ".htm", ".json"}


def paths_expand(paths: list[str]) -> list[Path]:
    """The importable files in `paths`, folders searched recursively, in a stable order."""
    files = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"No such file or folder: {name}")
    return files


def report_write(command: BaseCommand, report: ImportReport) -> None:
    out = command.stdout
    out.write(
        f"Imported {len(report.imported)}, resumed {len(report.resumed)}, "
        f"duplicates {len(report.duplicates)}, processed {len(report.processed)}, "
        f"queued {len(report.queued)}, failed {len(report.failed)}."
    )
    for source, reason in report.failed.items():
        out.write(f"  failed: {source}: {reason}")


class Command(BaseCommand):
    help = (
        "Import articles from .txt/.md/.html/.json files or folders. Duplicates (same text) "
        "are skipped; articles an interrupted run left pending are processed; safe to re-run."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--published", type=datetime.date.fromisoformat, metavar="YYYY-MM-DD",
            help="Publication date for files that do not state one.",
        )
        parser.add_argument("--language", choices=["de", "en"], default="", help="Skip detection.")
        parser.add_argument(
            "--queue", action="store_true",
            help="Only store and queue the articles; `db_worker` processes them.",
        )
        parser.add_argument("--batch-size", type=int, default=16, help="Texts per nlp.pipe batch.")

    def handle(self, *, paths, published, language, queue, batch_size, verbosity, **options) -> None:
        files = paths_expand(paths)
        records = [
            record
            for path in files
            for record in path_read_records(path, published=published, language=language)
        ]
        try:
            with tqdm(total=len(records), unit="article", disable=verbosity == 0, file=self.stderr) as bar:
                report = articles_import(
                    records=records, queue=queue, batch_size=batch_size, progress=bar.update
                )
        except KeyboardInterrupt:
            # Everything stored so far is committed; unfinished articles are pending again.
            self.stderr.write("Interrupted. Run the same command again to continue.")
            raise SystemExit(130) from None
        report_write(self, report)
